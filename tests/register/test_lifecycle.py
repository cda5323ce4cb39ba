"""The life of a request (Law 104/2016/QH13 arts. 14, 26–32; Decree 13/2018/NĐ-CP arts. 5, 10, 13).

Each scenario names the clause that decides it and the official announcement that makes its
calendar; every date was counted by hand on shared/reference/calendar-2018-2027.md.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan.data import DATA_DIR
from tiepcan.foundation import citations
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.register.lifecycle import (
    DeadlineKind,
    EventSequenceError,
    RequestState,
    RequestStatus,
    Timeliness,
    calendar_version,
    event_json_schema,
    fold,
    moved_deadlines,
    parse_events,
)
from tiepcan.rules.refusals import RefusalGround

from strategies_register import request_events
from workday_tables import install_table


def received(on: str, via: str, complexity: str, **kw: Any) -> dict[str, Any]:
    return {"kind": "received", "on": on, "received_via": via, "complexity": complexity, **kw}


def test_electronic_complex_extended_answered_on_last_day_is_on_time() -> None:
    """Art. 30(4): 15 working days, notice in 3, extension of at most 15 days notified within
    the time limit. Received Wed 7/2/2024; Tết 8–14/2/2024 off (8662/VPCP-KGVX, 5015/TB-LĐTBXH):
    working day 1 is Thu 15/2, day 3 Mon 19/2, day 15 Wed 6/3. 6/3 + 15 days = Thu 21/3."""
    events = [
        received("2024-02-07", "electronic", "complex"),
        {"kind": "time_limit_notified", "on": "2024-02-19"},
        {"kind": "extended", "on": "2024-03-06", "reason": "cần ý kiến của Sở Xây dựng"},
        {"kind": "provided", "on": "2024-03-21"},
    ]
    s = fold(events, as_of=date(2024, 12, 31))
    assert s.status is RequestStatus.PROVIDED
    assert s.timeliness is Timeliness.ON_TIME and s.days_late is None
    assert s.response_due == date(2024, 3, 21)
    assert s.deadline("response").due == date(2024, 3, 6)  # type: ignore[union-attr]
    assert s.deadline("notice").timeliness is Timeliness.ON_TIME  # type: ignore[union-attr]
    assert s.deadline(DeadlineKind.EXTENSION_NOTICE).done_on == date(2024, 3, 6)  # type: ignore[union-attr]
    assert s.problems == ()
    assert s.deadline("extended_response").citation == citations.law(30, 4)  # type: ignore[union-attr]
    # a day later would have been late by one working day (Fri 22/3/2024)
    late = fold([*events[:3], {"kind": "provided", "on": "2024-03-22"}], as_of=date(2024, 12, 31))
    assert (late.timeliness, late.days_late) == (Timeliness.LATE, 1)


def test_refused_on_ground_e_after_costs_went_unpaid() -> None:
    """Art. 28(1)(e), art. 27, Decree 13 art. 13(2). Post, complex (art. 31(2)): received Wed
    16/4/2025; Sat 26/4/2025 is a make-up working day and Fri 2/5 a day off (8726/VPCP-KGVX),
    30/4–1/5 holidays: day 8 is Sat 26/4, day 15 is Fri 9/5/2025. Payment was due 25/4."""
    events = [
        received("2025-04-16", "postal", "complex"),
        {"kind": "time_limit_notified", "on": "2025-04-18"},
        {
            "kind": "costs_notified",
            "on": "2025-04-18",
            "amount": 20000,
            "payment_due": "2025-04-25",
        },
        {"kind": "refused", "on": "2025-05-05", "grounds": ["e"], "reasons": "không thanh toán"},
    ]
    s = fold(events, as_of=date(2025, 6, 2))
    assert s.status is RequestStatus.REFUSED
    assert s.refusal_grounds == (RefusalGround.UNPAID_COSTS,)
    assert s.response_due == date(2025, 5, 9)
    assert s.deadline("notice").due == date(2025, 4, 21)  # type: ignore[union-attr]
    assert s.timeliness is Timeliness.ON_TIME
    assert s.costs_notified == 20000 and s.costs_paid is None
    assert s.problems == ()
    # refusing on ground e before the payment deadline has passed is a problem
    early = [*events[:3], {**events[3], "on": "2025-04-24"}]
    assert [p.code for p in fold(early, as_of=date(2025, 6, 2)).problems] == [
        "unpaid-costs-before-payment-due"
    ]


def test_completed_after_guidance_starts_the_clock_at_validity() -> None:
    """Art. 26(2) and art. 30(3): 3 working days from the day a *valid* request is received.
    Received Mon 5/1/2026 incomplete, completed Thu 8/1/2026; Sat 10/1/2026 is a make-up
    working day (12729/VPCP-KGVX): Fri 9/1 = 1, Sat 10/1 = 2, Mon 12/1 = 3."""
    events = [
        received("2026-01-05", "electronic", "simple", valid=False),
        {"kind": "guided_to_complete", "on": "2026-01-05", "missing": "mục đích sử dụng"},
        {"kind": "completed", "on": "2026-01-08"},
        {"kind": "provided", "on": "2026-01-12"},
    ]
    waiting = fold(events, as_of=date(2026, 1, 7))
    assert waiting.status is RequestStatus.AWAITING_COMPLETION
    assert waiting.timeliness is Timeliness.NOT_APPLICABLE and waiting.response_due is None
    s = fold(events, as_of=date(2026, 1, 31))
    assert s.valid_from == date(2026, 1, 8)
    assert s.response_due == date(2026, 1, 12)
    assert s.timeliness is Timeliness.ON_TIME


def test_redirected_to_the_responsible_agency() -> None:
    """Art. 26(3): not this agency's information: tell the requester and direct him or her."""
    events = [
        received("2025-03-03", "at_office", "simple"),
        {"kind": "redirected", "on": "2025-03-03", "to_agency": "Sở Tài nguyên và Môi trường"},
    ]
    s = fold(events, as_of=date(2025, 3, 31))
    assert s.status is RequestStatus.REDIRECTED
    assert s.timeliness is Timeliness.NOT_APPLICABLE
    assert s.outcome_on == date(2025, 3, 3)


