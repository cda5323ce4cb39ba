"""What the clerk records and reports (issue 19): two half-years make the year, the kind of
information, the written reasons and the cost lines, corrections and complaints against
their request, and the requester's address and contact (form 01a).

Dates are checked by hand on the official calendar (calendar-2018-2027.md).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tiepcan.register.book import Register, RegisterEntry
from tiepcan.register.lifecycle import fold, information_kind_of
from tiepcan.register.statistics import (
    DEFAULT_INFORMATION_KINDS,
    ReportingPeriod,
    Statistics,
    StatisticsError,
    compute_statistics,
    merge,
)

from strategies_register import registers

AGENCY = "Sở Tư pháp"


def _stats(reg: Register, period: ReportingPeriod, agency: str = AGENCY) -> Statistics:
    return compute_statistics(reg, period, agency=agency)


# -- two half-years ------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(entries=registers, year=st.integers(2019, 2025))
def test_the_two_half_years_add_up_to_the_year_exactly(
    entries: list[RegisterEntry], year: int
) -> None:
    """Decree 13 art. 12(4)(b) figures, 6-monthly and yearly: H1 + H2 == the year."""
    reg = Register(tuple(entries))
    h1 = _stats(reg, ReportingPeriod.half_year(year, 1))
    h2 = _stats(reg, ReportingPeriod.half_year(year, 2))
    assert h2.carried_over == h1.pending
    assert merge(h1, h2) == _stats(reg, ReportingPeriod.year(year))
    assert merge(h2, h1) == merge(h1, h2)  # in either order


def _row(number: str, received: str, *later: dict[str, Any], **kw: Any) -> RegisterEntry:
    events = [
        {"kind": "received", "on": received, "received_via": "electronic", "complexity": "simple"},
        *later,
    ]
    return RegisterEntry.from_events(number, "Nguyễn Văn A", "Kế hoạch sử dụng đất", events, **kw)


#: received Mon 23/6/2025 by e-mail, simple: due in 3 working days, Thu 26/6 (art. 30(3));
#: still open on 30/6, answered Wed 2/7/2025 (late)
STRADDLING = _row("01/2025", "2025-06-23", {"kind": "provided", "on": "2025-07-02"})
#: received and answered in H2
IN_H2 = _row("02/2025", "2025-08-04", {"kind": "provided", "on": "2025-08-05"})


def test_a_request_pending_at_midyear_is_carried_into_the_second_half() -> None:
    reg = Register((STRADDLING, IN_H2))
    h1 = _stats(reg, ReportingPeriod.half_year(2025, 1))
    h2 = _stats(reg, ReportingPeriod.half_year(2025, 2))
    assert (h1.received, h1.pending_overdue, h2.carried_over, h2.received) == (1, 1, 1, 1)
    year = merge(h1, h2)
    assert year.period == ReportingPeriod.year(2025)
    assert (year.carried_over, year.received, year.provided, year.pending) == (0, 2, 2, 0)
    assert (year.answered_late, year.late_days_total) == (1, 4)  # Fri 27, Mon 30/6, 1, 2/7


def test_merging_periods_that_do_not_chain_is_refused_with_the_reason() -> None:
    reg = Register((STRADDLING, IN_H2))
    h1 = _stats(reg, ReportingPeriod.half_year(2025, 1))
    h2 = _stats(reg, ReportingPeriod.half_year(2025, 2))
    q3 = _stats(reg, ReportingPeriod.between(date(2025, 7, 1), date(2025, 9, 30)))
    with pytest.raises(StatisticsError) as gap:
        merge(h1, _stats(reg, ReportingPeriod.between(date(2025, 7, 2), date(2025, 12, 31))))
    assert gap.value.code == "period-mismatch" and "gap" in str(gap.value)
    with pytest.raises(StatisticsError) as overlap:
        merge(h2, q3)
    assert overlap.value.code == "period-mismatch" and "overlap" in str(overlap.value)
    with pytest.raises(StatisticsError) as other:
        merge(h1, _stats(reg, ReportingPeriod.half_year(2025, 2), agency="Sở Xây dựng"))
    assert other.value.code == "period-mismatch" and "agencies" in str(other.value)
    # H2 of a register that lost the request carried over from H1
    lost = _stats(Register((IN_H2,)), ReportingPeriod.half_year(2025, 2))
    with pytest.raises(StatisticsError) as chain:
        merge(h1, lost)
    assert chain.value.code == "carried-over-mismatch"


def test_disjoint_agencies_over_one_period_merge_as_before() -> None:
    p = ReportingPeriod.half_year(2025, 2)
    a = _stats(Register((IN_H2,)), p)
    b = _stats(Register((IN_H2,)), p, agency="Sở Xây dựng")
    both = merge(a, b)
    assert (both.agencies, both.received, both.period) == (("Sở Tư pháp", "Sở Xây dựng"), 2, p)


# -- kind of information -------------------------------------------------------------------


def test_requests_are_counted_by_kind_of_information() -> None:
    """The provincial report asks for "loại thông tin được yêu cầu cung cấp": by default the
    kinds of art. 23 (the basis a decision records); an agency may use its own keys."""
    rows = (
        _row("01", "2025-08-04", information_kind="requesters_own_affairs"),
        _row("02", "2025-08-05", information_kind="requesters_own_affairs"),
        _row("03", "2025-08-06", information_kind="đất đai"),
        _row("04", "2025-08-07"),
        _row("05", "2025-05-07", information_kind="đất đai"),  # received in H1: not counted
    )
    s = _stats(Register(rows), ReportingPeriod.half_year(2025, 2))
    assert [(k.kind, k.received) for k in s.by_information_kind] == [
        ("requesters_own_affairs", 2),
        ("unclassified", 1),
        ("đất đai", 1),
    ]
    assert merge(s, s).by_information_kind[0].received == 4
    assert Statistics.from_json(s.to_json()) == s
    assert "requesters_own_affairs" in DEFAULT_INFORMATION_KINDS


def test_the_default_kind_comes_from_the_decision() -> None:
    from test_register_law import REQUEST

    from tiepcan.decision import assess

    assert information_kind_of(assess(REQUEST, {}, {})) == "other_information"
    # art. 23(3): information about the requester's own life and affairs (the decision's fact
    # about_requesters_affairs; concerns_requester is the "trực tiếp" test of arts. 36(1), 9(2)(h))
    own = assess(REQUEST, {}, {"about_requesters_affairs": True})
    assert information_kind_of(own) == "requesters_own_affairs"


# -- written reasons and cost lines --------------------------------------------------------

REASONS = (
    "Thông tin thuộc bí mật công tác (Điều 6 khoản 2);\nngười yêu cầu không thanh toán chi phí"
)
REFUSED = RegisterEntry.from_events(
    "07/2025",
    "Trần Thị B",
    "Hồ sơ dự án",
    [
        {"kind": "received", "on": "2025-04-16", "received_via": "postal",
         "complexity": "complex"},
        {"kind": "costs_notified", "on": "2025-04-18", "amount": 51000,
         "payment_due": "2025-04-25", "items": {"photocopy_bw_a4": 12}, "postage": 15000},
        {"kind": "refused", "on": "2025-05-05", "grounds": ["a", "e"], "reasons": REASONS},
        {"kind": "complaint_filed", "on": "2025-05-20", "route": "complaint"},
        {"kind": "complaint_resolved", "on": "2025-06-30"},
    ],
    requester_address="Số 5, phố Tràng Tiền, Hà Nội",
    requester_contact="0912 345 678; b@example.vn",
)  # fmt: skip


def test_the_written_reasons_and_the_cost_lines_are_kept() -> None:
    """Art. 28(2) Law 104/2016: a refusal in writing, "nêu rõ lý do"; art. 27 and Circular
    46/2018 art. 3 and appendix line 1.1: the notice lists what is charged (12 A4 pages at
    3.000 đồng, and the postage)."""
    assert REFUSED.refusal_reasons == REASONS
    assert REFUSED.cost_items == ("photocopy_bw_a4=12",)
    assert REFUSED.cost_postage == 15000
    refused = [e for e in REFUSED.events() if e.kind == "refused"]
    assert refused[0].reasons == REASONS  # type: ignore[union-attr]
    state = fold(REFUSED.events(), as_of=date(2025, 7, 1))
    assert state.quoted_costs == 51000  # 12 × 3.000 đ + 15.000 đ postage: the notice agrees


@pytest.mark.parametrize("fmt", ["json", "csv", "excel"])
def test_reasons_cost_lines_and_complaints_survive_every_format(fmt: str) -> None:
    reg = Register((REFUSED,))
    back = {
        "json": lambda: Register.from_json(reg.to_json()),
        "csv": lambda: Register.from_csv(reg.to_csv()),
        "excel": lambda: Register.from_excel(reg.to_excel()),
    }[fmt]()
    assert back == reg


def test_complaints_and_corrections_are_counted_from_the_register() -> None:
    """Art. 14 (complaint), art. 32(2) (request to correct), recorded against the request."""
    provided = _row(
        "08/2025",
        "2025-04-16",
        {"kind": "provided", "on": "2025-04-18"},
        {"kind": "correction_requested", "on": "2025-04-21"},
        {"kind": "correction_answered", "on": "2025-04-25", "corrected": True},
        {"kind": "complaint_filed", "on": "2025-05-02", "route": "lawsuit"},
    )
    assert (provided.corrected, provided.complaint_route) == (True, "lawsuit")
    s = compute_statistics(
        Register((REFUSED, provided)),
        ReportingPeriod.half_year(2025, 1),
        agency=AGENCY,
        complaints=[  # the same complaint kept apart too: counted once
            {"request_number": "07/2025", "route": "complaint", "filed_on": "2025-05-20"}
        ],
    )
    assert (s.complaints_filed, s.complaints_resolved) == (1, 1)
    assert (s.lawsuits_filed, s.lawsuits_resolved) == (1, 0)
    assert (s.corrections_requested, s.corrections_answered) == (1, 1)


def test_a_row_out_of_order_is_refused_with_a_coded_error() -> None:
    with pytest.raises(ValueError, match="correction"):
        dataclasses.replace(REFUSED, corrected=True)
