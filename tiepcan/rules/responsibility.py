"""Phạm vi và trách nhiệm cung cấp thông tin — which agency must provide.

Implements Law 104/2016/QH13 art. 9:

* clause 1, first paragraph: a state agency provides the information it created (art. 2(2):
  created in performing its functions and signed, sealed or certified by its competent
  person), except art. 6 information, and art. 7 information only when its conditions are met;
* clause 1, second paragraph: a commune People's Committee also provides the information it
  received to perform its own functions directly;
* clause 2: agencies organise provision themselves, except that the offices of points a–g
  provide the information of the bodies they serve; a commune People's Committee provides
  to citizens residing in the commune, and to other citizens only where the information
  directly concerns their lawful rights and interests (point h); the Ministers of Defence and
  of Public Security designate focal points (point i, not encoded: the caller says whether
  the agency is the focal point by its finding on ``origin``).

Where the agency is not responsible, art. 26(3) has it tell the requester and direct him or
her to the responsible agency, and art. 28(1)(c) is the ground of refusal.

Under Law 01/2026/QH16 the same questions are art. 10 (the ruleset's data cites it; where the
two laws differ, the data says which rule applies, never an ``if`` on the regime's id):

* art. 1: the bodies bound are state agencies **and public service units providing basic,
  essential public services** ("cơ quan, đơn vị"; :attr:`AgencyKind.PUBLIC_SERVICE_UNIT`,
  whose key only the 2026 ruleset has: a 2016 request naming it raises ``not-in-law``);
* art. 10(1): the information a body created; art. 10(2)(a)–(g) the focal units (no district
  level); 10(2)(e): the commune focal unit provides to residents what the commune's bodies
  created, and to other citizens only where it directly concerns their lawful rights and
  interests;
* art. 10(3): information a body **holds** (art. 2(3)) must be provided where that is needed
  to protect the public interest or community health (``needed_for``). The ruleset declares
  this rule by the key ``decision.held_information_needed``; a ruleset without it (Law
  104/2016) raises ``not-in-law`` when ``needed_for`` is given.

>>> f = assess_responsibility({"agency_kind": "public_service_unit"}, rules="ati-2026")
>>> f.responsible, [c.ref for c in f.citations]
(True, ['01/2026/QH16 art. 10(1)', '01/2026/QH16 art. 1'])
>>> f = assess_responsibility({"origin": "received_for_own_functions",
...     "needed_for": "community_health"}, rules="ati-2026")
>>> f.responsible, f.citations[0].ref
(True, '01/2026/QH16 art. 10(3)')

>>> assess_responsibility(ResponsibilityFacts(), rules="ati-2016").responsible
True
>>> f = assess_responsibility({"origin": "created_by_another_agency"}, rules="ati-2016")
>>> f.responsible, f.redirect, f.citations[0].label
(False, True, 'Điều 9 khoản 1 Luật Tiếp cận thông tin số 104/2016/QH13')
>>> f = assess_responsibility({"agency_kind": "commune_peoples_committee",
...     "requester_resides_in_commune": False}, rules="ati-2016")
>>> f.responsible, f.citations[0].label
(False, 'Điều 9 khoản 2 điểm h Luật Tiếp cận thông tin số 104/2016/QH13')
>>> assess_responsibility({"agency_kind": "commune_peoples_committee",
...     "requester_resides_in_commune": False}, rules="ati-2016",
...     concerns_requester=True).responsible
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pydantic import Field

from tiepcan.foundation._input import FrozenModel, validate_input
from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import Result, Text
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import RegimeLike, Ruleset
from tiepcan.rules._cited import CitedStrEnum, flag, has_rule, rules_of
from tiepcan.rules.access import PublicInterestReason

#: the sentences this module says (tiepcan/texts/rules_responsibility.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.rules_responsibility")

__all__ = [
    "AgencyKind",
    "InformationOrigin",
    "ResponsibilityFacts",
    "ResponsibilityFinding",
    "assess_responsibility",
    "district_level_ended",
]


class AgencyKind(CitedStrEnum):
    """The kinds of agency art. 9 treats differently."""

    STATE_AGENCY = ("state_agency", "Cơ quan nhà nước", "state agency")
    COMMUNE_PEOPLES_COMMITTEE = (
        "commune_peoples_committee",
        "Ủy ban nhân dân cấp xã",
        "commune People's Committee",
    )
    NATIONAL_ASSEMBLY_OFFICE = (
        "national_assembly_office",
        "Văn phòng Quốc hội",
        "Office of the National Assembly",
    )
    PRESIDENT_OFFICE = ("president_office", "Văn phòng Chủ tịch nước", "Office of the President")
    GOVERNMENT_OFFICE = ("government_office", "Văn phòng Chính phủ", "Government Office")
    NA_DELEGATION_OFFICE = (
        "na_delegation_office",
        "Văn phòng Đoàn đại biểu Quốc hội",
        "Office of the National Assembly Delegation",
    )
    PROVINCIAL_COUNCIL_OFFICE = (
        "provincial_council_office",
        "Văn phòng Hội đồng nhân dân cấp tỉnh",
        "Office of the provincial People's Council",
    )
    PROVINCIAL_COMMITTEE_OFFICE = (
        "provincial_committee_office",
        "Văn phòng Ủy ban nhân dân cấp tỉnh",
        "Office of the provincial People's Committee",
    )
    DISTRICT_OFFICE = (
        "district_office",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân cấp huyện",
        "Office of the district People's Council and People's Committee (district level "
        "abolished from 2025-07-01; kept for requests before then)",
    )
    BODY_SERVED_BY_AN_OFFICE = (
        "body_served_by_an_office",
        "Cơ quan có thông tin do văn phòng của mình cung cấp",
        "a body whose information its office provides (National Assembly, Government, …)",
    )
    #: Law 01/2026/QH16 art. 1: "đơn vị sự nghiệp công lập có nhiệm vụ cung ứng dịch vụ sự
    #: nghiệp công cơ bản, thiết yếu" (bound with state agencies as "cơ quan, đơn vị"); not
    #: bound by Law 104/2016 (its key is in the 2026 ruleset only: ``not-in-law`` under 2016)
    PUBLIC_SERVICE_UNIT = (
        "public_service_unit",
        "Đơn vị sự nghiệp công lập có nhiệm vụ cung ứng dịch vụ sự nghiệp công cơ bản, thiết yếu",
        "public service unit providing basic, essential public services",
    )

    @property
    def is_office(self) -> bool:
        """One of the offices of art. 9(2)(a)–(g)."""
        return self.value in _OFFICES


#: the offices of art. 9(2)(a)–(g), which provide the information of the bodies they serve
_OFFICES = frozenset(
    {
        "national_assembly_office",
        "president_office",
        "government_office",
        "na_delegation_office",
        "provincial_council_office",
        "provincial_committee_office",
        "district_office",
    }
)


class InformationOrigin(CitedStrEnum):
    """How the agency came to hold the information (the agency's finding)."""

    CREATED_BY_THIS_AGENCY = (
        "created_by_this_agency",
        "Thông tin do cơ quan mình tạo ra",
        "created by this agency",
    )
    RECEIVED_FOR_OWN_FUNCTIONS = (
        "received_for_own_functions",
        "Thông tin do mình nhận được để trực tiếp thực hiện chức năng, nhiệm vụ, quyền hạn",
        "received to perform its own functions directly (commune People's Committee)",
    )
    CREATED_BY_BODY_SERVED = (
        "created_by_body_served",
        "Thông tin do cơ quan mà văn phòng phục vụ tạo ra",
        "created by a body this office serves (art. 9(2)(a)–(g))",
    )
    CREATED_BY_COMMUNE_LEVEL_BODIES = (
        "created_by_commune_level_bodies",
        "Thông tin do các cơ quan ở cấp xã tạo ra",
        "created by the bodies at commune level (art. 9(2)(h))",
    )
    CREATED_BY_ANOTHER_AGENCY = (
        "created_by_another_agency",
        "Thông tin do cơ quan khác tạo ra",
        "created by another agency",
    )


class ResponsibilityFacts(FrozenModel):
    """What the receiving agency knows about its own position (art. 9).

    Whether the requester resides in the commune (art. 9(2)(h)) may be left out
    (``None``): the request form carries the requester's "nơi cư trú, địa chỉ" (art.
    24(2)(a)), which the commune reads as its finding, so an unstated residence is taken as
    residence in the commune (interpretation ``commune-residence-from-form``); a commune that
    finds the requester lives elsewhere says ``False``. Whether the information directly
    concerns the requester is one fact of the request, passed to
    :func:`assess_responsibility` as ``concerns_requester``.
    """

    agency_kind: AgencyKind = Field(default=AgencyKind.STATE_AGENCY, title="Loại cơ quan")
    origin: InformationOrigin = Field(
        default=InformationOrigin.CREATED_BY_THIS_AGENCY, title="Nguồn gốc thông tin"
    )
    requester_resides_in_commune: bool | None = Field(
        title="Người yêu cầu cư trú trên địa bàn xã",
        default=None,
        description="art. 9(2)(h); left out: read from the form's address as residence "
        "(interpretation commune-residence-from-form)",
    )
    responsible_agency: str | None = Field(
        title="Cơ quan có trách nhiệm cung cấp",
        default=None,
        description="the agency to direct the requester to, if known (art. 26(3))",
    )
    needed_for: PublicInterestReason | None = Field(
        title="Cần thiết để bảo vệ lợi ích công cộng, sức khỏe của cộng đồng",
        default=None,
        description="Law 01/2026/QH16 art. 10(3): providing the information the body holds is "
        "needed for the public interest or community health (the body's finding); not in Law "
        "104/2016",
    )


@dataclass(frozen=True, slots=True)
class ResponsibilityFinding(Result):
    """Whether the agency must provide; if not, whether another agency is to be named."""

    responsible: bool
    redirect: bool
    reason: Text
    citations: tuple[Citation, ...]

    def _check(self) -> None:
        if not self.citations or (self.responsible and self.redirect):
            raise InvalidInputError(
                "inconsistent-result",
                detail="a finding cites the law, and a responsible agency redirects no one",
            )


def _found(
    responsible: bool, redirect: bool, reason: Text, *cites: Citation
) -> ResponsibilityFinding:
    return ResponsibilityFinding(
        responsible=responsible, redirect=redirect, reason=reason, citations=cites
    )


#: the key by which a ruleset declares that held information is provided where the public
#: interest or community health needs it (Law 01/2026/QH16 art. 10(3))
HELD_INFORMATION_KEY = "decision.held_information_needed"
_HELD = frozenset(
    {InformationOrigin.RECEIVED_FOR_OWN_FUNCTIONS, InformationOrigin.CREATED_BY_ANOTHER_AGENCY}
)


def _origin_finding(facts: ResponsibilityFacts, rules: Ruleset) -> ResponsibilityFinding:
    kind, origin = facts.agency_kind, facts.origin
    commune = kind is AgencyKind.COMMUNE_PEOPLES_COMMITTEE
    if origin is InformationOrigin.CREATED_BY_THIS_AGENCY:
        unit = kind is AgencyKind.PUBLIC_SERVICE_UNIT
        return _found(
            True,
            False,
            say(TEXTS, "origin.created_by_public_service_unit" if unit else "origin.created"),
            rules.citation("decision.duty_to_provide"),
            *((kind.citation_in(rules),) if unit else ()),
        )
    if has_rule(rules, HELD_INFORMATION_KEY) and origin in _HELD:
        return _held_finding(facts, rules)
    if origin is InformationOrigin.RECEIVED_FOR_OWN_FUNCTIONS and commune:
        return _found(
            True,
            False,
            say(TEXTS, "origin.received_by_commune"),
            rules.citation("decision.duty_to_provide"),
        )
    if origin is InformationOrigin.CREATED_BY_COMMUNE_LEVEL_BODIES and commune:
        return _found(
            True,
            False,
            say(TEXTS, "origin.commune_level_bodies"),
            rules.citation("decision.commune_provides"),
        )
    if origin is InformationOrigin.CREATED_BY_BODY_SERVED and kind.is_office:
        return _found(
            True,
            False,
            say(TEXTS, "origin.body_served"),
            kind.citation_in(rules),
        )
    return _found(
        False,
        True,
        say(TEXTS, "origin.not_responsible"),
        rules.citation("decision.duty_to_provide"),
        rules.citation("decision.notify_and_guide"),
    )


def _held_finding(facts: ResponsibilityFacts, rules: Ruleset) -> ResponsibilityFinding:
    """Law 01/2026/QH16 art. 10(3): held information (art. 2(3)) is provided where the public
    interest or community health needs it; otherwise the body that created it provides it
    (art. 10(1)), and the requester is told and guided there (art. 26(2), art. 27(3))."""
    held = rules.citation(HELD_INFORMATION_KEY)
    need = facts.needed_for
    if need is not None:
        return _found(
            True,
            False,
            say(TEXTS, "held.needed", need=Text(need.label_vi.lower(), need.label_en)),
            held,
        )
    return _found(
        False,
        True,
        say(TEXTS, "held.not_needed"),
        rules.citation("decision.duty_to_provide"),
        held,
        rules.citation("decision.notify_and_guide"),
    )


def _point_words(c: Citation) -> Text:
    """``Text("điểm h khoản 2 Điều 9", "art. 9(2)(h)")``: a point named in a reason's words."""
    return say(TEXTS, "commune.point", point=c.point, clause=c.clause, article=c.article)


def _in_law(facts: ResponsibilityFacts, rs: Ruleset) -> None:
    """A body or a rule the governing law does not have is a coded error, not an answer."""
    if not has_rule(rs, facts.agency_kind.key):
        raise InvalidInputError(
            "not-in-law", detail=f"{rs.id}: agency_kind={facts.agency_kind.value}"
        )
    if facts.needed_for is not None and not has_rule(rs, HELD_INFORMATION_KEY):
        raise InvalidInputError(
            "not-in-law",
            detail=f"{rs.id}: responsibility.needed_for (Law 01/2026/QH16 art. 10(3))",
        )


def district_level_ended(rules: RegimeLike) -> date | None:
    """The day from which the district offices of art. 9(2)(g) no longer exist, as the
    ruleset declares it (``[abolished]`` of ``rules.toml``; interpretation
    ``district-level-ended``), or ``None``."""
    value = (
        rules_of(rules).data("rules.toml").get("abolished", {}).get(AgencyKind.DISTRICT_OFFICE.key)
    )
    return value if isinstance(value, date) else None


def assess_responsibility(
    facts: ResponsibilityFacts | dict[str, object],
    *,
    rules: RegimeLike,
    concerns_requester: bool = False,
    received: date | None = None,
) -> ResponsibilityFinding:
    """Art. 9: is this agency the one that must provide the information?

    Order: a body whose office provides for it is never the provider itself (art. 9(2),
    opening words); then where the information comes from (art. 9(1), (2)(a)–(h)); then, for
    a commune People's Committee, whom it provides to (art. 9(2)(h)). We apply the art.
    9(2)(h) residence condition to everything a commune provides (interpretation
    ``commune-residence-applies-to-all``), since point h lists all three sources.

    Information an agency holds but did not create is not its responsibility (art. 9(1));
    art. 23(4) still lets it provide such information of its own accord (interpretation
    ``held-not-created-is-not-responsible``). ``rules`` is the ruleset to cite from.
    ``concerns_requester``: the information directly concerns the requester's lawful rights
    and interests (art. 9(2)(h); one fact with art. 36(1), both "liên quan trực tiếp";
    interpretation ``concerns-requester-is-one-fact``). A commune that does not say whether
    the requester resides in the commune reads the form's address as residence
    (interpretation ``commune-residence-from-form``). ``received``: the day the request was
    received; a district office (art. 9(2)(g)) receiving it on or after the day the district
    level ended (:func:`district_level_ended`, interpretation ``district-level-ended``) is
    not the provider: the requester is told and guided to the body that took over its
    functions (art. 26(3)).
    """
    facts = validate_input(ResponsibilityFacts, facts, what="responsibility facts")
    concerns = flag(concerns_requester, field="concerns_requester")
    rs = rules_of(rules)
    _in_law(facts, rs)
    ended = district_level_ended(rs)
    if (
        facts.agency_kind is AgencyKind.DISTRICT_OFFICE
        and received is not None
        and ended is not None
        and received >= ended
    ):
        return _found(
            False,
            True,
            say(TEXTS, "district.ended", ended=ended.isoformat()),
            rs.citation("decision.district_office"),
            rs.citation("decision.notify_and_guide"),
        )
    if facts.agency_kind is AgencyKind.BODY_SERVED_BY_AN_OFFICE:
        return _found(
            False,
            True,
            say(TEXTS, "body_served"),
            rs.citation("decision.offices_provide"),
            rs.citation("decision.notify_and_guide"),
        )
    finding = _origin_finding(facts, rs)
    if not finding.responsible or facts.agency_kind is not AgencyKind.COMMUNE_PEOPLES_COMMITTEE:
        return finding
    if (
        has_rule(rs, HELD_INFORMATION_KEY)
        and rs.citation(HELD_INFORMATION_KEY) in finding.citations
    ):
        return finding  # art. 10(3) binds every body, residents or not: 10(2)(e) is about created
    resides = facts.requester_resides_in_commune is not False  # None: the form's address
    if resides or concerns:
        point_h = rs.citation("decision.commune_provides")
        served = say(
            TEXTS, "commune.requester_served", reason=finding.reason, point=_point_words(point_h)
        )
        return _found(
            True,
            False,
            served,
            *(c for c in finding.citations if c != point_h),
            point_h,
        )
    return _found(
        False,
        False,
        say(TEXTS, "commune.non_resident"),
        rs.citation("decision.commune_provides"),
    )