def test_provided_in_part() -> None:
    """Art. 31(1): 5 working days by post. Received Fri 30/8/2024; Mon 2/9 and Tue 3/9/2024 off
    (8662/VPCP-KGVX): Wed 4/9 = 1 … Tue 10/9 = 5. Part withheld on art. 28(1)(a)."""
    events = [
        received("2024-08-30", "postal", "simple"),
        {"kind": "provided", "on": "2024-09-09", "in_part": True, "withheld_grounds": ["a"]},
    ]
    s = fold(events, as_of=date(2024, 9, 30))
    assert s.status is RequestStatus.PROVIDED_IN_PART
    assert s.response_due == date(2024, 9, 10)
    assert s.timeliness is Timeliness.ON_TIME
    assert s.refusal_grounds == (RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET,)


def test_overdue_as_of_a_date_by_working_days() -> None:
    """Art. 31(2): 15 working days by fax. Received Wed 22/1/2025; Tết 27–31/1/2025 off
    (8726/VPCP-KGVX, 6150/TB-BLĐTBXH): Thu 23 = 1, Fri 24 = 2, Mon 3/2 = 3 … Wed 19/2 = 15.
    As of Wed 26/2/2025 nothing is done: Thu 20, Fri 21, Mon 24, Tue 25, Wed 26 = 5 days."""
    s = fold([received("2025-01-22", "fax", "complex")], as_of=date(2025, 2, 26))
    assert s.response_due == date(2025, 2, 19)
    assert (s.timeliness, s.days_late) == (Timeliness.OVERDUE, 5)
    assert s.deadline("notice").timeliness is Timeliness.OVERDUE  # type: ignore[union-attr]
    assert fold([received("2025-01-22", "fax", "complex")], as_of=date(2025, 2, 19)).timeliness is (
        Timeliness.PENDING
    )


