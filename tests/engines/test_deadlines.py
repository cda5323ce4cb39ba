"""Statutory time limits (Law 104/2016/QH13 arts. 18, 21, 22, 29–32), counted by hand.

Each expected date below was counted by hand on the official calendar
(`shared/reference/calendar-2018-2027.md` §2) — day 1 is the first working day after the day
of receipt (Civil Code art. 147(3)) — and the comment names the announcement that decides it.
"N ngày" periods count calendar days and end at 24:00 on their last day (Civil Code 2015,
91/2015/QH13, art. 148(1), (6)), rolled to the next working day when that day is off (art.
148(5)). Each time limit is tested at its edges: receipt at closing time, an extension of 1
day, of the maximum and of one more, the first and last days of a regime, a period that
reaches a year not yet fully announced; and each explanation is read whole, in both languages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan import Channel, Complexity, InvalidInputError, RegimeNotEncodedError, TiepCanError
from tiepcan.data import DATA_DIR
from tiepcan.deadlines import (
    Deadline,
    Period,
    ReceiptPolicy,
    StepKind,
    is_working_day,
    response_deadline,
    time_limit,
    time_limits,
)
from tiepcan.foundation.citations import law
from tiepcan.foundation.errors import ERROR_CODES
from tiepcan.foundation.regimes import load_ruleset
from tiepcan.foundation.workdays import roll_forward

from strategies import (
    REGIME_END,
    channels,
    complexities,
    not_dates,
    receipt_dates,
    said,
)

D = date


def _choice(interpretation_id: str, lang: str) -> str:
    from tiepcan.foundation.interpretations import interpretation

    return interpretation(interpretation_id, "ati-2016").choice.in_(lang)  # type: ignore[arg-type]


def labels(citations: Any) -> list[str]:
    return [c.label_en for c in citations]


ART = "Law 104/2016/QH13 on Access to Information, art. "
CC = "Civil Code 2015, art. "

# (received, channel, complexity, due, notice_due, why) — hand-counted
HAND_COUNTED = [
    (
        D(2018, 8, 31),
        "electronic",
        "simple",
        D(2018, 9, 6),
        None,
        "573/TB-VPCP, BLLĐ 2012 art. 115(3): Quốc khánh Sun 2/9/2018, Mon 3/9 off; 4, 5, 6/9",
    ),
    (
        D(2018, 12, 28),
        "electronic",
        "simple",
        D(2019, 1, 4),
        None,
        "6519/VPCP-KGVX: Mon 31/12/2018 swapped off, Tue 1/1 holiday; Wed 2, Thu 3, Fri 4/1",
    ),
    (
        D(2018, 12, 28),
        "postal",
        "simple",
        D(2019, 1, 7),
        None,
        "6519/VPCP-KGVX: Sat 5/1/2019 is a make-up working day and counts as day 4",
    ),
    (
        D(2019, 2, 1),
        "at_office",
        "complex",
        D(2019, 2, 22),
        None,
        "6519/VPCP-KGVX: Tết Kỷ Hợi 4–8/2/2019 off; day 1 is Mon 11/2",
    ),
    (
        D(2019, 4, 26),
        "postal",
        "simple",
        D(2019, 5, 7),
        None,
        "6519/VPCP-KGVX: 29/4 swapped off, 30/4 and 1/5 holidays, Sat 4/5 worked (day 3)",
    ),
    (
        D(2020, 1, 22),
        "electronic",
        "complex",
        D(2020, 2, 19),
        D(2020, 2, 3),
        "9087/VPCP-KGVX: Tết Canh Tý 23, 24, 27, 28, 29/1/2020 off",
    ),
    (
        D(2021, 2, 9),
        "electronic",
        "simple",
        D(2021, 2, 19),
        None,
        "9895/VPCP-KGVX: Tết Tân Sửu 10, 11, 12, 15, 16/2/2021 off; 17, 18, 19/2",
    ),
    (
        D(2021, 9, 1),
        "electronic",
        "simple",
        D(2021, 9, 8),
        None,
        "9895/VPCP-KGVX: Quốc khánh Thu 2 and Fri 3/9/2021 off",
    ),
    (
        D(2022, 1, 28),
        "postal",
        "complex",
        D(2022, 2, 25),
        D(2022, 2, 9),
        "245/VPCP-KGVX: Tết Nhâm Dần 31/1–4/2/2022 off",
    ),
    (
        D(2022, 8, 31),
        "at_office",
        "complex",
        D(2022, 9, 16),
        None,
        "245/VPCP-KGVX: Quốc khánh Thu 1 and Fri 2/9/2022 off",
    ),
    (
        D(2023, 1, 19),
        "postal",
        "simple",
        D(2023, 2, 2),
        None,
        "5034/TB-LĐTBXH: Tết Quý Mão 20/1 and 23–26/1/2023 off; 27, 30, 31/1, 1, 2/2",
    ),
    (
        D(2023, 4, 28),
        "electronic",
        "simple",
        D(2023, 5, 8),
        None,
        "BLLĐ 2019 art. 111(3), no swap: Giỗ Tổ Sat 29/4 and 30/4 Sun give 2 and 3/5 nghỉ bù",
    ),
    (
        D(2023, 8, 31),
        "electronic",
        "simple",
        D(2023, 9, 7),
        None,
        "5034/TB-LĐTBXH: Fri 1/9/2023 off, Mon 4/9 nghỉ bù for Sat 2/9",
    ),
    (
        D(2024, 2, 7),
        "electronic",
        "complex",
        D(2024, 3, 6),
        D(2024, 2, 19),
        "8662/VPCP-KGVX: Tết Giáp Thìn 8–14/2/2024 off (the README's example)",
    ),
    (
        D(2024, 4, 26),
        "at_office",
        "complex",
        D(2024, 5, 14),
        None,
        "2450/VPCP-KGVX: Mon 29/4/2024 off, Sat 4/5 worked (day 3)",
    ),
    (
        D(2024, 8, 30),
        "fax",
        "simple",
        D(2024, 9, 10),
        None,
        "8662/VPCP-KGVX: Quốc khánh Mon 2 and Tue 3/9/2024 off; Wed 4, Thu 5, Fri 6, Mon 9, Tue 10/9",
    ),
    (
        D(2025, 1, 24),
        "postal",
        "simple",
        D(2025, 2, 7),
        None,
        "8726/VPCP-KGVX: Tết Ất Tỵ 27–31/1/2025 off",
    ),
    (
        D(2025, 4, 25),
        "electronic",
        "simple",
        D(2025, 4, 29),
        None,
        "8726/VPCP-KGVX: Sat 26/4/2025 is a make-up working day (day 1)",
    ),
    (
        D(2025, 4, 29),
        "electronic",
        "simple",
        D(2025, 5, 7),
        None,
        "8726/VPCP-KGVX: 30/4, 1/5 holidays and Fri 2/5/2025 swapped off; 5, 6, 7/5",
    ),
    (
        D(2025, 8, 29),
        "electronic",
        "simple",
        D(2025, 9, 5),
        None,
        "8726/VPCP-KGVX: Quốc khánh Mon 1 and Tue 2/9/2025 off",
    ),
    (
        D(2025, 12, 30),
        "postal",
        "simple",
        D(2026, 1, 8),
        None,
        "12729/VPCP-KGVX: Thu 1/1/2026 holiday, Fri 2/1 swapped off",
    ),
    (
        D(2025, 12, 31),
        "at_office",
        "complex",
        D(2026, 1, 15),
        None,
        "12729/VPCP-KGVX: Sat 10/1/2026 worked (day 6)",
    ),
    (
        D(2026, 2, 13),
        "electronic",
        "complex",
        D(2026, 3, 13),
        D(2026, 2, 25),
        "9441/TB-BNV: Tết Bính Ngọ 16–20/2/2026 off",
    ),
    (
        D(2026, 4, 24),
        "electronic",
        "simple",
        D(2026, 5, 4),
        None,
        "BLLĐ 2019 art. 111(3): Giỗ Tổ Sun 26/4/2026, Mon 27/4 nghỉ bù; 30/4, 1/5 holidays",
    ),
    (
        D(2026, 8, 21),
        "electronic",
        "simple",
        D(2026, 8, 25),
        None,
        "9441/TB-BNV: Sat 22/8/2026 is a make-up working day (day 1)",
    ),
    (
        D(2026, 8, 28),
        "postal",
        "simple",
        D(2026, 9, 9),
        None,
        "9441/TB-BNV: 31/8, 1/9, 2/9/2026 off; received before 1/9/2026 so the 2016 law governs",
    ),
]


@pytest.mark.parametrize(
    ("received", "channel", "complexity", "due", "notice", "why"), HAND_COUNTED
)
def test_response_deadline_matches_the_official_calendar(
    received: date, channel: str, complexity: str, due: date, notice: date | None, why: str
) -> None:
    d = response_deadline(received, channel, complexity)
    assert (d.due, d.notice_due) == (due, notice), why
    assert is_working_day(d.due)


def test_every_row_of_the_time_limit_table() -> None:
    """The time-limit table of Law 104/2016 arts. 29–31 from one ordinary Monday, 4/3/2024.

    From Mon 4/3/2024 (no holiday until 18/4): 3 wd = Thu 7/3; 5 wd = Mon 11/3;
    10 wd = Mon 18/3; 15 wd = Mon 25/3. Extensions: +10 wd from 18/3 = 1/4;
    +15 days from 25/3 = Tue 9/4.
    """
    start = D(2024, 3, 4)
    expected = {
        ("at_office", "simple"): (start, None, None),
        ("at_office", "complex"): (D(2024, 3, 18), None, D(2024, 4, 1)),
        ("electronic", "simple"): (D(2024, 3, 7), None, None),
        ("electronic", "complex"): (D(2024, 3, 25), D(2024, 3, 7), D(2024, 4, 9)),
        ("postal", "simple"): (D(2024, 3, 11), None, None),
        ("postal", "complex"): (D(2024, 3, 25), D(2024, 3, 7), D(2024, 4, 9)),
        ("fax", "simple"): (D(2024, 3, 11), None, None),
        ("fax", "complex"): (D(2024, 3, 25), D(2024, 3, 7), D(2024, 4, 9)),
    }
    for (channel, complexity), (due, notice, extended_due) in expected.items():
        d = response_deadline(start, channel, complexity)
        assert (d.due, d.notice_due) == (due, notice), (channel, complexity)
        assert d.immediate == (channel == "at_office" and complexity == "simple")
        if extended_due is not None:
            e = response_deadline(start, channel, complexity, extended=True)
            assert e.due == extended_due and e.original_due == due
            assert e.extension_notice_due == due  # notice within the original time limit


def test_at_office_simple_is_immediate() -> None:
    """Art. 29(1): simple, available information is provided at once ('ngay')."""
    d = response_deadline(D(2024, 2, 7), Channel.AT_OFFICE, Complexity.SIMPLE)
    assert d.immediate and d.due == D(2024, 2, 7)
    assert d.citations[0].label == "Điều 29 khoản 1 Luật Tiếp cận thông tin số 104/2016/QH13"


def test_at_office_extension_counts_working_days() -> None:
    """Art. 29(2) extension: 'không quá 10 ngày làm việc'. Due 28/2/2024 + 10 wd = 13/3/2024."""
    d = response_deadline(D(2024, 2, 7), "at_office", "complex", extended=True)
    assert (d.original_due, d.due) == (D(2024, 2, 28), D(2024, 3, 13))


def test_electronic_extension_counts_calendar_days_and_rolls_forward() -> None:
    """Art. 30(4): '15 ngày'. 13/3/2026 + 15 days = Sat 28/3 → Mon 30/3 (Civil Code 148(5))."""
    d = response_deadline(D(2026, 2, 13), "electronic", "complex", extended=True)
    assert (d.original_due, d.due) == (D(2026, 3, 13), D(2026, 3, 30))
    rolled = [s for s in d.trace if s.kind is StepKind.ROLL]
    assert rolled and rolled[0].on == D(2026, 3, 28)
    assert any(c.label_en == "Civil Code 2015, art. 148(5)" for c in d.citations)


def test_a_shorter_extension_can_be_asked_for() -> None:
    d = response_deadline(D(2024, 3, 4), "postal", "complex", extension_length=5)
    # original due 25/3/2024; + 5 days is Sat 30/3, which rolls to Mon 1/4 (art. 148(5))
    assert d.due == D(2024, 4, 1) and d.extension_length == 5


def test_simple_requests_cannot_be_extended() -> None:
    """Arts. 30(4), 31(2), 29(2): the extension paragraph belongs to complex information only."""
    with pytest.raises(TiepCanError) as err:
        response_deadline(D(2024, 3, 4), "electronic", "simple", extended=True)
    assert err.value.code == "extension-not-available"


@pytest.mark.parametrize("length", [0, 16, -1, 2.5, True])
def test_extension_beyond_the_law_is_refused(length: object) -> None:
    with pytest.raises(TiepCanError) as err:
        response_deadline(D(2024, 3, 4), "electronic", "complex", extension_length=length)  # type: ignore[arg-type]
    assert err.value.code == "invalid-extension-length"


# --------------------------------------------------------------------------------------
# Extension lengths: 1, the maximum, the maximum + 1, 0 (arts. 29(2), 30(4)).


def test_extension_of_one_day_to_the_maximum_electronic() -> None:
    """Art. 30(4): 15 working days, extended by at most 15 days (calendar). Received Wed
    6/3/2024: due Wed 27/3 (15 working days, no day off in March 2024); +1 day → Thu 28/3;
    +15 days → Thu 11/4 (Giỗ Tổ 2024 is 18/4, after it)."""
    one = response_deadline(D(2024, 3, 6), "electronic", "complex", extension_length=1)
    assert (one.original_due, one.due) == (D(2024, 3, 27), D(2024, 3, 28))
    assert (one.extended, one.extension_length) == (True, 1)
    assert one.extension_notice_due == D(2024, 3, 27)
    full = response_deadline(D(2024, 3, 6), "electronic", "complex", extension_length=15)
    assert full.due == D(2024, 4, 11) and full.extension_length == 15
    assert response_deadline(D(2024, 3, 6), "electronic", "complex", extended=True) == full
    # the notice of art. 30(4): 3 working days → 7, 8, 11/3
    assert full.notice_due == D(2024, 3, 11)


@pytest.mark.parametrize("length", [16, 0, -1])
def test_extension_outside_one_to_fifteen_days_is_refused(length: int) -> None:
    with pytest.raises(InvalidInputError) as err:
        response_deadline(D(2024, 3, 6), "electronic", "complex", extension_length=length)
    said(
        err.value,
        "invalid-extension-length",
        "the extension must be a whole number from 1 to 15 days (calendar)",
        f"extension_length={length} ({ART}30(4))",
    )


def test_extension_at_the_office_in_working_days() -> None:
    """Art. 29(2): 10 working days, extended by at most 10 working days. Received Wed
    6/3/2024: due Wed 20/3; +1 → Thu 21/3; +10 → 21, 22, 25–29/3, 1, 2, 3/4 → Wed 3/4."""
    one = response_deadline(D(2024, 3, 6), "at_office", "complex", extension_length=1)
    assert (one.original_due, one.due) == (D(2024, 3, 20), D(2024, 3, 21))
    ten = response_deadline(D(2024, 3, 6), "at_office", "complex", extension_length=10)
    assert ten.due == D(2024, 4, 3)
    assert ten.notice_due is None  # at the office: no separate notice of the time limit
    with pytest.raises(InvalidInputError) as err:
        response_deadline(D(2024, 3, 6), "at_office", "complex", extension_length=11)
    said(
        err.value,
        "invalid-extension-length",
        "the extension must be a whole number from 1 to 10 working days",
        f"extension_length=11 ({ART}29(2))",
    )


def test_no_extension_for_simple_information() -> None:
    """Art. 30(3) has no extension: only complex requests can be extended."""
    for kw in ({"extended": True}, {"extension_length": 1}):
        with pytest.raises(InvalidInputError) as err:
            response_deadline(D(2024, 3, 6), "electronic", "simple", **kw)
        said(
            err.value,
            "extension-not-available",
            "the law allows no extension for simple, available information",
            f"{ART}30(3) has no extension",
        )


def test_not_extended_carries_no_extension() -> None:
    d = response_deadline(D(2024, 3, 6), "electronic", "complex")
    assert (d.extended, d.extension_length, d.extension_notice_due) == (False, None, None)
    assert d.due == d.original_due == D(2024, 3, 27)
    assert "extension-runs-from-original-due" not in d.interpretations


def test_an_extension_ending_on_a_day_off_rolls_and_cites_148_5() -> None:
    """Original due Wed 27/3/2024 + 3 days = Sat 30/3 → Mon 1/4 (Civil Code art. 148(5));
    the base limit's citation (art. 30(4)) stays first."""
    d = response_deadline(D(2024, 3, 6), "electronic", "complex", extension_length=3)
    assert d.due == D(2024, 4, 1)
    assert labels(d.citations)[0] == f"{ART}30(4)"
    assert f"{CC}148(5)" in labels(d.citations)
    assert d.interpretations[-1] == "extension-runs-from-original-due"


