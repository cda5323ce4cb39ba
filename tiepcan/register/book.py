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

An entry is built from a request's events (:mod:`tiepcan.register.lifecycle`) and gives them back.
A :class:`Register` holds its rows as columns, one per field (:mod:`tiepcan.register._columns`: a date
a 4-byte day number, a member of an enumeration a byte, texts joined a block at a time), and
makes a row object only when one is asked for; :meth:`Register.from_columns` builds one from
its columns. :meth:`Register.fold` computes every due date in one batch call
(:mod:`tiepcan.register.batch`), the status and timeliness of every row as columns, and each row's
full :class:`~tiepcan.register.lifecycle.RequestState` on demand. A register is read and written as
JSON, as CSV with Vietnamese headers (the ``title`` of each field; read from the text or a
text stream, a block of rows at a time, straight into the columns) and as an Excel workbook
(extra ``excel``). Bad rows are reported together, by row and column, with the same errors
whichever way the file is read: each distinct cell is validated with its field's own
validator, and a row with a cell that fails is validated whole.

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

import io
import itertools
import operator
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields
from datetime import date, time
from functools import cache
from itertools import repeat
from typing import Annotated, Any, BinaryIO, TextIO, cast, get_type_hints

from pydantic import ConfigDict, Field, StrictBool, TypeAdapter, ValidationError

from tiepcan.fees import Area, FeeItem
from tiepcan.foundation._input import yes_no_word
from tiepcan.foundation._model import echo
from tiepcan.foundation._sheets import (
    EXCEL_CELL_MAX,
    EXCEL_ROWS_MAX,
    LIVE_STARTS,
    check_xlsx,
    csv_cell,
    csv_line,
    excel_cell,
    excel_problem,
    excel_text,
    is_live,
    too_long,
)
from tiepcan.foundation.errors import InvalidInputError, TiepCanError, from_validation_error
from tiepcan.foundation.terms import Channel, Complexity
from tiepcan.register._columns import (
    FAILED_CODE,
    NONE_CODE,
    CellCache,
    Coded,
    Column,
    ColumnBuilder,
    Days,
    JoinedTexts,
    Same,
    TextCells,
    Texts,
    column_of,
)
from tiepcan.register._csv_bytes import CsvBytes, read_from
from tiepcan.register._csv_text import BLOCK_RECORDS, CsvRecords, check_delimiter, not_text
from tiepcan.register.lifecycle import (
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
    RequestStatus,
    RequestSteps,
    TimeLimitNotified,
    Timeliness,
    Withdrawn,
    check_as_of,
    read_steps,
)
from tiepcan.rules.refusals import RefusalGround

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
#: the one list of outcomes, :class:`tiepcan.register.lifecycle.RequestOutcome`
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
    #: default the kinds of art. 23, :data:`tiepcan.register.statistics.DEFAULT_INFORMATION_KINDS`)
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
        :func:`tiepcan.register.lifecycle.fold` (:func:`~tiepcan.register.lifecycle.read_steps`). The written
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


def _row_problems(row: int, data: Any) -> tuple[RegisterEntry | None, list[str]]:
    """One row validated whole: (the entry, []) or (None, its problems by column)."""
    try:
        return _entry_adapter().validate_python(data), []
    except ValidationError as exc:
        titles = {name: title for name, title, _ in _columns()}
        problems = []
        for err in exc.errors(include_url=False):
            loc = err.get("loc", ())
            col = titles.get(str(loc[0]), str(loc[0])) if loc else "—"
            problems.append(f"row {row}, column '{col}': {err.get('msg', 'invalid')}")
        return None, problems


def _validate_rows(
    rows: Iterable[tuple[int, Any]], problems: list[str]
) -> tuple[RegisterEntry, ...]:
    """Each row as an entry; every problem (with those already found) raised together."""
    good: list[RegisterEntry] = []
    bad: list[str] = list(problems)
    for row, data in rows:
        entry, found = _row_problems(row, data)
        if entry is not None:
            good.append(entry)
        bad += found
    if bad:
        raise RegisterRowsError(detail="; ".join(bad))
    return tuple(good)


#: the marker that ends the heading of a computed column (written with ``as_of``, never read)
COMPUTED_MARK = "(tính tự động)"

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
        word = yes_no_word(text)  # the one vocabulary of the CSV forms (tiepcan.foundation._input)
        return text if word is None else word
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


def _header_columns(header: Sequence[Any]) -> tuple[list[tuple[str, str] | None], list[str]]:
    """The field and kind under each heading (``None``: no heading), and the heading's
    problems. A heading is matched after trimming and NFC normalisation; an unknown or
    repeated heading is a problem. A heading that ends with :data:`COMPUTED_MARK` is a
    computed column, read as kind ``computed`` (its cells are ignored)."""
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
    if not problems and all(c is None for c in out):
        problems.append("row 1: the first row holds the headings; there are none")
    return out, problems


# --------------------------------------------------------------------------------------
# Reading into columns. A register's cells repeat (a few hundred days, a handful of labels),
# so each distinct cell of a column is read and validated once, with the field's own
# validator; a text is checked as the row's validator checks it (something to read, no
# character a spreadsheet cannot hold). A row with a cell that fails is validated whole, so
# its problems are reported exactly as they would be for that row alone; the rules between
# fields (RegisterEntry.__post_init__) are checked on the finished columns, and a row that
# breaks one is validated whole too.

#: what a text cell may not hold (the characters _CELL refuses, and a lone surrogate, which
#: no file holds): a cell with one is validated whole
_UNSAFE = re.compile(f"[{_BAD}\ud800-\udfff]")
#: the failed mark of a date column (ordinals are ≥ 1; 0 is none); a coded one's is FAILED_CODE
_DAY_FAILED = -1
_FAILED = object()
_REQUIRED = object()


@dataclass(frozen=True, slots=True)
class _Field:
    """One field of a row as a column: its title and kind (as :func:`_columns` gives them),
    how it is kept (:func:`tiepcan.register._columns.column_of`), the members a coded column's codes
    name, and its default (``_REQUIRED``: the row must give it)."""

    name: str
    title: str
    kind: str
    form: str
    members: tuple[Any, ...]
    default: Any

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED

    def builder(self) -> ColumnBuilder:
        return ColumnBuilder(self.form, None if self.required else self.default, self.members)

    def native(self, value: Any) -> Any:
        """A valid value as its column keeps it (an ordinal, a code, a text or the value)."""
        if self.form == "date":
            return 0 if value is None else value.toordinal()
        if self.form == "coded":
            return NONE_CODE if value is None else self.members.index(value)
        if self.form == "text":
            return "" if value is None else value
        return value


_NO_MEMBERS: tuple[Any, ...] = ()


@cache
def _fields() -> tuple[_Field, ...]:
    """Every field of :class:`RegisterEntry` as a column, in declaration order."""
    out = []
    for f, (name, title, kind) in zip(fields(RegisterEntry), _columns(), strict=True):
        form, members = "objects", _NO_MEMBERS
        if kind == "date":
            form = "date"
        elif kind == "enum":
            form, members = "coded", tuple(m for m in _ENUM_COLUMNS[name])
        elif kind == "boolean":
            form, members = "coded", (False, True)
        elif kind == "string":
            form = "text"
        default = _REQUIRED if f.default is MISSING else f.default
        out.append(_Field(name, title, kind, form, members, default))
    return tuple(out)


@cache
def _field_adapter(name: str) -> TypeAdapter[Any]:
    """The validator of one field, as the row's validator applies it."""
    return TypeAdapter(_field_types()[name])


@cache
def _field_types() -> dict[str, Any]:
    return get_type_hints(RegisterEntry, include_extras=True)


