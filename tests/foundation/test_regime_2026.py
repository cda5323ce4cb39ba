"""Law 01/2026/QH16 as the second ruleset (``tiepcan/data/ati-2026/``), and its transition.

Written from the text of the law (tools/sources/law-01-2026-qh16.txt, bundled as statute text):
art. 30(1) in force from 1/9/2026; art. 30(2) Law 104/2016 ceases except as art. 31(4) keeps
it; art. 31(4) a request *sent* to a state agency before that day and not yet resolved stays
under Law 104/2016; art. 31(1)–(3) the other transitional rules; art. 27(1)–(6) the grounds of
refusal, carried with Law 104/2016's art. 28(1)(a)–(e) under regime-neutral keys.
"""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan.data import DATA_DIR
from tiepcan.deadlines import Deadline, response_deadline
from tiepcan.decision import assess
from tiepcan.foundation.citations import INSTRUMENTS, Citation, law2026
from tiepcan.foundation.errors import InvalidInputError, RegimeNotEncodedError
from tiepcan.foundation.grounds import ground, neutral_key, refusal_grounds, refusal_reasons
from tiepcan.foundation.interpretations import interpretations
from tiepcan.foundation.regimes import (
    ATI_2026,
    ATI_2026_RULES,
    RULE_FUNCTIONS,
    GoverningRegime,
    RegimeChoice,
    choose_ruleset,
    governing_regime,
    require_engine,
    resolve_regime,
    ruleset,
)
from tiepcan.outputs.labels import all_citations, labels
from tiepcan.rules.refusals import RefusalGround

from strategies import receipt_dates, receipt_dates_2026
from strategies_rules import electronic_request

D = date
LAW = "01/2026/QH16"


def _toml(regime: str, name: str) -> dict[str, object]:
    return tomllib.loads((DATA_DIR / regime / name).read_text(encoding="utf-8"))


# -- identity and statute text ----------------------------------------------------------------


def test_the_ruleset_is_registered_and_governs_from_1_9_2026() -> None:
    """Art. 30(1): 'có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026'."""
    assert resolve_regime(D(2026, 9, 1)) is ATI_2026_RULES
    assert resolve_regime(D(2026, 8, 31)).id == "ati-2016"
    assert ruleset("ati-2026") is ATI_2026_RULES
    assert (ATI_2026.in_force_from, ATI_2026.in_force_until) == (D(2026, 9, 1), None)
    assert ATI_2026.encoded and ATI_2026.instruments == (LAW,)
    assert ATI_2026_RULES.function("response_limits").__name__ == "response_limits_2026"
    assert RULE_FUNCTIONS["response_limits"]["one-limit-2026"][1] == "response_limits_2026"


def test_the_source_is_named_as_a_secondary_copy() -> None:
    """Not yet checked against the Công báo: the source says so, so a check is a data change."""
    source = " ".join(ATI_2026.sources)
    assert "bd458d47" in source and "chưa đối chiếu với Công báo" in source
    assert "Công báo" in ATI_2026.status_vi and "Công báo" in ATI_2026.status_en


def test_the_instrument_and_its_verbatim_text() -> None:
    assert INSTRUMENTS[LAW].name_en == "Law 01/2026/QH16 on Access to Information"
    c = law2026(26, 3)
    assert c.label == "Điều 26 khoản 3 Luật Tiếp cận thông tin số 01/2026/QH16"
    assert c.text().startswith("Tùy từng trường hợp cụ thể, chậm nhất là 12 ngày kể từ ngày")
    assert "tối đa không quá 12 ngày" in c.text()
    assert law2026(31, 4).text() == (
        "Yêu cầu cung cấp thông tin được gửi đến các cơ quan nhà nước trước ngày Luật này có "
        "hiệu lực thi hành nhưng chưa được giải quyết thì tiếp tục được giải quyết theo quy "
        "định của Luật Tiếp cận thông tin số 104/2016/QH13."
    )
    assert law2026(17, 1, "v").text() == (
        "Thông tin khác phải được công khai theo quy định của pháp luật."
    )
    assert law2026(27).heading() == "Từ chối yêu cầu cung cấp thông tin"


def test_every_citation_of_the_2026_data_resolves_to_statute_text() -> None:
    """tiepcan.outputs.labels.all_citations walks every encoded ruleset, now 2026's too."""
    cited = {c for c in all_citations() if c.instrument == LAW}
    assert len(cited) > 60
    assert {law2026(26, 3), law2026(27, 6), law2026(31, 4), law2026(31, 3)} <= cited
    assert all(c.text().strip() for c in cited)
    assert [r["id"] for r in labels()["regimes"]] == ["ati-2016", "ati-2026"]


