"""The agency-duties checklist: Law art. 34(1); Decree 13/2018 arts. 2, 3, 6(3), 11(1), 12(1)."""

from __future__ import annotations

import contextlib
import json
import re
import tomllib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given

from tiepcan.catalogue import Catalogue, check_catalogue
from tiepcan.duties import check_duties as check_duties_on
from tiepcan.foundation.citations import decree13, law
from tiepcan.foundation.errors import InvalidInputError, TiepCanError
from tiepcan.rules.duties import (
    PROFILE_FIELDS,
    AgencyProfile,
    Duty,
    DutyChecklist,
    DutyResult,
    DutySource,
    DutyStatus,
    InternalRulesContent,
)
from tiepcan.rules.duties import duties as duties_of

from strategies_catalogue import agency_profiles, junk_values

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"
NAME = "Sở Tư pháp tỉnh Minh Sơn"
ON = date(2025, 6, 30)


def duties():
    return duties_of("ati-2016")


def cited():
    """The duties of the law (a provincial instruction's duty has no citation)."""
    return [d for d in duties() if d.citation is not None]


def check_duties(profile, **kw):
    return check_duties_on(profile, on=kw.pop("on", ON), **kw)


@pytest.fixture(scope="module")
def sample_profile() -> AgencyProfile:
    return AgencyProfile.from_json((SAMPLES / "agency_profile.json").read_bytes())


# -- the declared duties ------------------------------------------------------------------------


def test_every_point_of_art_34_1_has_a_duty():
    """Art. 34(1) has 11 points, a to l; each is on the checklist."""
    points = {d.citation.point for d in cited() if d.citation == law(34, 1, d.citation.point)}
    statute_points = re.findall(r"^([a-zđ])\) ", law(34, 1).text(), re.MULTILINE)
    assert len(statute_points) == 11
    assert points == set(statute_points)


def test_decree_13_articles_on_the_checklist():
    """Every clause of Decree 13 that orders an agency is on the list: as a line's primary
    source, or as the detail of a duty of the Law."""
    units = {(c.instrument, c.article, c.clause) for d in cited() for c in (d.citation, *d.details)}
    decree = "13/2018/NĐ-CP"
    assert (decree, 11, 1) in units  # the access-to-information section
    assert (decree, 11, 2) in units  # the databases linked to it
    assert (decree, 12, 1) in units  # rules assigning focal points
    assert (decree, 6, 1) in units  # the conditional-access catalogue
    assert (decree, 6, 2) in units  # the creating unit identifies and passes it on
    assert (decree, 6, 3) in units  # catalogue posted at the office
    assert (decree, 13, 2) in units  # costs paid in advance, into the budget
    assert {c for i, a, c in units if i == decree and a == 3} == {1, 2, 3, 4, 5, 6}
    assert {c for i, a, c in units if i == decree and a == 2} == {1, 2, 3, 4}
    assert {c for i, a, c in units if i == decree and a == 7} == {1, 2}
    assert {c for i, a, c in units if i == decree and a == 8} == {1, 2, 3, 4, 5, 6}
    assert {c for i, a, c in units if i == decree and a == 9} == {1, 2}
    assert {c for i, a, c in units if i == decree and a == 10} == {1}  # clause 2: an option
    assert {c for i, a, c in units if i == decree and a == 12} == {1, 3, 4}


def test_internal_rules_contents_are_the_five_of_art_34_1_h():
    """Art. 34(1)(h) names five contents, each on the checklist and in the law's words."""
    text = law(34, 1, "h").text().lower()
    assert len(InternalRulesContent) == 5
    for content in InternalRulesContent:
        assert content.label_vi.lower() in text
        assert content.citation == law(34, 1, "h")
    on_list = {d.content for d in duties() if d.content is not None}
    assert on_list == set(InternalRulesContent)


def test_duty_records_are_well_formed():
    raw = tomllib.loads(
        (Path(__file__).resolve().parents[2] / "tiepcan/data/ati-2016/duties.toml").read_text(
            "utf-8"
        )
    )
    ids = [r["id"] for r in raw["duty"]]
    assert len(ids) == len(set(ids)) == len(duties())
    for duty in duties():
        assert (duty.citation is None) is (duty.source is DutySource.PROVINCIAL_INSTRUCTION)
        assert duty.citation is None or duty.citation.text()
        assert duty.field in AgencyProfile.model_fields
        for field, _wanted in duty.conditions:
            assert field in AgencyProfile.model_fields
        assert duty.label_vi and duty.label_en


def test_every_profile_field_has_labels():
    assert set(PROFILE_FIELDS) == set(AgencyProfile.model_fields)


@pytest.mark.parametrize("model", [AgencyProfile, Duty, DutyResult, DutyChecklist])
def test_every_public_model_exports_json_schema(model):
    json.dumps(model.json_schema())


# -- judging --------------------------------------------------------------------------------


