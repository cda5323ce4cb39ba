"""``tiepcan report``: from the register a clerk has on the desk to the report files.

The register is the sample of ``docs/samples/register_2024.csv`` (41 requests of 2024), saved
again the ways Excel saves "CSV" on the clerk's machine: Windows-1258 with ``;`` (Vietnamese
Windows), UTF-16 with tabs ("Unicode Text"), UTF-8 with a byte-order mark and ``,``. The
report is of the second half of 2024 (Decree 13/2018/NĐ-CP art. 12(4)(b): requests received,
answered, refused). The number received in the half-year is counted here from the file's
own "Ngày nhận yêu cầu" column, not taken from the library.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiepcan.foundation.errors import TiepCanError
from tiepcan.outputs.cli import main
from tiepcan.register._csv_bytes import CsvBytes

from clerk_files import to_windows_1258

Capture = pytest.CaptureFixture[str]
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "docs" / "samples"
REGISTER = (SAMPLES / "register_2024.csv").read_text(encoding="utf-8-sig")
META: dict[str, Any] = json.loads((SAMPLES / "register_2024_report.json").read_text("utf-8"))


def _resaved(text: str, delimiter: str) -> str:
    """The register as a spreadsheet saves it with another delimiter (cells quoted as needed)."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(
        csv.reader(io.StringIO(text), delimiter=";")
    )
    return out.getvalue()


def _received_in(text: str, delimiter: str, first: str, last: str) -> int:
    """Rows whose "Ngày nhận yêu cầu" (the 2nd column) falls in [first, last], read by hand."""
    rows = text.strip().splitlines()[1:]
    days = [row.split(delimiter)[1] for row in rows]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in days)
    return sum(first <= d <= last for d in days)


# counted from the sample file: the requests received 01/07/2024–31/12/2024
H2_2024 = _received_in(REGISTER, ";", "2024-07-01", "2024-12-31")


@pytest.fixture
def meta(tmp_path: Path) -> str:
    data = {k: v for k, v in META.items() if k != "report_date"}
    path = tmp_path / "bao-cao.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _report(capsys: Capture, register: Path, meta: str, out: Path, *extra: str) -> Any:
    argv = ["report", str(register), "--period", "2024-H2", "--meta", meta,
            "--date", "2025-01-10", "--out", str(out), "--json", *extra]  # fmt: skip
    code, stdout, stderr = run(capsys, *argv)
    assert code == 0, stderr
    return json.loads(stdout)


def test_a_windows_1258_register_with_semicolons_makes_every_report_file(
    tmp_path: Path, meta: str, capsys: Capture
) -> None:
    register = tmp_path / "so-theo-doi.csv"
    register.write_bytes(to_windows_1258(REGISTER))
    done = _report(capsys, register, meta, tmp_path / "out", "--encoding", "cp1258")
    assert H2_2024 == 17
    assert done["received"] == H2_2024
    assert done["rows"] == 41
    assert [Path(p).suffix for p in done["files"]] == [".html", ".md", ".xlsx", ".svg"]
    html = Path(done["files"][0]).read_text("utf-8")
    # composed again (NFC): the names read as the clerk typed them
    assert "Sở Tư pháp".upper() in html and "6 tháng cuối năm 2024" in html
    assert Path(done["files"][2]).read_bytes()[:2] == b"PK"
    assert "<svg" in Path(done["files"][3]).read_text("utf-8")


