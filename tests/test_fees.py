"""Fees: hand-computed cases from Circular 46/2018/TT-BTC and its appendix.

Every expected amount below is worked out by hand from the appendix rates (shared reference
§2.3: 1.1 phô tô đen trắng 3.000 đ/trang A4; 1.2 phô tô màu 18.000; 2.1 in ảnh ≤ 15×21 cm
36.000 đ/tấm; 2.2 20×25–20×30 cm 54.000; 2.3 25×35–30×40 cm 135.000; 3 ghi âm 27.000 đ/phút
nghe; 4 phim 54.000 đ/phút chiếu; 5.1 in số hóa đen trắng 2.000 đ/trang A4; 5.2 màu 14.000),
the note (A3 = 2, A2 = 4, A1 = 8, A0 = 16 × the A4 photocopy rate) and art. 3(1.1)(b)
(70% / 50%). The arithmetic is written in each case.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from tiepcan import fees
from tiepcan.citations import circular46, decree13, law
from tiepcan.errors import InvalidInputError, RegimeNotEncodedError, TiepCanError
from tiepcan.fees import (
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
from tiepcan.interpretations import interpretations
from tiepcan.terms import Channel

#: the day the request was received in these cases: under Law 104/2016 and Circular 46/2018
RECEIVED = date(2024, 2, 7)


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


# -- regimes: rates are dated -----------------------------------------------------------------


def test_rates_in_force_from_1_july_2018():
    """Circular 46 art. 6(1): có hiệu lực kể từ ngày 01 tháng 07 năm 2018."""
    assert quote({"photocopy_bw_a4": 1}, received=date(2018, 7, 1)).total == 3_000
    with pytest.raises(RegimeNotEncodedError):
        quote({"photocopy_bw_a4": 1}, received=date(2018, 6, 30))


def test_after_the_replacement_the_2016_rates_need_an_explicit_regime():
    """Law 01/2026/QH16 art. 30(1): from 1/9/2026 its ruleset prices a request (its own
    citations; tests/test_fees_2026.py); the 2016 ruleset only when the caller names it."""
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


# -- docs and the registry in step -------------------------------------------------------------


def test_docs_name_every_fee_interpretation_by_its_id():
    import re
    from pathlib import Path

    page = (Path(__file__).parents[1] / "docs" / "fees.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\*Choice\s+`([a-z0-9-]+)`", page))
    registry = {k for k, v in interpretations("ati-2016").items() if v.topic == "fees"}
    assert named == registry
