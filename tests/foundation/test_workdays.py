"""The public-sector working-day calendar, checked against the official announcements.

Every expected date here was worked out by hand from `shared/reference/calendar-2018-2027.md`
(its per-year table, §2), and each test names the instrument that decides it. Days after 2027
follow the Labour Code 2019 (45/2019/QH14) art. 112(1), which lists no holiday in late
December. The calendar covers 2018-01-01 to 2040-12-31; 2026 is the last year whose days off
are all announced.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan import CalendarRangeError, InvalidInputError, TiepCanError
from tiepcan.foundation import workdays as wd
from tiepcan.foundation.errors import ERROR_CODES
from tiepcan.foundation.workdays import (
    DayKind,
    add_working_days,
    announcement,
    calendar_range,
    check_in_calendar,
    day_info,
    is_provisional_year,
    is_working_day,
    next_working_day,
    provisional_note,
    provisional_years,
    roll_forward,
    span_days,
    to_vietnam_time,
    working_days_between,
)

from strategies import calendar_dates, counts, not_counts, not_dates, signed_counts
from workday_tables import install_table

D = date
FIRST, LAST = D(2018, 1, 1), D(2040, 12, 31)
COVERS = "the calendar covers 2018-01-01 to 2040-12-31"

# --------------------------------------------------------------------------------------
# The calendar against the reference table, year by year.


def _reference_table(shared_reference: Path) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """OFF and WORKING_SATURDAYS from the machine-readable block of the reference (§2.2)."""
    text = (shared_reference / "calendar-2018-2027.md").read_text(encoding="utf-8")
    block = re.search(r"### 2\.2.*?```python\n(.*?)```", text, re.S)
    assert block, "calendar reference lost its §2.2 block"
    namespace: dict[str, dict[int, list[str]]] = {}
    exec(block.group(1), {}, namespace)  # our own reference file: plain literals
    return namespace["OFF"], namespace["WORKING_SATURDAYS"]


@pytest.mark.parametrize("year", range(2018, 2028))
def test_weekdays_off_match_the_reference_table(shared_reference: Path, year: int) -> None:
    """Each year's weekdays off and make-up Saturdays equal the reference's §2.2 summary."""
    off, saturdays = _reference_table(shared_reference)
    days = [date(year, 1, 1) + timedelta(days=i) for i in range(366)]
    days = [d for d in days if d.year == year]
    weekdays_off = sorted(f"{d:%m-%d}" for d in days if d.weekday() < 5 and not is_working_day(d))
    weekend_worked = sorted(f"{d:%m-%d}" for d in days if d.weekday() >= 5 and is_working_day(d))
    assert weekdays_off == sorted(off[year])
    assert weekend_worked == sorted(saturdays.get(year, []))


def test_non_working_days_2018_2027_equal_the_reference_table(shared_reference: Path) -> None:
    """The whole set of non-working days, weekends included: Saturdays and Sundays, less the
    make-up Saturdays, plus the weekdays off of the reference's §2.2 (issue 9: relabelling
    the calendar must not move a single day)."""
    off, saturdays = _reference_table(shared_reference)
    days = [
        date(2018, 1, 1) + timedelta(days=i)
        for i in range((date(2028, 1, 1) - date(2018, 1, 1)).days)
    ]
    expected = {d for d in days if d.weekday() >= 5}
    expected -= {date.fromisoformat(f"{y}-{md}") for y, mds in saturdays.items() for md in mds}
    expected |= {date.fromisoformat(f"{y}-{md}") for y, mds in off.items() for md in mds}
    assert {d for d in days if not is_working_day(d)} == expected


def test_new_year_2026_swap_that_holidays_lacks() -> None:
    """Công văn 12729/VPCP-KGVX (25/12/2025): Fri 2/1/2026 off, Sat 10/1/2026 worked."""
    assert not is_working_day(date(2026, 1, 2))
    assert is_working_day(date(2026, 1, 10))
    friday = day_info(date(2026, 1, 2))
    assert friday.kind is DayKind.SWAPPED_DAY_OFF
    assert friday.instruments == ("12729/VPCP-KGVX",)
    saturday = day_info(date(2026, 1, 10))
    assert saturday.kind is DayKind.MAKEUP_WORKDAY and saturday.working


def test_holidays_package_still_lacks_the_2026_swap() -> None:
    """Why our table exists: if `holidays` ever adds the swap, this reminds us to re-check."""
    vn = holidays.country_holidays("VN", years=2026)
    assert date(2026, 1, 2) not in vn or holidays.__version__ != "0.108"


def test_culture_day_2026_is_a_day_off() -> None:
    """NQ 28/2026/QH16 art. 2 and Công văn 10065/VPCP-KGVX: Tue 24/11/2026, one day, no swap."""
    info = day_info(date(2026, 11, 24))
    assert not info.working and info.kind is DayKind.HOLIDAY
    assert [c.instrument for c in info.basis] == ["28/2026/QH16"]
    assert is_working_day(date(2026, 11, 23)) and is_working_day(date(2026, 11, 28)) is False


def test_no_compensatory_day_for_culture_day_on_a_weekend() -> None:
    """Labour Code 2019 art. 111(3) covers only art. 112(1) holidays; 24/11/2029 is a Saturday."""
    assert date(2029, 11, 24).weekday() == 5
    assert is_working_day(date(2029, 11, 26))


def test_national_day_extra_day_follows_each_announcement() -> None:
    """The 2nd Quốc khánh day moves every year (Labour Code 2019 art. 112(1)(đ), 112(3))."""
    assert not is_working_day(date(2021, 9, 3))  # 9895/VPCP-KGVX: Thu 2 + Fri 3
    assert not is_working_day(date(2022, 9, 1))  # 245/VPCP-KGVX: Thu 1 + Fri 2
    assert not is_working_day(date(2023, 9, 1))  # 5034/TB-LĐTBXH: Fri 1, Mon 4 nghỉ bù
    assert not is_working_day(date(2023, 9, 4))
    assert not is_working_day(date(2024, 9, 3))  # 8662/VPCP-KGVX: Mon 2 + Tue 3
    assert not is_working_day(date(2025, 9, 1))  # 8726/VPCP-KGVX: Mon 1 + Tue 2
    assert is_working_day(date(2020, 9, 1))  # 2020: Labour Code 2012 art. 115, one day only


def test_make_up_saturdays_of_every_announcement_count() -> None:
    """Saturdays worked: 6519/VPCP-KGVX (2019), 2450/VPCP-KGVX (2024), 8726 (2025), 9441 (2026)."""
    for d in (
        date(2019, 1, 5),
        date(2019, 5, 4),
        date(2024, 5, 4),
        date(2025, 4, 26),
        date(2026, 1, 10),
        date(2026, 8, 22),
    ):
        assert d.weekday() == 5 and is_working_day(d), d
        assert day_info(d).kind is DayKind.MAKEUP_WORKDAY


def test_compensatory_day_cites_the_labour_code_of_its_year() -> None:
    """Nghỉ bù: Labour Code 2012 art. 115(3) until 2020, Labour Code 2019 art. 111(3) after."""
    old = day_info(date(2019, 4, 15))  # Giỗ Tổ on Sun 14/4/2019
    new = day_info(date(2026, 4, 27))  # Giỗ Tổ on Sun 26/4/2026
    assert old.kind is DayKind.OBSERVED and new.kind is DayKind.OBSERVED
    assert old.basis[0].label_en == "Labour Code 2012, art. 115(3)"
    assert new.basis[0].label_en == "Labour Code 2019, art. 111(3)"
    assert all(c.text() for c in (*old.basis, *new.basis))


def test_ordinary_days_cite_the_working_week() -> None:
    """QĐ 188/1999/QĐ-TTg Điều 1: Monday–Friday worked, Saturday and Sunday off."""
    monday, sunday = day_info(date(2024, 3, 4)), day_info(date(2024, 3, 3))
    assert monday.working and monday.kind is DayKind.WORKING
    assert not sunday.working and sunday.kind is DayKind.WEEKEND
    assert "thứ bẩy và chủ nhật" in monday.basis[0].text()


def test_announcements_carry_their_confidence() -> None:
    assert announcement("12729/VPCP-KGVX").confidence == "confirmed"
    assert announcement("10065/VPCP-KGVX").confidence == "unconfirmed"
    assert announcement("2450/VPCP-KGVX").issued == date(2024, 4, 12)
    with pytest.raises(TiepCanError) as err:
        announcement("1/XX")
    assert err.value.code == "unknown-announcement"


# --------------------------------------------------------------------------------------
# Counting.


def test_add_working_days_over_tet_2024() -> None:
    """8662/VPCP-KGVX: Tết 8–14/2/2024 off. From Wed 7/2: 15/2 is day 1, 28/2 is day 10."""
    assert add_working_days(date(2024, 2, 7), 1) == date(2024, 2, 15)
    assert add_working_days(date(2024, 2, 7), 10) == date(2024, 2, 28)


def test_start_day_is_not_counted_even_if_it_is_a_day_off() -> None:
    """Civil Code art. 147: from Sat 27/4/2024 or Fri 26/4/2024, day 10 is the same day.

    2450/VPCP-KGVX: Mon 29/4 off, Sat 4/5 worked. Count: Thu 2/5 (1), Fri 3/5 (2),
    Sat 4/5 (3), Mon 6/5 (4) … Tue 14/5 (10). anchors.md §C.5 gets the same with holidays.
    """
    assert add_working_days(date(2024, 4, 26), 10) == date(2024, 5, 14)
    assert add_working_days(date(2024, 4, 27), 10) == date(2024, 5, 14)


def test_counting_backwards() -> None:
    """Counting back from Thu 15/2/2024 skips Tết 8–14/2 (8662/VPCP-KGVX): the 1st working day
    before is Wed 7/2, the 3rd Mon 5/2."""
    assert add_working_days(date(2024, 2, 15), -1) == date(2024, 2, 7)
    assert add_working_days(date(2024, 2, 15), -3) == date(2024, 2, 5)
    assert working_days_between(date(2024, 2, 15), date(2024, 2, 5)) == -3


def test_roll_forward_and_span() -> None:
    assert roll_forward(date(2024, 4, 30)) == date(2024, 5, 2)  # 30/4, 1/5 off
    assert roll_forward(date(2024, 5, 4)) == date(2024, 5, 4)  # make-up Saturday
    kinds = [d.kind for d in span_days(date(2024, 4, 26), date(2024, 5, 6))]
    assert kinds == [
        DayKind.WEEKEND,
        DayKind.WEEKEND,
        DayKind.SWAPPED_DAY_OFF,
        DayKind.HOLIDAY,
        DayKind.HOLIDAY,
        DayKind.MAKEUP_WORKDAY,
        DayKind.WEEKEND,
    ]


def test_provisional_years() -> None:
    """2026 is fully announced; 2027 is not (no Bộ Nội vụ notice yet)."""
    assert not is_provisional_year(2026)
    assert is_provisional_year(2027)
    assert provisional_years(date(2026, 12, 20), date(2027, 1, 8)) == (2027,)
    assert day_info(date(2027, 2, 4)).provisional


def test_calendar_range_is_enforced() -> None:
    first, last = calendar_range()
    assert (first, last) == (date(2018, 1, 1), date(2040, 12, 31))
    with pytest.raises(CalendarRangeError):
        is_working_day(date(2017, 12, 31))
    with pytest.raises(CalendarRangeError):
        add_working_days(date(2040, 12, 20), 30)
    with pytest.raises(CalendarRangeError):
        add_working_days(date(2018, 1, 3), -5)


def test_strings_are_accepted_as_iso_dates() -> None:
    assert add_working_days("2024-02-07", 10) == date(2024, 2, 28)
    assert is_working_day("2026-01-10")


# --------------------------------------------------------------------------------------
# The first and last day of the calendar.


def test_the_calendar_covers_2018_to_2040() -> None:
    assert calendar_range() == (FIRST, LAST)
    assert check_in_calendar(FIRST) == FIRST
    assert check_in_calendar(LAST) == LAST


def test_first_day_of_the_calendar_is_new_year() -> None:
    """2018-01-01, Monday, Tết Dương lịch (BLLĐ 2012 art. 115(1); reference §2, row 2018)."""
    assert not is_working_day(FIRST)
    # the first working day of the calendar is Tuesday 2/1/2018
    assert add_working_days(FIRST, 1) == D(2018, 1, 2)
    assert next_working_day(FIRST) == D(2018, 1, 2)
    assert add_working_days(D(2018, 1, 3), -1) == D(2018, 1, 2)


def test_no_working_day_before_the_first_one() -> None:
    """Nothing before 2/1/2018 is a working day the calendar knows: counting back fails."""
    for start in (FIRST, D(2018, 1, 2)):
        with pytest.raises(CalendarRangeError) as err:
            add_working_days(start, -1)
        assert err.value.detail == f"-1 working days from {start.isoformat()}; {COVERS}"


def test_last_day_of_the_calendar_is_a_working_monday() -> None:
    """2040-12-31 is a Monday and no holiday (45/2019/QH14 art. 112(1)): a working day,
    the calendar's last; Friday 28/12 is the one before it."""
    assert is_working_day(LAST)
    assert add_working_days(D(2040, 12, 28), 1) == LAST
    assert add_working_days(LAST, -1) == D(2040, 12, 28)
    assert add_working_days(LAST, 0) == LAST
    with pytest.raises(CalendarRangeError) as err:
        add_working_days(LAST, 1)
    assert err.value.detail == f"1 working days from 2040-12-31; {COVERS}"