class _FieldReader:
    """One field's cells read into its column, a block of rows at a time.

    ``cells`` are the texts of a file (``""``: empty) or, for :meth:`Register.from_columns`,
    the values themselves (``None``: absent). :meth:`read` gives the block in the column's
    own terms and the positions of the cells that failed.
    """

    def __init__(self, spec: _Field, from_text: bool) -> None:
        self.spec = spec
        self.from_text = from_text
        self.builder = spec.builder()
        self.cache: CellCache = CellCache(self._native)
        self.longest = 0  # the longest distinct cell seen (the CSV field size limit)

    def _native(self, cell: Any) -> Any:
        """A distinct cell's value in the column's terms, or the column's failed mark."""
        spec = self.spec
        if self.from_text:
            self.longest = max(self.longest, len(cell))
            value = _cell(spec.name, spec.kind, cell)
        else:
            value = cell[1]  # (type, value): 1 and True are different cells
        if value is None:
            if spec.required:
                return self._failed()
            return spec.native(spec.default)
        try:
            return spec.native(_field_adapter(spec.name).validate_python(value))
        except ValidationError:
            return self._failed()

    def _failed(self) -> Any:
        form = self.spec.form
        return _DAY_FAILED if form == "date" else FAILED_CODE if form == "coded" else _FAILED

    def read(self, cells: Sequence[Any]) -> tuple[Any, list[int]]:
        """(the block in the column's terms, positions of the cells that failed)."""
        form = self.spec.form
        if form == "text":
            return self._read_texts(cells)
        natives = map(self.cache.__getitem__ if self.from_text else self._value, cells)
        if form == "coded":
            codes = bytearray(natives)  # one byte a row
            failed = FAILED_CODE in codes
            return codes, [k for k, v in enumerate(codes) if v == FAILED_CODE] if failed else []
        if form == "date":
            days = array("i", natives)  # four bytes a row
            failed = _DAY_FAILED in days
            return days, [k for k, v in enumerate(days) if v == _DAY_FAILED] if failed else []
        values = list(natives)
        if not any(map(operator.is_, values, repeat(_FAILED))):
            return values, []
        return values, [k for k, v in enumerate(values) if v is _FAILED]

    def _value(self, value: Any) -> Any:
        try:
            return self.cache[(type(value), value)]  # type: ignore[index]
        except TypeError:  # unhashable (a list of grounds): not cached
            return self._native((type(value), value))

    def _read_texts(self, cells: Sequence[Any]) -> tuple[TextCells, list[int]]:
        """Texts: kept as they are; a cell that is empty where the field is required, all
        white space, or holds a character a register cell cannot hold, fails."""
        if self.from_text:
            texts = TextCells(cells)
        else:
            texts = TextCells("" if v is None else v for v in cells)
            if not all(type(v) is str and v for v in cells if v is not None):
                bad = [
                    k for k, v in enumerate(cells) if v is not None and not (type(v) is str and v)
                ]
                return TextCells(v if type(v) is str else "" for v in texts), bad
        failed: list[int] = []
        if self.spec.required and "" in texts:
            failed += [k for k, v in enumerate(texts) if v == ""]
        if any(map(str.isspace, texts)):
            failed += [k for k, v in enumerate(texts) if v.isspace()]
        if self.from_text:
            self.longest = max(self.longest, max(texts.lengths(), default=0))
        if not texts.joined().isprintable():  # a tab, a line break, a space other than " "…
            failed += [k for k, v in enumerate(texts) if _UNSAFE.search(v)]
        return texts, failed

    def patch(self, block: Any, k: int, value: Any) -> None:
        """Row ``k`` of ``block`` set to ``value`` (valid), in the column's terms."""
        block[k] = self.spec.native(value)

    def blank(self, block: Any, k: int) -> None:
        """Row ``k`` of ``block`` (a row that failed) set to the default."""
        block[k] = self.builder.native_default()


@dataclass(slots=True)
class _ReadBlock:
    """A block of rows read by :meth:`_Reading.read_block`, to be kept in file order."""

    numbers: list[int]  # the file's row of each row of the block
    blocks: list[Any]  # each field's cells in its column's terms (None: the default)
    lost: list[int]  # rows of the block refused (their cells hold the default)
    errors: list[tuple[int, str]]  # (file row, problem) of the rows refused
    unheaded: list[tuple[int, int]]  # (file row, column) of a value under no heading


