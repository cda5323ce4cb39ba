"""A register read from the bytes of its file (``Register.from_csv`` given bytes or a file
opened ``"rb"``; tiepcan/register/_csv_bytes.py).

The expected register is always the one read from the *text*, decoded here with Python's
codec on the whole file (composed when Windows-1258, as a Vietnamese Windows machine writes
tone marks apart): reading the bytes, in one process or in several that decode and read their
own pieces (again from the file on disk, on Linux), must give exactly that register, or the
same refusal naming the same row or byte. The rows themselves come from a request's events
(tests/strategies_register.py): nothing is taken from the code under test.
"""

from __future__ import annotations

import codecs
import dataclasses
import io
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tiepcan.register._csv_text as csv_text_module
from tiepcan.foundation.errors import TiepCanError
from tiepcan.register._csv_bytes import CsvBytes, PieceDecoding, RawPiece, read_again
from tiepcan.register.book import Register, RegisterEntry

from clerk_files import to_windows_1258
from strategies_register import postal_request, register_entries

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
CODECS = ["utf-8", "utf-8-sig", "utf-16", "cp1258"]


def _encoded(text: str, codec: str) -> tuple[bytes, str]:
    """The file's bytes, and the text they hold as decoding the whole file gives it. A text
    Windows-1258 cannot hold is written in UTF-8 instead."""
    if codec == "cp1258":
        try:
            raw = to_windows_1258(text)
        except UnicodeEncodeError:
            return text.encode("utf-8"), text
        return raw, unicodedata.normalize("NFC", raw.decode("cp1258"))
    return text.encode(codec), text


def _source(raw: bytes, kind: str, folder: Path) -> Any:
    if kind == "bytes":
        return raw
    if kind == "stream":
        return io.BytesIO(raw)
    path = folder / "so-theo-doi.csv"
    path.write_bytes(raw)
    return path.open("rb")


def _read(source: Any, delimiter: str, workers: int, **kw: Any) -> tuple[Any, ...]:
    """What reading gives: the register, or the error's code and detail."""
    try:
        return ("read", Register.from_csv(source, delimiter, workers=workers, **kw))
    except TiepCanError as exc:
        return ("refused", exc.code, exc.detail)
    finally:
        if hasattr(source, "close"):
            source.close()


@SETTINGS
@given(
    st.lists(register_entries(), max_size=12),
    st.sampled_from([";", ","]),
    st.sampled_from(["\n", "\r\n"]),
    st.sampled_from(CODECS),
    st.sampled_from(["bytes", "stream", "file"]),
    st.data(),
)
def test_the_bytes_of_a_file_read_as_its_text(
    tmp_path_factory: pytest.TempPathFactory,
    entries: list[RegisterEntry],
    delimiter: str,
    newline: str,
    codec: str,
    kind: str,
    data: st.DataObject,
) -> None:
    """Any encoding a clerk's file is saved in, LF or CRLF, bytes or a file, pieces so small
    that rows and characters fall on both sides of a cut, one process or three: the register
    the whole file's text gives."""
    text = Register(entries).to_csv(delimiter).replace("\n", newline)
    raw, decoded = _encoded(text, codec)
    expected = Register.from_csv(decoded.removeprefix("\ufeff"), delimiter)
    workers = data.draw(st.sampled_from([1, 2]))
    saved = csv_text_module._PIECE, CsvBytes._BYTES
    try:
        csv_text_module._PIECE = data.draw(st.sampled_from([7, 64, 300]))
        CsvBytes._BYTES = data.draw(st.sampled_from([5, 64, 700]))
        source = _source(raw, kind, tmp_path_factory.mktemp("f"))
        given_as = {"encoding": "cp1258"} if codec == "cp1258" and raw != text.encode() else {}
        assert _read(source, delimiter, workers, **given_as) == ("read", expected)
    finally:
        csv_text_module._PIECE, CsvBytes._BYTES = saved


