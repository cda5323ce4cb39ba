"""Art. 28: the refusal grounds, their exceptions, and the written refusal (form 05)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tiepcan._model import Text
from tiepcan.citations import decree13, law
from tiepcan.decision import assess, refusal_notice
from tiepcan.errors import InvalidInputError, TiepCanError
from tiepcan.regimes import ATI_2016_RULES as R
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
    state_ground,
    unpaid_costs,
)
from tiepcan.rules.requests import CostStatus


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
