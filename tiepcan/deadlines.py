"""Thời hạn cung cấp thông tin — statutory time limits, counted and explained.

Implements the time limits of Law 104/2016/QH13 (requests governed by it, to 2026-08-31):

* provision on request: art. 29 (at the office), art. 30 (electronically), art. 31 (by post or
  fax), each with its notice of the time limit and its extension;
* correcting information provided on request: art. 32(1), 32(2) and the commune People's
  Committee chain of art. 32(3);
* disclosure: art. 18(4) (disclose within 5 working days of creation), art. 21(2) (post for at
  least 30 days), art. 22(4) (answer a complaint about inaccurate disclosed information within
  15 days).

and of Law 01/2026/QH16, in force from 2026-09-01 (``data/ati-2026/``):

* provision on request: art. 26(3), one limit for every channel of art. 24(1) (at the agency,
  by post, over the Internet; no fax: ``channel-not-in-law``) and every request: at the latest
  12 days, extension at most 12 days notified within the limit ("ngày" read as calendar days,
  interpretation ``days-are-calendar-days``; complexity recorded, not used);
* art. 18(4) 5 working days; art. 21(2) at least 30 days; art. 22(4) 10 days; art. 28(1)
  5 working days from discovery; art. 28(2) 10 days; art. 31(3) 6 months (Civil Code art.
  148(3)).

The limits are each ruleset's data (``time_limits.toml``); the ruleset that answers a request
is chosen by :func:`tiepcan.foundation.regimes.governing_regime`: the law in force on the day received,
unless the request was ``sent`` before 2026-09-01 (Law 01/2026/QH16 art. 31(4) keeps it under
Law 104/2016), or the one the caller names. Counting follows the Civil Code 2015 (91/2015/QH13),
which the access-to-information texts do not displace:

* art. 147(3): the day of the triggering event is not counted; counting starts the next day;
* "N ngày làm việc": only working days of state agencies count (:mod:`tiepcan.foundation.workdays`);
* "N ngày": calendar days; when the last day is a weekly rest day or a holiday the period ends
  at the end of the next working day (art. 148(5));
* art. 148(1), (6): a period ends at 24:00 of its last day.

**How the request came in is not how the information is provided.** Arts. 29–31 are headed by
the way a request is dealt with; ``response_deadline``'s second argument is the form of
provision (hình thức cung cấp) and ``received_via`` is how the request arrived (it defaults to
the same). Where the two differ the library names its reading (registry of interpretations,
``data/ati-2016/interpretations/deadlines.toml``): the procedure follows the form of
provision (``procedure-follows-provision-form``); "cung cấp ngay" of art. 29(1) presumes the
requester is at the office ("được trực tiếp đọc, xem, nghe…"), so a simple request that
arrived by post, e-mail or fax asking to read the documents at the office gets the time limit
of the way it arrived (``remote-request-simple-at-office``), and a complex one keeps the
notice of the time limit of arts. 30(4)/31(2) (``remote-request-complex-notice``); an
immediate answer is due on a working day (``immediate-on-working-day``).

Other open points are named too: receipt outside working days or hours
(:class:`ReceiptPolicy`, default the Civil Code reading), and the extension, which runs on
from the original due date (the law requires the extension notice "trong thời hạn cung cấp
thông tin", i.e. by the original due date).

A naive ``datetime`` is Vietnam time; an aware one is converted to UTC+7 before its date and
hour are read (agency systems store UTC).

Results are light: the trace of a count is computed when asked for (``d.trace``,
``d.explain()``), not on every call.

>>> from datetime import date
>>> d = response_deadline(date(2024, 2, 7), "electronic", "complex")
>>> d.due, d.notice_due                      # Tết 8–14/2/2024 is skipped
(datetime.date(2024, 3, 6), datetime.date(2024, 2, 19))
>>> response_deadline(date(2024, 2, 7), "electronic", "complex", extended=True).due
datetime.date(2024, 3, 21)
>>> [c.label for c in d.citations][:1]
['Điều 30 khoản 4 Luật Tiếp cận thông tin số 104/2016/QH13']
>>> time_limit("disclosure.publish", date(2026, 1, 9)).due    # Sat 10/1/2026 is worked
datetime.date(2026, 1, 15)
>>> response_deadline(date(2026, 9, 3), "postal", "complex").due          # 01/2026 art. 26(3)
datetime.date(2026, 9, 15)
>>> late = response_deadline(date(2026, 9, 3), "postal", "complex", sent=date(2026, 8, 28))
>>> late.regime, late.chosen_by.value, late.due                          # art. 31(4)
('ati-2016', 'transition', datetime.date(2026, 9, 24))
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import BilingualStrEnum, Lang, Result, Text, check_lang, echo
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError, RegimeNotEncodedError
from tiepcan.foundation.regimes import (
    RegimeChoice,
    RegimeLike,
    Ruleset,
    choose_ruleset,
    regime_for,
    resolve_regime,
    ruleset,
)
from tiepcan.foundation.terms import Channel, Complexity
from tiepcan.foundation.workdays import (
    WORKING_WEEK,
    CalendarDay,
    DayKind,
    add_working_days,
    check_in_calendar,
    is_working_day,
    provisional_note,
    provisional_years,
    roll_forward,
    span_days,
    to_vietnam_time,
    working_days_between,
)
from tiepcan.foundation.workdays import _as_date as _to_date

#: the sentences of a deadline's explanation (tiepcan/texts/deadlines.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.deadlines")

__all__ = [
    "Bound",
    "Deadline",
    "Period",
    "PeriodUnit",
    "ReceiptPolicy",
    "StepKind",
    "TimeLimit",
    "TraceStep",
    "add_working_days",
    "is_working_day",
    "response_deadline",
    "time_limit",
    "time_limits",
    "working_days_between",
]


class PeriodUnit(BilingualStrEnum):
    """How the law counts a period."""

    WORKING_DAYS = ("working_days", "ngày làm việc", "working days")
    DAYS = ("days", "ngày", "days (calendar)")
    MONTHS = ("months", "tháng", "months")
    IMMEDIATE = ("immediate", "ngay", "immediately")


class Bound(BilingualStrEnum):
    """Whether the limit is a latest date or a minimum duration."""

    MAX = ("max", "chậm nhất", "at the latest")
    MIN = ("min", "ít nhất", "at least")


class ReceiptPolicy(BilingualStrEnum):
    """When a request received outside working days or hours counts as received.

    The access-to-information texts say nothing on this. ``CIVIL_CODE`` (the default) reads
    the Civil Code literally: the receipt is the event, its day is not counted whatever day
    or hour it is (art. 147(3)). ``NEXT_WORKING_DAY`` follows sector rules for electronic
    filings (e.g. Thông tư 87/2021/TT-BTC art. 10): a request received on a day off, or on a
    working day at or after the office's closing time, counts as received on the next working
    day. Neither is settled law; choose one with counsel and record it.
    """

    CIVIL_CODE = (
        "civil_code",
        "Tính từ ngày tiếp theo ngày nhận yêu cầu, bất kể ngày, giờ nhận (Điều 147 BLDS 2015)",
        "count from the day after receipt, whatever the day or hour (Civil Code art. 147)",
    )
    NEXT_WORKING_DAY = (
        "next_working_day",
        "Yêu cầu nhận vào ngày nghỉ hoặc sau giờ làm việc được coi là nhận vào ngày làm việc tiếp theo",
        "a request received on a day off or after office hours counts as received the next working day",
    )


class StepKind(BilingualStrEnum):
    """What a line of a trace records."""

    RULE = ("rule", "Quy định áp dụng", "rule applied")
    REGIME = ("regime", "Văn bản áp dụng", "legal regime")
    RECEIPT = ("receipt", "Ngày nhận", "receipt")
    START = ("start", "Bắt đầu tính", "counting starts")
    SKIP = ("skip", "Không tính", "not counted")
    COUNT = ("count", "Được tính", "counted")
    ROLL = ("roll", "Lùi sang ngày làm việc", "moved to a working day")
    END = ("end", "Kết thúc thời hạn", "end of the period")
    NOTE = ("note", "Lưu ý", "note")


@dataclass(frozen=True, slots=True)
class TimeLimit(Result):
    """One time limit of the regime, as declared in its ``time_limits.toml``."""

    id: str
    citation: Citation
    length: int
    unit: PeriodUnit
    bound: Bound
    trigger: Text
    duty: Text
    #: the limit an extension runs on from
    extends: str | None = None
    #: the ids of the interpretations a result counted under this limit applies
    interpretations: tuple[str, ...] = ()

    def _check(self) -> None:
        immediate = self.unit is PeriodUnit.IMMEDIATE
        if self.length < 0 or immediate != (self.length == 0):
            raise _inconsistent(f"TimeLimit {self.id}: length {self.length} {self.unit.value}")


@dataclass(frozen=True, slots=True)
class TraceStep(Result):
    """One line of an explanation: what was applied or skipped, on which day, and why."""

    kind: StepKind
    text: Text
    on: date | None = None
    citations: tuple[Citation, ...] = ()
    instruments: tuple[str, ...] = ()

    def render(self, lang: Lang = "vi") -> str:
        vi = check_lang(lang) == "vi"
        day = ""
        if self.on is not None:
            day = (f"{self.on:%d/%m/%Y}" if vi else self.on.isoformat()) + ": "
        refs = [c.label_in(lang) for c in self.citations] + list(self.instruments)
        return f"{day}{self.text.in_(lang)}" + (f" [{'; '.join(refs)}]" if refs else "")


class _Explained(Result):
    """A result whose trace is derived from its inputs on demand and then kept.

    ``_rules`` is the ruleset the result was computed under (unset when loaded from JSON: the
    regime is then looked up by its id); ``_trace`` is the trace once asked for. Neither is a
    field: they are not compared, hashed or serialised.
    """

    __slots__ = ("_rules", "_trace")

    def _remember(self, rules: Ruleset, explicit: bool) -> None:
        object.__setattr__(self, "_rules", (rules, explicit))

    @property
    def trace(self) -> tuple[TraceStep, ...]:
        """Each rule applied with its citation, each day skipped with its reason."""
        trace: tuple[TraceStep, ...] | None = getattr(self, "_trace", None)
        if trace is None:
            trace = self._retrace(getattr(self, "_rules", None))
            object.__setattr__(self, "_trace", trace)
        return trace

    def _retrace(self, inputs: tuple[Ruleset, bool] | None) -> tuple[TraceStep, ...]:
        raise NotImplementedError

    def explain(self, lang: Lang = "vi") -> str:
        """The trace as readable lines, then the interpretations applied, in ``lang``."""
        check_lang(lang)
        lines = [step.render(lang) for step in self.trace]
        ids: tuple[str, ...] = getattr(self, "interpretations", ())
        if ids:
            from tiepcan.foundation.interpretations import interpretation

            inputs = getattr(self, "_rules", None)
            rules = inputs[0] if inputs else ruleset(getattr(self, "regime"))  # noqa: B009
            lines.append(say(TEXTS, "interpretations.head").in_(lang))
            lines += [f"- {interpretation(i, rules).choice.in_(lang)} [{i}]" for i in ids]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Period(_Explained):
    """A counted time limit: when it starts, when it ends (the trace on demand)."""

    limit_id: str
    start: date
    due: date
    regime: str
    provisional: bool
    citations: tuple[Citation, ...]
    provisional_years: tuple[int, ...] = ()
    user_supplied: bool = False

    def _retrace(self, inputs: tuple[Ruleset, bool] | None) -> tuple[TraceStep, ...]:
        rules, explicit = inputs if inputs else _read_back(self.regime, self.start)
        steps: list[TraceStep] = []
        _time_limit(self.limit_id, self.start, rules, explicit, steps)
        return tuple(steps)

    def _check(self) -> None:
        if self.due < self.start or self.provisional != bool(self.provisional_years):
            raise _inconsistent(f"Period {self.limit_id}: {self.start} → {self.due}")


@dataclass(frozen=True, slots=True)
class Deadline(_Explained):
    """The time limits for answering one request for information (Law 104/2016 arts. 29–31;
    Law 01/2026/QH16 art. 26(3)), with the day it was sent and what chose its law."""

    received: date
    #: the hour of receipt in Vietnam time, when it was given
    received_at: time | None
    #: how the request came in (art. 24(1))
    received_via: Channel
    #: how the information is to be provided (the form of provision; arts. 29–31)
    provision: Channel
    complexity: Complexity
    receipt_policy: ReceiptPolicy
    office_closes_at: time
    effective_receipt: date
    regime: str
    immediate: bool
    #: the last day to provide the information or refuse in writing (extended if asked)
    due: date
    #: the original due date, before any extension
    original_due: date
    #: the last day to notify the time limit in writing (complex requests, arts. 30(4), 31(2))
    notice_due: date | None
    extended: bool
    extension_length: int | None
    #: the last day to send the written extension notice (within the original time limit)
    extension_notice_due: date | None
    provisional: bool
    crosses_regime_change: bool
    citations: tuple[Citation, ...]
    #: the ids of the interpretations applied (tiepcan.foundation.interpretations)
    interpretations: tuple[str, ...] = ()
    provisional_years: tuple[int, ...] = ()
    user_supplied: bool = False
    #: the day the request was sent ("được gửi"), when given (Law 01/2026/QH16 art. 31(4))
    sent: date | None = None
    #: which rule chose the regime: in force on the day received, a transitional provision
    #: (a request sent before the new law took effect), or the caller
    chosen_by: RegimeChoice = RegimeChoice.IN_FORCE

    def _retrace(self, inputs: tuple[Ruleset, bool] | None) -> tuple[TraceStep, ...]:
        rules = inputs[0] if inputs else ruleset(self.regime)
        received: date | datetime = self.received
        if self.received_at is not None:
            received = datetime.combine(self.received, self.received_at)
        request = _Request(
            received, self.received_via, self.provision, self.complexity, self.receipt_policy,
            self.office_closes_at, self.extended, self.extension_length, self.sent,
        )  # fmt: skip
        cited = None
        if self.chosen_by is RegimeChoice.TRANSITION:  # the same data chooses the same rule
            cited = choose_ruleset(self.received, sent=self.sent)[2]
        steps: list[TraceStep] = []
        _response(request, _Chosen(rules, self.chosen_by, cited), steps)
        return tuple(steps)

    def _check(self) -> None:
        ordered = self.received <= self.effective_receipt <= self.original_due <= self.due
        extension = self.extended == (self.extension_length is not None) and (
            self.extension_length is None or self.extension_length >= 1
        )
        notice = self.notice_due is None or self.effective_receipt <= self.notice_due <= self.due
        ext_notice = self.extension_notice_due == (self.original_due if self.extended else None)
        provisional = self.provisional == bool(self.provisional_years)
        sent = self.sent is None or self.sent <= self.received
        if not (ordered and extension and notice and ext_notice and provisional and sent):
            raise _inconsistent(
                f"Deadline received {self.received}, effective {self.effective_receipt}, "
                f"original due {self.original_due}, due {self.due}, extended {self.extended}"
            )


def _inconsistent(detail: str) -> InvalidInputError:
    return InvalidInputError(
        "inconsistent-result", detail=f"the result is not consistent with itself: {detail}"
    )


# --------------------------------------------------------------------------------------
# The declared limits, read from the ruleset.


def _build_limits(rules: Ruleset) -> dict[str, TimeLimit]:
    out: dict[str, TimeLimit] = {}
    for raw in rules.data("time_limits.toml")["limit"]:
        limit = TimeLimit(
            id=raw["id"],
            citation=Citation.parse(raw["citation"]),
            length=raw["length"],
            unit=PeriodUnit(raw["unit"]),
            bound=Bound(raw["bound"]),
            trigger=Text(raw["trigger_vi"], raw["trigger_en"]),
            duty=Text(raw["duty_vi"], raw["duty_en"]),
            extends=raw.get("extends"),
            interpretations=tuple(raw.get("interpretations", ())),
        )
        out[limit.id] = limit
    return out


def _limits(rules: Ruleset) -> dict[str, TimeLimit]:
    limits: dict[str, TimeLimit] = rules.cached("time_limits", _build_limits)
    return limits


def time_limits(*, regime: RegimeLike) -> dict[str, TimeLimit]:
    """Every time limit of a regime, by id (``"electronic.complex"``, ``"disclosure.publish"``)."""
    return dict(_limits(ruleset(regime)))


#: the ids of tiepcan 0.1 (Law 104/2016's article and clause), removed in 0.3.0: refused with
#: the error ``unknown-time-limit``, whose detail names the id to write instead
_FORMER_IDS = {
    "art18.4": "disclosure.publish",
    "art21.2": "disclosure.posting_minimum",
    "art22.4": "disclosure.inaccuracy_answer",
    "art29.1": "at_office.simple",
    "art29.2": "at_office.complex",
    "art29.2.extension": "at_office.complex.extension",
    "art30.3": "electronic.simple",
    "art30.4.notice": "electronic.complex.notice",
    "art30.4": "electronic.complex",
    "art30.4.extension": "electronic.complex.extension",
    "art31.1": "postal_fax.simple",
    "art31.2.notice": "postal_fax.complex.notice",
    "art31.2": "postal_fax.complex",
    "art31.2.extension": "postal_fax.complex.extension",
    "art32.1": "correction.on_discovery",
    "art32.2": "correction.on_request",
    "art32.3.referral": "correction.commune_referral",
    "art32.3.answer": "correction.creator_answer",
    "art32.3.correction": "correction.commune_correction",
}


def _limit(rules: Ruleset, limit_id: object) -> TimeLimit:
    limits = _limits(rules)
    if isinstance(limit_id, str) and limit_id in limits:
        return limits[limit_id]
    detail = f"limit_id={echo(limit_id)}; "
    if isinstance(limit_id, str) and limit_id in _FORMER_IDS:
        new = _FORMER_IDS[limit_id]
        where = "" if new in limits else " (a time limit of ati-2016)"
        detail += f"{limit_id} is now {new}{where}; "
    raise InvalidInputError("unknown-time-limit", detail=f"{detail}known: {', '.join(limits)}")


# --------------------------------------------------------------------------------------
# Counting. ``steps`` is None when no trace is asked for: nothing is built then.

# built directly (no text lookup at import); the test of every citation checks they resolve
_ART_147_3 = Citation("91/2015/QH13", 147, 3)
_ART_148_1 = Citation("91/2015/QH13", 148, 1)
_ART_148_3 = Citation("91/2015/QH13", 148, 3)
_ART_148_5 = Citation("91/2015/QH13", 148, 5)
_ART_148_6 = Citation("91/2015/QH13", 148, 6)


def _day_step(day: CalendarDay, counted: bool) -> TraceStep:
    if counted:
        text = say(TEXTS, "day.counted", day=day)  # a day's own labels, in each language
        kind = StepKind.COUNT
    elif day.kind is DayKind.WEEKEND:
        text = say(TEXTS, "day.weekend", day=day)
        kind = StepKind.SKIP
    else:
        text = Text(
            f"{day.weekday_vi}, {day.name_vi}: {day.kind.label_vi.lower()}",
            f"{day.weekday_en}, {day.name_en}: {day.kind.label_en}",
        )
        kind = StepKind.SKIP
    return TraceStep(kind, text, day.day, day.basis, day.instruments)


def _count(
    start: date, length: int, unit: PeriodUnit, steps: list[TraceStep] | None
) -> tuple[date, tuple[Citation, ...]]:
    """Count ``length`` units after ``start``: the last day, and the Civil Code rules used."""
    used: tuple[Citation, ...]
    if unit is PeriodUnit.WORKING_DAYS:
        due = add_working_days(start, length)
        used = (_ART_147_3, _ART_148_1, _ART_148_6)
    else:
        last = _last_day(start, length, unit)
        due = roll_forward(last)  # Civil Code art. 148(5)
        if due == last:
            used = (_ART_147_3, _ends(unit), _ART_148_6)
        elif unit is PeriodUnit.MONTHS:  # the month's corresponding day, then rolled
            used = (_ART_147_3, _ART_148_3, _ART_148_5, _ART_148_6)
        else:
            used = (_ART_147_3, _ART_148_5, _ART_148_6)
    if steps is not None:
        _count_steps(start, length, unit, due, steps)
    return due, used


def _ends(unit: PeriodUnit) -> Citation:
    """Civil Code art. 148: the clause on where a period in ``unit`` ends."""
    return _ART_148_3 if unit is PeriodUnit.MONTHS else _ART_148_1


def _last_day(start: date, length: int, unit: PeriodUnit) -> date:
    """The last day of a period in calendar days, or in months (Civil Code art. 148(3): the
    corresponding day of the last month, or that month's last day if it has none)."""
    if unit is not PeriodUnit.MONTHS:
        return start + timedelta(days=length)
    months = start.month - 1 + length
    year, month = start.year + months // 12, months % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has a 28th")  # pragma: no cover


def _count_steps(
    start: date, length: int, unit: PeriodUnit, due: date, steps: list[TraceStep]
) -> None:
    steps.append(
        TraceStep(
            StepKind.START,
            say(TEXTS, "count.start"),
            start + timedelta(days=1),
            (_ART_147_3,),
        )
    )
    if unit is PeriodUnit.WORKING_DAYS:
        steps.extend(_day_step(day, counted=day.working) for day in span_days(start, due))
        end = say(TEXTS, "count.end.working_days", length=length)
        steps.append(TraceStep(StepKind.END, end, due, (WORKING_WEEK, _ART_148_1, _ART_148_6)))
        return
    last = _last_day(start, length, unit)
    if due != last:
        roll = say(TEXTS, "count.roll", length=length)
        if unit is PeriodUnit.MONTHS:
            roll = say(TEXTS, "count.roll.months")
        steps.append(TraceStep(StepKind.ROLL, roll, last, (_ART_148_5,)))
        skipped = span_days(last - timedelta(days=1), due - timedelta(days=1))
        steps.extend(_day_step(day, counted=False) for day in skipped)
    singular = unit.label_en.removesuffix(" (calendar)").removesuffix("s")
    end = say(TEXTS, "count.end", length=length, unit=Text(unit.label_vi, singular))
    cites = (_ends(unit), _ART_148_6) if due == last else (_ART_148_5, _ART_148_6)
    steps.append(TraceStep(StepKind.END, end, due, cites))


def _rule_step(limit: TimeLimit, start: date, length: int | None = None) -> TraceStep:
    n = limit.length if length is None else length
    text = say(
        TEXTS,
        "rule.limit",
        duty=limit.duty,
        bound=limit.bound.text,
        length=n,
        unit=limit.unit.text,
        trigger=limit.trigger,
    )
    return TraceStep(StepKind.RULE, text, start, (limit.citation,))


def _read_back(regime: str, day: date) -> tuple[Ruleset, bool]:
    """The inputs of a result read back from JSON: its ruleset, and whether its regime was
    chosen by the caller, which the JSON does not say. The regime in force on ``day`` is
    explained as such, whoever chose it; any other was chosen."""
    try:
        explicit = regime_for(day).id != regime
    except RegimeNotEncodedError:
        explicit = True
    return ruleset(regime), explicit


def _regime_step(
    rules: Ruleset, explicit: bool, transition: tuple[date | None, Citation] | None = None
) -> TraceStep:
    """The line naming the rules applied and what chose them (``transition``: the day the
    request was sent and the transitional provision that kept the earlier law)."""
    regime = rules.regime
    cited: tuple[Citation, ...] = ()
    if transition is not None:
        sent, cite = transition
        if sent is None:
            how = say(TEXTS, "regime.sent_before.undated")
        else:
            how = say(TEXTS, "regime.sent_before", sent=sent)
        cited = (cite,)
    elif explicit:
        how = say(TEXTS, "regime.caller")
    else:
        how = say(TEXTS, "regime.in_force")
    extra = say(TEXTS, "regime.user_supplied") if rules.user_supplied else Text("", "")
    return TraceStep(
        StepKind.REGIME,
        Text(f"{regime.name_vi} ({how.vi}{extra.vi})", f"{regime.name_en} ({how.en}{extra.en})"),
        None,
        cited,
    )


def _closing_steps(
    rules: Ruleset,
    start: date,
    due: date,
    years: tuple[int, ...],
    steps: list[TraceStep],
    *,
    request: bool = False,
) -> None:
    """The notes that close a trace: provisional years; a period that runs past the last day of
    its regime (for a request, with the later law's transitional provision that keeps it)."""
    if years:
        listed = ", ".join(str(y) for y in years)
        why = Text(provisional_note("vi"), provisional_note("en"))
        note = say(TEXTS, "note.provisional", years=listed, note=why)
        steps.append(TraceStep(StepKind.NOTE, note))
    if _crosses(rules, start, due):
        until = rules.regime.in_force_until
        assert until is not None
        after = until + timedelta(days=1)
        note = say(
            TEXTS,
            "note.crosses_regime_change",
            after=after,
            instrument=rules.regime.instruments[0],
        )
        cited = _successor_transition(rules, after) if request else ()
        steps.append(TraceStep(StepKind.NOTE, note, after, cited))


def _crosses(rules: Ruleset, start: date, due: date) -> bool:
    """True if the period starts under the regime and ends after its last day of effect."""
    until = rules.regime.in_force_until
    return until is not None and start <= until < due


def _successor_transition(rules: Ruleset, after: date) -> tuple[Citation, ...]:
    """The transitional provision of the regime that follows ``rules`` that keeps requests
    made under ``rules`` under it (Law 01/2026/QH16 art. 31(4)), if there is one."""
    try:
        later = resolve_regime(after)
    except RegimeNotEncodedError:
        return ()
    if later is rules or not os.path.isfile(os.path.join(later.data_dir, "transition.toml")):
        return ()
    rows = later.data("transition.toml").get("request", ())
    return tuple(Citation.parse(r["citation"]) for r in rows if r["continues_under"] == rules.id)


def _unique(citations: list[Citation]) -> tuple[Citation, ...]:
    """The citations in order, each once (a short list: comparing beats hashing here)."""
    out: list[Citation] = []
    for c in citations:
        if c not in out:
            out.append(c)
    return tuple(out)


# --------------------------------------------------------------------------------------
# Any time limit (arts. 18(4), 21(2), 22(4), 32 and the rows of arts. 29–31).


def time_limit(limit_id: str, start: date | str, *, regime: RegimeLike | None = None) -> Period:
    """Count one time limit of the law from its trigger event on ``start``.

    ``limit_id`` is one of :func:`time_limits` (e.g. ``"disclosure.publish"``,
    ``"correction.creator_answer"``). The regime is the one in force on ``start`` unless
    given. The ids of tiepcan 0.1 (``"art18.4"``) are refused: the error names the new id.
    """
    d = check_in_calendar(_to_date(start, "start"), "start")
    rules = resolve_regime(d, regime)
    return _time_limit(limit_id, d, rules, regime is not None, None)


def _time_limit(
    limit_id: str, d: date, rules: Ruleset, explicit: bool, steps: list[TraceStep] | None
) -> Period:
    limit = _limit(rules, limit_id)
    if limit.unit is PeriodUnit.IMMEDIATE:
        raise InvalidInputError("immediate-limit", detail=limit.id)
    if steps is not None:
        steps += [_regime_step(rules, explicit), _rule_step(limit, d)]
    due, used = _count(d, limit.length, limit.unit, steps)
    years = provisional_years(d, due)
    if steps is not None:
        _closing_steps(rules, d, due, years, steps)
    period = Period(
        limit_id=limit.id,
        start=d,
        due=due,
        regime=rules.id,
        provisional=bool(years),
        citations=_unique([limit.citation, *used]),
        provisional_years=years,
        user_supplied=rules.user_supplied,
    )
    period._remember(rules, explicit)
    return period


# --------------------------------------------------------------------------------------
# Response deadlines (arts. 29–31).

#: arts. 29, 30, 31 are headed by the way information is provided: the procedure of each form
_PROCEDURE = {
    Channel.AT_OFFICE: "at_office",
    Channel.ELECTRONIC: "electronic",
    Channel.POSTAL: "postal_fax",
    Channel.FAX: "postal_fax",
}


def response_limits_2016(
    received_via: Channel | str, provision: Channel | str, complexity: Complexity | str
) -> tuple[str, str | None, tuple[str, ...]]:
    """The 2016 regime's reading: (limit to answer, limit to notify, interpretations applied).

    The procedure follows the form of provision (arts. 29–31 are headed by it). Art. 29(1)
    "cung cấp ngay" presumes a requester at the office: a simple request that arrived any
    other way, asking to read the documents at the office, has the time limit of the way it
    arrived (arts. 30(3), 31(1)); a complex one keeps the notice of arts. 30(4), 31(2).
    The arguments are members or their string values (anything else: ``invalid-<field>``).

    >>> response_limits_2016("at_office", "at_office", "simple")[0]
    'at_office.simple'
    """
    received_via = Channel.coerce(received_via, field="received_via")
    provision = Channel.coerce(provision, field="provision")
    complexity = Complexity.coerce(complexity, field="complexity")
    readings = ["procedure-follows-provision-form"]
    procedure = _PROCEDURE[provision]
    remote = provision is Channel.AT_OFFICE and received_via is not Channel.AT_OFFICE
    if complexity is Complexity.SIMPLE:
        if remote:
            readings.append("remote-request-simple-at-office")
            return f"{_PROCEDURE[received_via]}.simple", None, tuple(readings)
        return f"{procedure}.simple", None, tuple(readings)
    notice: str | None = f"{procedure}.complex.notice"
    if remote:
        readings.append("remote-request-complex-notice")
        notice = f"{_PROCEDURE[received_via]}.complex.notice"
    elif provision is Channel.AT_OFFICE:
        notice = None
    return f"{procedure}.complex", notice, tuple(readings)


#: Law 01/2026/QH16 art. 24(1): at the agency (a), by post (b), over the Internet (c)
_CHANNELS_2026 = (Channel.AT_OFFICE, Channel.POSTAL, Channel.ELECTRONIC)


def response_limits_2026(
    received_via: Channel | str, provision: Channel | str, complexity: Complexity | str
) -> tuple[str, str | None, tuple[str, ...]]:
    """Law 01/2026/QH16's reading: one limit for every channel and every request.

    Art. 26(3): at the latest 12 days ("ngày", read as calendar days) from the day a valid
    request is received, whatever the channel and whether the information is simple or
    complex (``complexity`` is checked and recorded, not used); no "immediately", no notice
    of the time limit. Art. 24(1) knows three channels; fax is not one of them, so a request
    received, or to be answered, by fax raises ``channel-not-in-law``.

    >>> response_limits_2026("postal", "at_office", "complex")
    ('response', None, ('one-limit-every-request',))
    """
    via = Channel.coerce(received_via, field="received_via")
    form = Channel.coerce(provision, field="provision")
    Complexity.coerce(complexity, field="complexity")
    for field, channel in (("received_via", via), ("provision", form)):
        if channel not in _CHANNELS_2026:
            raise InvalidInputError(
                "channel-not-in-law",
                detail=f"{field}={channel.value}: Law 01/2026/QH16 art. 24(1) provides for "
                "requests at the agency, by post and over the Internet only",
            )
    return "response", None, ("one-limit-every-request",)


_DEFAULT_CLOSING = time(17, 0)


@dataclass(frozen=True, slots=True)
class _Request:
    """The checked inputs of a response deadline."""

    received: date | datetime
    received_via: Channel
    provision: Channel
    complexity: Complexity
    policy: ReceiptPolicy
    closes_at: time
    #: an extension asked for (``extension_length`` None: the longest the law allows)
    extended: bool
    extension_length: int | None
    #: the day the request was sent, when known (it can decide the regime, art. 31(4))
    sent: date | None = None


@dataclass(frozen=True, slots=True)
class _Chosen:
    """The ruleset a response deadline is counted under, and what chose it."""

    rules: Ruleset
    how: RegimeChoice
    #: the transitional provision that chose it (how is TRANSITION), else None
    cited: Citation | None = None


def _receipt(received: object) -> tuple[date, time | None]:
    """The day and (if given) the Vietnam-time hour of receipt."""
    if isinstance(received, datetime):
        local = to_vietnam_time(received)
        return check_in_calendar(local.date(), "received"), local.time()
    return check_in_calendar(_to_date(received, "received"), "received"), None


def _effective_receipt(
    request: _Request, steps: list[TraceStep] | None
) -> tuple[date, time | None, date]:
    """(day received, hour received, day the receipt counts from) under the receipt policy."""
    day, at = _receipt(request.received)
    if steps is not None:
        text = say(TEXTS, "receipt.valid.at", at=at) if at else say(TEXTS, "receipt.valid")
        steps.append(TraceStep(StepKind.RECEIPT, text, day))
    if request.policy is ReceiptPolicy.CIVIL_CODE:
        return day, at, day
    off_hours = at is not None and at >= request.closes_at
    working = is_working_day(day)
    if working and not off_hours:
        return day, at, day
    effective = add_working_days(day, 1)
    if steps is not None:
        why = "receipt.after_hours" if working else "receipt.day_off"
        text = say(TEXTS, why, policy=request.policy.value)
        steps.append(TraceStep(StepKind.NOTE, text, effective))
    return day, at, effective


def _extension_limit(rules: Ruleset, limit: TimeLimit, request: _Request) -> TimeLimit | None:
    """The extension limit that applies, after checking the length asked for."""
    if not request.extended:
        return None
    length = request.extension_length
    ext = _limits(rules).get(f"{limit.id}.extension")
    if ext is None:
        raise InvalidInputError(
            "extension-not-available", detail=f"{limit.citation.label_en} has no extension"
        )
    if length is not None and not 1 <= length <= ext.length:
        raise InvalidInputError(
            "invalid-extension-length",
            detail=f"the extension must be a whole number from 1 to {ext.length} {ext.unit.label_en}: extension_length={length} ({ext.citation.label_en})",
        )
    return ext


def _check_request(
    received: object,
    provision: object,
    complexity: object,
    received_via: object,
    extended: object,
    extension_length: object,
    receipt_policy: object,
    office_closes_at: object,
    sent: object = None,
) -> _Request:
    form = Channel.coerce(provision, field="provision")
    via = form if received_via is None else Channel.coerce(received_via, field="received_via")
    if type(extended) is not bool:
        raise InvalidInputError("invalid-extended", detail=f"extended={echo(extended)}")
    if extension_length is not None and type(extension_length) is not int:
        raise InvalidInputError(
            "invalid-extension-length", detail=f"extension_length={echo(extension_length)}"
        )
    if not isinstance(office_closes_at, time) or office_closes_at.tzinfo is not None:
        # a closing hour is Vietnam time, with no offset (an aware time cannot be compared)
        raise InvalidInputError("invalid-time", detail=f"office_closes_at={echo(office_closes_at)}")
    moment = received if isinstance(received, datetime) else _to_date(received, "received")
    sent_day = None
    if sent is not None:
        sent_day = to_vietnam_time(sent).date() if isinstance(sent, datetime) else None
        sent_day = sent_day or _to_date(sent, "sent")
    return _Request(
        moment,
        via,
        form,
        Complexity.coerce(complexity, field="complexity"),
        ReceiptPolicy.coerce(receipt_policy, field="receipt_policy"),
        office_closes_at,
        extended or extension_length is not None,
        extension_length,
        sent_day,
    )


def response_deadline(
    received: date | datetime | str,
    provision: Channel | str,
    complexity: Complexity | str,
    *,
    received_via: Channel | str | None = None,
    extended: bool = False,
    extension_length: int | None = None,
    regime: RegimeLike | None = None,
    receipt_policy: ReceiptPolicy | str = ReceiptPolicy.CIVIL_CODE,
    office_closes_at: time = _DEFAULT_CLOSING,
    sent: date | datetime | str | None = None,
) -> Deadline:
    """The time limits for answering a valid request received on ``received``.

    ``received`` is the day (or the moment) the *valid* request was received (art. 24(2)
    contents complete; for art. 7 information, with the written consent of art. 24(3)).
    ``provision`` is how the information is to be provided; ``received_via`` is how the
    request came in (by default the same). ``extended=True`` applies the longest extension
    the law allows; ``extension_length`` a shorter one (under Law 104/2016 only complex
    requests can be extended; under Law 01/2026/QH16 any request, art. 26(3)).

    The regime is chosen by :func:`tiepcan.foundation.regimes.governing_regime`: the one in force on the
    day received, unless the request was ``sent`` (được gửi) before 2026-09-01, when Law
    01/2026/QH16 art. 31(4) keeps it under Law 104/2016; or ``regime`` if given. The result
    records ``sent`` and ``chosen_by``, and its trace says which rule chose the regime.
    """
    request = _check_request(
        received, provision, complexity, received_via, extended, extension_length,
        receipt_policy, office_closes_at, sent,
    )  # fmt: skip
    day, _ = _receipt(request.received)
    rules, how, cited = choose_ruleset(day, sent=request.sent, regime=regime)
    return _response(request, _Chosen(rules, how, cited), None)


def _response(request: _Request, chosen: _Chosen, steps: list[TraceStep] | None) -> Deadline:
    day, at, effective = _effective_receipt(request, steps)
    rules = chosen.rules
    choose = rules.function("response_limits")
    limit_id, notice_id, readings = choose(
        request.received_via, request.provision, request.complexity
    )
    limit = _limit(rules, limit_id)
    ext = _extension_limit(rules, limit, request)
    readings = (*readings, *limit.interpretations)
    if steps is not None:
        transition = (request.sent, chosen.cited) if chosen.cited is not None else None
        explicit = chosen.how is RegimeChoice.CALLER
        steps.insert(0, _regime_step(rules, explicit, transition))
    citations: list[Citation] = [limit.citation]
    if limit.unit is PeriodUnit.IMMEDIATE:
        original_due = roll_forward(effective)
        readings = (*readings, "immediate-on-working-day")
        if steps is not None:
            steps.append(_immediate_step(limit, original_due))
    else:
        if steps is not None:
            steps.append(_rule_step(limit, effective))
        original_due, used = _count(effective, limit.length, limit.unit, steps)
        citations += used
    notice_due = _notice(rules, notice_id, effective, steps)
    due, ext_len = original_due, None
    if ext is not None:
        ext_len = ext.length if request.extension_length is None else request.extension_length
        due, used = _extend(ext, ext_len, original_due, steps)
        citations += [ext.citation, *used]
        readings = (*readings, *ext.interpretations, "extension-runs-from-original-due")
    if notice_id is not None:
        citations.append(_limit(rules, notice_id).citation)
    if chosen.cited is not None:
        citations.append(chosen.cited)
    years = provisional_years(day, max(due, notice_due or due))
    if steps is not None:
        _closing_steps(rules, day, due, years, steps, request=True)
    policy_reading = (
        "receipt-civil-code"
        if request.policy is ReceiptPolicy.CIVIL_CODE
        else "receipt-next-working-day"
    )
    deadline = Deadline(
        received=day,
        received_at=at,
        received_via=request.received_via,
        provision=request.provision,
        complexity=request.complexity,
        receipt_policy=request.policy,
        office_closes_at=request.closes_at,
        effective_receipt=effective,
        regime=rules.id,
        immediate=limit.unit is PeriodUnit.IMMEDIATE,
        due=due,
        original_due=original_due,
        notice_due=notice_due,
        extended=ext is not None,
        extension_length=ext_len,
        extension_notice_due=original_due if ext is not None else None,
        provisional=bool(years),
        crosses_regime_change=_crosses(rules, day, due),
        citations=_unique(citations),
        interpretations=_once((policy_reading, *readings)),
        provisional_years=years,
        user_supplied=rules.user_supplied,
        sent=request.sent,
        chosen_by=chosen.how,
    )
    deadline._remember(rules, chosen.how is RegimeChoice.CALLER)
    return deadline


def _once(ids: tuple[str, ...]) -> tuple[str, ...]:
    """The ids in order, each once."""
    return tuple(dict.fromkeys(ids))


def _notice(
    rules: Ruleset, notice_id: str | None, effective: date, steps: list[TraceStep] | None
) -> date | None:
    if notice_id is None:
        return None
    notice = _limit(rules, notice_id)
    notice_due = add_working_days(effective, notice.length)
    if steps is not None:
        text = say(TEXTS, "rule.notice", duty=notice.duty, length=notice.length)
        steps.append(TraceStep(StepKind.RULE, text, notice_due, (notice.citation,)))
    return notice_due


def _extend(
    ext: TimeLimit, length: int, original_due: date, steps: list[TraceStep] | None
) -> tuple[date, tuple[Citation, ...]]:
    if steps is not None:
        steps.append(_rule_step(ext, original_due, length))
        text = say(TEXTS, "rule.extension_notice")
        steps.append(TraceStep(StepKind.RULE, text, original_due, (ext.citation,)))
    return _count(original_due, length, ext.unit, steps)


def _immediate_step(limit: TimeLimit, on: date) -> TraceStep:
    text = say(TEXTS, "rule.immediate", duty=limit.duty)
    return TraceStep(StepKind.RULE, text, on, (limit.citation,))


def deadline_from_json(data: str | bytes) -> Deadline:
    """Parse a ``Deadline`` from JSON, raising ``InvalidInputError`` on bad input."""
    return Deadline.from_json(data)
