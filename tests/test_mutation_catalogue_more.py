"""The catalogue check, finding by finding: whole sentences, exact citations, each boundary.

Issue 12, second pass: the wrong answers a mutation run of ``tiepcan/catalogue.py`` let
through. Each test reads one rule against the article that decides it:

- where the catalogue is published: Law 104/2016/QH13 arts. 34(1)(b), 19(1)(g); Decree
  13/2018/NĐ-CP art. 6(3) ¶3;
- the contact details: arts. 17(1)(m), 19(1)(đ);
- the art. 19(1) points and the art. 17(1) points they draw from: art. 19(1) chapeau;
- the fields of an entry and its access address or attachment: Decree 13 art. 6(3) ¶1–2;
- the time of disclosure: art. 18(4); the posting period: art. 21(2); information created
  before the law: Decree 13 art. 14(2);
- the conditional-access catalogue: Decree 13 art. 6(1), Law art. 7(1)–(2);
- the results read back (reports, findings, diffs) and the CSV and JSON forms.

Dates are counted by hand on the public-sector calendar (``shared/reference/
calendar-2018-2027.md``): March 2024 and July 2018 have no holiday; in September 2026 the
National Day break ends on Wed 2/9 (9441/TB-BNV).
"""

from __future__ import annotations

import copy
import csv
import io
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan import InvalidInputError
from tiepcan._catalogue.csv_form import _header_rows
from tiepcan.catalogue import (
    Catalogue,
    CatalogueDiff,
    CatalogueEntry,
    CatalogueFinding,
    CatalogueReport,
    EntryChange,
    FieldChange,
    check_catalogue,
    diff_catalogues,
    entries_from_csv,
)
from tiepcan.data import DATA_DIR
from tiepcan.deadlines import time_limit
from tiepcan.duties import check_duties
from tiepcan.regimes import load_ruleset, ruleset_on

from strategies import said
from strategies_catalogue import regime_dates

D = date

LAW = "Law 104/2016/QH13 on Access to Information, art. "
LAW_VI = "Luật Tiếp cận thông tin số 104/2016/QH13"
DECREE = "Decree 13/2018/NĐ-CP, art. "
ON = D(2024, 3, 20)  # a Wednesday; March 2024 has no holiday

CONTACT = {
    "name": "Văn phòng Sở",
    "address": "Số 1 đường Lê Lợi",
    "phone": "0200 3 000 001",
    "fax": "0200 3 000 009",
    "email": "vanphong@example.org",
}
AGENCY = {**CONTACT, "name": "Sở Tư pháp tỉnh Minh Sơn"}

#: two entries that cover the points every agency holds: 19(1)(c) (its annual work plan, from
#: 17(1)(d)) and 19(1)(đ) (its functions and contacts, from 17(1)(k)); on the website, with their
#: addresses, disclosed the day they were created
PLAN = {
    "id": "KH-01",
    "name": "Kế hoạch công tác năm 2024",
    "number_symbol": "15/KH-STP",
    "created_on": D(2024, 3, 1),
    "category": "d",
    "website_category": "c",
    "forms": ["a"],
    "access_url": "https://stp.example.org/kh-2024",
    "disclosed_on": D(2024, 3, 1),
}
FUNCTIONS = {
    "id": "CN-01",
    "name": "Quyết định quy định chức năng, nhiệm vụ của Sở",
    "number_symbol": "01/2024/QĐ-UBND",
    "created_on": D(2024, 3, 1),
    "category": "k",
    "website_category": "dd",
    "forms": ["a"],
    "access_url": "https://stp.example.org/cn",
    "disclosed_on": D(2024, 3, 1),
}

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


def _public(*entries: dict[str, Any], **header: Any) -> dict[str, Any]:
    """A complete public catalogue (no finding), with ``entries`` added and ``header`` changed."""
    return {
        "kind": "public_disclosure",
        "agency": dict(AGENCY),
        "focal_point": dict(CONTACT),
        "website": "https://stp.example.org",
        "published_url": "https://stp.example.org/ttc",
        "updated_on": D(2024, 3, 15),
        "website_points_held": ["c", "dd"],
        "entries": [PLAN, FUNCTIONS, *entries],
        **header,
    }


def _entry(**fields: Any) -> dict[str, Any]:
    """An entry outside art. 19(1) (a fee table, 17(1)(o)), posted online on time."""
    base = {
        "id": "PHI-01",
        "name": "Biểu phí chứng thực",
        "number_symbol": "20/QĐ-STP",
        "created_on": D(2024, 3, 1),
        "category": "o",
        "forms": ["a"],
        "access_url": "https://stp.example.org/phi",
        "disclosed_on": D(2024, 3, 4),
    }
    return {**base, **fields}


def _conditional(*entries: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "conditional_access",
        "agency": dict(AGENCY),
        "updated_on": D(2024, 3, 15),
        "entries": list(entries),
    }


def _one(report: CatalogueReport) -> CatalogueFinding:
    (finding,) = report.findings
    return finding


def _facts(f: CatalogueFinding) -> tuple[Any, ...]:
    """Everything a finding says but its sentences: code, severity, laws, entry, field, due."""
    return (
        f.code,
        f.severity.value,
        [c.label_en for c in f.citations],
        f.entry_id,
        f.field,
        f.due,
        f.regime,
    )


def test_the_base_catalogue_meets_the_law() -> None:
    """The catalogue the variants below change: complete, so each variant's finding is its own."""
    report = check_catalogue(_public(), on=ON)
    assert report.findings == ()
    assert report.interpretations == BASE_READINGS
    assert (report.agency, report.on, report.regime, report.user_supplied) == (
        "Sở Tư pháp tỉnh Minh Sơn",
        ON,
        "ati-2016",
        False,
    )


# --------------------------------------------------------------------------------------
# Where the catalogue is published (arts. 34(1)(b), 19(1)(g); Decree 13 art. 6(3) ¶3).

PUBLICATION_CITES = [f"{LAW}34(1)(b)", f"{LAW}19(1)(g)", f"{DECREE}6(3)"]


