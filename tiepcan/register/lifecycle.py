"""Giải quyết yêu cầu cung cấp thông tin — the life of a request, as dated events.

Implements the steps of Law 104/2016/QH13 that an agency records in its register of
requests (Sổ theo dõi cung cấp thông tin theo yêu cầu, art. 26(1); Decree 13/2018/NĐ-CP
art. 10(1)) and folds them into the state of the request on a given day:

* receipt and registration (art. 26(1)); guidance to complete a request that is not complete
  and its completion, from which the clock runs (art. 26(2); arts. 29–31 count "kể từ ngày
  nhận được yêu cầu hợp lệ"); redirection to the responsible agency (art. 26(3));
* the written notice of the time limit for complex requests (arts. 30(4), 31(2));
* the notice of costs with the payment deadline, and payment before provision (art. 27;
  Decree 13 art. 13(2)); the quote itself is :func:`tiepcan.fees.quote`;
* one extension, notified in writing within the original time limit (arts. 29(2), 30(4),
  31(2); Decree 13 form 04);
* provision in full or in part (form 03), refusal in writing with its grounds and reasons
  (art. 28; form 05), a request to correct inaccurate information and its answer (art.
  32(2)), a complaint or lawsuit and its resolution (art. 14);
* the requester's withdrawal, which the law does not mention (reading
  ``withdrawal-closes-request``: the request closes, no time limit runs after it).

**One path to the law.** Every limit and citation a state carries comes from the ruleset:
the time limits through :func:`response_rule` (the ruleset's own choice of limits for the
way the request came in and the form of provision, arts. 29–31), every other step through
:class:`RequestStep` (keys ``request_step.*`` of ``rules.toml``). A
:class:`~tiepcan.decision.Decision` becomes an event through :func:`to_event`; the outcomes
of decision, lifecycle and register are one list, :class:`RequestOutcome`.

Events come from agency software, so they are validated pydantic models (strict: a date is a
date, not a timestamp; a flag is a bool), one class per ``kind``. :func:`fold` is pure: the
state as of ``as_of`` depends only on the events dated on or before it. An invalid sequence
(an event before receipt, two extensions, a late extension notice, payment before the costs
notice, an outcome after a final outcome, events out of date order) is recorded as a
:class:`Problem` with its code and citation, so that one bad request never stops the
statistics of a whole register; ``strict=True`` raises :class:`EventSequenceError` instead.

Policy choices the law leaves open, stated once:

* the clock does not stop while costs are awaited: the law suspends no time limit for payment;
* a late extension notice extends nothing (the law requires it "trong thời hạn cung cấp
  thông tin"), so the original due date governs and the notice is a problem;
* a redirection under art. 26(3) has no time limit in the law: its timeliness is
  ``not_applicable``; a request closed without an answer (redirected, withdrawn) owes
  nothing after the day it closed, so none of its time limits goes overdue; the notice of
  the time limit is met by the notice or by the answer, whichever comes first;
* the law that governs a request is chosen once, by :func:`tiepcan.foundation.regimes.choose_ruleset`
  (Law 01/2026/QH16 art. 31(4): a request **sent** (được gửi) before 2026-09-01 and not yet
  resolved stays under Law 104/2016): the governing date is the ``sent`` day of the receipt
  when known, and a request received before it became valid was sent no later than the day
  it was received; the state says which rule chose the law (``chosen_by``);
* under Law 01/2026/QH16 every request has one time limit, 12 days, and one extension of at
  most 12 days with written notice within the limit (art. 26(3)); that law has no notice of
  the time limit (arts. 30(4), 31(2) of Law 104/2016 have no counterpart), so a state under
  it carries no notice deadline and says so;
* a refusal's grounds are also given under their regime-neutral keys
  (:func:`tiepcan.foundation.grounds.neutral_key`), so refusals of both laws add up by reason;
* a request whose governing date falls under a regime tiepcan does not encode is recorded
  and counted; its deadlines are ``None`` and the state says why.

An electronic request for complex information, received the day before Tết 2024 (Tết
8–14/2/2024 off: 8662/VPCP-KGVX), extended, and answered on the last allowed day:

>>> from datetime import date
>>> events = [
...     {"kind": "received", "on": "2024-02-07", "received_via": "electronic",
...      "complexity": "complex"},
...     {"kind": "time_limit_notified", "on": "2024-02-15"},
...     {"kind": "extended", "on": "2024-03-01", "reason": "cần tập hợp từ nhiều đơn vị"},
...     {"kind": "provided", "on": "2024-03-21"},
... ]
>>> s = fold(events, as_of=date(2024, 4, 1))
>>> s.status.value, s.timeliness.value, s.response_due
('provided', 'on_time', datetime.date(2024, 3, 21))
>>> [(d.kind.value, d.due.isoformat()) for d in s.deadlines]  # doctest: +NORMALIZE_WHITESPACE
[('response', '2024-03-06'), ('notice', '2024-02-19'), ('extension_notice', '2024-03-06'),
 ('extended_response', '2024-03-21')]
>>> fold(events, as_of=date(2024, 3, 1)).status.value    # the answer is not yet known
'in_progress'

Under Law 01/2026/QH16 (art. 26(3)): received by post on Thu 3/9/2026, 12 days end on Tue
15/9/2026; the same request sent on 28/8/2026 stays under Law 104/2016 (art. 31(4)): 15
working days (art. 31(2)) end on Thu 24/9/2026 (2/9 National Day is before the count):

>>> s = fold([{"kind": "received", "on": "2026-09-03", "received_via": "postal",
...            "complexity": "complex"}], as_of=date(2026, 9, 4))
>>> s.regime, s.chosen_by.value, s.response_due, s.deadline("notice")
('ati-2026', 'in_force', datetime.date(2026, 9, 15), None)
>>> s = fold([{"kind": "received", "on": "2026-09-03", "sent": "2026-08-28",
...            "received_via": "postal", "complexity": "complex"}], as_of=date(2026, 9, 4))
>>> s.regime, s.chosen_by.value, s.response_due
('ati-2016', 'transition', datetime.date(2026, 9, 24))
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Self, TypeAlias

from pydantic import (
    BeforeValidator,
    Field,
    StrictBool,
    TypeAdapter,
    ValidationError,
    model_validator,
)

from tiepcan.data import data_file
from tiepcan.fees import Area, FeeItem
from tiepcan.foundation._input import FrozenModel
from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import (
    BilingualStrEnum,
    Lang,
    Text,
    as_day,
    check_lang,
    day_out_of_range,
    echo,
)
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import (
    CalendarRangeError,
    InvalidInputError,
    RegimeNotEncodedError,
    TiepCanError,
    from_validation_error,
)
from tiepcan.foundation.regimes import RegimeChoice, RegimeLike, Ruleset
from tiepcan.foundation.terms import Channel, Complexity
from tiepcan.rules._cited import CitedStrEnum
from tiepcan.rules.refusals import RefusalGround

if TYPE_CHECKING:
    from tiepcan.deadlines import TimeLimit

#: the sentences this module says (tiepcan/texts/lifecycle.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.lifecycle")

__all__ = [
    "DECISION_OUTCOMES",
    "ComplaintFiled",
    "ComplaintResolved",
    "ComplaintRoute",
    "Completed",
    "CorrectionAnswered",
    "CorrectionRequested",
    "CostNotice",
    "CostsNotified",
    "CostsPaid",
    "DeadlineEntry",
    "DeadlineKind",
    "Event",
    "EventSequenceError",
    "Extended",
    "GuidedToComplete",
    "MovedDeadline",
    "Problem",
    "Provided",
    "Reason",
    "Received",
    "Redirected",
    "Refused",
    "RequestOutcome",
    "RequestState",
    "RequestStatus",
    "RequestStep",
    "RequestSteps",
    "ResponseRule",
    "TimeLimitNotified",
    "Timeliness",
    "Withdrawn",
    "calendar_version",
    "event_json_schema",
    "fold",
    "governing_rules",
    "governing_sent",
    "information_kind_of",
    "moved_deadlines",
    "outcome_of",
    "parse_events",
    "read_steps",
    "response_rule",
    "to_event",
]


# --------------------------------------------------------------------------------------
# Strict dates and times: a date is a date or "YYYY-MM-DD", never a timestamp.


def _strict_date(value: object) -> object:
    if isinstance(value, datetime):
        raise ValueError("expected a date, not a datetime")
    if isinstance(value, str) and len(value) == 10:
        value = date.fromisoformat(value)
    if isinstance(value, date):
        why = day_out_of_range(value)  # 0001-01-01 is junk, not a day (the one range check)
        if why is not None:
            raise ValueError(why)
        return value
    raise ValueError("expected a date as YYYY-MM-DD")


def _strict_time(value: object) -> object:
    # a time of day is Vietnam time, written without an offset: "08:00Z" and "08:00+07:00"
    # are both refused (converting a bare time to UTC+7 could move it to another day)
    if isinstance(value, str) and re.fullmatch(r"[0-9]{2}:[0-9]{2}(:[0-9]{2})?", value):
        value = time.fromisoformat(value)
    if isinstance(value, time) and value.tzinfo is None:
        return value
    raise ValueError("expected a time of day in Vietnam time as HH:MM or HH:MM:SS, no offset")


Day = Annotated[date, BeforeValidator(_strict_date)]
ClockTime = Annotated[time, BeforeValidator(_strict_time)]
_Text = Annotated[str, Field(min_length=1, strict=True)]
_Dong = Annotated[int, Field(ge=0, strict=True)]


# --------------------------------------------------------------------------------------
# The events, in the order of the procedure.


class RequestStep(CitedStrEnum):
    """Các bước giải quyết yêu cầu — the steps of the procedure an event records, each cited
    through the ruleset (``rules.toml``, key ``request_step.<value>``): so every citation a
    state carries comes from the ruleset's data, never from the code."""

    RECEIPT = ("receipt", "Tiếp nhận yêu cầu, vào Sổ theo dõi", "receive and register the request")
    REGISTER = (
        "register",
        "Sổ theo dõi cung cấp thông tin theo yêu cầu (bản giấy hoặc điện tử)",
        "the register of requests, on paper or electronic",
    )
    COMPLETION = (
        "completion",
        "Hướng dẫn người yêu cầu bổ sung",
        "guide the requester to complete",
    )
    REDIRECTION = (
        "redirection",
        "Thông báo và hướng dẫn đến cơ quan có trách nhiệm cung cấp",
        "notify and direct the requester to the responsible agency",
    )
    HANDLING = (
        "handling",
        "Thông báo thời hạn, địa điểm, hình thức, chi phí và thời hạn thanh toán",
        "notify the time limit, place, form, costs and payment deadline",
    )
    PAYMENT_FIRST = (
        "payment_first",
        "Thanh toán chi phí trước khi cung cấp thông tin",
        "pay the costs before the information is provided",
    )
    PROVISION_FORM = ("provision_form", "Phiếu giải quyết (Mẫu số 03)", "answer slip (form 03)")
    EXTENSION_FORM = (
        "extension_form",
        "Thông báo gia hạn (Mẫu số 04)",
        "extension notice (form 04)",
    )
    REFUSAL = ("refusal", "Các trường hợp từ chối", "the grounds of refusal")
    REFUSAL_IN_WRITING = (
        "refusal_in_writing",
        "Từ chối bằng văn bản, nêu rõ lý do",
        "refuse in writing, stating the reasons",
    )
    REFUSAL_FORM = ("refusal_form", "Thông báo từ chối (Mẫu số 05)", "refusal notice (form 05)")
    UNPAID_COSTS = (
        "unpaid_costs",
        "Từ chối vì không thanh toán chi phí",
        "refusal for unpaid costs",
    )
    CORRECTION = (
        "correction",
        "Yêu cầu cung cấp lại thông tin chính xác",
        "request to correct the information provided",
    )
    COMPLAINT = ("complaint", "Khiếu nại, khởi kiện", "complaint or lawsuit")
    COMPLAINT_PROCEDURE = (
        "complaint_procedure",
        "Trình tự, thủ tục giải quyết khiếu nại, khởi kiện",
        "procedure for resolving the complaint or lawsuit",
    )