def test_received_under_the_2026_law_is_judged_under_it() -> None:
    """Received Wed 2/9/2026 (a day off, 9441/TB-BNV; the request is still received): Law
    01/2026/QH16 governs (art. 30(1)); 12 days (art. 26(3)) end on Mon 14/9/2026, a working
    day. Open on 30/9/2026 it is overdue by the working days 15–18, 21–25, 28–30/9 = 12."""
    s = fold([received("2026-09-02", "electronic", "simple")], as_of=date(2026, 9, 30))
    assert s.received_on == date(2026, 9, 2)
    assert s.status is RequestStatus.IN_PROGRESS
    assert (s.timeliness, s.days_late) == (Timeliness.OVERDUE, 12)
    assert s.response_due == date(2026, 9, 14) and s.regime == "ati-2026"
    assert [d.kind.value for d in s.deadlines] == ["response"]
    assert s.deadlines[0].citation.ref == "01/2026/QH16 art. 26(3)"


def _calendar_without(days: set[str]) -> Any:
    """The bundled calendar minus some announced days: the calendar before an announcement."""
    from tiepcan.foundation.workdays import _Table

    raw = json.loads(DATA_DIR.joinpath("calendar_working.json").read_text("utf-8"))
    for key in ("weekdays_off", "weekend_working_days"):
        raw[key] = [d for d in raw[key] if d not in days]
    return _Table(raw)


def test_a_swap_announced_after_receipt_moves_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """2450/VPCP-KGVX (12/4/2024) made Mon 29/4/2024 a day off and Sat 4/5/2024 a working day.
    An electronic complex request received Fri 5/4/2024, before it: counted on the calendar
    then known, day 15 was Mon 29/4 (Thu 18/4 Giỗ Tổ off); on the announced calendar 29/4,
    30/4 and 1/5 are off and day 15 is Thu 2/5/2024. The notice day (Wed 10/4) does not move."""
    import tiepcan.register.lifecycle as lc

    events = [received("2024-04-05", "electronic", "complex")]
    new = fold(events, as_of=date(2024, 4, 8))
    old_table = _calendar_without({"2024-04-29", "2024-05-04"})
    install_table(monkeypatch, old_table)
    monkeypatch.setattr(lc, "calendar_version", lambda: "before-2450/VPCP-KGVX")
    old = fold(events, as_of=date(2024, 4, 8))
    monkeypatch.undo()
    assert old.response_due == date(2024, 4, 29) and new.response_due == date(2024, 5, 2)
    moved = moved_deadlines(old, new)
    assert [(m.kind, m.old_due, m.new_due) for m in moved] == [
        (DeadlineKind.RESPONSE, date(2024, 4, 29), date(2024, 5, 2))
    ]
    assert old.calendar_version != new.calendar_version == calendar_version()


@pytest.mark.parametrize(
    ("events", "code"),
    [
        (
            [{"kind": "provided", "on": "2024-03-01"}, received("2024-03-04", "fax", "simple")],
            "event-before-receipt",
        ),
        (
            [
                received("2024-03-04", "fax", "complex"),
                {"kind": "extended", "on": "2024-03-05", "reason": "r"},
                {"kind": "extended", "on": "2024-03-06", "reason": "r"},
            ],
            "two-extensions",
        ),
        (
            [
                received("2024-03-04", "fax", "complex"),  # original due Mon 25/3/2024
                {"kind": "extended", "on": "2024-03-26", "reason": "r"},
            ],
            "extension-notice-late",
        ),
        (
            [
                received("2024-03-04", "fax", "complex"),
                {"kind": "costs_paid", "on": "2024-03-05", "amount": 5000},
            ],
            "payment-before-costs-notice",
        ),
        (
            [
                received("2024-03-04", "fax", "simple"),
                {"kind": "provided", "on": "2024-03-05"},
                {"kind": "refused", "on": "2024-03-06", "grounds": ["c"]},
            ],
            "outcome-after-final",
        ),
        (
            [
                received("2024-03-04", "fax", "simple"),
                {"kind": "time_limit_notified", "on": "2024-03-06"},
                {"kind": "provided", "on": "2024-03-05"},
            ],
            "events-out-of-order",
        ),
    ],
)
def test_invalid_sequences_are_recorded_and_strict_raises(events: list[Any], code: str) -> None:
    s = fold(events, as_of=date(2024, 12, 31))
    assert code in [p.code for p in s.problems]
    assert all(p.citation is not None for p in s.problems)
    with pytest.raises(EventSequenceError) as err:
        fold(events, as_of=date(2024, 12, 31), strict=True)
    assert err.value.code == "invalid-event-sequence"
    assert err.value.problems == tuple(s.problems)
    first = s.problems[0]
    assert err.value.detail.startswith(f"event {first.event_index}: {first.code}")


