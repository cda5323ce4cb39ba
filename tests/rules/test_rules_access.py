"""Arts. 5–7, 23: access classes and consent (art. 9: test_rules_responsibility.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tiepcan.foundation._input import validate_input
from tiepcan.foundation.citations import law
from tiepcan.foundation.errors import InvalidInputError
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


# -- arts. 6 and 7 at their edges ----------------------------------------------------------
# Art. 6 prevails over art. 7; a state secret is barred until it is declassified (art. 6(1),
# second paragraph); trade secrets (7(1)) and private life, personal and family secrets (7(2))
# open with the consent of the business or person concerned (a family secret: the family
# members), or by the head of agency's decision in the public interest or for community health
# (7(3)), which opens only what it names. A person asking about his or her own private life or
# personal secrets is the person whose consent art. 7(2) asks for.

HEAD = {
    "opens": ["trade_secret"],
    "reason": "public_interest",
    "legal_basis": "Luật Bảo vệ môi trường",
    "decided_by": "Giám đốc Sở",
}


def test_art_6_prevails_over_art_7() -> None:
    assert classify_access(["state_secret"], ["trade_secret"]) is AccessClass.NOT_ACCESSIBLE
    assert classify_access([], ["trade_secret"]) is AccessClass.CONDITIONALLY_ACCESSIBLE
    assert classify_access([], []) is AccessClass.ACCESSIBLE


def test_a_declassified_state_secret_is_no_longer_barred() -> None:
    """Art. 6(1): once declassified, a state secret is accessible under this law."""
    assert classify_access(["state_secret"], [], declassified=True) is AccessClass.ACCESSIBLE
    assert classify_access(["state_secret"], [], declassified=False) is AccessClass.NOT_ACCESSIBLE
    # declassification lifts the state secret only, not another art. 6 ground
    assert (
        classify_access(["state_secret", "harms_social_ethics"], [], declassified=True)
        is AccessClass.NOT_ACCESSIBLE
    )
    assert (
        classify_access(["state_secret"], ["family_secret"], declassified=True)
        is AccessClass.CONDITIONALLY_ACCESSIBLE
    )


def test_each_category_needs_its_own_consent() -> None:
    wanted = ["family_secret", "trade_secret", "personal_secret"]
    # in the order of art. 7, whatever order they are given in
    assert unmet_conditions(wanted, consented=[], head_decision=None) == (
        C.TRADE_SECRET,
        C.PERSONAL_SECRET,
        C.FAMILY_SECRET,
    )
    assert unmet_conditions(wanted, consented=["trade_secret"], head_decision=None) == (
        C.PERSONAL_SECRET,
        C.FAMILY_SECRET,
    )
    assert unmet_conditions(wanted, consented=wanted, head_decision=None) == ()
    # a consent to something not asked for opens nothing else
    assert unmet_conditions(["trade_secret"], consented=["family_secret"], head_decision=None) == (
        C.TRADE_SECRET,
    )


def test_the_head_of_agency_decision_opens_only_what_it_names() -> None:
    """Art. 7(3)."""
    assert unmet_conditions(["trade_secret"], consented=[], head_decision=HEAD) == ()
    assert unmet_conditions(
        ["trade_secret", "personal_secret"], consented=[], head_decision=HEAD
    ) == (C.PERSONAL_SECRET,)


def test_own_information_needs_no_consent_but_a_trade_or_family_secret_does() -> None:
    wanted = ["private_life_secret", "personal_secret", "family_secret", "trade_secret"]
    assert unmet_conditions(wanted, consented=[], head_decision=None, own_information=True) == (
        C.TRADE_SECRET,
        C.FAMILY_SECRET,
    )


def test_consents_and_the_head_decision_add_up() -> None:
    """A consent (art. 7(1)–(2)) and the head of agency's decision (art. 7(3)) each open what
    they cover; together they open both; one's own secrets need no consent of one's own."""
    wanted = ["trade_secret", "personal_secret"]
    assert unmet_conditions(wanted, consented=["personal_secret"], head_decision=HEAD) == ()
    assert (
        unmet_conditions(
            wanted, consented=["trade_secret"], head_decision=None, own_information=True
        )
        == ()
    )


@pytest.mark.parametrize(
    ("call", "code", "detail"),
    [
        (lambda: classify_access(["nope"], []), "invalid-not-accessible", "not_accessible='nope'; allowed: "),
        (lambda: classify_access([], ["nope"]), "invalid-conditional", "conditional='nope'; allowed: "),
        (lambda: classify_access([], [], declassified="yes"), "invalid-input",
         "'declassified' must be true or false: declassified='yes'"),
        (lambda: unmet_conditions(["nope"], consented=[], head_decision=None), "invalid-conditional",
         "conditional='nope'; allowed: "),
        (lambda: unmet_conditions([], consented=["nope"], head_decision=None), "invalid-consented",
         "consented='nope'; allowed: "),
        (lambda: unmet_conditions([], consented=[], head_decision=None, own_information="yes"),
         "invalid-input", "'own_information' must be true or false: own_information='yes'"),
        (lambda: unmet_conditions([], consented=[], head_decision={"x": 1}), "invalid-input",
         "head of agency decision: opens: Field required"),
    ],
)  # fmt: skip
def test_bad_input_names_its_field_and_the_allowed_values(
    call: Any, code: str, detail: str
) -> None:
    """Bad input is refused with the code of its field and a detail that names the field,
    the value and (for a list of names) the allowed ones."""
    with pytest.raises(InvalidInputError) as err:
        call()
    assert err.value.code == code
    assert err.value.detail is not None and err.value.detail.startswith(detail)


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
