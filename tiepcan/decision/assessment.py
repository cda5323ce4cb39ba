"""Giải quyết yêu cầu cung cấp thông tin — one decision on one request.

:func:`assess` takes the request as received (:class:`InformationRequest`), the person whose
right is exercised (:class:`Requester`) and what the agency knows of the information
(:class:`InformationFacts`), and returns a frozen :class:`Decision`: provide (and how),
provide in part (Decree 13 art. 7(2)), refuse (with every applicable ground), refuse and
redirect, refuse as published, ask for consent (only when asked to), incomplete, wrong
person, not held, no standing, or decided under the earlier rules (Decree 13 art. 14(2)).
Every answer but provision is given in writing with its reasons (:class:`WrittenAnswer`).
The decision records the ordered steps it applied, each in one :class:`CitationRole`
(decided, applied and satisfied, checked and not applicable), lists every citation in the
tuple of its role, and explains itself in Vietnamese or English. Every citation is read from
the ruleset (``rules.toml``). It reads no clock: the only date it needs is the day the request was received,
which fixes the legal regime (:func:`tiepcan.regimes.resolve_regime`).

The order of the checks (each one a step of the trace):

1. regime — the rules in force on the day of receipt; then, when ``created_on`` is given,
   information created before the law follows the earlier rules (Decree 13 art. 14(2),
   interpretation ``pre-2018`` of the catalogue), which must still keep to art. 3: the
   requester gets a written answer, and art. 6 information is refused on ground a;
2. standing — arts. 4(1), 36(1): citizens; resident foreigners for their own affairs;
3. responsibility — art. 9; art. 26(3) and art. 28(1)(c): redirect or refuse; then whether
   the information exists and is held (art. 2(1));
4. representation — arts. 4(2), 4(3), 24(1)(a)–(b), 36(2), Decree 13 art. 4;
5. form contents — art. 24(2)(a)–(d), in Vietnamese; art. 26(2): ask for completion;
6. not accessible — art. 6, art. 28(1)(a);
7. conditions — art. 7, art. 24(3): the consent of the person whose secret it is, person by
   person, or the head of agency's decision (art. 7(3));
8. already disclosed — art. 28(1)(b) with the art. 23(1) exceptions;
9. provided twice — art. 28(1)(d) with its "lý do chính đáng" exception;
10. capacity — art. 28(1)(đ);
11. costs — art. 28(1)(e);
12. provision — arts. 25, 27, 29–31: how the information is provided.

Steps 2, 3 and 5 end the assessment when they fail; steps 6–11 each add their ground, and
every applicable ground is listed, because art. 28(2) requires all reasons to be stated
(interpretation ``list-all-grounds``). Where the law leaves a choice open we name it:

* ``responsibility-before-completion``: responsibility (art. 26(3)) is checked before the
  form (art. 26(2)): a requester is not asked to complete a form for an agency that will
  only send him or her elsewhere (art. 3(3): "thuận lợi cho công dân");
* ``redirect-is-a-refusal``: a redirect rests on art. 28(1)(c) and guidance to published
  information on art. 28(1)(b), so both are refusals stated in writing (art. 28(2), form 05)
  on top of the guidance;
* ``missing-consent-asks-first`` (not the default): art. 7 information without the written
  consent or the head of agency's decision is refused on ground a (art. 28(1)(a)); with
  ``consent_policy="ask_first"`` the agency asks for it first;
* ``not-held-is-not-a-refusal``: information that does not exist or is not held (art. 2(1))
  is answered in writing, with no ground of the closed list of art. 28(1);
* ``everything-not-barred-is-provided``: where art. 9 makes the agency responsible it
  provides everything arts. 6, 7 and 28(1) do not bar; art. 23(4) "có thể cung cấp" is the
  discretion outside that duty, so it is checked, never deciding;
* ``fallback-to-office``: where the form of provision asked for cannot be used (art. 30(1)
  for electronic provision), art. 25(2) lets the agency provide in the form its means and the
  information allow: at the office (art. 25(1)(a));
* ``family-consent-every-member``: a family secret opens when every member signed (art.
  7(2) "các thành viên gia đình đồng ý"); ``family_consent="members_concerned"`` chooses
  ``family-consent-members-concerned``;
* ``procedure-follows-provision-form``: arts. 29–31 are headed by the way information is
  provided, so the form of provision selects the procedure and time limit.

>>> from datetime import date
>>> request = {
...     "channel": "electronic", "received_on": date(2024, 2, 7),
...     "form": {"form": "01a",
...              "requester": {"full_name": "Nguyễn Văn A", "residence_address": "Hà Nội",
...                            "id_kind": "citizen_id_card", "id_number": "001099000001"},
...              "request": {"description": "Quyết định giao đất", "provision_form": "electronic",
...                          "document_names": ["Quyết định 12/QĐ-UBND"],
...                          "reason_and_purpose": "Bảo vệ quyền sử dụng đất"}}}
>>> d = assess(request, {}, {})
>>> d.outcome, d.provision.form, d.regime
(<Outcome.PROVIDE: 'provide'>, <Channel.ELECTRONIC: 'electronic'>, 'ati-2016')
>>> d = assess(request, {}, {"not_accessible": ["work_secret"], "costs": "not_paid"})
>>> d.outcome, [g.ground.value for g in d.grounds]
(<Outcome.REFUSE: 'refuse'>, ['a', 'e'])
>>> print(d.explain("en").splitlines()[0])
Decision: refuse (regime ati-2016)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from tiepcan._input import FrozenModel, validate_input
from tiepcan._model import BilingualStrEnum, Lang, Minimum, Result, Text, check_lang, echo
from tiepcan.citations import Citation
from tiepcan.errors import InvalidInputError
from tiepcan.regimes import (
    RegimeChoice,
    RegimeLike,
    Ruleset,
    choose_ruleset,
    require_engine,
    ruleset,
)
from tiepcan.rules._cited import CitedStrEnum, has_rule
from tiepcan.rules.access import (
    ConditionalCategory,
    ConditionalInformation,
    ConsentingParty,
    DisclosureStatus,
    FamilyConsentReading,
    HeadOfAgencyDecision,
    NotAccessibleGround,
    OnRequestBasis,
    consent_covers,
)
from tiepcan.rules.refusals import (
    RefusalGround,
    RefusalNotice,
    StatedGround,
    already_disclosed,
    already_provided_twice,
    closed_category_citations,
    exceeds_capacity,
    not_accessible_or_conditions_unmet,
    not_responsible,
    published_information_exception,
    refusal_notice_of,
    state_ground,
    unpaid_costs,
)
from tiepcan.rules.requesters import (
    MINOR_ALONE_KEY,
    CivilActCapacity,
    Intermediary,
    Requester,
    Standing,
    check_group_list,
    check_representation,
    check_standing,
    representation_basis,
)
from tiepcan.rules.requests import (
    CostStatus,
    DecreeForm,
    Deficiency,
    ElectronicMethod,
    GroupRequestForm,
    IdDocumentKind,
    InformationRequest,
    NoticeItem,
    ReceiptDuty,
    RequestDeficiency,
    RequestForm,
    check_form,
    electronic_provision_possible,
)
from tiepcan.rules.responsibility import (
    HELD_INFORMATION_KEY,
    AgencyKind,
    InformationOrigin,
    ResponsibilityFacts,
    assess_responsibility,
    district_level_ended,
)
from tiepcan.terms import Channel, Complexity

__all__ = [
    "Check",
    "CitationRole",
    "ConsentPolicy",
    "Decision",
    "InformationFacts",
    "Outcome",
    "ProtectedPart",
    "ProvisionPlan",
    "RuleStep",
    "StepResult",
    "WithheldPart",
    "WrittenAnswer",
    "assess",
    "refusal_notice",
]

#: missing consent: refuse on ground a (the law), or ask for it first (a named option)
ConsentPolicy = Literal["refuse", "ask_first"]


class ProtectedPart(FrozenModel):
    """A part of the requested document covered by art. 6 or 7, the rest being open.

    Decree 13/2018 art. 7(2) has the agency "kiểm tra, loại bỏ" such content before it
    provides the rest: ``part`` says which (a paragraph, a page, an annex), and the grounds
    say why it is removed. A part whose art. 7 condition is met is not removed.
    """

    part: str = Field(title="Phần nội dung", min_length=1)
    not_accessible: tuple[NotAccessibleGround, ...] = Field(
        default=(), title="Thông tin không được tiếp cận"
    )
    conditional: tuple[ConditionalCategory | ConditionalInformation, ...] = Field(
        default=(),
        title="Thông tin tiếp cận có điều kiện",
        description="art. 7 content of the part: a category, or the category and whose it is",
    )


#: the former names of facts, refused since 0.x (error ``renamed-input``), with the new input
_FORMER_FACTS = {
    "related_to_own_rights_and_obligations": "concerns_requester (art. 36(1), 9(2)(h))",
    "related_to_own_affairs": "about_requesters_affairs (art. 23(3))",
}
_FORMER_RESPONSIBILITY = {
    "related_to_requester_lawful_rights_and_interests": "concerns_requester (art. 9(2)(h))"
}


@dataclass(frozen=True)
class _PartFinding:
    """One protected part as checked: its art. 6 grounds, and its art. 7 pieces opened
    (with how) or still closed."""

    part: str
    barred: tuple[NotAccessibleGround, ...]
    unmet: tuple[ConditionalCategory, ...]
    opened: tuple[tuple[ConditionalCategory, str], ...]


#: the reading of art. 7(2) "các thành viên gia đình đồng ý" by the choice of the caller
_FAMILY_READINGS = {
    "every_member": "family-consent-every-member",
    "members_concerned": "family-consent-members-concerned",
}


class InformationFacts(FrozenModel):
    """What the agency knows of the requested information: its findings of fact.

    Every field has the default of the plain case (the agency created and holds the
    information, it is open, not on the art. 17 list, never provided before, within
    capacity, costs none). ``disclosure`` is the disclosure status under art. 17, which the
    catalogue module owns; here it is a fact the caller supplies.

    ``concerns_requester`` is the one fact of the information directly concerning the
    requester ("liên quan trực tiếp": art. 36(1) for a foreigner, art. 9(2)(h) at a commune;
    interpretation ``concerns-requester-is-one-fact``); ``about_requesters_affairs`` is the
    fact of art. 23(3) (the requester's life, living, production or business, no "trực
    tiếp"). The former names ``related_to_own_rights_and_obligations``,
    ``related_to_own_affairs`` and
    ``responsibility.related_to_requester_lawful_rights_and_interests`` are refused (error
    ``renamed-input``, naming the new input).

    ``conditional`` (and a protected part's) lists art. 7 information: a bare category, or a
    :class:`~tiepcan.rules.access.ConditionalInformation` that says whose it is, so that a
    consent opens only the secret of a person who signed it. ``own_information`` makes the
    requester "người đó" of the bare private-life and personal categories of the information
    as a whole, never of a protected part.

    Costs: ``payment_due`` and ``paid_on`` make the status of the costs
    follow from dates (with :func:`assess`'s ``on=``); ``costs`` may still be given alone, and
    beside the dates it must be left out or agree with them.
    """

    responsibility: ResponsibilityFacts = Field(
        title="Trách nhiệm cung cấp thông tin", default_factory=ResponsibilityFacts
    )
    held: bool = Field(
        title="Thông tin có sẵn tại cơ quan",
        default=True,
        description="art. 2(1): the information exists and the agency holds it",
    )
    created_on: date | None = Field(
        title="Ngày thông tin được tạo ra",
        default=None,
        description="Decree 13 art. 14(2): information created before 2018-07-01",
    )
    not_accessible: tuple[NotAccessibleGround, ...] = Field(
        default=(), title="Thông tin không được tiếp cận"
    )
    state_secret_declassified: bool = Field(
        title="Bí mật nhà nước đã được giải mật",
        default=False,
        description="art. 6(1), 2nd paragraph",
    )
    conditional: tuple[ConditionalCategory | ConditionalInformation, ...] = Field(
        default=(),
        title="Thông tin tiếp cận có điều kiện",
        description="art. 7: a category, or the category and whose it is (consent is person "
        "by person)",
    )
    protected_parts: tuple[ProtectedPart, ...] = Field(
        default=(),
        title="Phần nội dung thuộc Điều 6, Điều 7",
        description="Decree 13 art. 7(2): parts removed before the rest is provided",
    )
    own_information: bool = Field(
        title="Thông tin về chính người yêu cầu",
        default=False,
        description="art. 7(2): the private-life and personal secrets given as categories in "
        "'conditional' are the requester's own (never a protected part's)",
    )
    historical_archives: bool | None = Field(
        title="Tài liệu lưu trữ tại lưu trữ lịch sử đủ điều kiện tiếp cận",
        default=None,
        description="Law 01/2026/QH16 art. 16(3): the information is in a historical archive; "
        "True: the conditions of the archives law are met, False: they are not, None: not "
        "archival (not in Law 104/2016)",
    )
    consent_declined: bool = Field(
        title="Người có liên quan từ chối đồng ý",
        default=False,
        description="the person concerned has refused consent (art. 7(1)–(2))",
    )
    head_of_agency_decision: HeadOfAgencyDecision | None = Field(
        title="Quyết định của người đứng đầu cơ quan", default=None, description="art. 7(3)"
    )
    disclosure: DisclosureStatus = Field(
        default=DisclosureStatus.NOT_SUBJECT_TO_DISCLOSURE, title="Tình trạng công khai"
    )
    published_at: str | None = Field(
        title="Nơi công khai thông tin",
        default=None,
        description="where it is published (art. 10(1))",
    )
    force_majeure_prevents_access: bool = Field(
        title="Bất khả kháng không thể tiếp cận", default=False, description="art. 23(1)(c)"
    )
    concerns_requester: bool = Field(
        title="Thông tin liên quan trực tiếp đến quyền, nghĩa vụ, lợi ích hợp pháp của người "
        "yêu cầu",
        default=False,
        description="arts. 36(1), 9(2)(h) ('liên quan trực tiếp'): one fact",
    )
    about_requesters_affairs: bool = Field(
        title="Thông tin liên quan đến đời sống, sinh hoạt, sản xuất, kinh doanh của người yêu cầu",
        default=False,
        description="art. 23(3) (no 'trực tiếp'): a fact of its own",
    )
    times_already_provided: int = Field(
        title="Số lần đã cung cấp", default=0, ge=0, strict=True, description="art. 28(1)(d)"
    )
    legitimate_reason_to_repeat: bool = Field(
        title="Có lý do chính đáng", default=False, description="art. 28(1)(d)"
    )
    exceeds_capacity: bool = Field(
        title="Vượt quá khả năng đáp ứng", default=False, description="art. 28(1)(đ)"
    )
    disrupts_normal_operation: bool = Field(
        title="Ảnh hưởng đến hoạt động bình thường của cơ quan",
        default=False,
        description="art. 28(1)(đ)",
    )
    costs: CostStatus = Field(default=CostStatus.NO_COSTS, title="Chi phí")
    payment_due: date | None = Field(
        default=None,
        title="Thời hạn thanh toán chi phí",
        description="art. 27: the deadline of payment notified (costs arise)",
    )
    paid_on: date | None = Field(default=None, title="Ngày thanh toán chi phí")
    complexity: Complexity = Field(default=Complexity.SIMPLE, title="Tính chất thông tin")
    transmissible_file: bool = Field(
        title="Có tập tin có thể gửi", default=True, description="art. 30(1)(a)"
    )
    technical_means: bool = Field(
        title="Có điều kiện kỹ thuật", default=True, description="art. 30(1)(b)"
    )
    form_suits_information: bool = Field(
        title="Hình thức đề nghị phù hợp với thông tin", default=True, description="art. 25(2)"
    )

    @model_validator(mode="after")
    def _costs_agree(self) -> InformationFacts:
        if self.paid_on is not None and self.payment_due is None:
            raise ValueError("paid_on needs the payment deadline (payment_due, art. 27)")
        return self


class Outcome(CitedStrEnum):
    """What the agency is to do. Every outcome but ``provide`` has a written answer
    (:class:`WrittenAnswer`).

    Renamed in 2025 so that each name says what it is: ``redirect`` is now
    ``refuse_and_redirect`` and ``guide_to_published`` is ``refuse_as_published`` (both are
    refusals, art. 28(1)(c), (b)); ``ask_completion`` is ``incomplete`` (the time limit has
    not started) or, where the wrong person asked, ``wrong_person``. The former values are
    refused with the error ``renamed-input``, which names the new value.
    """

    PROVIDE = ("provide", "Cung cấp thông tin", "provide the information")
    PROVIDE_IN_PART = (
        "provide_in_part",
        "Cung cấp thông tin sau khi loại bỏ nội dung không được cung cấp",
        "provide the information in part, the protected content removed",
    )
    REFUSE = ("refuse", "Từ chối cung cấp thông tin", "refuse")
    REFUSE_AND_REDIRECT = (
        "refuse_and_redirect",
        "Từ chối, thông báo và hướng dẫn người yêu cầu đến cơ quan có trách nhiệm",
        "refuse, and direct the requester to the responsible agency",
    )
    REFUSE_AS_PUBLISHED = (
        "refuse_as_published",
        "Từ chối và chỉ dẫn nơi thông tin được công khai",
        "refuse, and point to where the information is published",
    )
    ASK_CONSENT = (
        "ask_consent",
        "Hướng dẫn bổ sung văn bản đồng ý trước khi giải quyết",
        "ask for the written consent before deciding",
    )
    INCOMPLETE = (
        "incomplete",
        "Yêu cầu chưa hợp lệ, hướng dẫn bổ sung; thời hạn giải quyết chưa bắt đầu",
        "the request is not yet valid: guide the requester to complete it; the time limit "
        "has not started",
    )
    WRONG_PERSON = (
        "wrong_person",
        "Yêu cầu không do người có quyền yêu cầu thực hiện theo quy định",
        "the request was not made by or through the person the law requires",
    )
    NOT_HELD = (
        "not_held",
        "Thông tin không có sẵn tại cơ quan",
        "the information does not exist or the agency does not hold it",
    )
    NO_STANDING = (
        "no_standing",
        "Người yêu cầu không thuộc đối tượng của Luật",
        "the requester has no right of access under this law",
    )
    EARLIER_RULES = (
        "earlier_rules",
        "Thông tin tạo ra trước ngày 01/7/2018: giải quyết theo quy định trước đó",
        "information created before 2018-07-01: decided under the earlier rules",
    )

    @classmethod
    def _missing_(cls, value: object) -> Outcome | None:
        new = _FORMER_OUTCOMES.get(value) if isinstance(value, str) else None
        if new is not None:
            raise InvalidInputError("renamed-input", detail=f"outcome {value!r} is now {new}")
        return None

    @property
    def is_refusal(self) -> bool:
        """Refuse, refuse-and-redirect and refuse-as-published rest on art. 28(1) (form 05)."""
        return self.value in _REFUSALS

    @property
    def time_limit_started(self) -> bool:
        """Whether a valid request was received, from which arts. 29–31 count the time limit."""
        return self.value not in _NOT_STARTED


_REFUSALS = frozenset({"refuse", "refuse_and_redirect", "refuse_as_published"})
_NOT_STARTED = frozenset(
    {"incomplete", "wrong_person", "ask_consent", "no_standing", "earlier_rules"}
)
#: the former outcome names, refused since 0.x (error ``renamed-input``), with the new names
_FORMER_OUTCOMES = {
    "redirect": "'refuse_and_redirect'",
    "guide_to_published": "'refuse_as_published'",
    "ask_completion": "'incomplete' (the form to complete) or 'wrong_person'",
}
#: the representation gaps: the wrong person asked (not a form to complete)
_WRONG_PERSON_GAPS = frozenset(
    {
        RequestDeficiency.THROUGH_LEGAL_REPRESENTATIVE,
        RequestDeficiency.THROUGH_GUARDIAN,
        RequestDeficiency.MINOR_THROUGH_LEGAL_REPRESENTATIVE,
        RequestDeficiency.INTERMEDIARY_NOT_PROVIDED_FOR,
        RequestDeficiency.GROUP_ROUTE_FOR_CITIZENS,
        RequestDeficiency.GROUP_MEMBER_STANDING,
    }
)


#: the words of a deficiency's locator (the fields of forms 01a, 01b and 06), in Vietnamese
_LOCATOR_VI = {
    "requester": "người yêu cầu",
    "representative": "người đại diện",
    "full_name": "họ và tên",
    "id_number": "số giấy tờ tùy thân",
    "proof": "giấy tờ chứng minh việc đại diện",
    "organisation_name": "tên tổ chức",
    "reason_and_purpose": "lý do, mục đích",
    "member": "thành viên",
    "listed": "người được liệt kê",
    "form": "mẫu",
    "with": "với",
    "acting_through": "thực hiện qua",
}


def _locator(detail: str, rules: Ruleset, lang: Lang) -> str:
    """Where a deficiency was found (``"member 2: full_name"``), in ``lang``: the form's field
    names, and the members of the enumerations it names, read in Vietnamese."""
    if lang == "en":
        return detail
    words: dict[str, str] = rules.cached("decision-locator-words", _locator_words)
    plain = detail.replace("acting_through=", "acting_through ")
    return re.sub(r"[a-z_]+", lambda m: words.get(m.group(), m.group()), plain)


def _locator_words(rules: Ruleset) -> dict[str, str]:
    words = dict(_LOCATOR_VI)
    known = set(rules.keys())
    for enum in (ConditionalCategory, Intermediary):
        words |= {m.value: _lower_first(m.label_in(rules, "vi")) for m in enum if m.key in known}
    return words


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


class Check(CitedStrEnum):
    """The steps of :func:`assess`, in order."""

    REGIME = ("regime", "Văn bản áp dụng", "rules in force")
    CREATED_BEFORE_LAW = (
        "created_before_law",
        "Thông tin được tạo ra trước ngày Luật có hiệu lực",
        "information created before the law took effect",
    )
    STANDING = ("standing", "Chủ thể có quyền", "standing")
    RESPONSIBILITY = (
        "responsibility",
        "Trách nhiệm cung cấp thông tin",
        "responsibility to provide",
    )
    HELD = ("held", "Thông tin có sẵn", "the information exists and is held")
    REPRESENTATION = ("representation", "Người thực hiện yêu cầu", "who makes the request")
    FORM_CONTENTS = ("form_contents", "Nội dung Phiếu yêu cầu", "contents of the request form")
    NOT_ACCESSIBLE = (
        "not_accessible",
        "Thông tin không được tiếp cận",
        "information not accessible",
    )
    CONDITIONS = ("conditions", "Điều kiện tiếp cận", "conditions of access")
    ALREADY_DISCLOSED = ("already_disclosed", "Thông tin đã được công khai", "already disclosed")
    PROVIDED_TWICE = (
        "provided_twice",
        "Thông tin đã được cung cấp hai lần",
        "provided twice already",
    )
    CAPACITY = ("capacity", "Khả năng đáp ứng", "capacity of the agency")
    COSTS = ("costs", "Chi phí", "costs")
    PROVISION = ("provision", "Hình thức, trình tự cung cấp", "form and procedure of provision")


class StepResult(CitedStrEnum):
    """What a step found."""

    SATISFIED = ("satisfied", "Đạt", "passed")
    GROUND = ("ground", "Có căn cứ từ chối", "a ground of refusal applies")
    EXCEPTION = ("exception", "Thuộc trường hợp loại trừ", "an exception applies")
    MISSING = ("missing", "Còn thiếu", "something is missing")
    STOP = ("stop", "Dừng xem xét", "the assessment stops here")
    MET = ("met", "Đủ điều kiện", "the condition is met")

    @property
    def decides(self) -> bool:
        """Whether a step with this result decided the case (anything but a plain pass)."""
        return self is not StepResult.SATISFIED


class CitationRole(BilingualStrEnum):
    """The role a step, and every unit of law it cites, plays in a decision.

    * ``decided``: the outcome is the legal consequence of these units. They say who
      exercises the right and by which route (arts. 4, 36, 24(1); Decree 13 art. 4), that
      this agency must provide (art. 9), what opens art. 7 information (art. 7(1)–(3), art.
      24(3)), what is provided on request (art. 23(1)–(3)) and how (arts. 25, 27, 29–31), or
      the ground, gap or stop that ends the request; and the outcome, duties, forms and
      written answer that follow from them.
    * ``applied``: a requirement that applied to this request and was met, so the
      assessment went on, without being what the outcome rests on (the law in force, art.
      37; the information held, art. 2(1); the form's contents, art. 24(2)).
    * ``checked``: a unit whose case is absent here: checked and not applicable (no art. 6
      or 7 content, no ground of art. 28(1)(b)–(e), art. 23(4)'s discretion where art. 9
      binds the agency).
    """

    DECIDED = ("decided", "Căn cứ quyết định", "decided the outcome")
    APPLIED = (
        "applied",
        "Được áp dụng và đáp ứng",
        "applied, and its requirement was met",
    )
    CHECKED = (
        "checked",
        "Đã xem xét, không thuộc trường hợp áp dụng",
        "checked, and not applicable",
    )


@dataclass(frozen=True, slots=True)
class WithheldPart(Result):
    """A part removed before provision (Decree 13 art. 7(2)), with the reasons and sources."""

    part: str
    reason: Text
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class WrittenAnswer(Result):
    """The answer the requester receives in writing, with its reasons.

    ``form`` is form 05 for a refusal, whole or in part (art. 28(2)); ``None`` for the other
    written replies (no standing, information not held, the wrong person asked, a request to
    complete or to attach the consent). ``guidance`` tells the requester what he or she can
    do (turn to the responsible agency, art. 26(3); obtain the consent on form 06; where the
    information is published, art. 10(1)).
    """

    form: DecreeForm | None
    reasons: tuple[Text, ...]
    citations: tuple[Citation, ...]
    guidance: tuple[Text, ...] = ()
    redirect_to: str | None = None

    def _check(self) -> None:
        if not self.reasons or not self.citations:
            raise _incoherent("a written answer states its reasons and cites the law")


@dataclass(frozen=True, slots=True)
class RuleStep(Result):
    """One step of the trace: which check, what it found, on which units of law."""

    order: Annotated[int, Minimum(1)]
    check: Check
    result: StepResult
    finding: Text
    citations: tuple[Citation, ...] = ()
    role: CitationRole = CitationRole.DECIDED


@dataclass(frozen=True, slots=True)
class ProvisionPlan(Result):
    """How the information is provided (arts. 25, 27, 29–31).

    ``procedure`` is the article and clause whose procedure and time limit apply: art. 29
    (at the office), 30 (electronic) or 31 (post, fax), by the form of provision, simple or
    complex. The due date is :func:`tiepcan.deadlines.response_deadline` with
    ``procedure_channel`` and ``complexity``. ``note`` says why the form differs from the
    one asked for, when it does.
    """

    form: Channel
    requested_form: Channel
    procedure_channel: Channel
    complexity: Complexity
    procedure: Citation
    pay_before_provision: bool
    electronic_methods: tuple[ElectronicMethod, ...] = ()
    basis: tuple[OnRequestBasis, ...] = ()
    notify: tuple[NoticeItem, ...] = tuple(NoticeItem)
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class Decision(Result):
    """The decision on one request: outcome, grounds or gaps, duties, and the trace.

    ``regime`` is the id of the ruleset the decision was made under (resolved once from the
    day of receipt), ``user_supplied`` whether that ruleset came from a user's data directory,
    and ``interpretations`` the ids of the readings of the law it applied
    (:func:`tiepcan.interpretations.interpretation` gives each in full).

    Every step has one :class:`CitationRole`, and every unit of law the decision cites is in
    exactly one of three tuples:

    * ``deciding_citations`` (role ``decided``): the units whose legal consequence the outcome
      is: the steps of role ``decided`` (the right and its route, the agency's responsibility,
      the opening of art. 7 information, the ground, gap or stop), the grounds, the parts
      withheld, the deficiencies, the provision (its form, procedure and art. 23 basis), the
      written answer, the duties, the forms and the outcome;
    * ``applied_citations`` (role ``applied``): requirements that applied and were met (the
      law in force, the information held, the form's contents);
    * ``checked_citations`` (role ``checked``): units checked and not applicable here.

    A unit cited in two roles keeps the first of decided, applied, checked.
    ``citations`` is the three, in that order.
    """

    outcome: Outcome
    regime: str
    user_supplied: bool
    steps: tuple[RuleStep, ...]
    deciding_citations: tuple[Citation, ...]
    applied_citations: tuple[Citation, ...] = ()
    checked_citations: tuple[Citation, ...] = ()
    interpretations: tuple[str, ...] = ()
    grounds: tuple[StatedGround, ...] = ()
    withheld: tuple[WithheldPart, ...] = ()
    deficiencies: tuple[Deficiency, ...] = ()
    consents_needed: tuple[ConditionalCategory, ...] = ()
    redirect_to: str | None = None
    published_at: str | None = None
    provision: ProvisionPlan | None = None
    answer: WrittenAnswer | None = None
    duties: tuple[ReceiptDuty, ...] = ()
    forms: tuple[DecreeForm, ...] = ()
    #: the day the request was sent ("được gửi"), when given (Law 01/2026/QH16 art. 31(4))
    sent: date | None = None
    #: which rule chose ``regime``: the law in force on the day received, a transitional
    #: provision (a request sent before the new law took effect), or the caller
    chosen_by: RegimeChoice = RegimeChoice.IN_FORCE

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every unit of law the decision cites: decided, then applied, then checked."""
        return self.deciding_citations + self.applied_citations + self.checked_citations

    @property
    def time_limit_started(self) -> bool:
        """Whether the time limits of arts. 29–31 run (from a valid request)."""
        return self.outcome.time_limit_started

    def _check(self) -> None:
        out = self.outcome
        in_part = out is Outcome.PROVIDE_IN_PART
        if (out.is_refusal or in_part) != bool(self.grounds):
            raise _incoherent("a refusal, whole or in part, carries its grounds; nothing else")
        if in_part != bool(self.withheld):
            raise _incoherent("withheld parts go with provision in part only")
        if (out in (Outcome.PROVIDE, Outcome.PROVIDE_IN_PART)) != (self.provision is not None):
            raise _incoherent("a provision plan goes with provision (whole or in part) only")
        asking = out in (Outcome.INCOMPLETE, Outcome.WRONG_PERSON, Outcome.ASK_CONSENT)
        if asking != bool(self.deficiencies):
            raise _incoherent("deficiencies go with an incomplete request or a wrong person")
        if self.redirect_to is not None and out is not Outcome.REFUSE_AND_REDIRECT:
            raise _incoherent("only a redirect names the responsible agency (art. 26(3))")
        answered = out is not Outcome.PROVIDE
        if answered != (self.answer is not None):
            raise _incoherent("every answer but provision is given in writing")
        if self.answer is not None:
            self.answer._check()
        roles = (self.deciding_citations, self.applied_citations, self.checked_citations)
        if len(set().union(*roles)) != sum(len(set(r)) for r in roles):
            raise _incoherent("a citation has one role: decided, applied or checked")
        by_role = {
            CitationRole.DECIDED: set(self.deciding_citations),
            CitationRole.APPLIED: set(self.applied_citations),
            CitationRole.CHECKED: set(self.checked_citations),
        }
        for step in self.steps:
            for c in step.citations:
                first = next((r for r in CitationRole if c in by_role[r]), None)
                if first is None or _RANK[first] > _RANK[step.role]:
                    raise _incoherent(f"step {step.order} cites {c.ref} in a later role")
        if not self.steps or not self.deciding_citations:
            raise _incoherent("a decision records its steps and citations")
        if [s.order for s in self.steps] != list(range(1, len(self.steps) + 1)):
            raise _incoherent("the steps are numbered 1, 2, 3 … in order")
        kinds = [g.ground for g in self.grounds]
        if len(set(kinds)) != len(kinds):
            raise _incoherent("each ground of art. 28(1) is stated once")
        for g in self.grounds:
            g._check()
            if any(c not in self.deciding_citations for c in g.citations):
                raise _incoherent("the decision lists every citation of its grounds")
        if len(set(self.interpretations)) != len(self.interpretations):
            raise _incoherent("each interpretation is listed once")

    @property
    def is_refusal(self) -> bool:
        """True when the agency refuses in writing under art. 28 (form 05)."""
        return self.outcome.is_refusal

    def explain(self, lang: Lang = "vi") -> str:
        """The decision in words: outcome, grounds or gaps, duties, then every step.

        Grounds, steps and the provision plan carry their own citations and wording; the
        citations of deficiencies and duties are read from the decision's ruleset
        (``regime``), which must be encoded or registered.
        """
        vi = check_lang(lang) == "vi"
        rules = ruleset(self.regime)
        lines = [
            f"{'Quyết định' if vi else 'Decision'}: {self.outcome.label_in(rules, lang)} "
            f"({'chế độ' if vi else 'regime'} {self.regime}"
            + (", do người dùng cung cấp" if vi else ", user-supplied") * self.user_supplied
            + ")"
        ]
        if self.grounds:
            lines.append("Căn cứ từ chối:" if vi else "Grounds of refusal:")
            for g in self.grounds:
                lines.append(
                    f"  - {g.wording.in_(lang)}: {g.reason.in_(lang)} [{_labels(g.citations, lang)}]"
                )
        if self.deficiencies:
            lines.append("Cần bổ sung:" if vi else "To complete:")
            for d in self.deficiencies:
                extra = f" ({_locator(d.detail, rules, lang)})" if d.detail else ""
                lines.append(
                    f"  - {d.item.label_in(rules, lang)}{extra} "
                    f"[{d.citation_in(rules).label_in(lang)}]"
                )
        if self.withheld:
            lines.append("Nội dung được loại bỏ:" if vi else "Parts removed:")
            for w in self.withheld:
                lines.append(f"  - {w.part}: {w.reason.in_(lang)} [{_labels(w.citations, lang)}]")
        if self.redirect_to:
            lines.append(
                f"{'Cơ quan có trách nhiệm' if vi else 'Responsible agency'}: {self.redirect_to}"
            )
        if self.published_at:
            lines.append(f"{'Nơi công khai' if vi else 'Published at'}: {self.published_at}")
        if self.outcome is Outcome.EARLIER_RULES:
            lines.append(
                "Thời hạn giải quyết của Luật không áp dụng: giải quyết theo quy định trước đó "
                "hoặc pháp luật có liên quan"
                if vi
                else "The law's time limit does not apply: the earlier rules or the relevant law "
                "govern"
            )
        elif not self.time_limit_started:
            lines.append(
                "Thời hạn giải quyết chưa bắt đầu: tính từ ngày nhận được yêu cầu hợp lệ"
                if vi
                else "The time limit has not started: it runs from a valid request"
            )
        if self.answer is not None:
            a = self.answer
            lines.append(
                ("Trả lời bằng văn bản" if vi else "Written answer")
                + (f" ({a.form.label_in(rules, lang)})" if a.form is not None else "")
                + ":"
            )
            lines += [f"  - {r.in_(lang)}" for r in a.reasons]
            lines += [f"  > {g.in_(lang)}" for g in a.guidance]
            lines.append(f"  [{_labels(a.citations, lang)}]")
        if self.provision is not None:
            p = self.provision
            lines.append(
                f"{'Hình thức cung cấp' if vi else 'Form of provision'}: {p.form.label(lang)}"
                f" [{p.procedure.label_in(lang)}]"
            )
            if p.note is not None:
                lines.append(f"  {p.note.in_(lang)}")
        lines.append("Nghĩa vụ của cơ quan:" if vi else "The agency's duties:")
        lines += [
            f"  - {d.label_in(rules, lang)} [{d.citation_in(rules).label_in(lang)}]"
            for d in self.duties
        ]
        lines.append("Các bước đã áp dụng:" if vi else "Steps applied:")
        for s in self.steps:
            cites = f" [{_labels(s.citations, lang)}]" if s.citations else ""
            lines.append(
                f"  {s.order}. {s.check.label_in(rules, lang)} — "
                f"{s.result.label_in(rules, lang)} ({s.role.label(lang)}): "
                f"{s.finding.in_(lang)}{cites}"
            )
        for heading, role_cites in (
            (_HEADINGS[CitationRole.DECIDED], self.deciding_citations),
            (_HEADINGS[CitationRole.APPLIED], self.applied_citations),
            (_HEADINGS[CitationRole.CHECKED], self.checked_citations),
        ):
            if role_cites:
                lines.append(f"{heading.in_(lang)}: {_labels(role_cites, lang)}")
        if self.interpretations:
            lines.append(
                ("Cách hiểu đã áp dụng: " if vi else "Interpretations applied: ")
                + ", ".join(self.interpretations)
            )
        return "\n".join(lines)


def _former_flags(data: Any) -> Any:
    """Refuse the former names of facts (0.x): each is a coded error naming the new input."""
    if not isinstance(data, Mapping):
        return data
    resp = data.get("responsibility")
    for old, new in _FORMER_FACTS.items():
        if old in data:
            raise InvalidInputError("renamed-input", detail=f"facts.{old} is now {new}")
    if isinstance(resp, Mapping):
        for old, new in _FORMER_RESPONSIBILITY.items():
            if old in resp:
                raise InvalidInputError(
                    "renamed-input", detail=f"facts.responsibility.{old} is now {new}"
                )
    return data


#: the headings of the three lists of citations in an explanation
_HEADINGS = {
    CitationRole.DECIDED: Text("Căn cứ quyết định", "Deciding citations"),
    CitationRole.APPLIED: Text("Căn cứ được áp dụng và đáp ứng", "Applied and satisfied citations"),
    CitationRole.CHECKED: Text(
        "Căn cứ đã xem xét, không thuộc trường hợp áp dụng", "Checked, not applicable citations"
    ),
}

#: the order of the roles: a unit cited in two roles keeps the first
_RANK = {CitationRole.DECIDED: 0, CitationRole.APPLIED: 1, CitationRole.CHECKED: 2}


def _incoherent(what: str) -> InvalidInputError:
    return InvalidInputError("inconsistent-result", detail=f"decision: {what}")


def _labels(cites: Iterable[Citation], lang: Lang) -> str:
    return "; ".join(c.label_in(lang) for c in cites)


class _Trace:
    """Collects the steps of one assessment, and the interpretations it applied."""

    def __init__(self) -> None:
        self.steps: list[RuleStep] = []
        self.applied: dict[str, None] = {}

    def add(
        self,
        check: Check,
        result: StepResult,
        vi: str,
        en: str,
        *cites: Citation,
        role: CitationRole | None = None,
    ) -> None:
        """Record a step. A step that found a ground, exception, gap, met condition or stop
        decided; a plain pass names its role (decided, applied or checked)."""
        if role is None:
            if not result.decides:
                raise AssertionError(f"step {check.value}: a pass names its role")
            role = CitationRole.DECIDED
        self.steps.append(
            RuleStep(
                order=len(self.steps) + 1,
                check=check,
                result=result,
                finding=Text(vi, en),
                citations=tuple(dict.fromkeys(cites)),
                role=role,
            )
        )

    def apply(self, *interpretation_ids: str) -> None:
        """Record that the assessment rests on these readings of the law (in order, once)."""
        for i in interpretation_ids:
            self.applied[i] = None


def assess(
    request: InformationRequest | Mapping[str, Any] | str,
    requester: Requester | Mapping[str, Any] | str,
    facts: InformationFacts | Mapping[str, Any] | str,
    *,
    regime: RegimeLike | None = None,
    consent_policy: ConsentPolicy = "refuse",
    family_consent: FamilyConsentReading = "every_member",
    on: date | None = None,
    sent: date | None = None,
) -> Decision:
    """Decide what the agency does with ``request`` (see the module docstring for the order).

    ``consent_policy``: art. 7 information asked for without the written consent (art.
    24(3)) or the head of agency's decision (art. 7(3)) is refused on ground a (art.
    28(1)(a), "từ chối"), the answer telling the requester how to obtain the consent (form
    06); ``"ask_first"`` asks for the consent before deciding instead (interpretation
    ``missing-consent-asks-first``, not the default). ``on`` is the day the decision is
    made, for costs with a payment deadline (no clock is read): past the deadline and
    unpaid, ground e applies; before it, payment is awaited.

    Models, plain mappings or JSON text are accepted; bad input raises
    ``InvalidInputError``. The ruleset is chosen once, by
    :func:`tiepcan.regimes.choose_ruleset`: the law in force on ``request.received_on``,
    unless the request was ``sent`` (được gửi) before 2026-09-01, when Law 01/2026/QH16 art.
    31(4) keeps it under Law 104/2016. The decision records ``sent`` and ``chosen_by``, and its
    first step cites the rule that chose the regime. Every citation and wording of the
    decision is read from that ruleset. A request received under a regime that is not encoded
    raises ``RegimeNotEncodedError`` unless a regime is passed deliberately
    (``regime="ati-2016"``). A way of requesting the governing law does not have (fax from
    2026-09-01, Law 01/2026/QH16 art. 24(1)) raises ``channel-not-in-law``; a fact only the
    other law knows (personal data, a public service unit, historical archives, held
    information needed for the public interest) raises ``not-in-law``.
    """
    if consent_policy not in ("refuse", "ask_first"):
        raise InvalidInputError(
            "invalid-input",
            detail=f"consent_policy must be 'refuse' or 'ask_first': consent_policy={echo(consent_policy)}",
        )
    if family_consent not in _FAMILY_READINGS:
        raise InvalidInputError(
            "invalid-input",
            detail="family_consent must be 'every_member' or 'members_concerned': "
            f"family_consent={echo(family_consent)}",
        )
    if on is not None and type(on) is not date:
        raise InvalidInputError("invalid-date", detail=f"not a date: on={echo(on)}")
    req = validate_input(InformationRequest, request, what="request")
    who = validate_input(Requester, requester, what="requester")
    info = validate_input(InformationFacts, _former_flags(facts), what="facts")
    if on is not None and on < req.received_on:  # a decision is not dated before the request
        raise InvalidInputError(
            "issued-before-receipt", detail=f"on={on}, received_on={req.received_on}"
        )
    if sent is not None and type(sent) is not date:
        raise InvalidInputError("invalid-date", detail=f"not a date: sent={echo(sent)}")
    rules, chosen_by, chose = choose_ruleset(req.received_on, sent=sent, regime=regime)
    trace = _Trace()
    require_engine(rules, "decision")
    _in_law(req, info, rules)
    received = req.received_on.isoformat()
    if chose is not None:  # art. 31(4) of the new law kept the request under the earlier one
        vi_sent = f"Yêu cầu được gửi ngày {sent}, nhận ngày {received}"
        en_sent = f"request sent {sent}, received {received}"
        trace.add(
            Check.REGIME,
            StepResult.SATISFIED,
            f"{vi_sent}: gửi trước ngày văn bản mới có hiệu lực, tiếp tục giải quyết theo "
            f"{rules.regime.name_vi} ({chose.label})",
            f"{en_sent}: sent before the new law took effect, still decided under "
            f"{rules.regime.name_en} ({chose.label_en})",
            Check.REGIME.citation_in(rules),
            chose,
            role=CitationRole.APPLIED,
        )
    else:
        trace.add(
            Check.REGIME,
            StepResult.SATISFIED,
            f"Nhận yêu cầu ngày {received}: {rules.regime.name_vi}",
            f"request received {received}: {rules.regime.name_en}",
            Check.REGIME.citation_in(rules),
            role=CitationRole.APPLIED,
        )
    found = _Assessment(req, who, info, rules, trace, consent_policy, on, family_consent).run()
    return _replace(found, sent=sent, chosen_by=chosen_by)


def _replace(decision: Decision, **changes: Any) -> Decision:
    from dataclasses import replace

    return replace(decision, **changes)


def _in_law(req: InformationRequest, info: InformationFacts, rules: Ruleset) -> None:
    """The request's channel and the facts' kinds must exist in the governing law.

    The channel is checked by the ruleset's own time-limit function (Law 01/2026/QH16 art.
    24(1): no fax, ``channel-not-in-law``); a kind of information or of body whose key the
    ruleset lacks (personal data, a public service unit: Law 01/2026/QH16 only) and the facts
    of art. 10(3) and 16(3) under a ruleset without them raise ``not-in-law``.
    """
    asked = req.form.request.provision_form
    if Channel.FAX in (req.channel, asked):
        rules.function("response_limits")(req.channel, asked or req.channel, Complexity.SIMPLE)
    known = set(rules.keys())
    kinds: list[CitedStrEnum] = [info.responsibility.agency_kind]
    for c in (*info.conditional, *(c for p in info.protected_parts for c in p.conditional)):
        kinds.append(c.category if isinstance(c, ConditionalInformation) else c)
    kinds += [c for d in req.consents for c in d.covers]
    if info.head_of_agency_decision is not None:
        kinds += info.head_of_agency_decision.opens
    for kind in kinds:
        if kind.key not in known:
            raise InvalidInputError("not-in-law", detail=f"{rules.id}: {kind.key}")
    if info.historical_archives is not None and _ARCHIVES_KEY not in known:
        raise InvalidInputError(
            "not-in-law", detail=f"{rules.id}: historical_archives (Law 01/2026/QH16 art. 16(3))"
        )
    if info.responsibility.needed_for is not None and HELD_INFORMATION_KEY not in known:
        raise InvalidInputError(
            "not-in-law", detail=f"{rules.id}: responsibility.needed_for (art. 10(3))"
        )


#: the key by which a ruleset declares the conditional access of art. 16(3) (historical archives)
_ARCHIVES_KEY = "decision.historical_archives"
#: the key by which a ruleset limits the earlier rules to a public service unit's information
#: created or held before the law (Law 01/2026/QH16 art. 31(2))
_EARLIER_UNITS_KEY = "decision.earlier_rules_public_service_units"


class _Assessment:
    """The steps of :func:`assess`, one method per step, run in the order of the law."""

    def __init__(
        self,
        req: InformationRequest,
        who: Requester,
        info: InformationFacts,
        rules: Ruleset,
        trace: _Trace,
        consent_policy: ConsentPolicy,
        on: date | None,
        family_consent: FamilyConsentReading = "every_member",
    ) -> None:
        self.req, self.who, self.info, self.rules, self.trace = req, who, info, rules, trace
        self.consent_policy, self.on = consent_policy, on
        self.family_consent: FamilyConsentReading = family_consent
        self.costs = self._cost_status()

    def run(self) -> Decision:
        return (
            self._created_before_law()
            or self._standing()
            or self._responsibility()
            or self._held()
            or self._completeness()
            or self._merits()
        )

    def _cost_status(self) -> CostStatus:
        """Art. 27 (deadline of payment), Decree 13 art. 13(2): the status from the dates."""
        info = self.info
        if info.payment_due is None:
            return info.costs
        if info.paid_on is not None and (self.on is None or info.paid_on <= self.on):
            status = CostStatus.PAID
        elif self.on is not None and self.on > info.payment_due:
            status = CostStatus.NOT_PAID
        else:
            status = CostStatus.AWAITING_PAYMENT
        if info.costs is not CostStatus.NO_COSTS and info.costs is not status:
            raise InvalidInputError(
                "invalid-input",
                detail=f"the cost status does not agree with the payment deadline and the day paid: costs={info.costs.value}, from the dates: {status.value}",
            )
        return status

    # -- 2. information created before the law ------------------------------------------
    def _created_before_law(self) -> Decision | None:
        """Decree 13 art. 14(2): information created before 2018-07-01 follows the earlier
        rules, which "phải bảo đảm phù hợp với quy định tại Điều 3": the requester still gets
        a written answer, and art. 6 (art. 3(4): restrictions only as the law provides) is
        still checked: information of art. 6 is refused on ground a."""
        created = self.info.created_on
        if created is None:
            return None
        start = self.rules.regime.in_force_from
        earlier = self._cite(Check.CREATED_BEFORE_LAW)
        units_only = has_rule(self.rules, _EARLIER_UNITS_KEY)
        unit = self.info.responsibility.agency_kind is AgencyKind.PUBLIC_SERVICE_UNIT
        if units_only and not unit:
            # Law 01/2026/QH16 art. 31(2) keeps under the earlier law only what a public
            # service unit created or held before 2026-09-01; a state agency's earlier
            # information is provided under the new law (art. 31 has no other cut-off)
            self.trace.add(
                Check.CREATED_BEFORE_LAW,
                StepResult.SATISFIED,
                f"Thông tin tạo ra ngày {created.isoformat()}; không phải của đơn vị sự nghiệp "
                "công lập",
                f"information created on {created.isoformat()}; not a public service unit's",
                earlier,
                role=CitationRole.CHECKED,
            )
            return None
        if created >= start:
            self.trace.add(
                Check.CREATED_BEFORE_LAW,
                StepResult.SATISFIED,
                f"Thông tin tạo ra ngày {created.isoformat()}",
                f"information created on {created.isoformat()}",
                earlier,
                role=CitationRole.CHECKED,
            )
            return None
        principles = self._key("earlier_rules_principles")
        if units_only:
            self.trace.apply("public-service-unit-earlier-information")
            reason = Text(
                f"Thông tin do đơn vị sự nghiệp công lập tạo ra hoặc nắm giữ ngày "
                f"{created.isoformat()}, trước ngày {start.isoformat()}: tiếp tục thực hiện theo "
                "quy định của pháp luật có liên quan, không trái với nguyên tắc tại Điều 3 "
                "của Luật",
                f"information a public service unit created or held on {created.isoformat()}, "
                f"before {start.isoformat()}: provided under the relevant law, which may not "
                "contradict the principles of art. 3 of the law",
            )
        else:
            self.trace.apply("pre-2018")
            reason = Text(
                f"Thông tin tạo ra ngày {created.isoformat()}, trước ngày {start.isoformat()}: "
                "tiếp tục thực hiện theo quy định ban hành trước ngày Luật có hiệu lực, phù hợp "
                "với Điều 3 của Luật",
                f"information created on {created.isoformat()}, before {start.isoformat()}: "
                "access follows the rules issued before the law took effect, consistently with "
                "art. 3 of the law",
            )
        self.trace.add(
            Check.CREATED_BEFORE_LAW, StepResult.STOP, reason.vi, reason.en, earlier, principles
        )
        barred = self._not_accessible(self._part_findings(art_6_only=True))
        if barred:
            ground = not_accessible_or_conditions_unmet(barred, (), rules=self.rules)
            assert ground is not None
            ground = _with(ground, earlier, principles)
            self.trace.apply("list-all-grounds")
            return self._finish(Outcome.REFUSE, grounds=(ground,), answer=self._refusal((ground,)))
        answer = WrittenAnswer(
            form=None,
            reasons=(reason,),
            citations=(earlier, principles),
            guidance=(
                Text(
                    "Cơ quan trả lời người yêu cầu theo quy định trước đó, bảo đảm các nguyên "
                    "tắc của Điều 3",
                    "the agency answers under the earlier rules, keeping the principles of art. 3",
                ),
            ),
        )
        return self._finish(Outcome.EARLIER_RULES, answer=answer)

    def _cite(self, member: CitedStrEnum) -> Citation:
        self._reading(member.key)
        return member.citation_in(self.rules)

    def _reading(self, key: str) -> None:
        """Record the named interpretation a cited rule rests on (``interpretation`` of its
        ``rules.toml`` entry: under Law 01/2026/QH16, Decree 13's forms and procedure are
        used only under ``decree13-where-not-contrary``)."""
        found = _rule_readings(self.rules).get(key)
        if found is not None:
            self.trace.apply(found)

    def _article(self, member: CitedStrEnum) -> int:
        """The article that states a check under the governing law (art. 6 or 15, 9 or 10)."""
        return member.citation_in(self.rules).article

    # -- 2. standing ----------------------------------------------------------------
    def _standing(self) -> Decision | None:
        found = check_standing(
            self.who, concerns_requester=self.info.concerns_requester, rules=self.rules
        )
        if self.who.standing is Standing.FOREIGNER_RESIDING_IN_VIETNAM:
            self.trace.apply("concerns-requester-is-one-fact")
        result = StepResult.STOP
        if found.has_standing:
            foreign = self.who.standing is not Standing.VIETNAMESE_CITIZEN
            result = StepResult.MET if foreign else StepResult.SATISFIED
        self.trace.add(
            Check.STANDING,
            result,
            found.reason.vi,
            found.reason.en,
            *found.citations,
            role=CitationRole.DECIDED,
        )
        if found.has_standing:
            return None
        self.trace.apply("no-standing-is-not-a-refusal")
        answer = WrittenAnswer(form=None, reasons=(found.reason,), citations=found.citations)
        return self._finish(Outcome.NO_STANDING, answer=answer)

    # -- 3. responsibility ----------------------------------------------------------
    def _responsibility(self) -> Decision | None:
        facts = self.info.responsibility
        self.trace.apply("responsibility-before-completion")
        if facts.agency_kind is AgencyKind.COMMUNE_PEOPLES_COMMITTEE:
            self.trace.apply("commune-residence-applies-to-all")
        if facts.origin is InformationOrigin.CREATED_BY_ANOTHER_AGENCY:
            self.trace.apply("held-not-created-is-not-responsible")
        if facts.agency_kind is AgencyKind.COMMUNE_PEOPLES_COMMITTEE:
            self.trace.apply("concerns-requester-is-one-fact")
            if facts.requester_resides_in_commune is None:
                self.trace.apply("commune-residence-from-form")
        ended = district_level_ended(self.rules)
        if facts.agency_kind is AgencyKind.DISTRICT_OFFICE and ended is not None:
            self.trace.apply("district-level-ended")
        found = assess_responsibility(
            facts,
            rules=self.rules,
            concerns_requester=self.info.concerns_requester,
            received=self.req.received_on,
        )
        if found.responsible:
            self.trace.add(
                Check.RESPONSIBILITY,
                StepResult.SATISFIED,
                found.reason.vi,
                found.reason.en,
                *found.citations,
                role=CitationRole.DECIDED,
            )
            return None
        ground = not_responsible(found.reason, *found.citations, rules=self.rules)
        self.trace.add(
            Check.RESPONSIBILITY,
            StepResult.STOP,
            found.reason.vi,
            found.reason.en,
            self._cite(RefusalGround.NOT_RESPONSIBLE),
            *found.citations,
        )
        self.trace.apply("redirect-is-a-refusal")
        to = facts.responsible_agency if found.redirect else None
        if to is not None and not to.strip():
            to = None
        if found.redirect:
            # art. 26(3) "phải thông báo và hướng dẫn": the duty stands whether or not the
            # responsible agency's name was typed in; the name is optional
            guidance: tuple[Text, ...] = (
                Text(
                    f"Đề nghị gửi yêu cầu đến {to}, cơ quan có trách nhiệm cung cấp thông tin",
                    f"please send the request to {to}, the agency responsible for providing it",
                )
                if to is not None
                else Text(
                    "Đề nghị gửi yêu cầu đến cơ quan có trách nhiệm cung cấp thông tin theo "
                    f"Điều {self._article(Check.RESPONSIBILITY)} của "
                    f"{self.rules.regime.name_vi}; cơ quan nhận yêu cầu hướng dẫn cụ thể",
                    "please send the request to the agency responsible for providing it under "
                    f"art. {self._article(Check.RESPONSIBILITY)} of {self.rules.regime.name_en}; "
                    "the receiving agency guides you to it",
                ),
            )
            cites = (
                self._cite(ReceiptDuty.REFUSE_IN_WRITING),
                *ground.citations,
                self._key("notify_and_guide"),
            )
            answer = WrittenAnswer(
                form=DecreeForm.FORM_05,
                reasons=(ground.reason,),
                citations=tuple(dict.fromkeys(cites)),
                guidance=guidance,
                redirect_to=to,
            )
            return self._finish(
                Outcome.REFUSE_AND_REDIRECT, grounds=(ground,), redirect_to=to, answer=answer
            )
        # no other agency is named as responsible: a plain refusal on ground c
        return self._finish(Outcome.REFUSE, grounds=(ground,), answer=self._refusal((ground,)))

    # -- 4. the information exists and is held (art. 2(1)) ---------------------------
    def _held(self) -> Decision | None:
        if self.info.held:
            self.trace.add(
                Check.HELD,
                StepResult.SATISFIED,
                "Thông tin có sẵn",
                "the information is held",
                self._cite(Check.HELD),
                role=CitationRole.APPLIED,
            )
            return None
        self.trace.apply("not-held-is-not-a-refusal")
        reason = Text(
            "Cơ quan không có thông tin được yêu cầu (thông tin không tồn tại hoặc cơ quan không "
            "nắm giữ)",
            "the agency does not have the information asked for (it does not exist or the "
            "agency does not hold it)",
        )
        held = self._cite(Check.HELD)
        self.trace.add(Check.HELD, StepResult.STOP, reason.vi, reason.en, held)
        answer = WrittenAnswer(form=None, reasons=(reason,), citations=(held,))
        return self._finish(Outcome.NOT_HELD, answer=answer)

    # -- 4, 5. representation and form ----------------------------------------------
    def _completeness(self) -> Decision | None:
        form, who = self.req.form, self.who
        if who.under_18 and who.capacity is not CivilActCapacity.FULL:
            self.trace.apply("capacity-before-age")
        if who.acting_through is Intermediary.GUARDIAN and (
            who.capacity is CivilActCapacity.LOST
            or (who.under_18 and who.capacity is CivilActCapacity.FULL)
        ):
            self.trace.apply("guardian-is-legal-representative")
        if (
            who.acting_through is Intermediary.AUTHORISED_PERSON
            and self.req.channel is not Channel.AT_OFFICE
        ):
            self.trace.apply("authorisation-any-channel")
        if (
            who.under_18
            and has_rule(self.rules, MINOR_ALONE_KEY)
            and who.acting_through is Intermediary.SELF
            and who.capacity is CivilActCapacity.FULL
        ):
            self.trace.apply("minor-asks-alone-unless-another-law")
        who_gaps = check_representation(who, form=form.form, rules=self.rules)
        who_cites = list(
            representation_basis(who, form=form.form, channel=self.req.channel, rules=self.rules)
        )
        if isinstance(form, GroupRequestForm):
            self.trace.apply("many-means-two-or-more")
            who_gaps += check_group_list(form)
        self._gap_step(Check.REPRESENTATION, who_gaps, CitationRole.DECIDED, *who_cites)
        identity = form.requester if isinstance(form, RequestForm) else form.representative
        if identity.id_kind is IdDocumentKind.CITIZEN_ID_CARD:
            self.trace.apply("id-card-includes-can-cuoc")
        self.trace.apply("document-names-required")
        form_gaps = check_form(form)
        form_cites = [
            self._cite(Check.FORM_CONTENTS),
            *(
                self._key(f"form_{k}")
                for k in ("identity", "information", "provision_form", "reason")
            ),
        ]
        self._gap_step(Check.FORM_CONTENTS, form_gaps, CitationRole.APPLIED, *form_cites)
        gaps = who_gaps + form_gaps
        if not gaps:
            return None
        wrong = any(g.item in _WRONG_PERSON_GAPS for g in gaps)
        outcome = Outcome.WRONG_PERSON if wrong else Outcome.INCOMPLETE
        reasons = tuple(g.item.text_in(self.rules) for g in gaps)
        cites = [g.citation_in(self.rules) for g in gaps]
        if not wrong:
            reasons += (
                Text(
                    "Thời hạn giải quyết tính từ ngày nhận được yêu cầu hợp lệ",
                    "the time limit runs from the day a valid request is received",
                ),
            )
            cites = [self._cite(ReceiptDuty.GUIDE_TO_COMPLETE), *cites, self._key("payment_terms")]
        answer = WrittenAnswer(form=None, reasons=reasons, citations=tuple(dict.fromkeys(cites)))
        return self._finish(outcome, deficiencies=gaps, answer=answer)

    def _gap_step(
        self, check: Check, gaps: tuple[Deficiency, ...], role: CitationRole, *base: Citation
    ) -> None:
        """A complete check passes in ``role``. A gap decides, on the clauses of its gaps (and
        the first of ``base``, the rule they belong to); for the form's contents the points
        still met are a second step, applied (art. 24(2)(a)–(d) one by one)."""
        if not gaps:
            self.trace.add(check, StepResult.SATISFIED, "Đầy đủ", "complete", *base, role=role)
            return
        missing = [g.citation_in(self.rules) for g in gaps]
        if check is Check.FORM_CONTENTS:
            decided, rest = base[:1], [c for c in base[1:] if c not in missing]
        else:
            decided, rest = base, []
        self.trace.add(
            check,
            StepResult.MISSING,
            "; ".join(g.item.label_in(self.rules) for g in gaps),
            "; ".join(g.item.label_in(self.rules, "en") for g in gaps),
            *decided,
            *missing,
        )
        if rest:
            self.trace.add(
                check,
                StepResult.SATISFIED,
                "Các nội dung khác đầy đủ",
                "the other contents are complete",
                *rest,
                role=role,
            )

    # -- 6–12. the merits -----------------------------------------------------------
    def _merits(self) -> Decision:
        parts = self._part_findings()
        barred = self._not_accessible(parts)
        unmet, opened = self._conditions(parts)
        withheld, part_unmet, part_ground = self._withheld(parts)
        others = [
            g for g in (self._disclosed(), self._twice(), self._capacity(), self._costs()) if g
        ]
        pending = tuple(c for c in ConditionalCategory if c in unmet or c in part_unmet)
        asking = (
            self.consent_policy == "ask_first"
            and bool(pending)
            and not self.info.consent_declined
            and not barred
            and not others
            and all(not p.barred for p in parts)
        )
        if asking:
            self.trace.apply("missing-consent-asks-first")
            gaps = tuple(
                Deficiency(item=RequestDeficiency.CONSENT_DOCUMENT, detail=c.value) for c in pending
            )
            answer = WrittenAnswer(
                form=None,
                reasons=tuple(g.item.text_in(self.rules) for g in gaps),
                citations=(self._key("written_consent"), *(self._cite(c) for c in pending)),
                guidance=(_CONSENT_GUIDANCE,),
            )
            return self._finish(
                Outcome.ASK_CONSENT, deficiencies=gaps, consents_needed=pending, answer=answer
            )
        ground_a = not_accessible_or_conditions_unmet(barred, unmet, rules=self.rules)
        if ground_a is not None and unmet:
            ground_a = _with(ground_a, self._key("written_consent"))
        ground_a = self._archives(ground_a)
        grounds = tuple(g for g in (ground_a, *others) if g is not None)
        if grounds:
            self.trace.apply("list-all-grounds")
            only_b = all(g.ground is RefusalGround.ALREADY_DISCLOSED for g in grounds)
            if only_b:
                self.trace.apply("redirect-is-a-refusal")
            outcome = Outcome.REFUSE_AS_PUBLISHED if only_b else Outcome.REFUSE
            published = (
                self.info.published_at
                if any(g.ground is RefusalGround.ALREADY_DISCLOSED for g in grounds)
                else None
            )
            answer = self._refusal(grounds, consent=bool(unmet), published_at=published)
            return self._finish(outcome, grounds=grounds, published_at=published, answer=answer)
        provision = self._provision(conditions_met=opened)
        if part_ground is not None:
            answer = WrittenAnswer(
                form=DecreeForm.FORM_05,
                reasons=tuple(w.reason for w in withheld),
                citations=tuple(
                    dict.fromkeys(
                        (
                            self._key("partial_provision"),
                            self._cite(ReceiptDuty.REFUSE_IN_WRITING),
                            *part_ground.citations,
                        )
                    )
                ),
                guidance=(_CONSENT_GUIDANCE,) if part_unmet else (),
            )
            return self._finish(
                Outcome.PROVIDE_IN_PART,
                grounds=(part_ground,),
                withheld=withheld,
                provision=provision,
                answer=answer,
            )
        return self._finish(Outcome.PROVIDE, provision=provision)

    def _refusal(
        self,
        grounds: tuple[StatedGround, ...],
        *,
        consent: bool = False,
        published_at: str | None = None,
    ) -> WrittenAnswer:
        """Form 05: every ground with its reasons (art. 28(2)), and what the requester can do."""
        guidance: list[Text] = []
        if consent:
            guidance.append(_CONSENT_GUIDANCE)
        if published_at:
            guidance.append(
                Text(
                    f"Thông tin được công khai tại: {published_at}",
                    f"the information is published at: {published_at}",
                )
            )
        cites = [self._cite(ReceiptDuty.REFUSE_IN_WRITING)]
        cites += [c for g in grounds for c in g.citations]
        if consent:
            cites.append(self._cite(DecreeForm.FORM_06))
        return WrittenAnswer(
            form=DecreeForm.FORM_05,
            reasons=tuple(g.reason for g in grounds),
            citations=tuple(dict.fromkeys(cites)),
            guidance=tuple(guidance),
        )

    # -- art. 7, person by person ----------------------------------------------------
    def _items(
        self, conditional: Iterable[ConditionalCategory | ConditionalInformation], *, whole: bool
    ) -> tuple[ConditionalInformation, ...]:
        """The art. 7 pieces, each with whose it is. ``own_information`` makes the requester
        "người đó" of the information's own private-life and personal secrets given as bare
        categories; never of a protected part, which is someone else's unless it says so."""
        own = whole and self.info.own_information
        out: list[ConditionalInformation] = []
        for c in conditional:
            if (c.category if isinstance(c, ConditionalInformation) else c) is (
                ConditionalCategory.PERSONAL_DATA
            ):
                self.trace.apply("personal-data-opens-with-consent")
            if isinstance(c, ConditionalInformation):
                out.append(c)
                continue
            mine = own and c.consenting_party is ConsentingParty.PERSON_CONCERNED
            out.append(ConditionalInformation(category=c, requesters_own=mine))
        return tuple(out)

    def _opened_by(self, item: ConditionalInformation) -> str | None:
        """How an art. 7 piece is opened: ``"head"`` (art. 7(3)), ``"own"`` (the requester is
        the person, art. 7(2)), ``"consent"`` (form 06 signed by every holder), or ``None``."""
        head = self.info.head_of_agency_decision
        if head is not None and item.category in head.opens:
            return "head"
        if (
            item.requesters_own
            and item.category.consenting_party is ConsentingParty.PERSON_CONCERNED
        ):
            self.trace.apply("own-information-needs-no-consent")
            return "own"
        signed = [(c, p) for d in self.req.consents for c in d.covers for p in d.consenting_persons]
        if not any(c is item.category for c, _ in signed):
            return None
        if not item.holders:
            self.trace.apply("consent-holder-as-found")
        elif item.category.consenting_party is ConsentingParty.FAMILY_MEMBERS:
            self.trace.apply(_FAMILY_READINGS[self.family_consent])
        found = consent_covers(item, signed, reading=self.family_consent)
        return "consent" if found else None

    def _part_findings(self, *, art_6_only: bool = False) -> tuple[_PartFinding, ...]:
        """Decree 13 art. 7(2): each protected part, checked against arts. 6 and 7 (art. 6
        only, for information the earlier rules govern)."""
        lifted = self.info.state_secret_declassified
        out: list[_PartFinding] = []
        for p in self.info.protected_parts:
            barred = tuple(
                g
                for g in dict.fromkeys(p.not_accessible)
                if not (lifted and g is NotAccessibleGround.STATE_SECRET)
            )
            opened: list[tuple[ConditionalCategory, str]] = []
            unmet: list[ConditionalCategory] = []
            for item in () if art_6_only else self._items(p.conditional, whole=False):
                how = self._opened_by(item)
                if how is None:
                    unmet.append(item.category)
                else:
                    opened.append((item.category, how))
            out.append(_PartFinding(p.part, barred, tuple(dict.fromkeys(unmet)), tuple(opened)))
        return tuple(out)

    def _withheld(
        self, parts: tuple[_PartFinding, ...]
    ) -> tuple[tuple[WithheldPart, ...], tuple[ConditionalCategory, ...], StatedGround | None]:
        """Decree 13 art. 7(2): the parts removed, and the one ground a they rest on."""
        withheld: list[WithheldPart] = []
        all_unmet: list[ConditionalCategory] = []
        all_barred: list[NotAccessibleGround] = []
        for p in parts:
            if not p.barred and not p.unmet:
                continue
            stated = not_accessible_or_conditions_unmet(p.barred, p.unmet, rules=self.rules)
            assert stated is not None
            withheld.append(
                WithheldPart(
                    part=p.part,
                    reason=stated.reason,
                    citations=(self._key("partial_provision"), *stated.citations),
                )
            )
            all_unmet += p.unmet
            all_barred += p.barred
        if not withheld:
            return (), (), None
        unmet_all = tuple(dict.fromkeys(all_unmet))
        ground = not_accessible_or_conditions_unmet(
            tuple(dict.fromkeys(all_barred)), unmet_all, rules=self.rules
        )
        assert ground is not None
        ground = _with(
            ground,
            self._key("partial_provision"),
            *((self._key("written_consent"),) if unmet_all else ()),
        )
        ground = _with(
            ground,
            reason=Text(
                "Loại bỏ nội dung: " + "; ".join(f"{w.part} ({w.reason.vi})" for w in withheld),
                "content removed: " + "; ".join(f"{w.part} ({w.reason.en})" for w in withheld),
            ),
        )
        return tuple(withheld), unmet_all, ground

    def _not_accessible(self, parts: tuple[_PartFinding, ...]) -> tuple[NotAccessibleGround, ...]:
        """Art. 6 over the information as a whole, then over each protected part."""
        info = self.info
        lifted = info.state_secret_declassified and NotAccessibleGround.STATE_SECRET in (
            *info.not_accessible,
            *(g for p in info.protected_parts for g in p.not_accessible),
        )
        barred = tuple(
            g
            for g in dict.fromkeys(info.not_accessible)
            if not (info.state_secret_declassified and g is NotAccessibleGround.STATE_SECRET)
        )
        barred_parts = [p for p in parts if p.barred]
        if barred:
            self.trace.add(
                Check.NOT_ACCESSIBLE,
                StepResult.GROUND,
                "; ".join(g.label_in(self.rules) for g in barred),
                "; ".join(g.label_in(self.rules, "en") for g in barred),
                self._cite(RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET),
                *(self._cite(g) for g in barred),
            )
        if lifted:
            self.trace.add(
                Check.NOT_ACCESSIBLE,
                StepResult.EXCEPTION,
                "Bí mật nhà nước đã được giải mật",
                "the state secret has been declassified",
                self._key("declassified"),
            )
        for p in barred_parts:
            self.trace.add(
                Check.NOT_ACCESSIBLE,
                StepResult.GROUND,
                f"Loại bỏ {p.part}: " + "; ".join(g.label_in(self.rules) for g in p.barred),
                f"removed {p.part}: " + "; ".join(g.label_in(self.rules, "en") for g in p.barred),
                self._key("partial_provision"),
                self._cite(RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET),
                *(self._cite(g) for g in p.barred),
            )
        if not barred and not lifted and not barred_parts:
            self.trace.add(
                Check.NOT_ACCESSIBLE,
                StepResult.SATISFIED,
                f"Không có nội dung thuộc Điều {self._article(Check.NOT_ACCESSIBLE)}",
                f"no content of art. {self._article(Check.NOT_ACCESSIBLE)}",
                self._cite(Check.NOT_ACCESSIBLE),
                role=CitationRole.CHECKED,
            )
        return barred

    def _conditions(
        self, parts: tuple[_PartFinding, ...]
    ) -> tuple[tuple[ConditionalCategory, ...], bool]:
        """Art. 7 over the information as a whole, then over each protected part: the
        categories still closed, and whether some art. 7 information was opened."""
        info = self.info
        items = self._items(info.conditional, whole=True)
        by: dict[str, list[ConditionalCategory]] = {"head": [], "own": [], "consent": []}
        unmet: list[ConditionalCategory] = []
        for item in items:
            how = self._opened_by(item)
            if how is None:
                unmet.append(item.category)
            else:
                by[how].append(item.category)
        head = info.head_of_agency_decision
        if by["head"] and head is not None:
            reason = head.reason
            opened = ", ".join(c.label_in(self.rules) for c in by["head"])
            opened_en = ", ".join(c.label_in(self.rules, "en") for c in by["head"])
            self.trace.add(
                Check.CONDITIONS,
                StepResult.MET,
                f"Người đứng đầu cơ quan quyết định cung cấp {opened.lower()} vì "
                f"{reason.label_vi.lower()}, căn cứ {head.legal_basis}",
                f"the head of the agency decided to provide {opened_en} for {reason.label_en}, "
                f"under {head.legal_basis}",
                self._key("head_of_agency_decision"),
            )
        if by["own"]:
            self.trace.add(
                Check.CONDITIONS,
                StepResult.MET,
                "Bí mật của chính người yêu cầu: "
                + ", ".join(c.label_in(self.rules) for c in by["own"]),
                "the requester's own secret: "
                + ", ".join(c.label_in(self.rules, "en") for c in by["own"]),
                self._key("own_secret"),
            )
        if by["consent"]:
            self.trace.add(
                Check.CONDITIONS,
                StepResult.MET,
                "Có văn bản đồng ý của người có bí mật (Mẫu số 06): "
                + ", ".join(c.label_in(self.rules) for c in by["consent"]),
                "written consent of the person whose secret it is (form 06): "
                + ", ".join(c.label_in(self.rules, "en") for c in by["consent"]),
                *(self._cite(c) for c in by["consent"]),
                self._key("written_consent"),
            )
        closed = tuple(c for c in ConditionalCategory if c in unmet)
        if closed:
            declined = " (đã từ chối đồng ý)" if info.consent_declined else ""
            declined_en = " (consent refused)" if info.consent_declined else ""
            self.trace.add(
                Check.CONDITIONS,
                StepResult.MISSING,
                "Chưa có sự đồng ý của người có bí mật: "
                + ", ".join(c.label_in(self.rules) for c in closed)
                + declined,
                "no consent of the person whose secret it is: "
                + ", ".join(c.label_in(self.rules, "en") for c in closed)
                + declined_en,
                *closed_category_citations(closed, self.rules),
                self._key("written_consent"),
            )
        for p in parts:
            if p.opened:
                self.trace.add(
                    Check.CONDITIONS,
                    StepResult.MET,
                    f"{p.part}: " + ", ".join(c.label_in(self.rules) for c, _ in p.opened),
                    f"{p.part}: " + ", ".join(c.label_in(self.rules, "en") for c, _ in p.opened),
                    self._key("partial_provision"),
                    *(self._cite(c) for c, _ in p.opened),
                    *(self._how_cite(how) for _, how in p.opened),
                )
            if p.unmet:
                self.trace.add(
                    Check.CONDITIONS,
                    StepResult.GROUND,
                    f"Loại bỏ {p.part}: chưa có sự đồng ý: "
                    + ", ".join(c.label_in(self.rules) for c in p.unmet),
                    f"removed {p.part}: no consent for: "
                    + ", ".join(c.label_in(self.rules, "en") for c in p.unmet),
                    self._key("partial_provision"),
                    self._cite(RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET),
                    *closed_category_citations(p.unmet, self.rules),
                    self._key("written_consent"),
                )
        if (
            not items
            and not any(p.opened or p.unmet for p in parts)
            and info.historical_archives is None
        ):
            self.trace.add(
                Check.CONDITIONS,
                StepResult.SATISFIED,
                f"Không có nội dung thuộc Điều {self._article(Check.CONDITIONS)}",
                f"no content of art. {self._article(Check.CONDITIONS)}",
                self._cite(Check.CONDITIONS),
                role=CitationRole.CHECKED,
            )
        opened_any = any(by.values()) or any(p.opened for p in parts)
        return closed, opened_any

    def _archives(self, ground_a: StatedGround | None) -> StatedGround | None:
        """Law 01/2026/QH16 art. 16(3): archives of a historical archive are accessed on the
        conditions of the archives law (the agency's finding, ``historical_archives``); unmet,
        they are information "không đáp ứng điều kiện quy định tại Điều 16" (art. 27(1))."""
        met = self.info.historical_archives
        if met is None:
            return ground_a
        cite = self._key("historical_archives")
        if met:
            self.trace.add(
                Check.CONDITIONS,
                StepResult.MET,
                "Tài liệu lưu trữ lịch sử đủ điều kiện tiếp cận theo pháp luật về lưu trữ",
                "historical archives whose conditions under the archives law are met",
                cite,
            )
            return ground_a
        reason = Text(
            "Tài liệu lưu trữ tại lưu trữ lịch sử chưa đủ điều kiện tiếp cận theo pháp luật về "
            "lưu trữ",
            "archives of a historical archive whose conditions under the archives law are not met",
        )
        self.trace.add(
            Check.CONDITIONS,
            StepResult.GROUND,
            reason.vi,
            reason.en,
            self._cite(RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET),
            cite,
        )
        if ground_a is None:
            return state_ground(
                RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET, reason, cite, rules=self.rules
            )
        both = Text(f"{ground_a.reason.vi}; {reason.vi}", f"{ground_a.reason.en}; {reason.en}")
        return _with(ground_a, cite, reason=both)

    def _how_cite(self, how: str) -> Citation:
        if how == "head":
            return self._key("head_of_agency_decision")
        if how == "own":
            return self._key("own_secret")
        return self._key("written_consent")

    def _disclosed(self) -> StatedGround | None:
        info = self.info
        majeure = info.force_majeure_prevents_access
        ground = already_disclosed(info.disclosure, force_majeure=majeure, rules=self.rules)
        exception = published_information_exception(info.disclosure, force_majeure=majeure)
        if ground is not None:
            self.trace.add(
                Check.ALREADY_DISCLOSED,
                StepResult.GROUND,
                ground.reason.vi,
                ground.reason.en,
                *ground.citations,
            )
        elif exception is not None:
            self.trace.add(
                Check.ALREADY_DISCLOSED,
                StepResult.EXCEPTION,
                exception.label_in(self.rules),
                exception.label_in(self.rules, "en"),
                self._cite(RefusalGround.ALREADY_DISCLOSED),
                self._cite(exception),
            )
        else:
            self.trace.add(
                Check.ALREADY_DISCLOSED,
                StepResult.SATISFIED,
                info.disclosure.label_in(self.rules),
                info.disclosure.label_in(self.rules, "en"),
                self._cite(info.disclosure),
                self._cite(RefusalGround.ALREADY_DISCLOSED),
                role=CitationRole.CHECKED,
            )
        return ground

    def _twice(self) -> StatedGround | None:
        info = self.info
        if info.times_already_provided >= 1:
            self.trace.apply("twice-means-two-before")
        ground = already_provided_twice(
            info.times_already_provided,
            legitimate_reason=info.legitimate_reason_to_repeat,
            rules=self.rules,
        )
        cite = self._cite(RefusalGround.ALREADY_PROVIDED_TWICE)
        if ground is not None:
            self.trace.add(
                Check.PROVIDED_TWICE, StepResult.GROUND, ground.reason.vi, ground.reason.en, cite
            )
        elif info.times_already_provided >= 2:
            self.trace.add(
                Check.PROVIDED_TWICE,
                StepResult.EXCEPTION,
                "Người yêu cầu có lý do chính đáng",
                "the requester has a legitimate reason",
                cite,
            )
        else:
            self.trace.add(
                Check.PROVIDED_TWICE,
                StepResult.SATISFIED,
                f"Đã cung cấp {info.times_already_provided} lần",
                f"provided {info.times_already_provided} times before",
                cite,
                role=CitationRole.CHECKED,
            )
        return ground

    def _capacity(self) -> StatedGround | None:
        info = self.info
        ground = exceeds_capacity(
            exceeds=info.exceeds_capacity,
            disrupts=info.disrupts_normal_operation,
            rules=self.rules,
        )
        cite = self._cite(RefusalGround.EXCEEDS_CAPACITY)
        if ground is not None:
            self.trace.add(
                Check.CAPACITY, StepResult.GROUND, ground.reason.vi, ground.reason.en, cite
            )
        else:
            self.trace.add(
                Check.CAPACITY,
                StepResult.SATISFIED,
                "Trong khả năng đáp ứng",
                "within the agency's capacity",
                cite,
                role=CitationRole.CHECKED,
            )
        return ground

    def _costs(self) -> StatedGround | None:
        info = self.info
        status = self.costs
        ground = unpaid_costs(status, rules=self.rules)
        result = StepResult.GROUND if ground is not None else StepResult.SATISFIED
        if status is CostStatus.AWAITING_PAYMENT:
            result = StepResult.MET
        dates_vi = dates_en = ""
        if info.payment_due is not None:
            paid = info.paid_on.isoformat() if info.paid_on else "chưa"
            paid_en = info.paid_on.isoformat() if info.paid_on else "not yet"
            dates_vi = f" (hạn thanh toán {info.payment_due.isoformat()}, đã trả: {paid})"
            dates_en = f" (payment due {info.payment_due.isoformat()}, paid: {paid_en})"
        deciding = status in (CostStatus.NOT_PAID, CostStatus.AWAITING_PAYMENT)
        self.trace.add(
            Check.COSTS,
            result,
            status.label_in(self.rules) + dates_vi,
            status.label_in(self.rules, "en") + dates_en,
            self._cite(RefusalGround.UNPAID_COSTS),
            self._cite(status),
            *((self._key("payment_terms"), self._key("pay_before_provision")) if deciding else ()),
            role=None if deciding else CitationRole.CHECKED,
        )
        return ground

    def _provision(self, *, conditions_met: bool) -> ProvisionPlan:
        """Arts. 25, 27, 29–31: the form (as asked, or at the office where art. 30(1) or art.
        25(2) rules it out), the procedure and time limit, and the art. 23 basis."""
        info, asked = self.info, self.req.form.request.provision_form
        assert asked is not None  # guaranteed by the form check (art. 24(2)(c))
        form, note, cites = asked, None, [self._key("requested_form")]
        electronic_ok = electronic_provision_possible(
            transmissible_file=info.transmissible_file, technical_means=info.technical_means
        )
        if asked is Channel.ELECTRONIC and not electronic_ok:
            # art. 30(1) rules electronic provision out; art. 25(2) lets the agency provide
            # in a form its means allow; at the office is art. 25(1)(a)
            form = Channel.AT_OFFICE
            cites = [
                self._key("electronic_conditions"),
                self._key("requested_form"),
                self._key("at_office"),
            ]
            note = Text(
                "Không đủ điều kiện cung cấp qua mạng điện tử; cung cấp tại trụ sở",
                "the conditions for electronic provision are not met; provided at the office",
            )
        elif asked is not Channel.AT_OFFICE and not info.form_suits_information:
            form, cites = Channel.AT_OFFICE, [self._key("requested_form"), self._key("at_office")]
            note = Text(
                "Hình thức đề nghị không phù hợp với tính chất thông tin; cung cấp tại trụ sở",
                "the form asked for does not suit the information; provided at the office",
            )
        if note is not None:
            self.trace.apply("fallback-to-office")
        self.trace.apply("procedure-follows-provision-form")
        procedure = self._procedure(form, info.complexity)
        basis = self._basis(conditions_met=conditions_met)
        pay_first = self.costs is CostStatus.AWAITING_PAYMENT
        way = self._procedure_way(form)
        one_limit = self._key(f"procedure.{way}.simple") == self._key(f"procedure.{way}.complex")
        # one limit for every request (Law 01/2026/QH16 art. 26(3)): complexity decides nothing
        kind_vi = "" if one_limit else f"; {info.complexity.label_vi}"
        kind_en = "" if one_limit else f"; {info.complexity.label_en}"
        self.trace.add(
            Check.PROVISION,
            StepResult.SATISFIED,
            f"{form.label_vi}{kind_vi}",
            f"{form.label_en}{kind_en}",
            *cites,
            procedure,
            *self._basis_citations(basis),
            self._key("payment_terms"),
            *((self._key("pay_before_provision"),) if pay_first else ()),
            role=CitationRole.DECIDED,
        )
        if OnRequestBasis.OTHER_INFORMATION in basis:
            self.trace.add(
                Check.PROVISION,
                StepResult.SATISFIED,
                f"Cơ quan có trách nhiệm cung cấp theo Điều {self._article(Check.RESPONSIBILITY)}; "
                'không dựa vào khoản 4 Điều 23 ("có thể cung cấp")',
                f"the agency must provide under art. {self._article(Check.RESPONSIBILITY)}; "
                "the discretion of art. 23(4) "
                '("may provide") is not relied on',
                self._cite(OnRequestBasis.OTHER_INFORMATION),
                role=CitationRole.CHECKED,
            )
        return ProvisionPlan(
            form=form,
            requested_form=asked,
            procedure_channel=form,
            complexity=info.complexity,
            procedure=procedure,
            pay_before_provision=pay_first,
            electronic_methods=tuple(ElectronicMethod) if form is Channel.ELECTRONIC else (),
            basis=basis,
            note=note,
        )

    def _basis(self, *, conditions_met: bool) -> tuple[OnRequestBasis, ...]:
        """Art. 23: the kinds of information provided on request that this one is.

        Clause 2 only where art. 7 information was actually opened and provided (not where
        every art. 7 part was removed); clause 3 only for information outside art. 17 and
        clause 2 ("nhưng không thuộc loại thông tin quy định tại Điều 17 … và khoản 2"), on
        its own fact ``about_requesters_affairs``; clause 4 for the rest, which art. 9 makes
        the agency's duty (so clause 4 is checked, not relied on).
        """
        info, basis = self.info, []
        if published_information_exception(
            info.disclosure, force_majeure=info.force_majeure_prevents_access
        ):
            basis.append(OnRequestBasis.ART17_INFORMATION_EXCEPTION)
        if conditions_met:
            basis.append(OnRequestBasis.CONDITIONS_MET)
        art17 = info.disclosure is not DisclosureStatus.NOT_SUBJECT_TO_DISCLOSURE
        if info.about_requesters_affairs and not art17 and not conditions_met:
            basis.append(OnRequestBasis.REQUESTERS_OWN_AFFAIRS)
        if not basis:
            self.trace.apply("everything-not-barred-is-provided")
            basis.append(OnRequestBasis.OTHER_INFORMATION)
        return tuple(basis)

    def _basis_citations(self, basis: Iterable[OnRequestBasis]) -> tuple[Citation, ...]:
        """The art. 23 clauses a provision rests on (clause 4, a discretion, never decides)."""
        return tuple(self._cite(b) for b in basis if b is not OnRequestBasis.OTHER_INFORMATION)

    def _procedure(self, form: Channel, complexity: Complexity) -> Citation:
        """Arts. 29–31: the procedure of the form of provision, simple or complex."""
        return self._key(f"procedure.{self._procedure_way(form)}.{complexity.value}")

    @staticmethod
    def _procedure_way(form: Channel) -> str:
        return {Channel.AT_OFFICE: "at_office", Channel.ELECTRONIC: "electronic"}.get(
            form, "remote"
        )

    def _key(self, name: str) -> Citation:
        """A unit of law the decision cites, read from the ruleset (``decision.<name>``)."""
        self._reading(f"decision.{name}")
        return self.rules.citation(f"decision.{name}")

    # -- the decision ---------------------------------------------------------------
    def _finish(self, outcome: Outcome, **fields: Any) -> Decision:
        duties = _duties(outcome, self.req.channel, self.who.cannot_write)
        consent_form = outcome is Outcome.ASK_CONSENT or any(
            _CONSENT_GUIDANCE in a.guidance for a in (fields.get("answer"),) if a is not None
        )
        forms = _forms(outcome, self.req.form.form, consent_form)
        grounds: tuple[StatedGround, ...] = fields.get("grounds", ())
        provision: ProvisionPlan | None = fields.get("provision")
        answer: WrittenAnswer | None = fields.get("answer")
        steps = self.trace.steps
        deciding = [c for s in steps if s.role is CitationRole.DECIDED for c in s.citations]
        deciding += [c for g in grounds for c in g.citations]
        deciding += [c for w in fields.get("withheld", ()) for c in w.citations]
        deciding += [self._cite(d.item) for d in fields.get("deficiencies", ())]
        if provision is not None:
            deciding += [provision.procedure, *self._basis_citations(provision.basis)]
        if answer is not None:
            deciding += answer.citations
        deciding += [self._cite(d) for d in duties] + [self._cite(f) for f in forms]
        deciding.append(self._cite(outcome))
        decided = tuple(dict.fromkeys(deciding))
        applied = tuple(
            c
            for c in dict.fromkeys(
                c for s in steps if s.role is CitationRole.APPLIED for c in s.citations
            )
            if c not in decided
        )
        checked = tuple(
            c
            for c in dict.fromkeys(c for s in steps for c in s.citations)
            if c not in decided and c not in applied
        )
        return Decision(
            outcome=outcome,
            regime=self.rules.id,
            user_supplied=self.rules.user_supplied,
            interpretations=tuple(self.trace.applied),
            duties=duties,
            forms=forms,
            steps=tuple(steps),
            deciding_citations=decided,
            applied_citations=applied,
            checked_citations=checked,
            **fields,
        )


def _rule_readings(rules: Ruleset) -> dict[str, str]:
    """Each rule key of the ruleset that rests on a named interpretation, with its id."""

    def build(rs: Ruleset) -> dict[str, str]:
        entries = rs.data("rules.toml").get("rule", {})
        return {k: e["interpretation"] for k, e in entries.items() if "interpretation" in e}

    readings: dict[str, str] = rules.cached("decision-rule-readings", build)
    return readings


def _with(ground: StatedGround, *more: Citation, reason: Text | None = None) -> StatedGround:
    return StatedGround(
        ground=ground.ground,
        wording=ground.wording,
        reason=ground.reason if reason is None else reason,
        citations=tuple(dict.fromkeys((*ground.citations, *more))),
        neutral_key=ground.neutral_key,
    )


#: how to obtain the consent of art. 7(1)–(2) (Decree 13 art. 5(2), form 06)
_CONSENT_GUIDANCE = Text(
    "Người yêu cầu có thể đề nghị cá nhân, tổ chức liên quan đồng ý bằng văn bản (Mẫu số 06) "
    "và gửi lại yêu cầu kèm văn bản đồng ý",
    "the requester may ask the person or organisation concerned for written consent (form 06) "
    "and send the request again with it",
)


def _duties(outcome: Outcome, channel: Channel, cannot_write: bool) -> tuple[ReceiptDuty, ...]:
    duties = [ReceiptDuty.REGISTER]
    asking = outcome in (Outcome.INCOMPLETE, Outcome.WRONG_PERSON, Outcome.ASK_CONSENT)
    if channel is Channel.AT_OFFICE and (cannot_write or outcome is Outcome.INCOMPLETE):
        duties.append(ReceiptDuty.HELP_FILL_FORM)
    if asking:
        duties.append(ReceiptDuty.GUIDE_TO_COMPLETE)
    if outcome is Outcome.REFUSE_AND_REDIRECT:
        duties.append(ReceiptDuty.NOTIFY_AND_REDIRECT)
    if outcome.is_refusal or outcome is Outcome.PROVIDE_IN_PART:
        duties.append(ReceiptDuty.REFUSE_IN_WRITING)
    if outcome in (Outcome.PROVIDE, Outcome.PROVIDE_IN_PART):
        duties.append(ReceiptDuty.NOTIFY_TERMS)
    return tuple(duties)


def _forms(outcome: Outcome, request_form: str, consent_form: bool) -> tuple[DecreeForm, ...]:
    forms = [DecreeForm(request_form), DecreeForm.FORM_02]
    if consent_form:
        forms.append(DecreeForm.FORM_06)
    if outcome in (Outcome.PROVIDE, Outcome.PROVIDE_IN_PART):
        forms.append(DecreeForm.FORM_03)
    if outcome.is_refusal or outcome is Outcome.PROVIDE_IN_PART:
        forms.append(DecreeForm.FORM_05)
    return tuple(forms)


def refusal_notice(
    decision: Decision | Mapping[str, Any] | str,
    request: InformationRequest | Mapping[str, Any] | str,
    *,
    agency: str,
    issued_on: date,
) -> RefusalNotice:
    """Draft form 05 from a refusal: its grounds with their reasons (art. 28(2)).

    The notice is cited under the decision's ruleset (``decision.regime``), and states each
    ground in that ruleset's wording, as the decision does. Raises ``InvalidInputError``
    (code ``not-a-refusal``) if the decision is not a refusal.
    """
    dec = _decision(decision)
    req = validate_input(InformationRequest, request, what="request")
    if not (dec.is_refusal or dec.outcome is Outcome.PROVIDE_IN_PART):
        raise InvalidInputError("not-a-refusal", detail=f"outcome={dec.outcome.value}")
    rules = ruleset(dec.regime)
    form = req.form
    who = form.requester if isinstance(form, RequestForm) else form.representative
    return refusal_notice_of(
        dec.grounds,
        agency=agency,
        requester_name=who.full_name or "",
        request_received_on=req.received_on,
        information_requested=form.request.description or "",
        issued_on=issued_on,
        rules=rules,
        redirect_to=dec.redirect_to,
        published_at=dec.published_at,
        guidance=dec.answer.guidance if dec.answer is not None else (),
    )


def _decision(value: object) -> Decision:
    if isinstance(value, Decision):
        return value
    if isinstance(value, str | bytes):
        return Decision.from_json(value)
    if isinstance(value, Mapping):
        return Decision.from_dict(dict(value))
    raise InvalidInputError(
        detail=f"decision: expected a Decision, a mapping or JSON text, got {echo(value)}"
    )
