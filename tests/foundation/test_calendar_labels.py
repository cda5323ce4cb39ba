"""The calendar as people read it (issue 9): each day's label, instrument and confidence.

Expected labels follow the announcements as `shared/reference/calendar-2018-2027.md` reports
them (§2 per-year table, §4 lunar anchors); each test names the instrument that decides it.
"""

from __future__ import annotations

import importlib.util
import json
import re
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest
from holidays.calendars.chinese import _ChineseLunisolar

from tiepcan.data import DATA_DIR
from tiepcan.foundation.workdays import DayKind, announcement, day_info, is_working_day, span_days

VI_DATE = re.compile(r"\b(\d\d)/(\d\d)/(\d{4})\b")
ISO_DATE = re.compile(r"\b(\d{4})-(\d\d)-(\d\d)\b")
WEEKDAY_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _days() -> list[dict[str, object]]:
    raw = json.loads(DATA_DIR.joinpath("calendar.json").read_text("utf-8"))
    days: list[dict[str, object]] = raw["days"]
    return days


def _lunar_new_year(year: int) -> date:
    new_year, _ = _ChineseLunisolar("VIETNAMESE_CALENDAR").lunar_new_year_date(year)
    assert new_year is not None
    return new_year


# --------------------------------------------------------------------------------------
# Tết: the five days off by their true lunar date; the weekend days of the break are rest days.


def test_28_thang_chap_2025_is_not_29_tet() -> None:
    """Công văn 8726/VPCP-KGVX: Tết Ất Tỵ 27–31/01/2025 = 28 tháng Chạp … mùng 3.

    Tháng Chạp of Giáp Thìn had 29 days (Thông báo 6150/TB-BLĐTBXH: 26 Chạp = 25/01/2025),
    so Mon 27/01 was 28 Chạp and Tue 28/01 the last day of the year, not "30 Tết".
    """
    monday, tuesday = day_info(date(2025, 1, 27)), day_info(date(2025, 1, 28))
    assert monday.name_vi == "Tết Nguyên đán (28 tháng Chạp năm Giáp Thìn)"
    assert monday.name_en == "Lunar New Year, Tết (28th day of the 12th lunar month of Giáp Thìn)"
    assert "29 Tết" not in monday.name_vi
    assert tuesday.name_vi == "Tết Nguyên đán (29 tháng Chạp năm Giáp Thìn, ngày cuối năm)"
    assert day_info(date(2025, 1, 29)).name_vi == "Tết Nguyên đán (mùng 1 tháng Giêng năm Ất Tỵ)"
    assert day_info(date(2025, 1, 31)).name_vi == "Tết Nguyên đán (mùng 3 tháng Giêng năm Ất Tỵ)"
    for d in (date(2025, 1, 27) + timedelta(days=i) for i in range(5)):
        info = day_info(d)
        assert info.kind is DayKind.HOLIDAY and info.instruments == ("8726/VPCP-KGVX",)


def test_saturday_mung_4_at_ty_is_a_weekly_rest_day_not_a_tet_day() -> None:
    """8726/VPCP-KGVX: the five Tết days were 27–31/01/2025; Sat 01/02/2025 (mùng 4) is a
    weekly rest day of the 25/01–02/02 break (QĐ 188/1999/QĐ-TTg), not a public holiday."""
    saturday = day_info(date(2025, 2, 1))
    assert not saturday.working
    assert saturday.kind is DayKind.WEEKEND
    assert (
        saturday.name_vi == "Ngày nghỉ hằng tuần trong kỳ nghỉ Tết (mùng 4 tháng Giêng năm Ất Tỵ)"
    )
    assert [c.instrument for c in saturday.basis] == ["188/1999/QĐ-TTg"]
    assert saturday.instruments == ()