def test_catalogue_not_in_the_website_section() -> None:
    """Decree 13 art. 6(3) ¶3: "được đăng tải trên Chuyên mục về tiếp cận thông tin tại Cổng
    thông tin điện tử"; art. 34(1)(b): "đăng tải Danh mục trên cổng thông tin điện tử"."""
    f = _one(check_catalogue(_public(published_url=None), on=ON))
    assert _facts(f) == (
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
    f = _one(check_catalogue(_public(website=None, published_url=None), on=ON))
    assert _facts(f) == (
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
    assert check_catalogue(_public(**header), on=ON).findings == ()


# --------------------------------------------------------------------------------------
# Contact details (arts. 17(1)(m), 19(1)(đ)); interpretations contacts-both, fax-if-any.

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
    data = _public()
    data[part][field] = None
    report = check_catalogue(data, on=ON)
    f = _one(report)
    assert _facts(f) == ("missing-contact-detail", "violation", cites, None, f"{part}.{field}",
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
    data = _public()
    data[part]["fax"] = None
    report = check_catalogue(data, on=ON)
    f = _one(report)
    assert _facts(f) == ("missing-contact-detail", "warning", cites, None, f"{part}.fax", None,
                         None)  # fmt: skip
    assert (f.message_vi, f.message_en) == (vi, en)
    assert report.ok
    readings = list(BASE_READINGS)
    readings.insert(4, "fax-if-any")  # applied where the contacts are checked
    assert report.interpretations == tuple(readings)


def test_contact_details_are_checked_focal_point_first_in_the_law_order() -> None:
    """Art. 17(1)(m) lists "tên, địa chỉ, số điện thoại, số fax, địa chỉ thư điện tử"; the agency's
    name is required by the catalogue itself, so only its other details are checked."""
    data = _public(focal_point={}, agency={"name": "Sở Tư pháp tỉnh Minh Sơn"})
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


# --------------------------------------------------------------------------------------
# The art. 19(1) points with no entry (interpretations website-points-held, website-mapping).


def test_a_point_declared_held_with_no_entry_is_a_violation() -> None:
    """Art. 19(1)(b): guidance on the law the agency holds must be on its website."""
    report = check_catalogue(_public(website_points_held=["b", "c", "dd"]), on=ON)
    f = _one(report)
    assert _facts(f) == (
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
    report = check_catalogue(_public(website_points_held=None), on=ON)
    assert [_facts(f) for f in report.findings] == [
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
    report = check_catalogue(_public(website_points_held=held), on=ON)
    assert [f.field for f in report.findings] == ["website_category"] * 6
    assert "g" not in {f.citations[0].point for f in report.findings}


def test_an_entry_counts_for_a_point_only_if_its_art_17_point_feeds_it() -> None:
    """Art. 19(1) chapeau: each point draws from art. 17(1). A fee table (17(1)(o)) filed
    under 19(1)(a) does not make up for missing legal documents, nor does an entry with no
    art. 17(1) point (interpretation category-recommended)."""
    mislabelled = _entry(id="PHI-01", website_category="a")
    unlabelled = _entry(id="VB-02", category=None, website_category="a")
    report = check_catalogue(
        _public(mislabelled, unlabelled, website_points_held=["a", "c", "dd"]), on=ON
    )
    assert [(f.code, f.entry_id) for f in report.findings] == [
        ("website-point-without-entry", None),
        ("website-point-category-mismatch", "PHI-01"),
        ("missing-category", "VB-02"),
    ]
    legal = _entry(id="VB-03", category="a", website_category="a")
    assert check_catalogue(_public(legal, website_points_held=["a", "c", "dd"]), on=ON).ok


# --------------------------------------------------------------------------------------
# One entry's art. 19(1) point: from the right art. 17(1) point, and on the website.


def test_an_art_19_point_filled_from_the_wrong_art_17_point() -> None:
    """Art. 19(1)(đ) (functions, organisation, contacts) draws from art. 17(1)(k) and (m); a
    legal document (17(1)(a)) is not such information."""
    entry = _entry(id="VB-01", category="a", website_category="dd")
    report = check_catalogue(_public(entry), on=ON)
    f = _one(report)
    assert _facts(f) == (
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
    f = _one(check_catalogue(_public(entry), on=ON))
    assert _facts(f) == (
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
        _public(entry, website=None, published_url=None, published_by_posting=True), on=ON
    )
    assert report.findings == ()


def test_an_entry_without_art_17_point_is_not_said_to_mismatch() -> None:
    """With no art. 17(1) point there is nothing to compare: only the warning that it is missing
    (interpretation category-recommended), citing art. 17(1)."""
    entry = _entry(id="KH-03", category=None, website_category="c")
    f = _one(check_catalogue(_public(entry), on=ON))
    assert _facts(f) == ("missing-category", "warning", [f"{LAW}17(1)"], "KH-03", "category",
                         None, None)  # fmt: skip
    assert f.message_vi == (
        "Mục KH-03: chưa ghi “Điểm (Điều 17 khoản 1)”; nên ghi để đối chiếu với khoản 1 Điều 19 "
        "(mục không có điểm thì không được tính cho điểm nào của khoản 1 Điều 19)."
    )
    assert f.message_en == (
        "Entry KH-03: the art. 17(1) point is not stated; state it so the art. 19(1) coverage "
        "can count the entry (without it the entry counts for no art. 19(1) point)."
    )


# --------------------------------------------------------------------------------------
# The fields of an entry (Decree 13 art. 6(3) ¶1) and its address (¶2).


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
    entry = _entry(**{field: [] if field == "forms" else None})
    if field == "forms":
        entry["access_url"] = None  # no form: not on the website, no address needed
    f = _one(check_catalogue(_public(entry), on=ON))
    assert _facts(f) == ("missing-required-field", "violation", [f"{DECREE}6(3)"], "PHI-01",
                         field, None, None)  # fmt: skip
    assert (f.message_vi, f.message_en) == (vi, en)


def test_an_entry_on_the_website_needs_its_access_address() -> None:
    """Decree 13 art. 6(3) ¶2: information on the website "phải kèm theo chỉ dẫn địa chỉ truy
    cập để tải thông tin"."""
    report = check_catalogue(_public(_entry(access_url=None)), on=ON)
    f = _one(report)
    assert _facts(f) == ("missing-required-field", "violation", [f"{DECREE}6(3)"], "PHI-01",
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
    entry = _entry(forms=["c"], access_url=None, digitised=True)
    f = _one(check_catalogue(_public(entry), on=ON))
    assert _facts(f) == ("missing-required-field", "violation", [f"{DECREE}6(3)"], "PHI-01",
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
    assert check_catalogue(_public(_entry(**fields)), on=ON).findings == ()


def test_the_access_address_reading_is_applied_only_to_online_or_digitised_entries() -> None:
    """Interpretation access-address is about Decree 13 art. 6(3) ¶2: a catalogue whose entries
    are all posted at the office, none digitised, never applies it."""
    offline = [
        {**e, "forms": ["d"], "access_url": None, "disclosed_until": None}
        for e in (PLAN, FUNCTIONS)
    ]
    data = _public(website=None, published_url=None, published_by_posting=True)
    data["entries"] = offline
    report = check_catalogue(data, on=ON)
    assert report.findings == ()
    assert report.interpretations == (*BASE_READINGS[:-1], "posting-open-ended")
    digitised = [{**offline[0], "digitised": True, "attachment": "kh.pdf"}, offline[1]]
    report = check_catalogue({**data, "entries": digitised}, on=ON)
    assert report.interpretations == (*BASE_READINGS, "posting-open-ended")


# --------------------------------------------------------------------------------------
# The time of disclosure (art. 18(4)).

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
    assert check_catalogue(_public(_special()), on=D(2024, 3, 15)).findings == ()
    report = check_catalogue(_public(_special()), on=D(2024, 3, 16))
    f = _one(report)
    assert _facts(f) == ("disclosure-overdue", "violation", [f"{LAW}18(4)"], "NS-01",
                         "disclosed_on", D(2024, 3, 15), None)  # fmt: skip
    assert f.message_vi == f"Mục NS-01: chưa công khai đến hạn 15/03/2024 (theo “{BUDGET_LAW}”)."
    assert f.message_en == f"Entry NS-01: not disclosed by 2024-03-15, under “{BUDGET_LAW}”."
    assert report.interpretations == (*BASE_READINGS, "special-rule")
    # a report whose overdue finding was counted under another law loads back as it is
    assert CatalogueReport.from_dict(report.to_dict()) == report


def test_disclosed_after_the_day_another_law_sets() -> None:
    """Art. 18(4), first limb: disclosed Mon 18/3/2024, after the 15/3 the budget law sets;
    disclosed on 15/3 itself, in time."""
    report = check_catalogue(_public(_special(disclosed_on=D(2024, 3, 18))), on=ON)
    f = _one(report)
    assert _facts(f) == ("disclosed-late", "violation", [f"{LAW}18(4)"], "NS-01",
                         "disclosed_on", D(2024, 3, 15), None)  # fmt: skip
    assert f.message_vi == (
        f"Mục NS-01: công khai ngày 18/03/2024, sau hạn 15/03/2024 (theo “{BUDGET_LAW}”)."
    )
    assert f.message_en == (
        f"Entry NS-01: disclosed on 2024-03-18, after the deadline 2024-03-15 (under "
        f"“{BUDGET_LAW}”)."
    )
    on_time = check_catalogue(_public(_special(disclosed_on=D(2024, 3, 15))), on=ON)
    assert on_time.findings == ()


def test_another_law_without_its_deadline_cannot_be_judged_from_the_day_of_creation() -> None:
    """Art. 18(4): where another law sets the time, the check needs the day it sets. Created
    on the day of the check: already judged (cannot be); created the day after: not yet."""
    entry = _special(special_due=None, created_on=ON)
    report = check_catalogue(_public(entry), on=ON)
    f = _one(report)
    assert _facts(f) == ("timing-cannot-be-judged", "cannot_judge", [f"{LAW}18(4)"], "NS-01",
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
    later = check_catalogue(_public(tomorrow), on=ON)
    assert later.findings == () and later.interpretations == BASE_READINGS


def test_information_created_the_day_before_the_law_has_no_art_18_4_deadline() -> None:
    """Decree 13 art. 14(2) (interpretation pre-2018): information created before 1/7/2018
    follows the earlier rules. Created Sat 30/6/2018: not judged. Created Sun 1/7/2018: due
    Fri 6/7 (Mon 2 … Fri 6 July, no holiday), overdue when never disclosed."""
    before = _entry(created_on=D(2018, 6, 30), disclosed_on=None)
    report = check_catalogue(_public(before), on=ON)
    assert report.findings == ()
    assert report.interpretations == (*BASE_READINGS, "pre-2018")
    first = _entry(created_on=D(2018, 7, 1), disclosed_on=None)
    report = check_catalogue(_public(first), on=ON)
    f = _one(report)
    assert _facts(f) == ("disclosure-overdue", "violation", [f"{LAW}18(4)"], "PHI-01",
                         "disclosed_on", D(2018, 7, 6), "ati-2016")  # fmt: skip
    assert f.message_vi == (
        "Mục PHI-01: chưa công khai đến hạn 06/07/2018 (05 ngày làm việc kể từ ngày tạo ra "
        "thông tin (01/07/2018))."
    )
    assert report.interpretations == BASE_READINGS


def test_a_disclosure_planned_after_the_check_does_not_count_yet() -> None:
    """Art. 18(4): created Fri 1/3/2024, due Fri 8/3. Checked Mon 11/3: a disclosure planned
    for 12/3 has not happened, so the entry is overdue; one made on 11/3 itself is late."""
    planned = check_catalogue(_public(_entry(disclosed_on=D(2024, 3, 12))), on=D(2024, 3, 11))
    f = _one(planned)
    assert (f.code, f.due) == ("disclosure-overdue", D(2024, 3, 8))
    assert f.message_en == (
        "Entry PHI-01: not disclosed by 2024-03-08, five working days after it was created on "
        "2024-03-01 (no other law sets the time)."
    )
    today = check_catalogue(_public(_entry(disclosed_on=D(2024, 3, 11))), on=D(2024, 3, 11))
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
    in_time = _public(_entry(created_on=created, disclosed_on=due))
    assert check_catalogue(in_time, on=on, regime="ati-2016").ok
    late_entry = _entry(created_on=created, disclosed_on=due + timedelta(days=late))
    report = check_catalogue(_public(late_entry), on=on, regime="ati-2016")
    assert [_facts(f) for f in report.findings] == [
        ("disclosed-late", "violation", [f"{LAW}18(4)"], "PHI-01", "disclosed_on", due,
         "ati-2016")
    ]  # fmt: skip


# --------------------------------------------------------------------------------------
# The posting period (art. 21(2)).


def _posted(**fields: Any) -> dict[str, Any]:
    return _entry(forms=["a", "d"], **fields)


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
    report = check_catalogue(_public(_posted(**fields)), on=ON)
    assert report.findings == ()
    assert report.interpretations == (*BASE_READINGS, *readings)


def test_a_short_end_date_without_posting_is_not_a_posting() -> None:
    """Art. 21(2) is about niêm yết (art. 18(1)(d)); an online page taken down after a day
    breaks no minimum."""
    entry = _entry(disclosed_on=D(2024, 3, 4), disclosed_until=D(2024, 3, 5))
    assert check_catalogue(_public(entry), on=ON).findings == ()


def test_posting_from_the_day_the_law_took_effect_is_counted() -> None:
    """Art. 21(2) from Sun 1/7/2018 (in force that day): day 1 is 2/7, day 30 Tue 31/7/2018;
    a posting taken down on 30/7 is too short. A posting from Sat 30/6/2018 began under the
    earlier rules (interpretation pre-2018). No date created, so only the posting is counted."""
    first = _posted(created_on=None, disclosed_on=D(2018, 7, 1), disclosed_until=D(2018, 7, 30))
    report = check_catalogue(_public(first), on=ON)
    assert [_facts(f) for f in report.findings] == [
        ("missing-required-field", "violation", [f"{DECREE}6(3)"], "PHI-01", "created_on",
         None, None),
        ("posting-too-short", "violation", [f"{LAW}21(2)"], "PHI-01", "disclosed_until",
         D(2018, 7, 31), "ati-2016"),
    ]  # fmt: skip
    assert report.findings[0].message_en == "Entry PHI-01: the date created is missing."
    assert report.findings[0].message_vi == "Mục PHI-01: thiếu “Ngày tạo ra”."
    assert "pre-2018" not in report.interpretations
    before = _posted(created_on=None, disclosed_on=D(2018, 6, 30), disclosed_until=D(2018, 7, 2))
    report = check_catalogue(_public(before), on=ON)
    assert [f.code for f in report.findings] == ["missing-required-field"]
    assert report.interpretations == (*BASE_READINGS, "pre-2018")


# --------------------------------------------------------------------------------------
# The conditional-access catalogue (Decree 13 art. 6(1); Law art. 7).

SECRET = {
    "id": "HS-01",
    "name": "Hồ sơ dự thầu của nhà thầu",
    "number_symbol": "không số",
    "created_on": D(2024, 3, 1),
    "condition": "trade_secret",
}


def test_a_conditional_entry_without_its_name() -> None:
    """Decree 13 art. 6(1): the catalogue of art. 7 information lists what it holds, by name."""
    report = check_catalogue(_conditional({**SECRET, "name": None}), on=ON)
    f = _one(report)
    assert _facts(f) == ("missing-required-field", "violation", [f"{DECREE}6(1)"], "HS-01",
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
    report = check_catalogue(_conditional({**SECRET, field: None}), on=ON)
    f = _one(report)
    assert _facts(f) == ("missing-required-field", "warning", [f"{DECREE}6(3)"], "HS-01",
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
    f = _one(check_catalogue(_conditional({**SECRET, "condition": None}), on=ON))
    assert _facts(f) == ("missing-consent-rule", "violation", [f"{LAW}7(1)", f"{LAW}7(2)"],
                         "HS-01", "condition", None, None)  # fmt: skip
    assert f.message_vi == (
        "Mục HS-01: chưa xác định điều kiện tiếp cận theo Điều 7 (bí mật kinh doanh, bí mật đời "
        "sống riêng tư, bí mật cá nhân hoặc bí mật gia đình và sự đồng ý cần có)."
    )
    assert f.message_en == (
        "Entry HS-01: the art. 7 condition (trade, private-life, personal or family secret, "
        "hence whose consent opens access) is not stated."
    )


def test_a_conditional_report_with_findings_loads_back() -> None:
    """A conditional catalogue has no time limits (its information is not disclosed), so its
    findings carry no due date and its report reads back as it is."""
    report = check_catalogue(_conditional({**SECRET, "name": None, "condition": None}), on=ON)
    assert [f.code for f in report.findings] == ["missing-required-field", "missing-consent-rule"]
    assert CatalogueReport.from_dict(report.to_dict()) == report


# --------------------------------------------------------------------------------------
# The report and its findings: explained in both languages, and read back.


def _late() -> CatalogueReport:
    """Art. 18(4): created Fri 1/3/2024, due Fri 8/3, disclosed Mon 11/3; the focal point has
    no fax (a warning)."""
    data = _public(_entry(disclosed_on=D(2024, 3, 11)))
    data["focal_point"]["fax"] = None
    return check_catalogue(data, on=ON)


def test_the_report_explains_itself_in_vietnamese() -> None:
    """Vietnamese by default (design: bilingual, Vietnamese first): the catalogue, the agency, the
    date, then one line per finding with its severity and the articles it rests on (here
    arts. 17(1)(m), 19(1)(đ) and 18(4))."""
    report = _late()
    expected = (
        "Danh mục thông tin phải được công khai — Sở Tư pháp tỉnh Minh Sơn — kiểm tra ngày "
        "20/03/2024\n"
        "[Cần xem xét] Chưa công khai số fax của người làm đầu mối tiếp nhận yêu cầu; nếu cơ quan "
        "không sử dụng fax, cần ghi rõ điều đó. (Điều 17 khoản 1 điểm m Luật Tiếp cận thông tin "
        f"số 104/2016/QH13; Điều 19 khoản 1 điểm đ {LAW_VI})\n"
        "[Chưa đáp ứng quy định] Mục PHI-01: công khai ngày 11/03/2024, sau hạn 08/03/2024 (05 "
        "ngày làm việc kể từ ngày tạo ra thông tin (01/03/2024)). (Điều 18 khoản 4 "
        f"{LAW_VI})"
    )
    assert report.explain("vi") == expected
    assert report.explain() == expected


def test_the_report_explains_itself_in_english() -> None:
    """The same report in English: the labels of the law in English, dates in ISO form."""
    assert _late().explain("en") == (
        "catalogue of information that must be disclosed — Sở Tư pháp tỉnh Minh Sơn — checked "
        "as of 2024-03-20\n"
        "[to be reviewed] No fax number is given for the focal point receiving requests; if the "
        f"agency has no fax line, say so. ({LAW}17(1)(m); {LAW}19(1)(đ))\n"
        "[does not meet the law] Entry PHI-01: disclosed on 2024-03-11, after the deadline "
        f"2024-03-08 (five working days after it was created on 2024-03-01). ({LAW}18(4))"
    )


def test_a_report_with_no_finding_says_so() -> None:
    """Decree 13 art. 6(1): the conditional catalogue, complete (art. 7(1) trade secret), has
    nothing to report, and says so."""
    report = check_catalogue(_conditional(SECRET), on=ON)
    assert report.explain() == (
        "Danh mục thông tin công dân được tiếp cận có điều kiện — Sở Tư pháp tỉnh Minh Sơn — "
        "kiểm tra ngày 20/03/2024\nKhông phát hiện vấn đề."
    )
    assert report.explain("en") == (
        "catalogue of information citizens may access on conditions — Sở Tư pháp tỉnh Minh Sơn — "
        "checked as of 2024-03-20\nNo findings."
    )


def test_a_finding_speaks_vietnamese_unless_asked_for_english() -> None:
    """Design, principle 10: every result has its Vietnamese text (the default) and English."""
    warning, late = _late().findings
    assert late.message() == late.message_vi == late.message("vi")
    assert late.message("en") == late.message_en
    assert warning.explain() == warning.explain("vi")
    assert warning.explain().startswith("[Cần xem xét] Chưa công khai số fax")
    with pytest.raises(InvalidInputError) as err:
        late.message("fr")  # type: ignore[arg-type]
    assert err.value.code == "invalid-language"


@pytest.mark.parametrize("code", ["disclosure-overdue", "disclosed-late", "posting-too-short"])
def test_each_timing_finding_may_carry_its_due_date(code: str) -> None:
    """Arts. 18(4), 21(2): the three findings that miss a time limit carry the day they missed."""
    finding = _late().findings[1]
    data = {**copy.deepcopy(finding.to_dict()), "code": code}
    assert CatalogueFinding.from_dict(data).code == code


def test_a_finding_needs_a_code() -> None:
    """A finding read back must name what it found (its code) and the law (its citations)."""
    data = copy.deepcopy(_late().findings[0].to_dict())
    data["code"] = ""
    with pytest.raises(InvalidInputError) as err:
        CatalogueFinding.from_dict(data)
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        "CatalogueFinding: a finding needs its code and citations",
    )


def test_a_finding_without_due_date_may_name_another_regime() -> None:
    """A time limit that cannot be counted names the regime that governs the day (e.g. the
    2026 law, not encoded) without a due date; the report under the 2016 rules loads it."""
    data = copy.deepcopy(_late().to_dict())
    data["findings"][1].update(code="timing-cannot-be-judged", due=None, regime="ati-2026",
                               severity="cannot_judge")  # fmt: skip
    loaded = CatalogueReport.from_dict(data)
    assert loaded.findings[1].regime == "ati-2026" and loaded.regime == "ati-2016"


def test_a_tampered_finding_inside_a_report_is_refused() -> None:
    """A report read back checks each of its findings: one without its law is refused."""
    data = copy.deepcopy(_late().to_dict())
    data["findings"][0]["citations"] = []
    with pytest.raises(InvalidInputError) as err:
        CatalogueReport.from_dict(data)
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        "CatalogueFinding: a finding needs its code and citations",
    )


# --------------------------------------------------------------------------------------
# Diffs: what changed between two versions (Decree 13 art. 6(3): "thường xuyên cập nhật").


def test_a_diff_lists_header_changes_added_and_removed_entries_in_order() -> None:
    """Decree 13 art. 6(3): the catalogue "được thường xuyên cập nhật"; a diff says what an
    update changed: added entries in the new order, removed ones in the old order."""
    old = Catalogue.build(_public(_entry(id="A-1"), _entry(id="A-2"), version="1"))
    new_data = _public(_entry(id="B-2"), _entry(id="B-1"), version="2")
    new_data["entries"] = [PLAN, _entry(id="B-2"), _entry(id="B-1")]  # CN-01 removed
    new_data["focal_point"]["phone"] = "0200 3 000 002"
    new = Catalogue.build(new_data)
    diff = diff_catalogues(old, new)
    assert (diff.old_version, diff.new_version) == ("1", "2")
    assert diff.header_changes == (
        FieldChange(field="focal_point.phone", old="0200 3 000 001", new="0200 3 000 002"),
        FieldChange(field="version", old="1", new="2"),
    )
    assert [e.id for e in diff.added] == ["B-2", "B-1"]
    assert [e.id for e in diff.removed] == ["CN-01", "A-1", "A-2"]
    assert diff.changed == ()
    assert CatalogueDiff.from_dict(diff.to_dict()) == diff


def test_a_diff_needs_a_catalogue_first_too() -> None:
    """A diff compares two versions of one catalogue: the older one must be a catalogue too."""
    cat = Catalogue.build(_public())
    with pytest.raises(InvalidInputError) as err:
        diff_catalogues({"kind": "public_disclosure"}, cat)  # type: ignore[arg-type]
    said(err.value, "invalid-catalogue", "not a Catalogue", "got dict, Catalogue")


def test_a_diff_between_kinds_is_refused_in_full() -> None:
    """Decree 13 art. 6(1): the two catalogues are different lists; one is not a version of the
    other."""
    cat = Catalogue.build(_public())
    cond = Catalogue.build(_conditional(SECRET))
    with pytest.raises(InvalidInputError) as err:
        diff_catalogues(cond, cat)
    said(
        err.value,
        "catalogue-kind-mismatch",
        "the two catalogues are of different kinds",
        "conditional_access vs public_disclosure",
    )


def _diff_dict() -> dict[str, Any]:
    old = Catalogue.build(_public(_entry(name="Biểu phí")))
    new = Catalogue.build(_public(_entry(name="Biểu phí chứng thực", number_symbol="21/QĐ")))
    return copy.deepcopy(diff_catalogues(old, new).to_dict())


def test_a_changed_entry_lists_each_field_once() -> None:
    """An update of one entry (Decree 13 art. 6(3)): each changed field once, old and new value."""
    data = _diff_dict()
    assert data["changed"] == [
        {
            "id": "PHI-01",
            "changes": [
                {"field": "name", "old": "Biểu phí", "new": "Biểu phí chứng thực"},
                {"field": "number_symbol", "old": "20/QĐ-STP", "new": "21/QĐ"},
            ],
        }
    ]
    assert CatalogueDiff.from_dict(data).changed[0].id == "PHI-01"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda c: c.update(changes=[]), "EntryChange: entry PHI-01: no change, or one listed "
         "twice"),
        (lambda c: c["changes"].append(dict(c["changes"][0])),
         "EntryChange: entry PHI-01: no change, or one listed twice"),
        (lambda c: c["changes"][1].update(new="20/QĐ-STP"),
         "FieldChange: number_symbol: old and new are the same"),
    ],
)  # fmt: skip
def test_a_tampered_entry_change_is_refused(change: Any, problem: str) -> None:
    """A change read back must change something, once per field."""
    data = _diff_dict()
    change(data["changed"][0])
    with pytest.raises(InvalidInputError) as err:
        CatalogueDiff.from_dict(data)
    said(err.value, "inconsistent-result", "the result is not consistent", problem)
    with pytest.raises(InvalidInputError) as err:
        EntryChange.from_dict(data["changed"][0])
    said(err.value, "inconsistent-result", "the result is not consistent", problem)


def test_an_entry_both_added_and_changed_is_refused() -> None:
    """An entry is added, removed or changed by one update, not two of these at once."""
    data = _diff_dict()
    data["added"] = [CatalogueEntry.build(_entry()).to_dict()]
    with pytest.raises(InvalidInputError) as err:
        CatalogueDiff.from_dict(data)
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        "CatalogueDiff: an entry is added, removed or changed twice",
    )


def test_a_tampered_header_change_is_refused() -> None:
    """A header change read back must change its value."""
    data = _diff_dict()
    data["header_changes"] = [{"field": "version", "old": "1", "new": "1"}]
    with pytest.raises(InvalidInputError) as err:
        CatalogueDiff.from_dict(data)
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        "FieldChange: version: old and new are the same",
    )


# --------------------------------------------------------------------------------------
# The date and the regime of a check (Law 104/2016 art. 37; design: no regime without a date).


def test_a_check_needs_its_date_even_with_a_regime() -> None:
    """Art. 18(4) overdue is "as of" a day: a regime named without the day is not enough."""
    with pytest.raises(InvalidInputError) as err:
        check_catalogue(_public(), on=None, regime="ati-2016")
    said(
        err.value,
        "missing-date",
        "the date the time limit runs from is missing",
        "on=None (regime='ati-2016')",
    )


def test_the_duties_check_needs_a_date_or_a_regime() -> None:
    """Design, principle 2: no regime is applied without a date, unless it is named. The one
    path of every engine (regimes.ruleset_on) answers missing-governing-date, as the fees do."""
    with pytest.raises(InvalidInputError) as err:
        check_duties({"agency": "A"})
    said(
        err.value,
        "missing-governing-date",
        "a governing date (on=) or an explicit regime (regime=) is required",
        "on=None and regime=None: no regime is applied without a date",
    )
    assert ruleset_on(None, "ati-2016")[0].id == "ati-2016"
    assert check_duties({"agency": "A"}, regime="ati-2016").regime == "ati-2016"


@pytest.mark.parametrize(
    ("on", "shown"),
    [("2024-03-20", "'2024-03-20'"), (datetime(2024, 3, 20, 9, 0), "datetime.datetime(2024, 3, 20, 9, 0)")],
)  # fmt: skip
def test_a_check_takes_a_date_only(on: object, shown: str) -> None:
    """Design, principle 9: a date, not text and not a moment (no timestamp taken for a date)."""
    for check in (
        lambda: check_catalogue(_public(), on=on),
        lambda: check_duties({"agency": "A"}, on=on),
    ):  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError) as err:
            check()
        said(err.value, "invalid-date", "not a date (a datetime.date, without time of day)", f"on={shown}")  # fmt: skip


def test_the_ruleset_follows_the_date_or_the_regime_named() -> None:
    """Art. 37: Law 104/2016 applies from 1/7/2018; Law 01/2026/QH16 from 1/9/2026 (its art.
    30(1)); a later date gets the 2016 rules only when they are named."""
    assert ruleset_on(ON)[0].id == "ati-2016"
    assert ruleset_on(D(2026, 9, 15))[0].id == "ati-2026"
    assert ruleset_on(D(2026, 9, 15), "ati-2016")[0].id == "ati-2016"


def test_catalogue_check_method_passes_its_date_and_regime() -> None:
    """After 1/9/2026 the 2016 rules apply only when named (Catalogue.check as the function)."""
    cat = Catalogue.build(_public())
    report = cat.check(on=D(2026, 9, 15), regime="ati-2016")
    assert report == check_catalogue(cat, on=D(2026, 9, 15), regime="ati-2016")
    assert (report.on, report.regime) == (D(2026, 9, 15), "ati-2016")
    assert cat.check(on=ON).on == ON


def test_a_check_under_a_ruleset_loaded_by_the_user_says_so(tmp_path: Path) -> None:
    """A ruleset an agency loads itself (a copy of the 2016 data) gives the same findings, and the
    report says the rules were supplied by the user."""
    shutil.copytree(Path(str(DATA_DIR)) / "ati-2016", tmp_path / "copy")
    rules = load_ruleset(tmp_path / "copy")
    report = check_catalogue(_public(), on=ON, regime=rules)
    assert report.user_supplied is True and report.findings == ()


def test_inaccuracy_answer_under_the_2016_rules_named_after_the_new_law() -> None:
    """Art. 22(4): 15 days from Thu 3/9/2026 (the National Day break ends Wed 2/9, 9441/TB-BNV):
    day 15 is Fri 18/9/2026, a working day."""
    answer = time_limit("disclosure.inaccuracy_answer", D(2026, 9, 3), regime="ati-2016")
    assert (answer.due, answer.regime) == (D(2026, 9, 18), "ati-2016")


# --------------------------------------------------------------------------------------
# Building, JSON.


@pytest.mark.parametrize(
    ("build", "detail"),
    [
        (lambda: Catalogue.build(3), "catalogue: expected a mapping of fields, got int"),
        (lambda: CatalogueEntry.build(["KH-01"]),
         "catalogue entry: expected a mapping of fields, got list"),
    ],
)  # fmt: skip
def test_build_takes_a_mapping(build: Any, detail: str) -> None:
    """Design, principle 9: input that is not a mapping of fields gets a clear error naming it."""
    with pytest.raises(InvalidInputError) as err:
        build()
    said(err.value, "invalid-input", "the input is not valid", detail)


def test_build_merges_keywords_over_the_mapping() -> None:
    """Keywords given with a mapping override its fields; a bad date names the entry."""
    entry = CatalogueEntry.build({"id": "KH-01", "name": "Kế hoạch"}, name="Kế hoạch năm")
    assert (entry.id, entry.name) == ("KH-01", "Kế hoạch năm")
    with pytest.raises(InvalidInputError) as err:
        CatalogueEntry.build({"id": "KH-01", "created_on": "2024-02-30"})
    assert err.value.detail is not None and err.value.detail.startswith("catalogue entry: ")


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (_public({"id": "X-1", "condition": "trade_secret"}),
         "catalogue: input: Value error, entry 'X-1': condition belongs in the "
         "conditional-access catalogue"),
        (_conditional({"id": "X-1", "forms": ["a"], "disclosed_on": "2024-03-01"}),
         "catalogue: input: Value error, entry 'X-1': forms, disclosed_on belong in the "
         "public-disclosure catalogue (conditionally accessible information is not disclosed "
         "proactively)"),
    ],
)  # fmt: skip
def test_an_entry_in_the_wrong_catalogue_says_why(data: dict[str, Any], detail: str) -> None:
    """Decree 13 art. 6(1): art. 17 information goes in one catalogue, art. 7 information
    (accessible on conditions, never disclosed proactively) in the other."""
    with pytest.raises(InvalidInputError) as err:
        Catalogue.build(data)
    said(err.value, "invalid-input", "the input is not valid", detail)


def test_from_json_takes_text_and_names_what_it_read() -> None:
    """Design, principle 9: JSON in is text; the error names the catalogue JSON."""
    with pytest.raises(InvalidInputError) as err:
        Catalogue.from_json(42)  # type: ignore[arg-type]
    said(err.value, "invalid-json", "not JSON text", "got int")
    with pytest.raises(InvalidInputError) as err:
        Catalogue.from_json("{")
    assert err.value.detail is not None and err.value.detail.startswith("catalogue JSON: ")


def test_to_json_is_indented_by_two_spaces_unless_asked() -> None:
    """The catalogue's JSON form (design, principle 11) is readable by default."""
    cat = Catalogue.build(_public())
    assert cat.to_json().startswith('{\n  "kind": "public_disclosure",\n  "agency": {\n    "name"')
    assert cat.to_json(indent=None).startswith('{"kind":"public_disclosure","agency":{"name"')


# --------------------------------------------------------------------------------------
# CSV: the header rows, and reading what agencies type.


def test_the_header_rows_are_the_catalogue_titles_in_order() -> None:
    """Decree 13 art. 6(3) and arts. 17(1)(m), 19(1)(đ): the agency, the focal point and their
    contacts, where the catalogue is published, then the version."""
    assert _header_rows() == (
        ("Loại danh mục", "kind"),
        ("Cơ quan", "agency.name"),
        ("Địa chỉ cơ quan", "agency.address"),
        ("Điện thoại cơ quan", "agency.phone"),
        ("Fax cơ quan", "agency.fax"),
        ("Thư điện tử cơ quan", "agency.email"),
        ("Đầu mối tiếp nhận yêu cầu", "focal_point.name"),
        ("Địa chỉ đầu mối", "focal_point.address"),
        ("Điện thoại đầu mối", "focal_point.phone"),
        ("Fax đầu mối", "focal_point.fax"),
        ("Thư điện tử đầu mối", "focal_point.email"),
        ("Cổng/Trang thông tin điện tử", "website"),
        ("Địa chỉ đăng tải Danh mục", "published_url"),
        ("Niêm yết Danh mục tại trụ sở", "published_by_posting"),
        ("Phiên bản", "version"),
        ("Ngày cập nhật", "updated_on"),
        ("Các điểm khoản 1 Điều 19 cơ quan có thông tin", "website_points_held"),
    )


def _header_block(cat: Catalogue) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(cat.to_csv())))
    return rows[: rows.index([])]


