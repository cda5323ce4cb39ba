"""The register's files as the clerk uses them (issue 19, "Read the register back with its
deadlines"): Vietnamese labels in the cells, read back from the label or the code; typed
dates and đồng amounts in Excel; the computed columns, marked and ignored on reading.

The expected due dates are counted by hand from the calendar (tests/reference copies the
announcements); each test names the article and the announcement that decide it.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import unicodedata
from datetime import date, datetime

import pytest

from tiepcan.foundation.errors import TiepCanError
from tiepcan.foundation.terms import Channel, Complexity
from tiepcan.register.book import COMPUTED_MARK, Register, RegisterEntry
from tiepcan.register.lifecycle import ComplaintRoute, RequestOutcome

#: by fax, complex, received Wed 22/1/2025: art. 31 of Law 104/2016 gives 15 working days
#: from the day after. Counted: Thu 23/1 (1), Fri 24/1 (2); Mon 27/1 – Fri 31/1 are Tết days
#: off (Công văn 8726/VPCP-KGVX); 3–7/2 (3–7), 10–14/2 (8–12), 17/2 (13), 18/2 (14), Wed
#: 19/2 (15). As of Wed 26/2 unanswered: 20, 21, 24, 25, 26/2 are 5 working days late.
FAX = RegisterEntry.from_events(
    "01/2025",
    "Nguyễn Văn A",
    "Quyết định giao đất",
    [{"kind": "received", "on": "2025-01-22", "received_via": "fax", "complexity": "complex"}],
)
#: by post, costs notified and paid (Circular 46/2018 art. 3), provided in part, ground đ
POSTAL = RegisterEntry.from_events(
    "02/2025",
    "Trần Thị B",
    "Hồ sơ đấu giá",
    [
        {"kind": "received", "on": "2025-04-16", "received_via": "postal", "complexity": "simple"},
        {
            "kind": "costs_notified",
            "on": "2025-04-17",
            "amount": 1_250_000,
            "payment_due": "2025-04-24",
        },
        {"kind": "costs_paid", "on": "2025-04-18", "amount": 1_250_000},
        {"kind": "provided", "on": "2025-04-21", "in_part": True, "withheld_grounds": ["dd"]},
    ],
)
REGISTER = Register((FAX, POSTAL))


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def _cell(rows: list[list[str]], row: int, heading: str) -> str:
    return rows[row][rows[0].index(heading)]


def test_cells_hold_the_vietnamese_labels_under_vietnamese_headings() -> None:
    rows = _rows(REGISTER.to_csv())
    assert _cell(rows, 1, "Hình thức yêu cầu") == Channel.FAX.label_vi == "Qua fax"
    assert _cell(rows, 2, "Hình thức yêu cầu") == "Qua dịch vụ bưu chính"
    assert _cell(rows, 2, "Thông tin đơn giản hay phức tạp") == Complexity.SIMPLE.label_vi
    assert _cell(rows, 2, "Kết quả giải quyết") == "Cung cấp một phần thông tin"
    # the ground is the law's own letter: art. 28(1) point đ, not the code "dd"
    assert _cell(rows, 2, "Căn cứ từ chối (Điều 28 khoản 1)") == "đ"
    assert not any(code in rows[2] for code in ("postal", "simple", "provided_in_part", "dd"))


def test_computed_columns_give_the_due_date_status_and_days_late_as_of_a_day() -> None:
    rows = _rows(REGISTER.to_csv(as_of=date(2025, 2, 26)))
    computed = [h for h in rows[0] if h.endswith(COMPUTED_MARK)]
    assert computed == [
        "Hạn trả lời (tính tự động)",
        "Tình trạng đến ngày 26/02/2025 (tính tự động)",
        "Đúng hạn, quá hạn đến ngày 26/02/2025 (tính tự động)",
        "Số ngày làm việc quá hạn đến ngày 26/02/2025 (tính tự động)",
    ]
    assert rows[1][-4:] == ["2025-02-19", "Đang giải quyết", "Quá hạn, chưa thực hiện", "5"]
    # POSTAL is received after 26/2/2025: not yet received, no time limit
    assert rows[2][-4:] == ["", "Chưa nhận yêu cầu", "Không áp dụng thời hạn", ""]


def test_computed_columns_are_ignored_on_reading_whatever_they_hold() -> None:
    text = REGISTER.to_csv(as_of=date(2025, 6, 30))
    assert Register.from_csv(text) == REGISTER
    rows = _rows(text)
    for row in rows[1:]:
        row[-4:] = ["=junk", "không rõ", "31/02/2025", "-7"]
    rows[0][-1] = "Cột của đơn vị " + COMPUTED_MARK  # any heading with the marker
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
    assert Register.from_csv(out.getvalue()) == REGISTER


@pytest.mark.parametrize(
    "spell",
    [
        lambda m: m.value,  # the code, as files written before labels hold it
        lambda m: m.label_vi,
        lambda m: m.label_vi.upper(),
        lambda m: "  " + m.label_vi.replace(" ", "   ") + " ",
        lambda m: unicodedata.normalize("NFD", m.label_vi),  # as Windows-1258 writes tones
        lambda m: m.label_en,
    ],
    ids=["code", "label", "upper", "spaces", "nfd", "english"],
)
def test_labels_or_codes_read_back_the_same_register(spell: object) -> None:
    rows = _rows(REGISTER.to_csv())
    enums = {
        "Hình thức yêu cầu": Channel,
        "Hình thức cung cấp thông tin": Channel,
        "Thông tin đơn giản hay phức tạp": Complexity,
        "Kết quả giải quyết": RequestOutcome,
    }
    for heading, enum in enums.items():
        j = rows[0].index(heading)
        for row in rows[1:]:
            if row[j]:
                member = next(m for m in enum if m.label_vi == row[j])
                row[j] = spell(member)  # type: ignore[operator]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
    assert Register.from_csv(out.getvalue()) == REGISTER


@pytest.mark.parametrize("letters", ["đ", "dd", "Đ", " đ "])
def test_the_ground_is_read_as_the_letter_or_the_code(letters: str) -> None:
    text = Register((POSTAL,)).to_csv()
    assert Register.from_csv(text.replace(";đ;", f";{letters};")) == Register((POSTAL,))


def test_an_unknown_label_is_refused_with_its_row_and_column() -> None:
    text = REGISTER.to_csv().replace("Qua fax", "Qua bồ câu")
    with pytest.raises(TiepCanError) as err:
        Register.from_csv(text)
    assert err.value.code == "invalid-register-rows"
    assert "row 2, column 'Hình thức yêu cầu'" in str(err.value)


def test_no_label_of_a_column_names_two_members() -> None:
    """Each spelling a reader accepts names one member (else a label could read wrong)."""
    for enum in (Channel, Complexity, RequestOutcome, ComplaintRoute):
        seen: dict[str, str] = {}
        for m in enum:
            for text in {m.value, m.label_vi, m.label_en}:
                key = " ".join(text.casefold().split())
                assert seen.setdefault(key, m.value) == m.value, (enum, text)


def test_dates_saved_by_excel_in_vietnam_read_as_dates() -> None:
    """Excel in a Vietnamese locale saves a CSV's dates as DD/MM/YYYY (and a time as H:MM)."""
    text = REGISTER.to_csv().replace("2025-01-22", "22/01/2025").replace("2025-04-17", "17/4/2025")
    assert Register.from_csv(text) == REGISTER
    timed = Register((dataclasses.replace(FAX, received_at=datetime(2025, 1, 1, 8, 5).time()),))
    assert Register.from_csv(timed.to_csv().replace("08:05:00", "8:05")) == timed


