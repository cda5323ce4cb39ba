"""Fees: hand-computed cases from Circular 46/2018/TT-BTC and its appendix.

Every expected amount below is worked out by hand from the appendix rates (shared reference
§2.3: 1.1 phô tô đen trắng 3.000 đ/trang A4; 1.2 phô tô màu 18.000; 2.1 in ảnh ≤ 15×21 cm
36.000 đ/tấm; 2.2 20×25–20×30 cm 54.000; 2.3 25×35–30×40 cm 135.000; 3 ghi âm 27.000 đ/phút
nghe; 4 phim 54.000 đ/phút chiếu; 5.1 in số hóa đen trắng 2.000 đ/trang A4; 5.2 màu 14.000),
the note (A3 = 2, A2 = 4, A1 = 8, A0 = 16 × the A4 photocopy rate) and art. 3(1.1)(b)
(70% / 50%). The arithmetic is written in each case.

Explanations, the notice of cost and the details of errors are asserted whole, in both
languages: Law 104/2016/QH13 art. 12 (no fee; the requester pays the actual cost), art. 27 (the
notice: the cost, the method and deadline of payment), art. 28(1)(e) (not paying is a refusal
ground); Decree 13/2018/NĐ-CP art. 5(1)(c) (form 03) and art. 13(2) (paid before provision,
into the state budget); Circular 46/2018/TT-BTC art. 3(1.2) (postage at the postal tariff, as
given), 3(2) (no sending cost electronically or by fax), art. 4 (payment) and art. 6(1) (in
force from 1/7/2018). A quote or notice read back from JSON, or built by hand, is checked
against itself.
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from tiepcan import fees
from tiepcan.fees import (
    MAX_DURATION,
    PARTIAL_MINUTE_RULE,
    REDUCTION_BASIS,
    REDUCTION_ROUNDING,
    Area,
    FeeItem,
    FeeNotice,
    FeeQuote,
    FeeUnit,
    PaymentMethod,
    billable_minutes,
    fee_notice,
    rate_table,
    unit_rate,
)
from tiepcan.foundation.citations import Citation, circular46, decree13, law
from tiepcan.foundation.errors import InvalidInputError, RegimeNotEncodedError, TiepCanError
from tiepcan.foundation.interpretations import interpretations
from tiepcan.foundation.terms import Channel

from strategies import said

#: the day the request was received in these cases: under Law 104/2016 and Circular 46/2018
RECEIVED = date(2024, 2, 7)
D = date

LAW = "Law 104/2016/QH13 on Access to Information, art. "
CIRC = "Circular 46/2018/TT-BTC, art. "
DECREE = "Decree 13/2018/NĐ-CP, art. "
LUAT = "Luật Tiếp cận thông tin số 104/2016/QH13"
TT46 = "Thông tư 46/2018/TT-BTC"


def quote(items: Any, **kw: Any) -> FeeQuote:
    """A quote for a request received on RECEIVED (unless the case says otherwise)."""
    return fees.quote(items, **{"received": RECEIVED, **kw})


# -- the item list is the issue's, exactly ----------------------------------------------------


def test_fee_items_are_exactly_the_appendix_lines_and_formats():
    assert [item.value for item in FeeItem] == [
        "photocopy_bw_a4",
        "photocopy_bw_a3",
        "photocopy_bw_a2",
        "photocopy_bw_a1",
        "photocopy_bw_a0",
        "photocopy_colour_a4",
        "photocopy_colour_a3",
        "photocopy_colour_a2",
        "photocopy_colour_a1",
        "photocopy_colour_a0",
        "photo_print_small",
        "photo_print_medium",
        "photo_print_large",
        "audio_copy_minute",
        "film_copy_minute",
        "digital_print_bw_a4",
        "digital_print_colour_a4",
    ]


# -- every item in every area: rate per unit ------------------------------------------------
# (item, appendix line, unit, ordinary, difficult 70%, especially difficult 50%, arithmetic)
UNIT_RATES = [
    ("photocopy_bw_a4", "1.1", "page_a4", 3_000, 2_100, 1_500, "3.000; ×0,7; ×0,5"),
    ("photocopy_bw_a3", "1.1", "page_a3", 6_000, 4_200, 3_000, "2×3.000"),
    ("photocopy_bw_a2", "1.1", "page_a2", 12_000, 8_400, 6_000, "4×3.000"),
    ("photocopy_bw_a1", "1.1", "page_a1", 24_000, 16_800, 12_000, "8×3.000"),
    ("photocopy_bw_a0", "1.1", "page_a0", 48_000, 33_600, 24_000, "16×3.000"),
    ("photocopy_colour_a4", "1.2", "page_a4", 18_000, 12_600, 9_000, "18.000"),
    ("photocopy_colour_a3", "1.2", "page_a3", 36_000, 25_200, 18_000, "2×18.000"),
    ("photocopy_colour_a2", "1.2", "page_a2", 72_000, 50_400, 36_000, "4×18.000"),
    ("photocopy_colour_a1", "1.2", "page_a1", 144_000, 100_800, 72_000, "8×18.000"),
    ("photocopy_colour_a0", "1.2", "page_a0", 288_000, 201_600, 144_000, "16×18.000"),
    ("photo_print_small", "2.1", "print", 36_000, 25_200, 18_000, "36.000/tấm"),
    ("photo_print_medium", "2.2", "print", 54_000, 37_800, 27_000, "54.000/tấm"),
    ("photo_print_large", "2.3", "print", 135_000, 94_500, 67_500, "135.000/tấm"),
    ("audio_copy_minute", "3", "minute_of_audio", 27_000, 18_900, 13_500, "27.000/phút"),
    ("film_copy_minute", "4", "minute_of_film", 54_000, 37_800, 27_000, "54.000/phút"),
    ("digital_print_bw_a4", "5.1", "page_a4", 2_000, 1_400, 1_000, "2.000/trang A4"),
    ("digital_print_colour_a4", "5.2", "page_a4", 14_000, 9_800, 7_000, "14.000/trang A4"),
]


@pytest.mark.parametrize(
    ("item", "line", "unit", "ordinary", "difficult", "especially", "arithmetic"), UNIT_RATES
)
def test_unit_rate_of_every_item_in_every_area(
    item, line, unit, ordinary, difficult, especially, arithmetic
):
    """Appendix line ``line`` (art. 3(1.1)(a)); 70% and 50% of it (art. 3(1.1)(b))."""
    assert FeeItem(item).appendix_line == line
    assert FeeItem(item).unit is FeeUnit(unit)
    assert FeeItem(item).rate_on(RECEIVED) == ordinary
    assert unit_rate(item, on=RECEIVED) == ordinary
    assert unit_rate(item, "difficult", on=RECEIVED) == difficult
    assert unit_rate(item, "especially_difficult", regime="ati-2016") == especially


@pytest.mark.parametrize(
    ("item", "line", "unit", "ordinary", "difficult", "especially", "arithmetic"), UNIT_RATES
)
def test_one_line_quote_of_every_item_in_every_area(
    item, line, unit, ordinary, difficult, especially, arithmetic
):
    """Three units of each item: 3 × the rate per unit written in UNIT_RATES."""
    for area, per_unit in (
        ("ordinary", ordinary),
        ("difficult", difficult),
        ("especially_difficult", especially),
    ):
        q = quote({item: 3}, area=area)
        (only,) = q.lines
        assert (only.quantity, only.unit_rate, only.amount) == (3, per_unit, 3 * per_unit)
        assert only.reduction == 3 * (ordinary - per_unit)
        assert q.total == 3 * per_unit


# -- whole quotes, written from the Circular -------------------------------------------------
# (items, area, postage, channel, total, arithmetic)
QUOTES = [
    ({"photocopy_bw_a4": 12}, "ordinary", 0, None, 36_000, "12 × 3.000"),
    ({"photocopy_bw_a4": 12}, "difficult", 0, None, 25_200, "12 × (3.000 × 70% = 2.100)"),
    ({"photocopy_bw_a4": 12}, "especially_difficult", 0, None, 18_000, "12 × 1.500"),
    (
        {"photocopy_bw_a4": 40, "photocopy_bw_a3": 2},
        "ordinary",
        0,
        None,
        132_000,
        "40 × 3.000 = 120.000; 2 × (2 × 3.000) = 12.000",
    ),
    (
        {"photocopy_colour_a4": 5, "photocopy_colour_a0": 1},
        "difficult",
        0,
        None,
        264_600,
        "5 × 12.600 = 63.000; 1 × (16 × 18.000 × 70% = 201.600)",
    ),
    (
        {"photo_print_small": 4, "photo_print_medium": 2, "photo_print_large": 1},
        "ordinary",
        0,
        None,
        387_000,
        "4 × 36.000 = 144.000; 2 × 54.000 = 108.000; 135.000",
    ),
    (
        {"photo_print_large": 3},
        "especially_difficult",
        0,
        None,
        202_500,
        "3 × (135.000 × 50% = 67.500)",
    ),
    (
        {"audio_copy_minute": 45, "film_copy_minute": 90},
        "ordinary",
        0,
        None,
        6_075_000,
        "45 × 27.000 = 1.215.000; 90 × 54.000 = 4.860.000",
    ),
    (
        {"film_copy_minute": 10},
        "difficult",
        0,
        None,
        378_000,
        "10 × (54.000 × 70% = 37.800)",
    ),
    (
        {"digital_print_bw_a4": 100, "digital_print_colour_a4": 10},
        "especially_difficult",
        0,
        None,
        170_000,
        "100 × 1.000 = 100.000; 10 × 7.000 = 70.000",
    ),
    # postage (art. 3(1.2)): passed through, never reduced by area
    (
        {"photocopy_bw_a4": 10},
        "difficult",
        22_000,
        "postal",
        43_000,
        "10 × 2.100 = 21.000; + postage 22.000 (not reduced)",
    ),
    (
        {"photocopy_bw_a4": 10},
        "especially_difficult",
        13_500,
        None,
        28_500,
        "10 × 1.500 = 15.000; + postage 13.500",
    ),
    ({}, "ordinary", 25_000, "postal", 25_000, "nothing copied; postage only"),
    # electronic and fax delivery: no sending cost (art. 3(2)), copying still paid
    ({"digital_print_bw_a4": 3}, "ordinary", 0, "electronic", 6_000, "3 × 2.000; no postage"),
    ({"photocopy_bw_a4": 3}, "difficult", 0, "fax", 6_300, "3 × 2.100; no postage"),
    ({}, "ordinary", 0, "electronic", 0, "an existing file sent by e-mail costs nothing"),
    ({"photocopy_bw_a4": 0}, "ordinary", 0, "at_office", 0, "quantity 0: no line"),
]


@pytest.mark.parametrize(("items", "area", "postage", "channel", "total", "arithmetic"), QUOTES)
def test_hand_computed_quote(items, area, postage, channel, total, arithmetic):
    q = quote(items, area=area, postage=postage, channel=channel)
    assert q.total == total, arithmetic
    assert q.postage == postage
    assert isinstance(q.total, int)


def test_lines_follow_the_appendix_order_not_the_callers():
    q = quote({"digital_print_bw_a4": 1, "audio_copy_minute": 1, "photocopy_bw_a4": 1})
    assert [line.appendix_line for line in q.lines] == ["1.1", "3", "5.1"]


def test_zero_quantity_gives_no_line():
    assert quote({"photocopy_bw_a4": 0, "photo_print_small": 1}).lines[0].item is (
        FeeItem.PHOTO_PRINT_SMALL
    )
    assert len(quote({"photocopy_bw_a4": 0}).lines) == 0


# -- reductions: Circular 46 art. 3(1.1)(b) --------------------------------------------------


def test_area_percentages_are_the_circulars():
    """'mức thu bằng 70%' (khó khăn) and 'mức thu bằng 50%' (đặc biệt khó khăn)."""
    text = circular46(3, 1, "b", subclause=1).text()
    assert "khó khăn, mức thu bằng 70%" in text
    assert "đặc biệt khó khăn, mức thu bằng 50%" in text
    assert (Area.ORDINARY.percent, Area.DIFFICULT.percent) == (100, 70)
    assert Area.ESPECIALLY_DIFFICULT.percent == 50


def test_area_labels_are_the_circulars_wording():
    text = circular46(3, 1, "b", subclause=1).text()
    assert Area.DIFFICULT.label_vi in text
    assert Area.ESPECIALLY_DIFFICULT.label_vi in text


def test_reduced_line_cites_point_b_and_full_rate_does_not():
    reduced = quote({"photocopy_bw_a4": 1}, area="difficult")
    full = quote({"photocopy_bw_a4": 1})
    assert reduced.lines[0].reduction_citation == circular46(3, 1, "b", subclause=1)
    assert full.lines[0].reduction_citation is None
    assert circular46(3, 1, "b", subclause=1) in reduced.citations
    assert circular46(3, 1, "b", subclause=1) not in full.citations


def test_no_reduced_rate_needs_rounding_today():
    """Every appendix rate is a multiple of 1.000 đ, so 70% and 50% are whole đồng: the
    rounding rule REDUCTION_ROUNDING is never exercised by today's rates."""
    for item in FeeItem:
        for area in Area:
            assert item.rate_on(RECEIVED) * area.percent % 100 == 0, (item, area)
            q = quote({item: 1}, area=area)
            assert REDUCTION_ROUNDING not in q.interpretations


