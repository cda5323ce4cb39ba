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
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tiepcan
from tiepcan.foundation._model import echo
from tiepcan.foundation.errors import TiepCanError


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
    "tiepcan.foundation.regimes.regime_for": "every date in the calendar of dates answers a regime",
    "tiepcan.foundation.regimes.resolve_regime": "every date from 2018-07-01 has an encoded regime",
    "tiepcan.foundation.regimes.governing_regime": "every date from 2018-07-01 has an encoded regime",
    "tiepcan.foundation.regimes.choose_ruleset": "every date from 2018-07-01 has an encoded regime",
    "tiepcan.foundation.regimes.ruleset_on": "every date from 2018-07-01 has an encoded regime",
    "tiepcan.register.lifecycle.governing_rules": "chooses the regime of a date, as choose_ruleset does",
    "tiepcan.register.lifecycle.governing_sent": "any three dates in order give the day that chooses",
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


# --------------------------------------------------------------------------------------------
# The rest of the public surface (issue 17, item 9): class methods, methods of the public
# constants, to_json(indent=…), model_validate, the package's exports, the command line, the
# conformance protocol, and the one day range (DAY_MIN to DAY_MAX) of every input.


def _public_class_methods() -> list[tuple[str, Callable[..., Any]]]:
    found: dict[str, Callable[..., Any]] = {}
    for module_name in _public_modules():
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name, None)
            if not isinstance(obj, type) or issubclass(obj, enum.Enum | BaseException):
                continue
            for attr, raw in vars(obj).items():
                if attr.startswith("_") or attr in ("from_json", "from_dict", "model_validate"):
                    continue  # the loaders have their own sweep above
                if isinstance(raw, classmethod | staticmethod):
                    fn = getattr(obj, attr)
                    if _required(fn):
                        found[f"{obj.__module__}.{obj.__name__}.{attr}"] = fn
    return sorted(found.items())


CLASS_METHODS = _public_class_methods()


def _public_instance_methods() -> list[tuple[str, Callable[..., Any]]]:
    """Bound methods of the public constants (the regimes, the calendar's week …)."""
    found: dict[str, Callable[..., Any]] = {}
    for module_name in _public_modules():
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name, None)
            if isinstance(obj, type) or inspect.isfunction(obj) or inspect.ismodule(obj):
                continue
            items = obj if isinstance(obj, tuple) else (obj,)
            for item in items:
                if isinstance(item, str | int | float | bytes | enum.Enum | dict) or item is None:
                    continue
                if type(item).__module__ == "typing":  # a type alias (ConsentPolicy), not data
                    continue
                for attr in dir(item):
                    fn = getattr(item, attr, None) if not attr.startswith("_") else None
                    if inspect.ismethod(fn) and _required(fn):
                        found[f"{type(item).__name__}.{attr}"] = fn
    return sorted(found.items())


INSTANCE_METHODS = _public_instance_methods()

#: values that are answers, not junk, for a method (a predicate over any valid date)
ANSWERS: dict[str, Callable[[Any], bool]] = {
    "Regime.covers": lambda v: type(v) is date,  # a day outside the regime's span: False
}


def test_the_sweep_finds_class_and_instance_methods() -> None:
    names = {n.rsplit(".", 2)[-2] + "." + n.rsplit(".", 1)[1] for n, _ in CLASS_METHODS}
    assert {"ReportingPeriod.year", "Register.from_csv", "Register.from_excel"} <= names
    assert "Regime.covers" in {n for n, _ in INSTANCE_METHODS}


@pytest.mark.parametrize(
    ("name", "fn"),
    CLASS_METHODS + INSTANCE_METHODS,
    ids=[n for n, _ in CLASS_METHODS + INSTANCE_METHODS],
)
@settings(max_examples=30, suppress_health_check=list(HealthCheck), deadline=None)
@given(data=st.data())
def test_junk_arguments_to_methods_raise_a_tiepcan_error(
    name: str, fn: Callable[..., Any], data: Any
) -> None:
    answer = ANSWERS.get(name, lambda v: False)
    args = [data.draw(junk.filter(lambda v: not answer(v)), label=p.name) for p in _required(fn)]
    try:
        fn(*args)
    except TiepCanError as err:
        assert err.code and err.message_vi and err.message_en
        assert len(str(err)) < 5_000, "the error echoes too much of the input"
    else:
        pytest.fail(f"{name} answered junk {echo(args)}")


BAD_INDENTS = [-1, -(10**20), 10**9, 17, 1.5, "2", True, object()]


