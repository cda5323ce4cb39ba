"""Shared building blocks: results, bilingual text, labelled enums. Imports no pydantic.

The lowest module of the package but :mod:`tiepcan.foundation.errors`: it imports nothing else of tiepcan
at load time. Pydantic and :mod:`tiepcan.foundation._schema` (which imports pydantic) are imported inside
the functions that need them, so computing a deadline never loads pydantic.

* :class:`Result` is the base of every result tiepcan returns (``Deadline``, ``FeeQuote``,
  ``Decision`` …): subclasses are frozen, slotted stdlib dataclasses, so a register can hold a
  million of them. Each keeps ``to_json()``, ``from_json()`` (validated strictly, then checked
  for consistency), ``to_dict()``, ``from_dict()`` and ``json_schema()``; pydantic is imported
  only when one of those is called (:mod:`tiepcan.foundation._schema`).
* :class:`Text` is the one bilingual text type: ``vi``, ``en`` and ``.in_(lang)``.
* :class:`BilingualStrEnum` is the one base for enums: a ``StrEnum`` (a function that takes
  a member also takes its string value) whose members carry a Vietnamese and an English
  label and, where declared, further data (``__data_fields__``).

>>> class Colour(BilingualStrEnum):
...     RED = ("red", "Đỏ", "red")
>>> Colour("red") is Colour.RED, Colour.RED.label_vi, Colour.RED.label("en")
(True, 'Đỏ', 'red')
>>> Text("Ngày", "day").in_("en")
'day'
"""

from __future__ import annotations

import json
import re
import reprlib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, is_dataclass
from datetime import date, datetime, time
from enum import Enum, StrEnum
from typing import Annotated, Any, ClassVar, Literal, Self

from tiepcan.foundation.errors import InvalidInputError

__all__ = [
    "DAY_MAX",
    "DAY_MIN",
    "BilingualStrEnum",
    "JsonEnum",
    "JsonPattern",
    "Lang",
    "Minimum",
    "NonBlank",
    "Result",
    "Text",
    "as_day",
    "check_indent",
    "check_lang",
    "day_out_of_range",
    "echo",
    "is_blank",
    "jsonable",
]

Lang = Literal["vi", "en"]

#: how much of a bad input an error message echoes back (nested or huge input stays short)
_ECHO = reprlib.Repr()
_ECHO.maxstring = 60
_ECHO.maxother = 60
_ECHO.maxlevel = 2
_ECHO.maxdict = _ECHO.maxlist = _ECHO.maxtuple = _ECHO.maxset = 6


def echo(value: object) -> str:
    """A short, safe ``repr`` of a value for an error message (never recurses deeply)."""
    try:
        return _ECHO.repr(value)
    except Exception:  # a broken __repr__ in the caller's object
        return f"<{type(value).__name__}>"


#: the days tiepcan accepts anywhere: wider than any law it encodes (a register may hold old
#: requests); a day outside is junk (0001-01-01, 9999-12-31), refused where input is read
DAY_MIN, DAY_MAX = date(1900, 1, 1), date(2100, 12, 31)


def day_out_of_range(value: object) -> str | None:
    """Why ``value`` (a date or datetime) is not a day tiepcan accepts (``None``: it is)."""
    if not isinstance(value, date):
        return None
    day = value.date() if isinstance(value, datetime) else value
    if DAY_MIN <= day <= DAY_MAX:
        return None
    return f"{value.isoformat()} is outside {DAY_MIN.isoformat()} to {DAY_MAX.isoformat()}"


#: a day written as text: exactly YYYY-MM-DD, ASCII digits (no week dates, no time, no "20240207")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def as_day(value: object, field: str, *, governing: bool = False) -> date:
    """The one reader of a date-only field: the day ``value`` stands for.

    A ``date`` is taken as it is (an instance of a subclass as the plain date). A ``datetime``
    is refused: a moment is not a day, and taking its date would hide the time zone it was
    written in. Two kinds of field:

    * a day the input states (``governing=False``, the default): the text ``YYYY-MM-DD`` is
      read too, and the day must lie in :data:`DAY_MIN`–:data:`DAY_MAX`
      (:func:`day_out_of_range`: anything else is junk, not a date);
    * the day that chooses the law (``governing=True``: a request's day received, the day a
      check speaks of): a ``date`` only, and any day, since whether a law governs it is the
      regimes' answer (:class:`~tiepcan.foundation.errors.RegimeNotEncodedError` before 2018-07-01).

    Anything else raises ``InvalidInputError`` (``invalid-date``) naming ``field`` and the value.

    >>> as_day("2024-02-07", "issued_on"), as_day(date(1, 1, 1), "on", governing=True)
    (datetime.date(2024, 2, 7), datetime.date(1, 1, 1))
    """
    if type(value) is date:
        day = value
    elif isinstance(value, date) and not isinstance(value, datetime):
        day = date(value.year, value.month, value.day)
    elif not governing and isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise InvalidInputError(
                "invalid-date", detail=f"not a valid date: {field}={echo(value)}"
            ) from None
    elif governing:
        raise InvalidInputError(
            "invalid-date",
            detail=f"not a date (a datetime.date, without time of day): {field}={echo(value)}",
        )
    else:
        raise InvalidInputError(
            "invalid-date",
            detail=f"not a date (a datetime.date without time of day, or YYYY-MM-DD): {field}={echo(value)}",
        )
    why = None if governing else day_out_of_range(day)
    if why is not None:
        raise InvalidInputError("invalid-date", detail=f"{why}: {field}={echo(value)}")
    return day


