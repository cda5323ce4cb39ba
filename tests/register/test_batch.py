"""The batch path (arts. 29–31 for whole registers) equals response_deadline, row by row."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import tiepcan.register.batch as batch_module
from tiepcan.deadlines import response_deadline
from tiepcan.foundation.errors import CalendarRangeError, InvalidInputError, RegimeNotEncodedError
from tiepcan.register.batch import EXTEND_MAX, TIMELINESS_CODES, due_dates, judge_batch
from tiepcan.register.lifecycle import judge

from strategies_register import batch_rows


def _single(day: date, form: str, comp: str, ext: int) -> tuple[date | None, date | None]:
    try:
        d = response_deadline(
            day,
            form,
            comp,
            extended=ext != 0,
            extension_length=None if ext in (0, EXTEND_MAX) else ext,
        )
    except RegimeNotEncodedError:
        return None, None
    except InvalidInputError as err:  # fax after 2026-09-01: no channel of art. 24(1)
        assert err.code == "channel-not-in-law"
        return None, None
    return d.due, d.notice_due


@pytest.mark.parametrize(("use_numpy", "rows_at_a_time"), [(True, 1 << 16), (True, 3), (False, 0)])
@given(rows=st.lists(batch_rows(), min_size=1, max_size=40))
def test_batch_equals_single(
    rows: list[tuple[date, str, str, int]], use_numpy: bool, rows_at_a_time: int
) -> None:
    """Each row's due date as :func:`response_deadline` gives it, on numpy columns computed
    whole or three rows at a time, and without numpy."""
    days, forms, comps, exts = (list(c) for c in zip(*rows, strict=True))
    saved = batch_module._ROWS_AT_A_TIME
    try:
        batch_module._ROWS_AT_A_TIME = rows_at_a_time or saved
        got = due_dates(days, forms, comps, exts, use_numpy=use_numpy)
    finally:
        batch_module._ROWS_AT_A_TIME = saved
    expected = [_single(*r) for r in rows]
    assert got.due_dates() == [e[0] for e in expected]
    assert [n if ok else None for n, ok in zip(got.notice_dates(), got.encoded, strict=True)] == [
        e[1] for e in expected
    ]


def test_numpy_arrays_in() -> None:
    """Tết 2024 (8662/VPCP-KGVX): 15 working days after 7/2/2024 end on 6/3/2024."""
    days = np.array(["2024-02-07", "2024-02-07"], dtype="datetime64[D]")
    got = due_dates(days, np.array([1, 3]), np.array([1, 1]), np.array([0, EXTEND_MAX]))
    assert got.due_dates() == [date(2024, 3, 6), date(2024, 3, 21)]


@pytest.mark.parametrize("use_numpy", [True, False])
def test_columns_are_checked_and_the_first_bad_row_named(use_numpy: bool) -> None:
    ok = date(2024, 2, 7)
    with pytest.raises(InvalidInputError, match="row 1"):
        due_dates([ok, ok], ["fax", "pigeon"], ["simple", "simple"], use_numpy=use_numpy)
    with pytest.raises(CalendarRangeError, match="row 2"):
        due_dates([ok, ok, date(2041, 1, 1)], ["fax"] * 3, ["simple"] * 3, use_numpy=use_numpy)
    with pytest.raises(InvalidInputError, match="row 0"):
        due_dates([ok], ["fax"], ["simple"], [5], use_numpy=use_numpy)  # art. 31(1): no extension
    with pytest.raises(InvalidInputError, match="row 0"):
        due_dates([ok], ["at_office"], ["complex"], [11], use_numpy=use_numpy)  # art. 29(2): ≤ 10


@pytest.mark.parametrize("use_numpy", [True, False])
@given(
    due=st.dates(date(2018, 7, 1), date(2026, 8, 31)),
    done=st.none() | st.dates(date(2018, 7, 1), date(2026, 12, 31)),
    as_of=st.dates(date(2018, 7, 1), date(2026, 12, 31)),
)
def test_judge_batch_equals_judge(
    due: date, done: date | None, as_of: date, use_numpy: bool
) -> None:
    codes, late = judge_batch(
        [due.toordinal()], [done.toordinal() if done else 0], as_of, use_numpy=use_numpy
    )
    t, n = judge(due, done, as_of)
    assert TIMELINESS_CODES[int(codes[0])] == t.value
    assert (None if int(late[0]) < 0 else int(late[0])) == n


@pytest.mark.parametrize("use_numpy", [True, False])
def test_rows_due_the_same_day_share_one_date(use_numpy: bool) -> None:
    """Memory of a large register: a column of due dates holds one ``date`` per day. Both
    received Mon 4/3/2024 by e-mail, simple (art. 30(3)): 5, 6, 7/3 → Thu 7/3/2024 (no holiday
    in March 2024)."""
    dues = due_dates(
        [date(2024, 3, 4), date(2024, 3, 4)],
        ["electronic", "electronic"],
        ["simple", "simple"],
        use_numpy=use_numpy,
    ).due_dates()
    assert dues == [date(2024, 3, 7), date(2024, 3, 7)]
    assert dues[0] is dues[1]