def test_excel_dates_are_date_cells_and_amounts_are_numbers() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    data = REGISTER.to_excel(as_of=date(2025, 6, 30))
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    head = [c.value for c in ws[1]]
    row = {h: c for h, c in zip(head, ws[3], strict=True)}
    received = row["Ngày nhận yêu cầu"]
    assert received.is_date and received.number_format == "dd/mm/yyyy"
    assert received.value == datetime(2025, 4, 16)
    for heading in ("Chi phí đã thông báo (đồng)", "Chi phí đã thanh toán (đồng)"):
        assert row[heading].data_type == "n" and row[heading].value == 1_250_000
        assert row[heading].number_format == "#,##0"
    assert row["Hình thức yêu cầu"].data_type == "s"
    assert row["Hình thức yêu cầu"].value == "Qua dịch vụ bưu chính"
    assert row["Số thứ tự"].data_type == "s"  # "02/2025" stays text
    # the fax request, as of 30/6/2025: due 19/2/2025 (see FAX), a date cell too
    due = dict(zip(head, ws[2], strict=True))["Hạn trả lời (tính tự động)"]
    assert due.is_date and due.value == datetime(2025, 2, 19)
    assert Register.from_excel(data) == REGISTER


def test_a_number_excel_stored_as_a_float_reads_as_the_whole_number() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(io.BytesIO(REGISTER.to_excel()))
    ws = wb.active
    head = [c.value for c in ws[1]]
    ws.cell(row=3, column=head.index("Chi phí đã thông báo (đồng)") + 1, value=1_250_000.0)
    buf = io.BytesIO()
    wb.save(buf)
    assert Register.from_excel(buf.getvalue()) == REGISTER
