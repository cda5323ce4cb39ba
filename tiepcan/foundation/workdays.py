"""Ngày làm việc của cơ quan nhà nước — the public-sector working-day calendar.

A working day (ngày làm việc) of a state agency is a Monday to Friday (Quyết định
188/1999/QĐ-TTg, Điều 1: "tuần làm việc 40 giờ trong 5 ngày, nghỉ ngày thứ bẩy và chủ nhật"),
except the public holidays of the Labour Code (10/2012/QH13 art. 115 until 2020;
45/2019/QH14 art. 112 from 2021), their compensatory days (nghỉ bù: art. 115(3), then art.
111(3)), Ngày Văn hóa Việt Nam on 24/11 from 2026 (Resolution 28/2026/QH16 art. 2) and the
days the Government announces off each year; plus the Saturdays it announces as make-up
working days (ngày làm bù).

The calendar is data (``data/calendar.toml`` declares the announcements; ``data/calendar.json``
is generated from it and the ``holidays`` package by ``tools/gen_calendar.py``, with
``data/calendar_working.json``, the days worked and not worked, that counting reads). It covers
2018–2040. Years after the last fully announced one (2026) are **provisional**: their days
off are derived from the statutory rules and may change when the Government announces swaps;
every result that touches one says so.

Counting follows the Civil Code 2015: the day of the event is not counted (art. 147), so
``add_working_days(d, n)`` is the n-th working day strictly after ``d``.

>>> from datetime import date
>>> is_working_day(date(2026, 1, 2))     # Fri, swapped off: Công văn 12729/VPCP-KGVX
False
>>> is_working_day(date(2026, 1, 10))    # Sat, make-up working day: same letter
True
>>> add_working_days(date(2024, 2, 7), 10)   # Tết 8–14/2/2024 skipped: 15/2 is day 1
datetime.date(2024, 2, 28)
>>> working_days_between(date(2024, 2, 7), date(2024, 2, 28))
10
>>> day_info(date(2026, 1, 10)).instruments
('12729/VPCP-KGVX',)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from itertools import accumulate, compress
from typing import Any

from tiepcan.data import data_file
from tiepcan.foundation._model import BilingualStrEnum, Lang, Result, Text, check_lang, echo
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import CalendarRangeError, InvalidInputError

__all__ = [
    "WORKING_WEEK",
    "Announcement",
    "CalendarDay",
    "DayKind",
    "add_working_days",
    "announcement",
    "calendar_range",
    "check_in_calendar",
    "day_info",
    "is_provisional_year",
    "is_working_day",
    "next_working_day",
    "provisional_years",
    "roll_forward",
    "span_days",
    "to_vietnam_time",
    "working_days_between",
]

#: Vietnam time (ICT), UTC+7, with no daylight saving
VIETNAM = timezone(timedelta(hours=7), "ICT")

#: The legal basis of the Monday–Friday week (QĐ 188/1999/QĐ-TTg Điều 1).
WORKING_WEEK = Citation("188/1999/QĐ-TTg", 1)

WEEKDAY_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class DayKind(BilingualStrEnum):
    """Why a day is, or is not, a working day."""

    WORKING = ("working", "Ngày làm việc", "working day")
    WEEKEND = ("weekend", "Ngày nghỉ hằng tuần (thứ Bảy, Chủ nhật)", "weekly rest day")
    HOLIDAY = ("holiday", "Ngày nghỉ lễ, tết", "public holiday")
    WEEKEND_HOLIDAY = (
        "weekend_holiday",
        "Ngày lễ, tết trùng ngày nghỉ hằng tuần",
        "public holiday falling on a weekend",
    )
    OBSERVED = ("observed", "Ngày nghỉ bù", "compensatory day off")
    SWAPPED_DAY_OFF = (
        "swapped_day_off",
        "Ngày nghỉ do hoán đổi ngày làm việc",
        "day off swapped with a make-up Saturday",
    )
    ANNOUNCED_DAY_OFF = ("announced_day_off", "Ngày nghỉ theo thông báo", "announced day off")
    MAKEUP_WORKDAY = ("makeup_workday", "Ngày làm bù", "make-up working day")


@dataclass(frozen=True, slots=True)
class Announcement(Result):
    """A Government announcement that set days off or make-up days for the public sector."""

    id: str
    issued: date
    issuer: str
    subject_vi: str
    subject_en: str
    #: as graded in the calendar sources: confirmed, partial or unconfirmed
    confidence: str


@dataclass(frozen=True, slots=True)
class CalendarDay(Result):
    """One day of the calendar, explained."""

    day: date
    working: bool
    kind: DayKind
    name: Text
    basis: tuple[Citation, ...] = ()
    instruments: tuple[str, ...] = ()
    provisional: bool = False
    #: the weakest confidence of the announcements the day rests on ("confirmed" when it
    #: rests on the statutes alone); "partial"/"unconfirmed" days rest on secondary sources
    confidence: str = "confirmed"

    @property
    def name_vi(self) -> str:
        return self.name.vi

    @property
    def name_en(self) -> str:
        return self.name.en

    @property
    def weekday_vi(self) -> str:
        return WEEKDAY_VI[self.day.weekday()]

    @property
    def weekday_en(self) -> str:
        return WEEKDAY_EN[self.day.weekday()]


# --------------------------------------------------------------------------------------
# The table: loaded once, on first use.


class _Table:
    """The calendar as lookup structures, built once from ``data/calendar_working.json``.

    ``working`` lists the ordinals of all working days in order; ``count[k]`` is the number
    of working days on or before ``first + k``. So the n-th working day after ordinal ``o``
    is ``working[count[o - first] + n - 1]``: one list index, no search.

    A count needs only which days are worked. ``calendar_working.json`` lists the days whose
    status differs from the Monday–Friday week (weekdays off, make-up Saturdays); it is
    derived from ``calendar.json`` by ``tools/gen_calendar.py``. The names, legal bases and
    announcements that explain a day are read from ``calendar.json`` the first time a day is
    explained (``exceptions``, ``announcements``, the provisional note).
    """

    __slots__ = ("_detail", "announced_through", "count", "first", "last", "working")

    def __init__(self, raw: dict[str, Any]) -> None:
        self.first = date.fromisoformat(raw["first"]).toordinal()
        self.last = date.fromisoformat(raw["last"]).toordinal()
        self.announced_through: int = raw["announced_through"]
        self._detail: _Explained | None = None
        days = range(self.first, self.last + 1)
        # Monday to Friday worked, Saturday and Sunday not (QĐ 188/1999/QĐ-TTg Điều 1) ...
        week = [True, True, True, True, True, False, False]
        start = (self.first - 1) % 7  # 0 is Monday: date.fromordinal(1) is a Monday
        worked = (week[start:] + week * (len(days) // 7 + 1))[: len(days)]
        # ... except the days the calendar lists: weekdays off, weekend working days
        for iso in (*raw["weekdays_off"], *raw["weekend_working_days"]):
            k = date.fromisoformat(iso).toordinal() - self.first
            worked[k] = not worked[k]
        self.working: list[int] = list(compress(days, worked))
        self.count: list[int] = list(accumulate(map(int, worked)))

    def _explained(self) -> _Explained:
        if self._detail is None:
            self._detail = _Explained(json.loads(data_file("calendar.json")))
        return self._detail

    @property
    def exceptions(self) -> dict[int, dict[str, Any]]:
        return self._explained().exceptions

    @property
    def announcements(self) -> dict[str, dict[str, Any]]:
        return self._explained().announcements

    @property
    def note_vi(self) -> str:
        return self._explained().note_vi

    @property
    def note_en(self) -> str:
        return self._explained().note_en


class _Explained:
    """What ``calendar.json`` says to explain a day: each listed day's entry by ordinal (every
    day that is not an ordinary weekday or weekend), the announcements, the provisional note."""

    __slots__ = ("announcements", "exceptions", "note_en", "note_vi")

    def __init__(self, raw: dict[str, Any]) -> None:
        self.note_vi: str = raw["provisional_note_vi"]
        self.note_en: str = raw["provisional_note_en"]
        self.announcements: dict[str, dict[str, Any]] = {a["id"]: a for a in raw["announcements"]}
        self.exceptions: dict[int, dict[str, Any]] = {
            date.fromisoformat(d["date"]).toordinal(): d for d in raw["days"]
        }


_TABLE: _Table | None = None
# the hot-path structures, bound as module globals once the table is loaded
_FIRST = 0
_LAST = -1
_WORKING: list[int] = []
_COUNT: list[int] = []


def _table() -> _Table:
    global _TABLE, _FIRST, _LAST, _WORKING, _COUNT
    if _TABLE is None:
        table = _Table(json.loads(data_file("calendar_working.json")))
        _FIRST, _LAST, _WORKING, _COUNT = table.first, table.last, table.working, table.count
        _TABLE = table
    return _TABLE


# --------------------------------------------------------------------------------------
# Input checks, kept cheap: these functions sit on hot paths.


def _as_date(value: object, field: str) -> date:
    if type(value) is date:
        return value
    if isinstance(value, datetime):
        raise InvalidInputError(
            "invalid-date", detail=f"expected a date, not a datetime: {field}={echo(value)}"
        )
    if isinstance(value, date):  # a subclass of date
        return date(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidInputError(
        "invalid-date", detail=f"not a valid date (expected YYYY-MM-DD): {field}={echo(value)}"
    )


def _as_int(value: object, field: str) -> int:
    if type(value) is int:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    raise InvalidInputError("invalid-number", detail=f"{field}={echo(value)}")


def to_vietnam_time(moment: datetime) -> datetime:
    """A moment as naive Vietnam time.

    A naive datetime is Vietnam time already; an aware one is converted to UTC+7 (agency
    systems store UTC), so 23:30 UTC on 7 February is 06:30 on 8 February in Vietnam.
    """
    if not isinstance(moment, datetime):
        raise InvalidInputError("invalid-datetime", detail=echo(moment))
    if moment.utcoffset() is None:
        return moment
    try:
        return moment.astimezone(VIETNAM).replace(tzinfo=None)
    except OverflowError:
        raise _out_of_range(f"moment={moment.isoformat()}", _table()) from None


def check_in_calendar(day: date, field: str = "day") -> date:
    """``day`` if the calendar covers it; ``CalendarRangeError`` otherwise (never overflow)."""
    d = _as_date(day, field)
    _ordinal_in_range(d, field)
    return d


def _out_of_range(what: str, t: _Table) -> CalendarRangeError:
    return CalendarRangeError(
        detail=f"{what}; the calendar covers {date.fromordinal(t.first).isoformat()} "
        f"to {date.fromordinal(t.last).isoformat()}",
    )


def _ordinal_in_range(d: date, field: str) -> int:
    t = _TABLE or _table()
    o = d.toordinal()
    if o < t.first or o > t.last:
        raise _out_of_range(f"{field}={d.isoformat()}", t)
    return o


# --------------------------------------------------------------------------------------
# Public functions.


def is_working_day(day: date | str) -> bool:
    """True if ``day`` is a working day of state agencies."""
    d = _as_date(day, "day")
    k = _ordinal_in_range(d, "day") - _FIRST
    # worked if the count of working days rises on this day
    return _COUNT[k] > (_COUNT[k - 1] if k else 0)


def add_working_days(start: date | str, n: int) -> date:
    """The ``n``-th working day strictly after ``start`` (``n < 0``: strictly before).

    The start day itself is never counted, whether or not it is a working day (Civil Code
    2015 art. 147). ``n == 0`` returns ``start``.
    """
    d = start if type(start) is date else _as_date(start, "start")
    if type(n) is not int:
        n = _as_int(n, "n")
    if _TABLE is None:
        _table()
    k = d.toordinal() - _FIRST
    if k < 0 or k > _LAST - _FIRST:
        raise _out_of_range(f"start={d.isoformat()}", _table())
    if n > 0:
        i = _COUNT[k] + n - 1  # working days on or before start, then n more
    elif n < 0:
        i = (_COUNT[k - 1] if k else 0) + n  # working days strictly before start, n back
    else:
        return d
    if i < 0 or i >= len(_WORKING):
        raise _out_of_range(f"{n} working days from {d.isoformat()}", _table())
    return date.fromordinal(_WORKING[i])


def working_days_between(start: date | str, end: date | str) -> int:
    """The number of working days after ``start`` up to and including ``end``.

    When ``end`` is before ``start`` the count runs backwards and is negative: minus the
    working days from ``end`` included to ``start`` excluded. Either way it is the inverse
    of :func:`add_working_days`: ``working_days_between(a, add_working_days(a, n)) == n``.
    """
    a, b = _as_date(start, "start"), _as_date(end, "end")
    ka = _ordinal_in_range(a, "start") - _FIRST
    kb = _ordinal_in_range(b, "end") - _FIRST
    if kb >= ka:
        return _COUNT[kb] - _COUNT[ka]
    return -((_COUNT[ka - 1] if ka else 0) - (_COUNT[kb - 1] if kb else 0))


def next_working_day(day: date | str) -> date:
    """The first working day strictly after ``day``."""
    return add_working_days(day, 1)


def roll_forward(day: date | str) -> date:
    """``day`` if it is a working day, else the next working day (Civil Code art. 148(5))."""
    d = _as_date(day, "day")
    return d if is_working_day(d) else add_working_days(d, 1)


def calendar_range() -> tuple[date, date]:
    """The first and last day the calendar covers."""
    t = _table()
    return date.fromordinal(t.first), date.fromordinal(t.last)


def is_provisional_year(year: int) -> bool:
    """True if ``year``'s days off are not all announced yet (derived, may change)."""
    y = _as_int(year, "year")
    t = _table()
    first, last = date.fromordinal(t.first).year, date.fromordinal(t.last).year
    if not first <= y <= last:
        raise _out_of_range(f"year={y}", t)
    return y > t.announced_through


