"""Cited enums — enum members that carry the citation of the unit of law they name.

Private helper of the ``tiepcan.rules`` modules. A member is declared
``NAME = (value, label_vi, label_en, (instrument, article, clause, point))`` where the
instrument is ``"law"`` (Law 104/2016/QH13) or ``"decree13"`` (Decree 13/2018/NĐ-CP). The
:class:`~tiepcan.citations.Citation` is built on first use, so importing a rules module loads
no statute text and builds no model.

>>> from tiepcan.rules.refusals import RefusalGround
>>> RefusalGround.NOT_RESPONSIBLE.citation.label_en
'Law 104/2016/QH13 on Access to Information, art. 28(1)(c)'
"""

from __future__ import annotations

from functools import cache
from typing import Self

from tiepcan._model import BilingualStrEnum
from tiepcan.citations import Citation, decree13, law

__all__ = ["CiteSpec", "CitedStrEnum", "cite"]

#: (instrument, article, clause, point); instrument is "law" or "decree13"
CiteSpec = tuple[str, int, int | None, str | None]


@cache
def cite(spec: CiteSpec) -> Citation:
    """Build (once) the citation a :data:`CiteSpec` names."""
    instrument, article, clause, point = spec
    if instrument == "law":
        return law(article, clause, point)
    if instrument == "decree13":
        return decree13(article, clause, point)
    raise ValueError(f"unknown instrument key {instrument!r}")  # programming error only


class CitedStrEnum(BilingualStrEnum):
    """A :class:`BilingualStrEnum` whose members also carry a citation."""

    cite_spec: CiteSpec

    def __new__(
        cls,
        value: str,
        label_vi: str = "",
        label_en: str = "",
        spec: CiteSpec = ("law", 1, None, None),
    ) -> Self:
        # Enum replaces ``__new__`` once a class is built, so the parent's cannot be reused.
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_vi = label_vi
        member.label_en = label_en
        member.cite_spec = spec
        return member

    @property
    def citation(self) -> Citation:
        """The unit of law this member names."""
        return cite(self.cite_spec)
