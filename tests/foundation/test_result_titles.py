"""Principle 10 for results: every field of every result has a Vietnamese title and an English
description (tiepcan/data/result_titles.toml), and the JSON Schemas and the labels export carry
them."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from typing import Any

import pytest

from tiepcan.data import data_file
from tiepcan.foundation._schema import TITLES_FILE, field_title, field_titles
from tiepcan.foundation.citations import Citation
from tiepcan.outputs.labels import labels
from tiepcan.outputs.schemas import json_schemas, public_models, result_classes

RESULTS = result_classes()


def _fields(name: str) -> list[str]:
    return [f.name for f in dataclasses.fields(RESULTS[name])]


def test_the_titled_classes_are_every_public_result_and_what_it_holds() -> None:
    public = {n for n, m in public_models().items() if dataclasses.is_dataclass(m)}
    assert public <= set(RESULTS)
    assert set(RESULTS) - public == {"Text"}  # the bilingual text results hold
    assert len(RESULTS) > 40 and sum(len(_fields(n)) for n in RESULTS) > 350


@pytest.mark.parametrize("name", sorted(RESULTS))
def test_every_field_of_a_result_has_a_title_and_a_description(name: str) -> None:
    for field in _fields(name):
        found = field_title(name, field)
        assert found is not None, f"{TITLES_FILE}: no entry for {name}.{field}"
        title, description = found
        assert title.strip() == title and description.strip() == description, (name, field)


def test_no_entry_of_the_data_file_is_stale() -> None:
    """An entry no field uses is a defect: a field was renamed or removed, or the entry is
    shadowed by every class's own entry, or a class entry repeats the general one."""
    general, by_class = field_titles()
    used: set[str] = set()
    for cls, table in by_class.items():
        assert cls in RESULTS, f"[classes.{cls}]: no such result"
        for field, pair in table.items():
            assert field in _fields(cls), f"[classes.{cls}] {field}: no such field"
            assert general.get(field) != pair, f"[classes.{cls}] {field} repeats [fields]"
    for name in RESULTS:
        used.update(f for f in _fields(name) if f not in by_class.get(name, {}))
    assert set(general) <= used, f"[fields] unused: {sorted(set(general) - used)}"


def test_the_data_file_has_only_its_two_tables_of_pairs() -> None:
    data = tomllib.loads(data_file(TITLES_FILE))
    assert set(data) == {"fields", "classes"}
    tables = [data["fields"], *data["classes"].values()]
    for table in tables:
        for value in table.values():
            assert isinstance(value, list) and len(value) == 2, value


# -- the languages --------------------------------------------------------------------------

#: letters only Vietnamese writes (đ, and the vowels with a diacritic)
VIETNAMESE = re.compile(
    r"[đĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I
)
ENGLISH_WORDS = re.compile(
    r"\b(the|of|a|an|to|in|by|for|when|what|which|whether|how|where|why|true|each|its|is|"
    r"under|per|from|with|and|or|not|whose|at|be|on|as|it|days?|requests?|answers?|cases|number|id|name|date|first|last|stable)\b",
    re.I,
)


def _all_pairs() -> Iterator[tuple[str, str, str, str]]:
    for name in RESULTS:
        for field in _fields(name):
            found = field_title(name, field)
            assert found is not None
            yield name, field, *found


def test_titles_are_vietnamese() -> None:
    for name, field, title, _ in _all_pairs():
        assert title and VIETNAMESE.search(title), (name, field, title)


def test_descriptions_are_english() -> None:
    for name, field, title, description in _all_pairs():
        assert description != title, (name, field)
        assert description[0].isupper() and not description.endswith("."), (name, field)
        assert ENGLISH_WORDS.search(description), (name, field, description)
        # Vietnamese appears only as a quoted term or a name (đồng, Sổ theo dõi …), not as text
        letters = [c for c in description if c.isalpha()]
        foreign = sum(1 for c in letters if not c.isascii())
        assert foreign <= len(letters) // 8, (name, field, description)


