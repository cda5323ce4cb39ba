"""Thống kê tình hình cung cấp thông tin theo yêu cầu — statistics of requests for information.

Implements the figures an agency reports on requests for information:

* Decree 13/2018/NĐ-CP art. 12(4)(b): "Số lượng yêu cầu cung cấp thông tin đã tiếp nhận; số
  lượng yêu cầu cung cấp thông tin đã được giải quyết; số lượng yêu cầu cung cấp thông tin bị
  từ chối; số lượng các vụ khiếu nại, các vụ khởi kiện (nếu có) đã được giải quyết";
* the list provincial instructions ask for every 6 months and every year: "số lượng thông
  tin được yêu cầu, số lượng thông tin đã cung cấp, loại thông tin được yêu cầu cung cấp, chi
  phí cung cấp thông tin, số lượng trường hợp từ chối cung cấp thông tin và lý do";
* refusals by ground of Law 104/2016/QH13 art. 28(1) (points a, b, c, d, đ, e) and of Law
  01/2026/QH16 art. 27 (clauses 1–6), counted together under each ground's regime-neutral
  key (:mod:`tiepcan.foundation.grounds`; :attr:`Statistics.refused_by_reason`), provision in part,
  redirection, answers on time and late against the time limits of each request's own law
  (arts. 29–31 of Law 104/2016; art. 26(3) of Law 01/2026/QH16) counted on the same
  working-day calendar as :mod:`tiepcan.deadlines`, costs notified and collected (art. 27
  of Law 104/2016; art. 25 of Law 01/2026/QH16), complaints and lawsuits (art. 14; art. 13).

How a request counts in a period [start, end] (the reporting conventions, stated once):

* it is *in the period* if it was received on or before ``end`` and not settled before
  ``start``; it is either *carried over* (kỳ trước chuyển sang: received before ``start``) or
  *received* in the period (tiếp nhận trong kỳ);
* it is *settled* (đã giải quyết) in the period if its outcome (provided, provided in part,
  refused, redirected) is dated in the period, *withdrawn* if the requester withdrew it in
  the period (no time limit runs after a withdrawal, so it is never overdue: the reading
  ``withdrawal-closes-request``, docs/reports.md); otherwise it is *pending* at ``end``
  (awaiting completion, in time, overdue, or with no computable time limit);
  so ``carried_over + received == settled + withdrawn + pending``;
* on time / late is judged for answers (provided, in part, refused) by the fold of the
  register as of ``end`` (:meth:`tiepcan.register.book.Register.fold`), so it is the same
  judgement as the request's own deadline; a redirection has no time limit;
* time to answer is the number of working days after the day the request became valid up
  to the day of the answer, for answers whose time limit could be computed;
* costs notified and collected are counted on the day of the notice and of the payment,
  in integer đồng (totals; the register keeps each notice's lines of Circular 46/2018/TT-BTC);
* the kind of information (loại thông tin được yêu cầu cung cấp) is counted for requests
  received in the period, by the register's ``information_kind`` (default classification:
  the kinds of art. 23, :data:`DEFAULT_INFORMATION_KINDS`);
* complaints and lawsuits (art. 14) and requests to correct (art. 32(2)) recorded in the
  register against their request are counted on the day filed, resolved or answered;
* a request is judged under its own law, chosen as the register chain chooses it (Law
  01/2026/QH16 art. 31(4): sent before 2026-09-01, Law 104/2016); so a period that straddles
  2026-09-01 judges each request under its law and adds the figures up; a request under a
  regime tiepcan does not encode is counted and listed as not computable, never guessed.

Every figure is an integer; an average is derived from a total and a count, so the figures
of disjoint registers add up exactly: ``merge(a, b) == a + b``, and a province adds up its
agencies; and two adjacent periods of one agency make the longer period (:func:`merge`:
the first half-year and the second make the year, exactly).

An electronic request for complex information received on 7/2/2024, before Tết (8662/
VPCP-KGVX), answered on 6/3/2024, its 15th working day (art. 30(4)), and a refusal:

>>> from datetime import date
>>> from tiepcan.register.book import Register, RegisterEntry
>>> a = RegisterEntry.from_events("01/2024", "Nguyễn Văn A", "Kế hoạch sử dụng đất", [
...     {"kind": "received", "on": "2024-02-07", "received_via": "electronic",
...      "complexity": "complex"},
...     {"kind": "provided", "on": "2024-03-06"}])
>>> b = RegisterEntry.from_events("02/2024", "Trần Thị B", "Hồ sơ mật", [
...     {"kind": "received", "on": "2024-03-04", "received_via": "at_office",
...      "complexity": "simple"},
...     {"kind": "refused", "on": "2024-03-04", "grounds": ["a"]}])
>>> s = compute_statistics(Register((a, b)), ReportingPeriod.half_year(2024, 1), agency="Sở Tư pháp")
>>> s.received, s.provided, s.refused, s.refused_by_ground.a
(2, 1, 1, 1)
>>> s.answered_on_time, s.answered_late, s.answer_days_max
(2, 0, 15)
>>> (s + s).received    # two disjoint registers of the same size
4
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from itertools import pairwise
from typing import Annotated, Any, Self

from pydantic import Field

from tiepcan.foundation._input import FrozenModel, validate_input
from tiepcan.foundation._model import (
    DAY_MAX,
    DAY_MIN,
    Lang,
    Minimum,
    Result,
    check_lang,
    day_out_of_range,
    echo,
)
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.terms import Channel, Complexity
from tiepcan.register._columns import Same
from tiepcan.register.book import (
    _STATUS,
    _TIMELINESS,
    Register,
    RegisterFold,
    RegisterOutcome,
    _np_codes,
    _np_days,
    _np_money,
)
from tiepcan.register.lifecycle import ComplaintRoute, Day
from tiepcan.rules.access import OnRequestBasis
from tiepcan.rules.refusals import RefusalGround

__all__ = [
    "DEFAULT_INFORMATION_KINDS",
    "ComplaintRecord",
    "GroundCounts",
    "KindFigures",
    "MonthFigures",
    "ReportingPeriod",
    "Statistics",
    "StatisticsError",
    "compute_statistics",
    "merge",
]


class StatisticsError(InvalidInputError):
    """Statistics that cannot be computed or combined as asked."""

    default_code = "invalid-statistics"
    default_message_vi = "Không thể tính hoặc cộng số liệu thống kê"
    default_message_en = "the statistics cannot be computed or combined"


# --------------------------------------------------------------------------------------
# The reporting period (kỳ báo cáo).


def _year(value: object, low: int = DAY_MIN.year) -> int:
    """A year tiepcan reads (DAY_MIN to DAY_MAX), or a count from ``low``; else a coded error."""
    if type(value) is not int or not low <= value <= DAY_MAX.year:
        raise StatisticsError("invalid-period", detail=f"year={echo(value)}")
    return value


@dataclass(frozen=True, slots=True)
class ReportingPeriod(Result):
    """Kỳ báo cáo — the reporting period, both days included.

    >>> ReportingPeriod.half_year(2024, 2).label("vi")
    '6 tháng cuối năm 2024 (từ ngày 01/07/2024 đến ngày 31/12/2024)'
    >>> ReportingPeriod.years(2022, 3).end
    datetime.date(2024, 12, 31)
    """

    start: date
    end: date

    def __post_init__(self) -> None:
        self._check()

    def _check(self) -> None:
        if (
            type(self.start) is not date
            or type(self.end) is not date
            or self.start > self.end
            or day_out_of_range(self.start)
            or day_out_of_range(self.end)
        ):
            raise StatisticsError(
                "invalid-period", detail=f"start={echo(self.start)}, end={echo(self.end)}"
            )

    @classmethod
    def between(cls, start: date, end: date) -> Self:
        """Any two days, both included."""
        return cls(start, end)

    @classmethod
    def half_year(cls, year: int, half: int) -> Self:
        """6 tháng đầu năm (``half=1``) or 6 tháng cuối năm (``half=2``)."""
        if half not in (1, 2):
            raise StatisticsError(
                "invalid-period", detail=f"the half of the year is 1 or 2: half={echo(half)}"
            )
        year = _year(year)
        if half == 1:
            return cls(date(year, 1, 1), date(year, 6, 30))
        return cls(date(year, 7, 1), date(year, 12, 31))

    @classmethod
    def year(cls, year: int) -> Self:
        """Năm ``year``: 1 January to 31 December."""
        year = _year(year)
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def years(cls, first_year: int, count: int = 3) -> Self:
        """``count`` whole years from ``first_year`` (Decree 13 art. 12(3): every 3 years)."""
        first, last = _year(first_year), _year(first_year + _year(count, 1) - 1)
        return cls(date(first, 1, 1), date(last, 12, 31))

    def months(self) -> tuple[str, ...]:
        """The months the period touches, as ``YYYY-MM``."""
        out, y, m = [], self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y, m + 1) if m < 12 else (y + 1, 1)
        return tuple(out)

    def label(self, lang: Lang = "vi", *, short: bool = False) -> str:
        """The period as a report names it (``short``: without the days, when it has a name)."""
        if type(short) is not bool:  # "0" is not false
            raise StatisticsError(detail=f"short must be True or False: short={echo(short)}")
        text = self._label(lang)
        if short and text.endswith(")") and " (" in text:
            return text[: text.index(" (")]
        return text

    def _label(self, lang: Lang) -> str:
        s, e = self.start, self.end
        whole_years = (s.month, s.day, e.month, e.day) == (1, 1, 12, 31)
        if check_lang(lang) == "vi":
            span = f"từ ngày {s:%d/%m/%Y} đến ngày {e:%d/%m/%Y}"
            if whole_years and s.year == e.year:
                return f"năm {s.year} ({span})"
            if (s.year == e.year) and (s.month, s.day, e.month, e.day) == (1, 1, 6, 30):
                return f"6 tháng đầu năm {s.year} ({span})"
            if (s.year == e.year) and (s.month, s.day, e.month, e.day) == (7, 1, 12, 31):
                return f"6 tháng cuối năm {s.year} ({span})"
            if whole_years:
                return f"giai đoạn {s.year}–{e.year} ({span})"
            return span
        span = f"{s.isoformat()} to {e.isoformat()}"
        if whole_years and s.year == e.year:
            return f"the year {s.year} ({span})"
        if whole_years:
            return f"{s.year}–{e.year} ({span})"
        return span


# --------------------------------------------------------------------------------------
# Complaints and lawsuits (art. 14): the register has no column for them.


class ComplaintRecord(FrozenModel):
    """Một vụ khiếu nại, khởi kiện — one complaint or lawsuit about a request (art. 14)."""

    request_number: str = Field(title="Số thứ tự yêu cầu trong Sổ theo dõi", min_length=1)
    route: ComplaintRoute = Field(title="Khiếu nại hay khởi kiện")
    filed_on: Day = Field(title="Ngày khiếu nại, khởi kiện")
    resolved_on: Day | None = Field(default=None, title="Ngày giải quyết xong")


# --------------------------------------------------------------------------------------
# The results.


@dataclass(frozen=True, slots=True)
class GroundCounts(Result):
    """Số trường hợp theo từng căn cứ từ chối — cases per ground of art. 28(1).

    A refusal that states two grounds counts under each of them, so the sum of the grounds
    is at least the number of refusals.
    """

    a: Annotated[int, Minimum(0)] = 0
    b: Annotated[int, Minimum(0)] = 0
    c: Annotated[int, Minimum(0)] = 0
    d: Annotated[int, Minimum(0)] = 0
    dd: Annotated[int, Minimum(0)] = 0
    e: Annotated[int, Minimum(0)] = 0

    @property
    def total(self) -> int:
        """The sum over the grounds (a case citing two grounds counts twice)."""
        return self.a + self.b + self.c + self.d + self.dd + self.e

    def get(self, ground: RefusalGround | str) -> int:
        """The count for one ground (``"dd"`` is point đ)."""
        g = RefusalGround.coerce(ground, field="ground")
        value: int = getattr(self, g.value)
        return value

    def __add__(self, other: GroundCounts) -> GroundCounts:
        return GroundCounts(*(getattr(self, n) + getattr(other, n) for n in _GROUND_KEYS))

    def by_neutral_key(self) -> dict[str, int]:
        """The counts under the grounds' regime-neutral keys (:mod:`tiepcan.foundation.grounds`), in the
        laws' order: a refusal under art. 27(1) of Law 01/2026/QH16 and one under art.
        28(1)(a) of Law 104/2016 are the same ground, ``not_accessible_or_conditions_unmet``.

        >>> GroundCounts(a=2, e=1).by_neutral_key()["costs_unpaid"]
        1
        """
        return {key: getattr(self, member) for member, key in _neutral_keys()}


_GROUND_KEYS = ("a", "b", "c", "d", "dd", "e")


def _neutral_keys() -> tuple[tuple[str, str], ...]:
    """(member, neutral key) of each ground, from every bundled ruleset that declares its
    grounds; the rulesets must agree (each file maps the same member to the same key)."""
    from tiepcan.foundation.errors import RegimeNotEncodedError
    from tiepcan.foundation.grounds import refusal_grounds
    from tiepcan.foundation.regimes import REGIMES

    pairs: dict[str, str] = {}
    for regime in REGIMES:
        try:
            grounds = refusal_grounds(regime.id)
        except RegimeNotEncodedError:
            continue
        for g in grounds:
            if pairs.setdefault(g.member, g.key) != g.key:
                raise StatisticsError(
                    "inconsistent-result",
                    detail=f"ground {g.member}: {pairs[g.member]} and {g.key} ({regime.id})",
                )
    return tuple((m, pairs[m]) for m in _GROUND_KEYS if m in pairs)


@dataclass(frozen=True, slots=True)
class MonthFigures(Result):
    """One month of the chart: requests received, answered on time, answered late, refused."""

    month: str
    received: int = 0
    answered_on_time: int = 0
    answered_late: int = 0
    refused: int = 0

    def __add__(self, other: MonthFigures) -> MonthFigures:
        return MonthFigures(
            self.month,
            self.received + other.received,
            self.answered_on_time + other.answered_on_time,
            self.answered_late + other.answered_late,
            self.refused + other.refused,
        )


@dataclass(frozen=True, slots=True)
class KindFigures(Result):
    """Loại thông tin được yêu cầu cung cấp — requests received of one kind of information."""

    kind: str
    received: int = 0

    def __add__(self, other: KindFigures) -> KindFigures:
        return KindFigures(self.kind, self.received + other.received)


#: the register's ``information_kind`` of a row that names none
UNCLASSIFIED = "unclassified"

#: the default classification of the kind of information: the kinds of information provided
#: on request of Law 104/2016 art. 23 (the basis a decision records,
#: :class:`tiepcan.rules.access.OnRequestBasis`), and "not classified". An agency replaces it
#: with its own list (key -> (Vietnamese, English)), given as data to the report.
DEFAULT_INFORMATION_KINDS: dict[str, tuple[str, str]] = {
    **{b.value: (b.label_vi, b.label_en) for b in OnRequestBasis},
    UNCLASSIFIED: ("Chưa phân loại", "not classified"),
}


@dataclass(frozen=True, slots=True)
class Statistics(Result):
    """Số liệu về cung cấp thông tin theo yêu cầu of one or more agencies over one period.

    Every field is an integer count or an integer sum (working days, đồng); the averages
    are properties. ``a + b`` merges the figures of disjoint registers.
    """

    period: ReportingPeriod
    #: the agencies whose registers the figures cover, sorted
    agencies: tuple[str, ...]
    # -- requests in the period (art. 26(1); Decree 13 art. 12(4)(b))
    carried_over: int
    received: int
    received_at_office: int
    received_electronic: int
    received_postal: int
    received_fax: int
    received_simple: int
    received_complex: int
    #: received under a regime tiepcan does not encode for the register chain: counted, not
    #: judged
    received_not_computable: int
    # -- settled in the period
    provided: int
    provided_in_part: int
    refused: int
    redirected: int
    #: withdrawn by the requester in the period (closed, not settled, never overdue)
    withdrawn: int
    refused_by_ground: GroundCounts
    #: grounds cited for the part withheld in a partial provision
    withheld_by_ground: GroundCounts
    # -- time limits (arts. 29–31), answers only (provided, in part, refused)
    answered_on_time: int
    answered_late: int
    #: answers whose time limit could not be computed (regime not encoded, never valid)
    answered_not_computable: int
    late_days_total: int
    late_days_max: int
    #: working days from validity to answer, for answers judged on time or late
    answer_days_total: int
    answer_days_count: int
    answer_days_max: int
    # -- pending at the end of the period
    awaiting_completion: int
    pending_in_time: int
    pending_overdue: int
    pending_not_computable: int
    # -- costs (art. 27; Circular 46/2018/TT-BTC), integer đồng, totals
    costs_notified_count: int
    costs_notified_total: int
    costs_paid_count: int
    costs_paid_total: int
    # -- complaints and lawsuits (art. 14)
    complaints_filed: int
    complaints_resolved: int
    lawsuits_filed: int
    lawsuits_resolved: int
    # -- requests to correct information provided (art. 32(2)), from the register
    corrections_requested: int
    corrections_answered: int
    # -- by month, for the chart
    by_month: tuple[MonthFigures, ...]
    #: requests received in the period by kind of information, sorted by kind
    by_information_kind: tuple[KindFigures, ...] = ()

    def __post_init__(self) -> None:
        self._check()

    # -- derived figures ------------------------------------------------------------------
    @property
    def settled(self) -> int:
        """Số yêu cầu đã được giải quyết: provided, in part, refused or redirected."""
        return self.provided + self.provided_in_part + self.refused + self.redirected

    @property
    def answered(self) -> int:
        """Answers that the time limits judge: provided, provided in part, refused."""
        return self.provided + self.provided_in_part + self.refused

    @property
    def pending(self) -> int:
        """Số yêu cầu đang giải quyết at the end of the period."""
        return (
            self.awaiting_completion
            + self.pending_in_time
            + self.pending_overdue
            + self.pending_not_computable
        )

    @property
    def refused_by_reason(self) -> dict[str, int]:
        """Refusals by ground under the grounds' regime-neutral keys, across both laws (a
        refusal citing two grounds counts under each): :meth:`GroundCounts.by_neutral_key`."""
        return self.refused_by_ground.by_neutral_key()

    @property
    def complaints_and_lawsuits_resolved(self) -> int:
        """Decree 13 art. 12(4)(b): "các vụ khiếu nại, các vụ khởi kiện … đã được giải quyết"."""
        return self.complaints_resolved + self.lawsuits_resolved

    @property
    def average_answer_days(self) -> float | None:
        """Average working days to answer (None when no answer was judged)."""
        if not self.answer_days_count:
            return None
        return self.answer_days_total / self.answer_days_count

    @property
    def average_late_days(self) -> float | None:
        """Average working days late, over late answers."""
        if not self.answered_late:
            return None
        return self.late_days_total / self.answered_late

    @property
    def not_computable(self) -> int:
        """Requests whose time limit could not be computed (answered or pending)."""
        return self.answered_not_computable + self.pending_not_computable

    # -- merging --------------------------------------------------------------------------
    def __add__(self, other: Statistics) -> Statistics:
        return merge(self, other)

    # -- consistency ----------------------------------------------------------------------
    def _check(self) -> None:
        problems = _sum_problems(self)
        if problems:
            raise StatisticsError("statistics-do-not-add-up", detail="; ".join(problems))


_INT_FIELDS: tuple[str, ...] = ()
_MAX_FIELDS = ("late_days_max", "answer_days_max")


def _sum_problems(s: Statistics) -> list[str]:
    """Every internal sum of ``s`` that does not hold."""
    out = []
    for name in _int_fields():
        value = getattr(s, name)
        if type(value) is not int or value < 0:
            out.append(f"{name} must be a whole number >= 0, got {echo(value)}")
    if out:
        return out
    channels = s.received_at_office + s.received_electronic + s.received_postal + s.received_fax
    checks = [
        (
            s.carried_over + s.received == s.settled + s.withdrawn + s.pending,
            "carried over + received = settled + withdrawn + pending",
        ),
        (channels == s.received, "received = sum over the ways received"),
        (s.received_simple + s.received_complex == s.received, "received = simple + complex"),
        (s.received_not_computable <= s.received, "not computable <= received"),
        (
            s.answered_on_time + s.answered_late + s.answered_not_computable == s.answered,
            "provided + in part + refused = on time + late + not computable",
        ),
        (_grounds_ok(s.refused_by_ground, s.refused), "each ground <= refused <= sum of grounds"),
        (_grounds_ok(s.withheld_by_ground, None), "grounds of partial provisions"),
        (s.answer_days_count <= s.answered_on_time + s.answered_late, "answer days counted"),
        (s.answer_days_max <= s.answer_days_total, "longest answer <= total"),
        (s.late_days_max <= s.late_days_total, "longest delay <= total"),
        ((s.answered_late > 0) or s.late_days_total == 0, "late days without late answers"),
        (s.costs_notified_total >= 0 and s.costs_paid_total >= 0, "costs >= 0"),
        (s.agencies == tuple(sorted(set(s.agencies))), "agencies sorted, each once"),
    ]
    out = [text for ok, text in checks if not ok]
    out += _month_problems(s)
    out += _kind_problems(s)
    return out


def _kind_problems(s: Statistics) -> list[str]:
    kinds = [k.kind for k in s.by_information_kind]
    if kinds != sorted(set(kinds)) or any(type(k) is not str or not k for k in kinds):
        return ["by_information_kind lists each kind once, sorted"]
    counts = [k.received for k in s.by_information_kind]
    if any(type(c) is not int or c < 0 for c in counts):
        return ["by_information_kind counts are whole numbers >= 0"]
    if s.by_information_kind and sum(counts) != s.received:
        return ["by_information_kind adds up to received"]
    return []


def _int_fields() -> tuple[str, ...]:
    global _INT_FIELDS
    if not _INT_FIELDS:
        _INT_FIELDS = tuple(
            f.name
            for f in fields(Statistics)
            if f.name not in ("period", "agencies", "by_month", "by_information_kind")
            and not f.name.endswith("_by_ground")
        )
    return _INT_FIELDS


def _grounds_ok(g: GroundCounts, cases: int | None) -> bool:
    values = [getattr(g, k) for k in _GROUND_KEYS]
    if any(type(v) is not int or v < 0 for v in values):
        return False
    if cases is None:
        return True
    return all(v <= cases for v in values) and (cases == 0 or sum(values) >= cases)


def _month_problems(s: Statistics) -> list[str]:
    months = [m.month for m in s.by_month]
    if months != list(s.period.months()):
        return ["by_month lists each month of the period, in order"]
    sums = {
        "received": s.received,
        "answered_on_time": s.answered_on_time,
        "answered_late": s.answered_late,
        "refused": s.refused,
    }
    return [
        f"by_month {name} adds up to {name}"
        for name, total in sums.items()
        if sum(getattr(m, name) for m in s.by_month) != total
    ]


# --------------------------------------------------------------------------------------
# Merging.


def merge(*parts: Statistics) -> Statistics:
    """The figures of several parts added up, in one of two ways.

    * **Disjoint agencies, one period** (a province adds up its agencies): every figure adds,
      the agencies are united.
    * **One agency (or the same agencies), adjacent periods** (two half-years make the year):
      the flows of the periods add (received, settled, withdrawn, costs, complaints …); the
      stock carried over is the first period's, the stock pending is the last period's, and
      each period must carry over exactly what the period before it left pending (refused
      with ``carried-over-mismatch`` otherwise). Periods that overlap, leave a gap or mix
      agencies are refused with ``period-mismatch``, and the detail says which.

    Averages are kept as totals and counts, so merging is exact; the longest times are the
    longest of the parts.
    """
    if not parts:
        raise StatisticsError("nothing-to-merge")
    for p in parts:
        if not isinstance(p, Statistics):
            raise StatisticsError(detail=f"expected Statistics, got {type(p).__name__}")
    period = parts[0].period
    if all(p.period == period for p in parts):
        return _merge_agencies(parts)
    return _merge_periods(parts)


def _merge_agencies(parts: Sequence[Statistics]) -> Statistics:
    values = _summed(parts)
    values["period"] = parts[0].period
    values["by_month"] = tuple(
        _sum_months([p.by_month[i] for p in parts]) for i in range(len(parts[0].by_month))
    )
    return Statistics(**values)


def _summed(parts: Sequence[Statistics]) -> dict[str, Any]:
    """Every figure summed over the parts (the longest times: the longest)."""
    values: dict[str, Any] = {
        "agencies": tuple(sorted({a for p in parts for a in p.agencies})),
        "refused_by_ground": _sum_grounds(p.refused_by_ground for p in parts),
        "withheld_by_ground": _sum_grounds(p.withheld_by_ground for p in parts),
        "by_information_kind": _sum_kinds(parts),
    }
    for name in _int_fields():
        numbers = [getattr(p, name) for p in parts]
        values[name] = max(numbers) if name in _MAX_FIELDS else sum(numbers)
    return values


#: the stock at the end of a period (pending), as opposed to the flows within it
_PENDING_FIELDS = (
    "awaiting_completion",
    "pending_in_time",
    "pending_overdue",
    "pending_not_computable",
)


def _merge_periods(parts: Sequence[Statistics]) -> Statistics:
    ordered = sorted(parts, key=lambda p: p.period.start)
    _check_chain(ordered)
    values = _summed(ordered)
    values["period"] = ReportingPeriod(ordered[0].period.start, ordered[-1].period.end)
    values["carried_over"] = ordered[0].carried_over
    for name in _PENDING_FIELDS:
        values[name] = getattr(ordered[-1], name)
    values["by_month"] = _chain_months(ordered)
    return Statistics(**values)


def _check_chain(ordered: Sequence[Statistics]) -> None:
    """Adjacent periods of the same agencies, each carrying over what the last left pending."""
    agencies = ordered[0].agencies
    spans = ", ".join(f"{p.period.start}..{p.period.end}" for p in ordered)
    if any(p.agencies != agencies for p in ordered):
        raise StatisticsError(
            "period-mismatch",
            detail=f"periods differ ({spans}) and so do the agencies: parts of different "
            "periods merge only for the same agencies",
        )
    for before, after in pairwise(ordered):
        next_day = before.period.end + timedelta(days=1)
        if after.period.start != next_day:
            why = "overlap" if after.period.start < next_day else "leave a gap"
            raise StatisticsError(
                "period-mismatch",
                detail=f"periods {before.period.start}..{before.period.end} and "
                f"{after.period.start}..{after.period.end} {why}",
            )
        if after.carried_over != before.pending:
            raise StatisticsError(
                "carried-over-mismatch",
                detail=f"{after.period.start}..{after.period.end} carries over "
                f"{after.carried_over}, {before.period.start}..{before.period.end} left "
                f"{before.pending} pending",
            )


def _chain_months(ordered: Sequence[Statistics]) -> tuple[MonthFigures, ...]:
    """The months of adjacent periods, one after the other (a month cut by the boundary of
    two periods adds its two parts)."""
    out: list[MonthFigures] = []
    for p in ordered:
        for m in p.by_month:
            if out and out[-1].month == m.month:
                out[-1] = out[-1] + m
            else:
                out.append(m)
    return tuple(out)


def _sum_kinds(parts: Iterable[Statistics]) -> tuple[KindFigures, ...]:
    total: Counter[str] = Counter()
    for p in parts:
        for k in p.by_information_kind:
            total[k.kind] += k.received
    return tuple(KindFigures(k, total[k]) for k in sorted(total))


def _sum_grounds(items: Iterable[GroundCounts]) -> GroundCounts:
    total = GroundCounts()
    for g in items:
        total = total + g
    return total


def _sum_months(items: Sequence[MonthFigures]) -> MonthFigures:
    total = MonthFigures(items[0].month)
    for m in items:
        total = total + m
    return total


# --------------------------------------------------------------------------------------
# Computing the figures from a register.


_CHANNEL_KEYS = {
    Channel.AT_OFFICE: "received_at_office",
    Channel.ELECTRONIC: "received_electronic",
    Channel.POSTAL: "received_postal",
    Channel.FAX: "received_fax",
}
_PENDING_KEYS = {"pending": "pending_in_time", "overdue": "pending_overdue"}


def compute_statistics(
    register: Register | RegisterFold,
    period: ReportingPeriod,
    *,
    agency: str,
    complaints: Iterable[ComplaintRecord | dict[str, Any]] = (),
    use_numpy: bool | None = None,
) -> Statistics:
    """The figures of one agency's register over ``period``.

    ``register`` is a :class:`~tiepcan.register.book.Register` (folded here as of the last day of
    the period) or its fold as of that day. ``complaints`` are the complaints and lawsuits
    about its requests (art. 14), which the register does not record. ``use_numpy=None``
    counts on numpy columns when numpy is installed (extra ``batch``); the plain-Python
    count gives the same figures.
    """
    if not isinstance(period, ReportingPeriod):
        raise StatisticsError(detail=f"period: expected ReportingPeriod, got {echo(period)}")
    if not isinstance(agency, str) or not agency.strip():
        raise StatisticsError("invalid-agency", detail=f"the agency is named: {echo(agency)}")
    f = _fold_for(register, period)
    tally: Counter[str] = Counter()
    grounds: dict[str, Counter[str]] = {"refused": Counter(), "withheld": Counter()}
    months = [Counter[str]() for _ in period.months()]
    np = _numpy(use_numpy)
    if np is not None:
        _count_on_columns(np, f, period, tally, grounds, months)
    else:
        _count_requests(f, period, tally, grounds, months)
        _count_costs(f, period, tally)
    numbers = _count_register_complaints(f, period, tally)
    _count_complaints(complaints, period, tally, numbers)
    return Statistics(
        period=period,
        agencies=(agency.strip(),),
        by_information_kind=_count_kinds(f, period, np),
        refused_by_ground=GroundCounts(**{k: grounds["refused"][k] for k in _GROUND_KEYS}),
        withheld_by_ground=GroundCounts(**{k: grounds["withheld"][k] for k in _GROUND_KEYS}),
        by_month=tuple(MonthFigures(m, **c) for m, c in zip(period.months(), months, strict=True)),
        **{name: tally[name] for name in _int_fields()},
    )


def _fold_for(register: Register | RegisterFold, period: ReportingPeriod) -> RegisterFold:
    if isinstance(register, Register):
        return register.fold(period.end)
    if isinstance(register, RegisterFold):
        if register.as_of != period.end:
            raise StatisticsError(
                "fold-date-mismatch",
                detail=f"fold as of {register.as_of}, period ends {period.end}",
            )
        return register
    raise StatisticsError(
        detail=f"expected a Register or RegisterFold, got {type(register).__name__}"
    )


def _count_requests(
    f: RegisterFold,
    period: ReportingPeriod,
    tally: Counter[str],
    grounds: dict[str, Counter[str]],
    months: list[Counter[str]],
) -> None:
    """Each request in the period: received or carried over; settled or pending."""
    start, end = period.start, period.end
    count, first = _working_day_count()
    for i, e in enumerate(f.register):
        done = e.outcome_on
        if e.received_on > end or (done is not None and done < start):
            continue  # not yet received, or settled before the period
        if e.received_on < start:
            tally["carried_over"] += 1
        else:
            _count_receipt(e.received_via, e.complexity, f.encoded[i], tally)
            months[_month_index(e.received_on, start)]["received"] += 1
        if done is None or done > end:
            _count_pending(f.status[i], f.timeliness[i], tally)
            continue
        outcome = e.outcome
        assert outcome is not None
        tally[outcome.value] += 1
        if not outcome.answered:  # redirected (art. 26(3)) or withdrawn: no time limit judged
            continue
        month = months[_month_index(done, start)]
        which = "refused" if outcome is RegisterOutcome.REFUSED else "withheld"
        for g in e.refusal_grounds:
            grounds[which][g.value] += 1
        if outcome is RegisterOutcome.REFUSED:
            month["refused"] += 1
        _count_answer(e, f.timeliness[i], f.days_late[i], month, tally, count, first)


def _month_index(day: date, start: date) -> int:
    """The position of ``day``'s month among the months of a period starting on ``start``."""
    return (day.year - start.year) * 12 + day.month - start.month