# -- rules.toml -----------------------------------------------------------------------------------


def test_rules_toml_has_every_key_of_2016() -> None:
    """The engines read rules by key, so every key of ati-2016 is in ati-2026 (which also maps
    the decision.* and request_step.* keys the engines are moving to)."""
    former = {"outcome.redirect", "outcome.guide_to_published", "outcome.ask_completion"}
    assert set(ruleset("ati-2016").keys()) - former <= set(ATI_2026_RULES.keys())
    assert not former & set(ATI_2026_RULES.keys())  # renamed before 2026: not carried over
    assert ATI_2026_RULES.citation("request_step.complaint") == law2026(13, 1)


def test_every_2026_rule_cites_the_new_law_or_names_its_interpretation() -> None:
    """A rule that leans on Decree 13/2018 or Circular 46/2018 after 1/9/2026 rests on a named
    interpretation (their continued use is not settled by any text we have)."""
    known = interpretations("ati-2026")
    for key, entry in _toml("ati-2026", "rules.toml")["rule"].items():  # type: ignore[union-attr]
        cited = Citation.parse(entry["citation"])
        reading = entry.get("interpretation")
        if cited.instrument != LAW:
            assert reading in (
                "decree13-where-not-contrary",
                "decree13-forms-where-not-contrary",  # the forms (art. 26(4)), tiepcan.forms
                "circular46-measures-actual-costs",
            )
        if reading is not None:
            assert reading in known, key


def test_the_grounds_are_worded_as_law_01_2026_words_them() -> None:
    """Art. 27(1) refers to arts. 15 and 16, art. 27(6) to art. 25; (3) and (4) are unchanged."""
    rules = ATI_2026_RULES
    assert RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET.citation_in(rules) == law2026(27, 1)
    wording = rules.text("refusal_ground.a")
    assert wording is not None and "Điều 15" in wording.vi and wording.vi in law2026(27, 1).text()
    unpaid = rules.text("refusal_ground.e")
    assert unpaid is not None and unpaid.vi in law2026(27, 6).text()
    assert rules.text("refusal_ground.c") is None  # the 2016 words, verbatim the same
    assert RefusalGround.NOT_RESPONSIBLE.label_vi in law2026(27, 3).text()


def test_a_minor_may_ask_alone_under_art_7_3() -> None:
    """Art. 7(3): 'Người dưới 18 tuổi có thể tự mình hoặc được sự đồng ý của người đại diện
    hoặc thông qua người đại diện' — the 2016 'through the representative' is reworded."""
    wording = ATI_2026_RULES.text("request_deficiency.minor_through_legal_representative")
    assert wording is not None and "tự mình" in wording.vi and wording.vi in law2026(7, 3).text()


# -- regime-neutral grounds ---------------------------------------------------------------------


def test_both_laws_carry_the_same_neutral_grounds_in_the_same_order() -> None:
    old, new = refusal_grounds("ati-2016"), refusal_grounds("ati-2026")
    assert [g.key for g in old] == [g.key for g in new]
    assert [g.member for g in old] == [g.member for g in new] == [m.value for m in RefusalGround]
    assert [g.number for g in old] == ["a", "b", "c", "d", "đ", "e"]
    assert [g.number for g in new] == ["1", "2", "3", "4", "5", "6"]
    assert [g.citation for g in new] == [law2026(27, k) for k in range(1, 7)]
    for g in old:
        assert g.citation.ref == f"104/2016/QH13 art. 28(1)({g.number})"


def test_a_year_straddling_the_change_counts_by_neutral_key() -> None:
    """Refusals of 2026 under both laws: point e of art. 28(1) before 1/9, clause 6 of art. 27
    after, one count for 'costs_unpaid'."""
    cases = [("ati-2016", "e"), ("ati-2026", "e"), ("ati-2016", "a"), ("ati-2026", "dd")]
    counted: dict[str, int] = {}
    for regime, member in cases:
        key = neutral_key(member, regime)
        counted[key] = counted.get(key, 0) + 1
    assert counted == {
        "costs_unpaid": 2,
        "not_accessible_or_conditions_unmet": 1,
        "beyond_capacity": 1,
    }
    assert ground("costs_unpaid", "ati-2026").number == "6"
    assert neutral_key(RefusalGround.UNPAID_COSTS, "ati-2016") == "costs_unpaid"


