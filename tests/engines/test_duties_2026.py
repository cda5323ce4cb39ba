"""The duties checklist under Law 01/2026/QH16 (arts. 11, 17–22, 26(2)).

Each test names the clause that decides it. The checklist judges the duties of the ruleset in
force on the day asked about: Law 104/2016's up to 2026-08-31, Law 01/2026's from 2026-09-01
(its art. 30(1)).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tiepcan.catalogue import Catalogue, check_catalogue
from tiepcan.duties import check_duties
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.interpretations import interpretations
from tiepcan.rules.duties import AgencyProfile, DutyStatus, duties

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"
LAW_2026 = "01/2026/QH16"
DECREE_13 = "13/2018/NĐ-CP"
NAME = "Sở Tư pháp tỉnh Minh Sơn"


@pytest.fixture(scope="module")
def sample_profile() -> AgencyProfile:
    return AgencyProfile.from_json((SAMPLES / "agency_profile.json").read_bytes())


def _fragments(quote: str) -> list[str]:
    return [" ".join(f.split()) for f in quote.split("…") if f.strip()]


def _in_order(quote: str, text: str) -> bool:
    """Each part of the quote ("…" between parts) is in the text, in the quote's order."""
    flat, at = " ".join(text.split()), 0
    for part in _fragments(quote):
        found = flat.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


# -- the list, from the text -------------------------------------------------------------------


def test_every_2026_duty_quotes_the_unit_it_cites():
    """Each line's quote is in the bundled statute text of its citation (data/statute.json):
    Law 01/2026/QH16 for the Law's lines, Decree 13/2018 for the lines that rest on it."""
    table = duties("ati-2026")
    assert table
    for duty in table:
        assert duty.citation is not None and duty.quote, duty.id
        assert _in_order(duty.quote, duty.citation.text()), duty.id


def test_the_2026_list_covers_arts_11_17_to_22_and_26_2():
    """Art. 11(1)–(6) (11(7) binds the Government itself), art. 17(1) and its point u, 18(3),
    18(4), 19(1), 19(2), 20(1), 21(2), 22(1), 22(4), 26(2)."""
    cited = {d.citation.ref for d in duties("ati-2026") if d.citation is not None}
    wanted = {
        f"{LAW_2026} art. {unit}"
        for unit in (
            "11(1)",
            "11(2)",
            "11(3)",
            "11(4)",
            "11(5)",
            "11(6)",
            "17(1)",
            "17(1)(u)",
            "18(3)",
            "18(4)",
            "19(1)",
            "19(2)",
            "20(1)",
            "21(2)",
            "22(1)",
            "22(4)",
            "26(2)",
        )
    }
    assert wanted <= cited
    assert f"{LAW_2026} art. 11(7)" not in cited


def test_art_26_2_receive_guide_help_refuse_in_writing():
    """Art. 26(2): receive, guide, explain and help, refuse in writing with reasons."""
    by_field = {
        d.field: d
        for d in duties("ati-2026")
        if d.citation == Citation.parse(f"{LAW_2026} art. 26(2)")
    }
    assert set(by_field) == {
        "handles_requests",
        "guides_requesters",
        "helps_fill_request_form",
        "refuses_in_writing_with_reasons",
    }
    assert "bằng văn bản và nêu rõ lý do" in by_field["refuses_in_writing_with_reasons"].quote


def test_decree_13_lines_are_named_as_an_interpretation():
    """Law 01/2026 art. 26(4) leaves the procedure to a decree we do not have: every line
    citing Decree 13/2018 rests on decree13-where-not-contrary, and so does art. 11(6)
    ("theo quy định của Chính phủ")."""
    for duty in duties("ati-2026"):
        assert duty.citation is not None
        if duty.citation.instrument == DECREE_13 or duty.id == "law2026-11.6-government-measures":
            assert duty.interpretation == "decree13-where-not-contrary", duty.id
        else:
            assert duty.citation.instrument == LAW_2026, duty.id
    ids = {d.id for d in duties("ati-2026")}
    assert {"decree13-10.1-request-register", "decree13-8.1-focal-officer"} <= ids


def test_no_two_2026_lines_read_the_same_fact():
    fields = [d.field for d in duties("ati-2026")]
    assert len(fields) == len(set(fields))


# -- the list in force on the day asked about ---------------------------------------------------


def test_the_checklist_on_31_8_and_on_1_9_2026_judges_different_lists(sample_profile):
    """Law 01/2026 art. 30(1): from 2026-09-01 its duties, before it Law 104/2016's."""
    before = check_duties(sample_profile, on=date(2026, 8, 31))
    after = check_duties(sample_profile, on=date(2026, 9, 1))
    assert (before.regime, after.regime) == ("ati-2016", "ati-2026")
    assert [i.id for i in before.items] == [d.id for d in duties("ati-2016")]
    assert [i.id for i in after.items] == [d.id for d in duties("ati-2026")]
    assert not {i.id for i in before.items} & {i.id for i in after.items} - {
        "decree13-6.1-conditional-catalogue",
        "decree13-7.2-remove-before-provision",
        "decree13-11.1-section",
        "decree13-12.1-focal-assignment",
    }