def test_28_thang_chap_binh_ngo_2027_is_not_29_tet() -> None:
    """Công văn 10065/VPCP-KGVX: Tết Đinh Mùi 04–10/02/2027. Tết is Sat 06/02/2027 and tháng
    Chạp of Bính Ngọ has 29 days, so Thu 04/02 is 28 Chạp and Fri 05/02 the last day."""
    assert day_info(date(2027, 2, 4)).name_vi == "Tết Nguyên đán (28 tháng Chạp năm Bính Ngọ)"
    assert day_info(date(2027, 2, 5)).name_vi.endswith("29 tháng Chạp năm Bính Ngọ, ngày cuối năm)")
    for d in (date(2027, 2, 6), date(2027, 2, 7)):  # mùng 1 and mùng 2 on the weekend
        assert day_info(d).kind is DayKind.WEEKEND
    assert day_info(date(2027, 2, 10)).name_vi == "Tết Nguyên đán (mùng 5 tháng Giêng năm Đinh Mùi)"


def test_29_thang_chap_dinh_dau_2018() -> None:
    """Thông báo 573/TB-VPCP: Tết Mậu Tuất from Wed 14/02/2018, which really was 29 Chạp
    (reference §3): tháng Chạp of Đinh Dậu had 30 days."""
    assert day_info(date(2018, 2, 14)).name_vi == "Tết Nguyên đán (29 tháng Chạp năm Đinh Dậu)"
    assert day_info(date(2018, 2, 15)).name_vi == (
        "Tết Nguyên đán (30 tháng Chạp năm Đinh Dậu, ngày cuối năm)"
    )


def test_tet_2024_weekend_new_year_days_are_rest_days() -> None:
    """8662/VPCP-KGVX: 08–14/02/2024, "05 ngày nghỉ Tết" on the weekdays (29 Chạp … mùng 5);
    mùng 1 and mùng 2 fell on Sat 10 and Sun 11 and are weekly rest days."""
    kinds = [d.kind for d in span_days(date(2024, 2, 7), date(2024, 2, 14))]
    holiday, weekend = DayKind.HOLIDAY, DayKind.WEEKEND
    assert kinds == [holiday, holiday, weekend, weekend, holiday, holiday, holiday]
    assert "mùng 1 tháng Giêng năm Giáp Thìn" in day_info(date(2024, 2, 10)).name_vi
    assert day_info(date(2024, 2, 9)).name_vi.endswith("30 tháng Chạp năm Quý Mão, ngày cuối năm)")


@pytest.mark.parametrize("year", range(2018, 2041))
def test_five_tet_days_a_year_all_weekdays_all_lunar_dated(year: int) -> None:
    """Labour Code 2012 art. 115(1)(b) / 2019 art. 112(1)(b): five Tết days, which every
    announcement 2018–2027 puts on weekdays. Each names the lunar date it falls on."""
    new_year = _lunar_new_year(year)
    window = [new_year + timedelta(days=i) for i in range(-12, 13)]
    tet = [d for d in window if day_info(d).name_vi.startswith("Tết Nguyên đán (")]
    assert len(tet) == 5
    for d in tet:
        info = day_info(d)
        assert d.weekday() < 5 and info.kind is DayKind.HOLIDAY and not info.working
        offset = (d - new_year).days
        if offset >= 0:
            assert f"(mùng {offset + 1} tháng Giêng năm " in info.name_vi
        else:
            assert " tháng Chạp năm " in info.name_vi
    eve = day_info(new_year - timedelta(days=1))
    assert re.search(r"\((29|30) tháng Chạp năm [^,]+, ngày cuối năm\)$", eve.name_vi)
    for d in window:
        if d.weekday() >= 5:  # no Saturday or Sunday is a Tết holiday
            assert day_info(d).kind is DayKind.WEEKEND


# --------------------------------------------------------------------------------------
# The lunar computation in the generator, against the official anchors.


