"""Giải quyết yêu cầu cung cấp thông tin — the texts of a request's state (:mod:`tiepcan.register.lifecycle`).

The reasons a :class:`~tiepcan.register.lifecycle.RequestState` explains itself with (the law that
governs the request, its receipt and validity, Law 104/2016/QH13 art. 26(1)–(2); the time
limits of arts. 29–31 and their extension; a notice of costs that replaced another, art. 27;
where it stands), and the problems a fold records when the events break the order the law
sets (Law 104/2016 arts. 26–28, 32; Law 01/2026/QH16 arts. 26–28; Decree 13/2018/NĐ-CP art.
13(2)). Each problem is keyed ``problem.<its code>``. A date field is written ``dd/mm/yyyy``
in Vietnamese (``{day:%d/%m/%Y}``) and ``yyyy-mm-dd`` in English (``{day}``).

A problem or reason about an extension cites, at run time, the unit of law of the request's
own time limit (art. 29(2) at the office, 30(4) electronically, 31(2) by post or fax; Law
01/2026/QH16 art. 26(3)); its ``states`` names every one of them.
"""

from __future__ import annotations

from tiepcan.foundation._messages import Message

#: the units of law that allow one extension of the time limit, with written notice within it
_EXTENSION = (
    "104/2016/QH13 art. 29(2)",
    "104/2016/QH13 art. 30(4)",
    "104/2016/QH13 art. 31(2)",
    "01/2026/QH16 art. 26(3)",
)