class _Reading:
    """A register being read: its columns, built a block of rows at a time, and every problem
    found, each with its row (in a file, the file's row: the header is row 1).

    ``by_column`` is the field and kind under each column of the file (:func:`_header_columns`).
    From a file (``from_text``), cells are text, ``""`` is an empty cell and an empty row is
    skipped; from :meth:`Register.from_columns`, cells are values and ``None`` is absent.
    """

    def __init__(
        self,
        by_column: Sequence[tuple[str, str] | None],
        header_problems: Sequence[str] = (),
        *,
        from_text: bool = True,
    ) -> None:
        self.by_column = list(by_column)
        self.header_problems = list(header_problems)
        self.from_text = from_text
        self.readers = [_FieldReader(f, from_text) for f in _fields()]
        placed = {c[0]: j for j, c in enumerate(by_column) if c is not None and c[1] != "computed"}
        #: the file's column of each field (None: the file has no column for it)
        self.place = [placed.get(f.name) for f in _fields()]
        self.incomplete = any(
            f.required and j is None for f, j in zip(_fields(), self.place, strict=True)
        )
        self.unheaded: list[tuple[int, int]] = []  # (row, column) of a value under no heading
        self.errors: list[tuple[int, str]] = []  # (row, problem) of the rows that failed
        self.numbers = array("q")  # the file's row of each register row
        self.failed: set[int] = set()  # register rows that failed
        self.size = 0

    @property
    def width(self) -> int:
        return len(self.by_column)

    def add_rows(self, numbers: Sequence[int], rows: Sequence[Sequence[str]]) -> None:
        """Rows of any length: an empty one skipped, a short one filled with empty cells, a
        value beyond the last heading noted (it is refused, never dropped)."""
        w = self.width
        kept_numbers: list[int] = []
        kept: list[Sequence[str]] = []
        beyond: list[tuple[int, int]] = []
        for n, cells in zip(numbers, rows, strict=True):
            if not any(cells):
                continue  # an empty line
            if len(cells) > w:
                beyond += [(n, j) for j in range(w, len(cells)) if cells[j]]
                cells = cells[:w]
            elif len(cells) < w:
                cells = [*cells, *[""] * (w - len(cells))]
            kept_numbers.append(n)
            kept.append(cells)
        if kept:
            columns = [list(c) for c in zip(*kept, strict=True)]
            self.add_block(kept_numbers, columns, none_empty=True, beyond=beyond)

    def add_block(
        self,
        numbers: Sequence[int],
        columns: list[list[Any]],
        *,
        none_empty: bool = False,
        beyond: Sequence[tuple[int, int]] = (),
    ) -> None:
        """A block of rows given as its columns, one per column of the file (``none_empty``:
        the caller has taken the empty rows out; ``beyond``: the (row, column) of values the
        caller found past the last column)."""
        if self.header_problems:
            return  # the headings are refused: nothing under them is read
        if self.from_text and not none_empty:
            numbers, columns = self._without_empty_rows(numbers, columns)
        m = len(numbers)
        if m == 0:
            return
        self.keep(self.read_block(numbers, columns, beyond))

    def read_block(
        self,
        numbers: Sequence[int],
        columns: list[list[Any]],
        beyond: Sequence[tuple[int, int]] = (),
    ) -> _ReadBlock:
        """A block of rows (none of them empty) read into each field's terms, each row with
        a failed cell validated whole; nothing is added to the register yet."""
        m = len(numbers)
        unheaded = list(beyond)
        for j, c in enumerate(self.by_column):
            if c is None and columns[j].count("") != m:
                unheaded += [(numbers[k], j) for k, v in enumerate(columns[j]) if v]
        blocks: list[Any] = []
        failed: set[int] = set(range(m)) if self.incomplete else set()
        for reader, place in zip(self.readers, self.place, strict=True):
            if place is None or (self.from_text and _empty(columns[place], reader.spec)):
                blocks.append(None)  # the default in every row
                continue
            block, bad = reader.read(columns[place])
            blocks.append(block)
            failed.update(bad)
        read = _ReadBlock(list(numbers), blocks, [], [], unheaded)
        for k in sorted(failed):
            problems = self._validate_row(numbers[k], [col[k] for col in columns], blocks, k)
            if problems is not None:
                read.lost.append(k)
                read.errors += [(numbers[k], p) for p in problems]
        return read

    def keep(self, read: _ReadBlock) -> None:
        """A block read by :meth:`read_block` added to the register being built."""
        m = len(read.numbers)
        for reader, block in zip(self.readers, read.blocks, strict=True):
            if block is None:
                reader.builder.add_default(m)
            else:
                reader.builder.add(block)
        self.unheaded += read.unheaded
        self.failed.update(self.size + k for k in read.lost)
        self.errors += read.errors
        self.numbers.extend(read.numbers)
        self.size += m

    def _without_empty_rows(
        self, numbers: Sequence[int], columns: list[list[Any]]
    ) -> tuple[Sequence[int], list[list[Any]]]:
        """The block without its empty rows (a row without a number is either empty or bad)."""
        j = self.place[0]  # the number (Số thứ tự), which every row must give
        if j is not None and "" not in columns[j]:
            return numbers, columns
        maybe = range(len(numbers)) if j is None else [k for k, v in enumerate(columns[j]) if not v]
        empty = {k for k in maybe if not any(col[k] for col in columns)}
        if not empty:
            return numbers, columns
        keep = [k for k in range(len(numbers)) if k not in empty]
        return [numbers[k] for k in keep], [[col[k] for k in keep] for col in columns]

    def _validate_row(
        self, row: int, cells: list[Any], blocks: list[Any], k: int
    ) -> list[str] | None:
        """A row with a cell that failed, validated whole: its values patched into the
        blocks, or (the row refused) its problems."""
        if self.from_text:
            data: dict[str, Any] = _row_dict(row, cells, self.by_column)[0]
        else:
            given = zip(self.by_column, cells, strict=True)
            data = {c[0]: v for c, v in given if c is not None and v is not None}
        entry, problems = _row_problems(row, data)
        for reader, block in zip(self.readers, blocks, strict=True):
            if block is None:
                continue
            if entry is None:
                reader.blank(block, k)
            else:
                reader.patch(block, k, getattr(entry, reader.spec.name))
        return problems if entry is None else None

    def for_part(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        """How a worker process makes its own reading of this file's blocks."""
        return _PartReading, (self.by_column, self.header_problems)

    def longest_cell(self) -> int:
        """The longest distinct cell the readers have cached (the CSV field size limit)."""
        return max(r.longest for r in self.readers)

    def finish(self) -> Register:
        """The register, or every problem found in one :class:`RegisterRowsError`."""
        if self.header_problems:
            raise RegisterRowsError(detail="; ".join(self.header_problems))
        register = Register._of(tuple(r.builder.finish() for r in self.readers), self.size)
        for i in sorted(_rule_breakers(register) - self.failed):
            row = self.numbers[i]
            data = {f.name: register.column(f.name)[i] for f in _fields()}
            self.errors += [(row, p) for p in _row_problems(row, data)[1]]
        problems = [
            f"row {n}, column {j + 1}: a value under no heading" for n, j in sorted(self.unheaded)
        ]
        problems += [p for _, p in sorted(self.errors, key=lambda e: e[0])]
        if problems:
            raise RegisterRowsError(detail="; ".join(problems))
        return register


def _empty(cells: list[Any], spec: _Field) -> bool:
    """True if every cell is empty and the field may be (each row then holds its default)."""
    return not spec.required and cells.count("") == len(cells)


def _rows_holding(column: Column, value: Any) -> list[int]:
    """The rows whose value is ``value`` (a member of an enumeration)."""
    if isinstance(column, Same):
        return list(range(len(column))) if column.value is value else []
    if isinstance(column, Coded):
        if value not in column.members:
            return []
        code = column.members.index(value)
        return [i for i, c in enumerate(column.codes) if c == code] if code in column.codes else []
    return [i for i, v in enumerate(column) if v is value]


def _differ(a: list[bool] | None, b: list[bool] | None, n: int) -> set[int]:
    a = a if a is not None else [True] * n
    b = b if b is not None else [True] * n
    if a == b:
        return set()
    return {i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y}


def _rule_breakers(register: Register) -> set[int]:
    """Rows that may break a rule between fields (:meth:`RegisterEntry.__post_init__`), found
    on the columns: every row that breaks one is among them (a row found here is validated
    whole, and only a real break is reported)."""
    col = register.column
    n = len(register)

    def nones(name: str) -> list[bool] | None:
        """Per row, True where the field is None (None: in every row)."""
        c = col(name)
        if isinstance(c, Same) and c.value is None:
            return None
        return c.nones()

    out: set[int] = set()
    for a, b in _PAIRS:
        out |= _differ(nones(a), nones(b), n)
    redirected = _rows_holding(col("outcome"), RegisterOutcome.REDIRECTED)
    out.update(i for i in redirected if col("redirected_to")[i] is None)
    refused = _rows_holding(col("outcome"), RegisterOutcome.REFUSED)
    out.update(i for i in refused if not col("refusal_grounds")[i])
    out |= _later_breakers(register, nones)
    sent = col("sent_on")
    if not (isinstance(sent, Same) and sent.value is None):
        received = col("received_on")
        out.update(i for i, s in enumerate(sent) if s is not None and s > received[i])
    return out


#: the fields that go together (RegisterEntry.__post_init__)
_PAIRS = (
    ("outcome", "outcome_on"),
    ("costs_notified", "costs_notified_on"),
    ("costs_notified", "payment_due"),
    ("costs_paid", "costs_paid_on"),
    ("extension_reason", "extension_notice_on"),
    ("complaint_route", "complaint_filed_on"),
    ("correction_answered_on", "corrected"),
)


def _later_breakers(register: Register, nones: Any) -> set[int]:
    """Rows with a value that needs another (RegisterEntry._check_later_steps): every row
    that holds a cost line, a refusal's reasons, a correction's answer or a complaint's
    resolution (rare columns: a row holding one is simply validated whole)."""
    out: set[int] = set()
    for name in ("cost_area", "cost_postage", "refusal_reasons", "correction_answered_on",
                 "corrected", "complaint_resolved_on"):  # fmt: skip
        absent = nones(name)
        if absent is not None:
            out.update(i for i, a in enumerate(absent) if not a)
    items = register.column("cost_items")
    if not (isinstance(items, Same) and items.value == ()):
        out.update(i for i, v in enumerate(items) if v)
    return out


class _PartReading(_Reading):
    """A worker process's reading: each block read is held, not built into a register, with
    its texts joined (a few strings cross back to the caller, not one a row)."""

    kept: list[_ReadBlock]

    def keep(self, read: _ReadBlock) -> None:
        read.blocks = [
            JoinedTexts.of(block)
            if block is not None and r.spec.form == "text" and r.builder.default is None
            else block
            for r, block in zip(self.readers, read.blocks, strict=True)
        ]
        self.kept.append(read)


def _csv_source(source: object, encoding: str | None) -> Any:
    """What :meth:`Register.from_csv` reads: text, a text stream, or (from bytes or a binary
    stream) a :class:`CsvBytes` that decodes them."""
    if isinstance(source, CsvBytes):  # the command line's, with its own wording
        return source
    if isinstance(source, bytes | bytearray | memoryview):
        return CsvBytes(io.BytesIO(bytes(source)), encoding)
    if isinstance(source, str | io.TextIOBase):
        probe: object = ""
    elif callable(getattr(source, "read", None)):
        probe = read_from(source.read, 0)  # type: ignore[attr-defined]  # "" or b"": its kind
        if isinstance(probe, bytes):
            return CsvBytes(cast("BinaryIO", source), encoding)
    else:
        probe = None
    if isinstance(probe, str):
        if encoding is not None:
            raise InvalidInputError(
                "invalid-csv",
                detail=f"encoding={echo(encoding)} is for bytes: the text is decoded already",
            )
        return source
    raise not_text(source)


# --------------------------------------------------------------------------------------
# The rows of a workbook.


def _read_sheet(openpyxl: Any, data: bytes) -> Register:
    """The register on the workbook's active sheet, read to its real last row and column."""
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        ws = wb.active
        if ws is None or not hasattr(ws, "reset_dimensions"):
            raise InvalidInputError(
                "invalid-excel", detail="the active sheet is not a worksheet (a chart sheet?)"
            )
        ws.reset_dimensions()  # read to the real end, whatever <dimension> says
        formulas: list[str] = []
        rows = _sheet_rows(ws.iter_rows(), formulas)
        header = next(rows, None)
        if header is None:
            return Register(())
        reading = _Reading(*_header_columns(header[1]))
        for block in _batched(rows, BLOCK_RECORDS):
            reading.add_rows([n for n, _ in block], [cells for _, cells in block])
        if formulas:
            raise RegisterRowsError(
                detail="a formula is not read (enter its value): " + "; ".join(formulas[:20])
            )
        return reading.finish()
    finally:
        wb.close()


def _sheet_rows(rows: Iterable[Any], formulas: list[str]) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells as text) of every row; each formula's place noted in ``formulas``."""
    for r, row in enumerate(rows, start=1):
        cells: list[str] = []
        for j, cell in enumerate(row, start=1):
            if cell.data_type == "f":
                formulas.append(f"row {r}, column {j}")
            value = cell.value
            if value is None:
                cells.append("")
            elif type(value) is str:
                cells.append(excel_text(value))
            else:
                cells.append(_cell_text(value))
        yield r, cells


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while block := list(itertools.islice(it, size)):
        yield block


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


