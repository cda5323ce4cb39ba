"""Statistics of requests for information (Decree 13/2018/NĐ-CP art. 12(4)(b); the provincial
6-monthly and yearly list), counted by hand on a small register written from the law.

The period is the first half of 2024. Working days of 2024 (official announcements): 1/1
off; Tết 8, 9, 12, 13, 14/2 off (8662/VPCP-KGVX); Giỗ Tổ Thu 18/4 off; 29/4, 30/4, 1/5 off
and Sat 4/5 worked (2450/VPCP-KGVX). "Working days after X up to Y" counts the days after X
(Civil Code 2015 art. 147) up to and including Y.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan.foundation.errors import InvalidInputError
from tiepcan.register.book import Register, RegisterEntry
from tiepcan.register.statistics import (
    ComplaintRecord,
    GroundCounts,
    ReportingPeriod,
    Statistics,
    StatisticsError,
    compute_statistics,
    merge,
)

from strategies_register import register_entries

H1_2024 = ReportingPeriod.half_year(2024, 1)


def row(number: str, events: list[dict[str, Any]]) -> RegisterEntry:
    return RegisterEntry.from_events(number, "Nguyễn Văn A", "Thông tin", events)


def rec(on: str, via: str, complexity: str, **kw: Any) -> dict[str, Any]:
    return {"kind": "received", "on": on, "received_via": via, "complexity": complexity, **kw}


#: one request per line, each with the clause and the calendar that decide its figures
SMALL = (
    # R1 art. 30(3): electronic, simple, 3 working days from Wed 27/12/2023: 28, 29/12, (1/1
    # off) 2/1 -> due 2/1/2024; provided 3/1: late by 1; 4 working days to answer. Carried over.
    row(
        "R1", [rec("2023-12-27", "electronic", "simple"), {"kind": "provided", "on": "2024-01-03"}]
    ),
    # R2 settled before the period: not counted at all
    row(
        "R2", [rec("2023-12-04", "electronic", "simple"), {"kind": "provided", "on": "2023-12-05"}]
    ),
    # R3 art. 30(4): electronic, complex, 7/2/2024 before Tết: 15 working days -> 6/3; extended
    # (form 04) on 1/3 by 15 days -> Thu 21/3; provided 21/3: on time; 26 working days to answer
    row(
        "R3",
        [
            rec("2024-02-07", "electronic", "complex"),
            {"kind": "time_limit_notified", "on": "2024-02-15"},
            {"kind": "extended", "on": "2024-03-01", "reason": "tập hợp từ nhiều đơn vị"},
            {"kind": "provided", "on": "2024-03-21"},
        ],
    ),
    # R4 arts. 27, 28(1)(e), 31(2): post, complex, Tue 16/4: 17, 19, 22–26, 2, 3, Sat 4/5, 6–10
    # -> due 10/5; costs 20,000 đ notified 17/4, due 24/4, unpaid; refused (e) 6/5: on time;
    # 11 working days to answer
    row(
        "R4",
        [
            rec("2024-04-16", "postal", "complex"),
            {
                "kind": "costs_notified",
                "on": "2024-04-17",
                "amount": 20000,
                "payment_due": "2024-04-24",
            },
            {"kind": "refused", "on": "2024-05-06", "grounds": ["e"]},
        ],
    ),
    # R5 arts. 26(2), 29(1): at the office, simple, incomplete on 5/3, completed Fri 8/3,
    # provided in part the same day (point a withheld): on time, 0 working days
    row(
        "R5",
        [
            rec("2024-03-05", "at_office", "simple", valid=False),
            {"kind": "guided_to_complete", "on": "2024-03-05"},
            {"kind": "completed", "on": "2024-03-08"},
            {"kind": "provided", "on": "2024-03-08", "in_part": True, "withheld_grounds": ["a"]},
        ],
    ),
    # R6 art. 26(3): redirected; no time limit
    row(
        "R6",
        [
            rec("2024-05-20", "at_office", "simple"),
            {"kind": "redirected", "on": "2024-05-21", "to_agency": "Sở Tài nguyên và Môi trường"},
        ],
    ),
    # R7 art. 31(2): fax, complex, Mon 3/6: 15 working days -> 24/6; open on 30/6: overdue
    row("R7", [rec("2024-06-03", "fax", "complex")]),
    # R8 art. 30(3): electronic, simple, Fri 28/6 -> due 3/7; open on 30/6: in time
    row("R8", [rec("2024-06-28", "electronic", "simple")]),
    # R9 art. 26(2): post, incomplete, never completed: awaiting completion
    row("R9", [rec("2024-06-25", "postal", "simple", valid=False)]),
    # R10 received after the period: not counted
    row("R10", [rec("2024-07-02", "electronic", "simple")]),
    # R11 art. 30(3): electronic, simple, Thu 25/4: 26/4, (29/4–1/5 off) 2, 3/5 -> due 3/5;
    # provided Mon 6/5: late by 2 (Sat 4/5 worked, 6/5); 5 working days to answer
    row(
        "R11", [rec("2024-04-25", "electronic", "simple"), {"kind": "provided", "on": "2024-05-06"}]
    ),
    # R12 arts. 28(1)(a), (đ), 30(4): electronic, complex, 15/1 -> due 5/2; refused on two
    # grounds 26/1: on time; 9 working days to answer
    row(
        "R12",
        [
            rec("2024-01-15", "electronic", "complex"),
            {"kind": "refused", "on": "2024-01-26", "grounds": ["a", "dd"]},
        ],
    ),
)

COMPLAINTS = (
    {
        "request_number": "R4",
        "route": "complaint",
        "filed_on": "2024-05-20",
        "resolved_on": "2024-06-14",
    },
    {"request_number": "R12", "route": "lawsuit", "filed_on": "2024-03-01"},
    {
        "request_number": "X",
        "route": "complaint",
        "filed_on": "2023-11-20",
        "resolved_on": "2024-01-10",
    },
)


@pytest.fixture(scope="module")
def small() -> Statistics:
    return compute_statistics(Register(SMALL), H1_2024, agency="Sở Tư pháp", complaints=COMPLAINTS)


def test_figures_of_decree_13_art_12_4_b(small: Statistics) -> None:
    """Received, settled, refused; carried over and pending balance the period."""
    assert (small.carried_over, small.received) == (1, 9)
    assert (small.provided, small.provided_in_part, small.refused, small.redirected) == (3, 1, 2, 1)
    assert small.settled == 7
    assert (small.awaiting_completion, small.pending_in_time, small.pending_overdue) == (1, 1, 1)
    assert small.pending == 3


def test_ways_received_and_kinds_of_information(small: Statistics) -> None:
    """Art. 24(1) ways of asking; arts. 29–31 simple or complex information."""
    assert small.received_electronic == 4  # R3, R8, R11, R12
    assert small.received_at_office == 2  # R5, R6
    assert small.received_postal == 2  # R4, R9
    assert small.received_fax == 1  # R7
    assert (small.received_simple, small.received_complex) == (5, 4)


def test_on_time_and_late_on_the_official_calendar(small: Statistics) -> None:
    """R1 and R11 late by 1 and 2 working days; the rest of the answers on time."""
    assert (small.answered_on_time, small.answered_late, small.answered_not_computable) == (4, 2, 0)
    assert (small.late_days_total, small.late_days_max) == (3, 2)
    assert small.average_late_days == 1.5


def test_time_to_answer_in_working_days(small: Statistics) -> None:
    """R1 4, R3 26, R4 11, R5 0, R11 5, R12 9 working days."""
    assert small.answer_days_count == 6
    assert small.answer_days_total == 4 + 26 + 11 + 0 + 5 + 9
    assert small.answer_days_max == 26
    assert small.average_answer_days == pytest.approx(55 / 6)


def test_refusals_by_ground_of_art_28_1(small: Statistics) -> None:
    """R4 point e; R12 points a and đ (counted under each); R5 withheld under point a."""
    assert small.refused_by_ground == GroundCounts(a=1, dd=1, e=1)
    assert small.refused_by_ground.get("dd") == 1
    assert small.withheld_by_ground == GroundCounts(a=1)


def test_costs_in_integer_dong(small: Statistics) -> None:
    """Art. 27: R4's notice of 20,000 đ; nothing paid."""
    assert (small.costs_notified_count, small.costs_notified_total) == (1, 20000)
    assert (small.costs_paid_count, small.costs_paid_total) == (0, 0)


