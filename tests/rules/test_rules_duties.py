"""The duties checklist's model (tiepcan.rules.duties), answer by answer.

What ``tiepcan.rules.duties`` itself says, each checked against the unit of law it encodes
(the judging of a profile, tiepcan.duties, is tested in test_duties.py):

* Law 104/2016/QH13 art. 34(1)(h): the five contents of the internal rules, in the law's
  order and words (:class:`InternalRulesContent`);
* Law arts. 19(3), 33, 34(1), 35(6) and Decree 13/2018/NĐ-CP arts. 2–13: a duty of the law
  carries its citation, a duty ordered by a provincial instruction carries none
  (``DutySource``, ``_check_source``); the labels, reasons and explanations of a duty and of
  its result; an agency's own copy of the ruleset (``load_ruleset``) declares the same duties
  as the bundled one;
* the agency profile (Decree 13 art. 12(1): the agency carries out the measures of Law
  arts. 33–34, so it declares them) and its two-column CSV form: có / không / blank, the
  header, bad rows, the exact detail of every refusal;
* the checklist (``DutyChecklist``): its consistency checks, its lookup, its explanation.
"""

from __future__ import annotations

import csv
import io
import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given

from tiepcan.data import DATA_DIR
from tiepcan.foundation._input import yes_no
from tiepcan.foundation.citations import decree13, law
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import load_ruleset
from tiepcan.rules.duties import (
    PROFILE_FIELDS,
    AgencyProfile,
    Duty,
    DutyChecklist,
    DutyResult,
    DutySource,
    DutyStatus,
    InternalRulesContent,
    duties,
    one_line,
)

from strategies import said
from strategies_catalogue import agency_profiles

NAME = "Sở Tư pháp tỉnh Minh Sơn"
HEADER = "Nội dung,Giá trị\r\n"
WEBSITE = "Có Cổng/Trang thông tin điện tử"  # the title of has_website
CONTENTS = "Nội dung quy chế nội bộ"  # the title of internal_rules_contents
LAW_34_1_A_VI = "Điều 34 khoản 1 điểm a Luật Tiếp cận thông tin số 104/2016/QH13"
LAW_34_1_A_EN = "Law 104/2016/QH13 on Access to Information, art. 34(1)(a)"
PROVINCIAL_VI = (
    "Văn bản chỉ đạo, hướng dẫn của Ủy ban nhân dân cấp tỉnh (không phải quy định của Luật)"
)
PROVINCIAL_EN = "a provincial People's Committee's instruction (not the law)"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def csv_error(text: str | bytes) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as err:
        AgencyProfile.from_csv(text)
    return err.value


def profile_error(**fields: object) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as err:
        AgencyProfile.build(fields)
    return err.value


# -- the enums: the law's contents, the statuses, the sources -------------------------------------


def test_internal_rules_contents_in_the_laws_order_and_words():
    """Law art. 34(1)(h): "xác định đầu mối cung cấp thông tin; việc chuyển giao thông tin của
    đơn vị tạo ra cho đơn vị đầu mối cung cấp thông tin; việc phân loại thông tin được cung
    cấp và không được cung cấp; cập nhật thông tin được công khai, thông tin được cung cấp theo
    yêu cầu; trình tự, thủ tục xử lý yêu cầu cung cấp thông tin giữa đơn vị đầu mối với đơn vị
    phụ trách cơ sở dữ liệu thông tin và các đơn vị có liên quan"."""
    assert [(c.value, c.label_vi, c.label_en) for c in InternalRulesContent] == [
        (
            "focal_point",
            "Xác định đầu mối cung cấp thông tin",
            "who is the focal point for providing information",
        ),
        (
            "transfer_to_focal_point",
            "Việc chuyển giao thông tin của đơn vị tạo ra cho đơn vị đầu mối cung cấp thông tin",
            "how the creating units pass information to the focal unit",
        ),
        (
            "classification",
            "Việc phân loại thông tin được cung cấp và không được cung cấp",
            "classifying information that may and may not be provided",
        ),
        (
            "updating",
            "Cập nhật thông tin được công khai, thông tin được cung cấp theo yêu cầu",
            "updating disclosed information and information provided on request",
        ),
        (
            "request_procedure",
            "Trình tự, thủ tục xử lý yêu cầu cung cấp thông tin giữa đơn vị đầu mối với đơn vị "
            "phụ trách cơ sở dữ liệu thông tin và các đơn vị có liên quan",
            "how the focal unit, the database unit and other units handle requests",
        ),
    ]
    for content in InternalRulesContent:
        assert content.citation == law(34, 1, "h")
        assert content.citation.label == (
            "Điều 34 khoản 1 điểm h Luật Tiếp cận thông tin số 104/2016/QH13"
        )


