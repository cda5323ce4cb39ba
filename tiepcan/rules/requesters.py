"""Chủ thể thực hiện quyền tiếp cận thông tin — who may ask, and through whom.

Implements Law 104/2016/QH13:

* art. 4(1): citizens exercise the right of access;
* art. 4(2): a person who has lost civil act capacity asks through his or her legal
  representative (first paragraph); a person with difficulties in cognition and behaviour
  control asks through his or her guardian (second paragraph);
* art. 4(3): a person under 18 asks through his or her legal representative, unless the law
  on children or another law provides otherwise;
* art. 24(1)(a): a requester may come in person or authorise another person;
* art. 36(1): a foreigner residing in Vietnam may ask for information directly related to
  his or her own rights and obligations, by the procedure of Chapter III;
* art. 36(2) and Decree 13/2018/NĐ-CP art. 4: citizens may ask through their organisation,
  union or enterprise when many of its members have the same request; the organisation
  appoints a representative, who sends the request (form 01b) with the list of members,
  giving for each the name, identity number, and reason and purpose.

>>> minor = Requester(under_18=True)
>>> [d.item.value for d in check_representation(minor, form="01a", rules="ati-2016")]
['minor_through_legal_representative']
>>> mother = {"full_name": "Nguyễn Thị M", "id_kind": "citizen_id_card",
...           "id_number": "001180000009", "proof": "Giấy khai sinh"}
>>> check_representation(Requester(under_18=True, acting_through="legal_representative",
...                                representative=mother), form="01a", rules="ati-2016")
()
>>> check_representation(                   # art. 4(3): no authorisation proof asked
...     Requester(under_18=True, acting_through="legal_representative"), form="01a",
...     rules="ati-2016")
()
>>> [d.item.value for d in check_representation(   # art. 24(1)(a): "ủy quyền" is shown
...     Requester(acting_through="authorised_person"), form="01a", rules="ati-2016")]
['representative']
>>> check_standing(Requester(standing="foreigner_residing_in_vietnam"),
...                concerns_requester=False, rules="ati-2016").has_standing
False
>>> [c.label_en for c in representation_basis(minor, form="01a", rules="ati-2016")]
['Law 104/2016/QH13 on Access to Information, art. 4(3)']
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import Field

from tiepcan.foundation._input import FrozenModel, validate_input
from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import Result, Text, echo, is_blank
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import RegimeLike
from tiepcan.rules._cited import CitedStrEnum, flag, has_rule, rules_of
from tiepcan.rules.requests import (
    Deficiency,
    GroupRequestForm,
    IdDocumentKind,
    RequestDeficiency,
)

#: the sentences this module says (tiepcan/texts/rules_requesters.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.rules_requesters")

__all__ = [
    "CivilActCapacity",
    "Intermediary",
    "Requester",
    "Standing",
    "StandingFinding",
    "allowed_intermediaries",
    "check_group_list",
    "check_representation",
    "check_standing",
    "representation_basis",
]


class Standing(CitedStrEnum):
    """Whose right it is: a citizen's (art. 4(1)) or a resident foreigner's (art. 36(1))."""

    VIETNAMESE_CITIZEN = ("vietnamese_citizen", "Công dân Việt Nam", "Vietnamese citizen")
    FOREIGNER_RESIDING_IN_VIETNAM = (
        "foreigner_residing_in_vietnam",
        "Người nước ngoài cư trú tại Việt Nam",
        "foreigner residing in Vietnam",
    )
    FOREIGNER_NOT_RESIDING = (
        "foreigner_not_residing",
        "Người nước ngoài không cư trú tại Việt Nam",
        "foreigner not residing in Vietnam (outside the law)",
    )


class CivilActCapacity(CitedStrEnum):
    """The requester's civil act capacity as art. 4(2) distinguishes it."""

    FULL = ("full", "Có đầy đủ năng lực hành vi dân sự", "full civil act capacity")
    LOST = ("lost", "Người mất năng lực hành vi dân sự", "has lost civil act capacity")
    COGNITIVE_DIFFICULTY = (
        "cognitive_difficulty",
        "Người có khó khăn trong nhận thức, làm chủ hành vi",
        "has difficulties in cognition and behaviour control",
    )


