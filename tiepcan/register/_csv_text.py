"""The CSV text of a register, a block of records at a time (the electronic register of
Decree 13/2018/NĐ-CP art. 10(1), as a spreadsheet saves it).

:meth:`tiepcan.register.book.Register.from_csv` reads a register from CSV text or a text stream
without holding the text or a row object per row: :class:`CsvRecords` cuts the text into
pieces of whole lines (:data:`_PIECE` characters), splits a piece with no quote at once into
its columns (:func:`_aligned`), and hands every later piece to the csv module once a quote
appears (a quoted cell may run over lines). With ``workers`` > 1 the plain pieces after the
first are read in other processes (:meth:`CsvRecords._plain_in_processes`) and kept in file
order; when the text comes from a file's bytes in UTF-8 or a Windows code page
(:class:`tiepcan.register._csv_bytes.CsvBytes`), those pieces are cut and checked on the bytes
and each process decodes its own (:func:`_read_raw_part`), reading them again from the
file itself where it can. Nothing here knows the law or the register's fields: the reading
that receives the blocks (:class:`Reading`, :class:`tiepcan.register.book._Reading`) does.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import sys
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol

from tiepcan.foundation._model import echo
from tiepcan.foundation._sheets import csv_text
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.register._csv_bytes import CsvBytes, PieceDecoding, RawPiece, read_again, read_from

__all__ = ["BLOCK_RECORDS", "CsvRecords", "Reading", "check_delimiter", "not_text"]


class Reading(Protocol):
    """What receives the records: a register being read (:class:`tiepcan.register.book._Reading`)."""

    by_column: list[tuple[str, str] | None]
    header_problems: list[str]

    @property
    def width(self) -> int: ...

    def add_rows(self, numbers: Sequence[int], rows: Sequence[Sequence[str]]) -> None: ...

    def add_block(self, numbers: Sequence[int], columns: list[list[Any]]) -> None: ...

    def longest_cell(self) -> int: ...

    def keep(self, read: Any) -> None: ...

    def for_part(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        """How a worker process makes its own reading: (a class, its arguments)."""
        ...


#: a carriage return not before a line feed (it ends a record, as the csv module reads it)
_LONE_CR = re.compile(rb"\r(?!\n)")
_LONE_CR_TEXT = re.compile("\r(?!\n)")

#: characters of CSV text taken at a time (about 3,500 rows of a register)
_PIECE = 1 << 20
#: records read by the csv module before they are handed on as a block
BLOCK_RECORDS = 8192


def _pieces(source: Any) -> Iterator[str]:
    """The text of ``source`` (a ``str`` or a text stream) in pieces of about ``_PIECE``
    characters, each ending with a line feed (the last may not); the byte-order mark that
    may open the text is taken off."""
    if isinstance(source, CsvBytes):  # pieces of whole lines already
        first = True
        while piece := source.read():
            yield piece.removeprefix("\ufeff") if first else piece
            first = False
        return
    if isinstance(source, str):
        pos, n = (1 if source.startswith("\ufeff") else 0), len(source)
        while pos < n:
            end = source.find("\n", pos + _PIECE)
            end = n if end < 0 else end + 1
            yield source[pos:end]
            pos = end
        return
    readline = getattr(source, "readline", None)
    carry, first = "", True
    while True:
        chunk = _text_read(source.read, _PIECE)
        if not chunk:  # the end of the stream
            if carry:
                yield carry
            return
        if first:
            chunk, first = chunk.removeprefix("\ufeff"), False
        if not chunk.endswith("\n") and callable(readline):
            chunk += _text_read(readline)  # the rest of the line (the stream finds its end)
        text = carry + chunk if carry else chunk
        cut = text.rfind("\n") + 1
        carry = text[cut:]
        if cut:
            yield text if cut == len(text) else text[:cut]


def _text_read(read: Any, *size: int) -> str:
    """What a text stream's ``read`` or ``readline`` gives: text, or a coded error."""
    chunk = read_from(read, *size)
    if not isinstance(chunk, str):
        raise not_text(chunk)
    return chunk


