"""Catalogue models: building, validation, JSON and CSV exchange, diff (Decree 13 art. 6)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from tiepcan.catalogue import (
    CSV_ENTRY_HEADERS,
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
    diff_catalogues,
    entries_from_csv,
    entries_to_csv,
)
from tiepcan.citations import decree13
from tiepcan.errors import InvalidInputError, TiepCanError
from tiepcan.rules.access import ConditionalCategory

AGENCY = {"name": "Sở Tư pháp tỉnh Minh Sơn"}


def _public(*entries: dict, **header) -> Catalogue:
    return Catalogue.build(
        kind="public_disclosure",
        agency=AGENCY,
        updated_on="2025-01-31",
        entries=list(entries),
        **header,
    )


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


# -- building and validation --------------------------------------------------------------------


def test_the_law_letter_đ_and_vietnamese_dates_are_for_hand_typed_csv_only():
    """A mapping says what the JSON Schema says (issue 8): ISO dates, the enum's values ("dd").

    The CSV, typed by hand, may say "đ" and dd/mm/yyyy (test_csv_reads_a_table_typed_by_hand).
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
        _public({"id": "A"}, {"id": "A"})


def test_agency_name_is_required():
    with pytest.raises(InvalidInputError, match=r"agency\.name"):
        Catalogue.build(kind="public_disclosure", agency={}, updated_on="2025-01-01")


def test_entries_must_fit_their_catalogue_kind():
    """Art. 7 information is not disclosed proactively; art. 17 information needs no consent."""
    with pytest.raises(InvalidInputError, match="conditional-access"):
        _public({"id": "A", "condition": "trade_secret"})
    with pytest.raises(InvalidInputError, match="public-disclosure"):
        Catalogue.build(
            kind="conditional_access",
            agency=AGENCY,
            updated_on="2025-01-01",
            entries=[{"id": "A", "forms": ["a"]}],
        )


@pytest.mark.parametrize("junk", [None, 3, "catalogue", ["a"], {"kind": "x"}])
def test_build_rejects_junk_with_tiepcan_error(junk):
    with pytest.raises(TiepCanError):
        Catalogue.build(junk)


