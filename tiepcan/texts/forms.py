"""Các mẫu phiếu — the texts of the forms an agency issues (:mod:`tiepcan.forms`).

The sentences and headings of forms 02 (receipt: Law 104/2016/QH13 art. 26(1)–(2), art.
24(2)(a)), 03 (resolution: art. 27), 04 (extension: arts. 29(2), 30(4), 31(2)) and 05
(refusal: art. 28(2), art. 26(3), Decree 13/2018/NĐ-CP art. 7(2)), laid out as Decree
30/2020/NĐ-CP Appendix I lays out an administrative document (the marker, "Kính gửi", the
legal basis, "Nơi nhận", the signature), and the lines of each form's ``explain``.

A text's ``states`` names a key of the rulesets' ``rules.toml`` where the ruleset has one; a
text that names the articles of Law 104/2016/QH13 itself cites them.
"""

from __future__ import annotations

from tiepcan.foundation._messages import Message

#: the clauses that count a time limit from a valid request, as form 02 names them
_ARTS_29_TO_31 = ("104/2016/QH13 art. 29", "104/2016/QH13 art. 30", "104/2016/QH13 art. 31")
#: the clauses that allow an extension, notified "trong thời hạn cung cấp thông tin"
_EXTENSION = ("104/2016/QH13 art. 29(2)", "104/2016/QH13 art. 30(4)", "104/2016/QH13 art. 31(2)")

