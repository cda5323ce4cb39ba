"""One path to the law (issue 16, "the request-handling law written once"; issue 17 item 8):
the fold, the register, the batch path and statistics give the dates, citations and
statuses of :func:`tiepcan.deadlines.response_deadline` and of :func:`tiepcan.register.lifecycle.fold`.

Dates are checked by hand on the official calendar (calendar-2018-2027.md): April 2025 has
Sat 26/4 worked and Fri 2/5 off in exchange, 30/4 and 1/5 public holidays (Công văn
8726/VPCP-KGVX; Thông báo 6150/TB-BLĐTBXH).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan.deadlines import response_deadline
from tiepcan.foundation.errors import InvalidInputError, RegimeNotEncodedError
from tiepcan.foundation.regimes import require_engine, resolve_regime
from tiepcan.register.batch import EXTEND_MAX, due_dates
from tiepcan.register.book import Register, RegisterEntry, RegisterOutcome
from tiepcan.register.lifecycle import (
    DECISION_OUTCOMES,
    FINAL_STATUSES,
    RequestOutcome,
    RequestStatus,
    fold,
    outcome_of,
    parse_events,
    response_rule,
    to_event,
)

from strategies_register import batch_rows_via, registers

#: received by post on Wed 16/4/2025, the requester asks to read the documents at the office
POSTAL_READ_AT_OFFICE: dict[str, Any] = {
    "kind": "received",
    "on": "2025-04-16",
    "received_via": "postal",
    "provision_form": "at_office",
}


def _entry(*events: dict[str, Any]) -> RegisterEntry:
    return RegisterEntry.from_events("01/2025", "Nguyễn Văn A", "Quyết định giao đất", events)


# -- received one way, provided another ------------------------------------------------


def test_simple_request_by_post_to_read_at_office_has_the_postal_limit() -> None:
    """Art. 29(1) "cung cấp ngay" presumes the requester at the office; a simple request that
    came by post gets art. 31(1)'s 5 working days (reading remote-request-simple-at-office):
    Thu 17, Fri 18, Mon 21, Tue 22, Wed 23/4/2025."""
    events = [POSTAL_READ_AT_OFFICE | {"complexity": "simple"}]
    as_of = date(2025, 4, 30)
    assert fold(events, as_of=as_of).response_due == date(2025, 4, 23)
    f = Register((_entry(*events),)).fold(as_of)
    assert f.response_due[0] == date(2025, 4, 23)
    # overdue by 24, 25, Sat 26 (worked), 28, 29/4; 30/4 is a public holiday
    assert f.timeliness[0] == "overdue" and f.days_late[0] == 5


def test_complex_request_by_post_to_read_at_office_keeps_the_postal_notice() -> None:
    """Art. 29(2): 10 working days from Wed 16/4/2025 — 17, 18, 21, 22, 23, 24, 25, Sat 26
    (worked, 8726/VPCP-KGVX), 28, Tue 29/4; the notice of art. 31(2) within 3 working days:
    Mon 21/4 (reading remote-request-complex-notice)."""
    events = [POSTAL_READ_AT_OFFICE | {"complexity": "complex"}]
    f = Register((_entry(*events),)).fold(date(2025, 4, 20))
    assert (f.original_due[0], f.notice_due[0]) == (date(2025, 4, 29), date(2025, 4, 21))
    d = response_deadline(date(2025, 4, 16), "at_office", "complex", received_via="postal")
    assert (d.due, d.notice_due) == (date(2025, 4, 29), date(2025, 4, 21))


def _single(day: date, via: str, form: str, comp: str, ext: int) -> tuple[Any, ...]:
    try:
        # only rows under a ruleset encoded for the register chain are computed (engines.toml)
        require_engine(resolve_regime(day), "lifecycle")
        d = response_deadline(
            day,
            form,
            comp,
            received_via=via,
            extended=ext != 0,
            extension_length=None if ext in (0, EXTEND_MAX) else ext,
        )
    except RegimeNotEncodedError:
        return None, None, None
    except InvalidInputError as err:  # fax after 2026-09-01: no channel of art. 24(1)
        assert err.code == "channel-not-in-law"
        return None, None, None
    return d.original_due, d.notice_due, d.due


@pytest.mark.parametrize("use_numpy", [True, False])
@given(rows=st.lists(batch_rows_via(), min_size=1, max_size=30))
def test_batch_with_the_way_received_equals_response_deadline(
    rows: list[tuple[date, str, str, str, int]], use_numpy: bool
) -> None:
    days, vias, forms, comps, exts = (list(c) for c in zip(*rows, strict=True))
    got = due_dates(days, forms, comps, exts, received_via=vias, use_numpy=use_numpy)
    want = [_single(*r) for r in rows]
    assert got.original_dates() == [w[0] for w in want]
    assert got.notice_dates() == [w[1] for w in want]
    assert got.due_dates() == [w[2] for w in want]


@pytest.mark.parametrize("use_numpy", [True, False])
@given(entries=registers, as_of=st.dates(date(2018, 7, 1), date(2026, 12, 31)))
def test_every_path_gives_the_dates_of_response_deadline(
    entries: list[RegisterEntry], as_of: date, use_numpy: bool
) -> None:
    f = Register(tuple(entries)).fold(as_of, use_numpy=use_numpy)
    for i, e in enumerate(entries):
        start = e.received_on if e.valid else e.valid_on
        if start is None or start > as_of:
            assert f.original_due[i] is None
            continue
        # the law is chosen by the day sent (Law 01/2026/QH16 art. 31(4)); a request
        # received before it became valid was sent no later than the day received
        sent = e.sent_on or (e.received_on if e.received_on < start else None)
        try:
            d = response_deadline(
                start, e.provision_form, e.complexity, received_via=e.received_via, sent=sent
            )
        except RegimeNotEncodedError:
            assert f.original_due[i] is None
            continue
        except InvalidInputError as err:  # fax after 2026-09-01: no channel of art. 24(1)
            assert err.code == "channel-not-in-law"
            assert f.original_due[i] is None and not f.encoded[i]
            continue
        assert (f.original_due[i], f.notice_due[i]) == (d.original_due, d.notice_due)
        s = fold(e.events(), as_of=as_of)
        assert s.response_due == f.response_due[i]
        assert s.deadline("response").due == d.original_due  # type: ignore[union-attr]


# -- issue 17 item 8: one fold, one answer ---------------------------------------------


@pytest.mark.parametrize("use_numpy", [True, False])
@given(entries=registers, as_of=st.dates(date(2018, 7, 1), date(2026, 12, 31)))
def test_register_columns_equal_the_lifecycle_state(
    entries: list[RegisterEntry], as_of: date, use_numpy: bool
) -> None:
    f = Register(tuple(entries)).fold(as_of, use_numpy=use_numpy)
    for i, e in enumerate(entries):
        s = fold(e.events(), as_of=as_of)
        assert (f.status[i], f.timeliness[i], f.days_late[i], f.response_due[i]) == (
            s.status.value,
            s.timeliness.value,
            s.days_late,
            s.response_due,
        )
        if s.received_on is not None:
            assert e.costs_notified == s.costs_notified or e.costs_notified_on > as_of  # type: ignore[operator]


def test_provided_before_receipt_reads_the_same_in_the_row_and_the_state() -> None:
    """An answer dated before the receipt it answers (a clerk's slip) is kept, reported as a
    problem (art. 26(1): the register starts with the receipt), and read the same way by
    the register's columns and by the fold of the row's events."""
    events = [
        {"kind": "received", "on": "2025-04-16", "received_via": "at_office",
         "complexity": "simple"},
        {"kind": "provided", "on": "2025-04-15"},
    ]  # fmt: skip
    e = _entry(*events)
    f = Register((e,)).fold(date(2025, 5, 30))
    s = fold(e.events(), as_of=date(2025, 5, 30))
    assert (f.status[0], f.timeliness[0]) == (s.status.value, s.timeliness.value)
    assert (s.status.value, s.timeliness.value) == ("provided", "on_time")
    assert "event-before-receipt" in {p.code for p in s.problems}


def test_a_renotified_cost_keeps_every_notice() -> None:
    """Art. 27: the agency notifies the costs and the payment deadline; a second notice
    replaces the first as the one to pay, and the state keeps both."""
    events = [
        {"kind": "received", "on": "2025-04-16", "received_via": "postal",
         "complexity": "complex"},
        {"kind": "costs_notified", "on": "2025-04-17", "amount": 20000,
         "payment_due": "2025-04-24"},
        {"kind": "costs_notified", "on": "2025-04-18", "amount": 12000,
         "payment_due": "2025-04-25"},
    ]  # fmt: skip
    s = fold(events, as_of=date(2025, 4, 20))
    assert [(n.on, n.amount) for n in s.cost_notices] == [
        (date(2025, 4, 17), 20000),
        (date(2025, 4, 18), 12000),
    ]
    assert s.costs_notified == 12000
    e = _entry(*events)
    assert e.costs_notified == 12000 and e.payment_due == date(2025, 4, 25)
    # the second notice's reason, whole: thousands with ".", the clauses with "," (a re-notice
    # once read "12.000 đồng. hạn thanh toán …": the separator swap took the commas too)
    assert (
        "Thông báo chi phí ngày 18/04/2025: 12.000 đồng, hạn thanh toán 25/04/2025, "
        "thay thông báo ngày 17/04/2025 (20.000 đồng)"
    ) in [r.text_vi for r in s.reasons]
    assert (
        "costs notified on 2025-04-18: 12000 đồng, payable by 2025-04-25, replacing the "
        "notice of 2025-04-17 (20000 đồng)"
    ) in [r.text_en for r in s.reasons]


# -- citations of extension problems come from the request's own rule -------------------


@pytest.mark.parametrize(
    ("via", "label"),
    [
        ("postal", "Điều 31 khoản 2"),
        ("at_office", "Điều 29 khoản 2"),
        ("electronic", "Điều 30 khoản 4"),
    ],
)
def test_a_second_extension_cites_the_article_of_the_request(via: str, label: str) -> None:
    """Arts. 29(2), 30(4), 31(2): one extension, notified within the time limit."""
    events = [
        {"kind": "received", "on": "2025-04-16", "received_via": via, "complexity": "complex"},
        {"kind": "extended", "on": "2025-04-17", "reason": "tập hợp"},
        {"kind": "extended", "on": "2025-04-18", "reason": "tập hợp lại"},
    ]
    s = fold(events, as_of=date(2025, 4, 20))
    (p,) = [p for p in s.problems if p.code == "two-extensions"]
    assert p.citation is not None and p.citation.label.startswith(label)
    assert s.deadline("extended_response").citation.label.startswith(label)  # type: ignore[union-attr]


def test_no_extension_for_simple_information_cites_the_simple_limit() -> None:
    """Art. 31(1): simple information by post, 5 working days, no extension provided for."""
    events = [
        {"kind": "received", "on": "2025-04-16", "received_via": "postal", "complexity": "simple"},
        {"kind": "extended", "on": "2025-04-17", "reason": "tập hợp"},
    ]
    (p,) = fold(events, as_of=date(2025, 4, 20)).problems
    assert p.code == "extension-not-available"
    assert p.citation is not None and p.citation.label.startswith("Điều 31 khoản 1")


def test_response_rule_is_the_one_path() -> None:
    r = response_rule("postal", "at_office", "complex", regime="ati-2016")
    assert (r.limit.length, r.notice.length, r.extension.length) == (10, 3, 10)  # type: ignore[union-attr]
    assert "remote-request-complex-notice" in r.interpretations


# -- closed requests are never overdue --------------------------------------------------


def test_a_redirected_request_does_not_go_overdue() -> None:
    """Art. 26(3) sets no time limit for the redirection; once redirected the request owes
    no answer, so months later nothing of it is overdue."""
    events = [
        {"kind": "received", "on": "2025-04-16", "received_via": "electronic",
         "complexity": "complex"},
        {"kind": "redirected", "on": "2025-04-17", "to_agency": "Sở Xây dựng"},
    ]  # fmt: skip
    s = fold(events, as_of=date(2025, 9, 30))
    assert s.timeliness.value == "not_applicable"
    assert {d.kind.value: d.timeliness.value for d in s.deadlines} == {
        "response": "not_applicable",
        "notice": "not_applicable",
    }


def test_an_answer_before_the_notice_is_due_meets_the_notice() -> None:
    """Art. 30(4): the notice of the time limit is due within 3 working days (Mon 21/4/2025
    from Wed 16/4); an answer on Fri 18/4 leaves nothing to notify."""
    events = [
        {"kind": "received", "on": "2025-04-16", "received_via": "electronic",
         "complexity": "complex"},
        {"kind": "provided", "on": "2025-04-18"},
    ]  # fmt: skip
    s = fold(events, as_of=date(2025, 9, 30))
    notice = s.deadline("notice")
    assert notice is not None and notice.due == date(2025, 4, 21)
    assert (notice.timeliness.value, notice.done_on) == ("on_time", date(2025, 4, 18))


# -- withdrawn ---------------------------------------------------------------------------

WITHDRAWN = [
    {"kind": "received", "on": "2025-04-16", "received_via": "electronic",
     "complexity": "complex"},
    {"kind": "withdrawn", "on": "2025-04-22", "reason": "Người yêu cầu đã có thông tin"},
]  # fmt: skip


def test_a_withdrawn_request_is_closed_and_never_overdue() -> None:
    """The law is silent on withdrawal (arts. 24–28 Law 104/2016); the library's reading
    withdrawal-closes-request: closed on the day, no time limit after it."""
    s = fold(WITHDRAWN, as_of=date(2025, 12, 31))
    assert (s.status.value, s.timeliness.value, s.days_late) == (
        "withdrawn",
        "not_applicable",
        None,
    )
    assert all(d.timeliness.value == "not_applicable" for d in s.deadlines)
    e = _entry(*WITHDRAWN)
    assert (e.outcome, e.outcome_on) == (RegisterOutcome.WITHDRAWN, date(2025, 4, 22))
    f = Register((e,)).fold(date(2025, 12, 31))
    assert (f.status[0], f.timeliness[0]) == ("withdrawn", "not_applicable")
    later = [*WITHDRAWN, {"kind": "provided", "on": "2025-04-23"}]
    assert "outcome-after-final" in {p.code for p in fold(later, as_of=date(2025, 5, 1)).problems}


def test_a_withdrawn_request_counts_as_withdrawn_not_overdue() -> None:
    from tiepcan.register.statistics import ReportingPeriod, compute_statistics

    for use_numpy in (True, False):
        s = compute_statistics(
            Register((_entry(*WITHDRAWN),)),
            ReportingPeriod.year(2025),
            agency="Sở Tư pháp",
            use_numpy=use_numpy,
        )
        assert (s.received, s.withdrawn, s.pending_overdue, s.settled) == (1, 1, 0, 0)


# -- one list of outcomes ----------------------------------------------------------------


def test_the_outcome_vocabularies_agree() -> None:
    from tiepcan.decision import Outcome

    assert RegisterOutcome is RequestOutcome
    assert {s.value for s in FINAL_STATUSES} == {o.value for o in RequestOutcome}
    assert {s.value for s in FINAL_STATUSES} <= {s.value for s in RequestStatus}
    assert set(DECISION_OUTCOMES) == {o.value for o in Outcome}
    reached = {v for v in DECISION_OUTCOMES.values() if isinstance(v, RequestOutcome)}
    assert reached == set(RequestOutcome) - {RequestOutcome.WITHDRAWN}  # only a requester withdraws


REQUEST = {
    "channel": "electronic",
    "received_on": date(2024, 2, 7),
    "form": {
        "form": "01a",
        "requester": {"full_name": "Nguyễn Văn A", "residence_address": "Hà Nội",
                      "id_kind": "citizen_id_card", "id_number": "001099000001"},
        "request": {"description": "Quyết định giao đất", "provision_form": "electronic",
                    "document_names": ["Quyết định 12/QĐ-UBND"],
                    "reason_and_purpose": "Bảo vệ quyền sử dụng đất"},
    },
}  # fmt: skip


def test_a_decision_becomes_its_lifecycle_event() -> None:
    """Art. 28(2): a refusal in writing with its reasons; the event keeps the grounds and
    the written reasons, and the register keeps them too."""
    from tiepcan.decision import assess

    refusal = assess(REQUEST, {}, {"not_accessible": ["work_secret"], "costs": "not_paid"})
    event = to_event(refusal, date(2024, 2, 9))
    assert event.kind == "refused"  # type: ignore[attr-defined]
    assert [g.value for g in event.grounds] == ["a", "e"]  # type: ignore[attr-defined]
    assert event.reasons  # type: ignore[attr-defined]
    assert outcome_of(event) is RequestOutcome.REFUSED
    provided = to_event(assess(REQUEST, {}, {}), date(2024, 2, 9))
    assert outcome_of(provided) is RequestOutcome.PROVIDED
    assert parse_events([provided])[0] is provided
    with pytest.raises(InvalidInputError):
        to_event("refuse", date(2024, 2, 9))


def test_docs_name_every_register_interpretation() -> None:
    """docs/reports.md names each interpretation of the register topic by id."""
    from pathlib import Path

    from tiepcan.foundation.interpretations import interpretations

    text = (Path(__file__).resolve().parents[2] / "docs" / "reports.md").read_text("utf-8")
    ids = {i.id for i in interpretations("ati-2016").values() if i.topic == "register"}
    assert ids and all(f"``{i}``" in text for i in ids)


def test_every_citation_of_a_state_comes_from_the_ruleset() -> None:
    """No citation is written in the fold's code: each is a ``request_step.*`` key of
    rules.toml or a declared time limit, so a later ruleset cites its own law."""
    import inspect

    import tiepcan.register.lifecycle as lc

    source = inspect.getsource(lc)
    assert "law(" not in source.replace("_law(", "") and "decree13(" not in source
    from tiepcan.foundation.regimes import ruleset

    rules = ruleset("ati-2016")
    for step in lc.RequestStep:
        assert step.citation_in(rules).instrument in {"104/2016/QH13", "13/2018/NĐ-CP"}
    s = fold(WITHDRAWN, as_of=date(2025, 12, 31))
    assert s.reasons[0].citations[0].label.startswith("Điều 26 khoản 1")