def test_the_four_statuses_and_their_words():
    """A duty is met, missing, cannot be judged (the profile does not say) or not applicable
    (Decree 13 arts. 2, 6(3), 11, 12(3) depend on facts the profile may deny)."""
    assert [(s.value, s.label("vi"), s.label("en")) for s in DutyStatus] == [
        ("met", "Đã thực hiện", "met"),
        ("missing", "Chưa thực hiện", "missing"),
        ("cannot_judge", "Chưa đủ dữ liệu để đánh giá", "cannot be judged from the data given"),
        ("not_applicable", "Không áp dụng", "not applicable"),
    ]


def test_the_two_sources_and_their_words():
    assert [(s.value, s.label("vi"), s.label("en")) for s in DutySource] == [
        ("law", "Quy định của pháp luật", "the law"),
        ("provincial-instruction", PROVINCIAL_VI, PROVINCIAL_EN),
    ]


def test_the_basis_of_a_duty_of_the_law_is_its_citation_art_34_1_a():
    """Law art. 34(1)(a): a duty of the law is cited by its unit, in both languages; the
    default language is Vietnamese."""
    cited = law(34, 1, "a")
    assert DutySource.LAW.basis(cited) == LAW_34_1_A_VI
    assert DutySource.LAW.basis(cited, "vi") == LAW_34_1_A_VI
    assert DutySource.LAW.basis(cited, "en") == LAW_34_1_A_EN


def test_the_basis_of_a_provincial_duty_is_its_source():
    """No statutory citation: the line says it is a provincial instruction, not the law."""
    source = DutySource.PROVINCIAL_INSTRUCTION
    assert source.basis(None) == PROVINCIAL_VI
    assert source.basis(None, "vi") == PROVINCIAL_VI
    assert source.basis(None, "en") == PROVINCIAL_EN


# -- one line of text, a yes/no cell -------------------------------------------------------------


def test_one_line_normalises_to_nfc_and_strips():
    """The agency's name as it is written in Vietnamese, composed (NFC) and trimmed."""
    assert one_line(nfd("  Sở Tư pháp  ")) == "Sở Tư pháp"
    assert one_line(" \t") is None
    assert one_line("") is None
    assert one_line(None) is None
    assert one_line("a\u200bb") == "a\u200bb"  # a format character (Cf) is in a line


@pytest.mark.parametrize("junk", ["a\x00b", "a\tb", "a\nb", "a\ud800b", "a\u2028b", "a\u2029b"])
def test_one_line_refuses_control_characters_surrogates_and_separators(junk):
    with pytest.raises(ValueError) as err:
        one_line(junk)
    assert str(err.value) == "must be one line of text, without control characters"


@pytest.mark.parametrize("junk", [5, b"abc", ["a"]])
def test_one_line_refuses_what_is_not_text(junk):
    with pytest.raises(ValueError) as err:
        one_line(junk)
    assert str(err.value) == "must be text"


@pytest.mark.parametrize(
    ("cell", "value"),
    [("có", True), (nfd("Có"), True), ("CO", True), ("X", True), ("true", True),
     ("True", True), ("1", True), ("Yes", True),
     ("không", False), (nfd(" Không "), False), ("Khong", False), ("FALSE", False), ("0", False),
     ("No", False), ("\t", None)],
)  # fmt: skip
def test_every_yes_and_no_spelling(cell, value):
    """The form's có / không cells (and their ASCII and English spellings); blank is "not
    declared", which a duty reads as "cannot be judged"."""
    assert yes_no(cell, field="has_website") is value


@pytest.mark.parametrize(("cell", "shown"), [("maybe", "'maybe'"), ("có không", "'có không'")])
def test_a_cell_neither_yes_nor_no_names_its_field_and_value(cell, shown):
    with pytest.raises(InvalidInputError) as err:
        yes_no(cell, field="section_has_forms")
    said(err.value, "invalid-csv", "expected có or không", f"section_has_forms={shown}")


def test_a_cell_that_is_not_text_names_its_field_and_value():
    with pytest.raises(InvalidInputError) as err:
        yes_no(True, field="has_website")  # type: ignore[arg-type]
    said(err.value, "invalid-csv", "expected có or không", "has_website=True")


@pytest.mark.parametrize(
    ("cell", "value"),
    [("có", True), ("Có", True), (" co ", True), ("x", True), ("1", True), ("yes", True),
     ("không", False), ("KHÔNG", False), ("khong", False), ("0", False), ("no", False),
     ("", None), ("  ", None)],
)  # fmt: skip
def test_yes_no_cells_read_as_yes_no_or_not_declared(cell: str, value: bool | None) -> None:
    assert yes_no(cell, field="has_website") is value


