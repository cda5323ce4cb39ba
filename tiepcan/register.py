"""Sổ theo dõi cung cấp thông tin theo yêu cầu — the register of requests.

Law 104/2016/QH13 art. 26(1): "Cơ quan nhà nước có trách nhiệm tiếp nhận yêu cầu cung cấp
thông tin và vào Sổ theo dõi cung cấp thông tin theo yêu cầu." Decree 13/2018/NĐ-CP art. 10(1)
lets the register be kept on paper or electronically. A :class:`RegisterEntry` holds the
columns the law and the forms of Decree 13 art. 5 need: number, day and hour received,
requester, information requested, how received (art. 24(1)), form of provision (arts.
29–31), validity and the day it became valid (art. 26(2)), simple or complex, the notice of
the time limit (arts. 30(4), 31(2)), the extension (form 04), the outcome and its grounds
(form 03, form 05, art. 28), costs notified and paid (art. 27; Decree 13 art. 13(2)), the
day the request was settled, and the handler; and the day the request was sent (``sent_on``),
which chooses its law (Law 01/2026/QH16 art. 31(4): sent before 2026-09-01, Law 104/2016).

An entry is built from a request's events (:mod:`tiepcan.lifecycle`) and gives them back.
:meth:`Register.fold` computes every due date in one batch call (:mod:`tiepcan.batch`), the
status and timeliness of every row as columns, and each row's full
:class:`~tiepcan.lifecycle.RequestState` on demand. A register is read and written as JSON,
as CSV with Vietnamese headers (the ``title`` of each field) and as an Excel workbook
(extra ``excel``). Bad rows are reported together, by row and column.

Nothing read is trusted (docs/security.md). Text is kept exactly in every format, and
``read(write(r)) == r``. The *formula rule*: CSV puts an apostrophe before text a spreadsheet
would evaluate (``=``, ``+``, ``-``, ``@``, tab, CR, LF, or ``＝ ＋ － ＠`` first) and before a
leading apostrophe, and the reader takes one off; Excel writes every text as a string cell,
never a formula. A cell over 32,767 characters (Excel's limit) is refused on writing, not cut;
the Excel reader reads to the sheet's real end, and a value under no heading, a repeated
heading, a formula, a number not in ASCII digits or a time of day with an offset is refused
with its row and column.

>>> from datetime import date
>>> e = RegisterEntry.from_events("01/2025", "Nguyễn Văn A", "Quyết định giao đất", [
...     {"kind": "received", "on": "2025-01-22", "received_via": "fax", "complexity": "complex"}])
>>> f = Register((e,)).fold(date(2025, 2, 26))   # Tết 27–31/1/2025 off (8726/VPCP-KGVX)
>>> f.state(0).response_due, f.timeliness[0], f.days_late[0]
(datetime.date(2025, 2, 19), 'overdue', 5)
>>> Register.from_csv(Register((e,)).to_csv()) == Register((e,))
True
>>> Register((e,)).to_csv().splitlines()[0][:40]
'Số thứ tự;Ngày nhận yêu cầu;Họ và tên ng'
>>> import dataclasses
>>> odd = Register((dataclasses.replace(e, requester_name="=HYPERLINK(1)"),))
>>> odd.to_csv().splitlines()[1].split(";")[2]
"'=HYPERLINK(1)"
>>> Register.from_csv(odd.to_csv()) == odd
True
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date, time
from functools import cache
from typing import Annotated, Any

from pydantic import ConfigDict, Field, StrictBool, TypeAdapter, ValidationError

from tiepcan._model import echo
from tiepcan._sheets import (
    check_xlsx,
    csv_cell,
    csv_line,
    csv_text,
    excel_cell,
    excel_problem,
    excel_text,
    is_live,
    too_long,
)
from tiepcan.errors import InvalidInputError, TiepCanError, from_validation_error
from tiepcan.fees import Area, FeeItem
from tiepcan.lifecycle import (
    ClockTime,
    ComplaintFiled,
    ComplaintResolved,
    ComplaintRoute,
    Completed,
    CorrectionAnswered,
    CorrectionRequested,
    CostsNotified,
    CostsPaid,
    Day,
    Event,
    Extended,
    GuidedToComplete,
    Provided,
    Received,
    Redirected,
    Refused,
    RequestOutcome,
    RequestState,
    RequestSteps,
    TimeLimitNotified,
    Withdrawn,
    read_steps,
)
from tiepcan.rules.refusals import RefusalGround
from tiepcan.terms import Channel, Complexity

__all__ = [
    "COMPUTED_MARK",
    "ExcelNotAvailableError",
    "Register",
    "RegisterEntry",
    "RegisterFold",
    "RegisterOutcome",
    "entry_json_schema",
]

#: a register cell: text with something to read, and no character a spreadsheet cannot hold
#: (control characters other than tab and line breaks; the non-characters U+FFFE, U+FFFF)
_BAD = r"\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff"
_CELL = rf"^[^{_BAD}]*[^\s{_BAD}][^{_BAD}]*$"
_Text = Annotated[str, Field(min_length=1, strict=True, pattern=_CELL)]
_Dong = Annotated[int, Field(ge=0, strict=True)]
#: one line of a costs notice: a fee item of Circular 46/2018/TT-BTC and its quantity
_COST_LINE = "^(" + "|".join(i.value for i in FeeItem) + r")=(0|[1-9][0-9]{0,8})$"
_CostLine = Annotated[str, Field(strict=True, pattern=_COST_LINE)]


#: Kết quả giải quyết — how the request was settled (forms 03, 05; art. 26(3)) or withdrawn:
#: the one list of outcomes, :class:`tiepcan.lifecycle.RequestOutcome`
RegisterOutcome = RequestOutcome


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One row of the register (Sổ theo dõi cung cấp thông tin theo yêu cầu)."""

    __pydantic_config__ = ConfigDict(extra="forbid")

    number: Annotated[_Text, Field(title="Số thứ tự")]
    received_on: Annotated[Day, Field(title="Ngày nhận yêu cầu")]
    requester_name: Annotated[_Text, Field(title="Họ và tên người yêu cầu")]
    information_requested: Annotated[_Text, Field(title="Thông tin yêu cầu cung cấp")]
    received_via: Annotated[Channel, Field(title="Hình thức yêu cầu")]
    provision_form: Annotated[Channel, Field(title="Hình thức cung cấp thông tin")]
    complexity: Annotated[Complexity, Field(title="Thông tin đơn giản hay phức tạp")]
    received_at: Annotated[ClockTime | None, Field(title="Giờ nhận yêu cầu")] = None
    requester_id: Annotated[_Text | None, Field(title="Số giấy tờ tùy thân")] = None
    valid: Annotated[StrictBool, Field(title="Yêu cầu hợp lệ khi tiếp nhận")] = True
    valid_on: Annotated[Day | None, Field(title="Ngày yêu cầu được bổ sung hợp lệ")] = None
    time_limit_notice_on: Annotated[
        Day | None, Field(title="Ngày thông báo thời hạn giải quyết")
    ] = None
    extension_notice_on: Annotated[Day | None, Field(title="Ngày thông báo gia hạn")] = None
    extension_length: Annotated[
        Annotated[int, Field(ge=1, strict=True)] | None, Field(title="Thời gian gia hạn")
    ] = None
    extension_reason: Annotated[_Text | None, Field(title="Lý do gia hạn")] = None
    costs_notified: Annotated[_Dong | None, Field(title="Chi phí đã thông báo (đồng)")] = None
    costs_notified_on: Annotated[Day | None, Field(title="Ngày thông báo chi phí")] = None
    payment_due: Annotated[Day | None, Field(title="Thời hạn thanh toán")] = None
    costs_paid: Annotated[_Dong | None, Field(title="Chi phí đã thanh toán (đồng)")] = None
    costs_paid_on: Annotated[Day | None, Field(title="Ngày thanh toán")] = None
    outcome: Annotated[RegisterOutcome | None, Field(title="Kết quả giải quyết")] = None
    outcome_on: Annotated[Day | None, Field(title="Ngày hoàn thành giải quyết")] = None
    refusal_grounds: Annotated[
        tuple[RefusalGround, ...], Field(title="Căn cứ từ chối (Điều 28 khoản 1)")
    ] = ()
    redirected_to: Annotated[_Text | None, Field(title="Cơ quan được hướng dẫn đến")] = None
    handler: Annotated[_Text | None, Field(title="Người xử lý")] = None
    # -- the requester's particulars of form 01a (art. 24(2)(a))
    requester_address: Annotated[_Text | None, Field(title="Nơi cư trú, địa chỉ")] = None
    requester_contact: Annotated[
        _Text | None, Field(title="Số fax, điện thoại, địa chỉ thư điện tử")
    ] = None
    #: the kind of information asked for, as a key of the agency's classification (by
    #: default the kinds of art. 23, :data:`tiepcan.statistics.DEFAULT_INFORMATION_KINDS`)
    information_kind: Annotated[
        _Text | None, Field(title="Loại thông tin được yêu cầu cung cấp")
    ] = None
    #: the reasons of a refusal as written to the requester (art. 28(2): "nêu rõ lý do")
    refusal_reasons: Annotated[_Text | None, Field(title="Lý do từ chối")] = None
    #: the lines of the costs notice, "item=quantity" (Circular 46/2018/TT-BTC art. 3)
    cost_items: Annotated[tuple[_CostLine, ...], Field(title="Các khoản chi phí")] = ()
    cost_area: Annotated[Area | None, Field(title="Địa bàn tính chi phí")] = None
    cost_postage: Annotated[_Dong | None, Field(title="Chi phí gửi qua bưu chính (đồng)")] = None
    # -- a request to correct the information provided (art. 32(2))
    correction_requested_on: Annotated[
        Day | None, Field(title="Ngày yêu cầu cung cấp lại thông tin chính xác")
    ] = None
    correction_answered_on: Annotated[
        Day | None, Field(title="Ngày trả lời yêu cầu đính chính")
    ] = None
    corrected: Annotated[StrictBool | None, Field(title="Đã đính chính thông tin")] = None
    # -- a complaint or lawsuit about the request (art. 14)
    complaint_route: Annotated[ComplaintRoute | None, Field(title="Khiếu nại hay khởi kiện")] = None
    complaint_filed_on: Annotated[Day | None, Field(title="Ngày khiếu nại, khởi kiện")] = None
    complaint_resolved_on: Annotated[
        Day | None, Field(title="Ngày giải quyết xong khiếu nại, khởi kiện")
    ] = None
    #: the day the requester sent the request (được gửi), when known: a request sent before
    #: 2026-09-01 stays under Law 104/2016 (Law 01/2026/QH16 art. 31(4))
    sent_on: Annotated[Day | None, Field(title="Ngày gửi yêu cầu")] = None

    def __post_init__(self) -> None:
        pairs = (
            ("outcome", "outcome_on"),
            ("costs_notified", "costs_notified_on"),
            ("costs_notified", "payment_due"),
            ("costs_paid", "costs_paid_on"),
            ("extension_reason", "extension_notice_on"),
            ("complaint_route", "complaint_filed_on"),
        )
        for a, b in pairs:
            if (getattr(self, a) is None) != (getattr(self, b) is None):
                raise ValueError(f"'{a}' and '{b}' go together")
        if self.outcome is RegisterOutcome.REDIRECTED and self.redirected_to is None:
            raise ValueError("a redirected request names the agency (redirected_to)")
        if self.outcome is RegisterOutcome.REFUSED and not self.refusal_grounds:
            raise ValueError("a refusal states its grounds (art. 28(2))")
        if self.sent_on is not None and self.sent_on > self.received_on:
            raise ValueError("a request is sent no later than it is received (sent_on)")
        self._check_later_steps()

    def _check_later_steps(self) -> None:
        costs = (self.cost_items, self.cost_area, self.cost_postage)
        if self.costs_notified is None and any(c not in ((), None) for c in costs):
            raise ValueError("cost items go with a costs notice (costs_notified)")
        if self.refusal_reasons is not None and self.outcome is not RegisterOutcome.REFUSED:
            raise ValueError("refusal_reasons go with a refusal")
        answered = (self.correction_answered_on, self.corrected)
        if self.correction_requested_on is None and any(a is not None for a in answered):
            raise ValueError("a correction answer goes with a correction request (art. 32(2))")
        if (self.correction_answered_on is None) != (self.corrected is None):
            raise ValueError("'correction_answered_on' and 'corrected' go together")
        if self.complaint_resolved_on is not None and self.complaint_filed_on is None:
            raise ValueError("a resolution goes with a complaint or lawsuit (art. 14)")

    # -- events ---------------------------------------------------------------------------
    def events(self) -> list[Event]:
        """The request's events, in the order of the procedure (then by date)."""
        out: list[Event] = [
            Received.model_construct(
                kind="received",
                on=self.received_on,
                at=self.received_at,
                sent=self.sent_on,
                received_via=self.received_via,
                provision_form=self.provision_form,
                complexity=self.complexity,
                valid=self.valid,
            )
        ]
        if not self.valid:
            out.append(
                GuidedToComplete.model_construct(
                    kind="guided_to_complete", on=self.received_on, missing=None
                )
            )
            if self.valid_on is not None:
                out.append(Completed.model_construct(kind="completed", on=self.valid_on))
        if self.time_limit_notice_on is not None:
            out.append(
                TimeLimitNotified.model_construct(
                    kind="time_limit_notified", on=self.time_limit_notice_on
                )
            )
        if self.costs_notified is not None and self.costs_notified_on and self.payment_due:
            out.append(
                CostsNotified.model_construct(
                    kind="costs_notified",
                    on=self.costs_notified_on,
                    amount=self.costs_notified,
                    payment_due=self.payment_due,
                    items=_items(self.cost_items),
                    area=self.cost_area or Area.ORDINARY,
                    postage=self.cost_postage or 0,
                )
            )
        if self.costs_paid is not None and self.costs_paid_on is not None:
            out.append(
                CostsPaid.model_construct(
                    kind="costs_paid", on=self.costs_paid_on, amount=self.costs_paid
                )
            )
        if self.extension_notice_on is not None:
            out.append(
                Extended.model_construct(
                    kind="extended",
                    on=self.extension_notice_on,
                    reason=self.extension_reason or "",
                    length=self.extension_length,
                )
            )
        if self.outcome is not None and self.outcome_on is not None:
            out.append(self._outcome_event(self.outcome, self.outcome_on))
        out.extend(self._later_events())
        # stable: same-day events keep the procedure's order; the receipt stays first, so a
        # step dated before it reads as the row reads (a problem, not a lost step)
        out[1:] = sorted(out[1:], key=lambda e: e.on)
        return out

    def _later_events(self) -> list[Event]:
        """The correction request and its answer (art. 32(2)); the complaint (art. 14)."""
        out: list[Event] = []
        if self.correction_requested_on is not None:
            out.append(
                CorrectionRequested.model_construct(
                    kind="correction_requested", on=self.correction_requested_on
                )
            )
            if self.correction_answered_on is not None:
                out.append(
                    CorrectionAnswered.model_construct(
                        kind="correction_answered",
                        on=self.correction_answered_on,
                        corrected=bool(self.corrected),
                    )
                )
        if self.complaint_filed_on is not None:
            out.append(
                ComplaintFiled.model_construct(
                    kind="complaint_filed",
                    on=self.complaint_filed_on,
                    route=self.complaint_route or ComplaintRoute.COMPLAINT,
                )
            )
            if self.complaint_resolved_on is not None:
                out.append(
                    ComplaintResolved.model_construct(
                        kind="complaint_resolved", on=self.complaint_resolved_on
                    )
                )
        return out

    def _outcome_event(self, outcome: RegisterOutcome, on: date) -> Event:
        if outcome is RegisterOutcome.REFUSED:
            return Refused.model_construct(
                kind="refused", on=on, grounds=self.refusal_grounds, reasons=self.refusal_reasons
            )
        if outcome is RegisterOutcome.REDIRECTED:
            return Redirected.model_construct(
                kind="redirected", on=on, to_agency=self.redirected_to or ""
            )
        if outcome is RegisterOutcome.WITHDRAWN:
            return Withdrawn.model_construct(kind="withdrawn", on=on, reason=None)
        return Provided.model_construct(
            kind="provided",
            on=on,
            in_part=outcome is RegisterOutcome.PROVIDED_IN_PART,
            withheld_grounds=self.refusal_grounds,
        )

    @classmethod
    def from_events(
        cls,
        number: str,
        requester_name: str,
        information_requested: str,
        events: Iterable[Any],
        *,
        requester_id: str | None = None,
        handler: str | None = None,
        requester_address: str | None = None,
        requester_contact: str | None = None,
        information_kind: str | None = None,
    ) -> RegisterEntry:
        """The register row for a request's events: the same reading of them as
        :func:`tiepcan.lifecycle.fold` (:func:`~tiepcan.lifecycle.read_steps`). The written
        reasons of a refusal, the lines of the costs notice, the request to correct and the
        complaint are kept; the requester's address and contact are those of form 01a."""
        acc = read_steps(events)
        r = acc.received
        if r is None:
            raise InvalidInputError("no-receipt", detail=f"entry {echo(number)}")
        row: dict[str, Any] = {
            "number": number,
            "received_on": r.on,
            "received_at": r.at,
            "sent_on": r.sent,
            "requester_name": requester_name,
            "requester_id": requester_id,
            "information_requested": information_requested,
            "received_via": r.received_via,
            "provision_form": r.provision_form or r.received_via,
            "complexity": r.complexity,
            "valid": r.valid,
            "valid_on": acc.completed.on if acc.completed else None,
            "time_limit_notice_on": acc.notice.on if acc.notice else None,
            "handler": handler,
            "requester_address": requester_address,
            "requester_contact": requester_contact,
            "information_kind": information_kind,
        }
        row.update(_extension_columns(acc.extension))
        row.update(_cost_columns(acc.costs, acc.paid))
        row.update(_outcome_columns(acc.outcome))
        row.update(_later_columns(acc))
        try:
            return _entry_adapter().validate_python(row)  # type: ignore[no-any-return]
        except ValidationError as exc:
            raise from_validation_error(exc, what=f"register entry {echo(number)}") from None


