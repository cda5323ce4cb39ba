"""The sample catalogues of docs/samples pass the check; variants fail it, one per rule.

Each failing variant changes one thing in the sample of a provincial department and names the
clause that makes it fail. Expected dates are counted by hand from the calendar.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tiepcan.catalogue import (
    Catalogue,
    CatalogueFinding,
    CatalogueReport,
    FindingSeverity,
    check_catalogue,
)
from tiepcan.foundation.citations import decree13, law
from tiepcan.foundation.errors import InvalidInputError, RegimeNotEncodedError
from tiepcan.rules.duties import AgencyProfile

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"
AS_OF = date(2025, 6, 30)


def _load(name: str) -> Catalogue:
    return Catalogue.from_json((SAMPLES / f"{name}.json").read_bytes())


@pytest.fixture(scope="module")
def public() -> Catalogue:
    return _load("catalogue_public_disclosure")


@pytest.fixture(scope="module")
def conditional() -> Catalogue:
    return _load("catalogue_conditional_access")


@pytest.fixture(scope="module")
def sample_profile_json() -> bytes:
    return (SAMPLES / "agency_profile.json").read_bytes()


def _variant(cat: Catalogue, change: Any) -> Catalogue:
    data = cat.to_dict()
    change(data)
    return Catalogue.build(data)


def _entry(data: dict[str, Any], entry_id: str) -> dict[str, Any]:
    return next(e for e in data["entries"] if e["id"] == entry_id)


def _only(report: CatalogueReport, code: str) -> CatalogueFinding:
    """The report's single violation, which must have ``code``."""
    assert [f.code for f in report.violations] == [code], report.explain("en")
    return report.violations[0]


# -- the samples pass -------------------------------------------------------------------------


def test_sample_public_catalogue_passes_with_no_findings(public):
    report = check_catalogue(public, on=AS_OF)
    assert report.ok
    assert report.findings == ()


def test_sample_public_catalogue_covers_every_point_of_art_19_1(public):
    points = {e.website_category for e in public.entries} - {None}
    assert len(points) == 8  # all but g, which is the catalogue itself


def test_sample_conditional_catalogue_passes(conditional):
    report = check_catalogue(conditional, on=AS_OF)
    assert report.ok and report.findings == ()


@pytest.mark.parametrize("name", ["catalogue_public_disclosure", "catalogue_conditional_access"])
def test_sample_csv_is_generated_from_the_json(name):
    """docs/samples/README.md: the CSV files are generated from the JSON sources."""
    from_json = _load(name)
    csv_bytes = (SAMPLES / f"{name}.csv").read_bytes()
    assert csv_bytes.startswith("\ufeff".encode())
    assert Catalogue.from_csv(csv_bytes) == from_json
    assert csv_bytes.decode("utf-8-sig") == from_json.to_csv()


def test_sample_profile_csv_is_generated_from_the_json():
    profile = AgencyProfile.from_json((SAMPLES / "agency_profile.json").read_bytes())
    csv_bytes = (SAMPLES / "agency_profile.csv").read_bytes()
    assert AgencyProfile.from_csv(csv_bytes) == profile
    assert csv_bytes.decode("utf-8-sig") == profile.to_csv()


# -- variants that fail, one per rule -----------------------------------------------------------


def test_catalogue_not_published_violates_art_34_1_b(public):
    """Art. 34(1)(b), 19(1)(g), Decree 13 art. 6(3): the catalogue goes on the website."""
    cat = _variant(public, lambda d: d.update(published_url=None))
    f = _only(check_catalogue(cat, on=AS_OF), "catalogue-not-published")
    assert law(34, 1, "b") in f.citations and decree13(6, 3) in f.citations


def test_agency_without_website_must_post_the_catalogue_decree_6_3(public):
    """Decree 13 art. 6(3): no website → post the catalogue at the office (or another form)."""

    def no_site(d: dict[str, Any]) -> None:
        d.update(website=None, published_url=None)

    cat = _variant(public, no_site)
    _only(check_catalogue(cat, on=AS_OF), "catalogue-not-published")
    posted = _variant(cat, lambda d: d.update(published_by_posting=True))
    assert check_catalogue(posted, on=AS_OF).ok