def _count_receipt(
    via: Channel, complexity: Complexity, encoded: bool, tally: Counter[str]
) -> None:
    tally["received"] += 1
    tally[_CHANNEL_KEYS[via]] += 1
    tally["received_simple" if complexity is Complexity.SIMPLE else "received_complex"] += 1
    if not encoded:
        tally["received_not_computable"] += 1


def _count_pending(status: str, timeliness: str, tally: Counter[str]) -> None:
    if status == "awaiting_completion":
        tally["awaiting_completion"] += 1
    else:
        tally[_PENDING_KEYS.get(timeliness, "pending_not_computable")] += 1


def _count_answer(
    e: Any,
    timeliness: str,
    days_late: int | None,
    month: Counter[str],
    tally: Counter[str],
    count: list[int],
    first: int,
) -> None:
    """An answer (provided, in part, refused): on time or late, and how long it took."""
    if timeliness not in ("on_time", "late"):
        tally["answered_not_computable"] += 1
        return
    tally["answered_" + timeliness] += 1
    month["answered_" + timeliness] += 1
    if timeliness == "late":
        late = days_late or 0
        tally["late_days_total"] += late
        tally["late_days_max"] = max(tally["late_days_max"], late)
    valid_from = e.received_on if e.valid else e.valid_on
    # working days after the day of validity up to the answer (an answer dated before
    # validity, which the register should not hold, counts as 0 days)
    days = max(0, count[e.outcome_on.toordinal() - first] - count[valid_from.toordinal() - first])
    tally["answer_days_total"] += days
    tally["answer_days_count"] += 1
    tally["answer_days_max"] = max(tally["answer_days_max"], days)


