"""A decision is made under the ruleset of the day of receipt, resolved once, and says so.

The fake regime here exists in tests only: a copy of the 2016 data that governs 2030 and
rewords one ground (art. 28(1)(e) of the 2016 law). It shows that ``assess``, its
explanation and ``refusal_notice`` read the wording and citations of the ruleset the
request falls under, with no edit to any 2016 module, and that a 2024 request is unchanged.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tiepcan.decision import Decision, InformationFacts, assess, refusal_notice
from tiepcan.foundation.errors import InvalidInputError, TiepCanError
from tiepcan.foundation.interpretations import interpretation
from tiepcan.foundation.regimes import load_ruleset, registered
from tiepcan.rules.refusals import RefusalGround

NEW_VI = "Người yêu cầu chưa nộp phí khai thác thông tin theo biểu phí mới"
NEW_EN = "the requester has not paid the access fee of the new schedule"


def _request(received: date, **form: Any) -> dict[str, Any]:
    return {
        "channel": "postal",
        "received_on": received,
        "form": {
            "form": "01a",
            "requester": {
                "full_name": "Nguyễn Văn A",
                "residence_address": "Hà Nội",
                "id_kind": "passport",
                "id_number": "C1234567",
            },
            "request": {
                "description": "Quyết định giao đất",
                "document_names": ["Quyết định 12/QĐ-UBND"],
                "provision_form": "postal",
                "reason_and_purpose": "Bảo vệ quyền sử dụng đất",
            },
            **form,
        },
    }


@pytest.fixture
def fake_2030(tmp_path: Path) -> Path:
    """The 2016 data, governing 2030 under the id ``fake-2030``, with ground e reworded."""
    folder = tmp_path / "fake-2030"
    shutil.copytree(Path(__file__).parents[2] / "tiepcan" / "data" / "ati-2016", folder)
    regime = (folder / "regime.toml").read_text(encoding="utf-8")
    regime = regime.replace('id = "ati-2016"', 'id = "fake-2030"')
    regime = regime.replace("in_force_from = 2018-07-01", "in_force_from = 2030-01-01")
    regime = regime.replace("in_force_until = 2026-08-31", "in_force_until = 2030-12-31")
    (folder / "regime.toml").write_text(regime, encoding="utf-8")
    rules = (folder / "rules.toml").read_text(encoding="utf-8")
    old = '[rule."refusal_ground.e"]\ncitation = "104/2016/QH13 art. 28(1)(e)"\n'
    assert old in rules
    rules = rules.replace(old, old + f'vi = "{NEW_VI}"\nen = "{NEW_EN}"\n')
    (folder / "rules.toml").write_text(rules, encoding="utf-8")
    return folder


def test_a_fake_regime_rewords_the_unpaid_costs_ground(fake_2030: Path) -> None:
    unpaid = {"costs": "not_paid"}
    with registered(load_ruleset(fake_2030)):
        decision = assess(_request(date(2030, 3, 4)), {}, unpaid)
        assert (decision.regime, decision.user_supplied) == ("fake-2030", True)
        assert [g.ground for g in decision.grounds] == [RefusalGround.UNPAID_COSTS]
        assert decision.grounds[0].wording.vi == NEW_VI
        assert NEW_VI in decision.explain("vi") and NEW_EN in decision.explain("en")
        assert "fake-2030" in decision.explain("en")
        notice = refusal_notice(
            decision, _request(date(2030, 3, 4)), agency="Sở Tư pháp", issued_on=date(2030, 3, 6)
        )
        assert (notice.regime, notice.user_supplied) == ("fake-2030", True)
        assert notice.grounds[0].wording.en == NEW_EN
        assert NEW_EN in notice.explain("en")
        # the rest of the ruleset is the copied 2016 data: same citation of point e
        assert notice.grounds[0].citation == RefusalGround.UNPAID_COSTS.citation
        # a request of 2024 is still under the bundled 2016 rules, worded as the law is
        before = assess(_request(date(2024, 3, 4)), {}, unpaid)
    assert (before.regime, before.user_supplied) == ("ati-2016", False)
    assert before.grounds[0].wording == RefusalGround.UNPAID_COSTS.text
    assert NEW_VI not in before.explain("vi")
    assert before == assess(_request(date(2024, 3, 4)), {}, unpaid)


def test_outside_the_fake_span_2030_is_under_law_01_2026() -> None:
    """2030 falls under Law 01/2026/QH16 (no end of effect, art. 30(1)): its own answer, citing
    it (art. 27(6) for unpaid costs), never a 2016-shaped one."""
    d = assess(_request(date(2030, 3, 4)), {}, {"costs": "not_paid"})
    assert d.regime == "ati-2026" and d.grounds[0].citation.ref == "01/2026/QH16 art. 27(6)"


def test_the_ruleset_can_be_passed_without_registering_it(fake_2030: Path) -> None:
    rules = load_ruleset(fake_2030)
    decision = assess(_request(date(2030, 3, 4)), {}, {"costs": "not_paid"}, regime=rules)
    assert decision.regime == "fake-2030" and decision.grounds[0].wording.en == NEW_EN


def test_a_request_needs_its_day_of_receipt() -> None:
    """The governing date of a request is the day it was received; without it, nothing."""
    request = _request(date(2024, 2, 7))
    del request["received_on"]
    with pytest.raises(InvalidInputError):
        assess(request, {}, {})
    with pytest.raises(InvalidInputError):
        assess(request, {}, {}, regime="ati-2016")


def test_regime_explicitly_chosen_is_recorded() -> None:
    """Counsel may apply the 2016 rules to a request received after 2026-09-01; the decision
    says the caller chose them (chosen_by)."""
    assert assess(_request(date(2026, 9, 1)), {}, {}).regime == "ati-2026"
    decision = assess(_request(date(2026, 9, 1)), {}, {}, regime="ati-2016")
    assert (decision.regime, decision.chosen_by.value) == ("ati-2016", "caller")


# -- interpretations ----------------------------------------------------------------------


def test_every_decision_lists_the_interpretations_it_applied() -> None:
    """Ids only, each in the registry; a plain provision rests on the procedure reading."""
    plain = assess(_request(date(2024, 2, 7)), {}, {})
    assert "procedure-follows-provision-form" in plain.interpretations
    assert "responsibility-before-completion" in plain.interpretations
    assert "fallback-to-office" not in plain.interpretations
    for i in plain.interpretations:
        assert interpretation(i, plain.regime).topic == "decision"
    refused = assess(
        _request(date(2024, 2, 7)), {}, {"costs": "not_paid", "exceeds_capacity": True}
    )
    assert "list-all-grounds" in refused.interpretations
    third = assess(_request(date(2024, 2, 7)), {}, {"times_already_provided": 2})
    assert "twice-means-two-before" in third.interpretations
    stranger = assess(_request(date(2024, 2, 7)), {"standing": "foreigner_not_residing"}, {})
    assert stranger.interpretations == ("no-standing-is-not-a-refusal",)
    redirect = assess(
        _request(date(2024, 2, 7)), {}, {"responsibility": {"origin": "created_by_another_agency"}}
    )
    assert {"redirect-is-a-refusal", "held-not-created-is-not-responsible"} <= set(
        redirect.interpretations
    )
    office = assess(_request(date(2024, 2, 7)), {}, {"form_suits_information": False})
    assert "fallback-to-office" in office.interpretations


# -- results ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "facts",
    [
        {},
        {"costs": "not_paid", "not_accessible": ["work_secret"]},
        {"conditional": ["trade_secret"]},
        {"responsibility": {"origin": "created_by_another_agency"}},
        {"disclosure": "disclosed", "published_at": "https://example.gov.vn"},
    ],
)
def test_json_round_trip_is_the_identity(facts: dict[str, Any]) -> None:
    decision = assess(_request(date(2024, 2, 7)), {}, facts)
    assert Decision.from_json(decision.to_json()) == decision
    assert Decision.from_dict(decision.to_dict()) == decision


@pytest.mark.parametrize(
    "change",
    [
        {"outcome": "provide", "grounds": None},  # provide with a ground
        {"provision": None, "outcome": "provide", "grounds": []},  # provide without a plan
        {"steps": []},  # no trace
        {"interpretations": ["list-all-grounds", "list-all-grounds"]},
    ],
)
def test_an_inconsistent_decision_does_not_load(change: dict[str, Any]) -> None:
    decision = assess(_request(date(2024, 2, 7)), {}, {"costs": "not_paid"})
    data = decision.to_dict()
    for key, value in change.items():
        if value is not None:
            data[key] = value
    with pytest.raises(TiepCanError):
        Decision.from_dict(data)


def test_a_step_out_of_order_does_not_load() -> None:
    data = assess(_request(date(2024, 2, 7)), {}, {}).to_dict()
    data["steps"] = list(reversed(data["steps"]))
    with pytest.raises(TiepCanError):
        Decision.from_json(json.dumps(data))


def test_a_mapping_json_text_and_a_model_give_the_same_decision() -> None:
    request = _request(date(2024, 2, 7))
    facts = {"costs": "not_paid"}
    model = InformationFacts.from_dict(facts)
    from_mapping = assess(request, {}, facts)
    assert assess(request, {}, model) == from_mapping
    assert assess(request, "{}", model.to_json()) == from_mapping


def test_bad_facts_raise_an_input_error_not_a_wrong_answer() -> None:
    for facts in ({"exceeds_capacity": "0"}, {"times_already_provided": True}, {"x": 1}):
        with pytest.raises(InvalidInputError):
            assess(_request(date(2024, 2, 7)), {}, facts)
