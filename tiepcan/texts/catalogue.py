"""The texts of the catalogue check (:mod:`tiepcan.catalogue`): its findings and its report.

In the order the check goes. Under Law 104/2016/QH13 with Decree 13/2018/NĐ-CP: where the
catalogue is published (Law arts. 34(1)(b), 19(1)(g); Decree 13 art. 6(3)), the contact
details (arts. 17(1)(m), 19(1)(đ)), the art. 19(1) points, then entry by entry: the fields of
Decree 13 art. 6(3), the art. 17(1) point, the art. 19(1) point and the website form
(art. 18(1)(a)), the time of disclosure (art. 18(4)), the posting period (art. 21(2); Civil
Code art. 148(5)), and for the conditional catalogue the art. 7 condition (Decree 13 art.
6(1)). Under Law 01/2026/QH16: arts. 17(1)(u), 19(1)–(2), 31(3), and its art. 17(1) and 19(1).
"""

from __future__ import annotations

from tiepcan.foundation._messages import Message

_CATALOGUE_2016 = (
    "104/2016/QH13 art. 34(1)(b)",
    "104/2016/QH13 art. 19(1)(g)",
    "13/2018/NĐ-CP art. 6(3)",
)
_CONTACTS_2016 = ("104/2016/QH13 art. 17(1)(m)", "104/2016/QH13 art. 19(1)(đ)")
_ENTRY_FIELDS = ("13/2018/NĐ-CP art. 6(3)",)
_TIMING = ("104/2016/QH13 art. 18(4)", "01/2026/QH16 art. 18(4)")
_POSTING = ("104/2016/QH13 art. 21(2)", "01/2026/QH16 art. 21(2)")
_POINT_U = ("01/2026/QH16 art. 17(1)(u)",)