#: a key of an event's basis: a step of :class:`RequestStep`, or ``"limit:<id>"`` for the
#: unit of law of a declared time limit (``time_limits.toml``)
_BasisKey = RequestStep | str


class _Event(FrozenModel):
    """What every event has: its day (ngày) and its legal basis."""

    BASIS: ClassVar[tuple[_BasisKey, ...]] = ()

    on: Day = Field(title="Ngày")

    @property
    def basis(self) -> tuple[Citation, ...]:
        """The units of law that govern this step, under the ruleset in force on its day
        (empty where that ruleset is not encoded)."""
        from tiepcan.foundation.regimes import resolve_regime

        try:
            rules = resolve_regime(self.on)
        except RegimeNotEncodedError:
            return ()
        return self.basis_in(rules)

    def basis_in(self, rules: Ruleset) -> tuple[Citation, ...]:
        """The units of law that govern this step under ``rules`` (the keys it declares)."""
        return _basis(type(self).BASIS, rules)


def _basis(keys: Iterable[_BasisKey], rules: Ruleset | None) -> tuple[Citation, ...]:
    """The citations of ``keys`` under ``rules`` (a key the ruleset lacks is left out)."""
    if rules is None:
        return ()
    out: list[Citation] = []
    known = set(rules.keys())
    for key in keys:
        if isinstance(key, RequestStep):
            if key.key in known:
                out.append(key.citation_in(rules))
            continue
        limit = _time_limits(rules).get(key.removeprefix("limit:"))
        if limit is not None and limit.citation not in out:
            out.append(limit.citation)
    return tuple(out)


def _time_limits(rules: Ruleset) -> dict[str, TimeLimit]:
    from tiepcan.deadlines import time_limits

    return time_limits(regime=rules)


class Received(_Event):
    """Tiếp nhận yêu cầu — the request is received and entered in the register (art. 26(1)).

    ``received_via`` is how it came in (art. 24(1)); ``provision_form`` is how the information
    is to be provided (arts. 29–31), the same as ``received_via`` when not stated.
    ``valid=False`` records a request whose form is incomplete or unclear (art. 26(2)).
    ``sent`` is the day the requester sent it (được gửi), when known: Law 01/2026/QH16 art.
    31(4) keeps a request sent before 2026-09-01 under Law 104/2016; it cannot be after ``on``.
    """

    BASIS = (RequestStep.RECEIPT, RequestStep.REGISTER)
    kind: Literal["received"] = Field(title="Loại sự kiện")
    at: ClockTime | None = Field(None, title="Giờ nhận")
    sent: Day | None = Field(None, title="Ngày gửi yêu cầu")
    received_via: Channel = Field(title="Hình thức yêu cầu")
    provision_form: Channel | None = Field(None, title="Hình thức cung cấp thông tin")
    complexity: Complexity = Field(title="Thông tin đơn giản hay phức tạp")
    valid: StrictBool = Field(True, title="Yêu cầu hợp lệ")

    @model_validator(mode="after")
    def _sent_not_after_receipt(self) -> Self:
        if self.sent is not None and self.sent > self.on:
            raise ValueError(f"sent {self.sent} after received {self.on} (sent-after-received)")
        return self


class GuidedToComplete(_Event):
    """Hướng dẫn người yêu cầu bổ sung — guidance to complete the request (art. 26(2))."""

    BASIS = (RequestStep.COMPLETION,)
    kind: Literal["guided_to_complete"] = Field(title="Loại sự kiện")
    missing: _Text | None = Field(None, title="Nội dung cần bổ sung")


class Completed(_Event):
    """Yêu cầu được bổ sung, trở thành hợp lệ — the request is complete; the clock starts."""

    BASIS = (RequestStep.COMPLETION,)
    kind: Literal["completed"] = Field(title="Loại sự kiện")


class Redirected(_Event):
    """Thông báo và hướng dẫn đến cơ quan có trách nhiệm — redirected (art. 26(3))."""

    BASIS = (RequestStep.REDIRECTION,)
    kind: Literal["redirected"] = Field(title="Loại sự kiện")
    to_agency: _Text = Field(title="Cơ quan có trách nhiệm cung cấp")


class TimeLimitNotified(_Event):
    """Thông báo bằng văn bản về thời hạn giải quyết — notice of the time limit (arts. 30(4), 31(2))."""

    BASIS = ("limit:electronic.complex.notice", "limit:postal_fax.complex.notice")
    kind: Literal["time_limit_notified"] = Field(title="Loại sự kiện")


class CostsNotified(_Event):
    """Thông báo chi phí, phương thức và thời hạn thanh toán — costs notified (art. 27).

    ``amount`` is in đồng. When ``items`` are given, the fold prices them with
    :func:`tiepcan.fees.quote` and reports a notice that differs from the quote.
    """

    BASIS = (RequestStep.HANDLING, RequestStep.PAYMENT_FIRST)
    kind: Literal["costs_notified"] = Field(title="Loại sự kiện")
    amount: _Dong = Field(title="Số tiền (đồng)")
    payment_due: Day = Field(title="Thời hạn thanh toán")
    items: dict[FeeItem, _Dong] | None = Field(None, title="Các khoản chi phí")
    area: Area = Field(Area.ORDINARY, title="Địa bàn")
    postage: _Dong = Field(0, title="Chi phí gửi qua bưu chính (đồng)")


class CostsPaid(_Event):
    """Người yêu cầu thanh toán chi phí — costs paid, before provision (Decree 13 art. 13(2))."""

    BASIS = (RequestStep.HANDLING, RequestStep.PAYMENT_FIRST)
    kind: Literal["costs_paid"] = Field(title="Loại sự kiện")
    amount: _Dong = Field(title="Số tiền (đồng)")


class Extended(_Event):
    """Thông báo gia hạn (Mẫu số 04) — the time limit is extended (arts. 29(2), 30(4), 31(2)).

    ``length`` is in the unit of the article: working days at the office (at most 10), days
    otherwise (at most 15); ``None`` is the longest the law allows.
    """

    BASIS = (
        "limit:at_office.complex.extension",
        "limit:electronic.complex.extension",
        "limit:postal_fax.complex.extension",
        RequestStep.EXTENSION_FORM,
    )
    kind: Literal["extended"] = Field(title="Loại sự kiện")
    reason: _Text = Field(title="Lý do gia hạn")
    length: Annotated[int, Field(ge=1, strict=True)] | None = Field(None, title="Thời gian gia hạn")


class Provided(_Event):
    """Cung cấp thông tin (Mẫu số 03) — provided in full, or in part with grounds for the rest."""

    BASIS = (RequestStep.HANDLING, RequestStep.PROVISION_FORM)
    kind: Literal["provided"] = Field(title="Loại sự kiện")
    in_part: StrictBool = Field(False, title="Cung cấp một phần")
    withheld_grounds: tuple[RefusalGround, ...] = Field(
        (), title="Căn cứ không cung cấp phần còn lại"
    )


