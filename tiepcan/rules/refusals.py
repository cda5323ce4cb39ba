"""Từ chối yêu cầu cung cấp thông tin — refusing a request.

Implements Law 104/2016/QH13, art. 28. Clause 1 lists the only grounds on which a state
agency refuses to provide information, points a, b, c, d, đ, e; clause 2 requires the
refusal in writing, with reasons (Decree 13/2018/NĐ-CP art. 5(1)(đ), form 05).

Two grounds carry their own exceptions, applied here in the law's order (base rule, then
exception):

* point b (information disclosed under art. 17) does not apply in the cases of art. 23(1):
  not yet disclosed within its period (a), period expired (b), force majeure (c);
* point d (already provided twice to the same requester) does not apply where the requester
  has a legitimate reason ("lý do chính đáng"), which is the agency's finding.

Member values are the law's letters in ASCII ("dd" for đ, so that JSON and URLs stay
simple); ``.letter`` is the law's own letter.

>>> RefusalGround.UNPAID_COSTS.citation.label
'Điều 28 khoản 1 điểm e Luật Tiếp cận thông tin số 104/2016/QH13'
>>> RefusalGround.UNPAID_COSTS.citation.text()[:49]
'Người yêu cầu cung cấp thông tin không thanh toán'
>>> RefusalGround("dd").letter, RefusalGround("dd").name
('đ', 'EXCEEDS_CAPACITY')
>>> already_provided_twice(2, legitimate_reason=False).ground
<RefusalGround.ALREADY_PROVIDED_TWICE: 'd'>
>>> already_provided_twice(2, legitimate_reason=True) is None
True
>>> already_disclosed("disclosed", force_majeure=True) is None
True
>>> [e.citation.label_en for e in RefusalGround.ALREADY_DISCLOSED.exceptions]  # doctest: +NORMALIZE_WHITESPACE
['Law 104/2016/QH13 on Access to Information, art. 23(1)(a)',
 'Law 104/2016/QH13 on Access to Information, art. 23(1)(b)',
 'Law 104/2016/QH13 on Access to Information, art. 23(1)(c)']
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Annotated, ClassVar

from pydantic import Field, model_validator

from tiepcan._input import FrozenModel
from tiepcan.citations import Citation, law
from tiepcan.rules._cited import CitedStrEnum
from tiepcan.rules.access import (
    ConditionalCategory,
    DisclosureStatus,
    NotAccessibleGround,
)
from tiepcan.rules.requests import CostStatus, DecreeForm

__all__ = [
    "GroundException",
    "RefusalGround",
    "RefusalNotice",
    "StatedGround",
    "already_disclosed",
    "already_provided_twice",
    "exceeds_capacity",
    "not_accessible_or_conditions_unmet",
    "not_responsible",
    "published_information_exception",
    "unpaid_costs",
]

_Text = Annotated[str, Field(min_length=1)]


class RefusalGround(CitedStrEnum):
    """Art. 28(1): the closed list of grounds of refusal, one member per point.

    Each Vietnamese label is the text of its point, verbatim.
    """

    NOT_ACCESSIBLE_OR_CONDITIONS_UNMET = (
        "a",
        "Thông tin quy định tại Điều 6 của Luật này; thông tin không đáp ứng điều kiện quy định "
        "tại Điều 7 của Luật này",
        "information of art. 6, or art. 7 information whose conditions are not met",
        ("law", 28, 1, "a"),
    )
    ALREADY_DISCLOSED = (
        "b",
        "Thông tin được công khai theo quy định tại Điều 17 của Luật này, trừ trường hợp quy "
        "định tại khoản 1 Điều 23 của Luật này",
        "information disclosed under art. 17, except the cases of art. 23(1)",
        ("law", 28, 1, "b"),
    )
    NOT_RESPONSIBLE = (
        "c",
        "Thông tin được yêu cầu không thuộc trách nhiệm cung cấp",
        "the agency is not responsible for providing the information",
        ("law", 28, 1, "c"),
    )
    ALREADY_PROVIDED_TWICE = (
        "d",
        "Thông tin đã được cung cấp hai lần cho chính người yêu cầu, trừ trường hợp người yêu "
        "cầu có lý do chính đáng",
        "already provided twice to the same requester, unless he or she has a legitimate reason",
        ("law", 28, 1, "d"),
    )
    EXCEEDS_CAPACITY = (
        "dd",
        "Thông tin được yêu cầu vượt quá khả năng đáp ứng hoặc làm ảnh hưởng đến hoạt động "
        "bình thường của cơ quan",
        "the request exceeds the agency's capacity or disrupts its normal work",
        ("law", 28, 1, "đ"),
    )
    UNPAID_COSTS = (
        "e",
        "Người yêu cầu cung cấp thông tin không thanh toán chi phí thực tế để in, sao, chụp, "
        "gửi thông tin qua dịch vụ bưu chính, fax",
        "the requester has not paid the actual costs of printing, copying or sending",
        ("law", 28, 1, "e"),
    )

    @property
    def letter(self) -> str:
        """The law's own letter of the point: a, b, c, d, đ, e."""
        return "đ" if self.value == "dd" else self.value

    @property
    def exceptions(self) -> tuple[GroundException, ...]:
        """The exceptions the law writes into this ground (points b and d only)."""
        return tuple(e for e in GroundException if e.ground is self)


