"""Generate ``tiepcan/data/calendar.json``: the public-sector working-day calendar.

Usage (from the repository root)::

    python tools/gen_calendar.py            # writes calendar.json and calendar_working.json
    python tools/gen_calendar.py --check    # exit 1 if either bundled file is stale

Inputs:

* ``tiepcan/data/calendar.toml``: our declared table of the Government's yearly announcements
  (weekdays off, make-up Saturdays), each with its instrument, date and confidence;
* the ``holidays`` package (country ``VN``, Vietnamese and English names): the statutory
  holidays, lunar dates and the compensatory days (nghỉ bù) of Labour Code 2019 art. 111(3)
  (2012 Code art. 115(3) until 2020).

Rules applied, in order:

1. Monday–Friday is the working week (QĐ 188/1999/QĐ-TTg Điều 1).
2. Every holiday ``holidays`` lists on a weekday is a day off, with its statutory basis.
3. Every weekday listed in an announcement's ``days_off`` is a day off and every Saturday in
   its ``working_days`` is a working day: the announcement wins over ``holidays`` (it adds
   2026-01-02 off and 2026-01-10 worked, which holidays 0.108 lacks).
4. The compensatory day ``holidays`` gives when 24/11 (Ngày Văn hóa Việt Nam) falls on a
   weekend is left out: Labour Code 2019 art. 111(3) grants nghỉ bù only for the holidays of
   art. 112(1), and Resolution 28/2026/QH16 says nothing of it (reference calendar §1.4).
   The first such case is 2029; those years are provisional anyway.
5. The five Tết days are the weekdays off of the Tết break: an announcement lists exactly
   those ("05 ngày nghỉ Tết Âm lịch") and counts the Saturdays and Sundays of the break as
   weekly rest days ("ngày nghỉ hằng tuần"), and ``holidays``' rule (eve to mùng 4, a Saturday
   moved to the working day before and a Sunday to the one after) gives five weekdays too.
   Each is named by its true lunar date: the day before Tết is the last day of tháng Chạp,
   the 29th or the 30th, read off the new moons (``_lunar_date``); ``holidays``' names
   ("29 Tết", "Mùng bốn Tết") are the rule's slots, not the dates. A weekend day of the break
   is a weekly rest day (QĐ 188/1999/QĐ-TTg), listed with its lunar date for explanations.
6. Labels give Gregorian dates as dd/mm/yyyy in Vietnamese and ISO (yyyy-mm-dd) in English.
7. Every day off in a provisional year (after ``announced_through``) that no announcement
   lists rests on the statutory rules alone; it lists the pseudo-instrument named by
   ``coverage.provisional_instrument`` so that its confidence ("unconfirmed") reaches
   ``CalendarDay.confidence``. Days known only from secondary sources list the pseudo-instrument
   declared for them in calendar.toml in the same way.

The output lists only the exceptions to rule 1 (weekdays off, weekend working days) and the
holidays that fall on a weekend (for explanations).

``calendar_working.json`` is derived from it and says nothing more: the first and last day,
the last fully announced year, and the days whose status differs from rule 1 (weekdays off,
weekend working days), as dates. ``tiepcan.foundation.workdays`` counts working days from that
small file alone (a count needs no names), and reads ``calendar.json`` only to explain a day.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import re
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import holidays
from holidays.calendars.chinese import _ChineseLunisolar

ROOT = Path(__file__).resolve().parents[1]
DECLARED = ROOT / "tiepcan" / "data" / "calendar.toml"
TARGET = ROOT / "tiepcan" / "data" / "calendar.json"
TARGET_WORKING = ROOT / "tiepcan" / "data" / "calendar_working.json"

LABOUR_CODE_2012 = "10/2012/QH13"
LABOUR_CODE_2019 = "45/2019/QH14"
RESOLUTION_CULTURE = "28/2026/QH16"

# holiday name (Vietnamese, as `holidays` gives it) -> point of Labour Code art. 112(1)/115(1)
POINT_OF_HOLIDAY = {
    "Tết Dương lịch": "a",
    "29 Tết": "b",
    "28 Tết": "b",
    "Giao thừa Tết Nguyên Đán": "b",
    "Tết Nguyên Đán": "b",
    "Mùng hai Tết Nguyên Đán": "b",
    "Mùng ba Tết Nguyên Đán": "b",
    "Mùng bốn Tết Nguyên Đán": "b",
    "Mùng năm Tết Nguyên Đán": "b",
    "Ngày Chiến thắng": "c",
    "Ngày Quốc tế Lao động": "d",
    "Quốc khánh": "đ",
    "Ngày Giỗ Tổ Hùng Vương": "e",
}
OBSERVED = " (nghỉ bù)"
SWAP = re.compile(r"^Ngày nghỉ \(thay cho ngày (\d\d)/(\d\d)/(\d{4})\)$")
WORKING_WEEK = "188/1999/QĐ-TTg"

WEEKDAY_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
BRANCHES = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")
ORDINAL_EN = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}


def _vi(d: date) -> str:
    """A Gregorian date as Vietnamese texts write it: dd/mm/yyyy."""
    return f"{d:%d/%m/%Y}"


def _en(d: date) -> str:
    """A Gregorian date in English labels: ISO 8601."""
    return d.isoformat()


# --------------------------------------------------------------------------------------
# Lunar dates around Tết (UTC+7).
#
# `holidays` gives the Vietnamese Lunar New Year (mùng 1 tháng Giêng) for every year
# (VIETNAMESE_CALENDAR: the reference's §4 checked it for 1901–2100). Whether the day before
# is the 29th or the 30th of tháng Chạp depends on when tháng Chạp began: the previous new
# moon. New moons by Hồ Ngọc Đức's published algorithm (Meeus' series), as the day at UTC+7;
# `_tet` checks that it gives `holidays`' New Year date before trusting it.

_JDN_OF_ORDINAL = 1721425  # Julian day number of date.fromordinal(0)
_VN_TZ_DAYS = 7 / 24
_SYNODIC_MONTH = 29.530588853
_NEW_MOON_0 = 2415021.076998695  # the new moon of k = 0 (1900-01-01), Julian day


def _new_moon(k: int) -> float:
    """The k-th new moon after 1900-01-01, as a Julian day (UT)."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * dr
    mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * dr
    f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * dr
    c1 = (0.1734 - 0.000393 * t) * math.sin(m) + 0.0021 * math.sin(2 * m)
    c1 += -0.4068 * math.sin(mpr) + 0.0161 * math.sin(2 * mpr) - 0.0004 * math.sin(3 * mpr)
    c1 += 0.0104 * math.sin(2 * f) - 0.0051 * math.sin(m + mpr) - 0.0074 * math.sin(m - mpr)
    c1 += 0.0004 * math.sin(2 * f + m) - 0.0004 * math.sin(2 * f - m)
    c1 += -0.0006 * math.sin(2 * f + mpr) + 0.0010 * math.sin(2 * f - mpr)
    c1 += 0.0005 * math.sin(2 * mpr + m)
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd + c1 - delta_t


