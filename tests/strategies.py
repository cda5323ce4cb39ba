"""Shared hypothesis strategies for the foundation: dates in the calendar, channels, junk."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from tiepcan import Channel, Complexity

#: the regime of Law 104/2016 as encoded: receipts from 2018-07-01 to 2026-08-31
REGIME_START = date(2018, 7, 1)
REGIME_END = date(2026, 8, 31)

#: days the calendar covers, with room for 60 working days at both ends (the calendar starts
#: 2018-01-01, and Q1 2018 holds fewer than 60 working days: Tết 14–20/2/2018); the edges of
#: the calendar have tests of their own
calendar_dates = st.dates(min_value=date(2018, 7, 1), max_value=date(2040, 9, 30))
receipt_dates = st.dates(min_value=REGIME_START, max_value=REGIME_END)
counts = st.integers(min_value=0, max_value=60)
signed_counts = st.integers(min_value=-60, max_value=60)
channels = st.sampled_from(list(Channel))
complexities = st.sampled_from(list(Complexity))
channel_values = st.sampled_from([c.value for c in Channel])

#: Law 01/2026/QH16 (in force from 2026-09-01, art. 30(1)): receipts under it, with room in the
#: calendar (to 2040) for the longest limit and its extension (12 + 12 days, art. 26(3))
LAW_2026_START = date(2026, 9, 1)
receipt_dates_2026 = st.dates(min_value=LAW_2026_START, max_value=date(2040, 11, 30))
#: art. 24(1): at the agency, by post, over the Internet (no fax)
channels_2026 = st.sampled_from([Channel.AT_OFFICE, Channel.POSTAL, Channel.ELECTRONIC])

#: things that are not dates, for the junk-input properties
not_dates = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=12).filter(lambda s: not _is_iso_date(s)),
    st.lists(st.integers(), max_size=3),
    st.just(timedelta(days=1)),
)

#: things that are not a whole number of days
not_counts = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True),
    st.text(max_size=5),
    st.dates(),
)


def _is_iso_date(s: str) -> bool:
    try:
        date.fromisoformat(s)
    except ValueError:
        return False
    return True


def said(err: Any, code: str, en: str, detail: str) -> None:
    """The error's code, the table's one message for it, and what the raise site says
    beyond that message in the detail (tiepcan.foundation.errors: one message per code)."""
    from tiepcan.foundation.errors import ERROR_CODES

    assert err.code == code
    assert (err.message_vi, err.message_en) == ERROR_CODES[code]
    assert err.detail == (detail if en == ERROR_CODES[code][1] else f"{en}: {detail}")