def _extension_columns(ext: Extended | None) -> dict[str, Any]:
    if ext is None:
        return {}
    return {
        "extension_notice_on": ext.on,
        "extension_length": ext.length,
        "extension_reason": ext.reason,
    }


def _cost_columns(costs: CostsNotified | None, paid: CostsPaid | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if costs is not None:
        out |= {
            "costs_notified": costs.amount,
            "costs_notified_on": costs.on,
            "payment_due": costs.payment_due,
            "cost_items": tuple(f"{k.value}={v}" for k, v in (costs.items or {}).items()),
            "cost_area": costs.area if costs.area is not Area.ORDINARY else None,
            "cost_postage": costs.postage or None,
        }
    if paid is not None:
        out |= {"costs_paid": paid.amount, "costs_paid_on": paid.on}
    return out


def _items(lines: tuple[str, ...]) -> dict[FeeItem, int] | None:
    """The "item=quantity" lines of a cost column as the notice's items."""
    if not lines:
        return None
    out: dict[FeeItem, int] = {}
    for line in lines:
        item, _, quantity = line.partition("=")
        out[FeeItem(item)] = int(quantity)
    return out


def _later_columns(acc: RequestSteps) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if acc.correction is not None:
        out["correction_requested_on"] = acc.correction.on
        if acc.correction_answer is not None:
            out["correction_answered_on"] = acc.correction_answer.on
            out["corrected"] = acc.correction_answer.corrected
    if acc.complaint is not None:
        out["complaint_route"] = acc.complaint.route
        out["complaint_filed_on"] = acc.complaint.on
        if acc.complaint_resolved is not None:
            out["complaint_resolved_on"] = acc.complaint_resolved.on
    return out


def _outcome_columns(o: Event | None) -> dict[str, Any]:
    if isinstance(o, Refused):
        return {
            "outcome": RegisterOutcome.REFUSED,
            "outcome_on": o.on,
            "refusal_grounds": o.grounds,
            "refusal_reasons": o.reasons,
        }
    if isinstance(o, Redirected):
        return {
            "outcome": RegisterOutcome.REDIRECTED,
            "outcome_on": o.on,
            "redirected_to": o.to_agency,
        }
    if isinstance(o, Provided):
        kind = RegisterOutcome.PROVIDED_IN_PART if o.in_part else RegisterOutcome.PROVIDED
        return {"outcome": kind, "outcome_on": o.on, "refusal_grounds": o.withheld_grounds}
    if isinstance(o, Withdrawn):
        return {"outcome": RegisterOutcome.WITHDRAWN, "outcome_on": o.on}
    return {}


@cache
def _entry_adapter() -> TypeAdapter[Any]:
    return TypeAdapter(RegisterEntry)


@cache
def _entries_adapter() -> TypeAdapter[Any]:
    return TypeAdapter(tuple[RegisterEntry, ...])


def entry_json_schema() -> dict[str, Any]:
    """JSON Schema of a register row; each property's ``title`` is its Vietnamese heading."""
    schema: dict[str, Any] = _entry_adapter().json_schema()
    return schema


#: the columns whose cells hold a member of an enumeration: written as its Vietnamese label,
#: read back from the label (Vietnamese or English) or the code
_ENUM_COLUMNS: dict[str, type[Any]] = {
    "received_via": Channel,
    "provision_form": Channel,
    "complexity": Complexity,
    "outcome": RequestOutcome,
    "cost_area": Area,
    "complaint_route": ComplaintRoute,
}
#: the columns of đồng amounts (Excel: numbers formatted #,##0)
_DONG_COLUMNS = frozenset({"costs_notified", "costs_paid", "cost_postage"})


@cache
def _columns() -> tuple[tuple[str, str, str], ...]:
    """(field name, Vietnamese title, kind) of every column, in declaration order; the kind
    is how a cell is written and read: ``boolean``, ``integer``, ``dong``, ``date``,
    ``time``, ``enum``, ``grounds``, ``array`` or ``string``."""
    props = entry_json_schema()["properties"]
    out = []
    for f in fields(RegisterEntry):
        p = props[f.name]
        kinds = {s.get("type") for s in p.get("anyOf", [p])}
        formats = {s.get("format") for s in p.get("anyOf", [p])}
        kind = next((k for k in ("boolean", "integer", "array") if k in kinds), "string")
        if f.name in _ENUM_COLUMNS:
            kind = "enum"
        elif f.name == "refusal_grounds":
            kind = "grounds"
        elif f.name in _DONG_COLUMNS:
            kind = "dong"
        elif "date" in formats:
            kind = "date"
        elif "time" in formats:
            kind = "time"
        out.append((f.name, p["title"], kind))
    return tuple(out)


def _label_key(text: str) -> str:
    """A label as compared on reading: NFC, case folded, runs of spaces as one space."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@cache
def _enum_labels(name: str) -> dict[str, str]:
    """The code of each member of column ``name``'s enumeration, by its code, its Vietnamese
    label and its English label (as :func:`_label_key` compares them)."""
    out: dict[str, str] = {}
    for m in _ENUM_COLUMNS[name]:
        for text in (m.value, m.label_vi, m.label_en):
            out.setdefault(_label_key(text), m.value)
    return out


#: a point of art. 28(1) as the register writes it: the law's own letter ("đ", not "dd")
_GROUND_LETTER = {g.value: ("đ" if g.value == "dd" else g.value) for g in RefusalGround}
_GROUND_CODE = {_label_key(v): k for k, v in _GROUND_LETTER.items()} | {
    _label_key(k): k for k in _GROUND_LETTER
}


# --------------------------------------------------------------------------------------
# Reading rows: collect every problem, by row and column, and raise them together.


class RegisterRowsError(InvalidInputError):
    """Rows of a register that could not be read; ``rows`` lists (row, column, message)."""

    default_code = "invalid-register-rows"
    default_message_vi = "Có dòng không hợp lệ trong Sổ theo dõi"
    default_message_en = "some rows of the register are not valid"


class ExcelNotAvailableError(TiepCanError):
    """Reading or writing Excel needs openpyxl (install ``tiepcan[excel]``)."""

    default_code = "excel-not-available"
    default_message_vi = "Cần cài đặt openpyxl để đọc, ghi tệp Excel (tiepcan[excel])"
    default_message_en = "openpyxl is needed to read or write Excel files (install tiepcan[excel])"


def _validate_rows(
    rows: Iterable[tuple[int, Any]], problems: list[str]
) -> tuple[RegisterEntry, ...]:
    """Each row as an entry; every problem (with those already found) raised together."""
    titles = {name: title for name, title, _ in _columns()}
    adapter = _entry_adapter()
    good: list[RegisterEntry] = []
    bad: list[str] = list(problems)
    for row, data in rows:
        try:
            good.append(adapter.validate_python(data))
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                loc = err.get("loc", ())
                col = titles.get(str(loc[0]), str(loc[0])) if loc else "—"
                bad.append(f"row {row}, column '{col}': {err.get('msg', 'invalid')}")
    if bad:
        raise RegisterRowsError(detail="; ".join(bad))
    return tuple(good)


#: the marker that ends the heading of a computed column (written with ``as_of``, never read)
COMPUTED_MARK = "(tính tự động)"

_YES = {"có", "co", "x", "true", "1"}
_NO = {"không", "khong", "false", "0"}
#: a whole number as a register cell holds it: ASCII digits only (not "٣", "１２" or "²"), and
#: no more than Python reads as an int without a limit (4,300 digits)
_DIGITS = re.compile(r"[0-9]{1,4300}")


_DMY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_HM = re.compile(r"[0-9]:[0-9]{2}(:[0-9]{2})?")


def _cell(name: str, kind: str, text: str) -> Any:
    """A CSV/Excel cell as the value the field expects (empty: absent).

    Text is kept exactly as it is (spaces, tabs, NBSP, line breaks); a value that is not what
    the column holds goes to the validator as text, which refuses it with its row and column.
    An enumeration's cell is its code or its label (Vietnamese or English; case, spaces and
    Unicode form aside); a date is ``YYYY-MM-DD`` or, as Excel in Vietnam saves it,
    ``DD/MM/YYYY``; the grounds are the letters of art. 28(1) (``đ`` or ``dd``).
    """
    if text == "":
        return None
    if kind == "boolean":
        low = text.lower()
        return True if low in _YES else False if low in _NO else text
    if kind in ("integer", "dong"):
        return int(text) if _DIGITS.fullmatch(text) else text
    if kind == "enum":
        return _enum_labels(name).get(_label_key(text), text)
    if kind == "grounds":
        parts = [part.strip() for part in text.split(",") if part.strip()]
        return [_GROUND_CODE.get(_label_key(part), part) for part in parts]
    if kind == "array":
        return [part.strip() for part in text.split(",") if part.strip()]
    if kind == "date" and (m := _DMY.fullmatch(text)):
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    if kind == "time" and _HM.fullmatch(text):
        return "0" + text
    return text


def _show(name: str, kind: str, value: Any) -> str:
    """A value as its CSV cell: an enumeration as its Vietnamese label, a ground as its letter."""
    if value is None:
        return ""
    if kind == "boolean":
        return "có" if value else "không"
    if kind == "enum":
        return str(_ENUM_COLUMNS[name](value).label_vi)
    if kind == "grounds":
        return ",".join(_GROUND_LETTER[str(v)] for v in value)
    if kind == "array":
        return ",".join(str(v) for v in value)
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _shown_rows(entries: Sequence[RegisterEntry]) -> Iterator[list[str]]:
    """Each entry's cells as text, in the order of the columns (every column, see _columns)."""
    cols = _columns()
    for e in entries:
        yield [_show(name, kind, getattr(e, name)) for name, _, kind in cols]


