"""How the command line reads its arguments and writes amounts, dates and errors.

Amounts are written as Vietnamese readers write them, with "." between thousands
("77.900 đồng"); in English with "," ("77,900 đồng"). The unit stays *đồng* in both languages,
as in the library's own explanations (``FeeQuote.explain``), so one output never mixes two
ways of writing the same sum. Dates are ``dd/mm/yyyy`` in Vietnamese and ISO 8601 in English,
again as the explanations write them.

Every argument is converted here, not by argparse, so a bad value gets a
:class:`~tiepcan.foundation.errors.TiepCanError` with a code and a message in both languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from tiepcan.foundation._model import Lang, echo
from tiepcan.foundation.errors import InvalidInputError

#: the values of ``--lang``: one language, or both one after the other
LANG_CHOICES = ("vi", "en", "both")


def langs(lang: str) -> tuple[Lang, ...]:
    """The languages to print, in order (``both``: Vietnamese first)."""
    if lang == "both":
        return ("vi", "en")
    if lang == "vi":
        return ("vi",)
    if lang == "en":
        return ("en",)
    raise InvalidInputError("invalid-language", detail=f"--lang {echo(lang)}")


def money(amount: int, lang: Lang) -> str:
    """``77.900 đồng`` in Vietnamese, ``77,900 đồng`` in English."""
    digits = f"{amount:,}"
    return (digits.replace(",", ".") if lang == "vi" else digits) + " đồng"


def day(d: date, lang: Lang) -> str:
    """``06/03/2024`` in Vietnamese, ``2024-03-06`` in English."""
    return f"{d:%d/%m/%Y}" if lang == "vi" else d.isoformat()


def in_langs(lang: str, render: Callable[[Lang], str], sep: str = "\n\n") -> str:
    """``render`` in each language asked for, joined by a blank line."""
    return sep.join(render(lg) for lg in langs(lang))


def bad_date(name: str, value: object) -> InvalidInputError:
    return InvalidInputError(
        "invalid-date", detail=f"not a date (write YYYY-MM-DD): {name}={echo(value)}"
    )


_ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
#: a whole number on the command line: ASCII digits, at most 18 (no "²", no 5,000 digits)
WHOLE = re.compile(r"[0-9]{1,18}")


def parse_day(value: str, name: str) -> date:
    """A day written ``YYYY-MM-DD``."""
    if not _ISO_DAY.match(value):
        raise bad_date(name, value)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise bad_date(name, value) from None


def parse_moment(value: str, name: str) -> date | datetime:
    """A day (``2024-02-07``) or a moment (``2024-02-07T23:30+00:00``, ``…Z``; naive: Vietnam time).

    An aware moment is passed to the library as it is; the library converts it to Vietnam
    time (UTC+7) before it takes the day and hour.
    """
    if _ISO_DAY.match(value):
        return parse_day(value, name)
    if not _ISO_DAY.match(value[:10]) or len(value) < 16 or value[10] not in "T ":
        raise InvalidInputError("invalid-date", detail=f"{name}={echo(value)}")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInputError("invalid-date", detail=f"{name}={echo(value)}") from None


def parse_whole(value: str, name: str, *, what_en: str) -> int:
    """A whole number written in digits (no sign, no separator)."""
    text = value.strip()
    if not WHOLE.fullmatch(text):
        raise InvalidInputError(
            "invalid-number",
            detail=f"{what_en} must be a whole number ≥ 0, at most 18 digits: {name}={echo(value)}",
        )
    return int(text)


def read_bytes(path: str) -> bytes:
    """The bytes of a file; a missing or unreadable file is a coded error naming it."""
    with open_bytes(path) as handle:
        try:
            return handle.read()
        except OSError as exc:
            raise _unreadable(path, exc) from None


def open_bytes(path: str) -> BinaryIO:
    """The file opened to read its bytes (the caller closes it); a missing or unreadable
    file is a coded error naming it."""
    try:
        return open(path, "rb")
    except OSError as exc:
        raise _unreadable(path, exc) from None


def _unreadable(path: str, exc: OSError) -> InvalidInputError:
    if isinstance(exc, FileNotFoundError):
        return InvalidInputError("file-not-found", detail=echo(path))
    return InvalidInputError(
        "unreadable-file", detail=f"{echo(path)}: {exc.strerror or type(exc).__name__}"
    )


def read_file(path: str, kinds: tuple[str, ...]) -> tuple[str, str | bytes]:
    """(kind, content) of a file: ``.json`` and ``.csv`` as text (UTF-8, a BOM is dropped),
    ``.xlsx`` as bytes. ``kinds`` are the suffixes the command reads."""
    p = Path(path)
    kind = p.suffix.lower().lstrip(".")
    if kind not in kinds:
        raise InvalidInputError(
            "unknown-file-type",
            detail=f"{echo(path)}: expected {', '.join('.' + k for k in kinds)}",
        )
    raw = read_bytes(path)
    if kind == "xlsx":
        return kind, raw
    try:
        return kind, raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInputError(
            "unreadable-file", detail=f"the file is not UTF-8 text: {echo(path)}"
        ) from None