class Intermediary(CitedStrEnum):
    """Through whom the request is made."""

    SELF = ("self", "Trực tiếp", "the requester in person")
    AUTHORISED_PERSON = (
        "authorised_person",
        "Người được ủy quyền",
        "a person the requester authorises",
    )
    LEGAL_REPRESENTATIVE = (
        "legal_representative",
        "Người đại diện theo pháp luật",
        "the legal representative",
    )
    GUARDIAN = ("guardian", "Người giám hộ", "the guardian")
    ORGANISATION = (
        "organisation",
        "Tổ chức, đoàn thể, doanh nghiệp",
        "the requester's organisation, union or enterprise",
    )


class Representative(FrozenModel):
    """Who makes the request for the requester: name, identity papers and the paper that shows
    the authority to act. An authorised person must show all three (art. 24(1)(a): "ủy quyền
    cho người khác"; that the authorisation is shown is checked, whether it is valid under the
    Civil Code is the agency's finding). A legal representative or guardian acts by law (art.
    4(2)–(3)), not by an authorisation: the law asks no proof of him or her, and none is
    checked."""

    full_name: str | None = Field(default=None, title="Họ, tên người đại diện")
    id_kind: IdDocumentKind | None = Field(default=None, title="Loại giấy tờ tùy thân")
    id_number: str | None = Field(default=None, title="Số giấy tờ tùy thân")
    proof: str | None = Field(
        default=None,
        title="Giấy tờ chứng minh việc đại diện, ủy quyền",
        description="the document that shows the representation or authorisation",
    )


class Requester(FrozenModel):
    """The person whose right is exercised, as art. 4 and 36 sort people.

    For a group request (form 01b) this describes the members: citizens (art. 36(2)) acting
    through their organisation. ``minor_may_act_alone`` records that the law on children or
    another law lets this minor ask without a representative (art. 4(3), "trừ trường hợp …");
    which law that is, the caller establishes. ``cannot_write`` is the requester who cannot
    read or write, or whose disability prevents writing (art. 24(1)(a)).

    Art. 24(1)(a) names the authorised person for requests at the office; nothing forbids
    authorising someone to send a request by the other channels, and the form of the
    authorisation is for the Civil Code, so we accept an authorised person on every channel;
    that a proof is shown is checked, not its form (interpretation
    ``authorisation-any-channel``). ``representative`` names whoever acts for the requester.
    """

    standing: Standing = Field(default=Standing.VIETNAMESE_CITIZEN, title="Chủ thể")
    capacity: CivilActCapacity = Field(
        default=CivilActCapacity.FULL, title="Năng lực hành vi dân sự"
    )
    under_18: bool = Field(default=False, title="Người dưới 18 tuổi")
    minor_may_act_alone: bool = Field(
        default=False, title="Người chưa thành niên được tự yêu cầu theo luật khác"
    )
    acting_through: Intermediary = Field(default=Intermediary.SELF, title="Người thực hiện yêu cầu")
    representative: Representative | None = Field(
        default=None,
        title="Người đại diện, người được ủy quyền",
        description="who asks for the requester, when acting_through is not self",
    )
    cannot_write: bool = Field(default=False, title="Không biết chữ hoặc không thể viết")


@dataclass(frozen=True, slots=True)
class StandingFinding(Result):
    """Whether the person has a right of access under this law, and why."""

    has_standing: bool
    reason: Text
    citations: tuple[Citation, ...]

    def _check(self) -> None:
        if not self.citations:
            raise InvalidInputError(
                "inconsistent-result", detail="a standing finding cites the law"
            )


