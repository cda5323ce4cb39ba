"""The bundled rate table (tiepcan/data/ati-2016/fees.toml) against the shared reference, and the
JSON Schema of every fee model.

The reference's §2.3 "Complete fee schedule (Phụ lục)" is parsed from its markdown table, so
the data and the reference cannot drift apart silently.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from tiepcan.fees import (
    PROVISIONS,
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
from tiepcan.foundation.citations import Citation, circular46, decree13, law
from tiepcan.foundation.regimes import ATI_2016_RULES

#: the 2016 regime's rate table, each line at its latest record (no date needed to read data)
TABLE = rate_table(regime="ati-2016")
#: the provisions the 2016 ruleset cites for the fee engine, by role
P = dict(TABLE.provisions)

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
    table = TABLE
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
    table = TABLE
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
    table = {line.number: line.rate for line in TABLE.lines}
    assert sorted(found) == sorted(table)
    for number, rate in found.items():
        assert table[number] == rate, number


def test_rates_are_dated_from_the_circulars_effective_date():
    """Circular 46 art. 6(1): 'có hiệu lực kể từ ngày 01 tháng 07 năm 2018'."""
    from tiepcan.foundation.citations import circular46

    assert "01 tháng 07 năm 2018" in circular46(6, 1).text()
    assert TABLE.regime == "ati-2016" and not TABLE.user_supplied
    for line in TABLE.lines:
        assert str(line.in_force_from) == "2018-07-01"
        assert line.in_force_until is None
        assert line.citation == P["appendix_rates"] == circular46(3, 1, "a", subclause=1)


def test_item_labels_carry_the_appendix_wording():
    table = TABLE
    for item in FeeItem:
        line = table.line(item.appendix_line)
        words = line.work_vi if line.group == line.number else line.work_vi.lower()
        assert words.lower() in item.label_vi.lower(), item


def test_every_citation_of_the_module_resolves_to_statute_text():
    assert tuple(P) == PROVISIONS
    cited = [
        *P.values(),
        *(ATI_2016_RULES.citation(f"area.{a.value}") for a in Area),
        *(ATI_2016_RULES.citation(f"fee_item.{i.value}") for i in FeeItem),
    ]
    for c in cited:
        assert isinstance(c, Citation)
        assert c.text(), c.label


def test_each_provision_is_the_unit_of_law_its_role_names():
    """Checked by hand against the codification (đề mục 32.2)."""
    expected = {
        "no_fee": law(12, 1),
        "actual_costs": law(12, 2),
        "appendix_rates": circular46(3, 1, "a", subclause=1),
        "area_reduction": circular46(3, 1, "b", subclause=1),
        "postal_sending_cost": circular46(3, 1, subclause=2),
        "no_sending_cost_electronic_fax": circular46(3, 2),
        "cost_notice": law(27),
        "unpaid_costs_refusal": law(28, 1, "e"),
        "paid_before_provision": decree13(13, 2),
        "form_03": decree13(5, 1, "c"),
        "cost_computation": circular46(4, 1, "a"),
        "payment_per_form_03": circular46(4, 1, "b"),
        "budget_accounting": circular46(4, 2),
    }
    assert expected == P
    assert ATI_2016_RULES.citation("area.difficult") == P["area_reduction"]
    assert ATI_2016_RULES.citation("area.ordinary") == P["appendix_rates"]


def test_cited_texts_say_what_the_module_claims():
    assert "không phải trả phí, lệ phí" in P["no_fee"].text()
    assert "chi phí thực tế để in, sao, chụp, gửi thông tin" in P["actual_costs"].text()
    assert "phương thức, thời hạn thanh toán" in P["cost_notice"].text()
    assert "trả trước khi cung cấp thông tin" in P["paid_before_provision"].text()
    assert "mẫu số 03" in P["payment_per_form_03"].text()
    assert "Mẫu số 03" in P["form_03"].text()
    budget = P["budget_accounting"].text()
    assert "mục 4900" in budget and "4949" in budget
    assert "không thanh toán" in P["unpaid_costs_refusal"].text()
    assert "Thông tư số 22/2017/TT-BTTTT" in P["postal_sending_cost"].text()
    assert "khó khăn, mức thu bằng 70%" in P["area_reduction"].text()


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
    assert set(schema["properties"]) == {f.name for f in dataclasses.fields(model)}


def test_schema_enumerates_items_and_areas():
    defs = FeeQuote.json_schema()["$defs"]
    assert defs["FeeItem"]["enum"] == [i.value for i in FeeItem]
    assert defs["Area"]["enum"] == ["ordinary", "difficult", "especially_difficult"]
    assert FeeQuote.json_schema()["properties"]["total"]["minimum"] == 0