def test_complaints_and_lawsuits_of_art_14(small: Statistics) -> None:
    """Filed in the period: R4's complaint, R12's lawsuit; resolved: R4's and one from 2023."""
    assert (small.complaints_filed, small.complaints_resolved) == (1, 2)
    assert (small.lawsuits_filed, small.lawsuits_resolved) == (1, 0)
    assert small.complaints_and_lawsuits_resolved == 2


def test_figures_by_month(small: Statistics) -> None:
    months = {m.month: m for m in small.by_month}
    assert list(months) == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
    assert [m.received for m in small.by_month] == [1, 1, 1, 2, 1, 3]
    assert [m.answered_on_time for m in small.by_month] == [1, 0, 2, 0, 1, 0]  # R12; R3, R5; R4
    assert [m.answered_late for m in small.by_month] == [1, 0, 0, 0, 1, 0]  # R1; R11
    assert [m.refused for m in small.by_month] == [1, 0, 0, 0, 1, 0]  # R12; R4


def test_request_under_the_2026_law_is_counted_and_judged() -> None:
    """Received Wed 2/9/2026 under Law 01/2026/QH16: 12 days (art. 26(3)) end on Mon 14/9/2026;
    still open on 31/12/2026, it is pending and overdue, judged under its own law."""
    later = row("L1", [rec("2026-09-02", "electronic", "simple")])
    s = compute_statistics(Register((later,)), ReportingPeriod.half_year(2026, 2), agency="X")
    assert (s.received, s.received_not_computable, s.pending_not_computable) == (1, 0, 0)
    assert s.not_computable == 0 and s.pending_overdue == 1