class Refused(_Event):
    """Thông báo từ chối (Mẫu số 05) — refused in writing, with its grounds (art. 28)."""

    BASIS = (RequestStep.REFUSAL, RequestStep.REFUSAL_IN_WRITING, RequestStep.REFUSAL_FORM)
    kind: Literal["refused"] = Field(title="Loại sự kiện")
    grounds: Annotated[tuple[RefusalGround, ...], Field(min_length=1)] = Field(
        title="Căn cứ từ chối"
    )
    reasons: _Text | None = Field(None, title="Lý do từ chối")


class CorrectionRequested(_Event):
    """Yêu cầu cung cấp lại thông tin chính xác — correction asked (art. 32(2))."""

    BASIS = (RequestStep.CORRECTION,)
    kind: Literal["correction_requested"] = Field(title="Loại sự kiện")


class CorrectionAnswered(_Event):
    """Trả lời về tính chính xác của thông tin — correction answered (art. 32(2))."""

    BASIS = (RequestStep.CORRECTION,)
    kind: Literal["correction_answered"] = Field(title="Loại sự kiện")
    corrected: StrictBool = Field(title="Đã đính chính")


class ComplaintRoute(BilingualStrEnum):
    """Art. 14(1): the requester may complain or sue."""

    COMPLAINT = ("complaint", "Khiếu nại", "administrative complaint")
    LAWSUIT = ("lawsuit", "Khởi kiện", "lawsuit")


class ComplaintFiled(_Event):
    """Khiếu nại, khởi kiện — a complaint or lawsuit is filed (art. 14(1), (3))."""

    BASIS = (RequestStep.COMPLAINT, RequestStep.COMPLAINT_PROCEDURE)
    kind: Literal["complaint_filed"] = Field(title="Loại sự kiện")
    route: ComplaintRoute = Field(ComplaintRoute.COMPLAINT, title="Khiếu nại hay khởi kiện")


class ComplaintResolved(_Event):
    """Giải quyết khiếu nại, khởi kiện — the complaint or lawsuit is resolved (art. 14(3))."""

    BASIS = (RequestStep.COMPLAINT_PROCEDURE,)
    kind: Literal["complaint_resolved"] = Field(title="Loại sự kiện")


class Withdrawn(_Event):
    """Người yêu cầu rút yêu cầu — the requester withdraws the request.

    The law neither provides for nor forbids a withdrawal (arts. 24–28 of Law 104/2016,
    arts. 24–27 of Law 01/2026 are silent). tiepcan's reading (interpretation
    ``withdrawal-closes-request``): a request withdrawn in writing, or recorded in the
    register as withdrawn by the requester, is closed on that day; no time limit runs
    after it and it is never overdue. A withdrawal after a final outcome is a problem.
    """

    BASIS = (RequestStep.RECEIPT,)
    kind: Literal["withdrawn"] = Field(title="Loại sự kiện")
    reason: _Text | None = Field(None, title="Lý do rút yêu cầu")


Event: TypeAlias = Annotated[
    Received
    | GuidedToComplete
    | Completed
    | Redirected
    | TimeLimitNotified
    | CostsNotified
    | CostsPaid
    | Extended
    | Provided
    | Refused
    | CorrectionRequested
    | CorrectionAnswered
    | ComplaintFiled
    | ComplaintResolved
    | Withdrawn,
    Field(discriminator="kind"),
]

_EVENT_TYPES: tuple[type[_Event], ...] = (
    Received,
    GuidedToComplete,
    Completed,
    Redirected,
    TimeLimitNotified,
    CostsNotified,
    CostsPaid,
    Extended,
    Provided,
    Refused,
    CorrectionRequested,
    CorrectionAnswered,
    ComplaintFiled,
    ComplaintResolved,
    Withdrawn,
)


@cache
def _event_adapter() -> TypeAdapter[Any]:
    return TypeAdapter(Event)


@cache
def _events_adapter() -> TypeAdapter[Any]:
    return TypeAdapter(list[Event])


def event_json_schema() -> dict[str, Any]:
    """JSON Schema of one event (a union tagged by ``kind``)."""
    schema: dict[str, Any] = _event_adapter().json_schema()
    return schema


def parse_events(data: Iterable[Any] | str | bytes) -> list[_Event]:
    """Validate events given as models, mappings, or a JSON array; bad input raises.

    >>> parse_events('[{"kind": "completed", "on": "2024-01-02"}]')[0].on
    datetime.date(2024, 1, 2)
    >>> parse_events([{"kind": "completed", "on": 1704153600}])
    Traceback (most recent call last):
    tiepcan.foundation.errors.InvalidInputError: [invalid-input] ... expected a date as YYYY-MM-DD...
    """
    try:
        if isinstance(data, str | bytes):
            return list(_events_adapter().validate_json(data))
        return [
            e if isinstance(e, _EVENT_TYPES) else _event_adapter().validate_python(e) for e in data
        ]
    except ValidationError as exc:
        raise from_validation_error(exc, what="events") from None
    except TypeError as exc:
        raise InvalidInputError(detail=f"events: {exc}") from None


# --------------------------------------------------------------------------------------
# Results: light, frozen, slotted dataclasses (a register holds a million of them).


class RequestOutcome(BilingualStrEnum):
    """Kết quả giải quyết — how a request was closed.

    The one list of outcomes: the register's outcome column (``RegisterOutcome`` is this
    enum), the final statuses of :class:`RequestStatus`, the events that close a request and
    :func:`to_event` (which maps every outcome of :mod:`tiepcan.decision` to one of these or
    to guidance) are derived from it, and a test checks that they agree.
    """

    PROVIDED = ("provided", "Cung cấp thông tin", "provided")
    PROVIDED_IN_PART = ("provided_in_part", "Cung cấp một phần thông tin", "provided in part")
    REFUSED = ("refused", "Từ chối cung cấp thông tin", "refused")
    REDIRECTED = (
        "redirected",
        "Hướng dẫn đến cơ quan có trách nhiệm cung cấp thông tin",
        "directed to the responsible agency",
    )
    WITHDRAWN = ("withdrawn", "Người yêu cầu rút yêu cầu", "withdrawn by the requester")

    @property
    def answered(self) -> bool:
        """An answer the time limits judge (provided, in part, refused); a redirection
        (art. 26(3), no time limit) and a withdrawal close the request unjudged."""
        return self in _ANSWERS


_ANSWERS = frozenset(
    {RequestOutcome.PROVIDED, RequestOutcome.PROVIDED_IN_PART, RequestOutcome.REFUSED}
)


class RequestStatus(BilingualStrEnum):
    """Where the request stands: open (the first four) or closed with an outcome."""

    NOT_RECEIVED = ("not_received", "Chưa nhận yêu cầu", "not yet received")
    AWAITING_COMPLETION = (
        "awaiting_completion",
        "Chờ người yêu cầu bổ sung",
        "waiting for the requester to complete the request",
    )
    IN_PROGRESS = ("in_progress", "Đang giải quyết", "being handled")
    AWAITING_PAYMENT = ("awaiting_payment", "Chờ thanh toán chi phí", "waiting for payment")
    PROVIDED = ("provided", "Đã cung cấp thông tin", "information provided")
    PROVIDED_IN_PART = ("provided_in_part", "Đã cung cấp một phần thông tin", "provided in part")
    REFUSED = ("refused", "Từ chối cung cấp thông tin", "refused")
    REDIRECTED = (
        "redirected",
        "Hướng dẫn đến cơ quan có trách nhiệm cung cấp thông tin",
        "directed to the responsible agency",
    )
    WITHDRAWN = ("withdrawn", "Người yêu cầu đã rút yêu cầu", "withdrawn by the requester")


#: statuses after which no further outcome may be recorded: one per outcome
FINAL_STATUSES = frozenset(RequestStatus(o.value) for o in RequestOutcome)


class Timeliness(BilingualStrEnum):
    """Whether a duty was, or is being, done in time."""

    ON_TIME = ("on_time", "Đúng hạn", "done on time")
    LATE = ("late", "Trễ hạn", "done late")
    PENDING = ("pending", "Trong hạn, chưa thực hiện", "not yet done, still in time")
    OVERDUE = ("overdue", "Quá hạn, chưa thực hiện", "not done, past due")
    NOT_APPLICABLE = ("not_applicable", "Không áp dụng thời hạn", "no time limit applies")
    NOT_COMPUTABLE = (
        "not_computable",
        "Không tính được thời hạn",
        "the time limit cannot be computed",
    )


class DeadlineKind(BilingualStrEnum):
    """The time limits a request can carry."""

    RESPONSE = ("response", "Thời hạn cung cấp thông tin hoặc từ chối", "answer or refuse by")
    NOTICE = ("notice", "Thời hạn thông báo thời hạn giải quyết", "notify the time limit by")
    EXTENSION_NOTICE = (
        "extension_notice",
        "Thời hạn thông báo gia hạn (trong thời hạn cung cấp thông tin)",
        "notify the extension by (within the original time limit)",
    )
    EXTENDED_RESPONSE = (
        "extended_response",
        "Thời hạn cung cấp thông tin sau gia hạn",
        "answer or refuse by, as extended",
    )
    PAYMENT = ("payment", "Thời hạn thanh toán chi phí", "pay the costs by")
    CORRECTION = (
        "correction",
        "Thời hạn trả lời yêu cầu cung cấp lại thông tin chính xác",
        "answer the request to correct by",
    )


