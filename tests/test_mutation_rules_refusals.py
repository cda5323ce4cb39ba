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

import copy
from datetime import date
from typing import Any

import pytest

from tiepcan import InvalidInputError
from tiepcan._model import Text
from tiepcan.errors import ERROR_CODES
from tiepcan.rules.refusals import (
    GroundException,
    already_disclosed,
    already_provided_twice,
    exceeds_capacity,
    published_information_exception,
    refusal_notice_of,
    state_ground,
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


# --------------------------------------------------------------------------------------
# Form 05 (art. 28(2); Decree 13 art. 5(1)(đ)): in writing, every ground with its reasons.


def _notice() -> Any:
    ground = unpaid_costs("not_paid", rules=R)
    assert ground is not None
    return refusal_notice_of(
        [ground],
        agency="Sở Tư pháp",
        requester_name="Nguyễn Văn A",
        request_received_on=date(2024, 2, 7),
        information_requested="Quyết định 12/QĐ-UBND",
        issued_on=date(2024, 2, 20),
        rules=R,
    )


def test_form_05_cites_art_28_2_then_each_ground() -> None:
    n = _notice()
    assert [c.label_en for c in n.citations] == [
        f"{LAW}28(2)",
        f"{LAW}28(1)(e)",
        f"{LAW}12(2)",
        f"{LAW}27",
        "Decree 13/2018/NĐ-CP, art. 13(2)",
    ]
    cites = f"{LAW}28(1)(e); {LAW}12(2); {LAW}27; Decree 13/2018/NĐ-CP, art. 13(2)"
    reason = "the requester has not paid the actual costs of printing, copying or sending"
    assert n.explain("en").splitlines() == [
        "Refusal (Sở Tư pháp, 2024-02-20)",
        f"  - {reason}: {reason} [{cites}]",
    ]
    vi = n.explain("vi").splitlines()
    assert vi[0] == "Thông báo từ chối (Sở Tư pháp, 2024-02-20)"
    # the wording is the text of art. 28(1)(e)
    assert vi[1].startswith(
        "  - Người yêu cầu cung cấp thông tin không thanh toán chi phí thực tế để in, sao, chụp, "
        "gửi thông tin qua dịch vụ bưu chính, fax: Người yêu cầu không thanh toán"
    )
    assert vi[1].endswith("[Điều 28 khoản 1 điểm e Luật Tiếp cận thông tin số 104/2016/QH13; "
                          "Điều 12 khoản 2 Luật Tiếp cận thông tin số 104/2016/QH13; Điều 27 "
                          "Luật Tiếp cận thông tin số 104/2016/QH13; Điều 13 khoản 2 Nghị định "
                          "13/2018/NĐ-CP]")  # fmt: skip


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda n: n.update(agency=" "), "form 05 names the agency: ' '"),
        (lambda n: n.update(requester_name=" "), "form 05 names the requester name: ' '"),
        (lambda n: n.update(information_requested=" "),
         "form 05 names the information requested: ' '"),
        (lambda n: n.update(grounds=[]), "a refusal states at least one ground (art. 28(2)): ()"),
        (lambda n: n.update(grounds=n["grounds"] * 2),
         "each ground of art. 28(1) is stated once: ['e', 'e']"),
        (lambda n: n.update(issued_on="2024-02-06"),
         "issued_on is before the request was received: datetime.date(2024, 2, 6)"),
        (lambda n: n.update(citations=[]),
         "the notice cites art. 28(2) and every ground's citations: ()"),
    ],
)  # fmt: skip
def test_a_tampered_form_05_is_refused(change: Any, detail: str) -> None:
    n = _notice()
    data = copy.deepcopy(n.to_dict())
    change(data)
    with pytest.raises(InvalidInputError) as err:
        type(n).from_dict(data)
    assert err.value.code == "inconsistent-result"
    assert (err.value.message_vi, err.value.message_en) == ERROR_CODES["inconsistent-result"]
    assert err.value.detail == detail


def test_form_05_on_the_day_of_the_request_is_accepted() -> None:
    n = _notice()
    same_day = type(n).from_dict({**n.to_dict(), "issued_on": "2024-02-07"})
    assert same_day.issued_on == date(2024, 2, 7)


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda g: g.update(citations=[]), "a stated ground cites its point of art. 28(1)"),
        (lambda g: g.update(citations=g["citations"][:1] * 2),
         "a stated ground cites each unit of law once"),
        (lambda g: g["reason"].update(vi=" "),
         "a ground is stated with its wording and reasons (art. 28(2))"),
        (lambda g: g["wording"].update(en=" "),
         "a ground is stated with its wording and reasons (art. 28(2))"),
    ],
)  # fmt: skip
def test_a_tampered_ground_is_refused(change: Any, detail: str) -> None:
    g = unpaid_costs("not_paid", rules=R)
    assert g is not None
    data = copy.deepcopy(g.to_dict())
    change(data)
    with pytest.raises(InvalidInputError) as err:
        type(g).from_dict(data)
    assert err.value.code == "inconsistent-result"
    assert err.value.detail is not None and err.value.detail.startswith(detail + ": ")


def test_a_ground_is_stated_with_reasons() -> None:
    """Art. 28(2): "nêu rõ lý do"."""
    g = state_ground("a", Text("Bí mật nhà nước", "a state secret"), rules=R)
    assert [c.label_en for c in g.citations] == [f"{LAW}28(1)(a)"]
    for reason in (Text("", "x"), Text("x", " "), "a state secret"):
        with pytest.raises(InvalidInputError) as err:
            state_ground("a", reason, rules=R)  # type: ignore[arg-type]
        assert err.value.detail == (
            f"the reasons of a refusal must be stated (art. 28(2)): reason={reason!r}"
        )
    with pytest.raises(InvalidInputError) as err:
        state_ground("a", Text("x", "y"), "not a citation", rules=R)  # type: ignore[arg-type]
    assert err.value.detail == "supporting citations: ('not a citation',)"


def test_form_05_input_refused() -> None:
    g = unpaid_costs("not_paid", rules=R)
    kw: dict[str, Any] = {
        "agency": "a",
        "requester_name": "b",
        "request_received_on": date(2024, 2, 7),
        "information_requested": "c",
        "issued_on": date(2024, 2, 20),
        "rules": R,
    }
    for name, value in (("request_received_on", "2024-02-07"), ("issued_on", None)):
        with pytest.raises(InvalidInputError) as err:
            refusal_notice_of([g], **{**kw, name: value})
        assert err.value.code == "invalid-date"
        assert err.value.detail == f"not a date: {name}={value!r}"
    for name in ("agency", "requester_name", "information_requested"):
        with pytest.raises(InvalidInputError) as err:
            refusal_notice_of([g], **{**kw, name: 1})
        assert err.value.detail == f"{name}=1"