def test_statistics_from_a_fold_must_be_as_of_the_last_day() -> None:
    fold = Register(SMALL).fold(date(2024, 6, 30))
    assert compute_statistics(fold, H1_2024, agency="Sở Tư pháp").received == 9
    with pytest.raises(StatisticsError, match="fold-date-mismatch"):
        compute_statistics(Register(SMALL).fold(date(2024, 7, 1)), H1_2024, agency="X")


def test_reporting_periods() -> None:
    """6 months, a year, 3 years (Decree 13 art. 12(3)), any two days."""
    assert ReportingPeriod.half_year(2024, 2) == ReportingPeriod(
        date(2024, 7, 1), date(2024, 12, 31)
    )
    assert ReportingPeriod.year(2024).months()[-1] == "2024-12"
    assert len(ReportingPeriod.years(2022).months()) == 36
    assert ReportingPeriod.year(2024).label("vi", short=True) == "năm 2024"
    with pytest.raises(StatisticsError, match="invalid-period"):
        ReportingPeriod.between(date(2024, 2, 1), date(2024, 1, 1))
    with pytest.raises(StatisticsError, match="invalid-period"):
        ReportingPeriod.half_year(2024, 3)


def test_bad_complaint_records_are_refused() -> None:
    with pytest.raises(InvalidInputError, match="filed_on"):
        compute_statistics(
            Register(()),
            H1_2024,
            agency="X",
            complaints=[{"request_number": "1", "route": "complaint", "filed_on": "01/02/2024"}],
        )
    assert ComplaintRecord.json_schema()["properties"]["route"]


# --------------------------------------------------------------------------------------
# JSON, consistency, merging.


def test_json_round_trip_is_the_identity(small: Statistics) -> None:
    assert Statistics.from_json(small.to_json()) == small
    assert Statistics.json_schema()["type"] == "object"


def test_figures_that_do_not_add_up_are_refused(small: Statistics) -> None:
    data = small.to_dict()
    data["received"] += 1
    with pytest.raises(StatisticsError, match="statistics-do-not-add-up"):
        Statistics.from_dict(data)


def test_merge_needs_the_same_period(small: Statistics) -> None:
    other = compute_statistics(Register(SMALL), ReportingPeriod.year(2024), agency="X")
    with pytest.raises(StatisticsError, match="period-mismatch"):
        merge(small, other)


def test_merged_agencies_are_named_and_figures_add_up(small: Statistics) -> None:
    other = compute_statistics(Register(SMALL[:4]), H1_2024, agency="Sở Nội vụ")
    total = small + other
    assert total.agencies == ("Sở Nội vụ", "Sở Tư pháp")
    assert total.received == small.received + other.received
    assert total.answer_days_max == max(small.answer_days_max, other.answer_days_max)


periods = st.sampled_from(
    [
        ReportingPeriod.half_year(2024, 1),
        ReportingPeriod.year(2025),
        ReportingPeriod.years(2019, 3),
        ReportingPeriod.between(date(2026, 3, 15), date(2026, 11, 30)),
    ]
)


@given(
    st.lists(register_entries(), max_size=6),
    st.lists(register_entries(), max_size=6),
    periods,
)
def test_statistics_of_a_merged_register_equal_the_sum_of_its_parts(
    r1: list[RegisterEntry], r2: list[RegisterEntry], period: ReportingPeriod
) -> None:
    a = compute_statistics(Register(tuple(r1)), period, agency="A")
    b = compute_statistics(Register(tuple(r2)), period, agency="A")
    both = compute_statistics(Register(tuple(r1 + r2)), period, agency="A")
    assert both == merge(a, b) == a + b


def test_plain_python_count_gives_the_hand_figures_too(small: Statistics) -> None:
    """Without numpy (extra ``batch``) the figures are the same."""
    plain = compute_statistics(
        Register(SMALL), H1_2024, agency="Sở Tư pháp", complaints=COMPLAINTS, use_numpy=False
    )
    assert plain == small


@given(st.lists(register_entries(), max_size=8), periods)
def test_numpy_and_plain_python_counts_agree(
    entries: list[RegisterEntry], period: ReportingPeriod
) -> None:
    pytest.importorskip("numpy")
    register = Register(tuple(entries))
    with_numpy = compute_statistics(register, period, agency="A", use_numpy=True)
    assert with_numpy == compute_statistics(register, period, agency="A", use_numpy=False)