def test_the_csv_header_says_no_point_held_in_words() -> None:
    """Interpretation website-points-held: an empty declaration ("không có") differs from none
    (a blank cell); both read back as written."""
    none_held = Catalogue.build(_public(website_points_held=[]))
    block = _header_block(none_held)
    assert block[-1] == ["Các điểm khoản 1 Điều 19 cơ quan có thông tin", "không có"]
    assert block[0] == ["Loại danh mục", "Danh mục thông tin phải được công khai"]
    assert Catalogue.from_csv(none_held.to_csv()) == none_held
    undeclared = Catalogue.build(_public(website_points_held=None))
    assert _header_block(undeclared)[-1] == ["Các điểm khoản 1 Điều 19 cơ quan có thông tin", ""]
    assert Catalogue.from_csv(undeclared.to_csv()).website_points_held is None


def _with_header_row(text: str, label: str, *cells: str) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    for i, row in enumerate(rows):
        if row and row[0] == label:
            rows[i] = [label, *cells]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


@pytest.mark.parametrize("cell", ["không", "Không có", " KHÔNG CÓ "])
def test_a_hand_typed_no_point_held_reads_as_none_held(cell: str) -> None:
    """Interpretation website-points-held: "không" or "không có", any case, declares no art.
    19(1) point held."""
    text = Catalogue.build(_public()).to_csv()
    typed = _with_header_row(text, "Các điểm khoản 1 Điều 19 cơ quan có thông tin", cell)
    assert Catalogue.from_csv(typed).website_points_held == ()


