"""Cited enums — enum members whose citation comes from the ruleset.

Private helper of the ``tiepcan.rules`` modules. A member is declared like any
:class:`~tiepcan.foundation._model.BilingualStrEnum` member, ``NAME = (value, label_vi, label_en)``; the
unit of law it names is not in the code but in the ruleset's ``rules.toml``, under the key
``"<enum name in snake_case>.<value>"`` (``"refusal_ground.e"``). So a later regime that
moves a ground to another article, or rewords it, is a new data file, not an edit here.

* ``member.citation_in(rules)`` is the citation under the ruleset a computation resolved:
  :func:`tiepcan.decision.assess` and every rule function that cites use it;
* ``member.citation`` is the citation under the bundled 2016 ruleset (``ati-2016``), for docs,
  doctests and the rulebook only: it never stands for "the law in force".

>>> from tiepcan.foundation.regimes import ATI_2016_RULES
>>> from tiepcan.rules.refusals import RefusalGround
>>> RefusalGround.NOT_RESPONSIBLE.key
'refusal_ground.c'
>>> RefusalGround.NOT_RESPONSIBLE.citation_in(ATI_2016_RULES).label_en
'Law 104/2016/QH13 on Access to Information, art. 28(1)(c)'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeVar

from tiepcan.foundation._model import BilingualStrEnum, Lang, Text, echo
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import REGIMES, Ruleset, ruleset

if TYPE_CHECKING:
    from tiepcan.foundation.citations import Citation

__all__ = [
    "CitedStrEnum",
    "count",
    "flag",
    "has_rule",
    "members",
    "rules_of",
    "snake_case",
]

_E = TypeVar("_E", bound=BilingualStrEnum)


def snake_case(name: str) -> str:
    """``"RefusalGround"`` → ``"refusal_ground"``: the prefix of an enum's keys in rules.toml."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class CitedStrEnum(BilingualStrEnum):
    """A :class:`BilingualStrEnum` whose members are cited through the ruleset."""

    @property
    def key(self) -> str:
        """The member's key in ``rules.toml``: ``"<enum name in snake_case>.<value>"``."""
        return f"{snake_case(type(self).__name__)}.{self.value}"

    def citation_in(self, rules: Ruleset) -> Citation:
        """The unit of law this member names under ``rules``."""
        return rules.citation(self.key)

    def text_in(self, rules: Ruleset) -> Text:
        """The member's wording under ``rules`` (the ruleset's own, else the enum's labels)."""
        return rules.text(self.key) or self.text

    def label_in(self, rules: Ruleset, lang: Lang = "vi") -> str:
        """The member's wording under ``rules`` in ``lang``."""
        return rules.label(self.key, self.text, lang)

    @property
    def citation(self) -> Citation:
        """The citation under the first bundled ruleset, in order of effect, that has the
        member (docs and doctests only): a Law 104/2016 member under it, a member only Law
        01/2026/QH16 has (personal data, a public service unit) under that law.

        Computations use :meth:`citation_in` with the ruleset they resolved.
        """
        bundled = [ruleset(r.id) for r in REGIMES if r.encoded]
        rules = next((rs for rs in bundled if has_rule(rs, self.key)), bundled[0])
        return self.citation_in(rules)


# --------------------------------------------------------------------------------------
# The checks every public rule helper applies to its input (one helper per task).


def has_rule(rules: Ruleset, key: str) -> bool:
    """Whether ``rules`` has the rule ``key``: a rule one law has and the other has not (Law
    01/2026/QH16's personal data, public service units, art. 10(3)) is declared by its key."""
    known: frozenset[str] = rules.cached("rule-keys", lambda rs: frozenset(rs.keys()))
    return key in known


def rules_of(regime: object) -> Ruleset:
    """The ruleset a rule helper cites from: a :class:`Ruleset`, a ``Regime`` or an id."""
    return ruleset(regime)  # type: ignore[arg-type]  # ruleset() reports a bad value itself


def flag(value: object, *, field: str) -> bool:
    """A yes/no finding: ``True`` or ``False`` only (``"0"``, ``1`` or ``None`` are refused)."""
    if value is True or value is False:
        return value
    raise _invalid(field, "must be true or false", value)


def count(value: object, *, field: str) -> int:
    """A whole number ≥ 0 (``True`` is not a number, ``"2"`` is not either)."""
    if type(value) is int and value >= 0:
        return value
    raise _invalid(field, "must be a whole number ≥ 0", value)


def members(enum: type[_E], values: object, *, field: str) -> tuple[_E, ...]:
    """A collection of members of ``enum`` (or their string values), in the order given.

    A bare string is one value, not a sequence of characters: it is refused, so that
    ``"work_secret"`` is never read as ``("w", "o", …)``.
    """
    if isinstance(values, str | bytes) or not isinstance(values, list | tuple | set | frozenset):
        raise _invalid(field, "must be a list of values", values)
    items = sorted(values, key=str) if isinstance(values, set | frozenset) else values
    return tuple(enum.coerce(v, field=field) for v in items)


def _invalid(field: str, en: str, value: object) -> Exception:
    return InvalidInputError("invalid-input", detail=f"'{field}' {en}: {field}={echo(value)}")