def _spoiled(raw: bytes, delimiter: str, data: st.DataObject) -> bytes:
    """The file with some lines spoiled as a clerk's file may be: a day that does not exist,
    a value beyond the last heading, a line emptied, a byte that is not UTF-8, a lone
    carriage return."""
    lines = raw.split(b"\n")
    d = delimiter.encode()
    for k in data.draw(st.lists(st.integers(1, len(lines) - 2), min_size=1, max_size=3)):
        cells = lines[k].split(d)
        how = data.draw(st.sampled_from(["day", "beyond", "empty", "junk", "cr"]))
        if how == "day" and len(cells) > 1:
            cells[1] = b"2024-02-30"
        elif how == "beyond":
            cells.append(b"x")
        elif how == "empty":
            cells = [b""]
        elif how == "cr":  # a lone carriage return ends a record (the csv module reads on)
            cells[0] += b"\r"
        else:
            cells[0] += b"\xff"
        lines[k] = d.join(cells)
    return b"\n".join(lines)


@SETTINGS
@given(
    st.lists(register_entries(), min_size=3, max_size=10), st.sampled_from([";", ","]), st.data()
)
def test_a_spoiled_file_read_in_processes_is_refused_as_in_one(
    tmp_path_factory: pytest.TempPathFactory,
    entries: list[RegisterEntry],
    delimiter: str,
    data: st.DataObject,
) -> None:
    """Three processes, each decoding and reading its own pieces of the file (read again
    from the disk), refuse a spoiled file exactly as one process does: the same rows named,
    or the same byte that is not UTF-8 (counted from the file's first byte)."""
    text = Register(entries).to_csv(delimiter).replace('"', "")  # every piece in processes
    text = text.replace("\n", data.draw(st.sampled_from(["\n", "\r\n"])))
    raw = _spoiled(text.encode(), delimiter, data)
    folder = tmp_path_factory.mktemp("f")
    saved = csv_text_module._PIECE, CsvBytes._BYTES
    try:
        csv_text_module._PIECE = CsvBytes._BYTES = data.draw(st.sampled_from([64, 300]))
        in_one = _read(raw, delimiter, 1)
        assert _read(_source(raw, "file", folder), delimiter, 2) == in_one
    finally:
        csv_text_module._PIECE, CsvBytes._BYTES = saved
    if b"\xff" in raw:  # the first such byte is named, where it is in the file
        assert in_one[:2] == ("refused", "unreadable-encoding")
        first = raw.index(b"\xff")
        assert f"(byte {first})" in in_one[2]


def _sixty_rows(newline: str = "\n") -> tuple[list[RegisterEntry], bytes]:
    """Sixty plain rows (no quote): every piece after the first is read in a worker."""
    entries = [postal_request(f"{i:03d}/2025") for i in range(60)]
    return entries, Register(entries).to_csv().replace("\n", newline).encode()


@pytest.mark.parametrize(
    ("change", "newline"),
    [
        (lambda raw: raw, "\r\n"),  # Excel's CRLF, every piece in a worker
        (lambda raw: raw.rstrip(b"\r\n"), "\n"),  # no line feed after the last row
        (lambda raw: raw.rstrip(b"\r\n"), "\r\n"),
        (lambda raw: raw.replace(b"040/2025", b"040/\r2025"), "\n"),  # a lone CR, row 42
        (lambda raw: raw.replace(b"040/2025", b"040/\r2025"), "\r\n"),
        (lambda raw: raw.replace(b"040/2025", b"040/\x002025"), "\n"),  # a NUL, row 42
        (lambda raw: raw.replace(b"040/2025", b"040/\xff2025"), "\n"),  # not UTF-8, row 42
    ],
)
def test_a_file_read_in_processes_from_disk_reads_as_in_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Any, newline: str
) -> None:
    """Sixty rows in pieces of 600 bytes (about two rows): the pieces after the first are
    read in two workers, from the file on disk. CRLF, a last row without its line feed, a
    lone carriage return (a record's end for the csv module, which then reads on), a NUL or
    a byte that is not UTF-8 deep in the file: the same register, or the same refusal, as
    one process reading the same bytes; and the plain file is the register written."""
    monkeypatch.setattr(csv_text_module, "_PIECE", 600)
    monkeypatch.setattr(CsvBytes, "_BYTES", 600)
    entries, raw = _sixty_rows(newline)
    raw = change(raw)
    path = tmp_path / "so-theo-doi.csv"
    path.write_bytes(raw)
    in_one = _read(raw, ";", 1)
    assert _read(path.open("rb"), ";", 2) == in_one
    if b"040/2025" in raw:
        assert in_one == ("read", Register(entries))
    else:
        assert in_one[0] == "refused"