def _working_day_count() -> tuple[list[int], int]:
    """The calendar's cumulative working-day count (the table of :mod:`tiepcan.foundation.workdays`)."""
    from tiepcan.foundation.workdays import _table

    t = _table()
    return t.count, t.first


def _count_costs(f: RegisterFold, period: ReportingPeriod, tally: Counter[str]) -> None:
    """Costs notified and collected (art. 27), on the day of the notice and of the payment."""
    start, end = period.start, period.end
    for e in f.register:
        if e.costs_notified_on is not None and start <= e.costs_notified_on <= end:
            tally["costs_notified_count"] += 1
            tally["costs_notified_total"] += e.costs_notified or 0
        if e.costs_paid_on is not None and start <= e.costs_paid_on <= end:
            tally["costs_paid_count"] += 1
            tally["costs_paid_total"] += e.costs_paid or 0


# --------------------------------------------------------------------------------------
# The same counts on numpy columns: one column per field, then whole-column arithmetic.


def _numpy(use_numpy: bool | None) -> Any:
    from tiepcan.register.batch import numpy_module

    return numpy_module(use_numpy)


#: 0: no outcome yet; then the outcomes in their order
_OUTCOME_CODES: dict[RegisterOutcome, int] = {o: k for k, o in enumerate(RegisterOutcome, 1)}
_VIA_KEYS = tuple(_CHANNEL_KEYS[c] for c in Channel)
_VIA_CODES = {c: k for k, c in enumerate(Channel)}
_SIMPLE = {Complexity.SIMPLE: 1, Complexity.COMPLEX: 0}
_BOOL = {False: 0, True: 1}
_EPOCH = date(1970, 1, 1).toordinal()