TEXTS: dict[str, Message] = {
    # -- reasons: what the state rests on, in the order the fold says them
    "reason.not_received": Message(
        "Chưa nhận yêu cầu vào ngày {as_of:%d/%m/%Y}",
        "no request received by {as_of}",
    ),
    "reason.receipt": Message(
        "Tiếp nhận yêu cầu ngày {received:%d/%m/%Y} ({channel}); hình thức cung cấp: {form};"
        " {complexity}",
        "request received on {received} ({channel}); to be provided {form}; {complexity}",
    ),
    "reason.governing_law": Message(
        "Văn bản áp dụng: {law} ({chosen_by})",
        "governing law: {law} ({chosen_by})",
    ),
    "reason.valid_on_receipt": Message(
        "Yêu cầu hợp lệ khi tiếp nhận; thời hạn tính từ ngày tiếp theo",
        "the request was valid on receipt; the time limit runs from the next day",
        states=("request_step.completion",),
    ),
    "reason.completed": Message(
        "Yêu cầu được bổ sung, hợp lệ ngày {valid_from:%d/%m/%Y}; thời hạn tính từ ngày tiếp theo",
        "the request was completed and became valid on {valid_from}; the time limit runs from"
        " the next day",
        states=("request_step.completion",),
    ),
    "reason.no_notice": Message(
        "Không có thời hạn thông báo thời hạn giải quyết: luật áp dụng không quy định việc"
        " thông báo này",
        "no deadline to notify the time limit: the governing law provides for no such notice",
        states=("104/2016/QH13 art. 29", "01/2026/QH16 art. 26(3)"),
    ),
    # the Vietnamese text is written as the code has always written it: the thousands
    # separator was swapped for "." over the whole sentence, so ", hạn" and ", thay" read
    # ". hạn" and ". thay" (kept byte for byte; reported to be mended with its own test)
    "reason.costs_renotified": Message(
        "Thông báo chi phí ngày {on:%d/%m/%Y}: {amount} đồng, hạn thanh toán"
        " {payment_due:%d/%m/%Y}, thay thông báo ngày {old_on:%d/%m/%Y} ({old_amount} đồng)",
        "costs notified on {on}: {amount} đồng, payable by {payment_due}, replacing the notice"
        " of {old_on} ({old_amount} đồng)",
        states=("request_step.handling",),
    ),
    "reason.extended": Message(
        "Gia hạn ngày {on:%d/%m/%Y} (trong thời hạn, trước {original:%d/%m/%Y}): {reason}",
        "extended on {on} (within the original time limit, by {original}): {reason}",
        states=_EXTENSION,
    ),
    "reason.response_due": Message(
        "Thời hạn cung cấp thông tin hoặc từ chối: chậm nhất ngày {due:%d/%m/%Y}",
        "provide or refuse by {due}",
    ),
    "reason.status": Message("{status}; {timeliness}", "{status}; {timeliness}"),
    "reason.status_late": Message(
        "{status}; {timeliness} {late} ngày làm việc sau hạn {due:%d/%m/%Y}",
        "{status}; {timeliness} by {late} working days after {due}",
    ),
    # -- problems: a step the law does not allow in this order, by the problem's code
    "problem.events-out-of-order": Message(
        "Sự kiện được ghi không theo thứ tự ngày",
        "events are not recorded in date order",
        states=("request_step.receipt",),
    ),
    "problem.event-before-receipt": Message(
        "Sự kiện xảy ra trước khi tiếp nhận yêu cầu",
        "event before the request was received",
        states=("request_step.receipt",),
    ),
    "problem.received-twice": Message(
        "Yêu cầu được tiếp nhận hai lần",
        "the request is recorded as received twice",
        states=("request_step.receipt",),
    ),
    "problem.already-valid": Message(
        "Yêu cầu đã hợp lệ, không cần bổ sung",
        "the request was already valid; nothing to complete",
        states=("request_step.completion",),
    ),
    "problem.two-extensions": Message(
        "Chỉ được gia hạn một lần",
        "the time limit can be extended once only",
        states=_EXTENSION,
    ),
    "problem.extension-not-available": Message(
        "Luật không cho phép gia hạn đối với thông tin đơn giản, có sẵn",
        "the law allows no extension for simple, available information",
        states=("104/2016/QH13 art. 29(1)", "104/2016/QH13 art. 30(3)", "104/2016/QH13 art. 31(1)"),
    ),
    "problem.extension-notice-late": Message(
        "Văn bản thông báo gia hạn phải gửi trong thời hạn cung cấp thông tin",
        "the extension must be notified within the original time limit",
        states=_EXTENSION,
    ),
    "problem.invalid-extension-length": Message(
        "Thời gian gia hạn vượt quá mức tối đa luật cho phép",
        "the extension is longer than the law allows",
        states=_EXTENSION,
    ),
    "problem.payment-before-costs-notice": Message(
        "Thanh toán trước khi được thông báo chi phí",
        "payment recorded before the costs were notified",
        states=("request_step.handling",),
    ),
    "problem.costs-differ-from-quote": Message(
        "Chi phí thông báo khác với chi phí tính theo biểu giá",
        "the notified costs differ from the costs priced by the tariff",
        states=("request_step.handling",),
    ),
    "problem.provided-before-payment": Message(
        "Chi phí phải được trả trước khi cung cấp thông tin",
        "the costs must be paid before the information is provided",
        states=("request_step.payment_first",),
    ),
    "problem.outcome-after-final": Message(
        "Yêu cầu đã có kết quả giải quyết cuối cùng",
        "the request already has a final outcome",
        states=("request_step.handling",),
    ),
    "problem.unpaid-costs-not-notified": Message(
        "Từ chối vì không thanh toán chi phí nhưng chưa thông báo chi phí",
        "refused for unpaid costs that were never notified",
        states=("request_step.unpaid_costs",),
    ),
    "problem.unpaid-costs-but-paid": Message(
        "Từ chối vì không thanh toán chi phí nhưng chi phí đã được thanh toán",
        "refused for unpaid costs that were paid",
        states=("request_step.unpaid_costs",),
    ),
    "problem.unpaid-costs-before-payment-due": Message(
        "Từ chối vì không thanh toán chi phí trước khi hết thời hạn thanh toán",
        "refused for unpaid costs before the payment deadline passed",
        states=("request_step.unpaid_costs",),
    ),
    "problem.correction-without-provision": Message(
        "Yêu cầu đính chính khi chưa có thông tin được cung cấp",
        "correction asked before any information was provided",
        states=("request_step.correction",),
    ),
    "problem.answer-without-correction-request": Message(
        "Trả lời đính chính khi không có yêu cầu",
        "correction answered without a request to correct",
        states=("request_step.correction",),
    ),
    "problem.resolution-without-complaint": Message(
        "Giải quyết khiếu nại, khởi kiện khi không có khiếu nại, khởi kiện",
        "complaint resolved without a complaint filed",
        states=("request_step.complaint_procedure",),
    ),
    "problem.date-outside-calendar": Message(
        "Ngày nằm ngoài phạm vi lịch làm việc",
        "the date is outside the working-day calendar",
    ),
}
