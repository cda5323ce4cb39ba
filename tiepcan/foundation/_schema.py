"""JSON in and out of results, and their JSON Schemas — the one place results meet pydantic.

Imported only when a result is serialised, loaded or described (``Result.to_json`` and the
other methods of :class:`tiepcan.foundation._model.Result` import it on first use), so computing a
deadline never imports pydantic. Each result class gets one cached ``TypeAdapter``, strict
(no timestamp taken for a date, no ``true`` for a number, no unknown field).

This module works on the classes it is given: it imports no module of tiepcan but
:mod:`tiepcan.foundation.errors` and :mod:`tiepcan.data`, so the results (:mod:`tiepcan.foundation._model`) sit
below it without a loop. The list of public result classes belongs to :mod:`tiepcan.outputs.schemas`.

Every schema is made by :class:`StrictJsonSchema`: JSON Schema 2020-12 that a strict validator
compiles (Ajv with ``strict: true``; ``tools/check_schemas.sh``): no OpenAPI ``discriminator``,
a form's tag (``"form": "01a"``) ``required`` and ``const``, and each member of a labelled
enum listed once more under ``oneOf`` with its Vietnamese label as ``title`` and its English
label as ``description`` (the enum's own hook, ``BilingualStrEnum.__get_pydantic_json_schema__``).

Each property of a result (a dataclass) carries its Vietnamese ``title`` and English
``description`` from ``tiepcan/data/result_titles.toml`` (:func:`field_title`), read the first
time a schema or the labels export asks for it, never when a result is computed.
"""

from __future__ import annotations

import tomllib
from dataclasses import fields
from functools import cache
from typing import Any, Protocol, TypeVar

from pydantic import TypeAdapter, ValidationError
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaMode, JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from tiepcan.data import data_file
from tiepcan.foundation.errors import TiepCanError, from_validation_error

__all__ = [
    "TITLES_FILE",
    "StrictJsonSchema",
    "adapter",
    "dump_dict",
    "dump_json",
    "field_title",
    "field_titles",
    "load_json",
    "schema_of",
]


class _Checked(Protocol):
    """A result class as this module sees it: a dataclass with a consistency check."""

    def _check(self) -> None: ...


_R = TypeVar("_R", bound=_Checked)


_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def adapter(cls: type[Any]) -> TypeAdapter[Any]:
    """The ``TypeAdapter`` of a result class, built once."""
    found = _ADAPTERS.get(cls)
    if found is None:
        found = _ADAPTERS[cls] = TypeAdapter(cls)
    return found


def dump_json(obj: object, *, indent: int | None = None) -> str:
    return adapter(type(obj)).dump_json(obj, indent=indent).decode("utf-8")


def dump_dict(obj: object) -> dict[str, Any]:
    out: dict[str, Any] = adapter(type(obj)).dump_python(obj, mode="json")
    return out


def load_json(cls: type[_R], text: str | bytes) -> _R:
    """``cls`` from JSON text: types checked strictly, then the result's own ``_check``."""
    try:
        obj: _R = adapter(cls).validate_json(text, strict=True)
    except ValidationError as exc:
        raise _unwrap(exc, cls) from None
    obj._check()
    return obj


def schema_of(cls: type[Any]) -> dict[str, Any]:
    out: dict[str, Any] = adapter(cls).json_schema(schema_generator=StrictJsonSchema)
    return out


#: a time of day as the library reads it: HH:MM[:SS[.fraction]], optionally Z or ±HH:MM
TIME_PATTERN = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,6})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})?$"

#: the dialect every schema names in ``$schema``
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def is_tag(schema: CoreSchema) -> bool:
    """A field's core schema is a tag: one literal value with that value as default."""
    return (
        schema["type"] == "default"
        and schema["schema"]["type"] == "literal"
        and len(schema["schema"]["expected"]) == 1
    )