def test_finer_reasons_each_law_has() -> None:
    """Personal data (art. 15(2)) and historical archives (art. 16(3)) are new in 2026."""
    old = {r.key: r.citation.ref for r in refusal_reasons("ati-2016")}
    new = {r.key: r.citation.ref for r in refusal_reasons("ati-2026")}
    assert set(new) - set(old) == {"personal_data", "historical_archives"}
    assert (old["state_secret"], new["state_secret"]) == (
        "104/2016/QH13 art. 6(1)",
        "01/2026/QH16 art. 15(1)",
    )
    assert old["private_life_without_consent"] == "104/2016/QH13 art. 7(2)"
    assert new["private_life_without_consent"] == "01/2026/QH16 art. 15(2)"
    with pytest.raises(InvalidInputError):
        ground("state_secrets", "ati-2026")
    with pytest.raises(InvalidInputError):
        neutral_key("f", "ati-2016")


# -- transition (art. 31) -------------------------------------------------------------------------


def test_sent_before_received_after_gets_the_2016_answer_saying_art_31_4_chose_it() -> None:
    """Sent Fri 28/8/2026, received Thu 3/9/2026, electronically, simple: art. 31(4) keeps Law
    104/2016, whose art. 30(3) gives 3 working days: Fri 4, Mon 7, Tue 8/9/2026."""
    d = response_deadline(D(2026, 9, 3), "electronic", "simple", sent=D(2026, 8, 28))
    assert (d.regime, d.due, d.sent) == ("ati-2016", D(2026, 9, 8), D(2026, 8, 28))
    assert d.chosen_by is RegimeChoice.TRANSITION
    assert law2026(31, 4) in d.citations
    first = d.explain("en").splitlines()[0]
    assert "sent on 2026-08-28, before the new law took effect" in first
    assert "art. 31(4)" in first
    back = Deadline.from_json(d.to_json())
    assert back == d and back.explain("vi") == d.explain("vi")


def test_received_31_8_is_2016_and_received_1_9_is_2026() -> None:
    """Art. 30(1)–(2): the day received decides when the day sent is not known."""
    before = governing_regime(D(2026, 8, 31))
    assert (before.regime, before.chosen_by, before.citation.ref) == (  # type: ignore[union-attr]
        "ati-2016",
        RegimeChoice.IN_FORCE,
        "104/2016/QH13 art. 37",
    )
    after = governing_regime(D(2026, 9, 1))
    assert (after.regime, after.chosen_by, after.citation) == (
        "ati-2026",
        RegimeChoice.IN_FORCE,
        law2026(30, 1),
    )
    assert response_deadline(D(2026, 8, 31), "electronic", "simple").regime == "ati-2016"
    assert response_deadline(D(2026, 9, 1), "electronic", "simple").regime == "ati-2026"


def test_sent_on_1_9_or_later_is_2026() -> None:
    g = governing_regime(D(2026, 9, 3), sent=D(2026, 9, 1))
    assert (g.regime, g.chosen_by, g.governing_date) == (
        "ati-2026",
        RegimeChoice.IN_FORCE,
        D(2026, 9, 1),
    )


def test_sent_after_received_is_a_coded_error() -> None:
    with pytest.raises(InvalidInputError) as err:
        governing_regime(D(2026, 9, 3), sent=D(2026, 9, 4))
    assert err.value.code == "sent-after-received"
    with pytest.raises(InvalidInputError) as err:
        response_deadline(D(2026, 9, 3), "electronic", "simple", sent=D(2026, 9, 4))
    assert err.value.code == "sent-after-received"
    with pytest.raises(InvalidInputError) as err:
        governing_regime(D(2026, 9, 3), sent="yesterday")  # type: ignore[arg-type]
    assert err.value.code == "invalid-date"


def test_a_utc_timestamp_is_read_in_vietnam_time() -> None:
    """An e-mail sent 31/8/2026 17:30 UTC is 1/9/2026 00:30 in Vietnam (UTC+7): not before."""
    late = datetime(2026, 8, 31, 17, 30, tzinfo=UTC)
    assert governing_regime(D(2026, 9, 3), sent=late).regime == "ati-2026"
    early = datetime(2026, 8, 31, 16, 59, tzinfo=UTC)
    assert governing_regime(D(2026, 9, 3), sent=early).regime == "ati-2016"


