"""The bundled rate table (tiepcan/data/fees.toml) against the shared reference, and the
JSON Schema of every fee model.

The reference's §2.3 "Complete fee schedule (Phụ lục)" is parsed from its markdown table, so
the data and the reference cannot drift apart silently.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tiepcan.citations import Citation
from tiepcan.fees import (
    ACTUAL_COSTS,
    APPENDIX_RATES,
    AREA_REDUCTION,
    BUDGET_ACCOUNTING,
    COST_COMPUTATION,
    COST_NOTICE,
    FORM_03,
    NO_FEE,
    NO_SENDING_COST_ELECTRONIC_FAX,
    PAID_BEFORE_PROVISION,
    PAYMENT_PER_FORM_03,
    POSTAL_SENDING_COST,
    UNPAID_COSTS_REFUSAL,
    AppendixLine,
    Area,
    FeeItem,
    FeeLine,
    FeeNotice,
    FeeQuote,
    FeeUnit,
    FormatMultiplier,
    PaymentMethod,
    RateTable,
    rate_table,
)

_MATERIALS = re.compile(r"\s*\((đã|không) bao gồm vật tư\)")


def _schedule(reference: Path) -> dict[str, dict[str, object]]:
    """Rows of §2.3 that carry a rate, keyed by STT, with the materials flag inherited."""
    text = (reference / "decree-13-2018-and-fees.md").read_text(encoding="utf-8")
    section = text.split("### 2.3", 1)[1].split("### 2.4", 1)[0]
    rows: dict[str, dict[str, object]] = {}
    groups: dict[str, dict[str, object]] = {}
    for raw in section.splitlines():
        cells = [c.strip() for c in raw.strip().strip("|").split("|")]
        if len(cells) != 5 or not re.fullmatch(r"\d+(\.\d+)?", cells[0]):
            continue
        number, work, unit, rate, _english = cells
        flag = _MATERIALS.search(work)
        entry: dict[str, object] = {
            "work": _MATERIALS.sub("", work),
            "materials": None if flag is None else flag.group(1) == "đã",
        }
        if not rate:
            groups[number] = entry
            continue
        group = groups.get(number.split(".")[0], {})
        if entry["materials"] is None:
            entry["materials"] = group.get("materials")
        entry.update(unit=unit, rate=int(rate.replace(".", "")), group=group.get("work"))
        rows[number] = entry
    return rows


def _note_multipliers(reference: Path) -> dict[str, int]:
    text = (reference / "decree-13-2018-and-fees.md").read_text(encoding="utf-8")
    section = text.split("### 2.3", 1)[1].split("### 2.4", 1)[0]
    return {m[0]: int(m[1]) for m in re.findall(r"khổ (A\d) bằng (\d+) lần", section)}


def test_reference_table_was_parsed(shared_reference):
    rows = _schedule(shared_reference)
    assert sorted(rows) == ["1.1", "1.2", "2.1", "2.2", "2.3", "3", "4", "5.1", "5.2"]


def test_every_rate_matches_the_reference_schedule(shared_reference):
    rows = _schedule(shared_reference)
    table = rate_table()
    assert sorted(line.number for line in table.lines) == sorted(rows)
    for line in table.lines:
        row = rows[line.number]
        assert line.rate == row["rate"], line.number
        assert line.unit.label_vi == row["unit"], line.number
        assert line.materials_included is row["materials"], line.number
        assert line.work_vi == row["work"], line.number
        if line.group != line.number:
            assert line.group_vi == row["group"], line.number


def test_format_multipliers_match_the_note(shared_reference):
    assert _note_multipliers(shared_reference) == {"A3": 2, "A2": 4, "A1": 8, "A0": 16}
    table = rate_table()
    assert {m.paper.value: m.multiplier for m in table.format_multipliers} == (
        _note_multipliers(shared_reference)
    )
    for m in table.format_multipliers:
        assert f"khổ {m.paper.value} bằng {m.multiplier} lần" in m.note_vi


def test_summary_table_rows_f1_to_f9_agree(shared_reference):
    """§0 repeats the rates as rows F1–F9 with the appendix line ('mục 1.1', 'mục 2.3')."""
    text = (shared_reference / "decree-13-2018-and-fees.md").read_text(encoding="utf-8")
    found = {}
    row = re.compile(r"^\| F\d \| [^|]+\| ([\d.]+) \| [^|]+\| [^|]*mục (\d(?:\.\d)?)", re.M)
    for m in row.finditer(text):
        found[m.group(2)] = int(m.group(1).replace(".", ""))
    table = {line.number: line.rate for line in rate_table().lines}
    assert sorted(found) == sorted(table)
    for number, rate in found.items():
        assert table[number] == rate, number


def test_rates_are_dated_from_the_circulars_effective_date():
    """Circular 46 art. 6(1): 'có hiệu lực kể từ ngày 01 tháng 07 năm 2018'."""
    from tiepcan.citations import circular46

    assert "01 tháng 07 năm 2018" in circular46(6, 1).text()
    for line in rate_table().lines:
        assert str(line.in_force_from) == "2018-07-01"
        assert line.regime == "ati-2016"
        assert line.citation == APPENDIX_RATES


def test_item_labels_carry_the_appendix_wording():
    table = rate_table()
    for item in FeeItem:
        line = table.line(item.appendix_line)
        words = line.work_vi if line.group == line.number else line.work_vi.lower()
        assert words.lower() in item.label_vi.lower(), item


def test_every_citation_of_the_module_resolves_to_statute_text():
    cited = [
        NO_FEE, ACTUAL_COSTS, APPENDIX_RATES, AREA_REDUCTION, POSTAL_SENDING_COST,
        NO_SENDING_COST_ELECTRONIC_FAX, COST_NOTICE, UNPAID_COSTS_REFUSAL,
        PAID_BEFORE_PROVISION, FORM_03, COST_COMPUTATION, PAYMENT_PER_FORM_03,
        BUDGET_ACCOUNTING, *(a.citation for a in Area), *(i.citation for i in FeeItem),
    ]  # fmt: skip
    for c in cited:
        assert isinstance(c, Citation)
        assert c.text(), c.label


def test_cited_texts_say_what_the_module_claims():
    assert "không phải trả phí, lệ phí" in NO_FEE.text()
    assert "chi phí thực tế để in, sao, chụp, gửi thông tin" in ACTUAL_COSTS.text()
    assert "phương thức, thời hạn thanh toán" in COST_NOTICE.text()
    assert "trả trước khi cung cấp thông tin" in PAID_BEFORE_PROVISION.text()
    assert "mẫu số 03" in PAYMENT_PER_FORM_03.text()
    assert "Mẫu số 03" in FORM_03.text()
    assert "mục 4900" in BUDGET_ACCOUNTING.text() and "4949" in BUDGET_ACCOUNTING.text()
    assert "không thanh toán" in UNPAID_COSTS_REFUSAL.text()
    assert "Thông tư số 22/2017/TT-BTTTT" in POSTAL_SENDING_COST.text()


def test_unit_labels_are_the_appendix_units():
    assert FeeUnit.PAGE_A4.label_vi == "Trang A4"
    assert FeeUnit.PRINT.label_vi == "Tấm"
    assert FeeUnit.MINUTE_OF_AUDIO.label_vi == "Phút nghe"
    assert FeeUnit.MINUTE_OF_FILM.label_vi == "Phút chiếu"


@pytest.mark.parametrize(
    "model",
    [FeeQuote, FeeLine, FeeNotice, PaymentMethod, AppendixLine, FormatMultiplier, RateTable],
)
def test_every_model_exports_json_schema(model):
    schema = model.json_schema()
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == set(model.model_fields)


def test_schema_enumerates_items_and_areas():
    defs = FeeQuote.json_schema()["$defs"]
    assert defs["FeeItem"]["enum"] == [i.value for i in FeeItem]
    assert defs["Area"]["enum"] == ["ordinary", "difficult", "especially_difficult"]
    assert FeeQuote.json_schema()["properties"]["total"]["minimum"] == 0