def _generator(repo_root: Path) -> ModuleType:
    path = repo_root / "tools" / "gen_calendar.py"
    if not path.exists():
        pytest.skip("tools/ not in this tree")
    spec = importlib.util.spec_from_file_location("gen_calendar", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("day", "lunar"),
    [
        (date(2026, 2, 14), (2025, 12, 27, False)),  # 9441/TB-BNV: 27 Chạp Ất Tỵ
        (date(2026, 2, 17), (2026, 1, 1, False)),  # 9441/TB-BNV: mùng 1
        (date(2026, 2, 22), (2026, 1, 6, False)),  # 9441/TB-BNV: mùng 6
        (date(2025, 1, 25), (2024, 12, 26, False)),  # 6150/TB-BLĐTBXH: 26 Chạp
        (date(2025, 1, 28), (2024, 12, 29, True)),  # so 29 Chạp is the last day
        (date(2025, 2, 2), (2025, 1, 5, False)),  # 6150/TB-BLĐTBXH: mùng 5
        (date(2018, 2, 14), (2017, 12, 29, False)),  # reference §3: really 29 Chạp
        (date(2029, 2, 12), (2028, 12, 29, True)),  # Chạp began 00:24 on 15/01/2029 (UTC+7)
    ],
)
def test_lunar_dates_match_the_announcements(
    repo_root: Path, day: date, lunar: tuple[int, int, int, bool]
) -> None:
    assert _generator(repo_root)._lunar_date(day) == lunar


@pytest.mark.parametrize("year", [*range(2018, 2041), 2007, 2030, 2053])
def test_new_moons_give_holidays_vietnamese_new_year(repo_root: Path, year: int) -> None:
    """Reference §4: Vietnamese (UTC+7) Tết; 2007, 2030 and 2053 differ from China's."""
    new_year, chap = _generator(repo_root)._tet(year)
    assert new_year == _lunar_new_year(year) and chap in (29, 30)


# --------------------------------------------------------------------------------------
# Dates inside labels: dd/mm/yyyy in Vietnamese, ISO in English, and the right day.


def test_swapped_day_labels_use_iso_in_english() -> None:
    """Công văn 2450/VPCP-KGVX: Mon 29/04/2024 off, Sat 04/05/2024 worked (was shown as
    "substituted from 05/04/2024", a US-style date)."""
    monday, saturday = day_info(date(2024, 4, 29)), day_info(date(2024, 5, 4))
    assert monday.name_vi == "Ngày nghỉ hoán đổi, làm bù thứ Bảy 04/05/2024"
    assert monday.name_en == "Day off swapped with the make-up Saturday 2024-05-04"
    assert saturday.name_vi == "Ngày làm bù cho ngày nghỉ thứ Hai 29/04/2024"
    assert saturday.name_en == "Make-up working day for the day off on Monday 2024-04-29"
    assert monday.instruments == saturday.instruments == ("2450/VPCP-KGVX",)


def test_compensatory_day_names_the_holiday_it_gives_back() -> None:
    """Thông báo 5034/TB-LĐTBXH: Quốc khánh Sat 02/09/2023, nghỉ bù Mon 04/09/2023."""
    info = day_info(date(2023, 9, 4))
    assert info.kind is DayKind.OBSERVED
    assert info.name_vi == "Nghỉ bù Quốc khánh (thứ Bảy 02/09/2023)"
    assert info.name_en == "Compensatory day off for National Day (Saturday 2023-09-02)"
    assert info.instruments == ("5034/TB-LĐTBXH",)


def _label_dates(entry: dict[str, object]) -> tuple[list[date], list[date]]:
    vi, en = str(entry["name_vi"]), str(entry["name_en"])
    assert not ISO_DATE.search(vi), f"ISO date in a Vietnamese label: {vi}"
    assert not VI_DATE.search(en), f"dd/mm/yyyy date in an English label: {en}"
    assert not re.search(r"\b\d\d?/\d\d?/\d{4}\b", en), en
    vi_dates = [date(int(y), int(m), int(d)) for d, m, y in VI_DATE.findall(vi)]
    en_dates = [date(int(y), int(m), int(d)) for y, m, d in ISO_DATE.findall(en)]
    return vi_dates, en_dates