def test_a_duties_check_on_a_2026_date_cites_law_01_2026(sample_profile):
    """Every line of the law judged on 15/9/2026 cites 01/2026/QH16, or Decree 13 under the
    named reading; the checklist lists the readings it applied, each declared in ati-2026."""
    result = check_duties(sample_profile, on=date(2026, 9, 15))
    laws = [i for i in result.items if i.citation is not None and i.citation.instrument == LAW_2026]
    assert len(laws) == len(result.items) - 6  # six Decree 13 lines
    assert "Law 01/2026/QH16" in result.explain("en")
    assert "decree13-where-not-contrary" in result.interpretations
    known = interpretations("ati-2026")
    assert all(i in known for i in result.interpretations)


def test_the_sample_profile_under_2026_explained(sample_profile):
    """docs/samples/agency_profile.json, a provincial Department of Justice, on 15/9/2026:
    * art. 26(2): it declares it does not refuse in writing with reasons: missing;
    * art. 11(5)–(6) bind ministries and People's Committees (it is neither): not applicable;
    * art. 19(2) is for a body without a portal (it has one): not applicable;
    * art. 11(1), 19(1), 21(2): declared done: met; nothing is left unjudged."""
    result = check_duties(sample_profile, on=date(2026, 9, 15))
    missing = result.item("law2026-26.2-written-refusal")
    assert [i.id for i in result.missing] == ["law2026-26.2-written-refusal"]
    assert missing.status is DutyStatus.MISSING
    assert missing.citation == Citation.parse(f"{LAW_2026} art. 26(2)")
    assert "has not" in missing.reason_en
    assert [i.id for i in result.not_applicable] == [
        "law2026-11.5-public-service-unit-list",
        "law2026-11.6-government-measures",
        "law2026-19.2-without-website",
    ]
    assert result.cannot_judge == ()
    for met in ("law2026-11.1-measures", "law2026-19.1-on-website", "law2026-21.2-posting-30-days"):
        assert result.item(met).status is DutyStatus.MET
    line = result.item("law2026-11.5-public-service-unit-list").explain("en")
    assert "Not applicable" in line and "art. 11(5)" in line


def test_a_2026_catalogue_check_is_evidence_for_the_2026_duties(sample_profile):
    """Art. 17(1)(u): a catalogue check that finds the focal unit's contacts missing makes the
    point-u duty missing, whatever the profile declares (evidence-over-declaration)."""
    cat = Catalogue.build(
        kind="public_disclosure",
        agency={"name": NAME},
        website="https://stp.example.org",
        published_url="https://stp.example.org/ttc",
        updated_on=date(2026, 9, 1),
    )
    report = check_catalogue(cat, on=date(2026, 9, 15))
    result = check_duties(sample_profile, on=date(2026, 9, 15), catalogue_report=report)
    item = result.item("law2026-17.1.u-catalogue")
    assert item.status is DutyStatus.MISSING and "missing-contact-detail" in item.reason_en
    assert "evidence-over-declaration" in result.interpretations


def test_an_empty_profile_cannot_be_judged_under_2026():
    result = check_duties(AgencyProfile.build(agency=NAME), on=date(2026, 9, 15))
    assert result.met == () and result.missing == ()
    assert len(result.cannot_judge) == len(duties("ati-2026"))


def test_a_2026_checklist_round_trips_through_json(sample_profile):
    result = check_duties(sample_profile, on=date(2026, 9, 15))
    assert type(result).from_json(result.to_json()) == result


def test_the_rulebook_section_names_every_2026_duty_and_reading():
    """docs/duties.md, "Under Law 01/2026/QH16": every 2026 duty id, and every reading of the
    duties topic of ati-2026 ("Reading `id`")."""
    import re

    text = (Path(__file__).resolve().parents[2] / "docs" / "duties.md").read_text(encoding="utf-8")
    section = text.split("## Under Law 01/2026/QH16")[1]
    named = set(re.findall(r"`((?:law2026|decree13)-[0-9][a-z0-9.\-]+)`", section))
    assert named == {d.id for d in duties("ati-2026")}
    readings = set(re.findall(r"Reading\s+`([a-z0-9-]+)`", section))
    topic = {i for i, x in interpretations("ati-2026").items() if x.topic == "duties"}
    assert topic <= readings
    assert readings <= set(interpretations("ati-2026"))