def test_no_website_lifts_the_website_form_requirement_art_19_6(public):
    """Art. 19(6): an agency without a website discloses art. 19(1) information otherwise."""

    def posted_only(d: dict[str, Any]) -> None:
        d.update(website=None, published_url=None, published_by_posting=True)
        for e in d["entries"]:
            e["forms"] = ["d"]
            e["access_url"] = None
            e["disclosed_until"] = None

    report = check_catalogue(_variant(public, posted_only), on=AS_OF)
    assert report.ok, report.explain("en")


def test_missing_focal_point_phone_violates_art_17_1_m(public):
    """Art. 17(1)(m), 19(1)(đ): the focal point's telephone number must be published."""

    def drop(d: dict[str, Any]) -> None:
        d["focal_point"]["phone"] = None

    f = _only(check_catalogue(_variant(public, drop), on=AS_OF), "missing-contact-detail")
    assert f.field == "focal_point.phone"
    assert f.citations == (law(17, 1, "m"), law(19, 1, "đ"))


def test_missing_agency_email_violates_art_19_1_dd(public):
    def drop(d: dict[str, Any]) -> None:
        d["agency"]["email"] = None

    f = _only(check_catalogue(_variant(public, drop), on=AS_OF), "missing-contact-detail")
    assert f.field == "agency.email" and f.citations == (law(19, 1, "đ"),)


def test_missing_fax_is_a_warning_not_a_violation(public):
    """Interpretation FAX-IF-ANY: arts. 17(1)(m), 19(1)(đ) list a fax number; many agencies
    have none, so its absence is to be reviewed, not a breach."""

    def drop(d: dict[str, Any]) -> None:
        d["focal_point"]["fax"] = None

    report = check_catalogue(_variant(public, drop), on=AS_OF)
    assert report.ok
    assert [(f.field, f.severity) for f in report.findings] == [
        ("focal_point.fax", FindingSeverity.WARNING)
    ]


@pytest.mark.parametrize("point", ["a", "b", "c", "d", "dd", "e", "h", "i"])
def test_website_point_declared_held_without_entry_violates_art_19_1(public, point):
    """Art. 19(1): among the art. 17 information the agency holds, each point must be on the
    website. The sample declares it holds information under every point: a point with no entry
    is a violation."""

    def drop(d: dict[str, Any]) -> None:
        d["entries"] = [e for e in d["entries"] if e["website_category"] != point]

    assert point in {p.value for p in public.website_points_held}
    f = _only(check_catalogue(_variant(public, drop), on=AS_OF), "website-point-without-entry")
    assert f.severity is FindingSeverity.VIOLATION
    assert f.citations == (law(19, 1, point),)


@pytest.mark.parametrize("point", ["a", "b", "d", "e", "h", "i"])
def test_website_point_not_declared_held_cannot_be_judged_art_19_1_chapeau(public, point):
    """Art. 19(1) opens "Trong các thông tin quy định tại Điều 17": a point the agency may not
    hold (a commune with no public-investment list, 19(1)(d)) is not a violation when nothing
    says the agency holds it; it cannot be judged (interpretation website-points-held)."""
    assert law(19, 1).text().startswith("Trong các thông tin quy định tại Điều 17")

    def drop(d: dict[str, Any]) -> None:
        d["entries"] = [e for e in d["entries"] if e["website_category"] != point]
        d["website_points_held"] = None

    report = check_catalogue(_variant(public, drop), on=AS_OF)
    assert report.ok
    assert [(f.code, f.severity, f.field) for f in report.findings] == [
        ("website-point-without-entry", FindingSeverity.CANNOT_JUDGE, "website_points_held")
    ]
    assert report.findings[0].citations == (law(19, 1), law(19, 1, point))
    assert "website-points-held" in report.interpretations


def test_website_point_declared_not_held_is_not_reported_art_19_1(public):
    """A commune that declares it holds no public-investment information (19(1)(d)) has
    nothing to publish under that point."""

    def drop(d: dict[str, Any]) -> None:
        d["entries"] = [e for e in d["entries"] if e["website_category"] != "d"]
        d["website_points_held"] = ["a", "b", "c", "dd", "e", "h", "i"]

    report = check_catalogue(_variant(public, drop), on=AS_OF)
    assert report.findings == ()


