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
from tiepcan.citations import decree13, law
from tiepcan.duties import check_duties as check_duties_on
from tiepcan.errors import InvalidInputError, TiepCanError
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

SAMPLES = Path(__file__).resolve().parents[1] / "docs" / "samples"
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
    units = {(d.citation.instrument, d.citation.article, d.citation.clause) for d in cited()}
    decree = "13/2018/NĐ-CP"
    assert (decree, 11, 1) in units  # the access-to-information section
    assert (decree, 11, 2) in units  # the databases linked to it
    assert (decree, 12, 1) in units  # rules assigning focal points
    assert (decree, 6, 1) in units  # the conditional-access catalogue
    assert (decree, 6, 3) in units  # catalogue posted at the office
    assert (decree, 13, 2) in units  # costs paid in advance, into the budget
    assert {c for i, a, c in units if i == decree and a == 3} == {1, 2, 3, 4, 5, 6}
    assert {c for i, a, c in units if i == decree and a == 2} == {1, 2, 3, 4}
    assert {c for i, a, c in units if i == decree and a == 7} == {1, 2}
    assert {c for i, a, c in units if i == decree and a == 8} == {1, 2, 3, 4, 5, 6}
    assert {c for i, a, c in units if i == decree and a == 9} == {1, 2}
    assert {c for i, a, c in units if i == decree and a == 10} == {1}
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
        (Path(__file__).resolve().parents[1] / "tiepcan/data/ati-2016/duties.toml").read_text(
            "utf-8"
        )
    )
    ids = [r["id"] for r in raw["duty"]]
    assert len(ids) == len(set(ids)) == len(duties())
    for duty in duties():
        assert (duty.citation is None) is (duty.source is DutySource.PROVINCIAL_INSTRUCTION)
        assert duty.citation is None or duty.citation.text()
        assert duty.field in AgencyProfile.model_fields
        if duty.applies_if:
            assert duty.applies_if.removeprefix("not ") in AgencyProfile.model_fields
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
    assert [i.id for i in result.not_applicable] == [
        "decree13-6.3-catalogue-posted-at-office",
        "decree13-12.3-report-to-ministry",
        "decree13-12.4-report-contents",
    ]
    # the sample is complete: every fact and every duty that applies to it is declared
    moot = {
        "catalogue_posted_at_office",
        "reports_to_justice_ministry",
        "report_has_required_contents",
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
    assert len(section) == 6  # the section, the catalogue, focal point, address, forms, guidance
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


def test_area_measures_apply_to_agencies_serving_those_areas_decree_13_art_2():
    far = check_duties(
        AgencyProfile.build(
            agency=NAME, serves_disadvantaged_areas=True, area_disclosure_forms_chosen=False
        )
    )
    assert far.item("decree13-2.2-area-forms").status is DutyStatus.MISSING
    near = check_duties(AgencyProfile.build(agency=NAME, serves_disadvantaged_areas=False))
    assert near.item("decree13-2.2-area-forms").status is DutyStatus.NOT_APPLICABLE


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
    from tiepcan.regimes import load_ruleset, registered

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
    assert err.value.code == "missing-date"
    chosen = check_duties_on(sample_profile, regime="ati-2016")
    assert chosen.on is None and chosen.regime == "ati-2016"
    assert chosen.items == check_duties(sample_profile).items


def test_check_duties_before_the_law_is_refused(sample_profile):
    """Law art. 37: in force from 2018-07-01; earlier dates have no encoded regime."""
    from tiepcan.errors import RegimeNotEncodedError

    for on in (date(1, 1, 1), date(2018, 6, 30), date(2026, 9, 1)):
        with pytest.raises(RegimeNotEncodedError):
            check_duties_on(sample_profile, on=on)


def test_checklist_records_the_interpretations_it_applied(sample_profile):
    from tiepcan.interpretations import interpretations

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
    from tiepcan.interpretations import interpretations

    text = (Path(__file__).resolve().parents[1] / "docs" / "duties.md").read_text(encoding="utf-8")
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
    result = check_duties(AgencyProfile.build(agency=NAME, focal_point_designated=False))
    assert result.item("law-33.4-focal-point").status is DutyStatus.MISSING
    assert result.item("decree13-8.1-focal-officer").status is DutyStatus.MISSING


def test_law_art_19_3_and_35_6_are_on_the_checklist():
    """Art. 19(3): keep and classify the catalogued records, digitise them; art. 35(6): reading
    and copying at the office, a notice board."""
    assert {d.id for d in cited() if d.citation == law(19, 3)} == {
        "law-19.3-records-kept",
        "law-19.3-digitised",
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


def test_decree_13_art_6_1_conditional_catalogue_kept_and_published():
    """Art. 6(1): the focal unit compiles and updates the conditional-access catalogue too;
    publishing it is interpretation conditional-catalogue-published."""
    ids = {d.id for d in cited() if d.citation == decree13(6, 1)}
    assert ids == {
        "decree13-6.1-conditional-catalogue",
        "decree13-6.1-conditional-catalogue-published",
    }
    result = check_duties(AgencyProfile.build(agency=NAME, conditional_catalogue_published=False))
    assert result.item("decree13-6.1-conditional-catalogue-published").status is DutyStatus.MISSING
    assert "conditional-catalogue-published" in result.interpretations


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
    assert result.item("decree13-10.1-request-register").status is DutyStatus.MISSING
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


def test_an_agency_without_a_website_misses_the_measure_of_art_33_2():
    """Interpretation website-measure: art. 33(2) "Vận hành cổng thông tin điện tử" is a
    measure; the lines that presuppose a website do not apply (website-duties)."""
    result = check_duties(AgencyProfile.build(agency="UBND xã Hòa Bình", has_website=False))
    assert result.item("law-33.2-website").status is DutyStatus.MISSING
    assert result.item("province-internal-rules-on-website").status is DutyStatus.NOT_APPLICABLE
    assert result.item("decree13-11.2-databases-linked").status is DutyStatus.NOT_APPLICABLE
    assert "website-measure" in result.interpretations


def test_the_rulebook_lists_every_duty():
    """docs/duties.md names every duty id, with its statute text or its provincial source."""
    text = (Path(__file__).resolve().parents[1] / "docs" / "duties.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:law|decree13|province)-[a-z0-9.\-]+)`", text))
    assert {d.id for d in duties()} <= named
    assert named <= {d.id for d in duties()}