def _requester(value: object) -> Requester:
    return validate_input(Requester, value, what="requester")


def check_standing(
    requester: Requester | dict[str, object],
    *,
    concerns_requester: bool,
    rules: RegimeLike,
) -> StandingFinding:
    """Arts. 4(1), 36(1): citizens have the right; resident foreigners for their own affairs.

    ``concerns_requester`` is the one fact of the information directly concerning the
    requester (interpretation ``concerns-requester-is-one-fact``). A foreigner is answered
    under art. 36(1) beside art. 4(1) (the right is the citizen's; art. 36(1) extends it).
    A person outside arts. 4 and 36 has no right under this law, and art. 28(1) is a closed
    list, so :func:`tiepcan.decision.assess` answers in writing with these reasons rather than
    inventing a ground of refusal (interpretation ``no-standing-is-not-a-refusal``).
    ``rules``: the governing ruleset, cited from.
    """
    requester = _requester(requester)
    rs = rules_of(rules)
    citizen = rs.citation("decision.citizen_right")
    related = flag(concerns_requester, field="concerns_requester")
    if requester.standing is Standing.VIETNAMESE_CITIZEN:
        return StandingFinding(
            has_standing=True,
            reason=say(TEXTS, "standing.citizen"),
            citations=(citizen,),
        )
    cites = (citizen, rs.citation("decision.resident_foreigner"))
    if requester.standing is Standing.FOREIGNER_NOT_RESIDING:
        return StandingFinding(
            has_standing=False,
            reason=say(TEXTS, "standing.foreigner_not_residing"),
            citations=cites,
        )
    if related:
        return StandingFinding(
            has_standing=True,
            reason=say(TEXTS, "standing.foreigner_own_affairs"),
            citations=cites,
        )
    return StandingFinding(
        has_standing=False,
        reason=say(TEXTS, "standing.foreigner_other_affairs"),
        citations=cites,
    )


#: the key by which a ruleset declares that a person under 18 may ask alone, with the
#: representative's consent, or through the representative (Law 01/2026/QH16 art. 7(3))
MINOR_ALONE_KEY = "decision.minor_asks_alone"


def _minor_alone(requester: Requester, rules: RegimeLike) -> bool:
    """Whether this minor may ask in person: another law lets him or her (Law 104/2016 art.
    4(3), ``minor_may_act_alone``), or the governing law itself does (Law 01/2026/QH16 art.
    7(3), "có thể tự mình": the ruleset has :data:`MINOR_ALONE_KEY`)."""
    if requester.minor_may_act_alone:
        return True
    return has_rule(rules_of(rules), MINOR_ALONE_KEY)


def allowed_intermediaries(
    requester: Requester | dict[str, object], *, rules: RegimeLike
) -> frozenset[Intermediary]:
    """Through whom this person may ask, base rule first, then the art. 4 exceptions.

    Art. 4(2) (capacity) is applied before art. 4(3) (age): a minor who has lost capacity
    asks through the legal representative; a minor with difficulties in cognition asks
    through the guardian, who for a minor is also the legal representative, so either is
    accepted (interpretation ``capacity-before-age``). Where art. 4(2) or 4(3) names the
    legal representative, a guardian is accepted too: a guardian is the legal representative
    of the person in his or her care (Civil Code 2015 art. 136, not in the bundled texts;
    interpretation ``guardian-is-legal-representative``).

    ``rules``: the governing ruleset. Under Law
    01/2026/QH16 art. 7(3) a person under 18 "có thể tự mình hoặc được sự đồng ý của người
    đại diện hoặc thông qua người đại diện": in person, or through the legal representative
    (or guardian); a minor asking alone is admissible, unlike Law 104/2016 art. 4(3).
    """
    requester = _requester(requester)
    if requester.capacity is CivilActCapacity.LOST:
        return frozenset({Intermediary.LEGAL_REPRESENTATIVE, Intermediary.GUARDIAN})
    if requester.capacity is CivilActCapacity.COGNITIVE_DIFFICULTY:
        if requester.under_18:
            return frozenset({Intermediary.GUARDIAN, Intermediary.LEGAL_REPRESENTATIVE})
        return frozenset({Intermediary.GUARDIAN})
    if requester.under_18 and not requester.minor_may_act_alone:
        if _minor_alone(requester, rules):
            return frozenset(
                {Intermediary.SELF, Intermediary.LEGAL_REPRESENTATIVE, Intermediary.GUARDIAN}
            )
        return frozenset({Intermediary.LEGAL_REPRESENTATIVE, Intermediary.GUARDIAN})
    allowed = {Intermediary.SELF, Intermediary.AUTHORISED_PERSON}
    if requester.standing is Standing.VIETNAMESE_CITIZEN:
        allowed.add(Intermediary.ORGANISATION)
    return frozenset(allowed)