def test_sample_profile_meets_every_applicable_duty(sample_profile):
    result = check_duties(sample_profile)
    assert result.missing == () and result.cannot_judge == ()
    # it has a website, so posting the catalogue at the office (Decree 13 art. 6(3)) is moot;
    # a provincial department is not a ministry or a provincial People's Committee, which
    # alone report to the Ministry of Justice (Decree 13 art. 12(3)–(4))
    # the duties of a People's Committee (Law arts. 13(2), 35(5)) and of a ministry (art.
    # 35(2)) are not a department's; with a website, art. 19(6) is moot
    assert [i.id for i in result.not_applicable] == [
        "law-13.2-yearly-report-to-council",
        "law-19.6-disclosure-without-website",
        "law-35.2-ministry-tasks",
        "law-35.5-provincial-measures",
        "decree13-6.3-catalogue-posted-at-office",
        "decree13-12.3-report-to-ministry",
        "decree13-12.4-report-contents",
    ]
    # the sample is complete: every fact and every duty that applies to it is declared
    moot = {
        "reports_yearly_to_peoples_council",
        "discloses_without_website",
        "ministry_performs_state_tasks",
        "province_manages_access_measures",
        "catalogue_posted_at_office",
        "reports_to_justice_ministry",
        "report_has_required_contents",
        # Law 01/2026/QH16 art. 11(5)–(6) bind ministries and People's Committees, which a
        # provincial department is not (tests/engines/test_duties_2026.py)
        "publishes_public_service_unit_list",
        "implements_government_measures",
    }
    assert {f for f in PROFILE_FIELDS if getattr(sample_profile, f) is None} == moot


def test_empty_profile_cannot_be_judged():
    result = check_duties(AgencyProfile.build(agency=NAME))
    assert result.met == () and result.missing == ()
    assert len(result.cannot_judge) == len(duties())


def test_declared_false_is_missing_art_34_1_k():
    result = check_duties(AgencyProfile.build(agency=NAME, handles_complaints_and_violations=False))
    item = result.item("law-34.1.k-complaints")
    assert item.status is DutyStatus.MISSING
    assert item.citation == law(34, 1, "k")
    assert item.reason_vi and item.reason_en


def test_internal_rules_missing_contents_art_34_1_h():
    """Art. 34(1)(h): rules without the classification content miss that content only."""
    profile = AgencyProfile.build(
        agency=NAME,
        internal_rules_issued=True,
        internal_rules_contents=[
            "focal_point",
            "transfer_to_focal_point",
            "updating",
            "request_procedure",
        ],
    )
    result = check_duties(profile)
    contents = {i.id: i.status for i in result.items if i.id.startswith("law-34.1.h-content")}
    assert contents.pop("law-34.1.h-content-classification") is DutyStatus.MISSING
    assert set(contents.values()) == {DutyStatus.MET}


def test_no_internal_rules_means_every_content_is_missing():
    result = check_duties(AgencyProfile.build(agency=NAME, internal_rules_issued=False))
    contents = [i for i in result.items if i.id.startswith("law-34.1.h-content")]
    assert {i.status for i in contents} == {DutyStatus.MISSING}


def test_focal_point_assignment_decree_13_art_12_1():
    result = check_duties(
        AgencyProfile.build(agency=NAME, internal_rules_assign_focal_points=False)
    )
    item = result.item("decree13-12.1-focal-assignment")
    assert item.status is DutyStatus.MISSING and item.citation == decree13(12, 1)


def test_website_section_duties_apply_only_with_a_website_decree_13_art_11_1():
    section = [d.id for d in cited() if d.citation == decree13(11, 1)]
    # the section, the catalogue, focal point, address, forms, guidance, download address
    assert len(section) == 7
    none = check_duties(AgencyProfile.build(agency=NAME, has_website=False))
    assert {none.item(i).status for i in section} == {DutyStatus.NOT_APPLICABLE}
    unknown = check_duties(AgencyProfile.build(agency=NAME))
    assert {unknown.item(i).status for i in section} == {DutyStatus.CANNOT_JUDGE}
    missing_forms = check_duties(
        AgencyProfile.build(agency=NAME, has_website=True, section_has_forms=False)
    )
    assert missing_forms.item("decree13-11.1-section-forms").status is DutyStatus.MISSING


def test_agency_without_website_must_post_catalogue_decree_13_art_6_3():
    result = check_duties(
        AgencyProfile.build(agency=NAME, has_website=False, catalogue_posted_at_office=False)
    )
    assert result.item("decree13-6.3-catalogue-posted-at-office").status is DutyStatus.MISSING


def test_area_measures_apply_to_agencies_serving_those_areas_law_18_3_decree_13_art_2():
    """Law art. 18(3) (forms of disclosure for people in those areas), detailed by Decree 13
    art. 2(2); art. 2(1), (3), (4) are the decree's own."""
    far = check_duties(
        AgencyProfile.build(
            agency=NAME, serves_disadvantaged_areas=True, area_disclosure_forms_chosen=False
        )
    )
    item = far.item("law-18.3-disclosure-forms-areas")
    assert item.status is DutyStatus.MISSING
    assert (item.citation, item.details) == (law(18, 3), (decree13(2, 2),))
    near = check_duties(AgencyProfile.build(agency=NAME, serves_disadvantaged_areas=False))
    assert near.item("law-18.3-disclosure-forms-areas").status is DutyStatus.NOT_APPLICABLE
    assert near.item("decree13-2.1-area-several-forms").status is DutyStatus.NOT_APPLICABLE


