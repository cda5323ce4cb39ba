"""Báo cáo in trên giấy A4 — the report as printable HTML, laid out under Decree 30/2020/NĐ-CP.

A4; the issuing body top left; quốc hiệu and tiêu ngữ top right; số và ký hiệu; địa danh and
date in italics; title and trích yếu; the sections of Decree 13/2018/NĐ-CP art. 12(4); nơi nhận
bottom left; the signature bottom right. In Vietnamese or English; the chart by month is
embedded when matplotlib is installed (:mod:`tiepcan.outputs.reports._chart`).
"""

from __future__ import annotations

import html
from typing import Any

from tiepcan.foundation._layout import recipients_lines
from tiepcan.foundation._model import Lang, check_lang, echo
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.outputs.reports._chart import chart_svg, have_matplotlib
from tiepcan.outputs.reports._document import (
    TABLES,
    ReportMetadata,
    _intro,
    _meta,
    _narrative,
    _stats,
    _subject,
    _w,
    format_number,
    report_figures,
    table_headings,
)
from tiepcan.register.statistics import Statistics

__all__ = ["render_html"]

_CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
       font-size: 13pt; line-height: 1.35; color: #000; margin: 0; }
.page { max-width: 165mm; margin: 0 auto; padding: 8mm 0; }
.head { display: grid; grid-template-columns: 45% 55%; column-gap: 4pt; row-gap: 6pt;
        text-align: center; }
