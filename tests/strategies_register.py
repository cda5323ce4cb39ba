"""Hypothesis strategies for the register: requests as events, register rows, batch columns."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from tiepcan import Channel, Complexity
from tiepcan.register.book import RegisterEntry, RegisterOutcome
from tiepcan.rules.refusals import RefusalGround

#: receipts under Law 104/2016, and after 2026-09-01 under Law 01/2026/QH16
receipt_days = st.dates(min_value=date(2018, 7, 1), max_value=date(2026, 10, 31))
encoded_days = st.dates(min_value=date(2018, 7, 1), max_value=date(2026, 8, 31))
forms = st.sampled_from(list(Channel))
complexities = st.sampled_from(list(Complexity))
offsets = st.integers(min_value=0, max_value=40)


#: the day Law 01/2026/QH16 takes effect (art. 30(1))
LAW_2026 = date(2026, 9, 1)


def _ext_max(form: Channel, day: date = date(2018, 7, 1)) -> int:
    """The longest extension: arts. 29(2) (10 working days), 30(4), 31(2) (15 days) of Law
    104/2016; 12 days for every request under Law 01/2026/QH16 art. 26(3)."""
    if day >= LAW_2026:
        return 12
    return 10 if form is Channel.AT_OFFICE else 15


def _extension(draw: st.DrawFn, day: date, form: Channel, comp: Complexity) -> int:
    """An extension column value the request's law allows: complex requests under Law
    104/2016 (arts. 29–31), any request under Law 01/2026/QH16 (art. 26(3))."""
    if comp is Complexity.COMPLEX or day >= LAW_2026:
        return draw(st.sampled_from([0, -1]) | st.integers(1, _ext_max(form, day)))
    return 0


@st.composite
def request_events(draw: st.DrawFn) -> list[dict[str, Any]]:
    """One request's events in date order: receipt, maybe completion, notices, outcome."""
    on = draw(receipt_days)
    via, form, comp = draw(forms), draw(forms), draw(complexities)
    valid = draw(st.booleans())
    events: list[dict[str, Any]] = [
        {
            "kind": "received",
            "on": on,
            "received_via": via,
            "provision_form": form,
            "complexity": comp,
            "valid": valid,
        }
    ]
    if draw(st.booleans()):  # the day sent, when known (Law 01/2026/QH16 art. 31(4))
        events[0]["sent"] = on - timedelta(days=draw(st.integers(0, 10)))
    day = on
    if not valid:
        events.append({"kind": "guided_to_complete", "on": day})
        if draw(st.booleans()):
            day += timedelta(days=draw(offsets))
            events.append({"kind": "completed", "on": day})
    if comp is Complexity.COMPLEX and draw(st.booleans()):
        day += timedelta(days=draw(st.integers(0, 5)))
        events.append({"kind": "time_limit_notified", "on": day})
    if draw(st.booleans()):
        day += timedelta(days=draw(st.integers(0, 5)))
        amount = draw(st.integers(1000, 200000))
        notice: dict[str, Any] = {
            "kind": "costs_notified",
            "on": day,
            "amount": amount,
            "payment_due": day + timedelta(days=draw(st.integers(1, 10))),
        }
        if draw(st.booleans()):  # the lines of the notice (Circular 46/2018 art. 3)
            notice["items"] = {"photocopy_bw_a4": draw(st.integers(1, 40))}
            notice["postage"] = draw(st.sampled_from([0, 15000]))
        events.append(notice)
        if draw(st.booleans()):
            day += timedelta(days=draw(st.integers(0, 5)))
            events.append({"kind": "costs_paid", "on": day, "amount": amount})
    if comp is Complexity.COMPLEX and draw(st.booleans()):
        day += timedelta(days=draw(st.integers(0, 25)))
        length = draw(st.none() | st.integers(1, _ext_max(form, on)))
        events.append(
            {"kind": "extended", "on": day, "reason": "cần thêm thời gian", "length": length}
        )
    if draw(st.booleans()):
        day += timedelta(days=draw(offsets))
        outcome = draw(_outcome(day))
        events.append(outcome)
        events.extend(draw(_later(day, outcome["kind"])))
    return events