def _computed_columns(folded: RegisterFold) -> list[list[Any]]:
    """The computed columns: the answer-by date, the status and the timeliness (their
    Vietnamese labels) and the working days late (:meth:`Register.fold`)."""
    from tiepcan.register.lifecycle import RequestStatus, Timeliness

    status = {s.value: s.label_vi for s in RequestStatus}
    timeliness = {t.value: t.label_vi for t in Timeliness}
    return [
        folded.response_due,
        [status[s] for s in folded.status],
        [timeliness[t] for t in folded.timeliness],
        folded.days_late,
    ]


def _shown_column(spec: _Field, column: Column, typed: bool) -> list[Any]:
    """A column's cells as written: text (:func:`_show`, once per distinct value), or, in a
    typed cell (Excel: a date, a whole number, a đồng amount), the value itself."""
    if typed and spec.kind in ("date", "dong", "integer"):
        return list(column)
    if isinstance(column, Same):
        return [_show(spec.name, spec.kind, column.value)] * len(column)
    if isinstance(column, Texts):
        return ["" if v is None else v for v in column]
    if isinstance(column, Coded):  # a label per code; NONE_CODE (and the rest) shows ""
        labels = [_show(spec.name, spec.kind, m) for m in column.members]
        return list(map((*labels, *[""] * (256 - len(labels))).__getitem__, column.codes))
    if isinstance(column, Days):
        days = {o: date.fromordinal(o).isoformat() if o else "" for o in set(column.ordinals)}
        return list(map(days.__getitem__, column.ordinals))
    shown: dict[Any, str] = {}
    out = []
    for v in column:
        try:
            text = shown.get(v)
            if text is None:
                text = shown[v] = _show(spec.name, spec.kind, v)
        except TypeError:  # an unhashable value
            text = _show(spec.name, spec.kind, v)
        out.append(text)
    return out


def _written_columns(register: Register, excel: bool, as_of: date | None = None) -> list[list[Any]]:
    """The cells the CSV and Excel writers write, column by column, refusing (by row and
    column) a cell Excel cannot hold; the CSV writer holds the same limits, so a CSV opened in
    Excel loses nothing.

    CSV cells are text. Excel cells are text too, but for a date (a ``date``), a whole number
    and a đồng amount (an ``int``), so that the clerk can sort and sum. With ``as_of``, each
    row ends with its computed cells (:func:`_computed_columns`).
    """
    titles = _headings(as_of)
    out: list[list[Any]] = []
    problems: list[tuple[int, int, str, str]] = []
    for j, spec in enumerate(_fields()):
        cells = _shown_column(spec, register.column(spec.name), excel)
        problems += _unwritable(cells, j, titles[j], excel)
        out.append(cells)
    if problems:
        detail = "; ".join(
            f"row {i + 2}, column {echo(t)}: {why}" for i, _, t, why in sorted(problems)
        )
        raise InvalidInputError("unwritable-cell", detail=detail)
    if as_of is not None:
        computed = _computed_columns(register.fold(as_of))
        if not excel:
            computed = [[_show("", "", v) for v in col] for col in computed]
        out += computed
    return out


def _unwritable(
    cells: list[Any], j: int, title: str, excel: bool
) -> list[tuple[int, int, str, str]]:
    """(row, column, title, why) of each text cell Excel cannot hold exactly."""
    texts = [c for c in cells if type(c) is str] if excel else cells  # CSV: every cell is text
    if not texts or _all_fit(texts, excel):
        return []
    check = excel_problem if excel else too_long
    out = []
    for i, c in enumerate(cells):
        why = check(c) if type(c) is str and c else None
        if why is not None:
            out.append((i, j, title, why))
    return out


def _all_fit(texts: list[str], excel: bool) -> bool:
    """True if every text fits an Excel cell even escaped (7 characters for one, as
    :func:`tiepcan.foundation._sheets.too_long` counts) and, for Excel, holds no character a workbook
    cannot store (each such character is unprintable, so only unprintable texts are looked
    at): the column needs no cell-by-cell check."""
    if max(map(len, texts)) * 7 > EXCEL_CELL_MAX:
        return False
    return not excel or all(excel_problem(t) is None for t in texts if not t.isprintable())


def _csv_column(cells: list[str], delimiter: str) -> list[str]:
    """A column's cells as CSV: the formula rule (:func:`tiepcan.foundation._sheets.csv_cell`), and a
    cell with a quote, the delimiter, a CR or a LF quoted (:func:`tiepcan.foundation._sheets.csv_line`)."""
    special = ('"', delimiter, "\r", "\n")
    joined = "".join(cells)
    distinct = set(cells) if len(cells) > 64 else cells  # labels and days repeat
    if len(distinct) > len(cells) // 2:
        distinct = cells
    if not any(ch in joined for ch in special) and not any(
        map(operator.methodcaller("startswith", _MARKED_STARTS), distinct)
    ):
        return cells  # the common case: no cell needs a mark or quotes
    return [csv_line([csv_cell(c)], delimiter)[:-1] for c in cells]


