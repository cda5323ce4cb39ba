"""``tiepcan report`` — the 6-monthly, yearly or 3-yearly report from the register on the desk.

The clerk who keeps the Sổ theo dõi cung cấp thông tin theo yêu cầu (Decree 13/2018/NĐ-CP
art. 10(1)) sends a report of the period (Decree 13 art. 12(3)–(4); the 6-monthly and yearly
reports the provincial instructions ask for). This command reads the register as the clerk
has it — a CSV saved by Excel on a Vietnamese Windows machine (Windows-1258 or UTF-16,
``;`` or ``,``), an Excel workbook, or JSON — computes the period's figures
(:func:`tiepcan.register.statistics.compute_statistics`) and writes the report in the formats asked for
(:mod:`tiepcan.outputs.reports`: HTML to print, Markdown, Excel, the SVG chart). It prints where it
wrote each file.

The agency's particulars (name, number and symbol, place, date, addressee, signer, recipients,
and the words of points a, c and d) come from a small TOML or JSON file (``--meta``), from
options, or both (an option wins). The report's date is never today's: it is given.

    tiepcan report so-theo-doi.csv --period 2025-H2 --meta bao-cao.toml --date 2026-01-08 \\
        --format html,md,xlsx,svg --out bao-cao/
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any, TextIO, cast

from tiepcan.foundation._model import Lang, echo
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.outputs.cli._text import in_langs, open_bytes, parse_day, read_bytes
from tiepcan.register._csv_bytes import CsvBytes, Wording

__all__ = ["decode_register", "parse_period", "read_register", "report", "sniff_delimiter"]

#: the formats the command writes, and the suffix of each file
FORMATS = {"html": "html", "md": "md", "xlsx": "xlsx", "svg": "svg"}

#: what both register commands say of a register with no row (empty, or a header only)
EMPTY_REGISTER = {
    "vi": "Sổ theo dõi không có dòng nào (tệp trống hoặc chỉ có dòng tiêu đề).",
    "en": "The register holds no row (the file is empty or holds only the heading row).",
}

#: encodings a clerk's file may be in, by the names the clerk may type
_ENCODING_HINT = "--encoding cp1258 (Windows, tiếng Việt) hoặc / or --encoding utf-16"


# --------------------------------------------------------------------------------------
# Reading the register as saved on the desk.


def _wording(path: str) -> Wording:
    """How a refusal names the clerk's file and the option that reads it."""
    return Wording(echo(path), _ENCODING_HINT, "--encoding ")


def decode_register(raw: bytes, path: str, encoding: str | None = None) -> str:
    """The text of a register file (:class:`tiepcan.register._csv_bytes.CsvBytes`, whose
    pieces are joined).

    With ``encoding`` given, that encoding. Without it: a byte-order mark decides (UTF-8,
    UTF-16 LE/BE — what Excel writes for "Unicode Text"), else UTF-8; a file that is not
    UTF-8 is refused with the option that reads it. Text decoded from Windows-1258, which
    writes Vietnamese tone marks as separate combining characters, is composed (NFC) so that
    "Hà Nội" reads the same whatever machine saved it.
    """
    stream = CsvBytes(io.BytesIO(raw), encoding, _wording(path))
    return "".join(iter(stream.read, ""))


