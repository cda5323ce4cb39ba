"""Scenarios written from the statute: each names the clause that decides it.

Every row gives the facts of a case, the outcome the law prescribes, the art. 28(1) grounds
(by letter) or the missing items, and the clause that decides it; the test checks the
citations BY ROLE (issue 18): ``decided_by`` and ``decided`` must be among the deciding
citations (the outcome is their legal consequence), ``applied`` among the requirements that
applied and were met, ``checked`` among the units checked and not applicable, and
``not_decided`` must not decide. Every scenario also meets the rules of the roles that hold
for its outcome (see :func:`_roles_of_every_scenario`). Expected values come from reading the
law, not from running the code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from tiepcan.decision import CitationRole, Decision, Outcome, assess
from tiepcan.foundation.citations import Citation, decree13, law
from tiepcan.foundation.errors import InvalidInputError, RegimeNotEncodedError
from tiepcan.foundation.terms import Channel
from tiepcan.rules.access import NotAccessibleGround
from tiepcan.rules.requests import ElectronicMethod, ReceiptDuty

RECEIVED = date(2024, 2, 7)
#: the day of the decision, for costs with a payment deadline (no clock is read)
ON = date(2024, 3, 1)

IDENTITY = {
    "full_name": "Nguyễn Văn A",
    "residence_address": "12 Tràng Tiền, Hà Nội",
    "id_kind": "citizen_id_card",
    "id_number": "001099000001",
}
CONTENTS = {
    "description": "Quyết định thu hồi đất thửa số 12",
    "document_names": ["Quyết định 345/QĐ-UBND"],
    "provision_form": "electronic",
    "reason_and_purpose": "Bảo vệ quyền sử dụng đất của gia đình",
}
#: who acts for the requester, with identity and proof (art. 24(1)(a); art. 4(2)–(3))
REP = {
    "full_name": "Nguyễn Thị M",
    "id_kind": "citizen_id_card",
    "id_number": "001180000009",
    "proof": "Giấy khai sinh / quyết định cử người giám hộ / giấy ủy quyền",
}

MEMBER = {
    "full_name": "Trần Thị B",
    "id_number": "001199000002",
    "reason_and_purpose": "Cùng lý do",
}


def form_01a(identity: dict[str, Any] | None = None, **contents: Any) -> dict[str, Any]:
    return {
        "form": "01a",
        "requester": {**IDENTITY, **(identity or {})},
        "request": {**CONTENTS, **contents},
    }


def form_01b(members: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "form": "01b",
        "organisation_name": "Hợp tác xã Thành Công",
        "organisation_kind": "enterprise",
        "representative": IDENTITY,
        "members": members,
        "request": CONTENTS,
        **extra,
    }


def consent(party: str, *covers: str, by: tuple[str, ...] = ("Lê Văn C",)) -> dict[str, Any]:
    return {
        "party": party,
        "consenting_persons": list(by),
        "covers": list(covers),
        "information": "Hồ sơ doanh nghiệp",
    }


def secret(category: str, *holders: str, **extra: Any) -> dict[str, Any]:
    """Art. 7 information and whose it is (consent is person by person)."""
    return {"category": category, "holders": list(holders), **extra}


@dataclass
class Case:
    name: str
    decided_by: Citation
    outcome: Outcome
    grounds: str = ""  # the art. 28(1) letters, in order ("dd" for đ)
    missing: tuple[str, ...] = ()
    requester: dict[str, Any] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    form: dict[str, Any] = field(default_factory=form_01a)
    consents: tuple[dict[str, Any], ...] = ()
    channel: str = "electronic"
    #: the role of ``decided_by``: deciding unless the case is about a clause that only applied
    #: or was only checked
    role: CitationRole = CitationRole.DECIDED
    decided: tuple[Citation, ...] = ()
    applied: tuple[Citation, ...] = ()
    checked: tuple[Citation, ...] = ()
    not_decided: tuple[Citation, ...] = ()
    received_on: date = RECEIVED
    interpretations: tuple[str, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


CASES = [
    # -- who may ask: arts. 4, 36; Decree 13 art. 4; art. 24(1)(a) -----------------
    Case("citizen asks in person", law(4, 1), Outcome.PROVIDE),
    Case(
        "person who lost civil act capacity asks alone",
        law(4, 2),
        Outcome.WRONG_PERSON,
        missing=("through_legal_representative",),
        requester={"capacity": "lost"},
    ),
    Case(
        "person who lost capacity asks through the legal representative",
        law(4, 1),
        Outcome.PROVIDE,
        requester={
            "capacity": "lost",
            "acting_through": "legal_representative",
            "representative": REP,
        },
    ),
    Case(
        "person with difficulties in cognition asks alone",
        law(4, 2),
        Outcome.WRONG_PERSON,
        missing=("through_guardian",),
        requester={"capacity": "cognitive_difficulty"},
    ),
    Case(
        "person with difficulties in cognition asks through the guardian",
        law(4, 2),  # the exact clause the check applied, cited although it passes
        Outcome.PROVIDE,
        requester={
            "capacity": "cognitive_difficulty",
            "acting_through": "guardian",
            "representative": REP,
        },
    ),
    Case(
        "person under 18 asks alone",
        law(4, 3),
        Outcome.WRONG_PERSON,
        missing=("minor_through_legal_representative",),
        requester={"under_18": True},
    ),
    Case(
        "person under 18 asks through the legal representative",
        law(4, 1),
        Outcome.PROVIDE,
        requester={
            "under_18": True,
            "acting_through": "legal_representative",
            "representative": REP,
        },
    ),
    Case(
        "person under 18 whom another law lets ask alone",
        law(4, 1),
        Outcome.PROVIDE,
        requester={"under_18": True, "minor_may_act_alone": True},
    ),
    Case(
        "adult with full capacity sends a 'legal representative'",
        law(24, 1, "a"),
        Outcome.WRONG_PERSON,
        missing=("intermediary_not_provided_for",),
        requester={"acting_through": "legal_representative", "representative": REP},
    ),
    Case(
        "citizen authorises another person to come to the office",
        law(24, 1, "a"),
        Outcome.PROVIDE,
        requester={"acting_through": "authorised_person", "representative": REP},
        channel="at_office",
    ),
    Case(
        "resident foreigner asks about his own rights and obligations",
        law(36, 1),
        Outcome.PROVIDE,
        requester={"standing": "foreigner_residing_in_vietnam"},
        facts={"concerns_requester": True},
    ),
    Case(
        "resident foreigner asks about something else",
        law(36, 1),
        Outcome.NO_STANDING,
        requester={"standing": "foreigner_residing_in_vietnam"},
    ),
    Case(
        "foreigner not residing in Vietnam",
        law(36, 1),
        Outcome.NO_STANDING,
        requester={"standing": "foreigner_not_residing"},
        facts={"concerns_requester": True},
    ),
    Case(
        "citizens ask through their enterprise, with the list",
        decree13(4, 2),
        Outcome.PROVIDE,
        requester={"acting_through": "organisation"},
        form=form_01b([MEMBER, {**MEMBER, "full_name": "Phạm Văn D"}]),
    ),
    Case(
        "organisation route with a single member",
        decree13(4, 1),
        Outcome.INCOMPLETE,
        missing=("group_many_members",),
        requester={"acting_through": "organisation"},
        form=form_01b([MEMBER]),
    ),
    Case(
        "organisation route, a member without identity number",
        decree13(4, 2),
        Outcome.INCOMPLETE,
        missing=("group_member_list",),
        requester={"acting_through": "organisation"},
        form=form_01b([MEMBER, {**MEMBER, "id_number": None}]),
    ),
    Case(
        "organisation route on an individual form",
        law(36, 2),
        Outcome.WRONG_PERSON,
        missing=("group_route_for_citizens",),
        requester={"acting_through": "organisation"},
    ),
    Case(
        "resident foreigner through an organisation",
        law(36, 2),
        Outcome.WRONG_PERSON,
        missing=("group_route_for_citizens",),
        requester={"standing": "foreigner_residing_in_vietnam", "acting_through": "organisation"},
        facts={"concerns_requester": True},
        form=form_01b([MEMBER, MEMBER]),
    ),
    # -- the request form: art. 24(2), art. 26(2) -------------------------------------
    Case(
        "form without the requester's name",
        law(24, 2, "a"),
        Outcome.INCOMPLETE,
        missing=("full_name",),
        # issue 18: the missing point decides; the points present only applied
        decided=(law(24, 2), law(26, 2)),
        applied=(law(24, 2, "b"), law(24, 2, "c"), law(24, 2, "d")),
        form=form_01a({"full_name": None}),
    ),
    Case(
        "form without identity number",
        law(24, 2, "a"),
        Outcome.INCOMPLETE,
        missing=("id_number",),
        form=form_01a({"id_number": " "}),
    ),
    Case(
        "form without fax, phone or e-mail (they are 'nếu có')",
        law(24, 2, "a"),
        Outcome.PROVIDE,
        role=CitationRole.APPLIED,
        form=form_01a({"fax": None, "phone": None, "email": None}),
    ),
    Case(
        "form that does not name the document",
        law(24, 2, "b"),
        Outcome.INCOMPLETE,
        missing=("document_names",),
        form=form_01a(document_names=[]),
    ),
    Case(
        "form without the form of provision",
        law(24, 2, "c"),
        Outcome.INCOMPLETE,
        missing=("provision_form",),
        form=form_01a(provision_form=None),
    ),
    Case(
        "form without reason and purpose",
        law(24, 2, "d"),
        Outcome.INCOMPLETE,
        missing=("reason_and_purpose",),
        form=form_01a(reason_and_purpose=""),
    ),
    Case(
        "form not in Vietnamese",
        law(24, 2),
        Outcome.INCOMPLETE,
        missing=("not_in_vietnamese",),
        form={**form_01a(), "in_vietnamese": False},
    ),
    # -- responsibility: art. 9, art. 26(3), art. 28(1)(c) -------------------------------
    Case(
        "information created by another agency",
        law(26, 3),
        Outcome.REFUSE_AND_REDIRECT,
        grounds="c",
        facts={
            "responsibility": {
                "origin": "created_by_another_agency",
                "responsible_agency": "Sở Xây dựng",
            }
        },
    ),
    Case(
        "request sent to the Government itself",
        law(9, 2),
        Outcome.REFUSE_AND_REDIRECT,
        grounds="c",
        facts={
            "responsibility": {
                "agency_kind": "body_served_by_an_office",
                "responsible_agency": "Văn phòng Chính phủ",
            }
        },
    ),
    Case(
        "the Government Office provides the Government's information",
        law(9, 2, "c"),
        Outcome.PROVIDE,
        facts={
            "responsibility": {
                "agency_kind": "government_office",
                "origin": "created_by_body_served",
            }
        },
    ),
    Case(
        "commune provides information it received for its functions, to a resident",
        law(9, 2, "h"),
        Outcome.PROVIDE,
        facts={
            "responsibility": {
                "agency_kind": "commune_peoples_committee",
                "origin": "received_for_own_functions",
                "requester_resides_in_commune": True,
            }
        },
    ),
    Case(
        "an ordinary agency holds information it only received",
        law(28, 1, "c"),
        Outcome.REFUSE_AND_REDIRECT,
        grounds="c",
        facts={
            "responsibility": {
                "origin": "received_for_own_functions",
                "responsible_agency": "Sở Tài nguyên và Môi trường",
            }
        },
    ),
    Case(
        "commune, non-resident, information not about his rights",
        law(9, 2, "h"),
        Outcome.REFUSE,
        grounds="c",
        facts={
            "responsibility": {
                "agency_kind": "commune_peoples_committee",
                "requester_resides_in_commune": False,
            }
        },
    ),
    Case(
        "commune, non-resident, information directly about his rights",
        law(9, 2, "h"),
        Outcome.PROVIDE,
        facts={
            "responsibility": {
                "agency_kind": "commune_peoples_committee",
                "requester_resides_in_commune": False,
            },
            "concerns_requester": True,
        },
    ),
    # -- not accessible: art. 6; art. 28(1)(a) ---------------------------------------
    Case(
        "state secret",
        law(6, 1),
        Outcome.REFUSE,
        grounds="a",
        facts={"not_accessible": ["state_secret"]},
    ),
    Case(
        "declassified state secret",
        law(6, 1),
        Outcome.PROVIDE,
        facts={"not_accessible": ["state_secret"], "state_secret_declassified": True},
    ),
    Case(
        "declassified state secret that is also a work secret",
        law(6, 2),
        Outcome.REFUSE,
        grounds="a",
        facts={
            "not_accessible": ["state_secret", "work_secret"],
            "state_secret_declassified": True,
        },
    ),
    # -- conditions: art. 7, art. 24(3) ----------------------------------------------
    Case(
        "trade secret with the owner's consent",
        law(7, 1),
        Outcome.PROVIDE,
        facts={"conditional": ["trade_secret"]},
        consents=(consent("trade_secret_owner", "trade_secret"),),
    ),
    Case(
        "trade secret without consent attached (art. 28(1)(a): refused)",
        law(28, 1, "a"),
        Outcome.REFUSE,
        grounds="a",
        facts={"conditional": ["trade_secret"]},
    ),
    Case(
        "trade secret, the owner refused consent",
        law(7, 1),
        Outcome.REFUSE,
        grounds="a",
        facts={"conditional": ["trade_secret"], "consent_declined": True},
    ),
    Case(
        "personal secret with the person's consent",
        law(7, 2),
        Outcome.PROVIDE,
        facts={"conditional": ["personal_secret"]},
        consents=(consent("person_concerned", "personal_secret"),),
    ),
    Case(
        "private-life secret with the person's consent",
        law(7, 2),
        Outcome.PROVIDE,
        facts={"conditional": ["private_life_secret"]},
        consents=(consent("person_concerned", "private_life_secret"),),
    ),
    Case(
        "family secret with the family members' consent",
        law(7, 2),
        Outcome.PROVIDE,
        facts={"conditional": ["family_secret"]},
        consents=(consent("family_members", "family_secret"),),
    ),
    Case(
        "trade and family secret, only the owner consented (art. 28(1)(a))",
        law(24, 3),
        Outcome.REFUSE,
        grounds="a",
        facts={"conditional": ["trade_secret", "family_secret"]},
        consents=(consent("trade_secret_owner", "trade_secret"),),
    ),
    Case(
        "private life, head of agency decides for the public interest",
        law(7, 3),
        Outcome.PROVIDE,
        facts={
            "conditional": ["private_life_secret"],
            "head_of_agency_decision": {
                "opens": ["private_life_secret"],
                "reason": "public_interest",
                "legal_basis": "Luật Phòng, chống tham nhũng",
                "decided_by": "Chủ tịch UBND tỉnh",
            },
        },
    ),
    Case(
        "trade secret refused by its owner, head decides for community health",
        law(7, 3),
        Outcome.PROVIDE,
        facts={
            "conditional": ["trade_secret"],
            "consent_declined": True,
            "head_of_agency_decision": {
                "opens": ["trade_secret"],
                "reason": "community_health",
                "legal_basis": "Luật An toàn thực phẩm",
                "decided_by": "Giám đốc Sở Y tế",
            },
        },
    ),
    # -- already disclosed: art. 28(1)(b) with art. 23(1) ------------------------------
    Case(
        "information disclosed under art. 17",
        law(28, 1, "b"),
        Outcome.REFUSE_AS_PUBLISHED,
        grounds="b",
        facts={"disclosure": "disclosed", "published_at": "https://example.gov.vn/qd-345"},
    ),
    Case(
        "art. 17 information due but not yet disclosed",
        law(23, 1, "a"),
        Outcome.PROVIDE,
        facts={"disclosure": "due_not_yet_disclosed"},
    ),
    Case(
        "art. 17 information whose disclosure period has expired",
        law(23, 1, "b"),
        Outcome.PROVIDE,
        facts={"disclosure": "disclosure_period_expired"},
    ),
    Case(
        "disclosed, but force majeure keeps the requester from it",
        law(23, 1, "c"),
        Outcome.PROVIDE,
        facts={"disclosure": "disclosed", "force_majeure_prevents_access": True},
    ),
    # -- provided twice: art. 28(1)(d) -----------------------------------------------
    Case(
        "provided once before",
        law(28, 1, "d"),
        Outcome.PROVIDE,
        role=CitationRole.CHECKED,
        facts={"times_already_provided": 1},
    ),
    Case(
        "provided twice before",
        law(28, 1, "d"),
        Outcome.REFUSE,
        grounds="d",
        facts={"times_already_provided": 2},
    ),
    Case(
        "provided twice before, with a legitimate reason",
        law(28, 1, "d"),
        Outcome.PROVIDE,
        facts={"times_already_provided": 2, "legitimate_reason_to_repeat": True},
    ),
    # -- capacity: art. 28(1)(đ) -------------------------------------------------------
    Case(
        "beyond the agency's capacity",
        law(28, 1, "đ"),
        Outcome.REFUSE,
        grounds="dd",
        facts={"exceeds_capacity": True},
    ),
    Case(
        "disrupts the agency's normal work",
        law(28, 1, "đ"),
        Outcome.REFUSE,
        grounds="dd",
        facts={"disrupts_normal_operation": True},
    ),
    # -- costs: art. 28(1)(e); Decree 13 art. 13(2) --------------------------------------
    Case(
        "costs not paid", law(28, 1, "e"), Outcome.REFUSE, grounds="e", facts={"costs": "not_paid"}
    ),
    Case(
        "costs notified, payment awaited",
        decree13(13, 2),
        Outcome.PROVIDE,
        facts={"costs": "awaiting_payment"},
    ),
    # -- several grounds: art. 28(2) — all reasons stated --------------------------------
    Case(
        "state secret, provided twice, costs not paid",
        law(28, 2),
        Outcome.REFUSE,
        grounds="ade",
        facts={
            "not_accessible": ["state_secret"],
            "times_already_provided": 3,
            "costs": "not_paid",
        },
    ),
    Case(
        "disclosed and beyond capacity",
        law(28, 2),
        Outcome.REFUSE,
        grounds="bdd",
        facts={"disclosure": "disclosed", "exceeds_capacity": True},
    ),
    Case(
        "consent missing and beyond capacity",
        law(28, 1, "a"),
        Outcome.REFUSE,
        grounds="add",
        facts={"conditional": ["trade_secret"], "exceeds_capacity": True},
    ),
    # -- issue 9: each new case names its clause -------------------------------------
    Case(
        "own private-life secret, asked by the person himself (art. 7(2))",
        law(7, 2),
        Outcome.PROVIDE,
        facts={"conditional": ["private_life_secret"], "own_information": True},
    ),
    Case(
        "own information does not open a family secret (art. 7(2))",
        law(28, 1, "a"),
        Outcome.REFUSE,
        grounds="a",
        facts={"conditional": ["family_secret"], "own_information": True},
    ),
    Case(
        "head of agency opens the trade secret only, not the family secret (art. 7(3))",
        law(7, 3),
        Outcome.REFUSE,
        grounds="a",
        facts={
            "conditional": ["trade_secret", "family_secret"],
            "head_of_agency_decision": {
                "opens": ["trade_secret"],
                "reason": "community_health",
                "legal_basis": "Luật An toàn thực phẩm",
                "decided_by": "Giám đốc Sở Y tế",
            },
        },
    ),
    Case(
        "one paragraph is a work secret: provided in part (Decree 13 art. 7(2))",
        decree13(7, 2),
        Outcome.PROVIDE_IN_PART,
        grounds="a",
        facts={"protected_parts": [{"part": "đoạn 3", "not_accessible": ["work_secret"]}]},
    ),
    Case(
        "a protected part whose consent is attached is not removed (art. 7(1))",
        law(7, 1),
        Outcome.PROVIDE,
        facts={"protected_parts": [{"part": "phụ lục 2", "conditional": ["trade_secret"]}]},
        consents=(consent("trade_secret_owner", "trade_secret"),),
    ),
    Case(
        "information that does not exist or is not held (art. 2(1))",
        law(2, 1),
        Outcome.NOT_HELD,
        facts={"held": False},
    ),
    Case(
        "information created before 2018-07-01 (Decree 13 art. 14(2))",
        decree13(14, 2),
        Outcome.EARLIER_RULES,
        facts={"created_on": date(2016, 5, 10)},
    ),
    Case(
        "information created on 2018-07-01 is under the law (Decree 13 art. 14(2))",
        law(27),
        Outcome.PROVIDE,
        facts={"created_on": date(2018, 7, 1)},
    ),
    Case(
        "not responsible, no agency named: still told and guided (art. 26(3))",
        law(26, 3),
        Outcome.REFUSE_AND_REDIRECT,
        grounds="c",
        facts={"responsibility": {"origin": "created_by_another_agency"}},
    ),
    Case(
        "authorised person without the proof of authorisation (art. 24(1)(a))",
        law(24, 1, "a"),
        Outcome.INCOMPLETE,
        missing=("representative",),
        requester={"acting_through": "authorised_person", "representative": {**REP, "proof": None}},
    ),
    Case(
        "a minor through the guardian (art. 4(3); guardian-is-legal-representative)",
        law(4, 3),
        Outcome.PROVIDE,
        requester={"under_18": True, "acting_through": "guardian", "representative": REP},
    ),
    Case(
        "a group member who is not a citizen (art. 36(2))",
        law(36, 2),
        Outcome.WRONG_PERSON,
        missing=("group_member_standing",),
        requester={"acting_through": "organisation"},
        form=form_01b([MEMBER, {**MEMBER, "vietnamese_citizen": False}]),
    ),
    Case(
        "the organisation route that passes cites Decree 13 art. 4(2)",
        decree13(4, 2),
        Outcome.PROVIDE,
        requester={"acting_through": "organisation"},
        form=form_01b([MEMBER, {**MEMBER, "full_name": "Phạm Văn D"}]),
    ),
    Case(
        "payment deadline passed, unpaid (art. 27; art. 28(1)(e))",
        decree13(13, 2),
        Outcome.REFUSE,
        grounds="e",
        facts={"payment_due": date(2024, 2, 20)},
    ),
    Case(
        "a resident foreigner cites art. 4(1) beside art. 36(1)",
        law(4, 1),
        Outcome.PROVIDE,
        requester={"standing": "foreigner_residing_in_vietnam"},
        facts={"concerns_requester": True},
    ),
    # -- issue 18: which clause decided (the three roles) ------------------------------
    Case(
        "lost capacity, through the legal representative: art. 4(2) decides",
        law(4, 2),
        Outcome.PROVIDE,
        requester={"capacity": "lost", "acting_through": "legal_representative"},
        not_decided=(law(24, 1, "a"), law(24, 1, "b")),
    ),
    Case(
        "a minor through the legal representative: art. 4(3) decides",
        law(4, 3),
        Outcome.PROVIDE,
        requester={"under_18": True, "acting_through": "legal_representative"},
        not_decided=(law(24, 1, "a"), law(24, 1, "b")),
    ),
    Case(
        "a commune provides what it created to a resident: art. 9(1), 9(2)(h) decide",
        law(9, 2, "h"),
        Outcome.PROVIDE,
        decided=(law(9, 1),),
        facts={
            "responsibility": {
                "agency_kind": "commune_peoples_committee",
                "requester_resides_in_commune": True,
            }
        },
    ),
    Case(
        "a commune serves a non-resident it directly concerns: art. 9(2)(h) decides",
        law(9, 2, "h"),
        Outcome.PROVIDE,
        facts={
            "responsibility": {
                "agency_kind": "commune_peoples_committee",
                "requester_resides_in_commune": False,
            },
            "concerns_requester": True,
        },
    ),
    Case(
        "the organisation route: art. 36(2), Decree 13 art. 4(1)-(2) decide, not art. 24(1)(a)",
        law(36, 2),
        Outcome.PROVIDE,
        decided=(decree13(4, 1), decree13(4, 2)),
        not_decided=(law(24, 1, "a"),),
        requester={"acting_through": "organisation"},
        form=form_01b([MEMBER, {**MEMBER, "full_name": "Phạm Văn D"}]),
        channel="at_office",
    ),
    Case(
        "a bound provision rests on art. 9(1); art. 23(4) 'có thể' is only checked",
        law(9, 1),
        Outcome.PROVIDE,
        checked=(law(23, 4),),
        not_decided=(law(23, 4),),
    ),
    Case(
        "an art. 7 part withheld: no art. 23(2) basis (Decree 13 art. 7(2))",
        decree13(7, 2),
        Outcome.PROVIDE_IN_PART,
        grounds="a",
        facts={"protected_parts": [{"part": "phụ lục 1", "conditional": ["trade_secret"]}]},
        decided=(law(7, 1), law(24, 3)),
        not_decided=(law(23, 2),),
    ),
    Case(
        "own art. 7 information: art. 23(2), never 23(3) beside it",
        law(23, 2),
        Outcome.PROVIDE,
        facts={
            "conditional": ["personal_secret"],
            "own_information": True,
            "concerns_requester": True,
            "about_requesters_affairs": True,
        },
        not_decided=(law(23, 3),),
        checked=(law(6),),
    ),
    Case(
        "information on the requester's own business, outside arts. 7 and 17: art. 23(3)",
        law(23, 3),
        Outcome.PROVIDE,
        facts={"about_requesters_affairs": True},
        not_decided=(law(23, 4),),
    ),
    Case(
        "electronic provision impossible: art. 30(1) with art. 25(2), at the office",
        law(25, 2),
        Outcome.PROVIDE,
        facts={"technical_means": False},
        decided=(law(30, 1), law(25, 1, "a"), law(29, 1)),
    ),
    Case(
        "a trade-secret part is an art. 7 step, the whole is not art. 6 (no contradiction)",
        decree13(7, 2),
        Outcome.PROVIDE_IN_PART,
        grounds="a",
        facts={"protected_parts": [{"part": "đoạn 2", "conditional": ["trade_secret"]}]},
        checked=(law(6),),
        not_decided=(law(6),),
    ),
    # -- issue 18: consent, person by person (art. 7(1)-(2), art. 24(3)) ----------------
    Case(
        "B's consent does not open C's personal secret (art. 7(2) 'người đó')",
        law(24, 3),
        Outcome.REFUSE,
        grounds="a",
        facts={"conditional": [secret("personal_secret", "Trần Thị C")]},
        consents=(consent("person_concerned", "personal_secret", by=("Lê Văn B",)),),
    ),
    Case(
        "C's own consent opens C's personal secret (art. 7(2))",
        law(7, 2),
        Outcome.PROVIDE,
        facts={"conditional": [secret("personal_secret", "Trần Thị C")]},
        consents=(consent("person_concerned", "personal_secret", by=("trần thị  C",)),),
        decided=(law(24, 3), law(23, 2)),
    ),
    Case(
        "the trade secret opens only with its owner's consent (art. 7(1) 'chủ sở hữu … đó')",
        law(28, 1, "a"),
        Outcome.REFUSE,
        grounds="a",
        facts={"conditional": [secret("trade_secret", "Công ty Y")]},
        consents=(consent("trade_secret_owner", "trade_secret", by=("Công ty X",)),),
    ),
    Case(
        "own information does not open a third person's secret in a part (art. 7(2))",
        decree13(7, 2),
        Outcome.PROVIDE_IN_PART,
        grounds="a",
        facts={
            "own_information": True,
            "conditional": ["private_life_secret"],
            "protected_parts": [{"part": "trang 4", "conditional": ["personal_secret"]}],
        },
        decided=(law(7, 2),),
    ),
    Case(
        "a part that is the requester's own secret opens without form 06 (art. 7(2))",
        law(7, 2),
        Outcome.PROVIDE,
        facts={
            "protected_parts": [
                {
                    "part": "trang 4",
                    "conditional": [secret("personal_secret", "Nguyễn Văn A", requesters_own=True)],
                }
            ]
        },
        interpretations=("own-information-needs-no-consent",),
    ),
    Case(
        "family secret signed by one member of two: refused (every member, art. 7(2))",
        law(24, 3),
        Outcome.REFUSE,
        grounds="a",
        facts={"conditional": [secret("family_secret", "An", "Bình")]},
        consents=(consent("family_members", "family_secret", by=("An",)),),
        interpretations=("family-consent-every-member",),
    ),
    Case(
        "family secret signed by every member: provided (art. 7(2))",
        law(7, 2),
        Outcome.PROVIDE,
        facts={"conditional": [secret("family_secret", "An", "Bình")]},
        consents=(
            consent("family_members", "family_secret", by=("An",)),
            consent("family_members", "family_secret", by=("Bình",)),
        ),
        interpretations=("family-consent-every-member",),
    ),
    Case(
        "family secret, the member concerned signed, reading members_concerned (art. 7(2))",
        law(7, 2),
        Outcome.PROVIDE,
        facts={"conditional": [secret("family_secret", "An", "Bình", members_concerned=["An"])]},
        consents=(consent("family_members", "family_secret", by=("An",)),),
        interpretations=("family-consent-members-concerned",),
        kwargs={"family_consent": "members_concerned"},
    ),
    # -- issue 18: "liên quan trực tiếp" (arts. 36(1), 9(2)(h)) is not art. 23(3) ------------
    Case(
        "a resident foreigner's own business, not directly his rights: no standing (art. 36(1))",
        law(36, 1),
        Outcome.NO_STANDING,
        requester={"standing": "foreigner_residing_in_vietnam"},
        facts={"about_requesters_affairs": True},
    ),
    Case(
        "a commune, a non-resident's business not directly his rights: ground c (art. 9(2)(h))",
        law(9, 2, "h"),
        Outcome.REFUSE,
        grounds="c",
        facts={
            "responsibility": {
                "agency_kind": "commune_peoples_committee",
                "requester_resides_in_commune": False,
            },
            "about_requesters_affairs": True,
        },
    ),
    Case(
        "directly his rights but not his life or business: no art. 23(3) basis",
        law(36, 1),
        Outcome.PROVIDE,
        requester={"standing": "foreigner_residing_in_vietnam"},
        facts={"concerns_requester": True},
        not_decided=(law(23, 3),),
        checked=(law(23, 4),),
    ),
    # -- issue 18: rules that departed from the text ----------------------------------
    Case(
        "pre-2018 information is answered in writing under the earlier rules (art. 3)",
        law(3),
        Outcome.EARLIER_RULES,
        facts={"created_on": date(2016, 5, 10)},
        decided=(decree13(14, 2),),
        checked=(law(6),),
    ),
    Case(
        "pre-2018 information of art. 6 is still refused on ground a (art. 3(4), art. 6)",
        law(6, 2),
        Outcome.REFUSE,
        grounds="a",
        facts={"created_on": date(2016, 5, 10), "not_accessible": ["work_secret"]},
        decided=(decree13(14, 2), law(3), law(28, 1, "a")),
    ),
    Case(
        "a district office on 2025-06-30 provides its bodies' information (art. 9(2)(g))",
        law(9, 2, "g"),
        Outcome.PROVIDE,
        facts={
            "responsibility": {"agency_kind": "district_office", "origin": "created_by_body_served"}
        },
        received_on=date(2025, 6, 30),
        interpretations=("district-level-ended",),
    ),
    Case(
        "a district office from 2025-07-01 is no provider: ground c, tell and guide",
        law(26, 3),
        Outcome.REFUSE_AND_REDIRECT,
        grounds="c",
        facts={
            "responsibility": {"agency_kind": "district_office", "origin": "created_by_body_served"}
        },
        received_on=date(2025, 7, 1),
        decided=(law(9, 2, "g"), law(28, 1, "c")),
        interpretations=("district-level-ended",),
    ),
    Case(
        "a legal representative is asked no authorisation proof (art. 4(2))",
        law(4, 2),
        Outcome.PROVIDE,
        requester={
            "capacity": "lost",
            "acting_through": "legal_representative",
            "representative": {**REP, "proof": None},
        },
    ),
    Case(
        "a commune that does not say where the requester lives reads the form (art. 24(2)(a))",
        law(9, 2, "h"),
        Outcome.PROVIDE,
        facts={"responsibility": {"agency_kind": "commune_peoples_committee"}},
        interpretations=("commune-residence-from-form",),
    ),
]


def _letters(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        step = 2 if text[i : i + 2] == "dd" else 1
        out.append(text[i : i + step])
        i += step
    return out


def _in_role(decision: Decision, role: CitationRole) -> tuple[Citation, ...]:
    return {
        CitationRole.DECIDED: decision.deciding_citations,
        CitationRole.APPLIED: decision.applied_citations,
        CitationRole.CHECKED: decision.checked_citations,
    }[role]


def _roles_of_every_scenario(case: Case, decision: Decision) -> None:
    """The rules of the roles that hold for every scenario, by its outcome (issue 18)."""
    decided, applied = decision.deciding_citations, decision.applied_citations
    # the law in force (art. 37) applied, whatever the outcome
    assert law(37) in applied
    # the three roles never share a unit, and every step's citations sit in its role
    assert not set(decided) & set(applied) and not set(decided) & set(decision.checked_citations)
    for step in decision.steps:
        if step.role is CitationRole.DECIDED:
            assert set(step.citations) <= set(decided), step
    # every ground stated decides with its letter of art. 28(1)
    for g in decision.grounds:
        assert law(28, 1, g.ground.letter) in decided
    # every gap decides with its own clause
    for gap in decision.deficiencies:
        assert gap.citation in decided
    if decision.provision is not None:
        # the procedure of arts. 29-31 and the responsibility of art. 9 decide a provision;
        # art. 23(4), a discretion, never does; the information held (art. 2(1)) applied
        assert decision.provision.procedure in decided
        assert any(c.article == 9 for c in decided)
        assert law(23, 4) not in decided
        assert law(2, 1) in applied
    # art. 23(3) excludes what art. 23(2) covers
    assert not {law(23, 2), law(23, 3)} <= set(decided)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_scenario(case: Case) -> None:
    request = {
        "channel": case.channel,
        "received_on": case.received_on,
        "form": case.form,
        "consents": list(case.consents),
    }
    # the day of the decision: ON, or the day of receipt for a request received after it (a
    # decision cannot be dated before the request it answers)
    on = max(ON, case.received_on)
    decision = assess(request, case.requester, case.facts, on=on, **case.kwargs)
    assert decision.outcome is case.outcome, decision.explain("en")
    assert [g.ground.value for g in decision.grounds] == _letters(case.grounds)
    assert {d.item.value for d in decision.deficiencies} == set(case.missing)
    role = case.role.value
    assert case.decided_by in _in_role(decision, case.role), f"{case.decided_by.ref} not {role}"
    for c in case.decided:
        assert c in decision.deciding_citations, f"{c.ref} does not decide"
    for c in case.applied:
        assert c in decision.applied_citations, f"{c.ref} not applied"
    for c in case.checked:
        assert c in decision.checked_citations, f"{c.ref} not checked"
    for c in case.not_decided:
        assert c not in decision.deciding_citations, f"{c.ref} decides"
    for i in case.interpretations:
        assert i in decision.interpretations, i
    _roles_of_every_scenario(case, decision)


@pytest.mark.parametrize("ground", list(NotAccessibleGround), ids=lambda g: g.value)
def test_every_art_6_kind_is_refused_on_point_a(ground: NotAccessibleGround) -> None:
    """Art. 6 lists what citizens may not access; art. 28(1)(a) refuses it."""
    request = {"channel": "postal", "received_on": RECEIVED, "form": form_01a()}
    decision = assess(request, {}, {"not_accessible": [ground.value]})
    assert [g.ground.value for g in decision.grounds] == ["a"]
    assert ground.citation in decision.grounds[0].citations


def test_redirect_names_the_responsible_agency_and_requires_notice() -> None:
    """Art. 26(3): tell the requester and direct him or her to the responsible agency."""
    request = {"channel": "postal", "received_on": RECEIVED, "form": form_01a()}
    facts = {
        "responsibility": {
            "origin": "created_by_another_agency",
            "responsible_agency": "Sở Tài chính",
        }
    }
    decision = assess(request, {}, facts)
    assert decision.redirect_to == "Sở Tài chính"
    assert ReceiptDuty.NOTIFY_AND_REDIRECT in decision.duties
    assert ReceiptDuty.REFUSE_IN_WRITING in decision.duties


def test_guidance_to_published_information_says_where() -> None:
    """Art. 28(1)(b) with art. 10(1): the requester may reach disclosed information freely."""
    request = {"channel": "electronic", "received_on": RECEIVED, "form": form_01a()}
    decision = assess(request, {}, {"disclosure": "disclosed", "published_at": "https://x.gov.vn"})
    assert decision.published_at == "https://x.gov.vn"
    assert law(10, 1) in decision.citations


def test_requester_who_cannot_write_is_helped_at_the_office() -> None:
    """Art. 24(1)(a), third paragraph."""
    request = {"channel": "at_office", "received_on": RECEIVED, "form": form_01a()}
    decision = assess(request, {"cannot_write": True}, {})
    assert ReceiptDuty.HELP_FILL_FORM in decision.duties


def test_valid_request_is_registered_and_notified() -> None:
    """Art. 26(1): register; art. 27: notify time, place, form, costs and payment."""
    request = {"channel": "postal", "received_on": RECEIVED, "form": form_01a()}
    decision = assess(request, {}, {})
    assert decision.duties[0] is ReceiptDuty.REGISTER
    assert ReceiptDuty.NOTIFY_TERMS in decision.duties
    assert decision.provision is not None
    assert {n.value for n in decision.provision.notify} == {
        "time_limit",
        "place",
        "form",
        "costs",
        "payment",
    }


@pytest.mark.parametrize(
    ("asked", "complexity", "facts", "form", "procedure"),
    [
        ("at_office", "simple", {}, Channel.AT_OFFICE, law(29, 1)),
        ("at_office", "complex", {}, Channel.AT_OFFICE, law(29, 2)),
        ("electronic", "simple", {}, Channel.ELECTRONIC, law(30, 3)),
        ("electronic", "complex", {}, Channel.ELECTRONIC, law(30, 4)),
        ("postal", "simple", {}, Channel.POSTAL, law(31, 1)),
        ("fax", "complex", {}, Channel.FAX, law(31, 2)),
        # art. 30(1)(a): no file that can be sent, so not electronically
        ("electronic", "simple", {"transmissible_file": False}, Channel.AT_OFFICE, law(29, 1)),
        # art. 30(1)(b): the agency lacks the technical means
        ("electronic", "complex", {"technical_means": False}, Channel.AT_OFFICE, law(29, 2)),
        # art. 25(2): the form asked for does not suit the information
        ("fax", "simple", {"form_suits_information": False}, Channel.AT_OFFICE, law(29, 1)),
    ],
)
def test_form_and_procedure_of_provision(
    asked: str, complexity: str, facts: dict[str, Any], form: Channel, procedure: Citation
) -> None:
    request = {"channel": "postal", "received_on": RECEIVED, "form": form_01a(provision_form=asked)}
    decision = assess(request, {}, {"complexity": complexity, **facts})
    assert decision.provision is not None
    assert decision.provision.form is form
    assert decision.provision.procedure == procedure


def test_electronic_provision_offers_the_three_ways_of_art_30_2() -> None:
    request = {"channel": "electronic", "received_on": RECEIVED, "form": form_01a()}
    plan = assess(request, {}, {}).provision
    assert plan is not None and plan.electronic_methods == tuple(ElectronicMethod)


def test_costs_awaiting_payment_are_paid_before_provision() -> None:
    """Decree 13/2018 art. 13(2): paid before the information is provided."""
    request = {
        "channel": "postal",
        "received_on": RECEIVED,
        "form": form_01a(provision_form="postal"),
    }
    plan = assess(request, {}, {"costs": "awaiting_payment"}).provision
    assert plan is not None and plan.pay_before_provision


def test_consent_from_the_wrong_party_is_invalid_input() -> None:
    """Art. 7(2): a family secret is opened by the family members, not a trade-secret owner."""
    request = {
        "channel": "postal",
        "received_on": RECEIVED,
        "form": form_01a(),
        "consents": [consent("trade_secret_owner", "family_secret")],
    }
    with pytest.raises(InvalidInputError):
        assess(request, {}, {"conditional": ["family_secret"]})


def test_request_received_under_law_01_2026_is_decided_under_it() -> None:
    """Law 01/2026/QH16 governs a request received from 2026-09-01 (art. 30(1)); its decision
    rules are encoded (data/ati-2026/engines.toml). Counsel may still pass the 2016 rules."""
    request = {"channel": "postal", "received_on": date(2026, 9, 1), "form": form_01a()}
    assert assess(request, {}, {}).regime == "ati-2026"
    chosen = assess(request, {}, {}, regime="ati-2016")
    assert (chosen.regime, chosen.chosen_by.value) == ("ati-2016", "caller")


def test_request_before_the_law_took_effect() -> None:
    """Art. 37: in force from 2018-07-01."""
    request = {"channel": "postal", "received_on": date(2018, 6, 30), "form": form_01a()}
    with pytest.raises(RegimeNotEncodedError):
        assess(request, {}, {})


def _req(**extra: Any) -> dict[str, Any]:
    return {"channel": "postal", "received_on": RECEIVED, "form": form_01a(), **extra}


def test_missing_consent_is_refused_on_ground_a_with_guidance_to_form_06() -> None:
    """Art. 28(1)(a) "từ chối"; art. 28(2) in writing with reasons; Decree 13 art. 5(2)."""
    d = assess(_req(), {}, {"conditional": ["trade_secret"]})
    assert d.is_refusal and [g.ground.value for g in d.grounds] == ["a"]
    assert d.answer is not None and d.answer.form is not None and d.answer.form.value == "05"
    assert any("06" in g.vi for g in d.answer.guidance)
    assert law(28, 1, "a") in d.deciding_citations and law(24, 3) in d.deciding_citations
    assert "missing-consent-asks-first" not in d.interpretations
    asked = assess(_req(), {}, {"conditional": ["trade_secret"]}, consent_policy="ask_first")
    assert asked.outcome is Outcome.ASK_CONSENT
    assert "missing-consent-asks-first" in asked.interpretations


def test_partial_provision_states_the_removed_parts_and_their_grounds() -> None:
    """Decree 13 art. 7(2): "kiểm tra, loại bỏ" the content of arts. 6 and 7, provide the rest."""
    facts = {
        "protected_parts": [
            {"part": "đoạn 3", "not_accessible": ["work_secret"]},
            {"part": "phụ lục 1", "conditional": ["personal_secret"]},
        ]
    }
    d = assess(_req(), {}, facts)
    assert d.outcome is Outcome.PROVIDE_IN_PART and d.provision is not None
    assert [w.part for w in d.withheld] == ["đoạn 3", "phụ lục 1"]
    assert law(6, 2) in d.withheld[0].citations and law(7, 2) in d.withheld[1].citations
    assert decree13(7, 2) in d.deciding_citations
    assert {f.value for f in d.forms} >= {"03", "05"}


def test_deciding_citations_are_kept_apart_from_the_checklist() -> None:
    """An auditor sees what decided: point d decided; point đ was only checked."""
    d = assess(_req(), {}, {"times_already_provided": 2})
    assert law(28, 1, "d") in d.deciding_citations
    assert law(28, 1, "đ") in d.checked_citations
    assert law(28, 1, "đ") not in d.deciding_citations
    assert not set(d.deciding_citations) & set(d.checked_citations)


def test_art_23_4_is_checked_where_art_9_binds_the_agency() -> None:
    """Art. 23(4) "có thể cung cấp thông tin khác" is a discretion; art. 9(1) "có trách nhiệm
    cung cấp thông tin do mình tạo ra" binds the agency: 9(1) decides, 23(4) is checked
    (issue 18: it was listed as deciding)."""
    d = assess(_req(), {}, {})
    assert d.provision is not None and [b.value for b in d.provision.basis] == ["other_information"]
    assert law(9, 1) in d.deciding_citations
    assert law(23, 4) in d.checked_citations and law(23, 4) not in d.deciding_citations
    assert "everything-not-barred-is-provided" in d.interpretations


def test_pre_2018_information_agrees_with_the_catalogue_check() -> None:
    """Decree 13 art. 14(2): the same interpretation id as the catalogue, not redefined."""
    d = assess(_req(), {}, {"created_on": date(2017, 12, 31)})
    assert d.outcome is Outcome.EARLIER_RULES and "pre-2018" in d.interpretations
    assert d.grounds == () and d.provision is None


def test_every_refusal_redirect_and_no_standing_is_answered_in_writing() -> None:
    """Art. 26(3) "phải thông báo và hướng dẫn"; art. 28(2); a person outside arts. 4/36."""
    facts = {
        "responsibility": {"origin": "created_by_another_agency", "responsible_agency": "Sở Y tế"}
    }
    redirect = assess(_req(), {}, facts)
    assert redirect.answer is not None and redirect.answer.redirect_to == "Sở Y tế"
    assert law(26, 3) in redirect.answer.citations
    stranger = assess(_req(), {"standing": "foreigner_not_residing"}, {})
    assert stranger.outcome is Outcome.NO_STANDING and stranger.answer is not None
    assert stranger.answer.reasons and law(4, 1) in stranger.answer.citations
    assert law(36, 1) in stranger.answer.citations


def test_an_incomplete_request_says_the_time_limit_has_not_started() -> None:
    """Arts. 29–31 count from "yêu cầu hợp lệ"; costs (ground e) are not reached before."""
    incomplete = {**form_01a(), "request": {**CONTENTS, "reason_and_purpose": None}}
    d = assess(_req(form=incomplete), {}, {"costs": "not_paid"})
    assert d.outcome is Outcome.INCOMPLETE and not d.time_limit_started
    assert d.grounds == ()
    assert "has not started" in d.explain("en")


def test_costs_follow_from_the_payment_deadline_and_the_day_paid() -> None:
    """Art. 27 (deadline of payment); Decree 13 art. 13(2) (paid before provision)."""
    facts = {"payment_due": date(2024, 2, 20)}
    before = assess(_req(), {}, facts, on=date(2024, 2, 20))
    assert before.provision is not None and before.provision.pay_before_provision
    after = assess(_req(), {}, facts, on=date(2024, 2, 21))
    assert [g.ground.value for g in after.grounds] == ["e"]
    assert {law(27), decree13(13, 2)} <= set(after.grounds[0].citations)
    paid = assess(_req(), {}, {**facts, "paid_on": date(2024, 2, 19)}, on=date(2024, 3, 1))
    assert paid.outcome is Outcome.PROVIDE
    with pytest.raises(InvalidInputError):
        assess(_req(), {}, {**facts, "costs": "paid"}, on=date(2024, 3, 1))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("redirect", "refuse_and_redirect"),
        ("guide_to_published", "refuse_as_published"),
        ("ask_completion", "wrong_person"),
    ],
)
def test_the_former_outcome_values_are_refused_naming_the_new_one(old: str, new: str) -> None:
    """0.x: the aliases are gone; "ask_completion" hid wrong_person behind incomplete."""
    with pytest.raises(InvalidInputError) as err:
        Outcome(old)
    assert err.value.code == "renamed-input" and new in err.value.detail


@pytest.mark.parametrize(
    ("facts", "new"),
    [
        ({"related_to_own_rights_and_obligations": True}, "concerns_requester"),
        ({"related_to_own_affairs": True}, "about_requesters_affairs"),
        (
            {"responsibility": {"related_to_requester_lawful_rights_and_interests": True}},
            "concerns_requester",
        ),
        # a former flag set to true never overrides an explicit concerns_requester: False
        (
            {"concerns_requester": False, "related_to_own_rights_and_obligations": True},
            "concerns_requester",
        ),
    ],
)
def test_the_former_facts_are_refused_naming_the_new_input(facts: dict[str, Any], new: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        assess(_req(), {"standing": "foreigner_residing_in_vietnam"}, facts)
    assert err.value.code == "renamed-input" and new in err.value.detail
