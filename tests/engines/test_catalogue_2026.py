"""The disclosure catalogue under Law 01/2026/QH16 (arts. 17–19, 21, 22, 31(3)).

Each test names the clause that decides it. Dates are counted by hand from the calendar
reference (docs/deadlines.md §3): 2026 Quốc khánh 29/8–2/9 (Thông báo 9441/TB-BNV: Mon 31/8,
Tue 1/9, Wed 2/9 off); March 2027 has no day off; Civil Code 2015 arts. 147–148 count the
periods (the day of the event is not counted; a period in months ends on the corresponding
day of its last month, 148(3); a period in days whose last day is a day off ends on the next
working day, 148(5)).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tiepcan.catalogue import (
    Catalogue,
    CatalogueReport,
    FindingSeverity,
    check_catalogue,
)
from tiepcan.deadlines import time_limit
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.interpretations import interpretations
from tiepcan.rules.disclosure import (
    DisclosureCategory,
    LaterDisclosurePoint,
    disclosure_points,
)

from strategies_catalogue import catalogues

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"
LAW_2026 = "01/2026/QH16"


def cite(ref: str) -> Citation:
    return Citation.parse(ref)


def _catalogue(**changes: Any) -> Catalogue:
    """A small public catalogue of a provincial department, complete under Law 01/2026."""
    data: dict[str, Any] = {
        "kind": "public_disclosure",
        "agency": {"name": "Sở Tư pháp tỉnh Minh Sơn"},
        "focal_point": {
            "name": "Văn phòng Sở",
            "address": "Số 1 đường Lê Lợi",
            "phone": "0200 3 000 001",
            "email": "vanphong@example.org",
        },
        "website": "https://stp.example.org",
        "published_url": "https://stp.example.org/ttc",
        "updated_on": date(2026, 9, 1),
        "entries": [],
    }
    data.update(changes)
    return Catalogue.build(data)


def _entry(entry_id: str, **fields: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": entry_id,
        "name": f"Tài liệu {entry_id}",
        "number_symbol": "không số",
        "created_on": date(2026, 9, 3),
        "category": "b",
        "forms": ["a"],
        "access_url": f"https://stp.example.org/{entry_id}",
        "disclosed_on": date(2026, 9, 4),
    }
    entry.update(fields)
    return entry


def _codes(report: CatalogueReport) -> list[str]:
    return [f.code for f in report.findings]


# -- art. 17(1): the list of points, per regime ------------------------------------------------


def test_art_17_1_of_law_01_2026_has_21_points_a_to_v():
    """Art. 17(1) of Law 01/2026/QH16, counted in the bundled statute text: a b c d đ e g h i k
    l m n o p q r s t u v (21 letters of the Vietnamese point order, none skipped)."""
    text = cite(f"{LAW_2026} art. 17(1)").text()
    in_text = re.findall(r"^(\w)\)", text, re.MULTILINE)
    assert in_text == [
        "a",
        "b",
        "c",
        "d",
        "đ",
        "e",
        "g",
        "h",
        "i",
        "k",
        "l",
        "m",
        "n",
        "o",
        "p",
        "q",
        "r",
        "s",
        "t",
        "u",
        "v",
    ]
    assert len(in_text) == 21
    points = disclosure_points("ati-2026")
    assert [p.letter for p in points] == in_text
    for point in points:
        assert point.citation == cite(f"{LAW_2026} art. 17(1)({point.letter})")
        assert point.citation.text()  # resolves to its verbatim words


def test_point_u_is_the_catalogue_the_focal_unit_and_the_channels():
    """Art. 17(1)(u): the list, the focal unit's name, address, phone, e-mail, the channels."""
    u = next(p for p in disclosure_points("ati-2026") if p.value == "u")
    words = u.citation.text()
    for part in (
        "Danh mục thông tin phải được công khai",
        "tên, địa chỉ, số điện thoại, địa chỉ thư điện tử của cơ quan, đơn vị đầu mối",
        "địa chỉ các kênh công khai, cung cấp thông tin theo yêu cầu",
    ):
        assert part in words
    assert u.earlier == ("m",)  # Law 104/2016 art. 17(1)(m), by subject
    assert LaterDisclosurePoint("u").letter == "u"


def test_the_2016_list_stays_the_fifteen_points_a_to_p():
    """Law 104/2016 art. 17(1) a–p, its citations unchanged."""
    points = disclosure_points("ati-2016")
    assert [p.value for p in points] == [c.value for c in DisclosureCategory]
    assert points[0].citation == cite("104/2016/QH13 art. 17(1)(a)")