def _new_moon_day(k: int, *, check: bool = False) -> date:
    """The day (UTC+7) of the k-th new moon: the first day of a lunar month."""
    local = _new_moon(k) + 0.5 + _VN_TZ_DAYS  # Julian days start at noon
    # Within a quarter of an hour of local midnight the day would need a finer computation.
    # The closest case in 2018-2040 is tháng Chạp of Mậu Thân (for Tết 2029): 00:25 on
    # 2029-01-15 here, 00:24 by PyEphem; so that Chạp has 29 days.
    if check:
        margin = 15 / 1440
        assert margin < local % 1 < 1 - margin, f"new moon {k} too near midnight: check by hand"
    return date.fromordinal(int(local) - _JDN_OF_ORDINAL)


@functools.cache
def _tet(year: int) -> tuple[date, int]:
    """Mùng 1 tháng Giêng of ``year`` and the length (29 or 30) of the tháng Chạp before it."""
    new_year, _ = _ChineseLunisolar("VIETNAMESE_CALENDAR").lunar_new_year_date(year)
    assert new_year is not None, year
    jd = new_year.toordinal() + _JDN_OF_ORDINAL
    k0 = int((jd - _NEW_MOON_0) / _SYNODIC_MONTH)
    k = next((k for k in range(k0 - 2, k0 + 3) if _new_moon_day(k) == new_year), None)
    assert k is not None, f"{year}: no new moon on holidays' Lunar New Year {new_year}"
    _new_moon_day(k, check=True)
    length = (new_year - _new_moon_day(k - 1, check=True)).days
    assert length in (29, 30), (year, length)
    return new_year, length