def test_the_caller_may_choose_and_the_result_says_so() -> None:
    """A public service unit (art. 31(4) speaks of state agencies) passes regime='ati-2026'."""
    g = governing_regime(D(2026, 9, 3), sent=D(2026, 8, 28), regime="ati-2026")
    assert (g.regime, g.chosen_by, g.citation) == ("ati-2026", RegimeChoice.CALLER, None)
    d = response_deadline(D(2026, 9, 3), "postal", "simple", sent=D(2026, 8, 28), regime="ati-2026")
    assert (d.regime, d.chosen_by, d.due) == ("ati-2026", RegimeChoice.CALLER, D(2026, 9, 15))
    assert "as chosen by the caller" in d.explain("en").splitlines()[0]
    with pytest.raises(RegimeNotEncodedError):  # Law 01/2026 did not govern 31/8/2026
        governing_regime(D(2026, 8, 31), regime="ati-2026")


def test_governing_regime_round_trips() -> None:
    g = governing_regime(D(2026, 9, 3), sent=D(2026, 8, 28))
    assert GoverningRegime.from_json(g.to_json()) == g
    assert "chuyển tiếp" in g.text.vi and "transitional" in g.text.en
    with pytest.raises(InvalidInputError):
        GoverningRegime.from_json(g.to_json().replace('"2026-08-28"', '"2026-09-05"'))


def test_art_31_is_data_in_the_2026_ruleset() -> None:
    """31(4) the request rule; 31(3) a dated duty with its time limit; 31(1), 31(2) scopes."""
    data = _toml("ati-2026", "transition.toml")
    (request,) = data["request"]  # type: ignore[misc]
    assert (request["citation"], request["before"], request["continues_under"]) == (
        "01/2026/QH16 art. 31(4)",
        D(2026, 9, 1),
        "ati-2016",
    )
    (duty,) = data["duty"]  # type: ignore[misc]
    assert duty["citation"] == "01/2026/QH16 art. 31(3)"
    assert duty["time_limit"] in {k for k in _limit_ids("ati-2026")}
    scopes = {s["citation"] for s in data["scope"]}  # type: ignore[attr-defined]
    assert scopes == {"01/2026/QH16 art. 31(1)", "01/2026/QH16 art. 31(2)"}
    assert "được gửi đến các cơ quan nhà nước trước ngày" in law2026(31, 4).text()


def _limit_ids(regime: str) -> list[str]:
    return [raw["id"] for raw in _toml(regime, "time_limits.toml")["limit"]]  # type: ignore[index]


@given(receipt_dates_2026, st.integers(min_value=0, max_value=30))
def test_sent_never_after_received_and_2026_when_sent_from_1_9(received: date, back: int) -> None:
    sent = received - timedelta(days=back)
    g = governing_regime(received, sent=sent)
    assert g.sent == sent <= g.received == received
    assert g.regime == ("ati-2016" if sent < D(2026, 9, 1) else "ati-2026")
    assert (g.chosen_by is RegimeChoice.TRANSITION) == (sent < D(2026, 9, 1))


@given(receipt_dates)
def test_a_request_received_under_2016_is_never_moved(received: date) -> None:
    g = governing_regime(received)
    assert (g.regime, g.chosen_by) == ("ati-2016", RegimeChoice.IN_FORCE)


# -- engines not encoded yet give a coded error, never a 2016-shaped answer ------------------------


def test_the_decision_is_encoded_for_2026() -> None:
    """data/ati-2026/engines.toml lists "decision" (tests/engines/test_decision_2026.py)."""
    assert assess(electronic_request(D(2026, 9, 3)), {}, {}).regime == "ati-2026"
    assert require_engine(ATI_2026_RULES, "decision") is ATI_2026_RULES
    assert require_engine(ruleset("ati-2016"), "decision").id == "ati-2016"  # 2016: complete
    with pytest.raises(InvalidInputError):
        require_engine("ati-2026", "decision")  # type: ignore[arg-type]


def test_choose_ruleset_is_the_same_choice_without_a_result() -> None:
    """The engines' path: (ruleset, what chose it, the transitional provision if any)."""
    rules, how, cited = choose_ruleset(D(2026, 9, 3), sent=D(2026, 8, 28))
    assert (rules.id, how, cited) == ("ati-2016", RegimeChoice.TRANSITION, law2026(31, 4))
    assert choose_ruleset(D(2026, 9, 3))[:2] == (ATI_2026_RULES, RegimeChoice.IN_FORCE)
    assert choose_ruleset(D(2026, 9, 3))[2] is None
    assert choose_ruleset(D(2026, 9, 3), regime="ati-2016")[1] is RegimeChoice.CALLER
