"""Giải quyết yêu cầu cung cấp thông tin — the texts of a decision (:mod:`tiepcan.decision`).

The findings each step of :func:`tiepcan.decision.assess` records, the reasons and guidance of
its written answer, and the headings of :meth:`tiepcan.decision.Decision.explain`, in the
order the assessment goes: the rules in force (Law 104/2016/QH13 art. 37; Law 01/2026/QH16
arts. 30, 31(4)), information created before the law (Decree 13/2018/NĐ-CP art. 14(2); Law
01/2026/QH16 art. 31(2)), responsibility (art. 9, art. 26(3)), information held (art. 2(1)),
the request's form (art. 24(2), art. 26(2)), arts. 6 and 7 and the parts removed (Decree 13
art. 7(2)), archives (Law 01/2026/QH16 art. 16(3)), the grounds of art. 28(1), the form of
provision (arts. 23, 25, 30), the written answer (art. 28(2), Decree 13 art. 5(2)).

A text's ``states`` names a key of the rulesets' ``rules.toml`` wherever the ruleset has one,
so that the text is checked under each law that has the key.
"""

from __future__ import annotations

from tiepcan.foundation._messages import Message

#: the clauses that count a time limit "kể từ ngày nhận được yêu cầu hợp lệ" (arts. 29–31)
_FROM_VALID_REQUEST = (
    "decision.procedure.at_office.complex",
    "decision.procedure.electronic.simple",
    "decision.procedure.remote.simple",
)