def test_disability_measures_decree_13_art_3():
    result = check_duties(
        AgencyProfile.build(agency=NAME, disability_form_assistance=False, disability_priority=True)
    )
    assert result.item("decree13-3.4-form-assistance").status is DutyStatus.MISSING
    assert result.item("decree13-3.6-priority").status is DutyStatus.MET


def test_catalogue_check_overrides_the_declaration(sample_profile):
    """Interpretation EVIDENCE-OVER-DECLARATION: an overdue entry proves art. 34(1)(a) unmet."""
    public = Catalogue.from_json((SAMPLES / "catalogue_public_disclosure.json").read_bytes())
    late = Catalogue.build(
        public.model_dump(),
        entries=[
            *public.entries,
            {
                "id": "X-1",
                "name": "Công văn",
                "number_symbol": "1/STP",
                "created_on": "2025-06-20",
                "category": "b",
                "forms": ["d"],
            },
        ],
    )
    report = check_catalogue(late, on=date(2025, 6, 30))
    result = check_duties(sample_profile, catalogue_report=report)
    item = result.item("law-34.1.a-timely")
    assert item.status is DutyStatus.MISSING
    assert "disclosure-overdue" in item.reason_en
    clean = check_duties(
        sample_profile, catalogue_report=check_catalogue(public, on=date(2025, 6, 30))
    )
    assert clean.missing == ()


def test_conditional_catalogue_report_is_not_evidence(sample_profile):
    cond = Catalogue.from_json((SAMPLES / "catalogue_conditional_access.json").read_bytes())
    with pytest.raises(InvalidInputError):
        check_duties(sample_profile, catalogue_report=check_catalogue(cond, on=date(2025, 6, 30)))


def test_checklist_explains_itself(sample_profile):
    result = check_duties(sample_profile)
    assert "Điều 34 khoản 1 điểm a Luật Tiếp cận thông tin số 104/2016/QH13" in result.explain("vi")
    assert "art. 34(1)(a)" in result.explain("en")
    with pytest.raises(InvalidInputError):
        result.item("no-such-duty")


# -- exchange and junk ------------------------------------------------------------------------


@given(agency_profiles())
def test_profile_json_and_csv_round_trips_are_the_identity(profile):
    assert AgencyProfile.from_json(profile.to_json()) == profile
    assert AgencyProfile.from_csv(profile.to_csv()) == profile


@given(agency_profiles())
def test_checklist_is_deterministic_and_complete(profile):
    first = check_duties(profile)
    assert check_duties(AgencyProfile.from_json(profile.to_json())) == first
    assert [i.id for i in first.items] == [d.id for d in duties()]
    assert DutyChecklist.from_json(first.to_json()) == first


@given(junk_values)
def test_junk_profile_raises_tiepcan_error(junk):
    for attempt in (
        lambda: AgencyProfile.build(junk),
        lambda: AgencyProfile.from_json(json.dumps(junk)),
    ):
        with contextlib.suppress(TiepCanError):
            attempt()


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"agency": ""},
        {"agency": "A", "has_website": "yes"},
        {"agency": "A", "colour": 1},
        {"agency": "A", "internal_rules_contents": ["focal_point", "focal_point"]},
        {"agency": "A", "internal_rules_contents": ["budget"]},
    ],
)
def test_bad_profiles_raise_invalid_input(fields):
    with pytest.raises(InvalidInputError):
        AgencyProfile.build(fields)


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "Nội dung,Giá trị\r\nMàu,đỏ\r\n",
        "Nội dung,Giá trị\r\nTên cơ quan,A\r\nCó Cổng/Trang thông tin điện tử,hmm\r\n",
        b"\xff",
        "a,b\r\n",
    ],
)
def test_bad_profile_csv_raises_tiepcan_error(junk):
    with pytest.raises(TiepCanError):
        AgencyProfile.from_csv(junk)


def test_check_duties_takes_a_mapping_and_rejects_junk():
    """One conversion: a mapping of the profile's fields gives the same checklist."""
    assert check_duties({"agency": NAME}) == check_duties(AgencyProfile.build(agency=NAME))
    for junk in (42, ["agency"], {"agency": NAME, "colour": 1}, {"agency": ""}):
        with pytest.raises(InvalidInputError):
            check_duties(junk)


# -- rulesets, results, interpretations ------------------------------------------------------


