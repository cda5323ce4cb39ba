"""The catalogues as data, and what their check takes (Decree 13/2018/NĐ-CP art. 6; art. 37).

The two catalogues and their entries (``tiepcan/_catalogue/models.py``): their official names
(Decree 13 art. 6(1)), building and validation, the JSON form. Then what
:func:`tiepcan.catalogue.check_catalogue` takes: a catalogue, a date (not text, not a moment),
and the ruleset of that date or the one named (Law 104/2016/QH13 art. 37: in force from
1/7/2018; Law 01/2026/QH16 from 1/9/2026). The checks, the report, the diff and the CSV form
have their own files (``test_catalogue_checks.py``, ``_report``, ``_diff``, ``_csv``).
"""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from tiepcan.catalogue import (
    Catalogue,
    CatalogueDiff,
    CatalogueEntry,
    CatalogueFinding,
    CatalogueKind,
    CatalogueReport,
    Contact,
    DisclosureCategory,
    DisclosureForm,
    EntryChange,
    FieldChange,
    check_catalogue,
)
from tiepcan.data import DATA_DIR
from tiepcan.duties import check_duties
from tiepcan.foundation.citations import decree13
from tiepcan.foundation.errors import InvalidInputError, TiepCanError
from tiepcan.foundation.regimes import load_ruleset, ruleset_on
from tiepcan.rules.access import ConditionalCategory

from catalogue_cases import (
    AGENCY_NAME,
    ON,
    bare_catalogue,
    conditional_catalogue,
    public_catalogue,
)
from strategies import said

D = date

# -- the two kinds ----------------------------------------------------------------------------


def test_two_catalogue_kinds_with_their_official_names():
    """Decree 13 art. 6(1) names both catalogues."""
    assert CatalogueKind.PUBLIC_DISCLOSURE.label_vi == "Danh mục thông tin phải được công khai"
    assert (
        CatalogueKind.CONDITIONAL_ACCESS.label_vi
        == "Danh mục thông tin công dân được tiếp cận có điều kiện"
    )
    text = decree13(6, 1).text()
    for kind in CatalogueKind:
        assert kind.label_vi in text
        assert kind.citation == decree13(6, 1)


def test_condition_names_whose_consent_opens_access():
    """Art. 7(1): the owner of a trade secret; art. 7(2): the person, or the family."""
    cond = Catalogue.build(
        kind="conditional_access",
        agency=AGENCY_NAME,
        updated_on="2025-01-01",
        entries=[
            {
                "id": "A",
                "name": "Hồ sơ",
                "number_symbol": "không số",
                "created_on": "2025-01-02",
                "condition": "trade_secret",
            }
        ],
    )
    assert cond.entries[0].condition is ConditionalCategory.TRADE_SECRET
    assert cond.entries[0].condition.consenting_party.value == "trade_secret_owner"


# -- building and validation --------------------------------------------------------------------


def test_the_law_letter_đ_and_vietnamese_dates_are_for_hand_typed_csv_only():
    """A mapping says what the JSON Schema says (issue 8): ISO dates, the enum's values ("dd").

    The CSV, typed by hand, may say "đ" and dd/mm/yyyy (test_catalogue_csv.py, test_csv_reads_a_table_typed_by_hand).
    """
    e = CatalogueEntry.build(id="NS-1", category="dd", created_on="2025-01-09", forms=["a", "dd"])
    assert e.category is DisclosureCategory.STATE_BUDGET
    assert e.created_on == date(2025, 1, 9)
    assert e.forms == (DisclosureForm.WEBSITE, DisclosureForm.CITIZEN_RECEPTION_AND_PRESS)
    for lenient in ({"category": "đ"}, {"created_on": "09/01/2025"}, {"forms": ["a", "đ"]}):
        with pytest.raises(InvalidInputError):
            CatalogueEntry.build(id="NS-1", **lenient)


def test_blank_text_is_missing_and_text_is_nfc_normalised():
    decomposed = "Ke\u0302\u0301 hoa\u0323ch"  # "Kế hoạch" in decomposed form
    e = CatalogueEntry.build(id=" KH-1 ", name=decomposed, number_symbol="   ")
    assert e.id == "KH-1"
    assert e.name == "Kế hoạch"
    assert e.number_symbol is None


@pytest.mark.parametrize(
    "fields",
    [
        {"id": ""},  # no identifier
        {"id": 12},  # not text
        {"id": "A", "name": "line one\nline two"},  # not one line
        {"id": "A", "created_on": 1700000000},  # a number is not a date
        {"id": "A", "created_on": datetime(2025, 1, 1, 9, 0)},  # a time is not a date
        {"id": "A", "created_on": "2025-02-30"},  # no such day
        {"id": "A", "created_on": "1/2/25"},  # ambiguous year
        {"id": "A", "category": "f"},  # art. 17(1) has no point f
        {"id": "A", "forms": ["a", "a"]},  # a form twice
        {"id": "A", "forms": "a"},  # not a list
        {"id": "A", "digitised": "yes"},  # not a boolean
        {"id": "A", "disclosed_on": "2025-02-02", "disclosed_until": "2025-02-01"},
        {"id": "A", "special_due": "2025-02-01"},  # a deadline without its law
        {"id": "A", "created_on": "2025-02-02", "disclosed_on": "2025-02-01"},  # before creation
        {"id": "A", "colour": "red"},  # unknown field
    ],
)
def test_junk_entries_raise_invalid_input(fields):
    with pytest.raises(InvalidInputError) as err:
        CatalogueEntry.build(fields)
    assert err.value.code == "invalid-input"
    assert err.value.message_vi and err.value.message_en


