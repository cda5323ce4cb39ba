"""Files and data nobody checked (issue 17; docs/security.md): every case answers a coded
``TiepCanError`` or comes back exactly, and nothing tiepcan writes for a spreadsheet holds a
live formula.

Every hostile file is built here, by code (csv text, JSON text, .xlsx zips made with
``zipfile`` and openpyxl): no binary blob is stored in the repository.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import zipfile
from typing import Any

import pytest

import tiepcan.foundation._sheets as sheets
from tiepcan.foundation._sheets import LIVE_STARTS, is_live
from tiepcan.foundation.errors import TiepCanError
from tiepcan.register.book import Register, RegisterEntry

RECEIVED = {
    "kind": "received",
    "on": "2025-04-16",
    "received_via": "postal",
    "complexity": "complex",
}
ENTRY = RegisterEntry.from_events(
    "15/2025", "Lê Văn C", "Hồ sơ cấp phép xây dựng", [RECEIVED], handler="Phạm D"
)

#: text that a spreadsheet would evaluate, and text that merely looks odd: all kept exactly
ODD_TEXT = [
    '=HYPERLINK("http://x","y")',
    "+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "\uff1d1+1",  # full-width equals sign
    "'already quoted",
    "''two",
    "  leading and trailing  ",
    "tab\tinside",
    "NBSP\u00a0end\u00a0",
    "trailing newline\n",
    "CR\ronly",
    "CRLF\r\nline",
    "_x000D_ literal escape",
    'quote " and ; delimiter',
]


def coded(fn: Any, *args: Any, **kwargs: Any) -> TiepCanError:
    """Call ``fn``; it must raise a coded TiepCanError with both languages."""
    with pytest.raises(TiepCanError) as info:
        fn(*args, **kwargs)
    err = info.value
    assert err.code and err.message_vi and err.message_en
    return err


def with_name(name: str) -> RegisterEntry:
    return dataclasses.replace(ENTRY, requester_name=name, information_requested=name)


# -- the formula rule (item 2) ------------------------------------------------------------------


@pytest.mark.parametrize("text", ODD_TEXT)
def test_csv_holds_no_live_cell_and_round_trips(text: str) -> None:
    """OWASP's CSV-injection rule: no cell of the CSV starts with = + - @ tab CR (or LF, or a
    full-width form); the reader takes the writer's apostrophe off, so the text comes back."""
    register = Register((with_name(text),))
    written = register.to_csv()
    for row in csv.reader(io.StringIO(written, newline=""), delimiter=";"):
        assert not any(is_live(cell) for cell in row), row
    assert Register.from_csv(written) == register


@pytest.mark.parametrize("text", ODD_TEXT)
def test_excel_holds_no_formula_and_round_trips(text: str) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    register = Register((with_name(text),))
    data = register.to_excel()
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
            if isinstance(cell.value, str) and is_live(cell.value):
                assert cell.quotePrefix  # Excel keeps it text when the clerk edits it
    assert Register.from_excel(data) == register


def test_live_starts_are_the_owasp_list_and_their_full_width_forms() -> None:
    assert set("=+-@\t\r") <= set(LIVE_STARTS)
    assert {"\uff1d", "\uff0b", "\uff0d", "\uff20"} <= set(LIVE_STARTS)


def test_a_real_leading_apostrophe_in_a_hand_made_csv_is_the_mark() -> None:
    """In CSV the apostrophe is the escape: two for one (docs/security.md)."""
    header = Register((ENTRY,)).to_csv().splitlines()[0]
    row = Register((ENTRY,)).to_csv().splitlines()[1].replace("Lê Văn C", "''Lê")
    assert Register.from_csv(f"{header}\n{row}\n").entries[0].requester_name == "'Lê"


def _statistics(agency: str) -> Any:
    from tiepcan.register.statistics import ReportingPeriod, compute_statistics

    return compute_statistics(Register(()), ReportingPeriod.year(2024), agency=agency)


