"""Declared and generated data files (statute text, calendar, and one directory per regime).

``DATA_DIR`` is this folder. The package is installed as files (a wheel unpacks to a
directory), so a plain path serves and costs less at start-up than ``importlib.resources``.
"""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