def provisional_years(start: date | str, end: date | str) -> tuple[int, ...]:
    """The provisional years that the span from ``start`` to ``end`` touches, in order."""
    a, b = _as_date(start, "start"), _as_date(end, "end")
    if b < a:
        a, b = b, a
    _ordinal_in_range(a, "start")
    _ordinal_in_range(b, "end")
    limit = _table().announced_through
    if b.year <= limit:  # the common case: nothing provisional
        return ()
    return tuple(range(max(a.year, limit + 1), b.year + 1))


def provisional_note(lang: Lang = "vi") -> str:
    """Why a provisional year's days off may change."""
    t = _table()
    return t.note_vi if check_lang(lang) == "vi" else t.note_en


def announcement(announcement_id: str) -> Announcement:
    """The announcement with this instrument number, e.g. ``"12729/VPCP-KGVX"``."""
    raw = _table().announcements.get(announcement_id) if isinstance(announcement_id, str) else None
    if raw is None:
        raise InvalidInputError("unknown-announcement", detail=f"id={echo(announcement_id)}")
    return Announcement(**{**raw, "issued": date.fromisoformat(raw["issued"])})


def day_info(day: date | str) -> CalendarDay:
    """The day explained: working or not, why, on what legal basis, by which instrument."""
    d = _as_date(day, "day")
    t = _table()
    o = _ordinal_in_range(d, "day")
    provisional = d.year > t.announced_through
    entry = t.exceptions.get(o)
    if entry is None:
        weekend = d.weekday() >= 5
        return CalendarDay(
            day=d,
            working=not weekend,
            kind=DayKind.WEEKEND if weekend else DayKind.WORKING,
            name=Text(WEEKDAY_VI[d.weekday()], WEEKDAY_EN[d.weekday()]),
            basis=(WORKING_WEEK,),
            provisional=provisional,
        )
    instruments = tuple(entry.get("instruments", ()))
    return CalendarDay(
        day=d,
        working=bool(entry["working"]),
        kind=DayKind(entry["kind"]),
        name=Text(entry["name_vi"], entry["name_en"]),
        basis=tuple(
            Citation(b["instrument"], b["article"], b["clause"], None, b["point"])
            for b in entry["basis"]
        ),
        instruments=instruments,
        provisional=provisional,
        confidence=_weakest(t.announcements[i]["confidence"] for i in instruments),
    )


_CONFIDENCE = ("confirmed", "partial", "unconfirmed")


def _weakest(grades: Any) -> str:
    return max(grades, key=_CONFIDENCE.index, default="confirmed")


def span_days(start: date | str, end: date | str) -> tuple[CalendarDay, ...]:
    """Every day in ``(start, end]`` that is not an ordinary Monday–Friday, explained.

    These are the days an explanation of a count must mention: weekends and days off that
    were skipped, and make-up Saturdays that were counted.
    """
    a, b = _as_date(start, "start"), _as_date(end, "end")
    _ordinal_in_range(a, "start")
    _ordinal_in_range(b, "end")
    out = []
    exceptions = _table().exceptions
    d = a + timedelta(days=1)
    while d <= b:
        o = d.toordinal()
        if d.weekday() >= 5 or o in exceptions:
            out.append(day_info(d))
        d += timedelta(days=1)
    return tuple(out)