HOSTILE_META = {
    "kind": "periodic",
    "superior_body": "=1+1\n| forged | row |",
    "agency_name": '=HYPERLINK("http://evil","x")',
    "agency_abbreviation": "STP",
    "place": "+Ninh Bình",
    "report_date": "2025-01-10",
    "addressee": "<script>alert(1)</script>\n| a | b |\n# Heading",
    "subject": "@subject\n## forged",
    "situation": "# heading\n| x | y |\n1. a list\n<img src=x onerror=alert(1)>",
    "difficulties": "- item\n> quote\n[link](javascript:alert(1))",
    "recommendations": "`code` *bold* _it_",
    "signer": {"authority": "=KT", "title": "-GIÁM ĐỐC", "name": "@Lê <b>C</b>"},
    "recipients": ["=Như trên;", "| Lưu |"],
}
PLAIN_META = {
    **HOSTILE_META,
    **{k: "Sở Tư pháp" for k in ("superior_body", "agency_name", "place", "addressee")},
    **{k: "Nội dung" for k in ("subject", "situation", "difficulties", "recommendations")},
    "signer": {"title": "GIÁM ĐỐC", "name": "Lê Văn C"},
    "recipients": ["Như trên;", "Lưu: VT."],
}


def test_render_excel_writes_no_formula() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from tiepcan.outputs.reports import render_excel

    data = render_excel(_statistics("=cmd|' /C calc'!A0"), HOSTILE_META)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                texts.append(cell.value)
    assert '=HYPERLINK("HTTP://EVIL","X")' in texts  # the agency's name, upper case, as text


def test_render_excel_refuses_what_excel_cannot_hold() -> None:
    pytest.importorskip("openpyxl")
    from tiepcan.outputs.reports import render_excel

    err = coded(render_excel, _statistics("Sở"), {**PLAIN_META, "place": "Ninh\x00Bình"})
    assert err.code == "unwritable-cell" and "row" in (err.detail or "")


# -- Markdown and HTML (item 5) -----------------------------------------------------------------


def _shape(md: str) -> list[str]:
    """What gives a Markdown document its structure: headings, table rows, list items, quotes."""
    return [line[:2] for line in md.splitlines() if _STRUCTURE.match(line)]


_STRUCTURE = re.compile(r"(#|\||[-+*] |> ?|[0-9]+[.)] )")


def test_markdown_escapes_every_user_text() -> None:
    from tiepcan.outputs.reports import render_markdown

    stats = _statistics("Sở <b>Tư</b> | pháp")
    for lang in ("vi", "en"):
        hostile = render_markdown(stats, HOSTILE_META, lang=lang)
        plain = render_markdown(stats, PLAIN_META, lang=lang)
        assert "<script>" not in hostile and "<img" not in hostile and "<b>" not in hostile
        assert not re.search(r"(?<!\\)\]\(", hostile)  # no link: "]" escaped before "("
        assert _shape(hostile) == _shape(plain)  # no forged heading, row, list item or quote


def test_html_escapes_every_user_text() -> None:
    from tiepcan.outputs.reports import render_html

    page = render_html(_statistics("Sở <b>Tư</b>"), HOSTILE_META, chart=False)
    assert "<script>" not in page and "<img" not in page and "<b>Tư" not in page
    assert "&lt;script&gt;" in page


def test_html_chart_flag_is_a_bool() -> None:
    from tiepcan.outputs.reports import render_html

    assert coded(render_html, _statistics("Sở"), PLAIN_META, chart="0").code == "invalid-input"


# -- CSV: nothing lost, no uncoded crash (items 3, 4) -------------------------------------------


def _csv(*rows: list[str]) -> str:
    return "".join(";".join(r) + "\n" for r in rows)


def _csv_of(entry: RegisterEntry) -> tuple[list[str], list[str]]:
    header, row = list(csv.reader(io.StringIO(Register((entry,)).to_csv()), delimiter=";"))
    return header, row


def test_text_read_from_a_hand_made_csv_is_kept_exactly() -> None:
    header, row = _csv_of(ENTRY)
    row[header.index("Họ và tên người yêu cầu")] = '"  Lê\u00a0Văn\tC \n"'
    entry = Register.from_csv(_csv(header, row)).entries[0]
    assert entry.requester_name == "  Lê\u00a0Văn\tC \n"


@pytest.mark.parametrize("number", ["²", "٣", "１２", "1.5", "9" * 5_000, " 12"])
def test_a_number_not_in_ascii_digits_is_refused_with_row_and_column(number: str) -> None:
    header, row = _csv_of(dataclasses.replace(ENTRY, extension_length=None))
    row[header.index("Thời gian gia hạn")] = number
    err = coded(Register.from_csv, _csv(header, row))
    assert "row 2, column 'Thời gian gia hạn'" in (err.detail or "")