class GroundException(CitedStrEnum):
    """The exceptions inside the grounds: art. 23(1)(a)–(c) for point b; "lý do chính
    đáng" (a legitimate reason) for point d."""

    NOT_YET_DISCLOSED = (
        "not_yet_disclosed",
        "Thông tin trong thời hạn công khai nhưng chưa được công khai",
        "within its disclosure period but not yet disclosed",
        ("law", 23, 1, "a"),
    )
    DISCLOSURE_PERIOD_EXPIRED = (
        "disclosure_period_expired",
        "Thông tin hết thời hạn công khai theo quy định của pháp luật",
        "its disclosure period under the law has expired",
        ("law", 23, 1, "b"),
    )
    FORCE_MAJEURE = (
        "force_majeure",
        "Thông tin đang được công khai nhưng vì lý do bất khả kháng người yêu cầu không thể "
        "tiếp cận được",
        "disclosed, but force majeure prevents the requester from reaching it",
        ("law", 23, 1, "c"),
    )
    LEGITIMATE_REASON = (
        "legitimate_reason",
        "Người yêu cầu có lý do chính đáng",
        "the requester has a legitimate reason to ask again",
        ("law", 28, 1, "d"),
    )

    @property
    def ground(self) -> RefusalGround:
        """The ground this exception lifts."""
        if self is GroundException.LEGITIMATE_REASON:
            return RefusalGround.ALREADY_PROVIDED_TWICE
        return RefusalGround.ALREADY_DISCLOSED


def published_information_exception(
    status: DisclosureStatus, *, force_majeure: bool
) -> GroundException | None:
    """Which art. 23(1) exception lifts point b for art. 17 information, if any.

    Information that art. 17 does not cover has no exception to find: point b cannot apply
    to it in the first place.
    """
    if status is DisclosureStatus.DUE_NOT_YET_DISCLOSED:
        return GroundException.NOT_YET_DISCLOSED
    if status is DisclosureStatus.DISCLOSURE_PERIOD_EXPIRED:
        return GroundException.DISCLOSURE_PERIOD_EXPIRED
    if status is DisclosureStatus.DISCLOSED and force_majeure:
        return GroundException.FORCE_MAJEURE
    return None


class StatedGround(FrozenModel):
    """A ground of refusal as stated to the requester: the ground, its reasons, its sources.

    Art. 28(2) requires the reasons to be stated ("nêu rõ lý do"), so both reasons are
    required. ``supporting`` holds the other units of law the reason relies on (e.g. art.
    6(1) behind point a); ``citations`` puts the ground's own citation first.
    """

    ground: RefusalGround
    reason_vi: _Text
    reason_en: _Text
    supporting: tuple[Citation, ...] = ()

    @property
    def citation(self) -> Citation:
        return self.ground.citation

    @property
    def citations(self) -> tuple[Citation, ...]:
        return (self.ground.citation, *(c for c in self.supporting if c != self.ground.citation))


def _stated(ground: RefusalGround, vi: str, en: str, *supporting: Citation) -> StatedGround:
    return StatedGround(ground=ground, reason_vi=vi, reason_en=en, supporting=supporting)


def not_accessible_or_conditions_unmet(
    not_accessible: Iterable[NotAccessibleGround],
    unmet: Iterable[ConditionalCategory],
) -> StatedGround | None:
    """Point a: art. 6 information, or art. 7 information whose conditions are not met.

    ``not_accessible`` must already leave out a declassified state secret (art. 6(1)).
    """
    barred, pending = tuple(not_accessible), tuple(unmet)
    if not barred and not pending:
        return None
    vi = "; ".join(
        [g.label_vi for g in barred] + [f"{c.label_vi}: chưa có sự đồng ý" for c in pending]
    )
    en = "; ".join([g.label_en for g in barred] + [f"{c.label_en}: no consent" for c in pending])
    cites = [g.citation for g in barred] + [c.citation for c in pending]
    return _stated(RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET, vi, en, *dict.fromkeys(cites))


