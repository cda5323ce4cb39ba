"""Các cột của Sổ theo dõi — the register held as columns (issue 19, "Scale on real text").

A register of a million requests held as a million row objects costs about 5 KiB a row; held
as columns it costs what its data costs. Each column of :class:`tiepcan.register.book.Register`
is one of:

* :class:`Same` — every row holds the same value (a column no row fills: ``None``, ``()``);
* :class:`Days` — dates as day ordinals in an ``array('i')`` (4 bytes a row; 0: no date);
* :class:`Coded` — members of an enumeration (or ``False`` / ``True``) as 1-byte codes into
  the tuple of members (:data:`NONE_CODE`: none);
* :class:`Texts` — texts: the texts of a block of rows joined into one string, with where
  each ends (a register's text is never empty, so an empty span is ``None``);
* :class:`Objects` — anything else: a plain list, the fallback that keeps any value exact.

:func:`column_of` picks the most compact form that gives back *exactly* the values it was
given (the very objects for ``None``, ``True`` and the members of an enumeration; equal
values for dates and texts); a value no compact form holds sends the column to
:class:`Objects`. The builders (:class:`ColumnBuilder`) assemble a column a block of rows at
a time, as a file is read. Nothing here knows the law: :mod:`tiepcan.register.book` says which
field is kept in which form.

>>> from datetime import date
>>> c = column_of([date(2025, 1, 22), None, date(2025, 1, 22)], "date")
>>> type(c).__name__, c[1], list(c) == [date(2025, 1, 22), None, date(2025, 1, 22)]
('Days', None, True)
>>> t = column_of(["Nguyễn Văn A", None, "Trần Thị B"], "text")
>>> type(t).__name__, list(t)
('Texts', ['Nguyễn Văn A', None, 'Trần Thị B'])
>>> column_of([None, None], "text")
Same(value=None, size=2)
"""

from __future__ import annotations

import operator
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from itertools import accumulate, repeat
from typing import Any

__all__ = [
    "BLOCK_ROWS",
    "FAILED_CODE",
    "NONE_CODE",
    "CellCache",
    "Coded",
    "Column",
    "ColumnBuilder",
    "Days",
    "JoinedTexts",
    "Objects",
    "Same",
    "TextCells",
    "Texts",
    "column_of",
    "same_object",
]

#: rows per block of a :class:`Texts` column built from values
BLOCK_ROWS = 1 << 16


def _index(i: int, size: int) -> int:
    """``i`` as a row index (negative counts from the end); IndexError past either end."""
    if not isinstance(i, int):
        raise TypeError(f"a column is indexed by row number, not {type(i).__name__}")
    if i < 0:
        i += size
    if not 0 <= i < size:
        raise IndexError("row index out of range")
    return i


class Column:
    """A column: one value a row, read by index or in order."""

    __slots__ = ()

    def __len__(self) -> int:
        raise NotImplementedError

    def __iter__(self) -> Iterator[Any]:
        raise NotImplementedError

    def __getitem__(self, i: int) -> Any:
        raise NotImplementedError

    def nones(self) -> list[bool]:
        """Per row: True where the value is ``None``."""
        return list(map(operator.is_, self, repeat(None)))

    def equals(self, other: Column) -> bool:
        """The same values, row by row (``==``, as rows compare)."""
        return len(self) == len(other) and list(self) == list(other)


class Same(Column):
    """Every row holds the same value."""

    __slots__ = ("size", "value")

    def __init__(self, value: Any, size: int) -> None:
        self.value = value
        self.size = size

    def __repr__(self) -> str:
        return f"Same(value={self.value!r}, size={self.size})"

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[Any]:
        return repeat(self.value, self.size)

    def __getitem__(self, i: int) -> Any:
        _index(i, self.size)
        return self.value

    def nones(self) -> list[bool]:
        return [self.value is None] * self.size

    def equals(self, other: Column) -> bool:
        if isinstance(other, Same):
            return self.size == other.size and (self.size == 0 or self.value == other.value)
        return super().equals(other)


class _DayCache(dict[int, date | None]):
    """A ``date`` per ordinal, made once (0: no date)."""

    def __missing__(self, ordinal: int) -> date | None:
        day = self[ordinal] = date.fromordinal(ordinal) if ordinal else None
        return day


class Days(Column):
    """Dates as day ordinals (``date.toordinal()``), 0 where there is none."""

    __slots__ = ("ordinals",)

    def __init__(self, ordinals: array[int]) -> None:
        self.ordinals = ordinals

    def __len__(self) -> int:
        return len(self.ordinals)

    def __iter__(self) -> Iterator[date | None]:
        return map(_DayCache().__getitem__, self.ordinals)

    def __getitem__(self, i: int) -> date | None:
        o = self.ordinals[_index(i, len(self.ordinals))]
        return date.fromordinal(o) if o else None

    def nones(self) -> list[bool]:
        return list(map(operator.not_, self.ordinals))

    def equals(self, other: Column) -> bool:
        if isinstance(other, Days):
            return self.ordinals == other.ordinals
        return super().equals(other)