@pytest.mark.parametrize(("cell", "shown"), [(1, "1"), ("maybe", "'maybe'"), (None, "None")])
def test_a_cell_that_is_not_yes_or_no_is_refused(cell: object, shown: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        yes_no(cell, field="has_website")  # type: ignore[arg-type]
    assert err.value.code == "invalid-csv"
    assert err.value.detail is not None and err.value.detail.endswith(f"has_website={shown}")


def test_one_line_is_trimmed_text_or_none() -> None:
    assert one_line(None) is None
    assert one_line("  Sở Tư pháp  ") == "Sở Tư pháp"
    assert one_line("   ") is None
    for junk, message in ((5, "must be text"), ("a\nb", "must be one line of text")):
        with pytest.raises(ValueError, match=message):
            one_line(junk)


# -- the agency profile ------------------------------------------------------------------------


def test_profile_fields_are_the_titles_and_descriptions():
    """The CSV rows are the Vietnamese titles; the English is the description."""
    assert PROFILE_FIELDS["agency"] == ("Tên cơ quan", "agency")
    assert PROFILE_FIELDS["has_website"] == (WEBSITE, "has a web portal or website")
    assert PROFILE_FIELDS["internal_rules_contents"] == (
        CONTENTS,
        "contents of the internal rules",
    )
    assert PROFILE_FIELDS["is_ministry_or_provincial_committee"] == (
        "Là bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ hoặc Ủy ban nhân dân cấp tỉnh",
        "is a ministry, ministerial-level or government agency, or a provincial "
        "People's Committee (Decree 13 art. 12(3))",
    )
    assert list(PROFILE_FIELDS)[:2] == ["agency", "has_website"]


def test_the_agency_name_is_one_nonblank_line():
    assert AgencyProfile.build(agency=nfd(f"  {NAME} ")).agency == NAME
    for blank in ("", "   ", "\u3000"):
        said(
            profile_error(agency=blank),
            "invalid-input",
            "the input is not valid",
            "agency profile: agency: Value error, the agency's name must be one non-blank "
            "line of text",
        )
    said(
        profile_error(agency="Sở\nTư pháp"),
        "invalid-input",
        "the input is not valid",
        "agency profile: agency: Value error, must be one line of text, without control characters",
    )
    said(
        profile_error(agency=5),
        "invalid-input",
        "the input is not valid",
        "agency profile: agency: Input should be a valid string",
    )


def test_internal_rules_contents_are_kept_in_the_laws_order():
    """Law art. 34(1)(h) lists the contents in an order; the profile keeps that order."""
    profile = AgencyProfile.build(
        agency=NAME, internal_rules_contents=["request_procedure", "classification", "focal_point"]
    )
    assert profile.internal_rules_contents == (
        InternalRulesContent.FOCAL_POINT,
        InternalRulesContent.CLASSIFICATION,
        InternalRulesContent.REQUEST_PROCEDURE,
    )
    assert (
        AgencyProfile.build(agency=NAME, internal_rules_contents=[]).internal_rules_contents == ()
    )
    assert AgencyProfile.build(agency=NAME).internal_rules_contents is None
    said(
        profile_error(agency=NAME, internal_rules_contents=["updating", "updating"]),
        "invalid-input",
        "the input is not valid",
        "agency profile: internal_rules_contents: Value error, a content is listed twice",
    )


def test_build_takes_a_mapping_and_keywords_the_keywords_winning():
    """What the agency declares (Decree 13 art. 12(1)), from a mapping or by keyword."""
    profile = AgencyProfile.build({"agency": "A", "has_website": False}, has_website=True)
    assert (profile.agency, profile.has_website) == ("A", True)
    assert AgencyProfile.build(None, agency="B").agency == "B"
    assert AgencyProfile.build({"agency": "C"}).agency == "C"


@pytest.mark.parametrize(("junk", "shown"), [(["agency"], "['agency']"), ("A", "'A'"), (5, "5")])
def test_build_refuses_what_is_not_a_mapping(junk, shown):
    with pytest.raises(InvalidInputError) as err:
        AgencyProfile.build(junk)
    said(
        err.value,
        "invalid-input",
        "the input is not valid",
        f"agency profile: expected a mapping, got {shown}",
    )


def test_profile_json_is_indented_by_two_unless_asked():
    profile = AgencyProfile.build(agency="A")
    assert profile.to_json().startswith('{\n  "agency": "A",\n  "has_website": null,')
    assert profile.to_json(indent=None).startswith('{"agency":"A","has_website":null,')
    assert AgencyProfile.from_json(profile.to_json()) == profile


# -- the CSV form --------------------------------------------------------------------------------


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_to_csv_writes_every_field_in_order_with_co_khong_or_blank():
    """Two columns; có / không for a declared fact, blank for one not declared; the
    contents of art. 34(1)(h) by their values, "không có" for rules declared to have none."""
    profile = AgencyProfile.build(
        agency=NAME,
        has_website=True,
        serves_disadvantaged_areas=False,
        internal_rules_contents=["updating", "focal_point"],
    )
    text = profile.to_csv()
    assert text.startswith(
        HEADER + f"Tên cơ quan,{NAME}\r\n{WEBSITE},có\r\n"
        '"Cung cấp thông tin cho khu vực biên giới, hải đảo, miền núi, vùng có điều kiện kinh '
        'tế - xã hội đặc biệt khó khăn",không\r\n'
    )
    rows = rows_of(text)
    assert rows[0] == ["Nội dung", "Giá trị"]
    assert [r[0] for r in rows[1:]] == [vi for vi, _en in PROFILE_FIELDS.values()]
    cells = {r[0]: r[1] for r in rows[1:]}
    assert cells[CONTENTS] == "focal_point; updating"
    assert cells[PROFILE_FIELDS["is_ministry_or_provincial_committee"][0]] == ""
    assert len(rows) == len(PROFILE_FIELDS) + 1


def test_to_csv_rules_with_no_contents_read_khong_co():
    """Declared to have none of the art. 34(1)(h) contents is not "not declared"."""
    none = AgencyProfile.build(agency=NAME, internal_rules_contents=[])
    cells = {r[0]: r[1] for r in rows_of(none.to_csv())}
    assert cells[CONTENTS] == "không có"
    assert AgencyProfile.from_csv(none.to_csv()) == none
    unknown = {r[0]: r[1] for r in rows_of(AgencyProfile.build(agency=NAME).to_csv())}
    assert unknown[CONTENTS] == ""


def test_from_csv_reads_a_short_form():
    """Rows may be in any order; a fact not given is not declared."""
    text = HEADER + f"{WEBSITE},không\r\nTên cơ quan,{NAME}\r\n"
    assert AgencyProfile.from_csv(text) == AgencyProfile.build(agency=NAME, has_website=False)


def test_from_csv_reads_bytes_with_or_without_a_bom_and_text_with_one():
    text = HEADER + f"Tên cơ quan,{NAME}\r\n{WEBSITE},có\r\n"
    expected = AgencyProfile.build(agency=NAME, has_website=True)
    assert AgencyProfile.from_csv(text.encode("utf-8")) == expected
    assert AgencyProfile.from_csv(text.encode("utf-8-sig")) == expected
    assert AgencyProfile.from_csv("\ufeff" + text) == expected


def test_from_csv_skips_empty_rows_and_reads_spaced_headers():
    """Rows of empty cells, and the empty cells a spreadsheet pads a row with, are skipped; a
    value without its label is not a field."""
    for text in (
        f"\r\n Nội dung , Giá trị \r\n\r\nTên cơ quan,{NAME}\r\n\r\n",
        f"\r\n Nội dung , Giá trị ,\r\n\r\nTên cơ quan,{NAME},,\r\n,\r\n , ,\r\n",
    ):
        assert AgencyProfile.from_csv(text) == AgencyProfile.build(agency=NAME)
    with pytest.raises(InvalidInputError) as err:
        AgencyProfile.from_csv(f"Nội dung,Giá trị\r\nTên cơ quan,{NAME}\r\n,có\r\n")
    assert err.value.detail == "unknown or repeated row ['', 'có']"
    with pytest.raises(InvalidInputError) as err:
        AgencyProfile.from_csv(f"Nội dung,Giá trị\r\nTên cơ quan,{NAME},x\r\n")
    assert err.value.detail == f"unknown or repeated row ['Tên cơ quan', '{NAME}', 'x']"


def test_from_csv_normalises_labels_and_cells_to_nfc_and_strips_them():
    rows = nfd(f"  Tên cơ quan ,  {NAME} \r\n {WEBSITE} , Có \r\n {CONTENTS} , Không có \r\n")
    assert AgencyProfile.from_csv(HEADER + rows) == AgencyProfile.build(
        agency=NAME, has_website=True, internal_rules_contents=[]
    )


def test_from_csv_reads_a_header_in_nfd_as_it_reads_the_rows():
    """A form saved in decomposed Unicode (macOS, "Unicode tổ hợp") reads as its NFC text,
    header included."""
    text = nfd(HEADER + f"Tên cơ quan,{NAME}\r\n")
    assert AgencyProfile.from_csv(text) == AgencyProfile.build(agency=NAME)


def test_from_csv_reads_any_line_ending():
    """Excel's "CSV (Macintosh)" ends lines with CR alone; Unix with LF alone."""
    expected = AgencyProfile.build(agency=NAME, has_website=True)
    for end in ("\r", "\n", "\r\n"):
        text = end.join(["Nội dung,Giá trị", f"Tên cơ quan,{NAME}", f"{WEBSITE},có", ""])
        assert AgencyProfile.from_csv(text) == expected


def test_from_csv_echoes_a_bad_row_as_written():
    """A quoted label that spans lines is not a field; the detail shows it unchanged."""
    said(
        csv_error(HEADER + '"Tên cơ\r\nquan",A\r\n'),
        "invalid-csv",
        "the CSV is not valid",
        "unknown or repeated row ['Tên cơ\\r\\nquan', 'A']",
    )


def test_from_csv_a_row_with_a_label_only_is_not_declared():
    text = HEADER + f"Tên cơ quan,{NAME}\r\n{WEBSITE}\r\n"
    assert AgencyProfile.from_csv(text).has_website is None


@pytest.mark.parametrize(
    ("cell", "contents"),
    [
        ("không có", ()),
        ("KHÔNG CÓ", ()),
        ("không", ()),
        ("Không", ()),
        ("updating;; focal_point ;", ("focal_point", "updating")),
        ("classification", ("classification",)),
    ],
)
def test_from_csv_reads_the_contents_cell(cell, contents):
    """The art. 34(1)(h) contents by their values, separated by ";"; "không có" is none."""
    text = HEADER + f"Tên cơ quan,{NAME}\r\n{CONTENTS},{cell}\r\n"
    read = AgencyProfile.from_csv(text).internal_rules_contents
    assert read == tuple(InternalRulesContent(c) for c in contents)


def test_from_csv_an_empty_agency_cell_is_a_blank_name():
    said(
        csv_error(HEADER + "Tên cơ quan,\r\n"),
        "invalid-input",
        "the input is not valid",
        "agency profile: agency: Value error, the agency's name must be one non-blank line of text",
    )
    said(
        csv_error(HEADER + f"{WEBSITE},có\r\n"),
        "invalid-input",
        "the input is not valid",
        "agency profile: agency: Field required",
    )


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("", "the first row must be: Nội dung, Giá trị"),
        ("\r\n\r\n", "the first row must be: Nội dung, Giá trị"),
        ("Nội dung\r\n", "the first row must be: Nội dung, Giá trị"),
        ("Giá trị,Nội dung\r\n", "the first row must be: Nội dung, Giá trị"),
        ("Nội dung,Giá trị,Ghi chú\r\n", "the first row must be: Nội dung, Giá trị"),
        (f"Tên cơ quan,{NAME}\r\n", "the first row must be: Nội dung, Giá trị"),
        (HEADER + "Màu,đỏ\r\n", "unknown or repeated row ['Màu', 'đỏ']"),
        (HEADER + f"{WEBSITE},có,x\r\n", f"unknown or repeated row ['{WEBSITE}', 'có', 'x']"),
        (
            HEADER + f"Tên cơ quan,A\r\n{WEBSITE},có\r\n{WEBSITE},không\r\n",
            f"unknown or repeated row ['{WEBSITE}', 'không']",
        ),
        (HEADER + f"Tên cơ quan,A\r\n{WEBSITE},hmm\r\n", "expected có or không: has_website='hmm'"),
        (HEADER + "Tên cơ quan," + "x" * 200_000 + "\r\n", "field larger than field limit (131072)"),
        (b"\xff", "not UTF-8: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        (5, "got int"),
        (None, "got NoneType"),
    ],
)  # fmt: skip
def test_a_bad_csv_form_says_where(text, detail):
    said(csv_error(text), "invalid-csv", "the CSV is not valid", detail)