# -- the list in force on the day checked ------------------------------------------------------


def test_a_catalogue_checked_on_31_8_and_on_1_9_2026_reads_different_lists():
    """Law 01/2026 art. 30(1): in force from 2026-09-01. Point q (cultural heritage) exists only
    in its art. 17(1): on 31/8 (Law 104/2016) it is a point the law does not have; on 1/9 it is."""
    cat = _catalogue(entries=[_entry("DS-01", category="q", created_on=date(2026, 8, 3))])
    before = check_catalogue(cat, on=date(2026, 8, 31))
    after = check_catalogue(cat, on=date(2026, 9, 1))
    assert (before.regime, after.regime) == ("ati-2016", "ati-2026")
    wrong = [f for f in before.findings if f.code == "category-not-in-law"]
    assert len(wrong) == 1 and wrong[0].citations == (cite("104/2016/QH13 art. 17(1)"),)
    assert "category-not-in-law" not in _codes(after)


def test_the_sample_catalogue_is_clean_on_31_8_and_explained_on_1_9():
    """The docs sample meets Law 104/2016 on 31/8/2026; on 1/9 it is read against Law 01/2026:
    its art. 19(1) points are gone (warnings, art. 19(1)), the entry posted only at the office
    must also be on the website (art. 19(1)), and the art. 31(3) duty is reported."""
    public = Catalogue.from_json((SAMPLES / "catalogue_public_disclosure.json").read_bytes())
    assert check_catalogue(public, on=date(2026, 8, 31)).findings == ()
    report = check_catalogue(public, on=date(2026, 9, 1))
    assert [f.entry_id for f in report.violations] == ["QC-2025-01"]
    assert report.violations[0].code == "not-on-website"
    assert report.violations[0].citations == (cite(f"{LAW_2026} art. 19(1)"),)
    assert {f.code for f in report.warnings} == {
        "earlier-information-due",
        "website-point-not-in-law",
    }


def test_every_finding_under_2026_cites_the_new_law_or_a_named_reading():
    """Each result under 2026 cites 01/2026/QH16 (Decree 13 only under decree13-where-not-
    contrary, the Civil Code for counting), never Law 104/2016."""
    cat = _catalogue(
        focal_point={},
        website=None,
        published_url=None,
        entries=[_entry("X", name=None, created_on=date(2026, 9, 3), disclosed_on=None)],
    )
    report = check_catalogue(cat, on=date(2026, 10, 30))
    assert report.findings
    for f in report.findings:
        for c in f.citations:
            assert c.instrument in (LAW_2026, "13/2018/NĐ-CP", "91/2015/QH13"), f.code
    decree = [f for f in report.findings if f.citations[0].instrument == "13/2018/NĐ-CP"]
    assert decree and "decree13-where-not-contrary" in report.interpretations
    known = interpretations("ati-2026")
    assert all(i in known for i in report.interpretations)


# -- art. 17(1)(u): point u missing -------------------------------------------------------------


def test_point_u_missing_is_flagged_under_2026():
    """Art. 17(1)(u): the focal unit's name, address, telephone and e-mail and the channels'
    addresses must be disclosed. None given: one violation each, citing point u. The point
    names no fax, so none is asked for (Law 104/2016 art. 17(1)(m) did)."""
    cat = _catalogue(focal_point={}, website=None, published_url=None, published_by_posting=True)
    report = check_catalogue(cat, on=date(2026, 9, 15))
    point_u = cite(f"{LAW_2026} art. 17(1)(u)")
    contact = [f for f in report.findings if f.code == "missing-contact-detail"]
    assert [f.field for f in contact] == [
        "focal_point.name",
        "focal_point.address",
        "focal_point.phone",
        "focal_point.email",
    ]
    assert all(
        f.citations == (point_u,) and f.severity is FindingSeverity.VIOLATION for f in contact
    )
    channel = [f for f in report.findings if f.code == "missing-channel-address"]
    assert len(channel) == 1 and channel[0].citations == (point_u,)
    assert not any("fax" in (f.field or "") for f in report.findings)
    assert {"focal-unit-contacts", "channels-from-catalogue"} <= set(report.interpretations)


def test_point_u_complete_gives_no_contact_finding():
    report = check_catalogue(_catalogue(), on=date(2026, 9, 15))
    assert not {"missing-contact-detail", "missing-channel-address"} & set(_codes(report))


# -- arts. 19(1)–(2): the portal, or official channels -----------------------------------------


