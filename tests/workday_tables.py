"""A made-up working-day table put in place of the bundled one, for a test.

:mod:`tiepcan.foundation.workdays` keeps its table, and the parts every count reads, as module
globals (read once); a test that counts on another calendar sets all of them together.
"""

from __future__ import annotations

from typing import Any

import pytest


def install_table(monkeypatch: pytest.MonkeyPatch, table: Any) -> None:
    """``table`` (a ``workdays._Table``) becomes the table every count reads, until the test
    ends."""
    import tiepcan.foundation.workdays as wd

    monkeypatch.setattr(wd, "_TABLE", table)
    for name, value in (
        ("_FIRST", table.first),
        ("_LAST", table.last),
        ("_WORKING", table.working),
        ("_COUNT", table.count),
    ):
        monkeypatch.setattr(wd, name, value)
