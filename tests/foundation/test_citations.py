"""Citations and the bundled statute text (principle 1: every rule cites the law)."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan import Citation, CitationNotFoundError, TiepCanError
from tiepcan.foundation.citations import (
    INSTRUMENTS,
    POINT_LETTERS,
    circular46,
    civil_code,
    decree13,
    law,
)
from tiepcan.outputs.labels import all_citations


def test_every_citation_in_the_package_resolves_to_statute_text() -> None:
    """Every citation the declared rules and data hold (tiepcan.outputs.labels.all_citations walks
    them; it does not depend on what other tests built before, so order does not matter)."""
    seen = all_citations()
    assert len(seen) > 50  # the rules really do cite
    unresolved = [c.label for c in seen if not c.text().strip()]
    assert unresolved == []


def test_labels_follow_the_law_s_own_order() -> None:
    """Style card: 'Điều 28 khoản 1 điểm e Luật Tiếp cận thông tin số 104/2016/QH13'."""
    assert (
        law(28, 1, "e").label == "Điều 28 khoản 1 điểm e Luật Tiếp cận thông tin số 104/2016/QH13"
    )
    assert decree13(13, 2).label == "Điều 13 khoản 2 Nghị định 13/2018/NĐ-CP"
    assert civil_code(148, 5).label_en == "Civil Code 2015, art. 148(5)"
    assert circular46(3, 1, "b", subclause=1).label_en == "Circular 46/2018/TT-BTC, art. 3(1.1)(b)"


def test_point_text_is_exactly_that_point() -> None:
    """Art. 28(1)(e), verbatim from the codification (Bộ pháp điển 32.2.LQ.28)."""
    assert law(28, 1, "e").text() == (
        "Người yêu cầu cung cấp thông tin không thanh toán chi phí thực tế để in, sao, "
        "chụp, gửi thông tin qua dịch vụ bưu chính, fax."
    )
    assert law(28).heading() == "Từ chối yêu cầu cung cấp thông tin"


def test_clause_text_keeps_its_points_and_further_paragraphs() -> None:
    text = law(29, 2).text()
    assert text.startswith("Đối với thông tin phức tạp")
    assert "tối đa không quá 10 ngày làm việc" in text  # the second paragraph (extension)


def test_subclause_text_of_circular_46() -> None:
    text = circular46(3, 1, "b", subclause=1).text()
    assert "70% mức thu" in text and "50% mức thu" in text


def test_dd_is_accepted_for_the_letter_đ() -> None:
    assert law(28, 1, "dd") == law(28, 1, "đ") == law(28, 1, "Đ")


def test_statute_has_every_article_of_each_instrument() -> None:
    data = json.loads(resources.files("tiepcan.data").joinpath("statute.json").read_text("utf-8"))
    counts = {k: len(v["articles"]) for k, v in data["instruments"].items()}
    assert counts == {
        "104/2016/QH13": 37,
        "13/2018/NĐ-CP": 15,
        "46/2018/TT-BTC": 6,
        "64/2018/TT-BQP": 13,
        "01/2026/QH16": 31,  # 4 chapters, 31 articles (the law's own count)
    }


@pytest.mark.parametrize(
    ("article", "letters"),
    [
        (17, "a b c d đ e g h i k l m n o p"),  # 15 categories to disclose
        (19, "a b c d đ e g h i"),  # 9 on the website
        (28, "a b c d đ e"),  # 6 refusal grounds
        (34, "a b c d đ e g h i k l"),  # 11 duties
    ],
)
def test_point_letters_of_the_enumerated_lists(article: int, letters: str) -> None:
    present = [p for p in POINT_LETTERS if _has(article, 1, p)]
    assert present == letters.split()


def _has(article: int, clause: int, point: str) -> bool:
    """True if the unit is in the bundled text; ``law()`` refuses one that is not."""
    try:
        return bool(law(article, clause, point).text())
    except CitationNotFoundError:
        return False


def test_missing_units_raise_a_clear_error() -> None:
    with pytest.raises(CitationNotFoundError) as err:
        law(28, 3).text()
    assert err.value.code == "citation-not-found"
    with pytest.raises(CitationNotFoundError):
        law(38).text()


@given(
    st.one_of(
        st.text(max_size=3).filter(lambda s: s.strip().lower() not in (*POINT_LETTERS, "dd")),
        st.just("f"),
    )
)
def test_junk_points_raise_tiepcan_error(point: str) -> None:
    with pytest.raises(TiepCanError):
        law(28, 1, point)


@given(st.one_of(st.integers(max_value=0), st.text(max_size=4), st.none(), st.floats()))
def test_junk_articles_raise_tiepcan_error(article: object) -> None:
    with pytest.raises(TiepCanError):
        law(article)  # type: ignore[arg-type]


def test_unknown_instrument_is_refused() -> None:
    with pytest.raises(ValueError):
        Citation(instrument="1/2099/QH99", article=1)


def test_json_round_trip_and_schema() -> None:
    c = law(30, 4)
    assert Citation.from_json(c.to_json()) == c
    assert set(Citation.json_schema()["properties"]) >= {"instrument", "article", "point"}


def test_bundled_statute_matches_a_fresh_generation(
    repo_root: Path, shared_reference: Path
) -> None:
    """tools/gen_statute.py regenerates data/statute.json byte for byte from the codification."""
    path = repo_root / "tools" / "gen_statute.py"
    spec = importlib.util.spec_from_file_location("gen_statute", path)
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    source = (shared_reference / "phapdien-tiep-can-thong-tin.md").read_text(encoding="utf-8")
    bundled = resources.files("tiepcan.data").joinpath("statute.json").read_text("utf-8")
    assert gen.render(source) == bundled


def test_every_statute_paragraph_is_verbatim_in_the_codification(shared_reference: Path) -> None:
    source = " ".join(
        (shared_reference / "phapdien-tiep-can-thong-tin.md").read_text(encoding="utf-8").split()
    )
    data = json.loads(resources.files("tiepcan.data").joinpath("statute.json").read_text("utf-8"))
    for number, inst in data["instruments"].items():
        if number == "01/2026/QH16":  # not in the codification: checked below
            continue
        for art in inst["articles"].values():
            for *_, text in art["paragraphs"]:
                assert text in source, text[:80]


def test_every_paragraph_of_law_01_2026_is_verbatim_in_its_copy(
    repo_root: Path, shared_reference: Path
) -> None:
    """Law 01/2026/QH16: each bundled paragraph is in the repository's copy of its text, and
    that copy is the full-text section of the reference (the secondary copy it names)."""
    copy = (repo_root / "tools" / "sources" / "law-01-2026-qh16.txt").read_text(encoding="utf-8")
    body = copy.split("\n---\n", 1)[1]
    reference = (shared_reference / "law-01-2026-qh16.md").read_text(encoding="utf-8")
    assert " ".join(body.split()) in " ".join(reference.split())
    flat = " ".join(body.split())
    data = json.loads(resources.files("tiepcan.data").joinpath("statute.json").read_text("utf-8"))
    articles = data["instruments"]["01/2026/QH16"]["articles"]
    for art in articles.values():
        for *_, text in art["paragraphs"]:
            assert text in flat, text[:80]
    # the closing formula and the signature are not statute text of art. 31
    assert "Quốc hội nước Cộng hòa" not in json.dumps(articles["31"], ensure_ascii=False)


def test_other_texts_quote_the_references(shared_reference: Path) -> None:
    """Civil Code arts. 147–148, QĐ 188 art. 1, Labour Code quotes, NQ 28 art. 2: verbatim."""
    refs = " ".join(
        (shared_reference / name).read_text(encoding="utf-8")
        for name in ("decree-13-2018-and-fees.md", "calendar-2018-2027.md")
    )
    refs = " ".join(refs.replace("**", "").split())
    checked = [
        civil_code(147, 1),
        civil_code(147, 2),
        civil_code(147, 3),
        civil_code(148, 1),
        civil_code(148, 5),
        Citation(instrument="188/1999/QĐ-TTg", article=1),
        Citation(instrument="10/2012/QH13", article=115, clause=3),
    ]
    for c in checked:
        assert c.text() in refs, c.label
    # the reference quotes art. 112(3) up to "khoản 1"; our text completes it with "Điều này."
    art_112_3 = Citation(instrument="45/2019/QH14", article=112, clause=3).text()
    assert art_112_3.removesuffix(" Điều này.") in refs
    nq = Citation(instrument="28/2026/QH16", article=2).text()
    assert nq.rstrip(".") in refs
    # the Quốc khánh point of the 2019 Code, as the calendar reference quotes it
    assert (
        "ngày 02 tháng 9 dương lịch và 01 ngày liền kề trước hoặc sau"
        in Citation(instrument="45/2019/QH14", article=112, clause=1, point="đ").text()
    )


def test_instrument_registry_is_complete_for_the_regime() -> None:
    assert {"104/2016/QH13", "13/2018/NĐ-CP", "46/2018/TT-BTC", "64/2018/TT-BQP"} <= set(
        INSTRUMENTS
    )
    assert all(re.match(r"^\d+/\d{4}/", number) for number in INSTRUMENTS)