@pytest.mark.parametrize("at", ["08:00Z", "08:00+07:00", "08:00:00-05:00"])
def test_a_time_of_day_with_an_offset_is_refused_either_way(at: str) -> None:
    """A time of day is Vietnam time; converting a bare time could move it to another day, so
    an offset is refused, "Z" and "+07:00" alike."""
    header, row = _csv_of(ENTRY)
    row[header.index("Giờ nhận yêu cầu")] = at
    err = coded(Register.from_csv, _csv(header, row))
    assert "row 2, column 'Giờ nhận yêu cầu'" in (err.detail or "")
    rows = json.loads(Register((ENTRY,)).to_json())
    rows[0]["received_at"] = at
    coded(Register.from_json, json.dumps(rows))


def test_a_repeated_heading_is_refused_with_its_column() -> None:
    header, row = _csv_of(ENTRY)
    err = coded(Register.from_csv, _csv([*header, header[2]], [*row, "Người khác"]))
    assert "given twice" in (err.detail or "") and f"column {len(header) + 1}" in (err.detail or "")


def test_a_value_under_no_heading_is_refused_not_dropped() -> None:
    header, row = _csv_of(ENTRY)
    err = coded(Register.from_csv, _csv(header, [*row, "lost?"]))
    assert f"row 2, column {len(header) + 1}" in (err.detail or "")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a" * 200_000, "invalid-csv"),  # over the csv module's field limit
        ('"unterminated', "invalid-csv"),
        ('Số thứ tự\n"a"b\n', "invalid-csv"),  # junk after a closing quote (strict)
        (b"S\xe1 th\xe1\n", "unreadable-encoding"),  # bytes that are not UTF-8
        (b"bytes", "invalid-register-rows"),  # bytes are decoded: an unknown heading
        (None, "invalid-csv"),
        (12, "invalid-csv"),
        ("Số thứ tự;Số thứ tự\n", "invalid-register-rows"),
        ("Không phải cột\n", "invalid-register-rows"),
    ],
)
def test_broken_csv_is_a_coded_error(text: Any, code: str) -> None:
    assert coded(Register.from_csv, text).code == code


@pytest.mark.parametrize("delimiter", ["", ";;", '"', "\n", "a", 0, None])
def test_a_bad_delimiter_is_a_coded_error(delimiter: Any) -> None:
    coded(Register.from_csv, "x", delimiter=delimiter)
    coded(Register((ENTRY,)).to_csv, delimiter=delimiter)


@pytest.mark.parametrize("delimiter", [",", "\t", "|"])
def test_other_delimiters_round_trip(delimiter: str) -> None:
    register = Register((with_name(f'a{delimiter}b "c"\r\nd'),))
    assert Register.from_csv(register.to_csv(delimiter), delimiter) == register


def test_a_cell_over_excels_limit_is_refused_on_write_not_cut() -> None:
    long = with_name("x" * 32_768)
    for write in (Register((long,)).to_csv, Register((long,)).to_excel):
        err = coded(write)
        assert err.code == "unwritable-cell" and "row 2" in (err.detail or "")
    exact = Register((with_name("x" * 32_767),))
    assert Register.from_csv(exact.to_csv()) == exact


def test_a_register_longer_than_an_excel_sheet_is_refused_on_write(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Excel holds 1,048,576 rows a sheet (Microsoft, "Excel specifications and limits"): a
    longer register is refused, not written as a workbook Excel would cut short. The limit
    is lowered here to three rows (the heading and two)."""
    pytest.importorskip("openpyxl")
    import tiepcan.register.book as book

    assert sheets.EXCEL_ROWS_MAX == 2**20 == 1_048_576
    monkeypatch.setattr(book, "EXCEL_ROWS_MAX", 3)
    Register((ENTRY, ENTRY)).to_excel()  # the heading and two rows: three
    err = coded(Register((ENTRY, ENTRY, ENTRY)).to_excel)
    assert err.code == "too-many-rows" and "3 rows and the heading row" in (err.detail or "")


def test_a_workbook_over_the_size_limit_is_refused_before_it_is_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The limit on a workbook's parts once uncompressed (a zip bomb) is read from the zip's
    directory, before any part is expanded; it is far above a real register's (a million
    rows written by tiepcan: 757 MiB of sheet, README "Measured")."""
    pytest.importorskip("openpyxl")
    assert sheets.XLSX_MAX_BYTES == 2 * 1024**3 > 757 * 1024**2
    book = Register((ENTRY,)).to_excel()
    with zipfile.ZipFile(io.BytesIO(book)) as zf:
        size = sum(i.file_size for i in zf.infolist())
    monkeypatch.setattr(sheets, "XLSX_MAX_BYTES", size - 1)
    err = coded(Register.from_excel, book)
    assert err.code == "invalid-excel" and f"larger than {size - 1} bytes" in (err.detail or "")
    monkeypatch.setattr(sheets, "XLSX_MAX_BYTES", size)
    assert Register.from_excel(book) == Register((ENTRY,))


def test_a_bom_is_not_a_heading() -> None:
    assert Register.from_csv("\ufeff" + Register((ENTRY,)).to_csv()) == Register((ENTRY,))


# -- JSON ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [None, 12, "[" * 10_000 + "]" * 10_000, "{}", "[1]", "[" + "9" * 5_000 + "]", "\x00", b"\xff"],
)
def test_broken_json_is_a_coded_error(text: Any) -> None:
    coded(Register.from_json, text)


