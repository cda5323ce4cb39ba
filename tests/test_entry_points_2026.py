"""Every public entry point, walked with a request of Law 01/2026/QH16 (issue 16).

Each entry point gets a request received on a day from 2026-09-01 and must answer under Law
01/2026/QH16, citing it; a request sent before that day and received after it must get the
answer of Law 104/2016, saying that art. 31(4) of the new law chose it ("Yêu cầu cung cấp
thông tin được gửi đến các cơ quan nhà nước trước ngày Luật này có hiệu lực thi hành nhưng
chưa được giải quyết thì tiếp tục được giải quyết theo quy định của Luật Tiếp cận thông tin
số 104/2016/QH13").

The dates, counted by hand (calendar: ``../shared/reference/calendar-2018-2027.md``):

* received Tue 15/9/2026, any channel: art. 26(3), 12 days → Sun 27/9 → Mon 28/9/2026
  (Civil Code 2015 art. 148(5); Saturdays and Sundays off, QĐ 188/1999/QĐ-TTg);
* received Thu 3/9/2026 by post, complex, sent Fri 28/8/2026: art. 31(4) keeps Law
  104/2016, whose art. 31(2) gives 15 working days: 4, 7–11, 14–18, 21–24/9 → Thu 24/9/2026
  (31/8–2/9/2026 off, 9441/TB-BNV), and the notice of the time limit in 3: Tue 8/9/2026;
* art. 28(2) of Law 01/2026/QH16, 10 days from Tue 22/12/2026 → Fri 1/1/2027 (Tết Dương lịch,
  Labour Code 2019 art. 112) → Mon 4/1/2027.

The decision and fee engines are made complete for Law 01/2026/QH16 on other branches: their
assertions were first marked ``xfail(strict=True)`` until those branches merged; every entry
point now answers under Law 01/2026/QH16.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tiepcan.deadlines import response_deadline, time_limit
from tiepcan.foundation.regimes import RegimeChoice
from tiepcan.outputs.cli import main
from tiepcan.outputs.conformance import run_self
from tiepcan.register.batch import due_dates
from tiepcan.register.book import Register, RegisterEntry
from tiepcan.register.lifecycle import fold
from tiepcan.register.statistics import ReportingPeriod, compute_statistics

ROOT = Path(__file__).resolve().parents[1]
LAW_2026 = "01/2026/QH16"
ART_26_3 = "01/2026/QH16 art. 26(3)"
ART_31_4 = "01/2026/QH16 art. 31(4)"
RECEIVED = date(2026, 9, 15)
DUE = date(2026, 9, 28)
SENT_BEFORE = {"received": date(2026, 9, 3), "sent": date(2026, 8, 28)}
DUE_2016 = date(2026, 9, 24)
NOTICE_2016 = date(2026, 9, 8)


def _refs(citations: Any) -> set[str]:
    return {c.ref for c in citations}


def _received(on: date, **kw: Any) -> dict[str, Any]:
    return {"kind": "received", "on": on.isoformat(), "received_via": "electronic",
            "complexity": "simple", **kw}  # fmt: skip


def _sent_before_event() -> dict[str, Any]:
    return {"kind": "received", "on": "2026-09-03", "sent": "2026-08-28",
            "received_via": "postal", "complexity": "complex"}  # fmt: skip


# -- deadline ------------------------------------------------------------------------------------


def test_response_deadline() -> None:
    d = response_deadline(RECEIVED, "electronic", "simple")
    assert (d.regime, d.due, d.notice_due) == ("ati-2026", DUE, None)
    assert ART_26_3 in _refs(d.citations)
    old = response_deadline(SENT_BEFORE["received"], "postal", "complex", sent=SENT_BEFORE["sent"])
    assert (old.regime, old.chosen_by, old.due) == ("ati-2016", RegimeChoice.TRANSITION, DUE_2016)
    assert old.notice_due == NOTICE_2016 and ART_31_4 in _refs(old.citations)


def test_time_limit() -> None:
    p = time_limit("correction.on_request", date(2026, 12, 22))
    assert p.due == date(2027, 1, 4)
    assert _refs(p.citations) & {"01/2026/QH16 art. 28(2)"}


# -- decision and quote (engines completed on other branches) -----------------------------------


def _request_2026() -> dict[str, Any]:
    return {
        "channel": "electronic",
        "received_on": RECEIVED.isoformat(),
        "form": {
            "form": "01a",
            "requester": {
                "full_name": "Nguyễn Văn A",
                "residence_address": "12 Tràng Tiền, Hà Nội",
                "id_kind": "citizen_id_card",
                "id_number": "001099000001",
            },
            "request": {
                "description": "Quyết định thu hồi đất thửa số 12",
                "document_names": ["Quyết định 345/QĐ-UBND"],
                "provision_form": "electronic",
                "reason_and_purpose": "Bảo vệ quyền sử dụng đất của gia đình",
            },
        },
        "consents": [],
    }


def test_decision_assess() -> None:
    from tiepcan.decision import assess

    dec = assess(_request_2026(), {}, {}, on=RECEIVED)
    assert dec.regime == "ati-2026"
    cited = _refs(dec.deciding_citations) | _refs(dec.applied_citations)
    assert any(ref.startswith(LAW_2026) for ref in cited)


def test_fee_quote() -> None:
    """Art. 25(2): the requester pays the actual costs of copying (no fee, art. 25(1))."""
    from tiepcan.fees import quote

    q = quote({"photocopy_bw_a4": 2}, received=RECEIVED)
    assert q.regime == "ati-2026"
    assert any(ref.startswith("01/2026/QH16 art. 25") for ref in _refs(q.citations))


# -- fold, register, batch -----------------------------------------------------------------------


def test_lifecycle_fold() -> None:
    s = fold([_received(RECEIVED)], as_of=date(2026, 9, 30))
    assert (s.regime, s.chosen_by, s.response_due) == ("ati-2026", RegimeChoice.IN_FORCE, DUE)
    assert s.deadlines[0].citation.ref == ART_26_3
    old = fold([_sent_before_event()], as_of=date(2026, 9, 30))
    assert (old.regime, old.chosen_by, old.response_due) == (
        "ati-2016",
        RegimeChoice.TRANSITION,
        DUE_2016,
    )
    assert ART_31_4 in {c.ref for r in old.reasons for c in r.citations}


def _register() -> Register:
    return Register(
        (
            RegisterEntry.from_events("1/2026", "A", "x", [_received(RECEIVED)]),
            RegisterEntry.from_events("2/2026", "B", "y", [_sent_before_event()]),
        )
    )


def test_register_fold() -> None:
    f = _register().fold(date(2026, 9, 30))
    assert f.response_due == [DUE, DUE_2016]
    assert f.notice_due == [None, NOTICE_2016]
    assert f.timeliness == ["overdue", "overdue"] and f.encoded == [True, True]
    new, old = f.state(0), f.state(1)
    assert new.regime == "ati-2026" and new.deadlines[0].citation.ref == ART_26_3
    assert old.regime == "ati-2016" and old.chosen_by is RegimeChoice.TRANSITION


def test_batch_due_dates() -> None:
    got = due_dates(
        [RECEIVED, SENT_BEFORE["received"]],
        ["electronic", "postal"],
        ["simple", "complex"],
        sent=[None, SENT_BEFORE["sent"]],
    )
    assert got.due_dates() == [DUE, DUE_2016]
    assert got.notice_dates() == [None, NOTICE_2016]


# -- statistics and report -----------------------------------------------------------------------


def test_statistics() -> None:
    """As of 31/12/2026 both requests are open past their own law's limit: overdue."""
    s = compute_statistics(_register(), ReportingPeriod.half_year(2026, 2), agency="Sở Tư pháp")
    assert (s.received, s.pending_overdue, s.not_computable) == (2, 2, 0)


