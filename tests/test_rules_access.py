"""Arts. 5–7, 9, 23: access classes, consent, and responsibility."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiepcan._input import validate_input
from tiepcan.citations import law
from tiepcan.errors import InvalidInputError
from tiepcan.rules.access import (
    AccessClass,
    ConditionalCategory,
    ConditionalInformation,
    ConsentingParty,
    HeadOfAgencyDecision,
    NotAccessibleGround,
    classify_access,
    consent_covers,
    unmet_conditions,
)
from tiepcan.rules.responsibility import (
    AgencyKind,
    InformationOrigin,
    ResponsibilityFacts,
    assess_responsibility,
)

G, C = NotAccessibleGround, ConditionalCategory


@pytest.mark.parametrize(
    ("barred", "conditional", "declassified", "expected"),
    [
        ([], [], False, AccessClass.ACCESSIBLE),  # art. 5
        ([G.STATE_SECRET], [], False, AccessClass.NOT_ACCESSIBLE),  # art. 6(1)
        ([G.STATE_SECRET], [], True, AccessClass.ACCESSIBLE),  # art. 6(1), second paragraph
        (
            [G.INTERNAL_WORKING_DOCUMENT],
            [C.TRADE_SECRET],
            False,
            AccessClass.NOT_ACCESSIBLE,
        ),  # art. 6 first
        ([], [C.FAMILY_SECRET], False, AccessClass.CONDITIONALLY_ACCESSIBLE),  # art. 7(2)
    ],
)
def test_classify_access(
    barred: list[NotAccessibleGround],
    conditional: list[ConditionalCategory],
    declassified: bool,
    expected: AccessClass,
) -> None:
    assert classify_access(barred, conditional, declassified=declassified) is expected


#: the categories of Law 104/2016 art. 7 (personal data is Law 01/2026/QH16 art. 16(1) only)
ART_7 = [c for c in C if c is not C.PERSONAL_DATA]


def test_art_6_kinds_quote_the_statute(shared_reference: Path) -> None:
    """Every art. 6 kind is a phrase of art. 6 as codified (lower-cased, first word aside)."""
    text = law(6).text().lower()
    for ground in NotAccessibleGround:
        phrase = ground.label_vi.lower()
        for cut in ("gây nguy hại đến ", "ảnh hưởng xấu đến "):
            phrase = phrase.removeprefix(cut)
        assert phrase in text, ground
    assert (shared_reference / "phapdien-tiep-can-thong-tin.md").exists()


@pytest.mark.parametrize(
    ("category", "party", "clause"),
    [
        (C.TRADE_SECRET, ConsentingParty.TRADE_SECRET_OWNER, law(7, 1)),
        (C.PRIVATE_LIFE_SECRET, ConsentingParty.PERSON_CONCERNED, law(7, 2)),
        (C.PERSONAL_SECRET, ConsentingParty.PERSON_CONCERNED, law(7, 2)),
        (C.FAMILY_SECRET, ConsentingParty.FAMILY_MEMBERS, law(7, 2)),
    ],
)
def test_whose_consent_opens_each_art_7_category(
    category: ConditionalCategory, party: ConsentingParty, clause: object
) -> None:
    assert category.consenting_party is party
    assert category.citation == clause


def test_head_of_agency_decision_meets_the_conditions_of_the_categories_it_opens() -> None:
    """Art. 7(3): "mà không cần có sự đồng ý theo quy định tại khoản 1 và khoản 2" — for the
    information the decision is about, and only that."""
    decision = HeadOfAgencyDecision(
        opens=tuple(C),
        reason="community_health",
        legal_basis="Luật Khám bệnh, chữa bệnh",
        decided_by="Giám đốc",
    )
    assert unmet_conditions(ART_7, consented=[], head_decision=decision) == ()
    trade_only = decision.model_copy(update={"opens": (C.TRADE_SECRET,)})
    assert unmet_conditions(ART_7, consented=[], head_decision=trade_only) == (
        C.PRIVATE_LIFE_SECRET,
        C.PERSONAL_SECRET,
        C.FAMILY_SECRET,
    )


def test_head_of_agency_decision_names_what_it_opens() -> None:
    """Art. 7(3): the decision is about named information; an empty one is not a decision."""
    with pytest.raises(ValueError):
        HeadOfAgencyDecision(opens=(), reason="public_interest", legal_basis="x", decided_by="y")


def test_own_private_life_needs_no_consent_but_a_family_secret_does() -> None:
    """Art. 7(2): "trong trường hợp được người đó đồng ý" — the requester is that person."""
    wanted = [C.PRIVATE_LIFE_SECRET, C.PERSONAL_SECRET, C.FAMILY_SECRET]
    assert unmet_conditions(wanted, consented=[], head_decision=None, own_information=True) == (
        C.FAMILY_SECRET,
    )
    assert unmet_conditions(ART_7, consented=[C.TRADE_SECRET], head_decision=None) == (
        C.PRIVATE_LIFE_SECRET,
        C.PERSONAL_SECRET,
        C.FAMILY_SECRET,
    )


@pytest.mark.parametrize(
    ("facts", "responsible", "redirect", "cite"),
    [
        (ResponsibilityFacts(), True, False, law(9, 1)),  # art. 9(1)
        (ResponsibilityFacts(origin="created_by_another_agency"), False, True, law(9, 1)),
        (ResponsibilityFacts(origin="received_for_own_functions"), False, True, law(9, 1)),
        (  # art. 9(1), second paragraph
            ResponsibilityFacts(
                agency_kind="commune_peoples_committee",
                origin="received_for_own_functions",
                requester_resides_in_commune=True,
            ),
            True,
            False,
            law(9, 2, "h"),
        ),
        (  # art. 9(2)(h): bodies at commune level
            ResponsibilityFacts(
                agency_kind="commune_peoples_committee",
                origin="created_by_commune_level_bodies",
                requester_resides_in_commune=True,
            ),
            True,
            False,
            law(9, 2, "h"),
        ),
        (ResponsibilityFacts(origin="created_by_commune_level_bodies"), False, True, law(9, 1)),
        (
            ResponsibilityFacts(agency_kind="body_served_by_an_office"),
            False,
            True,
            law(9, 2),
        ),  # art. 9(2)
        (
            ResponsibilityFacts(
                agency_kind="national_assembly_office", origin="created_by_body_served"
            ),
            True,
            False,
            law(9, 2, "a"),
        ),
        (
            ResponsibilityFacts(agency_kind="president_office", origin="created_by_body_served"),
            True,
            False,
            law(9, 2, "b"),
        ),
        (
            ResponsibilityFacts(
                agency_kind="na_delegation_office", origin="created_by_body_served"
            ),
            True,
            False,
            law(9, 2, "d"),
        ),
        (
            ResponsibilityFacts(
                agency_kind="provincial_council_office", origin="created_by_body_served"
            ),
            True,
            False,
            law(9, 2, "đ"),
        ),
        (
            ResponsibilityFacts(
                agency_kind="provincial_committee_office", origin="created_by_body_served"
            ),
            True,
            False,
            law(9, 2, "e"),
        ),
        (
            ResponsibilityFacts(agency_kind="district_office", origin="created_by_body_served"),
            True,
            False,
            law(9, 2, "g"),
        ),
        (
            ResponsibilityFacts(origin="created_by_body_served"),
            False,
            True,
            law(9, 1),
        ),  # not an office
        (  # art. 9(2)(h): non-resident, not about his rights
            ResponsibilityFacts(
                agency_kind="commune_peoples_committee", requester_resides_in_commune=False
            ),
            False,
            False,
            law(9, 2, "h"),
        ),
    ],
)
def test_responsibility(
    facts: ResponsibilityFacts, responsible: bool, redirect: bool, cite: object
) -> None:
    found = assess_responsibility(facts, rules="ati-2016")
    assert (found.responsible, found.redirect) == (responsible, redirect)
    assert cite in found.citations


def test_offices_are_the_points_a_to_g() -> None:
    offices = {k for k in AgencyKind if k.is_office}
    assert {k.citation.point for k in offices} == {"a", "b", "c", "d", "đ", "e", "g"}
    assert InformationOrigin.CREATED_BY_COMMUNE_LEVEL_BODIES.citation == law(9, 2, "h")


def test_access_helpers_validate_their_input() -> None:
    """A bare string is one value, not its letters; "0" is not a yes/no finding."""
    with pytest.raises(InvalidInputError):
        classify_access("state_secret", [])  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        classify_access([], [], declassified="0")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        unmet_conditions(["no_such_category"], consented=[], head_decision=None)
    assert classify_access(["state_secret"], []) is classify_access([G.STATE_SECRET], [])
    assert (
        unmet_conditions(["family_secret"], consented=["family_secret"], head_decision=None) == ()
    )


def test_responsibility_takes_a_mapping_and_cites_under_the_ruleset() -> None:
    facts = {"agency_kind": "government_office", "origin": "created_by_body_served"}
    found = assess_responsibility(facts, rules="ati-2016")
    assert found == assess_responsibility(ResponsibilityFacts(**facts), rules="ati-2016")  # type: ignore[arg-type]
    assert law(9, 2, "c") in found.citations  # art. 9(2)(c): the Government Office
    assert type(found).from_json(found.to_json()) == found
    with pytest.raises(InvalidInputError):
        assess_responsibility({"agency_kind": "ministry"}, rules="ati-2016")


def test_a_commune_reads_residence_from_the_form_unless_it_says_otherwise() -> None:
    """Art. 9(2)(h) with art. 24(2)(a): the form carries "nơi cư trú, địa chỉ"; left out, the
    requester is taken to reside in the commune (interpretation commune-residence-from-form)."""
    facts = ResponsibilityFacts(agency_kind="commune_peoples_committee")
    assert assess_responsibility(facts, rules="ati-2016").responsible
    # a non-resident asking about his or her own lawful rights and interests: point h
    away = facts.model_copy(update={"requester_resides_in_commune": False})
    assert assess_responsibility(away, rules="ati-2016", concerns_requester=True).responsible
    assert not assess_responsibility(away, rules="ati-2016").responsible


# -- issue 18: consent, person by person ---------------------------------------------------


def _signed(category: str, *people: str) -> list[tuple[ConditionalCategory, str]]:
    return [(ConditionalCategory(category), p) for p in people]


def test_a_trade_secret_opens_with_its_own_owner_s_consent_only() -> None:
    """Art. 7(1): "trong trường hợp chủ sở hữu bí mật kinh doanh đó đồng ý" (that owner)."""
    item = ConditionalInformation(category="trade_secret", holders=("Công ty Y",))
    assert not consent_covers(item, _signed("trade_secret", "Công ty X"))
    assert consent_covers(item, _signed("trade_secret", "Công ty Y"))
    # a signature for another kind of information is not a consent to this one
    assert not consent_covers(item, _signed("personal_secret", "Công ty Y"))


def test_a_family_secret_needs_every_member_unless_the_members_concerned_reading() -> None:
    """Art. 7(2): "được các thành viên gia đình đồng ý"; every member by default
    (family-consent-every-member), the members concerned as the option."""
    item = ConditionalInformation(
        category="family_secret", holders=("An", "Bình", "Chi"), members_concerned=("An",)
    )
    one = _signed("family_secret", "An")
    assert not consent_covers(item, one)
    assert consent_covers(item, one, reading="members_concerned")
    assert consent_covers(item, _signed("family_secret", "An", "Bình", "Chi"))
    # no member named as concerned: the option still needs every member
    all_of_them = ConditionalInformation(category="family_secret", holders=("An", "Bình"))
    assert not consent_covers(all_of_them, one, reading="members_concerned")


def test_a_secret_whose_holder_is_not_named_takes_the_right_party_s_consent() -> None:
    """consent-holder-as-found: without holders the agency's finding stands."""
    item = ConditionalInformation(category="personal_secret")
    assert consent_covers(item, _signed("personal_secret", "Bất kỳ ai"))
    assert not consent_covers(item, [])


def test_names_are_matched_without_regard_to_case_or_spacing() -> None:
    item = ConditionalInformation(category="personal_secret", holders=("Trần  Thị C",))
    assert consent_covers(item, _signed("personal_secret", " trần thị c "))


@pytest.mark.parametrize(
    "item",
    [
        # members concerned are members of a family, and among its members (art. 7(2))
        {"category": "personal_secret", "holders": ["An"], "members_concerned": ["An"]},
        {"category": "family_secret", "holders": ["An"], "members_concerned": ["Bình"]},
        # the requester is "người đó" of a private-life or personal secret only
        {"category": "trade_secret", "holders": ["Công ty X"], "requesters_own": True},
        {"category": "family_secret", "holders": ["An"], "requesters_own": True},
        # a holder is a name, never blank
        {"category": "personal_secret", "holders": [" "]},
    ],
)
def test_whose_secret_it_is_must_fit_its_category(item: dict[str, object]) -> None:
    with pytest.raises(InvalidInputError) as err:
        validate_input(ConditionalInformation, item, what="conditional")
    assert err.value.code == "invalid-input"
