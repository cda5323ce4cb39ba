"""Nền tảng — the foundation layer: results, input, schema, errors, citations and statute text, regimes and rulesets, the working-day calendar, terms, message mechanism.

See docs/architecture.md for what this layer may import."""

__all__: list[str] = []