def _row_dict(
    row: int, cells: Sequence[Any], by_column: Sequence[tuple[str, str] | None]
) -> tuple[dict[str, Any], list[str]]:
    """(the row's values by field, problems): a cell beyond the header is refused, not dropped."""
    out: dict[str, Any] = {}
    problems: list[str] = []
    for j, cell in enumerate(cells):
        text = "" if cell is None else _cell_text(cell)
        column = by_column[j] if j < len(by_column) else None
        if column is None:
            if text != "":
                problems.append(f"row {row}, column {j + 1}: a value under no heading")
            continue
        name, kind = column
        if kind == "computed":
            continue  # a computed column (COMPUTED_MARK): derived, never read
        value = _cell(name, kind, text)
        if value is not None:
            out[name] = value
    return out, problems


def _cell_text(cell: Any) -> str:
    if isinstance(cell, str):
        return cell
    if isinstance(cell, bool):
        return "có" if cell else "không"
    if hasattr(cell, "date") and hasattr(cell, "hour") and not isinstance(cell, time):
        return str(
            cell.date().isoformat() if (cell.hour, cell.minute) == (0, 0) else cell.isoformat()
        )
    if isinstance(cell, date | time):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))  # a whole number Excel stored as a float
    return str(cell)


def _header_columns(header: Sequence[Any]) -> list[tuple[str, str] | None]:
    """The field and kind under each heading (``None``: no heading). A heading is matched
    after trimming and NFC normalisation; an unknown or repeated heading is refused. A
    heading that ends with :data:`COMPUTED_MARK` is a computed column, read as kind
    ``computed`` (its cells are ignored)."""
    by_title = {title: (name, kind) for name, title, kind in _columns()}
    out: list[tuple[str, str] | None] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for j, h in enumerate(header, start=1):
        key = unicodedata.normalize("NFC", "" if h is None else _cell_text(h).strip())
        if key == "":
            out.append(None)
            continue
        if key.endswith(COMPUTED_MARK):
            out.append(("", "computed"))
            continue
        if key not in by_title:
            problems.append(f"row 1, column {j}: unknown heading {echo(key)}")
        elif key in seen:
            problems.append(
                f"row 1, column {j}: heading {echo(key)} given twice (first in column {seen[key]})"
            )
        seen.setdefault(key, j)
        out.append(by_title.get(key))
    if problems:
        raise RegisterRowsError(detail="; ".join(problems))
    return out


