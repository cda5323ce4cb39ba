"""The commands that read files: assess, catalogue check, duties check, register fold, and the
schemas and labels exports. Each is run with ``--lang vi``, ``--lang en``, ``--json`` and bad
input (exit 1, the error as JSON under ``--json``), in-process through ``main(argv)``.

The catalogue and the agency profile are the samples of ``docs/samples/`` (read, not edited).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tiepcan.outputs.cli import main

from strategies_rules import electronic_request

Capture = pytest.CaptureFixture[str]
SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"
CATALOGUE_JSON = str(SAMPLES / "catalogue_public_disclosure.json")
CATALOGUE_CSV = str(SAMPLES / "catalogue_public_disclosure.csv")
CONDITIONAL_CSV = str(SAMPLES / "catalogue_conditional_access.csv")
PROFILE_JSON = str(SAMPLES / "agency_profile.json")
PROFILE_CSV = str(SAMPLES / "agency_profile.csv")

REQUEST = electronic_request("2024-02-07")


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def json_error(capsys: Capture, *argv: str) -> dict[str, str]:
    code, out, err = run(capsys, *argv, "--json")
    data = dict(json.loads(err))
    usage = data["code"] in ("invalid-command-line", "invalid-language")
    assert code == (2 if usage else 1) and out == ""
    return data


def write(tmp_path: Path, name: str, data: object) -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def one_language(capsys: Capture, argv: tuple[str, ...], vi: str, en: str) -> None:
    """--lang vi prints the Vietnamese marker only; --lang en the English one only."""
    code, out_vi, _ = run(capsys, *argv, "--lang", "vi")
    assert code == 0 and vi in out_vi and en not in out_vi
    code, out_en, _ = run(capsys, *argv, "--lang", "en")
    assert code == 0 and en in out_en and vi not in out_en
    code, both, _ = run(capsys, *argv)
    assert code == 0 and both.index(vi) < both.index(en)  # default: Vietnamese, then English


# -- assess -------------------------------------------------------------------------------------


@pytest.fixture
def request_files(tmp_path: Path) -> tuple[str, str, str]:
    return (
        write(tmp_path, "r.json", REQUEST),
        write(tmp_path, "p.json", {}),
        write(tmp_path, "f.json", {"not_accessible": ["work_secret"]}),
    )


def test_assess_in_each_language(capsys: Capture, request_files: tuple[str, str, str]) -> None:
    """Art. 28(1)(a) with art. 6(2): a work secret is refused."""
    one_language(capsys, ("assess", *request_files), "Quyết định:", "Decision:")


def test_assess_json_is_the_decision(capsys: Capture, request_files: tuple[str, str, str]) -> None:
    from tiepcan.decision import Decision

    code, out, _ = run(capsys, "assess", *request_files, "--json")
    decision = Decision.from_json(out)
    assert code == 0 and decision.outcome.value == "refuse"
    assert [g.ground.value for g in decision.grounds] == ["a"]


def test_assess_bad_input(capsys: Capture, tmp_path: Path) -> None:
    req, who = write(tmp_path, "r.json", REQUEST), write(tmp_path, "p.json", {})
    broken = write(tmp_path, "f.json", "{")
    assert json_error(capsys, "assess", req, who, broken)["code"] == "invalid-input"
    missing = str(tmp_path / "none.json")
    assert json_error(capsys, "assess", req, who, missing)["code"] == "file-not-found"
    text = write(tmp_path, "f.txt", "{}")
    assert json_error(capsys, "assess", req, who, text)["code"] == "unknown-file-type"


# -- catalogue check ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", [CATALOGUE_JSON, CATALOGUE_CSV])
def test_catalogue_check_reads_json_and_csv(capsys: Capture, path: str) -> None:
    """The sample passes its check as of 30/6/2025 (docs/samples/README.md)."""
    argv = ("catalogue", "check", path, "--on", "2025-06-30")
    one_language(capsys, argv, "kiểm tra ngày 30/06/2025", "checked as of 2025-06-30")
    data = json.loads(run(capsys, *argv, "--json")[1])
    assert data["on"] == "2025-06-30" and data["findings"] == []


def test_catalogue_check_conditional_access(capsys: Capture) -> None:
    argv = ("catalogue", "check", CONDITIONAL_CSV, "--on", "2025-06-30", "--json")
    assert json.loads(run(capsys, *argv)[1])["kind"] == "conditional_access"


def test_catalogue_check_finds_an_overdue_entry(capsys: Capture, tmp_path: Path) -> None:
    """Art. 18(4): an entry created Fri 1/3/2024 and not yet disclosed is overdue on 11/3
    (5 working days: 4, 5, 6, 7, 8/3)."""
    data = json.loads(Path(CATALOGUE_JSON).read_text(encoding="utf-8"))
    entry = dict(data["entries"][0], id="NEW-01", created_on="2024-03-01")
    entry.pop("disclosed_on", None)
    data["entries"] = [entry]
    path = write(tmp_path, "c.json", data)
    out = run(capsys, "catalogue", "check", path, "--on", "2024-03-11", "--json")[1]
    overdue = [f for f in json.loads(out)["findings"] if f["code"] == "disclosure-overdue"]
    assert [f["due"] for f in overdue] == ["2024-03-08"]


def test_catalogue_check_bad_input(capsys: Capture) -> None:
    argv = ("catalogue", "check", CATALOGUE_JSON)
    assert json_error(capsys, *argv)["code"] == "invalid-command-line"  # --on is required
    assert json_error(capsys, *argv, "--on", "30/06/2025")["code"] == "invalid-date"
    # the law applies from 1/7/2018 (art. 37)
    assert json_error(capsys, *argv, "--on", "2018-01-01")["code"] == "before-law-in-force"
    wrong = ("catalogue", "check", PROFILE_JSON, "--on", "2025-06-30")
    assert json_error(capsys, *wrong)["code"] == "invalid-input"


# -- duties check -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [PROFILE_JSON, PROFILE_CSV])
def test_duties_check_reads_json_and_csv(capsys: Capture, path: str) -> None:
    argv = ("duties", "check", path, "--on", "2025-06-30")
    one_language(capsys, argv, "Trách nhiệm của cơ quan", "Duties of the agency")
    data = json.loads(run(capsys, *argv, "--json")[1])
    assert data["regime"] == "ati-2016"
    assert not [i for i in data["items"] if i["status"] == "missing"]


def test_duties_check_with_the_catalogue_as_evidence(capsys: Capture) -> None:
    argv = ("duties", "check", PROFILE_JSON, "--on", "2025-06-30", "--catalogue", CATALOGUE_CSV)
    data = json.loads(run(capsys, *argv, "--json")[1])
    assert "evidence-over-declaration" in data["interpretations"]


def test_duties_check_bad_input(capsys: Capture, tmp_path: Path) -> None:
    assert json_error(capsys, "duties", "check", PROFILE_JSON)["code"] == "missing-governing-date"
    broken = write(tmp_path, "p.json", {"agency": "X", "has_website": "0"})
    assert json_error(capsys, "duties", "check", broken, "--on", "2025-06-30")["code"] == (
        "invalid-input"
    )


# -- register fold ------------------------------------------------------------------------------


@pytest.fixture
def register_files(tmp_path: Path) -> dict[str, str]:
    """One complex request received by fax on Wed 22/1/2025 (Decree 13 art. 10: the register
    may be kept on paper or electronically)."""
    from tiepcan.register.book import Register, RegisterEntry

    entry = RegisterEntry.from_events(
        "01/2025",
        "Nguyễn Văn A",
        "Quyết định giao đất",
        [{"kind": "received", "on": "2025-01-22", "received_via": "fax", "complexity": "complex"}],
    )
    register = Register((entry,))
    files = {"json": write(tmp_path, "r.json", register.to_json())}
    files["csv"] = write(tmp_path, "r.csv", register.to_csv())
    xlsx = tmp_path / "r.xlsx"
    xlsx.write_bytes(register.to_excel())
    files["xlsx"] = str(xlsx)
    return files


@pytest.mark.parametrize("kind", ["json", "csv", "xlsx"])
def test_register_fold(capsys: Capture, register_files: dict[str, str], kind: str) -> None:
    """Art. 31(2): 15 wd from 22/1/2025, Tết 27–31/1/2025 skipped (8726/VPCP-KGVX) → 19/2;
    on 26/2 it is 5 working days overdue (20, 21, 24, 25, 26/2)."""
    argv = ("register", "fold", register_files[kind], "--as-of", "2025-02-26")
    one_language(capsys, argv, "hạn 19/02/2025", "due 2025-02-19")
    data = json.loads(run(capsys, *argv, "--json")[1])
    [row] = data["rows"]
    assert (row["response_due"], row["timeliness"], row["days_late"]) == (
        "2025-02-19",
        "overdue",
        5,
    )
    assert "state" not in row
    with_states = json.loads(run(capsys, *argv, "--json", "--states")[1])
    assert with_states["rows"][0]["state"]["response_due"] == "2025-02-19"


def test_register_fold_bad_input(capsys: Capture, register_files: dict[str, str]) -> None:
    argv = ("register", "fold", register_files["json"])
    assert json_error(capsys, *argv, "--as-of", "2025-13-01")["code"] == "invalid-date"
    assert json_error(capsys, *argv)["code"] == "invalid-command-line"  # --as-of is required


# -- schemas and labels -------------------------------------------------------------------------


def test_schemas(capsys: Capture) -> None:
    one_language(capsys, ("schemas",), "Các mô hình có JSON Schema", "Models with a JSON Schema")
    everything = json.loads(run(capsys, "schemas", "--json")[1])
    assert "Deadline" in everything and "Decision" in everything
    deadline = json.loads(run(capsys, "schemas", "Deadline")[1])
    assert deadline["properties"]["due"]["format"] == "date"
    assert json_error(capsys, "schemas", "Nope")["code"] == "unknown-schema"


def test_labels(capsys: Capture) -> None:
    """Law art. 37: in force from 1/7/2018 (the regime's status, in each language)."""
    one_language(capsys, ("labels", "regimes"), "Có hiệu lực từ", "In force from")
    data = json.loads(run(capsys, "labels", "--json")[1])
    assert set(data) == {"enums", "citations", "errors", "interpretations", "regimes", "fields"}
    grounds = json.loads(run(capsys, "labels", "enums", "--json")[1])["RefusalGround"]
    assert grounds["e"]["vi"].startswith("Người yêu cầu cung cấp thông tin không")
    assert json_error(capsys, "labels", "nope")["code"] == "unknown-label-section"
    # a result's field by the law's term (arts. 29(2), 30(4), 31(2): "thời hạn cung cấp")
    fields = json.loads(run(capsys, "labels", "fields", "--json")[1])
    assert fields["Deadline"]["due"]["vi"] == "Thời hạn cung cấp thông tin"
    one_language(
        capsys, ("labels", "fields"), "  due: Thời hạn cung cấp thông tin", "  due: The last"
    )


# -- first-hour answers -----------------------------------------------------------------------


@pytest.mark.parametrize("item", ["usb", "CD", "dvd_disc", "đĩa", "memory_card"])
def test_a_medium_is_refused_with_the_reason_it_has_no_price(capsys: Capture, item: str) -> None:
    """Circular 46/2018 appendix lines 3 and 4 are "không bao gồm vật tư" and no line prices a
    medium (docs/fees.md, reading media-not-priced): the error says so instead of a bare
    "not an allowed value"."""
    got = json_error(capsys, "fee", f"{item}=1", "--received", "2024-02-07")
    assert got["code"] == "media-not-priced"
    assert "media-not-priced" in got["detail"]


def test_fee_without_a_day_names_the_options_that_give_one(capsys: Capture) -> None:
    got = json_error(capsys, "fee", "photocopy_bw_a4=1")
    assert got["code"] == "missing-governing-date"
    assert "--received YYYY-MM-DD" in got["detail"] and "--regime" in got["detail"]
    code, out, _ = run(capsys, "fee", "--help")
    assert code == 0 and "required unless --regime is given" in " ".join(out.split())


@pytest.mark.parametrize(
    ("lang", "shown", "hidden"),
    [
        ("vi", "Ngày nằm ngoài phạm vi lịch làm việc", "outside the working-day calendar"),
        ("en", "outside the working-day calendar", "Ngày nằm ngoài phạm vi lịch làm việc"),
    ],
)
def test_an_error_speaks_the_language_asked_for(
    capsys: Capture, lang: str, shown: str, hidden: str
) -> None:
    """--lang applies to errors as to results (both languages only with --lang both)."""
    code, out, err = run(capsys, "deadline", "2017-01-05", "electronic", "simple", "--lang", lang)
    assert code == 1 and out == ""
    assert err.startswith("[date-outside-calendar] ") and shown in err and hidden not in err
    code, _, err = run(capsys, "--lang", lang, "deadline", "2017-01-05", "electronic", "simple")
    assert shown in err and hidden not in err
    _, _, both = run(capsys, "deadline", "2017-01-05", "electronic", "simple")
    assert shown in both and hidden in both