def _year_name(lunar_year: int) -> str:
    """The sexagenary name of a lunar year: 2025 is Ất Tỵ."""
    return f"{STEMS[(lunar_year + 6) % 10]} {BRANCHES[(lunar_year + 8) % 12]}"


def _lunar_date(d: date) -> tuple[int, int, int, bool]:
    """(lunar year, month, day, last day of the year) for a day of tháng Chạp or early Giêng."""
    new_year, chap = _tet(d.year)
    offset = (d - new_year).days
    if 0 <= offset < 29:  # every lunar month has at least 29 days
        return d.year, 1, offset + 1, False
    assert -chap <= offset < 0, f"{d} is not near Tết"
    return d.year - 1, 12, chap + offset + 1, offset == -1


def _lunar_label(d: date) -> tuple[str, str]:
    """The lunar date of a Tết day, as the announcements write it, and in English."""
    year, month, day, eve = _lunar_date(d)
    name = _year_name(year)
    en_day = f"{day}{ORDINAL_EN.get(day, 'th')}"
    if month == 12:
        vi = f"{day} tháng Chạp năm {name}" + (", ngày cuối năm" if eve else "")
        en = f"{en_day} day of the 12th lunar month of {name}" + (
            ", Lunar New Year's Eve" if eve else ""
        )
        return vi, en
    return f"mùng {day} tháng Giêng năm {name}", f"{en_day} day of the 1st lunar month of {name}"


# --------------------------------------------------------------------------------------
# Legal basis.


def _cite(
    instrument: str, article: int, clause: int | None = None, point: str | None = None
) -> dict[str, object]:
    return {"instrument": instrument, "article": article, "clause": clause, "point": point}


def _statutory_basis(name_vi: str, year: int) -> list[dict[str, object]]:
    """The legal basis of a holiday named by `holidays` (without any nghỉ bù suffix)."""
    if name_vi == "Ngày Văn hóa Việt Nam":
        return [_cite(RESOLUTION_CULTURE, 2)]
    point = POINT_OF_HOLIDAY[name_vi]
    if year <= 2020:
        return [_cite(LABOUR_CODE_2012, 115, 1, point)]
    basis = [_cite(LABOUR_CODE_2019, 112, 1, point)]
    if point in ("b", "đ"):  # the PM fixes the Tết days and the 2nd National Day day
        basis.append(_cite(LABOUR_CODE_2019, 112, 3))
    return basis


def _observed_basis(year: int) -> dict[str, object]:
    return _cite(LABOUR_CODE_2012, 115, 3) if year <= 2020 else _cite(LABOUR_CODE_2019, 111, 3)


def _vn(years: range, language: str) -> holidays.HolidayBase:
    return holidays.country_holidays("VN", years=years, language=language)


# --------------------------------------------------------------------------------------
# The calendar.


