"""Thông điệp — the one way tiepcan keeps the texts of its explanations and notices.

The sentences a result explains itself with (a decision's findings, a deadline's trace, a
notice's lines) are not written inside the rule logic. Each engine keeps them in a message
table under :mod:`tiepcan.texts`, one module per engine, as the errors keep theirs in
:data:`tiepcan.foundation.errors.ERROR_CODES`: a key, the Vietnamese text, the English text,
and the provisions of law the text states. An auditor or translator reads every sentence of
an engine in one file; ``tests/foundation/test_texts.py`` checks each against the article it
names (the provision exists in the bundled statute text; words quoted from the law are the
law's words).

A text may hold named fields in braces (``"Nhận yêu cầu ngày {received}"``), filled by
:func:`say`. A field given as a :class:`~tiepcan.foundation._model.Text` fills the Vietnamese
text with its ``vi`` and the English text with its ``en``; any other value fills both with
``str()``. A text may also read a field's attribute, each language its own
(``"{day.weekday_vi}"`` and ``"{day.weekday_en}"``: the same field ``day``).

>>> TABLE = {"received": Message("Nhận yêu cầu ngày {day}", "request received on {day}")}
>>> say(TABLE, "received", day="2024-02-07").en
'request received on 2024-02-07'
>>> say(TABLE, "received", day=Text("hôm nay", "today")).vi
'Nhận yêu cầu ngày hôm nay'
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import NamedTuple

from tiepcan.foundation._model import Text

__all__ = ["Message", "lazy_table", "say"]


class Message(NamedTuple):
    """One explanation or notice text, in Vietnamese and in English.

    ``states`` names the provisions of law the text states, each either a citation in the
    data files' encoding (``"104/2016/QH13 art. 28(1)(c)"``) or a key of the rulesets'
    ``rules.toml`` (``"refusal_ground.c"``), so the same text is checked under every law that
    has the key. A text that states no rule (a date, a count) names none.

    An immutable record (a named tuple: the tables are read on the start path of every
    engine, and a named tuple costs a fraction of a dataclass to define).
    """

    vi: str
    en: str
    states: tuple[str, ...] = ()


def say(table: Mapping[str, Message], key: str, /, **fields: object) -> Text:
    """The text ``key`` of ``table`` in both languages, its named fields filled."""
    message = table[key]
    if not fields:
        return Text(message.vi, message.en)
    vi, en = fields, fields
    if any(isinstance(v, Text) for v in fields.values()):
        vi = {k: v.vi if isinstance(v, Text) else v for k, v in fields.items()}
        en = {k: v.en if isinstance(v, Text) else v for k, v in fields.items()}
    return Text(message.vi.format_map(vi), message.en.format_map(en))


class _LazyTable(Mapping[str, Message]):
    """A message table read from its module the first time a text of it is said."""

    __slots__ = ("_module", "_table")

    def __init__(self, module: str) -> None:
        self._module = module
        self._table: Mapping[str, Message] | None = None

    def _texts(self) -> Mapping[str, Message]:
        if self._table is None:
            from importlib import import_module

            self._table = import_module(self._module).TEXTS
        return self._table

    def __getitem__(self, key: str) -> Message:
        table = self._table  # read once loaded: this is on the path of every text said
        return (table if table is not None else self._texts())[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts())

    def __len__(self) -> int:
        return len(self._texts())


def lazy_table(module: str) -> Mapping[str, Message]:
    """The table ``TEXTS`` of ``module`` (``"tiepcan.texts.deadlines"``), imported when first
    used: for an engine on the start path of a fresh process (a deadline computed without its
    explanation says no text, so it need not load its sentences)."""
    return _LazyTable(module)
