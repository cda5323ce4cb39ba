"""The catalogue check at its edges: the cases a mutation run showed untested (issue 12).

Law 104/2016/QH13 arts. 7, 17–19, 21(2), 34(1)(b); Decree 13/2018/NĐ-CP art. 6. Dates
counted by hand; 2040-12-31 (a Monday) is the calendar's last day, and 2040 days follow the
Labour Code 2019 art. 112(1) (no holiday in December).
"""

from __future__ import annotations

import copy
import csv
import io
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tiepcan import InvalidInputError
from tiepcan._catalogue.checks import _build_cites
from tiepcan.catalogue import (
    CSV_ENTRY_HEADERS,
    Catalogue,
    check_catalogue,
    entries_from_csv,
    entries_to_csv,
)
from tiepcan.data import DATA_DIR
from tiepcan.deadlines import time_limit
from tiepcan.regimes import load_ruleset, ruleset

from strategies import said

D = date


LAW = "Law 104/2016/QH13 on Access to Information, art. "
DECREE = "Decree 13/2018/NĐ-CP, art. "


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


# --------------------------------------------------------------------------------------
# The disclosure time limits (arts. 18(4), 21(2), 22(4)).


def test_disclosure_time_limits_cite_their_articles() -> None:
    """Art. 18(4): 5 working days from Fri 1/3/2024 → Fri 8/3; art. 21(2): 30 days from
    Mon 4/3/2024 → Wed 3/4; art. 22(4): 15 days from Mon 4/3/2024 → Tue 19/3."""
    publish = time_limit("disclosure.publish", D(2024, 3, 1))
    assert publish.due == D(2024, 3, 8) and publish.citations[0].label_en == f"{LAW}18(4)"
    posting = time_limit("disclosure.posting_minimum", D(2024, 3, 4))
    assert posting.due == D(2024, 4, 3) and posting.citations[0].label_en == f"{LAW}21(2)"
    answer = time_limit("disclosure.inaccuracy_answer", D(2024, 3, 4))
    assert answer.due == D(2024, 3, 19) and answer.citations[0].label_en == f"{LAW}22(4)"
    # under the 2016 rules named explicitly, after 1/9/2026
    late = time_limit("disclosure.publish", D(2026, 9, 3), regime="ati-2016")
    assert late.due == D(2026, 9, 10) and late.regime == "ati-2016"


# --------------------------------------------------------------------------------------
# At the calendar's last day: a time limit that cannot be counted says so.

CONTACT = {
    "name": "Văn phòng Sở",
    "address": "Số 1 đường Lê Lợi",
    "phone": "0200 3 000 001",
    "fax": "0200 3 000 009",
    "email": "vanphong@example.org",
}


def _catalogue(entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "kind": "public_disclosure",
        "agency": {**CONTACT, "name": "Sở Tư pháp tỉnh Minh Sơn"},
        "focal_point": CONTACT,
        "website": "https://stp.example.org",
        "published_url": "https://stp.example.org/ttc",
        "updated_on": D(2040, 12, 31),
        "website_points_held": ["c", "đ"],
        "entries": [
            {
                "id": "CN-00",
                "name": "Chức năng, nhiệm vụ của Sở",
                "number_symbol": "01/QĐ-UBND",
                "created_on": D(2018, 1, 2),
                "category": "k",
                "website_category": "dd",
                "forms": ["a"],
                "access_url": "https://stp.example.org/cn",
                "disclosed_on": D(2018, 1, 3),
            },
            *entries,
        ],
    }


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
    report = check_catalogue(_catalogue([entry]), on=D(2040, 12, 31), regime="ati-2016")
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


