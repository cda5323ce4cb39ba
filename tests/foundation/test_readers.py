"""The foundation's one reader of each kind of input, shared by every engine (issue 20).

* ``tiepcan.foundation._input.yes_no`` — a yes/no cell of a CSV form (the catalogue, the agency profile);
* ``tiepcan.foundation._model.as_day`` — a date-only field, and the day that chooses the law;
* ``tiepcan.foundation.regimes.ruleset_on`` — the ruleset that governs a day, or the caller's regime:
  the fees, the catalogue check and the duties checklist answer the same question the same
  way, with the same error code (design, principle 2: no regime without a date).
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan.duties import check_duties
from tiepcan.fees import rate_table
from tiepcan.foundation._input import yes_no
from tiepcan.foundation._model import DAY_MAX, DAY_MIN, as_day
from tiepcan.foundation.errors import InvalidInputError, RegimeNotEncodedError
from tiepcan.foundation.regimes import RegimeChoice, ruleset_on

from strategies import said

YES = ("có", "co", "x", "true", "1", "yes")
NO = ("không", "khong", "false", "0", "no")

# -- yes_no ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        *((word, True) for word in YES),
        *((word, False) for word in NO),
        ("CÓ", True),
        (" Không ", False),
        ("YES", True),
        ("No", False),
        (unicodedata.normalize("NFD", "có"), True),  # typed on a keyboard that decomposes
        (unicodedata.normalize("NFD", "KHÔNG"), False),
        ("", None),
        ("  \t", None),
    ],
)
def test_a_yes_no_cell(cell: str, value: bool | None) -> None:
    assert yes_no(cell, field="digitised") is value


@pytest.mark.parametrize("cell", ["đúng", "y", "n", "2", "có không", "c", "-"])
def test_a_cell_neither_yes_nor_no_is_refused_naming_its_field(cell: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        yes_no(cell, field="has_website")
    assert err.value.code == "invalid-csv"
    assert err.value.detail == f"expected có or không: has_website={cell!r}"


def test_a_cell_that_is_not_text_is_refused() -> None:
    with pytest.raises(InvalidInputError) as err:
        yes_no(True, field="digitised")  # type: ignore[arg-type]
    assert (err.value.code, err.value.detail) == (
        "invalid-csv",
        "expected có or không: digitised=True",
    )


_CASES = st.sampled_from([str.lower, str.upper, str.title, str.casefold])
_FORMS = st.sampled_from(["NFC", "NFD"])
_PADS = st.text(alphabet=" \t", max_size=3)


@given(st.sampled_from(YES + NO), _CASES, _FORMS, _PADS, _PADS)
def test_case_spacing_and_unicode_form_do_not_change_the_answer(
    word: str, case: object, form: str, before: str, after: str
) -> None:
    cell = before + unicodedata.normalize(form, case(word)) + after  # type: ignore[operator]
    assert yes_no(cell, field="x") is (word in YES)


@given(st.text(max_size=8))
def test_any_cell_reads_as_yes_no_blank_or_a_coded_error(cell: str) -> None:
    text = unicodedata.normalize("NFC", cell).strip().casefold()
    try:
        value = yes_no(cell, field="x")
    except InvalidInputError as err:
        assert err.code == "invalid-csv" and text and text not in YES + NO
    else:
        assert value is (True if text in YES else False if text in NO else None)
        assert value is not None or not text


# -- as_day ---------------------------------------------------------------------------------


class _Day(date):
    """A date subclass (as some ORMs return)."""


def test_a_day_is_read_from_a_date_or_its_iso_text() -> None:
    assert as_day(date(2024, 2, 7), "issued_on") == date(2024, 2, 7)
    assert as_day("2024-02-07", "issued_on") == date(2024, 2, 7)
    read = as_day(_Day(2024, 2, 7), "issued_on")
    assert type(read) is date and read == date(2024, 2, 7)


@pytest.mark.parametrize(
    ("value", "detail"),
    [
        (datetime(2024, 2, 7, 9, 30), "not a date (a datetime.date without time of day, or YYYY-MM-DD): issued_on=datetime.datetime(2024, 2, 7, 9, 30)"),
        ("20240207", "not a date (a datetime.date without time of day, or YYYY-MM-DD): issued_on='20240207'"),
        ("07/02/2024", "not a date (a datetime.date without time of day, or YYYY-MM-DD): issued_on='07/02/2024'"),
        ("2024-02-30", "not a valid date: issued_on='2024-02-30'"),
        (20240207, "not a date (a datetime.date without time of day, or YYYY-MM-DD): issued_on=20240207"),
        (None, "not a date (a datetime.date without time of day, or YYYY-MM-DD): issued_on=None"),
        (date(1899, 12, 31), "1899-12-31 is outside 1900-01-01 to 2100-12-31: issued_on=datetime.date(1899, 12, 31)"),
        ("2101-01-01", "2101-01-01 is outside 1900-01-01 to 2100-12-31: issued_on='2101-01-01'"),
    ],
)  # fmt: skip
def test_anything_else_is_refused_naming_the_field(value: object, detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        as_day(value, "issued_on")
    assert (err.value.code, err.value.detail) == ("invalid-date", detail)


@pytest.mark.parametrize("value", ["2024-02-07", datetime(2024, 2, 7), None, 20240207])
def test_the_day_that_chooses_the_law_is_a_date_object(value: object) -> None:
    """The day received, the day a check speaks of: a date, not text and not a moment."""
    with pytest.raises(InvalidInputError) as err:
        as_day(value, "on", governing=True)
    said(
        err.value,
        "invalid-date",
        "not a date (a datetime.date, without time of day)",
        f"on={value!r}",
    )


@given(st.dates())
def test_any_date_may_choose_the_law_the_regimes_answer_for_it(day: date) -> None:
    """Whether a law governs 0001-01-01 is the regimes' answer (before-law-in-force), not the
    reader's: no day is junk when it chooses the law."""
    assert as_day(day, "on", governing=True) == day