def test_a_bad_contents_cell_is_an_invalid_profile():
    """Only the five contents of art. 34(1)(h) exist."""
    err = csv_error(HEADER + f"Tên cơ quan,A\r\n{CONTENTS},budget\r\n")
    assert err.code == "invalid-input"
    assert err.detail is not None
    assert err.detail.startswith("agency profile: internal_rules_contents.0: Input should be")


@given(agency_profiles())
def test_the_csv_form_in_bytes_with_a_bom_round_trips(profile):
    """What an agency saves from a spreadsheet (UTF-8 with a BOM) reads back the same."""
    text = profile.to_csv()
    assert AgencyProfile.from_csv(text.encode("utf-8-sig")) == profile
    assert len(rows_of(text)) == len(PROFILE_FIELDS) + 1


# -- the duties and their results ------------------------------------------------------------


def duty(duty_id: str) -> Duty:
    return next(d for d in duties("ati-2016") if d.id == duty_id)


def test_the_duties_are_read_once_and_in_the_laws_order():
    """Law art. 13(2) comes first, then 18(3), 19(3) …; provincial lines last."""
    table = duties("ati-2016")
    assert duties("ati-2016") is table
    assert [d.id for d in table[:4]] == [
        "law-13.2-yearly-report-to-council",
        "law-18.3-disclosure-forms-disability",
        "law-18.3-disclosure-forms-areas",
        "law-19.3-records-kept",
    ]
    assert table[-1].id == "province-reports-to-justice-department"


