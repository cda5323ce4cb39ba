"""The report's layout as Decree 30/2020/NĐ-CP Appendix I sets out an administrative
document (issue 19, "The dateline … Check every other element of the layout"): the body's
name and the national title with its motto on one row; the number and symbol and the place
and date on the next (a 2×2 head, with or without a superior body); the rule under the motto
as wide as the motto; the recipients one a line, each ending ";" and the last "." (the
dateline itself: tests/foundation/test_layout.py).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from tiepcan.outputs.reports import ReportMetadata, render_html, render_markdown
from tiepcan.register.book import Register
from tiepcan.register.statistics import ReportingPeriod, Statistics, compute_statistics

BASE = {
    "kind": "periodic",
    "agency_name": "Sở Tư pháp",
    "agency_abbreviation": "STP",
    "number": "05",
    "place": "Minh Sơn",
    "report_date": "2026-01-08",
    "addressee": "Ủy ban nhân dân tỉnh Minh Sơn",
    "signer": {"authority": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Lê Văn Bình"},
    "recipients": ["Như trên", "Bộ Tư pháp (để báo cáo);", "Lưu: VT, VP."],
}


@pytest.fixture(scope="module")
def stats() -> Statistics:
    return compute_statistics(Register(()), ReportingPeriod.half_year(2025, 2), agency="Sở Tư pháp")


def _head(page: str) -> list[str]:
    head = page[page.index('<div class="head">') : page.index("<h1>")]
    return re.findall(r'^<div(?: class="([a-z-]+)")?>', head, flags=re.M)[1:]


@pytest.mark.parametrize("superior", [None, "Ủy ban nhân dân\ntỉnh Minh Sơn"])
def test_the_head_is_two_by_two_number_and_dateline_on_one_row(
    stats: Statistics, superior: str | None
) -> None:
    """Row 1: the body's name | quốc hiệu and tiêu ngữ; row 2: số, ký hiệu | địa danh, ngày."""
    meta = ReportMetadata.from_dict({**BASE, "superior_body": superior})
    page = render_html(stats, meta)
    assert _head(page) == ["body-name", "", "symbol", "dateline"]
    assert re.search(r"\.head \{ display: grid; grid-template-columns: 45% 55%;", page)
    assert '<div class="symbol">Số: 05/BC-STP</div>' in page
    assert '<div class="dateline">Minh Sơn, ngày 08 tháng 01 năm 2026</div>' in page
    assert ("ỦY BAN NHÂN DÂN<br>TỈNH MINH SƠN" in page) is (superior is not None)


def test_the_rule_under_the_motto_is_as_wide_as_the_motto(stats: Statistics) -> None:
    page = render_html(stats, ReportMetadata.from_dict(BASE))
    assert re.search(r"\.motto \{[^}]*display: inline-block", page)
    assert ".motto::after { width: 100%; }" in page


def test_the_recipients_end_with_semicolons_and_the_last_with_a_full_stop(
    stats: Statistics,
) -> None:
    meta = ReportMetadata.from_dict(BASE)
    page = render_html(stats, meta)
    assert "<li>- Như trên;</li><li>- Bộ Tư pháp (để báo cáo);</li><li>- Lưu: VT, VP.</li>" in page
    md = render_markdown(stats, meta)
    tail = md[md.index("**Nơi nhận:**") :].splitlines()[2:5]
    assert tail == ["- Như trên;", "- Bộ Tư pháp (để báo cáo);", "- Lưu: VT, VP."]


def test_the_markdown_head_puts_the_number_beside_the_dateline(stats: Statistics) -> None:
    md = render_markdown(stats, ReportMetadata.from_dict(BASE))
    lines = md.splitlines()
    assert lines[0] == (
        "| **SỞ TƯ PHÁP** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
        "**Độc lập - Tự do - Hạnh phúc** |"
    )
    assert lines[2] == "| Số: 05/BC-STP | *Minh Sơn, ngày 08 tháng 01 năm 2026* |"


@pytest.mark.parametrize(("number", "symbol"), [("05", "Số: 05/BC-STP"), ("5", "Số: 5/BC-STP")])
def test_the_number_is_written_as_the_agency_registered_it(number: str, symbol: str) -> None:
    """Named reading (ReportMetadata.symbol): no zero added or taken off."""
    assert ReportMetadata.from_dict({**BASE, "number": number}).symbol == symbol


def test_the_dateline_of_the_report_follows_appendix_i() -> None:
    meta = ReportMetadata.from_dict({**BASE, "report_date": date(2025, 7, 5).isoformat()})
    assert meta.dateline() == "Minh Sơn, ngày 05 tháng 7 năm 2025"
