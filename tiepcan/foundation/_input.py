"""Input models: what comes into tiepcan from outside, validated strictly by pydantic.

The request forms, catalogues and agency profiles people fill in are pydantic models
(:class:`FrozenModel`): immutable, hashable, no unknown field. Every public function that
takes one also takes a plain mapping or JSON text, through one conversion
(:func:`validate_input`): the mapping is read as JSON would be (dates as ISO text, enums by
value) and validated in strict mode, so a Unix timestamp is not a date, ``true`` is not a
number and ``"02/01/2025"`` is refused, exactly as the published JSON Schema says.

A field declared ``Literal["01a"] = "01a"`` is a *tag*: it names which form the data is.
Python code may leave it out (the default applies), but JSON must carry it, and the schema
says so (``required``, ``const``), so a reader in another language can tell the forms apart
without guessing. :data:`tiepcan.foundation._model.NonBlank` is the one type of a name or identifier
that must not be blank (``minLength: 1`` and ``pattern: "\\S"`` in the schema).
"""

from __future__ import annotations

import json
import unicodedata
from enum import Enum
from functools import cache
from typing import Any, Literal, Self, TypeVar, cast, get_args, get_origin

from pydantic import BaseModel, ConfigDict, ValidationError, ValidationInfo, model_validator

from tiepcan.foundation._model import check_indent, day_out_of_range, echo, jsonable
from tiepcan.foundation._schema import StrictJsonSchema
from tiepcan.foundation.errors import InvalidInputError, from_validation_error

__all__ = [
    "FrozenModel",
    "in_law_order",
    "tag_fields",
    "validate_input",
    "validate_json_input",
    "yes_no",
    "yes_no_word",
]


class FrozenModel(BaseModel):
    """Immutable pydantic model: frozen, hashable, no extra fields, strict about junk."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        defer_build=True,  # build validators on first use: keeps `import tiepcan` cheap
        use_enum_values=False,
        validate_default=False,
    )

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON."""
        return self.model_dump_json(indent=check_indent(indent))

    def to_dict(self) -> dict[str, Any]:
        """The model as plain JSON-compatible Python data."""
        return self.model_dump(mode="json")

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """Load from JSON text, strictly (``InvalidInputError`` on bad input)."""
        return validate_json_input(cls, text, what=cls.__name__)

    @classmethod
    def from_dict(cls, data: object) -> Self:
        """Load from a mapping, read as JSON would be."""
        return validate_input(cls, data, what=cls.__name__)

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        """Validate ``obj`` as the strict loaders do (:func:`validate_input`): an instance
        passes, a mapping is read as JSON would be (a timestamp is not a date, ``true`` not a
        number), and bad input raises ``InvalidInputError``, not pydantic's lax answer."""
        return validate_input(cls, obj, what=cls.__name__)

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """The JSON Schema (2020-12) of this model, as a strict validator compiles it."""
        return cls.model_json_schema(schema_generator=StrictJsonSchema)

    @model_validator(mode="after")
    def _tags_in_json(self, info: ValidationInfo) -> Self:
        """JSON (and a mapping, read as JSON) names its form: every tag field is present."""
        if info.mode == "json":
            missing = [n for n in tag_fields(type(self)) if n not in self.model_fields_set]
            if missing:
                defaults = type(self).model_fields
                raise ValueError(
                    "JSON names its form: "
                    + ", ".join(f"{n} (= {defaults[n].default!r}) is missing" for n in missing)
                )
        return self

    @model_validator(mode="after")
    def _days_in_range(self) -> Self:
        """No field holds a day outside 1900-2100 (``DAY_MIN``, ``DAY_MAX``): junk, not a date."""
        for name, value in self.__dict__.items():
            for item in value if isinstance(value, tuple | list) else (value,):
                why = day_out_of_range(item)
                if why is not None:
                    raise ValueError(f"{name}: {why}")
        return self

    @classmethod
    def _trusted(cls, **fields: Any) -> Self:
        """Build an instance from values tiepcan itself produced, without re-validating them."""
        return cast(Self, cls.model_construct(**fields))


