"""Decisions under Law 01/2026/QH16 (in force from 2026-09-01, art. 30(1)), each scenario
written from the 2026 text and naming the clause that decides it; where the two laws differ,
the same request is also decided under Law 104/2016 to show each follows its own law.

Citations are asserted by role (decided / applied / checked), as for 2016
(tests/engines/test_decision_scenarios.py). No date arithmetic here: the one time limit of art. 26(3)
is counted in tests/engines/test_deadlines_2026.py; a decision names it (``procedure``).
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tiepcan.deadlines import response_deadline
from tiepcan.decision import Decision, Outcome, assess, refusal_notice
from tiepcan.forms import extension_form, receipt_form, refusal_form
from tiepcan.foundation.citations import law, law2026
from tiepcan.foundation.errors import InvalidInputError, TiepCanError
from tiepcan.foundation.grounds import ground
from tiepcan.foundation.interpretations import interpretations
from tiepcan.foundation.regimes import RegimeChoice, load_ruleset, registered
from tiepcan.rules.access import ConditionalCategory, ConsentingParty
from tiepcan.rules.refusals import RefusalGround

from strategies_rules import electronic_request, information_facts, people, requesters

#: a weekday under the new law (Thursday 10/9/2026); nothing here counts days
AFTER = date(2026, 9, 10)
#: a weekday under Law 104/2016 (Wednesday 7/2/2024)
BEFORE = date(2024, 2, 7)


def _request(received: date = AFTER, **extra: Any) -> dict[str, Any]:
    return {**electronic_request(received), **extra}


def _refs(cites: tuple[Any, ...]) -> set[str]:
    return {c.ref for c in cites}


def _check_roles(d: Decision) -> None:
    """Every citation of a 2026 decision is in one role, and cites the 2026 law or Decree 13
    under its named interpretation (never Law 104/2016)."""
    assert d.regime == "ati-2026"
    for c in d.citations:
        assert c.instrument in ("01/2026/QH16", "13/2018/NĐ-CP"), c.ref
    if any(c.instrument == "13/2018/NĐ-CP" for c in d.citations):
        assert "decree13-where-not-contrary" in d.interpretations
    known = interpretations("ati-2026")
    assert all(i in known for i in d.interpretations), d.interpretations


# -- who may ask (art. 7, art. 29) --------------------------------------------------------------


def test_a_minor_asking_alone_is_admissible_under_2026_not_under_2016() -> None:
    """Art. 7(3) (2026): "Người dưới 18 tuổi có thể tự mình … yêu cầu cung cấp thông tin";
    Law 104/2016 art. 4(3): a minor asks through the legal representative."""
    minor = {"under_18": True, "acting_through": "self"}
    d = assess(_request(), minor, {})
    assert d.outcome is Outcome.PROVIDE, d.explain("en")
    assert law2026(7, 3) in d.deciding_citations
    assert "minor-asks-alone-unless-another-law" in d.interpretations
    _check_roles(d)
    old = assess(_request(BEFORE), minor, {})
    assert old.outcome is Outcome.WRONG_PERSON
    assert law(4, 3) in old.deciding_citations


def test_a_minor_through_the_legal_representative_is_admissible_too() -> None:
    """Art. 7(3): "… hoặc thông qua người đại diện theo quy định của pháp luật dân sự"."""
    d = assess(_request(), {"under_18": True, "acting_through": "legal_representative"}, {})
    assert d.outcome is Outcome.PROVIDE
    assert law2026(7, 3) in d.deciding_citations


def test_a_person_who_lost_capacity_asks_through_the_legal_representative() -> None:
    """Art. 7(2), first paragraph: "thông qua người đại diện theo pháp luật"."""
    lost = {"capacity": "lost"}
    assert assess(_request(), lost, {}).outcome is Outcome.WRONG_PERSON
    via = assess(_request(), {**lost, "acting_through": "legal_representative"}, {})
    assert via.outcome is Outcome.PROVIDE
    assert law2026(7, 2) in via.deciding_citations


def test_cognitive_difficulties_through_the_guardian() -> None:
    """Art. 7(2), second paragraph: "thông qua người giám hộ"."""
    who = {"capacity": "cognitive_difficulty"}
    assert assess(_request(), who, {}).outcome is Outcome.WRONG_PERSON
    d = assess(_request(), {**who, "acting_through": "guardian"}, {})
    assert d.outcome is Outcome.PROVIDE and law2026(7, 2) in d.deciding_citations


def test_a_resident_foreigner_for_his_own_rights_and_obligations() -> None:
    """Art. 29(1): "Người nước ngoài cư trú tại Việt Nam được yêu cầu cung cấp thông tin liên
    quan trực tiếp đến quyền và nghĩa vụ của mình"."""
    foreigner = {"standing": "foreigner_residing_in_vietnam"}
    yes = assess(_request(), foreigner, {"concerns_requester": True})
    assert yes.outcome is Outcome.PROVIDE and law2026(29, 1) in yes.deciding_citations
    no = assess(_request(), foreigner, {})
    assert no.outcome is Outcome.NO_STANDING and law2026(29, 1) in no.deciding_citations