#: the widest indent ``to_json`` takes (a larger one only makes the text grow without bound)
INDENT_MAX = 16


def check_indent(indent: object) -> int | None:
    """``indent`` of ``to_json``: ``None`` or a whole number 0 to :data:`INDENT_MAX`."""
    if indent is None or (type(indent) is int and 0 <= indent <= INDENT_MAX):
        return indent
    raise InvalidInputError(
        "invalid-input",
        detail=f"indent is None or a whole number 0 to {INDENT_MAX}: indent={echo(indent)}",
    )


def is_blank(value: object) -> bool:
    """True for an entry left empty: ``None``, or text with nothing a reader can see (spaces,
    zero-width or control characters). The one blank check of the package.

    >>> is_blank("  \u200b "), is_blank(None), is_blank("Sở Tư pháp")
    (True, True, False)
    """
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    return all(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in value)


def check_lang(lang: object) -> Lang:
    """Return ``lang`` if it is ``"vi"`` or ``"en"``; raise ``InvalidInputError`` otherwise."""
    if lang == "vi" or lang == "en":
        return "vi" if lang == "vi" else "en"
    raise InvalidInputError(
        "invalid-language", detail=f"language must be 'vi' or 'en': lang={echo(lang)}"
    )


# --------------------------------------------------------------------------------------
# Results.


class Result:
    """Base of tiepcan's results: frozen, slotted dataclasses with JSON in and out.

    A subclass may override :meth:`_check` to verify what types alone cannot (a due date
    before its receipt, totals that do not add up); :meth:`from_json` and :meth:`from_dict`
    call it after validating the types, so a result loaded from outside is consistent.
    """

    __slots__ = ()
    #: no unknown field; loading is strict (see tiepcan.foundation._schema.load_json)
    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    # pydantic (through tiepcan.foundation._schema) is imported on the first call, not with the result

    def to_json(self, *, indent: int | None = None) -> str:
        """The result as JSON (dates ISO 8601, enums by value, money as integer đồng)."""
        from tiepcan.foundation._schema import dump_json

        return dump_json(self, indent=check_indent(indent))

    def to_dict(self) -> dict[str, Any]:
        """The result as plain JSON-compatible Python data."""
        from tiepcan.foundation._schema import dump_dict

        return dump_dict(self)

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """Load a result from JSON: types checked strictly, then :meth:`_check`."""
        if not isinstance(text, str | bytes):
            raise InvalidInputError(detail=f"{cls.__name__}: expected JSON text, got {echo(text)}")
        from tiepcan.foundation._schema import load_json

        return load_json(cls, text)

    @classmethod
    def from_dict(cls, data: object) -> Self:
        """Load a result from a mapping, read as JSON would be (one conversion for both)."""
        from tiepcan.foundation._schema import load_json

        return load_json(cls, json.dumps(jsonable(data, what=cls.__name__)))

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """The JSON Schema (2020-12) of this result."""
        from tiepcan.foundation._schema import schema_of

        return schema_of(cls)

    def _check(self) -> None:
        """Raise ``InvalidInputError`` if the loaded result is inconsistent (default: no check)."""


@dataclass(frozen=True, slots=True)
class Text(Result):
    """A text in Vietnamese and in English: ``Text(vi, en).in_(lang)``."""

    vi: str
    en: str

    def in_(self, lang: Lang = "vi") -> str:
        """The text in ``"vi"`` (default) or ``"en"``."""
        return self.vi if check_lang(lang) == "vi" else self.en

    def __str__(self) -> str:
        return self.vi


# --------------------------------------------------------------------------------------
# Enums.


class BilingualStrEnum(StrEnum):
    """A ``StrEnum`` whose members are declared as ``(value, label_vi, label_en, *data)``.

    A subclass that carries more data per member names it in ``__data_fields__`` (attribute
    names, in the order of the declaration), e.g. ``__data_fields__ = ("appendix_line",
    "paper")``. This is the one ``__new__`` for every labelled enum of the package.
    """

    label_vi: str
    label_en: str
    __data_fields__: ClassVar[tuple[str, ...]] = ()

    def __new__(cls, value: str, label_vi: str = "", label_en: str = "", *data: Any) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_vi = label_vi
        member.label_en = label_en
        names = cls.__data_fields__
        for name, item in zip(names, data, strict=True):
            setattr(member, name, item)
        return member

    @property
    def text(self) -> Text:
        """Both labels as one :class:`Text`."""
        return Text(self.label_vi, self.label_en)

    def label(self, lang: Lang = "vi") -> str:
        """The member's label in ``"vi"`` (default) or ``"en"``."""
        return self.label_vi if check_lang(lang) == "vi" else self.label_en

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> Any:
        """pydantic's hook: the JSON Schema lists each member once more under ``oneOf``, with
        its Vietnamese label as ``title`` and its English label as ``description``."""
        out = handler.resolve_ref_schema(handler(schema))
        out["oneOf"] = [
            {"const": m.value, "title": m.label_vi, "description": m.label_en} for m in cls
        ]
        return out

    @classmethod
    def coerce(cls, value: Any, *, field: str) -> Self:
        """Accept a member or its string value; anything else raises ``InvalidInputError``."""
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            try:
                return cls(value)
            except ValueError:
                pass
        allowed = ", ".join(m.value for m in cls)
        # the family ``invalid-<field>`` (one message for all: errors.FIELD_VALUE_MESSAGES),
        # which tools/error_codes.py reads from the ``field=`` of each call of coerce
        code = f"invalid-{field.replace('_', '-')}"
        raise InvalidInputError(code, detail=f"{field}={echo(value)}; allowed: {allowed}")


