"""Hiệu lực của văn bản — legal regimes by date of effect, and the ruleset of each.

A **regime** is a set of instruments in force over a span of dates. A **ruleset** is what
tiepcan knows of an encoded regime: its identity, its declared data (time limits, fee rates,
duties, the map from each rule, ground, category and duty to its citation) and the rule
functions that differ between regimes. Every computation resolves its ruleset once, from its
governing date (:func:`resolve_regime`), and reads every limit, rate, ground and citation from
it; so the law that replaced Law 104/2016 was added as a new ruleset (a data directory, and
rule functions its data chooses by id from tiepcan's closed registry :data:`RULE_FUNCTIONS`)
without editing the 2016 one. ``docs/developers.md`` says how, step by step.

Encoded:

* ``ati-2016``: Law 104/2016/QH13 with Decree 13/2018/NĐ-CP and Circular 46/2018/TT-BTC, in
  force from 2018-07-01 to 2026-08-31 (Law art. 37; Decree art. 14(1); Circular art. 6(1));
  its data is ``data/ati-2016/``;
* ``ati-2026``: Law 01/2026/QH16, in force from 2026-09-01 (its art. 30(1)), which replaced
  Law 104/2016 (art. 30(2)); its data is ``data/ati-2026/``, its statute text a secondary copy
  not yet checked against the Công báo (the regime's ``sources`` say so). No decree or circular
  implementing it has been found: where a rule leans on Decree 13/2018 or Circular 46/2018 for
  a date under the new law, its ruleset names the interpretation it rests on.

A date before 2018-07-01 raises :class:`~tiepcan.foundation.errors.RegimeNotEncodedError`. Nothing is
extrapolated, and nothing applies a regime by default without a date: a caller without a date
passes ``regime=``.

**Which law governs a request** (:func:`governing_regime`). The regime in force on the day the
request was received, unless a transitional rule of the later regime's data says otherwise:
by Law 01/2026/QH16 art. 31(4) a request *sent* ("được gửi") to a state agency before
2026-09-01 and not yet resolved stays under Law 104/2016, however late it arrives. So the
governing date of a request is the day it was sent when known, else the day it was received,
and the result says which rule chose the regime (:class:`RegimeChoice`). The rule is data
(``data/ati-2026/transition.toml``), not a test in an engine. A caller who has decided which
rules govern (e.g. on counsel's advice) passes ``regime=`` explicitly, and the result records
that choice.

An agency's legal team can add the time limits and rates of a new instrument as data before a
release carries them: :func:`load_ruleset` reads a directory laid out like ``data/ati-2016/``,
and every result computed under it is marked ``user_supplied``.

>>> from datetime import date
>>> regime_for(date(2024, 2, 7)).id
'ati-2016'
>>> regime_for(date(2026, 9, 1)).id
'ati-2026'
>>> resolve_regime(date(2026, 9, 1)).citation("refusal_ground.e").label_en
'Law 01/2026/QH16 on Access to Information, art. 27(6)'
>>> g = governing_regime(date(2026, 9, 3), sent=date(2026, 8, 28))
>>> g.regime, g.chosen_by.value, g.citation.ref
('ati-2016', 'transition', '01/2026/QH16 art. 31(4)')
>>> rules = resolve_regime(date(2026, 9, 1), "ati-2016")
>>> rules.id, rules.citation("refusal_ground.e").label_en
('ati-2016', 'Law 104/2016/QH13 on Access to Information, art. 28(1)(e)')
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeAlias

from tiepcan.data import DATA_PATH
from tiepcan.foundation._model import BilingualStrEnum, Lang, Result, Text, check_lang, echo
from tiepcan.foundation.citations import INSTRUMENTS, Citation, Instrument, register_instrument
from tiepcan.foundation.errors import InvalidInputError, RegimeNotEncodedError

__all__ = [
    "ATI_2016",
    "ATI_2026",
    "REGIMES",
    "RULE_FUNCTIONS",
    "GoverningRegime",
    "Regime",
    "RegimeChoice",
    "RegimeLike",
    "Ruleset",
    "choose_ruleset",
    "governing_regime",
    "load_ruleset",
    "regime_for",
    "register_ruleset",
    "registered",
    "require_engine",
    "resolve_regime",
    "ruleset",
    "ruleset_on",
    "unregister_ruleset",
]


@dataclass(frozen=True, slots=True)
class Regime(Result):
    """A set of rules in force over a span of dates."""

    id: str
    name_vi: str
    name_en: str
    #: the instruments by number, the law first
    instruments: tuple[str, ...]
    in_force_from: date
    in_force_until: date | None
    encoded: bool
    status_vi: str
    status_en: str
    sources: tuple[str, ...]
    #: loaded from a directory a user supplied, not shipped with tiepcan
    user_supplied: bool = False

    @property
    def name(self) -> Text:
        return Text(self.name_vi, self.name_en)

    def covers(self, day: date) -> bool:
        """True if ``day`` lies in the regime's span of effect."""
        if type(day) is not date:
            raise InvalidInputError("invalid-date", detail=f"Regime.covers: day={echo(day)}")
        until = self.in_force_until
        return self.in_force_from <= day and (until is None or day <= until)


