"""Time limits of Law 01/2026/QH16, counted by hand from the text and the calendar.

Each case names the clause that sets the limit and the announcement that decides the date
(calendar: ``tiepcan/data/calendar.toml``; the reference is the project's calendar notes):

* art. 26(3): "chậm nhất là 12 ngày kể từ ngày nhận được yêu cầu cung cấp thông tin hợp lệ";
  extension "tối đa không quá 12 ngày", notified in writing within the time limit;
* "ngày" read as calendar days (interpretation ``days-are-calendar-days``): counting starts the
  day after receipt (Civil Code art. 147(3)); a last day that is a day off moves to the next
  working day (art. 148(5));
* art. 18(4) 5 working days; art. 21(2) at least 30 days; art. 22(4) 10 days; art. 28(1)
  5 working days from discovery; art. 28(2) 10 days; art. 31(3) 6 months (Civil Code art.
  148(3));
* art. 24(1): at the agency, by post, over the Internet; fax is not a channel.

The 2026 days off used: Mon 31/8, Tue 1/9, Wed 2/9 (Quốc khánh, 9441/TB-BNV); Tue 24/11
(Ngày Văn hóa Việt Nam, Resolution 28/2026/QH16 art. 2, first applied in 2026; 10065/VPCP-KGVX:
one day, no swap). 2027 is provisional (no Bộ Nội vụ notice yet): Fri 1/1/2027 is Tết Dương
lịch by the Labour Code 2019 art. 112(1)(a) alone.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan import Channel, Complexity
from tiepcan.deadlines import (
    Deadline,
    PeriodUnit,
    is_working_day,
    response_deadline,
    time_limit,
    time_limits,
)
from tiepcan.foundation.errors import InvalidInputError, TiepCanError
from tiepcan.foundation.regimes import ruleset

from strategies import channels_2026, complexities, receipt_dates_2026

D = date
LAW = "01/2026/QH16 art. "


def refs(citations: tuple[object, ...]) -> list[str]:
    return [c.ref for c in citations]  # type: ignore[attr-defined]


# -- the hand-counted table (also shipped as conformance cases: tools/gen_conformance.py) --------

#: (received, provision, complexity, sent, extended, due, regime, why): every date counted by
#: hand from the clause and the calendar announcement named in ``why``
HAND_COUNTED_2026 = [
    (D(2026, 9, 1), "electronic", "simple", None, False, D(2026, 9, 14), "ati-2026",
     "art. 26(3): day 12 is Sun 13/9 → Mon 14/9 (Civil Code 148(5)); 1/9 Quốc khánh (9441/TB-BNV)"),
    (D(2026, 9, 3), "postal", "complex", None, False, D(2026, 9, 15), "ati-2026",
     "art. 26(3): day 12 is Tue 15/9, a working day"),
    (D(2026, 10, 5), "at_office", "simple", None, False, D(2026, 10, 19), "ati-2026",
     "art. 26(3): day 12 is Sat 17/10 → Mon 19/10 (QĐ 188/1999/QĐ-TTg; Civil Code 148(5))"),
    (D(2026, 11, 12), "electronic", "complex", None, False, D(2026, 11, 25), "ati-2026",
     "art. 26(3): day 12 is Tue 24/11, Ngày Văn hóa Việt Nam (NQ 28/2026/QH16) → Wed 25/11"),
    (D(2026, 12, 20), "postal", "simple", None, False, D(2027, 1, 4), "ati-2026",
     "art. 26(3): day 12 is Fri 1/1/2027, Tết Dương lịch (Labour Code 2019 art. 112) → Mon 4/1"),
    (D(2026, 9, 3), "electronic", "simple", None, True, D(2026, 9, 28), "ati-2026",
     "art. 26(3): 15/9 + 12 days = Sun 27/9 → Mon 28/9 (extension on from the original limit)"),
    (D(2026, 9, 3), "electronic", "simple", D(2026, 8, 28), False, D(2026, 9, 8), "ati-2016",
     "sent 28/8/2026: Law 01/2026 art. 31(4) keeps Law 104/2016; its art. 30(3): 4, 7, 8/9"),
    (D(2026, 9, 3), "fax", "simple", D(2026, 8, 28), False, D(2026, 9, 10), "ati-2016",
     "sent by fax 28/8/2026: art. 31(4); Law 104/2016 art. 31(1): 4, 7, 8, 9, 10/9"),
    (D(2026, 8, 31), "electronic", "simple", None, False, D(2026, 9, 7), "ati-2016",
     "received 31/8/2026 under Law 104/2016 art. 30(3): 31/8–2/9 off (9441/TB-BNV): 3, 4, 7/9"),
]  # fmt: skip

#: (limit id, start, due, why) under Law 01/2026/QH16
PERIODS_2026 = [
    ("disclosure.inaccuracy_answer", D(2026, 11, 14), D(2026, 11, 25),
     "art. 22(4): day 10 is Tue 24/11 (NQ 28/2026/QH16) → Wed 25/11"),
    ("correction.on_discovery", D(2026, 11, 20), D(2026, 11, 30),
     "art. 28(1): 23, 25, 26, 27, 30/11 (24/11 off, NQ 28/2026/QH16)"),
    ("correction.on_request", D(2026, 12, 22), D(2027, 1, 4),
     "art. 28(2): day 10 is Fri 1/1/2027 (Tết Dương lịch) → Mon 4/1/2027"),
    ("disclosure.publish", D(2026, 11, 23), D(2026, 12, 1),
     "art. 18(4): 25, 26, 27, 30/11, 1/12 (24/11 off)"),
    ("disclosure.posting_minimum", D(2026, 10, 5), D(2026, 11, 4),
     "art. 21(2): day 30 is Wed 4/11"),
    ("transition.disclose_earlier_information", D(2026, 9, 1), D(2027, 3, 1),
     "art. 31(3): 6 months (Civil Code 148(3)): Mon 1/3/2027"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("received", "provision", "complexity", "sent", "extended", "due", "regime", "why"),
    HAND_COUNTED_2026,
)
def test_hand_counted_response_deadlines(
    received: date,
    provision: str,
    complexity: str,
    sent: date | None,
    extended: bool,
    due: date,
    regime: str,
    why: str,
) -> None:
    d = response_deadline(received, provision, complexity, sent=sent, extended=extended)
    assert (d.due, d.regime) == (due, regime), why


@pytest.mark.parametrize(("limit_id", "start", "due", "why"), PERIODS_2026)
def test_hand_counted_periods(limit_id: str, start: date, due: date, why: str) -> None:
    p = time_limit(limit_id, start)
    assert (p.due, p.regime) == (due, "ati-2026"), why


# -- art. 26(3): one limit for every channel ----------------------------------------------------


def test_twelve_days_ending_on_a_working_day() -> None:
    """Received Thu 3/9/2026: day 1 is Fri 4/9, day 12 is Tue 15/9, a working day (148(1))."""
    d = response_deadline(D(2026, 9, 3), "electronic", "simple")
    assert (d.regime, d.due, d.original_due) == ("ati-2026", D(2026, 9, 15), D(2026, 9, 15))
    assert refs(d.citations) == [
        LAW + "26(3)",
        "91/2015/QH13 art. 147(3)",
        "91/2015/QH13 art. 148(1)",
        "91/2015/QH13 art. 148(6)",
    ]
    assert d.notice_due is None and d.immediate is False
    assert {"days-are-calendar-days", "one-limit-every-request"} <= set(d.interpretations)


def test_twelve_days_ending_on_a_saturday_move_to_monday() -> None:
    """Received Mon 5/10/2026: day 12 is Sat 17/10 (QĐ 188/1999/QĐ-TTg: weekly rest), so
    the limit ends on Mon 19/10 (Civil Code art. 148(5))."""
    d = response_deadline(D(2026, 10, 5), "postal", "complex")
    assert d.due == D(2026, 10, 19)
    assert "91/2015/QH13 art. 148(5)" in refs(d.citations)
    assert "Day 12 is a day off" in d.explain("en")


def test_the_first_day_of_the_law_is_a_holiday() -> None:
    """Received Tue 1/9/2026 (Quốc khánh, a day off: 9441/TB-BNV): counting starts Wed 2/9
    all the same (147(3)); day 12 is Sun 13/9 → Mon 14/9 (148(5))."""
    assert response_deadline(D(2026, 9, 1), "at_office", "simple").due == D(2026, 9, 14)


def test_twelve_days_ending_on_ngay_van_hoa_viet_nam() -> None:
    """Received Thu 12/11/2026: day 12 is Tue 24/11/2026, Ngày Văn hóa Việt Nam, a paid day off
    (Resolution 28/2026/QH16 art. 2; 10065/VPCP-KGVX, no swap) → Wed 25/11 (148(5))."""
    d = response_deadline(D(2026, 11, 12), "electronic", "complex")
    assert d.due == D(2026, 11, 25)
    en = d.explain("en")
    assert "2026-11-24: Tuesday" in en and "28/2026/QH16" in en


def test_twelve_days_over_new_year_2027_are_provisional() -> None:
    """Received Sun 20/12/2026: day 12 is Fri 1/1/2027, Tết Dương lịch (Labour Code 2019 art.
    112(1)(a)); Sat 2 and Sun 3/1 are rest days → Mon 4/1/2027. 2027 has no announcement
    yet, so the result is provisional."""
    d = response_deadline(D(2026, 12, 20), "postal", "simple")
    assert d.due == D(2027, 1, 4)
    assert d.provisional is True and d.provisional_years == (2027,)


def test_every_channel_and_complexity_has_the_same_limit() -> None:
    """Art. 26(3) does not vary the limit: at the office, by post, over the Internet, simple or
    complex, received Thu 3/9/2026 → Tue 15/9 (no 'immediately', no notice of the limit)."""
    dues = {
        response_deadline(D(2026, 9, 3), form, comp, received_via=via).due
        for form in ("at_office", "postal", "electronic")
        for via in ("at_office", "postal", "electronic")
        for comp in ("simple", "complex")
    }
    assert dues == {D(2026, 9, 15)}


# -- art. 26(3): the extension ----------------------------------------------------------------


def test_extension_of_twelve_days_runs_on_from_the_original_limit() -> None:
    """Received Thu 3/9/2026: original limit Tue 15/9; 12 more days → Sun 27/9 → Mon 28/9
    (148(5)). The written notice is due within the original limit, by 15/9."""
    d = response_deadline(D(2026, 9, 3), "electronic", "simple", extended=True)
    assert (d.original_due, d.due, d.extension_length) == (D(2026, 9, 15), D(2026, 9, 28), 12)
    assert d.extension_notice_due == D(2026, 9, 15)
    assert {"extension-on-need-only", "extension-runs-from-original-due"} <= set(d.interpretations)


def test_a_shorter_extension_and_the_bound() -> None:
    """'tối đa không quá 12 ngày': 5 days on from Tue 15/9 → Sun 20/9 → Mon 21/9; 13 refused."""
    d = response_deadline(D(2026, 9, 3), "postal", "complex", extension_length=5)
    assert d.due == D(2026, 9, 21)
    with pytest.raises(InvalidInputError) as err:
        response_deadline(D(2026, 9, 3), "postal", "complex", extension_length=13)
    assert err.value.code == "invalid-extension-length"


# -- art. 24(1): no fax ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("provision", "via"),
    [("fax", None), ("electronic", "fax"), ("fax", "postal")],
)
def test_a_fax_dated_after_the_change_is_a_coded_error(provision: str, via: str | None) -> None:
    """Art. 24(1) lists the agency, post and the Internet: a fax received Thu 3/9/2026 gets
    `channel-not-in-law` naming art. 24(1), never a 2016 limit (art. 31 of Law 104/2016)."""
    with pytest.raises(InvalidInputError) as err:
        response_deadline(D(2026, 9, 3), provision, "simple", received_via=via)
    assert err.value.code == "channel-not-in-law" and "art. 24(1)" in err.value.detail


def test_a_fax_sent_before_the_change_keeps_the_2016_limit() -> None:
    """Sent Fri 28/8/2026 by fax, received Thu 3/9: art. 31(4) keeps Law 104/2016, whose art.
    31(1) gives 5 working days: Fri 4, Mon 7, Tue 8, Wed 9, Thu 10/9."""
    d = response_deadline(D(2026, 9, 3), "fax", "simple", sent=D(2026, 8, 28))
    assert (d.regime, d.due, d.chosen_by.value) == ("ati-2016", D(2026, 9, 10), "transition")


# -- the other limits -----------------------------------------------------------------------------


def test_art_22_4_ten_days_ending_on_24_11() -> None:
    """A petition on disclosed information received Sat 14/11/2026: day 10 is Tue 24/11 (Ngày
    Văn hóa Việt Nam, Resolution 28/2026/QH16) → Wed 25/11. (Law 104/2016 art. 22(4): 15.)"""
    p = time_limit("disclosure.inaccuracy_answer", D(2026, 11, 14))
    assert (p.regime, p.due) == ("ati-2026", D(2026, 11, 25))
    assert refs(p.citations)[0] == LAW + "22(4)"


def test_art_28_1_five_working_days_from_discovery() -> None:
    """Discovered Fri 20/11/2026: Mon 23 (1), Tue 24 off (Ngày Văn hóa), Wed 25 (2), Thu 26 (3),
    Fri 27 (4), Mon 30/11 (5)."""
    p = time_limit("correction.on_discovery", D(2026, 11, 20))
    assert (p.due, refs(p.citations)[0]) == (D(2026, 11, 30), LAW + "28(1)")


def test_art_28_2_ten_days_over_new_year() -> None:
    """A requester's complaint received Tue 22/12/2026: day 10 is Fri 1/1/2027 (Tết Dương lịch)
    → Mon 4/1/2027, provisional."""
    p = time_limit("correction.on_request", D(2026, 12, 22))
    assert (p.due, p.provisional, refs(p.citations)[0]) == (D(2027, 1, 4), True, LAW + "28(2)")


def test_art_18_4_five_working_days_from_creation() -> None:
    """Created Mon 23/11/2026: Tue 24 off; Wed 25 (1), Thu 26 (2), Fri 27 (3), Mon 30 (4),
    Tue 1/12 (5)."""
    p = time_limit("disclosure.publish", D(2026, 11, 23))
    assert (p.due, refs(p.citations)[0]) == (D(2026, 12, 1), LAW + "18(4)")


def test_art_21_2_posting_for_at_least_30_days() -> None:
    """Posted Mon 5/10/2026: day 30 is Wed 4/11/2026, a working day."""
    p = time_limit("disclosure.posting_minimum", D(2026, 10, 5))
    assert (p.due, refs(p.citations)[0]) == (D(2026, 11, 4), LAW + "21(2)")


def test_art_31_3_six_months_from_the_law_taking_effect() -> None:
    """Art. 31(3): within 6 months of Tue 1/9/2026. Civil Code art. 147(2), 148(3): the
    corresponding day of the sixth month, Mon 1/3/2027 (a working day; 2027 provisional)."""
    p = time_limit("transition.disclose_earlier_information", D(2026, 9, 1))
    assert (p.due, p.provisional) == (D(2027, 3, 1), True)
    assert refs(p.citations)[:3] == [
        LAW + "31(3)",
        "91/2015/QH13 art. 147(3)",
        "91/2015/QH13 art. 148(3)",
    ]


def test_six_months_end_on_the_last_day_of_a_shorter_month() -> None:
    """Civil Code art. 148(3): a month without the corresponding day ends on its last day:
    6 months from Wed 31/3/2027 → 30/9/2027, a Thursday (counting rule only: the limit is
    art. 31(3)'s, whose trigger is 1/9/2026)."""
    p = time_limit("transition.disclose_earlier_information", D(2027, 3, 31))
    assert p.due == D(2027, 9, 30)
    assert "91/2015/QH13 art. 148(3)" in refs(p.citations)


def test_the_2026_limits_are_the_law_s_and_no_others() -> None:
    """Every limit of the 2026 ruleset, with its length and unit as the text words it."""
    limits = time_limits(regime="ati-2026")
    table = {k: (v.length, v.unit, v.citation.ref) for k, v in limits.items()}
    assert table == {
        "disclosure.publish": (5, PeriodUnit.WORKING_DAYS, LAW + "18(4)"),
        "disclosure.posting_minimum": (30, PeriodUnit.DAYS, LAW + "21(2)"),
        "disclosure.inaccuracy_answer": (10, PeriodUnit.DAYS, LAW + "22(4)"),
        "response": (12, PeriodUnit.DAYS, LAW + "26(3)"),
        "response.extension": (12, PeriodUnit.DAYS, LAW + "26(3)"),
        "correction.on_discovery": (5, PeriodUnit.WORKING_DAYS, LAW + "28(1)"),
        "correction.on_request": (10, PeriodUnit.DAYS, LAW + "28(2)"),
        "transition.disclose_earlier_information": (6, PeriodUnit.MONTHS, LAW + "31(3)"),
    }
    for limit in limits.values():
        words = limit.citation.text()
        assert (
            f"{limit.length:02d} ngày làm việc" in words
            or f"{limit.length} ngày" in words
            or (f"{limit.length:02d} tháng" in words)
        ), limit.id
        if limit.unit is PeriodUnit.DAYS:  # "ngày" not followed by "làm việc"
            assert f"{limit.length} ngày làm việc" not in words


# -- the 2016 rule function takes strings (a defect fixed) ------------------------------------


def test_the_2016_rule_function_coerces_its_arguments() -> None:
    """`"at_office", "at_office", "simple"` as strings gave the complex limit (art. 29(2))
    because a string is never `Complexity.SIMPLE`; they are now read as the members."""
    choose = ruleset("ati-2016").function("response_limits")
    assert choose("at_office", "at_office", "simple")[0] == "at_office.simple"
    assert choose(Channel.POSTAL, "electronic", Complexity.COMPLEX)[:2] == (
        "electronic.complex",
        "electronic.complex.notice",
    )
    for bad in (("pigeon", "at_office", "simple"), ("at_office", 3, "simple")):
        with pytest.raises(InvalidInputError):
            choose(*bad)
    with pytest.raises(InvalidInputError) as err:
        choose("at_office", "at_office", "hard")
    assert err.value.code == "invalid-complexity"


def test_the_2026_rule_function_checks_its_arguments() -> None:
    choose = ruleset("ati-2026").function("response_limits")
    assert choose("postal", "at_office", "complex")[0] == "response"
    with pytest.raises(InvalidInputError) as err:
        choose("postal", "at_office", "urgent")
    assert err.value.code == "invalid-complexity"


# -- properties -----------------------------------------------------------------------------------


@given(receipt_dates_2026, channels_2026, complexities)
def test_a_2026_due_date_is_a_working_day_and_never_before_receipt(
    received: date, form: Channel, comp: Complexity
) -> None:
    d = response_deadline(received, form, comp)
    assert d.regime == "ati-2026"
    assert is_working_day(d.due) and d.due >= received + timedelta(days=12)
    assert d.due <= received + timedelta(days=12 + 14)  # no run of days off is that long


@given(receipt_dates_2026, channels_2026, complexities, st.integers(min_value=1, max_value=12))
def test_an_extension_never_shortens(
    received: date, form: Channel, comp: Complexity, length: int
) -> None:
    base = response_deadline(received, form, comp)
    ext = response_deadline(received, form, comp, extension_length=length)
    longest = response_deadline(received, form, comp, extended=True)
    assert base.due <= ext.due <= longest.due
    assert ext.original_due == base.due == ext.extension_notice_due
    assert is_working_day(ext.due)


@given(receipt_dates_2026, channels_2026, complexities)
def test_json_round_trip_of_a_2026_deadline(
    received: date, form: Channel, comp: Complexity
) -> None:
    d = response_deadline(received, form, comp, extended=True)
    back = Deadline.from_json(d.to_json())
    assert back == d and back.explain("en") == d.explain("en")


@given(receipt_dates_2026, channels_2026)
def test_fax_is_never_a_2026_channel(received: date, form: Channel) -> None:
    with pytest.raises(TiepCanError) as err:
        response_deadline(received, form, "simple", received_via="fax")
    assert err.value.code == "channel-not-in-law"