TEXTS: dict[str, Message] = {
    # -- 1. the rules in force -------------------------------------------------------
    "regime.received": Message(
        "Nhận yêu cầu ngày {received}: {law}",
        "request received {received}: {law}",
    ),
    "regime.sent_before": Message(
        "Yêu cầu được gửi ngày {sent}, nhận ngày {received}: gửi trước ngày văn bản mới có hiệu "
        "lực, tiếp tục giải quyết theo {law} ({provision})",
        "request sent {sent}, received {received}: sent before the new law took effect, still "
        "decided under {law} ({provision})",
        states=("01/2026/QH16 art. 31(4)",),
    ),
    # -- 2. information created before the law ---------------------------------------
    "created.not_a_unit": Message(
        "Thông tin tạo ra ngày {created}; không phải của đơn vị sự nghiệp công lập",
        "information created on {created}; not a public service unit's",
        states=("decision.earlier_rules_public_service_units",),
    ),
    "created.on": Message(
        "Thông tin tạo ra ngày {created}",
        "information created on {created}",
    ),
    "created.unit_earlier": Message(
        "Thông tin do đơn vị sự nghiệp công lập tạo ra hoặc nắm giữ ngày {created}, trước ngày "
        "{start}: tiếp tục thực hiện theo quy định của pháp luật có liên quan, không trái với "
        "nguyên tắc tại Điều 3 của Luật",
        "information a public service unit created or held on {created}, before {start}: "
        "provided under the relevant law, which may not contradict the principles of art. 3 "
        "of the law",
        states=("decision.earlier_rules_public_service_units", "decision.earlier_rules_principles"),
    ),
    "created.earlier": Message(
        "Thông tin tạo ra ngày {created}, trước ngày {start}: tiếp tục thực hiện theo quy định "
        "ban hành trước ngày Luật có hiệu lực, phù hợp với Điều 3 của Luật",
        "information created on {created}, before {start}: access follows the rules issued "
        "before the law took effect, consistently with art. 3 of the law",
        states=("check.created_before_law", "decision.earlier_rules_principles"),
    ),
    "created.guidance": Message(
        "Cơ quan trả lời người yêu cầu theo quy định trước đó, bảo đảm các nguyên tắc của Điều 3",
        "the agency answers under the earlier rules, keeping the principles of art. 3",
        states=("decision.earlier_rules_principles",),
    ),
    # -- 3. responsibility (art. 9; art. 26(3)) --------------------------------------
    "redirect.to_agency": Message(
        "Đề nghị gửi yêu cầu đến {agency}, cơ quan có trách nhiệm cung cấp thông tin",
        "please send the request to {agency}, the agency responsible for providing it",
        states=("decision.notify_and_guide",),
    ),
    "redirect.to_responsible": Message(
        "Đề nghị gửi yêu cầu đến cơ quan có trách nhiệm cung cấp thông tin theo Điều {article} "
        "của {law}; cơ quan nhận yêu cầu hướng dẫn cụ thể",
        "please send the request to the agency responsible for providing it under art. "
        "{article} of {law}; the receiving agency guides you to it",
        states=("decision.notify_and_guide", "check.responsibility"),
    ),
    # -- the information exists and is held (art. 2(1)) -----------------------------
    "held.yes": Message(
        "Thông tin có sẵn",
        "the information is held",
        states=("check.held",),
    ),
    "held.no": Message(
        "Cơ quan không có thông tin được yêu cầu (thông tin không tồn tại hoặc cơ quan không "
        "nắm giữ)",
        "the agency does not have the information asked for (it does not exist or the agency "
        "does not hold it)",
        states=("check.held",),
    ),
    # -- 4, 5. who asks, and the form (art. 24; art. 26(2)) --------------------------
    "form.complete": Message("Đầy đủ", "complete"),
    "form.others_complete": Message(
        "Các nội dung khác đầy đủ",
        "the other contents are complete",
    ),
    "form.time_limit_from_valid": Message(
        "Thời hạn giải quyết tính từ ngày nhận được yêu cầu hợp lệ",
        "the time limit runs from the day a valid request is received",
        states=_FROM_VALID_REQUEST,
    ),
    # -- 6. not accessible (art. 6) and the parts removed (Decree 13 art. 7(2)) ------
    "not_accessible.declassified": Message(
        "Bí mật nhà nước đã được giải mật",
        "the state secret has been declassified",
        states=("decision.declassified",),
    ),
    "not_accessible.part_removed": Message(
        "Loại bỏ {part}: {grounds}",
        "removed {part}: {grounds}",
        states=("decision.partial_provision",),
    ),
    "not_accessible.none": Message(
        "Không có nội dung thuộc Điều {article}",
        "no content of art. {article}",
        states=("check.not_accessible",),
    ),
    # -- 7. conditions (art. 7; art. 24(3)) ------------------------------------------
    "conditions.head_of_agency": Message(
        "Người đứng đầu cơ quan quyết định cung cấp {opened} vì {reason}, căn cứ {basis}",
        "the head of the agency decided to provide {opened} for {reason}, under {basis}",
        states=("decision.head_of_agency_decision",),
    ),
    "conditions.own_secret": Message(
        "Bí mật của chính người yêu cầu: {categories}",
        "the requester's own secret: {categories}",
        states=("decision.own_secret",),
    ),
    "conditions.consent": Message(
        "Có văn bản đồng ý của người có bí mật (Mẫu số 06): {categories}",
        "written consent of the person whose secret it is (form 06): {categories}",
        states=("decision.written_consent",),
    ),
    "conditions.no_consent": Message(
        "Chưa có sự đồng ý của người có bí mật: {categories}",
        "no consent of the person whose secret it is: {categories}",
        states=("decision.written_consent",),
    ),
    "conditions.consent_refused": Message(
        "Chưa có sự đồng ý của người có bí mật: {categories} (đã từ chối đồng ý)",
        "no consent of the person whose secret it is: {categories} (consent refused)",
        states=("decision.written_consent",),
    ),
    "conditions.part_removed": Message(
        "Loại bỏ {part}: chưa có sự đồng ý: {categories}",
        "removed {part}: no consent for: {categories}",
        states=("decision.partial_provision", "decision.written_consent"),
    ),
    "conditions.none": Message(
        "Không có nội dung thuộc Điều {article}",
        "no content of art. {article}",
        states=("check.conditions",),
    ),
    "parts.removed": Message(
        "Loại bỏ nội dung: {parts}",
        "content removed: {parts}",
        states=("decision.partial_provision",),
    ),
    # -- archives of a historical archive (Law 01/2026/QH16 art. 16(3)) --------------
    "archives.met": Message(
        "Tài liệu lưu trữ lịch sử đủ điều kiện tiếp cận theo pháp luật về lưu trữ",
        "historical archives whose conditions under the archives law are met",
        states=("decision.historical_archives",),
    ),
    "archives.unmet": Message(
        "Tài liệu lưu trữ tại lưu trữ lịch sử chưa đủ điều kiện tiếp cận theo pháp luật về lưu trữ",
        "archives of a historical archive whose conditions under the archives law are not met",
        states=("decision.historical_archives",),
    ),
    # -- 9–11. provided twice, capacity, costs (art. 28(1)(d)–(e)) -------------------
    "twice.legitimate_reason": Message(
        "Người yêu cầu có lý do chính đáng",
        "the requester has a legitimate reason",
        states=("ground_exception.legitimate_reason",),
    ),
    "twice.times": Message(
        "Đã cung cấp {times} lần",
        "provided {times} times before",
    ),
    "capacity.within": Message(
        "Trong khả năng đáp ứng",
        "within the agency's capacity",
    ),
    "costs.paid_on": Message(
        "{status} (hạn thanh toán {due}, đã trả: {paid})",
        "{status} (payment due {due}, paid: {paid})",
    ),
    "costs.not_paid_yet": Message(
        "{status} (hạn thanh toán {due}, đã trả: chưa)",
        "{status} (payment due {due}, paid: not yet)",
    ),
    # -- 12. provision (arts. 23, 25, 30) --------------------------------------------
    "provision.not_electronic": Message(
        "Không đủ điều kiện cung cấp qua mạng điện tử; cung cấp tại trụ sở",
        "the conditions for electronic provision are not met; provided at the office",
        states=("decision.electronic_conditions", "decision.at_office"),
    ),
    "provision.form_unsuitable": Message(
        "Hình thức đề nghị không phù hợp với tính chất thông tin; cung cấp tại trụ sở",
        "the form asked for does not suit the information; provided at the office",
        states=("decision.requested_form", "decision.at_office"),
    ),
    "provision.not_discretion": Message(
        "Cơ quan có trách nhiệm cung cấp theo Điều {article}; không dựa vào khoản 4 Điều 23 "
        '("có thể cung cấp")',
        'the agency must provide under art. {article}; the discretion of art. 23(4) ("may '
        'provide") is not relied on',
        states=("check.responsibility", "on_request_basis.other_information"),
    ),
    # -- the written answer (art. 28(2); Decree 13 art. 5(2), form 06) ---------------
    "answer.published_at": Message(
        "Thông tin được công khai tại: {place}",
        "the information is published at: {place}",
        states=("decision.published_freely",),
    ),
    "answer.consent_guidance": Message(
        "Người yêu cầu có thể đề nghị cá nhân, tổ chức liên quan đồng ý bằng văn bản (Mẫu số 06) "
        "và gửi lại yêu cầu kèm văn bản đồng ý",
        "the requester may ask the person or organisation concerned for written consent (form "
        "06) and send the request again with it",
        states=("decree_form.06", "decision.written_consent"),
    ),
    # -- the explanation (Decision.explain) ------------------------------------------
    "explain.decision": Message(
        "Quyết định: {outcome} (chế độ {regime})",
        "Decision: {outcome} (regime {regime})",
    ),
    "explain.decision.user_supplied": Message(
        "Quyết định: {outcome} (chế độ {regime}, do người dùng cung cấp)",
        "Decision: {outcome} (regime {regime}, user-supplied)",
    ),
    "explain.grounds": Message("Căn cứ từ chối:", "Grounds of refusal:"),
    "explain.deficiencies": Message("Cần bổ sung:", "To complete:"),
    "explain.withheld": Message("Nội dung được loại bỏ:", "Parts removed:"),
    "explain.redirect_to": Message(
        "Cơ quan có trách nhiệm: {agency}",
        "Responsible agency: {agency}",
    ),
    "explain.published_at": Message("Nơi công khai: {place}", "Published at: {place}"),
    "explain.earlier_rules": Message(
        "Thời hạn giải quyết của Luật không áp dụng: giải quyết theo quy định trước đó hoặc pháp "
        "luật có liên quan",
        "The law's time limit does not apply: the earlier rules or the relevant law govern",
        states=("check.created_before_law",),
    ),
    "explain.not_started": Message(
        "Thời hạn giải quyết chưa bắt đầu: tính từ ngày nhận được yêu cầu hợp lệ",
        "The time limit has not started: it runs from a valid request",
        states=_FROM_VALID_REQUEST,
    ),
    "explain.answer": Message("Trả lời bằng văn bản:", "Written answer:"),
    "explain.answer.form": Message(
        "Trả lời bằng văn bản ({form}):",
        "Written answer ({form}):",
    ),
    "explain.provision": Message(
        "Hình thức cung cấp: {form} [{procedure}]",
        "Form of provision: {form} [{procedure}]",
    ),
    "explain.duties": Message("Nghĩa vụ của cơ quan:", "The agency's duties:"),
    "explain.steps": Message("Các bước đã áp dụng:", "Steps applied:"),
    "explain.role.decided": Message(
        "Căn cứ quyết định: {citations}",
        "Deciding citations: {citations}",
    ),
    "explain.role.applied": Message(
        "Căn cứ được áp dụng và đáp ứng: {citations}",
        "Applied and satisfied citations: {citations}",
    ),
    "explain.role.checked": Message(
        "Căn cứ đã xem xét, không thuộc trường hợp áp dụng: {citations}",
        "Checked, not applicable citations: {citations}",
    ),
    "explain.interpretations": Message(
        "Cách hiểu đã áp dụng: {ids}",
        "Interpretations applied: {ids}",
    ),
}
