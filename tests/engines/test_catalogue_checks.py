"""The check of a catalogue, rule by rule: whole sentences, exact citations, each boundary.

The checks of ``tiepcan/_catalogue/checks.py``, run by :func:`tiepcan.catalogue.check_catalogue`
in the order the law goes. Each test reads one rule against the article that decides it:

- the citations the check makes, read from the ruleset: Law 104/2016/QH13 arts. 7, 17–19,
  21(2), 34(1)(b); Decree 13/2018/NĐ-CP art. 6;
- where the catalogue is published: arts. 34(1)(b), 19(1)(g); Decree 13 art. 6(3) ¶3;
- the contact details: arts. 17(1)(m), 19(1)(đ);
- the art. 19(1) points and the art. 17(1) points they draw from: art. 19(1) chapeau;
- the fields of an entry and its access address or attachment: Decree 13 art. 6(3) ¶1–2;
- the time of disclosure: art. 18(4); the posting period: art. 21(2); information created
  before the law: Decree 13 art. 14(2);
- the conditional-access catalogue: Decree 13 art. 6(1), Law art. 7(1)–(2).

Dates are counted by hand on the public-sector calendar (``tests/reference/
calendar-2018-2027.md``): March 2024 and July 2018 have no holiday; in September 2026 the
National Day break ends on Wed 2/9 (9441/TB-BNV). 2040-12-31 (a Monday) is the calendar's last
day, and 2040 days follow the Labour Code 2019 art. 112(1) (no holiday in December).
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan._catalogue.checks import _build_cites
from tiepcan.catalogue import CatalogueReport, check_catalogue
from tiepcan.data import DATA_DIR
from tiepcan.deadlines import time_limit
from tiepcan.foundation.regimes import load_ruleset, ruleset

from catalogue_cases import (
    DECREE,
    FUNCTIONS,
    LAW,
    ON,
    PLAN,
    SECRET,
    catalogue_to_2040,
    conditional_catalogue,
    facts_of,
    fee_table,
    only_finding,
    public_catalogue,
)
from strategies_catalogue import regime_dates

D = date

#: the readings every check of this public catalogue applies, in the order it applies them
BASE_READINGS = (
    "category-recommended",
    "number-symbol-explicit",
    "timing-optional",
    "contacts-both",
    "website-point-declared",
    "website-mapping",
    "website-points-held",
    "access-address",
)
AFTER = D(2026, 10, 20)  # the new law governs this day; the check names the 2016 rules


# -- the citations of the check, read from the ruleset ---------------------------------------


@pytest.mark.parametrize("source", ["bundled", "fresh"])
def test_the_check_cites_the_articles_of_the_law(source: str, tmp_path: Path) -> None:
    """Each citation the check makes, read from a ruleset (the bundled one, and a fresh copy
    an agency would load): the article the law gives for it."""
    if source == "bundled":
        rules = ruleset("ati-2016")
    else:
        shutil.copytree(Path(str(DATA_DIR)) / "ati-2016", tmp_path / "copy")
        rules = load_ruleset(tmp_path / "copy")
    cites = _build_cites(rules)
    assert {f: getattr(cites, f).label_en for f in cites.__dataclass_fields__} == {
        "art_7_1": f"{LAW}7(1)",
        "art_7_2": f"{LAW}7(2)",
        "art_17_1": f"{LAW}17(1)",
        "art_17_1_m": f"{LAW}17(1)(m)",
        "art_18_4": f"{LAW}18(4)",
        "art_19_1": f"{LAW}19(1)",
        "art_19_1_dd": f"{LAW}19(1)(đ)",
        "art_19_1_g": f"{LAW}19(1)(g)",
        "art_21_2": f"{LAW}21(2)",
        "art_34_1_b": f"{LAW}34(1)(b)",
        "decree_6_1": f"{DECREE}6(1)",
        "decree_6_3": f"{DECREE}6(3)",
    }


# -- the catalogue every test below changes in one thing -------------------------------------


def test_the_base_catalogue_meets_the_law() -> None:
    """The catalogue the variants below change: complete, so each variant's finding is its own."""
    report = check_catalogue(public_catalogue(), on=ON)
    assert report.findings == ()
    assert report.interpretations == BASE_READINGS
    assert (report.agency, report.on, report.regime, report.user_supplied) == (
        "Sở Tư pháp tỉnh Minh Sơn",
        ON,
        "ati-2016",
        False,
    )


# -- where the catalogue is published: arts. 34(1)(b), 19(1)(g); Decree 13 art. 6(3) ¶3 ------

PUBLICATION_CITES = [f"{LAW}34(1)(b)", f"{LAW}19(1)(g)", f"{DECREE}6(3)"]


def test_catalogue_not_in_the_website_section() -> None:
    """Decree 13 art. 6(3) ¶3: "được đăng tải trên Chuyên mục về tiếp cận thông tin tại Cổng
    thông tin điện tử"; art. 34(1)(b): "đăng tải Danh mục trên cổng thông tin điện tử"."""
    f = only_finding(check_catalogue(public_catalogue(published_url=None), on=ON))
    assert facts_of(f) == (
        "catalogue-not-published",
        "violation",
        PUBLICATION_CITES,
        None,
        "published_url",
        None,
        None,
    )
    assert f.message_vi == (
        "Danh mục chưa được đăng tải trên Chuyên mục về tiếp cận thông tin của Cổng/Trang "
        "thông tin điện tử (thiếu địa chỉ đăng tải Danh mục)."
    )
    assert f.message_en == (
        "The catalogue is not published in the access-to-information section of the agency's "
        "website (no publication address)."
    )


