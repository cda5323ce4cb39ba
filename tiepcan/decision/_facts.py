"""Thông tin được yêu cầu — what the agency knows of the information asked for.

The input of :func:`tiepcan.decision.assess` besides the request and the requester: the
agency's findings of fact (:class:`InformationFacts`), each field named after the provision
whose case it is — art. 2(1) (held), art. 6 (not accessible; clause 1, second paragraph:
declassified), art. 7 (conditional access, person by person; clause 3: the head of agency's
decision), art. 9 (responsibility), art. 17 (disclosure status), art. 23 (information
provided on request), art. 25(2), 30(1) (the form of provision), art. 28(1)(d)–(e) (provided
twice, capacity, costs) and Decree 13 arts. 7(2) (protected parts, :class:`ProtectedPart`),
14(2) (information created before the law). Law 01/2026/QH16 adds historical archives (art.
16(3)).

The former names of some facts are refused with the error ``renamed-input``, which names the
new input (:func:`_former_flags`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from pydantic import Field, model_validator

from tiepcan.foundation._input import FrozenModel
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.terms import Complexity
from tiepcan.rules.access import (
    ConditionalCategory,
    ConditionalInformation,
    DisclosureStatus,
    HeadOfAgencyDecision,
    NotAccessibleGround,
)
from tiepcan.rules.requests import CostStatus
from tiepcan.rules.responsibility import ResponsibilityFacts


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