def test_from_events_with_blank_text_is_a_coded_error() -> None:
    err = coded(RegisterEntry.from_events, " ", "\u200b", "", [RECEIVED])
    assert err.code == "invalid-input"


# -- Excel: nothing lost, nothing expanded (items 3, 4) -----------------------------------------


def _rezip(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """The workbook with some parts replaced (``None``: removed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename in change:
                new = change[info.filename]
                if new is not None:
                    dst.writestr(info.filename, new)
            else:
                dst.writestr(info, src.read(info))
    return out.getvalue()


SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture
def workbook() -> bytes:
    pytest.importorskip("openpyxl")
    return Register((ENTRY, dataclasses.replace(ENTRY, number="16/2025"))).to_excel()


def test_an_understated_dimension_loses_no_row(workbook: bytes) -> None:
    """openpyxl's read-only mode trusts <dimension>; the reader reads to the real end."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as z:
        sheet = z.read(SHEET).decode()
    assert "<dimension " in sheet
    start = sheet.index("<dimension ")
    end = sheet.index("/>", start) + 2
    lying = sheet[:start] + '<dimension ref="A1:A1"/>' + sheet[end:]
    back = Register.from_excel(_rezip(workbook, {SHEET: lying.encode()}))
    assert [e.number for e in back] == ["15/2025", "16/2025"]


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    b"</sheetData></worksheet>"
)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({SHEET: BILLION_LAUGHS}, "entity"),
        ({"xl/workbook.xml": None}, ""),  # a missing part (KeyError inside openpyxl)
        ({SHEET: None}, ""),
        ({SHEET: b"<not xml"}, ""),
        ({SHEET: "<?xml version='1.0' encoding='utf-16'?>".encode("utf-16")}, "UTF-8"),
        ({"[Content_Types].xml": b"<Types/>"}, ""),
    ],
)
def test_a_broken_or_hostile_workbook_is_refused(
    workbook: bytes, change: dict[str, bytes | None], fragment: str
) -> None:
    err = coded(Register.from_excel, _rezip(workbook, change))
    assert err.code in ("invalid-excel", "invalid-register-rows")
    assert fragment in (err.detail or "")


@pytest.mark.parametrize("data", [b"", b"not a zip", b"PK\x03\x04broken", None, "text"])
def test_what_is_not_an_xlsx_is_refused(data: Any) -> None:
    pytest.importorskip("openpyxl")
    assert coded(Register.from_excel, data).code == "invalid-excel"