#: the code of ``None`` in a :class:`Coded` column (and the mark of a cell that failed)
NONE_CODE, FAILED_CODE = 255, 254


class Coded(Column):
    """Members of a closed set of values (at most 254) as 1-byte codes: ``members[code]``,
    :data:`NONE_CODE` for ``None``."""

    __slots__ = ("codes", "members")

    def __init__(self, members: tuple[Any, ...], codes: bytes | bytearray) -> None:
        self.members = members
        self.codes = codes

    def _table(self) -> tuple[Any, ...]:
        return (*self.members, *[None] * (256 - len(self.members)))

    def __len__(self) -> int:
        return len(self.codes)

    def __iter__(self) -> Iterator[Any]:
        return map(self._table().__getitem__, self.codes)

    def __getitem__(self, i: int) -> Any:
        return self._table()[self.codes[_index(i, len(self.codes))]]

    def nones(self) -> list[bool]:
        return list(map(NONE_CODE.__eq__, self.codes))

    def equals(self, other: Column) -> bool:
        if isinstance(other, Coded) and other.members == self.members:
            return self.codes == other.codes
        return super().equals(other)


class Texts(Column):
    """Texts, a block of rows at a time: the block's texts joined into one string and the
    length of each row's text (one byte a row when every text of the block is shorter than
    256 characters). A length of 0 is ``None`` (a register's text is never empty:
    :func:`column_of` keeps a column with an empty text as :class:`Objects`)."""

    __slots__ = ("_ends", "blocks", "firsts", "size")

    def __init__(self, blocks: list[tuple[str, Sequence[int]]], size: int) -> None:
        self.blocks = blocks
        self.firsts = list(accumulate((len(lengths) for _, lengths in blocks[:-1]), initial=0))
        self.size = size
        self._ends: dict[int, array[int]] = {}  # where each text of a block ends, when indexed

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[str | None]:
        for text, lengths in self.blocks:
            start = 0
            for n in lengths:
                yield text[start : start + n] if n else None
                start += n

    def __getitem__(self, i: int) -> str | None:
        i = _index(i, self.size)
        b = bisect_right(self.firsts, i) - 1
        k = i - self.firsts[b]
        text, lengths = self.blocks[b]
        if not lengths[k]:
            return None
        ends = self._ends.get(b)
        if ends is None:
            ends = self._ends[b] = array("Q", accumulate(lengths))
        return text[ends[k] - lengths[k] : ends[k]]

    def nones(self) -> list[bool]:
        out: list[bool] = []
        for _, lengths in self.blocks:
            out += map(operator.not_, lengths)
        return out


class Objects(Column):
    """Any values, as a list."""

    __slots__ = ("values",)

    def __init__(self, values: list[Any]) -> None:
        self.values = values

    def __len__(self) -> int:
        return len(self.values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.values)

    def __getitem__(self, i: int) -> Any:
        return self.values[_index(i, len(self.values))]


def same_object(values: Sequence[Any]) -> bool:
    """True if every value is the very same object (not merely equal: ``1 == True``)."""
    return not values or all(map(operator.is_, values, repeat(values[0])))


class TextCells(list[str]):
    """The texts of a block of rows (``""``: none), with their join and their lengths made
    once (the reader checks them, and the column keeps them)."""

    __slots__ = ("_joined", "_lengths")
    _joined: str | None
    _lengths: list[int] | None

    def joined(self) -> str:
        joined: str | None = getattr(self, "_joined", None)
        if joined is None:
            joined = self._joined = "".join(self)
        return joined

    def lengths(self) -> list[int]:
        lengths: list[int] | None = getattr(self, "_lengths", None)
        if lengths is None:
            lengths = self._lengths = list(map(len, self))
        return lengths

    def __setitem__(self, k: Any, value: Any) -> None:
        super().__setitem__(k, value)
        self._joined = self._lengths = None


def _text_block(cells: Sequence[str]) -> tuple[str, Sequence[int]]:
    """Texts (``""``: none) as one string and the length of each."""
    if not isinstance(cells, TextCells):
        cells = TextCells(cells)
    lengths = cells.lengths()
    if max(lengths, default=0) < 256:
        return cells.joined(), bytes(lengths)  # one byte a row
    return cells.joined(), array("I" if sum(lengths) < 2**32 else "Q", lengths)


class JoinedTexts(tuple[tuple[str, Sequence[int]], ...]):
    """The texts of a block of rows already in the form a :class:`Texts` column keeps them:
    ``(joined, lengths)`` parts of at most :data:`BLOCK_ROWS` rows each (how a process that
    read part of a file hands a text column back: a few strings, not a string a row)."""

    __slots__ = ()

    @classmethod
    def of(cls, cells: Sequence[str]) -> JoinedTexts:
        if 0 < len(cells) <= BLOCK_ROWS:  # one part: the cells' own join and lengths, if made
            return cls((_text_block(cells),))
        return cls(_text_block(cells[k : k + BLOCK_ROWS]) for k in range(0, len(cells), BLOCK_ROWS))

    def rows(self) -> int:
        return sum(len(lengths) for _, lengths in self)

    def all_empty(self) -> bool:
        return not any(any(lengths) for _, lengths in self)