def test_a_fresh_copy_of_the_ruleset_declares_the_same_duties(tmp_path: Path) -> None:
    shutil.copytree(Path(str(DATA_DIR)) / "ati-2016", tmp_path / "copy")
    fresh = duties(load_ruleset(tmp_path / "copy"))
    bundled = duties("ati-2016")
    assert fresh == bundled
    assert len(fresh) > 20
    catalogue = next(d for d in fresh if d.id == "law-34.1.b-catalogue")
    assert catalogue.citation is not None
    assert (
        catalogue.citation.label_en == "Law 104/2016/QH13 on Access to Information, art. 34(1)(b)"
    )


#: the lines whose Vietnamese is the cited unit's own words, verbatim
IN_THE_LAWS_WORDS = [
    "law-33.1-staff-training", "law-33.2-website",
    "law-33.3-spokesperson-and-media", "law-33.4-focal-point", "law-33.5-reception-place",
    "law-33.6-records", "law-33.6-equipment", "law-34.1.a-timely", "law-34.1.b-catalogue",
    "law-34.1.b-disclose-per-catalogue", "law-34.1.c-database",
    "law-34.1.e-confidentiality-review", "law-34.1.h-internal-rules-published",
    "law-34.1.k-complaints", "law-35.6-reading-at-office", "law-35.6-notice-board",
    "decree13-2.4-area-equipment", "decree13-3.6-priority",
    "decree13-8.3-guide-requesters", "decree13-8.3-identify-documents",
    "decree13-9.2.c-audio-visual", "decree13-9.2.d-personal-devices",
    "decree13-13.2-costs-in-advance-to-budget",
]  # fmt: skip


