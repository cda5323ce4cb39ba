"""Principle 10: every public model exports JSON Schema and is frozen."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tiepcan.foundation._input import FrozenModel
from tiepcan.foundation._model import BilingualStrEnum
from tiepcan.outputs.schemas import json_schemas, public_models


def test_every_public_model_exports_a_json_schema() -> None:
    schemas = json_schemas()
    assert {"Citation", "Deadline", "Period", "TimeLimit", "CalendarDay", "FeeQuote"} <= set(
        schemas
    )
    for name, schema in schemas.items():
        assert schema.get("type") == "object", name
        json.dumps(schema)  # serialisable as is


@pytest.mark.parametrize("name", sorted(public_models()))
def test_every_public_model_is_frozen_and_strict(name: str) -> None:
    model = public_models()[name]
    if dataclasses.is_dataclass(model):
        params = model.__dataclass_params__  # type: ignore[attr-defined]
        assert params.frozen and hasattr(model, "__slots__"), name
        assert model.__pydantic_config__.get("extra") == "forbid", name
    else:
        assert model.model_config.get("frozen") is True, name
        assert model.model_config.get("extra") == "forbid", name


# -- strict 2020-12 (issue 8: every schema compiles in Ajv's strict mode) ---------------------


def _walk(node: object) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_schemas_name_2020_12_and_use_no_openapi_keyword() -> None:
    for name, schema in json_schemas().items():
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema", name
        for node in _walk(schema):
            assert "discriminator" not in node and "nullable" not in node, name
            assert node.get("format") in (None, "date", "date-time"), name


def test_a_form_tag_is_required_and_const() -> None:
    """Decree 13/2018 art. 5(1)(a)–(b): a request is on form 01a or 01b, and JSON says which."""
    schema = json_schemas()["InformationRequest"]
    branches = schema["properties"]["form"]["oneOf"]
    tags = set()
    for branch in branches:
        target = schema["$defs"][branch["$ref"].rsplit("/", 1)[1]]
        assert "form" in target["required"]
        tags.add(target["properties"]["form"]["const"])
    assert tags == {"01a", "01b"}


def test_enum_members_carry_their_labels() -> None:
    """Each labelled enum lists its members under oneOf: title Vietnamese, description English."""
    seen = 0
    schemas = json_schemas()  # imports every public module, so every enum is defined
    enums = _enums()
    for schema in schemas.values():
        for node in _walk(schema):
            if "enum" in node and "oneOf" in node:
                enum = enums[node["title"]]
                assert (
                    [m["const"] for m in node["oneOf"]] == node["enum"] == [m.value for m in enum]
                )
                for member, spec in zip(enum, node["oneOf"], strict=True):
                    assert (spec["title"], spec["description"]) == (
                        member.label_vi,
                        member.label_en,
                    )
                seen += 1
    assert seen > 20


def test_every_input_field_has_a_vietnamese_title_in_the_schema() -> None:
    for name, model in public_models().items():
        if not issubclass(model, FrozenModel):
            continue
        schema = json_schemas()[name]
        for field_name, field in model.model_fields.items():
            assert field.title, (name, field_name)
            assert schema["properties"][field_name]["title"] == field.title, (name, field_name)


def _enums() -> dict[str, type[BilingualStrEnum]]:
    found: dict[str, type[BilingualStrEnum]] = {}
    stack = list(BilingualStrEnum.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if list(cls):
            found[cls.__name__] = cls
    return found


def test_schema_constraints_cost_no_import_when_computing_a_deadline() -> None:
    """The constraint markers on results (NonBlank, Minimum, JsonEnum) import nothing."""
    code = (
        "import sys; from datetime import date; from tiepcan.deadlines import response_deadline; "
        "response_deadline(date(2024, 2, 7), 'electronic', 'complex'); "
        "print(sorted({'pydantic', 'annotated_types', 'typing_extensions'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
