"""Every public model of the request rules exports JSON Schema and round-trips through JSON;
every cited enum member cites text that is in the statute."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from tiepcan.decision import Decision, InformationFacts, ProvisionPlan, RuleStep, assess
from tiepcan.foundation._model import Result, Text
from tiepcan.rules import access, refusals, requesters, requests, responsibility
from tiepcan.rules._cited import CitedStrEnum
from tiepcan.rules.refusals import RefusalNotice, refusal_notice_of, state_ground

from strategies_rules import (
    consent_documents,
    information_facts,
    information_requests,
)
from strategies_rules import (
    requesters as requester_st,
)

MODULES = (access, refusals, requesters, requests, responsibility)

INPUTS: list[type[BaseModel]] = sorted(
    {
        obj
        for mod in MODULES
        for name in mod.__all__
        if isinstance(obj := getattr(mod, name), type) and issubclass(obj, BaseModel)
    }
    | {InformationFacts},
    key=lambda m: m.__name__,
)

RESULTS: list[type[Result]] = sorted(
    {
        obj
        for mod in MODULES
        for name in mod.__all__
        if isinstance(obj := getattr(mod, name), type) and issubclass(obj, Result)
    }
    | {Decision, ProvisionPlan, RuleStep},
    key=lambda m: m.__name__,
)

MODELS: list[type[Any]] = [*INPUTS, *RESULTS]

ENUMS: list[type[CitedStrEnum]] = sorted(
    {
        obj
        for mod in MODULES
        for name in mod.__all__
        if isinstance(obj := getattr(mod, name), type) and issubclass(obj, CitedStrEnum)
    },
    key=lambda e: e.__name__,
)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_exports_json_schema(model: type[BaseModel]) -> None:
    schema = model.json_schema()
    json.dumps(schema)
    assert schema.get("type") == "object" or "$defs" in schema


@pytest.mark.parametrize("model", INPUTS, ids=lambda m: m.__name__)
def test_every_input_model_is_frozen_and_titled_in_vietnamese(model: type[BaseModel]) -> None:
    assert model.model_config.get("frozen") is True
    assert model.model_config.get("extra") == "forbid"
    for name, field in model.model_fields.items():
        assert field.title, f"{model.__name__}.{name} has no Vietnamese title"
        assert model.json_schema()["properties"][name]["title"] == field.title


def test_results_are_light() -> None:
    """Results are frozen, slotted dataclasses: no pydantic model among them."""
    assert {r.__name__ for r in RESULTS} >= {
        "Decision",
        "Deficiency",
        "ProvisionPlan",
        "RefusalNotice",
        "ResponsibilityFinding",
        "RuleStep",
        "StandingFinding",
        "StatedGround",
    }
    for result in RESULTS:
        assert dataclasses.is_dataclass(result) and not issubclass(result, BaseModel)
        assert result.__dataclass_params__.frozen, result  # type: ignore[attr-defined]
        assert "__slots__" in result.__dict__, result


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_member_is_bilingual_and_cites_statute_text(enum: type[CitedStrEnum]) -> None:
    for member in enum:
        assert member.label_vi and member.label_en, member
        assert member.citation.text(), member


@given(information_requests(), requester_st, information_facts, consent_documents())
def test_inputs_round_trip_through_json(req, who, facts, consent) -> None:  # type: ignore[no-untyped-def]
    for model in (req, who, facts, consent, facts.responsibility):
        assert type(model).from_json(model.to_json()) == model


@given(st.sampled_from(["a", "b", "c", "d", "dd", "e"]))
def test_refusal_notice_round_trips(letter: str) -> None:
    notice = refusal_notice_of(
        [state_ground(letter, Text("lý do", "reason"), rules="ati-2016")],
        agency="Sở Tư pháp",
        requester_name="Nguyễn Văn A",
        request_received_on=date(2024, 2, 7),
        information_requested="x",
        issued_on=date(2024, 2, 8),
        rules="ati-2016",
    )
    assert RefusalNotice.from_json(notice.to_json()) == notice


def test_decision_schema_lists_the_outcomes_and_ground_letters() -> None:
    schema = json.dumps(Decision.json_schema(), ensure_ascii=False)
    for value in (
        "provide",
        "provide_in_part",
        "refuse",
        "refuse_and_redirect",
        "refuse_as_published",
        "ask_consent",
        "incomplete",
        "wrong_person",
        "not_held",
        "no_standing",
        "earlier_rules",
    ):
        assert f'"{value}"' in schema
    assert '"dd"' in schema


def test_decision_round_trip_keeps_the_vietnamese_letter() -> None:
    request = {
        "channel": "postal",
        "received_on": date(2024, 2, 7),
        "form": {"form": "01a", "requester": {}, "request": {}},
    }
    decision = assess(request, {}, {})
    assert Decision.from_json(decision.to_json()) == decision