_M = TypeVar("_M", bound=BaseModel)
_E = TypeVar("_E", bound=Enum)


def in_law_order(values: tuple[_E, ...], enum: type[_E], twice: str) -> tuple[_E, ...]:
    """Members of ``enum`` listed once each, put in the order the law lists them (the enum's
    order); a member listed twice raises ``ValueError(twice)`` inside a validator."""
    if len(set(values)) != len(values):
        raise ValueError(twice)
    order = list(enum)
    return tuple(sorted(values, key=order.index))


@cache
def tag_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The tag fields of a model: one ``Literal`` value, which is also the default."""
    return tuple(
        name
        for name, field in model.model_fields.items()
        if get_origin(field.annotation) is Literal
        and len(get_args(field.annotation)) == 1
        and field.default == get_args(field.annotation)[0]
    )


def validate_input(model: type[_M], data: Any, *, what: str) -> _M:
    """``data`` as ``model``: an instance passes; a mapping or JSON text is validated strictly.

    Bad input raises ``InvalidInputError`` (code ``invalid-input``) naming every failing field.
    """
    if isinstance(data, model):
        return data
    if isinstance(data, str | bytes):
        return validate_json_input(model, data, what=what)
    if not isinstance(data, dict):
        raise InvalidInputError(
            detail=f"{what}: expected a mapping of fields or JSON text, got {echo(data)}"
        )
    return validate_json_input(model, json.dumps(jsonable(data, what=what)), what=what)


def validate_json_input(model: type[_M], text: str | bytes, *, what: str) -> _M:
    """Like :func:`validate_input`, from JSON text (strict: what the JSON Schema says)."""
    if not isinstance(text, str | bytes):
        raise InvalidInputError(detail=f"{what}: expected JSON text, got {echo(text)}")
    try:
        return model.model_validate_json(text, strict=True)
    except ValidationError as exc:
        raise from_validation_error(exc, what=what) from None


#: what a yes/no cell of a CSV form may say, compared after NFC, strip and casefold
_YES = frozenset({"có", "co", "x", "true", "1", "yes"})
_NO = frozenset({"không", "khong", "false", "0", "no"})


def yes_no(cell: str, *, field: str) -> bool | None:
    """The one reader of a yes/no cell of a CSV form: có/không, their ASCII spellings (co,
    khong), x, true/false, 1/0, yes/no, in any case; a blank cell is ``None`` (not declared).

    The cell is NFC-normalised (a decomposed "có" typed on another keyboard is "có"), stripped
    and case-folded. Anything else raises ``InvalidInputError`` (``invalid-csv``) naming
    ``field`` and the cell.

    >>> yes_no(" CÓ ", field="digitised"), yes_no("khong", field="digitised"), yes_no("", field="x")
    (True, False, None)
    """
    if not isinstance(cell, str):
        raise InvalidInputError("invalid-csv", detail=f"expected có or không: {field}={echo(cell)}")
    if not cell.strip():
        return None
    word = yes_no_word(cell)
    if word is None:
        raise InvalidInputError("invalid-csv", detail=f"expected có or không: {field}={echo(cell)}")
    return word


def yes_no_word(text: str) -> bool | None:
    """``True`` or ``False`` if ``text`` is one of the yes/no words :func:`yes_no` reads
    (NFC-normalised, stripped, case-folded), else ``None``: the one vocabulary, for a reader
    that reports a cell it cannot read its own way (the register, by row and column).

    >>> yes_no_word("Có"), yes_no_word("no"), yes_no_word("maybe")
    (True, False, None)
    """
    word = unicodedata.normalize("NFC", text).strip().casefold()
    return True if word in _YES else False if word in _NO else None