# --------------------------------------------------------------------------------------
# Receipt outside working days or hours.


def test_civil_code_policy_ignores_the_hour_and_the_day_off() -> None:
    """Received Sun 5/5/2024: day 1 is Mon 6/5, day 3 Wed 8/5 (Civil Code art. 147(3))."""
    assert response_deadline(D(2024, 5, 5), "electronic", "simple").due == D(2024, 5, 8)
    late = datetime(2024, 5, 10, 17, 30)
    assert response_deadline(late, "electronic", "simple").due == D(2024, 5, 15)


def test_next_working_day_policy_moves_off_hours_receipts() -> None:
    """Sun 5/5/2024 counts as received Mon 6/5: due Thu 9/5. Fri 10/5 17:30 → Mon 13/5: Thu 16/5."""
    policy = ReceiptPolicy.NEXT_WORKING_DAY
    d = response_deadline(D(2024, 5, 5), "electronic", "simple", receipt_policy=policy)
    assert (d.effective_receipt, d.due) == (D(2024, 5, 6), D(2024, 5, 9))
    late = datetime(2024, 5, 10, 17, 30)
    d = response_deadline(late, "electronic", "simple", receipt_policy="next_working_day")
    assert (d.received, d.effective_receipt, d.due) == (
        D(2024, 5, 10),
        D(2024, 5, 13),
        D(2024, 5, 16),
    )
    early = datetime(2024, 5, 10, 9, 0)
    d = response_deadline(
        early, "electronic", "simple", receipt_policy=policy, office_closes_at=time(16, 30)
    )
    assert d.effective_receipt == D(2024, 5, 10)