def test_agency_without_website_that_neither_posts_nor_publishes_the_catalogue() -> None:
    """Decree 13 art. 6(3) ¶3: an agency with no website "phải niêm yết Danh mục … tại trụ sở
    cơ quan hoặc có hình thức công khai khác"."""
    f = only_finding(check_catalogue(public_catalogue(website=None, published_url=None), on=ON))
    assert facts_of(f) == (
        "catalogue-not-published",
        "violation",
        PUBLICATION_CITES,
        None,
        "published_by_posting",
        None,
        None,
    )
    assert f.message_vi == (
        "Cơ quan chưa có Cổng/Trang thông tin điện tử nhưng Danh mục chưa được niêm yết tại "
        "trụ sở hoặc công khai bằng hình thức khác."
    )
    assert f.message_en == (
        "The agency has no website and the catalogue is neither posted at its office nor "
        "published in another form."
    )


@pytest.mark.parametrize(
    "header",
    [
        {"website": None, "published_url": "https://ubnd.example.org/stp-danh-muc"},
        {"website": None, "published_url": None, "published_by_posting": True},
        {"website": None, "published_url": "https://x.example.org", "published_by_posting": True},
    ],
)
def test_agency_without_website_may_publish_the_catalogue_in_another_form(header: Any) -> None:
    """Decree 13 art. 6(3) ¶3: posting at the office, or another form (a page elsewhere), is
    enough for an agency with no website; art. 19(6) lifts the website form."""
    assert check_catalogue(public_catalogue(**header), on=ON).findings == ()


# -- contact details: arts. 17(1)(m), 19(1)(đ); readings contacts-both, fax-if-any ------------

FOCAL = [f"{LAW}17(1)(m)", f"{LAW}19(1)(đ)"]
AGENCY_CITES = [f"{LAW}19(1)(đ)"]
FOCAL_VI = "người làm đầu mối tiếp nhận yêu cầu"
FOCAL_EN = "the focal point receiving requests"


@pytest.mark.parametrize(
    ("part", "field", "cites", "vi", "en"),
    [
        ("focal_point", "name", FOCAL, f"Chưa công khai tên của {FOCAL_VI}.",
         f"The name of {FOCAL_EN} is not given."),
        ("focal_point", "address", FOCAL, f"Chưa công khai địa chỉ của {FOCAL_VI}.",
         f"The address of {FOCAL_EN} is not given."),
        ("focal_point", "phone", FOCAL, f"Chưa công khai số điện thoại của {FOCAL_VI}.",
         f"The telephone number of {FOCAL_EN} is not given."),
        ("focal_point", "email", FOCAL, f"Chưa công khai địa chỉ thư điện tử của {FOCAL_VI}.",
         f"The e-mail address of {FOCAL_EN} is not given."),
        ("agency", "address", AGENCY_CITES, "Chưa công khai địa chỉ của cơ quan.",
         "The address of the agency is not given."),
        ("agency", "phone", AGENCY_CITES, "Chưa công khai số điện thoại của cơ quan.",
         "The telephone number of the agency is not given."),
        ("agency", "email", AGENCY_CITES, "Chưa công khai địa chỉ thư điện tử của cơ quan.",
         "The e-mail address of the agency is not given."),
    ],
)  # fmt: skip
def test_a_missing_contact_detail_is_a_violation(
    part: str, field: str, cites: list[str], vi: str, en: str
) -> None:
    """Art. 17(1)(m): "tên, địa chỉ, số điện thoại, số fax, địa chỉ thư điện tử của cơ quan nhà
    nước hoặc người làm đầu mối"; art. 19(1)(đ) puts the address, telephone, fax and e-mail of
    both on the website (interpretation contacts-both)."""
    data = public_catalogue()
    data[part][field] = None
    report = check_catalogue(data, on=ON)
    f = only_finding(report)
    assert facts_of(f) == ("missing-contact-detail", "violation", cites, None, f"{part}.{field}",
                         None, None)  # fmt: skip
    assert (f.message_vi, f.message_en) == (vi, en)
    assert report.interpretations == BASE_READINGS


@pytest.mark.parametrize(
    ("part", "cites", "vi", "en"),
    [
        ("focal_point", FOCAL,
         f"Chưa công khai số fax của {FOCAL_VI}; nếu cơ quan không sử dụng fax, cần ghi rõ điều đó.",
         f"No fax number is given for {FOCAL_EN}; if the agency has no fax line, say so."),
        ("agency", AGENCY_CITES,
         "Chưa công khai số fax của cơ quan; nếu cơ quan không sử dụng fax, cần ghi rõ điều đó.",
         "No fax number is given for the agency; if the agency has no fax line, say so."),
    ],
)  # fmt: skip
def test_a_missing_fax_number_is_a_warning(part: str, cites: list[str], vi: str, en: str) -> None:
    """Arts. 17(1)(m), 19(1)(đ) list a fax number; an agency may have no fax line, so its
    absence is to be reviewed (interpretation fax-if-any), not a breach."""
    data = public_catalogue()
    data[part]["fax"] = None
    report = check_catalogue(data, on=ON)
    f = only_finding(report)
    assert facts_of(f) == ("missing-contact-detail", "warning", cites, None, f"{part}.fax", None,
                         None)  # fmt: skip
    assert (f.message_vi, f.message_en) == (vi, en)
    assert report.ok
    readings = list(BASE_READINGS)
    readings.insert(4, "fax-if-any")  # applied where the contacts are checked
    assert report.interpretations == tuple(readings)


def test_contact_details_are_checked_focal_point_first_in_the_law_order() -> None:
    """Art. 17(1)(m) lists "tên, địa chỉ, số điện thoại, số fax, địa chỉ thư điện tử"; the agency's
    name is required by the catalogue itself, so only its other details are checked."""
    data = public_catalogue(focal_point={}, agency={"name": "Sở Tư pháp tỉnh Minh Sơn"})
    report = check_catalogue(data, on=ON)
    assert [(f.field, f.severity.value) for f in report.findings] == [
        ("focal_point.name", "violation"),
        ("focal_point.address", "violation"),
        ("focal_point.phone", "violation"),
        ("focal_point.fax", "warning"),
        ("focal_point.email", "violation"),
        ("agency.address", "violation"),
        ("agency.phone", "violation"),
        ("agency.fax", "warning"),
        ("agency.email", "violation"),
    ]


# -- the art. 19(1) points with no entry: readings website-points-held, website-mapping -------