class StrictJsonSchema(GenerateJsonSchema):
    """pydantic's JSON Schema generator, made to compile in a strict 2020-12 validator."""

    def generate(self, schema: CoreSchema, mode: JsonSchemaMode = "validation") -> JsonSchemaValue:
        out = super().generate(schema, mode)
        return {"$schema": DIALECT, **out}

    def tagged_union_schema(self, schema: core_schema.TaggedUnionSchema) -> JsonSchemaValue:
        # ``discriminator`` is OpenAPI's, not JSON Schema's: ``oneOf`` over branches whose tag
        # is ``const`` and ``required`` says the same in the standard vocabulary
        out = super().tagged_union_schema(schema)
        out.pop("discriminator", None)
        return out

    def field_is_required(
        self,
        field: core_schema.ModelField | core_schema.DataclassField | core_schema.TypedDictField,
        total: bool,
    ) -> bool:
        # JSON names its form: a tag field is required in JSON (FrozenModel checks it), though
        # Python code may leave it to its default
        return is_tag(field["schema"]) or super().field_is_required(field, total)

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        if is_tag(schema):
            return self.generate_inner(schema["schema"])
        return super().default_schema(schema)

    def time_schema(self, schema: core_schema.TimeSchema) -> JsonSchemaValue:
        # format "time" is RFC 3339's full-time, which requires an offset; office hours are
        # local times ("17:00:00"), so the schema states what the library reads instead
        return {"type": "string", "pattern": TIME_PATTERN}

    def dataclass_schema(self, schema: core_schema.DataclassSchema) -> JsonSchemaValue:
        # a result's properties speak both languages, as the input models' fields do: the
        # Vietnamese title and the English description of result_titles.toml
        out = super().dataclass_schema(schema)
        name = schema["cls"].__name__
        for field_name, prop in out.get("properties", {}).items():
            found = field_title(name, field_name)
            if found is not None:
                prop["title"], prop["description"] = found
        return out


#: the data file (in ``tiepcan/data``) of the titles of results' fields
TITLES_FILE = "result_titles.toml"

#: ``(general, by class)``: ``{field: (vi, en)}`` and ``{class: {field: (vi, en)}}``
Titles = tuple[dict[str, tuple[str, str]], dict[str, dict[str, tuple[str, str]]]]


def _pair(where: str, value: object) -> tuple[str, str]:
    if not (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, str) and v.strip() for v in value)
    ):
        raise RuntimeError(
            f"{TITLES_FILE}: {where} must be [Vietnamese title, English description]"
        )
    return value[0], value[1]


@cache
def field_titles() -> Titles:
    """The titles of results' fields as declared: ``[fields]`` (a name that means the same in
    every result) and one table per class that uses a name otherwise (``[classes.Deadline]``)."""
    data = tomllib.loads(data_file(TITLES_FILE))
    if set(data) != {"fields", "classes"}:
        raise RuntimeError(f"{TITLES_FILE}: expected the tables [fields] and [classes.*]")
    general = {name: _pair(name, value) for name, value in data["fields"].items()}
    by_class = {
        cls: {name: _pair(f"{cls}.{name}", value) for name, value in table.items()}
        for cls, table in data["classes"].items()
    }
    return general, by_class


def field_title(cls_name: str, field_name: str) -> tuple[str, str] | None:
    """``(Vietnamese title, English description)`` of a result's field, the class's own entry
    first, else the general one; ``None`` if the data file has neither."""
    general, by_class = field_titles()
    return by_class.get(cls_name, {}).get(field_name) or general.get(field_name)


def _unwrap(exc: ValidationError, cls: type[Any]) -> TiepCanError:
    """A TiepCanError raised inside validation (``__post_init__``) surfaces as itself."""
    for err in exc.errors(include_url=False):
        inner = (err.get("ctx") or {}).get("error")
        if isinstance(inner, TiepCanError):
            return inner
    return from_validation_error(exc, what=cls.__name__)


def field_names(cls: type[Any]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))
