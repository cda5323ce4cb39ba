"""The report of Decree 13/2018/NĐ-CP art. 12(3)–(4), rendered from the sample register of
a provincial Department of Justice for 2024 (``docs/samples/register_2024.json``).

The figures asserted here were counted by hand from the sample's rows: 41 requests received
(24 electronic: rows 1, 4, 5, 7, 8, 10, 12, 13, 16, 18, 19, 20, 23, 24, 26, 28, 29, 31, 32,
35, 36, 37, 39, 40; 8 at the office; 7 by post; 2 by fax); refused: 5 (row 4 point b, 12 đ,
16 d, 17 e, 36 c); redirected: 3 (rows 6, 20, 29); in part: 4; pending at 31/12: 3 (39
overdue, 40 in time, 41 awaiting completion); costs notified 24,000 + 12,000 + 86,000 +
45,000 + 8,000 + 36,000 + 52,000 = 263,000 đ, collected the same less row 17's 86,000 =
177,000 đ. Row 14 (fax, complex, 20/3/2024, art. 31(2)): 15 working days end Wed 10/4;
provided Mon 15/4, 3 working days late.
"""

from __future__ import annotations

import builtins
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tiepcan.foundation.errors import InvalidInputError
from tiepcan.outputs.reports import (
    ReportExtraMissingError,
    ReportMetadata,
    chart_svg,
    render_excel,
    render_html,
    render_markdown,
    report_figures,
)
from tiepcan.register.book import Register
from tiepcan.register.statistics import ReportingPeriod, Statistics, compute_statistics

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"

#: hand-counted figures of the sample (see the module docstring)
HAND = {
    "received": 41,
    "received_electronic": 24,
    "received_at_office": 8,
    "received_postal": 7,
    "received_fax": 2,
    "settled": 38,
    "provided": 26,
    "provided_in_part": 4,
    "refused": 5,
    "redirected": 3,
    "pending": 3,
    "pending_overdue": 1,
    "pending_in_time": 1,
    "awaiting_completion": 1,
    "refused_a": 0,
    "refused_b": 1,
    "refused_c": 1,
    "refused_d": 1,
    "refused_dd": 1,
    "refused_e": 1,
    "costs_notified_count": 7,
    "costs_notified_total": 263000,
    "costs_paid_count": 6,
    "costs_paid_total": 177000,
    "complaints_filed": 1,
    "complaints_resolved": 1,
    "lawsuits_filed": 1,
    "lawsuits_resolved": 0,
}


