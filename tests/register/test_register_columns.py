"""The register held as columns (issue 19, "Scale on real text").

A register is kept as one column per field (tiepcan/register/_columns.py), not as a million row
objects; these properties hold it to the register of rows it replaces: the rows that go in
come out, whichever way the register is built (from rows, from columns, from a file read a
block at a time), and the fold and the statistics are the same on every path. The expected
values here are the rows themselves, each a row the law allows (built from a request's
events, tests/strategies_register.py): nothing is taken from the code under test.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import fields, replace
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

import tiepcan.register._csv_text as csv_text_module
import tiepcan.register.book as register_module
from tiepcan.foundation.errors import TiepCanError
from tiepcan.register._columns import Coded, Days, Objects, Same, Texts, column_of
from tiepcan.register.book import Register, RegisterEntry
from tiepcan.register.statistics import ReportingPeriod, compute_statistics

from strategies_register import postal_request, register_entries

NAMES = [f.name for f in fields(RegisterEntry)]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
rows = st.lists(register_entries(), max_size=8)
as_of_days = st.dates(date(2018, 7, 1), date(2026, 12, 31))
periods = st.sampled_from(
    [
        ReportingPeriod.half_year(2024, 1),
        ReportingPeriod.year(2025),
        ReportingPeriod.years(2019, 3),
        ReportingPeriod.between(date(2026, 3, 15), date(2026, 11, 30)),
    ]
)


def _columns_of(entries: list[RegisterEntry]) -> dict[str, list[Any]]:
    return {name: [getattr(e, name) for e in entries] for name in NAMES}


@SETTINGS
@given(rows)
def test_the_rows_that_go_in_come_out(entries: list[RegisterEntry]) -> None:
    r = Register(entries)
    assert len(r) == len(entries)
    assert r.entries == tuple(entries)
    assert list(r) == entries
    for i, e in enumerate(entries):
        assert r[i] == e and r[i - len(entries)] == e
    for name in NAMES:
        assert list(r.column(name)) == [getattr(e, name) for e in entries]
    assert Register.from_columns(_columns_of(entries)) == r


@SETTINGS
@given(rows, as_of_days)
def test_the_fold_is_the_same_on_numpy_columns_and_row_by_row(
    entries: list[RegisterEntry], as_of: date
) -> None:
    pytest.importorskip("numpy")
    r = Register(entries)
    on_columns, by_rows = r.fold(as_of, use_numpy=True), r.fold(as_of, use_numpy=False)
    for name in ("response_due", "original_due", "notice_due", "status", "timeliness"):
        assert getattr(on_columns, name) == getattr(by_rows, name), name
    assert on_columns.days_late == by_rows.days_late
    assert on_columns.encoded == by_rows.encoded
    assert on_columns.counts() == by_rows.counts()
    assert on_columns == by_rows


@SETTINGS
@given(rows, periods)
def test_statistics_of_a_register_of_rows_and_of_columns_agree(
    entries: list[RegisterEntry], period: ReportingPeriod
) -> None:
    of_rows = compute_statistics(Register(entries), period, agency="A", use_numpy=False)
    of_columns = Register.from_columns(_columns_of(entries))
    assert compute_statistics(of_columns, period, agency="A") == of_rows
    read = Register.from_csv(Register(entries).to_csv())
    assert compute_statistics(read, period, agency="A") == of_rows


@SETTINGS
@given(rows, st.sampled_from([";", ",", "\t"]), st.sampled_from(["\n", "\r\n"]), st.data())
def test_a_file_read_a_block_at_a_time_reads_as_a_whole(
    entries: list[RegisterEntry], delimiter: str, newline: str, data: st.DataObject
) -> None:
    """Small blocks (so that rows fall on both sides of a cut, and a quoted cell switches
    the rest of the file to the csv module), a stream or the text, CRLF or LF: one register."""
    r = Register(entries)
    text = r.to_csv(delimiter).replace("\n", newline)
    if newline == "\r\n":  # a CR inside a cell is quoted, and stays as written
        text = "".join(csv_lines(r, delimiter, newline))
    whole = Register.from_csv(text, delimiter)
    assert whole == r
    piece = data.draw(st.sampled_from([1, 7, 64, 300]))
    saved = csv_text_module._PIECE
    try:
        csv_text_module._PIECE = piece
        assert Register.from_csv(text, delimiter) == r
        assert Register.from_csv(io.StringIO(text, newline=""), delimiter) == r
        trickle = _Trickle(text, data.draw(st.integers(1, 50)))
        assert Register.from_csv(trickle, delimiter) == r
    finally:
        csv_text_module._PIECE = saved


def _read(text: str, delimiter: str, workers: int) -> tuple[Any, ...]:
    """What reading gives: the register, or the error's code and detail."""
    try:
        return ("read", Register.from_csv(text, delimiter, workers=workers))
    except TiepCanError as exc:
        return ("refused", exc.code, exc.detail)


