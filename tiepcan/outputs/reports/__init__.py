"""Báo cáo tình hình thực hiện quyền tiếp cận thông tin — reports an agency sends.

Implements the reports of Decree 13/2018/NĐ-CP art. 12:

* clause 3: "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân cấp tỉnh có
  trách nhiệm tổng hợp tình hình cung cấp thông tin thuộc phạm vi trách nhiệm của mình, báo
  cáo định kỳ 03 năm hoặc đột xuất với Bộ Tư pháp" (:attr:`ReportKind.THREE_YEARLY`);
* the 6-monthly and yearly report that provincial instructions ask of every agency for the
  provincial Department of Justice (Sở Tư pháp) (:attr:`ReportKind.PERIODIC`);
* clause 4, the contents of every report: "a) Tình hình công khai thông tin và cung cấp thông
  tin theo yêu cầu tại cơ quan; b) Số lượng yêu cầu … đã tiếp nhận; … đã được giải quyết;
  … bị từ chối; số lượng các vụ khiếu nại, các vụ khởi kiện (nếu có) đã được giải quyết;
  c) Những khó khăn, vướng mắc …; d) Kiến nghị các biện pháp cần thiết …". Point (b) comes
  from :mod:`tiepcan.register.statistics`; points (a), (c) and (d) are the agency's own words
  (:class:`ReportMetadata`).

A report is rendered as printable HTML laid out as an administrative document under Decree
30/2020/NĐ-CP on văn thư (A4; issuing body top left; quốc hiệu and tiêu ngữ top right; số và
ký hiệu; địa danh and date in italics; title and trích yếu; nơi nhận bottom left; signature
bottom right), in Vietnamese or English; as Markdown; and as an Excel workbook (extra
``excel``). The HTML embeds an SVG chart by month when matplotlib is installed (extra
``report``) and says so when it is not. No function reads the clock: the date of the report
is part of its metadata.

One module per concern: :mod:`tiepcan.outputs.reports._document` holds what every rendering shares
(the metadata of the report, its figures and table headings, the words of the document);
:mod:`tiepcan.outputs.reports._html`, :mod:`tiepcan.outputs.reports._markdown`, :mod:`tiepcan.outputs.reports._excel`
and :mod:`tiepcan.outputs.reports._chart` each render it one way. The sentences of the report are in
:mod:`tiepcan.texts.reports`.

>>> from datetime import date
>>> from tiepcan.register.book import Register
>>> from tiepcan.register.statistics import ReportingPeriod, compute_statistics
>>> stats = compute_statistics(Register(()), ReportingPeriod.year(2024), agency="Sở Tư pháp")
>>> meta = ReportMetadata.from_dict({
...     "kind": "periodic", "superior_body": "UBND tỉnh Ninh Bình", "agency_name": "Sở Tư pháp",
...     "agency_abbreviation": "STP", "number": "15", "place": "Ninh Bình",
...     "report_date": "2025-01-10", "addressee": "Sở Tư pháp tỉnh Ninh Bình",
...     "signer": {"authority": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Lê Văn C"}})
>>> meta.symbol
'Số: 15/BC-STP'
>>> md = render_markdown(stats, meta)
>>> "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in md and "*Ninh Bình, ngày 10 tháng 01 năm 2025*" in md
True
"""

from __future__ import annotations

from tiepcan.outputs.reports._chart import chart_svg, have_matplotlib
from tiepcan.outputs.reports._document import (
    Figure,
    ReportExtraMissingError,
    ReportKind,
    ReportMetadata,
    ReportSigner,
    report_figures,
    table_headings,
)
from tiepcan.outputs.reports._excel import render_excel
from tiepcan.outputs.reports._html import render_html
from tiepcan.outputs.reports._markdown import render_markdown

__all__ = [
    "Figure",
    "ReportExtraMissingError",
    "ReportKind",
    "ReportMetadata",
    "ReportSigner",
    "chart_svg",
    "have_matplotlib",
    "render_excel",
    "render_html",
    "render_markdown",
    "report_figures",
    "table_headings",
]
