"""Statutory time limits (Law 104/2016/QH13 arts. 18, 21, 22, 29–32), counted by hand.

Each expected date below was counted by hand on the official calendar
(`shared/reference/calendar-2018-2027.md` §2) — day 1 is the first working day after the day
of receipt (Civil Code art. 147(3)) — and the comment names the announcement that decides it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan import Channel, Complexity, RegimeNotEncodedError, TiepCanError
from tiepcan.citations import law
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
from tiepcan.workdays import roll_forward

from strategies import (
    REGIME_END,
    channels,
    complexities,
    not_dates,
    receipt_dates,
)

D = date

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
# Correction (art. 32) and disclosure (arts. 18, 21, 22) limits.

PERIODS = [
    (
        "art32.1",
        D(2025, 1, 22),
        D(2025, 2, 5),
        "5 wd: Thu 23, Fri 24/1; Tết 27–31/1/2025 off (8726/VPCP-KGVX); 3, 4, 5/2",
    ),
    (
        "art32.2",
        D(2025, 8, 18),
        D(2025, 9, 3),
        "15 days: Tue 2/9/2025 is Quốc khánh, so the period ends Wed 3/9 (art. 148(5))",
    ),
    (
        "art32.3.referral",
        D(2025, 4, 28),
        D(2025, 5, 8),
        "5 wd: Tue 29/4; 30/4, 1/5 holidays, Fri 2/5 swapped off (8726/VPCP-KGVX); 5–8/5",
    ),
    (
        "art32.3.answer",
        D(2025, 5, 9),
        D(2025, 5, 26),
        "15 days: Sat 24/5/2025 → Mon 26/5 (art. 148(5))",
    ),
    ("art32.3.correction", D(2025, 5, 26), D(2025, 5, 29), "3 wd: 27, 28, 29/5/2025"),
    (
        "art18.4",
        D(2026, 1, 9),
        D(2026, 1, 15),
        "5 wd: Sat 10/1/2026 is worked (12729/VPCP-KGVX); 10, 12, 13, 14, 15/1",
    ),
    (
        "art21.2",
        D(2025, 1, 1),
        D(2025, 2, 3),
        "30 days: Fri 31/1/2025 is Tết (8726/VPCP-KGVX) → Mon 3/2 (art. 148(5))",
    ),
    (
        "art22.4",
        D(2024, 4, 15),
        D(2024, 5, 2),
        "15 days: Tue 30/4/2024 holiday, Wed 1/5 holiday → Thu 2/5 (art. 148(5))",
    ),
]


@pytest.mark.parametrize(("limit_id", "start", "due", "why"), PERIODS)
def test_time_limits_match_the_official_calendar(
    limit_id: str, start: date, due: date, why: str
) -> None:
    period = time_limit(limit_id, start)
    assert period.due == due, why
    assert period.citations[0].article == int(limit_id[3:5])


def test_commune_correction_chain_of_article_32_3() -> None:
    """Art. 32(3): 5 working days to refer, 15 days to answer, 3 working days to correct."""
    referral = time_limit("art32.3.referral", D(2025, 4, 28))
    answer = time_limit("art32.3.answer", D(2025, 5, 9))
    correction = time_limit("art32.3.correction", answer.due)
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
        time_limit("art29.1", D(2024, 1, 2))
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
        "art29.2": "T5",
        "art30.3": "T7",
        "art30.4.notice": "T8",
        "art30.4": "T9",
        "art30.4.extension": "T10",
        "art31.1": "T11",
        "art31.2.notice": "T12",
        "art31.2": "T13",
        "art31.2.extension": "T14",
        "art32.1": "T15",
        "art32.2": "T16",
        "art32.3.referral": "T17",
        "art32.3.answer": "T18",
        "art32.3.correction": "T19",
        "art18.4": "T1",
        "art21.2": "T2",
        "art22.4": "T3",
    }
    limits = {lim.alias: lim for lim in time_limits(regime="ati-2016").values()}
    for limit_id, row in rows.items():
        line = next(ln for ln in text.splitlines() if ln.startswith(f"| {row} |"))
        cells = [c.strip() for c in line.split("|")]
        length = int(re.sub(r"\D", "", cells[4]))
        unit = "working_days" if "working" in cells[5] else "days"
        assert (limits[limit_id].length, limits[limit_id].unit.value) == (length, unit), row


def test_the_rulebook_names_every_deadline_interpretation() -> None:
    """docs/deadlines.md and the registry (topic "deadlines") name the same readings, and every
    reading a deadline applies is in the registry."""
    from tiepcan.interpretations import interpretations

    registry = {i for i, x in interpretations("ati-2016").items() if x.topic == "deadlines"}
    page = (Path(__file__).resolve().parents[1] / "docs" / "deadlines.md").read_text("utf-8")
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
