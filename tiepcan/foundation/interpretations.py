"""Cách hiểu được lựa chọn — the interpretations the law leaves open, as one registry.

Where the texts leave a question open (when an off-hours request counts as received, whether
the area reduction applies per unit, whether missing consent is asked for or refused …),
tiepcan does not decide silently: it names the reading it applies. Each reading is declared
data in ``data/<regime>/interpretations/*.toml`` with

* ``id``: stable, kebab-case (``"receipt-civil-code"``), never renamed once released;
* ``title``: what the question is, in Vietnamese and English;
* ``provision``: the unit of law that leaves it open, in the one citation encoding;
* ``choice``: the reading tiepcan applies, in Vietnamese and English;
* ``default``: whether the reading applies unless the caller chooses another.

Every result that applied an interpretation lists its id (``result.interpretations``), and
:func:`interpretation` turns the id into the full record, so an auditor sees which reading a
result rests on. ``docs/`` and the registry are kept in step by a test.

>>> from datetime import date
>>> from tiepcan.foundation.regimes import resolve_regime
>>> rules = resolve_regime(date(2024, 2, 7))
>>> i = interpretation("receipt-civil-code", rules)
>>> i.provision.label_en, i.default
('Civil Code 2015, art. 147(3)', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tiepcan.foundation._model import Result, Text, echo
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import RegimeLike, Ruleset, ruleset

__all__ = ["Interpretation", "interpretation", "interpretations"]


@dataclass(frozen=True, slots=True)
class Interpretation(Result):
    """One open question of the law and the reading tiepcan applies to it."""

    id: str
    #: the topic: "deadlines", "fees", "decision", "catalogue", "duties"
    topic: str
    title: Text
    provision: Citation
    choice: Text
    default: bool


def _build(rules: Ruleset) -> dict[str, Interpretation]:
    out: dict[str, Interpretation] = {}
    folder = Path(rules.data_dir, "interpretations")
    if not folder.is_dir():
        return out
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        topic = entry.name.removesuffix(".toml")
        for raw in rules.data(f"interpretations/{entry.name}").get("interpretation", ()):
            if raw["id"] in out:
                raise ValueError(f"interpretation {raw['id']} declared twice")  # data defect
            out[raw["id"]] = Interpretation(
                id=raw["id"],
                topic=topic,
                title=Text(raw["title_vi"], raw["title_en"]),
                provision=Citation.parse(raw["provision"]),
                choice=Text(raw["choice_vi"], raw["choice_en"]),
                default=bool(raw.get("default", True)),
            )
    return out


def interpretations(regime: RegimeLike) -> dict[str, Interpretation]:
    """Every interpretation the regime's ruleset declares, by id."""
    table: dict[str, Interpretation] = ruleset(regime).cached("interpretations", _build)
    return dict(table)


def interpretation(interpretation_id: str, regime: RegimeLike) -> Interpretation:
    """The interpretation ``interpretation_id`` of the regime's ruleset."""
    table: dict[str, Interpretation] = ruleset(regime).cached("interpretations", _build)
    found = table.get(interpretation_id) if isinstance(interpretation_id, str) else None
    if found is None:
        raise InvalidInputError(
            "unknown-interpretation", detail=f"{echo(interpretation_id)}; known: {', '.join(table)}"
        )
    return found