def test_rounding_rule_rounds_down_in_the_requesters_favour():
    """Were a rate not to divide evenly (a hypothetical 3.001 đ), 70% is 2.100,7 → 2.100."""
    from tiepcan.fees import _reduce

    assert _reduce(3_001, Area.DIFFICULT) == 2_100
    assert _reduce(3_001, Area.ESPECIALLY_DIFFICULT) == 1_500


def test_reduction_is_taken_per_unit_and_recorded():
    q = quote({"photocopy_colour_a4": 7}, area="difficult")
    assert REDUCTION_BASIS == "reduction-on-unit-rate"
    assert REDUCTION_BASIS in q.lines[0].interpretations
    assert q.lines[0].unit_rate == 12_600  # 18.000 × 70%
    assert q.lines[0].amount == 88_200  # 7 × 12.600


# -- sending: art. 3(1.2) and 3(2) -----------------------------------------------------------


@pytest.mark.parametrize("channel", ["electronic", "fax", Channel.FAX, "at_office"])
def test_postage_with_a_channel_that_sends_nothing_by_post_is_refused(channel):
    """Art. 3(2): không phải trả chi phí gửi ... qua mạng điện tử, fax; at the office nothing
    is sent."""
    with pytest.raises(InvalidInputError) as err:
        quote({"photocopy_bw_a4": 1}, postage=1, channel=channel)
    assert err.value.code == "postage-not-payable"


def test_electronic_delivery_cites_art_3_2():
    q = quote({"digital_print_bw_a4": 1}, channel="electronic")
    assert circular46(3, 2) in q.citations
    assert "không phải trả chi phí gửi" in circular46(3, 2).text()


def test_postage_cites_art_3_1_2_and_is_recorded_as_given():
    q = quote({}, postage=18_000, channel="postal")
    assert circular46(3, 1, subclause=2) in q.citations
    assert "postage-as-given" in q.interpretations


# -- sending at its edges: given, not given, not payable (art. 3(1.2), 3(2)) ------------------


def test_postal_delivery_without_postage_says_so_in_both_languages() -> None:
    q = fees.quote({"photocopy_bw_a4": 2}, channel="postal", received=RECEIVED)
    assert q.postage_not_given is True and q.total == 6000
    assert "Sending: 0 đồng — postage NOT GIVEN for postal delivery: the total does not " in (
        q.explain("en")
    )
    assert "CHƯA NÊU chi phí gửi qua bưu chính: tổng cộng chưa gồm chi phí này" in q.explain("vi")


@pytest.mark.parametrize(
    ("kwargs", "flag"),
    [
        ({"channel": "postal", "postage": 0}, False),
        ({"channel": "postal", "postage": 12000}, False),
        ({"channel": None}, False),
        ({"channel": "electronic"}, False),
        ({"channel": "at_office"}, False),
    ],
)
def test_postage_not_given_only_for_postal_delivery_without_postage(
    kwargs: dict[str, Any], flag: bool
) -> None:
    q = fees.quote({"photocopy_bw_a4": 2}, received=RECEIVED, **kwargs)
    assert q.postage_not_given is flag
    assert "NOT GIVEN" not in q.explain("en")


def test_postage_is_passed_through_and_cited() -> None:
    """Art. 3(1.2): the postal tariff as given, not reduced in difficult areas."""
    q = fees.quote(
        {"photocopy_bw_a4": 2}, area="difficult", channel="postal", postage=12000, received=RECEIVED
    )
    assert (q.copying_total, q.postage, q.total) == (4200, 12000, 16200)
    assert f"{CIRC}3(1.2)" in [c.label_en for c in q.citations]
    assert (
        "Sending: 12,000 đồng (postal tariff, as given; Circular 46/2018/TT-BTC, art. 3(1.2))"
        in (q.explain("en"))
    )
    assert "Chi phí gửi: 12.000 đồng (giá cước bưu chính do cơ quan xác định; Điều 3 khoản 1.2" in (
        q.explain("vi")
    )
    assert set(q.interpretations) >= {"postage-as-given", "postage-only-by-post"}


@pytest.mark.parametrize("channel", ["electronic", "fax", "at_office"])
def test_no_postage_unless_sent_by_post(channel: str) -> None:
    """Art. 3(2): nothing to send electronically or by fax; nothing is sent at the office."""
    with pytest.raises(InvalidInputError) as err:
        fees.quote({"photocopy_bw_a4": 1}, postage=5000, channel=channel, received=RECEIVED)
    assert err.value.code == "postage-not-payable"
    assert err.value.message_en == (
        "no sending cost is payable unless the information is sent by post "
        "(Circular 46/2018/TT-BTC, art. 3(2))"
    )
    assert err.value.message_vi.endswith("(Điều 3 khoản 2 Thông tư 46/2018/TT-BTC)")
    assert err.value.detail == f"postage=5000 with channel {channel}"


@pytest.mark.parametrize("postage", [-1, True, 1.5, "5000"])
def test_postage_must_be_whole_dong(postage: Any) -> None:
    with pytest.raises(InvalidInputError) as err:
        fees.quote({"photocopy_bw_a4": 1}, postage=postage, channel="postal", received=RECEIVED)
    assert (err.value.code, err.value.message_vi, err.value.message_en) == (
        "invalid-postage",
        "Chi phí gửi phải là số đồng nguyên không âm",
        "postage must be a whole number of đồng ≥ 0",
    )
    assert err.value.detail == f"postage={postage!r}"


def test_electronic_delivery_cites_article_3_2_in_the_explanation() -> None:
    q = fees.quote({"photocopy_bw_a4": 1}, channel="electronic", received=RECEIVED)
    assert [c.label_en for c in q.citations] == [
        f"{LAW}12(1)",
        f"{LAW}12(2)",
        f"{CIRC}3(1.1)(a)",
        f"{CIRC}3(2)",
    ]
    assert "Sending: 0 đồng (electronically: Circular 46/2018/TT-BTC, art. 3(2))" in q.explain("en")
    assert "Chi phí gửi: 0 đồng (" in q.explain("vi")
    assert "Điều 3 khoản 2 Thông tư 46/2018/TT-BTC)" in q.explain("vi")
    fax = fees.quote({"photocopy_bw_a4": 1}, channel="fax", received=RECEIVED)
    assert f"{CIRC}3(2)" in [c.label_en for c in fax.citations]
    assert fees.quote({"photocopy_bw_a4": 1}, channel="postal", received=RECEIVED).citations == (
        fees.quote({"photocopy_bw_a4": 1}, received=RECEIVED).citations
    )


# -- regimes: rates are dated -----------------------------------------------------------------


def test_rates_in_force_from_1_july_2018():
    """Circular 46 art. 6(1): có hiệu lực kể từ ngày 01 tháng 07 năm 2018."""
    assert quote({"photocopy_bw_a4": 1}, received=date(2018, 7, 1)).total == 3_000
    with pytest.raises(RegimeNotEncodedError):
        quote({"photocopy_bw_a4": 1}, received=date(2018, 6, 30))


def test_after_the_replacement_the_2016_rates_need_an_explicit_regime():
    """Law 01/2026/QH16 art. 30(1): from 1/9/2026 its ruleset prices a request (its own
    citations; tests/engines/test_fees_2026.py); the 2016 ruleset only when the caller names it."""
    under_2026 = quote({"photocopy_bw_a4": 1}, received=date(2026, 9, 1))
    assert (under_2026.regime, under_2026.chosen_by.value) == ("ati-2026", "in_force")
    q = quote({"photocopy_bw_a4": 1}, received=date(2026, 9, 1), regime="ati-2016")
    assert (q.total, q.regime, q.received) == (3_000, "ati-2016", date(2026, 9, 1))
    assert quote({"photocopy_bw_a4": 1}, received=date(2026, 8, 31)).total == 3_000


def test_no_regime_is_applied_without_a_date():
    """Nothing applies a regime by default: without a date the caller names the regime."""
    for call in (
        lambda: fees.quote({"photocopy_bw_a4": 1}),
        lambda: rate_table(),
        lambda: unit_rate("photocopy_bw_a4"),
        lambda: FeeItem.PHOTOCOPY_BW_A4.rate_on(),
    ):
        with pytest.raises(InvalidInputError) as err:
            call()
        assert err.value.code == "missing-governing-date"


def test_an_explicit_regime_without_a_date_is_applied_and_recorded():
    q = fees.quote({"photocopy_bw_a4": 1}, regime="ati-2016")
    assert (q.regime, q.received, q.user_supplied, q.total) == ("ati-2016", None, False, 3_000)
    assert rate_table(regime="ati-2016").regime == "ati-2016"
    assert q.chosen_by.value == "caller"
    named_2026 = fees.quote({"photocopy_bw_a4": 1}, regime="ati-2026")  # Law 01/2026: encoded
    assert (named_2026.regime, named_2026.received, named_2026.total) == ("ati-2026", None, 3_000)
    with pytest.raises(InvalidInputError) as err:
        fees.quote({"photocopy_bw_a4": 1}, regime="no-such-regime")
    assert err.value.code == "invalid-regime"


def test_rate_table_holds_every_appendix_line():
    table = rate_table(on=date(2024, 2, 7))
    assert [line.number for line in table.lines] == [
        "1.1", "1.2", "2.1", "2.2", "2.3", "3", "4", "5.1", "5.2",
    ]  # fmt: skip
    assert {m.paper.value: m.multiplier for m in table.format_multipliers} == {
        "A3": 2, "A2": 4, "A1": 8, "A0": 16,
    }  # fmt: skip


# -- the rate table: its first and last day, its lookups, its multiples -----------------------


def test_the_rates_start_on_the_circular_s_first_day() -> None:
    """Circular 46/2018 art. 6(1): in force from 1/7/2018; before it the law is not in force."""
    assert rate_table(on=D(2018, 7, 1)).line("1.1").rate == 3000
    assert rate_table(on=D(2018, 7, 1)).on == D(2018, 7, 1)
    with pytest.raises(RegimeNotEncodedError) as err:
        rate_table(on=D(2018, 6, 30))
    assert err.value.code == "before-law-in-force"