@pytest.mark.parametrize("point", ["c", "dd"])
def test_website_point_every_agency_holds_is_a_violation_even_undeclared(public, point):
    """Every agency has its annual work programme (19(1)(c): "chương trình, kế hoạch công tác
    hằng năm của cơ quan nhà nước") and its own functions and contacts (19(1)(đ)): a missing
    entry is a violation whatever the declaration (interpretation website-points-held)."""

    def drop(d: dict[str, Any]) -> None:
        d["entries"] = [e for e in d["entries"] if e["website_category"] != point]
        d["website_points_held"] = []

    f = _only(check_catalogue(_variant(public, drop), on=AS_OF), "website-point-without-entry")
    assert f.severity is FindingSeverity.VIOLATION


def test_undeclared_website_point_does_not_make_art_34_1_b_missing(public, sample_profile_json):
    """A 19(1)(d) point that cannot be judged must not turn the art. 34(1)(b) duty to
    "missing" (only violations are evidence: evidence-over-declaration)."""
    from tiepcan.duties import check_duties
    from tiepcan.rules.duties import DutyStatus

    def drop(d: dict[str, Any]) -> None:
        d["entries"] = [e for e in d["entries"] if e["website_category"] != "d"]
        d["website_points_held"] = None

    report = check_catalogue(_variant(public, drop), on=AS_OF)
    result = check_duties(sample_profile_json, on=AS_OF, catalogue_report=report)
    assert result.item("law-34.1.b-catalogue").status is DutyStatus.MET


def test_website_point_entry_not_on_website_violates_art_19_1(public):
    """Art. 19(1)(a): the procedures decision must be on the website, not only posted."""

    def drop_web(d: dict[str, Any]) -> None:
        e = _entry(d, "TTHC-2025-01")
        e["forms"] = ["d"]
        e["disclosed_until"] = None

    report = check_catalogue(_variant(public, drop_web), on=AS_OF)
    codes = [f.code for f in report.violations]
    assert "website-point-not-on-website" in codes
    assert report.violations[codes.index("website-point-not-on-website")].citations == (
        law(19, 1, "a"),
    )


def test_website_point_from_the_wrong_art_17_category_violates_art_19_1(public):
    """Art. 19(1) draws from art. 17: a tax list (17(1)(o)) is not 19(1)(a) information."""

    def mislabel(d: dict[str, Any]) -> None:
        _entry(d, "PHI-2025-01")["website_category"] = "a"

    f = _only(
        check_catalogue(_variant(public, mislabel), on=AS_OF), "website-point-category-mismatch"
    )
    assert f.entry_id == "PHI-2025-01" and law(19, 1) in f.citations


@pytest.mark.parametrize("field", ["name", "number_symbol", "created_on", "forms"])
def test_missing_required_field_violates_decree_13_art_6_3(public, field):
    """Decree 13 art. 6(3): name, number and symbol, date created, form of disclosure."""

    def drop(d: dict[str, Any]) -> None:
        e = _entry(d, "PHI-2025-01")  # not under any art. 19(1) point
        e[field] = [] if field == "forms" else None

    report = check_catalogue(_variant(public, drop), on=AS_OF)
    missing = [f for f in report.violations if f.code == "missing-required-field"]
    assert [(f.entry_id, f.field) for f in missing] == [("PHI-2025-01", field)]
    assert decree13(6, 3) in missing[0].citations


def test_missing_art_17_1_point_is_a_warning_not_a_breach_of_decree_13_art_6_3(public):
    """Decree 13 art. 6(3) lists only the fields of an entry ("Tên, số, ký hiệu …; ngày, tháng,
    năm tạo ra … kèm theo hình thức công khai thông tin, thời điểm, thời hạn công khai"): the
    art. 17(1) point is not one of them. Its absence is a warning citing art. 17(1)
    (interpretation category-recommended), and proves no duty broken."""
    text = decree13(6, 3).text()
    assert "Tên, số, ký hiệu văn bản" in text and "Điều 17" not in text.split("\n")[0]

    def drop(d: dict[str, Any]) -> None:
        _entry(d, "PHI-2025-01")["category"] = None  # not under any art. 19(1) point

    report = check_catalogue(_variant(public, drop), on=AS_OF)
    assert report.ok
    [f] = report.findings
    assert f.code == "missing-category"
    assert (f.severity, f.entry_id, f.field) == (FindingSeverity.WARNING, "PHI-2025-01", "category")
    assert f.citations == (law(17, 1),)
    assert "category-recommended" in report.interpretations