@pytest.mark.parametrize("duty_id", IN_THE_LAWS_WORDS)
def test_a_line_in_the_laws_words_is_in_the_unit_it_cites(duty_id):
    """Law arts. 33, 34(1), 35(6); Decree 13 arts. 2(4), 3(6), 8–10, 13(2): the line quotes
    the unit it cites."""
    line = duty(duty_id)
    assert line.citation is not None
    assert line.label_vi.lower() in line.citation.text().lower()


def test_every_line_of_the_law_is_named_after_the_unit_it_cites():
    """An id reads its citation: law-34.1.dd-… is Law art. 34(1)(đ), decree13-9.2.d-… is
    Decree 13 art. 9(2)(d); province-… has none."""
    instruments = {"law": "104/2016/QH13", "decree13": "13/2018/NĐ-CP"}
    for line in duties("ati-2016"):
        head, unit = line.id.split("-")[:2]
        if head == "province":
            assert line.citation is None
            continue
        article, clause, *point = unit.split(".")
        cited = line.citation
        assert cited is not None
        assert (cited.instrument, cited.article, cited.clause) == (
            instruments[head],
            int(article),
            int(clause),
        )
        assert cited.point == ({"dd": "đ"}.get(point[0], point[0]) if point else None)


def test_a_duty_of_the_law_art_34_1_a():
    """Law art. 34(1)(a): "Công khai, cung cấp thông tin một cách kịp thời, chính xác, đầy
    đủ" — the line is in the law's words, cited, with no condition and no content."""
    timely = duty("law-34.1.a-timely")
    assert timely.label_vi.lower() in law(34, 1, "a").text().lower()
    assert (timely.citation, timely.source, timely.field) == (
        law(34, 1, "a"),
        DutySource.LAW,
        "discloses_timely_and_accurately",
    )
    assert (timely.content, timely.applies_if, timely.interpretation) == (None, None, None)
    assert timely.label() == "Công khai, cung cấp thông tin một cách kịp thời, chính xác, đầy đủ"
    assert timely.label("vi") == timely.label()
    assert (
        timely.label("en") == "Disclose and provide information promptly, accurately and completely"
    )
    assert timely.basis() == LAW_34_1_A_VI
    assert timely.basis("vi") == LAW_34_1_A_VI
    assert timely.basis("en") == LAW_34_1_A_EN


def test_a_content_of_the_internal_rules_art_34_1_h():
    classification = duty("law-34.1.h-content-classification")
    assert classification.content is InternalRulesContent.CLASSIFICATION
    assert classification.field == "internal_rules_contents"
    assert classification.citation == law(34, 1, "h")