def test_the_2016_rates_govern_to_the_regime_s_last_day() -> None:
    """The 2016 regime governs requests received until 31/8/2026; from 1/9/2026 Law
    01/2026/QH16 does (its own table, tests/engines/test_fees_2026.py): only an explicit regime
    applies 2016's rates then."""
    assert rate_table(on=D(2026, 8, 31)).line("1.1").rate == 3000
    assert rate_table(on=D(2026, 8, 31)).on == D(2026, 8, 31)
    assert (rate_table(on=D(2026, 8, 31)).regime, rate_table(on=D(2026, 9, 1)).regime) == (
        "ati-2016",
        "ati-2026",
    )
    table = rate_table(on=D(2026, 9, 1), regime="ati-2016")
    assert (table.on, table.regime, table.user_supplied) == (D(2026, 9, 1), "ati-2016", False)
    assert table.line("5.2").rate == 14000
    q = fees.quote({"photocopy_bw_a4": 1}, received=D(2026, 8, 31))
    assert (q.received, q.regime, q.total) == (D(2026, 8, 31), "ati-2016", 3000)


def test_a_table_without_a_day_is_the_regime_s_latest() -> None:
    table = rate_table(regime="ati-2016")
    assert (table.on, table.regime, table.user_supplied) == (None, "ati-2016", False)
    assert [(x.number, x.rate) for x in table.lines] == [
        ("1.1", 3000),
        ("1.2", 18000),
        ("2.1", 36000),
        ("2.2", 54000),
        ("2.3", 135000),
        ("3", 27000),
        ("4", 54000),
        ("5.1", 2000),
        ("5.2", 14000),
    ]
    assert [
        (m.paper.value, m.multiplier, m.applies_to_group) for m in table.format_multipliers
    ] == [
        ("A3", 2, "1"),
        ("A2", 4, "1"),
        ("A1", 8, "1"),
        ("A0", 16, "1"),
    ]


ITEMS = (
    "photocopy_bw_a4, photocopy_bw_a3, photocopy_bw_a2, photocopy_bw_a1, photocopy_bw_a0, "
    "photocopy_colour_a4, photocopy_colour_a3, photocopy_colour_a2, photocopy_colour_a1, "
    "photocopy_colour_a0, photo_print_small, photo_print_medium, photo_print_large, "
    "audio_copy_minute, film_copy_minute, digital_print_bw_a4, digital_print_colour_a4"
)