@pytest.fixture(scope="module")
def meta() -> ReportMetadata:
    return ReportMetadata.from_json((SAMPLES / "register_2024_report.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def stats(meta: ReportMetadata) -> Statistics:
    register = Register.from_json((SAMPLES / "register_2024.json").read_text("utf-8"))
    complaints = json.loads((SAMPLES / "register_2024_complaints.json").read_text("utf-8"))
    return compute_statistics(
        register, ReportingPeriod.year(2024), agency=meta.agency_name, complaints=complaints
    )


@pytest.fixture(scope="module")
def page(stats: Statistics, meta: ReportMetadata) -> str:
    return render_html(stats, meta)


def test_sample_register_csv_and_json_agree() -> None:
    csv = Register.from_csv((SAMPLES / "register_2024.csv").read_text("utf-8"))
    assert csv == Register.from_json((SAMPLES / "register_2024.json").read_text("utf-8"))
    assert len(csv) == 41


def test_row_14_is_late_by_three_working_days(stats: Statistics) -> None:
    """Fax, complex, 20/3/2024: due 10/4 (art. 31(2)); provided 15/4."""
    register = Register.from_json((SAMPLES / "register_2024.json").read_text("utf-8"))
    fold = register.fold(stats.period.end)
    assert fold.days_late[13] == 3 and fold.timeliness[13] == "late"


# --------------------------------------------------------------------------------------
# HTML: an administrative document under Decree 30/2020/NĐ-CP.


def test_html_has_the_national_title_and_motto(page: str) -> None:
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page
    assert "Độc lập - Tự do - Hạnh phúc" in page
    assert ".motto::after" in page  # the line under the tiêu ngữ


def test_html_has_number_symbol_place_and_date(page: str) -> None:
    assert "Số: 12/BC-STP" in page
    assert '<div class="dateline">Ninh Bình, ngày 10 tháng 01 năm 2025</div>' in page
    assert re.search(r"\.dateline \{[^}]*font-style: italic", page)
    assert "@page { size: A4;" in page
    assert "ỦY BAN NHÂN DÂN<br>TỈNH NINH BÌNH" in page and "SỞ TƯ PHÁP" in page


def test_html_has_the_title_and_the_sections_of_art_12_4(page: str) -> None:
    assert "<h1>BÁO CÁO</h1>" in page
    assert "Tình hình cung cấp thông tin theo yêu cầu năm 2024" in page
    for heading in (
        "1. Tình hình công khai thông tin và cung cấp thông tin theo yêu cầu tại cơ quan",
        "2. Số liệu về cung cấp thông tin theo yêu cầu",
        "3. Những khó khăn, vướng mắc trong việc cung cấp thông tin của cơ quan",
        "4. Kiến nghị các biện pháp cần thiết góp phần bảo đảm thực hiện quyền tiếp cận thông tin của công dân",
    ):
        assert f"<h2>{heading}</h2>" in page
    assert page.index("Nơi nhận") < page.index("Nguyễn Văn Hùng")
    assert "KT. GIÁM ĐỐC" in page and "PHÓ GIÁM ĐỐC" in page


def test_html_tables_show_the_hand_counted_figures(page: str) -> None:
    shown = dict(re.findall(r'data-key="([a-z_]+)">([^<]+)<', page))
    for key, value in HAND.items():
        assert shown[key] == f"{value:,}".replace(",", "."), key
    assert "Điểm đ: Thông tin được yêu cầu vượt quá khả năng đáp ứng" in page  # art. 28(1)(đ)


def test_english_version(stats: Statistics, meta: ReportMetadata) -> None:
    page = render_html(stats, meta, lang="en")
    assert "SOCIALIST REPUBLIC OF VIET NAM" in page and 'lang="en"' in page
    assert "Ninh Bình, 10 January 2025" in page
    assert "shared register software" in page
    assert '<td class="n" data-key="costs_paid_total">177,000</td>' in page


def test_three_yearly_report_to_the_ministry(stats: Statistics, meta: ReportMetadata) -> None:
    """Decree 13 art. 12(3): every 3 years, to the Ministry of Justice."""
    three = ReportMetadata.from_dict(
        meta.to_dict() | {"kind": "three_yearly", "addressee": "Bộ Tư pháp"}
    )
    page = render_html(stats, three, chart=False)
    assert "khoản 3 và khoản 4 Điều 12 Nghị định số 13/2018/NĐ-CP" in page
    assert "Tình hình thực hiện quyền tiếp cận thông tin của công dân" in page


def test_metadata_is_validated(meta: ReportMetadata, stats: Statistics) -> None:
    bad = meta.to_dict() | {"report_date": "10/01/2025"}
    with pytest.raises(InvalidInputError, match="report_date"):
        render_html(stats, bad)
    assert ReportMetadata.json_schema()["properties"]["place"]["title"] == "Địa danh"


# --------------------------------------------------------------------------------------
# The chart: only with matplotlib.


def _without(monkeypatch: pytest.MonkeyPatch, package: str) -> None:
    real = builtins.__import__

    def refuse(name: str, *args: Any, **kw: Any) -> Any:
        if name == package or name.startswith(package + "."):
            raise ImportError(name)
        return real(name, *args, **kw)

    monkeypatch.setattr(builtins, "__import__", refuse)


def test_chart_is_embedded_with_matplotlib(page: str, stats: Statistics) -> None:
    pytest.importorskip("matplotlib")
    assert '<div class="chart"><svg' in page
    svg = chart_svg(stats)
    assert svg == chart_svg(stats)  # deterministic
    assert "<dc:date>" not in svg and "Tiếp nhận" in svg  # no date; text kept as text


def test_without_matplotlib_the_chart_is_omitted_and_said(
    monkeypatch: pytest.MonkeyPatch, stats: Statistics, meta: ReportMetadata
) -> None:
    _without(monkeypatch, "matplotlib")
    page = render_html(stats, meta)
    assert "<svg" not in page and "chưa cài đặt matplotlib" in page
    with pytest.raises(ReportExtraMissingError, match="chart-not-available"):
        chart_svg(stats)


# --------------------------------------------------------------------------------------
# Markdown and Excel carry the same figures.


def test_markdown_round_trip_of_the_figures(stats: Statistics, meta: ReportMetadata) -> None:
    md = render_markdown(stats, meta)
    rows = dict(re.findall(r"^\| (?:— )?(.+?) \| ([0-9.,—]+) \|$", md, flags=re.M))
    labels = {f.key: f.label_vi for f in report_figures(stats)}
    for key, value in HAND.items():
        assert rows[labels[key]] == f"{value:,}".replace(",", "."), key
    assert "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**" in md and "Số: 12/BC-STP" in md


def test_excel_round_trip_of_the_figures(stats: Statistics, meta: ReportMetadata) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(io.BytesIO(render_excel(stats, meta)))
    sheet = wb["Bao cao"]
    assert sheet["D1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    values = {r[1]: r[4] for r in sheet.iter_rows(min_row=8, values_only=True)}
    for key, value in HAND.items():
        assert values[key] == value, key
    months = list(wb["Theo thang"].iter_rows(min_row=2, values_only=True))
    assert len(months) == 12 and sum(m[1] for m in months) == 41


def test_excel_without_openpyxl_says_so(
    monkeypatch: pytest.MonkeyPatch, stats: Statistics, meta: ReportMetadata
) -> None:
    _without(monkeypatch, "openpyxl")
    with pytest.raises(ReportExtraMissingError, match="excel-not-available"):
        render_excel(stats, meta)


# -- a period under Law 01/2026/QH16, or straddling 2026-09-01 -----------------------------------


def test_a_period_from_2026_09_01_cites_law_01_2026_in_each_heading_and_ground() -> None:
    """From 1/9/2026 the limits are art. 26(3), the grounds art. 27(1)-(6) (numbered 1-6), the
    costs art. 25(2), complaints art. 13 of Law 01/2026/QH16; a 2016 period keeps its headings."""
    from tiepcan.outputs.reports import table_headings
    from tiepcan.outputs.reports._document import TABLES

    later = dict((t, vi) for t, vi, _ in table_headings(ReportingPeriod.year(2027)))
    assert later["time_limits"].endswith(
        "(Điều 26 khoản 3 Luật Tiếp cận thông tin số 01/2026/QH16)"
    )
    assert later["refusals"].endswith("(Điều 27 Luật Tiếp cận thông tin số 01/2026/QH16)")
    assert later["costs"].endswith("(Điều 25 khoản 2 Luật Tiếp cận thông tin số 01/2026/QH16)")
    assert later["complaints"].endswith("(Điều 13 khoản 1 Luật Tiếp cận thông tin số 01/2026/QH16)")
    straddling = dict((t, vi) for t, vi, _ in table_headings(ReportingPeriod.year(2026)))
    assert straddling["time_limits"] == (
        "Thời hạn giải quyết (Điều 29, 30, 31 Luật Tiếp cận thông tin số 104/2016/QH13; "
        "Điều 26 khoản 3 Luật Tiếp cận thông tin số 01/2026/QH16)"
    )
    assert table_headings(ReportingPeriod.year(2025)) == TABLES
    stats = compute_statistics(Register(()), ReportingPeriod.year(2027), agency="Sở Tư pháp")
    rows = {f.key: f.label("vi") for f in report_figures(stats) if f.table == "refusals"}
    # art. 27(5): beyond the agency's capacity — 2016's point đ is 2026's clause 5
    assert rows["refused_dd"].startswith("Khoản 5: Thông tin được yêu cầu vượt quá khả năng")
    assert rows["refused_a"].startswith("Khoản 1: Thông tin quy định tại Điều 15 của Luật Tiếp cận")
    both = compute_statistics(Register(()), ReportingPeriod.year(2026), agency="Sở Tư pháp")
    rows = {f.key: f.label("vi") for f in report_figures(both) if f.table == "refusals"}
    assert rows["refused_dd"].startswith(
        "Điểm đ (Luật 104/2016/QH13) / khoản 5 (Luật 01/2026/QH16)"
    )