def not_text(value: object) -> InvalidInputError:
    return InvalidInputError(
        "invalid-csv",
        detail="expected CSV text or bytes, or a file opened to read them, "
        f"got {type(value).__name__}",
    )


def _lines(pieces: Iterable[str]) -> Iterator[str]:
    """The lines of the pieces, as ``io.StringIO(text, newline="")`` gives them."""
    for piece in pieces:
        yield from io.StringIO(piece, newline="")


class CsvRecords:
    """The records of a CSV text as the csv module reads them (strict), a block at a time.

    A block of lines with no quote (``"``), no NUL and no carriage return but before a line
    feed holds one record a line, each cell between two delimiters: it is split on the
    delimiter at once and each column taken as a slice of its cells. The first block with a
    quote, and every block after it, is read by the csv module itself, as a quoted cell may
    run over lines. The records are numbered from 1 (the header), as the errors name them.
    """

    def __init__(self, source: Any, delimiter: str) -> None:
        self.source = source
        self.delimiter = delimiter
        self.limit = csv.field_size_limit()
        self.pieces = _pieces(source)
        self.count = 0  # records read so far
        self.csv_rows: Iterator[tuple[list[int], list[list[str]]]] | None = None
        self.rest = ""

    def header(self) -> list[str] | None:
        """The first record (``None``: the text is empty)."""
        for piece in self.pieces:
            end = piece.find("\n") + 1 or len(piece)
            plain = self._plain(piece[:end])
            if plain is None:
                self.csv_rows = self._csv_blocks(itertools.chain([piece], self.pieces))
                first = next(self.csv_rows, None)
                if first is None:
                    return None
                numbers, rows = first
                self.csv_rows = itertools.chain([(numbers[1:], rows[1:])], self.csv_rows)
                return rows[0]
            self.count, self.rest = 1, piece[end:]
            cells = plain[:-1].split(self.delimiter) if plain != "\n" else []
            self._check_limit(1, cells)
            return [csv_text(c) for c in cells]
        return None

    def read_into(self, reading: Reading, workers: int = 1) -> None:
        """Every record after the header, handed to ``reading`` a block at a time (with
        ``workers`` > 1, the plain blocks after the first are read in that many processes)."""
        if self.csv_rows is None:
            pieces: Iterator[str] = itertools.chain([self.rest], self.pieces)
            if workers > 1:
                pieces = self._plain_in_processes(pieces, reading, workers)
            for piece in pieces:
                plain = self._plain(piece) if piece else ""
                if plain is None:
                    self.csv_rows = self._csv_blocks(itertools.chain([piece], pieces))
                    break
                if plain:
                    self._add_plain(plain, reading)
        for numbers, rows in self.csv_rows or ():
            reading.add_rows(numbers, rows)

    def _plain_in_processes(
        self, pieces: Iterator[str], reading: Reading, workers: int
    ) -> Iterator[str]:
        """The plain pieces read in ``workers`` other processes and kept in file order, the
        first one here (a text of one piece starts no process); the rest of the text, from
        the first piece the csv module must read, is given back unread.

        Each process reads a piece exactly as :meth:`_add_plain` reads it here, with the
        piece's first record number, so rows, values and problems are the same; its own
        caches validate each distinct cell once. A piece's error reaches the caller when the
        pieces before it have been kept, as it would have without processes.
        """
        pool: Any = None
        pending: deque[Any] = deque()
        rest: Iterator[str] = iter(())
        first = True
        try:
            for part in self._parts(pieces):
                if isinstance(part, RawPiece) and not first and self._plain_bytes(part.data):
                    pool = pool or _part_pool(reading, self.delimiter, self.limit, workers)
                    pending.append(self._submit_raw(pool, part))
                    while len(pending) > 2 * workers:
                        _keep_part(pending.popleft().result(), reading)
                    continue
                if isinstance(part, RawPiece):  # decoded here, after the pieces before it
                    while pending:
                        _keep_part(pending.popleft().result(), reading)
                    part = self.source.decoding.decode(part.data, part.at)
                plain = self._plain(part) if part else ""
                if plain is None:
                    rest = itertools.chain([part], pieces)
                    break
                if not plain:
                    continue
                if first:
                    self._add_plain(plain, reading)  # the first piece, here
                    first = False
                    continue
                pool = pool or _part_pool(reading, self.delimiter, self.limit, workers)
                pending.append(pool.submit(_read_part, plain, self.count))
                self.count += plain.count("\n")
                while len(pending) > 2 * workers:
                    _keep_part(pending.popleft().result(), reading)
            while pending:
                _keep_part(pending.popleft().result(), reading)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        return rest

    def _parts(self, pieces: Iterator[str]) -> Iterator[str | RawPiece]:
        """The pieces to read: text, or, after the first, the file's bytes where they can be
        cut without decoding (:attr:`CsvBytes.cut_safe`); both draw from the same file."""
        source = self.source
        if not (isinstance(source, CsvBytes) and source.cut_safe):
            yield from pieces
            return
        yield next(pieces, "")  # what follows the header in its piece
        yield from source.raw_pieces()

    def _plain_bytes(self, data: bytes) -> bool:
        """:meth:`_plain` on bytes that decode to a text with the same quotes, NULs, carriage
        returns and line feeds (a :attr:`CsvBytes.cut_safe` codec): True if not ``None``."""
        if b'"' in data or b"\x00" in data or self.delimiter == "\x00":
            return False
        return b"\r" not in data or _LONE_CR.search(data) is None

    def _submit_raw(self, pool: Any, part: RawPiece) -> Any:
        """A plain piece of bytes sent to be decoded and read in a worker process, which reads
        it again from the file where it can (forked, from a file on disk)."""
        source = self.source
        lines = part.data.count(b"\n") + (not part.data.endswith(b"\n"))
        where = source.where(part) if _forks() else None
        sent = part.data if where is None else where
        future = pool.submit(_read_raw_part, source.decoding, sent, part.at, self.count, lines)
        self.count += lines
        return future

    def _plain(self, piece: str) -> str | None:
        """The piece ready to split on the delimiter (CRLF as LF, ending with a line feed),
        or ``None`` when the csv module must read it."""
        if '"' in piece or "\x00" in piece or self.delimiter == "\x00":
            return None
        if "\r" in piece:
            if _LONE_CR_TEXT.search(piece):
                return None  # a lone CR ends a record, as the csv module reads it
            piece = piece.replace("\r\n", "\n")
        return piece if piece.endswith("\n") else piece + "\n"

    def _add_plain(
        self, piece: str, reading: Reading, compose: bool = False, eol: str = "\n"
    ) -> None:
        """A plain block: one record a line, split on the delimiter (``compose``: text of
        Windows-1258 not yet composed, composed here a column at a time; ``eol`` "\\r\\n":
        its lines end with CRLF, and it has no other carriage return)."""
        d, width = self.delimiter, reading.width
        lines = piece.count("\n")
        numbers = range(self.count + 1, self.count + 1 + lines)
        self.count += lines
        columns = _aligned(piece, d, width, lines, eol)
        if columns is not None and compose:
            columns = [_composed(col) for col in columns]
        if columns is None:  # not every line has the header's cells: line by line
            if eol != "\n":
                piece = piece.replace("\r", "")
            if compose:
                piece = unicodedata.normalize("NFC", piece)
            rows = [line.split(d) if line else [] for line in piece[:-1].split("\n")]
            for n, cells in zip(numbers, rows, strict=True):
                self._check_limit(n, cells)
            reading.add_rows(numbers, [_unmarked(cells) for cells in rows])
            return
        if reading.header_problems:  # nothing is read, but the csv module's limit holds
            self._check_block_limit(numbers, columns)
            return
        if "'" in piece and (piece.startswith("'") or f"{d}'" in piece or "\n'" in piece):
            columns = [self._unmarked_column(numbers, columns, col) for col in columns]
        for j, heading in enumerate(reading.by_column):
            col = columns[j]
            unread = heading is None or heading[1] == "computed"  # not read, still a CSV cell
            if unread and col.count("") != len(col) and max(map(len, col)) > self.limit:
                self._check_block_limit(numbers, columns)
        reading.add_block(numbers, columns)
        if reading.longest_cell() > self.limit:
            self._check_block_limit(numbers, columns)

    def _unmarked_column(
        self, numbers: Sequence[int], columns: list[list[str]], col: list[str]
    ) -> list[str]:
        """A column with the writer's apostrophes taken off (the size limit is the csv
        module's: on the cell as written, apostrophe included)."""
        out = _unmarked(col)
        if out is not col and max(map(len, col)) > self.limit:
            self._check_block_limit(numbers, columns)
        return out

    def _check_limit(self, n: int, cells: Sequence[str]) -> None:
        if cells and max(map(len, cells)) > self.limit:
            raise InvalidInputError(
                "invalid-csv", detail=f"row {n}: field larger than field limit ({self.limit})"
            )

    def _check_block_limit(self, numbers: Sequence[int], columns: list[list[str]]) -> None:
        """The csv module's error for the first record with a cell over its size limit."""
        for k, n in enumerate(numbers):
            self._check_limit(n, [col[k] for col in columns])

    def _csv_blocks(self, pieces: Iterable[str]) -> Iterator[tuple[list[int], list[list[str]]]]:
        """The records of the rest of the text as the csv module reads them."""
        reader = csv.reader(_lines(pieces), delimiter=self.delimiter, strict=True)
        numbers: list[int] = []
        rows: list[list[str]] = []
        try:
            for cells in reader:
                self.count += 1
                numbers.append(self.count)
                rows.append([csv_text(c) for c in cells])
                if len(rows) == BLOCK_RECORDS:
                    yield numbers, rows
                    numbers, rows = [], []
        except csv.Error as exc:
            raise InvalidInputError("invalid-csv", detail=f"row {self.count + 1}: {exc}") from None
        if rows:
            yield numbers, rows