def test_check_rejects_junk():
    cat = _public()
    with pytest.raises(InvalidInputError):
        check_catalogue("not a catalogue", on=date(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        check_catalogue(cat, on="2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        check_catalogue(cat, on=datetime(2025, 1, 1))
    with pytest.raises(InvalidInputError, match="no such regime"):
        check_catalogue(cat, on=date(2025, 1, 1), regime="ati-1999")


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
    cat = _public({"id": "KH-1", "name": "Kế hoạch công tác"})
    assert "Kế hoạch công tác" in cat.to_json()
    assert Catalogue.from_json(cat.to_json()) == cat
    assert Catalogue.from_json(cat.to_json().encode()) == cat


@pytest.mark.parametrize("junk", ["", "{", "[]", '{"kind": 1}', b"\xff\xfe", 42])
def test_from_json_rejects_junk(junk):
    with pytest.raises(TiepCanError):
        Catalogue.from_json(junk)


# -- CSV ------------------------------------------------------------------------------------


def test_csv_headers_are_vietnamese_and_start_with_the_decree_fields():
    """Decree 13 art. 6(3): name, number and symbol, date created come first."""
    assert CSV_ENTRY_HEADERS[:4] == (
        "Mã thông tin",
        "Tên văn bản, hồ sơ, tài liệu",
        "Số, ký hiệu",
        "Ngày tạo ra",
    )


def test_csv_writes_law_letters_and_có_không():
    cat = _public({"id": "NS-1", "category": "dd", "forms": ["a", "d"], "digitised": True})
    text = cat.to_csv()
    row = text.splitlines()[-1]
    assert row.startswith("NS-1,")
    assert ",đ," in row and ",a; d," in row and ",có," in row


def test_csv_reads_a_table_typed_by_hand():
    """dd/mm/yyyy dates, the letter đ, extra spaces, a BOM, columns in another order."""
    text = (
        '\ufeff"Số, ký hiệu",Mã thông tin,Ngày tạo ra,Điểm (Điều 17 khoản 1),'
        "Hình thức công khai (Điều 18 khoản 1),Đã số hóa\r\n"
        '05/QĐ-STP,NS-1, 09/01/2025 ,đ,"a ; d",có\r\n'
    )
    (entry,) = entries_from_csv(text.encode("utf-8"))
    assert entry == CatalogueEntry.build(
        id="NS-1",
        number_symbol="05/QĐ-STP",
        created_on=date(2025, 1, 9),
        category="dd",
        forms=["a", "d"],
        digitised=True,
    )


def test_entries_csv_round_trip():
    entries = (
        CatalogueEntry.build(id="A", name='Tên có "ngoặc kép", dấu phẩy; và chấm phẩy'),
        CatalogueEntry.build(id="B", forms=["e"], created_on="2025-03-03"),
    )
    assert entries_from_csv(entries_to_csv(entries)) == entries


@pytest.mark.parametrize(
    "junk",
    [
        "",  # nothing
        "Mã thông tin\r\n",  # header rows missing (catalogue form)
        "Loại danh mục,x\r\n\r\nMã thông tin\r\n",  # unknown kind
        "Cơ quan,A,extra\r\n\r\nMã thông tin\r\n",  # a header row with three cells
        "Màu,đỏ\r\n\r\nMã thông tin\r\n",  # an unknown header row
        b"\xff\xfe\x00",  # not UTF-8
    ],
)
def test_catalogue_from_csv_rejects_junk(junk):
    with pytest.raises(TiepCanError):
        Catalogue.from_csv(junk)


@pytest.mark.parametrize(
    "junk",
    [
        "",  # no header row
        "Tên\r\nA\r\n",  # no id column
        "Mã thông tin,Màu\r\nA,đỏ\r\n",  # unknown column
        "Mã thông tin\r\nA,B\r\n",  # more cells than headers
        "Mã thông tin,Đã số hóa\r\nA,hmm\r\n",  # not có/không
        "Mã thông tin,Ngày tạo ra\r\nA,hôm qua\r\n",  # not a date
    ],
)
def test_entries_from_csv_rejects_junk(junk):
    with pytest.raises(TiepCanError):
        entries_from_csv(junk)


# -- diff ------------------------------------------------------------------------------------


def test_diff_reports_added_removed_and_changed_entries():
    old = _public({"id": "A", "name": "Kế hoạch"}, {"id": "B", "name": "Báo cáo"}, version="1")
    new = _public(
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
    cat = _public({"id": "A", "name": "Kế hoạch"})
    assert diff_catalogues(cat, cat).is_empty


def test_diff_refuses_catalogues_of_different_kinds():
    cond = Catalogue.build(kind="conditional_access", agency=AGENCY, updated_on="2025-01-01")
    with pytest.raises(InvalidInputError) as err:
        diff_catalogues(_public(), cond)
    assert err.value.code == "catalogue-kind-mismatch"
    with pytest.raises(InvalidInputError):
        diff_catalogues(_public(), "v2")  # type: ignore[arg-type]


# -- report ----------------------------------------------------------------------------------


def test_report_explains_itself_in_both_languages():
    report = check_catalogue(_public(), on=date(2025, 2, 1))
    vi, en = report.explain("vi"), report.explain("en")
    assert vi.startswith("Danh mục thông tin phải được công khai — Sở Tư pháp tỉnh Minh Sơn")
    assert "Điều 19 khoản 1 điểm a Luật Tiếp cận thông tin số 104/2016/QH13" in vi
    assert "art. 19(1)(a)" in en
    with pytest.raises(InvalidInputError):
        report.explain("fr")  # type: ignore[arg-type]


def test_condition_names_whose_consent_opens_access():
    """Art. 7(1): the owner of a trade secret; art. 7(2): the person, or the family."""
    cond = Catalogue.build(
        kind="conditional_access",
        agency=AGENCY,
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