def test_a_point_declared_held_with_no_entry_is_a_violation() -> None:
    """Art. 19(1)(b): guidance on the law the agency holds must be on its website."""
    report = check_catalogue(public_catalogue(website_points_held=["b", "c", "dd"]), on=ON)
    f = only_finding(report)
    assert facts_of(f) == (
        "website-point-without-entry",
        "violation",
        [f"{LAW}19(1)(b)"],
        None,
        "website_category",
        None,
        None,
    )
    assert f.message_vi == (
        "Không có mục nào thuộc điểm b khoản 1 Điều 19 (Thông tin phổ biến, hướng dẫn thực hiện "
        "pháp luật, chế độ, chính sách), là thông tin cơ quan có và phải được công khai trên "
        "Cổng/Trang thông tin điện tử."
    )
    assert f.message_en == (
        "No entry falls under art. 19(1)(b) (information explaining and guiding the "
        "implementation of laws, regimes and policies): the agency holds such information, and "
        "it must be published on the website."
    )
    assert report.interpretations == BASE_READINGS


def test_a_point_not_declared_cannot_be_judged_for_each_point_in_order() -> None:
    """Art. 19(1) opens "Trong các thông tin quy định tại Điều 17": without the declaration of
    what the agency holds, the points other than c, đ (held by all) and g (the catalogue) with
    no entry cannot be judged; each cites art. 19(1) and its point."""
    report = check_catalogue(public_catalogue(website_points_held=None), on=ON)
    assert [facts_of(f) for f in report.findings] == [
        ("website-point-without-entry", "cannot_judge", [f"{LAW}19(1)", f"{LAW}19(1)({p})"],
         None, "website_points_held", None, None)
        for p in ("a", "b", "d", "e", "h", "i")
    ]  # fmt: skip
    b = report.findings[1]
    assert b.message_vi == (
        "Không có mục nào thuộc điểm b khoản 1 Điều 19 (Thông tin phổ biến, hướng dẫn thực hiện "
        "pháp luật, chế độ, chính sách); khoản 1 Điều 19 chỉ áp dụng với thông tin cơ quan có "
        "(“Trong các thông tin quy định tại Điều 17”), và Danh mục không cho biết cơ quan có "
        "thông tin loại này hay không (khai báo tại “Các điểm khoản 1 Điều 19 cơ quan có thông "
        "tin”)."
    )
    assert b.message_en == (
        "No entry falls under art. 19(1)(b) (information explaining and guiding the "
        "implementation of laws, regimes and policies); art. 19(1) applies to the art. 17 "
        "information the agency holds, and the catalogue does not say whether it holds such "
        "information (declare website_points_held)."
    )
    assert report.ok


def test_point_g_is_the_catalogue_itself_and_never_needs_an_entry() -> None:
    """Art. 19(1)(g) is the catalogue: its publication is checked as such (art. 34(1)(b))."""
    held = ["a", "b", "c", "d", "dd", "e", "g", "h", "i"]
    report = check_catalogue(public_catalogue(website_points_held=held), on=ON)
    assert [f.field for f in report.findings] == ["website_category"] * 6
    assert "g" not in {f.citations[0].point for f in report.findings}


def test_an_entry_counts_for_a_point_only_if_its_art_17_point_feeds_it() -> None:
    """Art. 19(1) chapeau: each point draws from art. 17(1). A fee table (17(1)(o)) filed
    under 19(1)(a) does not make up for missing legal documents, nor does an entry with no
    art. 17(1) point (interpretation category-recommended)."""
    mislabelled = fee_table(id="PHI-01", website_category="a")
    unlabelled = fee_table(id="VB-02", category=None, website_category="a")
    report = check_catalogue(
        public_catalogue(mislabelled, unlabelled, website_points_held=["a", "c", "dd"]), on=ON
    )
    assert [(f.code, f.entry_id) for f in report.findings] == [
        ("website-point-without-entry", None),
        ("website-point-category-mismatch", "PHI-01"),
        ("missing-category", "VB-02"),
    ]
    legal = fee_table(id="VB-03", category="a", website_category="a")
    assert check_catalogue(public_catalogue(legal, website_points_held=["a", "c", "dd"]), on=ON).ok


# -- one entry's art. 19(1) point: from the right art. 17(1) point, and on the website -------


def test_an_art_19_point_filled_from_the_wrong_art_17_point() -> None:
    """Art. 19(1)(đ) (functions, organisation, contacts) draws from art. 17(1)(k) and (m); a
    legal document (17(1)(a)) is not such information."""
    entry = fee_table(id="VB-01", category="a", website_category="dd")
    report = check_catalogue(public_catalogue(entry), on=ON)
    f = only_finding(report)
    assert facts_of(f) == (
        "website-point-category-mismatch",
        "violation",
        [f"{LAW}19(1)", f"{LAW}19(1)(đ)"],
        "VB-01",
        "website_category",
        None,
        None,
    )
    assert f.message_vi == (
        "Mục VB-01: điểm đ khoản 1 Điều 19 lấy thông tin từ điểm k, m khoản 1 Điều 17, không "
        "phải điểm a."
    )
    assert f.message_en == (
        "Entry VB-01: art. 19(1)(đ) draws from art. 17(1)(k, m), not from art. 17(1)(a)."
    )


def test_an_art_19_entry_not_posted_on_the_website() -> None:
    """Art. 19(1)(c): the annual work plan "phải được công khai trên cổng thông tin điện tử";
    disclosing it through the press (art. 18(1)(b)) only is not enough."""
    entry = {**PLAN, "id": "KH-02", "forms": ["b"], "access_url": None}
    f = only_finding(check_catalogue(public_catalogue(entry), on=ON))
    assert facts_of(f) == (
        "website-point-not-on-website",
        "violation",
        [f"{LAW}19(1)(c)"],
        "KH-02",
        "forms",
        None,
        None,
    )
    assert f.message_vi == (
        "Mục KH-02: thông tin thuộc điểm c khoản 1 Điều 19 phải được đăng tải trên Cổng/Trang "
        "thông tin điện tử nhưng hình thức công khai không có điểm a khoản 1 Điều 18."
    )
    assert f.message_en == (
        "Entry KH-02: art. 19(1)(c) information must be on the website, but its forms of "
        "disclosure do not include art. 18(1)(a)."
    )