def _read_rows(rows: Iterable[tuple[int, Sequence[Any]]]) -> tuple[RegisterEntry, ...]:
    """Rows of a sheet (row number, cells), the first one the header: the entries, or every
    problem found, by row and column, in one :class:`RegisterRowsError`."""
    it = iter(rows)
    first = next(it, None)
    if first is None:
        return ()
    by_column = _header_columns(first[1])
    if all(c is None for c in by_column):
        raise RegisterRowsError(detail="row 1: the first row holds the headings; there are none")
    read: list[tuple[int, dict[str, Any]]] = []
    problems: list[str] = []
    for row, cells in it:
        if all(c is None or c == "" for c in cells):
            continue  # an empty line
        data, found = _row_dict(row, cells, by_column)
        problems += found
        read.append((row, data))
    return _validate_rows(read, problems)


def _check_delimiter(delimiter: object) -> str:
    if (
        not isinstance(delimiter, str)
        or len(delimiter) != 1
        or delimiter in "\"'\r\n"
        or delimiter.isalnum()
    ):
        raise InvalidInputError(
            "invalid-csv",
            detail=f"the delimiter is one character, not a letter, digit, quote or line break: "
            f"delimiter={echo(delimiter)}",
        )
    return delimiter


#: the computed columns, after the register's own: (heading before the marker, kind)
_COMPUTED = (
    ("Hạn trả lời", "date"),
    ("Tình trạng", "string"),
    ("Đúng hạn, quá hạn", "string"),
    ("Số ngày làm việc quá hạn", "integer"),
)


