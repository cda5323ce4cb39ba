"""Files as a clerk's machine saves them, for the tests that read them.

``to_windows_1258`` is tools/windows1258.py's: text in Windows-1258 with each tone mark
written apart, as a Vietnamese Windows machine saves "CSV" (the tool also makes the samples in
docs/samples/, so the tests and the samples are saved the same way).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _windows_1258() -> Any:
    spec = importlib.util.spec_from_file_location("windows1258", ROOT / "tools" / "windows1258.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.to_windows_1258


to_windows_1258 = _windows_1258()
