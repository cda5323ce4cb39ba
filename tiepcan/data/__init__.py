"""Declared and generated data files (statute text, calendar, and one directory per regime).

``DATA_PATH`` is this folder as text; ``data_file(*parts)`` reads a file in it. The package is
installed as files (a wheel unpacks to a directory), so a plain path serves, and it costs less
at start-up than ``importlib.resources`` or ``pathlib`` (computing one deadline needs neither).
``DATA_DIR`` is the same folder as a :class:`pathlib.Path`, built on first use.
"""

from __future__ import annotations

import os
from typing import Any

DATA_PATH = os.path.dirname(os.path.abspath(__file__))


def data_file(*parts: str) -> str:
    """The text of a data file: ``data_file("ati-2016", "regime.toml")``."""
    with open(os.path.join(DATA_PATH, *parts), encoding="utf-8") as handle:
        return handle.read()


def __getattr__(name: str) -> Any:
    if name == "DATA_DIR":
        from pathlib import Path

        return Path(DATA_PATH)
    raise AttributeError(f"module 'tiepcan.data' has no attribute {name!r}")
