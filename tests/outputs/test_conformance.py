"""The conformance suite (tiepcan/outputs/conformance): its cases are the tests' hand-checked tables,
it passes against tiepcan, and it fails wrong implementations with readable output naming
the clause or announcement that decides each case they get wrong."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tiepcan.foundation.errors import TiepCanError
from tiepcan.outputs.conformance import answer, cases, run_command, run_self
from tiepcan.outputs.conformance.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
DOUBLES = Path(__file__).resolve().parents[1] / "conformance_doubles"
CALENDAR_DAYS = [sys.executable, str(DOUBLES / "calendar_days.py")]
NO_MAKEUP_SATURDAYS = [sys.executable, str(DOUBLES / "no_makeup_saturdays.py")]
COUNTING = ("is_working_day", "add_working_days", "response_deadline")


def _generator():
    spec = importlib.util.spec_from_file_location(
        "gen_conformance", ROOT / "tools" / "gen_conformance.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _counting_cases() -> list[dict]:
    return [c for c in cases() if c["kind"] in COUNTING]


def test_shipped_cases_equal_what_the_generator_lifts_from_the_tests() -> None:
    gen = _generator()
    shipped = (ROOT / "tiepcan" / "outputs" / "conformance" / "cases.json").read_text(
        encoding="utf-8"
    )
    assert shipped == gen.render(), "run python tools/gen_conformance.py"


def test_every_case_has_its_fields_and_the_suite_covers_every_kind() -> None:
    suite = cases()
    assert len({c["id"] for c in suite}) == len(suite)
    for c in suite:
        assert {"id", "kind", "input", "expected", "decided_by"} <= set(c), c["id"]
        assert c["decided_by"].strip() and c["expected"], c["id"]
    kinds = {c["kind"] for c in suite}
    assert kinds == {
        "is_working_day",
        "add_working_days",
        "response_deadline",
        "time_limit",
        "fee_quote",
        "decision",
        "catalogue_check",
        "register_fold",
    }
    # the 26 hand-counted deadlines of tests/engines/test_deadlines.py, each with its instrument, and
    # the 9 of tests/engines/test_deadlines_2026.py (Law 01/2026/QH16 and its art. 31(4))
    hand = [c for c in suite if c["id"].startswith("deadline-")]
    later = [c for c in suite if c["id"].startswith("law2026-deadline-")]
    assert (len(hand), len(later)) == (26, 9)
    assert {c["expected"]["regime"] for c in later} == {"ati-2016", "ati-2026"}


def test_known_cases_carry_the_test_literals() -> None:
    """Spot checks against the tests' own words (not the library's output)."""
    by_id = {c["id"]: c for c in cases()}
    sat = by_id["workday-2026-01-10"]
    assert sat["expected"] == {"working": True} and "12729/VPCP-KGVX" in sat["decided_by"]
    d = by_id["deadline-2018-12-28-postal-simple"]
    assert d["expected"] == {"due": "2019-01-07", "notice_due": None}
    assert "6519/VPCP-KGVX" in d["decided_by"] and "art. 31" in d["decided_by"]
    assert by_id["fee-quote-01"]["expected"]["total"] == 36_000  # 12 × 3.000 (appendix 1.1)


def test_tiepcan_passes_every_case() -> None:
    report = run_self()
    assert report.ok, report.explain()
    assert report.passed == len(cases())


def test_tiepcan_as_a_command_passes_over_the_protocol() -> None:
    """JSON lines in, JSON lines out, through a real process (``--serve``)."""
    suite = [c for c in cases() if c["kind"] in ("response_deadline", "fee_quote", "decision")]
    report = run_command(
        [sys.executable, "-m", "tiepcan.outputs.conformance", "--serve"], suite=suite
    )
    assert report.ok, report.explain()


def test_a_double_that_counts_calendar_days_fails_naming_the_clause_and_announcement() -> None:
    report = run_command(CALENDAR_DAYS, suite=_counting_cases())
    text = report.explain()
    assert not report.ok and report.failed >= 20
    # Quốc khánh 2018: 573/TB-VPCP, Labour Code 2012 art. 115(3); art. 30 decides the length
    assert "FAIL deadline-2018-08-31-electronic-simple (response_deadline)" in text
    assert 'due: expected "2018-09-06", got "2018-09-03"' in text
    assert "decided by: Law 104/2016 art. 30; 573/TB-VPCP" in text
    assert "FAIL workday-2026-01-02 (is_working_day)" in text  # 12729/VPCP-KGVX: Fri 2/1 off
    assert text.rstrip().endswith(f"{report.passed} passed, {report.failed} failed")


def test_a_double_that_ignores_make_up_saturdays_fails_naming_the_announcement() -> None:
    report = run_command(NO_MAKEUP_SATURDAYS, suite=_counting_cases())
    failed = {r.case["id"]: r for r in report.results if not r.ok}
    # each announced make-up Saturday is reported with its instrument
    assert "workday-2026-01-10" in failed
    assert "12729/VPCP-KGVX" in failed["workday-2026-01-10"].explain()
    # 6519/VPCP-KGVX: Sat 5/1/2019 is day 4 of a postal request received 28/12/2018 (art. 31)
    explained = failed["deadline-2018-12-28-postal-simple"].explain()
    assert 'due: expected "2019-01-07", got "2019-01-08"' in explained
    assert "Law 104/2016 art. 31; 6519/VPCP-KGVX" in explained
    # the days it does get right pass: the double is wrong only on make-up Saturdays
    assert "deadline-2018-08-31-electronic-simple" not in failed


def test_one_process_per_case_gives_the_same_report() -> None:
    suite = [c for c in cases() if c["kind"] == "is_working_day"][:4]
    batch = run_command(NO_MAKEUP_SATURDAYS, suite=suite)
    single = run_command(NO_MAKEUP_SATURDAYS, suite=suite, per_case=True)
    assert [r.ok for r in batch.results] == [r.ok for r in single.results]


def test_an_answer_that_is_not_json_is_reported_not_crashed() -> None:
    suite = cases("is_working_day")[:2]
    report = run_command([sys.executable, "-c", "print('hello')"], suite=suite)
    assert [r.problem for r in report.results] == [
        "not JSON: 'hello'",
        "no answer line for this case",
    ]


def test_command_line_exit_status_and_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self", "--kind", "time_limit"]) == 0
    # 8 limits of Law 104/2016 and 6 of Law 01/2026/QH16
    assert capsys.readouterr().out.strip() == "conformance: 14 passed, 0 failed"
    command = " ".join(NO_MAKEUP_SATURDAYS)
    assert main(["--command", command, "--kind", "is_working_day"]) == 1
    out = capsys.readouterr().out
    assert "FAIL workday-2019-01-05" in out and "6519/VPCP-KGVX" in out


def test_refused_input_is_answered_with_its_error_code() -> None:
    got = answer({"kind": "is_working_day", "input": {"day": "2024-13-01"}})
    assert got == {"error": "invalid-date"}
    with pytest.raises(TiepCanError) as err:
        answer({"kind": "nope", "input": {}})
    assert err.value.code == "invalid-input"


def test_serve_reads_and_writes_json_lines() -> None:
    req = {"id": "x", "kind": "is_working_day", "input": {"day": "2026-01-10"}}
    done = subprocess.run(
        [sys.executable, "-m", "tiepcan.outputs.conformance", "--serve"],
        input=json.dumps(req) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout) == {"working": True}  # 12729/VPCP-KGVX


def test_an_unknown_kind_is_refused_not_run_as_zero_cases(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A typo in --kind once ran no case and exited 0, so a CI job passed without testing."""
    with pytest.raises(SystemExit) as done:
        main(["--self", "--kind", "response_dealine"])
    assert done.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_users_run_their_own_cases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two cases an agency wrote: 10/1/2026 is a make-up Saturday (Công văn 12729/VPCP-KGVX),
    2/1/2026 a day off in exchange."""
    own = [
        {"id": "own-1", "kind": "is_working_day", "input": {"day": "2026-01-10"},
         "expected": {"working": True}, "decided_by": "12729/VPCP-KGVX"},
        {"id": "own-2", "kind": "is_working_day", "input": {"day": "2026-01-02"},
         "expected": {"working": False}, "decided_by": "12729/VPCP-KGVX"},
    ]  # fmt: skip
    path = tmp_path / "own.json"
    path.write_text(json.dumps({"cases": own}), encoding="utf-8")
    assert main(["--self", "--cases", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "conformance: 2 passed, 0 failed"
    own[1]["expected"] = {"working": True}  # wrong on purpose: the run fails
    path.write_text(json.dumps(own), encoding="utf-8")
    assert main(["--self", "--cases", str(path)]) == 1
    assert "FAIL own-2" in capsys.readouterr().out


@pytest.mark.parametrize(
    "content",
    ['{"cases": [{"id": "x"}]}', "not json", '[{"id": "x", "kind": "nope", "input": {}, '
     '"expected": {}, "decided_by": ""}]'],
)  # fmt: skip
def test_a_case_file_that_is_not_a_suite_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["--self", "--cases", str(path)]) == 2
    assert "[invalid-" in capsys.readouterr().err