def build() -> dict[str, object]:
    declared = tomllib.loads(DECLARED.read_text(encoding="utf-8"))
    cov = declared["coverage"]
    years = range(cov["first_year"], cov["last_year"] + 1)
    vi, en = _vn(years, "vi"), _vn(years, "en_US")
    ids = {ann["id"] for ann in declared["announcement"]}
    provisional_id = cov["provisional_instrument"]
    assert provisional_id in ids, f"{provisional_id} is not declared"

    announced_off: dict[date, list[str]] = {}
    announced_work: dict[date, list[str]] = {}
    for ann in declared["announcement"]:
        for d in ann["days_off"]:
            assert d.weekday() < 5, f"{ann['id']}: {d} is not a weekday"
            announced_off.setdefault(d, []).append(ann["id"])
        for d in ann["working_days"]:
            assert d.weekday() == 5, f"{ann['id']}: {d} is not a Saturday"
            announced_work.setdefault(d, []).append(ann["id"])

    # each swapped weekday off -> its make-up Saturday: from holidays' names, then from the
    # announcements that holidays lacks (one day off and one Saturday in the same instrument)
    partner: dict[date, date] = {}
    for d, name_vi in vi.items():
        if m := SWAP.match(name_vi):
            partner[d] = date(int(m[3]), int(m[2]), int(m[1]))
    for d in sorted(set(announced_off) - set(vi)):
        saturdays = [w for w, i in announced_work.items() if set(i) & set(announced_off[d])]
        if saturdays:
            (partner[d],) = saturdays
    weekend_workdays = {d for d in vi.weekend_workdays if d.year in years} | set(announced_work)
    assert sorted(partner.values()) == sorted(weekend_workdays), "unpaired swap"

    days: dict[date, dict[str, object]] = {}
    dropped: list[str] = []
    for d, name_vi in sorted(vi.items()):
        entry = _entry_from_holidays(d, name_vi, en[d], vi, partner)
        if entry is None:
            dropped.append(d.isoformat())
            continue
        entry["instruments"] = announced_off.get(d, [])
        days[d] = entry

    for d in sorted(set(announced_off) - set(days)):
        days[d] = _swapped_day(d, partner.get(d), announced_off[d])
    for d in sorted(weekend_workdays):
        (off,) = (o for o, w in partner.items() if w == d)
        days[d] = _makeup_day(d, off, announced_work.get(d, []))

    _check_tet(days, announced_off, years)
    for d, entry in days.items():
        derived = d.year > cov["announced_through"] and not entry["instruments"]
        if derived and not entry["working"] and entry["kind"] != "weekend":
            entry["instruments"] = [provisional_id]
        assert entry["kind"] == "weekend" or entry["instruments"] or entry["basis"], d

    return {
        "_generated": "by tools/gen_calendar.py from tiepcan/data/calendar.toml and the holidays "
        "package; do not edit by hand",
        "holidays_version": holidays.__version__,
        "first": date(years.start, 1, 1).isoformat(),
        "last": date(years.stop - 1, 12, 31).isoformat(),
        "announced_through": cov["announced_through"],
        "provisional_note_vi": cov["provisional_note_vi"],
        "provisional_note_en": cov["provisional_note_en"],
        "dropped_culture_day_compensation": dropped,
        "announcements": [
            {
                k: (v.isoformat() if isinstance(v, date) else v)
                for k, v in ann.items()
                if k not in ("days_off", "working_days")
            }
            for ann in declared["announcement"]
        ],
        "days": [{"date": d.isoformat(), **days[d]} for d in sorted(days)],
    }


def _check_tet(
    days: dict[date, dict[str, object]], announced_off: dict[date, list[str]], years: range
) -> None:
    """Rule 5: five Tết weekdays a year; in an announced year, exactly the announced ones."""
    for year in years:
        tet = sorted(
            d
            for d, e in days.items()
            if d.year == year
            and e["kind"] == "holiday"
            and str(e["name_vi"]).startswith("Tết Nguyên đán (")
        )
        assert len(tet) == 5, (year, tet)
        new_year = _tet(year)[0]
        window = [d for d in announced_off if abs((d - new_year).days) <= 10]
        assert not window or sorted(window) == tet, (year, tet, window)