@dataclass(frozen=True, slots=True)
class Reason:
    """One line of the explanation, in both languages, with its legal basis."""

    text_vi: str
    text_en: str
    citations: tuple[Citation, ...] = ()

    def render(self, lang: Lang = "vi") -> str:
        vi = check_lang(lang) == "vi"
        refs = "; ".join(c.label_in(lang) for c in self.citations)
        return (self.text_vi if vi else self.text_en) + (f" [{refs}]" if refs else "")


@dataclass(frozen=True, slots=True)
class Problem:
    """A step the law does not allow in this order, recorded with its code and citation."""

    code: str
    message_vi: str
    message_en: str
    citation: Citation | None
    #: index of the offending event among those considered (dated on or before ``as_of``)
    event_index: int | None = None
    detail: str | None = None

    def render(self, lang: Lang = "vi") -> str:
        vi = check_lang(lang) == "vi"
        text = f"[{self.code}] {self.message_vi if vi else self.message_en}"
        if self.citation is not None:
            text += f" [{self.citation.label_in(lang)}]"
        return text + (f" ({self.detail})" if self.detail else "")


@dataclass(frozen=True, slots=True)
class DeadlineEntry:
    """One time limit of the request: when it falls due, what met it, and whether in time."""

    kind: DeadlineKind
    due: date
    citation: Citation
    done_on: date | None
    timeliness: Timeliness
    #: working days past ``due`` (done late, or overdue as of the fold); None when in time
    days_late: int | None = None


@dataclass(frozen=True, slots=True)
class CostNotice:
    """Thông báo chi phí — one notice of costs and of the payment deadline (art. 27)."""

    on: date
    amount: int
    payment_due: date


@dataclass(frozen=True, slots=True)
class MovedDeadline:
    """A deadline whose due date differs between two folds (e.g. after a calendar change)."""

    kind: DeadlineKind
    old_due: date | None
    new_due: date | None


@dataclass(frozen=True, slots=True)
class RequestState:
    """The state of one request as of ``as_of``, explained."""

    as_of: date
    status: RequestStatus
    timeliness: Timeliness
    #: working days late (finished late) or overdue (as of ``as_of``); None otherwise
    days_late: int | None
    received_on: date | None
    received_at: time | None
    received_via: Channel | None
    provision_form: Channel | None
    complexity: Complexity | None
    #: the day the request became valid: the clock runs from the next day (art. 26(2))
    valid_from: date | None
    regime: str | None
    #: the governing answer-by date (the extended one if validly extended)
    response_due: date | None
    deadlines: tuple[DeadlineEntry, ...]
    outcome_on: date | None
    refusal_grounds: tuple[RefusalGround, ...]
    costs_notified: int | None
    costs_paid: int | None
    #: total of :func:`tiepcan.fees.quote` for the notified items, when items were given
    quoted_costs: int | None
    correction_pending: bool
    complaint_pending: bool
    provisional: bool
    calendar_version: str
    events_considered: int
    reasons: tuple[Reason, ...]
    problems: tuple[Problem, ...]
    #: every notice of costs, in the order given (the last is the one to pay, art. 27)
    cost_notices: tuple[CostNotice, ...] = ()
    #: the day the request was sent (được gửi), as the receipt records it
    sent: date | None = None
    #: which rule chose the governing law (Law 01/2026/QH16 art. 31(4) for ``transition``);
    #: None where no law could be chosen
    chosen_by: RegimeChoice | None = None
    #: the refusal grounds under their regime-neutral keys (:mod:`tiepcan.foundation.grounds`), in the
    #: order of ``refusal_grounds``: the same key under either law
    refusal_ground_keys: tuple[str, ...] = ()

    def deadline(self, kind: DeadlineKind | str) -> DeadlineEntry | None:
        """The entry of this kind, if the request carries one."""
        k = DeadlineKind.coerce(kind, field="kind")
        return next((d for d in self.deadlines if d.kind is k), None)

    def explain(self, lang: Lang = "vi") -> str:
        """The reasons, then the problems, one per line."""
        lines = [r.render(lang) for r in self.reasons] + [p.render(lang) for p in self.problems]
        return "\n".join(lines)

    def to_json(self) -> str:
        """JSON text; :meth:`from_json` returns an equal state."""
        return _state_adapter().dump_json(self).decode()

    @classmethod
    def from_json(cls, data: str | bytes) -> Self:
        try:
            state: Self = _state_adapter().validate_json(data)
        except ValidationError as exc:
            raise from_validation_error(exc, what="RequestState") from None
        _check_state(state)
        return state


def _check_state(s: RequestState) -> None:
    """A state read back is consistent: no negative amount or count, no due before receipt."""
    wrong = [
        f"{name} < 0"
        for name in ("days_late", "costs_notified", "costs_paid", "quoted_costs")
        if (getattr(s, name) or 0) < 0
    ] + (["events_considered < 0"] if s.events_considered < 0 else [])
    start = s.valid_from or s.received_on
    if start is not None and s.response_due is not None and s.response_due < start:
        wrong.append("response_due before the request became valid")
    if wrong:
        raise InvalidInputError("inconsistent-result", detail="RequestState: " + "; ".join(wrong))


@cache
def _state_adapter() -> TypeAdapter[Any]:
    return TypeAdapter(RequestState)


class EventSequenceError(TiepCanError):
    """``fold(..., strict=True)`` met a sequence of events the law does not allow.

    Its code is ``invalid-event-sequence``; ``problems`` holds what the fold found (each
    :class:`Problem` with its own code and citation), and the detail lists them.
    """

    default_code = "invalid-event-sequence"
    default_message_vi = "Trình tự các bước giải quyết yêu cầu không hợp lệ"
    default_message_en = "the sequence of steps in handling the request is not valid"
    problems: tuple[Problem, ...] = ()


# --------------------------------------------------------------------------------------
# The calendar version a state was computed with.


@cache
def calendar_version() -> str:
    """Version of the bundled working-day calendar: last announced year and a content hash.

    >>> calendar_version().startswith("announced-through-")
    True
    """
    raw = data_file("calendar.json").encode("utf-8")
    through = json.loads(raw)["announced_through"]
    return f"announced-through-{through}+sha256-{hashlib.sha256(raw).hexdigest()[:12]}"


# --------------------------------------------------------------------------------------
# Problems, by code: the message and the unit of law each one breaks.

#: a problem about an extension has no fixed citation: the unit of law that governs the
#: request's extension (art. 29(2) at the office, 30(4) electronically, 31(2) by post or fax;
#: the simple limit where none is allowed) comes from its :class:`ResponseRule`
_EXTENSION_PROBLEMS = frozenset(
    {"two-extensions", "extension-notice-late", "invalid-extension-length"}
)
#: the step of the procedure whose provision each problem breaks (its text is
#: ``problem.<code>`` in :mod:`tiepcan.texts.lifecycle`)
_PROBLEM_STEPS: dict[str, RequestStep | None] = {
    "events-out-of-order": RequestStep.RECEIPT,
    "event-before-receipt": RequestStep.RECEIPT,
    "received-twice": RequestStep.RECEIPT,
    "already-valid": RequestStep.COMPLETION,
    "two-extensions": None,
    "extension-not-available": None,
    "extension-notice-late": None,
    "invalid-extension-length": None,
    "payment-before-costs-notice": RequestStep.HANDLING,
    "costs-differ-from-quote": RequestStep.HANDLING,
    "provided-before-payment": RequestStep.PAYMENT_FIRST,
    "outcome-after-final": RequestStep.HANDLING,
    "unpaid-costs-not-notified": RequestStep.UNPAID_COSTS,
    "unpaid-costs-but-paid": RequestStep.UNPAID_COSTS,
    "unpaid-costs-before-payment-due": RequestStep.UNPAID_COSTS,
    "correction-without-provision": RequestStep.CORRECTION,
    "answer-without-correction-request": RequestStep.CORRECTION,
    "resolution-without-complaint": RequestStep.COMPLAINT_PROCEDURE,
    "date-outside-calendar": RequestStep.RECEIPT,
}


def _problem(code: str, index: int | None, detail: str | None = None) -> Problem:
    """A problem, cited once the request's ruleset is known (:func:`_cite_problems`)."""
    text = say(TEXTS, f"problem.{code}")
    return Problem(code, text.vi, text.en, None, index, detail)


def _cite_problems(
    problems: list[Problem], rules: Ruleset | None, rule: ResponseRule | None
) -> list[Problem]:
    """Give each problem its citation under the request's ruleset: a problem about an
    extension the unit of law of this request's own rule; one raised by the fee engine
    the duty to notify the costs (art. 27)."""
    out = []
    for p in problems:
        if p.citation is None:
            p = replace(p, citation=_problem_citation(p.code, rules, rule))
        out.append(p)
    return out


def _problem_citation(
    code: str, rules: Ruleset | None, rule: ResponseRule | None
) -> Citation | None:
    if code in _EXTENSION_PROBLEMS:
        return rule.extension_citation if rule else None
    if code == "extension-not-available":
        return rule.limit.citation if rule else None
    step = _PROBLEM_STEPS.get(code, RequestStep.HANDLING)
    cited = _basis((step,), rules) if step is not None else ()
    return cited[0] if cited else None


# --------------------------------------------------------------------------------------
# Deadline arithmetic, kept apart so a register can compute it in one batch call.