def column_of(values: Sequence[Any], form: str, members: tuple[Any, ...] = ()) -> Column:
    """The most compact column that gives back exactly ``values``.

    ``form`` is how the field is meant to be kept: ``"date"``, ``"coded"`` (one of
    ``members``), ``"text"`` or ``"objects"``. A value the form cannot hold exactly (a
    ``datetime`` in a date column, a plain string in a column of enumeration members, an
    empty text) keeps the column as :class:`Objects`.
    """
    values = list(values)
    if same_object(values):
        return Same(values[0] if values else None, len(values))
    if form == "date" and all(v is None or type(v) is date for v in values):
        return Days(array("i", [0 if v is None else v.toordinal() for v in values]))
    if form == "coded":
        table = {(type(m), m): k for k, m in enumerate(members)}
        codes = [NONE_CODE if v is None else table.get((type(v), v), FAILED_CODE) for v in values]
        if FAILED_CODE not in codes:
            return Coded(members, bytes(codes))
    if form == "text" and all(v is None or (type(v) is str and v) for v in values):
        cells = ["" if v is None else v for v in values]
        blocks = [_text_block(cells[k : k + BLOCK_ROWS]) for k in range(0, len(cells), BLOCK_ROWS)]
        return Texts(blocks, len(values))
    return Objects(values)


class CellCache(dict[str, Any]):
    """The value of each distinct cell, worked out once by ``make`` (a register repeats its
    dates and labels on many rows, so a million cells are a few thousand look-ups)."""

    def __init__(self, make: Callable[[str], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, cell: str) -> Any:
        value = self[cell] = self.make(cell)
        return value


class ColumnBuilder:
    """A column assembled a block of rows at a time, in its compact form.

    Blocks come in the form's own terms: ordinals (``date``), codes (``coded``), texts with
    ``""`` for none (``text``), values (``objects``). Rows that all hold ``default`` are only
    counted until a row with another value comes, so a column no row fills costs nothing.
    """

    def __init__(self, form: str, default: Any, members: tuple[Any, ...] = ()) -> None:
        self.form = form
        self.default = default
        self.members = members
        self.leading = 0  # rows of ``default`` not yet written out
        self.parts: Any = None  # None until a row holds another value

    def native_default(self) -> Any:
        """``default`` in the form's own terms."""
        if self.form == "date":
            return 0 if self.default is None else self.default.toordinal()
        if self.form == "coded":
            return NONE_CODE if self.default is None else self.members.index(self.default)
        if self.form == "text":
            return "" if self.default is None else self.default
        return self.default

    def add_default(self, rows: int) -> None:
        """``rows`` rows that hold the default."""
        if self.parts is None:
            self.leading += rows
        else:
            self._add([self.native_default()] * rows)

    def add(self, block: Sequence[Any]) -> None:
        """A block of rows, in the form's own terms."""
        if isinstance(block, JoinedTexts):
            self._add_joined(block)
            return
        if self.parts is None:
            if block.count(self.native_default()) == len(block):
                self.leading += len(block)
                return
            self.parts = self._empty_parts()
            if self.leading:
                lead, self.leading = self.leading, 0
                self._add([self.native_default()] * lead)
        self._add(block)

    def _add_joined(self, block: JoinedTexts) -> None:
        """Texts already joined (a text column whose default is none)."""
        if self.form != "text" or self.default is not None:
            raise TypeError("joined texts are only added to a text column without a default")
        if self.parts is None:
            if block.all_empty():
                self.leading += block.rows()
                return
            self.parts = []
            if self.leading:
                lead, self.leading = self.leading, 0
                self._add([""] * lead)
        self.parts.extend(block)

    def _empty_parts(self) -> Any:
        if self.form == "date":
            return array("i")
        return bytearray() if self.form == "coded" else []

    def _add(self, block: Sequence[Any]) -> None:
        if self.form != "text":
            self.parts.extend(block)
        elif len(block) <= BLOCK_ROWS:
            self.parts.append(_text_block(block))
        else:
            for k in range(0, len(block), BLOCK_ROWS):
                self.parts.append(_text_block(block[k : k + BLOCK_ROWS]))

    def finish(self) -> Column:
        """The column (:class:`Same` if no row holds anything but the default)."""
        if self.parts is None:
            return Same(self.default, self.leading)
        if self.form == "date":
            return Days(self.parts)
        if self.form == "coded":
            return Coded(self.members, self.parts)
        if self.form == "text":
            return Texts(self.parts, sum(len(lengths) for _, lengths in self.parts))
        return Objects(self.parts)