@st.composite
def _later(draw: st.DrawFn, day: date, outcome: str) -> list[dict[str, Any]]:
    """A request to correct what was provided (art. 32(2)) and a complaint (art. 14)."""
    out: list[dict[str, Any]] = []
    if outcome == "provided" and draw(st.booleans()):
        day += timedelta(days=draw(st.integers(0, 20)))
        out.append({"kind": "correction_requested", "on": day})
        if draw(st.booleans()):
            day += timedelta(days=draw(st.integers(0, 20)))
            out.append({"kind": "correction_answered", "on": day, "corrected": draw(st.booleans())})
    if draw(st.booleans()):
        day += timedelta(days=draw(st.integers(0, 30)))
        route = draw(st.sampled_from(["complaint", "lawsuit"]))
        out.append({"kind": "complaint_filed", "on": day, "route": route})
        if draw(st.booleans()):
            day += timedelta(days=draw(st.integers(0, 60)))
            out.append({"kind": "complaint_resolved", "on": day})
    return out


def _outcome(day: date) -> st.SearchStrategy[dict[str, Any]]:
    grounds = st.lists(st.sampled_from(list(RefusalGround)), min_size=1, max_size=2, unique=True)
    return st.one_of(
        st.just({"kind": "provided", "on": day}),
        grounds.map(
            lambda g: {"kind": "provided", "on": day, "in_part": True, "withheld_grounds": g}
        ),
        grounds.map(lambda g: {"kind": "refused", "on": day, "grounds": g}),
        grounds.map(
            lambda g: {
                "kind": "refused",
                "on": day,
                "grounds": g,
                "reasons": "Thông tin thuộc bí mật công tác;\nđã quá hạn thanh toán chi phí",
            }
        ),
        st.just({"kind": "redirected", "on": day, "to_agency": "Sở Tư pháp"}),
        st.just({"kind": "withdrawn", "on": day}),
    )


#: kinds of information: the default classification (art. 23) and an agency's own keys
information_kinds = st.sampled_from(
    ["requesters_own_affairs", "other_information", "conditions_met", "đất đai", "xây dựng"]
)


@st.composite
def register_entries(draw: st.DrawFn, number: int = 1) -> RegisterEntry:
    """A register row built from a request's events (so it is a row the law allows)."""
    events = draw(request_events())
    name = draw(
        st.text(
            st.characters(
                codec="utf-8",
                exclude_categories=("Cs", "Cc"),
                exclude_characters="\ufffe\uffff",
            ),
            min_size=1,
            max_size=12,
        ).filter(str.strip)
    )
    return RegisterEntry.from_events(
        f"{number:05d}/YC",
        name.strip(),
        "Quyết định thu hồi đất",
        events,
        requester_id=draw(st.none() | st.just("001099012345")),
        handler=draw(st.none() | st.just("Trần Thị B")),
        requester_address=draw(st.none() | st.just("Số 5, phố Tràng Tiền, Hà Nội")),
        requester_contact=draw(st.none() | st.just("0912 345 678; a@example.vn")),
        information_kind=draw(st.none() | information_kinds),
    )


registers = st.lists(register_entries(), max_size=6)
outcomes = st.sampled_from(list(RegisterOutcome))


@st.composite
def batch_rows(draw: st.DrawFn) -> tuple[date, Channel, Complexity, int]:
    """(valid-from day, form, complexity, extension: 0 none, -1 max, n days)."""
    day, form, comp = draw(receipt_days), draw(forms), draw(complexities)
    return day, form, comp, _extension(draw, day, form, comp)


@st.composite
def batch_rows_via(draw: st.DrawFn) -> tuple[date, Channel, Channel, Complexity, int]:
    """(valid-from day, way received, form of provision, complexity, extension)."""
    day, via, form, comp = draw(receipt_days), draw(forms), draw(forms), draw(complexities)
    return day, via, form, comp, _extension(draw, day, form, comp)


def postal_request(number: str) -> RegisterEntry:
    """A simple request received by post on Mon 3/3/2025 and not yet answered: a plain row
    for tests that need many rows alike (only the number differs)."""
    received = {"kind": "received", "on": "2025-03-03", "received_via": "postal"}
    return RegisterEntry.from_events(
        number, "Trần Thị B", "Kết luận thanh tra", [{**received, "complexity": "simple"}]
    )