@pytest.mark.parametrize(
    ("call", "detail"),
    [
        (lambda: is_working_day(D(2017, 12, 31)), "day=2017-12-31"),
        (lambda: is_working_day(D(2041, 1, 1)), "day=2041-01-01"),
        (lambda: check_in_calendar(D(2041, 1, 1)), "day=2041-01-01"),
        (lambda: check_in_calendar(D(2017, 12, 31), "received"), "received=2017-12-31"),
        (lambda: add_working_days(D(2017, 12, 31), 1), "start=2017-12-31"),
        (lambda: add_working_days(D(2041, 1, 1), 0), "start=2041-01-01"),
        (lambda: add_working_days(D(2041, 1, 1), -1), "start=2041-01-01"),
        (lambda: working_days_between(D(2017, 12, 31), LAST), "start=2017-12-31"),
        (lambda: working_days_between(FIRST, D(2041, 1, 1)), "end=2041-01-01"),
        (lambda: day_info(D(2041, 1, 1)), "day=2041-01-01"),
        (lambda: roll_forward(D(2017, 12, 31)), "day=2017-12-31"),
        (lambda: span_days(D(2017, 12, 31), FIRST), "start=2017-12-31"),
        (lambda: span_days(FIRST, D(2041, 1, 1)), "end=2041-01-01"),
        (lambda: provisional_years(D(2017, 12, 31), FIRST), "start=2017-12-31"),
        (lambda: provisional_years(FIRST, D(2041, 1, 1)), "end=2041-01-01"),
        (lambda: is_provisional_year(2017), "year=2017"),
        (lambda: is_provisional_year(2041), "year=2041"),
        (
            lambda: to_vietnam_time(datetime(9999, 12, 31, 23, 0, tzinfo=UTC)),
            "moment=9999-12-31T23:00:00+00:00",
        ),
    ],
)
def test_a_day_outside_the_calendar_is_refused_naming_the_field(
    call: Callable[[], Any], detail: str
) -> None:
    """Errors say what and where: the field, the value and the span the calendar covers."""
    with pytest.raises(CalendarRangeError) as err:
        call()
    assert err.value.code == "date-outside-calendar"
    assert err.value.detail == f"{detail}; {COVERS}"


