"""The duties checklist read afresh, and the yes/no cells of its CSV form (issue 12).

An agency may load its own copy of the ruleset (``load_ruleset``); the duties it declares
must be read as the bundled ones are: every duty with its citation of the law (or none, for
a provincial instruction), its field, labels, content, condition, source and interpretation.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tiepcan import InvalidInputError
from tiepcan._input import yes_no
from tiepcan.data import DATA_DIR
from tiepcan.regimes import load_ruleset
from tiepcan.rules.duties import duties, one_line


def test_a_fresh_copy_of_the_ruleset_declares_the_same_duties(tmp_path: Path) -> None:
    shutil.copytree(Path(str(DATA_DIR)) / "ati-2016", tmp_path / "copy")
    fresh = duties(load_ruleset(tmp_path / "copy"))
    bundled = duties("ati-2016")
    assert fresh == bundled
    assert len(fresh) > 20
    catalogue = next(d for d in fresh if d.id == "law-34.1.b-catalogue")
    assert catalogue.citation is not None
    assert (
        catalogue.citation.label_en == "Law 104/2016/QH13 on Access to Information, art. 34(1)(b)"
    )


@pytest.mark.parametrize(
    ("cell", "value"),
    [("có", True), ("Có", True), (" co ", True), ("x", True), ("1", True), ("yes", True),
     ("không", False), ("KHÔNG", False), ("khong", False), ("0", False), ("no", False),
     ("", None), ("  ", None)],
)  # fmt: skip
def test_yes_no_cells(cell: str, value: bool | None) -> None:
    assert yes_no(cell, field="has_website") is value


@pytest.mark.parametrize(("cell", "shown"), [(1, "1"), ("maybe", "'maybe'"), (None, "None")])
def test_a_cell_that_is_not_yes_or_no_is_refused(cell: object, shown: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        yes_no(cell, field="has_website")  # type: ignore[arg-type]
    assert err.value.code == "invalid-csv"
    assert err.value.detail is not None and err.value.detail.endswith(f"has_website={shown}")


def test_one_line() -> None:
    assert one_line(None) is None
    assert one_line("  Sở Tư pháp  ") == "Sở Tư pháp"
    assert one_line("   ") is None
    for junk, message in ((5, "must be text"), ("a\nb", "must be one line of text")):
        with pytest.raises(ValueError, match=message):
            one_line(junk)
