"""Generate ``tiepcan/data/calendar.json``: the public-sector working-day calendar.

Usage (from the repository root)::

    python tools/gen_calendar.py            # writes tiepcan/data/calendar.json
    python tools/gen_calendar.py --check    # exit 1 if the bundled file is stale

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

The output lists only the exceptions to rule 1 (weekdays off, weekend working days) and the
holidays that fall on a weekend (for explanations). ``tiepcan.workdays`` builds its lookup
table from it on first use.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from datetime import date
from pathlib import Path

import holidays

ROOT = Path(__file__).resolve().parents[1]
DECLARED = ROOT / "tiepcan" / "data" / "calendar.toml"
TARGET = ROOT / "tiepcan" / "data" / "calendar.json"

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


def build() -> dict[str, object]:
    declared = tomllib.loads(DECLARED.read_text(encoding="utf-8"))
    cov = declared["coverage"]
    years = range(cov["first_year"], cov["last_year"] + 1)
    vi, en = _vn(years, "vi"), _vn(years, "en_US")

    announced_off: dict[date, list[str]] = {}
    announced_work: dict[date, list[str]] = {}
    for ann in declared["announcement"]:
        for d in ann["days_off"]:
            assert d.weekday() < 5, f"{ann['id']}: {d} is not a weekday"
            announced_off.setdefault(d, []).append(ann["id"])
        for d in ann["working_days"]:
            assert d.weekday() == 5, f"{ann['id']}: {d} is not a Saturday"
            announced_work.setdefault(d, []).append(ann["id"])

    days: dict[date, dict[str, object]] = {}
    dropped: list[str] = []
    for d, name_vi in sorted(vi.items()):
        name_en = en[d]
        entry = _entry_from_holidays(d, name_vi, name_en)
        if entry is None:
            dropped.append(d.isoformat())
            continue
        entry["instruments"] = announced_off.get(d, [])
        days[d] = entry

    for d in sorted(set(announced_off) - set(days)):
        days[d] = _announced_only_day_off(d, announced_off[d], announced_work)
    weekend_workdays = {d for d in vi.weekend_workdays if d.year in years} | set(announced_work)
    for d in sorted(weekend_workdays):
        days[d] = _makeup_day(d, announced_work.get(d, []), days)

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


def _entry_from_holidays(d: date, name_vi: str, name_en: str) -> dict[str, object] | None:
    weekend = d.weekday() >= 5
    if name_vi.endswith(OBSERVED):
        base = name_vi.removesuffix(OBSERVED)
        if base == "Ngày Văn hóa Việt Nam":
            return None  # rule 4: no nghỉ bù for 24/11 in the law as it stands
        return {
            "working": False,
            "kind": "observed",
            "name_vi": name_vi,
            "name_en": name_en,
            "basis": [_observed_basis(d.year), *_statutory_basis(base, d.year)],
        }
    if SWAP.match(name_vi):
        return {
            "working": False,
            "kind": "swapped_day_off",
            "name_vi": name_vi,
            "name_en": name_en,
            "basis": [],
        }
    return {
        "working": False,
        "kind": "weekend_holiday" if weekend else "holiday",
        "name_vi": name_vi,
        "name_en": name_en,
        "basis": _statutory_basis(name_vi, d.year),
    }


def _announced_only_day_off(
    d: date, instruments: list[str], announced_work: dict[date, list[str]]
) -> dict[str, object]:
    """A weekday off that only our announcement table has (holidays lacks it)."""
    partner = next((w for w, ids in announced_work.items() if set(ids) & set(instruments)), None)
    swap_vi = f" (hoán đổi, làm bù thứ Bảy {partner:%d/%m/%Y})" if partner else ""
    swap_en = f" (swapped with Saturday {partner:%d/%m/%Y})" if partner else ""
    return {
        "working": False,
        "kind": "swapped_day_off" if partner else "announced_day_off",
        "name_vi": f"Ngày nghỉ theo thông báo{swap_vi}",
        "name_en": f"Day off by announcement{swap_en}",
        "basis": [],
        "instruments": instruments,
    }


def _makeup_day(
    d: date, instruments: list[str], days: dict[date, dict[str, object]]
) -> dict[str, object]:
    """A Saturday worked in exchange for a weekday off (ngày làm bù)."""
    swapped = [
        o
        for o, e in days.items()
        if e["kind"] == "swapped_day_off"
        and abs((o - d).days) <= 14
        and (set(e.get("instruments", [])) & set(instruments) or not instruments)
    ]
    for_vi = f" (cho ngày nghỉ {swapped[0]:%d/%m/%Y})" if swapped else ""
    for_en = f" (for the day off on {swapped[0]:%d/%m/%Y})" if swapped else ""
    return {
        "working": True,
        "kind": "makeup_workday",
        "name_vi": f"Ngày làm bù{for_vi}",
        "name_en": f"Make-up working day{for_en}",
        "basis": [],
        "instruments": instruments,
    }


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    fresh = render()
    if args.check:
        if TARGET.read_text(encoding="utf-8") != fresh:
            print(f"{TARGET} is stale: run python tools/gen_calendar.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
