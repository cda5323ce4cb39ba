"""Sổ theo dõi — the register chain: lifecycle (events → state), the register book (rows; CSV, JSON, Excel), the batch path (columns) and statistics.

See docs/architecture.md for what this layer may import."""

__all__: list[str] = []
