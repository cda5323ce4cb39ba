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
import codecs
import io
import json
import os
import re
import sys
import tomllib
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TextIO, cast

from tiepcan.foundation._model import Lang, echo
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.outputs.cli._text import in_langs, open_bytes, parse_day, read_bytes

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


#: the byte-order marks that name a file's encoding when none is given
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_register(raw: bytes, path: str, encoding: str | None = None) -> str:
    """The text of a CSV register.

    With ``encoding`` given, that encoding. Without it: a byte-order mark decides (UTF-8,
    UTF-16 LE/BE — what Excel writes for "Unicode Text"), else UTF-8; a file that is not
    UTF-8 is refused with the option that reads it. Text decoded from Windows-1258, which
    writes Vietnamese tone marks as separate combining characters, is composed (NFC) so that
    "Hà Nội" reads the same whatever machine saved it.
    """
    stream = _CsvFileText(io.BytesIO(raw), path, encoding)
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

    A CSV file is read a piece at a time (:class:`_CsvFileText`), never decoded whole, and on
    Linux its blocks are shared among up to four processes (``Register.from_csv(workers=)``):
    a million rows are read in a few seconds and a few hundred MiB.
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
            text = _CsvFileText(handle, path, encoding)
            chosen = _delimiter(delimiter, text.peek())
            stream = cast("TextIO", text)  # a text stream: read() is all from_csv asks of it
            return Register.from_csv(stream, delimiter=chosen, workers=_workers())
    raw = read_bytes(path)
    if kind == "xlsx":
        return Register.from_excel(raw)
    return Register.from_json(decode_register(raw, path, encoding))


def _workers() -> int:
    """Processes to read a large CSV with: the cores, up to four, where processes fork
    (Linux); elsewhere one (starting a process there re-imports the program)."""
    if not sys.platform.startswith("linux"):
        return 1
    return max(1, min(4, os.cpu_count() or 1))


class _CsvFileText:
    """The text of a register file, a piece of whole lines at a time, decoded by the rules
    of :func:`decode_register` (which joins the pieces): the encoding given or the byte-order
    mark's, else UTF-8; Windows-1258 composed (NFC), a line at a time; an undecodable byte
    refused naming its place in the file, with the option that reads it.

    Read this way, an undecodable byte is found when its piece is read, so a file that also
    breaks the CSV format before that byte is refused for the format first.
    """

    _BYTES = 1 << 20

    def __init__(self, handle: BinaryIO, path: str, encoding: str | None) -> None:
        self.handle, self.path = handle, path
        start = handle.read(4)
        if encoding is not None:
            self.codec, self.named = _codec(encoding), True
        else:
            found = [codec for bom, codec in _BOMS if start.startswith(bom)]
            self.codec, self.named = (found[0], True) if found else ("utf-8", False)
        decoding, self.fed = _decoding(self.codec, start)  # fed: bytes of the file decoded
        start = start[self.fed :]
        self.decoder = codecs.getincrementaldecoder(decoding)("strict")
        self.first, self.carry, self.done = True, "", False
        self.waiting = self._decode(start, final=False)  # text decoded, not yet handed out
        self.peeked: str | None = None

    def peek(self) -> str:
        """The first piece (for the delimiter), handed out again by the next read."""
        if self.peeked is None:
            self.peeked = self.read()
        return self.peeked

    def read(self, size: int = -1) -> str:
        """The next piece of whole lines (the last may end without a line feed); ``""`` at
        the end. ``size`` is a hint: a piece ends at a line feed."""
        if self.peeked is not None:
            piece, self.peeked = self.peeked, None
            return piece
        while not self.done:
            raw = self.handle.read(self._BYTES)
            text = self.waiting + self._decode(raw, final=not raw)
            self.waiting, self.done = "", not raw
            text = self.carry + text
            cut = len(text) if self.done else text.rfind("\n") + 1
            self.carry = text[cut:]
            if cut:
                return self._finish(text[:cut])
        return ""

    def _decode(self, raw: bytes, *, final: bool) -> str:
        held = len(self.decoder.getstate()[0])  # bytes the decoder holds from before
        try:
            text = self.decoder.decode(raw, final)
        except UnicodeDecodeError as exc:
            at = self.fed - held + exc.start
            what = f"{self.codec} text" if self.named else "UTF-8 text"
            raise InvalidInputError(
                "unreadable-encoding",
                detail=f"{echo(self.path)} is not {what} (byte {at}); {_ENCODING_HINT}",
            ) from None
        self.fed += len(raw)
        return text

    def _finish(self, piece: str) -> str:
        if self.first:
            piece, self.first = piece.removeprefix("\ufeff"), False
        return unicodedata.normalize("NFC", piece) if self.codec == "cp1258" else piece


#: codec -> (its byte-order marks and the codec each announces, the codec without a mark)
_MARKED = {
    "utf-8-sig": ((codecs.BOM_UTF8, "utf-8"),),
    "utf-16": ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")),
    "utf-32": ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")),
}


def _decoding(codec: str, start: bytes) -> tuple[str, int]:
    """(the codec to decode the rest with, the length of the byte-order mark taken off).

    The mark is read here, as decoding the whole file reads it: utf-16 and utf-32 without a
    mark are in the machine's byte order (where an incremental decoder would refuse them),
    and the bytes an error names count from the start of the file.
    """
    for mark, plain in _MARKED.get(codec, ()):
        if start.startswith(mark):
            return plain, len(mark)
    if codec == "utf-8-sig":
        return "utf-8", 0
    if codec in ("utf-16", "utf-32"):
        return f"{codec}-{'le' if sys.byteorder == 'little' else 'be'}", 0
    return codec, 0


def _codec(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InvalidInputError(
            "unreadable-encoding", detail=f"no such encoding: --encoding {echo(encoding)}"
        ) from None


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