#: the starts that get the writer's apostrophe (csv_cell): live text, or an apostrophe
_MARKED_STARTS = (*LIVE_STARTS, "'")


# --------------------------------------------------------------------------------------
# The register and its fold.


class Register:
    """The register: its rows, in the order they were entered, held as columns.

    ``Register(entries)`` takes :class:`RegisterEntry` rows; :meth:`from_columns` takes the
    columns themselves, and the readers (:meth:`from_csv`, :meth:`from_excel`,
    :meth:`from_json`) build the columns without a row object. A row is made only when it is
    asked for: ``register[i]``, iterating, :attr:`entries`. :meth:`column` gives one column.

    >>> from datetime import date
    >>> r = Register.from_columns({
    ...     "number": ["01/2025", "02/2025"], "received_on": [date(2025, 4, 16)] * 2,
    ...     "requester_name": ["Lê Văn C", "Trần Thị B"],
    ...     "information_requested": ["Hồ sơ đấu giá", "Quyết định giao đất"],
    ...     "received_via": ["postal", "electronic"], "provision_form": ["postal", "electronic"],
    ...     "complexity": ["simple", "complex"]})
    >>> len(r), r[1].requester_name, r.column("received_via")[0]
    (2, 'Trần Thị B', <Channel.POSTAL: 'postal'>)
    >>> r == Register(r.entries)
    True
    """

    __slots__ = ("_columns", "_size")

    _columns: tuple[Column, ...]
    _size: int

    def __init__(self, entries: Iterable[RegisterEntry] = ()) -> None:
        if isinstance(entries, str | bytes | Mapping):
            raise InvalidInputError(
                detail=f"a register's rows: expected entries, got {echo(entries)}"
            )
        try:
            rows = entries if isinstance(entries, tuple | list) else tuple(entries)
        except TypeError:
            raise InvalidInputError(detail=f"a register's rows: {echo(entries)}") from None
        bad = [r for r in rows if not isinstance(r, RegisterEntry)][:1]
        if bad:
            raise InvalidInputError(detail=f"a register's row is a RegisterEntry: {echo(bad[0])}")
        columns = tuple(
            column_of(list(map(operator.attrgetter(f.name), rows)), f.form, f.members)
            for f in _fields()
        )
        object.__setattr__(self, "_columns", columns)
        object.__setattr__(self, "_size", len(rows))

    @classmethod
    def _of(cls, columns: tuple[Column, ...], size: int) -> Register:
        """A register of columns already checked (one per field, each ``size`` rows long)."""
        self = object.__new__(cls)
        object.__setattr__(self, "_columns", columns)
        object.__setattr__(self, "_size", size)
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a Register is read-only ({name})")

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[RegisterEntry]:
        for values in zip(*self._columns, strict=True):
            yield RegisterEntry(*values)

    def __getitem__(self, i: int) -> RegisterEntry:
        """Row ``i`` (from 0; negative counts from the end), made from the columns."""
        return RegisterEntry(*(c[i] for c in self._columns))

    @property
    def entries(self) -> tuple[RegisterEntry, ...]:
        """Every row, made from the columns (a million rows take a while and about 5 KiB each:
        a caller that needs a few asks ``register[i]``, a column :meth:`column`)."""
        return tuple(self)

    def column(self, name: str) -> Column:
        """The column of field ``name`` of :class:`RegisterEntry` (a read-only sequence: its
        values in row order, by index or in turn)."""
        index = _field_index().get(name) if isinstance(name, str) else None
        if index is None:
            raise InvalidInputError("invalid-column", detail=f"no column {echo(name)}")
        return self._columns[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Register):
            return NotImplemented
        return self._size == other._size and all(
            a.equals(b) for a, b in zip(self._columns, other._columns, strict=True)
        )

    def __hash__(self) -> int:
        return hash(self.entries)

    def __repr__(self) -> str:
        if self._size > 20:
            return f"<Register of {self._size:,} rows>"
        return f"Register(entries={self.entries!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Register, (self.entries,))

    def fold(self, as_of: date, *, use_numpy: bool | None = None) -> RegisterFold:
        """Every row as of ``as_of``: due dates in one batch call, status and timeliness."""
        return _fold_register(self, as_of, use_numpy)

    # -- columns --------------------------------------------------------------------------
    @classmethod
    def from_columns(cls, columns: Mapping[str, Sequence[Any]]) -> Register:
        """A register from its columns: ``{field name: the value of each row}``, every column
        as long as the others; a field not given holds its default in every row (``number``,
        ``received_on``, ``requester_name``, ``information_requested``, ``received_via``,
        ``provision_form`` and ``complexity`` must be given). ``None`` is an absent value.

        Each value is checked as a row of :meth:`from_json` is (a ``date`` or
        ``"YYYY-MM-DD"``, a member of an enumeration or its code, …); every problem is raised
        together in one :class:`RegisterRowsError`, by row (from 0) and column.
        """
        given = _checked_columns(columns)
        names = list(given)
        kinds = {name: kind for name, _, kind in _columns()}
        reading = _Reading([(name, kinds[name]) for name in names], from_text=False)
        size = len(given[names[0]]) if names else 0
        reading.add_block(range(size), [given[name] for name in names])
        return reading.finish()

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
        delimiter = check_delimiter(delimiter)
        as_of = _check_as_of(as_of)
        columns = [_csv_column(c, delimiter) for c in _written_columns(self, False, as_of)]
        head = csv_line(_headings(as_of), delimiter)
        if not self._size:
            return head
        return head + "\n".join(map(delimiter.join, zip(*columns, strict=True))) + "\n"

    @classmethod
    def from_csv(
        cls,
        text: str | TextIO | bytes | BinaryIO,
        delimiter: str = ";",
        *,
        encoding: str | None = None,
        workers: int = 1,
    ) -> Register:
        """Read CSV with the Vietnamese headings: text exactly (one leading ``'`` taken off),
        every problem by row (the header is row 1) and column.

        ``text`` is the CSV text, or a text stream (a file opened with its encoding and
        ``newline=""``), or the file's bytes or a file opened to read them (``"rb"``),
        which is read a block at a time: the register's columns are built as it goes, so a
        million rows never stand in memory as text or as row objects.

        Bytes are decoded by ``encoding``; without it, by the byte-order mark (UTF-8, UTF-16
        — what Excel writes for "Unicode Text"), else as UTF-8. Windows-1258 text is composed
        (NFC), so "Hà Nội" reads the same whatever machine saved it; a byte that is not text in
        the encoding is refused (``unreadable-encoding``) naming its place in the file
        (:mod:`tiepcan.register._csv_bytes`).

        ``workers`` > 1 reads the blocks of a large text (more than one block of about a
        million characters) in that many other processes, each block's rows kept in file
        order: the same register and the same problems, in less time on a machine with that
        many cores. Given bytes in UTF-8 or a Windows code page, each process decodes its own
        blocks, and on Linux reads them from the file itself. A text with a quoted cell is
        read by the csv module in this process from its first quote on. The processes are
        forked on Linux; elsewhere they are started the system's way, which imports the
        program's main module again (keep its work under ``if __name__ == "__main__":``).
        Processes are the caller's choice: the default, 1, starts none.
        """
        text = _csv_source(text, encoding)
        if type(workers) is not int or workers < 1:
            raise InvalidInputError(
                "invalid-number",
                detail=f"workers={echo(workers)}: a number of processes, 1 or more",
            )
        records = CsvRecords(text, check_delimiter(delimiter))
        header = records.header()
        if header is None:
            return cls(())
        reading = _Reading(*_header_columns(header))
        records.read_into(reading, workers)
        return reading.finish()

    # -- Excel ----------------------------------------------------------------------------
    def to_excel(self, *, as_of: date | None = None) -> bytes:
        """The register as an .xlsx workbook (one sheet, Vietnamese headers, the heading row
        frozen). Dates are date cells shown ``dd/mm/yyyy`` and đồng amounts numbers shown
        ``#,##0``, so the clerk can sort and sum; every text is a string cell (never a
        formula), an enumeration's its Vietnamese label; text Excel cannot hold is refused by
        row and column. ``as_of`` adds the computed columns, as :meth:`to_csv` does."""
        openpyxl = _openpyxl()
        as_of = _check_as_of(as_of)
        if len(self) + 1 > EXCEL_ROWS_MAX:  # a longer sheet, Excel would not open whole
            raise InvalidInputError(
                "too-many-rows",
                detail=f"{len(self):,} rows and the heading row: write the register as CSV "
                "(to_csv), which has no such limit",
            )
        columns = _written_columns(self, True, as_of)
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "So theo doi"
        ws.append(_headings(as_of))
        ws.freeze_panes = "A2"
        kinds = _kinds(as_of)
        for row, cells in enumerate(zip(*columns, strict=True), start=2):
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
        heading or a file that is not a safe .xlsx is refused with a coded error. The rows
        go into the columns as openpyxl reads them (read-only), a block at a time."""
        openpyxl = _openpyxl()
        check_xlsx(data)
        try:
            return _read_sheet(openpyxl, bytes(data))
        except TiepCanError:
            raise
        except Exception as exc:  # whatever openpyxl raises on a broken part
            raise InvalidInputError(
                "invalid-excel", detail=f"{type(exc).__name__}: {echo(str(exc))}"
            ) from None


@cache
def _field_index() -> dict[str, int]:
    return {f.name: k for k, f in enumerate(_fields())}


def _checked_columns(columns: object) -> dict[str, list[Any]]:
    """The columns given to :meth:`Register.from_columns`: known fields, sequences of one
    length (a coded error names what is wrong)."""
    if not isinstance(columns, Mapping):
        raise InvalidInputError(
            "invalid-column", detail=f"expected a mapping of columns: {echo(columns)}"
        )
    out: dict[str, list[Any]] = {}
    for name, values in columns.items():
        if not isinstance(name, str) or name not in _field_index():
            raise InvalidInputError("invalid-column", detail=f"no column {echo(name)}")
        if isinstance(values, str | bytes | Mapping) or not isinstance(values, Sequence | array):
            raise InvalidInputError("invalid-column", detail=f"{name}: {echo(values)}")
        out[name] = list(values)
    lengths = {len(v) for v in out.values()}
    if len(lengths) > 1:
        raise InvalidInputError(
            "column-length-mismatch", detail=f"columns of {sorted(lengths)} rows"
        )
    return out


def _check_as_of(as_of: object) -> date | None:
    return None if as_of is None else check_as_of(as_of)


def _openpyxl() -> Any:
    try:
        import openpyxl  # type: ignore[import-untyped]
    except ImportError:
        raise ExcelNotAvailableError() from None
    return openpyxl


# --------------------------------------------------------------------------------------
# The fold: every row as of a day, on the columns.

#: the values of RequestStatus and of Timeliness, in order: the fold keeps each row's as a code
_STATUS_VALUES = tuple(s.value for s in RequestStatus)
_TIMELINESS_VALUES = tuple(t.value for t in Timeliness)
_STATUS = {v: k for k, v in enumerate(_STATUS_VALUES)}
_TIMELINESS = {v: k for k, v in enumerate(_TIMELINESS_VALUES)}


class RegisterFold:
    """A register folded as of a day: columns for statistics, each row's state on demand.

    The columns are kept as codes and day ordinals (numpy arrays on the numpy path); the
    lists below are made from them when first read.
    """

    __slots__ = ("_cols", "_lists", "as_of", "register")

    as_of: date
    #: the register folded
    register: Register
    _cols: dict[str, Any]
    _lists: dict[str, Any]

    def __init__(self, as_of: date, register: Register, cols: dict[str, Any]) -> None:
        object.__setattr__(self, "as_of", as_of)
        object.__setattr__(self, "register", register)
        object.__setattr__(self, "_cols", cols)
        object.__setattr__(self, "_lists", {})

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a RegisterFold is read-only ({name})")

    def __len__(self) -> int:
        return len(self.register)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RegisterFold):
            return NotImplemented
        names = ("response_due", "original_due", "notice_due", "status", "timeliness")
        return (
            self.as_of == other.as_of
            and self.register == other.register
            and all(getattr(self, n) == getattr(other, n) for n in names)
            and (self.days_late, self.encoded) == (other.days_late, other.encoded)
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<RegisterFold of {len(self):,} rows as of {self.as_of.isoformat()}>"

    def _list(self, name: str, make: Callable[[Any], list[Any]]) -> list[Any]:
        out: list[Any] | None = self._lists.get(name)
        if out is None:
            column = self._cols[name]
            out = self._lists[name] = make(column.tolist() if hasattr(column, "tolist") else column)
        return out

    @property
    def entries(self) -> tuple[RegisterEntry, ...]:
        """The register's rows (made from its columns: :attr:`Register.entries`)."""
        return self.register.entries

    #: per row: the governing answer-by date, the original one and the notice date (None: none)
    @property
    def response_due(self) -> list[date | None]:
        return self._list("response_due", _days)

    @property
    def original_due(self) -> list[date | None]:
        return self._list("original_due", _days)

    @property
    def notice_due(self) -> list[date | None]:
        return self._list("notice_due", _days)

    #: per row: a value of :class:`tiepcan.register.lifecycle.RequestStatus` / ``Timeliness``
    @property
    def status(self) -> list[str]:
        return self._list("status", lambda codes: [_STATUS_VALUES[c] for c in codes])

    @property
    def timeliness(self) -> list[str]:
        return self._list("timeliness", lambda codes: [_TIMELINESS_VALUES[c] for c in codes])

    @property
    def days_late(self) -> list[int | None]:
        return self._list("days_late", lambda days: [None if d < 0 else d for d in days])

    #: per row: True when the governing regime is encoded (False: received from 2026-09-01)
    @property
    def encoded(self) -> list[bool]:
        return self._list("encoded", lambda flags: [bool(f) for f in flags])

    def codes(self, name: str) -> Any:
        """A column as the fold keeps it: ``status`` and ``timeliness`` as indexes into the
        values of RequestStatus and Timeliness; the dates as ordinals (0: none);
        ``days_late`` (-1: none); ``encoded``. A numpy array on the numpy path."""
        return self._cols[name]

    def state(self, i: int) -> RequestState:
        """Row ``i``'s full state, with its reasons and problems: :func:`~tiepcan.register.lifecycle.fold`
        of the row's events (the columns of this fold agree with it)."""
        from tiepcan.register.lifecycle import fold

        return fold(self.register[i].events(), as_of=self.as_of)

    def states(self) -> Iterator[RequestState]:
        return (self.state(i) for i in range(len(self)))

    def counts(self) -> dict[str, int]:
        """How many rows have each status and each timeliness (for the yearly report)."""
        out: dict[str, int] = {}
        for values, codes in (
            (_STATUS_VALUES, self._cols["status"]),
            (_TIMELINESS_VALUES, self._cols["timeliness"]),
        ):
            for code, n in _counted_in_order(codes):
                out[values[code]] = out.get(values[code], 0) + n
        out["not_encoded"] = len(self) - _count_true(self._cols["encoded"])
        return out