def test_a_large_windows_1258_register_is_read_in_pieces_and_processes(
    tmp_path: Path, meta: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sample's 41 rows written 120 times (4,920 rows, about 2 MB in Windows-1258), read
    in pieces of 4 KiB (and, on Linux, in processes): the half-year counts 120 times the
    sample's own, counted by hand from the file above; a spoiled day deep in the file is
    named by its row."""
    import tiepcan.register._csv_text as csv_text
    from tiepcan.register._csv_bytes import CsvBytes

    monkeypatch.setattr(csv_text, "_PIECE", 4096)
    monkeypatch.setattr(CsvBytes, "_BYTES", 4096)
    header, *rows = REGISTER.strip("\n").split("\n")
    text = "\n".join([header, *rows * 120]) + "\n"
    register = tmp_path / "so-theo-doi.csv"
    register.write_bytes(to_windows_1258(text))
    done = _report(capsys, register, meta, tmp_path / "out", "--encoding", "cp1258")
    assert (done["rows"], done["received"]) == (41 * 120, H2_2024 * 120)
    lines = text.split("\n")
    day = lines[4000].split(";")[1]
    lines[4000] = lines[4000].replace(f";{day};", ";2024-02-30;", 1)
    register.write_bytes(to_windows_1258("\n".join(lines)))
    code, _, err = run(capsys, "report", str(register), "--period", "2024-H2", "--meta", meta,
                       "--date", "2025-01-10", "--out", str(tmp_path), "--encoding", "cp1258")  # fmt: skip
    assert code == 1 and "[invalid-register-rows]" in err and "row 4001, column" in err


def test_a_register_not_in_utf8_names_the_option_that_reads_it(
    tmp_path: Path, meta: str, capsys: Capture
) -> None:
    register = tmp_path / "so-theo-doi.csv"
    register.write_bytes(to_windows_1258(REGISTER))
    code, out, err = run(capsys, "report", str(register), "--period", "2024-H2", "--meta", meta,
                         "--date", "2025-01-10", "--out", str(tmp_path))  # fmt: skip
    assert code == 1 and out == ""  # a coded input error (exit 1; 2 is a bad command line)
    assert "[unreadable-encoding]" in err and "--encoding cp1258" in err


def test_utf16_with_tabs_and_utf8_with_commas_are_read_without_options(
    tmp_path: Path, meta: str, capsys: Capture
) -> None:
    tabbed = tmp_path / "unicode-text.txt"
    tabbed.write_bytes(_resaved(REGISTER, "\t").encode("utf-16"))
    assert _report(capsys, tabbed, meta, tmp_path / "a")["received"] == H2_2024
    commas = tmp_path / "commas.csv"
    commas.write_bytes(_resaved(REGISTER, ",").encode("utf-8-sig"))
    assert _report(capsys, commas, meta, tmp_path / "b")["received"] == H2_2024


def test_an_empty_register_still_reports_and_says_it_is_empty(
    tmp_path: Path, meta: str, capsys: Capture
) -> None:
    register = tmp_path / "empty.csv"
    register.write_text(REGISTER.splitlines()[0] + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "report", str(register), "--period", "2024-H2", "--meta", meta,
                       "--date", "2025-01-10", "--out", str(tmp_path / "o"), "--format", "md")  # fmt: skip
    assert code == 0
    assert "Sổ theo dõi không có dòng nào" in out and "The register holds no row" in out


@pytest.mark.parametrize(
    ("argv", "code", "status"),
    [
        (["--period", "2024-H3"], "invalid-period", 1),
        (["--period", "2024-H2", "--format", "pdf"], "invalid-command-line", 2),
        (["--period", "2024-H2", "--delimiter", "x"], "invalid-command-line", 2),
        (["--period", "2024-H2", "--encoding", "klingon"], "unreadable-encoding", 1),
    ],
)
def test_bad_options_are_coded_errors(
    tmp_path: Path, meta: str, capsys: Capture, argv: list[str], code: str, status: int
) -> None:
    register = tmp_path / "r.csv"
    register.write_text(REGISTER, encoding="utf-8")
    exit_code, out, err = run(capsys, "report", str(register), "--meta", meta, "--date",
                              "2025-01-10", "--out", str(tmp_path), "--json", *argv)  # fmt: skip
    assert exit_code == status and out == ""
    assert json.loads(err)["code"] == code


def test_the_report_date_is_given_never_read_from_the_clock(
    tmp_path: Path, meta: str, capsys: Capture
) -> None:
    register = tmp_path / "r.csv"
    register.write_text(REGISTER, encoding="utf-8")
    code, _, err = run(capsys, "report", str(register), "--period", "2024-H2", "--meta", meta,
                       "--out", str(tmp_path), "--json")  # fmt: skip
    assert code == 1 and json.loads(err)["code"] == "missing-date"


def test_a_folder_that_cannot_be_written_is_a_coded_error(
    tmp_path: Path, meta: str, capsys: Capture
) -> None:
    register = tmp_path / "r.csv"
    register.write_text(REGISTER, encoding="utf-8")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    code, out, err = run(capsys, "report", str(register), "--period", "2024-H2", "--meta", meta,
                         "--date", "2025-01-10", "--out", str(blocker), "--json")  # fmt: skip
    assert code == 1 and out == ""
    assert json.loads(err)["code"] == "output-not-written"


def test_options_override_the_particulars_file(tmp_path: Path, meta: str, capsys: Capture) -> None:
    register = tmp_path / "r.csv"
    register.write_text(REGISTER, encoding="utf-8")
    done = _report(capsys, register, meta, tmp_path / "o", "--format", "md", "--place",
                   "Hoa Lư", "--signer-name", "Trần Thị B", "--recipient", "Như trên;",
                   "--recipient", "Lưu: VT.")  # fmt: skip
    md = Path(done["files"][0]).read_text("utf-8")
    assert "Hoa Lư, ngày 10 tháng" in md and "Trần Thị B" in md
    assert "Bộ Tư pháp (để báo cáo)" not in md  # the recipients given replace the file's


# -- register fold reads the register as the report does -------------------------------------


def test_register_fold_reads_windows_1258_and_commas_as_report_does(
    tmp_path: Path, capsys: Capture
) -> None:
    """The same reader (--encoding, --delimiter) for both register commands: all 41 rows."""
    cp1258 = tmp_path / "so.csv"
    cp1258.write_bytes(to_windows_1258(_resaved(REGISTER, ",")))
    code, out, err = run(capsys, "register", "fold", str(cp1258), "--as-of", "2024-12-31",
                         "--encoding", "cp1258", "--delimiter", ",", "--json")  # fmt: skip
    assert code == 0, err
    rows = json.loads(out)["rows"]
    assert [r["number"] for r in rows] == [f"{k:02d}/2024/YC" for k in range(1, 42)]
    # without --encoding, the error names the option that reads the file
    code, _, err = run(capsys, "register", "fold", str(cp1258), "--as-of", "2024-12-31")
    assert code == 1 and "unreadable-encoding" in err and "--encoding cp1258" in err


@pytest.mark.parametrize("content", ["", "HEADER"])
def test_register_fold_says_an_empty_register_is_empty(
    tmp_path: Path, capsys: Capture, content: str
) -> None:
    register = tmp_path / "empty.csv"
    register.write_text(REGISTER.splitlines()[0] + "\n" if content else "", encoding="utf-8")
    code, out, _ = run(capsys, "register", "fold", str(register), "--as-of", "2024-12-31")
    assert code == 0
    assert "Sổ theo dõi không có dòng nào" in out and "The register holds no row" in out
    code, out, _ = run(capsys, "register", "fold", str(register), "--as-of", "2024-12-31",
                       "--json")  # fmt: skip
    assert json.loads(out)["empty"] is True and json.loads(out)["rows"] == []


# -- a CSV file read a piece at a time decodes as the whole file does ----------------------

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
HINT = "--encoding cp1258 (Windows, tiếng Việt) hoặc / or --encoding utf-16"

_LETTERS = "aăâeêoôơuưđAĐ;,\t\n\r\"' \u0300\u0301\u0303\u0309\u0323ạếữ€"


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.text(alphabet=_LETTERS, max_size=300),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1258"]),
    st.booleans(),
    st.lists(st.tuples(st.integers(0, 1000), st.binary(min_size=1, max_size=2)), max_size=2),
    st.integers(1, 40),
    st.data(),
)
def test_a_csv_file_read_in_pieces_decodes_as_the_whole_file(
    text: str,
    codec: str,
    named: bool,
    spoils: list[tuple[int, bytes]],
    size: int,
    data: st.DataObject,
) -> None:
    """``tiepcan report`` reads a CSV register a piece at a time (whole lines, never the
    whole text at once). On any bytes — UTF-8 with or without its mark, UTF-16, Windows-1258
    with tone marks as combining characters split across pieces, bytes that are not text —
    the pieces join into exactly what decoding the whole file gives (composed when the file
    is Windows-1258), or the same refusal naming the same byte."""
    from tiepcan.outputs.cli import _report

    if codec == "cp1258":
        raw = unicodedata.normalize("NFD", text).encode("cp1258", errors="replace")
    else:
        raw = text.encode(codec)
    for at, junk in spoils:
        k = at % (len(raw) + 1)
        raw = raw[:k] + junk + raw[k:]
    encoding = codec if named or codec == "cp1258" else None

    def whole() -> tuple[str, str]:
        """Python's codec on the whole file, by the rules the clerk is told: the encoding
        given, else the byte-order mark's (UTF-8, UTF-16), else UTF-8; Windows-1258 composed;
        a refusal names the file's byte and the option that reads it."""
        marked = [c for bom, c in BOMS if raw.startswith(bom)]
        name = encoding or (marked[0] if marked else None)
        decoding = codecs.lookup(name or "utf-8").name
        try:
            decoded = raw.decode(decoding)
        except UnicodeDecodeError as exc:
            at = exc.start + (3 if decoding == "utf-8-sig" and raw.startswith(BOMS[0][0]) else 0)
            what = f"{decoding} text" if name else "UTF-8 text"
            return ("unreadable-encoding", f"'f.csv' is not {what} (byte {at}); {HINT}")
        if name:
            decoded = decoded.removeprefix("\ufeff")
        if decoding == "cp1258":
            decoded = unicodedata.normalize("NFC", decoded)
        return ("text", decoded)

    def joined() -> tuple[str, str]:
        try:
            return ("text", _report.decode_register(raw, "f.csv", encoding))
        except TiepCanError as exc:
            return (exc.code, exc.detail or "")

    def pieces() -> tuple[str, str]:
        try:
            stream = CsvBytes(io.BytesIO(raw), encoding, _report._wording("f.csv"))
            stream._BYTES = size
            if data.draw(st.booleans()):
                stream.peek()  # handed out again by the first read
            out = []
            while piece := stream.read(data.draw(st.integers(1, 50))):
                out.append(piece)
        except TiepCanError as exc:
            return (exc.code, exc.detail or "")
        assert all(piece.endswith("\n") for piece in out[:-1]), out  # whole lines
        return ("text", "".join(out))

    assert pieces() == whole() == joined()