def test_duplicate_entry_ids_are_refused():
    with pytest.raises(InvalidInputError, match="appears twice"):
        bare_catalogue({"id": "A"}, {"id": "A"})


def test_agency_name_is_required():
    with pytest.raises(InvalidInputError, match=r"agency\.name"):
        Catalogue.build(kind="public_disclosure", agency={}, updated_on="2025-01-01")


def test_entries_must_fit_their_catalogue_kind():
    """Art. 7 information is not disclosed proactively; art. 17 information needs no consent."""
    with pytest.raises(InvalidInputError, match="conditional-access"):
        bare_catalogue({"id": "A", "condition": "trade_secret"})
    with pytest.raises(InvalidInputError, match="public-disclosure"):
        Catalogue.build(
            kind="conditional_access",
            agency=AGENCY_NAME,
            updated_on="2025-01-01",
            entries=[{"id": "A", "forms": ["a"]}],
        )


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (public_catalogue({"id": "X-1", "condition": "trade_secret"}),
         "catalogue: input: Value error, entry 'X-1': condition belongs in the "
         "conditional-access catalogue"),
        (conditional_catalogue({"id": "X-1", "forms": ["a"], "disclosed_on": "2024-03-01"}),
         "catalogue: input: Value error, entry 'X-1': forms, disclosed_on belong in the "
         "public-disclosure catalogue (conditionally accessible information is not disclosed "
         "proactively)"),
    ],
)  # fmt: skip
def test_an_entry_in_the_wrong_catalogue_says_why(data: dict[str, Any], detail: str) -> None:
    """Decree 13 art. 6(1): art. 17 information goes in one catalogue, art. 7 information
    (accessible on conditions, never disclosed proactively) in the other."""
    with pytest.raises(InvalidInputError) as err:
        Catalogue.build(data)
    said(err.value, "invalid-input", "the input is not valid", detail)


@pytest.mark.parametrize("junk", [None, 3, "catalogue", ["a"], {"kind": "x"}])
def test_build_rejects_junk_with_tiepcan_error(junk):
    with pytest.raises(TiepCanError):
        Catalogue.build(junk)


@pytest.mark.parametrize(
    ("build", "detail"),
    [
        (lambda: Catalogue.build(3), "catalogue: expected a mapping of fields, got int"),
        (lambda: CatalogueEntry.build(["KH-01"]),
         "catalogue entry: expected a mapping of fields, got list"),
    ],
)  # fmt: skip
def test_build_takes_a_mapping(build: Any, detail: str) -> None:
    """Design, principle 9: input that is not a mapping of fields gets a clear error naming it."""
    with pytest.raises(InvalidInputError) as err:
        build()
    said(err.value, "invalid-input", "the input is not valid", detail)


def test_build_merges_keywords_over_the_mapping() -> None:
    """Keywords given with a mapping override its fields; a bad date names the entry."""
    entry = CatalogueEntry.build({"id": "KH-01", "name": "Kế hoạch"}, name="Kế hoạch năm")
    assert (entry.id, entry.name) == ("KH-01", "Kế hoạch năm")
    with pytest.raises(InvalidInputError) as err:
        CatalogueEntry.build({"id": "KH-01", "created_on": "2024-02-30"})
    assert err.value.detail is not None and err.value.detail.startswith("catalogue entry: ")


# -- JSON -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "model",
    [
        Catalogue,
        CatalogueEntry,
        Contact,
        CatalogueReport,
        CatalogueFinding,
        CatalogueDiff,
        EntryChange,
        FieldChange,
    ],
)
def test_every_public_model_exports_json_schema(model):
    schema = model.json_schema()
    assert schema["type"] == "object"
    json.dumps(schema)


def test_catalogue_json_schema_lists_the_category_letters():
    schema = json.dumps(Catalogue.json_schema(), ensure_ascii=False)
    assert '"dd"' in schema and '"p"' in schema


def test_json_keeps_vietnamese_unescaped():
    cat = bare_catalogue({"id": "KH-1", "name": "Kế hoạch công tác"})
    assert "Kế hoạch công tác" in cat.to_json()
    assert Catalogue.from_json(cat.to_json()) == cat
    assert Catalogue.from_json(cat.to_json().encode()) == cat


@pytest.mark.parametrize("junk", ["", "{", "[]", '{"kind": 1}', b"\xff\xfe", 42])
def test_from_json_rejects_junk(junk):
    with pytest.raises(TiepCanError):
        Catalogue.from_json(junk)


