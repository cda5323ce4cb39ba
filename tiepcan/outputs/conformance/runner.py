"""The conformance runner: feed each case to an implementation, compare, report.

The protocol (``docs/conformance.md``): a request is one JSON object on one line,
``{"id": …, "kind": …, "input": {…}}``; the answer is one JSON object on one line with the
fields of the case's ``expected`` (more fields are allowed and ignored), or
``{"error": "<code>"}`` when the implementation refuses the input. Dates are ISO
``YYYY-MM-DD`` strings, money integer đồng. By default every request is written to one
process and the answers are read back in order; ``per_case=True`` starts one process per case.
"""

from __future__ import annotations

import json
import shlex
import subprocess
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from tiepcan.foundation._model import echo
from tiepcan.foundation.errors import InvalidInputError, TiepCanError

#: nothing: the package, :mod:`tiepcan.outputs.conformance`, is the one place that exports the names
#: users need from this module (one exporting place per name)
__all__: list[str] = []

Case = dict[str, Any]
Answer = dict[str, Any]


@cache
def _load() -> tuple[Case, ...]:
    text = resources.files("tiepcan.outputs.conformance").joinpath("cases.json").read_text("utf-8")
    return tuple(json.loads(text)["cases"])


def cases(kind: str | None = None) -> list[Case]:
    """The shipped cases (copies), optionally of one ``kind``."""
    if kind is not None and not isinstance(kind, str):
        raise _bad("kind", kind)
    return [json.loads(json.dumps(c)) for c in _load() if kind is None or c["kind"] == kind]


