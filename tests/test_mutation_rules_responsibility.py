"""Art. 9 at its edges (issue 12): which agency must provide the information.

Law 104/2016/QH13 art. 9(1): a state agency provides the information it created; a commune
People's Committee also what it received to perform its own functions. Art. 9(2): the
offices of art. 9(2)(a)–(g) provide the information of the bodies they serve (a body served
by an office is not the provider itself: the requester is told where to turn, art. 26(3));
art. 9(2)(h): a commune provides to its residents, and to others only information directly
concerning their lawful rights and interests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tiepcan.rules.responsibility import assess_responsibility

LAW = "Law 104/2016/QH13 on Access to Information, art. "
COMMUNE = {"agency_kind": "commune_peoples_committee", "origin": "received_for_own_functions"}


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


def test_a_commune_that_does_not_say_reads_the_form_s_address_as_residence() -> None:
    """Issue 18: art. 9(2)(h) with art. 24(2)(a) (commune-residence-from-form); the finding
    cites point h, read from the ruleset."""
    found = assess_responsibility(COMMUNE, rules="ati-2016")
    assert found.responsible and not found.redirect
    assert found.citations[-1].ref == "104/2016/QH13 art. 9(2)(h)"