def test_without_a_website_art_19_information_goes_out_in_another_form() -> None:
    """Art. 19(6): an agency with no website discloses art. 19(1) information "bằng hình thức
    thích hợp khác"; an entry under 19(1)(c) posted at the office is then correct."""
    entry = {**PLAN, "id": "KH-02", "forms": ["d"], "access_url": None}
    report = check_catalogue(
        public_catalogue(entry, website=None, published_url=None, published_by_posting=True), on=ON
    )
    assert report.findings == ()


def test_an_entry_without_art_17_point_is_not_said_to_mismatch() -> None:
    """With no art. 17(1) point there is nothing to compare: only the warning that it is missing
    (interpretation category-recommended), citing art. 17(1)."""
    entry = fee_table(id="KH-03", category=None, website_category="c")
    f = only_finding(check_catalogue(public_catalogue(entry), on=ON))
    assert facts_of(f) == ("missing-category", "warning", [f"{LAW}17(1)"], "KH-03", "category",
                         None, None)  # fmt: skip
    assert f.message_vi == (
        "Mục KH-03: chưa ghi “Điểm (Điều 17 khoản 1)”; nên ghi để đối chiếu với khoản 1 Điều 19 "
        "(mục không có điểm thì không được tính cho điểm nào của khoản 1 Điều 19)."
    )
    assert f.message_en == (
        "Entry KH-03: the art. 17(1) point is not stated; state it so the art. 19(1) coverage "
        "can count the entry (without it the entry counts for no art. 19(1) point)."
    )


# -- the fields of an entry (Decree 13 art. 6(3) ¶1) and its address (¶2) --------------------


@pytest.mark.parametrize(
    ("field", "vi", "en"),
    [
        ("name", "Mục PHI-01: thiếu “Tên văn bản, hồ sơ, tài liệu”.",
         "Entry PHI-01: the name of the document, file or material is missing."),
        ("number_symbol", "Mục PHI-01: thiếu “Số, ký hiệu”.",
         "Entry PHI-01: the number and symbol is missing."),
        ("forms", "Mục PHI-01: thiếu “Hình thức công khai (Điều 18 khoản 1)”.",
         "Entry PHI-01: the form of disclosure is missing."),
    ],
)  # fmt: skip
def test_a_missing_required_field_says_which(field: str, vi: str, en: str) -> None:
    """Decree 13 art. 6(3) ¶1: "Tên, số, ký hiệu văn bản …; ngày, tháng, năm tạo ra … kèm theo
    hình thức công khai thông tin"."""
    entry = fee_table(**{field: [] if field == "forms" else None})
    if field == "forms":
        entry["access_url"] = None  # no form: not on the website, no address needed
    f = only_finding(check_catalogue(public_catalogue(entry), on=ON))
    assert facts_of(f) == ("missing-required-field", "violation", [f"{DECREE}6(3)"], "PHI-01",
                         field, None, None)  # fmt: skip
    assert (f.message_vi, f.message_en) == (vi, en)


def test_an_entry_on_the_website_needs_its_access_address() -> None:
    """Decree 13 art. 6(3) ¶2: information on the website "phải kèm theo chỉ dẫn địa chỉ truy
    cập để tải thông tin"."""
    report = check_catalogue(public_catalogue(fee_table(access_url=None)), on=ON)
    f = only_finding(report)
    assert facts_of(f) == ("missing-required-field", "violation", [f"{DECREE}6(3)"], "PHI-01",
                         "access_url", None, None)  # fmt: skip
    assert f.message_vi == (
        "Mục PHI-01: thiếu “Địa chỉ truy cập” (thông tin được đăng tải trên Cổng/Trang thông tin "
        "điện tử)."
    )
    assert f.message_en == (
        "Entry PHI-01: the access address is missing (the information is on the website)."
    )


def test_a_digitised_entry_not_online_needs_its_attachment() -> None:
    """Decree 13 art. 6(3) ¶2: "Trường hợp thông tin chưa được công khai trên Cổng thông tin điện
    tử … mà đã được số hóa thì phải được đính kèm theo Danh mục"."""
    entry = fee_table(forms=["c"], access_url=None, digitised=True)
    f = only_finding(check_catalogue(public_catalogue(entry), on=ON))
    assert facts_of(f) == ("missing-required-field", "violation", [f"{DECREE}6(3)"], "PHI-01",
                         "attachment", None, None)  # fmt: skip
    assert f.message_vi == (
        "Mục PHI-01: thiếu “Tệp đính kèm” (thông tin đã được số hóa nhưng chưa đăng tải trên "
        "Cổng/Trang thông tin điện tử)."
    )
    assert f.message_en == (
        "Entry PHI-01: the attachment is missing (the information is digitised but not on the "
        "website)."
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"forms": ["c"], "access_url": None, "digitised": True, "attachment": "phi.pdf"},
        # ¶2: information in another database is given by its access address
        {"forms": ["c"], "access_url": "https://csdl.example.org/phi", "digitised": True},
        # not digitised, not online: nothing to attach or link
        {"forms": ["c"], "access_url": None, "digitised": False},
        # online with its address, digitised too: the address is enough
        {"digitised": True},
    ],
)
def test_an_entry_with_its_address_or_attachment_passes(fields: dict[str, Any]) -> None:
    """Decree 13 art. 6(3) ¶2: the access address, or the attachment, is what is asked."""
    assert check_catalogue(public_catalogue(fee_table(**fields)), on=ON).findings == ()


