"""The JSON Schemas and the library agree both ways (issue 8: "the schemas are the contract
other languages read").

Every case of ``schema_cases.CASES`` is judged twice: by the library (loading the JSON) and
by a JSON Schema 2020-12 validator (``jsonschema``, formats checked). The library's verdict in
the table is written by hand from the rule that decides it; the test fails if either the
library or the schema says otherwise. ``tools/check_schemas.sh`` runs the same table through
Ajv in strict mode.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tiepcan.foundation.citations import INSTRUMENTS, Citation, Instrument, law
from tiepcan.outputs.schemas import json_schemas, public_models

from schema_cases import CASES, Case, library_accepts, written_by_the_library


def schema_accepts(schema: dict[str, Any], data: object) -> bool:
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return validator.is_valid(data)


@pytest.fixture(scope="module")
def schemas() -> dict[str, dict[str, Any]]:
    return json_schemas()


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=f"to fix: {c.pending}"))
        if c.pending
        else c
        for c in CASES
    ],
    ids=lambda c: c.id,
)
def test_library_and_schema_agree(case: Case, schemas: dict[str, dict[str, Any]]) -> None:
    assert library_accepts(case) is case.accepted, "the library's verdict"
    assert schema_accepts(schemas[case.model], case.data) is case.schema_accepts, "the schema's"


@pytest.mark.parametrize("case", [c for c in CASES if c.schema_gap], ids=lambda c: c.id)
def test_a_rule_the_schema_cannot_state_is_in_its_description(
    case: Case, schemas: dict[str, dict[str, Any]]
) -> None:
    """Uniqueness by key (Decree 13/2018 art. 6(3): an entry is named by its mã thông tin)."""
    assert case.schema_gap is not None
    assert case.schema_gap in json.dumps(schemas[case.model], ensure_ascii=False)


def test_every_schema_accepts_what_the_library_writes(schemas: dict[str, dict[str, Any]]) -> None:
    written = written_by_the_library()
    assert {"Deadline", "Citation", "FeeQuote", "Catalogue", "CatalogueReport", "Decision"} <= set(
        written
    )
    for name, values in written.items():
        for value in values:
            errors = list(Draft202012Validator(schemas[name]).iter_errors(value))
            assert not errors, (name, [e.message for e in errors])
            assert public_models()[name].from_dict(value).to_dict() == value


def test_instruments_are_read_when_the_schema_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """A user-supplied ruleset registers the instruments it cites (register_instrument)."""
    data = {"instrument": "1/2030/QH99", "article": 2}
    assert not schema_accepts(Citation.json_schema(), data)
    monkeypatch.setitem(
        INSTRUMENTS,
        "1/2030/QH99",
        Instrument("1/2030/QH99", "Luật thử", "test law", "Luật thử", "test law"),
    )
    assert schema_accepts(Citation.json_schema(), data)
    assert Citation.from_json(json.dumps(data)).instrument == "1/2030/QH99"


def test_python_reads_dd_as_đ_and_json_writes_đ() -> None:
    """Law art. 28(1)(đ): Python code may type "dd"; JSON carries the letter itself."""
    cited = law(28, 1, "dd")
    assert cited.point == "đ"
    assert json.loads(cited.to_json())["point"] == "đ"
    assert "dd" not in Citation.json_schema()["properties"]["point"]["anyOf"][0]["enum"]


def test_dates_are_iso_everywhere(schemas: dict[str, dict[str, Any]]) -> None:
    """No input model reads 02/01/2025 from JSON: every date field is format "date"."""
    for name, model in public_models().items():
        fields = getattr(model, "model_fields", None)
        if fields is None:
            continue
        for field_name, field in fields.items():
            if field.annotation in (date, date | None):
                text = json.dumps(schemas[name]["properties"][field_name])
                assert '"format": "date"' in text, (name, field_name)