def _headings(as_of: date | None) -> list[str]:
    """The header row: every column's title, then (with ``as_of``) the computed columns, each
    marked with :data:`COMPUTED_MARK`; the status and lateness name the day they are as of."""
    out = [title for _, title, _ in _columns()]
    if as_of is not None:
        on = f" đến ngày {as_of:%d/%m/%Y}"
        out += [
            f"{head}{'' if k == 0 else on} {COMPUTED_MARK}" for k, (head, _) in enumerate(_COMPUTED)
        ]
    return out


def _kinds(as_of: date | None) -> list[str]:
    return [kind for _, _, kind in _columns()] + (
        [kind for _, kind in _COMPUTED] if as_of is not None else []
    )


def _computed_cells(folded: RegisterFold, i: int) -> list[Any]:
    """Row ``i``'s computed cells: the answer-by date, the status and the timeliness (their
    Vietnamese labels) and the working days late (:meth:`Register.fold`)."""
    from tiepcan.lifecycle import RequestStatus, Timeliness

    return [
        folded.response_due[i],
        RequestStatus(folded.status[i]).label_vi,
        Timeliness(folded.timeliness[i]).label_vi,
        folded.days_late[i],
    ]


def _written_cells(
    entries: Sequence[RegisterEntry], excel: bool, as_of: date | None = None
) -> Iterator[list[Any]]:
    """The cells the CSV and Excel writers write, refusing (by row and column) a cell Excel
    cannot hold; the CSV writer holds the same limits, so a CSV opened in Excel loses nothing.

    CSV cells are text. Excel cells are text too, but for a date (a ``date``), a whole number
    and a đồng amount (an ``int``), so that the clerk can sort and sum. With ``as_of``, each
    row ends with its computed cells (:func:`_computed_cells`).
    """
    titles = _headings(as_of)
    cols = _columns()
    typed = ("date", "dong", "integer")
    folded = _fold_register(tuple(entries), as_of, None) if as_of is not None else None
    problems: list[str] = []
    for i, e in enumerate(entries):
        row = i + 2
        cells: list[Any] = []
        for name, _, kind in cols:
            value = getattr(e, name)
            if excel and kind in typed and value is not None:
                cells.append(value)
            else:
                text = _show(name, kind, value)
                why = excel_problem(text) if excel else too_long(text)
                if why is not None:
                    problems.append(f"row {row}, column {echo(titles[len(cells)])}: {why}")
                cells.append(text)
        if folded is not None:
            extra = _computed_cells(folded, i)
            cells += extra if excel else [_show("", "", v) for v in extra]
        if not problems:
            yield cells
    if problems:
        raise InvalidInputError("unwritable-cell", detail="; ".join(problems))