def test_the_access_address_reading_is_applied_only_to_online_or_digitised_entries() -> None:
    """Interpretation access-address is about Decree 13 art. 6(3) ¶2: a catalogue whose entries
    are all posted at the office, none digitised, never applies it."""
    offline = [
        {**e, "forms": ["d"], "access_url": None, "disclosed_until": None}
        for e in (PLAN, FUNCTIONS)
    ]
    data = public_catalogue(website=None, published_url=None, published_by_posting=True)
    data["entries"] = offline
    report = check_catalogue(data, on=ON)
    assert report.findings == ()
    assert report.interpretations == (*BASE_READINGS[:-1], "posting-open-ended")
    digitised = [{**offline[0], "digitised": True, "attachment": "kh.pdf"}, offline[1]]
    report = check_catalogue({**data, "entries": digitised}, on=ON)
    assert report.interpretations == (*BASE_READINGS, "posting-open-ended")


# -- the time of disclosure: art. 18(4) ------------------------------------------------------


def test_disclosed_late_and_on_the_last_day() -> None:
    """Art. 18(4): created Fri 1/3/2024, due Fri 8/3. Disclosed 11/3: late; on 8/3: in time."""
    entry: dict[str, Any] = {
        "id": "KH-04",
        "name": "Kế hoạch",
        "number_symbol": "18/KH-STP",
        "created_on": D(2024, 3, 1),
        "category": "d",
        "website_category": "c",
        "forms": ["a"],
        "access_url": "https://stp.example.org/kh4",
        "disclosed_on": D(2024, 3, 11),
    }
    late = check_catalogue(catalogue_to_2040([entry]), on=D(2024, 3, 20))
    (finding,) = late.findings
    assert (finding.code, finding.due) == ("disclosed-late", D(2024, 3, 8))
    assert [c.label_en for c in finding.citations] == [f"{LAW}18(4)"]
    assert finding.message_en == (
        "Entry KH-04: disclosed on 2024-03-11, after the deadline 2024-03-08 (five working days "
        "after it was created on 2024-03-01)."
    )
    assert finding.message_vi == (
        "Mục KH-04: công khai ngày 11/03/2024, sau hạn 08/03/2024 (05 ngày làm việc kể từ ngày "
        "tạo ra thông tin (01/03/2024))."
    )
    on_time = check_catalogue(
        catalogue_to_2040([{**entry, "disclosed_on": D(2024, 3, 8)}]), on=D(2024, 3, 20)
    )
    assert on_time.findings == ()
    # not yet disclosed: overdue only after the due day
    pending = {**entry, "disclosed_on": None}
    assert check_catalogue(catalogue_to_2040([pending]), on=D(2024, 3, 8)).findings == ()
    overdue = check_catalogue(catalogue_to_2040([pending]), on=D(2024, 3, 9)).findings
    assert [f.code for f in overdue] == ["disclosure-overdue"]


def test_a_disclosure_planned_after_the_check_does_not_count_yet() -> None:
    """Art. 18(4): created Fri 1/3/2024, due Fri 8/3. Checked Mon 11/3: a disclosure planned
    for 12/3 has not happened, so the entry is overdue; one made on 11/3 itself is late."""
    planned = check_catalogue(
        public_catalogue(fee_table(disclosed_on=D(2024, 3, 12))), on=D(2024, 3, 11)
    )
    f = only_finding(planned)
    assert (f.code, f.due) == ("disclosure-overdue", D(2024, 3, 8))
    assert f.message_en == (
        "Entry PHI-01: not disclosed by 2024-03-08, five working days after it was created on "
        "2024-03-01 (no other law sets the time)."
    )
    today = check_catalogue(
        public_catalogue(fee_table(disclosed_on=D(2024, 3, 11))), on=D(2024, 3, 11)
    )
    assert [(f.code, f.due) for f in today.findings] == [("disclosed-late", D(2024, 3, 8))]


@given(created=regime_dates, late=st.integers(1, 30))
def test_disclosing_on_the_last_day_is_never_late_and_any_day_after_is(
    created: date, late: int
) -> None:
    """Art. 18(4): the information may be disclosed up to the fifth working day after its
    creation (Civil Code art. 148(1): a period ends at the end of its last day). The 2016
    rules are named: the check may fall after 1/9/2026."""
    due = time_limit("disclosure.publish", created).due
    on = due + timedelta(days=40)
    in_time = public_catalogue(fee_table(created_on=created, disclosed_on=due))
    assert check_catalogue(in_time, on=on, regime="ati-2016").ok
    late_entry = fee_table(created_on=created, disclosed_on=due + timedelta(days=late))
    report = check_catalogue(public_catalogue(late_entry), on=on, regime="ati-2016")
    assert [facts_of(f) for f in report.findings] == [
        ("disclosed-late", "violation", [f"{LAW}18(4)"], "PHI-01", "disclosed_on", due,
         "ati-2016")
    ]  # fmt: skip


BUDGET_LAW = "Luật Ngân sách nhà nước số 83/2015/QH13"


def _special(**fields: Any) -> dict[str, Any]:
    """A budget report whose time of disclosure another law sets (art. 18(4), first limb)."""
    base = {
        "id": "NS-01",
        "name": "Báo cáo tình hình thực hiện ngân sách quý I",
        "number_symbol": "30/BC-STP",
        "created_on": D(2024, 3, 1),
        "category": "dd",
        "forms": ["a"],
        "access_url": "https://stp.example.org/ns",
        "special_rule": BUDGET_LAW,
        "special_due": D(2024, 3, 15),
    }
    return {**base, **fields}


def test_disclosure_under_another_law_is_due_on_its_day_not_before() -> None:
    """Art. 18(4): "Thời điểm công khai … thực hiện theo quy định của pháp luật có liên quan":
    due Fri 15/3/2024 under the budget law; on 15/3 not yet overdue, on 16/3 overdue."""
    assert check_catalogue(public_catalogue(_special()), on=D(2024, 3, 15)).findings == ()
    report = check_catalogue(public_catalogue(_special()), on=D(2024, 3, 16))
    f = only_finding(report)
    assert facts_of(f) == ("disclosure-overdue", "violation", [f"{LAW}18(4)"], "NS-01",
                         "disclosed_on", D(2024, 3, 15), None)  # fmt: skip
    assert f.message_vi == f"Mục NS-01: chưa công khai đến hạn 15/03/2024 (theo “{BUDGET_LAW}”)."
    assert f.message_en == f"Entry NS-01: not disclosed by 2024-03-15, under “{BUDGET_LAW}”."
    assert report.interpretations == (*BASE_READINGS, "special-rule")
    # a report whose overdue finding was counted under another law loads back as it is
    assert CatalogueReport.from_dict(report.to_dict()) == report