def test_is_provisional_year_at_the_edges() -> None:
    """2026 is the last fully announced year (reference §2: 12729/VPCP-KGVX, 9441/TB-BNV,
    10065/VPCP-KGVX); 2027 has only part of its announcements, so it is provisional."""
    assert is_provisional_year(2018) is False
    assert is_provisional_year(2026) is False
    assert is_provisional_year(2027) is True
    assert is_provisional_year(2040) is True


class _Year(int):
    """An int subclass, as an ORM or an enum may hand over."""


def test_is_provisional_year_takes_int_subclasses_and_refuses_the_rest() -> None:
    assert is_provisional_year(_Year(2027)) is True
    assert is_provisional_year(_Year(2026)) is False
    for junk in ("2027", True, 2027.0):
        with pytest.raises(InvalidInputError) as err:
            is_provisional_year(junk)  # type: ignore[arg-type]
        assert err.value.code == "invalid-number"
        assert (err.value.message_vi, err.value.message_en) == (
            "Cần một số nguyên",
            "expected a whole number",
        )
        assert err.value.detail == f"year={junk!r}"


def test_add_working_days_takes_int_subclasses_and_names_n() -> None:
    assert add_working_days(D(2026, 1, 9), _Year(1)) == D(2026, 1, 10)
    with pytest.raises(InvalidInputError) as err:
        add_working_days(D(2026, 1, 9), "1")  # type: ignore[arg-type]
    assert err.value.detail == "n='1'"