# --------------------------------------------------------------------------------------
# Receipt at the office's closing time (ReceiptPolicy.NEXT_WORKING_DAY).


def test_request_received_exactly_at_closing_time_counts_from_the_next_working_day() -> None:
    """Under 'next_working_day' a request received at or after closing time counts as
    received the next working day. Wed 6/3/2024 at 17:00 (the default closing time) is
    received Thu 7/3; art. 30(3): 3 working days → 8, 11, 12/3 (no day off in March 2024)."""
    at_close = response_deadline(
        datetime(2024, 3, 6, 17, 0), "electronic", "simple", receipt_policy="next_working_day"
    )
    assert at_close.effective_receipt == D(2024, 3, 7)
    assert at_close.due == D(2024, 3, 12)
    assert at_close.received == D(2024, 3, 6) and at_close.received_at == time(17, 0)
    assert at_close.interpretations[0] == "receipt-next-working-day"
    assert "2024-03-07: Request received after office hours" in at_close.explain("en")
    assert "07/03/2024: Yêu cầu nhận ngoài giờ làm việc" in at_close.explain("vi")


def test_request_received_a_minute_before_closing_time_counts_that_day() -> None:
    """16:59 on Wed 6/3/2024: received that day; 7, 8, 11/3."""
    before = response_deadline(
        datetime(2024, 3, 6, 16, 59), "electronic", "simple", receipt_policy="next_working_day"
    )
    assert before.effective_receipt == D(2024, 3, 6)
    assert before.due == D(2024, 3, 11)
    assert "after office hours" not in before.explain("en")


def test_an_earlier_closing_time_is_the_boundary() -> None:
    """An office closing at 16:30: 16:30 is after hours, 16:29 is not."""
    kw: dict[str, Any] = {"receipt_policy": "next_working_day", "office_closes_at": time(16, 30)}
    late = response_deadline(datetime(2024, 3, 6, 16, 30), "electronic", "simple", **kw)
    early = response_deadline(datetime(2024, 3, 6, 16, 29), "electronic", "simple", **kw)
    assert (late.effective_receipt, early.effective_receipt) == (D(2024, 3, 7), D(2024, 3, 6))
    assert late.office_closes_at == time(16, 30)


def test_the_civil_code_policy_ignores_the_hour() -> None:
    """Civil Code art. 147(3): the day of receipt is not counted, whatever the hour."""
    d = response_deadline(datetime(2024, 3, 6, 17, 0), "electronic", "simple")
    assert d.effective_receipt == D(2024, 3, 6) and d.due == D(2024, 3, 11)
    assert d.receipt_policy is ReceiptPolicy.CIVIL_CODE
    assert d.interpretations[0] == "receipt-civil-code"
    assert "after office hours" not in d.explain("en")


def test_request_received_on_a_day_off_under_next_working_day() -> None:
    """Sun 30/8/2026 is received on Thu 3/9 (9441/TB-BNV: 31/8, 1/9, 2/9 off); the 2016
    rules govern (the day of receipt is before 1/9/2026); 4, 7, 8/9 → 8/9/2026."""
    d = response_deadline(D(2026, 8, 30), "electronic", "simple", receipt_policy="next_working_day")
    assert d.effective_receipt == D(2026, 9, 3)
    assert d.due == D(2026, 9, 8)
    assert d.crosses_regime_change is True
    en, vi = d.explain("en"), d.explain("vi")
    assert "2026-09-03: Request received on a day off: under policy 'next_working_day'" in en
    assert "03/09/2026: Yêu cầu nhận vào ngày nghỉ" in vi


# --------------------------------------------------------------------------------------
# Regimes.


def test_a_request_received_from_1_9_2026_is_under_law_01_2026() -> None:
    """Principle 2: Law 01/2026/QH16 governs a request received from Tue 1/9/2026 (art.
    30(1)). Art. 26(3): 12 days from 1/9 → Sun 13/9, a day off → Mon 14/9 (Civil Code art.
    148(5)); the 2016 limit (art. 30(3), 3 working days) would have been 7/9."""
    d = response_deadline(D(2026, 9, 1), "electronic", "simple")
    assert (d.regime, d.due) == ("ati-2026", D(2026, 9, 14))
    assert d.citations[0].ref == "01/2026/QH16 art. 26(3)"


def test_before_the_law_took_effect_is_refused() -> None:
    """Art. 37: in force from 1/7/2018."""
    with pytest.raises(RegimeNotEncodedError) as err:
        response_deadline(D(2018, 6, 29), "electronic", "simple")
    assert err.value.code == "before-law-in-force"
    with pytest.raises(RegimeNotEncodedError):
        response_deadline(D(2018, 6, 29), "electronic", "simple", regime="ati-2016")


def test_the_2016_rules_can_be_applied_deliberately_after_the_switch() -> None:
    """NQ 28/2026/QH16; 10065/VPCP-KGVX: Tue 24/11/2026 off. From Mon 23/11: 25, 26, 27/11."""
    d = response_deadline(D(2026, 11, 23), "electronic", "simple", regime="ati-2016")
    assert d.due == D(2026, 11, 27) and d.regime == "ati-2016"
    assert any("theo lựa chọn" in s.text.vi for s in d.trace if s.kind is StepKind.REGIME)


def test_a_request_received_before_the_switch_keeps_the_2016_rules() -> None:
    d = response_deadline(D(2026, 8, 28), "postal", "simple")
    assert d.regime == "ati-2016" and d.crosses_regime_change
    assert any(s.on == D(2026, 9, 1) for s in d.trace if s.kind is StepKind.NOTE)


def test_deadlines_running_into_an_unannounced_year_are_provisional() -> None:
    """2027's calendar is not fully announced: a result that reaches it says so."""
    d = response_deadline(D(2026, 8, 25), "at_office", "complex", regime="ati-2016")
    assert not d.provisional
    late = response_deadline(D(2026, 12, 28), "electronic", "complex", regime="ati-2016")
    assert late.provisional and late.provisional_years == (2027,)
    assert "2027" in late.explain("en")


# --------------------------------------------------------------------------------------
# Flags: immediate, provisional, crosses_regime_change, user_supplied.


def test_immediate_at_the_office_on_a_saturday_is_due_monday() -> None:
    """Art. 29(1) "cung cấp ngay", on a working day: Sat 9/3/2024 → Mon 11/3."""
    d = response_deadline(D(2024, 3, 9), "at_office", "simple")
    assert d.immediate is True and d.due == D(2024, 3, 11)
    assert d.interpretations[-1] == "immediate-on-working-day"
    assert labels(d.citations) == [f"{ART}29(1)"]
    assert d.explain("en").splitlines()[2] == (
        "2024-03-11: Let the requester read, view, listen, note, copy or photograph, or hand "
        "over copies at once: immediately, while the requester is at the office (on a working "
        f"day) [{ART}29(1)]"
    )
    assert d.explain("vi").splitlines()[2].startswith("11/03/2024: ")
    # the explanation ends with the readings of the law it rests on, each by its id
    assert d.explain("en").splitlines()[3:] == [
        "Interpretations applied:",
        "- Count from the day after receipt, whatever the day or hour [receipt-civil-code]",
        "- The form of provision, since arts. 29–31 are headed by the way information is "
        "provided [procedure-follows-provision-form]",
        "- An immediate answer is given on a working day: a request received on a day off is "
        "answered on the next working day [immediate-on-working-day]",
    ]
    assert "ngay khi người yêu cầu đến trụ sở (trong ngày làm việc)" in d.explain("vi")
    assert response_deadline(D(2024, 3, 9), "electronic", "simple").immediate is False


def test_a_remote_simple_request_to_read_at_the_office_has_the_time_limit_of_its_way_in() -> None:
    """Received by post, to be read at the office: art. 31(1), 5 working days (not 29(1)).
    Wed 6/3/2024 → 7, 8, 11, 12, 13/3."""
    d = response_deadline(D(2024, 3, 6), "at_office", "simple", received_via="postal")
    assert d.due == D(2024, 3, 13) and d.immediate is False
    assert labels(d.citations)[0] == f"{ART}31(1)"
    assert "remote-request-simple-at-office" in d.interpretations


def test_a_remote_complex_request_keeps_the_notice_of_its_way_in() -> None:
    """Received electronically, to be read at the office: art. 29(2) (10 working days) and
    the notice of art. 30(4) (3 working days). Wed 6/3/2024: notice 11/3, due 20/3."""
    d = response_deadline(D(2024, 3, 6), "at_office", "complex", received_via="electronic")
    assert (d.notice_due, d.due) == (D(2024, 3, 11), D(2024, 3, 20))
    assert labels(d.citations)[0] == f"{ART}29(2)"
    assert f"{ART}30(4)" in labels(d.citations)
    assert "remote-request-complex-notice" in d.interpretations


