"""Danh mục dạng CSV — the CSV form of a catalogue, with Vietnamese headers.

A catalogue as a spreadsheet saves it: the header rows (one label and one value each: the
agency, its contacts, the focal point, where the catalogue is published, the version, the art.
19(1) points held), a blank row, then the entries table, one row per entry, its headers the
titles of the fields of Decree 13/2018/NĐ-CP art. 6(3). A hand-typed cell may say more than
JSON: a date as dd/mm/yyyy, the law's letter "đ", a yes/no cell as có/không
(:func:`tiepcan.foundation._input.yes_no`). Public names are imported from :mod:`tiepcan.catalogue`.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from datetime import date
from typing import Any

from tiepcan._catalogue.models import (
    FIELD_NAMES,
    Catalogue,
    CatalogueEntry,
    CatalogueKind,
    Contact,
    letter_value,
)
from tiepcan.foundation._input import yes_no
from tiepcan.foundation._model import BilingualStrEnum, as_day, echo
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.rules.disclosure import (
    DisclosureCategory,
    DisclosureForm,
    LaterDisclosurePoint,
    WebsiteCategory,
)

__all__ = [
    "CSV_ENTRY_HEADERS",
    "catalogue_from_csv",
    "catalogue_to_csv",
    "entries_from_csv",
    "entries_to_csv",
    "entry_cells",
    "header_cells",
]

_ENTRY_FIELDS = tuple(FIELD_NAMES)

#: The entries table's headers, in order: the titles of the entry fields.
CSV_ENTRY_HEADERS: tuple[str, ...] = tuple(FIELD_NAMES[f][0] for f in _ENTRY_FIELDS)

#: the short name of each contact's owner in the header rows ("Địa chỉ cơ quan")
_CONTACT_OWNERS = {"agency": "cơ quan", "focal_point": "đầu mối"}


def _header_rows() -> tuple[tuple[str, str], ...]:
    """The header rows above the table, (CSV label, attribute path), from the field titles.

    A contact's name row is the contact's own title ("Cơ quan", "Đầu mối tiếp nhận yêu
    cầu"); its other rows join the Contact field's title and the owner ("Điện thoại cơ quan").
    """
    rows: list[tuple[str, str]] = []
    contact = Contact.model_fields
    for name, info in Catalogue.model_fields.items():
        if name == "entries":
            continue
        if name in _CONTACT_OWNERS:
            rows.append((info.title or name, f"{name}.name"))
            for part in ("address", "phone", "fax", "email"):
                label = f"{contact[part].title} {_CONTACT_OWNERS[name]}"
                rows.append((label, f"{name}.{part}"))
        else:
            rows.append((info.title or name, name))
    return tuple(rows)


#: The header rows above the table: (CSV label, attribute path).
_HEADER_ROWS: tuple[tuple[str, str], ...] = _header_rows()

_FORM_SEPARATOR = "; "


def _cell(value: Any) -> str:
    """One value as a CSV cell: letters for points of the law, ISO dates, có/không."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(
        value, DisclosureCategory | LaterDisclosurePoint | WebsiteCategory | DisclosureForm
    ):
        return value.letter
    if isinstance(value, CatalogueKind):
        return value.label_vi
    if isinstance(value, BilingualStrEnum):
        return value.value
    if isinstance(value, tuple):
        return _FORM_SEPARATOR.join(_cell(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def entry_cells(entry: CatalogueEntry) -> dict[str, str]:
    return {f: _cell(getattr(entry, f)) for f in _ENTRY_FIELDS}


def header_cells(cat: Catalogue) -> dict[str, str]:
    out: dict[str, str] = {}
    for _label, path in _HEADER_ROWS:
        value: Any = cat
        for part in path.split("."):
            value = getattr(value, part)
        out[path] = _NONE_HELD if value == () else _cell(value)
    return out


#: the cell that declares no art. 19(1) point held (a blank cell declares nothing)
_NONE_HELD = "không có"


def _parse_points(cell: str) -> list[str] | None:
    text = unicodedata.normalize("NFC", cell).strip()
    if not text:
        return None
    if text.lower() in (_NONE_HELD, "không"):
        return []
    return [p.strip() for p in text.split(";") if p.strip()]


def entries_to_csv(entries: Iterable[CatalogueEntry]) -> str:
    """The entries table alone, with Vietnamese headers.

    ``entries`` is an iterable of :class:`CatalogueEntry` (a list, a tuple, a catalogue's
    ``entries``); anything else, a bare string or a mapping included, raises
    ``InvalidInputError``.
    """
    if isinstance(entries, str | bytes | Mapping) or not isinstance(entries, Iterable):
        raise _invalid(
            "invalid-input", f"expected a list of catalogue entries: entries={echo(entries)}"
        )
    rows = list(entries)
    bad = [e for e in rows if not isinstance(e, CatalogueEntry)]
    if bad:
        raise _invalid(
            "invalid-input",
            f"expected a list of catalogue entries: not a CatalogueEntry: {echo(bad[0])}",
        )
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_ENTRY_HEADERS)
    for entry in rows:
        cells = entry_cells(entry)
        writer.writerow([cells[f] for f in _ENTRY_FIELDS])
    return buf.getvalue()


def catalogue_to_csv(cat: Catalogue) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    cells = header_cells(cat)
    for label, path in _HEADER_ROWS:
        writer.writerow([label, cells[path]])
    writer.writerow([])
    return buf.getvalue() + entries_to_csv(cat.entries)


def _invalid(code: str, detail: str) -> InvalidInputError:
    return InvalidInputError(code, detail=detail)


def _csv_rows(text: str | bytes) -> list[list[str]]:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _invalid("invalid-csv", f"the CSV is not UTF-8: {exc!s}") from None
    if not isinstance(text, str):
        raise _invalid("invalid-csv", f"not CSV text: got {type(text).__name__}")
    text = text.removeprefix("\ufeff")
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise _invalid("invalid-csv", f"the CSV cannot be read: {exc!s}") from None


def _is_blank(row: list[str]) -> bool:
    return all(not cell.strip() for cell in row)


#: what a hand-typed cell may say beyond JSON: dd/mm/yyyy dates, the letter đ, any case
_PARSERS: dict[str, Callable[[str], Any]] = {
    **dict.fromkeys(
        ("created_on", "disclosed_on", "disclosed_until", "special_due", "updated_on"),
        lambda s: _csv_date(s),
    ),
    **dict.fromkeys(("category", "website_category"), letter_value),
    "condition": lambda s: s.strip() or None,
    "forms": lambda s: [letter_value(p) for p in s.split(";") if p.strip()],
    "digitised": lambda s: bool(yes_no(s, field="digitised")),
    "published_by_posting": lambda s: bool(yes_no(s, field="published_by_posting")),
    "kind": lambda s: _parse_kind(s),
    "website_points_held": lambda s: _parse_points(s),
}


#: a date as Vietnamese forms write it (day/month/year), and as ISO 8601 writes it
_VN_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _csv_date(cell: str) -> Any:
    """A date typed by hand: dd/mm/yyyy as Vietnamese forms write it, or YYYY-MM-DD, read by
    :func:`~tiepcan.foundation._model.as_day`; blank is None. A real day outside 1900–2100 goes on as a
    date, so that the model refuses it naming its field and the range; other text goes on as
    typed, for the model to refuse."""
    text = cell.strip()
    if not text:
        return None
    m = _VN_DATE.fullmatch(text)
    iso = f"{int(m[3]):04d}-{int(m[2]):02d}-{int(m[1]):02d}" if m else text
    try:
        return as_day(iso, "date")
    except InvalidInputError:
        pass
    if _ISO_DATE.fullmatch(iso):
        with suppress(ValueError):
            return date.fromisoformat(iso)
    return cell


def _parse_kind(text: str) -> str:
    t = unicodedata.normalize("NFC", text).strip()
    for kind in CatalogueKind:
        if t in (kind.value, kind.label_vi):
            return kind.value
    return t  # left for the model to reject with the allowed values


def _parse_entries(rows: list[list[str]]) -> list[dict[str, Any]]:
    rows = [r for r in rows if not _is_blank(r)]
    if not rows:
        raise _invalid(
            "invalid-csv",
            f"the table has no header row: expected: {', '.join(CSV_ENTRY_HEADERS)}",
        )
    by_header = {h: f for f, h in zip(_ENTRY_FIELDS, CSV_ENTRY_HEADERS, strict=True)}
    header = [unicodedata.normalize("NFC", h).strip() for h in rows[0]]
    unknown = [h for h in header if h not in by_header]
    if unknown or len(set(header)) != len(header) or FIELD_NAMES["id"][0] not in header:
        raise _invalid(
            "invalid-csv",
            f"the table's header row is not valid: unknown or repeated: {unknown or header}; "
            f"expected: {', '.join(CSV_ENTRY_HEADERS)}",
        )
    fields = [by_header[h] for h in header]
    out: list[dict[str, Any]] = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) > len(fields):
            raise _invalid(
                "invalid-csv", f"a row has more cells than the header: table row {number}"
            )
        data: dict[str, Any] = {}
        for field, cell in zip(fields, row, strict=False):
            parse = _PARSERS.get(field)
            data[field] = parse(cell) if parse else (cell or None)
        out.append(data)
    return out


