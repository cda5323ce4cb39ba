"""Hypothesis strategies for the fee tests (tiepcan.fees): valid inputs and junk."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from hypothesis import strategies as st

from tiepcan.fees import Area, FeeItem
from tiepcan.foundation.terms import Channel

#: every item, as a member or as its string value (a function that takes one takes the other)
fee_items = st.sampled_from(list(FeeItem))
fee_item_keys = st.one_of(fee_items, fee_items.map(lambda item: item.value))

#: whole-number quantities, including 0 (which gives no line)
quantities = st.integers(min_value=0, max_value=100_000)

#: item -> quantity maps (members as keys; a string key would collide with its member)
item_maps = st.dictionaries(fee_items, quantities, max_size=len(FeeItem))
non_empty_item_maps = st.dictionaries(
    fee_items, st.integers(min_value=1, max_value=100_000), min_size=1, max_size=len(FeeItem)
)

areas = st.sampled_from(list(Area))
reduced_areas = st.sampled_from([Area.DIFFICULT, Area.ESPECIALLY_DIFFICULT])
channels = st.one_of(st.none(), st.sampled_from(list(Channel)))
postages = st.integers(min_value=0, max_value=10_000_000)

#: days of receipt governed by the encoded 2016 regime (2018-07-01 .. 2026-08-31)
received_dates = st.dates(min_value=date(2018, 7, 1), max_value=date(2026, 8, 31))

# -- junk ----------------------------------------------------------------------------------

_VALUES = {item.value for item in FeeItem}

junk_quantities = st.one_of(
    st.integers(max_value=-1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(max_size=5),
    st.none(),
    st.just(Decimal("2")),
    st.just(Fraction(5, 2)),
    st.lists(st.integers(), max_size=2),
)

junk_items = st.one_of(
    st.text(max_size=20).filter(lambda s: s not in _VALUES),
    st.integers(),
    st.none(),
    st.floats(allow_nan=False),
    st.tuples(st.integers()),
    st.sampled_from(list(Area)),  # a member of the wrong enum
)

junk_areas = st.one_of(
    st.text(max_size=20).filter(lambda s: s not in {a.value for a in Area}),
    st.integers(),
    st.none(),
    st.floats(allow_nan=False),
    st.just(FeeItem.PHOTOCOPY_BW_A4),
)

#: not postage (None is not junk: it means the postage was not given)
junk_postages = st.one_of(
    st.integers(max_value=-1),
    st.floats(allow_nan=True),
    st.booleans(),
    st.text(max_size=5),
    st.just(Decimal("1000")),
)

junk_channels = st.one_of(
    st.text(max_size=12).filter(lambda s: s not in {c.value for c in Channel}),
    st.integers(),
    st.just(Area.ORDINARY),
)

junk_dates = st.one_of(
    st.datetimes(min_value=datetime(2018, 7, 1), max_value=datetime(2026, 8, 31)),
    st.dates().map(lambda d: d.isoformat()),
    st.integers(),
)

#: neither a mapping nor a sequence of (item, quantity) pairs
junk_item_containers = st.one_of(
    st.lists(fee_items, min_size=1, max_size=3),
    st.none(),
    st.text(max_size=10),
    st.integers(),
    st.tuples(fee_items, quantities, quantities).map(lambda t: [t]),
)

#: a sequence of pairs that names one item twice
duplicated_pairs = st.tuples(fee_item_keys, quantities, quantities).map(
    lambda t: [(t[0], t[1]), (getattr(t[0], "value", t[0]), t[2])]
)
