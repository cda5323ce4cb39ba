"""The report of a catalogue check and its findings: explained in both languages, read back.

``tiepcan/_catalogue/report.py``. A report names the catalogue (Decree 13/2018/NĐ-CP art. 6(1)),
the agency and the day of the check, then one line per finding with its severity and the
articles it rests on (here Law 104/2016/QH13 arts. 17(1)(m), 19(1)(đ), 18(4)); Vietnamese
first, English on request (design, principle 10). A report or a finding read back from JSON is
checked against itself: a finding names its code and its law; only the findings of a missed
time limit (arts. 18(4), 21(2)) carry a due date, counted under the report's regime; a
conditional catalogue has no time limits (its information is not disclosed proactively).
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from tiepcan.catalogue import CatalogueFinding, CatalogueReport, check_catalogue
from tiepcan.foundation.errors import InvalidInputError

from catalogue_cases import (
    LAW,
    ON,
    SECRET,
    bare_catalogue,
    catalogue_to_2040,
    conditional_catalogue,
    fee_table,
    public_catalogue,
)
from strategies import said

D = date

LAW_VI = "Luật Tiếp cận thông tin số 104/2016/QH13"

# -- explained in both languages -------------------------------------------------------------


def test_report_explains_itself_in_both_languages():
    report = check_catalogue(bare_catalogue(), on=date(2025, 2, 1))
    vi, en = report.explain("vi"), report.explain("en")
    assert vi.startswith("Danh mục thông tin phải được công khai — Sở Tư pháp tỉnh Minh Sơn")
    assert "Điều 19 khoản 1 điểm a Luật Tiếp cận thông tin số 104/2016/QH13" in vi
    assert "art. 19(1)(a)" in en
    with pytest.raises(InvalidInputError):
        report.explain("fr")  # type: ignore[arg-type]


def _late() -> CatalogueReport:
    """Art. 18(4): created Fri 1/3/2024, due Fri 8/3, disclosed Mon 11/3; the focal point has
    no fax (a warning)."""
    data = public_catalogue(fee_table(disclosed_on=D(2024, 3, 11)))
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
    report = check_catalogue(conditional_catalogue(SECRET), on=ON)
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


# -- read back: a report and its findings are checked against themselves --------------------


def _only_late() -> Any:
    """A report whose one finding is a late disclosure (art. 18(4): created Fri 1/3/2024, due
    Fri 8/3, disclosed Mon 11/3), in the catalogue updated to 31/12/2040."""
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
    return check_catalogue(catalogue_to_2040([entry]), on=D(2024, 3, 20))


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda r: r.update(interpretations=[*r["interpretations"], r["interpretations"][0]]),
            "an interpretation is listed twice",
        ),
        (
            lambda r: r["findings"][0].update(regime="fake"),
            "finding disclosed-late counted under fake, not ati-2016",
        ),
        (lambda r: r.update(kind="conditional_access"), "a conditional catalogue has no deadlines"),
    ],
)
def test_a_tampered_report_is_refused(change: Any, problem: str) -> None:
    """A report read back is checked against itself: each interpretation listed once, each
    time limit counted under the report's regime, no time limit in a conditional catalogue
    (Decree 13 art. 6(1): its information is not disclosed proactively)."""
    report = _only_late()
    data = copy.deepcopy(report.to_dict())
    change(data)
    with pytest.raises(InvalidInputError) as err:
        type(report).from_dict(data)
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        f"CatalogueReport: {problem}",
    )


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda f: f.update(citations=[]), "a finding needs its code and citations"),
        (
            lambda f: f.update(code="missing-consent-rule"),
            "missing-consent-rule carries no due date",
        ),
    ],
)
def test_a_tampered_finding_is_refused(change: Any, problem: str) -> None:
    """A finding read back names its law (its citations), and only a missed time limit (arts.
    18(4), 21(2)) carries a due date: an art. 7 condition left unstated does not."""
    finding = _only_late().findings[0]
    data = copy.deepcopy(finding.to_dict())
    change(data)
    with pytest.raises(InvalidInputError) as err:
        type(finding).from_dict(data)
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        f"CatalogueFinding: {problem}",
    )


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


def test_a_report_whose_agency_is_only_a_separator_is_refused() -> None:
    """The schema's pattern ``\\S`` lets an information separator (U+001F) through, which Python
    counts as white space: the report read back names no agency, and is refused."""
    data = copy.deepcopy(check_catalogue(conditional_catalogue(SECRET), on=ON).to_dict())
    data["agency"] = "\x1f"
    with pytest.raises(InvalidInputError) as err:
        CatalogueReport.from_dict(data)
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        "CatalogueReport: agency is blank",
    )


@pytest.mark.parametrize("code", ["disclosure-overdue", "disclosed-late", "posting-too-short"])
def test_each_timing_finding_may_carry_its_due_date(code: str) -> None:
    """Arts. 18(4), 21(2): the three findings that miss a time limit carry the day they missed."""
    finding = _late().findings[1]
    data = {**copy.deepcopy(finding.to_dict()), "code": code}
    assert CatalogueFinding.from_dict(data).code == code


def test_a_finding_without_due_date_may_name_another_regime() -> None:
    """A time limit that cannot be counted names the regime that governs the day (e.g. the
    2026 law, not encoded) without a due date; the report under the 2016 rules loads it."""
    data = copy.deepcopy(_late().to_dict())
    data["findings"][1].update(code="timing-cannot-be-judged", due=None, regime="ati-2026",
                               severity="cannot_judge")  # fmt: skip
    loaded = CatalogueReport.from_dict(data)
    assert loaded.findings[1].regime == "ati-2026" and loaded.regime == "ati-2016"


def test_a_conditional_report_with_findings_loads_back() -> None:
    """A conditional catalogue has no time limits (its information is not disclosed), so its
    findings carry no due date and its report reads back as it is."""
    report = check_catalogue(
        conditional_catalogue({**SECRET, "name": None, "condition": None}), on=ON
    )
    assert [f.code for f in report.findings] == ["missing-required-field", "missing-consent-rule"]
    assert CatalogueReport.from_dict(report.to_dict()) == report