def test_a_header_row_with_its_label_only_is_blank() -> None:
    """A header row typed with its label only is a blank value, as an empty cell is."""
    text = Catalogue.build(_public(version="3")).to_csv()
    cat = Catalogue.from_csv(_with_header_row(text, "Phiên bản"))
    assert cat.version is None


def test_a_header_row_given_twice_is_refused() -> None:
    """A header row given twice is ambiguous: refused, naming the row."""
    text = Catalogue.build(_public()).to_csv()
    rows = list(csv.reader(io.StringIO(text)))
    rows.insert(1, ["Phiên bản", "9"])
    rows.insert(1, ["Phiên bản", "8"])  # read first; the "9" below it repeats the label
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    with pytest.raises(InvalidInputError) as err:
        Catalogue.from_csv(buf.getvalue())
    assert err.value.code == "invalid-csv"
    assert err.value.detail is not None
    assert err.value.detail.startswith("a header row is not valid: row ['Phiên bản', '9']")


def test_a_header_row_with_two_cells_is_read() -> None:
    """A header row is its label and one value."""
    text = Catalogue.build(_public(version="3")).to_csv()
    assert Catalogue.from_csv(text).version == "3"


def test_an_entries_table_with_blank_and_short_rows() -> None:
    """Blank rows between entries are skipped; a row shorter than the header leaves the last
    fields blank; a row exactly as long as the header is read in full."""
    text = (
        "Mã thông tin,Tên văn bản, hồ sơ, tài liệu,Số, ký hiệu\r\n".replace(
            "Tên văn bản, hồ sơ, tài liệu", '"Tên văn bản, hồ sơ, tài liệu"'
        ).replace("Số, ký hiệu", '"Số, ký hiệu"')
        + "KH-01,Kế hoạch,15/KH\r\n,,\r\nKH-02\r\n"
    )
    first, second = entries_from_csv(text)
    assert (first.id, first.name, first.number_symbol) == ("KH-01", "Kế hoạch", "15/KH")
    assert (second.id, second.name, second.number_symbol) == ("KH-02", None, None)


