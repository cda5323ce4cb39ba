"""Trách nhiệm của cơ quan cung cấp thông tin — the duties checklist, judged.

:func:`check_duties` judges an agency's declared state (:class:`~tiepcan.rules.duties.AgencyProfile`)
against every duty of the ruleset in force on ``on`` (Law 104/2016/QH13 arts. 13(2), 18(3),
19(3)–(4), 19(6), 24(1)(a), 26(1), 33, 34, 35(2), 35(5)–(6); Decree 13/2018/NĐ-CP arts. 2, 3,
6–9, 11, 12, 13(2)) up to 2026-08-31; from 2026-09-01 those of Law 01/2026/QH16 (arts. 11(1)–(6),
17(1), 17(1)(u), 18(3)–(4), 19(1)–(2), 20(1), 21(2), 22(1), 22(4), 26(2); Decree 13 only under the
interpretation ``decree13-where-not-contrary``; docs/duties.md). A duty depends on the facts of ``applies_if`` (all must hold: the first
one the profile denies makes it not applicable; one left undeclared, cannot be judged). It lives above ``rules/`` because it joins two
engines: a catalogue check (:func:`tiepcan.catalogue.check_catalogue`) may be passed as
evidence, and a breach it proves overrides the agency's declaration (interpretation
``evidence-over-declaration``). The pure model of the duties is :mod:`tiepcan.rules.duties`.

>>> from datetime import date
>>> profile = AgencyProfile.build(agency="Sở Tư pháp tỉnh Minh Sơn", has_website=True,
...                               internal_rules_issued=True,
...                               internal_rules_contents=["focal_point", "classification"])
>>> result = check_duties(profile, on=date(2025, 6, 30))
>>> result.item("law-34.1.h-internal-rules-issued").status
<DutyStatus.MET: 'met'>
>>> r = result.item("law-34.1.h-content-transfer")
>>> r.status.value, r.citation.label
('missing', 'Điều 34 khoản 1 điểm h Luật Tiếp cận thông tin số 104/2016/QH13')
>>> result.item("law-34.1.l-reporting").status.label_en
'cannot be judged from the data given'
>>> result.regime, len(result.items) == len(duties("ati-2016"))
('ati-2016', True)
>>> result.interpretations[:2]
('declared-state', 'not-applicable')
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from tiepcan.foundation._input import validate_input
from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import Text, as_day, echo
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import RegimeLike, require_engine, ruleset_on
from tiepcan.rules.duties import (
    PROFILE_FIELDS,
    AgencyProfile,
    Duty,
    DutyChecklist,
    DutyResult,
    DutyStatus,
    InternalRulesContent,
    duties,
)

if TYPE_CHECKING:  # pragma: no cover
    from tiepcan.catalogue import CatalogueReport

#: the sentences this module says (tiepcan/texts/duties.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.duties")

__all__ = ["CATALOGUE_EVIDENCE", "check_duties"]

#: Catalogue-check codes that prove a breach of a duty (interpretation
#: ``evidence-over-declaration``): duty id -> the finding codes that prove it unmet.
CATALOGUE_EVIDENCE: Mapping[str, tuple[str, ...]] = {
    "law-34.1.a-timely": ("disclosure-overdue", "disclosed-late"),
    "law-34.1.b-disclose-per-catalogue": (
        "disclosure-overdue",
        "disclosed-late",
        "posting-too-short",
        "website-point-not-on-website",
    ),
    "law-34.1.b-catalogue": ("website-point-without-entry", "missing-required-field"),
    "law-34.1.b-catalogue-on-website": ("catalogue-not-published",),
    "decree13-11.1-section-catalogue": ("catalogue-not-published",),
    "decree13-6.3-catalogue-posted-at-office": ("catalogue-not-published",),
    # Law 01/2026/QH16 (ati-2026/duties.toml)
    "law2026-17.1-disclose": (
        "disclosure-overdue",
        "disclosed-late",
        "earlier-information-overdue",
    ),
    "law2026-18.4-on-time": ("disclosure-overdue", "disclosed-late"),
    "law2026-17.1.u-catalogue": (
        "missing-contact-detail",
        "missing-channel-address",
        "missing-required-field",
        "catalogue-not-published",
    ),
    "law2026-19.1-on-website": ("not-on-website",),
    "law2026-19.1-catalogue-on-website": ("catalogue-not-published",),
    "law2026-19.2-without-website": ("catalogue-not-published",),
    "law2026-21.2-posting-30-days": ("posting-too-short",),
}

#: the profile fact a duty's applicability turns on -> the reading that makes it so
_CONDITION_READINGS = {
    "has_website": "website-duties",
    "serves_disadvantaged_areas": "areas-apply-if-serving",
}


def check_duties(
    profile: AgencyProfile | Mapping[str, Any],
    *,
    on: date | None = None,
    regime: RegimeLike | None = None,
    catalogue_report: CatalogueReport | None = None,
) -> DutyChecklist:
    """Judge every duty of the ruleset in force ``on`` against the agency's declared state.

    ``profile`` is an :class:`AgencyProfile` or a mapping of its fields. ``on`` is the date
    the checklist speaks of; it chooses the ruleset (pass ``regime=`` to choose it yourself,
    with or without a date). ``catalogue_report`` must be the check of the agency's
    *public-disclosure* catalogue; its violations turn the duties they prove broken into
    *missing*, whatever the profile says.
    """
    day = None if on is None else as_day(on, "on", governing=True)
    rules, _chosen_by, _transition = ruleset_on(day, regime)
    rules = require_engine(rules, "duties")
    checked = validate_input(AgencyProfile, profile, what="agency profile")
    codes = _violation_codes(catalogue_report)
    applied: list[str] = ["declared-state"]
    table = duties(rules)
    if any(d.applies_if is not None for d in table):
        applied.append("not-applicable")
    for duty in table:
        for field, _value in duty.conditions:
            reading = _CONDITION_READINGS.get(field)
            if reading is not None and reading not in applied:
                applied.append(reading)
    for duty in table:
        if duty.interpretation is not None and duty.interpretation not in applied:
            applied.append(duty.interpretation)
    if catalogue_report is not None:
        applied.append("evidence-over-declaration")
    return DutyChecklist(
        agency=checked.agency,
        on=day,
        regime=rules.id,
        items=tuple(_judge(duty, checked, codes) for duty in table),
        interpretations=tuple(applied),
        user_supplied=rules.user_supplied,
    )


def _violation_codes(report: CatalogueReport | None) -> frozenset[str]:
    if report is None:
        return frozenset()
    from tiepcan.catalogue import CatalogueKind, CatalogueReport

    if (
        not isinstance(report, CatalogueReport)
        or report.kind is not CatalogueKind.PUBLIC_DISCLOSURE
    ):
        raise InvalidInputError("invalid-catalogue-report", detail=f"got {echo(report)}")
    return frozenset(f.code for f in report.violations)


def _result(duty: Duty, status: DutyStatus, reason: Text) -> DutyResult:
    return DutyResult(
        id=duty.id,
        citation=duty.citation,
        label_vi=duty.label_vi,
        label_en=duty.label_en,
        status=status,
        reason_vi=reason.vi,
        reason_en=reason.en,
        source=duty.source,
        details=duty.details,
    )


def _fact(field: str) -> Text:
    """A fact of the profile as the reasons quote it: its Vietnamese and English labels."""
    vi, en = PROFILE_FIELDS[field]
    return Text(f"“{vi}”", f"“{en}”")


def _judge(duty: Duty, profile: AgencyProfile, codes: frozenset[str]) -> DutyResult:
    applicability = _applicability(duty, profile)
    if applicability is not None:
        return applicability
    proof = sorted(codes.intersection(CATALOGUE_EVIDENCE.get(duty.id, ())))
    if proof:
        return _result(
            duty, DutyStatus.MISSING, say(TEXTS, "evidence.catalogue", codes=", ".join(proof))
        )
    if duty.content is not None:
        return _judge_content(duty, duty.content, profile)
    value = getattr(profile, duty.field)
    fact = _fact(duty.field)
    if value is None:
        return _result(duty, DutyStatus.CANNOT_JUDGE, say(TEXTS, "declared.unknown", fact=fact))
    if value:
        return _result(duty, DutyStatus.MET, say(TEXTS, "declared.met", fact=fact))
    return _result(duty, DutyStatus.MISSING, say(TEXTS, "declared.missing", fact=fact))


def _applicability(duty: Duty, profile: AgencyProfile) -> DutyResult | None:
    """``None`` when the duty applies; else why not (a fact denied) or why unknown.

    The conditions are read in order: the first one the profile denies makes the duty not
    applicable, whatever the others; an undeclared one leaves it unjudged.
    """
    unknown: str | None = None
    for field, wanted in duty.conditions:
        condition = getattr(profile, field)
        if condition is None:
            unknown = unknown or field
        elif condition is not wanted:
            state = Text("có" if condition else "không", str(condition).lower())
            return _result(
                duty,
                DutyStatus.NOT_APPLICABLE,
                say(TEXTS, "applies.not_applicable", fact=_fact(field), state=state),
            )
    if unknown is None:
        return None
    return _result(
        duty, DutyStatus.CANNOT_JUDGE, say(TEXTS, "applies.undeclared", fact=_fact(unknown))
    )


def _judge_content(duty: Duty, content: InternalRulesContent, profile: AgencyProfile) -> DutyResult:
    if profile.internal_rules_issued is False:
        return _result(duty, DutyStatus.MISSING, say(TEXTS, "content.rules_not_issued"))
    contents = profile.internal_rules_contents
    if contents is None:
        return _result(duty, DutyStatus.CANNOT_JUDGE, say(TEXTS, "content.unknown"))
    label = Text(content.label_vi, content.label_en)
    if content in contents:
        return _result(duty, DutyStatus.MET, say(TEXTS, "content.covered", content=label))
    return _result(duty, DutyStatus.MISSING, say(TEXTS, "content.not_covered", content=label))