def _report_meta() -> dict[str, Any]:
    meta = json.loads((ROOT / "docs" / "samples" / "register_2024_report.json").read_text("utf-8"))
    meta["report_date"] = "2027-01-10"
    return meta  # type: ignore[no-any-return]


def test_report_render_html_figures() -> None:
    from tiepcan.outputs.reports import render_html

    s = compute_statistics(_register(), ReportingPeriod.half_year(2026, 2), agency="Sở Tư pháp")
    page = render_html(s, _report_meta(), chart=False)
    assert "Sở Tư pháp" in page and s.pending_overdue == 2


def test_report_render_html_cites_law_01_2026() -> None:
    from tiepcan.outputs.reports import render_html

    s = compute_statistics(_register(), ReportingPeriod.half_year(2026, 2), agency="Sở Tư pháp")
    assert LAW_2026 in render_html(s, _report_meta(), chart=False)


# -- CLI -------------------------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_cli_deadline(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli(capsys, "deadline", "2026-09-15", "electronic", "simple", "--json")
    data = json.loads(out)
    assert code == 0 and (data["regime"], data["due"]) == ("ati-2026", DUE.isoformat())
    assert {"instrument": "01/2026/QH16", "article": 26, "clause": 3} in [
        {k: c[k] for k in ("instrument", "article", "clause")} for c in data["citations"]
    ]
    code, out = _cli(
        capsys, "deadline", "2026-09-03", "postal", "complex", "--sent", "2026-08-28", "--json"
    )
    data = json.loads(out)
    assert (data["regime"], data["chosen_by"], data["due"]) == (
        "ati-2016",
        "transition",
        DUE_2016.isoformat(),
    )
    code, out = _cli(
        capsys, "deadline", "2026-09-03", "postal", "complex", "--sent", "2026-08-28",
        "--lang", "en",
    )  # fmt: skip
    assert code == 0 and "Law 01/2026/QH16 on Access to Information, art. 31(4)" in out


def test_cli_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    register = tmp_path / "so-theo-doi.csv"
    register.write_text(_register().to_csv(), encoding="utf-8")
    meta = tmp_path / "bao-cao.json"
    meta.write_text(json.dumps(_report_meta(), ensure_ascii=False), encoding="utf-8")
    code, out = _cli(
        capsys, "report", str(register), "--period", "2026-H2", "--meta", str(meta),
        "--date", "2027-01-10", "--out", str(tmp_path), "--format", "html", "--json",
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0 and (data["rows"], data["received"]) == (2, 2)
    assert all(Path(f).is_file() for f in data["files"])


# -- conformance -----------------------------------------------------------------------------------


def test_conformance_runner_with_2026_cases() -> None:
    from tiepcan.outputs.conformance import cases

    law2026 = [c for c in cases() if c["id"].startswith("law2026-")]
    kinds = {c["kind"] for c in law2026}
    assert {"response_deadline", "time_limit", "register_fold"} <= kinds
    assert any("sent" in c["input"] for c in law2026 if c["kind"] == "response_deadline")
    report = run_self(law2026)
    assert report.ok, report.explain()
