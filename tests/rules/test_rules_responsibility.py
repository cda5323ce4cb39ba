"""Art. 9: which agency must provide the information (Law 104/2016/QH13).

Art. 9(1): a state agency provides the information it created; a commune People's Committee
also what it received to perform its own functions. Art. 9(2): the offices of art. 9(2)(a)–(g)
provide the information of the bodies they serve (a body served by an office is not the
provider itself: the requester is told where to turn, art. 26(3)); art. 9(2)(h): a commune
provides to its residents, and to others only information directly concerning their lawful
rights and interests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tiepcan.foundation.citations import law
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.rules.responsibility import (
    AgencyKind,
    InformationOrigin,
    ResponsibilityFacts,
    assess_responsibility,
)

LAW = "Law 104/2016/QH13 on Access to Information, art. "
COMMUNE = {"agency_kind": "commune_peoples_committee", "origin": "received_for_own_functions"}


# -- who provides: the citation that decides ------------------------------------------------


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


# -- who provides: each finding whole, its citations once each, its reason -----------------


@pytest.mark.parametrize(
    ("facts", "kw", "responsible", "redirect", "cites", "en"),
    [
        ({}, {}, True, False, ["9(1)"], "the agency created it"),
        ({"origin": "created_by_another_agency"}, {}, False, True, ["9(1)", "26(3)"],
         "the agency did not create the information and is not responsible for providing it"),
        ({"origin": "created_by_body_served"}, {}, False, True, ["9(1)", "26(3)"],
         "the agency did not create the information and is not responsible for providing it"),
        ({"agency_kind": "government_office", "origin": "created_by_body_served"}, {}, True,
         False, ["9(2)(c)"], "the office provides the information of the body it serves"),
        ({"agency_kind": "body_served_by_an_office"}, {}, False, True, ["9(2)", "26(3)"],
         "the body's office organises the provision of its information"),
        ({**COMMUNE, "requester_resides_in_commune": True}, {}, True, False, ["9(1)", "9(2)(h)"],
         "received by the commune People's Committee for its own functions; the requester is "
         "one art. 9(2)(h) serves"),
        ({**COMMUNE, "requester_resides_in_commune": False}, {"concerns_requester": True}, True,
         False, ["9(1)", "9(2)(h)"],
         "received by the commune People's Committee for its own functions; the requester is "
         "one art. 9(2)(h) serves"),
        ({**COMMUNE, "requester_resides_in_commune": False}, {}, False, False, ["9(2)(h)"],
         "a commune People's Committee provides to non-residents only information directly "
         "concerning their lawful rights and interests"),
        ({"agency_kind": "commune_peoples_committee", "origin": "created_by_commune_level_bodies",
          "requester_resides_in_commune": True}, {}, True, False, ["9(2)(h)"],
         "created by bodies at commune level; the requester is one art. 9(2)(h) serves"),
        ({"origin": "received_for_own_functions"}, {}, False, True, ["9(1)", "26(3)"],
         "the agency did not create the information and is not responsible for providing it"),
    ],
)  # fmt: skip
def test_who_provides(
    facts: dict[str, Any],
    kw: dict[str, Any],
    responsible: bool,
    redirect: bool,
    cites: list[str],
    en: str,
) -> None:
    f = assess_responsibility(facts, rules="ati-2016", **kw)
    assert (f.responsible, f.redirect) == (responsible, redirect)
    # each unit of law once (a commune's 9(2)(h) finding once listed point h twice)
    assert [c.label_en for c in f.citations] == [LAW + c for c in cites]
    assert f.reason.en == en
    assert f.reason.vi


def test_a_commune_finding_cites_point_h_read_from_the_ruleset() -> None:
    """Art. 9(2)(h) with art. 24(2)(a): a commune that does not say where the requester
    lives takes the form's address as the residence (interpretation commune-residence-from-form),
    and its finding cites point h as the ruleset reads it."""
    found = assess_responsibility(COMMUNE, rules="ati-2016")
    assert found.responsible and not found.redirect
    assert found.citations[-1].ref == "104/2016/QH13 art. 9(2)(h)"