def _count_on_columns(
    np: Any,
    f: RegisterFold,
    period: ReportingPeriod,
    tally: Counter[str],
    grounds: dict[str, Counter[str]],
    months: list[Counter[str]],
) -> None:
    """:func:`_count_requests` and :func:`_count_costs` on whole columns (same figures): the
    register's own columns (:meth:`tiepcan.register.book.Register.column`) and the fold's codes,
    without a row object."""
    col = f.register.column
    recv = _np_days(np, col("received_on"))
    done = _np_days(np, col("outcome_on"))
    outcome = _np_codes(np, col("outcome"), _OUTCOME_CODES, none=0)
    start, end = period.start.toordinal(), period.end.toordinal()
    in_period = (recv <= end) & ~((done > 0) & (done < start))
    received = in_period & (recv >= start)
    settled = in_period & (done > 0) & (done <= end)
    tally["carried_over"] = int((in_period & (recv < start)).sum())
    _count_receipts_on_columns(np, f, received, recv, period, tally, months)
    by_outcome = np.bincount(outcome[settled], minlength=len(_OUTCOME_CODES) + 1)
    for o in RegisterOutcome:
        tally[o.value] = int(by_outcome[_OUTCOME_CODES[o]])
    _count_pending_on_columns(np, f, in_period & ~settled, tally)
    answers = settled & np.isin(outcome, [_OUTCOME_CODES[o] for o in RegisterOutcome if o.answered])
    _count_answers_on_columns(np, f, answers, recv, done, outcome, period, tally, months)
    _count_grounds_on_columns(np, f, answers, outcome, grounds)
    _count_costs_on_columns(np, f, start, end, tally)


