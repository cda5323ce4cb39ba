"""``read(write(r)) == r`` for every register the writers produce, whatever its text
(issue 17, "What it must show"; docs/security.md): CSV (two delimiters), JSON and Excel.

The text is drawn to be hostile to each format: formula starts (= + - @, tab, CR and their
full-width forms), apostrophes, quotes and delimiters, CR, LF and CRLF, NBSP, Excel's own
``_xHHHH_`` escapes, Vietnamese in NFC and in NFD, and cells up to Excel's 32,767-character
limit. NUL and the other control characters XML 1.0 forbids cannot be in a register row (the
entry refuses them, so no writer ever sees them); the Excel writer refuses them too, with a
coded error, for a row built around the validation (tests/test_hostile_files.py).
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiepcan.foundation._sheets import csv_line, is_live
from tiepcan.foundation.errors import TiepCanError
from tiepcan.register.book import Register, RegisterEntry

from strategies_register import request_events

#: pieces that each format treats specially
PIECES = st.sampled_from(
    [
        "=", "+", "-", "@", "'", "''", "\t", "\r", "\n", "\r\n", "\u00a0", " ", '"', ";", ",",
        "|", "\uff1d", "\uff0b", "\uff0d", "\uff20", "_x000D_", "_x005F_", "_x0041_",
        "Nguyễn Văn Ệ", "e\u0301", "\u00e9", "1", "0012", "có", "-5", "٣", "１２", "²", "😀",
    ]
)  # fmt: skip
#: any other character a register cell may hold (not C0 controls but tab, CR, LF; no U+FFFE,
#: U+FFFF; no lone surrogate)
CHARS = st.characters(
    codec="utf-8",
    exclude_categories=("Cs",),
    exclude_characters="".join(chr(c) for c in range(32) if chr(c) not in "\t\r\n")
    + "\ufffe\uffff",
)


def _forms(text: str) -> st.SearchStrategy[str]:
    return st.sampled_from(
        [text, unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)]
    )


short_text = (
    st.lists(PIECES | st.text(CHARS, min_size=1, max_size=6), min_size=1, max_size=8)
    .map("".join)
    .flatmap(_forms)
    .filter(str.strip)
)
long_text = st.builds(
    # at most 32,767 as Excel stores it: a CR is stored as "_x000D_", six characters more
    lambda n, start, fill: (start + fill * n)[:32_761],
    st.integers(10_000, 32_767),
    st.sampled_from(["=", "'", "x", "\r\n"]),
    st.sampled_from(["ệ", "a", "e\u0301"]),
)
cell_text = short_text | long_text


@st.composite
def hostile_entries(draw: st.DrawFn, text: st.SearchStrategy[str] = short_text) -> RegisterEntry:
    return RegisterEntry.from_events(
        draw(text),
        draw(text),
        draw(text),
        draw(request_events()),
        requester_id=draw(st.none() | text),
        handler=draw(st.none() | text),
    )


registers = st.lists(hostile_entries(), max_size=4).map(tuple).map(Register)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(registers)
def test_json_round_trip(register: Register) -> None:
    assert Register.from_json(register.to_json()) == register


#: the day the computed columns are as of (None: none written); they are ignored on reading
AS_OF = st.none() | st.dates(date(2019, 1, 1), date(2027, 12, 31))


@SETTINGS
@given(registers, st.sampled_from([";", ",", "\t"]), AS_OF)
def test_csv_round_trip_and_no_live_cell(
    register: Register, delimiter: str, as_of: date | None
) -> None:
    written = register.to_csv(delimiter, as_of=as_of)
    for row in csv.reader(io.StringIO(written, newline=""), delimiter=delimiter):
        assert not any(is_live(cell) for cell in row)
    assert Register.from_csv(written, delimiter) == register


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(hostile_entries(), min_size=1, max_size=3).map(tuple).map(Register), AS_OF)
def test_excel_round_trip_and_no_formula(register: Register, as_of: date | None) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    data = register.to_excel(as_of=as_of)
    for row in openpyxl.load_workbook(io.BytesIO(data), read_only=True).active.iter_rows():
        assert all(cell.data_type != "f" for cell in row)
    assert Register.from_excel(data) == register


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(hostile_entries(cell_text))
def test_long_cells_round_trip_in_every_format(entry: RegisterEntry) -> None:
    """Cells up to 32,767 characters: Excel's limit, which the CSV writer holds too."""
    openpyxl = pytest.importorskip("openpyxl")
    del openpyxl
    register = Register((entry,))
    assert Register.from_json(register.to_json()) == register
    assert Register.from_csv(register.to_csv()) == register
    assert Register.from_excel(register.to_excel()) == register


@pytest.mark.parametrize("bad", ["\x00", "a\x00b", "\x1b[31m", "\ufffe"])
def test_a_row_with_nul_or_another_control_character_is_refused(bad: str) -> None:
    """JSON can carry NUL, but a register row cannot hold it (a workbook could not store it):
    refused with a coded error naming the row and column."""
    row: dict[str, Any] = json.loads(Register((_plain(),)).to_json())[0]
    row["requester_name"] = bad
    with pytest.raises(TiepCanError) as err:
        Register.from_json(json.dumps([row]))
    assert "row 0, column 'Họ và tên người yêu cầu'" in str(err.value)


def _plain() -> RegisterEntry:
    return RegisterEntry.from_events(
        "1/2025",
        "Lê Văn C",
        "Hồ sơ",
        [
            {
                "kind": "received",
                "on": "2025-04-16",
                "received_via": "postal",
                "complexity": "simple",
            }
        ],
    )


#: the ways a clerk's file may spell a member of an enumeration: each reads as the member
SPELLINGS = st.sampled_from(
    [
        lambda m: m.value,
        lambda m: m.label_vi,
        lambda m: m.label_vi.upper(),
        lambda m: m.label_vi.lower(),
        lambda m: unicodedata.normalize("NFD", m.label_vi),
        lambda m: " " + m.label_vi.replace(" ", "  ") + " ",
        lambda m: m.label_en,
    ]
)


@SETTINGS
@given(st.lists(hostile_entries(), max_size=4).map(tuple).map(Register), st.data())
def test_any_spelling_of_a_label_or_code_reads_back_the_same_register(
    register: Register, data: st.DataObject
) -> None:
    """The CSV writer puts the Vietnamese label in each enumeration's cell; a file with the
    code, the English label, or the label in another case, spacing or Unicode form reads
    back the same register."""
    from tiepcan.register.book import _ENUM_COLUMNS, _columns

    rows = list(csv.reader(io.StringIO(register.to_csv(), newline=""), delimiter=";"))
    for j, (name, _, _) in enumerate(_columns()):
        if name not in _ENUM_COLUMNS:
            continue
        members = {m.label_vi: m for m in _ENUM_COLUMNS[name]}
        for row in rows[1:]:
            if row[j]:
                row[j] = data.draw(SPELLINGS)(members[row[j]])
    assert Register.from_csv("".join(csv_line(row, ";") for row in rows)) == register
