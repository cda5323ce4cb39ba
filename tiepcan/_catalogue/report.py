"""Kết quả kiểm tra Danh mục — the findings of a catalogue check, and its report.

Each finding carries a stable code, a severity, the provisions of law it rests on (Decree
13/2018/NĐ-CP art. 6; Law 104/2016/QH13 arts. 7, 17–19, 21, 34(1)(b); Law 01/2026/QH16 arts.
16–19, 21, 31(3)) and its message in Vietnamese and English; a timing finding also carries the
deadline it missed and the regime that counted it. Public names are imported from
:mod:`tiepcan.catalogue`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tiepcan._catalogue.models import CatalogueKind
from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import BilingualStrEnum, Lang, NonBlank, Result, Text, check_lang
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError

#: the sentences this module says (tiepcan/texts/catalogue.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.catalogue")

__all__ = ["CatalogueFinding", "CatalogueReport", "FindingSeverity", "inconsistent"]


class FindingSeverity(BilingualStrEnum):
    """How a finding weighs."""

    VIOLATION = ("violation", "Chưa đáp ứng quy định", "does not meet the law")
    WARNING = ("warning", "Cần xem xét", "to be reviewed")
    CANNOT_JUDGE = (
        "cannot_judge",
        "Chưa đủ dữ liệu để đánh giá",
        "cannot be judged from the data given",
    )


#: the findings that carry the due date they missed
_TIMING_CODES = frozenset(
    {
        "disclosure-overdue",
        "disclosed-late",
        "posting-too-short",
        "earlier-information-due",
        "earlier-information-overdue",
    }
)


def inconsistent(what: str, problem: str) -> InvalidInputError:
    return InvalidInputError("inconsistent-result", detail=f"{what}: {problem}")


@dataclass(frozen=True, slots=True)
class CatalogueFinding(Result):
    """One thing the check found, with the law it rests on, in Vietnamese and English."""

    #: stable kebab-case code (see docs/catalogue.md for the list)
    code: str
    severity: FindingSeverity
    citations: tuple[Citation, ...]
    message_vi: str
    message_en: str
    entry_id: str | None = None
    #: the missing or faulty field, e.g. "number_symbol", "focal_point.phone"
    field: str | None = None
    #: the deadline that was missed, for timing findings
    due: date | None = None
    #: the regime under which ``due`` was computed
    regime: str | None = None

    def _check(self) -> None:
        if not self.code or not self.citations:
            raise inconsistent("CatalogueFinding", "a finding needs its code and citations")
        if self.due is not None and self.code not in _TIMING_CODES:
            raise inconsistent("CatalogueFinding", f"{self.code} carries no due date")

    def message(self, lang: Lang = "vi") -> str:
        return self.message_vi if check_lang(lang) == "vi" else self.message_en

    def explain(self, lang: Lang = "vi") -> str:
        """``[severity] message (citations)``."""
        cites = "; ".join(c.label_in(lang) for c in self.citations)
        return f"[{self.severity.label(lang)}] {self.message(lang)} ({cites})"


@dataclass(frozen=True, slots=True)
class CatalogueReport(Result):
    """The result of :func:`check_catalogue`.

    ``on`` is the date the check speaks of; ``regime`` the ruleset applied (its id);
    ``interpretations`` the ids of the readings the check applied (``docs/catalogue.md``).
    """

    kind: CatalogueKind
    agency: NonBlank
    on: date
    regime: str
    findings: tuple[CatalogueFinding, ...]
    interpretations: tuple[str, ...] = ()
    user_supplied: bool = False

    def _check(self) -> None:
        if not self.agency.strip():
            raise inconsistent("CatalogueReport", "agency is blank")
        if len(set(self.interpretations)) != len(self.interpretations):
            raise inconsistent("CatalogueReport", "an interpretation is listed twice")
        for f in self.findings:
            f._check()
            if f.due is not None and f.regime is not None and f.regime != self.regime:
                raise inconsistent(
                    "CatalogueReport",
                    f"finding {f.code} counted under {f.regime}, not {self.regime}",
                )
        if self.kind is CatalogueKind.CONDITIONAL_ACCESS and any(
            f.due is not None for f in self.findings
        ):
            raise inconsistent("CatalogueReport", "a conditional catalogue has no deadlines")

    @property
    def ok(self) -> bool:
        """True when no finding is a violation (warnings and open points may remain)."""
        return not self.violations

    @property
    def violations(self) -> tuple[CatalogueFinding, ...]:
        return self._of(FindingSeverity.VIOLATION)

    @property
    def warnings(self) -> tuple[CatalogueFinding, ...]:
        return self._of(FindingSeverity.WARNING)

    @property
    def cannot_judge(self) -> tuple[CatalogueFinding, ...]:
        return self._of(FindingSeverity.CANNOT_JUDGE)

    def _of(self, severity: FindingSeverity) -> tuple[CatalogueFinding, ...]:
        return tuple(f for f in self.findings if f.severity is severity)

    def explain(self, lang: Lang = "vi") -> str:
        """A readable report: the catalogue, the date, then one line per finding."""
        check_lang(lang)
        kind = Text(self.kind.label_vi, self.kind.label_en)
        head = say(TEXTS, "report.head", kind=kind, agency=self.agency, on=self.on)
        lines = [f.explain(lang) for f in self.findings]
        if not lines:
            lines = [say(TEXTS, "report.no_findings").in_(lang)]
        head_line = head.in_(lang)
        return "\n".join([head_line, *lines])