@given(st.dates(min_value=DAY_MIN, max_value=DAY_MAX))
def test_a_day_and_its_iso_text_read_the_same(day: date) -> None:
    assert as_day(day.isoformat(), "x") == as_day(day, "x") == day


# -- ruleset_on -----------------------------------------------------------------------------


def test_the_ruleset_of_a_day_is_the_law_in_force_on_it() -> None:
    """Law 104/2016 art. 37: in force from 1/7/2018; Law 01/2026/QH16 art. 30(1): from 1/9/2026."""
    rules, how, cited = ruleset_on(date(2024, 2, 7))
    assert (rules.id, how, cited) == ("ati-2016", RegimeChoice.IN_FORCE, None)
    assert ruleset_on(date(2026, 9, 1))[0].id == "ati-2026"
    with pytest.raises(RegimeNotEncodedError) as err:
        ruleset_on(date(2018, 6, 30))
    assert err.value.code == "before-law-in-force"


def test_a_request_sent_before_the_new_law_stays_under_the_old() -> None:
    """Law 01/2026/QH16 art. 31(4): a request sent before 1/9/2026 and received on 3/9/2026
    is resolved under Law 104/2016."""
    rules, how, cited = ruleset_on(date(2026, 9, 3), sent=date(2026, 8, 28))
    assert (rules.id, how) == ("ati-2016", RegimeChoice.TRANSITION)
    assert cited is not None and cited.ref == "01/2026/QH16 art. 31(4)"


def test_without_a_day_the_caller_names_the_regime() -> None:
    rules, how, cited = ruleset_on(None, "ati-2026")
    assert (rules.id, how, cited) == ("ati-2026", RegimeChoice.CALLER, None)
    with pytest.raises(InvalidInputError) as err:
        ruleset_on(None, what="received")
    said(
        err.value,
        "missing-governing-date",
        "a governing date (received=) or an explicit regime (regime=) is required",
        "received=None and regime=None: no regime is applied without a date",
    )
    with pytest.raises(InvalidInputError) as err:
        ruleset_on(None, "ati-2016", what="received", sent=date(2026, 8, 28))
    assert err.value.code == "missing-governing-date"
    assert (
        err.value.detail
        == "sent=2026-08-28 is given without received=: the day received is needed too"
    )


def test_every_engine_answers_a_missing_day_the_same_way() -> None:
    """One path, one code: the rate table and the duties checklist (which answered
    missing-date before 0.3.0) both say missing-governing-date."""
    codes = []
    for call in (lambda: rate_table(), lambda: check_duties({"agency": "A"})):
        with pytest.raises(InvalidInputError) as err:
            call()
        codes.append(err.value.code)
    assert codes == ["missing-governing-date", "missing-governing-date"]


@pytest.mark.parametrize(
    "cell", ["có", "Có", " CÓ ", "co", "x", "true", "1", "yes", "không", "KHONG", "false", "0", "no",
             unicodedata.normalize("NFD", "có"), unicodedata.normalize("NFD", "Không")],
)  # fmt: skip
def test_the_register_reads_a_yes_no_cell_as_the_csv_forms_do(cell: str) -> None:
    """One vocabulary of yes/no cells: the register's reader (which reports a cell it cannot
    read by row and column, not at once) takes every word the catalogue and profile forms
    take, and reads it the same way."""
    from tiepcan.register.book import _cell

    assert _cell("valid", "boolean", cell) is yes_no(cell, field="x")


def test_the_register_leaves_an_unknown_yes_no_cell_to_its_validator() -> None:
    from tiepcan.register.book import _cell

    assert _cell("valid", "boolean", "maybe") == "maybe"