@dataclass(frozen=True, slots=True)
class ResponseRule:
    """Thời hạn giải quyết yêu cầu — the time limits that govern answering one kind of request.

    The one path by which lifecycle, register, batch and statistics read the law: the ruleset's
    own choice (its ``response_limits`` rule function: the 2016 reading follows the form of
    provision, arts. 29–31, and the way the request came in where they differ) and the
    declared limits with their citations (``time_limits.toml``).

    >>> r = response_rule("postal", "at_office", "complex", regime="ati-2016")
    >>> r.limit.id, r.notice.id, r.extension.citation.label_en
    ('at_office.complex', 'postal_fax.complex.notice', 'Law 104/2016/QH13 on Access to Information, art. 29(2)')

    Under Law 01/2026/QH16 one limit for every request, no notice, an extension (art. 26(3)):

    >>> r = response_rule("postal", "at_office", "simple", regime="ati-2026")
    >>> r.limit.id, r.notice, r.extension.citation.ref
    ('response', None, '01/2026/QH16 art. 26(3)')
    """

    regime: str
    received_via: Channel
    provision_form: Channel
    complexity: Complexity
    #: the limit to provide or refuse
    limit: TimeLimit
    #: the limit to notify the time limit in writing (complex requests), if any
    notice: TimeLimit | None
    #: the longest extension allowed, if any
    extension: TimeLimit | None
    #: the ids of the readings the ruleset applied (registry of interpretations)
    interpretations: tuple[str, ...]

    @property
    def extension_citation(self) -> Citation:
        """The unit of law an extension of this request is governed by (the limit's own,
        where no extension is allowed: e.g. art. 30(3) for simple information)."""
        return (self.extension or self.limit).citation


def response_rule(
    received_via: Channel | str,
    provision_form: Channel | str,
    complexity: Complexity | str,
    *,
    regime: RegimeLike,
) -> ResponseRule:
    """The :class:`ResponseRule` of a request under ``regime`` (an id, Regime or Ruleset)."""
    from tiepcan.foundation.regimes import require_engine, ruleset

    rules = require_engine(ruleset(regime), "lifecycle")  # a ruleset complete for the chain
    key = (
        Channel.coerce(received_via, field="received_via"),
        Channel.coerce(provision_form, field="provision"),
        Complexity.coerce(complexity, field="complexity"),
    )
    table: dict[tuple[Channel, Channel, Complexity], ResponseRule] = rules.cached(
        "lifecycle-response-rules", lambda _rs: {}
    )
    found = table.get(key)
    if found is None:
        found = table[key] = _build_rule(rules, *key)
    return found


def _build_rule(
    rules: Ruleset, via: Channel, form: Channel, complexity: Complexity
) -> ResponseRule:
    from tiepcan.deadlines import time_limits

    limits = time_limits(regime=rules)
    limit_id, notice_id, readings = rules.function("response_limits")(via, form, complexity)
    return ResponseRule(
        regime=rules.id,
        received_via=via,
        provision_form=form,
        complexity=complexity,
        limit=limits[limit_id],
        notice=limits[notice_id] if notice_id else None,
        extension=limits.get(f"{limit_id}.extension"),
        interpretations=tuple(readings),
    )


@dataclass(frozen=True, slots=True)
class _Dues:
    original: date
    notice: date | None
    extended: date | None
    regime: str
    provisional: bool


def governing_sent(received: date, valid_from: date | None, sent: date | None) -> date | None:
    """The day a request was sent, for choosing its law (Law 01/2026/QH16 art. 31(4)).

    ``sent`` when the receipt records it; otherwise, for a request that became valid after
    the day it was received (art. 26(2)), the day received: it was sent no later than that.
    ``None`` (the law of the day counted from decides) for a request valid on receipt.

    >>> governing_sent(date(2026, 8, 28), date(2026, 9, 3), None)
    datetime.date(2026, 8, 28)
    >>> governing_sent(date(2026, 9, 3), date(2026, 9, 3), None) is None
    True
    """
    dated = type(received) is date and type(valid_from) in (date, type(None))
    if not (dated and type(sent) in (date, type(None))):
        raise InvalidInputError(
            "invalid-date",
            detail=f"received={echo(received)}, valid_from={echo(valid_from)}, sent={echo(sent)}",
        )
    if sent is not None:
        if sent > received:
            raise InvalidInputError(
                "sent-after-received", detail=f"sent {sent}, received {received}"
            )
        return sent
    if valid_from is not None and received < valid_from:
        return received
    return None


def governing_rules(
    valid_from: date, sent: date | None, regime: RegimeLike | None = None
) -> tuple[Ruleset, RegimeChoice, Citation | None]:
    """The ruleset that governs a request counted from ``valid_from`` and sent on ``sent``,
    what chose it and the transitional provision that did (:func:`tiepcan.foundation.regimes.
    choose_ruleset`, the one path), checked to be encoded for the register chain
    (``engines.toml`` lists ``lifecycle``)."""
    from tiepcan.foundation.regimes import choose_ruleset, require_engine

    rules, how, cited = choose_ruleset(valid_from, sent=sent, regime=regime)
    require_engine(rules, "lifecycle")
    return rules, how, cited


def _dues(
    valid_from: date,
    via: Channel,
    form: Channel,
    complexity: Complexity,
    extension: int | Literal[False] | None,
    regime: str | None,
    sent: date | None = None,
) -> _Dues:
    """Due dates from :func:`tiepcan.deadlines.response_deadline` (``extension=False``: none)."""
    governing_rules(valid_from, sent, regime)
    from tiepcan.deadlines import response_deadline

    base = response_deadline(
        valid_from, form, complexity, received_via=via, regime=regime, sent=sent
    )
    extended = None
    provisional = base.provisional
    if extension is not False:
        ext = response_deadline(
            valid_from,
            form,
            complexity,
            received_via=via,
            extended=True,
            extension_length=extension,
            regime=regime,
            sent=sent,
        )
        extended, provisional = ext.due, ext.provisional
    return _Dues(base.original_due, base.notice_due, extended, base.regime, provisional)


def judge(due: date, done_on: date | None, as_of: date) -> tuple[Timeliness, int | None]:
    """Timeliness of a duty due on ``due``, done on ``done_on`` (or not yet), as of ``as_of``.

    A period ends at 24:00 of its last day (Civil Code art. 148(1)): done on ``due`` is on
    time. Lateness is counted in working days after ``due``; a request still open on the
    Saturday after a Friday due date is overdue by 0 working days.

    >>> judge(date(2025, 2, 19), None, date(2025, 2, 26))   # Thu 20 … Wed 26 Feb 2025
    (<Timeliness.OVERDUE: 'overdue'>, 5)
    """
    from tiepcan.foundation.workdays import working_days_between

    if done_on is not None:
        if done_on <= due:
            return Timeliness.ON_TIME, None
        return Timeliness.LATE, working_days_between(due, done_on)
    if as_of <= due:
        return Timeliness.PENDING, None
    return Timeliness.OVERDUE, working_days_between(due, as_of)


# --------------------------------------------------------------------------------------
# The fold.


