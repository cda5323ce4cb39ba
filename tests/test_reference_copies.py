"""The reference texts in ``tests/reference`` are exact copies of the project's originals.

The suite carries its own copies (a user's clone has nothing beside it). Where the originals
are beside the checkout (``../shared/reference``, as on the developers' machines), the copies
must equal them, so a change to a reference text cannot leave the tests reading an old one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REFERENCE, REPO

COPIES = sorted(p.name for p in REFERENCE.glob("*.md") if p.name != "README.md")


def _originals() -> Path | None:
    for base in REPO.parents:
        candidate = base / "shared" / "reference"
        if candidate.is_dir():
            return candidate
    return None


def test_the_suite_carries_every_reference_text_it_reads() -> None:
    assert COPIES == [
        "calendar-2018-2027.md",
        "decree-13-2018-and-fees.md",
        "law-01-2026-qh16.md",
        "law-104-2016.md",
        "phapdien-tiep-can-thong-tin.md",
    ]
    for name in COPIES:
        assert (REFERENCE / name).stat().st_size > 1000, name


@pytest.mark.parametrize("name", COPIES)
def test_each_copy_equals_its_original_where_the_original_is_at_hand(name: str) -> None:
    originals = _originals()
    if originals is None or not (originals / name).exists():
        pytest.skip("the originals are not beside this checkout (a user's clone)")
    assert (REFERENCE / name).read_bytes() == (originals / name).read_bytes()