# --------------------------------------------------------------------------------------
# Counting across the days off of a regime's last days and a calendar year's turn.


def test_next_working_day_across_national_day_2026() -> None:
    """9441/TB-BNV: Mon 31/8/2026 swapped off, Tue 1/9 and Wed 2/9 Quốc khánh; so the next
    working day after Friday 28/8 is Thursday 3/9."""
    assert next_working_day(D(2026, 8, 28)) == D(2026, 9, 3)
    assert next_working_day(D(2026, 8, 31)) == D(2026, 9, 3)
    assert next_working_day("2026-09-01") == D(2026, 9, 3)


def test_next_working_day_is_a_make_up_saturday() -> None:
    """12729/VPCP-KGVX: Sat 10/1/2026 is worked; 9441/TB-BNV (secondary sources): Sat 22/8."""
    assert next_working_day(D(2026, 1, 9)) == D(2026, 1, 10)
    assert next_working_day(D(2026, 8, 21)) == D(2026, 8, 22)


def test_next_working_day_after_new_year_2026() -> None:
    """12729/VPCP-KGVX: Thu 1/1/2026 holiday, Fri 2/1 swapped off: Monday 5/1 is next."""
    assert next_working_day(D(2025, 12, 31)) == D(2026, 1, 5)
    assert next_working_day(D(2026, 1, 1)) == D(2026, 1, 5)