def test_a_duty_that_depends_on_a_fact_decree_13_arts_6_3_and_12_3():
    """Art. 6(3): only an agency without a website posts the catalogue at its office;
    art. 12(3): only ministries and provincial People's Committees report to the Ministry."""
    office = duty("decree13-6.3-catalogue-posted-at-office")
    assert (office.citation, office.applies_if) == (decree13(6, 3), "not has_website")
    ministry = duty("decree13-12.3-report-to-ministry")
    assert (ministry.citation, ministry.applies_if) == (
        decree13(12, 3),
        "is_ministry_or_provincial_committee",
    )
    assert duty("law-33.2-website").interpretation == "website-measure"


def test_a_duty_of_a_provincial_instruction_has_no_citation():
    review = duty("province-yearly-review")
    assert (review.citation, review.source) == (None, DutySource.PROVINCIAL_INSTRUCTION)
    assert (
        review.label()
        == "Theo dõi, kiểm tra việc thực hiện; hằng năm đánh giá, tổng hợp khó khăn, vướng mắc"
    )
    assert review.label("en") == "Monitor implementation and review the difficulties every year"
    assert review.basis() == PROVINCIAL_VI
    assert review.basis("en") == PROVINCIAL_EN


def test_a_duty_is_the_laws_with_a_citation_or_a_provinces_without():
    """A line is the law's (with its citation) or a provincial instruction's (without)."""
    Duty("a", law(34, 1, "a"), "has_website", "vi", "en")._check()
    Duty("b", None, "has_website", "vi", "en", source=DutySource.PROVINCIAL_INSTRUCTION)._check()
    with pytest.raises(InvalidInputError) as err:
        Duty("c", None, "has_website", "vi", "en")._check()
    said(err.value, "inconsistent-result", "the result is not consistent",
         "Duty c: source=law with citation=None")  # fmt: skip
    with pytest.raises(InvalidInputError) as err:
        Duty(
            "d", law(34, 1, "a"), "f", "vi", "en", source=DutySource.PROVINCIAL_INSTRUCTION
        )._check()
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        "Duty d: source=provincial-instruction with citation="
        "Citation(instrument='104/201...1, subclause=None, point='a')",
    )


def result(status: DutyStatus = DutyStatus.MET, **kw) -> DutyResult:
    fields = {
        "id": "law-34.1.a-timely",
        "citation": law(34, 1, "a"),
        "label_vi": "Công khai kịp thời",
        "label_en": "Disclose promptly",
        "status": status,
        "reason_vi": "Cơ quan khai báo",
        "reason_en": "The agency declares it",
    }
    return DutyResult(**{**fields, **kw})


def test_a_result_of_the_law_explains_itself_art_34_1_a():
    item = result()
    assert (item.label(), item.label("vi"), item.label("en")) == (
        "Công khai kịp thời",
        "Công khai kịp thời",
        "Disclose promptly",
    )
    assert (item.reason(), item.reason("vi"), item.reason("en")) == (
        "Cơ quan khai báo",
        "Cơ quan khai báo",
        "The agency declares it",
    )
    assert (item.basis(), item.basis("vi"), item.basis("en")) == (
        LAW_34_1_A_VI,
        LAW_34_1_A_VI,
        LAW_34_1_A_EN,
    )
    assert (
        item.explain() == f"[Đã thực hiện] Công khai kịp thời — Cơ quan khai báo ({LAW_34_1_A_VI})"
    )
    assert item.explain("vi") == item.explain()
    assert (
        item.explain("en") == f"[met] Disclose promptly — The agency declares it ({LAW_34_1_A_EN})"
    )


def test_a_provincial_result_explains_that_it_is_not_the_law():
    item = result(
        DutyStatus.MISSING,
        id="province-yearly-review",
        citation=None,
        source=DutySource.PROVINCIAL_INSTRUCTION,
    )
    assert (
        item.explain()
        == f"[Chưa thực hiện] Công khai kịp thời — Cơ quan khai báo ({PROVINCIAL_VI})"
    )
    assert (
        item.explain("en")
        == f"[missing] Disclose promptly — The agency declares it ({PROVINCIAL_EN})"
    )
    assert item.basis() == PROVINCIAL_VI


@pytest.mark.parametrize(
    ("fields", "detail"),
    [
        ({"citation": None}, "DutyResult law-34.1.a-timely: source=law with citation=None"),
        (
            {"source": "provincial-instruction"},
            "DutyResult law-34.1.a-timely: source=provincial-instruction with citation="
            "Citation(instrument='104/201...1, subclause=None, point='a')",
        ),
    ],
)
def test_an_inconsistent_result_does_not_load(fields, detail):
    data = {**result().to_dict(), **fields}
    with pytest.raises(InvalidInputError) as err:
        DutyResult.from_dict(data)
    said(err.value, "inconsistent-result", "the result is not consistent", detail)


