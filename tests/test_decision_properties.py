"""Properties of :func:`tiepcan.decision.assess` that hold for every valid input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tiepcan.decision import Decision, InformationFacts, Outcome, assess
from tiepcan.errors import TiepCanError
from tiepcan.rules.refusals import RefusalGround
from tiepcan.rules.requesters import Requester
from tiepcan.rules.requests import InformationRequest

from strategies_rules import information_facts, information_requests, junk, requesters


@given(information_requests(), requesters, information_facts)
def test_decision_is_total(
    req: InformationRequest, who: Requester, facts: InformationFacts
) -> None:
    """Every valid input gets a Decision: no exception, a trace, and citations."""
    decision = assess(req, who, facts)
    assert isinstance(decision, Decision)
    assert decision.steps and decision.citations
    assert [s.order for s in decision.steps] == list(range(1, len(decision.steps) + 1))
    assert all(c.text() for c in decision.citations)


@given(information_requests(), requesters, information_facts)
def test_refusal_always_carries_a_cited_ground(
    req: InformationRequest, who: Requester, facts: InformationFacts
) -> None:
    decision = assess(req, who, facts)
    if decision.is_refusal:
        assert len(decision.grounds) >= 1
        for stated in decision.grounds:
            assert stated.citations[0] == stated.ground.citation
            assert stated.ground.citation in decision.citations
            assert stated.reason.vi and stated.reason.en
            assert stated.wording == stated.ground.text  # the 2016 wording: the point's own
    else:
        assert decision.grounds == ()


@given(information_requests(), requesters, information_facts)
def test_grounds_are_listed_once_each_in_the_order_of_art_28(
    req: InformationRequest, who: Requester, facts: InformationFacts
) -> None:
    letters = [g.ground for g in assess(req, who, facts).grounds]
    assert letters == sorted(set(letters), key=list(RefusalGround).index)


@given(information_requests(complete=True), requesters, information_facts)
def test_consent_changes_only_art_7_cases(
    req: InformationRequest, who: Requester, facts: InformationFacts
) -> None:
    """Adding or removing the written consents (art. 24(3)) changes nothing unless the
    information is art. 7 information."""
    with_consents = assess(req, who, facts)
    without = assess(req.model_copy(update={"consents": ()}), who, facts)
    if with_consents != without:
        assert facts.conditional, "consent mattered for information outside art. 7"


@given(information_requests(complete=True), information_facts)
def test_consent_covering_every_art_7_category_is_never_asked_for(
    req: InformationRequest, facts: InformationFacts
) -> None:
    covered = {c for doc in req.consents for c in doc.covers}
    if set(facts.conditional) <= covered:
        assert assess(req, Requester(), facts).outcome is not Outcome.ASK_CONSENT


@given(information_requests(), requesters, information_facts)
def test_decision_json_round_trip_is_identity(
    req: InformationRequest, who: Requester, facts: InformationFacts
) -> None:
    decision = assess(req, who, facts)
    assert Decision.from_json(decision.to_json()) == decision
    for model in (req, who, facts):
        assert type(model).from_json(model.to_json()) == model


@given(information_requests(), requesters, information_facts)
def test_inputs_as_plain_data_give_the_same_decision(
    req: InformationRequest, who: Requester, facts: InformationFacts
) -> None:
    as_dicts = assess(req.model_dump(), who.model_dump(), facts.model_dump())
    assert as_dicts == assess(req, who, facts)


@given(information_requests(), requesters, information_facts)
def test_explanation_names_the_outcome_and_every_step(
    req: InformationRequest, who: Requester, facts: InformationFacts
) -> None:
    decision = assess(req, who, facts)
    for lang in ("vi", "en"):
        text = decision.explain(lang)  # type: ignore[arg-type]
        assert decision.outcome.label(lang) in text  # type: ignore[arg-type]
        assert all(step.check.label(lang) in text for step in decision.steps)  # type: ignore[arg-type]


@given(junk, st.sampled_from(["request", "requester", "facts"]))
def test_junk_input_raises_tiepcan_error(value: object, slot: str) -> None:
    good: dict[str, object] = {
        "request": {
            "channel": "postal",
            "received_on": "2024-02-07",
            "form": {"form": "01a", "requester": {}, "request": {}},
        },
        "requester": {},
        "facts": {},
    }
    good[slot] = value
    try:
        assess(good["request"], good["requester"], good["facts"])  # type: ignore[arg-type]
    except TiepCanError:
        return
    raise AssertionError(f"junk {slot}={value!r} was accepted")
