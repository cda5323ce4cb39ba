"""Hypothesis strategies for the request, requester and information models of ``tiepcan.rules``.

Every strategy draws *valid* inputs (inside the encoded regime, well-formed models); the
property tests then check what the rules do with them. ``junk`` draws values that are not
valid inputs at all.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import strategies as st

from tiepcan.decision import InformationFacts, ProtectedPart
from tiepcan.foundation.regimes import ruleset
from tiepcan.foundation.terms import Channel, Complexity
from tiepcan.rules.access import (
    ConditionalCategory,
    ConditionalInformation,
    ConsentingParty,
    DisclosureStatus,
    HeadOfAgencyDecision,
    NotAccessibleGround,
    PublicInterestReason,
)
from tiepcan.rules.requesters import (
    CivilActCapacity,
    Intermediary,
    Representative,
    Requester,
    Standing,
)
from tiepcan.rules.requests import (
    ConsentDocument,
    CostStatus,
    GroupMember,
    GroupRequestForm,
    IdDocumentKind,
    InformationRequest,
    OrganisationKind,
    RequestedInformation,
    RequesterIdentity,
    RequestForm,
)
from tiepcan.rules.responsibility import AgencyKind, InformationOrigin, ResponsibilityFacts

#: days under the encoded regime (Law 104/2016: 2018-07-01 to 2026-08-31)
received_days = st.dates(min_value=date(2018, 7, 1), max_value=date(2026, 8, 31))

#: the kinds Law 104/2016 has (the received days above are under it): personal data and public
#: service units are Law 01/2026/QH16's only (a 2016 request naming them raises not-in-law)
_KEYS_2016 = set(ruleset("ati-2016").keys())
CATEGORIES_2016 = [c for c in ConditionalCategory if c.key in _KEYS_2016]
AGENCY_KINDS_2016 = [k for k in AgencyKind if k.key in _KEYS_2016]

maybe_text = st.one_of(st.none(), st.just(""), st.text(min_size=1, max_size=20))
some_text = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")


def _tuple_of(
    elements: st.SearchStrategy[Any], max_size: int = 4
) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(elements, max_size=max_size).map(tuple)


identities = st.builds(
    RequesterIdentity,
    full_name=maybe_text,
    residence_address=maybe_text,
    id_kind=st.one_of(st.none(), st.sampled_from(IdDocumentKind)),
    id_number=maybe_text,
    fax=st.none() | some_text,
    phone=st.none() | some_text,
    email=st.none() | some_text,
)

complete_identities = st.builds(
    RequesterIdentity,
    full_name=some_text,
    residence_address=some_text,
    id_kind=st.sampled_from(IdDocumentKind),
    id_number=some_text,
)

contents = st.builds(
    RequestedInformation,
    description=maybe_text,
    document_names=_tuple_of(st.text(max_size=10), 3),
    provision_form=st.one_of(st.none(), st.sampled_from(Channel)),
    reason_and_purpose=maybe_text,
)

complete_contents = st.builds(
    RequestedInformation,
    description=some_text,
    document_names=st.lists(some_text, min_size=1, max_size=3).map(tuple),
    provision_form=st.sampled_from(Channel),
    reason_and_purpose=some_text,
)

members = st.builds(
    GroupMember,
    full_name=maybe_text,
    id_number=maybe_text,
    reason_and_purpose=maybe_text,
    vietnamese_citizen=st.booleans(),
)


def request_forms(complete: bool = False) -> st.SearchStrategy[RequestForm | GroupRequestForm]:
    who = complete_identities if complete else identities
    what = complete_contents if complete else contents
    single = st.builds(
        RequestForm,
        requester=who,
        request=what,
        in_vietnamese=st.just(True) if complete else st.booleans(),
    )
    group_members = (
        st.lists(
            st.builds(
                GroupMember, full_name=some_text, id_number=some_text, reason_and_purpose=some_text
            ),
            min_size=2,
            max_size=4,
        )
        if complete
        else st.lists(members, max_size=4)
    ).map(tuple)
    group = st.builds(
        GroupRequestForm,
        organisation_name=some_text if complete else maybe_text,
        organisation_kind=st.sampled_from(OrganisationKind),
        representative=who,
        members=group_members,
        request=what,
        in_vietnamese=st.just(True) if complete else st.booleans(),
    )
    return st.one_of(single, group)


@st.composite
def consent_documents(draw: st.DrawFn) -> ConsentDocument:
    category = draw(st.sampled_from(CATEGORIES_2016))
    same_party = [c for c in CATEGORIES_2016 if c.consenting_party is category.consenting_party]
    covers = draw(st.lists(st.sampled_from(same_party), min_size=1, max_size=2, unique=True))
    return ConsentDocument(
        party=category.consenting_party,
        consenting_persons=tuple(draw(st.lists(some_text, min_size=1, max_size=2))),
        covers=tuple(covers),
        information=draw(some_text),
    )


def information_requests(complete: bool = False) -> st.SearchStrategy[InformationRequest]:
    return st.builds(
        InformationRequest,
        channel=st.sampled_from(Channel),
        received_on=received_days,
        form=request_forms(complete),
        consents=_tuple_of(consent_documents(), 3),
    )


representatives = st.builds(
    Representative,
    full_name=maybe_text,
    id_kind=st.one_of(st.none(), st.sampled_from(IdDocumentKind)),
    id_number=maybe_text,
    proof=maybe_text,
)

requesters = st.builds(
    Requester,
    representative=st.none() | representatives,
    standing=st.sampled_from(Standing),
    capacity=st.sampled_from(CivilActCapacity),
    under_18=st.booleans(),
    minor_may_act_alone=st.booleans(),
    acting_through=st.sampled_from(Intermediary),
    cannot_write=st.booleans(),
)

head_decisions = st.builds(
    HeadOfAgencyDecision,
    opens=st.lists(st.sampled_from(CATEGORIES_2016), min_size=1, max_size=3).map(tuple),
    reason=st.sampled_from(PublicInterestReason),
    legal_basis=some_text,
    decided_by=some_text,
)

responsibility_facts = st.builds(
    ResponsibilityFacts,
    agency_kind=st.sampled_from(AGENCY_KINDS_2016),
    origin=st.sampled_from(InformationOrigin),
    requester_resides_in_commune=st.none() | st.booleans(),
    responsible_agency=st.none() | some_text,
)

#: a few people, so that two draws are often the same person and often not
PEOPLE = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Chi", "Phạm Thị Dung")
people = st.sampled_from(PEOPLE)


@st.composite
def conditional_information(draw: st.DrawFn) -> ConditionalInformation:
    """Art. 7 information and whose it is: the holders whose consent art. 7(1)–(2) needs."""
    category = draw(st.sampled_from(CATEGORIES_2016))
    family = category is ConditionalCategory.FAMILY_SECRET
    holders = draw(st.lists(people, min_size=1, max_size=3 if family else 1, unique=True))
    concerned = draw(st.lists(st.sampled_from(holders), max_size=len(holders), unique=True))
    return ConditionalInformation(
        category=category,
        holders=tuple(holders),
        members_concerned=tuple(concerned) if family else (),
        requesters_own=category.consenting_party is ConsentingParty.PERSON_CONCERNED
        and draw(st.booleans()),
    )


_conditional = st.sampled_from(CATEGORIES_2016) | conditional_information()

protected_parts = st.builds(
    ProtectedPart,
    part=some_text,
    not_accessible=_tuple_of(st.sampled_from(NotAccessibleGround), 2),
    conditional=_tuple_of(_conditional, 2),
)

_facts = st.builds(
    InformationFacts,
    held=st.booleans(),
    created_on=st.none() | st.dates(min_value=date(2010, 1, 1), max_value=date(2026, 8, 31)),
    protected_parts=_tuple_of(protected_parts, 2),
    own_information=st.booleans(),
    responsibility=responsibility_facts,
    not_accessible=_tuple_of(st.sampled_from(NotAccessibleGround), 3),
    state_secret_declassified=st.booleans(),
    conditional=_tuple_of(_conditional, 3),
    consent_declined=st.booleans(),
    head_of_agency_decision=st.none() | head_decisions,
    disclosure=st.sampled_from(DisclosureStatus),
    published_at=st.none() | some_text,
    force_majeure_prevents_access=st.booleans(),
    concerns_requester=st.booleans(),
    about_requesters_affairs=st.booleans(),
    times_already_provided=st.integers(min_value=0, max_value=5),
    legitimate_reason_to_repeat=st.booleans(),
    exceeds_capacity=st.booleans(),
    disrupts_normal_operation=st.booleans(),
    costs=st.sampled_from(CostStatus),
    complexity=st.sampled_from(Complexity),
    transmissible_file=st.booleans(),
    technical_means=st.booleans(),
    form_suits_information=st.booleans(),
)

#: costs given by their status, or by the payment deadline and the day paid (art. 27)
_dated_costs = st.fixed_dictionaries(
    {
        "payment_due": received_days,
        "paid_on": st.none() | received_days,
    }
)

information_facts = st.one_of(
    _facts,
    st.tuples(_facts, _dated_costs).map(
        lambda fc: InformationFacts(
            **{k: v for k, v in dict(fc[0]).items() if k not in ("costs", *fc[1])}, **fc[1]
        )
    ),
)

#: values that are not a request, a requester or facts in any form
junk = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=10),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), min_size=1, max_size=3),
    st.fixed_dictionaries({"channel": st.text(max_size=5), "received_on": st.integers()}),
)


def electronic_request(received: object) -> dict[str, Any]:
    """The plain case, as a mapping: a citizen asks on form 01a, electronically, for a named
    decision, to be provided electronically (arts. 24(2), 30). Shared by the tests that need
    one complete request and nothing else."""
    return {
        "channel": "electronic",
        "received_on": received,
        "form": {
            "form": "01a",
            "requester": {
                "full_name": "Nguyễn Văn A",
                "residence_address": "Hà Nội",
                "id_kind": "citizen_id_card",
                "id_number": "001099000001",
            },
            "request": {
                "description": "Quyết định giao đất",
                "provision_form": "electronic",
                "document_names": ["Quyết định 12/QĐ-UBND"],
                "reason_and_purpose": "Bảo vệ quyền sử dụng đất",
            },
        },
    }