def sniff_delimiter(text: str) -> str:
    """``;``, ``,`` or a tab: the one that splits the header row into the most cells.

    Excel in a Vietnamese locale saves "CSV" with ``;`` (the decimal separator is ``,``);
    elsewhere with ``,``; "Unicode Text" with tabs. Only the header row is read, outside
    quotes.
    """
    header = text.split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", header)
    counts = {d: unquoted.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _delimiter(value: str | None, text: str) -> str:
    if value is None:
        return sniff_delimiter(text)
    named = {"tab": "\t", "\\t": "\t", "semicolon": ";", "comma": ","}
    chosen = named.get(value, value)
    if chosen not in (";", ",", "\t", "|"):
        raise InvalidInputError(
            "invalid-command-line",
            detail=f"--delimiter {echo(value)}: use ; , tab or |",
        )
    return chosen


def read_register(path: str, *, encoding: str | None = None, delimiter: str | None = None) -> Any:
    """A :class:`~tiepcan.register.book.Register` from a ``.csv``, ``.xlsx`` or ``.json`` file.

    A CSV file is read a piece at a time (:class:`tiepcan.register._csv_bytes.CsvBytes`),
    never decoded whole, and on Linux its blocks are shared among up to four processes
    (``Register.from_csv(workers=)``), which read and decode their pieces of the file
    themselves: a million rows are read in a few seconds and a few hundred MiB.
    """
    from tiepcan.register.book import Register

    p = Path(path)
    kind = p.suffix.lower().lstrip(".")
    if kind not in ("csv", "txt", "xlsx", "json"):
        raise InvalidInputError(
            "unknown-file-type", detail=f"{echo(path)}: expected .csv, .txt, .xlsx or .json"
        )
    if kind in ("csv", "txt"):
        with open_bytes(path) as handle:
            text = CsvBytes(handle, encoding, _wording(path))
            chosen = _delimiter(delimiter, text.peek())
            stream = cast("TextIO", text)  # a text stream that also gives its file's bytes
            return Register.from_csv(stream, delimiter=chosen, workers=_workers())
    raw = read_bytes(path)
    if kind == "xlsx":
        return Register.from_excel(raw)
    return Register.from_json(decode_register(raw, path, encoding))


def _workers() -> int:
    """Processes to read a large CSV with: the cores, up to four, where processes fork
    (:func:`tiepcan.register._csv_text._forks`, Linux); elsewhere one (starting a process
    there re-imports the program)."""
    from tiepcan.register._csv_text import _forks

    if not _forks():
        return 1
    return max(1, min(4, os.cpu_count() or 1))


# --------------------------------------------------------------------------------------
# The period and the particulars.

_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_YEARS = re.compile(r"^(\d{4})-(\d{4})$")
_SPAN = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


def parse_period(value: str) -> Any:
    """``2025-H1``, ``2025-H2``, ``2025``, ``2022-2024`` (whole years) or ``DAY..DAY``."""
    from tiepcan.register.statistics import ReportingPeriod

    text = value.strip() if isinstance(value, str) else ""
    if m := _HALF.match(text):
        return ReportingPeriod.half_year(int(m[1]), int(m[2]))
    if m := _YEAR.match(text):
        return ReportingPeriod.year(int(m[1]))
    if (m := _YEARS.match(text)) and int(m[1]) <= int(m[2]):
        return ReportingPeriod.years(int(m[1]), int(m[2]) - int(m[1]) + 1)
    if m := _SPAN.match(text):
        start, end = parse_day(m[1], "--period"), parse_day(m[2], "--period")
        return ReportingPeriod.between(start, end)
    raise InvalidInputError(
        "invalid-period",
        detail=f"--period {echo(value)}: write 2025-H1, 2025-H2, 2025, 2022-2024 or "
        "2025-01-01..2025-06-30",
    )


#: option -> key of ReportMetadata (an option given wins over the file)
_META_OPTIONS = {
    "kind": "kind",
    "superior_body": "superior_body",
    "agency_name": "agency_name",
    "agency_abbreviation": "agency_abbreviation",
    "number": "number",
    "place": "place",
    "addressee": "addressee",
    "subject": "subject",
    "situation": "situation",
    "difficulties": "difficulties",
    "recommendations": "recommendations",
}


def _meta_file(path: str) -> dict[str, Any]:
    p = Path(path)
    text = decode_register(read_bytes(path), path)
    try:
        data = tomllib.loads(text) if p.suffix.lower() == ".toml" else json.loads(text)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError) as exc:
        raise InvalidInputError("invalid-json", detail=f"{echo(path)}: {echo(str(exc))}") from None
    if not isinstance(data, dict):
        raise InvalidInputError("invalid-input", detail=f"{echo(path)}: expected a table")
    return data


def build_metadata(args: argparse.Namespace) -> Any:
    """The report's particulars: the ``--meta`` file, then each option given over it."""
    from tiepcan.outputs.reports import ReportMetadata

    data: dict[str, Any] = _meta_file(args.meta) if args.meta else {}
    data.setdefault("kind", "periodic")
    for option, key in _META_OPTIONS.items():
        value = getattr(args, option, None)
        if value is not None:
            data[key] = value
    if args.date is not None:
        data["report_date"] = parse_day(args.date, "--date").isoformat()
    elif isinstance(data.get("report_date"), date):
        data["report_date"] = data["report_date"].isoformat()  # a TOML date
    signer = dict(data.get("signer") or {})
    for option in ("authority", "title", "name"):
        value = getattr(args, f"signer_{option}", None)
        if value is not None:
            signer[option] = value
    if signer:
        data["signer"] = signer
    if args.recipient:
        data["recipients"] = list(args.recipient)
    if "report_date" not in data:
        raise InvalidInputError(
            "missing-date",
            detail="the report's date: give --date YYYY-MM-DD or report_date in --meta",
        )
    return ReportMetadata.from_dict(data)


# --------------------------------------------------------------------------------------
# The command.


def _formats(value: str) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    unknown = [v for v in chosen if v not in FORMATS]
    if not chosen or unknown:
        raise InvalidInputError(
            "invalid-command-line",
            detail=f"--format {echo(value)}: choose from {', '.join(FORMATS)}",
        )
    return chosen