def _spoiled(text: str, delimiter: str, data: st.DataObject) -> str:
    """The file with some of its lines spoiled as a clerk's file may be: a day that does
    not exist, a value beyond the last heading, a line emptied, a label no field has."""
    lines = text.split("\n")
    for k in data.draw(st.lists(st.integers(1, len(lines) - 2), min_size=1, max_size=3)):
        cells = lines[k].split(delimiter)
        how = data.draw(st.sampled_from(["day", "beyond", "empty", "label"]))
        if how == "day" and len(cells) > 1:
            cells[1] = "2024-02-30"
        elif how == "beyond":
            cells.append("x")
        elif how == "empty":
            cells = [""]
        elif len(cells) > 4:
            cells[4] = "Bồ câu đưa thư"
        lines[k] = delimiter.join(cells)
    return "\n".join(lines)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(register_entries(), min_size=3, max_size=8), st.sampled_from([";", ","]), st.data())
def test_a_file_read_in_processes_reads_as_in_one(
    entries: list[RegisterEntry], delimiter: str, data: st.DataObject
) -> None:
    """``workers=2``: the blocks after the first read in two other processes and kept in file
    order. The same register, or the same refusal naming the same rows (problems found in a
    process carry the file's row numbers), and the csv module's size limit still holds."""
    # quotes taken out: a quoted cell sends the rest of a file to the csv module, in this
    # process; without them every block after the first is read in the others (a cell that
    # held the delimiter or a line break now spills over: more problems to name alike)
    text = _spoiled(Register(entries).to_csv(delimiter).replace('"', ""), delimiter, data)
    piece = data.draw(st.sampled_from([7, 64, 300]))
    limit = data.draw(st.sampled_from([csv.field_size_limit(), 40]))
    saved, saved_limit = csv_text_module._PIECE, csv.field_size_limit(limit)
    try:
        csv_text_module._PIECE = piece
        assert _read(text, delimiter, 2) == _read(text, delimiter, 1)
    finally:
        csv_text_module._PIECE = saved
        csv.field_size_limit(saved_limit)


def test_a_large_file_read_in_processes_is_the_same_register() -> None:
    """A file of 3,000 rows in blocks of 4,096 characters (about 60 blocks, so both
    processes read many): the rows, each in its column's form, as read in one process."""
    e = RegisterEntry.from_events(
        "01/2025",
        "Nguyễn Văn A",
        "Quyết định giao đất",
        [{"kind": "received", "on": "2025-01-22", "received_via": "fax", "complexity": "complex"}],
    )
    entries = [
        replace(e, number=f"{i:04d}/2025", requester_name=f"Người {i}") if i % 3 else e
        for i in range(3000)
    ]
    text = Register(entries).to_csv()
    saved = csv_text_module._PIECE
    try:
        csv_text_module._PIECE = 4096
        read = Register.from_csv(io.StringIO(text, newline=""), workers=2)
    finally:
        csv_text_module._PIECE = saved
    assert read == Register(entries) == Register.from_csv(text)
    assert isinstance(read.column("requester_name"), Texts)
    assert isinstance(read.column("received_via"), Coded)
    # entry 2,500 is the file's row 2,502 (the header is row 1): named so from a process
    lines = text.split("\n")
    lines[2501] = lines[2501].replace("2025-01-22", "2025-02-30", 1)
    spoiled = "\n".join(lines)
    try:
        csv_text_module._PIECE = 4096
        with pytest.raises(TiepCanError) as caught:
            Register.from_csv(spoiled, workers=2)
    finally:
        csv_text_module._PIECE = saved
    assert caught.value.code == "invalid-register-rows"
    assert (caught.value.detail or "").startswith("row 2502, column 'Ngày nhận yêu cầu'")