def test_missing_access_url_of_an_online_entry_violates_decree_6_3(public):
    """Decree 13 art. 6(3) ¶2: information on the website needs its access address."""

    def drop(d: dict[str, Any]) -> None:
        _entry(d, "KH-2025-01")["access_url"] = None

    f = _only(check_catalogue(_variant(public, drop), on=AS_OF), "missing-required-field")
    assert (f.entry_id, f.field, f.citations) == ("KH-2025-01", "access_url", (decree13(6, 3),))


def test_missing_attachment_of_digitised_offline_entry_violates_decree_6_3(public):
    """Decree 13 art. 6(3) ¶2: digitised but not online → attached to the catalogue."""

    def drop(d: dict[str, Any]) -> None:
        _entry(d, "QC-2025-01")["attachment"] = None

    f = _only(check_catalogue(_variant(public, drop), on=AS_OF), "missing-required-field")
    assert (f.entry_id, f.field) == ("QC-2025-01", "attachment")


def _new_entry(**extra: Any) -> dict[str, Any]:
    base = {
        "id": "CV-2025-99",
        "name": "Công văn hướng dẫn nghiệp vụ chứng thực",
        "number_symbol": "150/STP-HCTP",
        "created_on": "2025-06-20",  # Friday
        "category": "b",
        "forms": ["a"],
        "access_url": "https://sotuphap.minhson.example.org/cv-150",
    }
    return {**base, **extra}


def test_undisclosed_entry_is_overdue_after_five_working_days_art_18_4(public):
    """Art. 18(4): created Fri 20/6/2025, due Fri 27/6 (23–27 June); on 30/6 it is overdue."""
    cat = _variant(public, lambda d: d["entries"].append(_new_entry()))
    f = _only(check_catalogue(cat, on=date(2025, 6, 30)), "disclosure-overdue")
    assert (f.entry_id, f.due, f.regime) == ("CV-2025-99", date(2025, 6, 27), "ati-2016")
    assert f.citations == (law(18, 4),)
    # on the last day itself the period has not yet run out (Civil Code art. 148(1))
    assert check_catalogue(cat, on=date(2025, 6, 27)).ok


def test_entry_disclosed_after_five_working_days_is_late_art_18_4(public):
    cat = _variant(public, lambda d: d["entries"].append(_new_entry(disclosed_on="2025-06-30")))
    f = _only(check_catalogue(cat, on=date(2025, 7, 15)), "disclosed-late")
    assert f.due == date(2025, 6, 27)
    on_time = _variant(public, lambda d: d["entries"].append(_new_entry(disclosed_on="2025-06-27")))
    assert check_catalogue(on_time, on=date(2025, 7, 15)).ok


def test_other_law_sets_the_time_instead_of_art_18_4(public):
    """Art. 18(4): "theo quy định của pháp luật có liên quan" comes first."""
    entry = _new_entry(special_rule="Luật chuyên ngành (ví dụ)", special_due="2025-07-10")
    cat = _variant(public, lambda d: d["entries"].append(entry))
    assert check_catalogue(cat, on=date(2025, 7, 10)).ok  # 5-working-day rule displaced
    f = _only(check_catalogue(cat, on=date(2025, 7, 11)), "disclosure-overdue")
    assert f.due == date(2025, 7, 10) and f.regime is None


def test_other_law_without_its_deadline_cannot_be_judged(public):
    entry = _new_entry(special_rule="Luật chuyên ngành (ví dụ)")
    cat = _variant(public, lambda d: d["entries"].append(entry))
    report = check_catalogue(cat, on=date(2025, 7, 30))
    assert report.ok
    assert [f.code for f in report.cannot_judge] == ["timing-cannot-be-judged"]


