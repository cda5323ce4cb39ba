"""Shared building blocks: the frozen model base and bilingual enums.

Every public model of tiepcan derives from :class:`FrozenModel`: immutable, hashable,
rejecting unknown fields, and round-tripping through JSON (``model_dump_json`` then
``model_validate_json`` returns an equal object). Every enum derives from
:class:`BilingualStrEnum`: a ``StrEnum`` (so a function that takes a member also takes its
string value) whose members carry a Vietnamese label (the law's own wording where it has
one) and an English label.

>>> class Colour(BilingualStrEnum):
...     RED = ("red", "Đỏ", "red")
>>> Colour("red") is Colour.RED, Colour.RED.label_vi, Colour.RED.label_en
(True, 'Đỏ', 'red')
>>> Colour.RED.label("en")
'red'
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal, Self, TypeVar, cast

from pydantic import BaseModel, ConfigDict, ValidationError

__all__ = [
    "BilingualStrEnum",
    "FrozenModel",
    "Lang",
    "check_lang",
    "validate_input",
    "validate_json_input",
]

Lang = Literal["vi", "en"]


class FrozenModel(BaseModel):
    """Immutable pydantic model: frozen, hashable, no extra fields, strict about junk."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        defer_build=True,  # build validators on first use: keeps `import tiepcan` cheap
        use_enum_values=False,
        validate_default=False,
    )

    @classmethod
    def _trusted(cls, **fields: Any) -> Self:
        """Build an instance from values tiepcan itself produced, without re-validating them.

        Public inputs are always validated. Results and constants the library builds from
        its own checked data use this path, so a fresh process computing one deadline never
        has to build a validator; the JSON round-trip tests prove these instances equal their
        validated twins.
        """
        return cast(Self, cls.model_construct(**fields))


class BilingualStrEnum(StrEnum):
    """A ``StrEnum`` whose members are declared as ``(value, label_vi, label_en)``."""

    label_vi: str
    label_en: str

    def __new__(cls, value: str, label_vi: str = "", label_en: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_vi = label_vi
        member.label_en = label_en
        return member

    def label(self, lang: Lang = "vi") -> str:
        """The member's label in ``"vi"`` (default) or ``"en"``."""
        return self.label_vi if check_lang(lang) == "vi" else self.label_en

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
        from tiepcan.errors import InvalidInputError

        allowed = ", ".join(m.value for m in cls)
        raise InvalidInputError(
            f"invalid-{field.replace('_', '-')}",
            f"Giá trị '{field}' không hợp lệ",
            f"'{field}' is not one of the allowed values",
            detail=f"{field}={value!r}; allowed: {allowed}",
        )


def check_lang(lang: object) -> Lang:
    """Return ``lang`` if it is ``"vi"`` or ``"en"``; raise ``InvalidInputError`` otherwise."""
    if lang == "vi" or lang == "en":
        return lang
    from tiepcan.errors import InvalidInputError

    raise InvalidInputError(
        "invalid-language",
        "Ngôn ngữ phải là 'vi' hoặc 'en'",
        "language must be 'vi' or 'en'",
        detail=f"lang={lang!r}",
    )


_M = TypeVar("_M", bound=BaseModel)


def validate_input(model: type[_M], data: Any, *, what: str) -> _M:
    """Validate ``data`` (a mapping of fields) as ``model``; bad input raises ``InvalidInputError``.

    The one place where a public input is turned into a model: pydantic's errors become
    ``invalid-input`` with every failing field in the detail, and a non-mapping where a
    mapping belongs does too (pydantic raises ``TypeError`` for some of those).
    """
    from tiepcan.errors import InvalidInputError, from_validation_error

    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise from_validation_error(exc, what=what) from None
    except TypeError as exc:
        raise InvalidInputError(detail=f"{what}: {exc}") from None


def validate_json_input(model: type[_M], text: str | bytes, *, what: str) -> _M:
    """Like :func:`validate_input`, from JSON text."""
    from tiepcan.errors import from_validation_error

    try:
        return model.model_validate_json(text)
    except ValidationError as exc:
        raise from_validation_error(exc, what=what) from None
