"""Lược đồ dữ liệu của bộ quy tắc — the declared shape of every data file of a ruleset.

A ruleset folder may come from anyone (design principle 9, docs/security.md): an agency's
legal team, a download, a colleague's e-mail. Every file is checked against the shape
declared here when it is read, before any engine builds a table from it, and a file that
does not fit is refused with a coded :class:`~tiepcan.foundation.errors.InvalidInputError`
(``invalid-ruleset``) naming the file, the key and the value. Nothing in a data file is
imported or executed (rule functions are chosen by id, :data:`tiepcan.foundation.regimes.RULE_FUNCTIONS`).

The checks are plain Python, not pydantic: the bundled rulesets are read on the path of a
first deadline, which imports no pydantic. The bundled rulesets pass the same checks in a
test (``tests/foundation/test_ruleset_schema.py``).

What is checked, per file:

* the type of every value (text, whole number, yes/no, date, list of text), with no
  ``true`` taken for a number and no text taken for a date;
* that every required key is present and no unknown key is (a misspelt key is an error, not
  a silently ignored line);
* the values the engines rely on: a time limit's length is a whole number ≥ 1 (0 only for
  "immediate"), its unit and bound are known words, ids are unique, ``extends`` names a
  limit of the file; a rate is ≥ 1 đồng; every citation is written in the one encoding
  (``"104/2016/QH13 art. 28(1)(đ)"``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tiepcan.foundation._model import echo
from tiepcan.foundation.citations import INSTRUMENTS, citation_form
from tiepcan.foundation.errors import InvalidInputError

__all__: list[str] = []

# The kinds of value a key may hold.
TEXT, WHOLE, FLAG, DAY, TEXTS, TABLE = (
    "text",
    "whole number",
    "yes/no",
    "date",
    "list of text",
    "table",
)

#: one record: key -> (kind, required)
Shape = dict[str, tuple[str, bool]]

_REGIME: Shape = {
    "id": (TEXT, True),
    "name_vi": (TEXT, True),
    "name_en": (TEXT, True),
    "instruments": (TEXTS, False),
    "in_force_from": (DAY, True),
    "in_force_until": (DAY, False),
    "encoded": (FLAG, False),
    "status_vi": (TEXT, False),
    "status_en": (TEXT, False),
    "sources": (TEXTS, False),
}
_INSTRUMENT: Shape = {
    "number": (TEXT, True),
    "name_vi": (TEXT, True),
    "name_en": (TEXT, True),
    "short_vi": (TEXT, True),
    "short_en": (TEXT, True),
}
_RULE: Shape = {
    "citation": (TEXT, True),
    "vi": (TEXT, False),
    "en": (TEXT, False),
    # the named reading a rule rests on (a later regime citing an earlier implementing text)
    "interpretation": (TEXT, False),
}
_LIMIT: Shape = {
    "id": (TEXT, True),
    "citation": (TEXT, True),
    "length": (WHOLE, True),
    "unit": (TEXT, True),
    "bound": (TEXT, True),
    "extends": (TEXT, False),
    "trigger_vi": (TEXT, True),
    "trigger_en": (TEXT, True),
    "duty_vi": (TEXT, True),
    "duty_en": (TEXT, True),
    "interpretations": (TEXTS, False),
}
_LINE: Shape = {
    "number": (TEXT, True),
    "group": (TEXT, True),
    "group_vi": (TEXT, True),
    "work_vi": (TEXT, True),
    "label_en": (TEXT, True),
    "unit": (TEXT, True),
    "rate": (WHOLE, True),
    "materials_included": (FLAG, True),
    "in_force_from": (DAY, True),
    "in_force_until": (DAY, False),
    "citation": (TEXT, True),
    # the named reading a rate rests on (Law 01/2026's costs measured by Circular 46/2018)
    "interpretation": (TEXT, False),
}
_MULTIPLIER: Shape = {
    "paper": (TEXT, True),
    "multiplier": (WHOLE, True),
    "applies_to_group": (TEXT, True),
    "in_force_from": (DAY, True),
    "in_force_until": (DAY, False),
    "note_vi": (TEXT, True),
    "interpretation": (TEXT, False),
}
_COST_FREE: Shape = {"case": (TEXT, True), "citation": (TEXT, True)}
_DUTY: Shape = {
    "id": (TEXT, True),
    "citation": (TEXT, False),
    "field": (TEXT, True),
    "label_vi": (TEXT, True),
    "label_en": (TEXT, True),
    "interpretation": (TEXT, False),
    "applies_if": (TEXT, False),
    "content": (TEXT, False),
    "source": (TEXT, False),
    "quote": (TEXT, False),
    "details": (TEXTS, False),
}
_INTERPRETATION: Shape = {
    "id": (TEXT, True),
    "title_vi": (TEXT, True),
    "title_en": (TEXT, True),
    "provision": (TEXT, True),
    "choice_vi": (TEXT, True),
    "choice_en": (TEXT, True),
    "default": (FLAG, True),
}

_GROUND: Shape = {
    "key": (TEXT, True),
    "member": (TEXT, True),
    "number": (TEXT, True),
    "citation": (TEXT, True),
    "en": (TEXT, True),
}
_REASON: Shape = {
    "key": (TEXT, True),
    "ground": (TEXT, True),
    "citation": (TEXT, True),
    "en": (TEXT, True),
}
_TRANSITION_REQUEST: Shape = {
    "id": (TEXT, True),
    "citation": (TEXT, True),
    "before": (DAY, True),
    "continues_under": (TEXT, True),
    "interpretation": (TEXT, False),
    "vi": (TEXT, True),
    "en": (TEXT, True),
}
_TRANSITION_DUTY: Shape = {
    "id": (TEXT, True),
    "citation": (TEXT, True),
    "time_limit": (TEXT, True),
    "from": (DAY, True),
    "vi": (TEXT, True),
    "en": (TEXT, True),
}
_CATEGORY: Shape = {
    "point": (TEXT, True),
    "citation": (TEXT, True),
    "vi": (TEXT, True),
    "en": (TEXT, True),
    "earlier": (TEXTS, True),
}
_TRANSITION_SCOPE: Shape = {
    "id": (TEXT, True),
    "citation": (TEXT, True),
    "before": (DAY, False),
    "vi": (TEXT, True),
    "en": (TEXT, True),
}

#: the units and bounds a time limit may have (tiepcan.deadlines.PeriodUnit, Bound)
LIMIT_UNITS = ("working_days", "days", "months", "immediate")
LIMIT_BOUNDS = ("max", "min")


class _Where:
    """The file being checked (named in the error's detail) and the instruments its ruleset
    declares (citable in its data, though not yet registered)."""

    def __init__(self, file: str, instruments: frozenset[str] = frozenset()) -> None:
        self.file = file
        self.instruments = instruments

    def fail(self, key: str, problem: str, value: object = None) -> InvalidInputError:
        shown = "" if value is None else f" = {echo(value)}"
        return InvalidInputError("invalid-ruleset", detail=f"{self.file}: {key}{shown}: {problem}")


def _kind_of(value: object, kind: str) -> bool:
    if kind == TEXT:
        return isinstance(value, str)
    if kind == WHOLE:
        return type(value) is int
    if kind == FLAG:
        return type(value) is bool
    if kind == DAY:
        return type(value) is date
    if kind == TEXTS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, dict)


def check_record(record: object, shape: Shape, where: _Where, name: str) -> dict[str, Any]:
    """One table against its shape: required keys present, no unknown key, each of its kind."""
    if not isinstance(record, dict):
        raise where.fail(name, "must be a table", record)
    for key in record:
        if key not in shape:
            raise where.fail(f"{name}.{key}", f"unknown key (known: {', '.join(shape)})")
    for key, (kind, required) in shape.items():
        if key not in record:
            if required:
                raise where.fail(f"{name}.{key}", "required key is missing")
            continue
        value = record[key]
        if not _kind_of(value, kind):
            raise where.fail(f"{name}.{key}", f"must be {kind}", value)
        if kind == TEXT and not value.strip() and key not in ("vi", "en"):
            raise where.fail(f"{name}.{key}", "must not be blank", value)
    return record


def _records(raw: dict[str, Any], key: str, where: _Where, *, required: bool) -> list[Any]:
    items = raw.get(key)
    if items is None:
        if required:
            raise where.fail(f"[[{key}]]", "the file declares none")
        return []
    if not isinstance(items, list):
        raise where.fail(f"[[{key}]]", "must be an array of tables", items)
    return items


def _table(
    raw: dict[str, Any], name: str, shape: Shape, where: _Where, *, required: bool
) -> list[dict[str, Any]]:
    """The records of the array of tables ``[[name]]``, each checked against ``shape``."""
    return [
        check_record(r, shape, where, f"[[{name}]] {i + 1}")
        for i, r in enumerate(_records(raw, name, where, required=required))
    ]


def _provisions(raw: dict[str, Any], where: _Where) -> dict[str, Any]:
    """The ``[provision]`` table: each role mapped to the citation of its unit."""
    provisions = raw.get("provision", {})
    if not isinstance(provisions, dict):
        raise where.fail("[provision]", "must be a table", provisions)
    for role, cited in provisions.items():
        if not isinstance(cited, str):
            raise where.fail(f"[provision].{role}", "must be text", cited)
        _citation(cited, where, f"[provision].{role}")
    return provisions


def _only(raw: dict[str, Any], allowed: tuple[str, ...], where: _Where) -> None:
    for key in raw:
        if key not in allowed:
            raise where.fail(key, f"unknown top-level key (known: {', '.join(allowed)})")


def _citation(text: str, where: _Where, key: str) -> None:
    instrument = citation_form(text)
    if instrument is None:
        raise where.fail(key, "not a citation of the form '<number> art. N(clause)(point)'", text)
    if instrument not in INSTRUMENTS and instrument not in where.instruments:
        raise where.fail(key, "cites an instrument that is neither known nor declared", text)


def _unique(ids: list[str], where: _Where, what: str) -> None:
    seen: set[str] = set()
    for one in ids:
        if one in seen:
            raise where.fail(what, "declared twice", one)
        seen.add(one)


# --------------------------------------------------------------------------------------
# One checker per file.


def _check_regime(raw: dict[str, Any], where: _Where) -> None:
    _only(raw, ("regime", "instrument", "functions"), where)
    regime = check_record(raw.get("regime"), _REGIME, where, "[regime]")
    until = regime.get("in_force_until")
    if until is not None and until < regime["in_force_from"]:
        raise where.fail("[regime].in_force_until", "is before in_force_from", until)
    _table(raw, "instrument", _INSTRUMENT, where, required=False)
    # [functions] is checked against the closed registry by tiepcan.foundation.regimes


def _check_rules(raw: dict[str, Any], where: _Where) -> None:
    _only(raw, ("rule", "abolished"), where)
    abolished = raw.get("abolished", {})
    if not isinstance(abolished, dict):
        raise where.fail("[abolished]", "must be a table of rule keys and dates", abolished)
    for key, day in abolished.items():
        if type(day) is not date:
            raise where.fail(f"[abolished].{key}", "must be a date", day)
    rules = raw.get("rule")
    if not isinstance(rules, dict) or not rules:
        raise where.fail("[rule]", "the file declares no rule", rules)
    for key, entry in rules.items():
        name = f"[rule.{key!r}]"
        check_record(entry, _RULE, where, name)
        if ("vi" in entry) != ("en" in entry):
            raise where.fail(name, "gives its wording in one language only (vi and en go together)")
        _citation(entry["citation"], where, f"{name}.citation")


def _check_time_limits(raw: dict[str, Any], where: _Where) -> None:
    _only(raw, ("limit",), where)
    limits = _table(raw, "limit", _LIMIT, where, required=True)
    ids = [r["id"] for r in limits]
    _unique(ids, where, "[[limit]].id")
    for r in limits:
        name = f"[[limit]] {r['id']}"
        _citation(r["citation"], where, f"{name}.citation")
        if r["unit"] not in LIMIT_UNITS:
            raise where.fail(f"{name}.unit", f"must be one of {', '.join(LIMIT_UNITS)}", r["unit"])
        if r["bound"] not in LIMIT_BOUNDS:
            raise where.fail(f"{name}.bound", "must be max or min", r["bound"])
        least = 0 if r["unit"] == "immediate" else 1
        if r["length"] < least or (r["unit"] == "immediate" and r["length"] != 0):
            raise where.fail(
                f"{name}.length",
                f"must be a whole number ≥ {least} for unit {r['unit']}",
                r["length"],
            )
        if "extends" in r and r["extends"] not in ids:
            raise where.fail(f"{name}.extends", "names no limit of this file", r["extends"])


def _check_fees(raw: dict[str, Any], where: _Where) -> None:
    allowed = ("provision", "provision_interpretation", "line", "format_multiplier", "cost_free")
    _only(raw, allowed, where)
    provisions = _provisions(raw, where)
    readings = raw.get("provision_interpretation", {})
    if not isinstance(readings, dict):
        raise where.fail("[provision_interpretation]", "must be a table", readings)
    for role, reading in readings.items():
        if role not in provisions:
            raise where.fail(f"[provision_interpretation].{role}", "names no [provision] role")
        if not isinstance(reading, str) or not reading.strip():
            raise where.fail(f"[provision_interpretation].{role}", "must be text", reading)
    for i, free in enumerate(_table(raw, "cost_free", _COST_FREE, where, required=False)):
        _citation(free["citation"], where, f"[[cost_free]] {i + 1}.citation")
    lines = _table(raw, "line", _LINE, where, required=False)
    _unique(
        [(r["number"] + " " + r["in_force_from"].isoformat()) for r in lines], where, "[[line]]"
    )
    for r in lines:
        _citation(r["citation"], where, f"[[line]] {r['number']}.citation")
        if r["rate"] < 1:
            raise where.fail(
                f"[[line]] {r['number']}.rate", "must be a whole number of đồng ≥ 1", r["rate"]
            )
    for i, m in enumerate(_table(raw, "format_multiplier", _MULTIPLIER, where, required=False)):
        if m["multiplier"] < 1:
            raise where.fail(
                f"[[format_multiplier]] {i + 1}.multiplier", "must be ≥ 1", m["multiplier"]
            )


def _check_duties(raw: dict[str, Any], where: _Where) -> None:
    _only(raw, ("duty",), where)
    duties = _table(raw, "duty", _DUTY, where, required=True)
    _unique([r["id"] for r in duties], where, "[[duty]].id")
    for r in duties:
        if "citation" in r:
            _citation(r["citation"], where, f"[[duty]] {r['id']}.citation")
        for detail in r.get("details", ()):
            _citation(detail, where, f"[[duty]] {r['id']}.details")


def _check_interpretations(raw: dict[str, Any], where: _Where) -> None:
    _only(raw, ("interpretation",), where)
    items = _table(raw, "interpretation", _INTERPRETATION, where, required=False)
    _unique([r["id"] for r in items], where, "[[interpretation]].id")
    for r in items:
        _citation(r["provision"], where, f"[[interpretation]] {r['id']}.provision")


def _check_refusal_grounds(raw: dict[str, Any], where: _Where) -> None:
    _only(raw, ("ground", "reason"), where)
    grounds = _table(raw, "ground", _GROUND, where, required=True)
    reasons = _table(raw, "reason", _REASON, where, required=False)
    _unique([r["key"] for r in grounds], where, "[[ground]].key")
    _unique([r["key"] for r in reasons], where, "[[reason]].key")
    keys = {r["key"] for r in grounds}
    for r in (*grounds, *reasons):
        _citation(r["citation"], where, f"{r['key']}.citation")
    for r in reasons:
        if r["ground"] not in keys:
            raise where.fail(
                f"[[reason]] {r['key']}.ground", "names no ground of this file", r["ground"]
            )


def _check_transition(raw: dict[str, Any], where: _Where) -> None:
    _only(raw, ("request", "duty", "scope"), where)
    shapes = {"request": _TRANSITION_REQUEST, "duty": _TRANSITION_DUTY, "scope": _TRANSITION_SCOPE}
    ids: list[str] = []
    for table, shape in shapes.items():
        for r in _table(raw, table, shape, where, required=False):
            _citation(r["citation"], where, f"[[{table}]] {r['id']}.citation")
            ids.append(r["id"])
    _unique(ids, where, "id")


def _check_disclosure(raw: dict[str, Any], where: _Where) -> None:
    _only(raw, ("provision", "category"), where)
    _provisions(raw, where)
    items = _table(raw, "category", _CATEGORY, where, required=True)
    _unique([r["point"] for r in items], where, "[[category]].point")
    for r in items:
        _citation(r["citation"], where, f"[[category]] {r['point']}.citation")


def _check_engines(raw: dict[str, Any], where: _Where) -> None:
    _only(raw, ("encoded",), where)
    encoded = raw.get("encoded")
    if not _kind_of(encoded, TEXTS):
        raise where.fail("encoded", "must be a list of engine names", encoded)


#: file name -> its checker; ``interpretations/<topic>.toml`` share one
CHECKERS = {
    "regime.toml": _check_regime,
    "rules.toml": _check_rules,
    "time_limits.toml": _check_time_limits,
    "fees.toml": _check_fees,
    "duties.toml": _check_duties,
    "refusal_grounds.toml": _check_refusal_grounds,
    "transition.toml": _check_transition,
    "engines.toml": _check_engines,
    "disclosure.toml": _check_disclosure,
}


def is_declared(name: str) -> bool:
    """True for a data file name a ruleset may hold."""
    if name in CHECKERS:
        return True
    topic = name.removeprefix("interpretations/")
    return (
        topic != name and topic.endswith(".toml") and "/" not in topic and topic[:-5].isidentifier()
    )


def check_file(
    name: str, raw: dict[str, Any], where: str, instruments: frozenset[str] = frozenset()
) -> None:
    """Check the parsed file ``name`` of a ruleset; ``where`` names it in an error;
    ``instruments`` are the numbers its regime.toml declares."""
    checker = CHECKERS.get(name, _check_interpretations)
    checker(raw, _Where(where, instruments))