@dataclass(frozen=True, slots=True, eq=False)
class Ruleset:
    """An encoded regime: its identity, its declared data and its rule functions.

    ``data(name)`` reads one TOML file of the regime's data directory (parsed once);
    ``citation(key)`` and ``text(key)`` read the map of rules to citations and labels
    (``rules.toml``). The engines (deadlines, fees, decision, catalogue, duties) build their
    tables from ``data()`` and cache them per ruleset.
    """

    regime: Regime
    #: the directory of the ruleset's data files (text, so no pathlib is needed to read them)
    data_dir: str
    #: role -> id in :data:`RULE_FUNCTIONS` of the rule functions that differ between regimes
    functions: dict[str, str] = field(default_factory=dict)
    #: instruments the ruleset's data declares (``[[instrument]]``); citable while registered
    instruments: tuple[Instrument, ...] = ()
    _cache: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # a Ruleset built by hand is held to the same closed registry as one read from disk
        if not isinstance(self.regime, Regime):
            raise InvalidInputError(
                "invalid-ruleset", detail=f"regime must be a Regime, not {echo(self.regime)}"
            )
        if not isinstance(self.data_dir, str):
            raise InvalidInputError(
                "invalid-ruleset", detail=f"data_dir must be text, not {echo(self.data_dir)}"
            )
        _check_functions(self.functions, f"ruleset {self.regime.id}")

    @property
    def id(self) -> str:
        return self.regime.id

    @property
    def user_supplied(self) -> bool:
        return self.regime.user_supplied

    def data(self, name: str) -> dict[str, Any]:
        """The parsed TOML file ``name`` of this ruleset's data directory (read and checked once).

        A user-supplied ruleset's file is checked against its declared shape
        (:mod:`tiepcan.foundation._ruleset_schema`) before any engine reads it, and refused with
        ``invalid-ruleset`` if it does not fit. The bundled rulesets are part of the package,
        like its code: the same checks run on them in the test suite
        (``tests/foundation/test_ruleset_schema.py``), not again on every start.
        """
        if not _is_data_file(name) or (self.user_supplied and not _schema().is_declared(name)):
            raise InvalidInputError(
                "invalid-ruleset", detail=f"{self.id}: no such data file: {echo(name)}"
            )
        key = f"file:{name}"
        if key not in self._cache:
            declared = frozenset(i.number for i in self.instruments)
            self._cache[key] = _read_data(
                self.data_dir, name, self.id, declared, check=self.user_supplied
            )
        out: dict[str, Any] = self._cache[key]
        return out

    def cached(self, key: str, build: Any) -> Any:
        """A table an engine built from this ruleset's data, built once: ``build(self)``."""
        if not isinstance(key, str) or not callable(build):
            raise InvalidInputError(detail=f"cached: key {echo(key)}, build {echo(build)}")
        if key not in self._cache:
            self._cache[key] = build(self)
        return self._cache[key]

    def _rules(self) -> dict[str, tuple[Citation, Text | None]]:
        def build(rs: Ruleset) -> dict[str, tuple[Citation, Text | None]]:
            out: dict[str, tuple[Citation, Text | None]] = {}
            for key, entry in rs.data("rules.toml").get("rule", {}).items():
                text = Text(entry["vi"], entry["en"]) if "vi" in entry else None
                out[key] = (Citation.parse(entry["citation"]), text)
            return out

        rules: dict[str, tuple[Citation, Text | None]] = self.cached("rules", build)
        return rules

    def citation(self, key: str) -> Citation:
        """The citation of a rule, ground, category or duty, e.g. ``"refusal_ground.e"``."""
        if not isinstance(key, str) or key not in self._rules():
            raise self._unknown(key)
        return self._rules()[key][0]

    def text(self, key: str) -> Text | None:
        """The ruleset's own wording of a rule (``None`` where the enum's label serves)."""
        if not isinstance(key, str) or key not in self._rules():
            raise self._unknown(key)
        return self._rules()[key][1]

    def label(self, key: str, default: Text, lang: Lang = "vi") -> str:
        """The ruleset's wording of a rule in ``lang``, or ``default`` where it has none."""
        text = self.text(key)
        return (text or default).in_(check_lang(lang))

    def keys(self) -> tuple[str, ...]:
        """Every rule key this ruleset cites."""
        return tuple(self._rules())

    def function(self, name: str) -> Any:
        """A rule function of this regime, chosen by id from :data:`RULE_FUNCTIONS`.

        The ruleset's data names only an id; the function is tiepcan's own, found in the
        closed table below. Nothing a data file says is imported.
        """
        if not isinstance(name, str) or name not in RULE_FUNCTIONS:
            raise RegimeNotEncodedError(
                "ruleset-function-missing", detail=f"{self.id}: {echo(name)}", regime=self.id
            )
        key = f"function:{name}"
        if key not in self._cache:
            self._cache[key] = _rule_function(self.id, name, self.functions.get(name))
        return self._cache[key]

    def _unknown(self, key: str) -> InvalidInputError:
        return InvalidInputError("unknown-rule", detail=f"{self.id}: {echo(key)}")


