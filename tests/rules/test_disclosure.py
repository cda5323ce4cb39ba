"""Arts. 17–22: the categories, forms and time limits of proactive disclosure."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tiepcan.catalogue import WEBSITE_CATEGORIES as REEXPORTED_WEBSITE
from tiepcan.catalogue import DisclosureCategory as ReexportedCategory
from tiepcan.deadlines import time_limit
from tiepcan.foundation._model import Text
from tiepcan.foundation.citations import POINT_LETTERS, Citation, law
from tiepcan.foundation.errors import InvalidInputError, TiepCanError
from tiepcan.foundation.regimes import ATI_2016_RULES, ATI_2026_RULES
from tiepcan.rules.disclosure import (
    WEBSITE_CATEGORIES,
    DisclosureCategory,
    DisclosureForm,
    WebsiteCategory,
    declares_points,
    disclosure_points,
    disclosure_provision,
    law_letter,
)

D = date
LAW = "Law 104/2016/QH13 on Access to Information, art. "

_POINT = re.compile(r"^([a-zđ])\) ", re.MULTILINE)


def _letters_in_bundled_text(article: int, clause: int) -> list[str]:
    """The point letters that open lines of the bundled statute text of a clause."""
    return _POINT.findall(law(article, clause).text())


def _letters_in_reference(reference: Path, article: int, clause: int) -> list[str]:
    """The same, read from the official codification in shared/reference."""
    text = (reference / "phapdien-tiep-can-thong-tin.md").read_text(encoding="utf-8")
    start = text.index(f"Điều 32.2.LQ.{article}. ")
    end = text.index("Điều 32.2.", start + 10)
    body = text[start:end]
    clause_start = body.index(f"\n{clause}. ")
    next_clause = body.find(f"\n{clause + 1}. ", clause_start)
    return _POINT.findall(body[clause_start : next_clause if next_clause > 0 else None])


# -- art. 17(1) ------------------------------------------------------------------------------


def test_art_17_1_has_fifteen_points_a_to_p():
    """Art. 17(1) lists points a … p: 15 points (the law has no f or j)."""
    assert len(DisclosureCategory) == 15
    assert [c.letter for c in DisclosureCategory] == list(POINT_LETTERS[:15])  # a … p


def test_art_17_1_letters_are_exactly_the_statute_points():
    """The members' letters are the points present in the bundled text of art. 17(1)."""
    assert [c.letter for c in DisclosureCategory] == _letters_in_bundled_text(17, 1)


def test_art_17_1_letters_match_the_official_codification(shared_reference):
    """Bộ pháp điển 32.2.LQ.17, clause 1: the same 15 letters."""
    assert [c.letter for c in DisclosureCategory] == _letters_in_reference(shared_reference, 17, 1)


@pytest.mark.parametrize("category", list(DisclosureCategory))
def test_each_art_17_category_cites_its_point_and_resolves(category):
    assert category.citation == law(17, 1, category.letter)
    assert category.citation.text()
    assert category.label_vi and category.label_en


def test_category_values_are_ascii_letters_with_dd_for_đ():
    """Design: values are the law's letters as ASCII, "dd" for đ."""
    assert [c.value for c in DisclosureCategory] == [
        "a",
        "b",
        "c",
        "d",
        "dd",
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
    ]
    assert DisclosureCategory("dd").letter == "đ"
    assert DisclosureCategory.from_letter("đ", field="category") is DisclosureCategory.STATE_BUDGET


def test_catalogue_module_reexports_the_categories():
    assert ReexportedCategory is DisclosureCategory
    assert REEXPORTED_WEBSITE is WEBSITE_CATEGORIES


def test_point_p_is_the_catch_all_of_art_17_1():
    """Art. 17(1)(p): "Thông tin khác phải được công khai theo quy định của pháp luật"."""
    assert DisclosureCategory.OTHER_REQUIRED_BY_LAW.citation.text().startswith("Thông tin khác")


# -- art. 19(1) ------------------------------------------------------------------------------


def test_art_19_1_has_nine_points_a_to_i():
    assert len(WEBSITE_CATEGORIES) == 9
    assert [w.letter for w in WEBSITE_CATEGORIES] == ["a", "b", "c", "d", "đ", "e", "g", "h", "i"]