def test_a_bad_entry_names_its_table_row() -> None:
    """Row 1 is the header: the second entry is table row 3."""
    text = "Mã thông tin,Ngày tạo ra\r\nKH-01,2024-03-01\r\nKH-02,30/02/2024\r\n"
    with pytest.raises(InvalidInputError) as err:
        entries_from_csv(text)
    assert err.value.detail is not None and err.value.detail.startswith("table row 3: ")


def test_a_cell_larger_than_csv_allows_is_refused() -> None:
    """Python's csv module refuses a field over 131 072 characters: a clear error, not a crash."""
    text = "Mã thông tin,Ghi chú\r\nKH-01," + "x" * 140_000 + "\r\n"
    with pytest.raises(InvalidInputError) as err:
        entries_from_csv(text)
    said(
        err.value,
        "invalid-csv",
        "the CSV cannot be read",
        "field larger than field limit (131072)",
    )


def test_a_byte_order_mark_in_text_is_dropped() -> None:
    """Spreadsheets save CSV with a byte order mark; it is not part of the first header."""
    (entry,) = entries_from_csv("\ufeffMã thông tin\r\nKH-01\r\n")
    assert entry.id == "KH-01"


# --------------------------------------------------------------------------------------
# After 1/9/2026, under the 2016 rules named: every limit is counted under them.

