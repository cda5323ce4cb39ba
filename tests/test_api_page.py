"""The API page (``docs/api.md``) lists every public name of ``tiepcan``, each where it lives.

Each row of the page's tables is ``| `name` | `module` | ✓ or nothing | what it is |``: the
module must export the name (its ``__all__``), ✓ must say exactly whether ``tiepcan`` itself
re-exports it (and then the two are one object), and every name of ``tiepcan.__all__`` must
have a row. So a public name added without a line on the page, or moved without the page
following, fails here.
"""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path

import pytest

import tiepcan

PAGE = Path(__file__).resolve().parents[1] / "docs" / "api.md"
ROW = re.compile(
    r"^\| `(?P<name>\w+)` \| `(?P<module>tiepcan[\w.]*)` \| (?P<top>✓?) *\| (?P<what>.+) \|$"
)


def _rows() -> list[dict[str, str]]:
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    table = [line for line in lines if line.startswith("| `")]
    rows = [ROW.match(line) for line in table]
    assert all(rows), [line for line, row in zip(table, rows, strict=True) if row is None]
    return [row.groupdict() for row in rows if row is not None]


def test_every_public_name_of_the_package_has_a_row():
    listed = {row["name"] for row in _rows() if row["top"]}
    missing = sorted(set(tiepcan.__all__) - {"__version__"} - listed)
    assert missing == [], "add these names to docs/api.md"


def test_each_name_has_one_row():
    names = [row["name"] for row in _rows()]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["name"])
def test_each_row_names_the_module_that_exports_it(row):
    module = import_module(row["module"])
    assert row["name"] in module.__all__, f"{row['module']} does not export {row['name']}"
    value = getattr(module, row["name"])
    in_package = row["name"] in tiepcan.__all__
    assert bool(row["top"]) == in_package, "✓ marks exactly the names of tiepcan.__all__"
    if in_package:
        assert getattr(tiepcan, row["name"]) is value


def test_each_row_says_what_the_name_is():
    assert [row["name"] for row in _rows() if len(row["what"].split()) < 3] == []