@pytest.mark.parametrize(
    ("call", "code", "detail"),
    [
        (
            lambda t: t.list_rate("nope"),
            "invalid-item",
            f"item='nope'; allowed: {ITEMS}",
        ),
        (
            lambda t: t.multiplier("nope"),
            "invalid-item",
            f"item='nope'; allowed: {ITEMS}",
        ),
        (lambda t: t.line(3), "rate-not-found", "line 3, regime ati-2016, on 2024-02-07"),
        (
            lambda t: t.provision("nope"),
            "unknown-rule",
            "ati-2016: fee provision 'nope'; known: no_fee, "
            "actual_costs, appendix_rates, area_reduction, postal_sending_cost, "
            "no_sending_cost_electronic_fax, cost_notice, unpaid_costs_refusal, "
            "paid_before_provision, form_03, cost_computation, payment_per_form_03, "
            "budget_accounting",
        ),
    ],
)
def test_rate_table_lookups_refuse(call: Any, code: str, detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        call(rate_table(on=RECEIVED))
    assert (err.value.code, err.value.detail) == (code, detail)


_TABLE = rate_table(on=RECEIVED)


def test_lookups_that_find_nothing_say_what_was_asked() -> None:
    with pytest.raises(InvalidInputError) as err:
        _TABLE.line("9.9")
    said(
        err.value,
        "rate-not-found",
        "no rate for this line of the appendix",
        "line '9.9', regime ati-2016, on 2024-02-07",
    )
    data = _TABLE.to_dict()
    data["format_multipliers"] = [m for m in data["format_multipliers"] if m["paper"] != "A3"]
    without_a3 = type(_TABLE).from_dict(data)
    with pytest.raises(InvalidInputError) as err:
        without_a3.multiplier("photocopy_bw_a3")
    said(
        err.value,
        "rate-not-found",
        "no rate for this paper format",
        "photocopy_bw_a3: format A3, regime ati-2016",
    )
    with pytest.raises(InvalidInputError) as err:
        _TABLE.provision("nope")
    assert err.value.code == "unknown-rule"
    assert err.value.detail is not None
    assert err.value.detail.endswith(
        "ati-2016: fee provision 'nope'; known: no_fee, actual_costs, appendix_rates, "
        "area_reduction, postal_sending_cost, no_sending_cost_electronic_fax, cost_notice, "
        "unpaid_costs_refusal, paid_before_provision, form_03, cost_computation, "
        "payment_per_form_03, budget_accounting"
    )


def test_multiples_by_format_and_item() -> None:
    """The appendix note: A4 and items without a paper format are 1 × the rate; A0 16 ×."""
    assert _TABLE.multiplier("photocopy_bw_a4") == 1
    assert _TABLE.multiplier("audio_copy_minute") == 1
    assert _TABLE.multiplier("photocopy_colour_a0") == 16
    assert _TABLE.list_rate("photocopy_colour_a0") == 18000 * 16
    assert _TABLE.provision("appendix_rates").label_en == f"{CIRC}3(1.1)(a)"


@pytest.mark.parametrize(
    ("call", "code", "en", "detail"),
    [
        (lambda: rate_table(on=datetime(2024, 2, 7, 8)), "invalid-date",
         "not a date (a datetime.date, without time of day)",
         "on=datetime.datetime(2024, 2, 7, 8, 0)"),
        (lambda: rate_table(on="2024-02-07"), "invalid-date",
         "not a date (a datetime.date, without time of day)", "on='2024-02-07'"),
        (lambda: fees.quote({"photocopy_bw_a4": 1}, received="2024-02-07"), "invalid-date",
         "not a date (a datetime.date, without time of day)", "received='2024-02-07'"),
        (lambda: rate_table(), "missing-governing-date",
         "a governing date (on=) or an explicit regime (regime=) is required",
         "on=None and regime=None: no regime is applied without a date"),
        (lambda: fees.quote({"photocopy_bw_a4": 1}), "missing-governing-date",
         "a governing date (received=) or an explicit regime (regime=) is required",
         "received=None and regime=None: no regime is applied without a date"),
        (lambda: unit_rate("nope", on=RECEIVED), "invalid-item",
         None, "item='nope'; allowed: photocopy_bw_a4, "),
        (lambda: unit_rate("photocopy_bw_a4", "nowhere", on=RECEIVED), "invalid-area",
         None, "area='nowhere'; allowed: ordinary, difficult, especially_difficult"),
    ],
)  # fmt: skip
def test_rates_need_a_day_or_a_regime(call: Any, code: str, en: str | None, detail: str) -> None:
    """A bad value of an enumerated field says no more than the table's message (``en`` is
    None): its detail names the field, the value and the allowed members."""
    with pytest.raises(InvalidInputError) as err:
        call()
    assert err.value.code == code
    assert err.value.detail is not None
    assert err.value.detail.startswith(f"{en}: {detail}" if en else detail)


def test_unit_rate_in_each_area() -> None:
    """Art. 3(1.1)(b): A4 colour 18.000; 70 % = 12.600; 50 % = 9.000."""
    assert unit_rate("photocopy_colour_a4", on=RECEIVED) == 18000
    assert unit_rate("photocopy_colour_a4", "difficult", on=RECEIVED) == 12600
    assert unit_rate("photocopy_colour_a4", "especially_difficult", regime="ati-2016") == 9000


# -- the named interpretations ---------------------------------------------------------------


def test_colour_a3_to_a0_use_the_note_multipliers_and_say_so():
    """The note prices 'phô tô tài liệu' A3–A0 as 2/4/8/16 × A4; we read it as covering
    colour photocopies (1.2) as well as black-and-white (1.1)."""
    colour = quote({"photocopy_colour_a2": 1}).lines[0]
    assert (colour.appendix_rate, colour.format_multiplier, colour.amount) == (18_000, 4, 72_000)
    assert "colour-formats-multiplied" in colour.interpretations
    bw = quote({"photocopy_bw_a2": 1}).lines[0]
    assert "colour-formats-multiplied" not in bw.interpretations


def test_digitised_prints_have_no_larger_formats():
    assert [i.paper.value for i in FeeItem if i.appendix_line in ("5.1", "5.2")] == ["A4", "A4"]
    with pytest.raises(InvalidInputError):
        quote({"digital_print_bw_a3": 1})


def test_audio_and_film_rates_exclude_the_medium_which_is_not_priced():
    """Items 3 and 4 are 'không bao gồm vật tư'; the appendix has no line for the medium."""
    table = rate_table(on=RECEIVED)
    assert not table.line("3").materials_included
    assert not table.line("4").materials_included
    assert all(line.materials_included for line in table.lines if line.number not in ("3", "4"))
    q = quote({"audio_copy_minute": 2})
    assert "media-not-priced" in q.interpretations
    assert q.total == 54_000  # 2 × 27.000, nothing for the disc
    with pytest.raises(InvalidInputError):
        quote({"media": 1})


@pytest.mark.parametrize(
    ("durations", "minutes"),
    [
        ((), 0),
        ((timedelta(0),), 0),
        ((timedelta(seconds=1),), 1),
        ((timedelta(seconds=59),), 1),
        ((timedelta(seconds=60),), 1),
        ((timedelta(seconds=61),), 2),
        ((timedelta(minutes=44, seconds=30),), 45),
        ((timedelta(seconds=30), timedelta(seconds=30)), 1),  # rounded once, on the total
        ((timedelta(minutes=2, seconds=5), timedelta(seconds=50)), 3),
    ],
)
def test_partial_minutes_are_rounded_up_once_on_the_total(durations, minutes):
    assert PARTIAL_MINUTE_RULE == "partial-minute-rounded-up"
    assert billable_minutes(*durations) == minutes


def test_a_44_and_a_half_minute_recording_costs_45_minutes():
    minutes = billable_minutes(timedelta(minutes=44, seconds=30))
    assert quote({"audio_copy_minute": minutes}).total == 1_215_000  # 45 × 27.000


@pytest.mark.parametrize("junk", [timedelta(seconds=-1), 60, "1:00", None])
def test_billable_minutes_rejects_junk(junk):
    with pytest.raises(InvalidInputError) as err:
        billable_minutes(junk)
    assert err.value.code == "invalid-duration"


# -- minutes of audio and film: a started minute counts, once (appendix lines 3, 4) -----------


def test_billable_minutes_round_the_total_up_once() -> None:
    m = timedelta(minutes=1)
    assert billable_minutes() == 0
    assert billable_minutes(timedelta(0)) == 0
    assert billable_minutes(timedelta(seconds=1)) == 1
    assert billable_minutes(m) == 1
    assert billable_minutes(m + timedelta(seconds=1)) == 2
    assert billable_minutes(timedelta(seconds=30), timedelta(seconds=30)) == 1
    assert billable_minutes(MAX_DURATION) == 366 * 24 * 60


@pytest.mark.parametrize(
    ("durations", "code", "detail"),
    [
        ((timedelta(seconds=-1),), "invalid-duration", "datetime.timedelta(days=-1, seconds=86399)"),
        ((60,), "invalid-duration", "60"),
        ((MAX_DURATION + timedelta(seconds=1),), "duration-too-long",
         "datetime.timedelta(days=366, seconds=1) added to 0:00:00"),
        ((MAX_DURATION, timedelta(seconds=1)), "duration-too-long",
         "datetime.timedelta(seconds=1) added to 366 days, 0:00:00"),
    ],
)  # fmt: skip
def test_billable_minutes_refuses(durations: Any, code: str, detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        billable_minutes(*durations)
    assert (err.value.code, err.value.detail) == (code, detail)
    messages = {
        "invalid-duration": (
            "Thời lượng phải là khoảng thời gian không âm",
            "a duration must be a timedelta ≥ 0",
        ),
        "duration-too-long": (
            "Tổng thời lượng vượt quá giới hạn (366 ngày)",
            "the total duration exceeds the bound (366 days)",
        ),
    }
    assert (err.value.message_vi, err.value.message_en) == messages[code]


# -- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize("quantity", [-2, -1, 2.5, 2.0, True, False, "3", None, [1]])
def test_bad_quantity_is_refused(quantity):
    with pytest.raises(InvalidInputError) as err:
        quote({"photocopy_bw_a4": quantity})
    assert err.value.code == "invalid-quantity"


def test_negative_quantity_message_is_the_documented_one():
    with pytest.raises(InvalidInputError) as err:
        quote({"photocopy_bw_a4": -2})
    assert str(err.value) == (
        "[invalid-quantity] Số lượng phải là số nguyên không âm / quantity must be a whole "
        "number ≥ 0 (item photocopy_bw_a4: -2)"
    )


@pytest.mark.parametrize("item", ["photocopy_a5", "PHOTOCOPY_BW_A4", "", 7, None, Area.ORDINARY])
def test_unknown_item_is_refused(item):
    with pytest.raises(InvalidInputError) as err:
        quote({item: 1})
    assert err.value.code == "invalid-item"


@pytest.mark.parametrize("area", ["remote", "Difficult", 70, None, 0.7])
def test_unknown_area_is_refused(area):
    with pytest.raises(InvalidInputError) as err:
        quote({"photocopy_bw_a4": 1}, area=area)
    assert err.value.code == "invalid-area"


@pytest.mark.parametrize("postage", [-1, 1000.0, True, "1000", 2.5])
def test_bad_postage_is_refused(postage):
    with pytest.raises(InvalidInputError) as err:
        quote({}, postage=postage)
    assert err.value.code == "invalid-postage"


@pytest.mark.parametrize("channel", ["email", "post", 1])
def test_unknown_channel_is_refused(channel):
    with pytest.raises(InvalidInputError) as err:
        quote({}, channel=channel)
    assert err.value.code == "invalid-channel"


@pytest.mark.parametrize("received", [datetime(2024, 2, 7, 9, 30), "2024-02-07", 20240207])
def test_received_must_be_a_date(received):
    with pytest.raises(InvalidInputError) as err:
        quote({}, received=received)
    assert err.value.code == "invalid-date"


@pytest.mark.parametrize(
    "items", [None, "photocopy_bw_a4", 3, ["photocopy_bw_a4"], [("photocopy_bw_a4", 1, 2)]]
)
def test_items_must_be_a_mapping_or_pairs(items):
    with pytest.raises(InvalidInputError) as err:
        quote(items)
    assert err.value.code == "invalid-items"


def test_explain_refuses_an_unknown_language():
    with pytest.raises(InvalidInputError):
        quote({}).explain("fr")  # type: ignore[arg-type]


def test_bad_input_is_a_tiepcan_error_and_a_value_error():
    with pytest.raises(TiepCanError):
        quote({"photocopy_bw_a4": -1})
    with pytest.raises(ValueError):
        quote({"photocopy_bw_a4": -1})


# -- bad items and arguments: what, where and why ---------------------------------------------


@pytest.mark.parametrize(
    ("items", "code", "detail"),
    [
        ({"photocopy_bw_a4": -2}, "invalid-quantity", "item photocopy_bw_a4: -2"),
        ({"photocopy_bw_a4": True}, "invalid-quantity", "item photocopy_bw_a4: True"),
        ({"photocopy_bw_a4": 1.0}, "invalid-quantity", "item photocopy_bw_a4: 1.0"),
        (
            [("photocopy_bw_a4", 1), ("photocopy_bw_a4", 2)],
            "duplicate-item",
            "item photocopy_bw_a4: 1 and 2",
        ),
        ("photocopy_bw_a4", "invalid-items", "items='photocopy_bw_a4'"),
        ([("photocopy_bw_a4",)], "invalid-items", "items=[('photocopy_bw_a4',)]"),
    ],
)
def test_items_refused(items: Any, code: str, detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        fees.quote(items, received=RECEIVED)
    assert (err.value.code, err.value.detail) == (code, detail)


def test_items_messages() -> None:
    with pytest.raises(InvalidInputError) as err:
        fees.quote([("photocopy_bw_a4", 1), ("photocopy_bw_a4", 1)], received=RECEIVED)
    assert (err.value.message_vi, err.value.message_en) == (
        "Một mục chi phí được nêu hai lần",
        "a fee item is given twice",
    )
    with pytest.raises(InvalidInputError) as err:
        fees.quote(42, received=RECEIVED)  # type: ignore[arg-type]
    assert (err.value.message_vi, err.value.message_en) == (
        "Danh mục phải là ánh xạ (hoặc danh sách cặp) mục chi phí và số lượng",
        "items must map each fee item to a quantity (or list (item, quantity) pairs)",
    )


def test_items_in_the_appendix_order() -> None:
    """Lines follow the appendix (1.1 before 3), whatever order they are given in."""
    q = fees.quote([("audio_copy_minute", 1), ("photocopy_bw_a4", 1)], received=RECEIVED)
    assert [line.appendix_line for line in q.lines] == ["1.1", "3"]


@pytest.mark.parametrize(
    ("kw", "code", "detail"),
    [
        (
            {"area": "x"},
            "invalid-area",
            "area='x'; allowed: ordinary, difficult, especially_difficult",
        ),
        (
            {"channel": "x"},
            "invalid-channel",
            "channel='x'; allowed: at_office, electronic, postal, fax",
        ),
        (
            {"received": datetime(2024, 2, 7)},
            "invalid-date",
            "not a date (a datetime.date, without time of day): "
            "received=datetime.datetime(2024, 2, 7, 0, 0)",
        ),
    ],
)
def test_quote_refuses(kw: dict[str, Any], code: str, detail: str) -> None:
    args: dict[str, Any] = {"received": RECEIVED, **kw}
    with pytest.raises(InvalidInputError) as err:
        fees.quote({"photocopy_bw_a4": 1}, **args)
    assert (err.value.code, err.value.detail) == (code, detail)


# -- explanations -----------------------------------------------------------------------------


def test_explanation_shows_each_line_its_rate_reduction_and_citation():
    q = quote({"photocopy_bw_a4": 12}, area="difficult", postage=22_000, channel="postal")
    vi = q.explain("vi")
    assert "Phô tô đen trắng, khổ A4: 12 trang A4 × 2.100 đồng = 25.200 đồng" in vi
    assert "Phụ lục Thông tư 46/2018/TT-BTC, mục 1.1: 3.000 đồng/trang A4" in vi
    assert "70% — Địa bàn có điều kiện kinh tế - xã hội khó khăn" in vi
    assert "Điều 3 khoản 1.1 điểm b Thông tư 46/2018/TT-BTC" in vi
    assert "Chi phí gửi: 22.000 đồng" in vi
    assert "Tổng cộng: 47.200 đồng" in vi  # 25.200 + 22.000
    en = q.explain("en")
    assert "12 × A4 page at 2,100 đồng = 25,200 đồng" in en
    assert "Total: 47,200 đồng" in en


# -- explanations read whole, line by line, in both languages ---------------------------------
# Every amount is computed by hand from the appendix (see the module docstring): rate ×
# multiple, × 70 % or 50 % per unit in a difficult or especially difficult area.


def _four_lines() -> Any:
    """A difficult area (70 %, art. 3(1.1)(b)), sent by post for 27.500 đồng (art. 3(1.2)):
    line 1.1 A0: 3.000 × 16 = 48.000, × 70 % = 33.600 per page, × 1 = 33.600;
    line 2.3: 135.000 × 70 % = 94.500 per print, × 2 = 189.000;
    line 4: 54.000 × 70 % = 37.800 per minute, × 3 = 113.400;
    line 5.2: 14.000 × 70 % = 9.800 per page, × 5 = 49.000;
    copying 33.600 + 189.000 + 113.400 + 49.000 = 385.000; total 385.000 + 27.500 = 412.500."""
    return fees.quote(
        {
            "digital_print_colour_a4": 5,
            "film_copy_minute": 3,
            "photo_print_large": 2,
            "photocopy_bw_a0": 1,
        },
        area="difficult",
        postage=27500,
        channel="postal",
        received=RECEIVED,
    )


def test_a_quote_of_four_lines_explained_in_english() -> None:
    reduced = f"    70% — area with difficult socio-economic conditions ({CIRC}3(1.1)(b))"
    appendix = "    Circular 46/2018/TT-BTC appendix, line "
    assert _four_lines().explain("en").splitlines() == [
        "Actual cost of printing, copying, photographing and sending information "
        f"({LAW}12(2)); rates of regime ati-2016 as of 2024-02-07",
        "- black-and-white photocopy, A0: 1 × A0 page at 33,600 đồng = 33,600 đồng",
        f"{appendix}1.1: 3,000 đồng per A4 page; A0 is 16 × the A4 rate ({CIRC}3(1.1)(a))",
        reduced,
        "- print from original film or photograph, 25×35 cm to 30×40 cm: 2 × print at "
        "94,500 đồng = 189,000 đồng",
        f"{appendix}2.3: 135,000 đồng per print ({CIRC}3(1.1)(a))",
        reduced,
        "- copy of a cinema film (medium not included): 3 × minute of screening at "
        "37,800 đồng = 113,400 đồng",
        f"{appendix}4: 54,000 đồng per minute of screening ({CIRC}3(1.1)(a))",
        reduced,
        "- colour print of a digitised document, A4: 5 × A4 page at 9,800 đồng = 49,000 đồng",
        f"{appendix}5.2: 14,000 đồng per A4 page ({CIRC}3(1.1)(a))",
        reduced,
        "Printing and copying: 385,000 đồng",
        f"Sending: 27,500 đồng (postal tariff, as given; {CIRC}3(1.2))",
        "Total: 412,500 đồng",
        "Interpretations applied:",
        "- the 70% and 50% rates are taken of the rate per unit, then multiplied by the "
        "quantity [reduction-on-unit-rate]",
        "- the medium of an audio or film copy has no rate, so it is not charged "
        "[media-not-priced]",
        "- the postal sending cost is set by the agency from the tariff and passed through, "
        "never reduced by area [postage-as-given]",
        "- a sending cost is charged only when the information is sent by post "
        "[postage-only-by-post]",
    ]


def test_a_quote_of_four_lines_explained_in_vietnamese() -> None:
    reduced = (
        f"    70% — Địa bàn có điều kiện kinh tế - xã hội khó khăn (Điều 3 khoản 1.1 điểm b {TT46})"
    )
    point_a = f"(Điều 3 khoản 1.1 điểm a {TT46})"
    appendix = f"    Phụ lục {TT46}, mục "
    assert _four_lines().explain("vi").splitlines() == [
        f"Chi phí thực tế để in, sao, chụp, gửi thông tin (Điều 12 khoản 2 {LUAT}); "
        "chế độ ati-2016; mức thu tại ngày 07/02/2024",
        "- Phô tô đen trắng, khổ A0: 1 trang A0 × 33.600 đồng = 33.600 đồng",
        f"{appendix}1.1: 3.000 đồng/trang A4, khổ A0 bằng 16 lần khổ A4 {point_a}",
        reduced,
        "- In từ phim, ảnh gốc, cỡ từ 25×35 cm đến 30×40 cm: 2 tấm × 94.500 đồng = 189.000 đồng",
        f"{appendix}2.3: 135.000 đồng/tấm {point_a}",
        reduced,
        "- In sao phim điện ảnh (không bao gồm vật tư): 3 phút chiếu × 37.800 đồng = 113.400 đồng",
        f"{appendix}4: 54.000 đồng/phút chiếu {point_a}",
        reduced,
        "- In tài liệu đã số hóa, in màu, khổ A4: 5 trang A4 × 9.800 đồng = 49.000 đồng",
        f"{appendix}5.2: 14.000 đồng/trang A4 {point_a}",
        reduced,
        "In, sao, chụp: 385.000 đồng",
        f"Chi phí gửi: 27.500 đồng (giá cước bưu chính do cơ quan xác định; Điều 3 khoản 1.2 {TT46})",
        "Tổng cộng: 412.500 đồng",
        "Cách hiểu đã áp dụng:",
        "- Mức thu 70%, 50% được tính trên mức thu của mỗi đơn vị tính, rồi nhân với số lượng "
        "[reduction-on-unit-rate]",
        "- Vật tư (đĩa, thiết bị lưu trữ) của bản sao ghi âm, phim không có mức thu nên không "
        "được tính [media-not-priced]",
        "- Chi phí gửi qua bưu chính do cơ quan xác định theo giá cước, được giữ nguyên, không "
        "giảm theo địa bàn [postage-as-given]",
        "- Chỉ tính chi phí gửi khi thông tin được gửi qua dịch vụ bưu chính "
        "[postage-only-by-post]",
    ]


def test_the_four_lines_computed_by_hand() -> None:
    q = _four_lines()
    assert [
        (x.appendix_line, x.list_rate, x.unit_rate, x.amount, x.reduction) for x in q.lines
    ] == [
        ("1.1", 48000, 33600, 33600, 14400),
        ("2.3", 135000, 94500, 189000, 81000),
        ("4", 54000, 37800, 113400, 48600),
        ("5.2", 14000, 9800, 49000, 21000),
    ]
    assert (q.copying_total, q.postage, q.total) == (385000, 27500, 412500)
    assert [c.label_en for c in q.citations] == [
        f"{LAW}12(1)",
        f"{LAW}12(2)",
        f"{CIRC}3(1.1)(a)",
        f"{CIRC}3(1.1)(b)",
        f"{CIRC}3(1.2)",
    ]


def test_reduced_lines_and_their_citations() -> None:
    """An especially difficult area pays 50% (art. 3(1.1)(b)): colour A3 18.000 × 2 × 50% =
    18.000 per page, × 2 = 36.000; audio 27.000 × 50% = 13.500 per minute, × 3 = 40.500."""
    q = fees.quote(
        {"photocopy_colour_a3": 2, "audio_copy_minute": 3},
        area="especially_difficult",
        received=RECEIVED,
    )
    colour, audio = q.lines
    assert (colour.list_rate, colour.unit_rate, colour.amount, colour.reduction) == (
        36000,
        18000,
        36000,
        36000,
    )
    assert (audio.list_rate, audio.unit_rate, audio.amount, audio.reduction) == (
        27000,
        13500,
        40500,
        40500,
    )
    assert q.total == 76500
    assert colour.reduction_citation is not None
    assert colour.reduction_citation.label_en == f"{CIRC}3(1.1)(b)"
    assert [c.label_en for c in q.citations] == [
        f"{LAW}12(1)",
        f"{LAW}12(2)",
        f"{CIRC}3(1.1)(a)",
        f"{CIRC}3(1.1)(b)",
    ]
    assert q.interpretations == (
        "reduction-on-unit-rate",
        "colour-formats-multiplied",
        "media-not-priced",
    )
    en = q.explain("en")
    assert "- colour photocopy, A3: 2 × A3 page at 18,000 đồng = 36,000 đồng" in en
    assert "line 1.2: 18,000 đồng per A4 page; A3 is 2 × the A4 rate (" in en
    assert f"50% — area with especially difficult socio-economic conditions ({CIRC}3(1.1)(b))" in en
    assert "line 3: 27,000 đồng per minute of listening (" in en
    assert "Printing and copying: 76,500 đồng" in en and "Total: 76,500 đồng" in en
    assert "- the medium of an audio or film copy has no rate, so it is not charged [media" in en
    vi = q.explain("vi")
    assert "- Phô tô màu, khổ A3: 2 trang A3 × 18.000 đồng = 36.000 đồng" in vi
    assert "mục 1.2: 18.000 đồng/trang A4, khổ A3 bằng 2 lần khổ A4 (Điều 3 khoản 1.1 điểm a" in vi
    assert "mục 3: 27.000 đồng/phút nghe (" in vi
    assert "In, sao, chụp: 76.500 đồng" in vi and "Tổng cộng: 76.500 đồng" in vi
    assert "Cách hiểu đã áp dụng:" in vi
    assert vi.startswith(
        "Chi phí thực tế để in, sao, chụp, gửi thông tin (Điều 12 khoản 2 Luật Tiếp cận thông "
        "tin số 104/2016/QH13); chế độ ati-2016; mức thu tại ngày 07/02/2024"
    )
    assert en.startswith(
        "Actual cost of printing, copying, photographing and sending information "
        f"({LAW}12(2)); rates of regime ati-2016 as of 2024-02-07"
    )


def test_ordinary_area_line_has_no_reduction() -> None:
    q = fees.quote({"photocopy_bw_a4": 12}, received=RECEIVED)
    (line,) = q.lines
    assert (line.unit_rate, line.reduction, line.reduction_citation) == (3000, 0, None)
    assert q.interpretations == ()
    assert "%" not in q.explain("en") and "Interpretations applied" not in q.explain("en")


def test_an_empty_quote_says_nothing_is_copied() -> None:
    q = fees.quote({"photocopy_bw_a4": 0}, received=RECEIVED)
    assert q.lines == () and q.total == 0
    assert "- (no printing or copying)" in q.explain("en")
    assert "- (không in, sao, chụp)" in q.explain("vi")


def test_a_quote_without_a_date_names_no_day() -> None:
    q = fees.quote({"photocopy_bw_a4": 1}, regime="ati-2016")
    assert q.received is None
    assert q.explain("en").splitlines()[0].endswith("; rates of regime ati-2016")
    assert q.explain("vi").splitlines()[0].endswith("; chế độ ati-2016")


@pytest.mark.parametrize(
    ("channel", "en", "vi"),
    [
        (
            "fax",
            f"Sending: 0 đồng (by fax: {CIRC}3(2))",
            f"Chi phí gửi: 0 đồng (qua fax: Điều 3 khoản 2 {TT46})",
        ),
        (
            "electronic",
            f"Sending: 0 đồng (electronically: {CIRC}3(2))",
            f"Chi phí gửi: 0 đồng (qua mạng điện tử: Điều 3 khoản 2 {TT46})",
        ),
        ("at_office", "Sending: 0 đồng", "Chi phí gửi: 0 đồng"),
        (
            "postal",  # postage not stated: the quote says the total lacks it
            "Sending: 0 đồng — postage NOT GIVEN for postal delivery: the total does not include it",
            "Chi phí gửi: 0 đồng — CHƯA NÊU chi phí gửi qua bưu chính: tổng cộng chưa gồm chi phí này",
        ),
        (None, "Sending: 0 đồng", "Chi phí gửi: 0 đồng"),
    ],
)
def test_the_sending_line_by_channel(channel: str | None, en: str, vi: str) -> None:
    """Art. 3(2): nothing to pay for sending electronically or by fax, cited; at the office
    nothing is sent. One print of line 2.1: 36.000 đồng, in an ordinary area."""
    q = fees.quote({"photo_print_small": 1}, channel=channel, received=RECEIVED)
    assert q.explain("en").splitlines()[4:] == [en, "Total: 36,000 đồng"]
    assert q.explain("vi").splitlines()[4:] == [vi, "Tổng cộng: 36.000 đồng"]
    assert q.explain("en").splitlines()[1:3] == [
        "- print from original film or photograph, up to 15×21 cm: 1 × print at 36,000 đồng "
        "= 36,000 đồng",
        f"    Circular 46/2018/TT-BTC appendix, line 2.1: 36,000 đồng per print ({CIRC}3(1.1)(a))",
    ]
    assert q.explain("vi").splitlines()[1:3] == [
        "- In từ phim, ảnh gốc, cỡ từ 15×21 cm trở xuống: 1 tấm × 36.000 đồng = 36.000 đồng",
        f"    Phụ lục {TT46}, mục 2.1: 36.000 đồng/tấm (Điều 3 khoản 1.1 điểm a {TT46})",
    ]


def test_explanations_are_in_vietnamese_by_default() -> None:
    q = _four_lines()
    assert q.explain() == q.explain("vi")
    assert q.lines[0].explain() == q.lines[0].explain("vi")
    assert q.lines[0].explain().splitlines() == [
        "Phô tô đen trắng, khổ A0: 1 trang A0 × 33.600 đồng = 33.600 đồng",
        f"    Phụ lục {TT46}, mục 1.1: 3.000 đồng/trang A4, khổ A0 bằng 16 lần khổ A4 "
        f"(Điều 3 khoản 1.1 điểm a {TT46})",
        f"    70% — Địa bàn có điều kiện kinh tế - xã hội khó khăn (Điều 3 khoản 1.1 điểm b {TT46})",
    ]


def test_an_interpretation_of_a_regime_no_longer_registered_is_named_by_its_id() -> None:
    """A quote read back whose regime is not registered cannot look its interpretations up:
    the explanation names each by its id alone."""
    data = _four_lines().to_dict()
    data["regime"] = "gone-2016"
    text = type(_four_lines()).from_dict(data).explain("en").splitlines()
    assert text[0].endswith("; rates of regime gone-2016 as of 2024-02-07")
    assert text[-5:] == [
        "Interpretations applied:",
        "- reduction-on-unit-rate [reduction-on-unit-rate]",
        "- media-not-priced [media-not-priced]",
        "- postage-as-given [postage-as-given]",
        "- postage-only-by-post [postage-only-by-post]",
    ]


def _lines_citations(data: dict[str, Any]) -> list[Any]:
    """The citations of a quote's lines (rate and reduction), in its JSON form."""
    return [
        c
        for c in data["citations"]
        if any(c in (line["citation"], line["reduction_citation"]) for line in data["lines"])
    ]


def test_a_quote_read_back_without_its_citations_explains_without_them() -> None:
    """The explanation reads the quote's own citations: without art. 12(2) and art. 3(1.2)
    (only its lines' citations kept, which a quote must carry), no reference in brackets."""
    data = fees.quote({"photocopy_bw_a4": 1}, channel="fax", received=RECEIVED).to_dict()
    data["citations"] = _lines_citations(data)
    text = type(_four_lines()).from_dict(data).explain("en").splitlines()
    assert text[0] == (
        "Actual cost of printing, copying, photographing and sending information; "
        "rates of regime ati-2016 as of 2024-02-07"
    )
    assert text[-2] == "Sending: 0 đồng (by fax)"
    data = _four_lines().to_dict()
    data["citations"] = _lines_citations(data)
    text = type(_four_lines()).from_dict(data).explain("vi").splitlines()
    assert text[0] == (
        "Chi phí thực tế để in, sao, chụp, gửi thông tin; chế độ ati-2016; "
        "mức thu tại ngày 07/02/2024"
    )
    assert text[14] == "Chi phí gửi: 27.500 đồng (giá cước bưu chính do cơ quan xác định)"


# -- the fee notice: Law art. 27, Decree 13 art. 13(2), Circular 46 art. 4, form 03 ---------

PAYEE = {"revenue_agency": "Cục Thuế tỉnh Lào Cai", "treasury": "Kho bạc Nhà nước Lào Cai"}


def _notice(**overrides):
    args = {
        "agency": "Sở Tư pháp tỉnh Lào Cai",
        "requester": "Nguyễn Văn A",
        "issued_on": date(2024, 2, 8),
        "payment_method": PAYEE,
        "payment_deadline": date(2024, 2, 15),
        "provision_due": date(2024, 3, 6),
    }
    args.update(overrides)
    fee_quote = args.pop("fee_quote", quote({"photocopy_bw_a4": 20}, area="difficult"))
    return fee_notice(fee_quote, **args)


def test_notice_states_the_cost_and_the_method_and_deadline_of_payment():
    """Art. 27: chi phí thực tế ... và phương thức, thời hạn thanh toán."""
    n = _notice()
    assert n.amount_due == 42_000  # 20 × 2.100
    assert n.payment_method == PaymentMethod(**PAYEE)
    assert (n.payment_method.budget_section, n.payment_method.budget_subsection) == (
        "4900",
        "4949",
    )  # Circular 46 art. 4(2)
    assert n.payment_deadline == date(2024, 2, 15)
    for cited in (law(27), decree13(13, 2), circular46(4, 1, "b"), law(28, 1, "e")):
        assert cited in n.citations
    text = n.explain("vi")
    assert "Tên cơ quan quản lý thu: Cục Thuế tỉnh Lào Cai" in text
    assert "Thời hạn thanh toán: 15/02/2024" in text
    assert "trước khi cung cấp thông tin" in text
    assert "payment" in n.explain("en").lower()


def test_notice_with_a_cost_needs_payment_terms():
    with pytest.raises(InvalidInputError) as err:
        _notice(payment_method=None)
    assert err.value.code == "payment-terms-missing"
    with pytest.raises(InvalidInputError) as err:
        _notice(payment_deadline=None)
    assert err.value.code == "payment-terms-missing"


def test_notice_without_a_cost_needs_no_payment_terms():
    n = _notice(fee_quote=quote({}, channel="electronic"), payment_method=None,
                payment_deadline=None)  # fmt: skip
    assert n.amount_due == 0
    assert "trước khi" not in n.explain("vi")


def test_payment_deadline_comes_after_the_notice_and_before_provision():
    """Decree 13 art. 13(2): paid 'trước khi cung cấp thông tin'."""
    with pytest.raises(InvalidInputError) as err:
        _notice(payment_deadline=date(2024, 2, 7))
    assert err.value.code == "payment-deadline-before-notice"
    with pytest.raises(InvalidInputError) as err:
        _notice(payment_deadline=date(2024, 3, 7))
    assert err.value.code == "payment-after-provision"
    assert _notice(payment_deadline=date(2024, 3, 6)).payment_deadline == date(2024, 3, 6)


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"agency": ""}, "invalid-input"),
        ({"requester": 5}, "invalid-input"),
        ({"issued_on": datetime(2024, 2, 8, 8)}, "invalid-date"),
        ({"payment_deadline": "2024-02-15"}, "invalid-date"),
        ({"payment_method": {"treasury": "KBNN"}}, "invalid-input"),
        ({"payment_method": "cash"}, "invalid-payment-method"),
        ({"fee_quote": {"total": 1}}, "invalid-quote"),
    ],
)
def test_notice_refuses_junk(overrides, code):
    with pytest.raises(InvalidInputError) as err:
        _notice(**overrides)
    assert err.value.code == code