# --------------------------------------------------------------------------------------
# The register and its fold.


@dataclass(frozen=True, slots=True)
class Register:
    """The register: its rows, in the order they were entered."""

    entries: tuple[RegisterEntry, ...]

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[RegisterEntry]:
        return iter(self.entries)

    def fold(self, as_of: date, *, use_numpy: bool | None = None) -> RegisterFold:
        """Every row as of ``as_of``: due dates in one batch call, status and timeliness."""
        return _fold_register(self.entries, as_of, use_numpy)

    # -- JSON -----------------------------------------------------------------------------
    def to_json(self) -> str:
        """The register as a JSON array of rows: every text exactly as it is."""
        return _entries_adapter().dump_json(self.entries).decode()

    @classmethod
    def from_json(cls, data: str | bytes) -> Register:
        """Read a JSON array of rows (bad rows are reported together, by row and column)."""
        import json

        if not isinstance(data, str | bytes | bytearray):
            raise InvalidInputError(
                "invalid-json", detail=f"register JSON: expected text, got {type(data).__name__}"
            )
        try:
            raw = json.loads(data)
        except RecursionError:
            raise InvalidInputError(
                "invalid-json", detail="register JSON: nested too deeply"
            ) from None
        except ValueError as exc:
            raise InvalidInputError("invalid-json", detail=f"register JSON: {exc}") from None
        if not isinstance(raw, list):
            raise InvalidInputError(detail="register JSON: expected an array of rows")
        return cls(_validate_rows(enumerate(raw), []))

    # -- CSV ------------------------------------------------------------------------------
    def to_csv(self, delimiter: str = ";", *, as_of: date | None = None) -> str:
        """The register as CSV with Vietnamese headings (the formula rule: docs/security.md).

        An enumeration's cell is its Vietnamese label ("Qua mạng điện tử", "Cung cấp thông
        tin"), a ground of art. 28(1) its letter, a date ``YYYY-MM-DD``. With ``as_of`` (a day
        the caller gives: nothing here reads the clock), each row ends with the computed
        columns — answer-by date, status, timeliness, working days late — whose headings end
        with :data:`COMPUTED_MARK` and which :meth:`from_csv` ignores.

        Text a spreadsheet would evaluate (``=``, ``+``, ``-``, ``@``, tab, CR, LF first, or
        their full-width forms) and text starting with an apostrophe get a leading ``'``,
        which :meth:`from_csv` takes off again; a cell over 32,767 characters (Excel's limit)
        is refused with its row and column.
        """
        delimiter = _check_delimiter(delimiter)
        as_of = _check_as_of(as_of)
        out = [csv_line(_headings(as_of), delimiter)]
        for cells in _written_cells(self.entries, excel=False, as_of=as_of):
            out.append(csv_line([csv_cell(c) for c in cells], delimiter))
        return "".join(out)

    @classmethod
    def from_csv(cls, text: str, delimiter: str = ";") -> Register:
        """Read CSV with the Vietnamese headings: text exactly (one leading ``'`` taken off),
        every problem by row (the header is row 1) and column."""
        if not isinstance(text, str):
            raise InvalidInputError(
                "invalid-csv",
                detail=f"expected text (decode the file as UTF-8 first), got {type(text).__name__}",
            )
        delimiter = _check_delimiter(delimiter)
        reader = csv.reader(
            io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=delimiter, strict=True
        )
        rows: list[tuple[int, list[str]]] = []
        try:
            for cells in reader:
                rows.append((len(rows) + 1, [csv_text(c) for c in cells]))
        except csv.Error as exc:
            raise InvalidInputError("invalid-csv", detail=f"row {len(rows) + 1}: {exc}") from None
        return cls(_read_rows(rows))

    # -- Excel ----------------------------------------------------------------------------
    def to_excel(self, *, as_of: date | None = None) -> bytes:
        """The register as an .xlsx workbook (one sheet, Vietnamese headers, the heading row
        frozen). Dates are date cells shown ``dd/mm/yyyy`` and đồng amounts numbers shown
        ``#,##0``, so the clerk can sort and sum; every text is a string cell (never a
        formula), an enumeration's its Vietnamese label; text Excel cannot hold is refused by
        row and column. ``as_of`` adds the computed columns, as :meth:`to_csv` does."""
        openpyxl = _openpyxl()
        as_of = _check_as_of(as_of)
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "So theo doi"
        ws.append(_headings(as_of))
        ws.freeze_panes = "A2"
        kinds = _kinds(as_of)
        for row, cells in enumerate(_written_cells(self.entries, True, as_of), start=2):
            for column, value in enumerate(cells, start=1):
                if isinstance(value, str):
                    if value:
                        cell = ws.cell(row=row, column=column, value=excel_cell(value))
                        cell.data_type = "s"  # text that looks like a formula stays text
                        cell.quotePrefix = is_live(value)
                elif value is not None:
                    cell = ws.cell(row=row, column=column, value=value)
                    kind = kinds[column - 1]
                    if kind == "date":
                        cell.number_format = "dd/mm/yyyy"
                    elif kind == "dong":
                        cell.number_format = "#,##0"
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()

    @classmethod
    def from_excel(cls, data: bytes) -> Register:
        """Read the workbook's active sheet to its real last row and column (the file's own
        ``<dimension>`` is not trusted); a formula, a value under no heading, a repeated
        heading or a file that is not a safe .xlsx is refused with a coded error."""
        openpyxl = _openpyxl()
        check_xlsx(data)
        try:
            rows = _sheet_rows(openpyxl, bytes(data))
        except TiepCanError:
            raise
        except Exception as exc:  # whatever openpyxl raises on a broken part
            raise InvalidInputError(
                "invalid-excel", detail=f"{type(exc).__name__}: {echo(str(exc))}"
            ) from None
        return cls(_read_rows(rows))


