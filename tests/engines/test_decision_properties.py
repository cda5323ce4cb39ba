"""Properties of :func:`tiepcan.decision.assess` that hold for every valid input."""

from __future__ import annotations

from datetime import date

from hypothesis import assume, given
from hypothesis import strategies as st

from tiepcan.decision import CitationRole, Decision, InformationFacts, Outcome, assess
from tiepcan.foundation.errors import TiepCanError
from tiepcan.rules.access import ConditionalCategory
from tiepcan.rules.refusals import RefusalGround
from tiepcan.rules.requesters import Requester
from tiepcan.rules.requests import InformationRequest

from strategies_rules import (
    CATEGORIES_2016,
    electronic_request,
    information_facts,
    information_requests,
    junk,
    people,
    requesters,
)


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
    information, or a protected part of it (Decree 13 art. 7(2)), is art. 7 information."""
    with_consents = assess(req, who, facts)
    without = assess(req.model_copy(update={"consents": ()}), who, facts)
    if with_consents != without:
        art_7 = facts.conditional or any(p.conditional for p in facts.protected_parts)
        assert art_7, "consent mattered for information outside art. 7"


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


# -- issue 18: consent, person by person (art. 7(1)-(2): "chủ sở hữu … đó", "người đó") -----

_PARTY = {
    ConditionalCategory.TRADE_SECRET: "trade_secret_owner",
    ConditionalCategory.PRIVATE_LIFE_SECRET: "person_concerned",
    ConditionalCategory.PERSONAL_SECRET: "person_concerned",
    ConditionalCategory.FAMILY_SECRET: "family_members",
}


def _plain_request(consents: list[dict[str, object]]) -> dict[str, object]:
    return {**electronic_request(date(2024, 2, 7)), "consents": consents}


@given(
    st.sampled_from(CATEGORIES_2016),
    people,
    people,
    st.booleans(),
    st.sampled_from(["every_member", "members_concerned"]),
)
def test_consent_from_person_x_never_releases_a_secret_of_person_y(
    category: ConditionalCategory, x: str, y: str, as_part: bool, reading: str
) -> None:
    """Art. 7(1)-(2): B's form 06 never opens C's secret, whole or in a part (Decree 13 art.
    7(2)), under either reading of "các thành viên gia đình" (X is no member of Y's family)."""
    assume(x != y)
    item = {"category": category.value, "holders": [y], "members_concerned": []}
    if category is ConditionalCategory.FAMILY_SECRET:
        item["members_concerned"] = [y]
    by_x = {
        "party": _PARTY[category],
        "consenting_persons": [x],
        "covers": [category.value],
        "information": "Hồ sơ",
    }
    facts: dict[str, object] = (
        {"protected_parts": [{"part": "phụ lục", "conditional": [item]}]}
        if as_part
        else {"conditional": [item]}
    )
    d = assess(_plain_request([by_x]), {}, facts, family_consent=reading)  # type: ignore[arg-type]
    assert d.outcome in (Outcome.REFUSE, Outcome.PROVIDE_IN_PART), d.explain("en")
    assert [g.ground for g in d.grounds] == [RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET]
    if as_part:
        assert [w.part for w in d.withheld] == ["phụ lục"]
    # and Y's own signature does open it
    by_y = {**by_x, "consenting_persons": [y]}
    assert assess(_plain_request([by_y]), {}, facts).outcome is Outcome.PROVIDE


@given(
    st.lists(st.sampled_from(CATEGORIES_2016), min_size=1, max_size=3),
    st.lists(people, max_size=2),
)
def test_own_information_never_releases_another_person_s_part(
    categories: list[ConditionalCategory], holders: list[str]
) -> None:
    """Art. 7(2) "được người đó đồng ý": the requester's own_information opens his or her own
    secrets, never a protected part (someone else's unless the part says requesters_own)."""
    parts = [
        {
            "part": f"phần {i}",
            "conditional": [{"category": c.value, "holders": holders} if holders else c.value],
        }
        for i, c in enumerate(categories, start=1)
    ]
    facts = {"own_information": True, "protected_parts": parts}
    d = assess(_plain_request([]), {}, facts)
    assert d.outcome is Outcome.PROVIDE_IN_PART
    assert [w.part for w in d.withheld] == [p["part"] for p in parts]


@given(information_requests(), requesters, information_facts)
def test_every_step_has_one_role_and_every_citation_one_tuple(
    req: InformationRequest, who: Requester, facts: InformationFacts
) -> None:
    """Issue 18: decided, applied and checked are disjoint; each step's citations sit in the
    tuple of its role or an earlier one; the roles survive a JSON round trip."""
    d = assess(req, who, facts)
    roles = {
        CitationRole.DECIDED: set(d.deciding_citations),
        CitationRole.APPLIED: set(d.applied_citations),
        CitationRole.CHECKED: set(d.checked_citations),
    }
    assert not roles[CitationRole.DECIDED] & roles[CitationRole.APPLIED]
    assert not roles[CitationRole.DECIDED] & roles[CitationRole.CHECKED]
    assert not roles[CitationRole.APPLIED] & roles[CitationRole.CHECKED]
    order = list(CitationRole)
    for step in d.steps:
        allowed = set().union(*(roles[r] for r in order[: order.index(step.role) + 1]))
        assert set(step.citations) <= allowed, step
    assert Decision.from_json(d.to_json()) == d
