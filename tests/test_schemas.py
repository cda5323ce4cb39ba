"""Principle 10: every public model exports JSON Schema and is frozen."""

from __future__ import annotations

import dataclasses
import json

import pytest

from tiepcan.schemas import json_schemas, public_models


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