# --------------------------------------------------------------------------------------
# Hàm quy tắc — the closed registry of rule functions a ruleset may choose.
#
# Where two regimes differ in a rule that is not a number (which time limit applies to which
# form of request), the engine holds one function per regime and the ruleset's data chooses
# one **by id** from this table: ``[functions] response_limits = "by-form-2016"``. A data
# file never names a module: an id outside this table is refused when the ruleset is read,
# and nothing is imported (docs/security.md). The table is code, reviewed like code.

#: role -> id -> (module, function) of tiepcan's own rule functions
RULE_FUNCTIONS: dict[str, dict[str, tuple[str, str]]] = {
    # which limit answers a request: Law 104/2016 arts. 29–31, by the form of provision
    "response_limits": {
        "by-form-2016": ("tiepcan.deadlines", "response_limits_2016"),
        # Law 01/2026/QH16 art. 26(3): one limit for every channel and every request
        "one-limit-2026": ("tiepcan.deadlines", "response_limits_2026"),
    },
}


def _check_functions(raw: object, where: str) -> dict[str, str]:
    """The ``[functions]`` table of a regime.toml: each role mapped to an id of the registry."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InvalidInputError(
            "invalid-ruleset", detail=f"{where}: [functions] must be a table, not {echo(raw)}"
        )
    out: dict[str, str] = {}
    for role, chosen in raw.items():
        known = RULE_FUNCTIONS.get(role)
        if known is None:
            raise InvalidInputError(
                "invalid-ruleset",
                detail=f"{where}: [functions] {echo(role)} is not a rule a ruleset may choose "
                f"(known: {', '.join(sorted(RULE_FUNCTIONS))})",
            )
        if not isinstance(chosen, str) or chosen not in known:
            raise InvalidInputError(
                "invalid-ruleset",
                detail=f"{where}: [functions] {role} = {echo(chosen)} is not one of tiepcan's "
                f"rule functions (known ids: {', '.join(sorted(known))}); a ruleset names an "
                "id, never a module to import",
            )
        out[role] = chosen
    return out


def _rule_function(regime_id: str, role: str, chosen: str | None) -> Any:
    if chosen is None:
        raise RegimeNotEncodedError(
            "ruleset-function-missing", detail=f"{regime_id}: {role}", regime=regime_id
        )
    from importlib import import_module

    module, attr = RULE_FUNCTIONS[role][chosen]  # checked when the ruleset was read
    return getattr(import_module(module), attr)


#: Anything that names a regime: its id, the Regime, or its Ruleset.
RegimeLike: TypeAlias = "str | Regime | Ruleset"


# --------------------------------------------------------------------------------------
# Reading a ruleset from a data directory.


def _inside(folder: str, source: str) -> bool:
    """True if ``source`` is a regular file whose real path lies inside ``folder``'s."""
    root = os.path.realpath(folder)
    real = os.path.realpath(source)
    return os.path.commonpath([root, real]) == root and os.path.isfile(real)