def test_posting_shorter_than_30_days_violates_art_21_2(public):
    """Art. 21(2): posted Wed 5/2/2025; 6 Feb is day 1, Fri 7 March day 30."""

    def shorten(d: dict[str, Any]) -> None:
        _entry(d, "QC-2025-01")["disclosed_until"] = "2025-03-06"

    f = _only(check_catalogue(_variant(public, shorten), on=AS_OF), "posting-too-short")
    assert (f.entry_id, f.due, f.citations) == ("QC-2025-01", date(2025, 3, 7), (law(21, 2),))

    def exact(d: dict[str, Any]) -> None:
        _entry(d, "QC-2025-01")["disclosed_until"] = "2025-03-07"

    assert check_catalogue(_variant(public, exact), on=AS_OF).ok


def test_a_check_after_the_regime_change_follows_the_new_law_unless_told(public):
    """From 2026-09-01 Law 01/2026/QH16 governs (its art. 30(1)). A check as of such a date
    resolves its ruleset once from the date (tests/engines/test_catalogue_2026.py), unless the caller
    names the 2016 rules (the report records that choice)."""
    entry = _new_entry(created_on="2026-09-03")
    cat = _variant(public, lambda d: d["entries"].append(entry))
    assert check_catalogue(cat, on=date(2026, 9, 30)).regime == "ati-2026"
    explicit = check_catalogue(cat, on=date(2026, 9, 30), regime="ati-2016")
    assert [f.code for f in explicit.violations] == ["disclosure-overdue"]
    assert explicit.regime == "ati-2016" and not explicit.user_supplied


def test_a_check_before_the_law_is_refused(public):
    """Law art. 37: in force from 2018-07-01; no regime is encoded before it."""
    with pytest.raises(RegimeNotEncodedError):
        check_catalogue(public, on=date(1, 1, 1))
    with pytest.raises(RegimeNotEncodedError):
        check_catalogue(public, on=date(2018, 6, 30), regime="ati-2016")


def test_a_check_needs_its_date(public):
    """Nothing applies a regime without a date; the check speaks of a date."""
    for regime in (None, "ati-2016"):
        with pytest.raises(InvalidInputError) as err:
            check_catalogue(public, regime=regime)
        assert err.value.code == "missing-date"


def test_information_created_before_the_law_has_no_art_18_4_deadline(public):
    """Decree 13 art. 14(2): information created before 1/7/2018 follows the earlier rules."""
    entry = _new_entry(created_on="2017-12-01")
    cat = _variant(public, lambda d: d["entries"].append(entry))
    assert check_catalogue(cat, on=AS_OF).findings == ()


def test_conditional_entry_without_its_art_7_condition_fails(conditional):
    """Law art. 7 (Decree 13 art. 6(1)): the conditional catalogue says whose consent opens
    each entry."""

    def drop(d: dict[str, Any]) -> None:
        _entry(d, "CCVP-01")["condition"] = None

    f = _only(check_catalogue(_variant(conditional, drop), on=AS_OF), "missing-consent-rule")
    assert f.entry_id == "CCVP-01"
    assert f.citations == (law(7, 1), law(7, 2))


def test_conditional_entry_without_name_fails_decree_6_1(conditional):
    def drop(d: dict[str, Any]) -> None:
        _entry(d, "NCN-01")["name"] = None

    f = _only(check_catalogue(_variant(conditional, drop), on=AS_OF), "missing-required-field")
    assert f.citations == (decree13(6, 1),)


def test_conditional_entry_without_number_is_a_warning(conditional):
    """Interpretation CONDITIONAL-FIELDS: Decree 13 art. 6(3) fields recommended, by analogy."""

    def drop(d: dict[str, Any]) -> None:
        _entry(d, "NCN-01")["number_symbol"] = None

    report = check_catalogue(_variant(conditional, drop), on=AS_OF)
    assert report.ok and [f.field for f in report.warnings] == ["number_symbol"]


# -- results, mappings, interpretations -------------------------------------------------------


def test_a_mapping_and_a_model_give_the_same_report(public):
    assert check_catalogue(public.to_dict(), on=AS_OF) == check_catalogue(public, on=AS_OF)
    with pytest.raises(InvalidInputError):
        check_catalogue(42, on=AS_OF)  # type: ignore[arg-type]


def test_report_and_diff_round_trip_through_json(public):
    from tiepcan.catalogue import CatalogueDiff, CatalogueReport, diff_catalogues

    entry = _new_entry(created_on="2025-06-20")
    late = _variant(public, lambda d: d["entries"].append(entry))
    report = check_catalogue(late, on=AS_OF)
    assert report.findings and CatalogueReport.from_json(report.to_json()) == report
    diff = diff_catalogues(public, late)
    assert CatalogueDiff.from_json(diff.to_json()) == diff