def test_provisional_when_the_period_reaches_an_unannounced_year() -> None:
    """Mon 28/12/2026 under the 2016 rules (passed explicitly), art. 30(4): notice 29, 30, 31/12/2026; due: 29–31/12 (3), Fri
    1/1/2027 off (Labour Code art. 112(1), not yet announced), 4–8/1 (8), 11–15/1 (13),
    18, 19/1 → Tue 19/1/2027, provisional (2027 is not fully announced)."""
    d = response_deadline(D(2026, 12, 28), "electronic", "complex", regime="ati-2016")
    assert (d.notice_due, d.due) == (D(2026, 12, 31), D(2027, 1, 19))
    assert d.provisional is True and d.provisional_years == (2027,)
    assert "Provisional for 2027: Not all of this year's official holiday" in d.explain("en")
    assert "Kết quả tạm tính cho năm 2027: Chưa có đủ thông báo" in d.explain("vi")
    simple = response_deadline(D(2026, 12, 28), "electronic", "simple", regime="ati-2016")
    assert simple.due == D(2026, 12, 31)
    assert simple.provisional is False and simple.provisional_years == ()
    assert "Provisional" not in simple.explain("en")


def test_time_limit_is_provisional_past_the_last_announced_year() -> None:
    """Art. 18(4) (2016 rules, passed explicitly), 5 working days from Mon 28/12/2026: 29, 30, 31/12, (1/1/2027 off), 4, 5/1
    → 5/1/2027, provisional; from Mon 21/12/2026: 22–25, 28/12 → not provisional."""
    late = time_limit("disclosure.publish", D(2026, 12, 28), regime="ati-2016")
    assert late.due == D(2027, 1, 5)
    assert late.provisional is True and late.provisional_years == (2027,)
    early = time_limit("disclosure.publish", D(2026, 12, 21), regime="ati-2016")
    assert early.due == D(2026, 12, 28)
    assert early.provisional is False and early.provisional_years == ()
    assert early.user_supplied is False and early.regime == "ati-2016"
    # under the 2016 rules deliberately (the days are after 1/9/2026)
    assert late.explain("en").splitlines()[0].endswith("(as chosen by the caller)")


def test_the_first_day_of_the_2016_regime() -> None:
    """Law art. 37: in force from Sun 1/7/2018. Received that day, art. 30(3): 2, 3, 4/7."""
    d = response_deadline(D(2018, 7, 1), "electronic", "simple")
    assert d.due == D(2018, 7, 4) and d.regime == "ati-2016"
    assert d.crosses_regime_change is False
    with pytest.raises(RegimeNotEncodedError) as err:
        response_deadline(D(2018, 6, 30), "electronic", "simple")
    assert err.value.code == "before-law-in-force"


def test_received_on_the_last_day_of_the_2016_regime() -> None:
    """Mon 31/8/2026 is the 2016 regime's last day and a day off (9441/TB-BNV); 1/9 and 2/9
    are too; art. 30(3): Thu 3, Fri 4, Mon 7/9 → 7/9/2026, past the change of law."""
    d = response_deadline(D(2026, 8, 31), "electronic", "simple")
    assert d.due == D(2026, 9, 7) and d.regime == "ati-2016"
    assert d.crosses_regime_change is True
    assert "2026-09-01: The period runs past 2026-09-01, when the replacing law" in d.explain("en")
    assert "Thời hạn kéo dài qua ngày 01/09/2026" in d.explain("vi")


def test_received_on_the_first_day_of_the_new_law() -> None:
    """From Tue 1/9/2026 Law 01/2026/QH16 governs (art. 30(1)): 12 days (art. 26(3)) from
    1/9 end Sun 13/9, a day off, so Mon 14/9 (Civil Code art. 148(5)). Applying the 2016 rules
    deliberately gives 3, 4, 7/9 (1/9 and 2/9 off, 9441/TB-BNV) and does not cross."""
    new = response_deadline(D(2026, 9, 1), "electronic", "simple")
    assert (new.regime, new.due, new.crosses_regime_change) == ("ati-2026", D(2026, 9, 14), False)
    d = response_deadline(D(2026, 9, 1), "electronic", "simple", regime="ati-2016")
    assert d.due == D(2026, 9, 7)
    assert d.crosses_regime_change is False
    assert "as chosen by the caller" in d.explain("en")
    assert "theo lựa chọn của người gọi" in d.explain("vi")
    assert "runs past" not in d.explain("en")


def test_crossing_the_change_of_law_depends_on_the_due_date() -> None:
    """Tue 25/8/2026: 26, 27, 28/8 → does not cross; Wed 26/8: 27, 28/8, 3/9 → crosses."""
    before = response_deadline(D(2026, 8, 25), "electronic", "simple")
    assert before.due == D(2026, 8, 28) and before.crosses_regime_change is False
    after = response_deadline(D(2026, 8, 26), "electronic", "simple")
    assert after.due == D(2026, 9, 3) and after.crosses_regime_change is True


# --------------------------------------------------------------------------------------
# Correction (art. 32) and disclosure (arts. 18, 21, 22) limits.

#: (limit id, start, due, "art. <article and clause of Law 104/2016>: how it was counted")
PERIODS = [
    (
        "correction.on_discovery",
        D(2025, 1, 22),
        D(2025, 2, 5),
        "art. 32(1): 5 wd: Thu 23, Fri 24/1; Tết 27–31/1/2025 off (8726/VPCP-KGVX); 3, 4, 5/2",
    ),
    (
        "correction.on_request",
        D(2025, 8, 18),
        D(2025, 9, 3),
        "art. 32(2): 15 days: Tue 2/9/2025 is Quốc khánh, so the period ends Wed 3/9 (art. 148(5))",
    ),
    (
        "correction.commune_referral",
        D(2025, 4, 28),
        D(2025, 5, 8),
        "art. 32(3): 5 wd: Tue 29/4; 30/4, 1/5 holidays, Fri 2/5 swapped off"
        " (8726/VPCP-KGVX); 5–8/5",
    ),
    (
        "correction.creator_answer",
        D(2025, 5, 9),
        D(2025, 5, 26),
        "art. 32(3): 15 days: Sat 24/5/2025 → Mon 26/5 (art. 148(5))",
    ),
    (
        "correction.commune_correction",
        D(2025, 5, 26),
        D(2025, 5, 29),
        "art. 32(3): 3 wd: 27, 28, 29/5/2025",
    ),
    (
        "disclosure.publish",
        D(2026, 1, 9),
        D(2026, 1, 15),
        "art. 18(4): 5 wd: Sat 10/1/2026 is worked (12729/VPCP-KGVX); 10, 12, 13, 14, 15/1",
    ),
    (
        "disclosure.posting_minimum",
        D(2025, 1, 1),
        D(2025, 2, 3),
        "art. 21(2): 30 days: Fri 31/1/2025 is Tết (8726/VPCP-KGVX) → Mon 3/2 (art. 148(5))",
    ),
    (
        "disclosure.inaccuracy_answer",
        D(2024, 4, 15),
        D(2024, 5, 2),
        "art. 22(4): 15 days: Tue 30/4/2024 holiday, Wed 1/5 holiday → Thu 2/5 (art. 148(5))",
    ),
]


@pytest.mark.parametrize(("limit_id", "start", "due", "why"), PERIODS)
def test_time_limits_match_the_official_calendar(
    limit_id: str, start: date, due: date, why: str
) -> None:
    period = time_limit(limit_id, start)
    assert period.due == due, why
    assert period.citations[0].label_en == ART + why.split(":")[0].removeprefix("art. ")


def test_commune_correction_chain_of_article_32_3() -> None:
    """Art. 32(3): 5 working days to refer, 15 days to answer, 3 working days to correct."""
    referral = time_limit("correction.commune_referral", D(2025, 4, 28))
    answer = time_limit("correction.creator_answer", D(2025, 5, 9))
    correction = time_limit("correction.commune_correction", answer.due)
    assert (referral.due, answer.due, correction.due) == (
        D(2025, 5, 8),
        D(2025, 5, 26),
        D(2025, 5, 29),
    )


def test_unknown_and_immediate_limits_are_refused() -> None:
    with pytest.raises(TiepCanError) as err:
        time_limit("art99.1", D(2024, 1, 2))
    assert err.value.code == "unknown-time-limit"
    with pytest.raises(TiepCanError) as err:
        time_limit("at_office.simple", D(2024, 1, 2))
    assert err.value.code == "immediate-limit"


def test_declared_limits_say_what_the_statute_says() -> None:
    """Each limit's length and unit appear in its clause, e.g. '15 ngày làm việc' in art. 30(4).

    A "days" limit must not be followed by "làm việc" where the law uses it, and the
    extension of art. 29(2) is in working days while those of arts. 30(4), 31(2) are not.
    """
    for limit in time_limits(regime="ati-2016").values():
        text = limit.citation.text()
        if limit.unit.value == "immediate":
            assert "ngay" in text
            continue
        n = f"{limit.length:02d}" if limit.length < 10 else str(limit.length)
        if limit.unit.value == "working_days":
            assert f"{n} ngày làm việc" in text, limit.id
        else:
            assert re.search(rf"{n} ngày(?! làm việc)", text), limit.id


# --------------------------------------------------------------------------------------
# A ruleset read afresh from its directory declares the same limits (art. by art.).