def test_next_working_day_refuses_junk_naming_the_field() -> None:
    with pytest.raises(InvalidInputError) as err:
        next_working_day("31/08/2026")
    assert err.value.detail == "not a valid date (expected YYYY-MM-DD): start='31/08/2026'"


def test_working_days_between_from_and_to_the_first_day() -> None:
    """1/1/2018 is a holiday; Tue 2 to Fri 5/1/2018 are four working days."""
    assert working_days_between(FIRST, D(2018, 1, 5)) == 4
    # backwards: from 1/1 included to 5/1 excluded are 2, 3, 4/1
    assert working_days_between(D(2018, 1, 5), FIRST) == -3
    assert working_days_between(D(2018, 1, 3), FIRST) == -1
    assert working_days_between(D(2018, 1, 3), D(2018, 1, 2)) == -1
    assert working_days_between(FIRST, FIRST) == 0


def test_working_days_between_to_the_last_day() -> None:
    assert working_days_between(D(2040, 12, 28), LAST) == 1
    assert working_days_between(LAST, D(2040, 12, 28)) == -1


def test_roll_forward_from_the_regime_change() -> None:
    """Civil Code art. 148(5): a last day that is off moves to the next working day.
    31/8 and 1/9/2026 are off (9441/TB-BNV); Thursday 3/9 is a working day and stays."""
    assert roll_forward(D(2026, 8, 31)) == D(2026, 9, 3)
    assert roll_forward(D(2026, 9, 1)) == D(2026, 9, 3)
    assert roll_forward(D(2026, 9, 3)) == D(2026, 9, 3)
    with pytest.raises(InvalidInputError) as err:
        roll_forward("2026-9-1")
    assert err.value.detail == "not a valid date (expected YYYY-MM-DD): day='2026-9-1'"


# --------------------------------------------------------------------------------------
# Provisional years.


def test_provisional_years_touched_by_a_span() -> None:
    """Years after 2026 are provisional; the span's order does not matter."""
    assert provisional_years(D(2026, 12, 31), D(2027, 1, 4)) == (2027,)
    assert provisional_years(D(2027, 1, 4), D(2026, 12, 31)) == (2027,)
    assert provisional_years(D(2026, 1, 1), D(2026, 12, 31)) == ()
    assert provisional_years(D(2025, 6, 1), D(2028, 1, 3)) == (2027, 2028)
    # a span that starts after 2027 lists its own years only
    assert provisional_years(D(2028, 1, 3), D(2029, 1, 2)) == (2028, 2029)


def test_provisional_note_in_both_languages() -> None:
    vi, en = provisional_note(), provisional_note("en")
    assert vi == provisional_note("vi")
    assert vi.startswith("Chưa có đủ thông báo lịch nghỉ chính thức của năm này")
    assert en.startswith("Not all of this year's official holiday announcements are known")


# --------------------------------------------------------------------------------------
# One day explained.


def test_day_info_of_an_ordinary_day_in_the_last_announced_year() -> None:
    """Monday 5/1/2026: an ordinary working day of 2026, which is fully announced."""
    info = day_info(D(2026, 1, 5))
    assert info.working and info.kind is DayKind.WORKING
    assert (info.name.vi, info.name.en) == ("Thứ Hai", "Monday")
    assert info.provisional is False
    assert [c.instrument for c in info.basis] == ["188/1999/QĐ-TTg"]