def test_disclosed_after_the_day_another_law_sets() -> None:
    """Art. 18(4), first limb: disclosed Mon 18/3/2024, after the 15/3 the budget law sets;
    disclosed on 15/3 itself, in time."""
    report = check_catalogue(public_catalogue(_special(disclosed_on=D(2024, 3, 18))), on=ON)
    f = only_finding(report)
    assert facts_of(f) == ("disclosed-late", "violation", [f"{LAW}18(4)"], "NS-01",
                         "disclosed_on", D(2024, 3, 15), None)  # fmt: skip
    assert f.message_vi == (
        f"Mục NS-01: công khai ngày 18/03/2024, sau hạn 15/03/2024 (theo “{BUDGET_LAW}”)."
    )
    assert f.message_en == (
        f"Entry NS-01: disclosed on 2024-03-18, after the deadline 2024-03-15 (under "
        f"“{BUDGET_LAW}”)."
    )
    on_time = check_catalogue(public_catalogue(_special(disclosed_on=D(2024, 3, 15))), on=ON)
    assert on_time.findings == ()


def test_another_law_without_its_deadline_cannot_be_judged_from_the_day_of_creation() -> None:
    """Art. 18(4): where another law sets the time, the check needs the day it sets. Created
    on the day of the check: already judged (cannot be); created the day after: not yet."""
    entry = _special(special_due=None, created_on=ON)
    report = check_catalogue(public_catalogue(entry), on=ON)
    f = only_finding(report)
    assert facts_of(f) == ("timing-cannot-be-judged", "cannot_judge", [f"{LAW}18(4)"], "NS-01",
                         "special_due", None, None)  # fmt: skip
    assert f.message_vi == (
        f"Mục NS-01: thời điểm công khai theo “{BUDGET_LAW}”, nhưng chưa ghi hạn công khai theo "
        "quy định đó."
    )
    assert f.message_en == (
        f"Entry NS-01: the time of disclosure is set by “{BUDGET_LAW}”, but no deadline under "
        "it is given."
    )
    assert report.interpretations == (*BASE_READINGS, "special-rule")
    tomorrow = _special(special_due=None, created_on=ON + timedelta(days=1))
    later = check_catalogue(public_catalogue(tomorrow), on=ON)
    assert later.findings == () and later.interpretations == BASE_READINGS


def test_information_created_the_day_before_the_law_has_no_art_18_4_deadline() -> None:
    """Decree 13 art. 14(2) (interpretation pre-2018): information created before 1/7/2018
    follows the earlier rules. Created Sat 30/6/2018: not judged. Created Sun 1/7/2018: due
    Fri 6/7 (Mon 2 … Fri 6 July, no holiday), overdue when never disclosed."""
    before = fee_table(created_on=D(2018, 6, 30), disclosed_on=None)
    report = check_catalogue(public_catalogue(before), on=ON)
    assert report.findings == ()
    assert report.interpretations == (*BASE_READINGS, "pre-2018")
    first = fee_table(created_on=D(2018, 7, 1), disclosed_on=None)
    report = check_catalogue(public_catalogue(first), on=ON)
    f = only_finding(report)
    assert facts_of(f) == ("disclosure-overdue", "violation", [f"{LAW}18(4)"], "PHI-01",
                         "disclosed_on", D(2018, 7, 6), "ati-2016")  # fmt: skip
    assert f.message_vi == (
        "Mục PHI-01: chưa công khai đến hạn 06/07/2018 (05 ngày làm việc kể từ ngày tạo ra "
        "thông tin (01/07/2018))."
    )
    assert report.interpretations == BASE_READINGS


def test_disclosure_due_after_the_calendar_cannot_be_judged() -> None:
    """Art. 18(4) from Fri 28/12/2040: Mon 31/12 is day 1, days 2–5 fall after the calendar
    (2041 is not in it): the check cannot judge, and says why, citing art. 18(4)."""
    entry = {
        "id": "KH-01",
        "name": "Kế hoạch công tác năm 2041",
        "number_symbol": "15/KH-STP",
        "created_on": D(2040, 12, 28),
        "category": "d",
        "website_category": "c",
        "forms": ["a"],
        "access_url": "https://stp.example.org/kh",
    }
    report = check_catalogue(catalogue_to_2040([entry]), on=D(2040, 12, 31), regime="ati-2016")
    (finding,) = report.findings
    assert (finding.code, finding.severity.value, finding.field, finding.entry_id) == (
        "timing-cannot-be-judged",
        "cannot_judge",
        "created_on",
        "KH-01",
    )
    assert [c.label_en for c in finding.citations] == [f"{LAW}18(4)"]
    assert finding.message_en == (
        "Entry KH-01: 2040-12-28 is outside the working-day calendar; the time limit cannot be "
        "counted."
    )
    assert finding.message_vi == (
        "Mục KH-01: ngày 28/12/2040 nằm ngoài lịch ngày làm việc; không tính được thời hạn."
    )
    assert finding.regime is None


def test_disclosure_after_the_new_law_is_counted_under_the_rules_named() -> None:
    """Art. 18(4) of the 2016 law, applied deliberately: created Thu 3/9/2026 (the National Day
    break ends Wed 2/9, 9441/TB-BNV), five working days Fri 4, Mon 7 … Thu 10/9/2026."""
    report = check_catalogue(public_catalogue(fee_table(created_on=D(2026, 9, 3), disclosed_on=None)),
                             on=AFTER, regime="ati-2016")  # fmt: skip
    assert [facts_of(f) for f in report.findings] == [
        ("disclosure-overdue", "violation", [f"{LAW}18(4)"], "PHI-01", "disclosed_on",
         D(2026, 9, 10), "ati-2016")
    ]  # fmt: skip