AFTER = D(2026, 10, 20)  # the new law governs this day; the check names the 2016 rules


def test_disclosure_after_the_new_law_is_counted_under_the_rules_named() -> None:
    """Art. 18(4) of the 2016 law, applied deliberately: created Thu 3/9/2026 (the National Day
    break ends Wed 2/9, 9441/TB-BNV), five working days Fri 4, Mon 7 … Thu 10/9/2026."""
    report = check_catalogue(_public(_entry(created_on=D(2026, 9, 3), disclosed_on=None)),
                             on=AFTER, regime="ati-2016")  # fmt: skip
    assert [_facts(f) for f in report.findings] == [
        ("disclosure-overdue", "violation", [f"{LAW}18(4)"], "PHI-01", "disclosed_on",
         D(2026, 9, 10), "ati-2016")
    ]  # fmt: skip


def test_posting_after_the_new_law_is_counted_under_the_rules_named() -> None:
    """Art. 21(2) of the 2016 law, applied deliberately: posted Mon 7/9/2026, day 30 is Wed
    7/10/2026; taken down on 20/9, too short."""
    entry = _posted(created_on=D(2026, 9, 7), disclosed_on=D(2026, 9, 7),
                    disclosed_until=D(2026, 9, 20))  # fmt: skip
    report = check_catalogue(_public(entry), on=AFTER, regime="ati-2016")
    assert [_facts(f) for f in report.findings] == [
        ("posting-too-short", "violation", [f"{LAW}21(2)"], "PHI-01", "disclosed_until",
         D(2026, 10, 7), "ati-2016")
    ]  # fmt: skip


