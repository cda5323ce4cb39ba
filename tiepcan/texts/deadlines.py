"""Thời hạn — the texts of a deadline's trace.

The lines :mod:`tiepcan.deadlines` explains a count with: the Civil Code's rules on periods
(Bộ luật Dân sự 91/2015/QH13 art. 147(3): the day of the event is not counted; art. 148(1),
(3), (5), (6): where a period in days or months ends, a last day that is a day off, 24:00);
the working week (Quyết định 188/1999/QĐ-TTg art. 1); the rules of the law applied (Law
104/2016/QH13 arts. 29–31; Law 01/2026/QH16 art. 26(3)) and which law chose the regime (Law
01/2026/QH16 art. 31(4)). A date field writes itself as ``dd/mm/yyyy`` in Vietnamese and
ISO in English (``{day:%d/%m/%Y}`` / ``{day}``).
"""

from tiepcan.foundation._messages import Message

TEXTS: dict[str, Message] = {
    # -- the rules applied and the regime that chose them
    "regime.sent_before": Message(
        "yêu cầu được gửi ngày {sent:%d/%m/%Y}, trước khi văn bản mới có hiệu lực",
        "the request was sent on {sent}, before the new law took effect",
        states=("01/2026/QH16 art. 31(4)",),
    ),
    "regime.sent_before.undated": Message(
        "yêu cầu được gửi, trước khi văn bản mới có hiệu lực",
        "the request was sent, before the new law took effect",
        states=("01/2026/QH16 art. 31(4)",),
    ),
    "regime.caller": Message("theo lựa chọn của người gọi", "as chosen by the caller"),
    "regime.in_force": Message(
        "văn bản có hiệu lực vào ngày bắt đầu", "the rules in force on the start date"
    ),
    "regime.user_supplied": Message(
        "; dữ liệu do người dùng cung cấp", "; data supplied by the user"
    ),
    "rule.limit": Message(
        "{duty}: {bound} {length:02d} {unit} kể từ {trigger}",
        "{duty}: {bound} {length} {unit} from {trigger}",
    ),
    "rule.immediate": Message(
        "{duty}: ngay khi người yêu cầu đến trụ sở (trong ngày làm việc)",
        "{duty}: immediately, while the requester is at the office (on a working day)",
        states=("104/2016/QH13 art. 29(1)",),
    ),
    "rule.notice": Message(
        "{duty}: chậm nhất ngày này ({length:02d} ngày làm việc)",
        "{duty}: by this day ({length} working days)",
    ),
    "rule.extension_notice": Message(
        "Văn bản thông báo gia hạn phải gửi trong thời hạn cung cấp thông tin, chậm nhất ngày này",
        "The written extension notice must be sent within the original time limit, by this day",
        states=(
            "104/2016/QH13 art. 29(2)",
            "104/2016/QH13 art. 30(4)",
            "104/2016/QH13 art. 31(2)",
            "01/2026/QH16 art. 26(3)",
        ),
    ),
    # -- receipt
    "receipt.valid": Message("Nhận được yêu cầu hợp lệ", "Valid request received"),
    "receipt.valid.at": Message(
        "Nhận được yêu cầu hợp lệ lúc {at:%H:%M}", "Valid request received at {at:%H:%M}"
    ),
    "receipt.after_hours": Message(
        "Yêu cầu nhận ngoài giờ làm việc: theo chính sách '{policy}', coi như nhận vào ngày làm "
        "việc này",
        "Request received after office hours: under policy '{policy}' it counts as received on "
        "this working day",
    ),
    "receipt.day_off": Message(
        "Yêu cầu nhận vào ngày nghỉ: theo chính sách '{policy}', coi như nhận vào ngày làm việc "
        "này",
        "Request received on a day off: under policy '{policy}' it counts as received on this "
        "working day",
    ),
    # -- counting (Civil Code 2015 arts. 147–148)
    "count.start": Message(
        "Không tính ngày xảy ra sự kiện; bắt đầu tính từ ngày tiếp theo",
        "The day of the event is not counted; counting starts the next day",
        states=("91/2015/QH13 art. 147(3)",),
    ),
    "day.counted": Message(
        "{day.weekday_vi}, {day.name_vi}: là ngày làm việc, được tính",
        "{day.weekday_en}, {day.name_en}: a working day, counted",
    ),
    "day.weekend": Message(
        "{day.weekday_vi}: ngày nghỉ hằng tuần",
        "{day.weekday_en}: weekly rest day",
        states=("188/1999/QĐ-TTg art. 1",),
    ),
    "count.end.working_days": Message(
        "Ngày làm việc thứ {length}; thời hạn kết thúc lúc 24 giờ ngày này",
        "Working day {length}; the period ends at 24:00 on this day",
        states=("91/2015/QH13 art. 148(1)", "91/2015/QH13 art. 148(6)"),
    ),
    "count.roll": Message(
        "Ngày thứ {length} là ngày nghỉ; thời hạn kết thúc vào ngày làm việc tiếp theo",
        "Day {length} is a day off; the period ends on the next working day",
        states=("91/2015/QH13 art. 148(5)",),
    ),
    "count.roll.months": Message(
        "Ngày cuối cùng của thời hạn là ngày nghỉ; thời hạn kết thúc vào ngày làm việc tiếp theo",
        "The last day of the period is a day off; it ends on the next working day",
        states=("91/2015/QH13 art. 148(5)",),
    ),
    "count.end": Message(
        "Thời hạn {length} {unit} kết thúc lúc 24 giờ ngày này",
        "The {length}-{unit} period ends at 24:00 on this day",
        states=("91/2015/QH13 art. 148(6)",),
    ),
    # -- the notes that close a trace
    "note.provisional": Message(
        "Kết quả tạm tính cho năm {years}: {note}", "Provisional for {years}: {note}"
    ),
    "note.crosses_regime_change": Message(
        "Thời hạn kéo dài qua ngày {after:%d/%m/%Y}, khi văn bản thay thế có hiệu lực; thời hạn "
        "vẫn được tính theo {instrument}, văn bản áp dụng vào ngày bắt đầu",
        "The period runs past {after}, when the replacing law takes effect; it is counted under "
        "{instrument}, which applied on the start date",
    ),
    "interpretations.head": Message("Cách hiểu đã áp dụng:", "Interpretations applied:"),
}