def _count_grounds_on_columns(
    np: Any, f: RegisterFold, answers: Any, outcome: Any, grounds: dict[str, Counter[str]]
) -> None:
    """The grounds of each answer: of a refusal (art. 28(1)), or withheld from a provision
    in part."""
    column = f.register.column("refusal_grounds")
    if isinstance(column, Same) and column.value == ():
        return
    refused = _OUTCOME_CODES[RegisterOutcome.REFUSED]
    for i in np.flatnonzero(answers).tolist():
        which = "refused" if outcome[i] == refused else "withheld"
        for g in column[i]:
            grounds[which][g.value] += 1


def _month_of(np: Any, ordinals: Any, period: ReportingPeriod) -> Any:
    """Each day's month as its position among the months of the period."""
    months = (ordinals - _EPOCH).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    first = (period.start.year - 1970) * 12 + period.start.month - 1
    return months - first


def _add_by_month(
    np: Any,
    key: str,
    where: Any,
    ordinals: Any,
    period: ReportingPeriod,
    months: list[Counter[str]],
) -> None:
    counts = np.bincount(_month_of(np, ordinals[where], period), minlength=len(months))
    for m, c in zip(months, counts.tolist(), strict=True):
        m[key] += c


def _count_receipts_on_columns(
    np: Any,
    f: RegisterFold,
    received: Any,
    recv: Any,
    period: ReportingPeriod,
    tally: Counter[str],
    months: list[Counter[str]],
) -> None:
    col = f.register.column
    via = _np_codes(np, col("received_via"), _VIA_CODES)
    simple = _np_codes(np, col("complexity"), _SIMPLE) == 1
    encoded = np.asarray(f.codes("encoded"), dtype=bool)
    tally["received"] = int(received.sum())
    for key, c in zip(_VIA_KEYS, np.bincount(via[received], minlength=4).tolist(), strict=True):
        tally[key] = c
    tally["received_simple"] = int((received & simple).sum())
    tally["received_complex"] = int((received & ~simple).sum())
    tally["received_not_computable"] = int((received & ~encoded).sum())
    _add_by_month(np, "received", received, recv, period, months)


