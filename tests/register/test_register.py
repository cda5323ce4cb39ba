"""The register (Sổ theo dõi cung cấp thông tin theo yêu cầu, Law 104/2016 art. 26(1);
Decree 13/2018 art. 10(1)): rows from events, the batch fold, JSON / CSV / Excel."""

from __future__ import annotations

import builtins
import dataclasses
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan.foundation.errors import TiepCanError
from tiepcan.register.book import (
    ExcelNotAvailableError,
    Register,
    RegisterEntry,
    RegisterOutcome,
    entry_json_schema,
)
from tiepcan.register.lifecycle import fold

from strategies_register import register_entries, registers

ENTRY = RegisterEntry.from_events(
    "15/2025",
    "Lê Văn C",
    "Hồ sơ cấp phép xây dựng",
    [
        {"kind": "received", "on": "2025-04-16", "received_via": "postal", "complexity": "complex"},
        {
            "kind": "costs_notified",
            "on": "2025-04-18",
            "amount": 20000,
            "payment_due": "2025-04-25",
        },
        {"kind": "refused", "on": "2025-05-05", "grounds": ["e"]},
    ],
    handler="Phạm D",
)


def test_entry_holds_the_columns_of_the_law() -> None:
    """Art. 28(1)(e) refusal after unpaid costs (art. 27): the row keeps grounds and costs."""
    assert ENTRY.outcome is RegisterOutcome.REFUSED and ENTRY.outcome_on == date(2025, 5, 5)
    assert ENTRY.costs_notified == 20000 and ENTRY.costs_paid is None
    titles = {k: v["title"] for k, v in entry_json_schema()["properties"].items()}
    assert titles["number"] == "Số thứ tự"
    assert titles["provision_form"] == "Hình thức cung cấp thông tin"


def test_register_fold_uses_the_official_calendar() -> None:
    """Post, complex, 16/4/2025: day 15 is Fri 9/5/2025 (Sat 26/4 worked, Fri 2/5 off,
    8726/VPCP-KGVX). Received Wed 2/9/2026 (a day off, 9441/TB-BNV): Law 01/2026/QH16,
    12 days (art. 26(3)) end on Mon 14/9/2026; no notice of the time limit in that law;
    open on 30/9/2026 it is overdue by 15–18, 21–25, 28–30/9 = 12 working days."""
    later = RegisterEntry.from_events(
        "16/2026",
        "Võ E",
        "Quy hoạch",
        [
            {
                "kind": "received",
                "on": "2026-09-02",
                "received_via": "electronic",
                "complexity": "simple",
            }
        ],
    )
    f = Register((ENTRY, later)).fold(date(2026, 9, 30))
    assert f.response_due == [date(2025, 5, 9), date(2026, 9, 14)]
    assert f.notice_due == [date(2025, 4, 21), None]
    assert f.status == ["refused", "in_progress"]
    assert f.timeliness == ["on_time", "overdue"]
    assert f.days_late == [None, 12]
    assert f.encoded == [True, True]
    assert f.counts()["not_encoded"] == 0


def test_bad_rows_are_reported_together_by_row_and_column() -> None:
    text = Register((ENTRY, ENTRY)).to_csv()
    lines = text.splitlines()
    # 16/04/2025 is read (Excel in Vietnam saves dates so); 31/04/2025 is no day
    lines[1] = lines[1].replace("2025-04-16", "31/04/2025")
    lines[2] = lines[2].replace("Qua dịch vụ bưu chính", "pigeon").replace("20000", "-5")
    with pytest.raises(Exception) as err:
        Register.from_csv("\n".join(lines) + "\n")
    detail = str(err.value)
    assert "row 2, column 'Ngày nhận yêu cầu'" in detail
    assert "row 3, column 'Hình thức yêu cầu'" in detail
    assert "row 3, column 'Chi phí đã thông báo (đồng)'" in detail
    assert getattr(err.value, "code", None) == "invalid-register-rows"


def test_text_that_looks_like_a_formula_stays_text_in_excel() -> None:
    """A requester named "=0" (or "+1", "@x") is text in the workbook, never a formula: a
    register sent to another agency must not run anything when opened."""
    pytest.importorskip("openpyxl")
    odd = dataclasses.replace(ENTRY, requester_name="=0", information_requested="+SUM(A1:A2)")
    back = Register.from_excel(Register((odd,)).to_excel())
    assert back.entries[0].requester_name == "=0"
    assert back.entries[0].information_requested == "+SUM(A1:A2)"


def test_excel_without_openpyxl_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    real = builtins.__import__

    def no_openpyxl(name: str, *args: Any, **kw: Any) -> Any:
        if name == "openpyxl":
            raise ImportError(name)
        return real(name, *args, **kw)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    with pytest.raises(ExcelNotAvailableError, match="excel-not-available"):
        Register((ENTRY,)).to_excel()


@given(registers)
def test_json_round_trip_is_the_identity(entries: list[RegisterEntry]) -> None:
    r = Register(tuple(entries))
    assert Register.from_json(r.to_json()) == r


@given(registers)
def test_csv_round_trip_is_the_identity(entries: list[RegisterEntry]) -> None:
    r = Register(tuple(entries))
    assert Register.from_csv(r.to_csv()) == r


@given(st.lists(register_entries(), max_size=3))
def test_excel_round_trip_is_the_identity(entries: list[RegisterEntry]) -> None:
    r = Register(tuple(entries))
    assert Register.from_excel(r.to_excel()) == r


@given(register_entries())
def test_entry_events_round_trip(entry: RegisterEntry) -> None:
    again = RegisterEntry.from_events(
        entry.number,
        entry.requester_name,
        entry.information_requested,
        entry.events(),
        requester_id=entry.requester_id,
        handler=entry.handler,
        requester_address=entry.requester_address,
        requester_contact=entry.requester_contact,
        information_kind=entry.information_kind,
    )
    assert again == entry


@pytest.mark.parametrize("use_numpy", [True, False])
@given(entries=registers, as_of=st.dates(date(2018, 7, 1), date(2026, 12, 31)))
def test_register_fold_columns_agree_with_the_single_fold(
    entries: list[RegisterEntry], as_of: date, use_numpy: bool
) -> None:
    f = Register(tuple(entries)).fold(as_of, use_numpy=use_numpy)
    for i, e in enumerate(entries):
        s = fold(e.events(), as_of=as_of)
        assert f.state(i) == s
        assert (f.status[i], f.timeliness[i], f.days_late[i]) == (
            s.status.value,
            s.timeliness.value,
            s.days_late,
        )
        assert f.response_due[i] == s.response_due


@pytest.mark.parametrize("name", ["", "   ", "A\x00B", "\ufffe", "Lê\x0bVăn"])
def test_a_cell_a_spreadsheet_cannot_hold_is_refused(name: str) -> None:
    """The register is kept and sent in Excel: a blank name, or one with a character a
    workbook cannot store, is refused at entry rather than lost on export."""
    rows = json.loads(Register((ENTRY,)).to_json())
    rows[0]["requester_name"] = name
    with pytest.raises(TiepCanError):
        Register.from_json(json.dumps(rows))
