"""Báo cáo — the words and sentences of the report an agency sends (:mod:`tiepcan.outputs.reports`).

Decree 13/2018/NĐ-CP art. 12: the 6-monthly and yearly report to the provincial Department
of Justice, and the 3-yearly report to the Ministry of Justice (clause 3), with the contents
clause 4 lists: (a) disclosure and provision at the agency, (b) the figures on requests,
(c) difficulties, (d) recommendations. The head of the document (quốc hiệu, tiêu ngữ, title,
"Kính gửi", "Nơi nhận") is laid out as Decree 30/2020/NĐ-CP on văn thư writes it; that decree
is not among the texts tiepcan bundles, so those words state no provision here. The tables'
headings under Law 104/2016 cite its articles; from 2026-09-01 a heading cites the unit of
each law in force over the period (``table.cites``).

The labels of the figures (one row each), the chart's legend and the Excel columns are
labels, not sentences: they stay beside the figures (:mod:`tiepcan.outputs.reports._document`).
"""

from __future__ import annotations

from tiepcan.foundation._messages import Message

TEXTS: dict[str, Message] = {
    # -- the head of the document (Decree 30/2020/NĐ-CP, Appendix I)
    "head.national_title": Message(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"
    ),
    "head.motto": Message("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "head.title": Message("BÁO CÁO", "REPORT"),
    "head.addressee": Message("Kính gửi", "To"),
    # -- trích yếu: what the report is about, for its period
    "subject.periodic": Message(
        "Tình hình cung cấp thông tin theo yêu cầu {period}",
        "On providing information on request, {period}",
        states=("13/2018/NĐ-CP art. 12(4)",),
    ),
    "subject.three_yearly": Message(
        "Tình hình thực hiện quyền tiếp cận thông tin của công dân {period}",
        "On the exercise of citizens' right of access to information, {period}",
        states=("13/2018/NĐ-CP art. 12(3)",),
    ),
    # -- the opening paragraph: the basis of the report
    "intro.periodic": Message(
        "Thực hiện khoản 4 Điều 12 Nghị định số 13/2018/NĐ-CP ngày 23/01/2018 của Chính phủ"
        " và hướng dẫn của Sở Tư pháp, {agency} báo cáo tình hình thực hiện Luật Tiếp cận"
        " thông tin {period} như sau (số liệu của: {agencies}):",
        "Under Decree 13/2018/NĐ-CP art. 12(4) and the Department of Justice's instructions,"
        " {agency} reports on the implementation of the Law on Access to Information for"
        " {period} (figures of: {agencies}):",
        states=("13/2018/NĐ-CP art. 12(4)",),
    ),
    "intro.three_yearly": Message(
        "Thực hiện khoản 3 và khoản 4 Điều 12 Nghị định số 13/2018/NĐ-CP ngày 23/01/2018 của"
        " Chính phủ, {agency} báo cáo tình hình thực hiện Luật Tiếp cận thông tin {period} như"
        " sau (số liệu của: {agencies}):",
        "Under Decree 13/2018/NĐ-CP art. 12(3)–(4), {agency} reports on the implementation of"
        " the Law on Access to Information for {period} (figures of: {agencies}):",
        states=("13/2018/NĐ-CP art. 12(3)", "13/2018/NĐ-CP art. 12(4)"),
    ),
    # -- the sections: the contents of every report, Decree 13/2018 art. 12(4)(a)-(d)
    "section.a": Message(
        "Tình hình công khai thông tin và cung cấp thông tin theo yêu cầu tại cơ quan",
        "Disclosure and provision of information on request at the agency",
        states=("13/2018/NĐ-CP art. 12(4)(a)",),
    ),
    "section.b": Message(
        "Số liệu về cung cấp thông tin theo yêu cầu",
        "Figures on requests for information",
        states=("13/2018/NĐ-CP art. 12(4)(b)",),
    ),
    "section.c": Message(
        "Những khó khăn, vướng mắc trong việc cung cấp thông tin của cơ quan",
        "Difficulties in providing information",
        states=("13/2018/NĐ-CP art. 12(4)(c)",),
    ),
    "section.d": Message(
        "Kiến nghị các biện pháp cần thiết góp phần bảo đảm thực hiện quyền tiếp cận thông tin"
        " của công dân",
        "Recommendations for ensuring citizens' right of access to information",
        states=("13/2018/NĐ-CP art. 12(4)(d)",),
    ),
    #: a section the agency left empty
    "section.empty": Message("(Không có nội dung.)", "(Nothing to report.)"),
    #: a section the agency wrote in Vietnamese only, in the English report
    "section.vietnamese_only": Message("{text}", "(Vietnamese original) {text}"),
    # -- the tables of point (b), headed as under Law 104/2016
    "table.requests": Message(
        "Tiếp nhận và giải quyết yêu cầu cung cấp thông tin",
        "Requests received and settled",
        states=("13/2018/NĐ-CP art. 12(4)(b)",),
    ),
    "table.time_limits": Message(
        "Thời hạn giải quyết (Điều 29, 30, 31 Luật Tiếp cận thông tin)",
        "Time limits (Law arts. 29–31)",
        states=("104/2016/QH13 art. 29", "104/2016/QH13 art. 30", "104/2016/QH13 art. 31"),
    ),
    "table.refusals": Message(
        "Từ chối cung cấp thông tin và lý do (Điều 28 khoản 1 Luật Tiếp cận thông tin)",
        "Refusals and their grounds (Law art. 28(1))",
        states=("104/2016/QH13 art. 28(1)",),
    ),
    "table.costs": Message(
        "Chi phí cung cấp thông tin (Điều 27 Luật Tiếp cận thông tin; Thông tư 46/2018/TT-BTC)",
        "Costs of providing information (Law art. 27; Circular 46/2018)",
        states=("104/2016/QH13 art. 27", "46/2018/TT-BTC art. 1"),
    ),
    "table.complaints": Message(
        "Khiếu nại, khởi kiện (Điều 14 Luật Tiếp cận thông tin)",
        "Complaints and lawsuits (Law art. 14)",
        states=("104/2016/QH13 art. 14",),
    ),
    #: from 2026-09-01, what a heading cites: the unit ("Điều 27", "art. 27") of one law
    "table.cites": Message("{unit} Luật Tiếp cận thông tin số {law}", "Law {law} {unit}"),
    #: the two columns of every table
    "table.figure": Message("Chỉ tiêu", "Item"),
    "table.value": Message("Số liệu", "Figure"),
    # -- the chart by month
    "chart.heading": Message("Biểu đồ yêu cầu theo tháng", "Requests by month"),
    "chart.omitted": Message(
        "Biểu đồ không được tạo vì chưa cài đặt matplotlib (tiepcan[report]).",
        "The chart is omitted: matplotlib is not installed (tiepcan[report]).",
    ),
    # -- the foot of the document
    "foot.recipients": Message("Nơi nhận", "Recipients"),
}
