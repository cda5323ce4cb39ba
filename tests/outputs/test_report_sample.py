"""The sample of the README's clerk session (docs/samples/so-theo-doi-2025-h2.csv): the
register of a fictional Sở Tư pháp for the second half of 2025, saved by Excel on a Vietnamese
Windows machine (Windows-1258, ``;``, dates dd/mm/yyyy), and the report made from it by
``tiepcan report --period 2025-H2`` (tools/render_report_sample.py).

The expected figures were counted by hand from the 44 rows of ``ROWS`` in the tool (the row
numbers are listed beside each count), not taken from the library. The due dates that decide
"overdue" and "late" are counted by hand from the calendar (Law 104/2016 arts. 29–30; 2025's
National Day off Mon 1/9 and Tue 2/9 and 2026's Tết DL off Thu 1/1 and Fri 2/1 with Sat 10/1
worked, Công văn 8726/VPCP-KGVX and 12729/VPCP-KGVX).
"""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tiepcan.outputs.cli._report import read_register
from tiepcan.outputs.reports import have_matplotlib
from tiepcan.register.statistics import ReportingPeriod, Statistics, compute_statistics

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "docs" / "samples"


def _tool() -> Any:
    sys.path.insert(0, str(ROOT / "tools"))
    spec = importlib.util.spec_from_file_location(
        "render_report_sample", ROOT / "tools" / "render_report_sample.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()

#: counted by hand from the rows (numbers NN/2025/YC)
HAND = {
    "received": 44,  # 57 … 100
    "carried_over": 0,
    # E: 57 60 61 63 65 66 69 70 72 74 75 78 79 81 82 83 84 87 88 90 91 94 95 96 98 99
    "received_electronic": 26,
    "received_at_office": 8,  # 58 62 68 73 80 86 92 97
    "received_postal": 7,  # 59 67 71 77 85 93 100
    "received_fax": 3,  # 64 76 89
    "received_complex": 14,  # 59 61 65 68 70 71 75 80 82 85 89 91 97 98
    "received_simple": 30,
    # 57 58 59 63 64 65 67 69 70 73 74 77 78 79 82 83 85 86 88 89 92 93
    "provided": 22,
    "provided_in_part": 3,  # 61 80 94, each withholding under point a
    "refused": 8,  # 60 b, 68 c, 71 e, 72 d, 75 đ, 84 a, 87 b, 95 c
    "redirected": 3,  # 62 76 90
    "withdrawn": 2,  # 66 81
    "awaiting_completion": 1,  # 99: not valid, not completed by 31/12
    # 91: electronic, complex, received Mon 3/11: 15 working days (art. 30(4)) from Tue 4/11
    # end Mon 24/11 (24/11 is a day off only from 2026); unanswered on 31/12.
    # 96: electronic, simple, received Fri 12/12: 3 working days (art. 30(1)) end Wed 17/12.
    "pending_overdue": 2,
    # 97: at the office, complex, received Mon 15/12: 10 working days (art. 29(2)) end Mon
    # 29/12; extended on 24/12 by 10 working days: 30, 31/12, 5–9/1, Sat 10/1, 12, 13/1/2026.
    # 98: electronic, complex, received Mon 22/12: due Tue 13/1/2026.
    # 100: by post, simple, received Tue 30/12: 5 working days (art. 31(1)) end Thu 8/1/2026.
    "pending_in_time": 3,
    # 79: electronic, simple, received Thu 4/9: due Tue 9/9 (5, 8, 9/9); answered Thu 11/9.
    "answered_late": 1,
    "late_days_total": 2,  # 10/9 and 11/9
    # every other answer by its due date; e.g. 78 (received Wed 27/8, answered Wed 3/9):
    # 28/8, 29/8, then Mon 1/9 and Tue 2/9 off (National Day), Wed 3/9 its 3rd working day
    "answered_on_time": 32,
    "costs_notified_count": 7,  # 59 67 71 77 85 93 100
    # 143,000 + 35,000 + 250,000 + 48,000 + 86,000 + 24,000 + 32,000
    "costs_notified_total": 618_000,
    "costs_paid_count": 5,  # 59 67 77 85 93 (71 never paid: refused under point e)
    "costs_paid_total": 336_000,  # 143,000 + 35,000 + 48,000 + 86,000 + 24,000
    "complaints_filed": 1,  # 87: complaint filed 20/10
    "complaints_resolved": 1,  # 87: resolved 10/11
    "lawsuits_filed": 0,
    "corrections_requested": 1,  # 86: asked 10/10
    "corrections_answered": 1,  # 86: answered 15/10
}
REFUSED_BY_GROUND = {"a": 1, "b": 2, "c": 2, "d": 1, "dd": 1, "e": 1}
WITHHELD_BY_GROUND = {"a": 3, "b": 0, "c": 0, "d": 0, "dd": 0, "e": 0}
BY_KIND = {
    "conditions_met": 1,  # 94
    "requesters_own_affairs": 10,  # 62 66 67 69 77 81 83 90 93 100
    "unclassified": 1,  # 99
    "other_information": 32,  # the other rows
}


@pytest.fixture(scope="module")
def stats() -> Statistics:
    register = read_register(str(SAMPLES / tool.REGISTER_FILE), encoding="cp1258")
    return compute_statistics(register, ReportingPeriod.half_year(2025, 2), agency="Sở Tư pháp")


def test_the_hand_counts_add_up() -> None:
    closed = sum(HAND[k] for k in ("provided", "provided_in_part", "refused", "redirected"))
    pending = HAND["awaiting_completion"] + HAND["pending_overdue"] + HAND["pending_in_time"]
    assert closed + HAND["withdrawn"] + pending == HAND["received"] == len(tool.ROWS)
    assert sum(REFUSED_BY_GROUND.values()) == HAND["refused"]
    assert sum(BY_KIND.values()) == HAND["received"]


@pytest.mark.parametrize("figure", sorted(HAND))
def test_the_report_figures_equal_the_hand_counts(stats: Statistics, figure: str) -> None:
    assert getattr(stats, figure) == HAND[figure]


def test_refusals_withholdings_and_kinds_equal_the_hand_counts(stats: Statistics) -> None:
    for ground, n in REFUSED_BY_GROUND.items():
        assert getattr(stats.refused_by_ground, ground) == n
    for ground, n in WITHHELD_BY_GROUND.items():
        assert getattr(stats.withheld_by_ground, ground) == n
    assert {k.kind: k.received for k in stats.by_information_kind} == BY_KIND


def test_the_saved_register_is_windows_1258_with_semicolons_and_reads_exactly() -> None:
    raw = (SAMPLES / tool.REGISTER_FILE).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = unicodedata.normalize("NFC", raw.decode("cp1258"))  # tone marks composed
    assert text.startswith("Số thứ tự;Ngày nhận yêu cầu;Họ và tên người yêu cầu;")
    register = read_register(str(SAMPLES / tool.REGISTER_FILE), encoding="cp1258")
    assert register == tool.register()
    # the overdue rows' computed cells, as of 31/12/2025 (see HAND)
    lines = text.split("\r\n")
    row91 = next(line for line in lines if line.startswith("91/2025/YC;"))
    assert row91.endswith(";24/11/2025;Đang giải quyết;Quá hạn, chưa thực hiện;27")
    row96 = next(line for line in lines if line.startswith("96/2025/YC;"))
    assert row96.endswith(";17/12/2025;Đang giải quyết;Quá hạn, chưa thực hiện;10")


def test_the_committed_files_are_what_the_tool_writes_now(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    if not have_matplotlib():
        pytest.skip("the chart needs matplotlib")
    made = tool.generate(tmp_path)
    for name, content in made.items():
        committed = (SAMPLES / name).read_bytes()
        assert tool.same(name, committed, content), f"{name}: run tools/render_report_sample.py"
    assert (SAMPLES / tool.OUT_DIR / f"{tool.STEM}.png").stat().st_size > 10_000


def test_the_readme_session_prints_what_the_readme_shows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each ``$ tiepcan …`` line of the README's clerk session, run in a copy of the samples,
    prints the lines the README shows under it (a "…" stands for the words left out)."""
    pytest.importorskip("openpyxl")
    if not have_matplotlib():
        pytest.skip("the chart needs matplotlib")
    from tiepcan.outputs.cli import main

    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## For the clerk") :]
    block = section[section.index("```sh\n") + 6 : section.index("```\n", 6)].splitlines()
    for name in (tool.REGISTER_FILE, tool.META_FILE):
        (tmp_path / name).write_bytes((SAMPLES / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    commands = [k for k, line in enumerate(block) if line.startswith("$ tiepcan ")]
    assert len(commands) == 3
    for k in commands:
        line, _, grep = block[k].removeprefix("$ tiepcan ").partition(" | grep ")
        shown = []
        for after in block[k + 1 :]:
            if after.startswith("$ "):
                break
            shown.append(after)
        main(line.split())
        out, err = capsys.readouterr()
        printed = (out + err).splitlines()
        if grep:
            printed = [p for p in printed if grep.strip('"') in p]
        assert len(printed) == len(shown)
        for want, got in zip(shown, printed, strict=True):
            head, _, tail = want.partition(" … ")
            assert got.startswith(head) and got.endswith(tail), (want, got)