# -- who must provide (art. 1, art. 10) ---------------------------------------------------------


def test_a_public_service_unit_provides_what_it_created() -> None:
    """Art. 1: "đơn vị sự nghiệp công lập có nhiệm vụ cung ứng dịch vụ sự nghiệp công cơ bản,
    thiết yếu (sau đây gọi là cơ quan, đơn vị)"; art. 10(1): "cung cấp thông tin do mình tạo
    ra". Law 104/2016 binds state agencies only: the same facts are not in that law."""
    unit = {"responsibility": {"agency_kind": "public_service_unit"}}
    d = assess(_request(), {}, unit)
    assert d.outcome is Outcome.PROVIDE
    assert {law2026(1), law2026(10, 1)} <= set(d.deciding_citations)
    _check_roles(d)
    with pytest.raises(InvalidInputError) as err:
        assess(_request(BEFORE), {}, unit)
    assert err.value.code == "not-in-law"


def test_the_commune_focal_unit_and_a_non_resident() -> None:
    """Art. 10(2)(e): the commune focal unit provides to residents what the commune's bodies
    created, and to other citizens "trong trường hợp liên quan trực tiếp đến quyền và lợi ích
    hợp pháp của họ"; otherwise it is not responsible (art. 27(3))."""
    commune = {
        "agency_kind": "commune_peoples_committee",
        "origin": "created_by_commune_level_bodies",
        "requester_resides_in_commune": False,
    }
    refused = assess(_request(), {}, {"responsibility": commune})
    assert refused.is_refusal
    assert [g.ground for g in refused.grounds] == [RefusalGround.NOT_RESPONSIBLE]
    assert refused.grounds[0].citation == law2026(27, 3)
    assert law2026(10, 2, "e") in refused.deciding_citations
    concerned = assess(_request(), {}, {"responsibility": commune, "concerns_requester": True})
    assert concerned.outcome is Outcome.PROVIDE
    assert law2026(10, 2, "e") in concerned.deciding_citations
    resident = assess(
        _request(), {}, {"responsibility": {**commune, "requester_resides_in_commune": True}}
    )
    assert resident.outcome is Outcome.PROVIDE
    _check_roles(refused)


def test_held_information_needed_for_community_health_is_provided() -> None:
    """Art. 10(3): "cung cấp thông tin do mình nắm giữ trong trường hợp việc cung cấp thông tin
    là cần thiết để bảo vệ lợi ích công cộng, sức khỏe của cộng đồng"."""
    held = {"origin": "received_for_own_functions", "needed_for": "community_health"}
    d = assess(_request(), {}, {"responsibility": held})
    assert d.outcome is Outcome.PROVIDE
    assert law2026(10, 3) in d.deciding_citations
    # without that need, the body that created it provides it (art. 10(1)): told and guided
    other = assess(_request(), {}, {"responsibility": {"origin": "received_for_own_functions"}})
    assert other.outcome is Outcome.REFUSE_AND_REDIRECT
    assert other.grounds[0].citation == law2026(27, 3)
    # Law 104/2016 has no such rule: a coded error, not a silent answer
    with pytest.raises(InvalidInputError) as err:
        assess(_request(BEFORE), {}, {"responsibility": held})
    assert err.value.code == "not-in-law"