def _count_pending_on_columns(np: Any, f: RegisterFold, pending: Any, tally: Counter[str]) -> None:
    status = np.asarray(f.codes("status"))
    timeliness = np.asarray(f.codes("timeliness"))
    awaiting = status == _STATUS["awaiting_completion"]
    tally["awaiting_completion"] = int((pending & awaiting).sum())
    rest = pending & ~awaiting
    in_time = rest & (timeliness == _TIMELINESS["pending"])
    overdue = rest & (timeliness == _TIMELINESS["overdue"])
    tally["pending_in_time"] = int(in_time.sum())
    tally["pending_overdue"] = int(overdue.sum())
    tally["pending_not_computable"] = int((rest & ~in_time & ~overdue).sum())


def _count_answers_on_columns(
    np: Any,
    f: RegisterFold,
    answers: Any,
    recv: Any,
    done: Any,
    outcome: Any,
    period: ReportingPeriod,
    tally: Counter[str],
    months: list[Counter[str]],
) -> None:
    col = f.register.column
    timeliness = np.asarray(f.codes("timeliness"))
    on_time = answers & (timeliness == _TIMELINESS["on_time"])
    late = answers & (timeliness == _TIMELINESS["late"])
    timed = on_time | late
    tally["answered_on_time"], tally["answered_late"] = int(on_time.sum()), int(late.sum())
    tally["answered_not_computable"] = int((answers & ~timed).sum())
    days_late = np.maximum(np.asarray(f.codes("days_late"), dtype=np.int64)[late], 0)
    tally["late_days_total"] = int(days_late.sum())
    tally["late_days_max"] = int(days_late.max()) if days_late.size else 0
    valid = _np_codes(np, col("valid"), _BOOL) == 1
    valid_on = _np_days(np, col("valid_on"))
    valid_from = np.where(valid | (valid_on == 0), recv, valid_on)
    count, first = _working_day_count()
    counts = np.asarray(count, dtype=np.int64)
    days = np.maximum(0, counts[done[timed] - first] - counts[valid_from[timed] - first])
    tally["answer_days_total"], tally["answer_days_count"] = int(days.sum()), int(days.size)
    tally["answer_days_max"] = int(days.max()) if days.size else 0
    _add_by_month(np, "answered_on_time", on_time, done, period, months)
    _add_by_month(np, "answered_late", late, done, period, months)
    refused = answers & (outcome == _OUTCOME_CODES[RegisterOutcome.REFUSED])
    _add_by_month(np, "refused", refused, done, period, months)


