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

>>> assess_responsibility(ResponsibilityFacts()).responsible
True
>>> f = assess_responsibility(ResponsibilityFacts(origin="created_by_another_agency"))
>>> f.responsible, f.redirect, f.citations[0].label
(False, True, 'Điều 9 khoản 1 Luật Tiếp cận thông tin số 104/2016/QH13')
>>> f = assess_responsibility(ResponsibilityFacts(agency_kind="commune_peoples_committee",
...     requester_resides_in_commune=False))
>>> f.responsible, f.citations[0].label
(False, 'Điều 9 khoản 2 điểm h Luật Tiếp cận thông tin số 104/2016/QH13')
"""

from __future__ import annotations

from pydantic import Field

from tiepcan._input import FrozenModel
from tiepcan.citations import Citation, law
from tiepcan.rules._cited import CitedStrEnum

__all__ = [
    "AgencyKind",
    "InformationOrigin",
    "ResponsibilityFacts",
    "ResponsibilityFinding",
    "assess_responsibility",
]


class AgencyKind(CitedStrEnum):
    """The kinds of agency art. 9 treats differently."""

    STATE_AGENCY = ("state_agency", "Cơ quan nhà nước", "state agency", ("law", 9, 1, None))
    COMMUNE_PEOPLES_COMMITTEE = (
        "commune_peoples_committee",
        "Ủy ban nhân dân cấp xã",
        "commune People's Committee",
        ("law", 9, 2, "h"),
    )
    NATIONAL_ASSEMBLY_OFFICE = (
        "national_assembly_office",
        "Văn phòng Quốc hội",
        "Office of the National Assembly",
        ("law", 9, 2, "a"),
    )
    PRESIDENT_OFFICE = (
        "president_office",
        "Văn phòng Chủ tịch nước",
        "Office of the President",
        ("law", 9, 2, "b"),
    )
    GOVERNMENT_OFFICE = (
        "government_office",
        "Văn phòng Chính phủ",
        "Government Office",
        ("law", 9, 2, "c"),
    )
    NA_DELEGATION_OFFICE = (
        "na_delegation_office",
        "Văn phòng Đoàn đại biểu Quốc hội",
        "Office of the National Assembly Delegation",
        ("law", 9, 2, "d"),
    )
    PROVINCIAL_COUNCIL_OFFICE = (
        "provincial_council_office",
        "Văn phòng Hội đồng nhân dân cấp tỉnh",
        "Office of the provincial People's Council",
        ("law", 9, 2, "đ"),
    )
    PROVINCIAL_COMMITTEE_OFFICE = (
        "provincial_committee_office",
        "Văn phòng Ủy ban nhân dân cấp tỉnh",
        "Office of the provincial People's Committee",
        ("law", 9, 2, "e"),
    )
    DISTRICT_OFFICE = (
        "district_office",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân cấp huyện",
        "Office of the district People's Council and People's Committee (district level "
        "abolished from 2025-07-01; kept for requests before then)",
        ("law", 9, 2, "g"),
    )
    BODY_SERVED_BY_AN_OFFICE = (
        "body_served_by_an_office",
        "Cơ quan có thông tin do văn phòng của mình cung cấp",
        "a body whose information its office provides (National Assembly, Government, …)",
        ("law", 9, 2, None),
    )

    @property
    def is_office(self) -> bool:
        """One of the offices of art. 9(2)(a)–(g)."""
        return self.cite_spec[2] == 2 and self.cite_spec[3] in {"a", "b", "c", "d", "đ", "e", "g"}


class InformationOrigin(CitedStrEnum):
    """How the agency came to hold the information (the agency's finding)."""

    CREATED_BY_THIS_AGENCY = (
        "created_by_this_agency",
        "Thông tin do cơ quan mình tạo ra",
        "created by this agency",
        ("law", 9, 1, None),
    )
    RECEIVED_FOR_OWN_FUNCTIONS = (
        "received_for_own_functions",
        "Thông tin do mình nhận được để trực tiếp thực hiện chức năng, nhiệm vụ, quyền hạn",
        "received to perform its own functions directly (commune People's Committee)",
        ("law", 9, 1, None),
    )
    CREATED_BY_BODY_SERVED = (
        "created_by_body_served",
        "Thông tin do cơ quan mà văn phòng phục vụ tạo ra",
        "created by a body this office serves (art. 9(2)(a)–(g))",
        ("law", 9, 2, None),
    )
    CREATED_BY_COMMUNE_LEVEL_BODIES = (
        "created_by_commune_level_bodies",
        "Thông tin do các cơ quan ở cấp xã tạo ra",
        "created by the bodies at commune level (art. 9(2)(h))",
        ("law", 9, 2, "h"),
    )
    CREATED_BY_ANOTHER_AGENCY = (
        "created_by_another_agency",
        "Thông tin do cơ quan khác tạo ra",
        "created by another agency",
        ("law", 9, 1, None),
    )


class ResponsibilityFacts(FrozenModel):
    """What the receiving agency knows about its own position (art. 9)."""

    agency_kind: AgencyKind = AgencyKind.STATE_AGENCY
    origin: InformationOrigin = InformationOrigin.CREATED_BY_THIS_AGENCY
    requester_resides_in_commune: bool = Field(
        default=True, description="art. 9(2)(h); used only for a commune People's Committee"
    )
    related_to_requester_lawful_rights_and_interests: bool = Field(
        default=False, description="art. 9(2)(h): liên quan trực tiếp đến quyền và lợi ích hợp pháp"
    )
    responsible_agency: str | None = Field(
        default=None, description="the agency to direct the requester to, if known (art. 26(3))"
    )


class ResponsibilityFinding(FrozenModel):
    """Whether the agency must provide; if not, whether another agency is to be named."""

    responsible: bool
    redirect: bool
    reason_vi: str
    reason_en: str
    citations: tuple[Citation, ...] = Field(min_length=1)


def _found(
    responsible: bool, redirect: bool, vi: str, en: str, *cites: Citation
) -> ResponsibilityFinding:
    return ResponsibilityFinding(
        responsible=responsible, redirect=redirect, reason_vi=vi, reason_en=en, citations=cites
    )


def _origin_finding(facts: ResponsibilityFacts) -> ResponsibilityFinding:
    kind, origin = facts.agency_kind, facts.origin
    commune = kind is AgencyKind.COMMUNE_PEOPLES_COMMITTEE
    if origin is InformationOrigin.CREATED_BY_THIS_AGENCY:
        return _found(
            True, False, "Thông tin do cơ quan tạo ra", "the agency created it", law(9, 1)
        )
    if origin is InformationOrigin.RECEIVED_FOR_OWN_FUNCTIONS and commune:
        return _found(
            True,
            False,
            "Thông tin Ủy ban nhân dân cấp xã nhận được để thực hiện chức năng",
            "received by the commune People's Committee for its own functions",
            law(9, 1),
        )
    if origin is InformationOrigin.CREATED_BY_COMMUNE_LEVEL_BODIES and commune:
        return _found(
            True,
            False,
            "Thông tin do các cơ quan ở cấp xã tạo ra",
            "created by bodies at commune level",
            law(9, 2, "h"),
        )
    if origin is InformationOrigin.CREATED_BY_BODY_SERVED and kind.is_office:
        return _found(
            True,
            False,
            "Văn phòng cung cấp thông tin do cơ quan mình phục vụ tạo ra",
            "the office provides the information of the body it serves",
            kind.citation,
        )
    return _found(
        False,
        True,
        "Thông tin không do cơ quan tạo ra hoặc không thuộc trách nhiệm cung cấp",
        "the agency did not create the information and is not responsible for providing it",
        law(9, 1),
        law(26, 3),
    )


def assess_responsibility(facts: ResponsibilityFacts) -> ResponsibilityFinding:
    """Art. 9: is this agency the one that must provide the information?

    Order: a body whose office provides for it is never the provider itself (art. 9(2),
    opening words); then where the information comes from (art. 9(1), (2)(a)–(h)); then, for
    a commune People's Committee, whom it provides to (art. 9(2)(h)). We apply the art.
    9(2)(h) residence condition to everything a commune provides (interpretation
    ``COMMUNE_RESIDENCE_APPLIES_TO_ALL``), since point h lists all three sources.

    Information an agency holds but did not create is not its responsibility (art. 9(1));
    art. 23(4) still lets it provide such information of its own accord (interpretation
    ``HELD_NOT_CREATED_IS_NOT_RESPONSIBLE``).
    """
    if facts.agency_kind is AgencyKind.BODY_SERVED_BY_AN_OFFICE:
        return _found(
            False,
            True,
            "Văn phòng của cơ quan tổ chức cung cấp thông tin",
            "the body's office organises the provision of its information",
            law(9, 2),
            law(26, 3),
        )
    finding = _origin_finding(facts)
    if not finding.responsible or facts.agency_kind is not AgencyKind.COMMUNE_PEOPLES_COMMITTEE:
        return finding
    if facts.requester_resides_in_commune or facts.related_to_requester_lawful_rights_and_interests:
        return _found(
            True,
            False,
            finding.reason_vi + "; người yêu cầu thuộc đối tượng điểm h khoản 2 Điều 9",
            finding.reason_en + "; the requester is one art. 9(2)(h) serves",
            *finding.citations,
            law(9, 2, "h"),
        )
    return _found(
        False,
        False,
        "Ủy ban nhân dân cấp xã chỉ cung cấp cho công dân không cư trú trên địa bàn thông tin "
        "liên quan trực tiếp đến quyền và lợi ích hợp pháp của họ",
        "a commune People's Committee provides to non-residents only information directly "
        "concerning their lawful rights and interests",
        law(9, 2, "h"),
    )
