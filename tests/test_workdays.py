"""The public-sector working-day calendar, checked against the official announcements.

Every expected date here was worked out by hand from `shared/reference/calendar-2018-2027.md`
(its per-year table, §2), and each test names the instrument that decides it.
"""

from __future__ import annotations

import importlib.util
import json
import re
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan import CalendarRangeError, TiepCanError
from tiepcan.deadlines import add_working_days, is_working_day, working_days_between
from tiepcan.workdays import (
    DayKind,
    announcement,
    calendar_range,
    day_info,
    is_provisional_year,
    provisional_years,
    roll_forward,
    span_days,
)

from strategies import calendar_dates, counts, not_counts, not_dates, signed_counts

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
