"""Từ chối yêu cầu cung cấp thông tin — the texts of a refusal and its reasons.

The reasons :mod:`tiepcan.rules.refusals` states for each ground of Law 104/2016/QH13 art.
28(1) (Law 01/2026/QH16 art. 27), and the lines of the written refusal of art. 28(2) (form
05, Decree 13/2018/NĐ-CP art. 5(1)(đ)). The ``rules.toml`` keys name each ground under the
law that states it.
"""

from tiepcan.foundation._messages import Message

TEXTS: dict[str, Message] = {
    # -- the reasons of each ground (art. 28(1) a–e)
    "ground.a.no_consent": Message(
        "{category}: chưa có sự đồng ý",
        "{category}: no consent",
        states=("refusal_ground.a",),
    ),
    "ground.b.disclosed": Message(
        "Thông tin đang được công khai theo Điều 17; công dân tự do tiếp cận",
        "the information is disclosed under art. 17; citizens may access it freely",
        states=("refusal_ground.b", "disclosure_status.disclosed", "decision.published_freely"),
    ),
    "ground.d.provided_twice": Message(
        "Thông tin đã được cung cấp {times} lần cho chính người yêu cầu, không có lý do chính đáng",
        "provided {times} times to this requester already, with no legitimate reason",
        states=("refusal_ground.d",),
    ),
    "ground.dd.exceeds": Message(
        "Yêu cầu vượt quá khả năng đáp ứng",
        "the request exceeds the agency's capacity",
        states=("refusal_ground.dd",),
    ),
    "ground.dd.disrupts": Message(
        "Yêu cầu làm ảnh hưởng đến hoạt động bình thường của cơ quan",
        "the request would disrupt the agency's normal work",
        states=("refusal_ground.dd",),
    ),
    "ground.dd.both": Message(
        "Yêu cầu vượt quá khả năng đáp ứng và làm ảnh hưởng đến hoạt động bình thường của cơ quan",
        "the request exceeds the agency's capacity and would disrupt the agency's normal work",
        states=("refusal_ground.dd",),
    ),
    "ground.e.unpaid": Message(
        "Người yêu cầu không thanh toán chi phí thực tế để in, sao, chụp, gửi thông tin",
        "the requester has not paid the actual costs of printing, copying or sending",
        states=("refusal_ground.e", "decision.requester_pays", "decision.pay_before_provision"),
    ),
    # -- the written refusal (form 05)
    "notice.head": Message(
        "Thông báo từ chối ({agency}, {issued_on})",
        "Refusal ({agency}, {issued_on})",
        states=("receipt_duty.refuse_in_writing",),
    ),
    "notice.redirect_to": Message(
        "Cơ quan có trách nhiệm: {agency}",
        "Responsible agency: {agency}",
        states=("receipt_duty.notify_and_redirect",),
    ),
    "notice.published_at": Message("Nơi công khai: {place}", "Published at: {place}"),
}