class _Acc:
    """What the events have established so far; one method per kind of event."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.received: Received | None = None
        self.completed: Completed | None = None
        self.notice: TimeLimitNotified | None = None
        self.costs: CostsNotified | None = None
        self.cost_notices: list[CostsNotified] = []
        self.paid: CostsPaid | None = None
        self.extension: Extended | None = None
        self.extension_index: int | None = None
        self.outcome: Provided | Refused | Redirected | Withdrawn | None = None
        self.correction: CorrectionRequested | None = None
        self.correction_answer: CorrectionAnswered | None = None
        self.complaint: ComplaintFiled | None = None
        self.complaint_resolved: ComplaintResolved | None = None
        self.last: date | None = None

    def add(self, i: int, e: _Event) -> None:
        if self.last is not None and e.on < self.last:
            self.problems.append(_problem("events-out-of-order", i, f"{e.on} after {self.last}"))
        self.last = e.on if self.last is None else max(self.last, e.on)
        if isinstance(e, Received):
            self._received(i, e)
        elif self.received is None:
            self.problems.append(_problem("event-before-receipt", i, getattr(e, "kind", "")))
        else:
            if e.on < self.received.on:  # recorded after the receipt, dated before it: kept
                self.problems.append(_problem("event-before-receipt", i, getattr(e, "kind", "")))
            _HANDLERS[type(e)](self, i, e)

    def _received(self, i: int, e: Received) -> None:
        if self.received is not None:
            self.problems.append(_problem("received-twice", i))
            return
        self.received = e

    def _completed(self, i: int, e: _Event) -> None:
        assert self.received is not None and isinstance(e, Completed)
        if self.received.valid or self.completed is not None:
            self.problems.append(_problem("already-valid", i))
            return
        self.completed = e

    def _notice(self, i: int, e: _Event) -> None:
        assert isinstance(e, TimeLimitNotified)
        self.notice = self.notice or e

    def _costs(self, i: int, e: _Event) -> None:
        assert isinstance(e, CostsNotified)
        self.costs = e  # a later notice replaces an earlier one as the one to pay
        self.cost_notices.append(e)  # and every notice is kept

    def _paid(self, i: int, e: _Event) -> None:
        assert isinstance(e, CostsPaid)
        if self.costs is None:
            self.problems.append(_problem("payment-before-costs-notice", i))
        self.paid = e

    def _extended(self, i: int, e: _Event) -> None:
        assert self.received is not None and isinstance(e, Extended)
        if self.extension is not None:
            self.problems.append(_problem("two-extensions", i))
        else:  # whether the law allows one is the request's rule's to say (_try_dues)
            self.extension, self.extension_index = e, i

    def _outcome(self, i: int, e: _Event) -> None:
        assert isinstance(e, Provided | Refused | Redirected | Withdrawn)
        if self.outcome is not None:
            self.problems.append(
                _problem("outcome-after-final", i, f"{e.kind} after {self.outcome.kind}")
            )
            return
        if isinstance(e, Provided) and self.costs is not None and self._unpaid():
            self.problems.append(_problem("provided-before-payment", i))
        if isinstance(e, Refused) and RefusalGround.UNPAID_COSTS in e.grounds:
            self._check_unpaid_refusal(i, e)
        self.outcome = e

    def _unpaid(self) -> bool:
        return self.costs is not None and self.costs.amount > (self.paid.amount if self.paid else 0)

    def _check_unpaid_refusal(self, i: int, e: Refused) -> None:
        if self.costs is None:
            self.problems.append(_problem("unpaid-costs-not-notified", i))
        elif not self._unpaid():
            self.problems.append(_problem("unpaid-costs-but-paid", i))
        elif e.on <= self.costs.payment_due:
            self.problems.append(_problem("unpaid-costs-before-payment-due", i))

    def _correction(self, i: int, e: _Event) -> None:
        assert isinstance(e, CorrectionRequested)
        if not isinstance(self.outcome, Provided):
            self.problems.append(_problem("correction-without-provision", i))
        self.correction, self.correction_answer = e, None

    def _correction_answer(self, i: int, e: _Event) -> None:
        assert isinstance(e, CorrectionAnswered)
        if self.correction is None:
            self.problems.append(_problem("answer-without-correction-request", i))
        self.correction_answer = e

    def _complaint(self, i: int, e: _Event) -> None:
        assert isinstance(e, ComplaintFiled)
        self.complaint, self.complaint_resolved = e, None

    def _complaint_resolved(self, i: int, e: _Event) -> None:
        assert isinstance(e, ComplaintResolved)
        if self.complaint is None:
            self.problems.append(_problem("resolution-without-complaint", i))
        self.complaint_resolved = e

    def _guided(self, i: int, e: _Event) -> None:
        """Guidance is recorded for the register; it sets no time limit of its own."""


_HANDLERS: dict[type[_Event], Any] = {
    GuidedToComplete: _Acc._guided,
    Completed: _Acc._completed,
    Redirected: _Acc._outcome,
    TimeLimitNotified: _Acc._notice,
    CostsNotified: _Acc._costs,
    CostsPaid: _Acc._paid,
    Extended: _Acc._extended,
    Provided: _Acc._outcome,
    Refused: _Acc._outcome,
    CorrectionRequested: _Acc._correction,
    CorrectionAnswered: _Acc._correction_answer,
    ComplaintFiled: _Acc._complaint,
    ComplaintResolved: _Acc._complaint_resolved,
    Withdrawn: _Acc._outcome,
}


def check_as_of(value: object) -> date:
    """``as_of`` checked: a date (not a datetime), else :class:`InvalidInputError`; read by
    the one reader of a day (:func:`~tiepcan.foundation._model.as_day`)."""
    return as_day(value, "as_of", governing=True)


@dataclass(frozen=True, slots=True)
class RequestSteps:
    """What a request's events establish, before any time limit is counted: the one reading
    of the events that :func:`fold` and the register's rows share (the first receipt, the
    first notice of the time limit, every notice of costs, the one valid extension, the
    first final outcome; problems as :func:`fold` reports them)."""

    received: Received | None
    completed: Completed | None
    notice: TimeLimitNotified | None
    cost_notices: tuple[CostsNotified, ...]
    paid: CostsPaid | None
    extension: Extended | None
    outcome: Provided | Refused | Redirected | Withdrawn | None
    correction: CorrectionRequested | None
    correction_answer: CorrectionAnswered | None
    complaint: ComplaintFiled | None
    complaint_resolved: ComplaintResolved | None
    problems: tuple[Problem, ...]

    @property
    def costs(self) -> CostsNotified | None:
        """The notice of costs in force: the last one (it replaces the earlier, art. 27)."""
        return self.cost_notices[-1] if self.cost_notices else None


def read_steps(events: Iterable[Any] | str | bytes) -> RequestSteps:
    """The :class:`RequestSteps` of a request's events (validated as :func:`parse_events`)."""
    acc = _Acc()
    for i, e in enumerate(parse_events(events)):
        acc.add(i, e)
    return RequestSteps(
        received=acc.received,
        completed=acc.completed,
        notice=acc.notice,
        cost_notices=tuple(acc.cost_notices),
        paid=acc.paid,
        extension=acc.extension,
        outcome=acc.outcome,
        correction=acc.correction,
        correction_answer=acc.correction_answer,
        complaint=acc.complaint,
        complaint_resolved=acc.complaint_resolved,
        problems=tuple(acc.problems),
    )


def fold(
    events: Iterable[Any] | str | bytes,
    *,
    as_of: date,
    strict: bool = False,
    regime: str | None = None,
) -> RequestState:
    """Fold one request's events into its state as of ``as_of``.

    ``events`` are event models, mappings with a ``kind``, or a JSON array, in the order they
    were recorded. Events dated after ``as_of`` are ignored. ``regime`` is passed to
    :func:`tiepcan.deadlines.response_deadline` (``None``: the regime of the day the request
    became valid). Problems are recorded on the state; with ``strict=True`` the first one
    raises :class:`EventSequenceError`.
    """
    day = check_as_of(as_of)
    if type(strict) is not bool:  # "0" is not false
        raise InvalidInputError(detail=f"strict must be True or False: strict={echo(strict)}")
    considered = [e for e in parse_events(events) if e.on <= day]
    acc = _Acc()
    for i, e in enumerate(considered):
        acc.add(i, e)
    state = _finish(acc, day, len(considered), regime)
    if strict and state.problems:
        error = EventSequenceError(detail=_strict_detail(state.problems))
        error.problems = tuple(state.problems)
        raise error
    return state


def _strict_detail(problems: Sequence[Problem]) -> str:
    return "; ".join(
        f"event {p.event_index}: {p.code}" + (f" ({p.detail})" if p.detail else "")
        for p in problems
    )


def _finish(acc: _Acc, as_of: date, n: int, regime: str | None) -> RequestState:
    """Turn what the events established into the state."""
    r = acc.received
    if r is None:
        return _not_received(as_of, n, acc.problems)
    form = r.provision_form or r.received_via
    valid_from = r.on if r.valid else (acc.completed.on if acc.completed else None)
    sent = governing_sent(r.on, valid_from, r.sent)
    chosen = _chosen(valid_from or r.on, sent, regime)
    rules = chosen[0] if chosen else None
    reasons = [_receipt_reason(r, form, rules)]
    if chosen is not None:
        reasons.append(_governing_reason(*chosen))
    problems = list(acc.problems)
    dues, regime_id, rule = None, None, None
    if valid_from is not None:
        reasons.append(_validity_reason(r, valid_from, rules))
        dues, rule = _try_dues(acc, valid_from, r, form, regime, sent, reasons, problems)
        regime_id = dues.regime if dues else None
    deadlines, response_due = _deadlines(acc, dues, rule, rules, as_of, reasons, problems)
    quoted = _quoted(acc.costs, form, r.on, sent, regime, problems)
    problems = _cite_problems(problems, rules, rule)
    status = _status(acc)
    reasons.extend(_renotice_reasons(acc.cost_notices, rules))
    timeliness, late = _overall(status, valid_from, dues, response_due, acc, as_of)
    reasons.append(_timeliness_reason(timeliness, late, response_due, status))
    return RequestState(
        as_of=as_of,
        status=status,
        timeliness=timeliness,
        days_late=late,
        received_on=r.on,
        received_at=r.at,
        received_via=r.received_via,
        provision_form=form,
        complexity=r.complexity,
        valid_from=valid_from,
        regime=regime_id,
        response_due=response_due,
        deadlines=deadlines,
        outcome_on=acc.outcome.on if acc.outcome else None,
        refusal_grounds=_grounds(acc.outcome),
        costs_notified=acc.costs.amount if acc.costs else None,
        costs_paid=acc.paid.amount if acc.paid else None,
        quoted_costs=quoted,
        correction_pending=acc.correction is not None and acc.correction_answer is None,
        complaint_pending=acc.complaint is not None and acc.complaint_resolved is None,
        provisional=bool(dues and dues.provisional),
        calendar_version=calendar_version(),
        events_considered=n,
        reasons=tuple(reasons),
        problems=tuple(problems),
        cost_notices=tuple(CostNotice(c.on, c.amount, c.payment_due) for c in acc.cost_notices),
        sent=r.sent,
        chosen_by=chosen[1] if chosen else None,
        refusal_ground_keys=_neutral_keys(_grounds(acc.outcome), rules),
    )


def _chosen(
    day: date, sent: date | None, regime: str | None
) -> tuple[Ruleset, RegimeChoice, Citation | None] | None:
    """The law that governs the request (:func:`governing_rules`), or ``None`` where none is
    encoded for the register chain (the request is recorded and cites nothing)."""
    try:
        return governing_rules(day, sent, regime)
    except RegimeNotEncodedError:
        return None
    except InvalidInputError:  # a regime= the day cannot take: the time limits will say so
        return None


def _governing_reason(rules: Ruleset, how: RegimeChoice, cited: Citation | None) -> Reason:
    """Which law governs the request and which rule chose it (art. 31(4) for a request sent
    before Law 01/2026/QH16 took effect)."""
    chosen_by = Text(how.label_vi.lower(), how.label_en)
    text = say(TEXTS, "reason.governing_law", law=rules.regime.name, chosen_by=chosen_by)
    return Reason(text.vi, text.en, (cited,) if cited is not None else ())