def test_day_info_of_an_ordinary_day_in_a_provisional_year() -> None:
    """Monday 1/3/2027: an ordinary working day, provisional (2027 is not fully announced)."""
    info = day_info(D(2027, 3, 1))
    assert info.working and info.provisional is True
    assert (info.name.vi, info.name.en) == ("Thứ Hai", "Monday")
    assert day_info(D(2027, 2, 4)).provisional is True  # Tết 2027 (10065/VPCP-KGVX)


def test_day_info_of_announced_days() -> None:
    """12729/VPCP-KGVX: Fri 2/1/2026 swapped off, Sat 10/1 worked (confirmed);
    Sat 22/8/2026 worked rests on secondary sources only (unconfirmed)."""
    off = day_info(D(2026, 1, 2))
    assert (off.working, off.kind, off.instruments, off.confidence, off.provisional) == (
        False,
        DayKind.SWAPPED_DAY_OFF,
        ("12729/VPCP-KGVX",),
        "confirmed",
        False,
    )
    made_up = day_info("2026-01-10")
    assert made_up.working and made_up.kind is DayKind.MAKEUP_WORKDAY
    late = day_info(D(2026, 8, 22))
    assert late.working and late.confidence == "unconfirmed"
    # 2018's Tết rests on 573/TB-VPCP, whose number comes from one secondary source
    assert day_info(D(2018, 2, 14)).confidence == "partial"


def test_span_days_excludes_the_start_day() -> None:
    """(Sat 10/1/2026, Mon 12/1]: Sunday 11/1 only; the make-up Saturday is the start."""
    assert [d.day for d in span_days(D(2026, 1, 10), D(2026, 1, 12))] == [D(2026, 1, 11)]
    assert [d.day for d in span_days(D(2026, 1, 9), D(2026, 1, 11))] == [
        D(2026, 1, 10),
        D(2026, 1, 11),
    ]


def test_announcement_and_an_unknown_one() -> None:
    a = announcement("12729/VPCP-KGVX")
    assert a.issued == D(2025, 12, 25)
    for junk in ("12730/VPCP-KGVX", 12729, ["12729/VPCP-KGVX"]):
        with pytest.raises(InvalidInputError) as err:
            announcement(junk)  # type: ignore[arg-type]
        assert err.value.code == "unknown-announcement"
        assert (err.value.message_vi, err.value.message_en) == (
            "Không có thông báo này trong lịch",
            "no such announcement in the calendar",
        )
        assert err.value.detail == f"id={junk!r}"


# --------------------------------------------------------------------------------------
# Moments and dates as input.


def test_to_vietnam_time() -> None:
    """Agency systems store UTC: 23:30 UTC on 7/2/2024 is 06:30 on 8/2 in Vietnam (UTC+7)."""
    utc = datetime(2024, 2, 7, 23, 30, tzinfo=UTC)
    assert to_vietnam_time(utc) == datetime(2024, 2, 8, 6, 30)
    naive = datetime(2024, 2, 7, 23, 30)
    assert to_vietnam_time(naive) is naive
    with pytest.raises(InvalidInputError) as err:
        to_vietnam_time(D(2024, 2, 7))  # type: ignore[arg-type]
    assert err.value.code == "invalid-datetime"
    assert (err.value.message_vi, err.value.message_en) == (
        "Thời điểm không hợp lệ",
        "not a datetime",
    )
    assert err.value.detail == "datetime.date(2024, 2, 7)"


class _Day(date):
    """A date subclass (pandas' and arrow's days are)."""


def test_date_input_forms() -> None:
    """A date, its subclass and an ISO string are one day; a datetime and junk are refused
    with a message that says which."""
    assert is_working_day(_Day(2026, 1, 10)) is True
    assert day_info(_Day(2026, 1, 2)).day == D(2026, 1, 2)
    assert type(day_info(_Day(2026, 1, 2)).day) is date
    with pytest.raises(InvalidInputError) as err:
        is_working_day(datetime(2026, 1, 10, 8, 0))  # type: ignore[arg-type]
    assert err.value.code == "invalid-date"
    assert (err.value.message_vi, err.value.message_en) == ERROR_CODES["invalid-date"]
    assert err.value.detail == (
        "expected a date, not a datetime: day=datetime.datetime(2026, 1, 10, 8, 0)"
    )
    with pytest.raises(InvalidInputError) as err:
        is_working_day("10/01/2026")
    assert err.value.code == "invalid-date"
    assert err.value.detail == "not a valid date (expected YYYY-MM-DD): day='10/01/2026'"