def test_notice_model_rejects_an_amount_that_is_not_the_quotes():
    n = _notice()
    data = n.to_dict()
    data["amount_due"] = 1
    with pytest.raises(ValueError):
        FeeNotice.from_dict(data)


# -- the notice (form 03) whole: Law art. 27, Decree 13 art. 13(2), Law art. 28(1)(e) ---------


PAYMENT = {"revenue_agency": "Cục Thuế tỉnh X", "treasury": "Kho bạc Nhà nước tỉnh X"}


def _cost_notice(fee_quote: Any = None, **kw: Any) -> Any:
    args: dict[str, Any] = {
        "agency": "Sở Tư pháp tỉnh X",
        "requester": "Nguyễn Văn A",
        "issued_on": D(2024, 2, 8),
        "payment_method": PAYMENT,
        "payment_deadline": D(2024, 2, 15),
        "provision_due": D(2024, 2, 20),
    }
    args.update(kw)
    if fee_quote is None:  # line 1.1: 10 × 3.000 = 30.000 đồng
        fee_quote = fees.quote({"photocopy_bw_a4": 10}, received=RECEIVED)
    return fee_notice(fee_quote, **args)


QUOTE_10_EN = [
    "Actual cost of printing, copying, photographing and sending information "
    f"({LAW}12(2)); rates of regime ati-2016 as of 2024-02-07",
    "- black-and-white photocopy, A4: 10 × A4 page at 3,000 đồng = 30,000 đồng",
    f"    Circular 46/2018/TT-BTC appendix, line 1.1: 3,000 đồng per A4 page ({CIRC}3(1.1)(a))",
    "Printing and copying: 30,000 đồng",
    "Sending: 0 đồng",
    "Total: 30,000 đồng",
]


