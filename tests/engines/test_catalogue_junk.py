"""Bad input thrown at every public callable of the catalogue and duties modules (issue 9).

The callables are discovered from each module's ``__all__``, not listed by hand, so a function
added tomorrow is covered the day it is added. Each must answer with a ``TiepCanError`` that
carries a code, or with a documented answer; never a bare ``TypeError``, ``AttributeError`` or
an answer to junk.
"""

from __future__ import annotations

import inspect
from datetime import UTC, date, datetime, timedelta
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tiepcan.catalogue
import tiepcan.duties
import tiepcan.rules.disclosure
import tiepcan.rules.duties
from tiepcan.catalogue import Catalogue, check_catalogue
from tiepcan.foundation.errors import RegimeNotEncodedError, TiepCanError

from strategies_catalogue import junk_values

MODULES: tuple[ModuleType, ...] = (
    tiepcan.catalogue,
    tiepcan.duties,
    tiepcan.rules.disclosure,
    tiepcan.rules.duties,
)

SAMPLE = Catalogue.build(
    kind="public_disclosure", agency={"name": "Sở Tư pháp tỉnh Minh Sơn"}, updated_on="2025-06-03"
)

#: junk of the kinds issue 9 names: dates out of range or with a time, "0", bare strings,
#: unhashable and nested values
JUNK = st.one_of(
    junk_values,
    st.sampled_from(
        [
            date(1, 1, 1),
            date(9999, 12, 31),
            datetime(2024, 2, 7, 23, 30, tzinfo=UTC),
            datetime(2024, 2, 7),
            timedelta.max,
            "0",
            "2024-02-07",
            "abc",
            b"\xff",
            [],
            {"a": [1, {"b": None}]},
            object(),
        ]
    ),
)


def _functions() -> list[tuple[str, Any]]:
    out = []
    for module in MODULES:
        for name in module.__all__:
            obj = getattr(module, name)
            if inspect.isfunction(obj):
                out.append((f"{module.__name__}.{name}", obj))
    return out


def _models() -> list[tuple[str, Any]]:
    out = []
    for module in MODULES:
        for name in module.__all__:
            obj = getattr(module, name)
            if inspect.isclass(obj) and hasattr(obj, "from_json") and hasattr(obj, "from_dict"):
                out.append((f"{module.__name__}.{name}", obj))
    return out


FUNCTIONS = _functions()
MODELS = _models()


def test_discovery_finds_the_entry_points():
    names = {n.rsplit(".", 1)[1] for n, _ in FUNCTIONS}
    assert {
        "check_catalogue",
        "check_duties",
        "duties",
        "entries_to_csv",
        "diff_catalogues",
    } <= names
    assert {"law_letter", "one_line", "yes_no"}.isdisjoint(names)  # helpers left the surface


def _call_with(func: Any, junk: Any) -> None:
    """Call ``func`` with ``junk`` in each parameter in turn (others given sensible values)."""
    params = inspect.signature(func).parameters
    for target in params:
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for name, p in params.items():
            value = junk if name == target else _sensible(name)
            if value is _SKIP:
                continue
            if p.kind is p.POSITIONAL_ONLY or p.kind is p.POSITIONAL_OR_KEYWORD:
                args.append(value)
            elif p.kind is p.KEYWORD_ONLY:
                kwargs[name] = value
        try:
            func(*args, **kwargs)
        except TiepCanError as err:
            assert err.code and err.message_vi and err.message_en
        except TypeError as err:  # a missing argument is the caller's bug, not bad data
            assert "argument" in str(err), err


_SKIP = object()


def _sensible(name: str) -> Any:
    return {
        "catalogue": SAMPLE,
        "old": SAMPLE,
        "new": SAMPLE,
        "profile": {"agency": "A"},
        "on": date(2025, 6, 30),
        "created": date(2025, 6, 3),
        "posted": date(2025, 6, 3),
        "received": date(2025, 6, 3),
        "regime": None,
        "catalogue_report": None,
        "what": "x",
        "entries": (),
        "text": "",
    }.get(name, _SKIP)


@pytest.mark.parametrize(("name", "func"), FUNCTIONS, ids=[n for n, _ in FUNCTIONS])
@settings(max_examples=40, deadline=None)
@given(junk=JUNK)
def test_every_public_function_refuses_junk_with_a_tiepcan_error(name, func, junk):
    _call_with(func, junk)


@pytest.mark.parametrize(("name", "model"), MODELS, ids=[n for n, _ in MODELS])
@settings(max_examples=40, deadline=None)
@given(junk=JUNK)
def test_every_public_model_refuses_junk_with_a_tiepcan_error(name, model, junk):
    for load in (model.from_dict, model.from_json):
        try:
            load(junk)
        except TiepCanError as err:
            assert err.code


@pytest.mark.parametrize(
    ("func", "kwargs"),
    [
        (check_catalogue, {"catalogue": SAMPLE}),
        (tiepcan.duties.check_duties, {"profile": {"agency": "A"}}),
    ],
)
@pytest.mark.parametrize("bad", ["2025-06-30", datetime(2025, 6, 30), 1751241600, True, "0"])
def test_checks_take_a_strict_date(func, kwargs, bad):
    """A string, a datetime, a Unix timestamp or a boolean is not a date (dates are strict)."""
    with pytest.raises(TiepCanError) as err:
        func(**kwargs, on=bad)
    assert err.value.code == "invalid-date"


@pytest.mark.parametrize("on", [date(1, 1, 1), date(2018, 6, 30)])
def test_check_catalogue_before_law_104_is_refused_art_37(on):
    """Law art. 37: in force from 01/07/2018. A check as of an earlier day (down to 0001-01-01)
    has no encoded regime: RegimeNotEncodedError, never a report under a law not yet in force."""
    with pytest.raises(RegimeNotEncodedError):
        check_catalogue(SAMPLE, on=on)


def test_check_catalogue_after_the_replacement_law_follows_it_unless_told():
    """From 2026-09-01 the replacement law (Law 01/2026/QH16) governs, as far in the future as
    a date goes; regime= still applies the 2016 rules when asked."""
    assert check_catalogue(SAMPLE, on=date(9999, 12, 31)).regime == "ati-2026"
    assert check_catalogue(SAMPLE, on=date(2026, 9, 1), regime="ati-2016").regime == "ati-2016"


@pytest.mark.parametrize("zero", ["0", "không", "false"])
def test_zero_in_a_profile_csv_is_not_true(zero):
    """A yes/no cell "0" declares the duty not done; it is never read as true."""
    from tiepcan.rules.duties import AgencyProfile

    text = f"Nội dung,Giá trị\r\nTên cơ quan,A\r\nCó Cổng/Trang thông tin điện tử,{zero}\r\n"
    assert AgencyProfile.from_csv(text).has_website is False
    with pytest.raises(TiepCanError):
        AgencyProfile.build(agency="A", has_website="0")  # JSON: strict booleans only


@pytest.mark.parametrize("bare", ["KH-01", b"KH-01", {"id": "KH-01"}])
def test_a_bare_string_is_not_a_list_of_entries(bare):
    """entries_to_csv takes a list of entries; a bare string is not iterated as characters."""
    with pytest.raises(TiepCanError):
        tiepcan.catalogue.entries_to_csv(bare)
    with pytest.raises(TiepCanError):
        Catalogue.build(SAMPLE.model_dump(), website_points_held="abc")
    with pytest.raises(TiepCanError):
        tiepcan.rules.duties.AgencyProfile.build(agency="A", internal_rules_contents="focal_point")
