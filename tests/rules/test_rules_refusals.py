"""Art. 28: the refusal grounds, their exceptions, and the written refusal (form 05)."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tiepcan.decision import assess, refusal_notice
from tiepcan.foundation._model import Text
from tiepcan.foundation.citations import decree13, law
from tiepcan.foundation.errors import ERROR_CODES, InvalidInputError, TiepCanError
from tiepcan.foundation.regimes import ATI_2016_RULES as R
from tiepcan.rules.access import ConditionalCategory, DisclosureStatus, NotAccessibleGround
from tiepcan.rules.refusals import (
    GroundException,
    RefusalGround,
    RefusalNotice,
    StatedGround,
    already_disclosed,
    already_provided_twice,
    exceeds_capacity,
    not_accessible_or_conditions_unmet,
    published_information_exception,
    refusal_notice_of,
    state_ground,
    unpaid_costs,
)
from tiepcan.rules.requests import CostStatus

LAW = "Law 104/2016/QH13 on Access to Information, art. "
#: the ruleset named by its id (R is the ruleset object)
R2016 = "ati-2016"


def labels(ground: object) -> list[str]:
    return [c.label_en for c in ground.citations]  # type: ignore[attr-defined]


def test_one_member_per_point_of_art_28_1_in_the_law_order() -> None:
    assert [g.value for g in RefusalGround] == ["a", "b", "c", "d", "dd", "e"]
    assert [g.letter for g in RefusalGround] == ["a", "b", "c", "d", "đ", "e"]


@pytest.mark.parametrize("ground", list(RefusalGround), ids=lambda g: g.value)
def test_each_ground_cites_its_point(ground: RefusalGround) -> None:
    c = ground.citation
    assert (c.instrument, c.article, c.clause, c.point) == ("104/2016/QH13", 28, 1, ground.letter)
    assert c == law(28, 1, ground.letter)
    assert c.text()
    assert ground.label_vi and ground.label_en


def test_ground_labels_quote_the_statute(shared_reference: Path) -> None:
    """Each Vietnamese label is the wording of its point in the official codification."""
    text = (shared_reference / "phapdien-tiep-can-thong-tin.md").read_text(encoding="utf-8")
    for ground in RefusalGround:
        assert f"{ground.letter}) {ground.label_vi}" in text, ground
        assert ground.label_vi == ground.citation.text().rstrip(";."), ground


def test_style_card_doctest() -> None:
    assert (
        RefusalGround.UNPAID_COSTS.citation.label
        == "Điều 28 khoản 1 điểm e Luật Tiếp cận thông tin số 104/2016/QH13"
    )
    assert (
        RefusalGround.UNPAID_COSTS.citation.text()[:49]
        == "Người yêu cầu cung cấp thông tin không thanh toán"
    )


def test_ground_accepts_its_ascii_value_and_rejects_the_vietnamese_letter_as_value() -> None:
    assert RefusalGround("dd") is RefusalGround.EXCEEDS_CAPACITY
    assert RefusalGround.coerce("e", field="ground") is RefusalGround.UNPAID_COSTS
    with pytest.raises(InvalidInputError):
        RefusalGround.coerce("đ", field="ground")


def test_exceptions_sit_inside_points_b_and_d_only() -> None:
    """Art. 28(1)(b) names art. 23(1); art. 28(1)(d) names "lý do chính đáng"."""
    assert [e.citation for e in RefusalGround.ALREADY_DISCLOSED.exceptions] == [
        law(23, 1, "a"),
        law(23, 1, "b"),
        law(23, 1, "c"),
    ]
    assert RefusalGround.ALREADY_PROVIDED_TWICE.exceptions == (GroundException.LEGITIMATE_REASON,)
    for ground in (
        RefusalGround.NOT_RESPONSIBLE,
        RefusalGround.EXCEEDS_CAPACITY,
        RefusalGround.UNPAID_COSTS,
    ):
        assert ground.exceptions == ()


def test_point_a_covers_art_6_and_unmet_art_7() -> None:
    assert not_accessible_or_conditions_unmet([], [], rules=R) is None
    stated = not_accessible_or_conditions_unmet([NotAccessibleGround.INTERNAL_MEETING], [], rules=R)
    assert stated is not None and law(6, 2) in stated.citations
    stated = not_accessible_or_conditions_unmet([], [ConditionalCategory.TRADE_SECRET], rules=R)
    assert stated is not None and law(7, 1) in stated.citations


@pytest.mark.parametrize(
    ("status", "force_majeure", "refused"),
    [
        ("not_subject_to_disclosure", False, False),  # art. 28(1)(b) is about art. 17 information
        ("disclosed", False, True),  # art. 28(1)(b)
        ("due_not_yet_disclosed", False, False),  # art. 23(1)(a)
        ("disclosure_period_expired", False, False),  # art. 23(1)(b)
        ("disclosed", True, False),  # art. 23(1)(c)
    ],
)
def test_point_b_and_the_art_23_1_exceptions(
    status: str, force_majeure: bool, refused: bool
) -> None:
    assert (already_disclosed(status, force_majeure=force_majeure, rules=R) is not None) is refused


@pytest.mark.parametrize(
    ("times", "reason", "refused"),
    [(0, False, False), (1, False, False), (2, False, True), (2, True, False), (5, False, True)],
)
def test_point_d_third_request(times: int, reason: bool, refused: bool) -> None:
    """Art. 28(1)(d): provided twice already, unless a legitimate reason."""
    assert (already_provided_twice(times, legitimate_reason=reason, rules=R) is not None) is refused


def test_point_dd_either_limb_suffices() -> None:
    assert exceeds_capacity(exceeds=False, disrupts=False, rules=R) is None
    assert exceeds_capacity(exceeds=True, disrupts=False, rules=R) is not None
    assert exceeds_capacity(exceeds=False, disrupts=True, rules=R) is not None


def test_point_e_only_when_not_paid() -> None:
    assert unpaid_costs("not_paid", rules=R) is not None
    for status in ("no_costs", "awaiting_payment", "paid"):
        assert unpaid_costs(status, rules=R) is None
    with pytest.raises(InvalidInputError):
        unpaid_costs("maybe", rules=R)


# -- the grounds of art. 28(1) stated whole: their citations and reasons, both languages -----
# b: information disclosed under art. 17, except the cases of art. 23(1) (a: due but not yet
# disclosed; b: its disclosure period expired; c: disclosed, but force majeure keeps the
# requester from it); art. 10(1): citizens freely access disclosed information. d: provided twice
# already to the same requester, unless he or she has a legitimate reason. đ: beyond the
# agency's capacity or disrupting its normal work (either suffices). e: the requester has not
# paid the costs (paid before provision, Decree 13/2018/NĐ-CP art. 13(2); costs still awaited
# are not a refusal).


def test_ground_b_applies_only_to_information_currently_disclosed() -> None:
    g = already_disclosed("disclosed", force_majeure=False, rules=R2016)
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
        assert already_disclosed(status, force_majeure=False, rules=R2016) is None, status
    # art. 23(1)(c): disclosed, but force majeure keeps the requester from it
    assert already_disclosed("disclosed", force_majeure=True, rules=R2016) is None


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
    assert already_provided_twice(0, legitimate_reason=False, rules=R2016) is None
    assert already_provided_twice(1, legitimate_reason=False, rules=R2016) is None
    assert already_provided_twice(2, legitimate_reason=True, rules=R2016) is None
    g = already_provided_twice(2, legitimate_reason=False, rules=R2016)
    assert g is not None and labels(g) == [f"{LAW}28(1)(d)"]
    assert g.reason.en == "provided 2 times to this requester already, with no legitimate reason"
    assert g.reason.vi == (
        "Thông tin đã được cung cấp 2 lần cho chính người yêu cầu, không có lý do chính đáng"
    )
    three = already_provided_twice(3, legitimate_reason=False, rules=R2016)
    assert three is not None and three.reason.en.startswith("provided 3 times")


def test_ground_dd_states_the_limb_or_limbs_that_apply() -> None:
    assert exceeds_capacity(exceeds=False, disrupts=False, rules=R2016) is None
    both = exceeds_capacity(exceeds=True, disrupts=True, rules=R2016)
    assert both is not None and labels(both) == [f"{LAW}28(1)(đ)"]
    assert both.reason.en == (
        "the request exceeds the agency's capacity and would disrupt the agency's normal work"
    )
    assert both.reason.vi == (
        "Yêu cầu vượt quá khả năng đáp ứng và làm ảnh hưởng đến hoạt động bình thường của cơ quan"
    )
    only_capacity = exceeds_capacity(exceeds=True, disrupts=False, rules=R2016)
    assert only_capacity is not None
    assert only_capacity.reason.en == "the request exceeds the agency's capacity"
    assert only_capacity.reason.vi == "Yêu cầu vượt quá khả năng đáp ứng"
    only_work = exceeds_capacity(exceeds=False, disrupts=True, rules=R2016)
    assert only_work is not None
    assert only_work.reason.en == "the request would disrupt the agency's normal work"
    assert only_work.reason.vi == "Yêu cầu làm ảnh hưởng đến hoạt động bình thường của cơ quan"


def test_ground_e_is_stated_only_when_not_paid_with_its_reason() -> None:
    for status in ("no_costs", "awaiting_payment", "paid"):
        assert unpaid_costs(status, rules=R2016) is None, status
    g = unpaid_costs("not_paid", rules=R2016)
    assert g is not None and labels(g)[:2] == [f"{LAW}28(1)(e)", f"{LAW}12(2)"]
    assert g.reason.en == (
        "the requester has not paid the actual costs of printing, copying or sending"
    )
    assert g.reason.vi == (
        "Người yêu cầu không thanh toán chi phí thực tế để in, sao, chụp, gửi thông tin"
    )


def _ground(
    letter: str, vi: str = "Cuộc họp nội bộ", en: str = "internal meeting"
) -> dict[str, object]:
    ground = RefusalGround(letter)
    return {
        "ground": letter,
        "wording": {"vi": ground.label_vi, "en": ground.label_en},
        "reason": {"vi": vi, "en": en},
        "citations": [law(28, 1, ground.letter)],
    }


def _notice(**over: object) -> RefusalNotice:
    base: dict[str, object] = {
        "agency": "UBND phường Hoàn Kiếm",
        "requester_name": "Nguyễn Văn A",
        "request_received_on": date(2024, 2, 7),
        "information_requested": "Biên bản họp nội bộ",
        "grounds": [_ground("a")],
        "issued_on": date(2024, 2, 20),
        "regime": "ati-2016",
        "user_supplied": False,
        "citations": [law(28, 2), law(28, 1, "a")],
    }
    return RefusalNotice.from_dict({**base, **over})


def test_refusal_notice_states_grounds_and_cites_art_28_2() -> None:
    """Art. 28(2): in writing, with reasons; Decree 13 art. 5(1)(đ): form 05."""
    notice = _notice()
    assert notice.citations[0] == law(28, 2)
    assert RefusalNotice.FORM.citation == decree13(5, 1, "đ")


@pytest.mark.parametrize(
    "over",
    [
        {"grounds": []},  # no ground: art. 28(2) requires the reasons
        {"grounds": [_ground("a", vi="")]},  # no reason
        {"grounds": [_ground("a")] * 2},  # a ground twice
        {"grounds": [{**_ground("a"), "ground": "f"}]},  # not a point of art. 28(1)
        {"issued_on": date(2024, 2, 1)},  # before the request came
        {"citations": [law(28, 2)]},  # the ground's own point is not cited
        {"agency": " "},  # form 05 names the agency
    ],
)
def test_refusal_notice_rejects_what_art_28_2_does_not_allow(over: dict[str, object]) -> None:
    with pytest.raises(TiepCanError):
        _notice(**over)


def test_refusal_notice_drafted_from_a_decision() -> None:
    request = {
        "channel": "postal",
        "received_on": date(2024, 2, 7),
        "form": {
            "form": "01a",
            "requester": {
                "full_name": "Nguyễn Văn A",
                "residence_address": "Hà Nội",
                "id_kind": "passport",
                "id_number": "C1234567",
            },
            "request": {
                "description": "Biên bản họp",
                "document_names": ["Biên bản 3/BB"],
                "provision_form": "postal",
                "reason_and_purpose": "Tìm hiểu",
            },
        },
    }
    decision = assess(
        request, {}, {"not_accessible": ["internal_meeting"], "exceeds_capacity": True}
    )
    notice = refusal_notice(decision, request, agency="Sở Nội vụ", issued_on=date(2024, 2, 9))
    assert [g.ground for g in notice.grounds] == [RefusalGround("a"), RefusalGround("dd")]
    assert RefusalNotice.from_json(notice.to_json()) == notice
    provide = assess(request, {}, {})
    with pytest.raises(InvalidInputError) as err:
        refusal_notice(provide, request, agency="Sở Nội vụ", issued_on=date(2024, 2, 9))
    assert err.value.code == "not-a-refusal"
    with pytest.raises(InvalidInputError):
        refusal_notice(decision, request, agency="", issued_on=date(2024, 2, 9))


def test_stated_ground_puts_its_own_citation_first() -> None:
    stated = state_ground(RefusalGround.UNPAID_COSTS, Text("x", "y"), law(12, 2), rules=R)
    assert stated.citations == (law(28, 1, "e"), law(12, 2))
    assert stated.wording == RefusalGround.UNPAID_COSTS.text  # the text of art. 28(1)(e)
    assert json.loads(stated.to_json())["ground"] == "e"
    assert StatedGround.from_json(stated.to_json()) == stated
    with pytest.raises(InvalidInputError):
        state_ground("c", Text("", "y"), rules=R)  # art. 28(2): the reasons are stated


# -- form 05 (art. 28(2); Decree 13 art. 5(1)(đ)): in writing, every ground with its reasons --


def _unpaid_costs_notice() -> Any:
    ground = unpaid_costs("not_paid", rules=R2016)
    assert ground is not None
    return refusal_notice_of(
        [ground],
        agency="Sở Tư pháp",
        requester_name="Nguyễn Văn A",
        request_received_on=date(2024, 2, 7),
        information_requested="Quyết định 12/QĐ-UBND",
        issued_on=date(2024, 2, 20),
        rules=R2016,
    )


def test_form_05_cites_art_28_2_then_each_ground() -> None:
    n = _unpaid_costs_notice()
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
    n = _unpaid_costs_notice()
    data = copy.deepcopy(n.to_dict())
    change(data)
    with pytest.raises(InvalidInputError) as err:
        type(n).from_dict(data)
    assert err.value.code == "inconsistent-result"
    assert (err.value.message_vi, err.value.message_en) == ERROR_CODES["inconsistent-result"]
    assert err.value.detail == detail


def test_form_05_on_the_day_of_the_request_is_accepted() -> None:
    n = _unpaid_costs_notice()
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
    g = unpaid_costs("not_paid", rules=R2016)
    assert g is not None
    data = copy.deepcopy(g.to_dict())
    change(data)
    with pytest.raises(InvalidInputError) as err:
        type(g).from_dict(data)
    assert err.value.code == "inconsistent-result"
    assert err.value.detail is not None and err.value.detail.startswith(detail + ": ")


def test_a_ground_is_stated_with_reasons() -> None:
    """Art. 28(2): "nêu rõ lý do"."""
    g = state_ground("a", Text("Bí mật nhà nước", "a state secret"), rules=R2016)
    assert [c.label_en for c in g.citations] == [f"{LAW}28(1)(a)"]
    for reason in (Text("", "x"), Text("x", " "), "a state secret"):
        with pytest.raises(InvalidInputError) as err:
            state_ground("a", reason, rules=R2016)  # type: ignore[arg-type]
        assert err.value.detail == (
            f"the reasons of a refusal must be stated (art. 28(2)): reason={reason!r}"
        )
    with pytest.raises(InvalidInputError) as err:
        state_ground("a", Text("x", "y"), "not a citation", rules=R2016)  # type: ignore[arg-type]
    assert err.value.detail == "supporting citations: ('not a citation',)"


def test_form_05_input_refused() -> None:
    g = unpaid_costs("not_paid", rules=R2016)
    kw: dict[str, Any] = {
        "agency": "a",
        "requester_name": "b",
        "request_received_on": date(2024, 2, 7),
        "information_requested": "c",
        "issued_on": date(2024, 2, 20),
        "rules": R2016,
    }
    for name, value in (("request_received_on", "2024-02-07"), ("issued_on", None)):
        with pytest.raises(InvalidInputError) as err:
            refusal_notice_of([g], **{**kw, name: value})
        assert err.value.code == "invalid-date"
        # the one reader of a day (tiepcan.foundation._model.as_day) words it for every engine alike
        assert err.value.detail == (
            f"not a date (a datetime.date, without time of day): {name}={value!r}"
        )
    for name in ("agency", "requester_name", "information_requested"):
        with pytest.raises(InvalidInputError) as err:
            refusal_notice_of([g], **{**kw, name: 1})
        assert err.value.detail == f"{name}=1"


# -- the public helpers validate their input like entry points do --------------------------


@pytest.mark.parametrize("bad", ["0", 0, 1, None, "false"])
def test_yes_no_findings_are_true_or_false_only(bad: object) -> None:
    with pytest.raises(InvalidInputError):
        exceeds_capacity(exceeds=bad, disrupts=False, rules=R)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        already_provided_twice(2, legitimate_reason=bad, rules=R)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        already_disclosed("disclosed", force_majeure=bad, rules=R)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [True, -1, "2", 2.0])
def test_times_provided_is_a_whole_number(bad: object) -> None:
    with pytest.raises(InvalidInputError):
        already_provided_twice(bad, legitimate_reason=False, rules=R)  # type: ignore[arg-type]


def test_a_bare_string_is_not_read_as_a_list_of_letters() -> None:
    with pytest.raises(InvalidInputError):
        not_accessible_or_conditions_unmet("work_secret", [], rules=R)  # type: ignore[arg-type]


def test_a_string_value_answers_like_its_member() -> None:
    by_value = not_accessible_or_conditions_unmet(["work_secret"], ["trade_secret"], rules=R)
    by_member = not_accessible_or_conditions_unmet(
        [NotAccessibleGround.WORK_SECRET], [ConditionalCategory.TRADE_SECRET], rules=R
    )
    assert by_value == by_member and by_value is not None
    assert unpaid_costs("not_paid", rules=R) == unpaid_costs(CostStatus.NOT_PAID, rules=R)
    assert already_disclosed("disclosed", force_majeure=False, rules="ati-2016") == (
        already_disclosed(DisclosureStatus.DISCLOSED, force_majeure=False, rules=R)
    )


def test_a_helper_cites_under_the_ruleset_it_is_given() -> None:
    with pytest.raises(InvalidInputError):
        unpaid_costs("not_paid", rules="no-such-regime")