def test_no_district_level_under_2026() -> None:
    """Art. 10(2)(a)–(g) names no district-level focal point."""
    d = assess(_request(), {}, {"responsibility": {"agency_kind": "district_office"}})
    assert d.outcome is Outcome.REFUSE_AND_REDIRECT
    assert law2026(10, 2) in d.deciding_citations


# -- what is refused (arts. 15, 16, 27) ---------------------------------------------------------


def test_personal_data_without_consent_is_refused_on_27_1_citing_15_2() -> None:
    """Art. 15(2): "dữ liệu cá nhân theo quy định của pháp luật về bảo vệ dữ liệu cá nhân, trừ
    trường hợp quy định tại khoản 1 Điều 16" is not accessible; art. 27(1) refuses it."""
    d = assess(_request(), {}, {"conditional": ["personal_data"]})
    assert d.outcome is Outcome.REFUSE
    g = d.grounds[0]
    assert g.ground is RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET
    assert g.citation == law2026(27, 1)
    assert {law2026(15, 2), law2026(16, 1), law2026(26, 1)} <= set(g.citations)
    assert g.neutral_key == "not_accessible_or_conditions_unmet"
    assert "personal-data-opens-with-consent" in d.interpretations
    _check_roles(d)
    with pytest.raises(InvalidInputError) as err:  # not a category of Law 104/2016
        assess(_request(BEFORE), {}, {"conditional": ["personal_data"]})
    assert err.value.code == "not-in-law"


def test_personal_data_with_the_data_subjects_consent_is_provided_under_23_2() -> None:
    """Art. 16(1) and art. 26(1) ("kèm theo văn bản đồng ý của cá nhân … liên quan"); art.
    23(2) now names personal data among what is provided on request."""
    item = {"category": "personal_data", "holders": ["Trần Thị Bình"]}
    consent = {
        "party": "person_concerned",
        "consenting_persons": ["Trần Thị Bình"],
        "covers": ["personal_data"],
        "information": "Hồ sơ",
    }
    d = assess(_request(consents=[consent]), {}, {"conditional": [item]})
    assert d.outcome is Outcome.PROVIDE
    assert {law2026(16, 1), law2026(26, 1), law2026(23, 2)} <= set(d.deciding_citations)


def test_a_work_secret_is_refused_on_27_1_citing_15_5() -> None:
    """Art. 15(5): "Thông tin thuộc bí mật công tác do cơ quan, đơn vị xác định"."""
    d = assess(_request(), {}, {"not_accessible": ["work_secret"]})
    assert d.outcome is Outcome.REFUSE
    assert d.grounds[0].citations[:2] == (law2026(27, 1), law2026(15, 5))
    assert law2026(26, 2) in d.answer.citations  # type: ignore[union-attr]  # in writing, reasons
    _check_roles(d)


def test_the_heads_decision_opens_personal_data_for_community_health() -> None:
    """Art. 16(4): the head decides to provide personal data "trong trường hợp cần thiết vì lợi
    ích công cộng, sức khỏe của cộng đồng theo quy định của luật có liên quan mà không cần có
    sự đồng ý"."""
    head = {
        "opens": ["personal_data"],
        "reason": "community_health",
        "legal_basis": "Luật Phòng bệnh",
        "decided_by": "Giám đốc",
    }
    facts = {"conditional": ["personal_data"], "head_of_agency_decision": head}
    d = assess(_request(), {}, facts)
    assert d.outcome is Outcome.PROVIDE and law2026(16, 4) in d.deciding_citations


def test_historical_archives_follow_the_archives_law() -> None:
    """Art. 16(3): "tài liệu lưu trữ tại lưu trữ lịch sử thực hiện theo quy định của pháp luật
    về lưu trữ"; unmet, art. 27(1) ("không đáp ứng điều kiện quy định tại Điều 16")."""
    refused = assess(_request(), {}, {"historical_archives": False})
    assert refused.outcome is Outcome.REFUSE
    assert refused.grounds[0].citations == (law2026(27, 1), law2026(16, 3))
    met = assess(_request(), {}, {"historical_archives": True})
    assert met.outcome is Outcome.PROVIDE and law2026(16, 3) in met.deciding_citations
    with pytest.raises(InvalidInputError):
        assess(_request(BEFORE), {}, {"historical_archives": True})