def test_art_19_1_letters_are_exactly_the_statute_points():
    assert [w.letter for w in WebsiteCategory] == _letters_in_bundled_text(19, 1)


def test_art_19_1_letters_match_the_official_codification(shared_reference):
    assert [w.letter for w in WebsiteCategory] == _letters_in_reference(shared_reference, 19, 1)


@pytest.mark.parametrize("point", list(WebsiteCategory))
def test_each_website_point_cites_art_19_1_and_draws_from_art_17(point):
    """Art. 19(1) opens "Trong các thông tin quy định tại Điều 17": every point maps into it."""
    assert point.citation == law(19, 1, point.letter)
    assert point.citation.text()
    assert WEBSITE_CATEGORIES[point]
    assert all(isinstance(c, DisclosureCategory) for c in WEBSITE_CATEGORIES[point])
    assert point.draws_from == WEBSITE_CATEGORIES[point]


def test_website_point_a_draws_from_art_17_1_a():
    """19(1)(a) repeats 17(1)(a) without "văn bản hành chính có giá trị áp dụng chung"."""
    assert WEBSITE_CATEGORIES[WebsiteCategory.LEGAL_DOCUMENTS_AND_PROCEDURES] == (
        DisclosureCategory.LEGAL_DOCUMENTS_AND_PROCEDURES,
    )
    assert "văn bản hành chính" not in WebsiteCategory("a").citation.text()
    assert "văn bản hành chính" in DisclosureCategory("a").citation.text()


def test_website_point_c_is_art_17_1_d():
    """19(1)(c) and 17(1)(d) have the same words (strategies, plans, annual work programmes)."""
    assert WebsiteCategory("c").citation.text() == DisclosureCategory("d").citation.text()
    assert WEBSITE_CATEGORIES[WebsiteCategory("c")] == (DisclosureCategory("d"),)


def test_website_point_g_is_the_catalogue_of_art_17_1_m():
    assert "Danh mục thông tin phải được công khai" in WebsiteCategory("g").citation.text()
    assert WEBSITE_CATEGORIES[WebsiteCategory("g")] == (DisclosureCategory("m"),)


def test_website_mapping_is_read_only():
    with pytest.raises(TypeError):
        WEBSITE_CATEGORIES[WebsiteCategory("a")] = ()  # type: ignore[index]


# -- art. 18(1) ------------------------------------------------------------------------------


def test_art_18_1_forms_are_the_six_points_a_to_e():
    assert [f.letter for f in DisclosureForm] == ["a", "b", "c", "d", "đ", "e"]
    assert [f.letter for f in DisclosureForm] == _letters_in_bundled_text(18, 1)
    for form in DisclosureForm:
        assert form.citation == law(18, 1, form.letter)
        assert form.citation.text()


def test_the_website_form_is_art_18_1_a():
    assert DisclosureForm.WEBSITE.citation.text().startswith("Đăng tải trên cổng thông tin")


def test_unknown_letter_raises_tiepcan_error():
    with pytest.raises(InvalidInputError):
        DisclosureCategory.from_letter("f", field="category")  # there is no point f


# -- point letters of arts. 17(1), 18(1), 19(1) ---------------------------------------------
# The law writes point đ with its own letter; the data writes it "dd". Either, in any case and
# with spaces around, names the same point; anything but text is refused.


def test_the_letter_dd_is_the_law_s_đ() -> None:
    assert law_letter("dd") == "đ"
    assert law_letter("a") == "a"
    for junk in (5, None, b"dd"):
        with pytest.raises(InvalidInputError) as err:
            law_letter(junk)  # type: ignore[arg-type]
        assert err.value.code == "invalid-input"
        assert err.value.detail == f"a point letter is text: {junk!r}"


@pytest.mark.parametrize("letter", ["đ", "Đ", " dd ", "DD", "dd"])
def test_point_đ_in_every_spelling(letter: str) -> None:
    assert DisclosureCategory.from_letter(letter, field="category").value == "dd"
    assert WebsiteCategory.from_letter(letter, field="website_category").letter == "đ"


def test_other_letters_in_any_case() -> None:
    assert DisclosureCategory.from_letter(" M ", field="category").letter == "m"
    assert WebsiteCategory.from_letter("C", field="website_category").letter == "c"