def _is_data_file(name: object) -> bool:
    """A name a ruleset's data file may have: ``x.toml`` or ``interpretations/x.toml``."""
    if not isinstance(name, str) or not name.endswith(".toml") or ".." in name:
        return False
    folder, _, file = name.rpartition("/")
    return folder in ("", "interpretations") and bool(file[:-5]) and "\\" not in name


def _schema() -> Any:
    """The declared shapes of data files, imported when a user-supplied ruleset is read."""
    from tiepcan.foundation import _ruleset_schema

    return _ruleset_schema


def _read_data(
    data_dir: str,
    name: str,
    regime_id: str,
    instruments: frozenset[str] = frozenset(),
    *,
    check: bool = True,
) -> dict[str, Any]:
    """Read, parse and (``check``) check one data file against its declared shape; every
    failure is ``invalid-ruleset`` or ``ruleset-data-missing`` naming the file."""
    source = os.path.join(data_dir, name)
    where = f"{regime_id}: {name}"
    if not os.path.lexists(source):
        raise RegimeNotEncodedError("ruleset-data-missing", detail=where, regime=regime_id)
    if os.path.islink(source) or not _inside(data_dir, source):
        raise InvalidInputError(
            "invalid-ruleset",
            detail=f"{where}: not a plain file inside the ruleset's folder (links are not followed)",
        )
    try:
        with open(source, "rb") as handle:
            text = handle.read(_MAX_DATA_BYTES + 1)
        if len(text) > _MAX_DATA_BYTES:
            raise InvalidInputError(
                "invalid-ruleset", detail=f"{where}: larger than {_MAX_DATA_BYTES} bytes"
            )
        raw = tomllib.loads(text.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            "invalid-ruleset", detail=f"{where}: not UTF-8 text (byte {exc.start})"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInputError("invalid-ruleset", detail=f"{where}: not TOML: {exc}") from None
    except OSError as exc:
        raise InvalidInputError(
            "invalid-ruleset", detail=f"{where}: cannot be read: {exc.strerror}"
        ) from None
    if check:
        _schema().check_file(name, raw, where, instruments)
    return raw


#: no data file of a ruleset comes near this (the largest bundled one is ~40 kB)
_MAX_DATA_BYTES = 4_000_000


def _regime_from(raw: dict[str, Any], *, user_supplied: bool) -> Regime:
    until = raw.get("in_force_until")
    return Regime(
        id=raw["id"],
        name_vi=raw["name_vi"],
        name_en=raw["name_en"],
        instruments=tuple(raw.get("instruments", ())),
        in_force_from=raw["in_force_from"],
        in_force_until=until,
        encoded=raw.get("encoded", True),
        status_vi=raw.get("status_vi", ""),
        status_en=raw.get("status_en", ""),
        sources=tuple(raw.get("sources", ())),
        user_supplied=user_supplied,
    )


def _instruments_from(raw: dict[str, Any], where: str) -> tuple[Instrument, ...]:
    """The instruments a regime.toml declares; none may take a number another one holds.

    Reading them changes nothing: they become citable when the ruleset is registered.
    """
    out = tuple(Instrument(**inst) for inst in raw.get("instrument", ()))
    for inst in out:
        known = INSTRUMENTS.get(inst.number)
        if known is not None and known != inst:
            raise InvalidInputError(
                "invalid-ruleset",
                detail=f"{where}: [[instrument]] {inst.number} already names another instrument",
            )
    return out


def _ruleset_from(data_dir: str, *, user_supplied: bool) -> Ruleset:
    if not os.path.isfile(os.path.join(data_dir, "regime.toml")):
        raise InvalidInputError(
            "invalid-ruleset",
            detail=f"the directory holds no ruleset (regime.toml is missing): {echo(data_dir)}",
        )
    raw = _read_data(
        data_dir,
        "regime.toml",
        os.path.basename(data_dir.rstrip("/\\")),
        check=user_supplied,
    )
    where = f"{raw['regime']['id']}: regime.toml"
    regime = _regime_from(raw["regime"], user_supplied=user_supplied)
    functions = _check_functions(raw.get("functions"), where)
    instruments = _instruments_from(raw, where)
    return Ruleset(regime=regime, data_dir=data_dir, functions=functions, instruments=instruments)


def load_ruleset(path: str | os.PathLike[str]) -> Ruleset:
    """Read a ruleset from a directory laid out like ``tiepcan/data/ati-2016/``.

    The result is marked user-supplied (and so is every result computed under it). It is not
    registered: pass it as ``regime=`` or register it with :func:`register_ruleset`.
    """
    directory = os.fspath(path) if isinstance(path, str | os.PathLike) else None
    if not isinstance(directory, str) or not directory.strip() or not os.path.isdir(directory):
        raise InvalidInputError(
            "invalid-ruleset", detail=f"no such ruleset directory: {echo(path)}"
        )
    return _ruleset_from(directory, user_supplied=True)


# --------------------------------------------------------------------------------------
# The registry.

ATI_2016_RULES = _ruleset_from(os.path.join(DATA_PATH, "ati-2016"), user_supplied=False)
ATI_2016 = ATI_2016_RULES.regime

ATI_2026_RULES = _ruleset_from(os.path.join(DATA_PATH, "ati-2026"), user_supplied=False)
ATI_2026 = ATI_2026_RULES.regime

#: the regimes tiepcan knows, in order of effect (encoded or not)
REGIMES: tuple[Regime, ...] = (ATI_2016, ATI_2026)

#: regime id -> ruleset, for the encoded regimes (the bundled one and any registered)
_RULESETS: dict[str, Ruleset] = {ATI_2016.id: ATI_2016_RULES, ATI_2026.id: ATI_2026_RULES}
#: regimes registered at run time (a fake in tests; a user-supplied one), most recent first
_EXTRA: list[Regime] = []
#: the ids of the rulesets shipped with tiepcan
_BUNDLED = frozenset(_RULESETS)
#: bundled rulesets a registered ruleset of the same id stands in for, to restore
_SHADOWED: dict[str, Ruleset] = {}
#: per registered ruleset, the instruments it made citable (removed when it is unregistered)
_ADDED_INSTRUMENTS: dict[str, tuple[Instrument, ...]] = {}


def register_ruleset(rules: Ruleset) -> Ruleset:
    """Make ``rules`` govern the dates of its span (it takes precedence over the bundled ones).

    A ruleset registered under a bundled id (e.g. an agency's corrected copy of ``ati-2016``)
    stands in for the bundled one until it is unregistered, which restores the bundled one.
    Its declared instruments become citable while it is registered.
    """
    if not isinstance(rules, Ruleset):
        raise InvalidInputError(detail=f"register_ruleset: expected a Ruleset, got {echo(rules)}")
    if rules.id in _SHADOWED or (rules.id in _RULESETS and rules.id not in _BUNDLED):
        unregister_ruleset(rules.id)
    added = tuple(i for i in rules.instruments if i.number not in INSTRUMENTS)
    for inst in rules.instruments:
        register_instrument(inst)  # checked when read: none takes another's number
    if rules.id in _BUNDLED:
        _SHADOWED[rules.id] = _RULESETS[rules.id]
    _ADDED_INSTRUMENTS[rules.id] = added
    _RULESETS[rules.id] = rules
    _EXTRA.insert(0, rules.regime)
    return rules


def unregister_ruleset(regime_id: str) -> None:
    """Forget a ruleset registered with :func:`register_ruleset`.

    The bundled rulesets stay; one that a registered ruleset stood in for is restored, and
    the instruments that only the registered ruleset declared are no longer citable.
    """
    if not isinstance(regime_id, str):
        raise InvalidInputError("invalid-regime", detail=echo(regime_id))
    if regime_id in _BUNDLED and regime_id not in _SHADOWED:
        return
    if regime_id not in _RULESETS:
        raise InvalidInputError("invalid-regime", detail=f"{echo(regime_id)} is not registered")
    if regime_id in _SHADOWED:
        _RULESETS[regime_id] = _SHADOWED.pop(regime_id)
    else:
        _RULESETS.pop(regime_id, None)
    for inst in _ADDED_INSTRUMENTS.pop(regime_id, ()):
        INSTRUMENTS.pop(inst.number, None)
    _EXTRA[:] = [r for r in _EXTRA if r.id != regime_id]


def registered(rules: Ruleset) -> AbstractContextManager[Ruleset]:
    """``with registered(rules): …`` — a ruleset registered for the block only.

    On leaving the block everything is as it was before: the bundled ruleset of the same id
    (if any) governs again and the ruleset's own instruments are no longer citable.
    """
    register_ruleset(rules)  # checked and registered now, so junk fails at the call
    return _registered(rules)


@contextmanager
def _registered(rules: Ruleset) -> Iterator[Ruleset]:
    try:
        yield rules
    finally:
        unregister_ruleset(rules.id)


def day_of(value: object, field: str = "governing date") -> date:
    """The one reader of a day that may be given as a moment (a request's day received or
    sent): a ``date``, or a ``datetime`` taken in Vietnam time (naive: already Vietnam time;
    aware: converted to UTC+7); anything else raises ``invalid-date`` naming ``field``."""
    if type(value) is date:
        return value
    if isinstance(value, datetime):
        # the calendar module is loaded only when a moment (not a day) is given: a decision
        # that never counts days does not import it (workdays does not import this module)
        from tiepcan.foundation.workdays import to_vietnam_time

        return to_vietnam_time(value).date()
    raise InvalidInputError("invalid-date", detail=f"not a date: {field}={echo(value)}")


def regime_for(governing: date | datetime) -> Regime:
    """The regime in force on ``governing``; raises before 2018-07-01 (no regime encoded)."""
    day = day_of(governing)
    for regime in _EXTRA:
        if regime.covers(day):
            return regime
    for regime in reversed(REGIMES):
        if day >= regime.in_force_from:
            return regime
    raise RegimeNotEncodedError(
        "before-law-in-force", detail=f"governing date {day.isoformat()}", regime=None
    )


def ruleset(regime: RegimeLike) -> Ruleset:
    """The ruleset of an encoded regime, by id, :class:`Regime` or ruleset."""
    if isinstance(regime, Ruleset):
        return regime
    if isinstance(regime, Regime):
        key: object = regime.id
    else:
        key = regime
    if isinstance(key, str) and key in _RULESETS:
        return _RULESETS[key]
    known = [r.id for r in (*_EXTRA, *REGIMES)]
    if isinstance(key, str) and key in known:
        raise RegimeNotEncodedError(detail=f"regime '{key}' is not encoded", regime=key)
    raise InvalidInputError(
        "invalid-regime", detail=f"regime={echo(regime)}; known: {', '.join(known)}"
    )


def resolve_regime(governing: date | datetime, regime: RegimeLike | None = None) -> Ruleset:
    """The ruleset to apply to a computation governed by ``governing``.

    With ``regime=None`` it is the ruleset of the regime in force on ``governing``, which must
    be encoded. An explicit ``regime`` (its id, the Regime or the Ruleset) is applied as
    asked, provided it is encoded and was already in force on ``governing`` (the 2016 rules
    cannot govern a date before 2018-07-01).
    """
    day = day_of(governing)
    if regime is None:
        chosen = regime_for(day)
        if not chosen.encoded or chosen.id not in _RULESETS:
            raise RegimeNotEncodedError(
                detail=(
                    f"{day.isoformat()} falls under '{chosen.id}' ({chosen.name_en}, from "
                    f"{chosen.in_force_from.isoformat()}), whose rules tiepcan does not have. "
                    "To apply an encoded regime deliberately, pass regime=."
                ),
                regime=chosen.id,
            )
        return _RULESETS[chosen.id]
    rules = ruleset(regime)
    if day < rules.regime.in_force_from:
        raise RegimeNotEncodedError(
            "before-law-in-force",
            detail=f"the regime was not yet in force on this date: {rules.id} is in force from {rules.regime.in_force_from.isoformat()}; governing date {day.isoformat()}",
            regime=rules.id,
        )
    return rules


# --------------------------------------------------------------------------------------
# Văn bản áp dụng cho một yêu cầu — which law governs a request (Law 01/2026/QH16 art. 31(4)).


class RegimeChoice(BilingualStrEnum):
    """Which rule chose the regime that governs a request."""

    IN_FORCE = (
        "in_force",
        "Văn bản có hiệu lực vào ngày nhận yêu cầu",
        "the law in force on the day the request was received",
    )
    TRANSITION = (
        "transition",
        "Điều khoản chuyển tiếp: yêu cầu được gửi trước ngày văn bản mới có hiệu lực",
        "a transitional provision: the request was sent before the new law took effect",
    )
    CALLER = ("caller", "Theo lựa chọn của người gọi", "chosen by the caller")


@dataclass(frozen=True, slots=True)
class GoverningRegime(Result):
    """The regime that governs one request, and the rule that chose it."""

    regime: str
    received: date
    #: the day the request was sent ("được gửi"), when the caller knows it
    sent: date | None
    #: the day that decided the regime: ``sent`` when known, else ``received``
    governing_date: date
    chosen_by: RegimeChoice
    #: the unit of law that chose it (none when the caller chose)
    citation: Citation | None
    user_supplied: bool = False

    @property
    def rules(self) -> Ruleset:
        """The ruleset of the governing regime."""
        return ruleset(self.regime)

    @property
    def text(self) -> Text:
        """One line saying which rules govern the request and why."""
        name = ruleset(self.regime).regime.name
        why = self.chosen_by.text
        return Text(f"{name.vi} ({why.vi})", f"{name.en} ({why.en})")

    def _check(self) -> None:
        expected = self.sent if self.sent is not None else self.received
        if (self.sent is not None and self.sent > self.received) or (
            self.governing_date != expected
        ):
            raise InvalidInputError(
                "inconsistent-result",
                detail=f"GoverningRegime: sent {self.sent}, received {self.received}, "
                f"governing date {self.governing_date}",
            )


def _transition_rules(rules: Ruleset) -> tuple[dict[str, Any], ...]:
    """The ``[[request]]`` rules of a ruleset's ``transition.toml`` (none if it has no file)."""
    if not os.path.isfile(os.path.join(rules.data_dir, "transition.toml")):
        return ()
    return tuple(rules.data("transition.toml").get("request", ()))


def _in_force_citation(rules: Ruleset) -> Citation | None:
    """The unit that puts the regime in force (``check.regime``: 104/2016 art. 37, 01/2026 art.
    30(1)), where its data has one."""
    known = rules.keys()
    return rules.citation("check.regime") if "check.regime" in known else None


def governing_regime(
    received: date | datetime,
    *,
    sent: date | datetime | None = None,
    regime: RegimeLike | None = None,
) -> GoverningRegime:
    """The regime that governs a request received on ``received`` (and sent on ``sent``).

    By default the regime in force on the day received; but where the regime in force has a
    transitional rule for requests sent before it took effect (Law 01/2026/QH16 art. 31(4),
    ``data/ati-2026/transition.toml``) and the request was sent before that day, the earlier
    regime named by the rule governs. ``sent`` after ``received`` is refused
    (``sent-after-received``). An explicit ``regime`` is applied as asked (it must be encoded
    and in force on the day received) and the result says the caller chose it.
    """
    day = day_of(received)
    sent_day = None if sent is None else _sent_date(sent)
    rules, how, cited = choose_ruleset(day, sent=sent_day, regime=regime)
    if how is RegimeChoice.IN_FORCE:
        cited = _in_force_citation(rules)
    return _governing(rules, day, sent_day, how, cited)


def choose_ruleset(
    received: date | datetime,
    *,
    sent: date | datetime | None = None,
    regime: RegimeLike | None = None,
) -> tuple[Ruleset, RegimeChoice, Citation | None]:
    """The ruleset that governs a request, what chose it, and the transitional provision that
    chose it (``None`` unless ``RegimeChoice.TRANSITION``): the engines' one path to the
    rules of a request, without building a result (:func:`governing_regime` is the same
    choice as a result). The rules are those of :func:`governing_regime`.
    """
    day = day_of(received)
    sent_day = None if sent is None else _sent_date(sent)
    if sent_day is not None and sent_day > day:
        raise InvalidInputError(
            "sent-after-received",
            detail=f"sent {sent_day.isoformat()}, received {day.isoformat()}",
        )
    if regime is not None:  # checked against the day received: the caller's choice governs
        return resolve_regime(day, regime), RegimeChoice.CALLER, None
    rules = resolve_regime(day)
    if sent_day is not None:
        for rule in _transition_rules(rules):
            if sent_day < rule["before"]:
                earlier = resolve_regime(sent_day, rule["continues_under"])
                return earlier, RegimeChoice.TRANSITION, Citation.parse(rule["citation"])
    return rules, RegimeChoice.IN_FORCE, None


def ruleset_on(
    on: date | None,
    regime: RegimeLike | None = None,
    *,
    what: str = "on",
    sent: date | None = None,
) -> tuple[Ruleset, RegimeChoice, Citation | None]:
    """The ruleset an engine answers under: the one that governs the day ``on`` (a request's
    day received, the day a check speaks of), or, without a day, the ``regime`` the caller
    names; with what chose it and the transitional provision that chose it, as
    :func:`choose_ruleset` returns them (which this is, when there is a day).

    Nothing applies a regime without a date: with neither ``on`` nor ``regime``, and with
    ``sent`` but no ``on``, ``InvalidInputError`` (``missing-governing-date``) names ``what``,
    the caller's name for ``on``. ``on`` is a day already read
    (:func:`tiepcan.foundation._model.as_day`).

    >>> from datetime import date
    >>> [r.id for r, _, _ in (ruleset_on(date(2024, 2, 7)), ruleset_on(None, "ati-2016"))]
    ['ati-2016', 'ati-2016']
    >>> ruleset_on(None, "ati-2026")[1].value
    'caller'
    """
    if on is not None:
        return choose_ruleset(on, sent=sent, regime=regime)
    if regime is None or sent is not None:
        raise InvalidInputError(
            "missing-governing-date",
            detail=f"a governing date ({what}=) or an explicit regime (regime=) is required: {what}=None and regime=None: no regime is applied without a date"
            if sent is None
            else f"sent={sent} is given without {what}=: the day received is needed too",
        )
    return ruleset(regime), RegimeChoice.CALLER, None


def _sent_date(value: object) -> date:
    try:
        return day_of(value)
    except InvalidInputError:
        raise InvalidInputError("invalid-date", detail=f"not a date: sent={echo(value)}") from None


def _governing(
    rules: Ruleset, received: date, sent: date | None, how: RegimeChoice, cited: Citation | None
) -> GoverningRegime:
    return GoverningRegime(
        regime=rules.id,
        received=received,
        sent=sent,
        governing_date=received if sent is None else sent,
        chosen_by=how,
        citation=cited,
        user_supplied=rules.user_supplied,
    )


def require_engine(rules: Ruleset, engine: str) -> Ruleset:
    """``rules``, if its data is complete for ``engine`` (``"decision"``, ``"fees"`` …).

    A ruleset encoded step by step lists the engines it is complete for in ``engines.toml``
    (``data/ati-2026/engines.toml``); for any other engine this raises ``engine-not-encoded``
    (a :class:`~tiepcan.foundation.errors.RegimeNotEncodedError` naming the regime) rather than let the
    engine build an answer from the wrong law. A ruleset without the file is complete.
    """
    if not isinstance(rules, Ruleset) or not isinstance(engine, str):
        raise InvalidInputError(detail=f"require_engine: {echo(rules)}, {echo(engine)}")
    if not os.path.isfile(os.path.join(rules.data_dir, "engines.toml")):
        return rules
    encoded = rules.data("engines.toml").get("encoded", ())
    if engine not in encoded:
        raise RegimeNotEncodedError(
            "engine-not-encoded",
            detail=f"{rules.id} ({rules.regime.name_en}): the {engine} rules are not encoded "
            f"yet (encoded: {', '.join(encoded) or 'none'})",
            regime=rules.id,
        )
    return rules
