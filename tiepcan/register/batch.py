"""Thời hạn cung cấp thông tin cho cả Sổ theo dõi — due dates for a whole register at once.

The time limits of Law 104/2016/QH13 arts. 29(2), 30(3)–(4) and 31(1)–(2) (and the notice of
the time limit, and the extension of arts. 29(2), 30(4), 31(2)) for arrays of requests in one
call, on the cumulative working-day index of :mod:`tiepcan.foundation.workdays` (the same table, loaded
once): ``working`` lists the ordinals of working days, ``count[k]`` the working days on or
before ``first + k``. So

* "N ngày làm việc" after day ``o`` is ``working[count[o - first] + N - 1]`` (two look-ups);
* "N ngày" after day ``o``, rolled to the next working day when it ends on a day off (Civil
  Code 2015 art. 148(5)), is ``working[count[o + N - first - 1]]`` (a third look-up).

numpy is used when it is installed (extra ``batch``); a plain-Python path gives the same
answers. Business-day offsets of numpy or pandas are not used: they cannot represent the
make-up Saturdays the Government announces. Input is checked by column, and the first bad
row is named. Requests whose day of validity falls under no encoded regime (before
2018-07-01, or under a regime tiepcan does not encode) are not computed: ``encoded`` is
False and their dates are ``None``; they are still counted.

**One path to the law.** The law of each row is the one
:func:`tiepcan.foundation.regimes.choose_ruleset` chooses: the ruleset in force on its day of validity,
unless the row's ``sent`` day (được gửi) falls before a later law took effect (Law
01/2026/QH16 art. 31(4): a request sent before 2026-09-01 stays under Law 104/2016). Its rule
is read through :func:`tiepcan.register.lifecycle.response_rule` (limit, notice and extension, with
their units; under Law 01/2026/QH16 one limit of 12 days and an extension of at most 12 days
for every request, art. 26(3), and no fax, art. 24(1)): so a row gets the dates
:func:`tiepcan.deadlines.response_deadline` gives for the same request, including a request
received one way and to be provided another (``received_via``, e.g. by post, to be read at
the office).

Extensions are given per row: ``0`` none, ``EXTEND_MAX`` (-1) the longest the law allows,
``n`` a shorter one (working days at the office, calendar days otherwise).

>>> from datetime import date
>>> d = due_dates([date(2024, 2, 7), date(2025, 4, 16)], ["electronic", "postal"],
...               ["complex", "complex"], [EXTEND_MAX, 0])
>>> d.due_dates()             # Tết 2024 (8662/VPCP-KGVX); Sat 26/4/2025 worked (8726/VPCP-KGVX)
[datetime.date(2024, 3, 21), datetime.date(2025, 5, 9)]
>>> d.notice_dates()
[datetime.date(2024, 2, 19), datetime.date(2025, 4, 21)]

Received by post on Thu 3/9/2026: 12 days (art. 26(3)) end on Tue 15/9/2026; sent on
28/8/2026 it stays under Law 104/2016 (art. 31(4)): 15 working days (art. 31(2)) end on Thu
24/9/2026, its notice (art. 31(2), 3 working days) on Tue 8/9 (9441/TB-BNV: 31/8–2/9 off):

>>> d = due_dates([date(2026, 9, 3)] * 2, ["postal"] * 2, ["complex"] * 2,
...               sent=[None, date(2026, 8, 28)])
>>> d.due_dates(), d.notice_dates()
([datetime.date(2026, 9, 15), datetime.date(2026, 9, 24)], [None, datetime.date(2026, 9, 8)])
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from tiepcan.foundation._model import echo
from tiepcan.foundation.errors import CalendarRangeError, InvalidInputError
from tiepcan.foundation.terms import Channel, Complexity

__all__ = [
    "COMPLEXITY_CODES",
    "EXTEND_MAX",
    "FORM_CODES",
    "TIMELINESS_CODES",
    "BatchDues",
    "due_dates",
    "have_numpy",
    "judge_batch",
    "numpy_module",
]

#: extension column value meaning "the longest extension the law allows"
EXTEND_MAX = -1
#: integer codes of the form of provision (and of the way a request came in) in array input
FORM_CODES: dict[Channel, int] = {
    Channel.AT_OFFICE: 0,
    Channel.ELECTRONIC: 1,
    Channel.POSTAL: 2,
    Channel.FAX: 3,
}
#: integer codes of simple / complex in array input
COMPLEXITY_CODES: dict[Complexity, int] = {Complexity.SIMPLE: 0, Complexity.COMPLEX: 1}
_COMPLEXITY_CODES = COMPLEXITY_CODES
#: codes returned by :func:`judge_batch`, in the values of :class:`tiepcan.register.lifecycle.Timeliness`
TIMELINESS_CODES = ("on_time", "late", "pending", "overdue", "not_computable")
_EPOCH = date(1970, 1, 1).toordinal()
#: rules per regime: one per (way received, form of provision, complexity)
_PER_REGIME = len(FORM_CODES) * len(FORM_CODES) * len(COMPLEXITY_CODES)
_UNITS = {"immediate": 0, "working_days": 1, "days": 2}


@dataclass(frozen=True, slots=True)
class _Rule:
    """One row of the rule table: lengths of the limit, notice and extension (0: none)."""

    length: int  # 0 for "immediately" (art. 29(1))
    unit: int  # 0 immediate, 1 working days, 2 days (rolled to a working day, BLDS art. 148(5))
    notice: int  # working days; 0 when no notice is due
    ext_max: int  # 0 when no extension is allowed
    ext_working_days: bool  # the extension's unit: working days (art. 29(2)) or days
    valid: bool = True  # False: the ruleset has no procedure for this kind of request


def _code(via: int, form: int, complexity: int) -> int:
    return (via * len(FORM_CODES) + form) * len(COMPLEXITY_CODES) + complexity


def _rules_of(rules: Any) -> tuple[_Rule, ...]:
    """The rules of one ruleset, by code, each read through
    :func:`tiepcan.register.lifecycle.response_rule` (the one path to the law's time limits)."""

    def build(rs: Any) -> tuple[_Rule, ...]:
        from tiepcan.foundation.errors import TiepCanError
        from tiepcan.register.lifecycle import response_rule

        out = []
        for via in FORM_CODES:
            for form in FORM_CODES:
                for comp in COMPLEXITY_CODES:
                    try:
                        r = response_rule(via, form, comp, regime=rs)
                    except TiepCanError:
                        out.append(_Rule(0, 0, 0, 0, False, valid=False))
                        continue
                    ext = r.extension
                    out.append(
                        _Rule(
                            length=r.limit.length,
                            unit=_UNITS[r.limit.unit.value],
                            notice=r.notice.length if r.notice else 0,
                            ext_max=ext.length if ext else 0,
                            ext_working_days=bool(ext and ext.unit.value == "working_days"),
                        )
                    )
        return tuple(out)

    table: tuple[_Rule, ...] = rules.cached("batch-rules", build)
    return table


def _encoded_rulesets() -> tuple[tuple[int, int, Any], ...]:
    """(first day, last day, ruleset) of every regime encoded for the register chain
    (``engines.toml`` lists ``lifecycle``, :func:`tiepcan.foundation.regimes.require_engine`), by date."""
    from tiepcan.foundation.errors import RegimeNotEncodedError
    from tiepcan.foundation.regimes import REGIMES, require_engine, ruleset

    out = []
    for regime in REGIMES:
        if not regime.encoded:
            continue
        try:
            rules = require_engine(ruleset(regime), "lifecycle")
        except RegimeNotEncodedError:
            continue
        until = regime.in_force_until or date.max
        out.append((regime.in_force_from.toordinal(), until.toordinal(), rules))
    return tuple(out)


def _rules() -> tuple[_Rule, ...]:
    """Every rule of every encoded regime: regime ``k``'s rules at ``k * _PER_REGIME``."""
    return tuple(r for _, _, rs in _encoded_rulesets() for r in _rules_of(rs))


def have_numpy() -> bool:
    """True if numpy can be imported (the fast path)."""
    try:
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


# --------------------------------------------------------------------------------------
# Results.


@dataclass(frozen=True, slots=True)
class BatchDues:
    """Due dates of many requests, as date ordinals (``0`` where there is none).

    Each column is a numpy ``int64`` array on the numpy path, a list of ``int`` otherwise.
    """

    #: the original answer-by date (arts. 29–31)
    original: Any
    #: the last day to notify the time limit (complex requests, arts. 30(4), 31(2)); 0: none
    notice: Any
    #: the governing answer-by date: extended where the row asks for an extension
    due: Any
    #: False where the regime is not encoded (dates 0)
    encoded: Any

    def __len__(self) -> int:
        return len(self.due)

    def due_dates(self) -> list[date | None]:
        return _dates(self.due)

    def original_dates(self) -> list[date | None]:
        return _dates(self.original)

    def notice_dates(self) -> list[date | None]:
        return _dates(self.notice)


def _dates(column: Any) -> list[date | None]:
    """A column of ordinals (0: none) as dates, one ``date`` object per distinct day: a
    register of a million rows spans a few thousand days, so each row costs a reference, not
    a new object."""
    ordinals = column.tolist() if hasattr(column, "tolist") else column
    days: dict[int, date] = {}
    out: list[date | None] = []
    for o in ordinals:
        if not o:
            out.append(None)
            continue
        day = days.get(o)
        if day is None:
            day = days[o] = date.fromordinal(int(o))
        out.append(day)
    return out


# --------------------------------------------------------------------------------------
# Column checks: each names the first bad row.


def _bad(code: str, row: int, value: object, problem: str | None = None) -> InvalidInputError:
    """The error for a bad value in a column: its row, its value, and what is wrong with it
    where the code's one message does not say it."""
    where = f"row {row}: {echo(value)}"
    return InvalidInputError(code, detail=f"{problem}: {where}" if problem else where)


#: the error code for a bad value in each enum column (the codes ``response_deadline`` uses)
_COLUMN_CODES = {
    "provision_form": "invalid-provision",
    "received_via": "invalid-received-via",
    "complexity": "invalid-complexity",
}


def _codes(values: Any, table: dict[Any, int], field: str, np: Any) -> Any:
    """A column of enum values (or their integer codes) as integer codes."""
    if np is not None and isinstance(values, np.ndarray) and values.dtype.kind in "iu":
        bad = np.flatnonzero((values < 0) | (values >= len(table)))
        if bad.size:
            row = int(bad[0])
            raise _bad(_COLUMN_CODES[field], row, values[row], f"unknown {field}")
        return values
    by_value = {str(k): v for k, v in table.items()}
    out = []
    for row, v in enumerate(values):
        code = by_value.get(v) if isinstance(v, str) else None
        if code is None:
            raise _bad(
                _COLUMN_CODES[field],
                row,
                v,
                f"'{field}' is not one of: {', '.join(by_value)}",
            )
        out.append(code)
    return np.asarray(out, dtype=np.int64) if np is not None else out


def _ordinals(values: Any, np: Any) -> Any:
    """A column of dates (``date`` objects or numpy ``datetime64[D]``) as ordinals."""
    if np is not None and isinstance(values, np.ndarray):
        if values.dtype.kind == "M":
            return values.astype("datetime64[D]").astype(np.int64) + _EPOCH
        raise InvalidInputError(
            "invalid-date", detail=f"a date column must be datetime64[D]: {values.dtype!s}"
        )
    out = []
    for row, v in enumerate(values):
        if type(v) is not date:
            raise _bad("invalid-date", row, v, "expected a date (not a datetime)")
        out.append(v.toordinal())
    return np.asarray(out, dtype=np.int64) if np is not None else out


def _extensions(values: Any, n: int, np: Any) -> Any:
    if values is None:
        return np.zeros(n, dtype=np.int64) if np is not None else [0] * n
    if np is not None and isinstance(values, np.ndarray) and values.dtype.kind in "iu":
        return values.astype(np.int64)
    out = []
    for row, v in enumerate(values):
        if type(v) is not int or v < EXTEND_MAX:
            raise _bad(
                "invalid-extension-length",
                row,
                v,
                "extension must be -1, 0 or a positive whole number",
            )
        out.append(v)
    return np.asarray(out, dtype=np.int64) if np is not None else out


def _column(values: Any, field: str) -> Any:
    """A column: a numpy array, or a list or tuple (a bare string or a mapping is not one)."""
    if isinstance(values, list | tuple) or type(values).__name__ == "ndarray":
        return values
    raise InvalidInputError("invalid-column", detail=f"{field}: {echo(values)}")


def _check_lengths(n: int, *columns: Any) -> None:
    for col in columns:
        if len(col) != n:
            raise InvalidInputError(
                "column-length-mismatch", detail=f"{len(col)} rows, expected {n}"
            )


# --------------------------------------------------------------------------------------
# The computation.


def due_dates(
    valid_from: Any,
    provision_form: Any,
    complexity: Any,
    extension: Any = None,
    *,
    received_via: Any = None,
    sent: Any = None,
    use_numpy: bool | None = None,
) -> BatchDues:
    """Due dates for each row: valid-from day, form of provision, complexity, extension, and
    how the request came in (``received_via``; ``None``: the form of provision).

    ``sent`` is the column of the days the requests were sent (được gửi): ``date`` or
    ``None`` per row (numpy: ``datetime64[D]``, ``NaT`` for none); ``None`` for the whole
    column: no row's sent day is known. A row's law is chosen by
    :func:`tiepcan.foundation.regimes.choose_ruleset` from its day of validity and its sent day (Law
    01/2026/QH16 art. 31(4)); a sent day after the day of validity is refused
    (``sent-after-received``, naming the row).

    Columns are sequences of ``date`` / enum values, or numpy arrays (``datetime64[D]``;
    integer codes of :data:`FORM_CODES` and of :data:`COMPLEXITY_CODES`). ``use_numpy=None``
    uses numpy when it is installed. Each row gets the dates
    :func:`tiepcan.deadlines.response_deadline` gives for the same request.
    """
    np = _numpy(use_numpy)
    from tiepcan.foundation.workdays import _table

    t = _table()
    ords = _ordinals(_column(valid_from, "valid_from"), np)
    forms = _codes(_column(provision_form, "provision_form"), FORM_CODES, "provision_form", np)
    vias = (
        forms
        if received_via is None
        else _codes(_column(received_via, "received_via"), FORM_CODES, "received_via", np)
    )
    comps = _codes(_column(complexity, "complexity"), COMPLEXITY_CODES, "complexity", np)
    exts = _extensions(
        None if extension is None else _column(extension, "extension"), len(ords), np
    )
    sents = _sent_ordinals(sent)
    _check_lengths(len(ords), forms, vias, comps, exts, *([sents] if _given(sents) else []))
    _check_range(ords, t.first, t.last, np)
    return _dues(np, t, ords, vias, forms, comps, exts, sents)


def _dues_of_ordinals(
    np: Any,
    valid_from: Any,
    provision_form: Any,
    complexity: Any,
    extension: Any = None,
    *,
    received_via: Any,
    sent: Any = None,
) -> BatchDues:
    """:func:`due_dates` on columns already in the batch's own terms, as the register's fold
    holds them (so a million rows are not checked one by one again): numpy int64 arrays (or
    lists, ``np=None``) of day ordinals, of :data:`FORM_CODES` and of
    :data:`COMPLEXITY_CODES`, the extensions (``None``: none) and the sent days as ordinals
    (0: not known; ``None``: no row's). The days must lie in the calendar
    (``calendar-out-of-range`` names the first that does not)."""
    from tiepcan.foundation.workdays import _table

    t = _table()
    if extension is None:
        extension = (
            np.zeros(len(valid_from), dtype=np.int64) if np is not None else [0] * len(valid_from)
        )
    _check_range(valid_from, t.first, t.last, np)
    return _dues(np, t, valid_from, received_via, provision_form, complexity, extension, sent)


def _given(sents: Any) -> bool:
    """A sent column with rows (an empty one, like none, chooses nothing)."""
    return sents is not None and len(sents) > 0


def _working_day_arrays(np: Any) -> tuple[int, int, Any]:
    """The calendar's first and last day (ordinals) and its cumulative working-day count as
    a numpy array: ``count[o - first]`` working days on or before day ``o``."""
    from tiepcan.foundation.workdays import _table

    t = _table()
    return t.first, t.last, _arrays(np)[1]


def _dues(
    np: Any, t: Any, ords: Any, vias: Any, forms: Any, comps: Any, exts: Any, sents: Any
) -> BatchDues:
    """The due dates of checked columns (the common end of :func:`due_dates` and
    :func:`_dues_of_ordinals`)."""
    rules = _rules()
    rule, encoded = _rule_column(ords, vias, forms, comps, rules, np)
    if _given(sents):
        rule, encoded = _sent_rule_column(ords, sents, vias, forms, comps, rules, rule, encoded, np)
    _check_extensions(rules, rule, exts, encoded, np)
    if np is not None:
        return _numpy_dues(np, t, rules, ords, rule, exts, encoded)
    return _python_dues(t, rules, ords, rule, exts, encoded)


def _numpy(use_numpy: bool | None) -> Any:
    if use_numpy is False:
        return None
    try:
        import numpy
    except ImportError:
        if use_numpy:
            raise InvalidInputError("numpy-missing") from None
        return None
    return numpy


def numpy_module(use_numpy: bool | None = None) -> Any:
    """numpy when it is to be used (``None``: if installed), else ``None``; ``True`` without
    numpy raises ``numpy-missing``."""
    if use_numpy is not None and type(use_numpy) is not bool:
        raise InvalidInputError(detail=f"use_numpy must be True, False or None: {echo(use_numpy)}")
    return _numpy(use_numpy)


def _check_range(ords: Any, first: int, last: int, np: Any) -> None:
    if np is not None:
        bad = np.flatnonzero((ords < first) | (ords > last))
        row = int(bad[0]) if bad.size else None
    else:
        row = next((i for i, o in enumerate(ords) if o < first or o > last), None)
    if row is not None:
        raise CalendarRangeError(
            detail=f"row {row}: {date.fromordinal(int(ords[row])).isoformat()}; the calendar covers "
            f"{date.fromordinal(first).isoformat()} to {date.fromordinal(last).isoformat()}"
        )


def _rule_column(
    ords: Any, vias: Any, forms: Any, comps: Any, rules: tuple[_Rule, ...], np: Any
) -> tuple[Any, Any]:
    """Each row's index into ``rules`` (its regime's block, then its kind of request) and
    whether it is computed (its regime encoded and its kind of request known to it)."""
    spans = _encoded_rulesets()
    if np is not None:
        code = (vias * len(FORM_CODES) + forms) * len(COMPLEXITY_CODES) + comps
        if len(spans) == 1:  # one encoded regime: no block offset
            lo, hi, _ = spans[0]
            encoded = (ords >= lo) & (ords <= hi)
            rule = code
        else:
            regime = np.full(len(ords), -1, dtype=np.int64)
            for k, (lo, hi, _) in enumerate(spans):
                regime = np.where((ords >= lo) & (ords <= hi), k, regime)
            encoded = regime >= 0
            rule = np.where(encoded, regime * _PER_REGIME + code, 0)
        if not all(r.valid for r in rules):
            valid = np.asarray([r.valid for r in rules] or [False], dtype=bool)
            encoded = encoded & valid[rule]
        return rule, encoded
    rule_list, encoded_list = [], []
    for o, v, f, c in zip(ords, vias, forms, comps, strict=True):
        k = next((k for k, (lo, hi, _) in enumerate(spans) if lo <= o <= hi), -1)
        r = k * _PER_REGIME + _code(v, f, c) if k >= 0 else 0
        rule_list.append(r)
        encoded_list.append(k >= 0 and rules[r].valid)
    return rule_list, encoded_list


def _sent_ordinals(values: Any) -> Any:
    """The ``sent`` column as ordinals (0: not known); ``None`` when no column is given."""
    if values is None:
        return None
    if type(values).__name__ == "ndarray" and values.dtype.kind == "M":
        import numpy as np

        days = values.astype("datetime64[D]")
        return np.where(np.isnat(days), 0, days.astype(np.int64) + _EPOCH)
    out = []
    for row, v in enumerate(_column(values, "sent")):
        if v is not None and type(v) is not date:
            raise _bad("invalid-date", row, v, "expected a date or None (not a datetime)")
        out.append(v.toordinal() if v is not None else 0)
    return out


def _sent_rule_column(
    ords: Any,
    sents: Any,
    vias: Any,
    forms: Any,
    comps: Any,
    rules: tuple[_Rule, ...],
    rule: Any,
    encoded: Any,
    np: Any,
) -> tuple[Any, Any]:
    """The rows whose sent day is known, given the law :func:`tiepcan.foundation.regimes.choose_ruleset`
    chooses for them (one call per distinct pair of days)."""
    from tiepcan.foundation.errors import RegimeNotEncodedError
    from tiepcan.foundation.regimes import choose_ruleset

    index = {rs.id: k for k, (_, _, rs) in enumerate(_encoded_rulesets())}
    chosen: dict[tuple[int, int], int] = {}
    rule = rule.copy() if np is not None else list(rule)
    encoded = encoded.copy() if np is not None else list(encoded)
    if np is not None and hasattr(sents, "dtype"):
        known = np.flatnonzero(sents).tolist()
    else:
        known = [row for row, s in enumerate(sents) if s]
    for row in known:
        s = int(sents[row])
        o = int(ords[row])
        k = chosen.get((o, s))
        if k is None:
            if s > o:
                raise _bad("sent-after-received", row, date.fromordinal(s).isoformat())
            try:
                rs = choose_ruleset(date.fromordinal(o), sent=date.fromordinal(s))[0]
                k = index.get(rs.id, -1)
            except RegimeNotEncodedError:
                k = -1
            chosen[(o, s)] = k
        r = k * _PER_REGIME + _code(int(vias[row]), int(forms[row]), int(comps[row]))
        rule[row] = r if k >= 0 else 0
        encoded[row] = k >= 0 and rules[r].valid
    return rule, encoded


def _check_extensions(
    rules: tuple[_Rule, ...], rule: Any, exts: Any, encoded: Any, np: Any
) -> None:
    ext_max = [r.ext_max for r in rules] or [0]
    if np is not None:
        limit = np.asarray(ext_max, dtype=np.int64)[rule]
        wrong = ((exts != 0) & (limit == 0)) | (exts > limit) | (exts < EXTEND_MAX)
        bad = np.flatnonzero(wrong & encoded)
        row = int(bad[0]) if bad.size else None
    else:
        row = next(
            (
                i
                for i, (r, e, ok) in enumerate(zip(rule, exts, encoded, strict=True))
                if ok and e and (not ext_max[r] or e > ext_max[r] or e < EXTEND_MAX)
            ),
            None,
        )
    if row is None:
        return
    if ext_max[int(rule[row])] == 0:
        raise _bad("extension-not-available", row, int(exts[row]))
    raise _bad(
        "invalid-extension-length",
        row,
        int(exts[row]),
        "the extension is longer than the law allows",
    )


def _before(count: Any, k: int) -> int:
    """The number of working days strictly before day index ``k``."""
    return count[k - 1] if k > 0 else 0


def _python_dues(
    t: Any,
    rules: tuple[_Rule, ...],
    ords: list[int],
    rule: list[int],
    exts: list[int],
    encoded: list[bool],
) -> BatchDues:
    working, count, first = t.working, t.count, t.first
    original: list[int] = []
    notice: list[int] = []
    due: list[int] = []
    for o, r, e, ok in zip(ords, rule, exts, encoded, strict=True):
        if not ok:
            original.append(0)
            notice.append(0)
            due.append(0)
            continue
        ru = rules[r]
        k = count[o - first]
        if ru.unit == 0:  # "immediately" (art. 29(1)): on a working day, o itself or the next
            orig = working[_before(count, o - first)]
        elif ru.unit == 1:  # "N ngày làm việc"
            orig = working[k + ru.length - 1]
        else:  # "N ngày", rolled forward to a working day (Civil Code art. 148(5))
            orig = working[count[o + ru.length - first - 1]]
        original.append(orig)
        notice.append(working[k + ru.notice - 1] if ru.notice else 0)
        if e == 0:
            due.append(orig)
            continue
        length = ru.ext_max if e == EXTEND_MAX else e
        if ru.ext_working_days:
            due.append(working[count[orig - first] + length - 1])
        else:
            due.append(working[count[orig + length - first - 1]])
    return BatchDues(original, notice, due, encoded)


@cache
def _arrays(np: Any) -> tuple[Any, Any]:
    from tiepcan.foundation.workdays import _table

    t = _table()
    return np.asarray(t.working, dtype=np.int64), np.asarray(t.count, dtype=np.int64)


def _rule_arrays(np: Any, rules: tuple[_Rule, ...]) -> tuple[Any, ...]:
    rules = rules or (_Rule(0, 0, 0, 0, False, valid=False),)
    return (
        np.asarray([r.length for r in rules], dtype=np.int64),
        np.asarray([r.unit for r in rules], dtype=np.int64),
        np.asarray([r.notice for r in rules], dtype=np.int64),
        np.asarray([r.ext_max for r in rules], dtype=np.int64),
        np.asarray([r.ext_working_days for r in rules], dtype=bool),
    )


#: rows computed at a time on the numpy path: each step's arrays stay small (half a MiB),
#: so they are made again in memory already in use rather than in fresh pages
_ROWS_AT_A_TIME = 1 << 16


def _numpy_dues(
    np: Any, t: Any, rules: tuple[_Rule, ...], ords: Any, rule: Any, exts: Any, encoded: Any
) -> BatchDues:
    """:func:`_python_dues` on numpy columns, :data:`_ROWS_AT_A_TIME` rows at a time."""
    tables = (*_arrays(np), *_rule_arrays(np, rules))
    kinds = (any(r.unit == 0 for r in rules), any(r.unit == 2 for r in rules))
    out = [np.zeros(len(ords), dtype=np.int64) for _ in range(3)]
    for a in range(0, len(ords), _ROWS_AT_A_TIME):
        rows = slice(a, a + _ROWS_AT_A_TIME)
        computed = encoded[rows]
        part = _numpy_dues_part(
            np, t.first, tables, kinds, np.where(computed, ords[rows], t.first), rule[rows],
            exts[rows],
        )  # fmt: skip
        for column, values in zip(out, part, strict=True):
            column[rows] = np.where(computed, values, 0)  # rows not computed: blank
    original, notice, due = out
    return BatchDues(original, notice, due, encoded)


def _numpy_dues_part(
    np: Any, first: int, tables: tuple[Any, ...], kinds: tuple[bool, bool], o: Any, rule: Any,
    exts: Any,
) -> tuple[Any, Any, Any]:  # fmt: skip
    """(original, notice, due) of some rows, from the day each is counted from (``o``; a
    row not computed is counted from the calendar's first day, then blanked)."""
    working, count, lengths, units, notices, ext_max, ext_wd = tables
    immediately, by_calendar_days = kinds
    k = count[o - first]
    n = lengths[rule]
    unit = units[rule]
    original = working[np.maximum(k + n - 1, 0)]  # "N ngày làm việc"
    if immediately:  # "immediately": on a working day
        before = np.where(o > first, count[np.maximum(o - first - 1, 0)], 0)
        original = np.where(unit == 0, working[before], original)
    if by_calendar_days:  # "N ngày", rolled forward (Civil Code art. 148(5))
        by_day = working[count[np.maximum(o + n - first - 1, 0)]]
        original = np.where(unit == 2, by_day, original)
    m = notices[rule]
    notice = np.where(m > 0, working[np.maximum(k + m - 1, 0)], 0)
    length = np.where(exts == EXTEND_MAX, ext_max[rule], exts)
    wd = ext_wd[rule]
    by_working = working[np.maximum(count[original - first] + length - 1, 0)]
    by_days = working[count[np.maximum(original + length - first - 1, 0)]]
    due = np.where(exts != 0, np.where(wd, by_working, by_days), original)
    return original, notice, due


# --------------------------------------------------------------------------------------
# On time or late, for many requests.


def judge_batch(
    due: Any, done: Any, as_of: date, *, use_numpy: bool | None = None
) -> tuple[Any, Any]:
    """Timeliness codes (indexes into :data:`TIMELINESS_CODES`) and working days late.

    ``due`` and ``done`` are ordinal columns (``0``: no due date / not done yet), as in
    :class:`BatchDues`. Done on or before ``due`` is on time (the period ends at 24:00 of its
    last day, Civil Code art. 148(1)); lateness counts working days after ``due`` up to the
    day done, or up to ``as_of`` while not done. ``-1`` in the days column: not late.
    """
    np = _numpy(use_numpy)
    from tiepcan.foundation.workdays import _table

    t = _table()
    if type(as_of) is not date:
        raise InvalidInputError("invalid-date", detail=f"'as_of' must be a date: {echo(as_of)}")
    end = as_of.toordinal()
    if not t.first <= end <= t.last:
        raise CalendarRangeError(detail=f"as_of={as_of.isoformat()}")
    if np is not None:
        return _numpy_judge(
            np, t, np.asarray(due, dtype=np.int64), np.asarray(done, dtype=np.int64), end
        )
    codes, late = [], []
    for d, x in zip(due, done, strict=True):
        c, n = _judge_one(t.count, t.first, int(d), int(x), end)
        codes.append(c)
        late.append(n)
    return codes, late


def _judge_one(count: list[int], first: int, due: int, done: int, as_of: int) -> tuple[int, int]:
    if not due:
        return 4, -1
    if done:
        return (0, -1) if done <= due else (1, count[done - first] - count[due - first])
    if as_of <= due:
        return 2, -1
    return 3, count[as_of - first] - count[due - first]


def _numpy_judge(np: Any, t: Any, due: Any, done: Any, as_of: int) -> tuple[Any, Any]:
    count = _arrays(np)[1]
    first = t.first
    end = np.where(done > 0, done, as_of)
    safe_due = np.where(due > 0, due, first)
    late_days = count[end - first] - count[safe_due - first]
    finished = done > 0
    is_late = end > safe_due
    codes = np.where(
        due == 0, 4, np.where(finished, np.where(is_late, 1, 0), np.where(is_late, 3, 2))
    )
    late = np.where((due > 0) & is_late, late_days, -1)
    return codes, late