# -- time limits: arts. 18(4), 21(2), 22(4) ----------------------------------------------------


def test_art_18_4_five_working_days_from_creation():
    """Created Fri 1/3/2024: Mon 4 … Fri 8 March are working days 1–5."""
    r = time_limit("disclosure.publish", date(2024, 3, 1))
    assert r.due == date(2024, 3, 8)
    assert r.citations[0] == law(18, 4)
    assert r.regime == "ati-2016"
    assert "18(4)" in r.explain("en")


def test_art_18_4_skips_tet():
    """Created Wed 7/2/2024, Tết 8–14/2/2024 off: 15, 16, 19, 20, 21 February."""
    assert time_limit("disclosure.publish", date(2024, 2, 7)).due == date(2024, 2, 21)


def test_art_21_2_posting_lasts_at_least_30_days():
    """Posted Mon 4/3/2024: 5 March is day 1 (Civil Code art. 147), 3 April is day 30."""
    r = time_limit("disclosure.posting_minimum", date(2024, 3, 4))
    assert r.due == date(2024, 4, 3)
    assert r.citations[0] == law(21, 2)


def test_art_22_4_answer_within_15_days_rolls_over_the_weekend():
    """Petition received Fri 8/3/2024: day 15 is Sat 23/3, so the period ends Mon 25/3
    (Civil Code art. 148(5))."""
    r = time_limit("disclosure.inaccuracy_answer", date(2024, 3, 8))
    assert r.due == date(2024, 3, 25)
    assert r.citations[0] == law(22, 4)


def test_disclosure_timing_under_law_01_2026():
    """Information created from 2026-09-01 falls under Law 01/2026/QH16, art. 18(4): 5
    working days from Tue 1/9/2026; 2/9 is Quốc khánh (9441/TB-BNV), so Thu 3, Fri 4, Mon 7,
    Tue 8, Wed 9/9. The 2016 rules stay available deliberately (art. 18(4) too: same 9/9)."""
    new = time_limit("disclosure.publish", date(2026, 9, 1))
    assert (new.regime, new.due) == ("ati-2026", date(2026, 9, 9))
    assert new.citations[0].ref == "01/2026/QH16 art. 18(4)"
    assert (
        time_limit("disclosure.publish", date(2026, 9, 1), regime="ati-2016").regime == "ati-2016"
    )


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


def test_inaccuracy_answer_under_the_2016_rules_named_after_the_new_law() -> None:
    """Art. 22(4): 15 days from Thu 3/9/2026 (the National Day break ends Wed 2/9, 9441/TB-BNV):
    day 15 is Fri 18/9/2026, a working day."""
    answer = time_limit("disclosure.inaccuracy_answer", D(2026, 9, 3), regime="ati-2016")
    assert (answer.due, answer.regime) == (D(2026, 9, 18), "ati-2016")


def test_disclosure_timing_rejects_junk():
    with pytest.raises(TiepCanError):
        time_limit("disclosure.publish", "yesterday")  # type: ignore[arg-type]


# -- the points of art. 17(1) under each law, as data (disclosure_points) ---------------------


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize("regime", ["ati-2016", "ati-2026"])
def test_every_point_s_wording_is_in_the_law_s_own_words(regime: str) -> None:
    """A point's Vietnamese label shortens the law's point: every word of it is a word of the
    point's statute text (a label moved to another point, or the English put in its place,
    fails); the English is ours, in plain ASCII words, never the Vietnamese."""
    for point in disclosure_points(regime):
        assert _words(point.label_vi) <= _words(point.citation.text()), point.value
        assert point.label_en.isascii() and point.label_en != point.label_vi, point.value
        assert point.label == Text(point.label_vi, point.label_en)


def test_the_2016_points_are_the_fifteen_of_the_enum_with_no_earlier_point() -> None:
    """Law 104/2016 keeps its points in code (no disclosure.toml): each built from its member,
    cited at art. 17(1) and its own letter, with nothing earlier."""
    points = disclosure_points("ati-2016")
    assert [(p.value, p.label_vi, p.label_en) for p in points] == [
        (c.value, c.label_vi, c.label_en) for c in DisclosureCategory
    ]
    for p in points:
        assert p.citation == Citation.parse(f"104/2016/QH13 art. 17(1)({law_letter(p.value)})")
        assert p.earlier == ()
    assert points[4].value == "dd" and points[4].letter == "đ"