# --------------------------------------------------------------------------------------
# Constraints that JSON Schema states and JSON loading checks (pydantic imported on use).
# Our own markers rather than ``annotated_types``: that package imports typing_extensions,
# which would put ~10 ms on the import of every module that computes a deadline.


class JsonEnum:
    """``Annotated`` metadata: in JSON, the text is one of ``values()``, read when asked.

    ``Annotated[str, JsonEnum(lambda: tuple(INSTRUMENTS))]`` puts ``"enum": [...]`` in the
    JSON Schema and refuses any other value when JSON (or a mapping) is loaded. ``values`` is
    called each time a schema is generated or a value validated, so a list that grows at run
    time (instruments a user-supplied ruleset registers) is always current. Constructing the
    class in Python is not affected: its ``__post_init__`` keeps its own checks (and may
    accept spellings, such as ``"dd"`` for the letter đ, that JSON must not carry).
    """

    __slots__ = ("values",)

    def __init__(self, values: Callable[[], Iterable[str]]) -> None:
        self.values = values

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        def one_of(value: str) -> str:
            allowed = tuple(self.values())
            if value not in allowed:
                raise ValueError(f"{echo(value)} is not one of: {', '.join(allowed)}")
            return value

        return core_schema.no_info_after_validator_function(one_of, handler(source))

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> Any:
        out = dict(handler(schema))
        out["enum"] = list(self.values())
        return out


class JsonPattern:
    """``Annotated`` metadata: a text matches a regular expression (``pattern`` in the schema).

    The pattern is searched, not anchored, as JSON Schema's ``pattern`` is; write patterns that
    mean the same in ECMA-262 (the dialect JSON Schema names), in Rust's ``regex`` (pydantic)
    and in Python's ``re``. ``min_length`` adds ``minLength``.
    """

    __slots__ = ("min_length", "pattern")

    def __init__(self, pattern: str, *, min_length: int | None = None) -> None:
        self.pattern = pattern
        self.min_length = min_length

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        if schema.get("type") != "str":
            raise TypeError(f"JsonPattern applies to text, not {source!r}")
        extra = {} if self.min_length is None else {"min_length": self.min_length}
        return {**schema, "pattern": self.pattern, **extra}


class Minimum:
    """``Annotated`` metadata: an integer at least ``value`` (``minimum`` in the schema).

    Checked when JSON is loaded; constructing the class in Python keeps its own checks.
    """

    __slots__ = ("value",)

    def __init__(self, value: int) -> None:
        self.value = value

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        if schema.get("type") != "int":
            raise TypeError(f"Minimum applies to integers, not {source!r}")
        return {**schema, "ge": self.value}


#: text that is not only white space (``minLength: 1`` and ``pattern: "\\S"`` in the schema):
#: the names and identifiers the library refuses when blank, in results and input models
#: alike (it imports no pydantic).
NonBlank = Annotated[str, JsonPattern(r"\S", min_length=1)]


# --------------------------------------------------------------------------------------
# Python input read as JSON would be: the one conversion of a mapping for results
# (``from_dict``) and input models (``tiepcan.foundation._input.validate_input``).


def jsonable(value: object, *, what: str = "input", _depth: int = 0) -> Any:
    """Plain JSON data from Python input: dates as ISO text, enums by value, models dumped.

    A ``datetime`` stays a datetime string, so a date field refuses it, as JSON would. Input
    nested deeper than 50 levels, or of a type JSON cannot carry, raises ``InvalidInputError``.
    """
    from pydantic import BaseModel  # only input that is about to be validated comes here

    if _depth > 50:
        raise InvalidInputError(detail=f"{what}: input nested too deeply")
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, Result) and is_dataclass(value):
        return value.to_dict()
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise InvalidInputError(detail=f"{what}: a key must be text, got {echo(k)}")
            out[k] = jsonable(v, what=what, _depth=_depth + 1)
        return out
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return [jsonable(v, what=what, _depth=_depth + 1) for v in items]
    raise InvalidInputError(
        detail=f"{what}: {type(value).__name__} cannot be read as JSON data ({echo(value)})"
    )