def _neutral_keys(grounds: Sequence[RefusalGround], rules: Ruleset | None) -> tuple[str, ...]:
    """The regime-neutral keys of the grounds under the request's law (empty without one)."""
    if rules is None or not grounds:
        return ()
    from tiepcan.foundation.grounds import neutral_key

    return tuple(neutral_key(g.value, rules) for g in grounds)


def _rules_for(day: date, regime: str | None) -> Ruleset | None:
    """The ruleset a request's citations come from: the one its time limits use (``None``
    where its governing regime is not encoded: it is recorded, and cites nothing)."""
    from tiepcan.foundation.regimes import resolve_regime

    try:
        return resolve_regime(day, regime)
    except RegimeNotEncodedError:
        return None


def _not_received(as_of: date, n: int, problems: list[Problem]) -> RequestState:
    rules = _rules_for(as_of, None)
    return RequestState(
        as_of=as_of,
        status=RequestStatus.NOT_RECEIVED,
        timeliness=Timeliness.NOT_APPLICABLE,
        days_late=None,
        received_on=None,
        received_at=None,
        received_via=None,
        provision_form=None,
        complexity=None,
        valid_from=None,
        regime=None,
        response_due=None,
        deadlines=(),
        outcome_on=None,
        refusal_grounds=(),
        costs_notified=None,
        costs_paid=None,
        quoted_costs=None,
        correction_pending=False,
        complaint_pending=False,
        provisional=False,
        calendar_version=calendar_version(),
        events_considered=n,
        reasons=(
            _reason(say(TEXTS, "reason.not_received", as_of=as_of), RequestStep.RECEIPT, rules),
        ),
        problems=tuple(_cite_problems(problems, rules, None)),
    )


def _try_dues(
    acc: _Acc,
    valid_from: date,
    r: Received,
    form: Channel,
    regime: str | None,
    sent: date | None,
    reasons: list[Reason],
    problems: list[Problem],
) -> tuple[_Dues | None, ResponseRule | None]:
    """The due dates and the rule, or None with the reason why they cannot be computed."""
    via, complexity = r.received_via, r.complexity
    try:
        dues = _dues(valid_from, via, form, complexity, False, regime, sent)
    except RegimeNotEncodedError as err:
        reasons.append(
            Reason(err.message_vi, err.message_en + (f" ({err.detail})" if err.detail else ""))
        )
        return None, None
    except CalendarRangeError as err:
        problems.append(_problem("date-outside-calendar", None, err.detail))
        return None, None
    except InvalidInputError as err:
        if err.code != "channel-not-in-law":  # fax after 2026-09-01 (Law 01/2026 art. 24(1))
            raise
        problems.append(Problem(err.code, err.message_vi, err.message_en, None, None, err.detail))
        return None, None
    rule = response_rule(via, form, complexity, regime=dues.regime)
    if rule.notice is None and (complexity is Complexity.COMPLEX or acc.notice is not None):
        reasons.append(_no_notice_reason(rule))
    ext = acc.extension
    if ext is None:
        return dues, rule
    if rule.extension is None:  # e.g. simple information under Law 104/2016 (arts. 29–31)
        problems.append(_problem("extension-not-available", acc.extension_index))
        acc.extension = None
        return dues, rule
    if ext.on > dues.original:
        problems.append(
            _problem(
                "extension-notice-late", None, f"notice {ext.on}, original due {dues.original}"
            )
        )
        acc.extension = None
        return dues, rule
    try:
        return _dues(valid_from, via, form, complexity, ext.length, regime, sent), rule
    except InvalidInputError as err:
        problems.append(_problem("invalid-extension-length", None, err.detail))
        acc.extension = None
        return dues, rule


def _no_notice_reason(rule: ResponseRule) -> Reason:
    """The request's law sets no notice of the time limit (Law 104/2016 art. 29 at the
    office; Law 01/2026/QH16, whose art. 26(3) keeps no counterpart of arts. 30(4), 31(2))."""
    text = say(TEXTS, "reason.no_notice")
    return Reason(text.vi, text.en, (rule.limit.citation,))


def _deadlines(
    acc: _Acc,
    dues: _Dues | None,
    rule: ResponseRule | None,
    rules: Ruleset | None,
    as_of: date,
    reasons: list[Reason],
    problems: list[Problem],
) -> tuple[tuple[DeadlineEntry, ...], date | None]:
    """Each time limit of the request, judged as of ``as_of``.

    A request closed without an answer (redirected under art. 26(3), or withdrawn) owes no
    answer after the day it closed: its open time limits are ``not_applicable``, never
    overdue. The notice of the time limit is met by the notice or by the answer itself,
    whichever comes first (an answer within the notice period leaves nothing to notify).
    """
    out: list[DeadlineEntry] = []
    response_due = None
    o = acc.outcome
    answered = o.on if isinstance(o, Provided | Refused) else None
    closed = o.on if isinstance(o, Redirected | Withdrawn) else None
    if dues is not None and rule is not None:
        cite = rule.limit.citation
        out.append(_entry(DeadlineKind.RESPONSE, dues.original, cite, answered, as_of, closed))
        if dues.notice is not None:
            notice_cite = rule.notice.citation if rule.notice else cite
            met = [d for d in (acc.notice.on if acc.notice else None, answered) if d]
            done = min(met) if met else None
            out.append(_entry(DeadlineKind.NOTICE, dues.notice, notice_cite, done, as_of, closed))
        response_due = dues.original
        if dues.extended is not None and acc.extension is not None:
            ext_cite = rule.extension_citation
            out.append(
                _entry(
                    DeadlineKind.EXTENSION_NOTICE, dues.original, ext_cite, acc.extension.on, as_of
                )
            )
            out.append(
                _entry(
                    DeadlineKind.EXTENDED_RESPONSE, dues.extended, ext_cite, answered, as_of, closed
                )
            )
            response_due = dues.extended
            reasons.append(_extension_reason(acc.extension, dues, ext_cite, rules))
        reasons.append(_due_reason(response_due, cite))
    handling = _basis((RequestStep.HANDLING,), rules)
    if acc.costs is not None and handling:
        done = acc.paid.on if acc.paid else None
        out.append(
            _entry(DeadlineKind.PAYMENT, acc.costs.payment_due, handling[0], done, as_of, closed)
        )
    if acc.correction is not None:
        entry = _correction_entry(acc, as_of, problems)
        if entry is not None:
            out.append(entry)
    return tuple(out), response_due


def _entry(
    kind: DeadlineKind,
    due: date,
    cite: Citation,
    done: date | None,
    as_of: date,
    closed: date | None = None,
) -> DeadlineEntry:
    if done is None and closed is not None and closed <= as_of:
        return DeadlineEntry(kind, due, cite, None, Timeliness.NOT_APPLICABLE, None)
    timeliness, late = judge(due, done, as_of)
    return DeadlineEntry(kind, due, cite, done, timeliness, late)


def _correction_entry(acc: _Acc, as_of: date, problems: list[Problem]) -> DeadlineEntry | None:
    from tiepcan.deadlines import time_limit

    assert acc.correction is not None
    try:
        period = time_limit("correction.on_request", acc.correction.on)
        due, cite = period.due, period.citations[0]
    except RegimeNotEncodedError:
        return None
    except CalendarRangeError as err:
        problems.append(_problem("date-outside-calendar", None, err.detail))
        return None
    done = acc.correction_answer.on if acc.correction_answer else None
    return _entry(DeadlineKind.CORRECTION, due, cite, done, as_of)


def _status(acc: _Acc) -> RequestStatus:
    o = acc.outcome
    if isinstance(o, Provided):
        return RequestStatus.PROVIDED_IN_PART if o.in_part else RequestStatus.PROVIDED
    if isinstance(o, Refused):
        return RequestStatus.REFUSED
    if isinstance(o, Redirected):
        return RequestStatus.REDIRECTED
    if isinstance(o, Withdrawn):
        return RequestStatus.WITHDRAWN
    assert acc.received is not None
    if not acc.received.valid and acc.completed is None:
        return RequestStatus.AWAITING_COMPLETION
    if acc._unpaid():
        return RequestStatus.AWAITING_PAYMENT
    return RequestStatus.IN_PROGRESS


def _overall(
    status: RequestStatus,
    valid_from: date | None,
    dues: _Dues | None,
    response_due: date | None,
    acc: _Acc,
    as_of: date,
) -> tuple[Timeliness, int | None]:
    if status in (RequestStatus.REDIRECTED, RequestStatus.WITHDRAWN) or valid_from is None:
        return Timeliness.NOT_APPLICABLE, None
    if dues is None or response_due is None:
        return Timeliness.NOT_COMPUTABLE, None
    done = acc.outcome.on if acc.outcome is not None else None
    return judge(response_due, done, as_of)


def _grounds(outcome: _Event | None) -> tuple[RefusalGround, ...]:
    if isinstance(outcome, Refused):
        return outcome.grounds
    if isinstance(outcome, Provided):
        return outcome.withheld_grounds
    return ()