def _days(ordinals: Sequence[int]) -> list[date | None]:
    """Ordinals as dates, one ``date`` object per distinct day (0: none)."""
    days: dict[int, date | None] = {0: None}
    out = []
    for o in ordinals:
        day = days.get(o, _FAILED)
        if day is _FAILED:
            day = days[o] = date.fromordinal(o)
        out.append(day)
    return out  # type: ignore[return-value]


def _counted_in_order(codes: Any) -> list[tuple[int, int]]:
    """(code, how many rows hold it), in the order each code first appears."""
    if hasattr(codes, "tolist") and len(codes):
        import numpy as np

        values, first, counts = np.unique(codes, return_index=True, return_counts=True)
        order = np.argsort(first, kind="stable")
        return list(zip(values[order].tolist(), counts[order].tolist(), strict=True))
    seen: dict[int, int] = {}
    for c in codes:
        seen[c] = seen.get(c, 0) + 1
    return list(seen.items())


def _count_true(flags: Any) -> int:
    return int(flags.sum()) if hasattr(flags, "sum") else sum(map(bool, flags))


def _fold_register(register: Register, as_of: date, use_numpy: bool | None) -> RegisterFold:
    from tiepcan.register.batch import numpy_module

    day = check_as_of(as_of)
    np = numpy_module(use_numpy)
    if np is None:
        return RegisterFold(day, register, _fold_rows(register, day))
    return RegisterFold(day, register, _fold_columns(np, register, day))