def _instances() -> list[Any]:
    """A real instance of each kind of model: results (stdlib dataclasses) and input models."""
    from tiepcan import Text
    from tiepcan.deadlines import response_deadline
    from tiepcan.fees import quote
    from tiepcan.rules.requests import InformationRequest

    from strategies_rules import electronic_request

    return [
        Text("Ngày", "day"),
        response_deadline(date(2024, 2, 7), "electronic", "complex"),
        quote({"photocopy_bw_a4": 2}, received=date(2024, 2, 7)),
        InformationRequest.from_dict(electronic_request("2024-02-07")),
    ]


@pytest.mark.parametrize("indent", BAD_INDENTS, ids=repr)
def test_to_json_refuses_a_bad_indent(indent: Any) -> None:
    """A negative indent used to raise OverflowError; a huge one grew the process unboundedly."""
    for instance in _instances():
        with pytest.raises(TiepCanError):
            instance.to_json(indent=indent)
        assert instance.to_json(indent=2).startswith("{\n  ")


MODELS_WITH_VALIDATE = [(n, m) for n, m in MODELS if hasattr(m, "model_validate")]


@pytest.mark.parametrize(
    ("name", "model"), MODELS_WITH_VALIDATE, ids=[n for n, _ in MODELS_WITH_VALIDATE]
)
@settings(max_examples=20, suppress_health_check=list(HealthCheck), deadline=None)
@given(value=junk)
def test_model_validate_is_as_strict_as_the_loaders(name: str, model: Any, value: Any) -> None:
    with pytest.raises(TiepCanError):
        model.model_validate(value)


def test_model_validate_takes_no_timestamp_for_a_date() -> None:
    from tiepcan.rules.requests import InformationRequest

    from strategies_rules import electronic_request

    good = electronic_request("2024-02-07")
    assert InformationRequest.model_validate(good) == InformationRequest.from_dict(good)
    with pytest.raises(TiepCanError):
        InformationRequest.model_validate({**good, "received_on": 1_707_264_000})


def test_no_submodule_hides_an_export_of_the_package() -> None:
    """``import tiepcan; tiepcan.Interpretation`` used to turn ``tiepcan.interpretations``
    (a function) into the module of the same name."""
    import types

    for module_name in _public_modules():
        importlib.import_module(module_name)
    for name in tiepcan.__all__:
        assert not isinstance(getattr(tiepcan, name), types.ModuleType), name
    assert callable(tiepcan.interpretations) and tiepcan.Interpretation is not None


@settings(max_examples=60, suppress_health_check=list(HealthCheck), deadline=None)
@given(argv=junk | st.lists(junk | st.text(max_size=5), min_size=1, max_size=3))
def test_the_command_line_never_raises(argv: Any) -> None:
    """``main`` answers junk argv with an exit status, never an exception or a traceback."""
    import contextlib
    import io

    from tiepcan.outputs.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    assert code in (0, 1, 2) and "Traceback" not in err.getvalue()


def test_the_conformance_protocol_refuses_an_empty_input() -> None:
    from tiepcan.outputs.conformance.runner import KINDS, answer

    for kind in KINDS:
        with pytest.raises(TiepCanError):
            answer({"kind": kind, "input": {}})


@pytest.mark.parametrize("day", ["1899-12-31", "2101-01-01", "0001-01-01", "9999-12-31"])
def test_a_day_outside_the_range_is_refused_where_input_is_read(day: str) -> None:
    """One range for every input (tiepcan.foundation._model.DAY_MIN to DAY_MAX, 1900 to 2100): a date
    outside is junk, refused with a coded error, not computed with."""
    from tiepcan.register.book import Register, RegisterEntry
    from tiepcan.register.lifecycle import fold
    from tiepcan.register.statistics import ReportingPeriod
    from tiepcan.rules.requests import InformationRequest

    from strategies_rules import electronic_request

    received = {"kind": "received", "on": day, "received_via": "postal", "complexity": "simple"}
    with pytest.raises(TiepCanError):
        RegisterEntry.from_events("1", "Lê Văn C", "Hồ sơ", [received])
    with pytest.raises(TiepCanError):
        fold([received], as_of=date(2024, 1, 1))
    with pytest.raises(TiepCanError):
        InformationRequest.from_dict(electronic_request(day))
    with pytest.raises(TiepCanError):
        ReportingPeriod.between(date.fromisoformat(day), date(2100, 12, 31))
    edge = {**received, "on": "1900-01-01"}
    entry = RegisterEntry.from_events("1", "Lê Văn C", "Hồ sơ", [edge])
    assert Register.from_json(Register((entry,)).to_json()).entries == (entry,)


