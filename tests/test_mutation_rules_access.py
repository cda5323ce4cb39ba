"""Arts. 5–7 at their edges (issue 12): what citizens may not access, and on what condition.

Law 104/2016/QH13 art. 6: information citizens may not access (a state secret, until it is
declassified: art. 6(1), second paragraph; and the harms of art. 6(2)); art. 7: trade secrets
(7(1)) and private life, personal and family secrets (7(2)) are accessible with the consent of
the business or person concerned (family secrets: the family members), or by the head of the
agency's decision in the public interest or for community health (7(3)), which opens only
what it names. Art. 6 prevails over art. 7. A person asking about his or her own private life
or personal secrets is the person whose consent art. 7(2) asks for.
"""

from __future__ import annotations

from typing import Any

import pytest

from tiepcan import InvalidInputError
from tiepcan.rules.access import AccessClass, ConditionalCategory, classify_access, unmet_conditions

C = ConditionalCategory
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


def test_own_information_needs_no_consent_but_a_family_secret_does() -> None:
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
def test_junk_names_its_field(call: Any, code: str, detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        call()
    assert err.value.code == code
    assert err.value.detail is not None and err.value.detail.startswith(detail)
