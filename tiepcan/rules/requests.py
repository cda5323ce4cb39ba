"""Hình thức yêu cầu cung cấp thông tin; tiếp nhận, giải quyết yêu cầu — the request and its receipt.

Implements Law 104/2016/QH13:

* art. 24: how a request is made (clause 1: in person or through an authorised person at
  the office, point a; or by sending the form electronically, by post or by fax, point b);
  the four main contents of the request form, which must be in Vietnamese (clause 2,
  points a–d); the written consent for art. 7(1)–(2) information (clause 3);
* art. 25: the forms of provision (clause 1) and the duty to provide in the form asked for,
  as suits the information and the agency's capacity (clause 2);
* art. 26: receipt — register the request (clause 1), guide the requester to complete an
  incomplete or unclear form (clause 2), notify and direct the requester to the responsible
  agency (clause 3);
* art. 27: on a valid request, notify the time limit, place and form of provision, the
  actual costs and the method and deadline of payment;
* art. 30(1)–(2): the conditions and the ways of providing information electronically;

and Decree 13/2018/NĐ-CP art. 5: the forms (Mẫu số 01a, 01b, 02, 03, 04, 06; form 05, the
refusal, is :class:`tiepcan.rules.refusals.RefusalNotice`).

The annexes that lay the forms out are not in the official codification, so each model
holds the contents the law itself requires of the document, no more (see
``shared/reference/decree-13-2018-and-fees.md`` §1.5).

>>> form = RequestForm(
...     requester=RequesterIdentity(full_name="Nguyễn Văn A", residence_address="Hà Nội",
...                                 id_kind="citizen_id_card", id_number="001099000001"),
...     request=RequestedInformation(description="Quyết định giao đất", document_names=(),
...                                  provision_form="electronic", reason_and_purpose=None))
>>> [d.item.value for d in check_form(form)]
['document_names', 'reason_and_purpose']
>>> RequestDeficiency.REASON_AND_PURPOSE.citation.text()
'Lý do, mục đích yêu cầu cung cấp thông tin.'
>>> DecreeForm.FORM_05.citation.label
'Điều 5 khoản 1 điểm đ Nghị định 13/2018/NĐ-CP'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal

from pydantic import Field, model_validator

from tiepcan.foundation._input import FrozenModel, validate_input
from tiepcan.foundation._model import Result, echo, is_blank
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.terms import Channel
from tiepcan.rules._cited import CitedStrEnum, flag, members
from tiepcan.rules.access import ConditionalCategory, ConsentingParty

if TYPE_CHECKING:
    from tiepcan.foundation.regimes import Ruleset

__all__ = [
    "ConsentDocument",
    "CostStatus",
    "DecreeForm",
    "Deficiency",
    "ElectronicMethod",
    "GroupMember",
    "GroupRequestForm",
    "IdDocumentKind",
    "InformationRequest",
    "NoticeItem",
    "OrganisationKind",
    "ReceiptDuty",
    "RequestDeficiency",
    "RequestForm",
    "RequestedInformation",
    "RequesterIdentity",
    "check_form",
    "electronic_provision_possible",
]

_Text = Annotated[str, Field(min_length=1)]


class DecreeForm(CitedStrEnum):
    """The forms of Decree 13/2018 art. 5 (Phụ lục), each cited to the point that prescribes it."""

    FORM_01A = (
        "01a",
        "Phiếu yêu cầu cung cấp thông tin (Mẫu số 01a)",
        "information request form (form 01a)",
    )
    FORM_01B = (
        "01b",
        "Phiếu yêu cầu cung cấp thông tin của công dân thông qua tổ chức, đoàn thể, doanh "
        "nghiệp (Mẫu số 01b)",
        "information request form of citizens through an organisation, union or enterprise "
        "(form 01b)",
    )
    FORM_02 = (
        "02",
        "Phiếu tiếp nhận yêu cầu cung cấp thông tin (Mẫu số 02)",
        "slip acknowledging receipt of a request (form 02)",
    )
    FORM_03 = (
        "03",
        "Phiếu giải quyết yêu cầu cung cấp thông tin (Mẫu số 03)",
        "slip settling a request: time, place, form, costs, payment (form 03)",
    )
    FORM_04 = (
        "04",
        "Thông báo gia hạn yêu cầu cung cấp thông tin (Mẫu số 04)",
        "notice extending the time to answer a request (form 04)",
    )
    FORM_05 = (
        "05",
        "Thông báo từ chối yêu cầu cung cấp thông tin (Mẫu số 05)",
        "notice refusing a request (form 05)",
    )
    FORM_06 = (
        "06",
        "Văn bản chấp thuận của cá nhân, tổ chức liên quan (Mẫu số 06)",
        "written consent of the person or organisation concerned (form 06)",
    )


class IdDocumentKind(CitedStrEnum):
    """The identity papers art. 24(2)(a) names.

    The Law on Identification 2023 renamed the citizen identity card "thẻ căn cước"; art.
    24(2)(a) was not amended. We read its "thẻ căn cước công dân" as including the new card
    (interpretation ``id-card-includes-can-cuoc``).
    """

    PEOPLE_ID_CARD = ("people_id_card", "Chứng minh nhân dân", "people's identity card (CMND)")
    CITIZEN_ID_CARD = (
        "citizen_id_card",
        "Thẻ căn cước công dân",
        "citizen identity card (CCCD, or the later thẻ căn cước)",
    )
    PASSPORT = ("passport", "Hộ chiếu", "passport")


class RequesterIdentity(FrozenModel):
    """Art. 24(2)(a): who asks. Required fields may be ``None`` so that an incomplete form
    can be represented and its gaps named (art. 26(2)); fax, phone and e-mail are "(nếu có)"."""

    full_name: str | None = Field(default=None, title="Họ, tên")
    residence_address: str | None = Field(
        title="Nơi cư trú, địa chỉ",
        default=None,
        description="nơi cư trú, địa chỉ (place of residence, address)",
    )
    id_kind: IdDocumentKind | None = Field(default=None, title="Loại giấy tờ tùy thân")
    id_number: str | None = Field(
        default=None, title="Số chứng minh nhân dân, thẻ căn cước công dân hoặc hộ chiếu"
    )
    fax: str | None = Field(default=None, title="Số fax")
    phone: str | None = Field(default=None, title="Điện thoại")
    email: str | None = Field(default=None, title="Địa chỉ thư điện tử")


class RequestedInformation(FrozenModel):
    """Art. 24(2)(b)–(d): what is asked for, in what form of provision, and why."""

    description: str | None = Field(
        title="Thông tin được yêu cầu cung cấp",
        default=None,
        description="thông tin được yêu cầu cung cấp",
    )
    document_names: tuple[str, ...] = Field(
        title="Tên văn bản, hồ sơ, tài liệu",
        default=(),
        description="tên văn bản, hồ sơ, tài liệu (names of the documents, files, records)",
    )
    provision_form: Channel | None = Field(
        title="Hình thức cung cấp thông tin",
        default=None,
        description="hình thức cung cấp thông tin (art. 24(2)(c), art. 25(1))",
    )
    reason_and_purpose: str | None = Field(
        title="Lý do, mục đích yêu cầu cung cấp thông tin",
        default=None,
        description="lý do, mục đích",
    )


class RequestForm(FrozenModel):
    """Mẫu số 01a — the request form of an individual (art. 24(2); Decree 13 art. 5(1)(a))."""

    FORM: ClassVar[DecreeForm] = DecreeForm.FORM_01A

    form: Literal["01a"] = Field(default="01a", title="Mẫu phiếu")
    requester: RequesterIdentity = Field(title="Người yêu cầu")
    request: RequestedInformation = Field(title="Thông tin yêu cầu")
    in_vietnamese: bool = Field(
        title="Thể hiện bằng tiếng Việt",
        default=True,
        description="art. 24(2): phải được thể hiện bằng tiếng Việt",
    )


class OrganisationKind(CitedStrEnum):
    """Art. 36(2): the bodies through which citizens may ask together."""

    ORGANISATION = ("organisation", "Tổ chức", "organisation")
    UNION = ("union", "Đoàn thể", "union (mass organisation)")
    ENTERPRISE = ("enterprise", "Doanh nghiệp", "enterprise")


class GroupMember(FrozenModel):
    """One line of the list Decree 13 art. 4(2) requires: name, identity number, reason and purpose."""

    full_name: str | None = Field(default=None, title="Họ, tên")
    id_number: str | None = Field(
        default=None, title="Số chứng minh nhân dân, thẻ căn cước công dân hoặc hộ chiếu"
    )
    reason_and_purpose: str | None = Field(default=None, title="Lý do, mục đích")
    vietnamese_citizen: bool = Field(
        default=True,
        title="Công dân Việt Nam",
        description="art. 36(2) opens the organisation route to citizens: each member's standing",
    )


class GroupRequestForm(FrozenModel):
    """Mẫu số 01b — citizens asking through their organisation, union or enterprise.

    Law art. 36(2); Decree 13/2018 art. 4: the organisation appoints a representative, who
    sends the request form with the list of the people making the same request.
    """

    FORM: ClassVar[DecreeForm] = DecreeForm.FORM_01B

    form: Literal["01b"] = Field(default="01b", title="Mẫu phiếu")
    organisation_name: str | None = Field(default=None, title="Tên tổ chức, đoàn thể, doanh nghiệp")
    organisation_kind: OrganisationKind = Field(
        default=OrganisationKind.ORGANISATION, title="Loại tổ chức"
    )
    representative: RequesterIdentity = Field(title="Người đại diện được cử")
    members: tuple[GroupMember, ...] = Field(default=(), title="Danh sách người có cùng yêu cầu")
    request: RequestedInformation = Field(title="Thông tin yêu cầu")
    in_vietnamese: bool = Field(default=True, title="Thể hiện bằng tiếng Việt")


class ConsentDocument(FrozenModel):
    """Mẫu số 06 — the written consent that must accompany a request for art. 7(1)–(2)
    information (Law art. 24(3): "văn bản đồng ý"; Decree 13 art. 5(2): "văn bản chấp thuận").

    ``covers`` lists the art. 7 categories consented to; each must belong to ``party``
    (an owner consents for a trade secret, a person for his or her private-life or personal
    secret, the family members for a family secret). ``consenting_persons`` lists those who
    signed: a consent opens only the secret of a person who signed it, matched person by
    person against whose the secret is (:class:`~tiepcan.rules.access.ConditionalInformation`
    ``holders``); a family secret needs every member's signature (interpretation
    ``family-consent-every-member``; ``family-consent-members-concerned`` is the option).
    """

    FORM: ClassVar[DecreeForm] = DecreeForm.FORM_06

    party: ConsentingParty = Field(title="Bên đồng ý")
    consenting_persons: tuple[_Text, ...] = Field(title="Người đồng ý", min_length=1)
    covers: tuple[ConditionalCategory, ...] = Field(
        title="Loại thông tin được đồng ý cung cấp", min_length=1
    )
    information: _Text = Field(title="Thông tin được đồng ý cung cấp")
    signed_on: date | None = Field(default=None, title="Ngày ký")

    @model_validator(mode="after")
    def _party_matches(self) -> ConsentDocument:
        wrong = [c.value for c in self.covers if c.consenting_party is not self.party]
        if wrong:
            raise ValueError(
                f"{self.party.value} cannot consent for {', '.join(wrong)} (art. 7(1)–(2))"
            )
        return self


class InformationRequest(FrozenModel):
    """A request as the agency received it: the channel, the day, the form and its attachments."""

    channel: Channel = Field(
        title="Hình thức yêu cầu", description="how the request came in (art. 24(1))"
    )
    received_on: date = Field(title="Ngày nhận yêu cầu")
    form: Annotated[RequestForm | GroupRequestForm, Field(discriminator="form")] = Field(
        title="Phiếu yêu cầu"
    )
    consents: tuple[ConsentDocument, ...] = Field(default=(), title="Văn bản đồng ý kèm theo")


class RequestDeficiency(CitedStrEnum):
    """Each thing a request can lack, named and cited; the agency guides the requester to
    supply it (art. 26(2); art. 24(1)(a) at the office)."""

    FULL_NAME = ("full_name", "Họ, tên", "full name")
    RESIDENCE_ADDRESS = ("residence_address", "Nơi cư trú, địa chỉ", "place of residence, address")
    ID_NUMBER = (
        "id_number",
        "Số chứng minh nhân dân, thẻ căn cước công dân hoặc số hộ chiếu",
        "number of the identity card, citizen identity card or passport",
    )
    INFORMATION_REQUESTED = (
        "information_requested",
        "Thông tin được yêu cầu cung cấp",
        "the information requested",
    )
    DOCUMENT_NAMES = (
        "document_names",
        "Chỉ rõ tên văn bản, hồ sơ, tài liệu",
        "the names of the documents, files or records",
    )
    PROVISION_FORM = ("provision_form", "Hình thức cung cấp thông tin", "the form of provision")
    REASON_AND_PURPOSE = (
        "reason_and_purpose",
        "Lý do, mục đích yêu cầu cung cấp thông tin",
        "the reason and purpose of the request",
    )
    NOT_IN_VIETNAMESE = (
        "not_in_vietnamese",
        "Phiếu yêu cầu phải được thể hiện bằng tiếng Việt",
        "the request form must be in Vietnamese",
    )
    CONSENT_DOCUMENT = (
        "consent_document",
        "Văn bản đồng ý của cá nhân, tổ chức liên quan",
        "the written consent of the person or organisation concerned",
    )
    THROUGH_LEGAL_REPRESENTATIVE = (
        "through_legal_representative",
        "Người mất năng lực hành vi dân sự yêu cầu thông qua người đại diện theo pháp luật",
        "a person who has lost civil act capacity asks through the legal representative",
    )
    THROUGH_GUARDIAN = (
        "through_guardian",
        "Người có khó khăn trong nhận thức, làm chủ hành vi yêu cầu thông qua người giám hộ",
        "a person with difficulties in cognition and behaviour control asks through the guardian",
    )
    MINOR_THROUGH_LEGAL_REPRESENTATIVE = (
        "minor_through_legal_representative",
        "Người dưới 18 tuổi yêu cầu thông qua người đại diện theo pháp luật",
        "a person under 18 asks through the legal representative",
    )
    INTERMEDIARY_NOT_PROVIDED_FOR = (
        "intermediary_not_provided_for",
        "Người yêu cầu trực tiếp hoặc ủy quyền cho người khác",
        "an adult with full capacity asks in person or through a person he or she authorises",
    )
    REPRESENTATIVE = (
        "representative",
        "Họ, tên, giấy tờ tùy thân của người được ủy quyền và giấy tờ chứng minh việc ủy quyền",
        "the name and identity papers of the authorised person, and the paper that proves the "
        "authorisation (art. 24(1)(a); none is asked of a legal representative or guardian)",
    )
    GROUP_ROUTE_FOR_CITIZENS = (
        "group_route_for_citizens",
        "Yêu cầu thông qua tổ chức, đoàn thể, doanh nghiệp dành cho công dân",
        "asking through an organisation is open to citizens, with form 01b",
    )
    GROUP_ORGANISATION = (
        "group_organisation",
        "Tên tổ chức, đoàn thể, doanh nghiệp và người đại diện được cử",
        "the organisation and the representative it appoints",
    )
    GROUP_MANY_MEMBERS = (
        "group_many_members",
        "Nhiều người trong tổ chức có cùng yêu cầu",
        "several members with the same request (at least two)",
    )
    GROUP_MEMBER_STANDING = (
        "group_member_standing",
        "Người trong danh sách yêu cầu thông qua tổ chức, đoàn thể, doanh nghiệp phải là công dân",
        "everyone on the list of a request through an organisation must be a citizen",
    )
    GROUP_MEMBER_LIST = (
        "group_member_list",
        "Danh sách: họ, tên; số chứng minh nhân dân hoặc thẻ căn cước công dân hoặc hộ chiếu "
        "và lý do, mục đích của từng người",
        "the list: name, identity number, reason and purpose of each member",
    )


@dataclass(frozen=True, slots=True)
class Deficiency(Result):
    """One deficiency of a request: the item the law requires, and where it was found."""

    item: RequestDeficiency
    detail: str | None = None

    @property
    def citation(self) -> Citation:
        """The unit of law that requires the item, under the bundled 2016 ruleset (docs only;
        a decision cites it with ``item.citation_in(rules)``)."""
        return self.item.citation

    def citation_in(self, rules: Ruleset) -> Citation:
        """The unit of law that requires the item under ``rules``."""
        return self.item.citation_in(rules)


def _identity_gaps(who: RequesterIdentity, where: str) -> list[Deficiency]:
    gaps: list[Deficiency] = []
    if is_blank(who.full_name):
        gaps.append(Deficiency(item=RequestDeficiency.FULL_NAME, detail=where))
    if is_blank(who.residence_address):
        gaps.append(Deficiency(item=RequestDeficiency.RESIDENCE_ADDRESS, detail=where))
    if who.id_kind is None or is_blank(who.id_number):
        gaps.append(Deficiency(item=RequestDeficiency.ID_NUMBER, detail=where))
    return gaps


def _content_gaps(req: RequestedInformation) -> list[Deficiency]:
    gaps: list[Deficiency] = []
    if is_blank(req.description):
        gaps.append(Deficiency(item=RequestDeficiency.INFORMATION_REQUESTED))
    if not any(not is_blank(n) for n in req.document_names):
        gaps.append(Deficiency(item=RequestDeficiency.DOCUMENT_NAMES))
    if req.provision_form is None:
        gaps.append(Deficiency(item=RequestDeficiency.PROVISION_FORM))
    if is_blank(req.reason_and_purpose):
        gaps.append(Deficiency(item=RequestDeficiency.REASON_AND_PURPOSE))
    return gaps


def request_form(form: object) -> RequestForm | GroupRequestForm:
    """A request form (01a or 01b) from a model, a mapping or JSON text (by its ``form`` tag)."""
    if isinstance(form, RequestForm | GroupRequestForm):
        return form
    tag = form.get("form") if isinstance(form, dict) else None
    if tag == "01b":
        return validate_input(GroupRequestForm, form, what="form 01b")
    return validate_input(RequestForm, form, what="form 01a")


def check_form(form: RequestForm | GroupRequestForm | dict[str, object]) -> tuple[Deficiency, ...]:
    """The contents art. 24(2) requires that the form lacks, in the order of art. 24(2).

    For form 01b the identity of point a is the representative's (the people on the list
    are checked by :func:`tiepcan.rules.requesters.check_group_list`). Art. 24(2) asks for
    "tên văn bản, hồ sơ, tài liệu": we require at least one name (interpretation
    ``document-names-required``); where the requester cannot name it, art. 26(2) has the
    agency help make the request clear.
    """
    form = request_form(form)
    who = form.requester if isinstance(form, RequestForm) else form.representative
    where = "requester" if isinstance(form, RequestForm) else "representative"
    gaps = _identity_gaps(who, where) + _content_gaps(form.request)
    if not form.in_vietnamese:
        gaps.append(Deficiency(item=RequestDeficiency.NOT_IN_VIETNAMESE))
    return tuple(gaps)


def check_consents(  # not in __all__: assess uses access.unmet_conditions (art. 7(3) too)
    needed: tuple[ConditionalCategory | str, ...],
    consents: tuple[ConsentDocument | dict[str, object], ...],
) -> tuple[ConditionalCategory, ...]:
    """The art. 7(1)–(2) categories for which no attached consent is found (art. 24(3))."""
    wanted = members(ConditionalCategory, needed, field="needed")
    if isinstance(consents, str | bytes) or not isinstance(consents, list | tuple):
        raise InvalidInputError(
            detail=f"consents: expected a list of form 06, got {echo(consents)}"
        )
    docs = [validate_input(ConsentDocument, d, what="consent (form 06)") for d in consents]
    covered = {c for doc in docs for c in doc.covers}
    return tuple(dict.fromkeys(c for c in wanted if c not in covered))


class ElectronicMethod(CitedStrEnum):
    """Art. 30(2): the ways of providing information electronically."""

    EMAIL_ATTACHMENT = (
        "email_attachment",
        "Gửi tập tin đính kèm thư điện tử",
        "a file attached to an e-mail",
    )
    ONE_TIME_ACCESS_CODE = (
        "one_time_access_code",
        "Cung cấp mã truy cập một lần",
        "a one-time access code",
    )
    DOWNLOAD_ADDRESS = (
        "download_address",
        "Chỉ dẫn địa chỉ truy cập để tải thông tin",
        "the address from which to download it",
    )


def electronic_provision_possible(*, transmissible_file: bool, technical_means: bool) -> bool:
    """Art. 30(1): both conditions — an existing file that can be sent, and the agency's means."""
    file_ok = flag(transmissible_file, field="transmissible_file")
    means_ok = flag(technical_means, field="technical_means")
    return file_ok and means_ok


