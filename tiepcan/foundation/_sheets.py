"""Spreadsheets written and read safely: no formula from user text, nothing lost, no bomb.

The one place that knows how text goes into and comes out of a spreadsheet (docs/security.md,
"The formula rule"):

* **CSV.** A cell whose text a spreadsheet would evaluate, that is text starting with ``=``,
  ``+``, ``-``, ``@``, a tab, a carriage return or a line feed (OWASP, "CSV injection"), or
  with their full-width forms ``＝ ＋ － ＠`` (which East Asian input methods of Excel turn
  into the same), is written with a leading apostrophe ``'``. So is text that itself starts
  with an apostrophe, so the reader can always take exactly one apostrophe off and get the
  text back: :func:`csv_cell` and :func:`csv_text` are inverse. A cell holding a quote, the
  delimiter, a carriage return or a line feed is quoted (so a bare CR reads back).
* **Excel.** User text is written as a string cell (``data_type "s"``), never a formula;
  a cell that starts with a live character also gets Excel's own *quote prefix* (the
  apostrophe Excel shows while editing, not part of the text), so re-editing it in Excel
  keeps it text. A carriage return and a literal ``_xHHHH_`` are escaped as Excel escapes
  them (``_x000D_``, ``_x005F_``) and read back by :func:`excel_text`. Text Excel cannot
  hold is refused with its place: over 32,767 characters, or a control character other
  than tab, CR and LF (NUL included), or a lone surrogate.
* **Reading an .xlsx.** :func:`check_xlsx` refuses what is not a zip, an archive over
  :data:`XLSX_MAX_BYTES` uncompressed, and any XML part that declares a document type or an
  entity (the "billion laughs"), before openpyxl parses anything; tiepcan does not depend on
  ``defusedxml``.

>>> csv_cell("=1+1"), csv_cell("'quoted"), csv_cell("Sở Tư pháp")
("'=1+1", "''quoted", 'Sở Tư pháp')
>>> csv_text(csv_cell("'quoted")), csv_text(csv_cell("-5"))
("'quoted", '-5')
>>> excel_text(excel_cell("a\\r\\nb _x0041_")) == "a\\r\\nb _x0041_"
True
"""

from __future__ import annotations

import io
import re
import zipfile

from tiepcan.foundation.errors import InvalidInputError

__all__ = [
    "EXCEL_CELL_MAX",
    "EXCEL_ROWS_MAX",
    "LIVE_STARTS",
    "XLSX_MAX_BYTES",
    "check_xlsx",
    "csv_cell",
    "csv_line",
    "csv_text",
    "excel_cell",
    "excel_problem",
    "excel_text",
    "is_live",
    "too_long",
]

#: what makes a spreadsheet evaluate a cell (OWASP), and the full-width forms of the first four
LIVE_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
#: the mark the CSV writer puts before live text (and before a leading apostrophe)
_MARK = "'"
#: the most characters (UTF-16 code units, as Excel counts) an Excel cell holds
EXCEL_CELL_MAX = 32_767
#: the most rows an Excel worksheet holds (Microsoft, "Excel specifications and limits")
EXCEL_ROWS_MAX = 1_048_576
#: the largest .xlsx (sum of its parts, uncompressed) the reader opens: it stops a zip bomb
#: before it expands, not a real register (a million rows of a clerk's register written by
#: ``Register.to_excel`` are 757 MiB of sheet XML: benchmarks/bench_register_realistic.py)
XLSX_MAX_BYTES = 2 * 1024 * 1024 * 1024

_EXCEL_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EXCEL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_EXCEL_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def is_live(text: str) -> bool:
    """True if a spreadsheet would evaluate ``text`` typed into a cell."""
    return text.startswith(LIVE_STARTS)


def csv_cell(text: str) -> str:
    """The text of a CSV cell: live text and a leading apostrophe get one more apostrophe."""
    return _MARK + text if text.startswith((*LIVE_STARTS, _MARK)) else text


def csv_text(cell: str) -> str:
    """The text a CSV cell holds: one leading apostrophe (the writer's mark) taken off."""
    return cell[1:] if cell.startswith(_MARK) else cell


def csv_line(cells: list[str], delimiter: str) -> str:
    """One CSV record (``\\n`` at its end): a cell is quoted when it holds a quote, the
    delimiter, a CR or a LF, so every cell reads back exactly (the csv module's writer does
    not quote a bare CR when the line ends with LF)."""
    out = []
    for cell in cells:
        if any(ch in cell for ch in ('"', delimiter, "\r", "\n")):
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return delimiter.join(out) + "\n"


def excel_problem(text: str) -> str | None:
    """Why ``text`` cannot go into an Excel cell exactly (``None``: it can)."""
    bad = _EXCEL_BAD.search(text)
    if bad is not None:
        return f"character U+{ord(bad.group()):04X} cannot be stored in an Excel cell"
    return too_long(text)


def too_long(text: str) -> str | None:
    """Why ``text`` is too long for an Excel cell (``None``: it fits): Excel counts UTF-16
    code units, and the text as stored (its CRs escaped) must fit too, or openpyxl cuts it."""
    if len(text) * 7 <= EXCEL_CELL_MAX:  # the common case: even escaped, it fits
        return None
    units = max(len(text.encode("utf-16-le", "surrogatepass")) // 2, len(excel_cell(text)))
    if units > EXCEL_CELL_MAX:
        return f"{units} characters: an Excel cell holds at most {EXCEL_CELL_MAX}"
    return None


def excel_cell(text: str) -> str:
    """``text`` as Excel stores it: a literal ``_xHHHH_`` escaped, a CR as ``_x000D_``."""
    return _EXCEL_ESCAPE.sub(r"_x005F_\1", text).replace("\r", "_x000D_")


def excel_text(stored: str) -> str:
    """The text an Excel string cell holds (Excel's ``_xHHHH_`` escapes undone)."""
    if "_x" not in stored:
        return stored
    return _EXCEL_ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), stored)


def _bad_excel(detail: str) -> InvalidInputError:
    return InvalidInputError("invalid-excel", detail=detail)


def check_xlsx(data: object) -> None:
    """Refuse, before any XML is parsed, what is not a safe .xlsx: not bytes, not a zip, too
    large once uncompressed, or an XML part with a document type or entity declaration."""
    if not isinstance(data, bytes | bytearray):
        raise _bad_excel(f"expected the bytes of an .xlsx file, got {type(data).__name__}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if sum(i.file_size for i in infos) > XLSX_MAX_BYTES:
                raise _bad_excel(f"larger than {XLSX_MAX_BYTES} bytes once uncompressed")
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    _check_part(zf, info)
    except InvalidInputError:
        raise
    except Exception as exc:  # zipfile.BadZipFile, a CRC error, an encrypted part, …
        raise _bad_excel(f"not a readable .xlsx (zip) file: {type(exc).__name__}") from None


def _check_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """An XML part: UTF-8 (or ASCII-compatible), with no DOCTYPE and no ENTITY declaration."""
    tail = b""
    with zf.open(info) as part:
        first = True
        while chunk := part.read(1 << 20):
            if first and (chunk.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in chunk[:4]):
                raise _bad_excel(f"part {info.filename[:80]!r}: only UTF-8 XML is read")
            first = False
            window = tail + chunk
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                raise _bad_excel(
                    f"part {info.filename[:80]!r} declares a document type or an entity: "
                    "refused, not expanded"
                )
            tail = window[-16:]
