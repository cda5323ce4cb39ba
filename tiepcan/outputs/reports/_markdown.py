"""Báo cáo dạng Markdown — the report as Markdown.

The same head (as a two-column table), sections and tables as the HTML
(:mod:`tiepcan.outputs.reports._html`); every text the agency wrote is escaped so that it renders as
the words written (docs/security.md).
"""

from __future__ import annotations

from typing import Any

from tiepcan.foundation._layout import recipients_lines
from tiepcan.foundation._model import Lang, check_lang
from tiepcan.outputs.reports._document import (
    ReportMetadata,
    _intro,
    _meta,
    _narrative,
    _one_line,
    _stats,
    _subject,
    _w,
    format_number,
    report_figures,
    table_headings,
)
from tiepcan.register.statistics import Statistics

__all__ = ["render_markdown"]


def render_markdown(
    stats: Statistics, meta: ReportMetadata | dict[str, Any] | str, *, lang: Lang = "vi"
) -> str:
    """The report as Markdown: the same heading, sections a–d and tables as the HTML.

    Every text that comes from the metadata or the statistics (names, place, addressee,
    subject, signer, recipients, sections a, c, d) is escaped: it renders as the words
    written, never as HTML, a link, a heading or a table row (docs/security.md).
    """
    s, m, lang = _stats(stats), _meta(meta), check_lang(lang)
    md = _md_line
    title, addressee = _w("head.title", lang), _w("head.addressee", lang)
    figures, recipients = _w("section.b", lang), _w("foot.recipients", lang)
    lines = [
        *_markdown_head(m, lang),
        "",
        f"## {title}",
        "",
        f"**{md(_subject(m, s, lang))}**",
        "",
        f"{addressee}: {md(m.addressee)}",
        "",
        md(_intro(m, s, lang)),
        "",
        *_md_section("1", "a", m, lang),
        f"### 2. {figures}",
        "",
        _markdown_tables(s, lang),
        *_md_section("3", "c", m, lang),
        *_md_section("4", "d", m, lang),
        f"**{recipients}:**",
        "",
        *(f"- {md(r.removeprefix('- '))}" for r in recipients_lines(m.recipients)),
        "",
        *([f"**{md(m.signer.authority)}**  "] if m.signer.authority else []),
        f"**{md(m.signer.title)}**  ",
        f"**{md(m.signer.name)}**",
        "",
    ]
    return "\n".join(lines)


def _markdown_head(m: ReportMetadata, lang: Lang) -> list[str]:
    """The head as a two-column table, as Decree 30/2020 Appendix I lays it out: the body's
    name beside the national title and motto; the number beside the place and date."""
    md = _md_line
    left = [md(line.strip()) for line in (m.superior_body or "").upper().split("\n") if line]
    left += [f"**{md(line.strip())}**" for line in m.agency_name.upper().split("\n") if line]
    national_title, motto = _w("head.national_title", lang), _w("head.motto", lang)
    right = f"**{national_title}**<br>**{motto}**"
    return [
        f"| {'<br>'.join(left)} | {right} |",
        "|:---:|:---:|",
        f"| {md(m.symbol)} | *{md(m.dateline(lang))}* |",
    ]


def _md_section(number: str, point: str, m: ReportMetadata, lang: Lang) -> list[str]:
    """Section ``number`` (point ``point`` of art. 12(4)): its heading and the agency's text."""
    heading = _w(f"section.{point}", lang)
    return [f"### {number}. {heading}", "", _md_paragraphs(_narrative(m, point, lang)), ""]


#: characters that mean something to Markdown anywhere in a line: a backslash before each;
#: "<", ">" and "&" (HTML inside Markdown) as character references, which every renderer reads
_MD_INLINE = str.maketrans(
    {**{c: "\\" + c for c in "\\`*_[]|~"}, "<": "&lt;", ">": "&gt;", "&": "&amp;"}
)
#: characters that mean something at the start of a line (a heading, a list, a quote, a rule)
_MD_LINE_START = "#+-=>"


def _md_line(text: str) -> str:
    """User text as one line of Markdown that renders as the words written: line breaks
    become spaces (no forged row or heading), every mark is escaped with a backslash."""
    line = _one_line(text).translate(_MD_INLINE)
    if line[:1] in _MD_LINE_START:
        line = "\\" + line
    number = len(line) - len(line.lstrip("0123456789"))
    if 0 < number < len(line) and line[number] in ".)":  # "1." or "1)" would start a list
        line = line[:number] + "\\" + line[number:]
    return line


def _md_paragraphs(text: str) -> str:
    """User text of several lines as Markdown paragraphs, one per non-blank line (as the HTML
    writes them), each escaped by :func:`_md_line`."""
    return "\n\n".join(_md_line(t) for t in text.split("\n") if t.strip())


def _markdown_tables(s: Statistics, lang: Lang) -> str:
    figures = report_figures(s)
    item, value = _w("table.figure", lang), _w("table.value", lang)
    out = []
    for k, (table, vi, en) in enumerate(table_headings(s.period), start=1):
        out += [f"#### 2.{k}. {vi if lang == 'vi' else en}", ""]
        out += [f"| {item} | {value} |", "|---|---:|"]
        for f in figures:
            if f.table == table:
                label = ("— " if f.level else "") + f.label(lang).replace("|", "\\|")
                out.append(f"| {label} | {format_number(f.value, lang)} |")
        out.append("")
    return "\n".join(out)
