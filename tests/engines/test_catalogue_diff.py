"""What changed between two versions of a catalogue (``tiepcan/_catalogue/diff.py``).

Decree 13/2018/NĐ-CP art. 6(3): the catalogue "được thường xuyên cập nhật"; Law 104/2016/QH13
art. 34(1)(b): the agency "lập, cập nhật" it. A diff matches entries by their id and lists the
header changes, the entries added (in the new order), removed (in the old order) and changed
(each field once, old and new). It compares two versions of one catalogue: two catalogues of
different kinds (Decree 13 art. 6(1)) are different lists. A diff read back is checked against
itself.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from tiepcan.catalogue import (
    Catalogue,
    CatalogueDiff,
    CatalogueEntry,
    EntryChange,
    FieldChange,
    diff_catalogues,
)
from tiepcan.foundation.errors import InvalidInputError

from catalogue_cases import (
    AGENCY_NAME,
    PLAN,
    SECRET,
    bare_catalogue,
    catalogue_to_2040,
    conditional_catalogue,
    fee_table,
    public_catalogue,
)
from strategies import said

D = date

# -- what changed ----------------------------------------------------------------------------


def test_diff_reports_added_removed_and_changed_entries():
    old = bare_catalogue(
        {"id": "A", "name": "Kế hoạch"}, {"id": "B", "name": "Báo cáo"}, version="1"
    )
    new = bare_catalogue(
        {"id": "B", "name": "Báo cáo năm", "forms": ["a"]},
        {"id": "C"},
        version="2",
        website="https://stp.example.org",
    )
    d = diff_catalogues(old, new)
    assert [e.id for e in d.added] == ["C"]
    assert [e.id for e in d.removed] == ["A"]
    assert d.changed == (
        EntryChange(
            id="B",
            changes=(
                FieldChange(field="name", old="Báo cáo", new="Báo cáo năm"),
                FieldChange(field="forms", old=None, new="a"),
            ),
        ),
    )
    assert [c.field for c in d.header_changes] == ["website", "version"]
    assert (d.old_version, d.new_version) == ("1", "2")
    assert not d.is_empty
    assert old.diff(new) == d


def test_diff_of_a_catalogue_with_itself_is_empty():
    cat = bare_catalogue({"id": "A", "name": "Kế hoạch"})
    assert diff_catalogues(cat, cat).is_empty


def test_a_diff_lists_header_changes_added_and_removed_entries_in_order() -> None:
    """Decree 13 art. 6(3): the catalogue "được thường xuyên cập nhật"; a diff says what an
    update changed: added entries in the new order, removed ones in the old order."""
    old = Catalogue.build(public_catalogue(fee_table(id="A-1"), fee_table(id="A-2"), version="1"))
    new_data = public_catalogue(fee_table(id="B-2"), fee_table(id="B-1"), version="2")
    new_data["entries"] = [PLAN, fee_table(id="B-2"), fee_table(id="B-1")]  # CN-01 removed
    new_data["focal_point"]["phone"] = "0200 3 000 002"
    new = Catalogue.build(new_data)
    diff = diff_catalogues(old, new)
    assert (diff.old_version, diff.new_version) == ("1", "2")
    assert diff.header_changes == (
        FieldChange(field="focal_point.phone", old="0200 3 000 001", new="0200 3 000 002"),
        FieldChange(field="version", old="1", new="2"),
    )
    assert [e.id for e in diff.added] == ["B-2", "B-1"]
    assert [e.id for e in diff.removed] == ["CN-01", "A-1", "A-2"]
    assert diff.changed == ()
    assert CatalogueDiff.from_dict(diff.to_dict()) == diff


def _diff_dict() -> dict[str, Any]:
    old = Catalogue.build(public_catalogue(fee_table(name="Biểu phí")))
    new = Catalogue.build(
        public_catalogue(fee_table(name="Biểu phí chứng thực", number_symbol="21/QĐ"))
    )
    return copy.deepcopy(diff_catalogues(old, new).to_dict())


def test_a_changed_entry_lists_each_field_once() -> None:
    """An update of one entry (Decree 13 art. 6(3)): each changed field once, old and new value."""
    data = _diff_dict()
    assert data["changed"] == [
        {
            "id": "PHI-01",
            "changes": [
                {"field": "name", "old": "Biểu phí", "new": "Biểu phí chứng thực"},
                {"field": "number_symbol", "old": "20/QĐ-STP", "new": "21/QĐ"},
            ],
        }
    ]
    assert CatalogueDiff.from_dict(data).changed[0].id == "PHI-01"


# -- two versions of one catalogue: of one kind, both catalogues -----------------------------


def test_diff_refuses_catalogues_of_different_kinds():
    cond = Catalogue.build(kind="conditional_access", agency=AGENCY_NAME, updated_on="2025-01-01")
    with pytest.raises(InvalidInputError) as err:
        diff_catalogues(bare_catalogue(), cond)
    assert err.value.code == "catalogue-kind-mismatch"
    with pytest.raises(InvalidInputError):
        diff_catalogues(bare_catalogue(), "v2")  # type: ignore[arg-type]


def test_diff_needs_two_catalogues_of_one_kind() -> None:
    """A diff compares two versions of one catalogue: both must be catalogues, of one kind
    (Decree 13 art. 6(1)); a catalogue compared with itself has no change."""
    cat = Catalogue.build(catalogue_to_2040([]))
    with pytest.raises(InvalidInputError) as err:
        diff_catalogues(cat, {"kind": "public_disclosure"})  # type: ignore[arg-type]
    said(err.value, "invalid-catalogue", "not a Catalogue", "got Catalogue, dict")
    other = Catalogue.build(
        {
            "kind": "conditional_access",
            "agency": {"name": "Sở Tư pháp"},
            "updated_on": D(2024, 3, 15),
            "entries": [],
        }
    )
    with pytest.raises(InvalidInputError) as err:
        diff_catalogues(cat, other)
    assert err.value.code == "catalogue-kind-mismatch"
    assert err.value.detail is not None and err.value.detail.endswith(
        "public_disclosure vs conditional_access"
    )
    same = diff_catalogues(cat, cat)
    assert (same.added, same.removed, same.changed, same.header_changes) == ((), (), (), ())


def test_a_diff_needs_a_catalogue_first_too() -> None:
    """A diff compares two versions of one catalogue: the older one must be a catalogue too."""
    cat = Catalogue.build(public_catalogue())
    with pytest.raises(InvalidInputError) as err:
        diff_catalogues({"kind": "public_disclosure"}, cat)  # type: ignore[arg-type]
    said(err.value, "invalid-catalogue", "not a Catalogue", "got dict, Catalogue")


def test_a_diff_between_kinds_is_refused_in_full() -> None:
    """Decree 13 art. 6(1): the two catalogues are different lists; one is not a version of the
    other."""
    cat = Catalogue.build(public_catalogue())
    cond = Catalogue.build(conditional_catalogue(SECRET))
    with pytest.raises(InvalidInputError) as err:
        diff_catalogues(cond, cat)
    said(
        err.value,
        "catalogue-kind-mismatch",
        "the two catalogues are of different kinds",
        "conditional_access vs public_disclosure",
    )


# -- read back: a diff is checked against itself ---------------------------------------------


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda c: c.update(changes=[]), "EntryChange: entry PHI-01: no change, or one listed "
         "twice"),
        (lambda c: c["changes"].append(dict(c["changes"][0])),
         "EntryChange: entry PHI-01: no change, or one listed twice"),
        (lambda c: c["changes"][1].update(new="20/QĐ-STP"),
         "FieldChange: number_symbol: old and new are the same"),
    ],
)  # fmt: skip
def test_a_tampered_entry_change_is_refused(change: Any, problem: str) -> None:
    """A change read back must change something, once per field."""
    data = _diff_dict()
    change(data["changed"][0])
    with pytest.raises(InvalidInputError) as err:
        CatalogueDiff.from_dict(data)
    said(err.value, "inconsistent-result", "the result is not consistent", problem)
    with pytest.raises(InvalidInputError) as err:
        EntryChange.from_dict(data["changed"][0])
    said(err.value, "inconsistent-result", "the result is not consistent", problem)


def test_an_entry_both_added_and_changed_is_refused() -> None:
    """An entry is added, removed or changed by one update, not two of these at once."""
    data = _diff_dict()
    data["added"] = [CatalogueEntry.build(fee_table()).to_dict()]
    with pytest.raises(InvalidInputError) as err:
        CatalogueDiff.from_dict(data)
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        "CatalogueDiff: an entry is added, removed or changed twice",
    )


def test_a_tampered_header_change_is_refused() -> None:
    """A header change read back must change its value."""
    data = _diff_dict()
    data["header_changes"] = [{"field": "version", "old": "1", "new": "1"}]
    with pytest.raises(InvalidInputError) as err:
        CatalogueDiff.from_dict(data)
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        "FieldChange: version: old and new are the same",
    )