# --------------------------------------------------------------------------------------
# Plain pieces read in other processes (Register.from_csv(..., workers=N)).


#: in a worker process: its records reader and its reading, made once by _start_part
_PART: tuple[CsvRecords, Any] | None = None


def _start_part(
    make: Callable[..., Any], args: tuple[Any, ...], delimiter: str, limit: int
) -> None:
    global _PART
    records = CsvRecords("", delimiter)
    records.limit = limit
    _PART = (records, make(*args))


def _read_part(piece: str, count: int, compose: bool = False, eol: str = "\n") -> list[Any]:
    """A plain piece whose first record is the file's record ``count + 1``, read."""
    assert _PART is not None
    records, reading = _PART
    records.count, reading.kept = count, []
    records._add_plain(piece, reading, compose, eol)
    kept: list[Any] = reading.kept
    return kept


def _read_raw_part(
    decoding: PieceDecoding, sent: bytes | tuple[int, int, int], at: int, count: int, lines: int
) -> list[Any]:
    """A plain piece of the file's bytes (or where to read them), starting at byte ``at`` and
    at the file's record ``count + 1``, decoded and read as :meth:`CsvRecords._plain` would
    give it (the caller checked the bytes: no quote, no NUL, every carriage return before a
    line feed). A piece that no longer reads as the caller cut it — another length, a quote,
    another number of lines: the file changed meanwhile — is refused."""
    assert _PART is not None
    data = sent if isinstance(sent, bytes) else read_again(sent)
    if b'"' in data or b"\x00" in data:
        raise _changed()
    text = decoding.decode(data, at, compose=False)  # an error names the file's byte
    eol = "\r\n" if b"\r" in data else "\n"  # every carriage return is before a line feed
    text = text if text.endswith("\n") else text + eol
    read = _read_part(text, count, decoding.composes, eol)
    if _PART[0].count - count != lines:
        raise _changed()
    return read