def test_every_generated_label_says_the_right_date() -> None:
    """Each date a label names is the day it refers to, with the right weekday, in both
    languages: a swap names its make-up Saturday and the other way round; a nghỉ bù names
    the weekend holiday it gives back."""
    days = {date.fromisoformat(str(e["date"])): e for e in _days()}
    checked = 0
    for d, entry in days.items():
        vi_dates, en_dates = _label_dates(entry)
        assert vi_dates == en_dates, (d, entry["name_vi"], entry["name_en"])
        if not vi_dates:
            assert entry["kind"] not in ("swapped_day_off", "makeup_workday", "observed"), d
            continue
        (named,) = vi_dates
        vi, en = str(entry["name_vi"]), str(entry["name_en"])
        assert f"{WEEKDAY_VI[named.weekday()]} {named:%d/%m/%Y}" in vi, vi
        assert f"{WEEKDAY_EN[named.weekday()]} {named.isoformat()}" in en, en
        other = days[named]
        if entry["kind"] == "swapped_day_off":
            assert named.weekday() == 5 and other["kind"] == "makeup_workday" and other["working"]
            assert _label_dates(other)[0] == [d]
        elif entry["kind"] == "makeup_workday":
            assert other["kind"] == "swapped_day_off" and not other["working"]
            assert _label_dates(other)[0] == [d]
        else:
            assert entry["kind"] == "observed", (d, vi)
            assert named.weekday() >= 5 and other["kind"] == "weekend_holiday"
            assert 0 < (d - named).days <= 7 and str(other["name_vi"]) in vi
        checked += 1
    assert checked >= 40  # the swaps 2018–2026 and the nghỉ bù days 2018–2040


# --------------------------------------------------------------------------------------
# Confidence: a day resting on secondary sources or on the rules alone says so.


def test_culture_day_2026_and_every_2027_day_off_are_not_confirmed() -> None:
    """10065/VPCP-KGVX (24/11/2026; Tết and 2/9 of 2027) is known from secondary sources
    only, and the other 2027 days off are derived from the Labour Code, no notice yet."""
    assert day_info(date(2026, 11, 24)).confidence == "unconfirmed"
    year = [date(2027, 1, 1) + timedelta(days=i) for i in range(365)]
    off = [d for d in year if d.weekday() < 5 and not is_working_day(d)]
    assert len(off) == 12  # reference §2.2, OFF[2027]
    for d in off:
        info = day_info(d)
        assert info.confidence != "confirmed", (d, info.instruments)
        assert info.instruments in (("10065/VPCP-KGVX",), ("chưa có thông báo (suy ra từ luật)",))


def test_make_up_saturday_22_08_2026_is_from_secondary_sources_only() -> None:
    """Thông báo 9441/TB-BNV: 29/08–02/09/2026 off (confirmed); the make-up Sat 22/08/2026
    is reported only by public repositories and holidays 0.108 (reference §2, §7)."""
    saturday = day_info(date(2026, 8, 22))
    assert saturday.working and saturday.confidence == "unconfirmed"
    assert saturday.instruments == ("9441/TB-BNV (nguồn thứ cấp)",)
    monday = day_info(date(2026, 8, 31))
    assert not monday.working and monday.confidence == "confirmed"
    assert monday.instruments == ("9441/TB-BNV",)


def test_confirmed_announcement_days_report_confirmed() -> None:
    """Công văn 12729/VPCP-KGVX (25/12/2025): Sat 10/01/2026 worked, Fri 02/01/2026 off;
    Công văn 8726/VPCP-KGVX: Tết 2025; Thông báo 9441/TB-BNV: Tết 2026."""
    for d in (date(2026, 1, 10), date(2026, 1, 2), date(2025, 1, 27), date(2026, 2, 16)):
        assert day_info(d).confidence == "confirmed", d
    assert day_info(date(2026, 1, 10)).instruments == ("12729/VPCP-KGVX",)
    assert day_info(date(2024, 4, 18)).confidence == "confirmed"  # Giỗ Tổ: the statute alone


def test_pseudo_instruments_are_declared_unconfirmed() -> None:
    """Every instrument a day lists is declared; those that are not texts say so."""
    listed = {i for e in _days() for i in e.get("instruments", [])}  # type: ignore[attr-defined]
    for pseudo in ("9441/TB-BNV (nguồn thứ cấp)", "chưa có thông báo (suy ra từ luật)"):
        assert pseudo in listed
        assert announcement(pseudo).confidence == "unconfirmed"
    for i in listed:
        assert announcement(i).confidence in ("confirmed", "partial", "unconfirmed")
