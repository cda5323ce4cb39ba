"""The dateline of every document tiepcan writes (Decree 30/2020/NĐ-CP, Appendix I, II.4).

Appendix I: "các số thể hiện ngày, tháng, năm dùng chữ số Ả Rập; đối với những số thể hiện ngày
nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước". So "ngày 05 tháng 7 năm 2024", not
"tháng 07" (issue 19); "tháng 01", "tháng 02" keep their zero; days 1–9 have one, 10–31 none.
One function writes it (``tiepcan.foundation._layout.dateline``), for the reports and the forms alike.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan.foundation._layout import dateline, day_of_month, month_number, recipients_lines
from tiepcan.outputs.reports import ReportMetadata

#: month -> how Appendix I writes it, by hand: a zero before 1 and 2 only
MONTHS = {1: "01", 2: "02", 3: "3", 4: "4", 5: "5", 6: "6", 7: "7", 8: "8", 9: "9",
          10: "10", 11: "11", 12: "12"}  # fmt: skip


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize(("day", "written"), [(1, "01"), (9, "09"), (10, "10"), (28, "28")])
def test_every_month_and_the_days_either_side_of_ten(month, day, written):
    assert dateline("Hà Nội", date(2024, month, day)) == (
        f"Hà Nội, ngày {written} tháng {MONTHS[month]} năm 2024"
    )


@pytest.mark.parametrize("month", [1, 3, 5, 7, 8, 10, 12])
def test_day_31_of_every_long_month(month):
    assert dateline("Huế", date(2025, month, 31)) == f"Huế, ngày 31 tháng {MONTHS[month]} năm 2025"


def test_the_issue_19_example():
    """Issue 19: "ngày 05 tháng 07 năm 2024" must read "ngày 05 tháng 7 năm 2024"."""
    assert dateline("Ninh Bình", date(2024, 7, 5)) == "Ninh Bình, ngày 05 tháng 7 năm 2024"
    assert "tháng 07" not in dateline("Ninh Bình", date(2024, 7, 5))


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_a_zero_before_days_below_ten_and_months_one_and_two_only(day):
    """Property, for every date: the day has a leading zero iff it is below 10; the month iff it
    is 1 or 2; the numbers read back are the date's own."""
    text = dateline("Hà Nội", day)
    m = re.fullmatch(r"Hà Nội, ngày (\d{2}) tháng (\d{1,2}) năm (\d{4})", text)
    assert m is not None, text
    d, mo, y = m.groups()
    assert (int(d), int(mo), int(y)) == (day.day, day.month, day.year)
    assert d.startswith("0") == (day.day < 10)
    assert mo.startswith("0") == (day.month in (1, 2))
    assert len(mo) == (2 if day.month in (1, 2) or day.month >= 10 else 1)
    assert (day_of_month(day.day), month_number(day.month)) == (d, mo)


@given(st.dates(min_value=date(2018, 7, 1), max_value=date(2030, 12, 31)))
def test_the_report_writes_the_one_dateline(day):
    """ReportMetadata.dateline is the shared function, in both languages."""
    meta = ReportMetadata.from_dict(
        {
            "kind": "periodic",
            "agency_name": "Sở Tư pháp",
            "agency_abbreviation": "STP",
            "place": "Ninh Bình",
            "report_date": day.isoformat(),
            "addressee": "Sở Tư pháp tỉnh Ninh Bình",
            "signer": {"title": "GIÁM ĐỐC", "name": "Lê Văn C"},
        }
    )
    assert meta.dateline("vi") == dateline("Ninh Bình", day)
    assert meta.dateline("en") == dateline("Ninh Bình", day, "en")


def test_english_names_the_month_whatever_the_locale():
    """The English dateline does not read the machine's locale (strftime %B would)."""
    assert dateline("Hà Nội", date(2024, 7, 5), "en") == "Hà Nội, 5 July 2024"
    assert dateline("Hà Nội", date(2024, 2, 29), "en") == "Hà Nội, 29 February 2024"


def test_a_blank_place_keeps_the_dotted_space():
    assert dateline("  ", date(2024, 3, 4)) == "……, ngày 04 tháng 3 năm 2024"


def test_recipients_end_with_a_semicolon_and_the_last_with_a_full_stop():
    """Appendix I (Nơi nhận): "-" at the start of each line, ";" at its end, "." after the last
    ("Lưu: VT, …")."""
    assert recipients_lines(["Như trên", "Sở Tư pháp tỉnh X;", "Lưu: VT, VP."]) == [
        "- Như trên;",
        "- Sở Tư pháp tỉnh X;",
        "- Lưu: VT, VP.",
    ]
    assert recipients_lines([]) == []