def _sheet_rows(openpyxl: Any, data: bytes) -> list[tuple[int, list[Any]]]:
    """(row number, cell values) of the active sheet, every row to the real end."""
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        ws = wb.active
        if ws is None or not hasattr(ws, "reset_dimensions"):
            raise InvalidInputError(
                "invalid-excel", detail="the active sheet is not a worksheet (a chart sheet?)"
            )
        ws.reset_dimensions()  # read to the real end, whatever <dimension> says
        out: list[tuple[int, list[Any]]] = []
        formulas: list[str] = []
        for r, row in enumerate(ws.iter_rows(), start=1):
            values: list[Any] = []
            for j, cell in enumerate(row, start=1):
                if cell.data_type == "f":
                    formulas.append(f"row {r}, column {j}")
                value = cell.value
                values.append(excel_text(value) if isinstance(value, str) else value)
            out.append((r, values))
        if formulas:
            raise RegisterRowsError(
                detail="a formula is not read (enter its value): " + "; ".join(formulas[:20])
            )
        return out
    finally:
        wb.close()


def _check_as_of(as_of: object) -> date | None:
    if as_of is None:
        return None
    from tiepcan.lifecycle import check_as_of

    return check_as_of(as_of)


def _openpyxl() -> Any:
    try:
        import openpyxl  # type: ignore[import-untyped]
    except ImportError:
        raise ExcelNotAvailableError() from None
    return openpyxl


@dataclass(frozen=True, slots=True)
class RegisterFold:
    """A register folded as of a day: columns for statistics, each row's state on demand."""

    as_of: date
    entries: tuple[RegisterEntry, ...]
    #: per row: the governing answer-by date, the original one and the notice date (None: none)
    response_due: list[date | None]
    original_due: list[date | None]
    notice_due: list[date | None]
    #: per row: a value of :class:`tiepcan.lifecycle.RequestStatus` / ``Timeliness``
    status: list[str]
    timeliness: list[str]
    days_late: list[int | None]
    #: per row: True when the governing regime is encoded (False: received from 2026-09-01)
    encoded: list[bool]

    def __len__(self) -> int:
        return len(self.entries)

    def state(self, i: int) -> RequestState:
        """Row ``i``'s full state, with its reasons and problems: :func:`~tiepcan.lifecycle.fold`
        of the row's events (the columns of this fold agree with it)."""
        from tiepcan.lifecycle import fold

        return fold(self.entries[i].events(), as_of=self.as_of)

    def states(self) -> Iterator[RequestState]:
        return (self.state(i) for i in range(len(self.entries)))

    def counts(self) -> dict[str, int]:
        """How many rows have each status and each timeliness (for the yearly report)."""
        out: dict[str, int] = {}
        for key in self.status + self.timeliness:
            out[key] = out.get(key, 0) + 1
        out["not_encoded"] = self.encoded.count(False)
        return out


def _fold_register(
    entries: tuple[RegisterEntry, ...], as_of: date, use_numpy: bool | None
) -> RegisterFold:
    from tiepcan.batch import EXTEND_MAX, due_dates
    from tiepcan.lifecycle import check_as_of, governing_sent
    from tiepcan.workdays import calendar_range

    day = check_as_of(as_of)
    lo, hi = calendar_range()
    rows, starts, vias, forms, comps, sent = [], [], [], [], [], []
    for i, e in enumerate(entries):
        start = e.received_on if e.valid else e.valid_on
        if start is not None and start <= day and lo <= start <= hi:
            rows.append(i)
            starts.append(start)
            vias.append(e.received_via)
            forms.append(e.provision_form)
            comps.append(e.complexity)
            # the day that chooses the row's law, as the fold reads it (art. 31(4)); a row
            # valid on receipt has its own sent day (governing_sent gives it back unchanged)
            sent.append(e.sent_on if e.valid else governing_sent(e.received_on, start, e.sent_on))
    columns = _batch_columns(starts, vias, forms, comps, use_numpy)
    sent_column = sent if any(sent) else None
    base = due_dates(*columns[:3], received_via=columns[3], sent=sent_column, use_numpy=use_numpy)
    originals = base.original_dates()
    exts = [0] * len(rows)
    for j, i in enumerate(rows):
        e = entries[i]
        if e.extension_notice_on is not None and _extension_counts(
            e, starts[j], sent[j], originals[j], day
        ):
            exts[j] = e.extension_length or EXTEND_MAX
    if any(exts):
        extended = due_dates(
            *columns[:3],
            _ext_column(exts, columns),
            received_via=columns[3],
            sent=sent_column,
            use_numpy=use_numpy,
        ).due_dates()
    else:
        extended = originals
    return _assemble(entries, day, rows, base, originals, extended, exts)