QUOTE_10_VI = [
    f"Chi phí thực tế để in, sao, chụp, gửi thông tin (Điều 12 khoản 2 {LUAT}); "
    "chế độ ati-2016; mức thu tại ngày 07/02/2024",
    "- Phô tô đen trắng, khổ A4: 10 trang A4 × 3.000 đồng = 30.000 đồng",
    f"    Phụ lục {TT46}, mục 1.1: 3.000 đồng/trang A4 (Điều 3 khoản 1.1 điểm a {TT46})",
    "In, sao, chụp: 30.000 đồng",
    "Chi phí gửi: 0 đồng",
    "Tổng cộng: 30.000 đồng",
]


def test_the_notice_cites_art_27_13_2_and_28_1_e() -> None:
    n = _cost_notice()
    assert [c.label_en for c in n.citations] == [
        f"{LAW}27",
        f"{DECREE}13(2)",
        f"{LAW}28(1)(e)",
        f"{DECREE}5(1)(c)",
        f"{CIRC}4(1)(a)",
        f"{CIRC}4(1)(b)",
        f"{CIRC}4(2)",
    ]
    assert n.amount_due == 30000 and n.form == "03"
    en = n.explain("en").splitlines()
    assert en[-3] == (
        "Payment method: revenue authority: Cục Thuế tỉnh X; State Treasury office receiving "
        "the payment: Kho bạc Nhà nước tỉnh X"
    )
    assert en[-2] == f"Pay by: 2024-02-15 ({LAW}27)"
    assert en[-1] == (
        "The cost is paid before the information is provided, into the state budget "
        f"({DECREE}13(2)); not paying it is a ground for refusal ({LAW}28(1)(e))."
    )
    vi = n.explain("vi").splitlines()
    assert vi[-3] == (
        "Phương thức thanh toán: Tên cơ quan quản lý thu: Cục Thuế tỉnh X/Tên cơ quan kho bạc "
        "nhà nước tiếp nhận khoản thu ngân sách: Kho bạc Nhà nước tỉnh X"
    )
    assert vi[-2] == (
        "Thời hạn thanh toán: 15/02/2024 (Điều 27 Luật Tiếp cận thông tin số 104/2016/QH13)"
    )
    assert vi[-1] == (
        "Chi phí phải được trả trước khi cung cấp thông tin và nộp vào ngân sách nhà nước "
        "(Điều 13 khoản 2 Nghị định 13/2018/NĐ-CP); không thanh toán là căn cứ từ chối "
        "(Điều 28 khoản 1 điểm e Luật Tiếp cận thông tin số 104/2016/QH13)."
    )


def test_the_notice_explained_whole() -> None:
    """Form 03: the cost (art. 27), the method and the deadline of payment (art. 27), paid
    before provision into the state budget (Decree 13 art. 13(2)), not paying is a refusal
    ground (art. 28(1)(e))."""
    n = _cost_notice()
    assert n.explain("en").splitlines() == [
        *QUOTE_10_EN,
        "Payment method: revenue authority: Cục Thuế tỉnh X; State Treasury office receiving "
        "the payment: Kho bạc Nhà nước tỉnh X",
        f"Pay by: 2024-02-15 ({LAW}27)",
        "The cost is paid before the information is provided, into the state budget "
        f"({DECREE}13(2)); not paying it is a ground for refusal ({LAW}28(1)(e)).",
    ]
    assert n.explain("vi").splitlines() == [
        *QUOTE_10_VI,
        "Phương thức thanh toán: Tên cơ quan quản lý thu: Cục Thuế tỉnh X/Tên cơ quan kho bạc "
        "nhà nước tiếp nhận khoản thu ngân sách: Kho bạc Nhà nước tỉnh X",
        f"Thời hạn thanh toán: 15/02/2024 (Điều 27 {LUAT})",
        "Chi phí phải được trả trước khi cung cấp thông tin và nộp vào ngân sách nhà nước "
        "(Điều 13 khoản 2 Nghị định 13/2018/NĐ-CP); không thanh toán là căn cứ từ chối "
        f"(Điều 28 khoản 1 điểm e {LUAT}).",
    ]
    assert n.explain() == n.explain("vi")


def test_a_notice_read_back_without_citations_explains_without_them() -> None:
    n = _cost_notice()
    data = n.to_dict()
    data["citations"] = []
    bare = type(n).from_dict(data)
    assert bare.explain("en").splitlines()[-2:] == [
        "Pay by: 2024-02-15",
        "The cost is paid before the information is provided, into the state budget; "
        "not paying it is a ground for refusal.",
    ]
    assert bare.explain("vi").splitlines()[-2:] == [
        "Thời hạn thanh toán: 15/02/2024",
        "Chi phí phải được trả trước khi cung cấp thông tin và nộp vào ngân sách nhà nước; "
        "không thanh toán là căn cứ từ chối.",
    ]


def test_a_free_notice_has_no_payment_lines() -> None:
    n = fee_notice(
        fees.quote({"photocopy_bw_a4": 0}, received=RECEIVED),
        agency="Sở Tư pháp tỉnh X",
        requester="Nguyễn Văn A",
        issued_on=D(2024, 2, 8),
    )
    assert n.amount_due == 0
    assert "paid before" not in n.explain("en") and "Pay by" not in n.explain("en")


def test_a_free_notice_with_a_deadline_and_no_method() -> None:
    """Nothing to pay: no method is required, and no 'paid before provision' sentence; a
    deadline the agency states anyway is shown."""
    free = fees.quote({"photocopy_bw_a4": 0}, received=RECEIVED)
    n = _cost_notice(free, payment_method=None, payment_deadline=D(2024, 2, 9), provision_due=None)
    assert n.amount_due == 0
    assert n.explain("en").splitlines()[1:] == [
        "- (no printing or copying)",
        "Printing and copying: 0 đồng",
        "Sending: 0 đồng",
        "Total: 0 đồng",
        f"Pay by: 2024-02-09 ({LAW}27)",
    ]
    assert n.explain("vi").splitlines()[1:] == [
        "- (không in, sao, chụp)",
        "In, sao, chụp: 0 đồng",
        "Chi phí gửi: 0 đồng",
        "Tổng cộng: 0 đồng",
        f"Thời hạn thanh toán: 09/02/2024 (Điều 27 {LUAT})",
    ]
    bare = _cost_notice(free, payment_method=None, payment_deadline=None, provision_due=None)
    assert bare.explain("en").splitlines() == bare.quote.explain("en").splitlines()


def test_the_notice_keeps_what_it_was_given() -> None:
    n = _cost_notice(provision_place="Bộ phận một cửa", provision_form="Bản sao giấy")
    assert (n.agency, n.requester, n.issued_on) == (
        "Sở Tư pháp tỉnh X",
        "Nguyễn Văn A",
        D(2024, 2, 8),
    )
    assert (n.payment_deadline, n.provision_due) == (D(2024, 2, 15), D(2024, 2, 20))
    assert (n.provision_place, n.provision_form) == ("Bộ phận một cửa", "Bản sao giấy")
    assert (n.payment_method.revenue_agency, n.payment_method.treasury) == (
        "Cục Thuế tỉnh X",
        "Kho bạc Nhà nước tỉnh X",
    )
    assert (n.regime, n.user_supplied, n.form, n.amount_due) == ("ati-2016", False, "03", 30000)
    assert n.quote == fees.quote({"photocopy_bw_a4": 10}, received=RECEIVED)