def _foreign(rows: list[list[Any]], chart: bool = False) -> bytes:
    """A workbook as another program would write it (formulas, numbers, extra cells)."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    if chart:
        wb.create_chartsheet("Chart")
        wb.active = 1
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _sheet_rows(entry: RegisterEntry) -> tuple[list[str], list[Any]]:
    header, row = _csv_of(entry)
    return header, [c or None for c in row]


def test_a_chart_sheet_is_refused() -> None:
    header, row = _sheet_rows(ENTRY)
    assert coded(Register.from_excel, _foreign([header, row], chart=True)).code == "invalid-excel"


def test_a_formula_is_refused_not_computed() -> None:
    header, row = _sheet_rows(ENTRY)
    row[header.index("Họ và tên người yêu cầu")] = "=A1&B1"  # openpyxl writes it as a formula
    err = coded(Register.from_excel, _foreign([header, row]))
    assert "formula" in (err.detail or "") and "row 2" in (err.detail or "")


def test_excel_cells_beyond_the_header_and_repeated_headings_are_refused() -> None:
    header, row = _sheet_rows(ENTRY)
    err = coded(Register.from_excel, _foreign([header, [*row, "lost?"]]))
    assert f"row 2, column {len(header) + 1}" in (err.detail or "")
    err = coded(Register.from_excel, _foreign([[*header, header[0]], [*row, "x"]]))
    assert "given twice" in (err.detail or "")


def test_excel_numbers_and_unicode_digits() -> None:
    header, row = _sheet_rows(ENTRY)
    col = header.index("Thời gian gia hạn")
    for bad in ["٣", "１２", "²", 1.5]:
        row[col] = bad
        err = coded(Register.from_excel, _foreign([header, row]))
        assert "row 2, column 'Thời gian gia hạn'" in (err.detail or "")


@pytest.mark.parametrize("text", ["A\x00B", "A\x1bB", "\ud800"])
def test_excel_writer_refuses_what_a_workbook_cannot_store(text: str) -> None:
    """NUL (and the other control characters XML 1.0 forbids) cannot be stored in .xlsx: the
    writer refuses them with row and column instead of writing a broken file."""
    pytest.importorskip("openpyxl")
    err = coded(Register((with_name(text),)).to_excel)
    assert err.code == "unwritable-cell" and "row 2" in (err.detail or "")


# -- the command line (item 4): exit statuses, never a traceback ---------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *argv: Any) -> tuple[int, str, str]:
    from tiepcan.outputs.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ["fee", "photocopy_bw_a4=" + "9" * 5_000],
        ["fee", "photocopy_bw_a4=²"],
        ["fee", "photocopy_bw_a4=1", "--postage", "9" * 5_000],
        ["cite", "9" * 5_000],
        ["cite", "28", "٣"],
        ["deadline", "2024-02-07", "electronic", "complex", "--extension-length", "9" * 5_000],
    ],
)
def test_cli_huge_or_odd_numbers_are_input_errors(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = _cli(capsys, *argv, "--json")
    assert code == 1 and out == ""
    assert json.loads(err)["code"].startswith("invalid-")
    assert "Traceback" not in err


def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    from tiepcan.outputs.cli import main

    assert _cli(capsys, "no-such-command")[0] == 2
    assert _cli(capsys, "workday", "--lang", "fr", "2024-01-01")[0] == 2
    assert main(0) == 2  # type: ignore[arg-type]
    assert "invalid-command-line" in capsys.readouterr().err


def test_cli_full_disk_is_a_coded_error_with_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing the output to a full disk: a coded error (exit 1), JSON under --json."""
    import builtins
    import errno
    import sys

    real_print = builtins.print

    def full(*args: Any, **kwargs: Any) -> None:
        if kwargs.get("file", sys.stdout) is sys.stdout:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_print(*args, **kwargs)

    monkeypatch.setattr(builtins, "print", full)
    code, _, err = _cli(capsys, "workday", "2026-01-10", "--json")
    assert code == 1
    data = json.loads(err)
    assert data["code"] == "output-not-written" and "No space left" in data["detail"]
    assert data["message_vi"] and data["message_en"]


def test_cli_internal_error_is_coded_exit_3_without_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tiepcan.outputs.cli import _commands

    def broken(args: Any) -> str:
        raise RuntimeError("a defect")

    monkeypatch.setattr(_commands, "workday", broken)
    code, out, err = _cli(capsys, "workday", "2026-01-10")
    assert code == 3 and out == "" and "Traceback" not in err
    assert err.startswith("[internal-error]")
    code, _, err = _cli(capsys, "workday", "2026-01-10", "--json")
    assert code == 3 and json.loads(err)["code"] == "internal-error"


def test_cli_help_documents_the_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(capsys, "--help")
    assert code == 0
    assert "exit status" in out and "3  an internal error" in out


def test_cli_register_fold_of_a_hostile_workbook(
    capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    pytest.importorskip("openpyxl")
    path = tmp_path / "register.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    code, _, err = _cli(capsys, "register", "fold", str(path), "--as-of", "2025-05-01", "--json")
    assert code == 1 and json.loads(err)["code"] == "invalid-excel"