def _representation_gap(requester: Requester) -> RequestDeficiency:
    if requester.capacity is CivilActCapacity.LOST:
        return RequestDeficiency.THROUGH_LEGAL_REPRESENTATIVE
    if requester.capacity is CivilActCapacity.COGNITIVE_DIFFICULTY:
        return RequestDeficiency.THROUGH_GUARDIAN
    if requester.under_18 and not requester.minor_may_act_alone:
        return RequestDeficiency.MINOR_THROUGH_LEGAL_REPRESENTATIVE
    if requester.acting_through is Intermediary.ORGANISATION:
        return RequestDeficiency.GROUP_ROUTE_FOR_CITIZENS
    return RequestDeficiency.INTERMEDIARY_NOT_PROVIDED_FOR


def check_representation(
    requester: Requester | dict[str, object], *, form: str, rules: RegimeLike
) -> tuple[Deficiency, ...]:
    """Whether the request comes through the person arts. 4, 24(1)(a) and 36(2) require.

    ``form`` is the request form used ("01a" or "01b"): the organisation route goes with
    form 01b and form 01b with the organisation route (Decree 13 arts. 4, 5(1)(a)).
    ``rules``: the governing ruleset (see :func:`allowed_intermediaries`).
    """
    requester = _requester(requester)
    if form not in ("01a", "01b"):
        raise InvalidInputError(
            "invalid-input", detail=f"the request form is 01a or 01b: form={echo(form)}"
        )
    gaps: list[Deficiency] = []
    if requester.acting_through not in allowed_intermediaries(requester, rules=rules):
        gaps.append(
            Deficiency(
                item=_representation_gap(requester),
                detail=f"acting_through={requester.acting_through.value}",
            )
        )
    acting_for = requester.acting_through in _ACTING_FOR
    rep = requester.representative
    if acting_for and (
        rep is None
        or is_blank(rep.full_name)
        or rep.id_kind is None
        or is_blank(rep.id_number)
        or is_blank(rep.proof)
    ):
        missing = (
            "representative"
            if rep is None
            else ", ".join(
                name
                for name, blank in (
                    ("full_name", is_blank(rep.full_name)),
                    ("id_number", rep.id_kind is None or is_blank(rep.id_number)),
                    ("proof", is_blank(rep.proof)),
                )
                if blank
            )
        )
        gaps.append(Deficiency(item=RequestDeficiency.REPRESENTATIVE, detail=missing))
    via_group = requester.acting_through is Intermediary.ORGANISATION
    if via_group != (form == "01b"):
        gaps.append(
            Deficiency(
                item=RequestDeficiency.GROUP_ROUTE_FOR_CITIZENS,
                detail=f"form {form} with acting_through={requester.acting_through.value}",
            )
        )
    return tuple(gaps)