def already_disclosed(
    status: DisclosureStatus | str, *, force_majeure: bool
) -> StatedGround | None:
    """Point b, with the art. 23(1) exceptions: only currently disclosed art. 17 information
    for which no force majeure is shown is refused on this ground."""
    status = DisclosureStatus.coerce(status, field="disclosure")
    if status is not DisclosureStatus.DISCLOSED:
        return None
    if published_information_exception(status, force_majeure=force_majeure) is not None:
        return None
    return _stated(
        RefusalGround.ALREADY_DISCLOSED,
        "Thông tin đang được công khai theo Điều 17; công dân tự do tiếp cận",
        "the information is disclosed under art. 17; citizens may access it freely",
        law(17),
        law(10, 1),
    )


def not_responsible(reason_vi: str, reason_en: str, *supporting: Citation) -> StatedGround:
    """Point c: the agency is not responsible for providing the information (art. 9)."""
    return _stated(RefusalGround.NOT_RESPONSIBLE, reason_vi, reason_en, *supporting)


def already_provided_twice(times_provided: int, *, legitimate_reason: bool) -> StatedGround | None:
    """Point d: provided twice already to this requester, and no legitimate reason shown.

    "Hai lần" is read as two completed provisions of the same information to the same
    requester; this request would be the third (interpretation ``TWICE_MEANS_TWO_BEFORE``).
    """
    if times_provided < 2 or legitimate_reason:
        return None
    return _stated(
        RefusalGround.ALREADY_PROVIDED_TWICE,
        f"Thông tin đã được cung cấp {times_provided} lần cho chính người yêu cầu, không có lý do chính đáng",
        f"provided {times_provided} times to this requester already, with no legitimate reason",
    )


def exceeds_capacity(*, exceeds: bool, disrupts: bool) -> StatedGround | None:
    """Point đ: beyond the agency's capacity, or disrupting its normal work (either suffices)."""
    if not (exceeds or disrupts):
        return None
    vi = [
        s
        for s, on in (
            ("vượt quá khả năng đáp ứng", exceeds),
            ("làm ảnh hưởng đến hoạt động bình thường của cơ quan", disrupts),
        )
        if on
    ]
    en = [
        s
        for s, on in (
            ("exceeds the agency's capacity", exceeds),
            ("would disrupt the agency's normal work", disrupts),
        )
        if on
    ]
    return _stated(
        RefusalGround.EXCEEDS_CAPACITY,
        "Yêu cầu " + " và ".join(vi),
        "the request " + " and ".join(en),
    )


def unpaid_costs(status: CostStatus | str) -> StatedGround | None:
    """Point e: the requester has not paid the actual costs (paid before provision,
    Decree 13 art. 13(2)). Costs still awaited are not yet a refusal."""
    status = CostStatus.coerce(status, field="costs")
    if status is not CostStatus.NOT_PAID:
        return None
    return _stated(
        RefusalGround.UNPAID_COSTS,
        "Người yêu cầu không thanh toán chi phí thực tế để in, sao, chụp, gửi thông tin",
        "the requester has not paid the actual costs of printing, copying or sending",
        law(12, 2),
    )


class RefusalNotice(FrozenModel):
    """Mẫu số 05 — the written refusal (art. 28(2); Decree 13 art. 5(1)(đ)).

    It states each ground with its reasons (at least one; no ground twice). A refusal on
    point c may name the agency to turn to (art. 26(3)); one on point b may say where the
    information is published (art. 10(1)).
    """

    FORM: ClassVar[DecreeForm] = DecreeForm.FORM_05

    agency: _Text
    requester_name: _Text
    request_received_on: date
    information_requested: _Text
    grounds: tuple[StatedGround, ...] = Field(min_length=1)
    redirect_to: str | None = None
    published_at: str | None = None
    issued_on: date

    @model_validator(mode="after")
    def _grounds_distinct(self) -> RefusalNotice:
        kinds = [g.ground for g in self.grounds]
        if len(set(kinds)) != len(kinds):
            raise ValueError("each ground of art. 28(1) is stated once")
        if self.issued_on < self.request_received_on:
            raise ValueError("issued_on is before the request was received")
        return self

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Art. 28(2) and every citation of every ground, without repeats."""
        cites = [law(28, 2), *(c for g in self.grounds for c in g.citations)]
        return tuple(dict.fromkeys(cites))