#: id -> (length, unit, citation, extends), from the law's text
LAW_LIMITS = {
    "disclosure.publish": (5, "working_days", "18(4)", None),
    "disclosure.posting_minimum": (30, "days", "21(2)", None),
    "disclosure.inaccuracy_answer": (15, "days", "22(4)", None),
    "at_office.simple": (0, "immediate", "29(1)", None),
    "at_office.complex": (10, "working_days", "29(2)", None),
    "at_office.complex.extension": (10, "working_days", "29(2)", "at_office.complex"),
    "electronic.simple": (3, "working_days", "30(3)", None),
    "electronic.complex.notice": (3, "working_days", "30(4)", None),
    "electronic.complex": (15, "working_days", "30(4)", None),
    "electronic.complex.extension": (15, "days", "30(4)", "electronic.complex"),
    "postal_fax.simple": (5, "working_days", "31(1)", None),
    "postal_fax.complex.notice": (3, "working_days", "31(2)", None),
    "postal_fax.complex": (15, "working_days", "31(2)", None),
    "postal_fax.complex.extension": (15, "days", "31(2)", "postal_fax.complex"),
    "correction.on_discovery": (5, "working_days", "32(1)", None),
    "correction.on_request": (15, "days", "32(2)", None),
    "correction.commune_referral": (5, "working_days", "32(3)", None),
    "correction.creator_answer": (15, "days", "32(3)", None),
    "correction.commune_correction": (3, "working_days", "32(3)", None),
}  # fmt: skip


@pytest.mark.parametrize("source", ["bundled", "fresh"])
def test_every_declared_limit_matches_the_law(source: str) -> None:
    regime: Any = (
        "ati-2016" if source == "bundled" else load_ruleset(Path(str(DATA_DIR)) / "ati-2016")
    )
    limits = time_limits(regime=regime)
    assert list(limits) == list(LAW_LIMITS)
    for limit_id, (length, unit, article, extends) in LAW_LIMITS.items():
        limit = limits[limit_id]
        got = (limit.length, limit.unit.value, limit.citation.label_en, limit.extends)
        assert got == (length, unit, ART + article, extends), limit_id
        assert limit.duty.vi and limit.duty.en and limit.trigger.vi and limit.trigger.en
    fresh = limits["electronic.complex"]
    assert fresh.trigger.en == "the day a valid request is received"
    assert fresh.trigger.vi == "ngày nhận được yêu cầu hợp lệ"
    assert fresh.duty.en == "Provide the information, or refuse in writing"
    assert fresh.duty.vi.startswith("Cung cấp thông tin hoặc có văn bản thông báo từ chối")
    # art. 30(3): 3 wd from Wed 6/3/2024 (no holiday near): Thu 7, Fri 8, Mon 11/3
    period = time_limit("electronic.simple", D(2024, 3, 6), regime=regime)
    assert period.limit_id == "electronic.simple" and period.due == D(2024, 3, 11)
    assert period.user_supplied is (source == "fresh")
    if source == "fresh":
        first = period.explain("en").splitlines()[0]
        assert first.endswith("(as chosen by the caller; data supplied by the user)")
        assert (
            period.explain("vi")
            .splitlines()[0]
            .endswith("(theo lựa chọn của người gọi; dữ liệu do người dùng cung cấp)")
        )


# --------------------------------------------------------------------------------------
# Explanations and serialisation.


def test_explanation_names_each_skipped_day_and_its_basis() -> None:
    d = response_deadline(D(2025, 12, 30), "postal", "simple")
    vi, en = d.explain("vi"), d.explain("en")
    assert "02/01/2026" in vi and "12729/VPCP-KGVX" in vi
    assert "Điều 147 khoản 3 Bộ luật Dân sự 2015" in vi
    assert "Labour Code 2019, art. 112(1)(a)" in en  # 1/1/2026
    skipped = [s.on for s in d.trace if s.kind is StepKind.SKIP]
    assert skipped == [D(2026, 1, 1), D(2026, 1, 2), D(2026, 1, 3), D(2026, 1, 4)]
    with pytest.raises(TiepCanError):
        d.explain("fr")  # type: ignore[arg-type]


def test_make_up_saturday_is_reported_as_counted() -> None:
    d = response_deadline(D(2025, 4, 25), "electronic", "simple")
    counted = [s for s in d.trace if s.kind is StepKind.COUNT]
    assert [s.on for s in counted] == [D(2025, 4, 26)]
    assert counted[0].instruments == ("8726/VPCP-KGVX",)


def test_json_schema_is_exported() -> None:
    for model in (Deadline, Period):
        schema = model.json_schema()
        assert schema["type"] == "object" and "due" in schema["properties"]


# --------------------------------------------------------------------------------------
# Citations: 148(1) versus 148(5) on a calendar-day period; the base limit first.


def test_calendar_day_period_rolled_cites_148_5_not_148_1() -> None:
    """Art. 22(4), 15 days from Mon 17/8/2026 = Tue 1/9 (Quốc khánh, 9441/TB-BNV), 2/9 too:
    ends Thu 3/9 under Civil Code art. 148(5)."""
    p = time_limit("disclosure.inaccuracy_answer", D(2026, 8, 17))
    assert p.due == D(2026, 9, 3)
    assert labels(p.citations) == [f"{ART}22(4)", f"{CC}147(3)", f"{CC}148(5)", f"{CC}148(6)"]


def test_calendar_day_period_not_rolled_cites_148_1() -> None:
    """15 days from Thu 29/2/2024 = Fri 15/3/2024, a working day: art. 148(1)."""
    p = time_limit("disclosure.inaccuracy_answer", D(2024, 2, 29))
    assert p.limit_id == "disclosure.inaccuracy_answer"
    assert p.due == D(2024, 3, 15)
    assert labels(p.citations) == [f"{ART}22(4)", f"{CC}147(3)", f"{CC}148(1)", f"{CC}148(6)"]
    assert "Day 15 is a day off" not in p.explain("en")


def test_rolled_period_explained_line_by_line() -> None:
    """The trace of art. 22(4) from 17/8/2026: each rule with its article, each skipped day
    with its reason and announcement, and the change of law noted."""
    p = time_limit("disclosure.inaccuracy_answer", D(2026, 8, 17))
    holiday = (
        "National Day: public holiday [Labour Code 2019, art. 112(1)(đ); Labour Code 2019, "
        "art. 112(3); 9441/TB-BNV]"
    )
    assert p.explain("en").splitlines() == [
        "Law 104/2016/QH13 on Access to Information and its implementing texts "
        "(the rules in force on the start date)",
        "2026-08-17: Check the accuracy of the disclosed information and answer the citizen: "
        "at the latest 15 days (calendar) from the day the citizen's petition is received "
        f"[{ART}22(4)]",
        "2026-08-18: The day of the event is not counted; counting starts the next day "
        f"[{CC}147(3)]",
        f"2026-09-01: Day 15 is a day off; the period ends on the next working day [{CC}148(5)]",
        f"2026-09-01: Tuesday, {holiday}",
        f"2026-09-02: Wednesday, {holiday}",
        f"2026-09-03: The 15-day period ends at 24:00 on this day [{CC}148(5); {CC}148(6)]",
        "2026-09-01: The period runs past 2026-09-01, when the replacing law takes effect; it is "
        "counted under 104/2016/QH13, which applied on the start date",
    ]
    vi = p.explain("vi").splitlines()
    assert vi[3] == (
        "01/09/2026: Ngày thứ 15 là ngày nghỉ; thời hạn kết thúc vào ngày làm việc tiếp theo "
        "[Điều 148 khoản 5 Bộ luật Dân sự 2015]"
    )
    assert vi[6] == (
        "03/09/2026: Thời hạn 15 ngày kết thúc lúc 24 giờ ngày này "
        "[Điều 148 khoản 5 Bộ luật Dân sự 2015; Điều 148 khoản 6 Bộ luật Dân sự 2015]"
    )
    assert vi[4].startswith("01/09/2026: Thứ Ba, ") and ": ngày nghỉ lễ, tết [" in vi[4]
    assert [s.kind for s in p.trace] == [
        StepKind.REGIME,
        StepKind.RULE,
        StepKind.START,
        StepKind.ROLL,
        StepKind.SKIP,
        StepKind.SKIP,
        StepKind.END,
        StepKind.NOTE,
    ]