@pytest.mark.parametrize(
    ("workers", "piece", "short"),
    [(1, 600, False), (2, 600, False), (2, 6000, False), (2, 6000, True)],
)
def test_a_windows_1258_file_read_in_processes_is_composed_as_a_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int, piece: int, short: bool
) -> None:
    """Sixty rows saved by a Vietnamese Windows machine (Windows-1258, each tone mark a
    character apart, CRLF), each with its own name: the workers compose their pieces a
    column at a time — in pieces of 6,000 bytes (about twenty rows) a column of labels or
    days a distinct cell at a time, a column of names at once; with every other line cut
    short of its empty cells (as a hand-edited file may be), line by line — and the register
    is the one the composed text gives."""
    monkeypatch.setattr(csv_text_module, "_PIECE", piece)
    monkeypatch.setattr(CsvBytes, "_BYTES", piece)
    entries = [
        dataclasses.replace(postal_request(f"{i:03d}/2025"), requester_name=f"Nguyễn Thị Ánh {i}")
        for i in range(60)
    ]
    lines = Register(entries).to_csv().split("\n")
    if short:
        lines = [line.rstrip(";") if k % 2 else line for k, line in enumerate(lines)]
    raw = to_windows_1258("\r\n".join(lines))
    assert "Nguyễn".encode("cp1258", errors="replace") not in raw  # the marks are apart
    path = tmp_path / "so-theo-doi.csv"
    path.write_bytes(raw)
    assert _read(path.open("rb"), ";", workers, encoding="cp1258") == ("read", Register(entries))


def test_lines_ending_with_crlf_split_into_columns_at_once() -> None:
    """A worker's CRLF piece is split with its line ends as they are: the columns, the
    empty cells that end every line as whole empty columns; a line ending otherwise, or with
    a cell too few, leaves it to the line-by-line reading (``None``)."""
    aligned = csv_text_module._aligned
    assert aligned("a;b;;\r\nc;d;;\r\n", ";", 4, 2, "\r\n") == [
        ["a", "c"], ["b", "d"], ["", ""], ["", ""]
    ]  # fmt: skip
    assert aligned("a;b;;\r\nc;d;x;\r\n", ";", 4, 2, "\r\n") == [
        ["a", "c"], ["b", "d"], ["", "x"], ["", ""]
    ]  # fmt: skip
    assert aligned("a;b;;\r\nc;d;;\n", ";", 4, 2, "\r\n") is None
    assert aligned("a;b;;\r\nc;d;\r\n", ";", 4, 2, "\r\n") is None


def test_an_undecodable_byte_is_named_with_what_reads_the_file() -> None:
    text = Register(_one_row()).to_csv()
    raw = text.encode("utf-8").replace("Trần".encode(), to_windows_1258("Trần"))
    at = raw.index(b"\xe2\xcc")  # "â" and a combining grave in Windows-1258, not UTF-8
    with pytest.raises(TiepCanError) as caught:
        Register.from_csv(raw)
    assert caught.value.code == "unreadable-encoding"
    assert caught.value.detail == (
        f"the CSV data is not UTF-8 text (byte {at}); "
        "pass encoding='cp1258' (Windows, tiếng Việt) or encoding='utf-16'"
    )


