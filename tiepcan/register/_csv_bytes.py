"""The bytes of a CSV register as a file holds them, decoded a piece of whole lines at a time.

The register the agency keeps (Decree 13/2018/NĐ-CP art. 10(1)) is usually a spreadsheet, and
a CSV file saved by Excel on a Vietnamese Windows machine is Windows-1258 or UTF-16 ("Unicode
Text"), or UTF-8 with or without a byte-order mark. :class:`CsvBytes` gives its text by the
rules of decoding the whole file with Python's codec, without ever holding the whole text:

* the encoding given; else the byte-order mark's (UTF-8, UTF-16 LE or BE); else UTF-8;
* Windows-1258 writes a tone mark as a separate combining character: the text is composed
  (NFC), so "Hà Nội" reads the same whatever machine saved it (composition never crosses a
  line feed, so composing a piece of whole lines composes each line);
* a byte that is not text in the encoding is refused with the code ``unreadable-encoding``,
  naming its place counted from the first byte of the file (the byte-order mark included)
  and what reads the file.

In UTF-8 and the Windows single-byte code pages (:data:`CUT_SAFE`) a line feed, a carriage
return, a quote and a NUL are always those characters and nothing else holds their bytes, so
the file is cut on its bytes (:meth:`CsvBytes.raw_pieces`) and each piece decoded whole, by
whichever process reads it (:meth:`PieceDecoding.decode`; a worker composes Windows-1258 text
a column at a time, which gives the same cells: ``tiepcan.register._csv_text._composed``).
UTF-16 and UTF-32 are decoded as a stream.
"""

from __future__ import annotations

import codecs
import os
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from tiepcan.foundation._model import echo
from tiepcan.foundation.errors import InvalidInputError

__all__ = ["CUT_SAFE", "CsvBytes", "PieceDecoding", "RawPiece", "Wording", "read_from"]

#: the byte-order marks that name a file's encoding when none is given
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: codec -> (its byte-order marks and the codec each announces)
_MARKED = {
    "utf-8-sig": ((codecs.BOM_UTF8, "utf-8"),),
    "utf-16": ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")),
    "utf-32": ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")),
}

#: codecs (Python's names) whose bytes can be cut at a line feed and checked for a quote, a
#: carriage return or a NUL without decoding: each of those bytes is that character alone
CUT_SAFE = frozenset({"utf-8", "cp1258", "cp1252", "iso8859-1", "ascii"})


@dataclass(frozen=True, slots=True)
class Wording:
    """How a refusal names the file and what reads it (the command line and the library say
    it in their own terms)."""

    subject: str  # the file: its path, or "the CSV data"
    hint: str  # what reads a file in another encoding
    option: str  # how an encoding is given: "--encoding " or "encoding="


#: the library's wording (``Register.from_csv`` given bytes)
LIBRARY = Wording(
    "the CSV data",
    "pass encoding='cp1258' (Windows, tiếng Việt) or encoding='utf-16'",
    "encoding=",
)


@dataclass(frozen=True, slots=True)
class PieceDecoding:
    """How a piece of the file's bytes becomes text (sent to the processes that read pieces)."""

    codec: str  # Python's name of the codec the bytes are decoded with
    label: str | None  # the encoding as given or named by a byte-order mark (None: neither)
    wording: Wording

    @property
    def composes(self) -> bool:
        """Windows-1258 writes a tone mark apart: its text is composed (NFC)."""
        return self.codec == "cp1258"

    def decode(self, raw: bytes, at: int, *, compose: bool = True) -> str:
        """The text of ``raw``, whole lines that start at byte ``at`` of the file (with
        ``compose=False``, not composed yet: the reader composes its cells)."""
        try:
            text = raw.decode(self.codec)
        except UnicodeDecodeError as exc:
            raise self.refusal(at + exc.start) from None
        return self.composed(text) if compose else text

    def composed(self, text: str) -> str:
        return unicodedata.normalize("NFC", text) if self.composes else text

    def refusal(self, at: int) -> InvalidInputError:
        w = self.wording
        what = f"{self.label} text" if self.label else "UTF-8 text"
        return InvalidInputError(
            "unreadable-encoding", detail=f"{w.subject} is not {what} (byte {at}); {w.hint}"
        )


@dataclass(frozen=True, slots=True)
class RawPiece:
    """Whole lines of the file's bytes (the last piece may end without a line feed)."""

    data: bytes
    at: int  # the place of its first byte, counted from the file's first byte