def test_art_19_1_every_art_17_1_entry_goes_on_the_website():
    """Art. 19(1): an agency with a portal publishes every art. 17(1) item on it (the 2016 list
    a–i is gone), so an entry posted only at the office is a violation."""
    cat = _catalogue(entries=[_entry("NY-01", forms=["d"], access_url=None)])
    f = next(
        f for f in check_catalogue(cat, on=date(2026, 9, 15)).findings if f.code == "not-on-website"
    )
    assert f.entry_id == "NY-01" and f.citations == (cite(f"{LAW_2026} art. 19(1)"),)


def test_art_19_2_without_a_website_the_catalogue_goes_on_official_channels():
    """Art. 19(2): without a portal, website or data portal, disclose on official channels,
    community pages or in another suitable form; a catalogue disclosed nowhere is flagged."""
    cat = _catalogue(website=None, published_url=None, published_by_posting=False)
    f = next(
        f
        for f in check_catalogue(cat, on=date(2026, 9, 15)).findings
        if f.code == "catalogue-not-published"
    )
    assert f.citations == (cite(f"{LAW_2026} art. 17(1)(u)"), cite(f"{LAW_2026} art. 19(2)"))
    posted = _catalogue(website=None, published_url=None, published_by_posting=True)
    assert "catalogue-not-published" not in _codes(check_catalogue(posted, on=date(2026, 9, 15)))


# -- arts. 18(4), 21(2), 22(4): the time limits ------------------------------------------------


def test_art_18_4_five_working_days_from_creation():
    """Art. 18(4): created Thu 3/9/2026, day 1 is Fri 4/9; Mon 7, Tue 8, Wed 9, Thu 10/9 (no day
    off after Quốc khánh 2/9, 9441/TB-BNV): due Thu 10/9/2026."""
    period = time_limit("disclosure.publish", date(2026, 9, 3))
    assert period.due == date(2026, 9, 10)
    assert period.citations[0] == cite(f"{LAW_2026} art. 18(4)")
    cat = _catalogue(entries=[_entry("KH-01", disclosed_on=None)])
    assert "disclosure-overdue" not in _codes(check_catalogue(cat, on=date(2026, 9, 10)))
    late = [
        f
        for f in check_catalogue(cat, on=date(2026, 9, 11)).findings
        if f.code == "disclosure-overdue"
    ]
    assert late[0].due == date(2026, 9, 10) and late[0].regime == "ati-2026"


def test_art_21_2_posting_thirty_days():
    """Art. 21(2): posted Thu 1/10/2026, day 1 is 2/10, day 30 is Sat 31/10: a day off, so the
    period ends on Mon 2/11/2026 (Civil Code art. 148(5))."""
    assert time_limit("disclosure.posting_minimum", date(2026, 10, 1)).due == date(2026, 11, 2)
    entry = _entry(
        "NY-02",
        created_on=date(2026, 9, 30),
        disclosed_on=date(2026, 10, 1),
        disclosed_until=date(2026, 10, 31),
        forms=["a", "d"],
    )
    f = next(
        f
        for f in check_catalogue(_catalogue(entries=[entry]), on=date(2026, 11, 5)).findings
        if f.code == "posting-too-short"
    )
    assert f.due == date(2026, 11, 2) and f.citations[0] == cite(f"{LAW_2026} art. 21(2)")


def test_art_22_4_answer_within_ten_days():
    """Art. 22(4): 10 days (Law 104/2016: 15). Received Thu 10/9/2026: day 10 is Sun 20/9, so
    the answer is due Mon 21/9/2026 (Civil Code art. 148(5))."""
    period = time_limit("disclosure.inaccuracy_answer", date(2026, 9, 10))
    assert period.due == date(2026, 9, 21)
    assert period.citations[0] == cite(f"{LAW_2026} art. 22(4)")
    # the same day under Law 104/2016, as a caller may still ask: 15 days, Fri 25/9/2026
    assert time_limit(
        "disclosure.inaccuracy_answer", date(2026, 9, 10), regime="ati-2016"
    ).due == date(2026, 9, 25)


# -- art. 31(3): the dated duty ------------------------------------------------------------------