def _fake_regime(tmp_path: Path) -> Path:
    """The 2016 data copied, renamed fake-2030 (2030 only), one duty re-cited and relabelled."""
    import shutil
    from importlib import resources

    source = resources.files("tiepcan.data").joinpath("ati-2016")
    target = tmp_path / "fake-2030"
    with resources.as_file(source) as folder:
        shutil.copytree(folder, target)
    regime = (target / "regime.toml").read_text(encoding="utf-8")
    regime = regime.replace('id = "ati-2016"', 'id = "fake-2030"')
    regime = regime.replace("in_force_from = 2018-07-01", "in_force_from = 2030-01-01")
    regime = regime.replace("in_force_until = 2026-08-31", "in_force_until = 2030-12-31")
    (target / "regime.toml").write_text(regime, encoding="utf-8")
    data = (target / "duties.toml").read_text(encoding="utf-8")
    old = 'id = "law-34.1.l-reporting"\ncitation = "104/2016/QH13 art. 34(1)(l)"'
    assert old in data
    data = data.replace(
        old, 'id = "law-34.1.l-reporting"\ncitation = "104/2016/QH13 art. 34(1)(k)"'
    )
    data = data.replace(
        'label_en = "Report to the competent authority',
        'label_en = "FAKE: report to the competent authority',
    )
    (target / "duties.toml").write_text(data, encoding="utf-8")
    return target


def test_a_registered_fake_regime_governs_the_duties_of_its_span(tmp_path):
    """A new regime is data: the checklist for a date in its span follows its duties.toml,
    and says the ruleset was supplied by the user; a 2024 checklist is unchanged."""
    from tiepcan.foundation.regimes import load_ruleset, registered

    profile = AgencyProfile.build(agency=NAME, reports_when_requested=True)
    before = check_duties_on(profile, on=date(2024, 3, 1))
    with registered(load_ruleset(_fake_regime(tmp_path))):
        fake = check_duties_on(profile, on=date(2030, 3, 1))
        same = check_duties_on(profile, on=date(2024, 3, 1))
    item = fake.item("law-34.1.l-reporting")
    assert (fake.regime, fake.user_supplied) == ("fake-2030", True)
    assert item.citation == law(34, 1, "k")
    assert item.label_en.startswith("FAKE: ")
    assert item.status is DutyStatus.MET
    assert same == before
    assert (before.regime, before.user_supplied) == ("ati-2016", False)
    assert before.item("law-34.1.l-reporting").citation == law(34, 1, "l")


def test_check_duties_needs_a_date_or_a_regime(sample_profile):
    """Nothing applies a regime by default: without a date the caller names the regime."""
    with pytest.raises(InvalidInputError) as err:
        check_duties_on(sample_profile)
    assert err.value.code == "missing-governing-date"
    chosen = check_duties_on(sample_profile, regime="ati-2016")
    assert chosen.on is None and chosen.regime == "ati-2016"
    assert chosen.items == check_duties(sample_profile).items


def test_check_duties_before_the_law_is_refused(sample_profile):
    """Law art. 37: in force from 2018-07-01; earlier dates have no encoded regime (from
    2026-09-01 Law 01/2026/QH16 governs: tests/engines/test_duties_2026.py)."""
    from tiepcan.foundation.errors import RegimeNotEncodedError

    for on in (date(1, 1, 1), date(2018, 6, 30)):
        with pytest.raises(RegimeNotEncodedError):
            check_duties_on(sample_profile, on=on)


def test_checklist_records_the_interpretations_it_applied(sample_profile):
    from tiepcan.foundation.interpretations import interpretations

    plain = check_duties(sample_profile)
    assert plain.interpretations[:2] == ("declared-state", "not-applicable")
    assert "evidence-over-declaration" not in plain.interpretations
    public = Catalogue.from_json((SAMPLES / "catalogue_public_disclosure.json").read_bytes())
    report = check_catalogue(public, on=ON)
    evidence = check_duties(sample_profile, catalogue_report=report)
    assert "evidence-over-declaration" in evidence.interpretations
    known = {i for i, x in interpretations("ati-2016").items() if x.topic == "duties"}
    assert set(evidence.interpretations) <= known


def test_docs_and_registry_name_the_same_duties_interpretations():
    """docs/duties.md names each interpretation of the duties topic by id, and no other."""
    from tiepcan.foundation.interpretations import interpretations

    text = (Path(__file__).resolve().parents[2] / "docs" / "duties.md").read_text(encoding="utf-8")
    named = set(re.findall(r"Interpretation\s+`([a-z0-9-]+)`", text))
    registry = {i for i, x in interpretations("ati-2016").items() if x.topic == "duties"}
    assert named == registry


@given(agency_profiles())
def test_checklist_json_round_trip_is_the_identity(profile):
    result = check_duties(profile)
    assert DutyChecklist.from_json(result.to_json()) == result
    assert DutyChecklist.from_dict(result.to_dict()) == result


def test_an_inconsistent_checklist_does_not_load(sample_profile):
    data = check_duties(sample_profile).to_dict()
    data["items"] = [*data["items"], data["items"][0]]  # a duty listed twice
    with pytest.raises(TiepCanError):
        DutyChecklist.from_dict(data)
    blank = {**check_duties(sample_profile).to_dict(), "agency": " "}
    with pytest.raises(TiepCanError):
        DutyChecklist.from_dict(blank)