def test_posting_minimum_after_the_calendar_cannot_be_judged() -> None:
    """Art. 21(2): posted Thu 20/12/2040, 30 days end in 2041, after the calendar."""
    entry = {
        **POSTED,
        "id": "NY-02",
        "created_on": D(2040, 12, 19),
        "disclosed_on": D(2040, 12, 20),
        "disclosed_until": D(2040, 12, 31),
    }
    report = check_catalogue(_catalogue([entry]), on=D(2040, 12, 31), regime="ati-2016")
    (finding,) = report.findings
    assert (finding.code, finding.field, finding.entry_id) == (
        "timing-cannot-be-judged",
        "disclosed_on",
        "NY-02",
    )
    assert [c.label_en for c in finding.citations] == [f"{LAW}21(2)"]
    assert finding.message_en.startswith("Entry NY-02: 2040-12-20 is outside the working-day")


def test_posting_one_day_short_and_exactly_thirty_days() -> None:
    """Art. 21(2): posted Mon 4/3/2024, day 30 is Wed 3/4/2024: until 2/4 is too short,
    until 3/4 is enough."""
    entry = {**POSTED, "disclosed_on": D(2024, 3, 4), "disclosed_until": D(2024, 4, 2)}
    short = check_catalogue(_catalogue([entry]), on=D(2024, 4, 10))
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
        _catalogue([{**entry, "disclosed_until": D(2024, 4, 3)}]), on=D(2024, 4, 10)
    )
    assert enough.findings == ()


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
    late = check_catalogue(_catalogue([entry]), on=D(2024, 3, 20))
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
        _catalogue([{**entry, "disclosed_on": D(2024, 3, 8)}]), on=D(2024, 3, 20)
    )
    assert on_time.findings == ()
    # not yet disclosed: overdue only after the due day
    pending = {**entry, "disclosed_on": None}
    assert check_catalogue(_catalogue([pending]), on=D(2024, 3, 8)).findings == ()
    overdue = check_catalogue(_catalogue([pending]), on=D(2024, 3, 9)).findings
    assert [f.code for f in overdue] == ["disclosure-overdue"]


# --------------------------------------------------------------------------------------
# CSV (the form agencies keep catalogues in): what, where and why of each refusal.


