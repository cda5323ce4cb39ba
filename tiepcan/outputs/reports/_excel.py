"""Báo cáo dạng Excel — the report's figures as an .xlsx workbook (extra ``excel``: openpyxl).

One row per figure, with its key and both labels, under the head of the document; the months
on a second sheet. Every text is written as text, never as a formula (docs/security.md).
"""

from __future__ import annotations

import io
from typing import Any

from tiepcan.foundation._sheets import excel_cell, excel_problem, is_live
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.outputs.reports._document import (
    ReportExtraMissingError,
    ReportMetadata,
    _meta,
    _one_line,
    _stats,
    _subject,
    _w,
    report_figures,
)
from tiepcan.register.statistics import Statistics

__all__ = ["render_excel"]


def render_excel(stats: Statistics, meta: ReportMetadata | dict[str, Any] | str) -> bytes:
    """The report's figures as an .xlsx workbook.

    Sheet ``Bao cao``: the heading of the document, then one row per figure (table, key,
    Vietnamese label, English label, value, as numbers). Sheet ``Theo thang``: the months.
    """
    s, m = _stats(stats), _meta(meta)
    try:
        import openpyxl  # type: ignore[import-untyped]
        from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
    except ImportError:
        raise ReportExtraMissingError(
            "excel-not-available",
            detail="openpyxl is needed to write Excel files (install tiepcan[excel])",
        ) from None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bao cao"
    heading: tuple[list[Any], ...] = (
        [_one_line(m.agency_name).upper(), None, None, _w("head.national_title", "vi")],
        [m.symbol, None, None, _w("head.motto", "vi")],
        [None, None, None, m.dateline("vi")],
        [],
        [_w("head.title", "vi") + ": " + _subject(m, s, "vi")],
        [],
        ["Bảng", "Mã chỉ tiêu", "Chỉ tiêu", "Item", "Số liệu"],
    )
    for r, row in enumerate(heading, start=1):
        _put_row(ws, r, row)
    bold = Font(bold=True)
    for cell in ws[7]:
        cell.font = bold
    for r, f in enumerate(report_figures(s), start=len(heading) + 1):
        _put_row(ws, r, [f.table, f.key, ("    " * f.level) + f.label_vi, f.label_en, f.value])
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 70
    ws.column_dimensions["D"].width = 50
    ws.column_dimensions["E"].width = 12
    for row in ws.iter_rows(min_row=8, min_col=3, max_col=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True)
    months = wb.create_sheet("Theo thang")
    _put_row(months, 1, ["Tháng", "Tiếp nhận", "Trả lời đúng hạn", "Trả lời trễ hạn", "Từ chối"])
    for r, mf in enumerate(s.by_month, start=2):
        row = [mf.month, mf.received, mf.answered_on_time, mf.answered_late, mf.refused]
        _put_row(months, r, row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _put_row(ws: Any, row: int, values: list[Any]) -> None:
    """Write row ``row``: every text a string cell (never a formula, whatever the agency wrote),
    Excel's quote prefix on text a spreadsheet would evaluate, a CR kept; text Excel cannot
    hold is refused with its sheet, row and column (docs/security.md)."""
    for j, value in enumerate(values, start=1):
        if value is None:
            continue
        if not isinstance(value, str):
            ws.cell(row=row, column=j, value=value)
            continue
        why = excel_problem(value)
        if why is not None:
            raise InvalidInputError(
                "unwritable-cell", detail=f"sheet {ws.title!r}, row {row}, column {j}: {why}"
            )
        cell = ws.cell(row=row, column=j)
        cell.value = excel_cell(value)
        cell.data_type = "s"  # set after the value: text such as "=1" stays text
        cell.quotePrefix = is_live(value)