def _count_costs_on_columns(
    np: Any, f: RegisterFold, start: int, end: int, tally: Counter[str]
) -> None:
    col = f.register.column
    for on, amount, key in (
        ("costs_notified_on", "costs_notified", "costs_notified"),
        ("costs_paid_on", "costs_paid", "costs_paid"),
    ):
        days = _np_days(np, col(on))
        inside = (days >= start) & (days <= end)
        tally[f"{key}_count"] = int(inside.sum())
        money = _np_money(np, col(amount))
        if money is not None:
            tally[f"{key}_total"] = int(money[inside].sum())
        else:  # an amount beyond int64: summed exactly in Python
            amounts = col(amount)
            tally[f"{key}_total"] = sum(amounts[i] or 0 for i in np.flatnonzero(inside).tolist())


def _count_kinds(
    f: RegisterFold, period: ReportingPeriod, np: Any = None
) -> tuple[KindFigures, ...]:
    """Requests received in the period, by the register's kind of information."""
    start, end = period.start, period.end
    received, kinds = f.register.column("received_on"), f.register.column("information_kind")
    counts: Counter[str] = Counter()
    if np is not None:
        recv = _np_days(np, received)
        inside = np.flatnonzero((recv >= start.toordinal()) & (recv <= end.toordinal()))
        if isinstance(kinds, Same):
            counts[kinds.value or UNCLASSIFIED] = len(inside)
        else:
            counts.update(kinds[i] or UNCLASSIFIED for i in inside.tolist())
    else:
        counts.update(
            k or UNCLASSIFIED for d, k in zip(received, kinds, strict=True) if start <= d <= end
        )
    return tuple(KindFigures(k, counts[k]) for k in sorted(counts) if counts[k])