def test_a_consistent_result_loads():
    assert DutyResult.from_dict(result().to_dict()) == result()
    provincial = result(id="p", citation=None, source=DutySource.PROVINCIAL_INSTRUCTION)
    assert DutyResult.from_dict(provincial.to_dict()) == provincial


# -- the checklist -------------------------------------------------------------------------------


def checklist(*items: DutyResult, **kw) -> DutyChecklist:
    fields = {"agency": NAME, "on": None, "regime": "ati-2016", "items": items}
    return DutyChecklist(**{**fields, **kw})


FOUR = (
    result(DutyStatus.MET, id="a"),
    result(DutyStatus.MISSING, id="b"),
    result(DutyStatus.CANNOT_JUDGE, id="c"),
    result(DutyStatus.NOT_APPLICABLE, id="d"),
    result(DutyStatus.MET, id="e"),
)


def test_the_checklist_sorts_its_items_by_status():
    sheet = checklist(*FOUR)
    assert [i.id for i in sheet.met] == ["a", "e"]
    assert [i.id for i in sheet.missing] == ["b"]
    assert [i.id for i in sheet.cannot_judge] == ["c"]
    assert [i.id for i in sheet.not_applicable] == ["d"]


def test_the_checklist_finds_an_item_by_id():
    sheet = checklist(*FOUR)
    assert sheet.item("a") is FOUR[0]
    assert sheet.item("e") is FOUR[4]
    with pytest.raises(InvalidInputError) as err:
        sheet.item("law-34.1.z")
    said(err.value, "unknown-duty", "no such duty", "id='law-34.1.z'")


def test_the_checklist_explains_itself_line_by_line():
    sheet = checklist(FOUR[0], FOUR[1])
    assert sheet.explain() == "\n".join(
        [
            f"Trách nhiệm của cơ quan — {NAME}",
            f"[Đã thực hiện] Công khai kịp thời — Cơ quan khai báo ({LAW_34_1_A_VI})",
            f"[Chưa thực hiện] Công khai kịp thời — Cơ quan khai báo ({LAW_34_1_A_VI})",
        ]
    )
    assert sheet.explain("vi") == sheet.explain()
    assert sheet.explain("en") == "\n".join(
        [
            f"Duties of the agency — {NAME}",
            f"[met] Disclose promptly — The agency declares it ({LAW_34_1_A_EN})",
            f"[missing] Disclose promptly — The agency declares it ({LAW_34_1_A_EN})",
        ]
    )
    with pytest.raises(InvalidInputError) as err:
        sheet.explain("fr")  # type: ignore[arg-type]
    assert err.value.code == "invalid-language"


def test_a_consistent_checklist_loads():
    sheet = checklist(*FOUR, interpretations=("declared-state", "not-applicable"))
    assert DutyChecklist.from_dict(sheet.to_dict()) == sheet


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"items": (FOUR[0], FOUR[1], FOUR[0])}, "a duty is listed twice"),
        ({"interpretations": ("declared-state", "declared-state")}, "an interpretation is listed twice"),
        (
            {"items": (FOUR[0], FOUR[0]), "interpretations": ("x", "x")},
            "a duty is listed twice",
        ),
    ],
)  # fmt: skip
def test_an_inconsistent_checklist_does_not_load(change, problem):
    data = checklist(*FOUR, **change).to_dict()
    with pytest.raises(InvalidInputError) as err:
        DutyChecklist.from_dict(data)
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        f"DutyChecklist: {problem}",
    )


def test_a_checklist_for_an_agency_named_by_separators_only_does_not_load():
    """The schema's pattern (\\S) lets the information separators U+001C–U+001F through;
    they are blank to the check, so no agency is named."""
    data = checklist(*FOUR).to_dict()
    for blank in ("\x1c", "\x1f \x1e"):
        with pytest.raises(InvalidInputError) as err:
            DutyChecklist.from_dict({**data, "agency": blank})
        said(
            err.value,
            "inconsistent-result",
            "the result is not consistent",
            "DutyChecklist: agency is blank",
        )


def test_a_checklist_with_an_inconsistent_item_does_not_load():
    """Each item is checked too: a duty of the law without its citation."""
    data = checklist(FOUR[0]).to_dict()
    data["items"][0]["citation"] = None
    with pytest.raises(InvalidInputError) as err:
        DutyChecklist.from_dict(data)
    said(
        err.value,
        "inconsistent-result",
        "the result is not consistent",
        "DutyResult a: source=law with citation=None",
    )