# -- the fold in plain Python, row by row (numpy not installed, or use_numpy=False) -------


def _fold_rows(register: Register, day: date) -> dict[str, Any]:
    """The fold's columns, a row at a time: due dates through :func:`tiepcan.register.batch.due_dates`
    (its plain-Python path), then each row's status and timeliness."""
    from tiepcan.foundation.workdays import calendar_range
    from tiepcan.register.batch import EXTEND_MAX, due_dates
    from tiepcan.register.lifecycle import governing_sent

    entries = register.entries
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
    sent_column = sent if any(sent) else None
    base = due_dates(starts, forms, comps, received_via=vias, sent=sent_column, use_numpy=False)
    originals = base.original_dates()
    exts = [0] * len(rows)
    for j, i in enumerate(rows):
        e = entries[i]
        if _extension_counts(
            e.extension_notice_on, e.extension_length, starts[j], sent[j], originals[j], day,
            (e.received_via, e.provision_form, e.complexity),
        ):  # fmt: skip
            exts[j] = e.extension_length or EXTEND_MAX
    if any(exts):
        extended = due_dates(
            starts, forms, comps, exts, received_via=vias, sent=sent_column, use_numpy=False
        ).due_dates()
    else:
        extended = originals
    return _assemble(entries, day, rows, base, originals, extended, exts)


def _extension_counts(
    notice_on: date | None,
    length: int | None,
    start: date,
    sent: date | None,
    original: date | None,
    day: date,
    request: tuple[Channel, Channel, Complexity],
) -> bool:
    """Whether a row's extension extends (the same tests as :func:`tiepcan.register.lifecycle.fold`):
    notified by ``day`` and within the original time limit, where the request's rule allows
    one (complex requests, arts. 29(2), 30(4), 31(2) of Law 104/2016; every request, art.
    26(3) of Law 01/2026/QH16), no longer than it allows."""
    if notice_on is None or notice_on > day or original is None or notice_on > original:
        return False
    allowed = _extension_allowed(start, sent, *request)
    return allowed is not None and (length or 0) <= allowed


def _extension_allowed(
    start: date, sent: date | None, via: Channel, form: Channel, complexity: Complexity
) -> int | None:
    """The longest extension the request's rule allows (``None``: none)."""
    from tiepcan.register.lifecycle import governing_rules, response_rule

    rules = governing_rules(start, sent)[0]
    rule = response_rule(via, form, complexity, regime=rules)
    return None if rule.extension is None else rule.extension.length


def _assemble(
    entries: tuple[RegisterEntry, ...],
    day: date,
    rows: list[int],
    base: Any,
    originals: list[date | None],
    extended: list[date | None],
    exts: list[int],
) -> dict[str, Any]:
    n = len(entries)
    response = [0] * n
    original = [0] * n
    notice = [0] * n
    encoded = [True] * n
    notices = base.notice_dates()
    for j, (o, nt, ok) in enumerate(zip(originals, notices, base.encoded, strict=True)):
        i = rows[j]
        encoded[i] = bool(ok)
        if not ok:
            continue
        due = extended[j] if exts[j] else o
        assert o is not None and due is not None
        response[i], original[i] = due.toordinal(), o.toordinal()
        notice[i] = nt.toordinal() if nt is not None else 0
    status, timeliness, late = [], [], []
    judge = _judge_on_table(day)
    for i, e in enumerate(entries):
        s = _row_status(e, day)
        status.append(_STATUS[s])
        due_day = date.fromordinal(response[i]) if response[i] else None
        t, d = _row_timeliness(e, s, due_day, day, encoded[i], judge)
        timeliness.append(_TIMELINESS[t])
        late.append(-1 if d is None else d)
    return {
        "response_due": response,
        "original_due": original,
        "notice_due": notice,
        "status": status,
        "timeliness": timeliness,
        "days_late": late,
        "encoded": encoded,
    }


def _judge_on_table(as_of: date) -> Any:
    """:func:`tiepcan.register.lifecycle.judge` as two look-ups in the cumulative working-day count.

    The same answers: done by ``due`` is on time; lateness is the working days after
    ``due`` up to the day done (or ``as_of``). A date outside the calendar goes through
    ``judge`` itself, which raises the calendar's own error.
    """
    from tiepcan.foundation.workdays import _table
    from tiepcan.register.lifecycle import judge

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


# -- the fold on numpy columns -----------------------------------------------------------


def _np_days(np: Any, column: Column) -> Any:
    """A column of dates as int64 day ordinals (0: none)."""
    if isinstance(column, Days):
        return np.frombuffer(column.ordinals, dtype=np.int32).astype(np.int64)
    if isinstance(column, Same):
        value = 0 if column.value is None else column.value.toordinal()
        return np.full(len(column), value, dtype=np.int64)
    ordinals = (0 if v is None else v.toordinal() for v in column)
    return np.fromiter(ordinals, dtype=np.int64, count=len(column))


def _np_codes(np: Any, column: Column, table: Mapping[Any, int], none: int = -1) -> Any:
    """A column of members of an enumeration as the int64 codes ``table`` gives them."""
    if isinstance(column, Coded):
        codes = np.frombuffer(column.codes, dtype=np.uint8)
        by_code = np.full(256, none, dtype=np.int64)
        by_code[: len(column.members)] = [table[m] for m in column.members]
        return by_code[codes]
    if isinstance(column, Same):
        value = none if column.value is None else table[column.value]
        return np.full(len(column), value, dtype=np.int64)
    codes = (none if v is None else table[v] for v in column)
    return np.fromiter(codes, dtype=np.int64, count=len(column))


def _np_money(np: Any, column: Column) -> Any:
    """A column of đồng amounts as int64 (None: 0); ``None`` if an amount does not fit."""
    if isinstance(column, Same) and column.value is None:
        return np.zeros(len(column), dtype=np.int64)
    try:
        return np.fromiter((v or 0 for v in column), dtype=np.int64, count=len(column))
    except OverflowError:
        return None


