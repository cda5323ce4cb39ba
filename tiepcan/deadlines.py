"""Thời hạn cung cấp thông tin — statutory time limits, counted and explained.

Implements the time limits of Law 104/2016/QH13:

* provision on request: art. 29 (at the office), art. 30 (electronically), art. 31 (by post or
  fax), each with its notice of the time limit and its extension;
* correcting information provided on request: art. 32(1), 32(2) and the commune People's
  Committee chain of art. 32(3);
* disclosure: art. 18(4) (disclose within 5 working days of creation), art. 21(2) (post for at
  least 30 days), art. 22(4) (answer a complaint about inaccurate disclosed information within
  15 days).

The limits are declared in ``data/time_limits.toml``. Counting follows the Civil Code 2015
(91/2015/QH13), which the access-to-information texts do not displace:

* art. 147(3): the day of the triggering event is not counted; counting starts the next day;
* "N ngày làm việc": only working days of state agencies count (:mod:`tiepcan.workdays`);
* "N ngày": calendar days; when the last day is a weekly rest day or a holiday the period ends
  at the end of the next working day (art. 148(5));
* art. 148(1), (6): a period ends at 24:00 of its last day.

Open points are named policies: receipt outside working days or hours
(:class:`ReceiptPolicy`, default the Civil Code reading), and the extension, which runs on
from the original due date (the law requires the extension notice "trong thời hạn cung cấp
thông tin", i.e. by the original due date).

>>> from datetime import date
>>> d = response_deadline(date(2024, 2, 7), "electronic", "complex")
>>> d.due, d.notice_due                      # Tết 8–14/2/2024 is skipped
(datetime.date(2024, 3, 6), datetime.date(2024, 2, 19))
>>> response_deadline(date(2024, 2, 7), "electronic", "complex", extended=True).due
datetime.date(2024, 3, 21)
>>> [c.label for c in d.citations][:1]
['Điều 30 khoản 4 Luật Tiếp cận thông tin số 104/2016/QH13']
>>> time_limit("art18.4", date(2026, 1, 9)).due    # Sat 10/1/2026 is a make-up working day
datetime.date(2026, 1, 15)
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, time, timedelta
from functools import cache
from importlib import resources
from typing import Any

from tiepcan._input import FrozenModel, validate_json_input
from tiepcan._model import BilingualStrEnum, Lang, check_lang
from tiepcan.citations import Citation, civil_code, law
from tiepcan.errors import InvalidInputError
from tiepcan.regimes import ATI_2016_RULES, ATI_2026, Regime, Ruleset, resolve_regime
from tiepcan.terms import Channel, Complexity
from tiepcan.workdays import (
    WORKING_WEEK,
    CalendarDay,
    DayKind,
    add_working_days,
    is_working_day,
    provisional_note,
    provisional_years,
    roll_forward,
    span_days,
)
from tiepcan.workdays import _as_date as _to_date

__all__ = [
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

from tiepcan.workdays import working_days_between


class PeriodUnit(BilingualStrEnum):
    """How the law counts a period."""

    WORKING_DAYS = ("working_days", "ngày làm việc", "working days")
    DAYS = ("days", "ngày", "days (calendar)")
    IMMEDIATE = ("immediate", "ngay", "immediately")


class Bound(BilingualStrEnum):
    """Whether the limit is a latest date or a minimum duration."""

    MAX = ("max", "chậm nhất", "at the latest")
    MIN = ("min", "ít nhất", "at least")


class TimeLimit(FrozenModel):
    """One time limit of the law, as declared in ``data/time_limits.toml``."""

    id: str
    citation: Citation
    length: int
    unit: PeriodUnit
    bound: Bound
    extends: str | None = None
    trigger_vi: str
    trigger_en: str
    duty_vi: str
    duty_en: str


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


class TraceStep(FrozenModel):
    """One line of an explanation: what was applied or skipped, on which day, and why."""

    kind: StepKind
    on: date | None = None
    text_vi: str
    text_en: str
    citations: tuple[Citation, ...] = ()
    instruments: tuple[str, ...] = ()

    def render(self, lang: Lang = "vi") -> str:
        vi = check_lang(lang) == "vi"
        day = ""
        if self.on is not None:
            day = (f"{self.on:%d/%m/%Y}" if vi else self.on.isoformat()) + ": "
        text = self.text_vi if vi else self.text_en
        refs = [c.label_in(lang) for c in self.citations] + list(self.instruments)
        return f"{day}{text}" + (f" [{'; '.join(refs)}]" if refs else "")


class Period(FrozenModel):
    """A counted time limit: when it starts, when it ends, and the trace of the count."""

    limit_id: str
    start: date
    due: date
    regime: str
    provisional: bool
    provisional_years: tuple[int, ...] = ()
    citations: tuple[Citation, ...]
    trace: tuple[TraceStep, ...]

    def explain(self, lang: Lang = "vi") -> str:
        """The trace as readable lines, in Vietnamese (default) or English."""
        return "\n".join(step.render(lang) for step in self.trace)


class Deadline(FrozenModel):
    """The time limits for answering one request for information (arts. 29–31)."""

    received: date
    effective_receipt: date
    channel: Channel
    complexity: Complexity
    receipt_policy: ReceiptPolicy
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
    provisional_years: tuple[int, ...] = ()
    crosses_regime_change: bool
    citations: tuple[Citation, ...]
    trace: tuple[TraceStep, ...]

    def explain(self, lang: Lang = "vi") -> str:
        """Each rule applied with its citation, each day skipped with its reason."""
        return "\n".join(step.render(lang) for step in self.trace)


# --------------------------------------------------------------------------------------
# The declared limits.


def _build_limits(rules: Ruleset) -> dict[str, TimeLimit]:
    out: dict[str, TimeLimit] = {}
    for raw in rules.data("time_limits.toml")["limit"]:
        fields: dict[str, Any] = {k: v for k, v in raw.items() if k not in ("citation", "alias")}
        fields["citation"] = Citation.parse(raw["citation"])
        fields["unit"], fields["bound"] = PeriodUnit(raw["unit"]), Bound(raw["bound"])
        out[raw["id"]] = TimeLimit._trusted(**fields)
        if "alias" in raw:
            out[raw["alias"]] = out[raw["id"]]
    return out


def _limits(rules: Ruleset | None = None) -> dict[str, TimeLimit]:
    limits: dict[str, TimeLimit] = (rules or ATI_2016_RULES).cached("time_limits", _build_limits)
    return limits


def time_limits() -> dict[str, TimeLimit]:
    """Every time limit of the law, by id (``"electronic.complex"``, ``"art30.4.extension"``, …)."""
    return dict(_limits())


def _limit(limit_id: object) -> TimeLimit:
    limits = _limits()
    if not isinstance(limit_id, str) or limit_id not in limits:
        raise InvalidInputError(
            "unknown-time-limit",
            "Không có thời hạn này",
            "no such time limit",
            detail=f"limit_id={limit_id!r}; known: {', '.join(limits)}",
        )
    return limits[limit_id]


# --------------------------------------------------------------------------------------
# Counting.

_ART_147_3 = civil_code(147, 3)
_ART_148_1 = civil_code(148, 1)
_ART_148_5 = civil_code(148, 5)
_ART_148_6 = civil_code(148, 6)


def _day_step(day: CalendarDay, counted: bool) -> TraceStep:
    if counted:
        return TraceStep._trusted(
            kind=StepKind.COUNT,
            on=day.day,
            text_vi=f"{day.weekday_vi}, {day.name_vi}: là ngày làm việc, được tính",
            text_en=f"{day.weekday_en}, {day.name_en}: a working day, counted",
            citations=day.basis,
            instruments=day.instruments,
        )
    if day.kind is DayKind.WEEKEND:
        text_vi, text_en = (
            f"{day.weekday_vi}: ngày nghỉ hằng tuần",
            f"{day.weekday_en}: weekly rest day",
        )
    else:
        text_vi = f"{day.weekday_vi}, {day.name_vi}: {day.kind.label_vi.lower()}"
        text_en = f"{day.weekday_en}, {day.name_en}: {day.kind.label_en}"
    return TraceStep._trusted(
        kind=StepKind.SKIP,
        on=day.day,
        text_vi=text_vi,
        text_en=text_en,
        citations=day.basis,
        instruments=day.instruments,
    )


def _count(start: date, length: int, unit: PeriodUnit) -> tuple[date, list[TraceStep]]:
    """Count ``length`` units after ``start``; return the last day and the trace of the count."""
    steps = [
        TraceStep._trusted(
            kind=StepKind.START,
            on=start + timedelta(days=1),
            text_vi="Không tính ngày xảy ra sự kiện; bắt đầu tính từ ngày tiếp theo",
            text_en="The day of the event is not counted; counting starts the next day",
            citations=(_ART_147_3,),
        )
    ]
    if unit is PeriodUnit.WORKING_DAYS:
        due = add_working_days(start, length)
        for day in span_days(start, due):
            steps.append(_day_step(day, counted=day.working))
        steps.append(
            TraceStep._trusted(
                kind=StepKind.END,
                on=due,
                text_vi=f"Ngày làm việc thứ {length}; thời hạn kết thúc lúc 24 giờ ngày này",
                text_en=f"Working day {length}; the period ends at 24:00 on this day",
                citations=(WORKING_WEEK, _ART_148_1, _ART_148_6),
            )
        )
        return due, steps
    last = start + timedelta(days=length)
    due = roll_forward(last)  # Civil Code art. 148(5)
    if due != last:
        steps.append(
            TraceStep._trusted(
                kind=StepKind.ROLL,
                on=last,
                text_vi=f"Ngày thứ {length} là ngày nghỉ; thời hạn kết thúc vào ngày làm việc tiếp theo",
                text_en=f"Day {length} is a day off; the period ends on the next working day",
                citations=(_ART_148_5,),
            )
        )
        for day in span_days(start + timedelta(days=length - 1), due - timedelta(days=1)):
            steps.append(_day_step(day, counted=False))
    steps.append(
        TraceStep._trusted(
            kind=StepKind.END,
            on=due,
            text_vi=f"Thời hạn {length} ngày kết thúc lúc 24 giờ ngày này",
            text_en=f"The {length}-day period ends at 24:00 on this day",
            citations=(_ART_148_1, _ART_148_6) if due == last else (_ART_148_5, _ART_148_6),
        )
    )
    return due, steps


def _rule_step(limit: TimeLimit, start: date) -> TraceStep:
    unit_vi = limit.unit.label_vi
    return TraceStep._trusted(
        kind=StepKind.RULE,
        on=start,
        text_vi=f"{limit.duty_vi}: {limit.bound.label_vi} {limit.length:02d} {unit_vi} kể từ "
        f"{limit.trigger_vi}",
        text_en=f"{limit.duty_en}: {limit.bound.label_en} {limit.length} {limit.unit.label_en} "
        f"from {limit.trigger_en}",
        citations=(limit.citation,),
    )


def _regime_step(rules: Ruleset, explicit: bool) -> TraceStep:
    regime = rules.regime
    how_vi = "theo lựa chọn của người gọi" if explicit else "văn bản có hiệu lực vào ngày bắt đầu"
    how_en = "as chosen by the caller" if explicit else "the rules in force on the start date"
    return TraceStep._trusted(
        kind=StepKind.REGIME,
        text_vi=f"{regime.name_vi} ({how_vi})",
        text_en=f"{regime.name_en} ({how_en})",
    )


def _provisional_steps(years: tuple[int, ...]) -> list[TraceStep]:
    if not years:
        return []
    listed = ", ".join(str(y) for y in years)
    return [
        TraceStep._trusted(
            kind=StepKind.NOTE,
            text_vi=f"Kết quả tạm tính cho năm {listed}: {provisional_note('vi')}",
            text_en=f"Provisional for {listed}: {provisional_note('en')}",
        )
    ]


def _crossing_step(start: date, due: date) -> list[TraceStep]:
    if start < ATI_2026.in_force_from <= due:
        return [
            TraceStep._trusted(
                kind=StepKind.NOTE,
                on=ATI_2026.in_force_from,
                text_vi="Thời hạn kéo dài qua ngày 01/09/2026, khi luật thay thế được báo chí đưa tin "
                "có hiệu lực; chưa có điều khoản chuyển tiếp nên vẫn tính theo Luật 104/2016/QH13 "
                "là luật có hiệu lực vào ngày bắt đầu",
                text_en="The period runs past 2026-09-01, when the reported replacement law takes "
                "effect; its transitional article is not available, so the 2016 law in force on "
                "the start date is applied",
            )
        ]
    return []


def time_limit(limit_id: str, start: date | str, *, regime: str | Regime | None = None) -> Period:
    """Count one time limit of the law from its trigger event on ``start``.

    ``limit_id`` is one of :func:`time_limits` (e.g. ``"art18.4"``, ``"art22.4"``,
    ``"art32.3.answer"``). The regime is the one in force on ``start`` unless given.
    """
    limit = _limit(limit_id)
    d = _to_date(start, "start")
    chosen = resolve_regime(d, regime)
    if limit.unit is PeriodUnit.IMMEDIATE:
        raise InvalidInputError(
            "immediate-limit",
            "Thời hạn này là 'ngay', không có ngày đếm",
            "this limit is 'immediately': there is nothing to count",
            detail=limit.id,
        )
    due, count_steps = _count(d, limit.length, limit.unit)
    years = provisional_years(d, due)
    trace = [
        _regime_step(chosen, regime is not None),
        _rule_step(limit, d),
        *count_steps,
        *_provisional_steps(years),
        *_crossing_step(d, due),
    ]
    citations = _unique(
        [
            limit.citation,
            *(c for s in count_steps for c in s.citations if c.instrument == "91/2015/QH13"),
        ]
    )
    return Period._trusted(
        limit_id=limit.id,
        start=d,
        due=due,
        regime=chosen.id,
        provisional=bool(years),
        provisional_years=years,
        citations=citations,
        trace=tuple(trace),
    )


# --------------------------------------------------------------------------------------
# Response deadlines (arts. 29–31).

#: (channel, complexity) -> (limit to provide or refuse, limit to notify the time limit)
_RESPONSE_LIMITS: dict[tuple[Channel, Complexity], tuple[str, str | None]] = {
    (Channel.AT_OFFICE, Complexity.SIMPLE): ("at_office.simple", None),
    (Channel.AT_OFFICE, Complexity.COMPLEX): ("at_office.complex", None),
    (Channel.ELECTRONIC, Complexity.SIMPLE): ("electronic.simple", None),
    (Channel.ELECTRONIC, Complexity.COMPLEX): ("electronic.complex", "electronic.complex.notice"),
    (Channel.POSTAL, Complexity.SIMPLE): ("postal_fax.simple", None),
    (Channel.POSTAL, Complexity.COMPLEX): ("postal_fax.complex", "postal_fax.complex.notice"),
    (Channel.FAX, Complexity.SIMPLE): ("postal_fax.simple", None),
    (Channel.FAX, Complexity.COMPLEX): ("postal_fax.complex", "postal_fax.complex.notice"),
}

_DEFAULT_CLOSING = time(17, 0)


def _effective_receipt(
    received: object, policy: ReceiptPolicy, closes_at: time
) -> tuple[date, date, list[TraceStep]]:
    """(day received, day the receipt counts from, trace) under the receipt policy."""
    at: time | None = None
    if isinstance(received, datetime):
        day, at = received.date(), received.time()
    else:
        day = _to_date(received, "received")
    step_vi = f"Nhận được yêu cầu hợp lệ{f' lúc {at:%H:%M}' if at else ''}"
    step_en = f"Valid request received{f' at {at:%H:%M}' if at else ''}"
    steps = [TraceStep._trusted(kind=StepKind.RECEIPT, on=day, text_vi=step_vi, text_en=step_en)]
    if policy is ReceiptPolicy.CIVIL_CODE:
        return day, day, steps
    off_hours = at is not None and at >= closes_at
    if is_working_day(day) and not off_hours:
        return day, day, steps
    effective = add_working_days(day, 1)
    why_vi = "ngoài giờ làm việc" if off_hours and is_working_day(day) else "vào ngày nghỉ"
    why_en = "after office hours" if off_hours and is_working_day(day) else "on a day off"
    steps.append(
        TraceStep._trusted(
            kind=StepKind.NOTE,
            on=effective,
            text_vi=f"Yêu cầu nhận {why_vi}: theo chính sách '{policy.value}', coi như nhận vào ngày "
            "làm việc này",
            text_en=f"Request received {why_en}: under policy '{policy.value}' it counts as received "
            "on this working day",
        )
    )
    return day, effective, steps


def _check_options(
    limit: TimeLimit, extended: bool, extension_length: int | None
) -> TimeLimit | None:
    """The extension limit that applies, after checking what the caller asked for."""
    if not isinstance(extended, bool):
        raise InvalidInputError(
            "invalid-extended",
            "'extended' phải là True hoặc False",
            "'extended' must be a bool",
            detail=f"extended={extended!r}",
        )
    if not extended and extension_length is None:
        return None
    ext = _limits().get(f"{limit.id}.extension")  # noqa: TODO ruleset
    if ext is None:
        raise InvalidInputError(
            "extension-not-available",
            "Luật không cho phép gia hạn đối với thông tin đơn giản, có sẵn",
            "the law allows no extension for simple, available information",
            detail=f"{limit.citation.label_en} has no extension",
        )
    if extension_length is not None and (
        type(extension_length) is not int or not 1 <= extension_length <= ext.length
    ):
        raise InvalidInputError(
            "invalid-extension-length",
            f"Thời gian gia hạn phải là số nguyên từ 1 đến {ext.length} {ext.unit.label_vi}",
            f"the extension must be a whole number from 1 to {ext.length} {ext.unit.label_en}",
            detail=f"extension_length={extension_length!r} ({ext.citation.label_en})",
        )
    return ext


def response_deadline(
    received: date | datetime | str,
    channel: Channel | str,
    complexity: Complexity | str,
    *,
    extended: bool = False,
    extension_length: int | None = None,
    regime: str | Regime | None = None,
    receipt_policy: ReceiptPolicy | str = ReceiptPolicy.CIVIL_CODE,
    office_closes_at: time = _DEFAULT_CLOSING,
) -> Deadline:
    """The time limits for answering a valid request received on ``received``.

    ``received`` is the day the *valid* request was received (art. 24(2) contents complete;
    for art. 7 information, with the written consent of art. 24(3)). ``extended=True``
    applies the longest extension the law allows; ``extension_length`` a shorter one. Only
    complex requests can be extended. The regime is the one in force on the day of receipt
    unless ``regime`` is given.
    """
    chan = Channel.coerce(channel, field="channel")
    comp = Complexity.coerce(complexity, field="complexity")
    policy = ReceiptPolicy.coerce(receipt_policy, field="receipt_policy")
    if not isinstance(office_closes_at, time):
        raise InvalidInputError(
            "invalid-time",
            "Giờ đóng cửa không hợp lệ",
            "office_closes_at must be a time",
            detail=f"office_closes_at={office_closes_at!r}",
        )
    day, effective, trace = _effective_receipt(received, policy, office_closes_at)
    chosen = resolve_regime(day, regime)
    limit_id, notice_id = _RESPONSE_LIMITS[(chan, comp)]
    limit = _limit(limit_id)
    ext = _check_options(limit, extended, extension_length)
    trace.insert(0, _regime_step(chosen, regime is not None))
    citations: list[Citation] = [limit.citation]

    if limit.unit is PeriodUnit.IMMEDIATE:
        original_due = effective
        trace.append(_rule_step_immediate(limit, effective))
    else:
        trace.append(_rule_step(limit, effective))
        original_due, steps = _count(effective, limit.length, limit.unit)
        trace.extend(steps)
        citations += [c for s in steps for c in s.citations if c.instrument == "91/2015/QH13"]

    notice_due = None
    if notice_id is not None:
        notice = _limit(notice_id)
        notice_due = add_working_days(effective, notice.length)
        trace.append(
            TraceStep._trusted(
                kind=StepKind.RULE,
                on=notice_due,
                text_vi=f"{notice.duty_vi}: chậm nhất ngày này ({notice.length:02d} ngày làm việc)",
                text_en=f"{notice.duty_en}: by this day ({notice.length} working days)",
                citations=(notice.citation,),
            )
        )

    due, ext_len, ext_notice = original_due, None, None
    if ext is not None:
        ext_len = extension_length if extension_length is not None else ext.length
        trace.append(_rule_step(ext.model_copy(update={"length": ext_len}), original_due))
        trace.append(
            TraceStep._trusted(
                kind=StepKind.RULE,
                on=original_due,
                text_vi="Văn bản thông báo gia hạn phải gửi trong thời hạn cung cấp thông tin, "
                "chậm nhất ngày này",
                text_en="The written extension notice must be sent within the original time limit, "
                "by this day",
                citations=(ext.citation,),
            )
        )
        due, steps = _count(original_due, ext_len, ext.unit)
        trace.extend(steps)
        ext_notice = original_due
        citations += [ext.citation] + [
            c for s in steps for c in s.citations if c.instrument == "91/2015/QH13"
        ]

    years = provisional_years(day, max(due, notice_due or due))
    trace += _provisional_steps(years) + _crossing_step(day, due)
    return Deadline._trusted(
        received=day,
        effective_receipt=effective,
        channel=chan,
        complexity=comp,
        receipt_policy=policy,
        regime=chosen.id,
        immediate=limit.unit is PeriodUnit.IMMEDIATE,
        due=due,
        original_due=original_due,
        notice_due=notice_due,
        extended=ext is not None,
        extension_length=ext_len,
        extension_notice_due=ext_notice,
        provisional=bool(years),
        provisional_years=years,
        crosses_regime_change=day < ATI_2026.in_force_from <= due,
        citations=_unique(citations + ([_limit(notice_id).citation] if notice_id else [])),
        trace=tuple(trace),
    )


def _rule_step_immediate(limit: TimeLimit, on: date) -> TraceStep:
    return TraceStep._trusted(
        kind=StepKind.RULE,
        on=on,
        text_vi=f"{limit.duty_vi}: ngay khi người yêu cầu đến trụ sở",
        text_en=f"{limit.duty_en}: immediately, while the requester is at the office",
        citations=(limit.citation,),
    )


def _unique(citations: list[Citation]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(citations))


def deadline_from_json(data: str | bytes) -> Deadline:
    """Parse a ``Deadline`` from JSON, raising ``InvalidInputError`` on bad input."""
    return validate_json_input(Deadline, data, what="Deadline")