def _count_register_complaints(
    f: RegisterFold, period: ReportingPeriod, tally: Counter[str]
) -> set[str]:
    """Complaints, lawsuits (art. 14) and requests to correct (art. 32(2)) the register
    records against their request, dated in the period; the numbers of the requests whose
    row records a complaint."""
    start, end = period.start, period.end
    col = f.register.column
    numbers = set()
    for i in _rows_with_any(f.register, "correction_requested_on", "complaint_filed_on"):
        asked, answered = col("correction_requested_on")[i], col("correction_answered_on")[i]
        if asked is not None and start <= asked <= end:
            tally["corrections_requested"] += 1
        if answered is not None and start <= answered <= end:
            tally["corrections_answered"] += 1
        filed = col("complaint_filed_on")[i]
        if filed is None:
            continue
        numbers.add(col("number")[i])
        route = col("complaint_route")[i]
        kind = "lawsuits" if route is ComplaintRoute.LAWSUIT else "complaints"
        if start <= filed <= end:
            tally[f"{kind}_filed"] += 1
        resolved = col("complaint_resolved_on")[i]
        if resolved is not None and start <= resolved <= end:
            tally[f"{kind}_resolved"] += 1
    return numbers


def _rows_with_any(register: Register, *names: str) -> list[int]:
    """The rows where any of the columns ``names`` holds a value (not None)."""
    found: set[int] = set()
    for name in names:
        column = register.column(name)
        if isinstance(column, Same):
            if column.value is not None:
                return list(range(len(register)))
            continue
        found.update(i for i, none in enumerate(column.nones()) if not none)
    return sorted(found)


def _count_complaints(
    records: Iterable[ComplaintRecord | dict[str, Any]],
    period: ReportingPeriod,
    tally: Counter[str],
    recorded: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    """Complaints and lawsuits filed and resolved in the period (art. 14), from records kept
    apart from the register; a record about a request whose row records its complaint is
    that complaint, counted once."""
    try:
        items = list(records)
    except TypeError:
        raise StatisticsError(detail="complaints: expected a sequence of records") from None
    for raw in items:
        r = validate_input(ComplaintRecord, raw, what="ComplaintRecord")
        if r.request_number in recorded:
            continue
        kind = "complaints" if r.route is ComplaintRoute.COMPLAINT else "lawsuits"
        if period.start <= r.filed_on <= period.end:
            tally[f"{kind}_filed"] += 1
        if r.resolved_on is not None and period.start <= r.resolved_on <= period.end:
            tally[f"{kind}_resolved"] += 1