def _extension_counts(
    e: RegisterEntry, start: date, sent: date | None, original: date | None, day: date
) -> bool:
    """Whether the row's extension extends (the same tests as :func:`tiepcan.lifecycle.fold`):
    notified by ``day`` and within the original time limit, where the request's rule allows
    one (complex requests, arts. 29(2), 30(4), 31(2) of Law 104/2016; every request, art.
    26(3) of Law 01/2026/QH16), no longer than it allows."""
    if e.extension_notice_on is None or e.extension_notice_on > day or original is None:
        return False
    if e.extension_notice_on > original:
        return False
    from tiepcan.lifecycle import governing_rules, response_rule

    rules = governing_rules(start, sent)[0]
    rule = response_rule(e.received_via, e.provision_form, e.complexity, regime=rules)
    return rule.extension is not None and (e.extension_length or 0) <= rule.extension.length


def _batch_columns(
    starts: list[date],
    vias: list[Channel],
    forms: list[Channel],
    comps: list[Complexity],
    use_numpy: bool | None,
) -> tuple[Any, Any, Any, Any]:
    """The batch input, as numpy arrays of codes when numpy is used (checked once, here)."""
    from tiepcan.batch import COMPLEXITY_CODES, FORM_CODES, numpy_module

    np = numpy_module(use_numpy)
    if np is None:
        return starts, forms, comps, vias
    ordinals = np.fromiter((d.toordinal() for d in starts), dtype=np.int64, count=len(starts))
    days = (ordinals - date(1970, 1, 1).toordinal()).astype("datetime64[D]")

    def codes(values: list[Any], table: dict[Any, int]) -> Any:
        return np.fromiter((table[v] for v in values), dtype=np.int64, count=len(values))

    return (
        days,
        codes(forms, FORM_CODES),
        codes(comps, COMPLEXITY_CODES),
        codes(vias, FORM_CODES),
    )


def _ext_column(exts: list[int], columns: tuple[Any, ...]) -> Any:
    days = columns[0]
    if isinstance(days, list):
        return exts
    import numpy as np

    return np.asarray(exts, dtype=np.int64)


def _assemble(
    entries: tuple[RegisterEntry, ...],
    day: date,
    rows: list[int],
    base: Any,
    originals: list[date | None],
    extended: list[date | None],
    exts: list[int],
) -> RegisterFold:
    n = len(entries)
    response: list[date | None] = [None] * n
    original: list[date | None] = [None] * n
    notice: list[date | None] = [None] * n
    encoded = [True] * n
    for j, (o, nt, ok) in enumerate(zip(originals, base.notice_dates(), base.encoded, strict=True)):
        i = rows[j]
        encoded[i] = bool(ok)
        if not ok:
            continue
        due = extended[j] if exts[j] else o
        assert o is not None and due is not None
        response[i], original[i], notice[i] = due, o, nt
    status, timeliness, late = [], [], []
    judge = _judge_on_table(day)
    for i, e in enumerate(entries):
        s = _row_status(e, day)
        status.append(s)
        t, d = _row_timeliness(e, s, response[i], day, encoded[i], judge)
        timeliness.append(t)
        late.append(d)
    return RegisterFold(day, entries, response, original, notice, status, timeliness, late, encoded)


def _judge_on_table(as_of: date) -> Any:
    """:func:`tiepcan.lifecycle.judge` as two look-ups in the cumulative working-day count.

    The same answers: done by ``due`` is on time; lateness is the working days after
    ``due`` up to the day done (or ``as_of``). A date outside the calendar goes through
    ``judge`` itself, which raises the calendar's own error.
    """
    from tiepcan.lifecycle import Timeliness, judge
    from tiepcan.workdays import _table

    t = _table()
    count, first, last = t.count, t.first, t.last
    end = as_of.toordinal()

    def fast(due: date, done: date | None) -> tuple[str, int | None]:
        d = due.toordinal()
        x = done.toordinal() if done is not None else end
        if not (first <= d <= last and first <= x <= last):
            verdict, days = judge(due, done, as_of)
            return verdict.value, days
        if done is not None:
            return ("on_time", None) if x <= d else ("late", count[x - first] - count[d - first])
        if x <= d:
            return Timeliness.PENDING.value, None
        return Timeliness.OVERDUE.value, count[x - first] - count[d - first]

    return fast


def _row_status(e: RegisterEntry, day: date) -> str:
    if e.received_on > day:
        return "not_received"
    if e.outcome is not None and e.outcome_on is not None and e.outcome_on <= day:
        return e.outcome.value
    if not e.valid and (e.valid_on is None or e.valid_on > day):
        return "awaiting_completion"
    notified = e.costs_notified if e.costs_notified_on and e.costs_notified_on <= day else None
    paid = e.costs_paid if e.costs_paid_on and e.costs_paid_on <= day else 0
    if notified is not None and notified > (paid or 0):
        return "awaiting_payment"
    return "in_progress"


#: statuses no time limit judges: not received; closed without an answer (redirected under
#: art. 26(3), withdrawn)
_UNJUDGED = frozenset({"not_received"} | {o.value for o in RequestOutcome if not o.answered})


def _row_timeliness(
    e: RegisterEntry, status: str, due: date | None, day: date, encoded: bool, judge: Any
) -> tuple[str, int | None]:
    start = e.received_on if e.valid else e.valid_on
    if status in _UNJUDGED or start is None or start > day:
        return "not_applicable", None
    if due is None:
        return "not_computable", None
    done = e.outcome_on if e.outcome_on is not None and e.outcome_on <= day else None
    verdict: tuple[str, int | None] = judge(due, done)
    return verdict
