"""The grounds of art. 28(1) at their edges (issue 12).

Law 104/2016/QH13 art. 28(1): b — information disclosed under art. 17, except the cases of
art. 23(1) (a: due but not yet disclosed; b: its disclosure period expired; c: disclosed,
but force majeure keeps the requester from it); d — provided twice already to the same
requester, unless he or she has a legitimate reason; đ — beyond the agency's capacity or
disrupting its normal work (either suffices); e — the requester has not paid the costs
(paid before provision, Decree 13/2018/NĐ-CP art. 13(2); costs still awaited are not a
refusal). Art. 10(1): citizens freely access disclosed information.
"""

from __future__ import annotations

import pytest

from tiepcan.rules.refusals import (
    GroundException,
    already_disclosed,
    already_provided_twice,
    exceeds_capacity,
    published_information_exception,
    unpaid_costs,
)

LAW = "Law 104/2016/QH13 on Access to Information, art. "
R = "ati-2016"


def labels(ground: object) -> list[str]:
    return [c.label_en for c in ground.citations]  # type: ignore[attr-defined]


def test_ground_b_applies_only_to_information_currently_disclosed() -> None:
    g = already_disclosed("disclosed", force_majeure=False, rules=R)
    assert g is not None and g.ground.value == "b"
    assert labels(g) == [f"{LAW}28(1)(b)", f"{LAW}17", f"{LAW}10(1)"]
    assert (
        g.reason.en == "the information is disclosed under art. 17; citizens may access it freely"
    )
    assert g.reason.vi == "Thông tin đang được công khai theo Điều 17; công dân tự do tiếp cận"
    for status in (
        "due_not_yet_disclosed",
        "disclosure_period_expired",
        "not_subject_to_disclosure",
    ):
        assert already_disclosed(status, force_majeure=False, rules=R) is None, status
    # art. 23(1)(c): disclosed, but force majeure keeps the requester from it
    assert already_disclosed("disclosed", force_majeure=True, rules=R) is None


@pytest.mark.parametrize(
    ("status", "force_majeure", "exception"),
    [
        ("due_not_yet_disclosed", False, GroundException.NOT_YET_DISCLOSED),
        ("due_not_yet_disclosed", True, GroundException.NOT_YET_DISCLOSED),
        ("disclosure_period_expired", False, GroundException.DISCLOSURE_PERIOD_EXPIRED),
        ("disclosed", True, GroundException.FORCE_MAJEURE),
        ("disclosed", False, None),
        ("not_subject_to_disclosure", True, None),
    ],
)
def test_the_art_23_1_exceptions(status: str, force_majeure: bool, exception: object) -> None:
    assert published_information_exception(status, force_majeure=force_majeure) is exception


def test_ground_d_from_the_third_request_without_a_legitimate_reason() -> None:
    """ "Đã được cung cấp 02 lần": two provisions before; the third request is refused."""
    assert already_provided_twice(0, legitimate_reason=False, rules=R) is None
    assert already_provided_twice(1, legitimate_reason=False, rules=R) is None
    assert already_provided_twice(2, legitimate_reason=True, rules=R) is None
    g = already_provided_twice(2, legitimate_reason=False, rules=R)
    assert g is not None and labels(g) == [f"{LAW}28(1)(d)"]
    assert g.reason.en == "provided 2 times to this requester already, with no legitimate reason"
    assert g.reason.vi == (
        "Thông tin đã được cung cấp 2 lần cho chính người yêu cầu, không có lý do chính đáng"
    )
    three = already_provided_twice(3, legitimate_reason=False, rules=R)
    assert three is not None and three.reason.en.startswith("provided 3 times")


def test_ground_dd_either_limb_suffices() -> None:
    assert exceeds_capacity(exceeds=False, disrupts=False, rules=R) is None
    both = exceeds_capacity(exceeds=True, disrupts=True, rules=R)
    assert both is not None and labels(both) == [f"{LAW}28(1)(đ)"]
    assert both.reason.en == (
        "the request exceeds the agency's capacity and would disrupt the agency's normal work"
    )
    assert both.reason.vi == (
        "Yêu cầu vượt quá khả năng đáp ứng và làm ảnh hưởng đến hoạt động bình thường của cơ quan"
    )
    only_capacity = exceeds_capacity(exceeds=True, disrupts=False, rules=R)
    assert only_capacity is not None
    assert only_capacity.reason.en == "the request exceeds the agency's capacity"
    assert only_capacity.reason.vi == "Yêu cầu vượt quá khả năng đáp ứng"
    only_work = exceeds_capacity(exceeds=False, disrupts=True, rules=R)
    assert only_work is not None
    assert only_work.reason.en == "the request would disrupt the agency's normal work"
    assert only_work.reason.vi == "Yêu cầu làm ảnh hưởng đến hoạt động bình thường của cơ quan"


def test_ground_e_only_when_not_paid() -> None:
    for status in ("no_costs", "awaiting_payment", "paid"):
        assert unpaid_costs(status, rules=R) is None, status
    g = unpaid_costs("not_paid", rules=R)
    assert g is not None and labels(g)[:2] == [f"{LAW}28(1)(e)", f"{LAW}12(2)"]
    assert g.reason.en == (
        "the requester has not paid the actual costs of printing, copying or sending"
    )
    assert g.reason.vi == (
        "Người yêu cầu không thanh toán chi phí thực tế để in, sao, chụp, gửi thông tin"
    )