def test_windows_1258_is_composed_and_a_byte_order_mark_names_utf16() -> None:
    """The name "Trần" saved by a Vietnamese Windows machine ("Trâ" and a combining grave accent)
    reads as the composed name; with a byte-order mark (UTF-8, UTF-16) no encoding is
    given."""
    r = Register(_one_row())
    text = r.to_csv()
    cp1258 = to_windows_1258(text)
    assert b"Tr\xe2\xccn" in cp1258  # the tone mark apart
    assert Register.from_csv(cp1258, encoding="cp1258") == r
    assert Register.from_csv(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == r
    assert Register.from_csv(codecs.BOM_UTF8 + text.encode()) == r


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (codecs.BOM_UTF8 + "Số;x\n".encode(), "utf-8"),  # the mark decoded as U+FEFF
        (codecs.BOM_UTF16_LE + "Số;x\n".encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF8 + "Số;x\n".encode(), None),  # the mark names UTF-8
    ],
)
def test_a_byte_order_mark_is_not_text(raw: bytes, encoding: str | None) -> None:
    """Named as a codec that keeps the mark ("utf-8", "utf-16-le"), the file still starts
    with its first heading, as decoding the whole file and taking the mark off gives."""
    assert CsvBytes(io.BytesIO(raw), encoding).read() == "Số;x\n"


@pytest.mark.parametrize(
    ("source", "kw", "code", "words"),
    [
        ("Số thứ tự\n", {"encoding": "utf-8"}, "invalid-csv", "encoding='utf-8' is for bytes"),
        (io.StringIO("Số thứ tự\n"), {"encoding": "cp1258"}, "invalid-csv", "is for bytes"),
        (b"S\n", {"encoding": "klingon"}, "unreadable-encoding", "encoding='klingon'"),
        (b"S\n", {"encoding": 12}, "unreadable-encoding", "no such encoding: encoding=12"),
        (12, {}, "invalid-csv", "got int"),
        (None, {}, "invalid-csv", "got NoneType"),
    ],
)
def test_what_is_neither_text_nor_bytes_is_refused(
    source: Any, kw: dict[str, Any], code: str, words: str
) -> None:
    with pytest.raises(TiepCanError) as caught:
        Register.from_csv(source, **kw)
    assert caught.value.code == code and words in (caught.value.detail or "")


def test_a_stream_that_gives_neither_text_nor_bytes_is_refused() -> None:
    class Numbers:
        def read(self, n: int = -1) -> int:
            return 7

    class Fickle:
        """Bytes when asked what it gives, text when read."""

        def read(self, n: int = -1) -> bytes | str:
            return b"" if n == 0 else "Số thứ tự\n"

    with pytest.raises(TiepCanError) as caught:
        Register.from_csv(Numbers())  # type: ignore[arg-type]
    assert caught.value.code == "invalid-csv" and "got Numbers" in (caught.value.detail or "")
    with pytest.raises(TiepCanError) as caught:
        Register.from_csv(Fickle())  # type: ignore[arg-type]
    assert caught.value.code == "invalid-csv" and "expected bytes" in (caught.value.detail or "")