# -- the posting period: art. 21(2) ----------------------------------------------------------

#: an entry disclosed on the website and by posting (art. 18(1)(a), (d)), dates left to each test
POSTED: dict[str, Any] = {
    "id": "NY-03",
    "name": "Thông báo niêm yết",
    "number_symbol": "17/TB-STP",
    "created_on": D(2024, 3, 1),
    "category": "d",
    "website_category": "c",
    "forms": ["a", "d"],
    "access_url": "https://stp.example.org/ny",
}


def _posted(**fields: Any) -> dict[str, Any]:
    return fee_table(forms=["a", "d"], **fields)


def test_posting_one_day_short_and_exactly_thirty_days() -> None:
    """Art. 21(2): posted Mon 4/3/2024, day 30 is Wed 3/4/2024: until 2/4 is too short,
    until 3/4 is enough."""
    entry = {**POSTED, "disclosed_on": D(2024, 3, 4), "disclosed_until": D(2024, 4, 2)}
    short = check_catalogue(catalogue_to_2040([entry]), on=D(2024, 4, 10))
    (finding,) = short.findings
    assert (finding.code, finding.due, finding.regime) == (
        "posting-too-short",
        D(2024, 4, 3),
        "ati-2016",
    )
    assert [c.label_en for c in finding.citations] == [f"{LAW}21(2)"]
    assert finding.message_en == (
        "Entry NY-03: posted from 2024-03-04 to 2024-04-02, less than 30 days (the posting may "
        "end on 2024-04-03 at the earliest)."
    )
    assert finding.message_vi == (
        "Mục NY-03: niêm yết từ 04/03/2024 đến 02/04/2024, chưa đủ 30 ngày (sớm nhất đến "
        "03/04/2024)."
    )
    enough = check_catalogue(
        catalogue_to_2040([{**entry, "disclosed_until": D(2024, 4, 3)}]), on=D(2024, 4, 10)
    )
    assert enough.findings == ()


def test_a_posting_whose_30th_day_is_a_day_off_is_told_why_it_is_short() -> None:
    """Art. 21(2) ("ít nhất là 30 ngày") counted as a time limit (docs/catalogue.md §4): posted
    Fri 1/3/2024, day 1 is 2/3 (BLDS art. 147), day 30 Sun 31/3/2024, a weekend day, so the
    period ends on Mon 1/4/2024 (BLDS art. 148(5)). Taken down on 31/3, 30 days have run: the
    finding says the period ran to the next working day, and cites art. 148(5) for it; taken
    down on 30/3 it is less than 30 days."""
    base = {**POSTED, "id": "NY-04", "disclosed_on": D(2024, 3, 1)}
    rolled = check_catalogue(
        catalogue_to_2040([{**base, "disclosed_until": D(2024, 3, 31)}]), on=D(2024, 4, 10)
    )
    (finding,) = rolled.findings
    assert (finding.code, finding.due) == ("posting-too-short", D(2024, 4, 1))
    assert [c.label_en for c in finding.citations] == [
        f"{LAW}21(2)",
        "Civil Code 2015, art. 148(5)",
    ]
    assert finding.message_en == (
        "Entry NY-04: posted from 2024-03-01 to 2024-03-31, before the posting period ends: its "
        "30th day (2024-03-31) is a day off, so the period ends on the next working day, "
        "2024-04-01."
    )
    assert finding.message_vi == (
        "Mục NY-04: niêm yết từ 01/03/2024 đến 31/03/2024, trước khi hết thời hạn niêm yết: "
        "ngày thứ 30 (31/03/2024) là ngày nghỉ nên thời hạn kết thúc vào ngày làm việc tiếp "
        "theo, 01/04/2024."
    )
    short = check_catalogue(
        catalogue_to_2040([{**base, "disclosed_until": D(2024, 3, 30)}]), on=D(2024, 4, 10)
    )
    (finding,) = short.findings
    assert [c.label_en for c in finding.citations] == [f"{LAW}21(2)"]
    assert finding.message_en.endswith(
        "to 2024-03-30, less than 30 days (the posting may end on 2024-04-01 at the earliest)."
    )
    enough = check_catalogue(
        catalogue_to_2040([{**base, "disclosed_until": D(2024, 4, 1)}]), on=D(2024, 4, 10)
    )
    assert enough.findings == ()


@pytest.mark.parametrize(
    ("fields", "readings"),
    [
        # another law sets the place and time of posting: art. 21(2) does not apply
        ({"special_rule": "Luật Đất đai số 31/2024/QH15", "special_due": D(2024, 3, 8),
          "disclosed_until": D(2024, 3, 5)}, ("special-rule",)),
        # no day of posting given (created on the day of the check, not yet due): nothing to count
        ({"created_on": ON, "disclosed_on": None, "disclosed_until": D(2024, 3, 25)}, ()),
        # still posted, no end: interpretation posting-open-ended
        ({"disclosed_until": None}, ("posting-open-ended",)),
    ],
)  # fmt: skip
def test_a_posting_that_art_21_2_cannot_count_is_not_reported(
    fields: dict[str, Any], readings: tuple[str, ...]
) -> None:
    """Art. 21(2): "mà pháp luật chưa quy định cụ thể về địa điểm, thời hạn niêm yết thì …
    ít nhất là 30 ngày": only a posting with a start and an end, under no other law."""
    report = check_catalogue(public_catalogue(_posted(**fields)), on=ON)
    assert report.findings == ()
    assert report.interpretations == (*BASE_READINGS, *readings)


def test_a_short_end_date_without_posting_is_not_a_posting() -> None:
    """Art. 21(2) is about niêm yết (art. 18(1)(d)); an online page taken down after a day
    breaks no minimum."""
    entry = fee_table(disclosed_on=D(2024, 3, 4), disclosed_until=D(2024, 3, 5))
    assert check_catalogue(public_catalogue(entry), on=ON).findings == ()