@pytest.mark.parametrize(
    ("kw", "code", "en", "detail"),
    [
        (
            {"payment_deadline": None},
            "payment-terms-missing",
            "the payment method and deadline must be stated (Law art. 27)",
            "amount due 30000",
        ),
        (
            {"payment_method": None},
            "payment-terms-missing",
            "the payment method and deadline must be stated (Law art. 27)",
            "amount due 30000",
        ),
        (
            {"payment_deadline": D(2024, 2, 7)},
            "payment-deadline-before-notice",
            "the payment deadline cannot precede the notice",
            "2024-02-07 < 2024-02-08",
        ),
        (
            {"provision_due": D(2024, 2, 14)},
            "payment-after-provision",
            "the cost is paid before the information is provided (Decree 13/2018 art. 13(2))",
            "payment deadline 2024-02-15 after provision due 2024-02-14",
        ),
        (
            {"issued_on": None},
            "invalid-date",
            "not a date (required)",
            "issued_on=None",
        ),
        (
            {"payment_deadline": "2024-02-15"},
            "invalid-date",
            "not a date",
            "payment_deadline='2024-02-15'",
        ),
    ],
)
def test_notice_payment_terms(kw: dict[str, Any], code: str, en: str, detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        _cost_notice(**kw)
    said(err.value, code, en, detail)


def test_notice_payment_on_the_day_of_provision_and_of_the_notice() -> None:
    """Payment before provision (Decree 13 art. 13(2)): the deadline may be the notice's own
    day or the provision's day, not later."""
    assert _cost_notice(payment_deadline=D(2024, 2, 8)).payment_deadline == D(2024, 2, 8)
    n = _cost_notice(provision_due=D(2024, 2, 15))
    assert n.provision_due == D(2024, 2, 15)


NAME = "a name must be non-blank text of at most 500 characters"


@pytest.mark.parametrize(
    ("field", "value", "code", "detail"),
    [
        ("agency", "  ", "invalid-input", f"{NAME}: agency='  '"),
        ("requester", "", "invalid-input", f"{NAME}: requester=''"),
        ("provision_place", " ", "invalid-input", f"{NAME}: provision_place=' '"),
        ("provision_form", "", "invalid-input", f"{NAME}: provision_form=''"),
        (
            "issued_on",
            datetime(2024, 2, 8),
            "invalid-date",
            "not a date (required): issued_on=datetime.datetime(2024, 2, 8, 0, 0)",
        ),
        (
            "issued_on",
            "2024-02-08",
            "invalid-date",
            "not a date (required): issued_on='2024-02-08'",
        ),
        ("provision_due", "x", "invalid-date", "not a date: provision_due='x'"),
        (
            "payment_deadline",
            datetime(2024, 2, 15),
            "invalid-date",
            "not a date: payment_deadline=datetime.datetime(2024, 2, 15, 0, 0)",
        ),
    ],
)
def test_fee_notice_refuses(field: str, value: Any, code: str, detail: str) -> None:
    """Form 03 names the agency and the requester; its dates are dates, without a time of
    day; the day of the notice is required."""
    with pytest.raises(InvalidInputError) as err:
        _cost_notice(**{field: value})
    assert (err.value.code, err.value.detail) == (code, detail)


def test_notice_input_refused() -> None:
    kw: dict[str, Any] = {"agency": "a", "requester": "b", "issued_on": D(2024, 2, 8)}
    with pytest.raises(InvalidInputError) as err:
        fee_notice({"x": 1}, **kw)
    assert err.value.code == "invalid-quote"
    assert err.value.detail is not None
    assert err.value.detail.startswith("the FeeQuote is not valid: FeeQuote: regime: ")
    with pytest.raises(InvalidInputError) as err:
        fee_notice(42, **kw)  # type: ignore[arg-type]
    said(err.value, "invalid-quote", "a FeeQuote (or its mapping) is required", "int")
    with pytest.raises(InvalidInputError) as err:
        _cost_notice(payment_method="cash")
    said(
        err.value,
        "invalid-payment-method",
        "payment method must be a PaymentMethod or a mapping of its fields",
        "'cash'",
    )
    # a quote's mapping is as good as the quote
    q = fees.quote({"photocopy_bw_a4": 0}, received=RECEIVED)
    assert fee_notice(q.to_dict(), **kw).quote == q


def test_a_notice_for_a_quote_dated_before_the_rates_is_refused() -> None:
    """The notice cites the provisions in force on the quote's day; a quote read back as of
    30/6/2018, the day before Circular 46 took effect (art. 6(1)), has none."""
    data = fees.quote({"photocopy_bw_a4": 10}, received=RECEIVED).to_dict()
    data["received"] = "2018-06-30"
    with pytest.raises(RegimeNotEncodedError) as err:
        _cost_notice(data)
    assert (err.value.code, err.value.detail) == (
        "rates-not-encoded",
        "regime ati-2016, on 2018-06-30",
    )
    data["received"] = "2018-07-01"
    assert _cost_notice(data).amount_due == 30000


# -- models: schema and round trip -----------------------------------------------------------


def test_quote_model_rejects_inconsistent_totals():
    data = quote({"photocopy_bw_a4": 2}).to_dict()
    data["total"] = 5_999
    with pytest.raises(ValueError):
        FeeQuote.from_dict(data)
    data = quote({"photocopy_bw_a4": 2}).to_dict()
    data["lines"][0]["amount"] = 1
    with pytest.raises(ValueError):
        FeeQuote.from_dict(data)


def test_quote_and_notice_round_trip_through_json():
    q = quote({"photocopy_colour_a1": 2, "film_copy_minute": 3}, area="difficult",
              postage=9_000, channel="postal", received=date(2024, 2, 7))  # fmt: skip
    assert FeeQuote.from_json(q.to_json()) == q
    n = _notice(fee_quote=q)
    assert FeeNotice.from_json(n.to_json()) == n


def test_every_interpretation_names_the_provision_it_reads():
    registry = {k: v for k, v in interpretations("ati-2016").items() if v.topic == "fees"}
    assert set(registry) == set(fees.INTERPRETATIONS)
    for entry in registry.values():
        assert entry.provision.instrument == "46/2018/TT-BTC"
        assert entry.provision.text()
    assert registry["postage-only-by-post"].provision == circular46(3, 2)
    assert registry["reduction-on-unit-rate"].provision == circular46(3, 1, "b", subclause=1)


# -- input that once slipped through ---------------------------------------------------------


def test_an_item_given_twice_is_refused_not_overwritten():
    """`fee photocopy_bw_a4=3 photocopy_bw_a4=4` once quoted 4 pages: a list of pairs can carry
    a duplicate, and it is refused rather than merged or overwritten."""
    with pytest.raises(InvalidInputError) as err:
        quote([("photocopy_bw_a4", 3), ("photocopy_bw_a4", 4)])
    assert err.value.code == "duplicate-item"
    with pytest.raises(InvalidInputError) as err:
        quote([(FeeItem.PHOTOCOPY_BW_A4, 3), ("photocopy_bw_a4", 0)])
    assert err.value.code == "duplicate-item"


def test_pairs_and_a_mapping_give_the_same_quote():
    pairs = [("photo_print_small", 2), ("photocopy_bw_a4", 40)]
    assert quote(pairs) == quote(dict(pairs))
    assert quote(pairs).total == 192_000  # 40 × 3.000 + 2 × 36.000


def test_postal_delivery_without_postage_says_so():
    """Art. 3(1.2): sending by post costs the tariff; a quote that silently put 0 đ would
    understate the cost, so it says the postage was not given."""
    q = quote({"photocopy_bw_a4": 2}, channel="postal")
    assert q.postage_not_given and q.postage == 0 and q.total == 6_000
    assert "CHƯA NÊU chi phí gửi" in q.explain("vi")
    assert "postage NOT GIVEN" in q.explain("en")
    stated = quote({"photocopy_bw_a4": 2}, channel="postal", postage=0)
    assert not stated.postage_not_given  # 0 đ stated by the agency is an answer
    assert not quote({"photocopy_bw_a4": 2}, channel="electronic").postage_not_given
    assert not quote({"photocopy_bw_a4": 2}).postage_not_given  # channel not stated


def test_billable_minutes_refuses_an_absurd_total_instead_of_overflowing():
    for durations in ((timedelta.max,), (fees.MAX_DURATION, timedelta(seconds=1))):
        with pytest.raises(InvalidInputError) as err:
            billable_minutes(*durations)
        assert err.value.code == "duration-too-long"
    assert billable_minutes(fees.MAX_DURATION) == 366 * 24 * 60


def test_notice_without_an_issue_date_is_a_tiepcan_error():
    with pytest.raises(TiepCanError) as err:
        _notice(issued_on=None)
    assert err.value.code == "invalid-date"


def test_rate_table_methods_take_the_documented_string_values():
    table = rate_table(on=RECEIVED)
    assert table.multiplier("photocopy_bw_a3") == table.multiplier(FeeItem.PHOTOCOPY_BW_A3) == 2
    assert table.list_rate("photocopy_colour_a0") == 288_000  # 16 × 18.000
    assert table.line("2.3").rate == 135_000
    for call in (
        lambda: table.multiplier("photocopy_a5"),
        lambda: table.list_rate(7),
        lambda: table.line("9.9"),
        lambda: table.line(None),
        lambda: table.provision("no_such_role"),
    ):
        with pytest.raises(TiepCanError):
            call()


def test_notice_takes_the_quote_as_a_mapping_too():
    q = quote({"photocopy_bw_a4": 20}, area="difficult")
    assert _notice(fee_quote=q.to_dict()) == _notice(fee_quote=q)


# -- results: light, round-tripped, checked when loaded ---------------------------------------


def test_every_fee_result_round_trips_through_json():
    from tiepcan.fees import AppendixLine, FeeLine, FormatMultiplier, RateTable

    q = quote({"photocopy_colour_a3": 2, "audio_copy_minute": 5}, area="difficult",
              postage=18_000, channel="postal")  # fmt: skip
    table = rate_table(on=RECEIVED)
    payee = PaymentMethod(**PAYEE)
    for result in (
        q,
        q.lines[0],
        _notice(fee_quote=q),
        table,
        table.lines[0],
        table.format_multipliers[0],
        payee,
    ):
        cls = type(result)
        assert cls in (FeeQuote, FeeLine, FeeNotice, RateTable, AppendixLine, FormatMultiplier,
                       PaymentMethod)  # fmt: skip
        assert cls.from_json(result.to_json()) == result
        assert cls.from_dict(result.to_dict()) == result
        assert hash(result) == hash(cls.from_json(result.to_json()))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("total",), 1),
        (("copying_total",), 0),
        (("lines", 0, "amount"), 1),
        (("lines", 0, "unit_rate"), 3_000),  # not the 70% of a difficult area
        (("lines", 0, "percent"), 100),
        (("lines", 0, "reduction"), 0),
        (("postage_not_given",), True),  # postage was given
        (("interpretations",), []),
        (("channel",), "fax"),  # postage with fax delivery
    ],
)
def test_an_inconsistent_quote_is_refused_when_loaded(path, value):
    data = quote(
        {"photocopy_bw_a4": 2}, area="difficult", postage=5_000, channel="postal"
    ).to_dict()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(TiepCanError):
        FeeQuote.from_dict(data)
    with pytest.raises(TiepCanError):
        FeeQuote.from_json(__import__("json").dumps(data))


def test_an_inconsistent_notice_is_refused_when_loaded():
    base = _notice().to_dict()
    for key, value in (
        ("amount_due", 1),
        ("payment_deadline", "2024-02-01"),  # before the notice
        ("payment_method", None),  # a cost without the method of payment
        ("regime", "ati-2026"),
        ("agency", "  "),
        ("form", "05"),
    ):
        with pytest.raises(TiepCanError):
            FeeNotice.from_dict({**base, key: value})


def test_payment_method_refuses_blank_names_and_other_budget_codes():
    with pytest.raises(InvalidInputError):
        PaymentMethod(revenue_agency=" ", treasury="KBNN")
    with pytest.raises(TiepCanError):
        PaymentMethod.from_dict({**PAYEE, "budget_section": "4901"})
    assert PaymentMethod.from_dict(PAYEE) == PaymentMethod(**PAYEE)