def _csv(*rows: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


HEADERS = list(CSV_ENTRY_HEADERS)
EXPECTED = "expected: " + ", ".join(CSV_ENTRY_HEADERS)


@pytest.mark.parametrize(
    ("read", "text", "vi", "en", "detail"),
    [
        (entries_from_csv, b"\xff\xfe", "Tệp CSV không phải UTF-8", "the CSV is not UTF-8",
         "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        (entries_from_csv, 42, "Dữ liệu CSV không hợp lệ", "not CSV text", "got int"),
        (entries_from_csv, "", "Thiếu dòng tiêu đề của bảng", "the table has no header row",
         EXPECTED),
        (entries_from_csv, "Foo,Bar\n", "Dòng tiêu đề của bảng không hợp lệ",
         "the table's header row is not valid",
         f"unknown or repeated: ['Foo', 'Bar']; {EXPECTED}"),
        (entries_from_csv, _csv(HEADERS[:2] + HEADERS[:1]), "Dòng tiêu đề của bảng không hợp lệ",
         "the table's header row is not valid",
         f"unknown or repeated: {HEADERS[:2] + HEADERS[:1]}; {EXPECTED}"),
        (entries_from_csv, _csv(HEADERS[1:3]), "Dòng tiêu đề của bảng không hợp lệ",
         "the table's header row is not valid", f"unknown or repeated: {HEADERS[1:3]}; {EXPECTED}"),
        (entries_from_csv, _csv(HEADERS[:2], ["KH-01", "Kế hoạch", "x"]),
         "Dòng có nhiều ô hơn tiêu đề", "a row has more cells than the header", "table row 2"),
        (Catalogue.from_csv, "a,b\n", "Thiếu phần thông tin chung hoặc dòng trống phân cách",
         "the header rows, or the blank row after them, are missing",
         "expected header rows, a blank row, then the entries table"),
    ],
)  # fmt: skip
def test_csv_refused(read: Any, text: Any, vi: str, en: str, detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        read(text)
    # the raise site's words go in the detail; the code's one message is the table's
    # (which for invalid-csv reads "expected có or không": reported in issue 12)
    said(err.value, "invalid-csv", en, detail)


def test_csv_header_rows_refused() -> None:
    with pytest.raises(InvalidInputError) as err:
        Catalogue.from_csv(_csv(["Nope", "1"], [], HEADERS))
    assert err.value.code == "invalid-csv"
    assert err.value.detail is not None
    assert err.value.detail.startswith(
        "a header row is not valid: row ['Nope', '1']; expected labels: Loại danh mục, Cơ quan"
    )


def test_an_entry_row_refused_names_its_row() -> None:
    with pytest.raises(InvalidInputError) as err:
        entries_from_csv(_csv(HEADERS[:4], ["KH-01", "Kế hoạch", "1/KH", "2024-13-01"]))
    assert err.value.detail is not None and err.value.detail.startswith("table row 2: ")


@pytest.mark.parametrize(
    ("entries", "detail"),
    [("abc", "entries='abc'"), ({"a": 1}, "entries={'a': 1}"), (42, "entries=42"),
     ([1], "not a CatalogueEntry: 1")],
)  # fmt: skip
def test_entries_to_csv_refuses_what_is_not_entries(entries: Any, detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        entries_to_csv(entries)
    said(err.value, "invalid-input", "expected a list of catalogue entries", detail)


# --------------------------------------------------------------------------------------
# Reports and diffs read back are checked against themselves; a diff needs two catalogues
# of one kind.


def _late_report() -> Any:
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
    return check_catalogue(_catalogue([entry]), on=D(2024, 3, 20))


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
    report = _late_report()
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
    finding = _late_report().findings[0]
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


def test_diff_needs_two_catalogues_of_one_kind() -> None:
    from tiepcan.catalogue import diff_catalogues

    cat = Catalogue.build(_catalogue([]))
    with pytest.raises(InvalidInputError) as err:
        diff_catalogues(cat, {"kind": "public_disclosure"})  # type: ignore[arg-type]
    said(err.value, "invalid-catalogue", "not a Catalogue", "got Catalogue, dict")
    other = Catalogue.build(
        {
            "kind": "conditional_access",
            "agency": {"name": "Sở Tư pháp"},
            "updated_on": D(2024, 3, 15),
            "entries": [],
        }
    )
    with pytest.raises(InvalidInputError) as err:
        diff_catalogues(cat, other)
    assert err.value.code == "catalogue-kind-mismatch"
    assert err.value.detail is not None and err.value.detail.endswith(
        "public_disclosure vs conditional_access"
    )
    same = diff_catalogues(cat, cat)
    assert (same.added, same.removed, same.changed, same.header_changes) == ((), (), (), ())


def test_a_posting_whose_30th_day_is_a_day_off_is_told_why_it_is_short() -> None:
    """Art. 21(2) ("ít nhất là 30 ngày") counted as a time limit (docs/catalogue.md §4): posted
    Fri 1/3/2024, day 1 is 2/3 (BLDS art. 147), day 30 Sun 31/3/2024, a weekend day, so the
    period ends on Mon 1/4/2024 (BLDS art. 148(5)). Taken down on 31/3, 30 days have run: the
    finding says the period ran to the next working day, and cites art. 148(5) for it; taken
    down on 30/3 it is less than 30 days."""
    base = {**POSTED, "id": "NY-04", "disclosed_on": D(2024, 3, 1)}
    rolled = check_catalogue(
        _catalogue([{**base, "disclosed_until": D(2024, 3, 31)}]), on=D(2024, 4, 10)
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
        _catalogue([{**base, "disclosed_until": D(2024, 3, 30)}]), on=D(2024, 4, 10)
    )
    (finding,) = short.findings
    assert [c.label_en for c in finding.citations] == [f"{LAW}21(2)"]
    assert finding.message_en.endswith(
        "to 2024-03-30, less than 30 days (the posting may end on 2024-04-01 at the earliest)."
    )
    enough = check_catalogue(
        _catalogue([{**base, "disclosed_until": D(2024, 4, 1)}]), on=D(2024, 4, 10)
    )
    assert enough.findings == ()