def test_profile_fields_carry_their_vietnamese_titles():
    """The JSON Schema and the CSV rows read the same Vietnamese titles."""
    schema = AgencyProfile.json_schema()
    assert schema["properties"]["has_website"]["title"] == "Có Cổng/Trang thông tin điện tử"
    import csv
    import io

    rows = list(csv.reader(io.StringIO(AgencyProfile.build(agency=NAME).to_csv())))
    assert rows[1] == ["Tên cơ quan", NAME]
    assert [r[0] for r in rows[2:4]] == [
        AgencyProfile.model_fields["has_website"].title,
        AgencyProfile.model_fields["serves_disadvantaged_areas"].title,
    ]


# -- issue 9: the whole checklist ----------------------------------------------------------------


def test_law_art_33_every_measure_is_on_the_checklist():
    """Law art. 33 lists six measures (clauses 1–6); Decree 13 art. 12(1) makes the agency
    carry out all of them. Each clause has a line, and clause 4 (the focal unit or officer)
    reads a fact of its own."""
    statute_clauses = re.findall(r"^(\d)\. ", law(33).text(), re.MULTILINE)
    assert statute_clauses == ["1", "2", "3", "4", "5", "6"]
    on_list = {d.citation.clause for d in cited() if d.citation.article == 33}
    assert on_list == {1, 2, 3, 4, 5, 6}
    focal = next(d for d in duties() if d.citation == law(33, 4))
    assert focal.field == "focal_point_designated"
    # Decree 13 art. 8(1) ("Bố trí người làm đầu mối") details it: one line, not two
    assert focal.details == (decree13(8, 1),)
    assert [d.id for d in duties() if d.field == "focal_point_designated"] == [
        "law-33.4-focal-point"
    ]
    result = check_duties(AgencyProfile.build(agency=NAME, focal_point_designated=False))
    assert result.item("law-33.4-focal-point").status is DutyStatus.MISSING


def test_law_art_19_3_and_35_6_are_on_the_checklist():
    """Art. 19(3): keep and classify the catalogued records, digitise them; art. 35(6): reading
    and copying at the office, a notice board."""
    assert {d.id for d in cited() if d.citation == law(19, 3)} == {
        "law-19.3-records-kept",
        "law-19.3-digitised",
        "law-19.3-connected",
    }
    assert {d.id for d in cited() if d.citation == law(35, 6)} == {
        "law-35.6-reading-at-office",
        "law-35.6-notice-board",
    }
    result = check_duties(AgencyProfile.build(agency=NAME, notice_board_or_equipment=False))
    assert result.item("law-35.6-notice-board").status is DutyStatus.MISSING


def test_decree_13_art_8_3_helping_the_requester_identify_documents_is_a_line_of_its_own():
    """Art. 8(3): "hướng dẫn, hỗ trợ người yêu cầu xác định rõ hồ sơ, tài liệu, tên văn bản"."""
    assert "xác định rõ hồ sơ, tài liệu, tên văn bản" in decree13(8, 3).text()
    result = check_duties(
        AgencyProfile.build(agency=NAME, guides_requesters=True, helps_identify_documents=False)
    )
    assert result.item("decree13-8.3-guide-requesters").status is DutyStatus.MET
    item = result.item("decree13-8.3-identify-documents")
    assert item.status is DutyStatus.MISSING and item.citation == decree13(8, 3)


def test_decree_13_art_6_1_conditional_catalogue_compiled_not_published():
    """Art. 6(1): the focal unit "lập, cập nhật" the conditional-access catalogue; the clause
    does not say "công khai", so no line asks whether it is made public (issue 18)."""
    text = decree13(6, 1).text()
    assert "lập, cập nhật Danh mục thông tin phải được công khai" in text
    assert "công khai Danh mục thông tin công dân được tiếp cận có điều kiện" not in text
    ids = {d.id for d in cited() if d.citation == decree13(6, 1)}
    assert ids == {"decree13-6.1-conditional-catalogue"}
    assert "conditional_catalogue_published" not in AgencyProfile.model_fields
    with pytest.raises(InvalidInputError):
        AgencyProfile.build(agency=NAME, conditional_catalogue_published=True)


def test_decree_13_art_12_3_binds_ministries_and_provincial_committees_only():
    """Art. 12(3): "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân cấp
    tỉnh … báo cáo định kỳ 03 năm hoặc đột xuất với Bộ Tư pháp"; art. 12(4) its contents."""
    assert "định kỳ 03 năm" in decree13(12, 3).text()
    department = check_duties(
        AgencyProfile.build(agency=NAME, is_ministry_or_provincial_committee=False)
    )
    committee = check_duties(
        AgencyProfile.build(
            agency="Ủy ban nhân dân tỉnh Minh Sơn",
            is_ministry_or_provincial_committee=True,
            reports_to_justice_ministry=True,
            report_has_required_contents=False,
        )
    )
    for duty_id in ("decree13-12.3-report-to-ministry", "decree13-12.4-report-contents"):
        assert department.item(duty_id).status is DutyStatus.NOT_APPLICABLE
    assert committee.item("decree13-12.3-report-to-ministry").status is DutyStatus.MET
    assert committee.item("decree13-12.4-report-contents").status is DutyStatus.MISSING