def test_computing_a_quote_does_not_import_pydantic():
    import subprocess
    import sys

    code = (
        "import sys; from datetime import date; from tiepcan.fees import quote; "
        "quote({'photocopy_bw_a4': 12}, area='difficult', received=date(2024, 2, 7)); "
        "print('pydantic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- results read back, or built by hand, are checked against themselves ----------------------


def _tampered(cls: Any, data: dict[str, Any], change: Any) -> InvalidInputError:
    changed = copy.deepcopy(data)
    change(changed)
    with pytest.raises(InvalidInputError) as err:
        cls.from_dict(changed)
    return err.value


_QUOTE = fees.quote(
    {"photocopy_bw_a3": 2}, area="difficult", channel="postal", postage=5000, received=RECEIVED
)


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda q: q["lines"][0].update(percent=50), "percent 50 is not that of area difficult"),
        (
            lambda q: q["lines"][0].update(unit="print"),
            "photocopy_bw_a3: unit or appendix line is not the item's",
        ),
        (
            lambda q: q["lines"][0].update(appendix_line="1.2"),
            "photocopy_bw_a3: unit or appendix line is not the item's",
        ),
        (
            lambda q: q["lines"][0].update(list_rate=6001),
            "list_rate must be appendix_rate × format_multiplier",
        ),
        (
            lambda q: q["lines"][0].update(unit_rate=4201),
            "unit_rate must be list_rate × percent // 100",
        ),
        (lambda q: q["lines"][0].update(amount=8401), "amount must be unit_rate × quantity"),
        (
            lambda q: q["lines"][0].update(reduction=3601),
            "reduction must be (list_rate − unit_rate) × quantity",
        ),
        (
            lambda q: q["lines"][0].update(reduction_citation=None),
            "a reduced line, and only a reduced line, cites the reduction",
        ),
        (lambda q: q["lines"].append(q["lines"][0]), "an item appears on more than one line"),
        (lambda q: q.update(area="ordinary"), "every line must be priced for the quote's area"),
        (lambda q: q.update(copying_total=1), "copying_total must be the sum of the lines"),
        (lambda q: q.update(total=1), "total must be copying_total + postage"),
        (
            lambda q: q.update(channel="electronic"),
            "postage is payable only for information sent by post",
        ),
        (
            lambda q: q.update(postage_not_given=True),
            "postage_not_given: postal delivery with no postage stated",
        ),
        (
            lambda q: q.update(interpretations=["reduction-on-unit-rate"]),
            "interpretations must be those of the lines and the postage",
        ),
    ],
)
def test_a_tampered_quote_is_refused(change: Any, detail: str) -> None:
    err = _tampered(type(_QUOTE), _QUOTE.to_dict(), change)
    assert (err.code, err.message_vi, err.message_en) == (
        "inconsistent-result",
        "Kết quả không nhất quán",
        "the result is not consistent",
    )
    assert err.detail == detail


def test_an_ordinary_line_citing_a_reduction_is_refused() -> None:
    q = fees.quote({"photocopy_bw_a4": 1}, received=RECEIVED)
    cite = _QUOTE.to_dict()["lines"][0]["reduction_citation"]
    err = _tampered(type(q), q.to_dict(), lambda d: d["lines"][0].update(reduction_citation=cite))
    assert err.detail == "a reduced line, and only a reduced line, cites the reduction"
    not_given = fees.quote({"photocopy_bw_a4": 1}, channel="postal", received=RECEIVED)
    err = _tampered(type(q), not_given.to_dict(), lambda d: d.update(channel=None))
    assert err.detail == "postage_not_given: postal delivery with no postage stated"


def test_a_quote_read_back_without_the_citations_of_its_lines_is_refused() -> None:
    """A quote states the law it priced by: the appendix line's rate (Circular 46 art.
    3(1.1)(a)) and, in a difficult area, the reduction (art. 3(1.1)(b)). JSON whose
    ``citations`` lost either does not read back."""
    q = fees.quote({"photocopy_bw_a4": 2}, area="difficult", received=RECEIVED)
    data = json.loads(q.to_json())
    for dropped in ("3(1.1)(a)", "3(1.1)(b)"):
        kept = [c for c in data["citations"] if Citation(**c).label_en != CIRC + dropped]
        assert len(kept) == len(data["citations"]) - 1
        with pytest.raises(InvalidInputError) as err:
            FeeQuote.from_json(json.dumps({**data, "citations": kept}))
        assert (err.value.code, err.value.detail) == (
            "inconsistent-result",
            "citations must include each line's rate and reduction",
        )
    assert FeeQuote.from_json(q.to_json()) == q


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda t: t["lines"].append(t["lines"][0]), "a line or a format appears twice"),
        (
            lambda t: t["format_multipliers"].append(t["format_multipliers"][0]),
            "a line or a format appears twice",
        ),
        (lambda t: t.update(on="2018-06-30"), "a record is not in force on 2018-06-30"),
        (lambda t: t["provisions"].pop(), "provisions must name each role of PROVISIONS once"),
    ],
)
def test_a_tampered_rate_table_is_refused(change: Any, detail: str) -> None:
    assert _tampered(type(_TABLE), _TABLE.to_dict(), change).detail == detail


def test_a_record_ending_before_it_starts_is_refused() -> None:
    """A one-day record (until == from) is allowed; until < from is not."""
    line = _TABLE.lines[0]
    data = line.to_dict()
    same_day = type(line).from_dict({**data, "in_force_until": data["in_force_from"]})
    assert same_day.in_force_on(D(2018, 7, 1)) and not same_day.in_force_on(D(2018, 7, 2))
    err = _tampered(type(line), data, lambda d: d.update(in_force_until="2018-06-30"))
    until = "in force until a day before it is in force from"
    said(err, "inconsistent-result", until, "line 1.1: 2018-07-01 .. 2018-06-30")
    a3 = _TABLE.format_multipliers[0]
    err = _tampered(type(a3), a3.to_dict(), lambda d: d.update(in_force_until="2018-06-30"))
    said(err, "inconsistent-result", until, "format A3: 2018-07-01 .. 2018-06-30")


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda n: n.update(form="04"), "form '04': the notice is form 03"),
        (lambda n: n.update(regime="fake"), "the notice's regime must be its quote's"),
        (lambda n: n.update(user_supplied=True), "the notice's regime must be its quote's"),
        (lambda n: n.update(amount_due=1), "amount_due must equal quote.total"),
    ],
)
def test_a_tampered_notice_is_refused(change: Any, detail: str) -> None:
    n = _cost_notice()
    assert _tampered(type(n), n.to_dict(), change).detail == detail


def test_a_tampered_notice_payment_is_refused() -> None:
    n = _cost_notice()
    err = _tampered(type(n), n.to_dict(), lambda d: d.update(payment_deadline="2024-02-07"))
    assert err.code == "payment-deadline-before-notice"
    err = _tampered(type(n), n.to_dict(), lambda d: d.update(payment_method=None))
    assert err.code == "payment-terms-missing"


@pytest.mark.parametrize(
    ("field", "value", "code", "detail"),
    [
        ("agency", "  ", "invalid-input", f"{NAME}: agency='  '"),
        ("requester", " ", "invalid-input", f"{NAME}: requester=' '"),
        ("provision_place", " ", "invalid-input", f"{NAME}: provision_place=' '"),
        ("provision_form", " ", "invalid-input", f"{NAME}: provision_form=' '"),
        (
            "provision_due",
            "2024-02-14",
            "payment-after-provision",
            "payment deadline 2024-02-15 after provision due 2024-02-14",
        ),
    ],
)
def test_a_notice_read_back_is_checked(field: str, value: Any, code: str, detail: str) -> None:
    n = _cost_notice()
    data = n.to_dict()
    data[field] = value
    with pytest.raises(InvalidInputError) as err:
        type(n).from_dict(data)
    assert (err.value.code, err.value.detail) == (code, detail)


def test_a_notice_read_back_checks_its_quote() -> None:
    n = _cost_notice()
    data = n.to_dict()
    data["quote"]["total"] = 30001
    data["amount_due"] = 30001
    with pytest.raises(InvalidInputError) as err:
        type(n).from_dict(data)
    assert (err.value.code, err.value.detail) == (
        "inconsistent-result",
        "total must be copying_total + postage",
    )


def test_a_notice_without_place_or_form_reads_back_equal() -> None:
    n = _cost_notice(provision_due=None)
    assert (n.provision_place, n.provision_form, n.provision_due) == (None, None, None)
    assert type(n).from_dict(n.to_dict()) == n


def _form_03(fee_quote: Any) -> Any:
    from tiepcan.deadlines import response_deadline
    from tiepcan.decision import assess
    from tiepcan.forms import resolution_form

    from strategies_rules import electronic_request

    request = electronic_request(RECEIVED)
    paying = assess(request, {}, {"complexity": "complex", "costs": "awaiting_payment"})
    return resolution_form(
        paying,
        response_deadline(RECEIVED, "electronic", "complex"),
        fee_quote,
        issued_on=D(2024, 2, 19),
        agency="Sở Tư pháp tỉnh X",
        request=request,
        payment_method=PAYMENT,
        payment_deadline=D(2024, 2, 29),
        place="nva@example.vn",
    )


#: line 1.1: 10 × 3.000 = 30.000; line 1.2: 1 × 18.000; total 48.000 đồng (electronic: no
#: sending cost, art. 3(2))
_TWO = fees.quote(
    {"photocopy_bw_a4": 10, "photocopy_colour_a4": 1}, channel="electronic", received=RECEIVED
)


_A, _B = _TWO.lines


@pytest.mark.parametrize(
    ("tampered", "detail"),
    [
        (
            replace(
                _TWO,
                lines=(_A, replace(_B, quantity=0, amount=0)),
                copying_total=30000,
                total=30000,
            ),
            "quantity must be > 0, got 0",
        ),
        (
            replace(_TWO, lines=(_A, replace(_B, amount=0)), copying_total=30000, total=30000),
            "amount must be > 0, got 0",
        ),
        (replace(_TWO, lines=(_A, replace(_B, reduction=-1))), "reduction must be ≥ 0, got -1"),
        (replace(_TWO, postage=-5000, total=43000), "postage must be ≥ 0, got -5000"),
        (replace(_TWO, lines=(), copying_total=-1, total=-1), "copying_total must be ≥ 0, got -1"),
    ],
)
def test_form_03_refuses_a_quote_object_that_does_not_add_up(tampered: Any, detail: str) -> None:
    """A line is a whole number > 0 of units at a rate > 0 (appendix); what the area takes
    off is ≥ 0 (art. 3(1.1)(b)); postage (art. 3(1.2)) and totals are ≥ 0."""
    assert _form_03(_TWO).costs.amount_due == 48000
    with pytest.raises(InvalidInputError) as err:
        _form_03(tampered)
    assert (err.value.code, err.value.detail) == ("inconsistent-result", detail)


def test_fee_notice_refuses_a_quote_object_that_does_not_add_up() -> None:
    """A FeeQuote built by hand is checked as one read from JSON is: a line is a whole number
    > 0 of units at its amount (Circular 46 appendix), so form 03 states no cost of 0 đồng."""
    tampered = replace(_TWO, lines=(_A, replace(_B, amount=0)), copying_total=30000, total=30000)
    with pytest.raises(InvalidInputError) as err:
        _cost_notice(tampered)
    assert (err.value.code, err.value.detail) == (
        "inconsistent-result",
        "amount must be > 0, got 0",
    )


# -- docs and the registry in step -------------------------------------------------------------


def test_docs_name_every_fee_interpretation_by_its_id():
    import re
    from pathlib import Path

    page = (Path(__file__).parents[2] / "docs" / "fees.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\*Choice\s+`([a-z0-9-]+)`", page))
    registry = {k for k, v in interpretations("ati-2016").items() if v.topic == "fees"}
    assert named == registry