def _quoted(
    costs: CostsNotified | None,
    form: Channel,
    received: date,
    sent: date | None,
    regime: RegimeLike | None,
    problems: list[Problem],
) -> int | None:
    """The quote of the notified items under the request's own law (the day it was received,
    or sent: Law 01/2026/QH16 art. 31(4)), as the deadlines are."""
    if costs is None or costs.items is None:
        return None
    from tiepcan.fees import quote

    items: dict[FeeItem | str, int] = {k: v for k, v in costs.items.items()}
    try:
        q = quote(
            items,
            area=costs.area,
            postage=costs.postage,
            channel=form,
            received=received,
            sent=sent,
            regime=regime,
        )
    except TiepCanError as err:
        problems.append(Problem(err.code, err.message_vi, err.message_en, None, None, err.detail))
        return None
    if q.total != costs.amount:
        problems.append(
            _problem("costs-differ-from-quote", None, f"notified {costs.amount}, quote {q.total}")
        )
    return q.total


# --------------------------------------------------------------------------------------
# Reasons (their texts: tiepcan.texts.lifecycle).


def _reason(text: Text, step: RequestStep, rules: Ruleset | None) -> Reason:
    """A reason whose basis is one step of the procedure, as ``rules`` cites it."""
    return Reason(text.vi, text.en, _basis((step,), rules))


def _receipt_reason(r: Received, form: Channel, rules: Ruleset | None) -> Reason:
    text = say(
        TEXTS,
        "reason.receipt",
        received=r.on,
        channel=_lowered(r.received_via),
        form=_lowered(form),
        complexity=_lowered(r.complexity),
    )
    return Reason(text.vi, text.en, r.basis_in(rules) if rules else ())


def _lowered(member: BilingualStrEnum) -> Text:
    """A member's labels inside a sentence: the Vietnamese one in lower case."""
    return Text(member.label_vi.lower(), member.label_en)


def _validity_reason(r: Received, valid_from: date, rules: Ruleset | None) -> Reason:
    if r.valid:
        return _reason(say(TEXTS, "reason.valid_on_receipt"), RequestStep.COMPLETION, rules)
    text = say(TEXTS, "reason.completed", valid_from=valid_from)
    return _reason(text, RequestStep.COMPLETION, rules)


def _extension_reason(ext: Extended, dues: _Dues, cite: Citation, rules: Ruleset | None) -> Reason:
    text = say(TEXTS, "reason.extended", on=ext.on, original=dues.original, reason=ext.reason)
    return Reason(text.vi, text.en, (cite, *_basis((RequestStep.EXTENSION_FORM,), rules)))


def _renotice_reasons(notices: Sequence[CostsNotified], rules: Ruleset | None) -> list[Reason]:
    """Each notice of costs that replaced an earlier one, said (art. 27)."""
    return [
        _reason(
            say(
                TEXTS,
                "reason.costs_renotified",
                on=new.on,
                amount=_dong(new.amount),
                payment_due=new.payment_due,
                old_on=old.on,
                old_amount=_dong(old.amount),
            ),
            RequestStep.HANDLING,
            rules,
        )
        for old, new in pairwise(notices)
    ]


def _dong(amount: int) -> Text:
    """An amount of đồng: ``1.250.000`` in Vietnamese, ``1250000`` in English."""
    return Text(f"{amount:,}".replace(",", "."), str(amount))


def _due_reason(due: date, cite: Citation) -> Reason:
    text = say(TEXTS, "reason.response_due", due=due)
    return Reason(text.vi, text.en, (cite,))


def _timeliness_reason(
    t: Timeliness, late: int | None, due: date | None, s: RequestStatus
) -> Reason:
    status, timeliness = Text(s.label_vi, s.label_en), Text(t.label_vi, t.label_en)
    if late is not None and due is not None:
        text = say(
            TEXTS, "reason.status_late", status=status, timeliness=timeliness, late=late, due=due
        )
    else:
        text = say(TEXTS, "reason.status", status=status, timeliness=timeliness)
    return Reason(text.vi, text.en)


# --------------------------------------------------------------------------------------
# Outcomes: the events that close a request, and the bridge from a decision.

#: the event that records each outcome (a partial provision is ``Provided(in_part=True)``)
_OUTCOME_EVENTS: dict[RequestOutcome, type[_Event]] = {
    RequestOutcome.PROVIDED: Provided,
    RequestOutcome.PROVIDED_IN_PART: Provided,
    RequestOutcome.REFUSED: Refused,
    RequestOutcome.REDIRECTED: Redirected,
    RequestOutcome.WITHDRAWN: Withdrawn,
}


def outcome_of(event: Any) -> RequestOutcome | None:
    """The outcome an event records (``None``: the event does not close the request).

    >>> outcome_of(Provided(kind="provided", on=date(2024, 3, 6), in_part=True)).value
    'provided_in_part'
    """
    if isinstance(event, Provided):
        return RequestOutcome.PROVIDED_IN_PART if event.in_part else RequestOutcome.PROVIDED
    if isinstance(event, Refused):
        return RequestOutcome.REFUSED
    if isinstance(event, Redirected):
        return RequestOutcome.REDIRECTED
    if isinstance(event, Withdrawn):
        return RequestOutcome.WITHDRAWN
    if isinstance(event, _Event):
        return None
    raise InvalidInputError(detail=f"outcome_of: expected an event, got {echo(event)}")


#: each outcome of :class:`tiepcan.decision.Outcome` (by value): the request outcome it
#: records, ``"guided"`` (the request is not yet valid: guidance to complete it, art. 26(2)),
#: or ``None`` (no step of this procedure: the information is not held, the requester has no
#: standing, or the earlier rules govern; record the written answer in the agency's files)
DECISION_OUTCOMES: dict[str, RequestOutcome | Literal["guided"] | None] = {
    "provide": RequestOutcome.PROVIDED,
    "provide_in_part": RequestOutcome.PROVIDED_IN_PART,
    "refuse": RequestOutcome.REFUSED,
    "refuse_as_published": RequestOutcome.REFUSED,
    "refuse_and_redirect": RequestOutcome.REDIRECTED,
    "ask_consent": "guided",
    "incomplete": "guided",
    "wrong_person": "guided",
    "not_held": None,
    "no_standing": None,
    "earlier_rules": None,
}


def to_event(decision: Any, on: date) -> _Event:
    """The lifecycle event that records a :class:`tiepcan.decision.Decision` made on ``on``.

    Reads the decision's public fields only: its outcome (through :data:`DECISION_OUTCOMES`),
    its grounds (art. 28(1)), the written reasons of its answer (art. 28(2): "nêu rõ lý
    do"), the responsible agency of a redirection (art. 26(3)) and the gaps to complete.
    A decision that is no step of this procedure raises ``InvalidInputError``
    (``no-lifecycle-event``).
    """
    from tiepcan.decision import Decision

    if not isinstance(decision, Decision):
        raise InvalidInputError(detail=f"to_event: expected a Decision, got {echo(decision)}")
    day = check_as_of(on)
    target = DECISION_OUTCOMES[decision.outcome.value]
    if target is None:
        raise InvalidInputError("no-lifecycle-event", detail=f"outcome {decision.outcome.value}")
    if target == "guided":
        gaps = "; ".join(
            d.item.label_vi + (f" ({d.detail})" if d.detail else "") for d in decision.deficiencies
        )
        return GuidedToComplete(kind="guided_to_complete", on=day, missing=gaps or None)
    grounds = tuple(g.ground for g in decision.grounds)
    if target is RequestOutcome.REDIRECTED:
        agency = decision.redirect_to or ""
        return Redirected(kind="redirected", on=day, to_agency=agency)
    if target is RequestOutcome.REFUSED:
        return Refused(kind="refused", on=day, grounds=grounds, reasons=_written_reasons(decision))
    return Provided(
        kind="provided",
        on=day,
        in_part=target is RequestOutcome.PROVIDED_IN_PART,
        withheld_grounds=grounds,
    )


def information_kind_of(decision: Any) -> str | None:
    """The default kind of information of a decided request, for the register's
    ``information_kind`` column: the first basis of art. 23 the decision found
    (:class:`tiepcan.rules.access.OnRequestBasis`), ``None`` where it found none (nothing
    is provided). An agency with its own classification sets the column itself.
    """
    from tiepcan.decision import Decision

    if not isinstance(decision, Decision):
        raise InvalidInputError(
            detail=f"information_kind_of: expected a Decision, got {echo(decision)}"
        )
    plan = decision.provision
    return plan.basis[0].value if plan is not None and plan.basis else None


def _written_reasons(decision: Any) -> str | None:
    """The reasons of the written answer, in Vietnamese, one per line."""
    answer = decision.answer
    if answer is None or not answer.reasons:
        return None
    return "\n".join(r.vi for r in answer.reasons)


# --------------------------------------------------------------------------------------
# Comparing two folds.


def moved_deadlines(old: RequestState, new: RequestState) -> tuple[MovedDeadline, ...]:
    """Every deadline whose due date differs between two folds of the same request.

    A deadline present in only one of them appears with ``None`` on the other side.
    """
    if not (isinstance(old, RequestState) and isinstance(new, RequestState)):
        raise InvalidInputError(
            detail=f"moved_deadlines: expected two RequestState, got {echo(old)}, {echo(new)}"
        )
    before = {d.kind: d.due for d in old.deadlines}
    after = {d.kind: d.due for d in new.deadlines}
    return tuple(
        MovedDeadline(kind, before.get(kind), after.get(kind))
        for kind in DeadlineKind
        if before.get(kind) != after.get(kind)
    )


def _dump_events(events: Sequence[_Event]) -> list[dict[str, Any]]:
    """Events as JSON-ready mappings (for the register)."""
    return [e.model_dump(mode="json", exclude_defaults=False) for e in events]


def _events_from(data: Sequence[Mapping[str, Any]]) -> list[_Event]:
    return parse_events(list(data))