class CostStatus(CitedStrEnum):
    """Where the actual costs of printing, copying and sending stand (arts. 12(2), 27, 28(1)(e))."""

    NO_COSTS = (
        "no_costs",
        "Không phát sinh chi phí in, sao, chụp, gửi",
        "no costs of printing, copying or sending arise",
    )
    AWAITING_PAYMENT = (
        "awaiting_payment",
        "Đã thông báo chi phí, chờ thanh toán",
        "costs notified, payment awaited (pay before provision, Decree 13 art. 13(2))",
    )
    PAID = ("paid", "Đã thanh toán chi phí", "costs paid")
    NOT_PAID = (
        "not_paid",
        "Người yêu cầu không thanh toán chi phí",
        "the requester has not paid the costs",
    )


class ReceiptDuty(CitedStrEnum):
    """What the agency must do with a request it receives (arts. 24(1)(a), 26, 27, 28(2))."""

    REGISTER = (
        "register",
        "Tiếp nhận yêu cầu và vào Sổ theo dõi cung cấp thông tin theo yêu cầu",
        "receive the request and enter it in the register of requests",
    )
    HELP_FILL_FORM = (
        "help_fill_form",
        "Hướng dẫn, giúp người yêu cầu điền Phiếu yêu cầu",
        "guide the requester in filling in the form, or fill it in for one who cannot write",
    )
    GUIDE_TO_COMPLETE = (
        "guide_to_complete",
        "Hướng dẫn người yêu cầu bổ sung",
        "guide the requester to complete the request",
    )
    NOTIFY_AND_REDIRECT = (
        "notify_and_redirect",
        "Thông báo và hướng dẫn người yêu cầu đến cơ quan có trách nhiệm cung cấp thông tin",
        "tell the requester and direct him or her to the agency responsible",
    )
    NOTIFY_TERMS = (
        "notify_terms",
        "Thông báo về thời hạn, địa điểm, hình thức cung cấp thông tin, chi phí và phương "
        "thức, thời hạn thanh toán",
        "notify the time limit, place, form, costs and the method and deadline of payment",
    )
    REFUSE_IN_WRITING = (
        "refuse_in_writing",
        "Thông báo bằng văn bản và nêu rõ lý do từ chối",
        "refuse in writing, stating the reasons",
    )


class NoticeItem(CitedStrEnum):
    """Art. 27: what the notice on a valid request states (form 03)."""

    TIME_LIMIT = ("time_limit", "Thời hạn cung cấp thông tin", "the time limit")
    PLACE = ("place", "Địa điểm cung cấp thông tin", "the place")
    FORM = ("form", "Hình thức cung cấp thông tin", "the form of provision")
    COSTS = (
        "costs",
        "Chi phí thực tế để in, sao, chụp, gửi thông tin qua dịch vụ bưu chính, fax (nếu có)",
        "the actual costs of printing, copying and sending by post or fax (if any)",
    )
    PAYMENT = ("payment", "Phương thức, thời hạn thanh toán", "the method and deadline of payment")