def test_working_day_deadline_explained_line_by_line() -> None:
    """Received Fri 9/1/2026 at 17:00 under 'next_working_day': Sat 10/1/2026 is a make-up
    working day (12729/VPCP-KGVX), so the receipt counts that day. Art. 30(4): 15 working
    days → 12–16, 19–23, 26–30/1 → Fri 30/1; notice 12, 13, 14/1; extended by 3 days
    (calendar) → Mon 2/2, a working day (art. 148(1))."""
    d = response_deadline(
        datetime(2026, 1, 9, 17, 0),
        "electronic",
        "complex",
        receipt_policy="next_working_day",
        extension_length=3,
    )
    assert (d.effective_receipt, d.notice_due, d.original_due, d.due) == (
        D(2026, 1, 10),
        D(2026, 1, 14),
        D(2026, 1, 30),
        D(2026, 2, 2),
    )
    rest = "weekly rest day [Decision 188/1999/QĐ-TTg, art. 1]"
    assert d.explain("en").splitlines()[:16] == [
        "Law 104/2016/QH13 on Access to Information and its implementing texts "
        "(the rules in force on the start date)",
        "2026-01-09: Valid request received at 17:00",
        "2026-01-10: Request received after office hours: under policy 'next_working_day' it "
        "counts as received on this working day",
        "2026-01-10: Provide the information, or refuse in writing: at the latest 15 working "
        f"days from the day a valid request is received [{ART}30(4)]",
        "2026-01-11: The day of the event is not counted; counting starts the next day "
        f"[{CC}147(3)]",
        f"2026-01-11: Sunday: {rest}",
        f"2026-01-17: Saturday: {rest}",
        f"2026-01-18: Sunday: {rest}",
        f"2026-01-24: Saturday: {rest}",
        f"2026-01-25: Sunday: {rest}",
        "2026-01-30: Working day 15; the period ends at 24:00 on this day [Decision "
        f"188/1999/QĐ-TTg, art. 1; {CC}148(1); {CC}148(6)]",
        "2026-01-14: Notify the requester in writing of the time limit for handling the "
        f"request: by this day (3 working days) [{ART}30(4)]",
        "2026-01-30: Extension of at most 15 days, notified in writing within the original "
        "time limit: at the latest 3 days (calendar) from the last day of the original time "
        f"limit [{ART}30(4)]",
        "2026-01-30: The written extension notice must be sent within the original time "
        f"limit, by this day [{ART}30(4)]",
        "2026-01-31: The day of the event is not counted; counting starts the next day "
        f"[{CC}147(3)]",
        f"2026-02-02: The 3-day period ends at 24:00 on this day [{CC}148(1); {CC}148(6)]",
    ]
    assert d.explain("en").splitlines()[16:] == [
        "Interpretations applied:",
        *(f"- {_choice(i, 'en')} [{i}]" for i in d.interpretations),
    ]
    assert (
        d.explain("vi").splitlines()[16] == "Cách hiểu đã áp dụng:"
    )  # one heading for every result (fees, decision)
    vi = d.explain("vi").splitlines()
    assert vi[1] == "09/01/2026: Nhận được yêu cầu hợp lệ lúc 17:00"
    assert vi[2] == (
        "10/01/2026: Yêu cầu nhận ngoài giờ làm việc: theo chính sách 'next_working_day', coi "
        "như nhận vào ngày làm việc này"
    )
    assert vi[3] == (
        "10/01/2026: Cung cấp thông tin hoặc có văn bản thông báo từ chối cung cấp thông tin: "
        "chậm nhất 15 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ "
        "[Điều 30 khoản 4 Luật Tiếp cận thông tin số 104/2016/QH13]"
    )
    assert vi[5] == "11/01/2026: Chủ Nhật: ngày nghỉ hằng tuần [Điều 1 Quyết định 188/1999/QĐ-TTg]"
    assert vi[10].startswith("30/01/2026: Ngày làm việc thứ 15; thời hạn kết thúc lúc 24 giờ")
    assert vi[11].startswith(
        "14/01/2026: Thông báo bằng văn bản về thời hạn giải quyết yêu cầu cung cấp thông tin: "
        "chậm nhất ngày này (03 ngày làm việc)"
    )
    assert vi[12].startswith(
        "30/01/2026: Gia hạn tối đa không quá 15 ngày, có văn bản thông báo gia hạn trong "
        "thời hạn cung cấp thông tin: chậm nhất 03 ngày kể từ ngày hết thời hạn"
    )
    assert vi[13].startswith(
        "30/01/2026: Văn bản thông báo gia hạn phải gửi trong thời hạn cung cấp thông tin"
    )
    assert vi[15] == (
        "02/02/2026: Thời hạn 3 ngày kết thúc lúc 24 giờ ngày này "
        "[Điều 148 khoản 1 Bộ luật Dân sự 2015; Điều 148 khoản 6 Bộ luật Dân sự 2015]"
    )
    # the trace is derived again for a deadline read back from JSON (its first line, who
    # chose the regime: test_a_deadline_read_back_from_json_explains_its_regime_truly)
    again = Deadline.from_json(d.to_json())
    assert again.explain("en").splitlines()[1:] == d.explain("en").splitlines()[1:]


def test_a_counted_make_up_saturday_and_a_holiday_in_the_trace() -> None:
    """Art. 30(3) from Thu 8/1/2026: Fri 9, Sat 10/1 (worked, 12729/VPCP-KGVX), Mon 12/1;
    the Saturday is listed as counted, with its announcement."""
    d = response_deadline(D(2026, 1, 8), "electronic", "simple")
    assert d.due == D(2026, 1, 12)
    lines = d.explain("en").splitlines()
    assert "2026-01-10: Saturday, " in lines[4] and ": a working day, counted" in lines[4]
    assert lines[4].endswith("12729/VPCP-KGVX]")
    assert "10/01/2026: Thứ Bảy, " in d.explain("vi")
    assert ": là ngày làm việc, được tính" in d.explain("vi")
    # Thu 1/1/2026 holiday and Fri 2/1 swapped off (12729/VPCP-KGVX): skipped with reasons
    off = response_deadline(D(2025, 12, 31), "electronic", "simple").explain("en")
    assert "2026-01-02: Friday, " in off and "day off swapped with a make-up Saturday" in off
    off_vi = response_deadline(D(2025, 12, 31), "electronic", "simple").explain("vi")
    assert "ngày nghỉ do hoán đổi ngày làm việc" in off_vi


# --------------------------------------------------------------------------------------
# More of the trace: kinds of steps, both languages, a period ending on a Friday.


def test_the_kinds_of_the_steps_of_a_deadline() -> None:
    d = response_deadline(
        datetime(2026, 1, 9, 17, 0),
        "electronic",
        "complex",
        receipt_policy="next_working_day",
        extension_length=3,
    )
    k = StepKind
    assert [s.kind for s in d.trace] == [
        k.REGIME, k.RECEIPT, k.NOTE, k.RULE, k.START, k.SKIP, k.SKIP, k.SKIP, k.SKIP, k.SKIP,
        k.END, k.RULE, k.RULE, k.RULE, k.START, k.END,
    ]  # fmt: skip
    immediate = response_deadline(D(2024, 3, 9), "at_office", "simple")
    assert [s.kind for s in immediate.trace] == [k.REGIME, k.RECEIPT, k.RULE]
    assert immediate.explain("en").splitlines()[1] == "2024-03-09: Valid request received"
    assert immediate.explain("vi").splitlines()[1] == "09/03/2024: Nhận được yêu cầu hợp lệ"
    assert immediate.explain("vi").splitlines()[0] == (
        "Luật Tiếp cận thông tin số 104/2016/QH13 và các văn bản hướng dẫn "
        "(văn bản có hiệu lực vào ngày bắt đầu)"
    )
    assert d.interpretations == (
        "receipt-next-working-day",
        "procedure-follows-provision-form",
        "extension-runs-from-original-due",
    )


def test_a_period_rolled_to_a_friday_lists_only_the_day_off() -> None:
    """Art. 22(4), 15 days from Wed 3/4/2024 = Thu 18/4, Giỗ Tổ (reference §2, 2024:
    statutory): ends Fri 19/4; the trace skips 18/4 only (not the weekend after)."""
    p = time_limit("disclosure.inaccuracy_answer", D(2024, 4, 3))
    assert p.due == D(2024, 4, 19)
    skipped = [s.on for s in p.trace if s.kind is StepKind.SKIP]
    assert skipped == [D(2024, 4, 18)]


def test_the_vietnamese_trace_of_a_rolled_period() -> None:
    p = time_limit("disclosure.inaccuracy_answer", D(2026, 8, 17))
    vi = p.explain("vi").splitlines()
    assert vi[0] == (
        "Luật Tiếp cận thông tin số 104/2016/QH13 và các văn bản hướng dẫn "
        "(văn bản có hiệu lực vào ngày bắt đầu)"
    )
    assert vi[2] == (
        "18/08/2026: Không tính ngày xảy ra sự kiện; bắt đầu tính từ ngày tiếp theo "
        "[Điều 147 khoản 3 Bộ luật Dân sự 2015]"
    )
    assert vi[-1] == (
        "01/09/2026: Thời hạn kéo dài qua ngày 01/09/2026, khi văn bản thay thế có hiệu lực; "
        "thời hạn vẫn được tính theo 104/2016/QH13, văn bản áp dụng vào ngày bắt đầu"
    )


def test_the_extension_notice_line_in_vietnamese() -> None:
    d = response_deadline(D(2024, 3, 6), "electronic", "complex", extension_length=1)
    lines = d.explain("vi").splitlines()
    assert (
        "27/03/2024: Văn bản thông báo gia hạn phải gửi trong thời hạn cung cấp thông tin, "
        "chậm nhất ngày này [Điều 30 khoản 4 Luật Tiếp cận thông tin số 104/2016/QH13]"
    ) in lines


def test_two_provisional_years_are_listed() -> None:
    """Art. 21(2), 30 days from Wed 15/12/2027 (2016 rules named): Fri 14/1/2028; both 2027
    and 2028 are provisional."""
    p = time_limit("disclosure.posting_minimum", D(2027, 12, 15), regime="ati-2016")
    assert p.due == D(2028, 1, 14) and p.provisional_years == (2027, 2028)
    assert "Provisional for 2027, 2028: Not all" in p.explain("en")
    assert "Kết quả tạm tính cho năm 2027, 2028: " in p.explain("vi")
    late = time_limit("disclosure.publish", D(2026, 12, 28), regime="ati-2016")
    assert "Provisional for 2027: " in late.explain("en")
    assert late.trace[-1].kind is StepKind.NOTE