TEXTS: dict[str, Message] = {
    # -- Law 104/2016/QH13: where the catalogue is published
    "publication.not_on_website": Message(
        "Danh mục chưa được đăng tải trên Chuyên mục về tiếp cận thông tin của Cổng/Trang "
        "thông tin điện tử (thiếu địa chỉ đăng tải Danh mục).",
        "The catalogue is not published in the access-to-information section of the "
        "agency's website (no publication address).",
        states=_CATALOGUE_2016,
    ),
    "publication.not_posted": Message(
        "Cơ quan chưa có Cổng/Trang thông tin điện tử nhưng Danh mục chưa được niêm yết tại "
        "trụ sở hoặc công khai bằng hình thức khác.",
        "The agency has no website and the catalogue is neither posted at its office nor "
        "published in another form.",
        states=_CATALOGUE_2016,
    ),
    # -- the contact details of the focal point and of the agency
    "contact.fax_missing": Message(
        "Chưa công khai {detail} của {who}; nếu cơ quan không sử dụng fax, cần ghi rõ điều đó.",
        "No {detail} is given for {who}; if the agency has no fax line, say so.",
        states=_CONTACTS_2016,
    ),
    "contact.missing": Message(
        "Chưa công khai {detail} của {who}.",
        "The {detail} of {who} is not given.",
        states=_CONTACTS_2016,
    ),
    # -- the art. 19(1) points
    "website_point.no_entry": Message(
        "Không có mục nào thuộc điểm {letter} khoản 1 Điều 19 ({label}), là thông tin cơ quan "
        "có và phải được công khai trên Cổng/Trang thông tin điện tử.",
        "No entry falls under art. 19(1)({letter}) ({label}): the agency holds such "
        "information, and it must be published on the website.",
        states=("104/2016/QH13 art. 19(1)",),
    ),
    "website_point.undeclared": Message(
        "Không có mục nào thuộc điểm {letter} khoản 1 Điều 19 ({label}); khoản 1 Điều 19 chỉ áp "
        "dụng với thông tin cơ quan có (“Trong các thông tin quy định tại Điều 17”), và Danh mục "
        "không cho biết cơ quan có thông tin loại này hay không (khai báo tại “{declared_in}”).",
        "No entry falls under art. 19(1)({letter}) ({label}); art. 19(1) applies to the art. 17 "
        "information the agency holds, and the catalogue does not say whether it holds such "
        "information (declare {declared_in}).",
        states=("104/2016/QH13 art. 19(1)",),
    ),
    # -- entry by entry: the fields of Decree 13 art. 6(3) (6(1) for the conditional one)
    "field.missing": Message(
        "Mục {entry}: thiếu “{field}”.",
        "Entry {entry}: the {field} is missing.",
        states=("13/2018/NĐ-CP art. 6(1)", "13/2018/NĐ-CP art. 6(3)"),
    ),
    "field.missing_online": Message(
        "Mục {entry}: thiếu “{field}” (thông tin được đăng tải trên Cổng/Trang thông tin điện tử).",
        "Entry {entry}: the {field} is missing (the information is on the website).",
        states=_ENTRY_FIELDS,
    ),
    "field.missing_digitised": Message(
        "Mục {entry}: thiếu “{field}” (thông tin đã được số hóa nhưng chưa đăng tải trên "
        "Cổng/Trang thông tin điện tử).",
        "Entry {entry}: the {field} is missing (the information is digitised but not on the "
        "website).",
        states=_ENTRY_FIELDS,
    ),
    "field.recommended": Message(
        "Mục {entry}: thiếu “{field}” (nên ghi như đối với Danh mục thông tin phải được công "
        "khai).",
        "Entry {entry}: the {field} is missing (recommended, as in the public-disclosure "
        "catalogue).",
        states=_ENTRY_FIELDS,
    ),
    # -- the art. 17(1) point
    "category.missing": Message(
        "Mục {entry}: chưa ghi “{field}”; nên ghi để đối chiếu với khoản 1 Điều 19 (mục không "
        "có điểm thì không được tính cho điểm nào của khoản 1 Điều 19).",
        "Entry {entry}: the {field} is not stated; state it so the art. 19(1) coverage can "
        "count the entry (without it the entry counts for no art. 19(1) point).",
        states=("104/2016/QH13 art. 17(1)", "104/2016/QH13 art. 19(1)"),
    ),
    "category.not_in_law": Message(
        "Mục {entry}: khoản 1 Điều 17 của {law} không có điểm {letter} (các điểm: {letters}).",
        "Entry {entry}: art. 17(1) of {law} has no point {letter} (its points: {letters}).",
        states=("104/2016/QH13 art. 17(1)",),
    ),
    # -- the art. 19(1) point of an entry, and the website form (art. 18(1)(a))
    "website_point.category_mismatch": Message(
        "Mục {entry}: điểm {point} khoản 1 Điều 19 lấy thông tin từ điểm {allowed} khoản 1 "
        "Điều 17, không phải điểm {letter}.",
        "Entry {entry}: art. 19(1)({point}) draws from art. 17(1)({allowed}), not from art. "
        "17(1)({letter}).",
        states=("104/2016/QH13 art. 19(1)",),
    ),
    "website_point.not_on_website": Message(
        "Mục {entry}: thông tin thuộc điểm {point} khoản 1 Điều 19 phải được đăng tải trên "
        "Cổng/Trang thông tin điện tử nhưng hình thức công khai không có điểm a khoản 1 Điều 18.",
        "Entry {entry}: art. 19(1)({point}) information must be on the website, but its forms "
        "of disclosure do not include art. 18(1)(a).",
        states=("104/2016/QH13 art. 19(1)", "104/2016/QH13 art. 18(1)(a)"),
    ),
    # -- the time of disclosure (art. 18(4))
    "timing.special_without_due": Message(
        "Mục {entry}: thời điểm công khai theo “{rule}”, nhưng chưa ghi hạn công khai theo quy "
        "định đó.",
        "Entry {entry}: the time of disclosure is set by “{rule}”, but no deadline under it is "
        "given.",
        states=_TIMING,
    ),
    "timing.overdue": Message(
        "Mục {entry}: chưa công khai đến hạn {due:%d/%m/%Y} (05 ngày làm việc kể từ ngày tạo ra "
        "thông tin ({created:%d/%m/%Y})).",
        "Entry {entry}: not disclosed by {due}, five working days after it was created on "
        "{created} (no other law sets the time).",
        states=_TIMING,
    ),
    "timing.overdue_special": Message(
        "Mục {entry}: chưa công khai đến hạn {due:%d/%m/%Y} (theo “{rule}”).",
        "Entry {entry}: not disclosed by {due}, under “{rule}”.",
        states=_TIMING,
    ),
    "timing.late": Message(
        "Mục {entry}: công khai ngày {disclosed:%d/%m/%Y}, sau hạn {due:%d/%m/%Y} (05 ngày làm "
        "việc kể từ ngày tạo ra thông tin ({created:%d/%m/%Y})).",
        "Entry {entry}: disclosed on {disclosed}, after the deadline {due} (five working days "
        "after it was created on {created}).",
        states=_TIMING,
    ),
    "timing.late_special": Message(
        "Mục {entry}: công khai ngày {disclosed:%d/%m/%Y}, sau hạn {due:%d/%m/%Y} (theo “{rule}”).",
        "Entry {entry}: disclosed on {disclosed}, after the deadline {due} (under “{rule}”).",
        states=_TIMING,
    ),
    "timing.regime_not_encoded": Message(
        "Mục {entry}: ngày {day:%d/%m/%Y} thuộc chế độ pháp lý chưa được mã hóa; không tính "
        "được thời hạn.",
        "Entry {entry}: {day} falls under a regime not encoded; the time limit cannot be counted.",
    ),
    "timing.off_calendar": Message(
        "Mục {entry}: ngày {day:%d/%m/%Y} nằm ngoài lịch ngày làm việc; không tính được thời hạn.",
        "Entry {entry}: {day} is outside the working-day calendar; the time limit cannot be "
        "counted.",
    ),
    # -- the posting period (art. 21(2); Civil Code art. 148(5))
    "posting.too_short": Message(
        "Mục {entry}: niêm yết từ {posted:%d/%m/%Y} đến {until:%d/%m/%Y}, chưa đủ 30 ngày (sớm "
        "nhất đến {due:%d/%m/%Y}).",
        "Entry {entry}: posted from {posted} to {until}, less than 30 days (the posting may end "
        "on {due} at the earliest).",
        states=_POSTING,
    ),
    "posting.day_30_off": Message(
        "Mục {entry}: niêm yết từ {posted:%d/%m/%Y} đến {until:%d/%m/%Y}, trước khi hết thời "
        "hạn niêm yết: ngày thứ 30 ({day_30:%d/%m/%Y}) là ngày nghỉ nên thời hạn kết thúc vào "
        "ngày làm việc tiếp theo, {due:%d/%m/%Y}.",
        "Entry {entry}: posted from {posted} to {until}, before the posting period ends: its "
        "30th day ({day_30}) is a day off, so the period ends on the next working day, {due}.",
        states=(*_POSTING, "91/2015/QH13 art. 148(5)"),
    ),
    # -- the conditional catalogue: the art. 7 condition (Law 01/2026/QH16: art. 16)
    "condition.missing": Message(
        "Mục {entry}: chưa xác định điều kiện tiếp cận theo Điều 7 (bí mật kinh doanh, bí mật "
        "đời sống riêng tư, bí mật cá nhân hoặc bí mật gia đình và sự đồng ý cần có).",
        "Entry {entry}: the art. 7 condition (trade, private-life, personal or family secret, "
        "hence whose consent opens access) is not stated.",
        states=("conditional_category.trade_secret", "conditional_category.private_life_secret"),
    ),
    # -- Law 01/2026/QH16: where the catalogue is published (arts. 17(1)(u), 19(1)–(2))
    "publication_2026.not_on_website": Message(
        "Danh mục thông tin phải được công khai chưa được đăng tải trên Cổng/Trang thông tin "
        "điện tử của cơ quan, đơn vị (thiếu địa chỉ đăng tải Danh mục).",
        "The catalogue of information to disclose is not on the agency's portal or website "
        "(no publication address).",
        states=(*_POINT_U, "01/2026/QH16 art. 19(1)"),
    ),
    "publication_2026.no_channel": Message(
        "Cơ quan, đơn vị chưa có Cổng/Trang thông tin điện tử nhưng Danh mục chưa được công "
        "khai trên các kênh nội dung, trang cộng đồng chính thức hoặc bằng hình thức thích "
        "hợp khác.",
        "The agency has no portal or website, and the catalogue is neither on its official "
        "channels nor disclosed in another suitable form.",
        states=(*_POINT_U, "01/2026/QH16 art. 19(2)"),
    ),
    # -- art. 17(1)(u): the focal unit and the channels
    "point_u.missing_contact": Message(
        "Chưa công khai {detail} của cơ quan, đơn vị đầu mối tiếp nhận yêu cầu cung cấp thông tin.",
        "The {detail} of the focal unit receiving requests is not given.",
        states=_POINT_U,
    ),
    "point_u.missing_channel": Message(
        "Chưa công khai địa chỉ kênh công khai thông tin (Cổng/Trang thông tin điện tử, cổng "
        "dữ liệu, kênh nội dung, trang cộng đồng chính thức).",
        "No address of a channel of disclosure (portal, website, data portal, official "
        "channel or community page) is given.",
        states=_POINT_U,
    ),
    # -- art. 31(3): information the old law did not require to be disclosed
    "earlier.overdue": Message(
        "Mục {entry}: thông tin tạo ra ngày {created:%d/%m/%Y} (điểm {letter} khoản 1 Điều 17, "
        "Luật số 104/2016/QH13 chưa quy định phải công khai) chưa được công khai đến hạn "
        "{due:%d/%m/%Y}.",
        "Entry {entry}: created on {created} (art. 17(1)({letter}), which Law 104/2016 did not "
        "require to be disclosed), not disclosed by {due}.",
        states=("01/2026/QH16 art. 31(3)",),
    ),
    "earlier.due": Message(
        "Thông tin tại khoản 1 Điều 17 do cơ quan nhà nước tạo ra hoặc nắm giữ trước ngày "
        "{start:%d/%m/%Y} mà Luật số 104/2016/QH13 và pháp luật có liên quan chưa quy định phải "
        "công khai thì phải công khai chậm nhất ngày {due:%d/%m/%Y} (06 tháng kể từ ngày "
        "{start:%d/%m/%Y}).",
        "Art. 17(1) information a state agency created or held before {start} that Law "
        "104/2016 and other laws did not require to be disclosed must be disclosed by {due} "
        "(6 months from {start}).",
        states=("01/2026/QH16 art. 31(3)",),
    ),
    "earlier.pending": Message(
        "Các mục chưa công khai: {ids}.",
        "Entries not yet disclosed: {ids}.",
    ),
    # -- Law 01/2026/QH16: entry by entry (arts. 17(1), 19(1))
    "category.missing_2026": Message(
        "Mục {entry}: chưa ghi “{field}”; nên ghi để đối chiếu với các điểm của khoản 1 Điều 17.",
        "Entry {entry}: the {field} is not stated; state it so the entry can be read against "
        "the points of art. 17(1).",
        states=("01/2026/QH16 art. 17(1)",),
    ),
    "website_2026.no_points": Message(
        "Mục {entry}: khoản 1 Điều 19 không còn chia thành các điểm; mọi thông tin tại khoản 1 "
        "Điều 17 đều phải được công khai trên Cổng/Trang thông tin điện tử.",
        "Entry {entry}: art. 19(1) no longer has points; every art. 17(1) item goes on the "
        "portal or website.",
        states=("01/2026/QH16 art. 19(1)",),
    ),
    "website_2026.not_on_website": Message(
        "Mục {entry}: thông tin tại khoản 1 Điều 17 phải được công khai trên Cổng/Trang thông "
        "tin điện tử nhưng hình thức công khai không có điểm a khoản 1 Điều 18.",
        "Entry {entry}: art. 17(1) information must be on the portal or website, but its forms "
        "of disclosure do not include art. 18(1)(a).",
        states=("01/2026/QH16 art. 19(1)", "01/2026/QH16 art. 18(1)(a)"),
    ),
    # -- the report
    "report.head": Message(
        "{kind} — {agency} — kiểm tra ngày {on:%d/%m/%Y}",
        "{kind} — {agency} — checked as of {on}",
    ),
    "report.no_findings": Message("Không phát hiện vấn đề.", "No findings."),
}