# -- the law's own terms --------------------------------------------------------------------

#: (class, field, the unit of law whose words the title uses, the words)
LAW_TERMS = [
    # art. 29(2), 30(4), 31(2): "… trong thời hạn cung cấp thông tin"
    ("Deadline", "due", "104/2016/QH13 art. 29(2)", "thời hạn cung cấp thông tin"),
    # art. 30(4): "thông báo bằng văn bản về thời hạn giải quyết yêu cầu cung cấp thông tin"
    ("Deadline", "notice_due", "104/2016/QH13 art. 30(4)", "thời hạn giải quyết yêu cầu"),
    # art. 27: "thông báo về thời hạn, địa điểm, hình thức cung cấp thông tin; chi phí thực tế
    # để in, sao, chụp, gửi thông tin … và phương thức, thời hạn thanh toán" (form 03)
    ("ReceiptForm", "provision_form", "104/2016/QH13 art. 27", "hình thức cung cấp thông tin"),
    ("FeeNotice", "provision_place", "104/2016/QH13 art. 27", "địa điểm"),
    ("FeeNotice", "payment_deadline", "104/2016/QH13 art. 27", "thời hạn thanh toán"),
    (
        "ResolutionForm",
        "costs",
        "104/2016/QH13 art. 27",
        "chi phí thực tế để in, sao, chụp, gửi thông tin",
    ),
    # art. 12(2): "phải trả chi phí thực tế để in, sao, chụp, gửi thông tin"
    ("FeeQuote", "total", "104/2016/QH13 art. 12(2)", "chi phí thực tế để in, sao, chụp, gửi"),
    # Circular 46 art. 3(1.2): "Chi phí gửi thông tin yêu cầu cung cấp"
    ("FeeQuote", "postage", "46/2018/TT-BTC art. 3(1.2)", "chi phí gửi thông tin"),
    # Circular 46 art. 4(1)(a): the "Phương thức thanh toán" entry of form 03 and its two names
    ("FeeNotice", "payment_method", "46/2018/TT-BTC art. 4(1)(a)", "phương thức thanh toán"),
    ("PaymentMethod", "revenue_agency", "46/2018/TT-BTC art. 4(1)(a)", "tên cơ quan quản lý thu"),
    (
        "PaymentMethod",
        "treasury",
        "46/2018/TT-BTC art. 4(1)(a)",
        "tên cơ quan kho bạc nhà nước tiếp nhận khoản thu ngân sách",
    ),
    # art. 28(1), (2): the grounds, and "thông báo bằng văn bản và nêu rõ lý do" (form 05)
    ("RefusalNotice", "grounds", "104/2016/QH13 art. 28(1)", "từ chối"),
    ("RefusalForm", "notice", "13/2018/NĐ-CP art. 5(1)(đ)", "thông báo từ chối yêu cầu"),
    # art. 26(1): "vào Sổ theo dõi cung cấp thông tin theo yêu cầu" (form 02's number)
    ("ReceiptForm", "number", "104/2016/QH13 art. 26(1)", "sổ theo dõi"),
    # art. 26(3): "hướng dẫn người yêu cầu đến cơ quan có trách nhiệm cung cấp thông tin"
    ("Decision", "redirect_to", "104/2016/QH13 art. 26(3)", "cơ quan có trách nhiệm cung cấp"),
    # Decree 13 art. 12(4)(b): what the report counts
    (
        "Statistics",
        "received",
        "13/2018/NĐ-CP art. 12(4)(b)",
        "yêu cầu cung cấp thông tin đã tiếp nhận",
    ),
    (
        "Statistics",
        "refused",
        "13/2018/NĐ-CP art. 12(4)(b)",
        "yêu cầu cung cấp thông tin bị từ chối",
    ),
    ("Statistics", "complaints_resolved", "13/2018/NĐ-CP art. 12(4)(b)", "đã được giải quyết"),
    # art. 30(2): "Việc cung cấp thông tin qua mạng điện tử được thực hiện bằng các cách thức"
    (
        "ProvisionPlan",
        "electronic_methods",
        "104/2016/QH13 art. 30(2)",
        "cung cấp thông tin qua mạng điện tử",
    ),
]