def test_a_period_read_back_from_json_explains_itself() -> None:
    p = time_limit("disclosure.inaccuracy_answer", D(2026, 8, 17))
    again = type(p).from_json(p.to_json())
    assert again == p
    assert again.explain("en").splitlines()[1:] == p.explain("en").splitlines()[1:]
    d = response_deadline(D(2024, 3, 6), "electronic", "complex", extension_length=1)
    from tiepcan.deadlines import deadline_from_json

    assert deadline_from_json(d.to_json()) == d


@pytest.mark.parametrize(
    ("call", "detail"),
    [
        (lambda: response_deadline(D(2041, 1, 1), "electronic", "simple"), "received=2041-01-01"),
        (
            lambda: response_deadline(datetime(2041, 1, 1, 8), "electronic", "simple"),
            "received=2041-01-01",
        ),
        (lambda: time_limit("disclosure.publish", D(2041, 1, 1)), "start=2041-01-01"),
    ],
)
def test_a_day_outside_the_calendar_names_its_field(call: Callable[[], Any], detail: str) -> None:
    from tiepcan import CalendarRangeError

    with pytest.raises(CalendarRangeError) as err:
        call()
    assert err.value.detail == f"{detail}; the calendar covers 2018-01-01 to 2040-12-31"


# --------------------------------------------------------------------------------------
# A deadline read back is checked against itself.

_ONE = response_deadline(D(2024, 3, 6), "electronic", "complex", extension_length=1)


@pytest.mark.parametrize(
    "change",
    [
        {"due": "2024-03-26"},  # before the original due date
        {"effective_receipt": "2024-03-05"},  # before receipt
        {"original_due": "2024-03-05"},
        {"extended": False},  # extended without a flag
        {"extension_length": None},
        {"extension_length": 0},
        {"notice_due": "2024-03-05"},  # before the effective receipt
        {"notice_due": "2024-03-29"},  # after the due date
        {"extension_notice_due": "2024-03-28"},  # not the original due date
        {"extension_notice_due": None},
        {"provisional": True},  # provisional without a provisional year
        {"provisional_years": [2027]},
    ],
)
def test_an_inconsistent_deadline_is_refused(change: dict[str, Any]) -> None:
    with pytest.raises(InvalidInputError) as err:
        Deadline.from_dict({**_ONE.to_dict(), **change})
    assert err.value.code == "inconsistent-result"
    assert (err.value.message_vi, err.value.message_en) == ERROR_CODES["inconsistent-result"]
    assert err.value.detail is not None and err.value.detail.startswith(
        "the result is not consistent with itself: Deadline received 2024-03-06, effective "
    )


def test_a_consistent_deadline_at_its_edges_is_accepted() -> None:
    """An extension of 1 day; a notice due on the day of receipt or on the due day."""
    data = _ONE.to_dict()
    assert Deadline.from_dict(data) == _ONE
    assert Deadline.from_dict({**data, "notice_due": "2024-03-06"}).notice_due == D(2024, 3, 6)
    assert Deadline.from_dict({**data, "notice_due": "2024-03-28"}).notice_due == D(2024, 3, 28)
    plain = response_deadline(D(2024, 3, 6), "electronic", "complex").to_dict()
    assert Deadline.from_dict(plain).extension_notice_due is None


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"due": "2024-03-05"}, "Period disclosure.inaccuracy_answer: 2024-03-06 → 2024-03-05"),
        ({"provisional": True}, "Period disclosure.inaccuracy_answer: 2024-03-06 → 2024-03-21"),
        (
            {"provisional_years": [2027]},
            "Period disclosure.inaccuracy_answer: 2024-03-06 → 2024-03-21",
        ),
    ],
)
def test_an_inconsistent_period_is_refused(change: dict[str, Any], detail: str) -> None:
    p = time_limit("disclosure.inaccuracy_answer", D(2024, 3, 6))
    assert p.due == D(2024, 3, 21)  # 15 days from Wed 6/3/2024: Thu 21/3, a working day
    assert type(p).from_dict({**p.to_dict(), "due": "2024-03-06"}).due == D(2024, 3, 6)
    with pytest.raises(InvalidInputError) as err:
        type(p).from_dict({**p.to_dict(), **change})
    said(err.value, "inconsistent-result", "the result is not consistent with itself", detail)


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"length": -1}, "TimeLimit electronic.simple: length -1 working_days"),
        ({"length": 0}, "TimeLimit electronic.simple: length 0 working_days"),
        ({"unit": "immediate"}, "TimeLimit electronic.simple: length 3 immediate"),
    ],
)
def test_an_inconsistent_time_limit_is_refused(change: dict[str, Any], detail: str) -> None:
    limit = time_limits(regime="ati-2016")["electronic.simple"]
    with pytest.raises(InvalidInputError) as err:
        type(limit).from_dict({**limit.to_dict(), **change})
    said(err.value, "inconsistent-result", "the result is not consistent with itself", detail)
    immediate = time_limits(regime="ati-2016")["at_office.simple"]
    assert type(immediate).from_dict(immediate.to_dict()) == immediate


def test_a_deadline_read_back_from_json_explains_its_regime_truly() -> None:
    """The JSON does not record who chose the regime. Read back, a deadline under the regime in
    force on its day of receipt says so (Mon 4/3/2024, 2016 rules); one under the 2016 rules
    for a request received on Tue 1/9/2026, when the replacing law governs, was chosen by the
    caller (no other way to get it)."""
    in_force = response_deadline(D(2024, 3, 4), "electronic", "simple")
    back = Deadline.from_json(in_force.to_json())
    assert back.explain("en").splitlines()[0].endswith("(the rules in force on the start date)")
    assert back.explain("en") == in_force.explain("en")
    chosen = response_deadline(D(2026, 9, 1), "electronic", "simple", regime="ati-2016")
    back = Deadline.from_json(chosen.to_json())
    assert back.explain("en").splitlines()[0].endswith("(as chosen by the caller)")
    assert back.explain("vi") == chosen.explain("vi")
    period = time_limit("disclosure.publish", D(2024, 3, 4))
    assert Period.from_json(period.to_json()).explain("en") == period.explain("en")


def test_a_period_read_back_from_before_the_law_was_chosen_by_its_maker() -> None:
    """No regime was in force before Sun 1/7/2018 (Law art. 37), so a period under the 2016
    rules that starts on Mon 25/6/2018 (JSON made by hand) was chosen: it says so."""
    data = json.loads(time_limit("disclosure.publish", D(2018, 7, 2)).to_json())
    data |= {"start": "2018-06-25", "due": "2018-07-02"}
    back = Period.from_json(json.dumps(data))
    assert back.explain("en").splitlines()[0].endswith("(as chosen by the caller)")


# --------------------------------------------------------------------------------------
# Junk refused with what, where and why.


@pytest.mark.parametrize(
    ("kwargs", "code", "vi", "en", "detail"),
    [
        (
            {"extended": "yes"},
            "invalid-extended",
            "'extended' phải là True hoặc False",
            "'extended' must be a bool",
            "extended='yes'",
        ),
        (
            {"extension_length": "3"},
            "invalid-extension-length",
            "Thời gian gia hạn phải là số nguyên",
            "the extension must be a whole number",
            "extension_length='3'",
        ),
        (
            {"office_closes_at": "17:00"},
            "invalid-time",
            "Giờ đóng cửa không hợp lệ",
            "office_closes_at must be a time",
            "office_closes_at='17:00'",
        ),
        (
            {"received_via": "pigeon"},
            "invalid-received-via",
            "Giá trị không thuộc danh sách cho phép",
            "the value is not one of the allowed values",
            "received_via='pigeon'; allowed: at_office, electronic, postal, fax",
        ),
        (
            {"receipt_policy": "x"},
            "invalid-receipt-policy",
            "Giá trị không thuộc danh sách cho phép",
            "the value is not one of the allowed values",
            "receipt_policy='x'; allowed: civil_code, next_working_day",
        ),
    ],
)
def test_response_deadline_refuses_junk(
    kwargs: dict[str, Any], code: str, vi: str, en: str, detail: str
) -> None:
    with pytest.raises(InvalidInputError) as err:
        response_deadline(D(2024, 3, 6), "electronic", "complex", **kwargs)
    said(err.value, code, en, detail)