def test_art_31_3_duty_is_due_on_1_march_2027():
    """Art. 31(3): within 06 months from the day the Law took effect (1/9/2026). Civil Code art.
    147(3): 1/9, the event, is not counted, the period starts on 2/9/2026; art. 148(3): a period in months
    ends at the end of the corresponding day of its last month. Months: Sep→Oct (1), Nov (2),
    Dec (3), Jan 2027 (4), Feb (5), Mar (6): the corresponding day is 1/3/2027, a Monday and a
    working day (no announcement puts a day off in March 2027), so no roll: due 1/3/2027."""
    assert date(2027, 3, 1).weekday() == 0
    report = check_catalogue(_catalogue(), on=date(2026, 9, 15))
    duty = next(f for f in report.findings if f.code == "earlier-information-due")
    assert duty.due == date(2027, 3, 1) and duty.severity is FindingSeverity.WARNING
    assert duty.citations[0] == cite(f"{LAW_2026} art. 31(3)")
    assert cite("91/2015/QH13 art. 148(3)") in duty.citations
    assert "01/03/2027" in duty.message_vi and "2027-03-01" in duty.message_en


def test_art_31_3_an_earlier_entry_under_a_new_point_is_overdue_after_1_march_2027():
    """Art. 31(3), interpretation earlier-information-by-point: an entry created on 1/6/2026
    under point s (public services: Law 104/2016 art. 17(1) had no such point) and not disclosed
    is pending until 1/3/2027 and overdue from 2/3/2027; one under point b (legal documents,
    Law 104/2016 art. 17(1)(a)–(c)) was already due under the old law and is not counted."""
    entries = [
        _entry("DV-01", category="s", created_on=date(2026, 6, 1), disclosed_on=None),
        _entry("VB-01", category="b", created_on=date(2026, 6, 1), disclosed_on=None),
    ]
    cat = _catalogue(entries=entries)
    on_due = check_catalogue(cat, on=date(2027, 3, 1))
    pending = next(f for f in on_due.findings if f.code == "earlier-information-due")
    assert "DV-01" in pending.message_en and "VB-01" not in pending.message_en
    assert "earlier-information-overdue" not in _codes(on_due)
    after = check_catalogue(cat, on=date(2027, 3, 2))
    overdue = [f for f in after.findings if f.code == "earlier-information-overdue"]
    assert [f.entry_id for f in overdue] == ["DV-01"]
    assert overdue[0].due == date(2027, 3, 1) and overdue[0].citations[0] == cite(
        f"{LAW_2026} art. 31(3)"
    )
    assert "earlier-information-due" not in _codes(after)
    # created before 1/9/2026: its time to disclose arose under Law 104/2016, not recounted
    assert not [f for f in after.findings if f.entry_id == "VB-01" and f.due is not None]
    assert "created-before-2026" in after.interpretations
    disclosed = _catalogue(entries=[{**entries[0], "disclosed_on": date(2027, 2, 26)}])
    assert "earlier-information-overdue" not in _codes(
        check_catalogue(disclosed, on=date(2027, 3, 2))
    )


# -- the conditional catalogue and the result ---------------------------------------------------


def test_the_conditional_catalogue_under_2026_cites_art_16():
    """Art. 16(1)–(2): the consent that opens conditionally accessible information; the
    catalogue itself is Decree 13 art. 6(1)'s, under decree13-where-not-contrary."""
    cat = Catalogue.build(
        kind="conditional_access",
        agency={"name": "Sở Tư pháp tỉnh Minh Sơn"},
        updated_on=date(2026, 9, 1),
        entries=[
            {
                "id": "BM-01",
                "name": "Hồ sơ",
                "number_symbol": "không số",
                "created_on": date(2026, 9, 2),
            }
        ],
    )
    report = check_catalogue(cat, on=date(2026, 9, 15))
    f = next(f for f in report.findings if f.code == "missing-consent-rule")
    assert f.citations == (cite(f"{LAW_2026} art. 16(2)"), cite(f"{LAW_2026} art. 16(1)"))
    assert "decree13-where-not-contrary" in report.interpretations


def test_a_2026_report_round_trips_through_json():
    cat = _catalogue(
        entries=[_entry("DV-01", category="s", created_on=date(2026, 6, 1), disclosed_on=None)]
    )
    report = check_catalogue(cat, on=date(2027, 3, 2))
    assert CatalogueReport.from_json(report.to_json()) == report


@pytest.mark.parametrize("letter", ["q", "r", "s", "t", "u", "v"])
def test_a_letter_of_the_new_law_is_read_from_json_and_csv(letter):
    cat = _catalogue(entries=[_entry("E", category=letter)])
    assert cat.entries[0].category is LaterDisclosurePoint(letter)
    assert Catalogue.from_csv(cat.to_csv()) == cat