@pytest.mark.parametrize("year", [0, -1, 1899, 2101, 10**6, "2024", 2024.0, None, True])
def test_a_reporting_year_outside_the_range_is_a_coded_error(year: Any) -> None:
    from tiepcan.register.statistics import ReportingPeriod

    for make in (
        ReportingPeriod.year,
        ReportingPeriod.years,
        lambda y: ReportingPeriod.half_year(y, 1),
    ):
        with pytest.raises(TiepCanError):
            make(year)


def test_an_aware_closing_hour_is_a_coded_error() -> None:
    from datetime import time

    from tiepcan.deadlines import response_deadline

    with pytest.raises(TiepCanError, match="invalid-time"):
        response_deadline(
            date(2024, 2, 7),
            "electronic",
            "complex",
            office_closes_at=time(17, tzinfo=UTC),
        )


def test_a_decision_is_not_dated_before_the_request() -> None:
    from tiepcan.decision import assess

    from strategies_rules import electronic_request

    requester = {"kind": "citizen", "nationality": "vietnamese"}
    with pytest.raises(TiepCanError):
        assess(electronic_request("2024-02-07"), requester, {}, on=date(1, 1, 1))


def test_run_command_refuses_a_megabyte_command_line_at_once() -> None:
    import time

    from tiepcan.outputs.conformance import run_command

    start = time.perf_counter()
    for command in ("x" * (1 << 20), ["x" * (1 << 20)], ["x"] * (1 << 18)):
        with pytest.raises(TiepCanError):
            run_command(command)
    assert time.perf_counter() - start < 2


def test_results_read_back_are_checked_for_consistency() -> None:
    """A result loaded from outside holds no negative count, amount or step, and no due date
    before the request became valid."""
    from tiepcan.decision import RuleStep
    from tiepcan.register.lifecycle import RequestState, fold
    from tiepcan.register.statistics import GroundCounts

    with pytest.raises(TiepCanError):
        GroundCounts.from_json('{"a": -1}')
    step = {
        "order": -1,
        "check": "regime",
        "result": "satisfied",
        "finding": {"vi": "a", "en": "b"},
    }
    with pytest.raises(TiepCanError):
        RuleStep.from_dict(step)
    state = fold(
        [
            {
                "kind": "received",
                "on": "2024-02-07",
                "received_via": "postal",
                "complexity": "complex",
            },
            {
                "kind": "costs_notified",
                "on": "2024-02-08",
                "amount": 1000,
                "payment_due": "2024-02-15",
            },
            {"kind": "costs_paid", "on": "2024-02-09", "amount": 1000},
        ],
        as_of=date(2024, 3, 1),
    )
    assert RequestState.from_json(state.to_json()) == state
    data = json.loads(state.to_json())
    for change in ({"costs_paid": -5}, {"days_late": -1}, {"response_due": "2024-01-01"}):
        with pytest.raises(TiepCanError, match="inconsistent-result"):
            RequestState.from_json(json.dumps({**data, **change}))


def test_a_yes_no_keyword_takes_only_true_or_false() -> None:
    """``"0"`` is not false: ``render_html(chart="0")`` used to draw the chart."""
    from tiepcan.outputs.reports import render_html
    from tiepcan.register.book import Register
    from tiepcan.register.lifecycle import fold
    from tiepcan.register.statistics import ReportingPeriod, compute_statistics

    period = ReportingPeriod.year(2024)
    received = {
        "kind": "received",
        "on": "2024-02-07",
        "received_via": "postal",
        "complexity": "simple",
    }
    meta = {
        "kind": "periodic", "agency_name": "Sở Tư pháp", "agency_abbreviation": "STP",
        "place": "Ninh Bình", "report_date": "2025-01-10", "addressee": "UBND tỉnh",
        "signer": {"title": "GIÁM ĐỐC", "name": "Lê Văn C"},
    }  # fmt: skip
    stats = compute_statistics(Register(()), period, agency="Sở Tư pháp")
    for junk_flag in ("0", 0, 1, None, "false"):
        with pytest.raises(TiepCanError):
            render_html(stats, meta, chart=junk_flag)
        with pytest.raises(TiepCanError):
            fold([received], as_of=date(2024, 3, 1), strict=junk_flag)
        with pytest.raises(TiepCanError):
            period.label("vi", short=junk_flag)