@pytest.mark.parametrize(
    ("call", "code", "detail"),
    [
        (lambda: response_deadline(D(2024, 3, 6), "pigeon", "simple"), "invalid-provision",
         "provision='pigeon'; allowed: at_office, electronic, postal, fax"),
        (lambda: response_deadline(D(2024, 3, 6), "electronic", "x"), "invalid-complexity",
         "complexity='x'; allowed: simple, complex"),
        (lambda: response_deadline("6/3/2024", "electronic", "simple"), "invalid-date",
         "received='6/3/2024'"),
        (lambda: time_limit("disclosure.publish", "6/3/2024"), "invalid-date",
         "start='6/3/2024'"),
    ],
)  # fmt: skip
def test_junk_names_its_field(call: Callable[[], Any], code: str, detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        call()
    assert err.value.code == code
    assert (err.value.message_vi, err.value.message_en) == ERROR_CODES[code]
    assert err.value.detail is not None and err.value.detail.endswith(detail)


def test_unknown_and_immediate_time_limits() -> None:
    known = ", ".join(time_limits(regime="ati-2016"))
    for junk in ("nope", 5, "art29.1.extension"):
        with pytest.raises(InvalidInputError) as err:
            time_limit(junk, D(2024, 3, 6))  # type: ignore[arg-type]
        said(
            err.value,
            "unknown-time-limit",
            "no such time limit",
            f"limit_id={junk!r}; known: {known}",
        )
    assert known.startswith("disclosure.publish, disclosure.posting_minimum, ")
    assert "art30.4" not in known
    # art. 29(1) "ngay": nothing to count
    with pytest.raises(InvalidInputError) as err:
        time_limit("at_office.simple", D(2024, 3, 6))
    said(
        err.value,
        "immediate-limit",
        "this limit is 'immediately': there is nothing to count",
        "at_office.simple",
    )


#: the ids of tiepcan 0.1 (Law 104/2016's article and clause) and the limit each named, by
#: its clause: art. 30(4) first sentence is the notice (3 wd), second the answer (15 wd),
#: second paragraph the extension; art. 32(3) refers, answers, corrects in that order
FORMER_IDS = {
    "art18.4": "disclosure.publish",
    "art21.2": "disclosure.posting_minimum",
    "art22.4": "disclosure.inaccuracy_answer",
    "art29.1": "at_office.simple",
    "art29.2": "at_office.complex",
    "art29.2.extension": "at_office.complex.extension",
    "art30.3": "electronic.simple",
    "art30.4.notice": "electronic.complex.notice",
    "art30.4": "electronic.complex",
    "art30.4.extension": "electronic.complex.extension",
    "art31.1": "postal_fax.simple",
    "art31.2.notice": "postal_fax.complex.notice",
    "art31.2": "postal_fax.complex",
    "art31.2.extension": "postal_fax.complex.extension",
    "art32.1": "correction.on_discovery",
    "art32.2": "correction.on_request",
    "art32.3.referral": "correction.commune_referral",
    "art32.3.answer": "correction.creator_answer",
    "art32.3.correction": "correction.commune_correction",
}


def test_the_ids_of_tiepcan_0_1_are_refused_naming_the_new_id() -> None:
    """0.3.0 removed the 0.1 ids ("art30.4"): each is an unknown limit whose detail says
    what to write instead, under the regime in force or any other."""
    known = ", ".join(time_limits(regime="ati-2016"))
    assert len(FORMER_IDS) == 19
    for old, new in FORMER_IDS.items():
        # the new id is the limit of the article and clause the old one named
        article, clause = re.findall(r"\d+", old)
        assert LAW_LIMITS[new][2] == f"{article}({clause})", old
        assert old not in time_limits(regime="ati-2016")
        with pytest.raises(InvalidInputError) as err:
            time_limit(old, D(2024, 3, 6))
        said(
            err.value,
            "unknown-time-limit",
            "no such time limit",
            f"limit_id={old!r}; {old} is now {new}; known: {known}",
        )
    # Law 01/2026/QH16 (from 1/9/2026) has no electronic.complex: the hint says whose it is
    with pytest.raises(InvalidInputError) as err:
        time_limit("art30.4", D(2026, 10, 6))
    assert err.value.code == "unknown-time-limit"
    assert err.value.detail is not None
    assert "art30.4 is now electronic.complex (a time limit of ati-2016); known: " in (
        err.value.detail
    )


# --------------------------------------------------------------------------------------
# Properties.


@given(receipt_dates, channels, complexities)
def test_due_is_a_working_day_never_before_receipt(
    received: date, channel: Channel, complexity: Complexity
) -> None:
    d = response_deadline(received, channel, complexity, regime="ati-2016")
    if d.immediate:  # art. 29(1), given on a working day (immediate-on-working-day)
        assert d.due == roll_forward(received) and is_working_day(d.due)
    else:
        assert d.due > received and is_working_day(d.due)
        if d.notice_due is not None:
            assert received < d.notice_due <= d.due


@given(receipt_dates, channels)
def test_extension_never_shortens(received: date, channel: Channel) -> None:
    plain = response_deadline(received, channel, "complex", regime="ati-2016")
    longer = response_deadline(received, channel, "complex", extended=True, regime="ati-2016")
    assert longer.due > plain.due and longer.original_due == plain.due
    assert is_working_day(longer.due)


@given(receipt_dates, channels, complexities)
def test_complex_never_sooner_than_simple(
    received: date, channel: Channel, complexity: Complexity
) -> None:
    simple = response_deadline(received, channel, "simple", regime="ati-2016")
    complex_ = response_deadline(received, channel, "complex", regime="ati-2016")
    assert simple.due <= complex_.due


@given(receipt_dates, channels, complexities, st.booleans())
def test_json_round_trip_is_the_identity(
    received: date, channel: Channel, complexity: Complexity, extended: bool
) -> None:
    extended = extended and complexity is Complexity.COMPLEX
    d = response_deadline(received, channel, complexity, extended=extended, regime="ati-2016")
    assert Deadline.from_json(d.to_json()) == d


@given(
    receipt_dates,
    st.sampled_from(
        sorted(k for k, v in time_limits(regime="ati-2016").items() if v.unit.value != "immediate")
    ),
)
def test_periods_end_on_a_working_day_after_their_start(start: date, limit_id: str) -> None:
    p = time_limit(limit_id, start, regime="ati-2016")
    assert p.due > start and is_working_day(p.due)
    assert Period.from_json(p.to_json()) == p


@given(not_dates)
def test_junk_receipt_dates_raise_tiepcan_error(junk: object) -> None:
    with pytest.raises(TiepCanError):
        response_deadline(junk, "electronic", "simple")  # type: ignore[arg-type]


@given(st.one_of(st.text(max_size=10), st.integers(), st.none()))
def test_junk_channels_and_complexities_raise_tiepcan_error(junk: object) -> None:
    with pytest.raises(TiepCanError):
        response_deadline(REGIME_END, junk, "simple")  # type: ignore[arg-type]
    with pytest.raises(TiepCanError):
        response_deadline(REGIME_END, "electronic", junk)  # type: ignore[arg-type]


def test_deadline_from_json_rejects_junk() -> None:
    from tiepcan.deadlines import deadline_from_json

    with pytest.raises(TiepCanError):
        deadline_from_json('{"due": "not a date"}')


def test_shared_reference_time_limits_table_agrees(shared_reference: Path) -> None:
    """law-104-2016.md §1.1 rows T5–T19 list the same lengths and units as our table."""
    text = (shared_reference / "law-104-2016.md").read_text(encoding="utf-8")
    rows = {
        "at_office.complex": "T5",
        "electronic.simple": "T7",
        "electronic.complex.notice": "T8",
        "electronic.complex": "T9",
        "electronic.complex.extension": "T10",
        "postal_fax.simple": "T11",
        "postal_fax.complex.notice": "T12",
        "postal_fax.complex": "T13",
        "postal_fax.complex.extension": "T14",
        "correction.on_discovery": "T15",
        "correction.on_request": "T16",
        "correction.commune_referral": "T17",
        "correction.creator_answer": "T18",
        "correction.commune_correction": "T19",
        "disclosure.publish": "T1",
        "disclosure.posting_minimum": "T2",
        "disclosure.inaccuracy_answer": "T3",
    }
    limits = time_limits(regime="ati-2016")
    for limit_id, row in rows.items():
        line = next(ln for ln in text.splitlines() if ln.startswith(f"| {row} |"))
        cells = [c.strip() for c in line.split("|")]
        length = int(re.sub(r"\D", "", cells[4]))
        unit = "working_days" if "working" in cells[5] else "days"
        assert (limits[limit_id].length, limits[limit_id].unit.value) == (length, unit), row


def test_the_rulebook_names_every_deadline_interpretation() -> None:
    """docs/deadlines.md and the registry (topic "deadlines") name the same readings, and every
    reading a deadline applies is in the registry."""
    from tiepcan.foundation.interpretations import interpretations

    registry = {i for i, x in interpretations("ati-2016").items() if x.topic == "deadlines"}
    page = (Path(__file__).resolve().parents[2] / "docs" / "deadlines.md").read_text("utf-8")
    assert registry == {i for i in registry if f"`{i}`" in page}
    remote = response_deadline(D(2025, 1, 20), "at_office", "complex", received_via="postal")
    assert set(remote.interpretations) <= set(interpretations("ati-2016"))
    assert "remote-request-complex-notice" in remote.interpretations


def test_a_complex_request_sent_by_post_to_read_at_the_office_keeps_its_notice() -> None:
    """Art. 29(2): 10 working days from Mon 20/1/2025 (21–24/1; Tết 27–31/1 off, 8726/VPCP-KGVX;
    3–7/2; 10/2): due Mon 10/2/2025. The requester is not at the office, so the written
    notice of the time limit of art. 31(2) stays: 3 working days, 21, 22, 23/1."""
    d = response_deadline(D(2025, 1, 20), "at_office", "complex", received_via="postal")
    assert (d.due, d.notice_due) == (D(2025, 2, 10), D(2025, 1, 23))
    assert d.citations[0].article == 29 and law(31, 2) in d.citations