def test_posting_from_the_day_the_law_took_effect_is_counted() -> None:
    """Art. 21(2) from Sun 1/7/2018 (in force that day): day 1 is 2/7, day 30 Tue 31/7/2018;
    a posting taken down on 30/7 is too short. A posting from Sat 30/6/2018 began under the
    earlier rules (interpretation pre-2018). No date created, so only the posting is counted."""
    first = _posted(created_on=None, disclosed_on=D(2018, 7, 1), disclosed_until=D(2018, 7, 30))
    report = check_catalogue(public_catalogue(first), on=ON)
    assert [facts_of(f) for f in report.findings] == [
        ("missing-required-field", "violation", [f"{DECREE}6(3)"], "PHI-01", "created_on",
         None, None),
        ("posting-too-short", "violation", [f"{LAW}21(2)"], "PHI-01", "disclosed_until",
         D(2018, 7, 31), "ati-2016"),
    ]  # fmt: skip
    assert report.findings[0].message_en == "Entry PHI-01: the date created is missing."
    assert report.findings[0].message_vi == "Mục PHI-01: thiếu “Ngày tạo ra”."
    assert "pre-2018" not in report.interpretations
    before = _posted(created_on=None, disclosed_on=D(2018, 6, 30), disclosed_until=D(2018, 7, 2))
    report = check_catalogue(public_catalogue(before), on=ON)
    assert [f.code for f in report.findings] == ["missing-required-field"]
    assert report.interpretations == (*BASE_READINGS, "pre-2018")


def test_posting_minimum_after_the_calendar_cannot_be_judged() -> None:
    """Art. 21(2): posted Thu 20/12/2040, 30 days end in 2041, after the calendar."""
    entry = {
        **POSTED,
        "id": "NY-02",
        "created_on": D(2040, 12, 19),
        "disclosed_on": D(2040, 12, 20),
        "disclosed_until": D(2040, 12, 31),
    }
    report = check_catalogue(catalogue_to_2040([entry]), on=D(2040, 12, 31), regime="ati-2016")
    (finding,) = report.findings
    assert (finding.code, finding.field, finding.entry_id) == (
        "timing-cannot-be-judged",
        "disclosed_on",
        "NY-02",
    )
    assert [c.label_en for c in finding.citations] == [f"{LAW}21(2)"]
    assert finding.message_en.startswith("Entry NY-02: 2040-12-20 is outside the working-day")


def test_posting_after_the_new_law_is_counted_under_the_rules_named() -> None:
    """Art. 21(2) of the 2016 law, applied deliberately: posted Mon 7/9/2026, day 30 is Wed
    7/10/2026; taken down on 20/9, too short."""
    entry = _posted(created_on=D(2026, 9, 7), disclosed_on=D(2026, 9, 7),
                    disclosed_until=D(2026, 9, 20))  # fmt: skip
    report = check_catalogue(public_catalogue(entry), on=AFTER, regime="ati-2016")
    assert [facts_of(f) for f in report.findings] == [
        ("posting-too-short", "violation", [f"{LAW}21(2)"], "PHI-01", "disclosed_until",
         D(2026, 10, 7), "ati-2016")
    ]  # fmt: skip


# -- the conditional-access catalogue: Decree 13 art. 6(1); Law art. 7 -----------------------


def test_a_conditional_entry_without_its_name() -> None:
    """Decree 13 art. 6(1): the catalogue of art. 7 information lists what it holds, by name."""
    report = check_catalogue(conditional_catalogue({**SECRET, "name": None}), on=ON)
    f = only_finding(report)
    assert facts_of(f) == ("missing-required-field", "violation", [f"{DECREE}6(1)"], "HS-01",
                         "name", None, None)  # fmt: skip
    assert f.message_vi == "Mục HS-01: thiếu “Tên văn bản, hồ sơ, tài liệu”."
    assert f.message_en == "Entry HS-01: the name of the document, file or material is missing."
    assert report.interpretations == ("conditional-kind", "conditional-fields")


@pytest.mark.parametrize(
    ("field", "vi_name", "en_name"),
    [("number_symbol", "Số, ký hiệu", "number and symbol"),
     ("created_on", "Ngày tạo ra", "date created")],
)  # fmt: skip
def test_a_conditional_entry_without_number_or_date_is_a_warning(
    field: str, vi_name: str, en_name: str
) -> None:
    """Interpretation conditional-fields: the fields Decree 13 art. 6(3) asks of the public
    catalogue are recommended here, by analogy, citing art. 6(3)."""
    report = check_catalogue(conditional_catalogue({**SECRET, field: None}), on=ON)
    f = only_finding(report)
    assert facts_of(f) == ("missing-required-field", "warning", [f"{DECREE}6(3)"], "HS-01",
                         field, None, None)  # fmt: skip
    assert f.message_vi == (
        f"Mục HS-01: thiếu “{vi_name}” (nên ghi như đối với Danh mục thông tin phải được công "
        "khai)."
    )
    assert f.message_en == (
        f"Entry HS-01: the {en_name} is missing (recommended, as in the public-disclosure "
        "catalogue)."
    )
    assert report.ok


def test_a_conditional_entry_without_its_art_7_condition() -> None:
    """Art. 7(1): a trade secret opens with its owner's consent; art. 7(2): private life,
    personal or family secrets with the person's or the family's consent."""
    f = only_finding(check_catalogue(conditional_catalogue({**SECRET, "condition": None}), on=ON))
    assert facts_of(f) == ("missing-consent-rule", "violation", [f"{LAW}7(1)", f"{LAW}7(2)"],
                         "HS-01", "condition", None, None)  # fmt: skip
    assert f.message_vi == (
        "Mục HS-01: chưa xác định điều kiện tiếp cận theo Điều 7 (bí mật kinh doanh, bí mật đời "
        "sống riêng tư, bí mật cá nhân hoặc bí mật gia đình và sự đồng ý cần có)."
    )
    assert f.message_en == (
        "Entry HS-01: the art. 7 condition (trade, private-life, personal or family secret, "
        "hence whose consent opens access) is not stated."
    )