def test_a_family_secret_needs_every_member_by_default() -> None:
    """Art. 16(1): "được các thành viên gia đình đồng ý" — every member by default, the members
    concerned as the named alternative (as under Law 104/2016 art. 7(2))."""
    item = {
        "category": "family_secret",
        "holders": ["Nguyễn Văn An", "Trần Thị Bình"],
        "members_concerned": ["Trần Thị Bình"],
    }
    consent = {
        "party": "family_members",
        "consenting_persons": ["Trần Thị Bình"],
        "covers": ["family_secret"],
        "information": "Hồ sơ",
    }
    req = _request(consents=[consent])
    d = assess(req, {}, {"conditional": [item]})
    assert d.outcome is Outcome.REFUSE and "family-consent-every-member" in d.interpretations
    alt = assess(req, {}, {"conditional": [item]}, family_consent="members_concerned")
    assert alt.outcome is Outcome.PROVIDE
    assert "family-consent-members-concerned" in alt.interpretations


def test_a_refusals_neutral_key_is_the_2016_one_for_the_same_reason() -> None:
    """Art. 27(6) (2026) and art. 28(1)(e) (2016): unpaid actual costs, one neutral key."""
    new = assess(_request(), {}, {"costs": "not_paid"}).grounds[0]
    old = assess(_request(BEFORE), {}, {"costs": "not_paid"}).grounds[0]
    assert (new.citation, old.citation) == (law2026(27, 6), law(28, 1, "e"))
    assert new.neutral_key == old.neutral_key == "costs_unpaid"
    assert new.neutral_key == ground("costs_unpaid", "ati-2026").key
    for facts in ({"not_accessible": ["state_secret"]}, {"times_already_provided": 2}):
        a = assess(_request(), {}, facts).grounds[0]
        b = assess(_request(BEFORE), {}, facts).grounds[0]
        assert a.neutral_key == b.neutral_key is not None and a.citation != b.citation


def test_the_written_refusal_cites_26_2_and_names_the_law() -> None:
    """Art. 26(2): "từ chối yêu cầu cung cấp thông tin bằng văn bản và nêu rõ lý do"."""
    req = _request()
    d = assess(req, {}, {"not_accessible": ["internal_meeting"]})
    notice = refusal_notice(d, req, agency="Sở X", issued_on=AFTER)
    assert law2026(26, 2) in notice.citations and law2026(15, 6) in notice.citations
    assert "Luật này" not in notice.explain("vi")


# -- channels, time limit, regime (arts. 24, 26(3), 31(4)) --------------------------------------


def test_a_fax_request_after_2026_09_01_is_a_coded_error() -> None:
    """Art. 24(1) knows requests at the agency, by post and over the Internet: no fax."""
    with pytest.raises(InvalidInputError) as err:
        assess(_request(channel="fax"), {}, {})
    assert err.value.code == "channel-not-in-law"
    assert assess(_request(BEFORE, channel="fax"), {}, {}).regime == "ati-2016"  # art. 31(1) 2016


def test_sent_28_august_received_3_september_is_decided_under_2016_by_art_31_4() -> None:
    """Art. 31(4): "Yêu cầu cung cấp thông tin được gửi đến các cơ quan nhà nước trước ngày
    Luật này có hiệu lực thi hành … tiếp tục được giải quyết theo quy định của Luật … số
    104/2016/QH13"."""
    req = _request(date(2026, 9, 3), channel="postal")
    d = assess(req, {}, {"costs": "not_paid"}, sent=date(2026, 8, 28))
    assert (d.regime, d.chosen_by, d.sent) == (
        "ati-2016",
        RegimeChoice.TRANSITION,
        date(2026, 8, 28),
    )
    assert d.grounds[0].citation == law(28, 1, "e")
    assert law2026(31, 4) in d.steps[0].citations and law2026(31, 4) in d.applied_citations
    assert "Điều 31 khoản 4 Luật Tiếp cận thông tin số 01/2026/QH16" in d.explain("vi")
    assert Decision.from_json(d.to_json()) == d
    same_day = assess(req, {}, {}, sent=date(2026, 9, 1))
    assert (same_day.regime, same_day.chosen_by) == ("ati-2026", RegimeChoice.IN_FORCE)