def test_inconsistent_results_do_not_load(public):
    from tiepcan.catalogue import CatalogueDiff, CatalogueReport, diff_catalogues
    from tiepcan.foundation.errors import TiepCanError

    late = _variant(public, lambda d: d["entries"].append(_new_entry()))
    data = check_catalogue(late, on=AS_OF).to_dict()
    overdue = next(f for f in data["findings"] if f["code"] == "disclosure-overdue")
    bad = {**data, "findings": [{**overdue, "regime": "fake-2030"}]}
    with pytest.raises(TiepCanError):
        CatalogueReport.from_dict(bad)
    no_cite = {**data, "findings": [{**overdue, "citations": []}]}
    with pytest.raises(TiepCanError):
        CatalogueReport.from_dict(no_cite)
    diff = diff_catalogues(public, late).to_dict()
    twice = {**diff, "removed": diff["added"]}
    with pytest.raises(TiepCanError):
        CatalogueDiff.from_dict(twice)
    same = {**diff, "header_changes": [{"field": "version", "old": "1", "new": "1"}]}
    with pytest.raises(TiepCanError):
        CatalogueDiff.from_dict(same)


def test_report_records_the_interpretations_it_applied(public, conditional):
    from tiepcan.foundation.interpretations import interpretations

    known = {i for i, x in interpretations("ati-2016").items() if x.topic == "catalogue"}
    report = check_catalogue(public, on=AS_OF)
    assert {"category-recommended", "website-point-declared", "contacts-both"} <= set(
        report.interpretations
    )
    assert set(report.interpretations) <= known
    old = _variant(public, lambda d: d["entries"].append(_new_entry(created_on="2017-12-01")))
    assert "pre-2018" in check_catalogue(old, on=AS_OF).interpretations
    assert "pre-2018" not in report.interpretations
    cond = check_catalogue(conditional, on=AS_OF)
    assert cond.interpretations == ("conditional-kind", "conditional-fields")


def test_docs_and_registry_name_the_same_catalogue_interpretations():
    """docs/catalogue.md names each interpretation of the catalogue topic by id, and no other."""
    import re

    from tiepcan.foundation.interpretations import interpretations

    text = (Path(__file__).resolve().parents[2] / "docs" / "catalogue.md").read_text(
        encoding="utf-8"
    )
    named = set(re.findall(r"Interpretation\s+`([a-z0-9-]+)`", text))
    registry = {i for i, x in interpretations("ati-2016").items() if x.topic == "catalogue"}
    assert named == registry


def test_disclosure_time_limits_are_counted_under_their_ids():
    """Arts. 18(4), 21(2), 22(4) are counted as every time limit is (time_limit), under their
    ids disclosure.publish, .posting_minimum, .inaccuracy_answer; created Fri 1/3/2024: five
    working days end Fri 8/3."""
    from tiepcan.deadlines import time_limit

    r = time_limit("disclosure.publish", date(2024, 3, 1))
    assert (r.limit_id, r.due) == ("disclosure.publish", date(2024, 3, 8))
    assert (
        time_limit("disclosure.posting_minimum", date(2024, 3, 4)).limit_id
        == "disclosure.posting_minimum"
    )
    assert time_limit("disclosure.inaccuracy_answer", date(2024, 3, 4)).limit_id == (
        "disclosure.inaccuracy_answer"
    )
    with pytest.raises(InvalidInputError):
        time_limit("disclosure.publish", None)  # type: ignore[arg-type]


def test_samples_readme_names_paths_a_new_user_has():
    """Issue 9, a new user's step: the README's commands run from a clone's root with the
    user's own Python, naming no path only the authors have (``/work/venv`` …), and each file it
    names is in the folder."""
    import re

    text = (SAMPLES / "README.md").read_text(encoding="utf-8")
    assert "/work/" not in text and "/root/" not in text and "venv/bin" not in text
    for name in set(re.findall(r"`([a-z_]+)\.json`", text)):
        assert (SAMPLES / f"{name}.json").is_file() and (SAMPLES / f"{name}.csv").is_file()
    assert "python -c" in text