@pytest.mark.parametrize(
    ("call", "detail"),
    [
        (lambda: day_info("x"), "day='x'"),
        (lambda: working_days_between("x", FIRST), "start='x'"),
        (lambda: working_days_between(FIRST, "x"), "end='x'"),
        (lambda: span_days("x", FIRST), "start='x'"),
        (lambda: span_days(FIRST, "x"), "end='x'"),
        (lambda: provisional_years("x", FIRST), "start='x'"),
        (lambda: provisional_years(FIRST, "x"), "end='x'"),
        (lambda: add_working_days("x", 1), "start='x'"),
        (lambda: check_in_calendar("x", "received"), "received='x'"),
        (lambda: check_in_calendar("x"), "day='x'"),
    ],
)
def test_junk_dates_are_refused_naming_the_field(call: Callable[[], Any], detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        call()
    assert err.value.code == "invalid-date"
    assert err.value.detail == f"not a valid date (expected YYYY-MM-DD): {detail}"


# --------------------------------------------------------------------------------------
# The table is loaded on first use, whichever function comes first.


@pytest.mark.parametrize(
    ("first_call", "expected"),
    [
        (lambda: is_working_day(D(2026, 1, 10)), True),
        (lambda: add_working_days(D(2040, 12, 28), 1), LAST),
        (lambda: add_working_days(LAST, -1), D(2040, 12, 28)),
        (lambda: working_days_between(D(2040, 12, 28), LAST), 1),
        (lambda: next_working_day(D(2026, 8, 28)), D(2026, 9, 3)),
        (lambda: calendar_range(), (FIRST, LAST)),
        (lambda: check_in_calendar(LAST), LAST),
        (lambda: is_provisional_year(2027), True),
        (lambda: provisional_years(D(2026, 12, 31), D(2027, 1, 1)), (2027,)),
        (lambda: day_info(D(2026, 1, 2)).instruments, ("12729/VPCP-KGVX",)),
        (lambda: announcement("12729/VPCP-KGVX").confidence, "confirmed"),
        (lambda: provisional_note("en")[:7], "Not all"),
        (lambda: provisional_note("vi")[:6], "Chưa c"),
        (lambda: len(span_days(D(2026, 1, 9), D(2026, 1, 11))), 2),
    ],
)
def test_first_use_in_a_fresh_process(
    monkeypatch: pytest.MonkeyPatch, first_call: Callable[[], Any], expected: Any
) -> None:
    """A process whose first calendar call is any public function gets the right answer
    (the table is built lazily; here it is dropped as in a fresh process, then restored)."""
    monkeypatch.setattr(wd, "_TABLE", None)
    monkeypatch.setattr(wd, "_FIRST", 0)
    monkeypatch.setattr(wd, "_LAST", -1)
    monkeypatch.setattr(wd, "_WORKING", [])
    monkeypatch.setattr(wd, "_COUNT", [])
    assert first_call() == expected
    assert wd._TABLE is not None
    assert date.fromordinal(wd._WORKING[-1]) == LAST


# --------------------------------------------------------------------------------------
# Properties.


def _brute_force(start: date, n: int) -> date:
    step, d, found = (1 if n > 0 else -1), start, 0
    while found < abs(n):
        d += timedelta(days=step)
        found += is_working_day(d)
    return d


@given(calendar_dates, signed_counts)
def test_add_working_days_agrees_with_a_day_by_day_count(start: date, n: int) -> None:
    assert add_working_days(start, n) == _brute_force(start, n)


@given(calendar_dates, counts)
def test_result_is_a_working_day_after_the_start(start: date, n: int) -> None:
    due = add_working_days(start, n)
    if n > 0:
        assert due > start and is_working_day(due)
    else:
        assert due == start


@given(calendar_dates, calendar_dates, counts)
def test_add_working_days_is_monotone_in_the_start(a: date, b: date, n: int) -> None:
    lo, hi = sorted((a, b))
    assert add_working_days(lo, n) <= add_working_days(hi, n)


@given(calendar_dates, counts, counts)
def test_add_working_days_is_monotone_in_n(start: date, m: int, n: int) -> None:
    lo, hi = sorted((m, n))
    assert add_working_days(start, lo) <= add_working_days(start, hi)


@given(calendar_dates, signed_counts)
def test_working_days_between_inverts_add_working_days(start: date, n: int) -> None:
    assert working_days_between(start, add_working_days(start, n)) == n


@given(calendar_dates, st.integers(1, 30), st.integers(1, 30))
def test_counting_composes(start: date, m: int, n: int) -> None:
    assert add_working_days(add_working_days(start, m), n) == add_working_days(start, m + n)


@given(not_dates)
def test_junk_dates_raise_tiepcan_error(junk: object) -> None:
    with pytest.raises(TiepCanError):
        is_working_day(junk)  # type: ignore[arg-type]
    with pytest.raises(TiepCanError):
        add_working_days(junk, 3)  # type: ignore[arg-type]


@given(not_counts)
def test_junk_counts_raise_tiepcan_error(junk: object) -> None:
    with pytest.raises(TiepCanError):
        add_working_days(date(2024, 2, 7), junk)  # type: ignore[arg-type]


def test_datetimes_are_refused_with_a_clear_code() -> None:
    from datetime import datetime

    with pytest.raises(TiepCanError) as err:
        add_working_days(datetime(2024, 2, 7, 9, 0), 1)
    assert err.value.code == "invalid-date"


# --------------------------------------------------------------------------------------
# The generated data file.


def _load_generator(repo_root: Path, name: str):  # type: ignore[no-untyped-def]
    path = repo_root / "tools" / f"{name}.py"
    if not path.exists():
        pytest.skip("tools/ not in this tree")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bundled_calendar_matches_a_fresh_generation(repo_root: Path) -> None:
    """tools/gen_calendar.py regenerates data/calendar.json byte for byte.

    With another `holidays` version than the one recorded, announced years must still agree
    exactly (our table decides them); later years may move, and then the file needs
    regenerating, which this test says.
    """
    gen = _load_generator(repo_root, "gen_calendar")
    bundled = json.loads(
        resources.files("tiepcan.data").joinpath("calendar.json").read_text("utf-8")
    )
    fresh = gen.build()
    if fresh["holidays_version"] == bundled["holidays_version"]:
        assert json.loads(json.dumps(fresh, ensure_ascii=False)) == bundled
        return
    cutoff = str(bundled["announced_through"] + 1)

    def announced(days: list[dict[str, object]]) -> list[dict[str, object]]:
        return [d for d in days if str(d["date"]) < cutoff]

    assert announced(fresh["days"]) == announced(bundled["days"]), (
        f"holidays {fresh['holidays_version']} changes an announced year: regenerate"
    )


def test_the_working_file_is_calendar_json_s_days_and_nothing_more(repo_root: Path) -> None:
    """calendar_working.json, which counting reads, says what calendar.json says of each day.

    Generated from the bundled calendar.json by tools/gen_calendar.py; and each day calendar.json
    lists (a weekday off, a make-up Saturday such as 10/01/2026 of Công văn 12729/VPCP-KGVX, a
    holiday on a weekend) is worked or not exactly as calendar.json says.
    """
    data = resources.files("tiepcan.data")
    calendar_text = data.joinpath("calendar.json").read_text("utf-8")
    bundled = data.joinpath("calendar_working.json").read_text("utf-8")
    assert _load_generator(repo_root, "gen_calendar").render_working(calendar_text) == bundled
    calendar = json.loads(calendar_text)
    for day in calendar["days"]:
        assert is_working_day(day["date"]) is day["working"], day["date"]
    assert calendar_range() == (
        date.fromisoformat(calendar["first"]),
        date.fromisoformat(calendar["last"]),
    )
    assert is_working_day(date(2026, 1, 10)) and not is_working_day(date(2026, 1, 2))


def test_a_table_that_starts_midweek_counts_from_its_first_day(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The table repeats the Monday–Friday week from the calendar's first day, whatever
    weekday that is, and flips the days listed. A made-up calendar from Wed 3/1/2024 to Sun
    14/1/2024 with Thu 4/1 off and Sat 13/1 worked: the working days are Wed 3, Fri 5, Mon 8 …
    Fri 12, Sat 13 — the first day of the table among them."""
    import tiepcan.foundation.workdays as wd

    table = wd._Table(
        {
            "first": "2024-01-03",
            "last": "2024-01-14",
            "announced_through": 2024,
            "weekdays_off": ["2024-01-04"],
            "weekend_working_days": ["2024-01-13"],
        }
    )
    worked = [3, 5, 8, 9, 10, 11, 12, 13]
    assert table.working == [date(2024, 1, d).toordinal() for d in worked]
    assert table.count == [1, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 8]  # 3/1 … 14/1
    install_table(monkeypatch, table)
    assert [d for d in range(3, 15) if is_working_day(date(2024, 1, d))] == worked
    assert add_working_days(date(2024, 1, 3), 1) == date(2024, 1, 5)
    assert working_days_between(date(2024, 1, 3), date(2024, 1, 13)) == 7
