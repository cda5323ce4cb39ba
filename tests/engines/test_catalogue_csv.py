"""The CSV form of a catalogue, the form agencies keep it in (``tiepcan/_catalogue/csv_form.py``).

The header rows (the agency, its contacts and the focal point: Law 104/2016/QH13 arts.
17(1)(m), 19(1)(đ); where the catalogue is published: Decree 13/2018/NĐ-CP art. 6(3) ¶3; the
version; the art. 19(1) points held), a blank row, then the entries table, its headers the
fields of Decree 13 art. 6(3) in Vietnamese. A hand-typed cell may say more than JSON (dd/mm/yyyy,
the law's letter "đ", có/không, a byte order mark, spaces); what cannot be read is refused with
the row and the cell it names.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import pytest

from tiepcan._catalogue.csv_form import _header_rows
from tiepcan.catalogue import (
    CSV_ENTRY_HEADERS,
    Catalogue,
    CatalogueEntry,
    entries_from_csv,
    entries_to_csv,
)
from tiepcan.foundation.errors import InvalidInputError, TiepCanError

from catalogue_cases import bare_catalogue, public_catalogue
from strategies import said

# -- the headers: Decree 13 art. 6(3) --------------------------------------------------------


def test_csv_headers_are_vietnamese_and_start_with_the_decree_fields():
    """Decree 13 art. 6(3): name, number and symbol, date created come first."""
    assert CSV_ENTRY_HEADERS[:4] == (
        "Mã thông tin",
        "Tên văn bản, hồ sơ, tài liệu",
        "Số, ký hiệu",
        "Ngày tạo ra",
    )


def test_the_header_rows_are_the_catalogue_titles_in_order() -> None:
    """Decree 13 art. 6(3) and arts. 17(1)(m), 19(1)(đ): the agency, the focal point and their
    contacts, where the catalogue is published, then the version."""
    assert _header_rows() == (
        ("Loại danh mục", "kind"),
        ("Cơ quan", "agency.name"),
        ("Địa chỉ cơ quan", "agency.address"),
        ("Điện thoại cơ quan", "agency.phone"),
        ("Fax cơ quan", "agency.fax"),
        ("Thư điện tử cơ quan", "agency.email"),
        ("Đầu mối tiếp nhận yêu cầu", "focal_point.name"),
        ("Địa chỉ đầu mối", "focal_point.address"),
        ("Điện thoại đầu mối", "focal_point.phone"),
        ("Fax đầu mối", "focal_point.fax"),
        ("Thư điện tử đầu mối", "focal_point.email"),
        ("Cổng/Trang thông tin điện tử", "website"),
        ("Địa chỉ đăng tải Danh mục", "published_url"),
        ("Niêm yết Danh mục tại trụ sở", "published_by_posting"),
        ("Phiên bản", "version"),
        ("Ngày cập nhật", "updated_on"),
        ("Các điểm khoản 1 Điều 19 cơ quan có thông tin", "website_points_held"),
    )


# -- writing: the law's letters, có/không, read back as written ------------------------------


def test_csv_writes_law_letters_and_có_không():
    cat = bare_catalogue({"id": "NS-1", "category": "dd", "forms": ["a", "d"], "digitised": True})
    text = cat.to_csv()
    row = text.splitlines()[-1]
    assert row.startswith("NS-1,")
    assert ",đ," in row and ",a; d," in row and ",có," in row


def test_entries_csv_round_trip():
    entries = (
        CatalogueEntry.build(id="A", name='Tên có "ngoặc kép", dấu phẩy; và chấm phẩy'),
        CatalogueEntry.build(id="B", forms=["e"], created_on="2025-03-03"),
    )
    assert entries_from_csv(entries_to_csv(entries)) == entries


def _header_block(cat: Catalogue) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(cat.to_csv())))
    return rows[: rows.index([])]


def test_the_csv_header_says_no_point_held_in_words() -> None:
    """Interpretation website-points-held: an empty declaration ("không có") differs from none
    (a blank cell); both read back as written."""
    none_held = Catalogue.build(public_catalogue(website_points_held=[]))
    block = _header_block(none_held)
    assert block[-1] == ["Các điểm khoản 1 Điều 19 cơ quan có thông tin", "không có"]
    assert block[0] == ["Loại danh mục", "Danh mục thông tin phải được công khai"]
    assert Catalogue.from_csv(none_held.to_csv()) == none_held
    undeclared = Catalogue.build(public_catalogue(website_points_held=None))
    assert _header_block(undeclared)[-1] == ["Các điểm khoản 1 Điều 19 cơ quan có thông tin", ""]
    assert Catalogue.from_csv(undeclared.to_csv()).website_points_held is None


# -- reading what agencies type --------------------------------------------------------------


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


def _with_header_row(text: str, label: str, *cells: str) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    for i, row in enumerate(rows):
        if row and row[0] == label:
            rows[i] = [label, *cells]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


@pytest.mark.parametrize("cell", ["không", "Không có", " KHÔNG CÓ "])
def test_a_hand_typed_no_point_held_reads_as_none_held(cell: str) -> None:
    """Interpretation website-points-held: "không" or "không có", any case, declares no art.
    19(1) point held."""
    text = Catalogue.build(public_catalogue()).to_csv()
    typed = _with_header_row(text, "Các điểm khoản 1 Điều 19 cơ quan có thông tin", cell)
    assert Catalogue.from_csv(typed).website_points_held == ()


def test_a_header_row_with_its_label_only_is_blank() -> None:
    """A header row typed with its label only is a blank value, as an empty cell is."""
    text = Catalogue.build(public_catalogue(version="3")).to_csv()
    cat = Catalogue.from_csv(_with_header_row(text, "Phiên bản"))
    assert cat.version is None


def test_a_header_row_with_two_cells_is_read() -> None:
    """A header row is its label and one value."""
    text = Catalogue.build(public_catalogue(version="3")).to_csv()
    assert Catalogue.from_csv(text).version == "3"


def test_an_entries_table_with_blank_and_short_rows() -> None:
    """Blank rows between entries are skipped; a row shorter than the header leaves the last
    fields blank; a row exactly as long as the header is read in full."""
    text = (
        "Mã thông tin,Tên văn bản, hồ sơ, tài liệu,Số, ký hiệu\r\n".replace(
            "Tên văn bản, hồ sơ, tài liệu", '"Tên văn bản, hồ sơ, tài liệu"'
        ).replace("Số, ký hiệu", '"Số, ký hiệu"')
        + "KH-01,Kế hoạch,15/KH\r\n,,\r\nKH-02\r\n"
    )
    first, second = entries_from_csv(text)
    assert (first.id, first.name, first.number_symbol) == ("KH-01", "Kế hoạch", "15/KH")
    assert (second.id, second.name, second.number_symbol) == ("KH-02", None, None)


def test_a_byte_order_mark_in_text_is_dropped() -> None:
    """Spreadsheets save CSV with a byte order mark; it is not part of the first header."""
    (entry,) = entries_from_csv("\ufeffMã thông tin\r\nKH-01\r\n")
    assert entry.id == "KH-01"


def test_a_csv_with_carriage_return_line_ends_reads_the_same() -> None:
    """A spreadsheet may end its lines with a bare carriage return (\\r): the rows are the same
    as with \\r\\n."""
    assert entries_from_csv("Mã thông tin,Ghi chú\rKH-01,x\rKH-02,y\r") == entries_from_csv(
        "Mã thông tin,Ghi chú\r\nKH-01,x\r\nKH-02,y\r\n"
    )
    (first, second) = entries_from_csv("Mã thông tin,Ghi chú\rKH-01,x\rKH-02,y\r")
    assert (first.id, first.note, second.id, second.note) == ("KH-01", "x", "KH-02", "y")


# -- refused: what, where and why ------------------------------------------------------------


def _csv(*rows: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


HEADERS = list(CSV_ENTRY_HEADERS)
EXPECTED = "expected: " + ", ".join(CSV_ENTRY_HEADERS)


@pytest.mark.parametrize(
    ("read", "text", "vi", "en", "detail"),
    [
        (entries_from_csv, b"\xff\xfe", "Tệp CSV không phải UTF-8", "the CSV is not UTF-8",
         "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        (entries_from_csv, 42, "Dữ liệu CSV không hợp lệ", "not CSV text", "got int"),
        (entries_from_csv, "", "Thiếu dòng tiêu đề của bảng", "the table has no header row",
         EXPECTED),
        (entries_from_csv, "Foo,Bar\n", "Dòng tiêu đề của bảng không hợp lệ",
         "the table's header row is not valid",
         f"unknown or repeated: ['Foo', 'Bar']; {EXPECTED}"),
        (entries_from_csv, _csv(HEADERS[:2] + HEADERS[:1]), "Dòng tiêu đề của bảng không hợp lệ",
         "the table's header row is not valid",
         f"unknown or repeated: {HEADERS[:2] + HEADERS[:1]}; {EXPECTED}"),
        (entries_from_csv, _csv(HEADERS[1:3]), "Dòng tiêu đề của bảng không hợp lệ",
         "the table's header row is not valid", f"unknown or repeated: {HEADERS[1:3]}; {EXPECTED}"),
        (entries_from_csv, _csv(HEADERS[:2], ["KH-01", "Kế hoạch", "x"]),
         "Dòng có nhiều ô hơn tiêu đề", "a row has more cells than the header", "table row 2"),
        (Catalogue.from_csv, "a,b\n", "Thiếu phần thông tin chung hoặc dòng trống phân cách",
         "the header rows, or the blank row after them, are missing",
         "expected header rows, a blank row, then the entries table"),
    ],
)  # fmt: skip
def test_csv_refused(read: Any, text: Any, vi: str, en: str, detail: str) -> None:
    """A CSV that cannot be read as the catalogue's form (not UTF-8 text; no header row, or
    one with a column unknown, repeated or without the id; a row longer than the header; no
    header rows before the entries table) is refused, saying what is wrong and where."""
    with pytest.raises(InvalidInputError) as err:
        read(text)
    # the raise site's words go in the detail; the code's one message is the table's
    # (tiepcan.foundation.errors: one message per code)
    said(err.value, "invalid-csv", en, detail)


def test_csv_header_rows_refused() -> None:
    """A header row whose label is not one of the catalogue's is refused, naming the row and
    the labels it may have."""
    with pytest.raises(InvalidInputError) as err:
        Catalogue.from_csv(_csv(["Nope", "1"], [], HEADERS))
    assert err.value.code == "invalid-csv"
    assert err.value.detail is not None
    assert err.value.detail.startswith(
        "a header row is not valid: row ['Nope', '1']; expected labels: Loại danh mục, Cơ quan"
    )


def test_a_header_row_given_twice_is_refused() -> None:
    """A header row given twice is ambiguous: refused, naming the row."""
    text = Catalogue.build(public_catalogue()).to_csv()
    rows = list(csv.reader(io.StringIO(text)))
    rows.insert(1, ["Phiên bản", "9"])
    rows.insert(1, ["Phiên bản", "8"])  # read first; the "9" below it repeats the label
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    with pytest.raises(InvalidInputError) as err:
        Catalogue.from_csv(buf.getvalue())
    assert err.value.code == "invalid-csv"
    assert err.value.detail is not None
    assert err.value.detail.startswith("a header row is not valid: row ['Phiên bản', '9']")


def test_a_header_row_with_a_third_cell_is_refused() -> None:
    """A header row is a label and one value: a third cell is a value with no label."""
    text = Catalogue.build(public_catalogue(version="3")).to_csv()
    with pytest.raises(InvalidInputError) as err:
        Catalogue.from_csv(_with_header_row(text, "Phiên bản", "3", "ghi chú"))
    assert err.value.code == "invalid-csv"
    assert err.value.detail is not None
    assert err.value.detail.startswith(
        "a header row is not valid: row ['Phiên bản', '3', 'ghi chú']; expected labels: "
    )


def test_an_entry_row_refused_names_its_row() -> None:
    """An entry whose date created (Decree 13 art. 6(3) ¶1) is no day is refused, naming its
    table row (row 1 is the header)."""
    with pytest.raises(InvalidInputError) as err:
        entries_from_csv(_csv(HEADERS[:4], ["KH-01", "Kế hoạch", "1/KH", "2024-13-01"]))
    assert err.value.detail is not None and err.value.detail.startswith("table row 2: ")


def test_a_bad_entry_names_its_table_row() -> None:
    """Row 1 is the header: the second entry is table row 3."""
    text = "Mã thông tin,Ngày tạo ra\r\nKH-01,2024-03-01\r\nKH-02,30/02/2024\r\n"
    with pytest.raises(InvalidInputError) as err:
        entries_from_csv(text)
    assert err.value.detail is not None and err.value.detail.startswith("table row 3: ")


def test_a_cell_larger_than_csv_allows_is_refused() -> None:
    """Python's csv module refuses a field over 131 072 characters: a clear error, not a crash."""
    text = "Mã thông tin,Ghi chú\r\nKH-01," + "x" * 140_000 + "\r\n"
    with pytest.raises(InvalidInputError) as err:
        entries_from_csv(text)
    said(
        err.value,
        "invalid-csv",
        "the CSV cannot be read",
        "field larger than field limit (131072)",
    )


@pytest.mark.parametrize(
    ("entries", "detail"),
    [("abc", "entries='abc'"), ({"a": 1}, "entries={'a': 1}"), (42, "entries=42"),
     ([1], "not a CatalogueEntry: 1")],
)  # fmt: skip
def test_entries_to_csv_refuses_what_is_not_entries(entries: Any, detail: str) -> None:
    """Design, principle 9: what is not a list of catalogue entries gets a clear error naming
    what was given."""
    with pytest.raises(InvalidInputError) as err:
        entries_to_csv(entries)
    said(err.value, "invalid-input", "expected a list of catalogue entries", detail)


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