def test_decree_13_arts_7_9_10_13_lines():
    """Art. 7(2) removal before provision; art. 9(2)(d) the requester's own phone; art. 10(1)
    the register "dưới dạng bản giấy hoặc bản điện tử"; art. 13(2) costs paid in advance."""
    assert "bản giấy hoặc bản điện tử" in decree13(10, 1).text()
    profile = AgencyProfile.build(
        agency=NAME,
        removes_protected_content=False,
        allows_personal_devices=True,
        keeps_request_register=False,
        costs_paid_before_provision_into_budget=True,
    )
    result = check_duties(profile)
    assert result.item("decree13-7.2-remove-before-provision").status is DutyStatus.MISSING
    assert result.item("decree13-9.2.d-personal-devices").citation == decree13(9, 2, "d")
    assert result.item("decree13-9.2.d-personal-devices").status is DutyStatus.MET
    # the register: Law art. 26(1) is its primary source, Decree 13 art. 10(1) the detail
    register = result.item("law-26.1-request-register")
    assert register.status is DutyStatus.MISSING
    assert (register.citation, register.details) == (law(26, 1), (decree13(10, 1),))
    assert result.item("decree13-13.2-costs-in-advance-to-budget").status is DutyStatus.MET


def test_provincial_instruction_lines_are_marked_as_such_not_cited():
    """Lines ordered by provincial instructions (internal rules at the office and on the website,
    dissemination, spokesperson and hotline, a yearly review, reports to the Department of
    Justice) carry source provincial-instruction and no statutory citation, and say so."""
    provincial = [d for d in duties() if d.source is DutySource.PROVINCIAL_INSTRUCTION]
    assert {d.field for d in provincial} == {
        "internal_rules_posted_at_office",
        "internal_rules_posted_on_website",
        "disseminates_access_law",
        "spokesperson_and_hotline_on_website",
        "reviews_difficulties_yearly",
        "reports_to_provincial_justice_department",
    }
    assert all(d.citation is None for d in provincial)
    result = check_duties(
        AgencyProfile.build(
            agency=NAME, has_website=True, spokesperson_and_hotline_on_website=False
        )
    )
    item = result.item("province-spokesperson-and-hotline")
    assert item.status is DutyStatus.MISSING and item.citation is None
    assert "không phải quy định của Luật" in item.explain("vi")
    assert "not the law" in item.explain("en")
    assert "provincial-instructions" in result.interpretations
    assert DutyResult.from_json(item.to_json()) == item


def test_a_duty_of_the_law_without_citation_does_not_load():
    """A line is the law's (with its citation) or a provincial instruction's (without one)."""
    item = check_duties(AgencyProfile.build(agency=NAME)).item("law-34.1.a-timely").to_dict()
    with pytest.raises(TiepCanError):
        DutyResult.from_dict({**item, "citation": None})
    with pytest.raises(TiepCanError):
        DutyResult.from_dict({**item, "source": "provincial-instruction"})


def test_an_agency_without_a_website_follows_art_19_6_not_art_33_2():
    """Interpretation website-measure: art. 19(6) ("Trường hợp cơ quan nhà nước chưa có cổng
    thông tin điện tử và trang thông tin điện tử … bằng hình thức thích hợp khác") allows an
    agency without a website, so the measure of art. 33(2) does not apply to it and the duty
    of art. 19(6) does; the lines that presuppose a website do not apply (website-duties)."""
    assert "chưa có cổng thông tin điện tử và trang thông tin điện tử" in law(19, 6).text()
    result = check_duties(
        AgencyProfile.build(
            agency="UBND xã Hòa Bình", has_website=False, discloses_without_website=False
        )
    )
    assert result.item("law-33.2-website").status is DutyStatus.NOT_APPLICABLE
    other_form = result.item("law-19.6-disclosure-without-website")
    assert other_form.status is DutyStatus.MISSING and other_form.citation == law(19, 6)
    assert result.item("province-internal-rules-on-website").status is DutyStatus.NOT_APPLICABLE
    assert result.item("decree13-11.2-databases-linked").status is DutyStatus.NOT_APPLICABLE
    assert "website-measure" in result.interpretations