def test_the_decision_names_the_single_time_limit_of_26_3() -> None:
    """Art. 26(3): "chậm nhất là 12 ngày" for every channel and every request: the procedure
    of a provision is 26(3) whatever the form and complexity."""
    for form in ("at_office", "electronic", "postal"):
        for complexity in ("simple", "complex"):
            req = _request()
            req["form"]["request"]["provision_form"] = form
            d = assess(req, {}, {"complexity": complexity})
            assert d.provision is not None and d.provision.procedure == law2026(26, 3)


def test_a_public_service_units_earlier_information_follows_the_relevant_law() -> None:
    """Art. 31(2): information a public service unit created or held before 2026-09-01 "được
    tiếp tục thực hiện theo quy định của pháp luật có liên quan"; a state agency's earlier
    information has no such cut-off."""
    unit = {"responsibility": {"agency_kind": "public_service_unit"}, "created_on": "2025-03-01"}
    d = assess(_request(), {}, unit)
    assert d.outcome is Outcome.EARLIER_RULES and law2026(31, 2) in d.deciding_citations
    agency = assess(_request(), {}, {"created_on": "2020-03-01"})
    assert agency.outcome is Outcome.PROVIDE and law2026(31, 2) in agency.checked_citations


def test_a_2026_explanation_names_2026_articles() -> None:
    """Each result follows its own law: no "Điều 6" / "Điều 9" of Law 104/2016 in a 2026 text."""
    text = assess(_request(), {}, {}).explain("vi")
    assert "Điều 15" in text and "Điều 10" in text
    assert "Điều 6 " not in text and "Điều 9;" not in text and "104/2016" not in text


# -- properties -----------------------------------------------------------------------------------

_PARTY = {c: c.consenting_party.value for c in ConditionalCategory}


@given(
    st.sampled_from(list(ConditionalCategory)),
    people,
    people,
    st.booleans(),
    st.sampled_from(["every_member", "members_concerned"]),
)
def test_consent_from_x_never_releases_a_secret_of_y_under_2026(
    category: ConditionalCategory, x: str, y: str, as_part: bool, reading: str
) -> None:
    """Art. 16(1)–(2): "được người đó đồng ý", "các thành viên gia đình", "chủ sở hữu … đó":
    X's consent never opens Y's secret or data, whole or in a part (art. 10(4))."""
    assume(x != y)
    item: dict[str, Any] = {"category": category.value, "holders": [y]}
    if category.consenting_party is ConsentingParty.FAMILY_MEMBERS:
        item["members_concerned"] = [y]
    by_x = {
        "party": _PARTY[category],
        "consenting_persons": [x],
        "covers": [category.value],
        "information": "Hồ sơ",
    }
    facts: dict[str, Any] = (
        {"protected_parts": [{"part": "phụ lục", "conditional": [item]}]}
        if as_part
        else {"conditional": [item]}
    )
    d = assess(_request(consents=[by_x]), {}, facts, family_consent=reading)  # type: ignore[arg-type]
    assert d.outcome in (Outcome.REFUSE, Outcome.PROVIDE_IN_PART), d.explain("en")
    assert [g.ground for g in d.grounds] == [RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET]
    assert law2026(27, 1) in d.deciding_citations
    by_y = {**by_x, "consenting_persons": [y]}
    assert assess(_request(consents=[by_y]), {}, facts).outcome is Outcome.PROVIDE


# -- the notices (forms 02–05) under Law 01/2026/QH16 -------------------------------------------

FORMS_READING = "decree13-forms-where-not-contrary"


def _notices(received: date) -> dict[str, Any]:
    """Forms 02, 04 and 05 for one electronic request received on ``received``."""
    req = _request(received)
    refused = assess(req, {}, {"not_accessible": ["work_secret"]})
    issued = received
    return {
        "02": receipt_form(
            req,
            response_deadline(received, "electronic", "simple"),
            issued_on=issued,
            agency="Sở X",
        ),
        "04": extension_form(
            response_deadline(received, "electronic", "complex", extended=True),
            reason="Cần tập hợp từ nhiều đơn vị",
            issued_on=issued,
            agency="Sở X",
            request=req,
        ),
        "05": refusal_form(refused, issued_on=issued, agency="Sở X", request=req),
    }