def test_late_extension_notice_extends_nothing() -> None:
    """Fax, complex, received Mon 4/3/2024: 15 working days end Mon 25/3/2024. A notice sent
    on 26/3 is outside the time limit (art. 31(2)), so 25/3 still governs."""
    s = fold(
        [
            received("2024-03-04", "fax", "complex"),
            {"kind": "extended", "on": "2024-03-26", "reason": "r"},
        ],
        as_of=date(2024, 3, 27),
    )
    assert s.response_due == date(2024, 3, 25)
    assert (s.timeliness, s.days_late) == (Timeliness.OVERDUE, 2)


def test_events_are_strict_about_dates_and_flags() -> None:
    with pytest.raises(InvalidInputError):
        parse_events([received("2024-03-04T00:00:00", "fax", "simple")])
    with pytest.raises(InvalidInputError):
        parse_events([{"kind": "costs_paid", "on": "2024-03-04", "amount": True}])
    with pytest.raises(InvalidInputError):
        parse_events([{"on": "2024-03-04"}])  # no kind
    assert "discriminator" in json.dumps(event_json_schema())


def test_correction_deadline_is_15_days_rolled_forward() -> None:
    """Art. 32(2): 15 days from the request to correct. Asked Fri 12/4/2024: 15 days end
    Sat 27/4/2024, a day off; the next working day is Thu 2/5 (29/4 swapped off by
    2450/VPCP-KGVX, 30/4 and 1/5 holidays; Civil Code art. 148(5))."""
    s = fold(
        [
            received("2024-04-01", "electronic", "simple"),
            {"kind": "provided", "on": "2024-04-03"},
            {"kind": "correction_requested", "on": "2024-04-12"},
        ],
        as_of=date(2024, 4, 20),
    )
    assert s.deadline("correction").due == date(2024, 5, 2)  # type: ignore[union-attr]
    assert s.correction_pending


# --------------------------------------------------------------------------------------
# Properties.


@given(request_events(), st.dates(date(2018, 7, 1), date(2026, 12, 31)))
def test_fold_is_deterministic_and_round_trips_json(events: list[Any], as_of: date) -> None:
    a, b = fold(events, as_of=as_of), fold(list(events), as_of=as_of)
    assert a == b
    assert RequestState.from_json(a.to_json()) == a


@given(request_events(), st.integers(0, 60), st.integers(1, 400))
def test_a_later_event_never_changes_an_earlier_state(
    events: list[Any], back: int, ahead: int
) -> None:
    last = max(e["on"] for e in events)
    as_of = last - timedelta(days=back)
    later = {"kind": "complaint_filed", "on": as_of + timedelta(days=ahead)}
    assert fold([*events, later], as_of=as_of) == fold(events, as_of=as_of)


@given(request_events(), st.data())
def test_out_of_order_sequences_are_reported(events: list[Any], data: st.DataObject) -> None:
    if len({e["on"] for e in events}) < 2:
        return
    shuffled = data.draw(st.permutations(events))
    dates = [e["on"] for e in shuffled]
    s = fold(shuffled, as_of=date(2027, 12, 31))
    if dates != sorted(dates):
        assert "events-out-of-order" in [p.code for p in s.problems]
        with pytest.raises(EventSequenceError):
            fold(shuffled, as_of=date(2027, 12, 31), strict=True)
