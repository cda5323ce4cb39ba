"""The thin `python -m tiepcan` front: the worked example and each sub-command."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tiepcan.__main__ import main


def test_worked_example_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    """The design card's example: electronic, complex, received 7/2/2024 → due 6/3/2024."""
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "Hạn trả lời: 06/03/2024" in out and "Answer due: 2024-03-06" in out
    assert "Điều 30 khoản 4 Luật Tiếp cận thông tin số 104/2016/QH13" in out
    assert "8662/VPCP-KGVX" in out  # Tết 2024, skipped with its instrument
    assert "Total: 77,900 đồng" in out  # 12 × 2,100 + 2 × 12,600 + 27,500 postage


def test_deadline_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["deadline", "2024-02-07", "electronic", "complex", "--extended", "--lang", "en"]) == 0
    )
    out = capsys.readouterr().out
    assert out.startswith("due 2024-03-21, notice by 2024-02-19")


def test_deadline_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "deadline", "2024-02-07", "fax", "simple"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["due"] == "2024-02-21"  # 5 wd after Tết 8–14/2/2024: 15, 16, 19, 20, 21/2


def test_workday_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["workday", "2026-01-10"]) == 0
    out = capsys.readouterr().out
    assert "working day" in out and "12729/VPCP-KGVX" in out


def test_limit_and_cite_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["limit", "art22.4", "2024-04-15", "--lang", "vi"]) == 0
    assert capsys.readouterr().out.startswith("due 2024-05-02")
    assert main(["cite", "28", "1", "dd"]) == 0
    assert "vượt quá khả năng đáp ứng" in capsys.readouterr().out


def test_errors_exit_2_with_their_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", "2026-09-02", "electronic", "simple"]) == 2
    assert "[regime-not-encoded]" in capsys.readouterr().err
    assert main(["fee", "photocopy_bw_a4=x"]) == 2
    assert "[invalid-item-spec]" in capsys.readouterr().err
    assert main(["workday", "31/12/2024"]) == 2
    assert "[invalid-date]" in capsys.readouterr().err


def test_module_runs_as_a_program() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tiepcan", "workday", "2026-11-24"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "Ngày Văn hóa Việt Nam" in done.stdout
