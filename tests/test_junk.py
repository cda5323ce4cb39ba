"""Junk thrown at every public function and model (principle 9: a clear error, never a crash).

The callables are discovered, not listed: every name in the ``__all__`` of every public module
of the package (a module whose name has no part starting with "_"), so a function added
tomorrow is covered the day it is added. Each function is called with junk in place of every
required argument; each model is loaded from junk JSON and junk mappings. The only acceptable
outcome is a ``TiepCanError`` with a code: never a bare ``TypeError``, ``KeyError``,
``AttributeError``, ``OverflowError`` or ``RecursionError``, and never an answer.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import pkgutil
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tiepcan
from tiepcan._model import echo
from tiepcan.errors import TiepCanError


def _public_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(tiepcan.__path__, "tiepcan."):
        parts = info.name.split(".")[1:]
        if any(p.startswith("_") for p in parts) or parts[0] == "data":
            continue
        names.append(info.name)
    return sorted(names)


def _public_callables() -> tuple[list[tuple[str, Callable[..., Any]]], list[tuple[str, type]]]:
    functions: dict[str, Callable[..., Any]] = {}
    models: dict[str, type] = {}
    for module_name in _public_modules():
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name, None)
            qualified = f"{obj.__module__}.{name}" if hasattr(obj, "__module__") else name
            if isinstance(obj, type):
                if issubclass(obj, enum.Enum) or issubclass(obj, BaseException):
                    continue
                if hasattr(obj, "from_json") and hasattr(obj, "from_dict"):
                    models[qualified] = obj
            elif inspect.isfunction(obj) and _required(obj):
                functions[qualified] = obj
    return sorted(functions.items()), sorted(models.items())


def _required(fn: Callable[..., Any]) -> list[inspect.Parameter]:
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return []
    return [
        p
        for p in params
        if p.default is inspect.Parameter.empty
        and p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    ]


FUNCTIONS, MODELS = _public_callables()

#: functions whose answer to such input is documented, with the reason
DOCUMENTED = {
    # any date from 2018-07-01 has a regime: from 2026-09-01 Law 01/2026/QH16, which has no
    # end of effect; the days are checked against the calendar where they are counted
    "tiepcan.regimes.regime_for": "every date in the calendar of dates answers a regime",
    "tiepcan.regimes.resolve_regime": "every date from 2018-07-01 has an encoded regime",
    "tiepcan.regimes.governing_regime": "every date from 2018-07-01 has an encoded regime",
    "tiepcan.regimes.choose_ruleset": "every date from 2018-07-01 has an encoded regime",
    "tiepcan.catalogue.resolve_on": "resolves the regime of a date, as resolve_regime does",
    # blank cells of a CSV are "not declared", by design of the catalogue and profile formats
    "tiepcan.rules.duties.yes_no": "a blank cell reads as 'not declared' (None)",
    "tiepcan.rules.duties.one_line": "a blank optional cell reads as None",
}


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = {"a": [value]}
    return _Deep([value], depth)


class _Deep(list[Any]):
    """A list nested ``depth`` levels deep, with a short repr (for hypothesis' report)."""

    def __init__(self, items: list[Any], depth: int) -> None:
        super().__init__(items)
        self.depth = depth

    def __repr__(self) -> str:
        return f"<list nested {self.depth} deep>"


#: values no public function accepts for a required argument. Not junk, and left out: whole
#: numbers 1 to 10**6 (an article, a count, a year may be any of them), empty containers (an
#: empty list of grounds or events is a question with an answer) and non-blank text (a name).
junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(max_value=0) | st.integers(min_value=10**6 + 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=" \t\n\x00\u200b", min_size=1, max_size=4),
    st.binary(min_size=1, max_size=8),
    st.lists(st.just(object()), min_size=1, max_size=3),
    # keys no model has (a key that happens to name a field is not junk)
    st.dictionaries(
        st.text(min_size=1, max_size=3).map("\x00".__add__), st.integers(), min_size=1, max_size=3
    ),
    st.just(object()),
    st.just(date.max),
    st.just(date.min),
    st.just(datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-12)))),
    st.just(timedelta.max),
    st.just(_nested(200)),
    st.just(_nested(5_000)),  # deeper than Python's recursion limit: no RecursionError
    st.just({str(i): i for i in range(2_000)}),
    st.just(float("nan")),
)


def test_every_public_function_and_model_is_covered() -> None:
    """The discovery finds the main entry points (a guard against an empty parametrisation)."""
    found = {name.rsplit(".", 1)[1] for name, _ in FUNCTIONS}
    assert {"response_deadline", "quote", "assess", "check_catalogue", "check_duties"} <= found
    assert len(MODELS) > 20


@pytest.mark.parametrize(("name", "fn"), FUNCTIONS, ids=[n for n, _ in FUNCTIONS])
@settings(max_examples=40, suppress_health_check=list(HealthCheck), deadline=None)
@given(data=st.data())
def test_junk_arguments_raise_a_tiepcan_error(name: str, fn: Callable[..., Any], data: Any) -> None:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for p in _required(fn):
        # True and False are answers, not junk, for a yes/no parameter
        allowed = (
            junk.filter(lambda v: not isinstance(v, bool)) if "bool" in str(p.annotation) else junk
        )
        value = data.draw(allowed, label=p.name)
        if p.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[p.name] = value
        else:
            args.append(value)
    if name in DOCUMENTED:
        pytest.skip(DOCUMENTED[name])
    try:
        fn(*args, **kwargs)
    except TiepCanError as err:
        assert err.code and err.message_vi and err.message_en
        assert len(str(err)) < 5_000, "the error echoes too much of the input"
    else:
        pytest.fail(f"{name} answered junk {echo(args)} {echo(kwargs)}")


@pytest.mark.parametrize(("name", "model"), MODELS, ids=[n for n, _ in MODELS])
@settings(max_examples=30, suppress_health_check=list(HealthCheck), deadline=None)
@given(value=junk)
def test_junk_json_and_mappings_raise_a_tiepcan_error(name: str, model: type, value: Any) -> None:
    for load, payload in ((model.from_dict, value), (model.from_json, _as_json(value))):
        try:
            load(payload)
        except TiepCanError as err:
            assert err.code
            assert len(str(err)) < 5_000, "the error echoes too much of the input"
        else:
            pytest.fail(f"{name} loaded junk {echo(payload)}")


def _as_json(value: Any) -> Any:
    try:
        return json.dumps(value)
    except (TypeError, ValueError, RecursionError):
        return value
