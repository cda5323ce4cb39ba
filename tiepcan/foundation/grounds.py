"""Căn cứ từ chối theo khóa trung lập — the grounds of refusal of every law, under keys that
do not change with the law.

Law 104/2016/QH13 art. 28(1) lists six grounds of refusal as points a–e (a, b, c, d, đ, e);
Law 01/2026/QH16 art. 27 lists the same six in substance as clauses 1–6. A statistic of a year
that straddles 2026-09-01 must add refusals up by ground across both laws, so each ground has
a **regime-neutral key** (``"costs_unpaid"``), declared in each ruleset's
``refusal_grounds.toml`` with that law's own number and citation:

============================================  =========  ===============  ==========
key                                           member     104/2016         01/2026
============================================  =========  ===============  ==========
``not_accessible_or_conditions_unmet``        ``a``      art. 28(1)(a)    art. 27(1)
``already_published``                         ``b``      art. 28(1)(b)    art. 27(2)
``not_responsible``                           ``c``      art. 28(1)(c)    art. 27(3)
``provided_twice``                            ``d``      art. 28(1)(d)    art. 27(4)
``beyond_capacity``                           ``dd``     art. 28(1)(đ)    art. 27(5)
``costs_unpaid``                              ``e``      art. 28(1)(e)    art. 27(6)
============================================  =========  ===============  ==========

``member`` is the value of :class:`tiepcan.rules.refusals.RefusalGround` that carries the
ground under both laws (tiepcan's stable values are the 2016 letters). Under the first ground,
finer neutral **reasons** say what withheld the information (``"state_secret"``,
``"private_life_without_consent"``, ``"personal_data"`` …), each with its law's unit; a reason
one law does not have (personal data, historical archives: new in 2026) is absent from its
file.

>>> from datetime import date
>>> [g.number for g in refusal_grounds("ati-2026")]
['1', '2', '3', '4', '5', '6']
>>> ground("costs_unpaid", "ati-2016").citation.ref, ground("costs_unpaid", "ati-2026").citation.ref
('104/2016/QH13 art. 28(1)(e)', '01/2026/QH16 art. 27(6)')
>>> neutral_key("dd", "ati-2026")
'beyond_capacity'
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from tiepcan.foundation._model import Result, echo
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError, RegimeNotEncodedError
from tiepcan.foundation.regimes import RegimeLike, Ruleset, ruleset

__all__ = [
    "NeutralGround",
    "NeutralReason",
    "ground",
    "neutral_key",
    "refusal_grounds",
    "refusal_reasons",
]


@dataclass(frozen=True, slots=True)
class NeutralGround(Result):
    """One ground of refusal of one law, under its regime-neutral key."""

    key: str
    regime: str
    #: the value of RefusalGround that carries it ("a" … "e", "dd" for đ)
    member: str
    #: the law's own number of the unit ("đ" under Law 104/2016, "5" under Law 01/2026)
    number: str
    citation: Citation
    #: a short English description (the Vietnamese is the statute text, ``citation.text()``)
    label_en: str


@dataclass(frozen=True, slots=True)
class NeutralReason(Result):
    """A finer reason under a ground (what withheld the information), regime-neutral."""

    key: str
    regime: str
    #: the neutral key of the ground it falls under
    ground: str
    citation: Citation
    label_en: str


def _file(rules: Ruleset) -> dict[str, object]:
    if not os.path.isfile(os.path.join(rules.data_dir, "refusal_grounds.toml")):
        raise RegimeNotEncodedError(
            "ruleset-data-missing", detail=f"{rules.id}: refusal_grounds.toml", regime=rules.id
        )
    return rules.data("refusal_grounds.toml")


def _build(rules: Ruleset) -> tuple[tuple[NeutralGround, ...], tuple[NeutralReason, ...]]:
    raw = _file(rules)
    grounds = tuple(
        NeutralGround(
            key=g["key"],
            regime=rules.id,
            member=g["member"],
            number=g["number"],
            citation=Citation.parse(g["citation"]),
            label_en=g["en"],
        )
        for g in raw.get("ground", ())  # type: ignore[attr-defined]
    )
    reasons = tuple(
        NeutralReason(
            key=r["key"],
            regime=rules.id,
            ground=r["ground"],
            citation=Citation.parse(r["citation"]),
            label_en=r["en"],
        )
        for r in raw.get("reason", ())  # type: ignore[attr-defined]
    )
    return grounds, reasons


def _table(regime: RegimeLike) -> tuple[tuple[NeutralGround, ...], tuple[NeutralReason, ...]]:
    table: tuple[tuple[NeutralGround, ...], tuple[NeutralReason, ...]] = ruleset(regime).cached(
        "refusal-grounds", _build
    )
    return table


def refusal_grounds(regime: RegimeLike) -> tuple[NeutralGround, ...]:
    """The grounds of refusal of a regime, in the law's order, under their neutral keys."""
    return _table(regime)[0]


def refusal_reasons(regime: RegimeLike) -> tuple[NeutralReason, ...]:
    """The finer reasons of a regime under its grounds, under their neutral keys."""
    return _table(regime)[1]


def ground(key: str, regime: RegimeLike) -> NeutralGround:
    """The ground with neutral ``key`` under ``regime`` (its number and citation there)."""
    for g in refusal_grounds(regime):
        if g.key == key:
            return g
    known = ", ".join(g.key for g in refusal_grounds(regime))
    raise InvalidInputError("invalid-ground", detail=f"{echo(key)}; known: {known}")


def neutral_key(member: str, regime: RegimeLike) -> str:
    """The neutral key of a RefusalGround value (``"a"`` … ``"e"``, ``"dd"``) under ``regime``."""
    value = getattr(member, "value", member)
    for g in refusal_grounds(regime):
        if g.member == value:
            return g.key
    known = ", ".join(g.member for g in refusal_grounds(regime))
    raise InvalidInputError("invalid-ground", detail=f"{echo(member)}; known: {known}")
