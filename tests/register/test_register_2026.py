"""The register chain under Law 01/2026/QH16: fold, register, batch and statistics.

Every expected date below is counted by hand from the law and the official calendar
(``../shared/reference/calendar-2018-2027.md``), each with the clause and the announcement
that decide it:

* art. 26(3) of Law 01/2026/QH16: "chậm nhất là 12 ngày kể từ ngày nhận được yêu cầu cung
  cấp thông tin hợp lệ", for every channel and every request; an extension "tối đa không quá
  12 ngày", notified in writing within the time limit; "ngày" read as calendar days (the
  interpretation ``days-are-calendar-days``), a last day that is a day off moved to the next
  working day (Civil Code 2015 art. 148(5)); counting starts the day after (art. 147(3));
* art. 31(4): a request sent (được gửi) before 01/09/2026 stays under Law 104/2016, arts.
  29–31 (15 working days for complex requests, notice within 3 working days, art. 31(2));
* days off: 31/8–2/9/2026 Quốc khánh (9441/TB-BNV); Tue 24/11/2026 Ngày Văn hóa Việt Nam
  (Nghị quyết 28/2026/QH16; one day, no swap, 10065/VPCP-KGVX); Fri 1/1/2027 Tết Dương lịch
  (Labour Code 2019 art. 112(1)(a)); Saturdays and Sundays (QĐ 188/1999/QĐ-TTg).

``REGISTER_FOLDS_2026`` is lifted into the shipped conformance suite by
``tools/gen_conformance.py`` (kind ``register_fold``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan.deadlines import response_deadline
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.grounds import neutral_key
from tiepcan.foundation.regimes import RegimeChoice
from tiepcan.register.batch import EXTEND_MAX, due_dates
from tiepcan.register.book import Register, RegisterEntry
from tiepcan.register.lifecycle import DeadlineKind, RequestStatus, Timeliness, fold
from tiepcan.register.statistics import ReportingPeriod, compute_statistics

D = date


def rec(on: str, via: str, complexity: str, **kw: Any) -> dict[str, Any]:
    return {"kind": "received", "on": on, "received_via": via, "complexity": complexity, **kw}


def entry(number: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    return {"number": number, "requester_name": "Nguyễn Văn A",
            "information_requested": "Thông tin", "events": events}  # fmt: skip


#: (id, entries, as_of, expected columns of Register.fold, why): hand-counted
REGISTER_FOLDS_2026: list[tuple[str, list[dict[str, Any]], str, dict[str, list[Any]], str]] = [
    (
        "law2026-register-weekend-24-11-new-year",
        [
            # Tue 8/9/2026 + 12 days = Sun 20/9 → Mon 21/9; answered that day: on time
            entry("01/2026", [rec("2026-09-08", "electronic", "simple"),
                              {"kind": "provided", "on": "2026-09-21"}]),
            # Thu 12/11/2026 + 12 days = Tue 24/11, a day off → Wed 25/11; answered Thu 26/11:
            # late by one working day
            entry("02/2026", [rec("2026-11-12", "postal", "complex"),
                              {"kind": "provided", "on": "2026-11-26"}]),
            # Sun 20/12/2026 (over the Internet) + 12 days = Fri 1/1/2027 (Tết Dương lịch),
            # Sat 2, Sun 3 → Mon 4/1/2027; still open on Tue 5/1/2027: overdue
            entry("03/2026", [rec("2026-12-20", "electronic", "simple")]),
        ],
        "2027-01-05",
        {
            "response_due": ["2026-09-21", "2026-11-25", "2027-01-04"],
            "notice_due": [None, None, None],
            "status": ["provided", "provided", "in_progress"],
            "timeliness": ["on_time", "late", "overdue"],
        },
        "Law 01/2026/QH16 art. 26(3), 12 days, no notice of the time limit; Civil Code 148(5):"
        " Sun 20/9/2026 → Mon 21/9 (QĐ 188/1999/QĐ-TTg); Tue 24/11/2026 off (NQ 28/2026/QH16,"
        " 10065/VPCP-KGVX) → Wed 25/11; Fri 1/1/2027 off (Labour Code 2019 art. 112) → Mon 4/1",
    ),
    (
        "law2026-register-extension",
        [
            # 8/9 → 21/9; extended on 18/9 (within the limit) by the longest, 12 days: 21/9 +
            # 12 = Sat 3/10 → Mon 5/10; answered 5/10: on time. A simple request may be
            # extended under art. 26(3) (it knows no "simple")
            entry("04/2026", [rec("2026-09-08", "at_office", "simple"),
                              {"kind": "extended", "on": "2026-09-18", "reason": "cần tìm kiếm"},
                              {"kind": "provided", "on": "2026-10-05"}]),
            # notified on 22/9, after the limit of 21/9: extends nothing; answered 25/9: late
            entry("05/2026", [rec("2026-09-08", "electronic", "complex"),
                              {"kind": "extended", "on": "2026-09-22", "reason": "cần tập hợp"},
                              {"kind": "provided", "on": "2026-09-25"}]),
        ],
        "2026-10-31",
        {
            "response_due": ["2026-10-05", "2026-09-21"],
            "notice_due": [None, None],
            "status": ["provided", "provided"],
            "timeliness": ["on_time", "late"],
        },
        "Law 01/2026/QH16 art. 26(3): extension of at most 12 days, notified within the time"
        " limit; 21/9/2026 + 12 days = Sat 3/10 → Mon 5/10 (Civil Code 148(5)); a notice after"
        " the limit extends nothing",
    ),
    (
        "law2026-register-sent-before",
        [
            # sent Fri 28/8, received Thu 3/9/2026 by post: Law 104/2016 art. 31(2), 15 working
            # days: 4, 7–11, 14–18, 21–24/9 → Thu 24/9; notice in 3: 4, 7, 8/9 → Tue 8/9
            entry("06/2026", [rec("2026-09-03", "postal", "complex", sent="2026-08-28")]),
            # received Fri 28/8/2026 incomplete, completed 3/9: sent before 1/9 (it was
            # received then), so Law 104/2016 art. 30(4): the same count from 3/9
            entry("07/2026", [rec("2026-08-28", "electronic", "complex", valid=False),
                              {"kind": "guided_to_complete", "on": "2026-08-28"},
                              {"kind": "completed", "on": "2026-09-03"}]),
            # by fax, sent 28/8: Law 104/2016 art. 31(1), 5 working days: 4, 7, 8, 9, 10/9
            entry("08/2026", [rec("2026-09-03", "fax", "simple", sent="2026-08-28"),
                              {"kind": "provided", "on": "2026-09-10"}]),
            # by fax, sent after the change: no channel of art. 24(1), no time limit computed
            entry("09/2026", [rec("2026-09-03", "fax", "simple")]),
        ],
        "2026-09-30",
        {
            "response_due": ["2026-09-24", "2026-09-24", "2026-09-10", None],
            "notice_due": ["2026-09-08", "2026-09-08", None, None],
            "status": ["in_progress", "in_progress", "provided", "in_progress"],
            "timeliness": ["overdue", "overdue", "on_time", "not_computable"],
        },
        "Law 01/2026/QH16 art. 31(4): sent before 1/9/2026, Law 104/2016 arts. 30(4), 31(1),"
        " 31(2) (31/8–2/9/2026 off, 9441/TB-BNV); fax after 1/9/2026 is no channel of art. 24(1)",
    ),
]  # fmt: skip


def _folded(entries: list[dict[str, Any]], as_of: str) -> Any:
    rows = tuple(
        RegisterEntry.from_events(
            e["number"], e["requester_name"], e["information_requested"], e["events"]
        )
        for e in entries
    )
    return Register(rows).fold(date.fromisoformat(as_of))


def _iso(values: list[date | None]) -> list[str | None]:
    return [None if v is None else v.isoformat() for v in values]


@pytest.mark.parametrize(
    ("case_id", "entries", "as_of", "expected", "why"),
    REGISTER_FOLDS_2026,
    ids=[c[0] for c in REGISTER_FOLDS_2026],
)
def test_register_folds_under_law_01_2026(
    case_id: str, entries: list[dict[str, Any]], as_of: str, expected: dict[str, Any], why: str
) -> None:
    f = _folded(entries, as_of)
    got = {
        "response_due": _iso(f.response_due),
        "notice_due": _iso(f.notice_due),
        "status": f.status,
        "timeliness": f.timeliness,
    }
    assert got == expected, why
    for i, e in enumerate(entries):  # the fold of each row's own events agrees
        s = fold(e["events"], as_of=date.fromisoformat(as_of))
        assert (s.status.value, s.timeliness.value) == (f.status[i], f.timeliness[i])
        assert s.response_due == f.response_due[i]


# -- the state: which law, which rule chose it, what it cites ---------------------------------


def test_sent_before_received_after_folds_under_2016_and_says_art_31_4_chose_it() -> None:
    """Received Thu 3/9/2026, sent Fri 28/8/2026: art. 31(4) keeps Law 104/2016; by post,
    complex: 15 working days (art. 31(2)) → Thu 24/9; notice in 3 → Tue 8/9."""
    s = fold([rec("2026-09-03", "postal", "complex", sent="2026-08-28")], as_of=D(2026, 9, 4))
    assert (s.regime, s.chosen_by, s.sent) == ("ati-2016", RegimeChoice.TRANSITION, D(2026, 8, 28))
    assert s.response_due == D(2026, 9, 24)
    notice = s.deadline(DeadlineKind.NOTICE)
    assert notice is not None and notice.due == D(2026, 9, 8)
    assert notice.citation.ref == "104/2016/QH13 art. 31(2)"
    cited = {c.ref for r in s.reasons for c in r.citations}
    assert "01/2026/QH16 art. 31(4)" in cited


def test_received_from_2026_09_01_without_sent_folds_under_2026() -> None:
    """Received Tue 1/9/2026 (a day off, 9441/TB-BNV; received over the Internet): Law
    01/2026/QH16, 12 days (art. 26(3)): Sun 13/9 → Mon 14/9. No notice of the time limit."""
    s = fold([rec("2026-09-01", "electronic", "complex")], as_of=D(2026, 9, 2))
    assert (s.regime, s.chosen_by, s.sent) == ("ati-2026", RegimeChoice.IN_FORCE, None)
    assert s.response_due == D(2026, 9, 14)
    assert [d.kind for d in s.deadlines] == [DeadlineKind.RESPONSE]
    assert s.deadlines[0].citation.ref == "01/2026/QH16 art. 26(3)"
    assert any("no deadline to notify the time limit" in r.text_en for r in s.reasons)
    assert any("01/2026/QH16" in c.ref for r in s.reasons for c in r.citations)


def test_a_late_extension_notice_under_2026_cites_art_26_3() -> None:
    """Art. 26(3): the extension notice is sent within the time limit (by Mon 21/9/2026)."""
    events = [
        rec("2026-09-08", "electronic", "complex"),
        {"kind": "extended", "on": "2026-09-22", "reason": "cần tập hợp"},
    ]
    s = fold(events, as_of=D(2026, 9, 30))
    problem = next(p for p in s.problems if p.code == "extension-notice-late")
    assert problem.citation is not None and problem.citation.ref == "01/2026/QH16 art. 26(3)"
    assert s.response_due == D(2026, 9, 21)


def test_an_extension_longer_than_12_days_is_a_problem_citing_art_26_3() -> None:
    events = [
        rec("2026-09-08", "electronic", "complex"),
        {"kind": "extended", "on": "2026-09-10", "reason": "cần tập hợp", "length": 13},
    ]
    s = fold(events, as_of=D(2026, 9, 30))
    problem = next(p for p in s.problems if p.code == "invalid-extension-length")
    assert problem.citation is not None and problem.citation.ref == "01/2026/QH16 art. 26(3)"


def test_a_simple_request_under_2016_still_cannot_be_extended() -> None:
    """Law 104/2016 art. 30(3): simple information, 3 working days, no extension (unchanged)."""
    events = [
        rec("2025-03-03", "electronic", "simple"),
        {"kind": "extended", "on": "2025-03-04", "reason": "x"},
    ]
    s = fold(events, as_of=D(2025, 3, 31))
    problem = next(p for p in s.problems if p.code == "extension-not-available")
    assert problem.citation is not None and problem.citation.ref == "104/2016/QH13 art. 30(3)"
    assert problem.event_index == 1


def test_fax_after_the_change_is_a_coded_problem_not_a_2016_limit() -> None:
    """Law 01/2026/QH16 art. 24(1) knows no fax: nothing is computed, the problem says why."""
    s = fold([rec("2026-09-03", "fax", "simple")], as_of=D(2026, 9, 30))
    assert s.response_due is None and s.timeliness is Timeliness.NOT_COMPUTABLE
    assert [p.code for p in s.problems] == ["channel-not-in-law"]


def test_sent_after_received_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="sent-after-received"):
        fold([rec("2026-09-03", "postal", "complex", sent="2026-09-04")], as_of=D(2026, 9, 4))
    with pytest.raises(InvalidInputError, match="row 0"):
        due_dates([D(2026, 9, 3)], ["postal"], ["complex"], sent=[D(2026, 9, 4)])


def test_refusals_carry_neutral_keys_under_either_law() -> None:
    """Art. 27(1) of Law 01/2026/QH16 and art. 28(1)(a) of Law 104/2016: the same ground."""
    s2016 = fold(
        [rec("2026-03-02", "at_office", "simple"),
         {"kind": "refused", "on": "2026-03-02", "grounds": ["a"]}],
        as_of=D(2026, 3, 31),
    )  # fmt: skip
    s2026 = fold(
        [rec("2026-09-08", "electronic", "simple"),
         {"kind": "refused", "on": "2026-09-10", "grounds": ["a", "c"]}],
        as_of=D(2026, 9, 30),
    )  # fmt: skip
    assert s2016.refusal_ground_keys == ("not_accessible_or_conditions_unmet",)
    assert s2026.refusal_ground_keys == ("not_accessible_or_conditions_unmet", "not_responsible")
    assert neutral_key("c", "ati-2026") == "not_responsible"
    assert s2026.status is RequestStatus.REFUSED and s2026.timeliness is Timeliness.ON_TIME


# -- the register's sent_on column --------------------------------------------------------------


def test_sent_on_is_a_column_and_survives_every_format() -> None:
    e = RegisterEntry.from_events(
        "06/2026", "Võ E", "Quy hoạch", [rec("2026-09-03", "postal", "complex", sent="2026-08-28")]
    )
    assert e.sent_on == D(2026, 8, 28)
    assert e.events()[0].sent == D(2026, 8, 28)  # type: ignore[union-attr]
    r = Register((e,))
    assert "Ngày gửi yêu cầu" in r.to_csv().splitlines()[0]
    assert Register.from_csv(r.to_csv()) == r
    assert Register.from_json(r.to_json()) == r
    with pytest.raises(InvalidInputError):
        RegisterEntry.from_events(
            "x", "Võ E", "Quy hoạch", [rec("2026-09-03", "postal", "complex", sent="2026-09-05")]
        )


# -- statistics of a year that straddles 2026-09-01 -------------------------------------------


def test_a_year_straddling_2026_09_01_counts_refusals_by_reason_across_both_laws() -> None:
    """Year 2026, four requests, counted by hand:

    * S1 Mon 2/3/2026 at the office, simple: Law 104/2016 art. 29(1), immediately; refused the
      same day under art. 28(1)(a): on time, 0 working days;
    * S2 Mon 1/6/2026 electronic, complex: art. 30(4), 15 working days: 2–5, 8–12, 15–19, 22/6
      → Mon 22/6; provided Tue 30/6: late by 23, 24, 25, 26, 29, 30/6 = 6 working days;
    * S3 Tue 8/9/2026 electronic, simple: Law 01/2026/QH16 art. 26(3), 12 days → Sun 20/9 →
      Mon 21/9; refused Thu 10/9 under art. 27(1): on time;
    * S4 Tue 8/9/2026 by post, complex, the same law; refused Tue 15/9 under art. 27(3) (not
      responsible): on time.

    Refusals: 3; by neutral reason: "not accessible or conditions unmet" 2 (one of each law),
    "not responsible" 1.
    """
    rows = (
        RegisterEntry.from_events("S1", "A", "x", [
            rec("2026-03-02", "at_office", "simple"),
            {"kind": "refused", "on": "2026-03-02", "grounds": ["a"]}]),
        RegisterEntry.from_events("S2", "B", "x", [
            rec("2026-06-01", "electronic", "complex"),
            {"kind": "provided", "on": "2026-06-30"}]),
        RegisterEntry.from_events("S3", "C", "x", [
            rec("2026-09-08", "electronic", "simple"),
            {"kind": "refused", "on": "2026-09-10", "grounds": ["a"]}]),
        RegisterEntry.from_events("S4", "D", "x", [
            rec("2026-09-08", "postal", "complex"),
            {"kind": "refused", "on": "2026-09-15", "grounds": ["c"]}]),
    )  # fmt: skip
    for use_numpy in (True, False):
        s = compute_statistics(
            Register(rows), ReportingPeriod.year(2026), agency="Sở Tư pháp", use_numpy=use_numpy
        )
        assert (s.received, s.refused, s.provided) == (4, 3, 1)
        assert (s.answered_on_time, s.answered_late, s.late_days_total) == (3, 1, 6)
        assert s.not_computable == 0
        by_reason = s.refused_by_reason
        assert by_reason["not_accessible_or_conditions_unmet"] == 2
        assert by_reason["not_responsible"] == 1
        assert sum(by_reason.values()) == 3
        assert s.refused_by_ground.a == 2 and s.refused_by_ground.c == 1


# -- batch == single across 2026 ------------------------------------------------------------------

_days_2026 = st.dates(D(2026, 8, 1), D(2027, 12, 31))
_channels = st.sampled_from(["at_office", "electronic", "postal"])


@st.composite
def _rows_2026(draw: st.DrawFn) -> tuple[date, str, str, str, int, date | None]:
    day = draw(_days_2026)
    via, form = draw(_channels), draw(_channels)
    comp = draw(st.sampled_from(["simple", "complex"]))
    sent = draw(st.none() | st.integers(0, 20).map(lambda n: day - timedelta(days=n)))
    return day, via, form, comp, draw(st.sampled_from([0, EXTEND_MAX])), sent


def _single(
    day: date, via: str, form: str, comp: str, ext: int, sent: date | None
) -> tuple[date | None, date | None, date | None]:
    try:
        d = response_deadline(day, form, comp, received_via=via, extended=ext != 0, sent=sent)
    except InvalidInputError as err:  # no extension of simple information (Law 104/2016)
        assert err.code == "extension-not-available"
        return None, None, None
    return d.original_due, d.notice_due, d.due


@pytest.mark.parametrize("use_numpy", [True, False])
@given(rows=st.lists(_rows_2026(), min_size=1, max_size=25))
def test_batch_equals_single_across_2026(
    rows: list[tuple[date, str, str, str, int, date | None]], use_numpy: bool
) -> None:
    """Each row of due_dates(..., sent=) is response_deadline(..., sent=) for the same request,
    on either side of 2026-09-01 and for requests sent before it."""
    want = [_single(*r) for r in rows]
    keep = [r for r, w in zip(rows, want, strict=True) if w[0] is not None]
    if not keep:
        return
    days, vias, forms, comps, exts, sents = (list(c) for c in zip(*keep, strict=True))
    got = due_dates(days, forms, comps, exts, received_via=vias, sent=sents, use_numpy=use_numpy)
    expected = [w for w in want if w[0] is not None]
    assert got.original_dates() == [w[0] for w in expected]
    assert got.notice_dates() == [w[1] for w in expected]
    assert got.due_dates() == [w[2] for w in expected]


def test_the_costs_of_a_request_sent_before_the_change_are_priced_under_its_own_law() -> None:
    """A fax request sent Fri 28/8/2026 and received Thu 3/9/2026 stays under Law 104/2016
    (Law 01/2026/QH16 art. 31(4)), where fax is a channel (art. 31) and Circular 46/2018 prices
    the copies: 10 b/w A4 pages × 3.000 đồng (appendix line 1.1) = 30.000 đồng, no postage for
    fax (Circular 46 art. 3(2)). Priced under 2026 it would have met art. 24(1), which has no fax."""
    from tiepcan.register.lifecycle import fold

    events = [
        {"kind": "received", "on": "2026-09-03", "sent": "2026-08-28",
         "received_via": "fax", "complexity": "simple"},
        {"kind": "costs_notified", "on": "2026-09-04", "amount": 30000,
         "payment_due": "2026-09-11", "items": {"photocopy_bw_a4": 10}},
    ]  # fmt: skip
    state = fold(events, as_of=date(2026, 9, 7))
    assert [p.code for p in state.problems] == []
    assert state.regime == "ati-2016"