def test_a_2026_point_names_the_2016_points_of_the_same_subject() -> None:
    """Hand-checked against the two texts: 2026 (a) strategies, periodic reports, sector
    databases, statistics = 2016 (d) strategies and (l) periodic reports, statistics,
    databases; (c) functions and structure = 2016 (k); (d) the budget and taxes, fees =
    2016 (đ) the budget and (o) taxes, fees; (đ) ODA and aid = 2016 (e); (e) state capital in
    enterprises = 2016 (h). Every earlier letter is a point of Law 104/2016 art. 17(1)."""
    earlier = {p.value: p.earlier for p in disclosure_points("ati-2026")}
    assert earlier["a"] == ("d", "l")
    assert earlier["c"] == ("k",)
    assert earlier["d"] == ("dd", "o")
    assert earlier["dd"] == ("e",)
    assert earlier["e"] == ("h",)
    letters_2016 = {c.value for c in DisclosureCategory}
    assert all(set(e) <= letters_2016 for e in earlier.values())


def test_only_a_later_law_declares_its_points_as_data() -> None:
    assert not declares_points(ATI_2016_RULES)
    assert declares_points(ATI_2026_RULES)
    with pytest.raises(TiepCanError) as caught:
        declares_points("ati-2026")  # type: ignore[arg-type]
    assert caught.value.code == "invalid-regime"
    assert caught.value.detail == "declares_points: 'ati-2026'"


# each role of disclosure.toml's [provision], the unit it names and words of that unit
PROVISIONS_2026 = [
    ("must_disclose", "01/2026/QH16 art. 17(1)", "Các thông tin sau đây phải được công khai"),
    ("discretionary", "01/2026/QH16 art. 17(2)", "chủ động công khai thông tin khác"),
    ("catalogue", "01/2026/QH16 art. 17(1)(u)", "Danh mục thông tin phải được công khai"),
    ("forms", "01/2026/QH16 art. 18(1)", "Các hình thức công khai thông tin bao gồm"),
    ("website", "01/2026/QH16 art. 19(1)", "phải công khai trên cổng thông tin điện tử"),
    ("without_website", "01/2026/QH16 art. 19(2)", "Trường hợp chưa có cổng thông tin điện tử"),
    ("entry_fields", "13/2018/NĐ-CP art. 6(3)", "Danh mục thông tin phải được công khai gồm"),
]


@pytest.mark.parametrize(("role", "ref", "words"), PROVISIONS_2026)
def test_each_disclosure_provision_is_the_unit_whose_words_say_it(
    role: str, ref: str, words: str
) -> None:
    c = disclosure_provision(ATI_2026_RULES, role)
    assert c == Citation.parse(ref)
    assert words in c.text()


@pytest.mark.parametrize(
    ("rules", "role", "code", "detail"),
    [
        # the regime's id, not its ruleset: the error names both arguments
        ("ati-2026", "website", "invalid-input", "disclosure_provision: 'ati-2026', 'website'"),
        (ATI_2026_RULES, 3, "invalid-input", ", 3"),
        (ATI_2026_RULES, "portal", "unknown-rule", "ati-2026: disclosure 'portal'"),
        (ATI_2016_RULES, "website", "ruleset-data-missing", "disclosure.toml"),  # no such file
    ],
)
def test_a_provision_not_declared_is_a_coded_error(
    rules: Any, role: Any, code: str, detail: str
) -> None:
    with pytest.raises(TiepCanError) as caught:
        disclosure_provision(rules, role)
    assert caught.value.code == code
    assert detail in (caught.value.detail or "")


def test_law_letter_spells_dd_as_the_law_does() -> None:
    assert [law_letter(v) for v in ("a", "dd", "e", "u")] == ["a", "đ", "e", "u"]
    with pytest.raises(TiepCanError) as caught:
        law_letter(4)  # type: ignore[arg-type]
    assert caught.value.code == "invalid-input"
    assert caught.value.detail == "a point letter is text: 4"
