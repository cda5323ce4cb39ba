"""Chi phí tiếp cận thông tin — the texts of a fee quote and of form 03's cost entries.

The lines :mod:`tiepcan.fees` explains a quote with: the actual cost the requester pays (Law
104/2016/QH13 art. 12(2); Law 01/2026/QH16 art. 25(2), whose second paragraph waives it for
art. 23(1)(a) and (c)); each line's rate from the appendix of Circular 46/2018/TT-BTC (art.
3(1.1)), the postal sending cost (art. 3(1.2)); the law a request sent before 2026-09-01
stays under (Law 01/2026/QH16 art. 31(4)); and form 03's payment entries: paid before
provision, into the state budget (Decree 13/2018/NĐ-CP art. 13(2)), not paying is a ground
for refusal (Law 104/2016/QH13 art. 28(1)(e)). A date field writes itself as ``dd/mm/yyyy``
in Vietnamese and ISO in English (``{day:%d/%m/%Y}`` / ``{day}``).
"""

from tiepcan.foundation._messages import Message

TEXTS: dict[str, Message] = {
    # -- a line of the quote: quantity × rate, then where the rate is from
    "line.amount": Message(
        "{item}: {quantity} {unit} × {rate} = {amount}",
        "{item}: {quantity} × {unit} at {rate} = {amount}",
    ),
    "line.table.circular46": Message(
        "Phụ lục Thông tư 46/2018/TT-BTC", "Circular 46/2018/TT-BTC appendix"
    ),
    "line.table.other": Message("Bảng chi phí", "Cost table"),
    "line.per_a4_page": Message("trang A4", "A4 page"),
    "line.rate": Message(
        "{table}, mục {line}: {rate}/{per}",
        "{table}, line {line}: {rate} per {per}",
    ),
    "line.rate.format": Message(
        "{table}, mục {line}: {rate}/{per}, khổ {paper} bằng {multiplier} lần khổ A4",
        "{table}, line {line}: {rate} per {per}; {paper} is {multiplier} × the A4 rate",
    ),
    # -- the quote
    "quote.title": Message(
        "Chi phí thực tế để in, sao, chụp, gửi thông tin",
        "Actual cost of printing, copying, photographing and sending information",
        states=("104/2016/QH13 art. 12(2)", "01/2026/QH16 art. 25(2)"),
    ),
    "quote.regime": Message("chế độ {regime}", "rates of regime {regime}"),
    "quote.regime.as_of": Message(
        "chế độ {regime}; mức thu tại ngày {day:%d/%m/%Y}",
        "rates of regime {regime} as of {day}",
    ),
    "quote.user_supplied": Message("{regime} (do người dùng cung cấp)", "{regime} (user-supplied)"),
    "quote.transition": Message(
        "Yêu cầu được gửi ngày {sent:%d/%m/%Y}, trước ngày 01/9/2026: áp dụng Luật số "
        "104/2016/QH13 ({provision})",
        "The request was sent on {sent}, before 2026-09-01: Law 104/2016/QH13 applies "
        "({provision})",
        states=("01/2026/QH16 art. 31(4)",),
    ),
    "quote.no_lines": Message("(không in, sao, chụp)", "(no printing or copying)"),
    "quote.copying_total": Message("In, sao, chụp: {amount}", "Printing and copying: {amount}"),
    "quote.sending": Message("Chi phí gửi: {amount}", "Sending: {amount}"),
    "quote.sending.postal_tariff": Message(
        "giá cước bưu chính do cơ quan xác định",
        "postal tariff, as given",
        states=("46/2018/TT-BTC art. 3(1.2)",),
    ),
    "quote.sending.postage_not_given": Message(
        "CHƯA NÊU chi phí gửi qua bưu chính: tổng cộng chưa gồm chi phí này",
        "postage NOT GIVEN for postal delivery: the total does not include it",
    ),
    "quote.cost_free": Message(
        "Không phải trả chi phí ({basis}): {case}; chi phí không thu: {waived}",
        "No cost is payable ({basis}): {case}; cost waived: {waived}",
        states=("01/2026/QH16 art. 25(2)",),
    ),
    "quote.total": Message("Tổng cộng: {amount}", "Total: {amount}"),
    "interpretations.head": Message("Cách hiểu đã áp dụng:", "Interpretations applied:"),
    # -- the notice (form 03): payment
    "notice.payment_method": Message(
        "Phương thức thanh toán: Tên cơ quan quản lý thu: {revenue_agency}/Tên cơ quan kho bạc "
        "nhà nước tiếp nhận khoản thu ngân sách: {treasury}",
        "Payment method: revenue authority: {revenue_agency}; State Treasury office receiving "
        "the payment: {treasury}",
    ),
    "notice.pay_by": Message("Thời hạn thanh toán: {day:%d/%m/%Y}", "Pay by: {day}"),
    "notice.paid_before_provision": Message(
        "Chi phí phải được trả trước khi cung cấp thông tin và nộp vào ngân sách nhà nước",
        "The cost is paid before the information is provided, into the state budget",
        states=("decision.pay_before_provision",),
    ),
    "notice.unpaid_is_refusal_ground": Message(
        "không thanh toán là căn cứ từ chối",
        "not paying it is a ground for refusal",
        states=("refusal_ground.e",),
    ),
}
