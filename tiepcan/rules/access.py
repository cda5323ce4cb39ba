"""Thông tin công dân được tiếp cận — what information a citizen may have.

Implements Law 104/2016/QH13:

* art. 5: citizens may access the information of state agencies, except the information of
  art. 6, and may access the information of art. 7 on conditions;
* art. 6: information citizens may not access (không được tiếp cận): state secrets until
  declassified (clause 1); information whose access would cause the harms clause 2 lists,
  work secrets, internal meetings, documents drafted for internal work (clause 2);
* art. 7: information accessible on conditions (được tiếp cận có điều kiện): trade secrets
  with the owner's consent (clause 1); private-life and personal secrets with the person's
  consent, family secrets with the family members' consent (clause 2); and the head of the
  agency's decision to provide without consent, where necessary for the public interest or
  community health under the relevant law (clause 3);
* art. 23: the information provided on request (thông tin được cung cấp theo yêu cầu),
  including the three cases in which information that must be disclosed under art. 17 is
  still provided on request (clause 1, points a–c; applied as exceptions to art. 28(1)(b)
  in :mod:`tiepcan.rules.refusals`).

Which category a piece of information falls in is the agency's finding of fact (Decree
13/2018 art. 7 makes the creating unit review it); these rules take that finding as input.

>>> NotAccessibleGround.STATE_SECRET.citation.label
'Điều 6 khoản 1 Luật Tiếp cận thông tin số 104/2016/QH13'
>>> classify_access([NotAccessibleGround.STATE_SECRET], [], declassified=True)
<AccessClass.ACCESSIBLE: 'accessible'>
>>> classify_access([], [ConditionalCategory.TRADE_SECRET])
<AccessClass.CONDITIONALLY_ACCESSIBLE: 'conditionally_accessible'>
>>> unmet_conditions([ConditionalCategory.FAMILY_SECRET], consented=[], head_decision=None)
(<ConditionalCategory.FAMILY_SECRET: 'family_secret'>,)
>>> DisclosureStatus.DUE_NOT_YET_DISCLOSED.citation.text()
'Thông tin trong thời hạn công khai nhưng chưa được công khai;'

Consent is person by person (art. 7(2): "được người đó đồng ý"): Lê Văn B's signature does
not open Trần Thị C's personal secret; C's own does.

>>> c_secret = ConditionalInformation(category="personal_secret", holders=("Trần Thị C",))
>>> consent_covers(c_secret, [(ConditionalCategory.PERSONAL_SECRET, "Lê Văn B")])
False
>>> consent_covers(c_secret, [(ConditionalCategory.PERSONAL_SECRET, "trần thị c")])
True
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Literal

from pydantic import Field, model_validator

from tiepcan.foundation._input import FrozenModel, validate_input
from tiepcan.foundation._model import NonBlank
from tiepcan.rules._cited import CitedStrEnum, flag, members

__all__ = [
    "AccessClass",
    "ConditionalCategory",
    "ConditionalInformation",
    "ConsentingParty",
    "DisclosureStatus",
    "FamilyConsentReading",
    "HeadOfAgencyDecision",
    "NotAccessibleGround",
    "OnRequestBasis",
    "PublicInterestReason",
    "classify_access",
    "unmet_conditions",
]


class AccessClass(CitedStrEnum):
    """The three classes of information of arts. 5–7."""

    ACCESSIBLE = (
        "accessible",
        "Thông tin công dân được tiếp cận",
        "information citizens may access",
    )
    NOT_ACCESSIBLE = (
        "not_accessible",
        "Thông tin công dân không được tiếp cận",
        "information citizens may not access",
    )
    CONDITIONALLY_ACCESSIBLE = (
        "conditionally_accessible",
        "Thông tin công dân được tiếp cận có điều kiện",
        "information citizens may access on conditions",
    )


class NotAccessibleGround(CitedStrEnum):
    """Each kind of information art. 6 puts out of reach, in the order of the article."""

    STATE_SECRET = (
        "state_secret",
        "Thông tin thuộc bí mật nhà nước",
        "state secret (until declassified)",
    )
    HARMS_STATE_INTERESTS = (
        "harms_state_interests",
        "Gây nguy hại đến lợi ích của Nhà nước",
        "access would harm the interests of the State",
    )
    HARMS_DEFENCE_OR_NATIONAL_SECURITY = (
        "harms_defence_or_national_security",
        "Ảnh hưởng xấu đến quốc phòng, an ninh quốc gia",
        "access would adversely affect national defence or national security",
    )
    HARMS_INTERNATIONAL_RELATIONS = (
        "harms_international_relations",
        "Ảnh hưởng xấu đến quan hệ quốc tế",
        "access would adversely affect international relations",
    )
    HARMS_SOCIAL_ORDER_AND_SAFETY = (
        "harms_social_order_and_safety",
        "Ảnh hưởng xấu đến trật tự, an toàn xã hội",
        "access would adversely affect social order and safety",
    )
    HARMS_SOCIAL_ETHICS = (
        "harms_social_ethics",
        "Ảnh hưởng xấu đến đạo đức xã hội",
        "access would adversely affect social ethics",
    )
    HARMS_COMMUNITY_HEALTH = (
        "harms_community_health",
        "Ảnh hưởng xấu đến sức khỏe của cộng đồng",
        "access would adversely affect community health",
    )
    ENDANGERS_OTHERS = (
        "endangers_others",
        "Gây nguy hại đến tính mạng, cuộc sống hoặc tài sản của người khác",
        "access would endanger the life, living or property of others",
    )
    WORK_SECRET = ("work_secret", "Thông tin thuộc bí mật công tác", "work secret")
    INTERNAL_MEETING = (
        "internal_meeting",
        "Thông tin về cuộc họp nội bộ của cơ quan nhà nước",
        "information about an internal meeting of a state agency",
    )
    INTERNAL_WORKING_DOCUMENT = (
        "internal_working_document",
        "Tài liệu do cơ quan nhà nước soạn thảo cho công việc nội bộ",
        "document drafted by a state agency for its internal work",
    )


class ConsentingParty(CitedStrEnum):
    """Whose consent opens art. 7 information (art. 7(1)–(2))."""

    TRADE_SECRET_OWNER = (
        "trade_secret_owner",
        "Chủ sở hữu bí mật kinh doanh",
        "the owner of the trade secret",
    )
    PERSON_CONCERNED = (
        "person_concerned",
        "Người có bí mật đời sống riêng tư, bí mật cá nhân",
        "the person whose private life or personal secret it is",
    )
    FAMILY_MEMBERS = ("family_members", "Các thành viên gia đình", "the members of the family")


class ConditionalCategory(CitedStrEnum):
    """Each kind of art. 7 information; ``consenting_party`` says whose consent opens it."""

    #: whose consent art. 7(1)–(2) requires for this kind of information
    consenting_party: ConsentingParty
    __data_fields__ = ("consenting_party",)

    TRADE_SECRET = (
        "trade_secret",
        "Thông tin liên quan đến bí mật kinh doanh",
        "information relating to a trade secret",
        ConsentingParty.TRADE_SECRET_OWNER,
    )
    PRIVATE_LIFE_SECRET = (
        "private_life_secret",
        "Thông tin liên quan đến bí mật đời sống riêng tư",
        "information relating to the secrets of a person's private life",
        ConsentingParty.PERSON_CONCERNED,
    )
    PERSONAL_SECRET = (
        "personal_secret",
        "Thông tin liên quan đến bí mật cá nhân",
        "information relating to a personal secret",
        ConsentingParty.PERSON_CONCERNED,
    )
    FAMILY_SECRET = (
        "family_secret",
        "Thông tin liên quan đến bí mật gia đình",
        "information relating to a family secret",
        ConsentingParty.FAMILY_MEMBERS,
    )
    #: Law 01/2026/QH16 only (arts. 15(2), 16(1)): personal data, accessed "theo quy định của
    #: pháp luật về bảo vệ dữ liệu cá nhân"; opened by the data subject's consent (or the
    #: head's decision of art. 16(4)), interpretation ``personal-data-opens-with-consent``.
    #: A request under Law 104/2016 that names it raises ``not-in-law``.
    PERSONAL_DATA = (
        "personal_data",
        "Thông tin thuộc dữ liệu cá nhân",
        "personal data",
        ConsentingParty.PERSON_CONCERNED,
    )


#: art. 7(2) "các thành viên gia đình đồng ý": every member (the default reading,
#: ``family-consent-every-member``) or the members the secret concerns
#: (``family-consent-members-concerned``)
FamilyConsentReading = Literal["every_member", "members_concerned"]


class ConditionalInformation(FrozenModel):
    """One piece of art. 7 information and whose it is: consent is person by person.

    Art. 7(1) opens a trade secret with the consent of "chủ sở hữu bí mật kinh doanh đó",
    art. 7(2) a private-life or personal secret with the consent of "người đó" (that person)
    and a family secret with the consent of "các thành viên gia đình". ``holders`` names those
    people (the owner; the person; the members of the family): a written consent (form 06)
    opens the information only when every one of them signed it (``consenting_persons``).
    ``members_concerned`` (family secrets only) names the members the secret concerns, used
    under interpretation ``family-consent-members-concerned``. ``requesters_own`` is the
    requester being "người đó" of a private-life or personal secret: no form 06 is needed,
    and only for this piece (interpretation ``own-information-needs-no-consent``).

    Where ``holders`` is empty the agency has not said whose the secret is; a consent of the
    right party that covers the category is then taken as the agency's finding that the
    right person signed (interpretation ``consent-holder-as-found``).
    """

    category: ConditionalCategory = Field(title="Loại thông tin tiếp cận có điều kiện")
    holders: tuple[NonBlank, ...] = Field(
        default=(),
        title="Người có bí mật",
        description="the owner, the person, or the family members whose consent art. 7 requires",
    )
    members_concerned: tuple[NonBlank, ...] = Field(
        default=(),
        title="Thành viên gia đình có liên quan",
        description="family secret: the members it concerns (reading members_concerned)",
    )
    requesters_own: bool = Field(
        default=False,
        title="Bí mật của chính người yêu cầu",
        description="art. 7(2): the requester is the person whose secret it is",
    )

    @model_validator(mode="after")
    def _fits_the_category(self) -> ConditionalInformation:
        party = self.category.consenting_party
        if self.members_concerned and party is not ConsentingParty.FAMILY_MEMBERS:
            raise ValueError("members_concerned names members of a family (family_secret only)")
        if {_person(m) for m in self.members_concerned} - {_person(h) for h in self.holders}:
            raise ValueError("members_concerned must be among the holders (the family members)")
        if self.requesters_own and party is not ConsentingParty.PERSON_CONCERNED:
            raise ValueError(
                "requesters_own is for a private-life or personal secret (art. 7(2) 'người đó')"
            )
        return self


def _person(name: str) -> str:
    return " ".join(name.split()).casefold()


def consent_covers(
    item: ConditionalInformation,
    signed: Iterable[tuple[ConditionalCategory, str]],
    *,
    reading: FamilyConsentReading = "every_member",
) -> bool:
    """Whether the consents given open ``item`` (art. 7(1)–(2), art. 24(3)), person by person.

    ``signed`` is every (category, person) a form 06 covers: the person signed a consent for
    that kind of information. Every holder must have signed for the item's category; for a
    family secret under ``reading="members_concerned"`` the members concerned (all the
    holders where none is named). Without named holders, any signature for the category
    counts (``consent-holder-as-found``).
    """
    names = {_person(p) for c, p in signed if c is item.category}
    if not item.holders:
        return bool(names)
    required = item.holders
    family = item.category.consenting_party is ConsentingParty.FAMILY_MEMBERS
    if family and reading == "members_concerned" and item.members_concerned:
        required = item.members_concerned
    return all(_person(h) in names for h in required)


class PublicInterestReason(CitedStrEnum):
    """The two reasons for which art. 7(3) lets the head of the agency decide without consent."""

    PUBLIC_INTEREST = ("public_interest", "Lợi ích công cộng", "the public interest")
    COMMUNITY_HEALTH = ("community_health", "Sức khỏe của cộng đồng", "community health")


class HeadOfAgencyDecision(FrozenModel):
    """The head of the agency's decision to provide art. 7 information without consent (art. 7(3)).

    The law requires the decision to be taken "theo quy định của luật có liên quan" (under the
    relevant law): ``legal_basis`` names that law, and ``opens`` the categories of art. 7
    information it opens (a decision on a trade secret does not open a family secret). Whether the decision is lawful is not for
    these rules to judge; that it exists and names its reason and basis is.
    """

    opens: tuple[ConditionalCategory, ...] = Field(
        title="Loại thông tin được quyết định cung cấp",
        min_length=1,
        description="the art. 7 categories the decision opens; it opens only these",
    )
    reason: PublicInterestReason = Field(title="Lý do quyết định")
    legal_basis: str = Field(
        title="Luật có liên quan làm căn cứ",
        min_length=1,
        description="the relevant law the decision rests on",
    )
    decided_by: str = Field(
        title="Người đứng đầu cơ quan",
        min_length=1,
        description="the head of the agency (người đứng đầu)",
    )
    decided_on: date | None = Field(default=None, title="Ngày quyết định")


class DisclosureStatus(CitedStrEnum):
    """Where the information stands against the duty to disclose of art. 17 (the agency's finding).

    ``NOT_SUBJECT_TO_DISCLOSURE`` is information art. 17 does not require to be disclosed.
    The other three are art. 17 information: disclosed now (art. 28(1)(b) applies), due but
    not yet disclosed (art. 23(1)(a)), or past its disclosure period (art. 23(1)(b)).
    """

    NOT_SUBJECT_TO_DISCLOSURE = (
        "not_subject_to_disclosure",
        "Không thuộc thông tin phải được công khai theo Điều 17",
        "not information that art. 17 requires to be disclosed",
    )
    DISCLOSED = (
        "disclosed",
        "Thông tin đang được công khai theo Điều 17",
        "disclosed under art. 17 and currently public",
    )
    DUE_NOT_YET_DISCLOSED = (
        "due_not_yet_disclosed",
        "Thông tin trong thời hạn công khai nhưng chưa được công khai",
        "within its disclosure period but not yet disclosed",
    )
    DISCLOSURE_PERIOD_EXPIRED = (
        "disclosure_period_expired",
        "Thông tin hết thời hạn công khai theo quy định của pháp luật",
        "its disclosure period under the law has expired",
    )


class OnRequestBasis(CitedStrEnum):
    """Art. 23: the kinds of information provided on request (the basis recorded in a decision)."""

    ART17_INFORMATION_EXCEPTION = (
        "art17_information_exception",
        "Thông tin phải được công khai thuộc trường hợp khoản 1 Điều 23",
        "art. 17 information in one of the cases of art. 23(1)",
    )
    CONDITIONS_MET = (
        "conditions_met",
        "Thông tin đủ điều kiện cung cấp theo Điều 7",
        "art. 7 information whose conditions are met",
    )
    REQUESTERS_OWN_AFFAIRS = (
        "requesters_own_affairs",
        "Thông tin liên quan đến đời sống, sinh hoạt, sản xuất, kinh doanh của người yêu cầu",
        "information on the requester's own life, living, production or business",
    )
    OTHER_INFORMATION = (
        "other_information",
        "Thông tin khác do cơ quan nhà nước tạo ra hoặc nắm giữ",
        "other information the agency created or holds",
    )


def classify_access(
    not_accessible: Iterable[NotAccessibleGround | str],
    conditional: Iterable[ConditionalCategory | str],
    *,
    declassified: bool = False,
) -> AccessClass:
    """The class of the information under arts. 5–7.

    Art. 6 wins over art. 7 (information that is both is not accessible). A state secret
    that has been declassified is no longer an art. 6 ground (art. 6(1), second paragraph).
    """
    grounds = members(NotAccessibleGround, not_accessible, field="not_accessible")
    categories = members(ConditionalCategory, conditional, field="conditional")
    declassified = flag(declassified, field="declassified")
    barred = [g for g in grounds if not (g is NotAccessibleGround.STATE_SECRET and declassified)]
    if barred:
        return AccessClass.NOT_ACCESSIBLE
    if categories:
        return AccessClass.CONDITIONALLY_ACCESSIBLE
    return AccessClass.ACCESSIBLE


def unmet_conditions(
    conditional: Iterable[ConditionalCategory | str],
    *,
    consented: Iterable[ConditionalCategory | str],
    head_decision: HeadOfAgencyDecision | dict[str, object] | None,
    own_information: bool = False,
) -> tuple[ConditionalCategory, ...]:
    """The art. 7 categories whose condition is not met, in the order of art. 7, by category
    only: whose each secret is, and who signed, are not known here (:func:`consent_covers`
    matches them person by person; :func:`tiepcan.decision.assess` uses it).

    Each category needs a consent that covers it (art. 7(1)–(2), art. 24(3)), or the head
    of the agency's decision under art. 7(3), which opens only the categories it names
    (``head_decision.opens``). ``own_information`` is the requester asking about his or her
    own private life or personal secrets: art. 7(2) opens them "trong trường hợp được người
    đó đồng ý", and the person asking is that person, so no form 06 is needed (interpretation
    ``own-information-needs-no-consent``); a family secret still needs the family members.
    """
    wanted = set(members(ConditionalCategory, conditional, field="conditional"))
    covered = set(members(ConditionalCategory, consented, field="consented"))
    own = flag(own_information, field="own_information")
    if head_decision is not None:
        decision = validate_input(
            HeadOfAgencyDecision, head_decision, what="head of agency decision"
        )
        covered |= set(decision.opens)
    if own:
        covered |= {
            c for c in ConditionalCategory if c.consenting_party is ConsentingParty.PERSON_CONCERNED
        }
    return tuple(c for c in ConditionalCategory if c in wanted and c not in covered)
