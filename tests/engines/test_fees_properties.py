"""Properties of fee quotes that must hold for every input (hypothesis)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tiepcan import fees
from tiepcan.fees import Area, FeeNotice, FeeQuote, fee_notice
from tiepcan.foundation.errors import TiepCanError
from tiepcan.foundation.terms import Channel

from strategies_fees import (
    areas,
    channels,
    duplicated_pairs,
    fee_item_keys,
    fee_items,
    item_maps,
    junk_areas,
    junk_channels,
    junk_dates,
    junk_item_containers,
    junk_items,
    junk_postages,
    junk_quantities,
    non_empty_item_maps,
    postages,
    quantities,
    received_dates,
    reduced_areas,
)

RECEIVED = date(2024, 2, 7)


def quote(items: Any, **kw: Any) -> FeeQuote:
    """A quote for a request received on 7/2/2024 unless ``received`` says otherwise."""
    return fees.quote(items, **{"received": RECEIVED, **kw})


def _postage_for(channel: Channel | None, postage: int) -> int:
    return postage if channel in (None, Channel.POSTAL) else 0


@given(item_maps, areas, postages, channels, received_dates)
def test_total_is_a_non_negative_integer(items, area, postage, channel, received):
    q = quote(items, area=area, postage=_postage_for(channel, postage), channel=channel,
              received=received)  # fmt: skip
    assert type(q.total) is int and q.total >= 0
    assert all(type(line.amount) is int and line.amount > 0 for line in q.lines)


@given(item_maps, areas, postages)
def test_total_is_the_lines_plus_postage(items, area, postage):
    q = quote(items, area=area, postage=postage, channel="postal")
    assert q.total == sum(line.amount for line in q.lines) + postage
    assert q.copying_total == q.total - q.postage


@given(item_maps, item_maps, areas)
def test_quote_is_additive_over_items(a, b, area):
    """Pricing two requests together costs what pricing them apart does (quantities of a
    shared item add up). This holds exactly because the reduction is taken per unit."""
    both = dict(Counter(a) + Counter(b))
    both.update({k: 0 for k in (a.keys() | b.keys()) if k not in both})
    assert quote(both, area=area).total == (quote(a, area=area).total + quote(b, area=area).total)


@given(fee_items, quantities, st.integers(min_value=0, max_value=50), areas)
def test_quote_is_linear_in_quantity(item, n, k, area):
    assert quote({item: k * n}, area=area).total == k * quote({item: n}, area=area).total


@given(item_maps, reduced_areas)
def test_reductions_never_raise_a_price(items, area):
    full = quote(items)
    reduced = quote(items, area=area)
    assert reduced.total <= full.total
    for line in reduced.lines:
        assert line.unit_rate <= line.list_rate
        assert line.reduction >= 0


@given(item_maps)
def test_reductions_match_the_percentages_exactly(items):
    """Art. 3(1.1)(b): 70% and 50% of the appendix rate — exactly, not approximately."""
    full = quote(items).total
    assert quote(items, area=Area.DIFFICULT).total * 100 == full * 70
    assert quote(items, area=Area.ESPECIALLY_DIFFICULT).total * 100 == full * 50


@given(item_maps, areas, postages)
def test_postage_is_never_reduced(items, area, postage):
    with_postage = quote(items, area=area, postage=postage, channel="postal")
    assert with_postage.total - quote(items, area=area).total == postage


@given(item_maps, areas)
def test_electronic_and_fax_delivery_cost_the_same_as_copying_alone(items, area):
    copying = quote(items, area=area).total
    assert quote(items, area=area, channel="electronic").total == copying
    assert quote(items, area=area, channel="fax").total == copying


@given(st.dictionaries(fee_item_keys, quantities, max_size=6), areas)
def test_a_string_key_prices_as_its_member(items, area):
    as_members = {getattr(k, "value", k): v for k, v in items.items()}
    assert quote(items, area=area) == quote(as_members, area=area)


@given(st.lists(st.tuples(fee_items, quantities), unique_by=lambda t: t[0]), areas)
def test_order_of_items_does_not_matter(pairs, area):
    assert quote(dict(pairs), area=area) == quote(dict(reversed(pairs)), area=area)
    assert quote(pairs, area=area) == quote(list(reversed(pairs)), area=area)


@given(item_maps, areas, postages, channels, received_dates)
def test_quote_json_round_trip_is_identity(items, area, postage, channel, received):
    q = quote(items, area=area, postage=_postage_for(channel, postage), channel=channel,
              received=received)  # fmt: skip
    assert FeeQuote.from_json(q.to_json()) == q
    assert FeeQuote.from_dict(q.to_dict()) == q


@given(duplicated_pairs)
def test_an_item_named_twice_is_always_refused(pairs):
    try:
        quote(pairs)
    except TiepCanError as err:
        assert err.code == "duplicate-item"
    else:
        raise AssertionError(f"accepted duplicate {pairs!r}")


@given(item_maps, received_dates)
def test_a_date_and_its_regime_named_explicitly_agree(items, received):
    """Resolving the ruleset from the date or naming it gives the same rates; the quote says
    which rule chose the regime (the law in force, or the caller)."""
    dated = quote(items, received=received)
    named = fees.quote(items, received=received, regime="ati-2016")
    assert (dated.chosen_by.value, named.chosen_by.value) == ("in_force", "caller")
    assert dated == replace(named, chosen_by=dated.chosen_by)


@given(non_empty_item_maps, areas, st.dates(min_value=RECEIVED, max_value=date(2100, 12, 31)))
def test_notice_json_round_trip_is_identity(items, area, issued_on):
    """A notice is issued on or after the request's receipt (issued-before-receipt)."""
    n = fee_notice(
        quote(items, area=area),
        agency="UBND xã X",
        requester="Trần Thị B",
        issued_on=issued_on,
        payment_method={"revenue_agency": "Thuế cơ sở 1", "treasury": "KBNN khu vực I"},
        payment_deadline=issued_on,
    )
    assert n.amount_due == n.quote.total > 0
    assert FeeNotice.from_json(n.to_json()) == n