def _fold_columns(np: Any, register: Register, day: date) -> dict[str, Any]:
    """The fold on whole columns: the same answers as :func:`_fold_rows`."""
    from tiepcan.foundation.workdays import calendar_range

    col, n, d = register.column, len(register), day.toordinal()
    received = _np_days(np, col("received_on"))
    valid = _np_codes(np, col("valid"), {False: 0, True: 1}) == 1
    start = np.where(valid, received, _np_days(np, col("valid_on")))
    lo, hi = (x.toordinal() for x in calendar_range())
    rows = np.flatnonzero((start != 0) & (start <= d) & (start >= lo) & (start <= hi))
    sent_on = _np_days(np, col("sent_on"))
    # the day that chooses the row's law (art. 31(4)), as lifecycle.governing_sent reads it
    sent = np.where(valid | (sent_on != 0), sent_on, np.where(received < start, received, 0))
    dues = _np_dues(np, register, rows, start[rows], sent[rows], day)
    out = {
        name: np.zeros(n, dtype=np.int64) for name in ("response_due", "original_due", "notice_due")
    }
    encoded = np.ones(n, dtype=bool)
    encoded[rows] = dues["encoded"]
    for name in out:
        out[name][rows] = np.where(dues["encoded"], dues[name], 0)
    status = _np_status(np, register, received, valid, start, d)
    timeliness, late = _np_timeliness(np, register, status, start, out["response_due"], day)
    return {
        **out,
        "status": status,
        "timeliness": timeliness,
        "days_late": late,
        "encoded": encoded,
    }


def _np_dues(
    np: Any, register: Register, rows: Any, starts: Any, sent: Any, day: date
) -> dict[str, Any]:
    """The due dates of the rows counted (``rows``), through :func:`tiepcan.register.batch._dues_of_ordinals`."""
    from tiepcan.register.batch import COMPLEXITY_CODES, FORM_CODES, _dues_of_ordinals

    col = register.column
    kinds = (
        _np_codes(np, col("provision_form"), FORM_CODES)[rows],
        _np_codes(np, col("complexity"), COMPLEXITY_CODES)[rows],
    )
    via = _np_codes(np, col("received_via"), FORM_CODES)[rows]
    sent_column = sent if sent.any() else None
    base = _dues_of_ordinals(np, starts, *kinds, None, received_via=via, sent=sent_column)
    exts = _np_extensions(np, register, rows, starts, sent, base, day)
    due = base.original
    if exts.any():
        due = _dues_of_ordinals(np, starts, *kinds, exts, received_via=via, sent=sent_column).due
    return {
        "response_due": due,
        "original_due": base.original,
        "notice_due": base.notice,
        "encoded": base.encoded,
    }


def _np_extensions(
    np: Any, register: Register, rows: Any, starts: Any, sent: Any, base: Any, day: date
) -> Any:
    """Each counted row's extension (0: none; else its length, EXTEND_MAX the longest
    allowed), where the extension extends (:func:`_extension_counts`)."""
    from tiepcan.register.batch import EXTEND_MAX

    col = register.column
    notice = _np_days(np, col("extension_notice_on"))[rows]
    exts = np.zeros(len(rows), dtype=np.int64)
    maybe = (notice != 0) & (notice <= day.toordinal()) & base.encoded & (notice <= base.original)
    for j in np.flatnonzero(maybe).tolist():
        i = int(rows[j])
        length = col("extension_length")[i]
        request = (col("received_via")[i], col("provision_form")[i], col("complexity")[i])
        original = date.fromordinal(int(base.original[j]))
        s = int(sent[j])
        if _extension_counts(
            date.fromordinal(int(notice[j])), length, date.fromordinal(int(starts[j])),
            date.fromordinal(s) if s else None, original, day, request,
        ):  # fmt: skip
            exts[j] = length or EXTEND_MAX
    return exts


def _np_status(np: Any, register: Register, received: Any, valid: Any, start: Any, d: int) -> Any:
    """Each row's status (a code of :data:`_STATUS_VALUES`), as :func:`_row_status` reads it:
    not received; settled (its outcome); awaiting completion; awaiting payment; in progress."""
    col = register.column
    status = np.full(len(register), _STATUS["in_progress"], dtype=np.int8)
    notified_on = _np_days(np, col("costs_notified_on"))
    notified = (notified_on != 0) & (notified_on <= d)
    if notified.any():
        status[_awaiting_payment(np, register, notified, d)] = _STATUS["awaiting_payment"]
    valid_on = _np_days(np, col("valid_on"))
    status[~valid & ((valid_on == 0) | (valid_on > d))] = _STATUS["awaiting_completion"]
    outcome = _np_codes(np, col("outcome"), {o: _STATUS[o.value] for o in RequestOutcome})
    outcome_on = _np_days(np, col("outcome_on"))
    settled = (outcome >= 0) & (outcome_on != 0) & (outcome_on <= d)
    status[settled] = outcome[settled]
    status[received > d] = _STATUS["not_received"]
    return status


def _awaiting_payment(np: Any, register: Register, notified: Any, d: int) -> Any:
    """The rows whose costs notified by day ``d`` exceed what was paid by then."""
    col = register.column
    paid_on = _np_days(np, col("costs_paid_on"))
    paid_by = (paid_on != 0) & (paid_on <= d)
    amount, paid = _np_money(np, col("costs_notified")), _np_money(np, col("costs_paid"))
    if amount is not None and paid is not None:
        return notified & (amount > np.where(paid_by, paid, 0))
    out = np.zeros(len(register), dtype=bool)  # an amount beyond int64: counted in Python
    for i in np.flatnonzero(notified).tolist():
        owed, given = col("costs_notified")[i], col("costs_paid")[i] if paid_by[i] else 0
        out[i] = owed is not None and owed > (given or 0)
    return out


def _np_timeliness(
    np: Any, register: Register, status: Any, start: Any, due: Any, day: date
) -> tuple[Any, Any]:
    """Each row's timeliness (a code of :data:`_TIMELINESS_VALUES`) and working days late
    (-1: none), as :func:`_row_timeliness` reads them, on the cumulative working-day count."""
    from tiepcan.register.batch import _working_day_arrays
    from tiepcan.register.lifecycle import judge

    n, d = len(register), day.toordinal()
    timeliness = np.full(n, _TIMELINESS["not_applicable"], dtype=np.int8)
    late = np.full(n, -1, dtype=np.int64)
    unjudged = np.isin(status, [_STATUS[s] for s in _UNJUDGED])
    applies = ~unjudged & (start != 0) & (start <= d)
    timeliness[applies & (due == 0)] = _TIMELINESS["not_computable"]
    judged = applies & (due != 0)
    outcome_on = _np_days(np, register.column("outcome_on"))
    done = np.where((outcome_on != 0) & (outcome_on <= d), outcome_on, 0)
    x = np.where(done != 0, done, d)  # the day done, or as_of while not done
    first, last, count = _working_day_arrays(np)
    inside = judged & (x >= first) & (x <= last)
    gap = count[np.where(inside, x, first) - first] - count[np.where(inside, due, first) - first]
    finished, after = done != 0, x > due
    for name, rows in (
        ("on_time", inside & finished & ~after),
        ("late", inside & finished & after),
        ("pending", inside & ~finished & ~after),
        ("overdue", inside & ~finished & after),
    ):
        timeliness[rows] = _TIMELINESS[name]
    late[inside & after] = gap[inside & after]
    for i in np.flatnonzero(judged & ~inside).tolist():  # a day outside the calendar
        verdict, days = judge(
            date.fromordinal(int(due[i])),
            date.fromordinal(int(done[i])) if done[i] else None,
            day,
        )
        timeliness[i] = _TIMELINESS[verdict.value]
        late[i] = -1 if days is None else days
    return timeliness, late