class CsvBytes:
    """A CSV file's text, a piece of whole lines at a time, by the rules of the module.

    :meth:`read` gives text pieces (the text-stream protocol ``Register.from_csv`` reads);
    where the codec is :data:`CUT_SAFE`, :meth:`raw_pieces` gives the rest of the file as
    bytes instead, to be decoded where they are read. Both draw from the same place: a piece
    is given once. Read this way, an undecodable byte is found when its piece is read, so a
    file that also breaks the CSV format before that byte is refused for the format first.
    """

    _BYTES = 1 << 20  # bytes read at a time

    def __init__(
        self, handle: BinaryIO, encoding: str | None = None, wording: Wording = LIBRARY
    ) -> None:
        self.handle = handle
        self.origin = _file_place(handle)  # where the file's first byte is, for os.pread
        start = _read(handle, 4)
        if encoding is not None:
            codec, named = _codec(encoding, wording), True
        else:
            found = [codec for bom, codec in BOMS if start.startswith(bom)]
            codec, named = (found[0], True) if found else ("utf-8", False)
        decoding, self.fed = _decoding(codec, start)  # fed: bytes of the file taken so far
        self.decoding = PieceDecoding(decoding, codec if named else None, wording)
        self.cut_safe = decoding in CUT_SAFE
        self.bytes = start[self.fed :]  # read, not yet handed out
        self.first, self.done = True, False
        self.peeked: str | None = None
        if not self.cut_safe:
            self.decoder = codecs.getincrementaldecoder(decoding)("strict")
            self.carry = ""
            self.waiting = self._decode(self.bytes, final=False)

    def peek(self) -> str:
        """The first piece (to choose a delimiter by), handed out again by the next read."""
        if self.peeked is None:
            self.peeked = self.read()
        return self.peeked

    def read(self, size: int = -1) -> str:
        """The next piece of whole lines; ``""`` at the end. ``size`` is a hint: a piece
        ends at a line feed."""
        if self.peeked is not None:
            piece, self.peeked = self.peeked, None
            return piece
        if self.cut_safe:
            raw = self._next_raw()
            return "" if raw is None else self._finish(self.decoding.decode(raw.data, raw.at))
        return self._read_stream()

    def raw_pieces(self) -> Iterator[RawPiece]:
        """The rest of the file as pieces of whole lines of bytes (:data:`CUT_SAFE` codecs)."""
        if not self.cut_safe or self.peeked is not None or self.first:
            raise ValueError("raw pieces follow the first text piece, in a cut-safe codec")
        while (raw := self._next_raw()) is not None:
            yield raw

    def where(self, raw: RawPiece) -> tuple[int, int, int] | None:
        """(file descriptor, offset, length) from which another process forked from this one
        reads ``raw`` again (:func:`read_again`), or ``None`` (not a file on disk)."""
        if self.origin is None:
            return None
        return self.origin[0], self.origin[1] + raw.at, len(raw.data)

    def _next_raw(self) -> RawPiece | None:
        while not self.done:
            chunk = _read(self.handle, self._BYTES)
            self.done = not chunk
            data = self.bytes + chunk if self.bytes else chunk
            cut = len(data) if self.done else data.rfind(b"\n") + 1
            self.bytes = data[cut:]
            if cut:
                at = self.fed
                self.fed += cut
                return RawPiece(data if cut == len(data) else data[:cut], at)
        return None

    def _read_stream(self) -> str:
        while not self.done:
            raw = _read(self.handle, self._BYTES)
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
            raise self.decoding.refusal(self.fed - held + exc.start) from None
        self.fed += len(raw)
        return text

    def _finish(self, piece: str) -> str:
        if self.first:
            piece, self.first = piece.removeprefix("\ufeff"), False
        return piece if self.cut_safe else self.decoding.composed(piece)


def read_again(where: tuple[int, int, int]) -> bytes:
    """The bytes at (file descriptor, offset, length), read without moving the file's
    position (in a process forked from the one that opened the file)."""
    fd, offset, length = where
    parts: list[bytes] = []
    while length:
        part = os.pread(fd, length, offset)
        if not part:
            raise InvalidInputError("invalid-csv", detail="the file changed while it was read")
        parts.append(part)
        offset, length = offset + len(part), length - len(part)
    return b"".join(parts)


def _file_place(handle: Any) -> tuple[int, int] | None:
    """(file descriptor, position) of a file on disk opened for reading, else ``None``."""
    if not hasattr(os, "pread"):
        return None
    try:
        fd = handle.fileno()
        place = handle.tell()
        os.pread(fd, 0, place)
    except (AttributeError, OSError, ValueError, TypeError):
        return None
    if not isinstance(fd, int) or not isinstance(place, int):
        return None
    return fd, place


def read_from(read: Any, *size: int) -> Any:
    """What a stream's ``read`` (or ``readline``) gives, or a coded error: a text stream that
    cannot decode its file (``unreadable-encoding``), a stream that cannot be read — closed,
    or failing (``unreadable-file``)."""
    try:
        return read(*size)
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            "unreadable-encoding",
            detail=f"the text stream cannot decode its file as {exc.encoding} ({exc.reason}); "
            "open the file as bytes ('rb') and give encoding=, or none for UTF-8",
        ) from None
    except (OSError, ValueError) as exc:
        raise InvalidInputError(
            "unreadable-file", detail=f"the stream cannot be read: {echo(str(exc))}"
        ) from None


def _read(handle: Any, size: int) -> bytes:
    chunk = read_from(handle.read, size)
    if not isinstance(chunk, bytes | bytearray):
        raise InvalidInputError(
            "invalid-csv", detail=f"expected bytes from the binary file, got {type(chunk).__name__}"
        )
    return bytes(chunk)


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


def _codec(encoding: object, wording: Wording) -> str:
    try:
        if not isinstance(encoding, str):
            raise LookupError
        return codecs.lookup(encoding).name
    except LookupError:
        raise InvalidInputError(
            "unreadable-encoding", detail=f"no such encoding: {wording.option}{echo(encoding)}"
        ) from None