def test_the_rulebook_section_names_every_2026_catalogue_reading():
    """docs/catalogue.md §8 names each reading of the catalogue topic of ati-2026, and no other."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "catalogue.md").read_text(
        encoding="utf-8"
    )
    section = text.split("## 8. Under Law 01/2026/QH16")[1]
    readings = set(re.findall(r"Reading\s+`([a-z0-9-]+)`", section))
    topic = {i for i, x in interpretations("ati-2026").items() if x.topic == "catalogue"}
    assert topic <= readings <= set(interpretations("ati-2026"))


# -- invariants ---------------------------------------------------------------------------------

dates_2026 = st.dates(min_value=date(2026, 9, 1), max_value=date(2028, 12, 31))


@settings(max_examples=60, deadline=None)
@given(catalogues(), dates_2026)
def test_a_check_under_2026_cites_only_the_new_law_decree_13_or_the_civil_code(cat, on):
    """Any catalogue checked on a day from 2026-09-01: the report is under ati-2026, every
    citation is Law 01/2026/QH16, Decree 13 (under its named reading) or the Civil Code,
    every reading it lists is declared, and it round-trips through JSON."""
    report = check_catalogue(cat, on=on)
    assert report.regime == "ati-2026"
    for f in report.findings:
        assert all(c.instrument in (LAW_2026, "13/2018/NĐ-CP", "91/2015/QH13") for c in f.citations)
    assert set(report.interpretations) <= set(interpretations("ati-2026"))
    assert CatalogueReport.from_json(report.to_json()) == report


# -- each entry's finding whole: its weight, its unit of law, its entry and field, its words ----


def test_an_entry_s_findings_under_2026_name_the_entry_the_field_and_the_unit():
    """Checked on 15/9/2026 (Law 01/2026/QH16): entry A states no art. 17(1) point (a warning:
    the law does not require the point in an entry, interpretation category-recommended); B
    still gives a point of art. 19(1), which Law 01/2026 no longer divides (a warning); C is
    posted only at the office, but art. 19(1) puts every art. 17(1) item on the website (a
    violation). Each finding names its entry in both languages and the field to mend, and the
    readings it rests on are listed with the report."""
    cat = _catalogue(
        entries=[
            _entry("A", category=None),
            _entry("B", website_category="a"),
            _entry("C", forms=["b"]),
            _entry("D"),
        ]
    )
    report = check_catalogue(cat, on=date(2026, 9, 15))
    by_entry = {f.entry_id: f for f in report.findings if f.entry_id is not None}
    assert sorted(by_entry) == ["A", "B", "C"]
    expected = {
        "A": ("missing-category", FindingSeverity.WARNING, "art. 17(1)", "category"),
        "B": (
            "website-point-not-in-law",
            FindingSeverity.WARNING,
            "art. 19(1)",
            "website_category",
        ),
        "C": ("not-on-website", FindingSeverity.VIOLATION, "art. 19(1)", "forms"),
    }
    for entry_id, (code, severity, unit, field) in expected.items():
        f = by_entry[entry_id]
        assert (f.code, f.severity, f.citations, f.field) == (
            code,
            severity,
            (cite(f"{LAW_2026} {unit}"),),
            field,
        )
        assert f"Mục {entry_id}:" in f.message_vi and f"Entry {entry_id}:" in f.message_en
    assert "every-entry-on-website" in report.interpretations
    assert "category-recommended" in report.interpretations
    clean = check_catalogue(_catalogue(entries=[_entry("D")]), on=date(2026, 9, 15))
    assert "every-entry-on-website" not in clean.interpretations
    assert not [f for f in clean.findings if f.entry_id is not None]


def test_the_earlier_information_duty_rests_on_its_two_readings():
    """Art. 31(3): the duty to disclose information held before 1/9/2026 is read by point
    (earlier-information-by-point) and by subject (disclosure-categories-by-subject): a report
    that states the duty lists both readings, and a report without it neither."""
    report = check_catalogue(_catalogue(entries=[_entry("D")]), on=date(2026, 9, 15))
    duty = [f for f in report.findings if f.code == "earlier-information-due"]
    assert len(duty) == 1 and duty[0].citations[0] == cite(f"{LAW_2026} art. 31(3)")
    assert duty[0].entry_id is None and duty[0].severity is FindingSeverity.WARNING
    assert {"earlier-information-by-point", "disclosure-categories-by-subject"} <= set(
        report.interpretations
    )
    before = check_catalogue(_catalogue(entries=[_entry("D")]), on=date(2026, 8, 31))
    assert "earlier-information-by-point" not in before.interpretations