def test_processes_started_without_fork_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where processes are not forked (macOS, Windows: started anew, importing tiepcan), the
    workers make their reading from what they are sent and give the same register."""
    import sys

    entries = [postal_request(f"{i:03d}/2025") for i in range(60)]
    monkeypatch.setattr(csv_text_module, "_PIECE", 600)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert Register.from_csv(Register(entries).to_csv(), workers=2) == Register(entries)


@pytest.mark.parametrize("workers", [0, -1, True, 1.5, "2", None])
def test_workers_must_be_a_number_of_processes(workers: Any) -> None:
    with pytest.raises(TiepCanError) as caught:
        Register.from_csv("Số thứ tự\n", workers=workers)
    assert caught.value.code == "invalid-number"
    assert "workers=" in (caught.value.detail or "")


class _Trickle:
    """A text stream that gives at most ``size`` characters a read, and has no readline."""

    def __init__(self, text: str, size: int) -> None:
        self.text, self.size, self.pos = text, size, 0

    def read(self, n: int = -1) -> str:
        out = self.text[self.pos : self.pos + min(n, self.size)]
        self.pos += len(out)
        return out


def csv_lines(r: Register, delimiter: str, newline: str) -> list[str]:
    """The register's CSV as the csv module writes it with ``newline`` line ends."""
    out = io.StringIO(newline="")
    parsed = csv.reader(io.StringIO(r.to_csv(delimiter), newline=""), delimiter=delimiter)
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(parsed)
    return [out.getvalue()]


def test_every_column_is_kept_compactly() -> None:
    """Dates as ordinals, enumerations as one byte, texts joined, an empty column as one
    value: the form each field is kept in (a million rows cost what their data costs)."""
    e = RegisterEntry.from_events(
        "01/2025",
        "Nguyễn Văn A",
        "Quyết định giao đất",
        [{"kind": "received", "on": "2025-01-22", "received_via": "fax", "complexity": "complex"}],
    )
    later = RegisterEntry.from_events(
        "02/2025",
        "Trần Thị B",
        "Hồ sơ",
        [
            {
                "kind": "received",
                "on": "2025-02-03",
                "received_via": "postal",
                "complexity": "simple",
            },
            {"kind": "provided", "on": "2025-02-10"},
        ],
    )
    r = Register.from_csv(Register((e, later)).to_csv())
    assert isinstance(r.column("received_on"), Days)
    assert isinstance(r.column("received_via"), Coded)
    assert isinstance(r.column("requester_name"), Texts)
    assert isinstance(r.column("handler"), Same) and r.column("handler").value is None
    assert isinstance(r.column("valid"), Same) and r.column("valid").value is True
    assert isinstance(r.column("refusal_grounds"), Same) and r.column("refusal_grounds").value == ()


def test_a_value_no_compact_form_holds_keeps_its_column_as_objects() -> None:
    """A column keeps exactly what it was given: a string in a column of members, an empty
    text, a datetime in a date column go to a plain list (never converted)."""
    from datetime import datetime

    assert isinstance(column_of(["fax", None], "coded", ("a", "b")), Objects)
    assert isinstance(column_of(["", "x"], "text"), Objects)
    assert list(column_of([datetime(2025, 1, 1), None], "date")) == [datetime(2025, 1, 1), None]
    assert isinstance(column_of([True, 1], "coded", (False, True)), Objects)


def test_a_text_cell_is_checked_as_the_row_validator_checks_it() -> None:
    """The reader accepts a text without validating it when it is not all white space and
    holds no character a register cell refuses; the row's own validator (pydantic's pattern,
    ``_CELL``) must agree on every character, or a row could read differently."""
    adapter = TypeAdapter(register_module._Text)
    for c in range(0x110000):
        ch = chr(c)
        if 0xD800 <= c <= 0xDFFF:
            continue
        fast = not ch.isspace() and not register_module._UNSAFE.search(ch)
        try:
            adapter.validate_python(ch)
            valid = True
        except ValidationError:
            valid = False
        assert fast == valid, hex(c)


# -- from_columns: junk gets a coded error -------------------------------------------------

BASE: dict[str, list[Any]] = {
    "number": ["1/2025", "2/2025"],
    "received_on": [date(2025, 4, 16), "2025-04-17"],
    "requester_name": ["Lê Văn C", "Trần Thị B"],
    "information_requested": ["Hồ sơ", "Hồ sơ"],
    "received_via": ["postal", "electronic"],
    "provision_form": ["postal", "electronic"],
    "complexity": ["simple", "complex"],
}


