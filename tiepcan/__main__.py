"""``python -m tiepcan``: the command line (see :mod:`tiepcan.outputs.cli`)."""

from __future__ import annotations

from tiepcan.outputs.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