def _changed() -> InvalidInputError:
    return InvalidInputError("invalid-csv", detail="the file changed while it was read")


def _keep_part(blocks: list[Any], reading: Reading) -> None:
    for read in blocks:
        reading.keep(read)


def _forks() -> bool:
    """Worker processes are forked (and share the caller's open files) on Linux; elsewhere
    they are started anew."""
    return sys.platform.startswith("linux")


def _part_pool(reading: Reading, delimiter: str, limit: int, workers: int) -> Any:
    """``workers`` processes ready to read plain pieces: forked on Linux (they start at once
    and the pool starts them all before its own thread); elsewhere started the system's way,
    which imports the caller's main module again (macOS and Windows do not fork safely)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if _forks() else None
    return ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context(method),
        initializer=_start_part,
        initargs=(*reading.for_part(), delimiter, limit),
    )


def _aligned(piece: str, d: str, width: int, lines: int, eol: str = "\n") -> list[list[str]] | None:
    """The piece's columns, if every line has ``width`` cells and ends with ``eol`` (a line
    feed, or CRLF) (else ``None``).

    Each line end becomes a delimiter and a NUL (which a plain piece does not hold), so the
    whole piece splits at once; the lines are aligned exactly when every NUL opens a cell of
    the first column, and the NULs are taken off that column. The empty cells that end every
    line (the columns a register leaves empty) are not split at all: each such column is
    one list of empty cells.
    """
    if width == 0:
        return None
    first_line = piece[: piece.find(eol)]
    blank = min(len(first_line) - len(first_line.rstrip(d)), width - 1)
    if not blank or piece.count(d * blank + eol) != lines:  # not every line ends so
        blank = 0
    kept = width - blank
    cells = piece.replace(d * blank + eol, d + "\x00").split(d)
    cells.pop()  # what follows the last line feed: the NUL alone
    if len(cells) != lines * kept:
        return None
    columns = [cells[j::kept] for j in range(kept)]
    first = "".join(columns[0]).split("\x00")
    if len(first) != lines:
        return None
    columns[0] = first
    empty = [""] * lines
    return columns + [empty] * blank


def _composed(cells: list[str]) -> list[str]:
    """A column's cells composed (NFC), exactly as composing the whole text composes them: a
    delimiter and a line feed compose with nothing, so no composition crosses a cell. Cells
    that repeat (days, labels) are composed once each; a column of distinct cells (names,
    the information asked for) is composed at once, its cells joined by line feeds."""
    distinct = set(cells)
    if len(distinct) * 8 < len(cells):
        table = {c: unicodedata.normalize("NFC", c) for c in distinct if not c.isascii()}
        return [table.get(c, c) for c in cells] if table else cells
    joined = "\n".join(cells)
    if joined.isascii():
        return cells
    return unicodedata.normalize("NFC", joined).split("\n")


def _unmarked(cells: list[str]) -> list[str]:
    """Cells as the register holds them: the writer's leading apostrophe taken off."""
    if not any(c.startswith("'") for c in cells):
        return cells
    return [csv_text(c) for c in cells]


def check_delimiter(delimiter: object) -> str:
    if (
        not isinstance(delimiter, str)
        or len(delimiter) != 1
        or delimiter in "\"'\r\n"
        or delimiter.isalnum()
    ):
        raise InvalidInputError(
            "invalid-csv",
            detail=f"the delimiter is one character, not a letter, digit, quote or line break: "
            f"delimiter={echo(delimiter)}",
        )
    return delimiter