def load_cases(path: str, kind: str | None = None) -> list[Case]:
    """Cases from a JSON file shaped like the shipped one (``{"cases": [...]}`` or a list),
    optionally of one ``kind``; each checked as the shipped ones are."""
    from pathlib import Path

    if not isinstance(path, str) or not path:
        raise _bad("the path of a case file", path)
    if kind is not None and kind not in KINDS:
        raise _bad(f"kind (one of {', '.join(KINDS)})", kind)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInputError("file-not-found", detail=echo(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError("unreadable-file", detail=f"{echo(path)}: {exc}") from None
    except (ValueError, RecursionError) as exc:
        raise InvalidInputError("invalid-json", detail=f"{echo(path)}: {echo(str(exc))}") from None
    suite = _check_suite(data.get("cases") if isinstance(data, dict) else data)
    for case in suite:
        if case["kind"] not in KINDS:
            raise _bad(f"kind (one of {', '.join(KINDS)})", case["kind"])
    return [c for c in suite if kind is None or c["kind"] == kind]


_CASE_FIELDS = ("id", "kind", "input", "expected", "decided_by")
#: the kinds of case, in the order of docs/conformance.md
KINDS = (
    "is_working_day",
    "add_working_days",
    "response_deadline",
    "time_limit",
    "fee_quote",
    "decision",
    "catalogue_check",
    "register_fold",
)


def _bad(what: str, value: object) -> InvalidInputError:
    return InvalidInputError("invalid-input", detail=f"{what}: {echo(value)}")


def _check_case(case: object) -> Case:
    if not isinstance(case, dict) or any(f not in case for f in _CASE_FIELDS):
        raise _bad(f"a case is an object with {', '.join(_CASE_FIELDS)}", case)
    if not isinstance(case["input"], dict) or not isinstance(case["expected"], dict):
        raise _bad("a case's input and expected are objects", case)
    return case


def _check_suite(suite: object) -> list[Case]:
    if isinstance(suite, str | bytes | Mapping) or not isinstance(suite, Sequence):
        raise _bad("the cases are a list", suite)
    return [_check_case(c) for c in suite]


# -- tiepcan's own answers -------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _answer(kind: str, data: Mapping[str, Any]) -> Answer:
    if kind == "is_working_day":
        from tiepcan.foundation.workdays import is_working_day

        return {"working": is_working_day(data["day"])}
    if kind == "add_working_days":
        from tiepcan.foundation.workdays import add_working_days

        return {"date": add_working_days(data["start"], data["n"]).isoformat()}
    if kind == "response_deadline":
        from tiepcan.deadlines import response_deadline

        d = response_deadline(
            data["received"],
            data["provision"],
            data["complexity"],
            extended=data.get("extended", False),
            sent=data.get("sent"),
        )
        return {
            "due": _iso(d.due),
            "notice_due": _iso(d.notice_due),
            "original_due": _iso(d.original_due),
            "regime": d.regime,
        }
    if kind == "time_limit":
        from tiepcan.deadlines import time_limit

        return {"due": _iso(time_limit(data["limit"], data["start"]).due)}
    if kind == "fee_quote":
        from tiepcan.fees import quote

        q = quote(
            data["items"],
            area=data.get("area", "ordinary"),
            postage=data.get("postage"),
            channel=data.get("channel"),
            received=date.fromisoformat(data["received"]),
        )
        return {"total": q.total, "postage": q.postage}
    if kind == "decision":
        from tiepcan.decision import assess

        dec = assess(
            data["request"], data["requester"], data["facts"], on=date.fromisoformat(data["on"])
        )
        return {
            "outcome": dec.outcome.value,
            "grounds": [g.ground.value for g in dec.grounds],
            "missing": sorted(x.item.value for x in dec.deficiencies),
        }
    if kind == "catalogue_check":
        from tiepcan.catalogue import check_catalogue

        r = check_catalogue(data["catalogue"], on=date.fromisoformat(data["on"]))
        return {
            "ok": r.ok,
            "violations": [f.code for f in r.violations],
            "warnings": [f.field for f in r.warnings],
        }
    if kind == "register_fold":
        from tiepcan.register.book import Register, RegisterEntry

        entries = tuple(
            RegisterEntry.from_events(
                e["number"],
                e["requester_name"],
                e["information_requested"],
                e["events"],
                handler=e.get("handler"),
            )
            for e in data["entries"]
        )
        f = Register(entries).fold(date.fromisoformat(data["as_of"]))
        return {
            "response_due": [_iso(x) for x in f.response_due],
            "notice_due": [_iso(x) for x in f.notice_due],
            "status": [str(x) for x in f.status],
            "timeliness": [str(x) for x in f.timeliness],
        }
    return {"error": "unknown-kind"}


def answer(request: Mapping[str, Any]) -> Answer:
    """tiepcan's answer to one request of the protocol (what ``--serve`` writes back)."""
    if (
        not isinstance(request, Mapping)
        or request.get("kind") not in KINDS
        or not isinstance(request.get("input"), Mapping)
    ):
        raise _bad(f"a request is an object with input and a kind of {', '.join(KINDS)}", request)
    try:
        return _answer(str(request.get("kind")), request.get("input") or {})
    except TiepCanError as err:
        return {"error": err.code}
    except (KeyError, TypeError, ValueError, AttributeError) as err:  # a field missing or junk
        raise _bad(
            f"the input of a {request.get('kind')} request lacks or mistypes {err}", request
        ) from None


# -- comparing -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseResult:
    """One case run: what disagrees, and what decides it."""

    case: Case
    #: (field, expected, got) for every field of ``expected`` the answer got wrong
    disagreements: tuple[tuple[str, Any, Any], ...] = ()
    #: the answer could not be read (no line, not JSON, not an object)
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return not self.disagreements and self.problem is None

    def explain(self) -> str:
        c = self.case
        head = f"FAIL {c['id']} ({c['kind']})"
        lines = [head]
        if self.problem:
            lines.append(f"    {self.problem}")
        for name, expected, got in self.disagreements:
            lines.append(
                f"    {name}: expected {json.dumps(expected, ensure_ascii=False)},"
                f" got {json.dumps(got, ensure_ascii=False)}"
            )
        lines.append(f"    input: {json.dumps(c['input'], ensure_ascii=False)[:300]}")
        lines.append(f"    decided by: {c['decided_by']}")
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Report:
    results: tuple[CaseResult, ...] = field(default_factory=tuple)

    @property
    def passed(self) -> int:
        return sum(r.ok for r in self.results)

    @property
    def failed(self) -> int:
        return len(self.results) - self.passed

    @property
    def ok(self) -> bool:
        return self.failed == 0 and bool(self.results)

    def explain(self) -> str:
        lines = [r.explain() for r in self.results if not r.ok]
        lines.append(f"conformance: {self.passed} passed, {self.failed} failed")
        return "\n".join(lines)


def compare(case: Case, got: Any) -> CaseResult:
    """Every field of the case's ``expected`` against the answer (lists in ``unordered``
    are compared as sets)."""
    if not isinstance(got, dict):
        return CaseResult(case, problem=f"the answer is not a JSON object: {echo(got)}")
    unordered = set(case.get("unordered", ()))
    wrong: list[tuple[str, Any, Any]] = []
    for name, expected in case["expected"].items():
        value = got.get(name, "<missing>") if "error" not in got else got
        if name in unordered and isinstance(value, list) and isinstance(expected, list):
            same = sorted(map(str, value)) == sorted(map(str, expected))
        else:
            same = value == expected
        if not same:
            wrong.append((name, expected, value))
    return CaseResult(case, tuple(wrong))


def _request(case: Case) -> str:
    return json.dumps(
        {"id": case["id"], "kind": case["kind"], "input": case["input"]}, ensure_ascii=False
    )


def run_cases(suite: Sequence[Case], call: Callable[[Sequence[str]], Sequence[str]]) -> Report:
    """Run ``suite`` through ``call`` (request lines in, answer lines out, in order)."""
    suite = _check_suite(suite)
    if not callable(call):
        raise _bad("call is a function of the request lines", call)
    lines = list(call([_request(c) for c in suite]))
    results: list[CaseResult] = []
    for i, case in enumerate(suite):
        if i >= len(lines):
            results.append(CaseResult(case, problem="no answer line for this case"))
            continue
        try:
            got = json.loads(lines[i])
        except ValueError:
            results.append(CaseResult(case, problem=f"not JSON: {lines[i][:200]!r}"))
            continue
        results.append(compare(case, got))
    return Report(tuple(results))


def _process(command: str | Sequence[str], timeout: float) -> Callable[[Sequence[str]], list[str]]:
    argv = shlex.split(command) if isinstance(command, str) else list(command)

    def call(requests: Sequence[str]) -> list[str]:
        try:
            done = _spawn(requests)
        except (OSError, ValueError) as err:
            raise _bad(f"the command cannot be run ({err})", argv) from err
        return [line for line in done.stdout.splitlines() if line.strip()]

    def _spawn(requests: Sequence[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            argv,
            input="".join(r + "\n" for r in requests),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )

    return call


#: the longest command line run_command takes (Linux's limit on one argument, MAX_ARG_STRLEN)
_COMMAND_MAX = 131_072


def run_command(
    command: str | Sequence[str],
    *,
    suite: Sequence[Case] | None = None,
    per_case: bool = False,
    timeout: float = 300.0,
) -> Report:
    """Run the cases against another implementation's command (JSON lines in and out)."""
    if isinstance(command, str):
        if not command.strip():
            raise _bad("command", command)
    elif (
        not isinstance(command, Sequence)
        or not command
        or not all(isinstance(a, str) for a in command)
    ):
        raise _bad("command is a string or a list of strings", command)
    if sum(map(len, [command] if isinstance(command, str) else command)) > _COMMAND_MAX:
        raise _bad(f"a command line holds at most {_COMMAND_MAX} characters", command)
    if isinstance(per_case, bool) is False:
        raise _bad("per_case is true or false", per_case)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise _bad("timeout is a positive number of seconds", timeout)
    suite = _check_suite(cases() if suite is None else suite)
    call = _process(command, timeout)
    if not per_case:
        return run_cases(suite, call)
    results: list[CaseResult] = []
    for case in suite:
        results.extend(run_cases([case], call).results)
    return Report(tuple(results))


def run_self(suite: Sequence[Case] | None = None) -> Report:
    """Run the cases against tiepcan itself, in process."""
    suite = _check_suite(cases() if suite is None else suite)

    def call(requests: Sequence[str]) -> list[str]:
        return [json.dumps(answer(json.loads(r)), ensure_ascii=False) for r in requests]

    return run_cases(suite, call)


def serve(lines: Iterable[str]) -> Iterable[str]:
    """tiepcan as a command of the protocol: one answer line per request line."""
    for line in lines:
        if line.strip():
            try:
                got = answer(json.loads(line))
            except (TiepCanError, ValueError) as err:
                got = {"error": getattr(err, "code", "invalid-json")}
            yield json.dumps(got, ensure_ascii=False)


# -- the cases as Python examples (the rulebook site runs them) ------------------------------


def _date_repr(value: str | None) -> str:
    if value is None:
        return "None"
    d = date.fromisoformat(value)
    return f"datetime.date({d.year}, {d.month}, {d.day})"


def _d(value: str) -> str:
    d = date.fromisoformat(value)
    return f"date({d.year}, {d.month}, {d.day})"


def python_example(case: Case) -> str | None:
    """The case as a doctest of tiepcan's Python API (None where there is no short form)."""
    case = _check_case(case)
    kind, data, exp = case["kind"], case["input"], case["expected"]
    if kind == "response_deadline":
        args = f'{_d(data["received"])}, "{data["provision"]}", "{data["complexity"]}"'
        if data.get("extended"):
            args += ", extended=True"
        if data.get("sent"):
            args += f", sent={_d(data['sent'])}"
        fields = [k for k in ("due", "notice_due", "original_due") if k in exp]
        got = ", ".join(f"d.{k}" for k in fields)
        want = ", ".join(_date_repr(exp[k]) for k in fields)
        if len(fields) > 1:
            want = f"({want})"
        return (
            ">>> from tiepcan.deadlines import response_deadline\n"
            f">>> d = response_deadline({args})\n>>> {got}\n{want}\n"
        )
    if kind == "time_limit":
        return (
            ">>> from tiepcan.deadlines import time_limit\n"
            f'>>> time_limit("{data["limit"]}", {_d(data["start"])}).due\n'
            f"{_date_repr(exp['due'])}\n"
        )
    if kind == "fee_quote":
        parts = [json.dumps(data["items"], ensure_ascii=False), f'area="{data["area"]}"']
        parts.append(f"received={_d(data['received'])}")
        if data.get("postage"):
            parts.append(f"postage={data['postage']}")
        if data.get("channel"):
            parts.append(f'channel="{data["channel"]}"')
        return (
            ">>> from tiepcan.fees import quote\n"
            f">>> quote({', '.join(parts)}).total\n{exp['total']}\n"
        )
    return None