@given(item_maps, areas, postages)
def test_the_explanation_states_each_line_and_the_totals(
    items: dict[Any, int], area: Any, postage: int
) -> None:
    """Whatever is priced, the breakdown has one entry per line, each `quantity × unit rate
    = amount` with the line's own figures (amount = unit rate × quantity, art. 3(1.1)), then
    the copying total, the postage as given (art. 3(1.2)) and their sum."""
    q = fees.quote(items, area=area, postage=postage, channel="postal", received=RECEIVED)
    text = q.explain("en").splitlines()
    heads = [x for x in text if x.startswith("- ") and " = " in x]
    assert len(heads) == len(q.lines)
    for head, line in zip(heads, q.lines, strict=True):
        assert line.amount == line.unit_rate * line.quantity
        assert head.endswith(
            f": {line.quantity} × {line.unit.label_en} at {line.unit_rate:,} đồng = "
            f"{line.amount:,} đồng"
        )
    assert f"Printing and copying: {q.copying_total:,} đồng" in text
    assert f"Total: {q.copying_total + postage:,} đồng" in text
    assert (f"Sending: {postage:,} đồng" in text) is (postage == 0)
    vi = q.explain("vi").splitlines()
    assert f"Tổng cộng: {q.total:,} đồng".replace(",", ".") in vi


# -- junk input gives a TiepCanError, never a bare exception ---------------------------------


@given(fee_items, junk_quantities)
def test_junk_quantity_raises_tiepcan_error(item, quantity):
    try:
        quote({item: quantity})
    except TiepCanError as err:
        assert err.code == "invalid-quantity"
    else:
        raise AssertionError(f"accepted quantity {quantity!r}")


@given(junk_items)
def test_junk_item_raises_tiepcan_error(item):
    try:
        quote({item: 1})
    except TiepCanError as err:
        assert err.code == "invalid-item"
    else:
        raise AssertionError(f"accepted item {item!r}")


@given(junk_areas)
def test_junk_area_raises_tiepcan_error(area):
    try:
        quote({"photocopy_bw_a4": 1}, area=area)
    except TiepCanError as err:
        assert err.code == "invalid-area"
    else:
        raise AssertionError(f"accepted area {area!r}")


@given(junk_postages, channels)
def test_junk_postage_raises_tiepcan_error(postage, channel):
    try:
        quote({}, postage=postage, channel=channel)
    except TiepCanError as err:
        assert err.code == "invalid-postage"
    else:
        raise AssertionError(f"accepted postage {postage!r}")


@given(junk_channels)
def test_junk_channel_raises_tiepcan_error(channel):
    try:
        quote({}, channel=channel)
    except TiepCanError as err:
        assert err.code == "invalid-channel"
    else:
        raise AssertionError(f"accepted channel {channel!r}")


@given(junk_dates)
def test_junk_date_raises_tiepcan_error(received):
    try:
        quote({}, received=received)
    except TiepCanError as err:
        assert err.code == "invalid-date"
    else:
        raise AssertionError(f"accepted received {received!r}")


@given(junk_item_containers)
def test_junk_items_container_raises_tiepcan_error(items):
    try:
        quote(items)
    except TiepCanError as err:
        assert err.code == "invalid-items"
    else:
        raise AssertionError(f"accepted items {items!r}")


@given(st.dates(max_value=date(2018, 6, 30)))
def test_dates_outside_the_encoded_regime_raise_tiepcan_error(received):
    """Before 2018-07-01 no law on access is in force (Law 104/2016 art. 37); from 2026-09-01
    Law 01/2026/QH16 prices requests (tests/engines/test_fees_2026.py)."""
    try:
        quote({"photocopy_bw_a4": 1}, received=received)
    except TiepCanError as err:
        assert err.code == "before-law-in-force"
    else:
        raise AssertionError(f"priced under an unencoded regime: {received}")


def test_a_notice_is_not_dated_before_the_request_it_answers() -> None:
    """Form 03 answers a request: it cannot be issued before the request was received."""
    import pytest

    from tiepcan.foundation.errors import InvalidInputError

    with pytest.raises(InvalidInputError, match="issued-before-receipt"):
        fee_notice(
            quote({"photocopy_bw_a4": 1}),
            agency="UBND xã X",
            requester="Trần Thị B",
            issued_on=date(2010, 1, 1),
            payment_method={"revenue_agency": "Thuế cơ sở 1", "treasury": "KBNN khu vực I"},
            payment_deadline=date(2024, 2, 8),
        )