#: intermediaries who must show who they are and the authorisation (art. 24(1)(a), "ủy
#: quyền"); a legal representative or guardian (art. 4(2)–(3)) acts by law, not by an
#: authorisation, and the law asks no proof of him or her
_ACTING_FOR = frozenset({Intermediary.AUTHORISED_PERSON})


def representation_basis(
    requester: Requester | dict[str, object],
    *,
    form: str,
    channel: str | None = None,
    rules: RegimeLike,
) -> tuple[Citation, ...]:
    """The exact clauses a representation check applies, whether it passes or not: the
    route the request took, which a decision records as deciding.

    Art. 4(2) for a person who has lost capacity or has difficulties in cognition; art. 4(3)
    for a minor; the organisation route, art. 36(2) and Decree 13 art. 4(1)–(2) (not art.
    24(1)(a), which is about coming to the office, not about the organisation's
    representative); otherwise art. 24(1)(a) for a request made at the office in person or
    through an authorised person (and for an authorised person on any channel,
    ``authorisation-any-channel``), art. 24(1)(b) for a form sent electronically, by post or
    by fax (``channel``, how the request came in; ``None``: 24(1)(a) as before). ``rules``:
    the governing ruleset, cited from.
    """
    requester = _requester(requester)
    rs = rules_of(rules)
    cites: list[Citation] = []
    if requester.capacity is not CivilActCapacity.FULL:
        cites.append(rs.citation("decision.through_representative"))
    if requester.under_18:
        cites.append(rs.citation("decision.minor"))
    adult_rule = requester.capacity is CivilActCapacity.FULL and (
        not requester.under_18
        or requester.minor_may_act_alone
        or (_minor_alone(requester, rs) and requester.acting_through is Intermediary.SELF)
    )
    organisation = requester.acting_through is Intermediary.ORGANISATION or form == "01b"
    if organisation:
        cites += [
            rs.citation("decision.organisation_route"),
            rs.citation("decision.organisation_representative"),
            rs.citation("decision.organisation_list"),
        ]
    elif adult_rule:
        sent = channel is not None and channel != "at_office"
        in_person = requester.acting_through is not Intermediary.SELF or not sent
        cites.append(
            rs.citation("decision.request_in_person" if in_person else "decision.request_sent")
        )
    return tuple(dict.fromkeys(cites))


def check_group_list(form: GroupRequestForm | dict[str, object]) -> tuple[Deficiency, ...]:
    """Decree 13 art. 4(1)–(2): the organisation, its representative, and the list.

    Each member has his or her own standing: art. 36(2) opens the route to citizens, so a
    member who is not a citizen is reported (``group_member_standing``).

    "Nhiều người" (many people) is read as at least two (interpretation
    ``many-means-two-or-more``). Each member must have a name, an identity number, and a
    reason and purpose; each missing entry is reported with the member's position.
    """
    form = validate_input(GroupRequestForm, form, what="form 01b")
    gaps: list[Deficiency] = []
    if is_blank(form.organisation_name):
        gaps.append(
            Deficiency(item=RequestDeficiency.GROUP_ORGANISATION, detail="organisation_name")
        )
    if len(form.members) < 2:
        gaps.append(
            Deficiency(
                item=RequestDeficiency.GROUP_MANY_MEMBERS, detail=f"{len(form.members)} listed"
            )
        )
    for i, member in enumerate(form.members, start=1):
        if not member.vietnamese_citizen:
            gaps.append(
                Deficiency(item=RequestDeficiency.GROUP_MEMBER_STANDING, detail=f"member {i}")
            )
        missing = [
            name
            for name, value in (
                ("full_name", member.full_name),
                ("id_number", member.id_number),
                ("reason_and_purpose", member.reason_and_purpose),
            )
            if is_blank(value)
        ]
        if missing:
            gaps.append(
                Deficiency(
                    item=RequestDeficiency.GROUP_MEMBER_LIST,
                    detail=f"member {i}: {', '.join(missing)}",
                )
            )
    return tuple(gaps)