def test_a_check_of_what_is_not_a_catalogue_names_it() -> None:
    """Design, principle 9: the error names what was given."""
    with pytest.raises(InvalidInputError) as err:
        check_catalogue(42, on=ON)  # type: ignore[arg-type]
    said(
        err.value,
        "invalid-input",
        "the input is not valid",
        "catalogue: expected a mapping of fields or JSON text, got 42",
    )


def test_a_header_row_with_a_third_cell_is_refused() -> None:
    """A header row is a label and one value: a third cell is a value with no label."""
    text = Catalogue.build(_public(version="3")).to_csv()
    with pytest.raises(InvalidInputError) as err:
        Catalogue.from_csv(_with_header_row(text, "Phiên bản", "3", "ghi chú"))
    assert err.value.code == "invalid-csv"
    assert err.value.detail is not None
    assert err.value.detail.startswith(
        "a header row is not valid: row ['Phiên bản', '3', 'ghi chú']; expected labels: "
    )


def test_a_csv_with_carriage_return_line_ends_reads_the_same() -> None:
    """A spreadsheet may end its lines with a bare carriage return (\\r): the rows are the same
    as with \\r\\n."""
    assert entries_from_csv("Mã thông tin,Ghi chú\rKH-01,x\rKH-02,y\r") == entries_from_csv(
        "Mã thông tin,Ghi chú\r\nKH-01,x\r\nKH-02,y\r\n"
    )
    (first, second) = entries_from_csv("Mã thông tin,Ghi chú\rKH-01,x\rKH-02,y\r")
    assert (first.id, first.note, second.id, second.note) == ("KH-01", "x", "KH-02", "y")


def test_a_report_whose_agency_is_only_a_separator_is_refused() -> None:
    """The schema's pattern ``\\S`` lets an information separator (U+001F) through, which Python
    counts as white space: the report read back names no agency, and is refused."""
    data = copy.deepcopy(check_catalogue(_conditional(SECRET), on=ON).to_dict())
    data["agency"] = "\x1f"
    with pytest.raises(InvalidInputError) as err:
        CatalogueReport.from_dict(data)
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        "CatalogueReport: agency is blank",
    )