def test_from_json_takes_text_and_names_what_it_read() -> None:
    """Design, principle 9: JSON in is text; the error names the catalogue JSON."""
    with pytest.raises(InvalidInputError) as err:
        Catalogue.from_json(42)  # type: ignore[arg-type]
    said(err.value, "invalid-json", "not JSON text", "got int")
    with pytest.raises(InvalidInputError) as err:
        Catalogue.from_json("{")
    assert err.value.detail is not None and err.value.detail.startswith("catalogue JSON: ")


def test_to_json_is_indented_by_two_spaces_unless_asked() -> None:
    """The catalogue's JSON form (design, principle 11) is readable by default."""
    cat = Catalogue.build(public_catalogue())
    assert cat.to_json().startswith('{\n  "kind": "public_disclosure",\n  "agency": {\n    "name"')
    assert cat.to_json(indent=None).startswith('{"kind":"public_disclosure","agency":{"name"')


# -- the check: a catalogue, a date, the ruleset of the date or the one named (art. 37) -------


def test_check_rejects_junk():
    cat = bare_catalogue()
    with pytest.raises(InvalidInputError):
        check_catalogue("not a catalogue", on=date(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        check_catalogue(cat, on="2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        check_catalogue(cat, on=datetime(2025, 1, 1))
    with pytest.raises(InvalidInputError, match="no such regime"):
        check_catalogue(cat, on=date(2025, 1, 1), regime="ati-1999")


def test_a_check_of_what_is_not_a_catalogue_names_it() -> None:
    """Design, principle 9: the error names what was given."""
    with pytest.raises(InvalidInputError) as err:
        check_catalogue(42, on=ON)  # type: ignore[arg-type]
    said(
        err.value,
        "invalid-input",
        "the input is not valid",
        "catalogue: expected a mapping of fields or JSON text, got 42",
    )


@pytest.mark.parametrize(
    ("on", "shown"),
    [("2024-03-20", "'2024-03-20'"), (datetime(2024, 3, 20, 9, 0), "datetime.datetime(2024, 3, 20, 9, 0)")],
)  # fmt: skip
def test_a_check_takes_a_date_only(on: object, shown: str) -> None:
    """Design, principle 9: a date, not text and not a moment (no timestamp taken for a date)."""
    for check in (
        lambda: check_catalogue(public_catalogue(), on=on),
        lambda: check_duties({"agency": "A"}, on=on),
    ):  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError) as err:
            check()
        said(err.value, "invalid-date", "not a date (a datetime.date, without time of day)", f"on={shown}")  # fmt: skip


def test_a_check_needs_its_date_even_with_a_regime() -> None:
    """Art. 18(4) overdue is "as of" a day: a regime named without the day is not enough."""
    with pytest.raises(InvalidInputError) as err:
        check_catalogue(public_catalogue(), on=None, regime="ati-2016")
    said(
        err.value,
        "missing-date",
        "the date the time limit runs from is missing",
        "on=None (regime='ati-2016')",
    )


def test_the_duties_check_needs_a_date_or_a_regime() -> None:
    """Design, principle 2: no regime is applied without a date, unless it is named. The one
    path of every engine (regimes.ruleset_on) answers missing-governing-date, as the fees do."""
    with pytest.raises(InvalidInputError) as err:
        check_duties({"agency": "A"})
    said(
        err.value,
        "missing-governing-date",
        "a governing date (on=) or an explicit regime (regime=) is required",
        "on=None and regime=None: no regime is applied without a date",
    )
    assert ruleset_on(None, "ati-2016")[0].id == "ati-2016"
    assert check_duties({"agency": "A"}, regime="ati-2016").regime == "ati-2016"


def test_the_ruleset_follows_the_date_or_the_regime_named() -> None:
    """Art. 37: Law 104/2016 applies from 1/7/2018; Law 01/2026/QH16 from 1/9/2026 (its art.
    30(1)); a later date gets the 2016 rules only when they are named."""
    assert ruleset_on(ON)[0].id == "ati-2016"
    assert ruleset_on(D(2026, 9, 15))[0].id == "ati-2026"
    assert ruleset_on(D(2026, 9, 15), "ati-2016")[0].id == "ati-2016"


def test_catalogue_check_method_passes_its_date_and_regime() -> None:
    """After 1/9/2026 the 2016 rules apply only when named (Catalogue.check as the function)."""
    cat = Catalogue.build(public_catalogue())
    report = cat.check(on=D(2026, 9, 15), regime="ati-2016")
    assert report == check_catalogue(cat, on=D(2026, 9, 15), regime="ati-2016")
    assert (report.on, report.regime) == (D(2026, 9, 15), "ati-2016")
    assert cat.check(on=ON).on == ON


def test_a_check_under_a_ruleset_loaded_by_the_user_says_so(tmp_path: Path) -> None:
    """A ruleset an agency loads itself (a copy of the 2016 data) gives the same findings, and the
    report says the rules were supplied by the user."""
    shutil.copytree(Path(str(DATA_DIR)) / "ati-2016", tmp_path / "copy")
    rules = load_ruleset(tmp_path / "copy")
    report = check_catalogue(public_catalogue(), on=ON, regime=rules)
    assert report.user_supplied is True and report.findings == ()