def _render(fmt: str, stats: Any, meta: Any, lang: str) -> str | bytes:
    from tiepcan.outputs import reports

    lg: Lang = "en" if lang == "en" else "vi"
    if fmt == "html":
        return reports.render_html(stats, meta, lang=lg)
    if fmt == "md":
        return reports.render_markdown(stats, meta, lang=lg)
    if fmt == "xlsx":
        return reports.render_excel(stats, meta)
    return reports.chart_svg(stats, lang=lg)


def _write(path: Path, content: str | bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    except OSError as exc:
        raise InvalidInputError(
            "output-not-written", detail=f"{path}: {exc.strerror or type(exc).__name__}"
        ) from None


def _stem(period: Any) -> str:
    s, e = period.start, period.end
    return f"bao-cao-{s:%Y%m%d}-{e:%Y%m%d}"


def report(args: argparse.Namespace) -> str:
    """Read the register, count the period, write the report; say where the files are."""
    from tiepcan.register.statistics import compute_statistics

    formats = _formats(args.format)
    period = parse_period(args.period)
    meta = build_metadata(args)
    register = read_register(args.register, encoding=args.encoding, delimiter=args.delimiter)
    stats = compute_statistics(register, period, agency=meta.agency_name)
    out = Path(args.out)
    lang = "en" if args.lang == "en" else "vi"
    written: list[str] = []
    for fmt in formats:
        path = out / f"{_stem(period)}{'-en' if lang == 'en' else ''}.{FORMATS[fmt]}"
        _write(path, _render(fmt, stats, meta, lang))
        written.append(str(path))
    empty = len(register) == 0
    if args.json:
        return json.dumps(
            {
                "period": [period.start.isoformat(), period.end.isoformat()],
                "rows": len(register),
                "received": stats.received,
                "empty": empty,
                "files": written,
            },
            ensure_ascii=False,
            indent=2,
        )

    def render(lg: Lang) -> str:
        vi = lg == "vi"
        lines = [
            (f"Báo cáo {period.label('vi')}" if vi else f"Report for {period.label('en')}"),
            (
                f"Sổ theo dõi: {len(register)} dòng; yêu cầu tiếp nhận trong kỳ: {stats.received}"
                if vi
                else f"Register: {len(register)} rows; requests received in the period: "
                f"{stats.received}"
            ),
        ]
        if empty:
            lines.append(EMPTY_REGISTER[lg])
            lines.append(
                "Mọi số liệu của báo cáo bằng 0." if vi else "Every figure of the report is 0."
            )
        lines.append("Đã ghi:" if vi else "Written:")
        lines += [f"  {p}" for p in written]
        return "\n".join(lines)

    return in_langs(args.lang, render)


def add_report_command(add: Any, sub: Any, lang_values: Any) -> None:
    """Declare ``tiepcan report`` on the parser (called by :func:`tiepcan.outputs.cli.build_parser`)."""
    r = add(sub, "report", "the period's report from a register (Decree 13 art. 12)", report,
            lang_values)  # fmt: skip
    r.add_argument("register", metavar="REGISTER.csv|.xlsx|.json")
    r.add_argument(
        "--period", required=True,
        help="2025-H1, 2025-H2, 2025, 2022-2024 (3-yearly) or 2025-01-01..2025-06-30",
    )  # fmt: skip
    r.add_argument("--meta", default=None, metavar="FILE.toml|FILE.json",
                   help="the agency's particulars (ReportMetadata's keys)")  # fmt: skip
    r.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="the report's date")
    r.add_argument("--format", default="html,md,xlsx,svg", help="html, md, xlsx, svg")
    r.add_argument("--out", default=".", metavar="DIR", help="where to write (default: here)")
    r.add_argument("--encoding", default=None, help="the CSV's encoding, e.g. cp1258, utf-16")
    r.add_argument("--delimiter", default=None, help="; , or tab (default: read from the header)")
    for option in _META_OPTIONS:
        if option in ("situation", "difficulties", "recommendations"):
            continue
        r.add_argument(f"--{option.replace('_', '-')}", dest=option, default=None)
    for option in ("situation", "difficulties", "recommendations"):
        r.add_argument(f"--{option}", dest=option, default=None)
    r.add_argument("--signer-authority", default=None, help="e.g. KT. GIÁM ĐỐC")
    r.add_argument("--signer-title", default=None, help="e.g. PHÓ GIÁM ĐỐC")
    r.add_argument("--signer-name", default=None)
    r.add_argument("--recipient", action="append", default=None, help="one per Nơi nhận line")