def _entry_from_holidays(
    d: date, name_vi: str, name_en: str, vi: holidays.HolidayBase, partner: dict[date, date]
) -> dict[str, object] | None:
    weekend = d.weekday() >= 5
    if name_vi.endswith(OBSERVED):
        base = name_vi.removesuffix(OBSERVED)
        if base == "Ngày Văn hóa Việt Nam":
            return None  # rule 4: no nghỉ bù for 24/11 in the law as it stands
        # the weekend holiday it gives back: the latest one of that name in the week before
        source = next(
            s
            for s in (d - timedelta(days=i) for i in range(1, 8))
            if s.weekday() >= 5 and vi.get(s) == base
        )
        base_en = name_en.removesuffix(" (observed)")
        wd = source.weekday()
        return {
            "working": False,
            "kind": "observed",
            "name_vi": f"Nghỉ bù {base} ({WEEKDAY_VI[wd]} {_vi(source)})",
            "name_en": f"Compensatory day off for {base_en} ({WEEKDAY_EN[wd]} {_en(source)})",
            "basis": [_observed_basis(d.year), *_statutory_basis(base, d.year)],
        }
    if SWAP.match(name_vi):
        return _swapped_day(d, partner[d], [])
    if POINT_OF_HOLIDAY.get(name_vi) == "b":
        lunar_vi, lunar_en = _lunar_label(d)
        if weekend:  # rule 5: a Saturday or Sunday of the Tết break is a weekly rest day
            return {
                "working": False,
                "kind": "weekend",
                "name_vi": f"Ngày nghỉ hằng tuần trong kỳ nghỉ Tết ({lunar_vi})",
                "name_en": f"Weekly rest day during the Tết break ({lunar_en})",
                "basis": [_cite(WORKING_WEEK, 1)],
            }
        return {
            "working": False,
            "kind": "holiday",
            "name_vi": f"Tết Nguyên đán ({lunar_vi})",
            "name_en": f"Lunar New Year, Tết ({lunar_en})",
            "basis": _statutory_basis(name_vi, d.year),
        }
    return {
        "working": False,
        "kind": "weekend_holiday" if weekend else "holiday",
        "name_vi": name_vi,
        "name_en": name_en,
        "basis": _statutory_basis(name_vi, d.year),
    }


def _swapped_day(d: date, saturday: date | None, instruments: list[str]) -> dict[str, object]:
    """A weekday off in exchange for a make-up Saturday (hoán đổi ngày làm việc)."""
    if saturday is None:
        return {
            "working": False,
            "kind": "announced_day_off",
            "name_vi": "Ngày nghỉ theo thông báo",
            "name_en": "Day off by announcement",
            "basis": [],
            "instruments": instruments,
        }
    return {
        "working": False,
        "kind": "swapped_day_off",
        "name_vi": f"Ngày nghỉ hoán đổi, làm bù thứ Bảy {_vi(saturday)}",
        "name_en": f"Day off swapped with the make-up Saturday {_en(saturday)}",
        "basis": [],
        "instruments": instruments,
    }


def _makeup_day(d: date, off: date, instruments: list[str]) -> dict[str, object]:
    """A Saturday worked in exchange for a weekday off (ngày làm bù)."""
    wd = off.weekday()
    return {
        "working": True,
        "kind": "makeup_workday",
        "name_vi": f"Ngày làm bù cho ngày nghỉ {WEEKDAY_VI[wd]} {_vi(off)}",
        "name_en": f"Make-up working day for the day off on {WEEKDAY_EN[wd]} {_en(off)}",
        "basis": [],
        "instruments": instruments,
    }


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=1) + "\n"


def working(calendar: dict[str, Any]) -> dict[str, Any]:
    """``calendar_working.json``: the days of ``calendar`` whose status differs from Mon–Fri."""
    weekdays_off, weekend_working_days = [], []
    for day in calendar["days"]:
        weekday = date.fromisoformat(day["date"]).weekday() < 5
        if weekday and not day["working"]:
            weekdays_off.append(day["date"])
        elif not weekday and day["working"]:
            weekend_working_days.append(day["date"])
    return {
        "_generated": "by tools/gen_calendar.py from calendar.json; do not edit",
        "first": calendar["first"],
        "last": calendar["last"],
        "announced_through": calendar["announced_through"],
        "weekdays_off": weekdays_off,
        "weekend_working_days": weekend_working_days,
    }


def render_working(calendar_text: str) -> str:
    return json.dumps(working(json.loads(calendar_text)), indent=0) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    fresh = render()
    files = {TARGET: fresh, TARGET_WORKING: render_working(fresh)}
    if args.check:
        stale = [p for p, text in files.items() if p.read_text(encoding="utf-8") != text]
        for path in stale:
            print(f"{path} is stale: run python tools/gen_calendar.py", file=sys.stderr)
        return 1 if stale else 0
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