.body-name { font-size: 12pt; }
.body-name .agency { font-weight: bold; }
.body-name .agency::after, .motto::after { content: ""; display: block; margin: 1pt auto 0;
       border-top: 0.8pt solid #000; }
.body-name .agency::after { width: 40%; }
.national { font-weight: bold; font-size: 12pt; white-space: nowrap; }
.motto { font-weight: bold; font-size: 13.5pt; display: inline-block; }
.motto::after { width: 100%; }
.symbol { font-size: 13pt; }
.dateline { font-style: italic; }
h1 { text-align: center; font-size: 14pt; margin: 18pt 0 0; }
.subject { text-align: center; font-weight: bold; margin: 0 auto; max-width: 80%; }
.subject::after { content: ""; display: block; width: 30%; margin: 3pt auto 0;
       border-top: 0.8pt solid #000; }
.addressee { text-align: center; margin: 10pt 0; }
p { text-align: justify; text-indent: 1.27cm; margin: 0 0 6pt; }
h2 { font-size: 13pt; margin: 10pt 0 4pt; }
h3 { font-size: 13pt; font-style: italic; font-weight: normal; margin: 8pt 0 3pt; }
table { border-collapse: collapse; width: 100%; font-size: 12pt; margin-bottom: 6pt; }
th, td { border: 0.6pt solid #000; padding: 1.5pt 5pt; vertical-align: top; }
th { font-weight: bold; text-align: center; }
td.n { text-align: right; width: 18%; white-space: nowrap; }
td.l1 { padding-left: 18pt; font-style: italic; }
td.l2 { padding-left: 36pt; }
tr { page-break-inside: avoid; }
.chart svg { width: 100%; height: auto; }
.note { font-style: italic; font-size: 11pt; text-indent: 0; }
.foot { display: grid; grid-template-columns: 50% 50%; margin-top: 14pt;
        page-break-inside: avoid; }
.recipients { font-size: 11pt; }
.recipients b { font-size: 12pt; font-style: italic; }
.recipients ul { margin: 0; padding-left: 0; list-style: none; }
.sign { text-align: center; font-weight: bold; }
.sign .name { margin-top: 60pt; }
"""


def render_html(
    stats: Statistics,
    meta: ReportMetadata | dict[str, Any] | str,
    *,
    lang: Lang = "vi",
    chart: bool = True,
) -> str:
    """The report as one printable HTML page (A4), in ``"vi"`` or ``"en"``.

    ``chart=True`` embeds the monthly chart when matplotlib is installed; without it the page
    says the chart was omitted.
    """
    s, m, lang = _stats(stats), _meta(meta), check_lang(lang)
    if not isinstance(chart, bool):
        raise InvalidInputError(detail=f"chart must be True or False: chart={echo(chart)}")
    e = html.escape
    title, figures = _w("head.title", lang), _w("section.b", lang)
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">',
        f"<title>{e(title)} {e(m.symbol)}</title>\n<style>{_CSS}</style>\n</head>",
        '<body>\n<div class="page">',
        _html_head(m, lang),
        f"<h1>{e(title)}</h1>",
        f'<div class="subject">{e(_subject(m, s, lang))}</div>',
        f'<div class="addressee">{e(_w("head.addressee", lang))}: {e(m.addressee)}</div>',
        f"<p>{e(_intro(m, s, lang))}</p>",
        _html_section("1", "a", m, lang),
        f"<h2>2. {e(figures)}</h2>",
        _html_tables(s, lang),
        _html_chart(s, lang) if chart else "",
        _html_section("3", "c", m, lang),
        _html_section("4", "d", m, lang),
        _html_foot(m, lang),
        "</div>\n</body>\n</html>\n",
    ]
    return "\n".join(p for p in parts if p)


def _html_head(m: ReportMetadata, lang: Lang) -> str:
    """The head as Decree 30/2020 Appendix I lays it out, a 2×2 grid: the body's name (under
    its superior body, if any) and the national title with the motto on the first row; the
    number and symbol and, on the same line, the place and date on the second."""
    e = html.escape
    superior = f"<div>{_lines(m.superior_body.upper())}</div>" if m.superior_body else ""
    return (
        '<div class="head">\n'
        f'<div class="body-name">{superior}'
        f'<div class="agency">{_lines(m.agency_name.upper())}</div></div>\n'
        f'<div><div class="national">{e(_w("head.national_title", lang))}</div>'
        f'<div class="motto">{e(_w("head.motto", lang))}</div></div>\n'
        f'<div class="symbol">{e(m.symbol)}</div>\n'
        f'<div class="dateline">{e(m.dateline(lang))}</div>\n</div>'
    )


def _lines(text: str) -> str:
    """Escaped text whose line breaks (as the agency wrote its name) are kept."""
    return "<br>".join(html.escape(part.strip()) for part in text.split("\n"))


def _html_section(number: str, point: str, m: ReportMetadata, lang: Lang) -> str:
    e = html.escape
    paras = [t.strip() for t in _narrative(m, point, lang).split("\n") if t.strip()]
    body = "\n".join(f"<p>{e(t)}</p>" for t in paras)
    heading = _w(f"section.{point}", lang)
    return f"<h2>{number}. {e(heading)}</h2>\n{body}"


def _html_tables(s: Statistics, lang: Lang) -> str:
    e = html.escape
    figures = report_figures(s)
    item, value = _w("table.figure", lang), _w("table.value", lang)
    out = []
    for k, (table, vi, en) in enumerate(table_headings(s.period), start=1):
        rows = [
            f'<tr><td class="l{f.level}">{e(f.label(lang))}</td>'
            f'<td class="n" data-key="{f.key}">{format_number(f.value, lang)}</td></tr>'
            for f in figures
            if f.table == table
        ]
        out.append(
            f"<h3>2.{k}. {e(vi if lang == 'vi' else en)}</h3>\n<table>\n"
            f"<tr><th>{e(item)}</th><th>{e(value)}</th></tr>\n" + "\n".join(rows) + "\n</table>"
        )
    return "\n".join(out)


def _html_chart(s: Statistics, lang: Lang) -> str:
    e = html.escape
    heading = _w("chart.heading", lang)
    title = f"<h3>2.{len(TABLES) + 1}. {e(heading)}</h3>"
    if not have_matplotlib():
        return f'{title}\n<p class="note">{e(_w("chart.omitted", lang))}</p>'
    return f'{title}\n<div class="chart">{chart_svg(s, lang)}</div>'


def _html_foot(m: ReportMetadata, lang: Lang) -> str:
    e = html.escape
    items = "".join(f"<li>{e(r)}</li>" for r in recipients_lines(m.recipients))
    authority = f"<div>{e(m.signer.authority)}</div>" if m.signer.authority else ""
    return (
        '<div class="foot">\n'
        f'<div class="recipients"><b>{e(_w("foot.recipients", lang))}:</b><ul>{items}</ul></div>\n'
        f'<div class="sign">{authority}<div>{e(m.signer.title)}</div>'
        f'<div class="name">{e(m.signer.name)}</div></div>\n</div>'
    )