def test_a_file_opened_in_the_wrong_encoding_or_closed_is_a_coded_error(tmp_path: Path) -> None:
    """A file saved by Windows (Windows-1258) opened as UTF-8 text fails in Python's own
    decoder: the refusal says how to read it; a closed or failing stream is unreadable."""
    path = tmp_path / "so-theo-doi.csv"
    path.write_bytes(to_windows_1258(Register(_one_row()).to_csv()))
    with path.open(encoding="utf-8", newline="") as text, pytest.raises(TiepCanError) as caught:
        Register.from_csv(text)
    assert caught.value.code == "unreadable-encoding"
    assert "open the file as bytes ('rb') and give encoding=" in (caught.value.detail or "")
    with path.open("rb") as handle:
        assert Register.from_csv(handle, encoding="cp1258") == Register(_one_row())
    for opened in (path.open("rb"), path.open(encoding="cp1258", newline="")):
        opened.close()
        with pytest.raises(TiepCanError) as caught:
            Register.from_csv(opened)
        assert caught.value.code == "unreadable-file" and "closed" in (caught.value.detail or "")

    class Failing(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            raise OSError(5, "Input/output error")

    with pytest.raises(TiepCanError) as caught:
        Register.from_csv(io.BufferedReader(Failing()))
    assert caught.value.code == "unreadable-file" and "Input/output" in (caught.value.detail or "")


def test_a_piece_is_read_again_from_the_file_only_when_it_is_a_file_on_disk(
    tmp_path: Path,
) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(b"a;b\n1;2\n3;4\n")
    with path.open("rb") as handle:
        handle.read(2)  # a file handed over part read: its place is where reading starts
        source = CsvBytes(handle)
        assert source.read() == "b\n1;2\n3;4\n"
        where = source.where(RawPiece(b"1;2\n", 2))
        assert where is not None and where[1:] == (4, 4)
        assert read_again(where) == b"1;2\n"
    assert CsvBytes(io.BytesIO(b"a\n")).where(RawPiece(b"a\n", 0)) is None


def test_a_file_changed_while_it_is_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker reads its piece again from the disk: if the bytes there are no longer what
    the caller cut and counted, the file is refused rather than read half old, half new."""
    path = tmp_path / "f.csv"
    path.write_bytes(b"So;x\n1;2\n3;4\n")
    records = csv_text_module.CsvRecords("", ";")

    def read_part(plain: str, count: int, compose: bool = False, eol: str = "\n") -> list[Any]:
        """What a worker's reading of the piece counts (its lines) and gives (the text)."""
        records.count = count + plain.count("\n")
        return [(plain, count)]

    monkeypatch.setattr(csv_text_module, "_PART", (records, None))
    monkeypatch.setattr(csv_text_module, "_read_part", read_part)
    decoding = PieceDecoding("utf-8", None, CsvBytes(io.BytesIO(b"")).decoding.wording)
    with path.open("rb") as handle:
        where = (handle.fileno(), 5, 8)
        assert csv_text_module._read_raw_part(decoding, where, 5, 1, 2) == [("1;2\n3;4\n", 1)]
        path.write_bytes(b"So;x\n1;2\n3;4")  # shorter now
        with pytest.raises(TiepCanError, match="changed while it was read"):
            csv_text_module._read_raw_part(decoding, where, 5, 1, 2)
        path.write_bytes(b"So;x\n1;2\r3;4\n")  # a carriage return where a line feed was
        with pytest.raises(TiepCanError, match="changed while it was read"):
            csv_text_module._read_raw_part(decoding, where, 5, 1, 2)
        path.write_bytes(b"So;x\n1;2\n\n3;\n")  # as long, a line more
        with pytest.raises(TiepCanError, match="changed while it was read"):
            csv_text_module._read_raw_part(decoding, where, 5, 1, 2)
        path.write_bytes(b'So;x\n1;"2"\n4\n')  # as long, a quote
        with pytest.raises(TiepCanError, match="changed while it was read"):
            csv_text_module._read_raw_part(decoding, where, 5, 1, 2)


def test_bytes_read_in_processes_started_without_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where processes are started anew (macOS, Windows) they cannot read the caller's open
    file: each is sent its bytes, and decodes and reads them the same."""
    import sys

    entries = [postal_request(f"{i:03d}/2025") for i in range(60)]
    monkeypatch.setattr(csv_text_module, "_PIECE", 600)
    monkeypatch.setattr(CsvBytes, "_BYTES", 600)
    monkeypatch.setattr(sys, "platform", "darwin")
    text = Register(entries).to_csv()
    assert Register.from_csv(text.encode(), workers=2) == Register(entries)


def _one_row() -> list[RegisterEntry]:
    return [postal_request("001/2025")]