TEXTS: dict[str, Message] = {
    # -- the document (Decree 30/2020 Appendix I) ------------------------------------
    "document.marker": Message("Mẫu số {form} ({basis})", "Form {form} ({basis})"),
    "document.number": Message("Số", "No."),
    "document.addressee": Message("Kính gửi: {name}", "To: {name}"),
    "document.basis": Message("Căn cứ pháp lý:", "Legal basis:"),
    "document.recipients": Message("Nơi nhận:", "Recipients:"),
    "signer.02": Message("NGƯỜI TIẾP NHẬN", "RECEIVING OFFICER"),
    # Circular 46/2018 art. 4(1)(a): the head of the focal unit approves form 03
    "signer.03": Message(
        "LÃNH ĐẠO ĐƠN VỊ ĐẦU MỐI CUNG CẤP THÔNG TIN",
        "HEAD OF THE FOCAL UNIT FOR PROVIDING INFORMATION",
        states=("46/2018/TT-BTC art. 4(1)(a)",),
    ),
    "signer.04": Message("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "HEAD OF THE AGENCY OR UNIT"),
    "signer.05": Message("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "HEAD OF THE AGENCY OR UNIT"),
    "signature.02": Message("(Ký, ghi rõ họ tên)", "(signature and full name)"),
    "signature.03": Message("(Ký, ghi rõ họ tên, đóng dấu)", "(signature, full name and seal)"),
    "signature.04": Message("(Ký, ghi rõ họ tên, đóng dấu)", "(signature, full name and seal)"),
    "signature.05": Message("(Ký, ghi rõ họ tên, đóng dấu)", "(signature, full name and seal)"),
    # -- every form's account of itself (explain) ------------------------------------
    "explain.head": Message(
        "{form}, chế độ {regime} [{basis}]", "{form}, regime {regime} [{basis}]"
    ),
    "explain.interpretations": Message(
        "Cách hiểu đã áp dụng: {ids}",
        "Interpretations applied: {ids}",
    ),
    "explain.time_limit": Message("Thời hạn:", "Time limit:"),
    # -- the time limit, as the requester reads it (arts. 29–31) ---------------------
    "time_limit.immediate": Message(
        "Cung cấp ngay, trong ngày làm việc {day} ({basis})",
        "Provided immediately, on the working day {day} ({basis})",
        states=("decision.procedure.at_office.simple",),
    ),
    "time_limit.by": Message(
        "chậm nhất ngày {day} ({basis})",
        "by {day} at the latest ({basis})",
    ),
    "time_limit.call_in_or_refuse": Message(
        "Thời hạn thông báo cho người yêu cầu đến trụ sở để đọc, xem, nghe, ghi chép, sao chép, "
        "chụp tài liệu hoặc nhận bản sao, bản chụp tài liệu, hoặc thông báo bằng văn bản về việc "
        "từ chối cung cấp thông tin",
        "Time limit to call the requester to the office to read, view, listen to, note, copy or "
        "photograph the documents or receive copies, or to refuse in writing",
        states=("104/2016/QH13 art. 29(2)",),
    ),
    "time_limit.provide": Message(
        "Thời hạn cung cấp thông tin",
        "Time limit for providing the information",
    ),
    # -- Mẫu số 02: receipt (art. 26(1)–(2); art. 24(2)(a)) --------------------------
    "receipt.received": Message(
        "{agency} đã nhận yêu cầu cung cấp thông tin của {name}.",
        "{agency} has received the request for information of {name}.",
    ),
    "receipt.identity": Message("{kind} số {number}", "{kind} no. {number}"),
    "receipt.identity_paper": Message("Giấy tờ tùy thân", "Identity paper"),
    "receipt.address": Message("Nơi cư trú, địa chỉ: {address}", "Residence, address: {address}"),
    "receipt.phone": Message("Điện thoại: {value}", "Telephone: {value}"),
    "receipt.fax": Message("Fax: {value}", "Fax: {value}"),
    "receipt.email": Message("Thư điện tử: {value}", "E-mail: {value}"),
    "receipt.received_on": Message("Ngày nhận: {day}", "Received on: {day}"),
    "receipt.received_on_at": Message(
        "Ngày nhận: {day} lúc {time}", "Received on: {day} at {time}"
    ),
    "receipt.channel": Message("Hình thức yêu cầu: {channel}", "Received: {channel}"),
    "receipt.information": Message(
        "Thông tin yêu cầu: {information}",
        "Information requested: {information}",
    ),
    "receipt.documents": Message("Tên văn bản, hồ sơ, tài liệu: {names}", "Documents: {names}"),
    "receipt.provision_form": Message(
        "Hình thức cung cấp đề nghị: {form}",
        "Form of provision asked for: {form}",
    ),
    "receipt.registered": Message(
        "Yêu cầu đã được vào Sổ theo dõi cung cấp thông tin theo yêu cầu ({basis}).",
        "The request is entered in the register of requests ({basis}).",
        states=("receipt_duty.register",),
    ),
    "receipt.registered_number": Message(
        "Yêu cầu đã được vào Sổ theo dõi cung cấp thông tin theo yêu cầu, số {number} ({basis}).",
        "The request is entered in the register of requests, no. {number} ({basis}).",
        states=("receipt_duty.register",),
    ),
    "receipt.complete": Message(
        "Đề nghị bổ sung ({basis}):",
        "Please complete ({basis}):",
        states=("receipt_duty.guide_to_complete",),
    ),
    "receipt.from_valid_request": Message(
        "Thời hạn cung cấp thông tin được tính từ ngày nhận được yêu cầu hợp lệ (Điều 29, 30, 31 "
        "Luật Tiếp cận thông tin).",
        "The time limit runs from the day a valid request is received (Law on Access to "
        "Information, arts. 29–31).",
        states=_ARTS_29_TO_31,
    ),
    "receipt.from_valid_request_one_limit": Message(
        "Thời hạn cung cấp thông tin được tính từ ngày nhận được yêu cầu hợp lệ ({basis}).",
        "The time limit runs from the day a valid request is received ({basis}).",
        states=("01/2026/QH16 art. 26(3)",),
    ),
    "receipt.notice_due": Message(
        "Thông báo bằng văn bản về thời hạn giải quyết: chậm nhất ngày {day}",
        "Written notice of the time limit: by {day}",
    ),
    "receipt.provisional": Message(
        "(Tạm tính: lịch nghỉ năm {years} chưa được công bố)",
        "(Provisional: the days off of {years} are not yet announced)",
    ),
    "receipt.explain.registered": Message(
        "Tiếp nhận và vào Sổ theo dõi: {day} [{basis}]",
        "Received and registered: {day} [{basis}]",
        states=("receipt_duty.register",),
    ),
    "receipt.explain.missing": Message("Còn thiếu: {item} [{basis}]", "Missing: {item} [{basis}]"),
    "receipt.explain.not_started": Message(
        "Thời hạn: chưa bắt đầu (chưa có yêu cầu hợp lệ)",
        "Time limit: not started (no valid request yet)",
        states=_ARTS_29_TO_31,
    ),
    # -- Mẫu số 03: resolution (art. 27) ---------------------------------------------
    "resolution.answer": Message(
        "Trả lời yêu cầu cung cấp thông tin nhận ngày {day}: {information}",
        "In answer to the request for information received on {day}: {information}",
    ),
    "resolution.extended": Message(
        "chậm nhất ngày {day} (đã gia hạn)",
        "by {day} at the latest (extended)",
    ),
    "resolution.explain.notified": Message(
        "Nội dung thông báo [{basis}]",
        "What is notified [{basis}]",
        states=("receipt_duty.notify_terms",),
    ),
    "resolution.explain.provision": Message(
        "Hình thức, trình tự cung cấp: {form} [{procedure}]",
        "Form and procedure: {form} [{procedure}]",
    ),
    "resolution.explain.costs": Message("Chi phí:", "Costs:"),
    # -- Mẫu số 04 and 05: the request they answer -----------------------------------
    "request.received": Message(
        "Yêu cầu cung cấp thông tin nhận ngày {day}: {information}",
        "Request for information received on {day}: {information}",
    ),
    # -- Mẫu số 04: extension (arts. 29(2), 30(4), 31(2)) ----------------------------
    "extension.time_limit": Message(
        "Thời hạn cung cấp thông tin: chậm nhất ngày {day} ({basis})",
        "Time limit for providing the information: {day} ({basis})",
    ),
    "extension.reason": Message("Lý do gia hạn: {reason}", "Reason for the extension: {reason}"),
    "extension.extends": Message(
        "{agency} thông báo gia hạn thời hạn giải quyết thêm {length}, đến hết ngày {day} "
        "({basis}).",
        "{agency} extends the time limit by {length}, to the end of {day} ({basis}).",
        states=_EXTENSION,
    ),
    "extension.explain.notified": Message(
        "Thông báo ngày {day}, trong thời hạn (chậm nhất {due}) [{basis}]",
        "Notified on {day}, within the time limit (by {due}) [{basis}]",
        states=_EXTENSION,
    ),
    # -- Mẫu số 05: refusal (art. 28(2); art. 26(3); Decree 13 art. 7(2)) ------------
    "refusal.whole": Message(
        "{agency} từ chối cung cấp thông tin nêu trên. Lý do từ chối:",
        "{agency} refuses to provide the information above. The reasons:",
        states=("receipt_duty.refuse_in_writing",),
    ),
    "refusal.in_part": Message(
        "{agency} cung cấp một phần thông tin được yêu cầu và từ chối cung cấp phần thông tin "
        "sau: {parts}. Lý do từ chối cung cấp phần thông tin này:",
        "{agency} provides part of the information requested and refuses to provide this part: "
        "{parts}. The reasons for refusing this part:",
        states=("decision.partial_provision", "receipt_duty.refuse_in_writing"),
    ),
    "refusal.responsible_agency": Message(
        "Cơ quan có trách nhiệm cung cấp thông tin: {agency} ({basis})",
        "Agency responsible: {agency} ({basis})",
        states=("receipt_duty.notify_and_redirect",),
    ),
    "refusal.published_at": Message(
        "Thông tin đã được công khai tại: {place}",
        "Published at: {place}",
    ),
}
