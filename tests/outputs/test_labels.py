"""The labels export: one JSON document other languages read (issue 8)."""

from __future__ import annotations

import json

from tiepcan.foundation.errors import ERROR_CODES
from tiepcan.outputs.labels import all_citations, labels, public_enums
from tiepcan.rules.refusals import RefusalGround


def test_every_enum_member_has_both_labels() -> None:
    data = labels()
    assert set(data["enums"]) == set(public_enums())
    for name, members in data["enums"].items():
        for value, text in members.items():
            assert text["vi"].strip() and text["en"].strip(), (name, value)


def test_refusal_grounds_carry_the_law_s_letters_and_wording() -> None:
    """Art. 28(1): six grounds a, b, c, d, đ, e; ground e in the law's own words."""
    grounds = labels()["enums"]["RefusalGround"]
    assert list(grounds) == [g.value for g in RefusalGround] == ["a", "b", "c", "d", "dd", "e"]
    assert grounds["e"]["vi"].startswith("Người yêu cầu cung cấp thông tin không thanh toán")


def test_every_citation_comes_with_its_statute_text() -> None:
    data = labels()["citations"]
    assert len(data) == len(all_citations()) > 100
    art_30_4 = data["104/2016/QH13 art. 30(4)"]
    assert art_30_4["label_vi"] == "Điều 30 khoản 4 Luật Tiếp cận thông tin số 104/2016/QH13"
    assert art_30_4["text"].startswith("Đối với thông tin phức tạp")


def test_every_error_code_and_interpretation_is_exported() -> None:
    data = labels()
    assert set(data["errors"]) == set(ERROR_CODES)
    assert "receipt-civil-code" in data["interpretations"]["ati-2016"]
    assert [r["id"] for r in data["regimes"]] == ["ati-2016", "ati-2026"]


def test_the_export_is_plain_json() -> None:
    text = json.dumps(labels(), ensure_ascii=False)
    assert json.loads(text) == labels()