def test_from_columns_reads_values_as_from_json_does() -> None:
    rows = [{k: v[i] for k, v in BASE.items()} for i in range(2)]
    as_json = Register.from_json(json.dumps(rows, default=str))
    assert Register.from_columns(BASE) == as_json
    assert Register.from_columns({}) == Register(())


@pytest.mark.parametrize(
    ("columns", "code", "where"),
    [
        ({**BASE, "colour": ["x", "y"]}, "invalid-column", "colour"),
        ({**BASE, "number": ["1"]}, "column-length-mismatch", "[1, 2]"),
        ({**BASE, "number": "12"}, "invalid-column", "number"),
        ({**BASE, "received_on": [date(2025, 4, 16), "16/4"]}, "invalid-register-rows", "row 1"),
        ({**BASE, "requester_name": ["  ", "B"]}, "invalid-register-rows", "row 0"),
        ({**BASE, "received_via": ["postal", "pigeon"]}, "invalid-register-rows", "row 1"),
        ({**BASE, "outcome": [None, "refused"], "outcome_on": [None, date(2025, 4, 20)]},
         "invalid-register-rows", "row 1"),  # a refusal states its grounds (art. 28(2))
        ({k: v for k, v in BASE.items() if k != "number"}, "invalid-register-rows", "Field required"),
        ([1, 2], "invalid-column", "mapping"),
    ],
)  # fmt: skip
def test_junk_columns_are_refused_with_a_coded_error(columns: Any, code: str, where: str) -> None:
    with pytest.raises(TiepCanError) as err:
        Register.from_columns(columns)
    assert err.value.code == code
    assert where in str(err.value)


def test_a_register_of_other_things_is_refused() -> None:
    for junk in (("x",), "abc", {"number": 1}, (None,), 5):
        with pytest.raises(TiepCanError):
            Register(junk)  # type: ignore[arg-type]
    with pytest.raises(TiepCanError):
        Register(()).column("colour")


def test_rows_that_break_a_rule_between_fields_are_named_together() -> None:
    """Every row that breaks a rule of the entry (an outcome with its day, a refusal with
    its grounds) is reported, by its CSV row, with the rows whose cells are bad."""
    text = Register.from_columns(BASE).to_csv()
    head, first, second = text.splitlines()
    titles = head.split(";")
    cells = second.split(";")
    cells[titles.index("Kết quả giải quyết")] = "Từ chối cung cấp thông tin"
    cells[titles.index("Ngày hoàn thành giải quyết")] = "2025-04-20"
    bad_day = first.replace("2025-04-16", "2025-02-30")
    with pytest.raises(TiepCanError) as err:
        Register.from_csv("\n".join([head, bad_day, ";".join(cells)]) + "\n")
    detail = str(err.value)
    assert "row 2, column 'Ngày nhận yêu cầu'" in detail
    assert "row 3" in detail and "grounds" in detail
    assert detail.index("row 2") < detail.index("row 3")


def test_names_in_any_unicode_form_are_kept_exactly() -> None:
    """A text is never normalised: NFD stays NFD through every block of a file."""
    name = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    r = Register.from_columns({**BASE, "requester_name": [name, "B"]})
    assert Register.from_csv(r.to_csv())[0].requester_name == name


def test_bytes_or_a_binary_stream_read_as_the_text_and_a_number_is_refused() -> None:
    """Bytes are decoded (UTF-8 here; tests/register/test_csv_bytes.py has the rest)."""
    text = Register.from_columns(BASE).to_csv()
    for source in (text.encode(), io.BytesIO(text.encode())):
        assert Register.from_csv(source) == Register.from_csv(text)
    with pytest.raises(TiepCanError) as err:
        Register.from_csv(12)  # type: ignore[arg-type]
    assert err.value.code == "invalid-csv"


def test_the_fold_keeps_codes_and_gives_lists() -> None:
    """The fold's columns as kept (codes, ordinals) name the same values as its lists."""
    from tiepcan.register.lifecycle import RequestStatus, Timeliness

    r = Register.from_columns(BASE)
    f = r.fold(date(2025, 6, 30))
    assert [list(RequestStatus)[c].value for c in f.codes("status")] == f.status
    assert [list(Timeliness)[c].value for c in f.codes("timeliness")] == f.timeliness
    assert [date.fromordinal(int(o)) if o else None for o in f.codes("response_due")] == (
        f.response_due
    )
    assert f.register == r and f.entries == r.entries and len(f) == 2