def test_every_notice_under_2026_records_the_forms_reading_and_cites_the_2026_law() -> None:
    """Art. 26(4): "Chính phủ quy định … các mẫu văn bản" — no such decree yet, so Decree 13's
    forms are used where they do not contradict the Law (a named interpretation, on every
    notice); their legal basis is Law 01/2026/QH16: the refusal art. 26(2) and art. 27(1), the
    time limit and the extension art. 26(3); "Luật này" is never left unnamed."""
    notices = _notices(AFTER)
    for n in notices.values():
        assert n.regime == "ati-2026" and FORMS_READING in n.interpretations
        assert FORMS_READING in n.explain("vi")
        assert any(c.instrument == "01/2026/QH16" for c in n.citations)
        assert not any(c.instrument == "104/2016/QH13" for c in n.citations)
        for lang in ("vi", "en"):
            text = n.render(lang)
            assert "Luật này" not in text and "this Law" not in text
    assert {law2026(26, 2), law2026(27, 1), law2026(15, 5)} <= set(notices["05"].citations)
    assert law2026(26, 3) in notices["04"].citations and law2026(26, 3) in notices["02"].citations
    assert "01/2026/QH16" in notices["05"].render("vi")
    # 10/9/2026 + 12 days = Tue 22/9/2026 (art. 26(3), calendar days; no day off between)
    assert "22/09/2026" in notices["02"].render("vi")


def test_a_2016_notice_rests_on_decree_13_itself() -> None:
    """Under Law 104/2016 the forms are Decree 13's own (art. 5): no interpretation needed."""
    for n in _notices(BEFORE).values():
        assert n.regime == "ati-2016" and FORMS_READING not in n.interpretations


def test_the_forms_reading_is_replaceable_by_data(tmp_path: Path) -> None:
    """A ruleset that takes another reading (say, the forms of the decree art. 26(4) calls
    for) names it on its decree_form.* entries; the notices then record that reading."""
    folder = tmp_path / "ati-2026-decree"
    shutil.copytree(Path(__file__).parents[2] / "tiepcan" / "data" / "ati-2026", folder)
    regime = (folder / "regime.toml").read_text(encoding="utf-8")
    regime = regime.replace('id = "ati-2026"', 'id = "ati-2026-decree"')
    regime = regime.replace("in_force_from = 2026-09-01", "in_force_from = 2040-01-01")
    (folder / "regime.toml").write_text(regime, encoding="utf-8")
    rules = (folder / "rules.toml").read_text(encoding="utf-8")
    (folder / "rules.toml").write_text(
        rules.replace(f'interpretation = "{FORMS_READING}"', 'interpretation = "new-decree-forms"'),
        encoding="utf-8",
    )
    readings = (folder / "interpretations" / "forms.toml").read_text(encoding="utf-8")
    (folder / "interpretations" / "forms.toml").write_text(
        readings + '\n[[interpretation]]\nid = "new-decree-forms"\ntitle_vi = "Mẫu mới"\n'
        'title_en = "New forms"\nprovision = "01/2026/QH16 art. 26(4)"\n'
        'choice_vi = "Mẫu của nghị định mới"\nchoice_en = "The new decree\'s forms"\n'
        "default = true\n",
        encoding="utf-8",
    )
    custom = load_ruleset(folder)
    with registered(custom):
        req = _request(date(2040, 3, 6))
        refused = assess(req, {}, {"costs": "not_paid"}, regime=custom)
        form = refusal_form(refused, issued_on=date(2040, 3, 6), agency="Sở X", request=req)
        assert form.reading == "new-decree-forms"
        assert FORMS_READING not in form.interpretations


@given(requesters, information_facts)
def test_every_2026_decision_is_coherent_and_cites_its_own_law(who: Any, facts: Any) -> None:
    """For any requester and facts, a request received under Law 01/2026/QH16 gets a decision
    whose every citation has one role and is the 2026 law's (or Decree 13's under its named
    reading), or a coded error (never a bare exception)."""
    try:
        d = assess(_request(), who, facts)
    except TiepCanError as err:
        assert err.code in ("not-in-law", "invalid-input"), err
        return
    _check_roles(d)
    assert Decision.from_json(d.to_json()) == d
    for g in d.grounds:
        assert g.neutral_key is not None