@pytest.mark.parametrize(("cls", "field", "ref", "words"), LAW_TERMS)
def test_titles_use_the_law_s_words(cls: str, field: str, ref: str, words: str) -> None:
    found = field_title(cls, field)
    assert found is not None
    assert words in found[0].lower(), (cls, field, found[0])
    assert words in Citation.parse(ref).text().lower(), ref


def test_the_grounds_are_counted_under_the_law_s_letters() -> None:
    """Art. 28(1) points a, b, c, d, đ, e: GroundCounts' fields are titled by the letter."""
    titles = [field_title("GroundCounts", f) for f in _fields("GroundCounts")]
    assert [t[0] for t in titles if t] == [f"Điểm {p}" for p in ("a", "b", "c", "d", "đ", "e")]


# -- the schemas and the labels export carry them -------------------------------------------


def _objects(node: object) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") == "object" and "properties" in node:
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def test_every_result_property_in_every_schema_carries_its_title() -> None:
    seen: set[str] = set()
    for schema in json_schemas().values():
        for obj in _objects(schema):
            name = obj.get("title")
            if name not in RESULTS:
                continue  # an input model: its fields carry their own titles
            seen.add(name)
            assert list(obj["properties"]) == _fields(name), name
            for field, prop in obj["properties"].items():
                assert (prop["title"], prop["description"]) == field_title(name, field)
    assert seen == set(RESULTS)


def test_the_schemas_read_as_the_law_does_by_hand() -> None:
    """A few properties, as an auditor reads them in the published schemas."""
    schemas = json_schemas()
    deadline = schemas["Deadline"]["properties"]
    assert deadline["due"]["title"] == "Thời hạn cung cấp thông tin"  # art. 29(2)
    assert deadline["received"]["title"] == "Ngày nhận yêu cầu"
    assert deadline["received_via"]["title"] == "Hình thức yêu cầu"  # art. 24(1)
    assert "$ref" in deadline["received_via"]  # the enum's own labels stay on its definition
    notice = schemas["RefusalNotice"]["properties"]
    assert notice["grounds"]["title"] == "Căn cứ từ chối"  # art. 28(1)
    stated = schemas["RefusalNotice"]["$defs"]["StatedGround"]["properties"]
    assert stated["reason"]["title"] == "Lý do từ chối"  # art. 28(2): "nêu rõ lý do"
    resolution = schemas["ResolutionForm"]["properties"]
    assert resolution["costs"]["title"] == "Chi phí thực tế để in, sao, chụp, gửi thông tin"
    assert schemas["Citation"]["properties"]["point"]["title"] == "Điểm"
    # input models keep their own titles and get no description from the data file
    received_on = schemas["InformationRequest"]["properties"]["received_on"]
    assert received_on["title"] == "Ngày nhận yêu cầu" and "description" not in received_on


def test_the_labels_export_carries_the_titles() -> None:
    fields = labels()["fields"]
    assert set(fields) == set(RESULTS)
    for name, table in fields.items():
        assert list(table) == _fields(name)
        for field, text in table.items():
            assert (text["vi"], text["en"]) == field_title(name, field)
    assert fields["FeeNotice"]["payment_method"]["vi"] == "Phương thức thanh toán"


def test_computing_and_serialising_a_result_read_no_titles() -> None:
    """The titles are read when a schema or the labels export is made, never before."""
    code = (
        "import sys; from datetime import date; from tiepcan.deadlines import response_deadline; "
        "d = response_deadline(date(2024, 2, 7), 'electronic', 'complex'); "
        "print('tiepcan.foundation._schema' in sys.modules); d.to_json(); "
        "from tiepcan.foundation._schema import field_titles; print(field_titles.cache_info().currsize); "
        "d.json_schema(); print(field_titles.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "0", "1"]
