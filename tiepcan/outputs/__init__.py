"""Đầu ra — the outputs layer: reports (Decree 30/2020), the CLI, labels, schema export, the conformance suite.

See docs/architecture.md for what this layer may import."""

__all__: list[str] = []