def test_the_rulebook_lists_every_duty():
    """docs/duties.md names every duty id, with its statute text or its provincial source (the
    section on Law 01/2026/QH16 is checked by tests/engines/test_duties_2026.py)."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "duties.md").read_text(encoding="utf-8")
    text = text.split("## Under Law 01/2026/QH16")[0]
    named = set(re.findall(r"`((?:law|decree13|province)-[a-z0-9.\-]+)`", text))
    ids = {d.id for d in duties()}
    assert ids <= named
    # the page names the lines removed in 0.x (issue 18) once, in their paragraph
    removed = text.split("Removed in 0.x (issue 18):")[1].split("\n\n")[0]
    gone = set(re.findall(r"`((?:law|decree13)-[a-z0-9.\-]+)`", removed))
    assert len(gone) == 11 and not gone & ids
    assert named - gone <= ids


# -- issue 18: duties as the texts write them ----------------------------------------------------


def _fragments(quote: str) -> list[str]:
    return [" ".join(f.split()) for f in quote.split("…") if f.strip()]


def _in_order(quote: str, text: str) -> bool:
    """Each part of the quote ("…" between parts) is in the text, in the quote's order."""
    flat = " ".join(text.split()).lower()
    at = 0
    for part in _fragments(quote):
        found = flat.find(part.lower(), at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def test_every_duty_of_the_law_quotes_the_unit_it_cites():
    """Each line's quote is in the bundled statute text of its citation (data/statute.json
    through tiepcan.foundation.citations), verbatim; each detail resolves to statute text too."""
    for duty in cited():
        assert duty.quote, duty.id
        assert _in_order(duty.quote, duty.citation.text()), duty.id
        for detail in duty.details:
            assert detail.text(), (duty.id, detail)
    for duty in duties():
        if duty.source is DutySource.PROVINCIAL_INSTRUCTION:
            assert duty.quote is None and duty.details == ()


def test_a_quote_that_is_not_in_the_text_is_caught():
    """The check above is not vacuous: a word changed, or parts out of order, fail it."""
    text = law(26, 1).text()
    assert _in_order("vào Sổ theo dõi cung cấp thông tin theo yêu cầu", text)
    assert not _in_order("vào Sổ theo dõi cung cấp thông tin theo đề nghị", text)
    assert not _in_order("vào Sổ theo dõi … tiếp nhận yêu cầu", text)


def test_each_duty_is_listed_once_with_its_primary_source():
    """One line per duty: no two lines read the same fact of the profile, and a duty that
    Decree 13 details cites the Law first and the decree as its detail."""
    facts = [(d.field, d.content) for d in duties()]
    assert len(facts) == len(set(facts))
    for duty in cited():
        assert duty.citation not in duty.details
        if any(c.instrument == "13/2018/NĐ-CP" for c in duty.details):
            assert duty.citation.instrument == "104/2016/QH13", duty.id
    primary = {d.citation for d in cited()}
    # a unit that details a duty of the Law is not also the primary source of a line that
    # declares the same thing again (the defect: art. 33(4) and Decree 13 art. 8(1) twice)
    for removed in (
        "decree13-8.1-focal-officer",
        "decree13-9.1-reception-place-and-equipment",
        "decree13-9.2.a-reading-place",
        "decree13-9.2.b-equipment",
        "decree13-10.1-digitisation",
        "decree13-10.1-request-register",
        "decree13-8.6-help-fill-form",
        "decree13-6.1-conditional-catalogue-published",
    ):
        assert removed not in {d.id for d in duties()}
    for unit in (decree13(8, 1), decree13(9, 1), decree13(10, 1), decree13(8, 6)):
        assert unit not in primary
        assert any(unit in d.details for d in cited())


#: issue 18: the duties that were missing, each with the words of the unit that makes it
NEW_DUTIES = {
    "law-13.2-yearly-report-to-council": (
        law(13, 2),
        "định kỳ hằng năm, xem xét báo cáo của Ủy ban nhân dân cùng cấp",
    ),
    "law-18.3-disclosure-forms-disability": (
        law(18, 3),
        "xác định hình thức công khai thông tin phù hợp với khả năng, điều kiện tiếp cận",
    ),
    "law-18.3-disclosure-forms-areas": (law(18, 3), "vùng có điều kiện kinh tế - xã hội"),
    "law-19.3-connected": (law(19, 3), "kết nối với mạng điện tử trên toàn quốc"),
    "law-19.4-linked-websites": (law(19, 4), "liên kết, tích hợp"),
    "law-24.1.a-help-fill-form": (
        law(24, 1, "a"),
        "không biết chữ hoặc bị khuyết tật không thể viết yêu cầu",
    ),
    "law-26.1-request-register": (law(26, 1), "vào Sổ theo dõi cung cấp thông tin theo yêu cầu"),
    "law-34.2-focal-head": (law(34, 2), "kịp thời xử lý người cung cấp thông tin"),
    "law-34.3-staff-conduct": (law(34, 3), "không được nhũng nhiễu, gây cản trở"),
    "law-35.2-ministry-tasks": (law(35, 2), "các điểm a, c, d, đ và g khoản 1"),
    "law-35.5-provincial-measures": (law(35, 5), "theo hướng dẫn của Chính phủ"),
    "decree13-6.2-creating-unit-identifies": (
        decree13(6, 2),
        "chuyển đến đầu mối cung cấp thông tin",
    ),
    "decree13-11.1-section-download-address": (
        decree13(11, 1),
        "địa chỉ truy cập để tải thông tin (nếu có)",
    ),
}


@pytest.mark.parametrize("duty_id", sorted(NEW_DUTIES))
def test_the_missing_duties_are_on_the_checklist(duty_id):
    unit, words = NEW_DUTIES[duty_id]
    duty = next(d for d in duties() if d.id == duty_id)
    assert duty.citation == unit
    assert words in unit.text() and words in duty.quote


def test_help_to_fill_in_the_form_is_law_art_24_1_a_detailed_by_decree_13_art_8_6():
    """Art. 24(1)(a): "Trường hợp người yêu cầu cung cấp thông tin không biết chữ hoặc bị khuyết
    tật không thể viết yêu cầu thì người tiếp nhận … có trách nhiệm giúp điền"."""
    result = check_duties(AgencyProfile.build(agency=NAME, helps_fill_request_form=False))
    item = result.item("law-24.1.a-help-fill-form")
    assert item.status is DutyStatus.MISSING
    assert (item.citation, item.details) == (law(24, 1, "a"), (decree13(8, 6),))
    assert item.basis("vi") == (
        "Điều 24 khoản 1 điểm a Luật Tiếp cận thông tin số 104/2016/QH13; "
        "chi tiết tại Điều 8 khoản 6 Nghị định 13/2018/NĐ-CP"
    )
    assert "detailed in Decree 13/2018/NĐ-CP, art. 8(6)" in item.explain("en")
    assert DutyResult.from_json(item.to_json()) == item


def test_the_yearly_report_binds_a_peoples_committee_art_13_2():
    """Art. 13(2): the People's Council "định kỳ hằng năm, xem xét báo cáo của Ủy ban nhân
    dân cùng cấp": the committee's yearly report has its statutory basis here."""
    commune = check_duties(
        AgencyProfile.build(
            agency="UBND xã Hòa Bình",
            is_peoples_committee=True,
            reports_yearly_to_peoples_council=False,
        )
    )
    assert commune.item("law-13.2-yearly-report-to-council").status is DutyStatus.MISSING
    department = check_duties(AgencyProfile.build(agency=NAME, is_peoples_committee=False))
    item = department.item("law-13.2-yearly-report-to-council")
    assert item.status is DutyStatus.NOT_APPLICABLE


def test_ministries_and_provincial_committees_arts_35_2_and_35_5():
    ministry = check_duties(
        AgencyProfile.build(
            agency="Bộ Tư pháp", is_ministry=True, ministry_performs_state_tasks=True,
            is_provincial_committee=False,
        )
    )  # fmt: skip
    assert ministry.item("law-35.2-ministry-tasks").status is DutyStatus.MET
    assert ministry.item("law-35.5-provincial-measures").status is DutyStatus.NOT_APPLICABLE
    province = check_duties(
        AgencyProfile.build(agency="UBND tỉnh Minh Sơn", is_provincial_committee=True)
    )
    assert province.item("law-35.5-provincial-measures").status is DutyStatus.CANNOT_JUDGE


def test_linked_websites_need_a_website_and_agencies_under_it_art_19_4():
    """Art. 19(4) links the agency's website with those "của cơ quan trực thuộc": two facts.
    Either denied: not applicable; neither denied and one unknown: cannot be judged."""

    def status(**facts):
        r = check_duties(
            AgencyProfile.build(agency=NAME, website_linked_to_subordinates=False, **facts)
        )
        return r.item("law-19.4-linked-websites").status

    assert status(has_website=True, has_subordinate_agencies=True) is DutyStatus.MISSING
    assert status(has_website=False) is DutyStatus.NOT_APPLICABLE
    assert status(has_subordinate_agencies=False) is DutyStatus.NOT_APPLICABLE
    assert status(has_website=True) is DutyStatus.CANNOT_JUDGE
    assert status() is DutyStatus.CANNOT_JUDGE


def test_the_head_and_the_staff_of_the_focal_unit_arts_34_2_and_34_3():
    result = check_duties(
        AgencyProfile.build(
            agency=NAME,
            focal_head_ensures_and_disciplines=True,
            staff_provide_without_obstruction=False,
        )
    )
    assert result.item("law-34.2-focal-head").status is DutyStatus.MET
    assert result.item("law-34.3-staff-conduct").status is DutyStatus.MISSING


@given(agency_profiles())
def test_a_duty_applies_exactly_when_no_fact_it_depends_on_is_denied(profile):
    """Property: a duty is not applicable iff the profile denies one of its conditions; with
    none denied but one undeclared it cannot be judged; otherwise its own fact decides."""
    result = check_duties(profile)
    for duty, item in zip(duties(), result.items, strict=True):
        values = [getattr(profile, f) for f, _w in duty.conditions]
        denied = any(
            v is not None and v is not w for v, (_f, w) in zip(values, duty.conditions, strict=True)
        )
        if denied:
            assert item.status is DutyStatus.NOT_APPLICABLE, duty.id
        elif None in values:
            assert item.status is DutyStatus.CANNOT_JUDGE, duty.id
        else:
            assert item.status is not DutyStatus.NOT_APPLICABLE, duty.id
        assert item.citation == duty.citation and item.details == duty.details


def test_a_result_with_details_but_no_citation_does_not_load():
    item = check_duties(AgencyProfile.build(agency=NAME)).item("law-26.1-request-register")
    data = item.to_dict()
    with pytest.raises(TiepCanError):
        DutyResult.from_dict({**data, "details": [data["citation"]]})  # the citation again
    with pytest.raises(TiepCanError):
        DutyResult.from_dict(
            {**data, "citation": None, "source": "provincial-instruction"}
        )  # a provincial line has no details