def entries_from_csv(text: str | bytes) -> tuple[CatalogueEntry, ...]:
    """Read an entries table (header row, then one row per entry) into entries."""
    entries: list[CatalogueEntry] = []
    for number, data in enumerate(_parse_entries(_csv_rows(text)), start=2):
        try:
            entries.append(CatalogueEntry.build(data))
        except InvalidInputError as exc:
            raise _invalid(exc.code, f"table row {number}: {exc.detail}") from None
    return tuple(entries)


def catalogue_from_csv(text: str | bytes) -> Catalogue:
    rows = _csv_rows(text)
    split = next((i for i, r in enumerate(rows) if _is_blank(r)), None)
    if split is None:
        raise _invalid(
            "invalid-csv",
            "the header rows, or the blank row after them, are missing: expected header rows, a blank row, then the entries table",
        )
    labels = dict(_HEADER_ROWS)
    data: dict[str, Any] = {}
    for row in rows[:split]:
        label = unicodedata.normalize("NFC", row[0]).strip()
        if label not in labels or len(row) > 2 or labels[label] in data:
            raise _invalid(
                "invalid-csv",
                f"a header row is not valid: row {echo(row)}; expected labels: {', '.join(labels)}",
            )
        path = labels[label]
        cell = row[1] if len(row) > 1 else ""
        parse = _PARSERS.get(path)
        data[path] = parse(cell) if parse else (cell or None)
    nested: dict[str, Any] = {"agency": {}, "focal_point": {}}
    for path, value in data.items():
        if "." in path:
            group, field = path.split(".")
            nested[group][field] = value
        else:
            nested[path] = value
    nested["entries"] = _parse_entries(rows[split + 1 :])
    return Catalogue.build(nested)
