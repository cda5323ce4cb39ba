"""Danh mục thông tin phải được công khai — the disclosure catalogues, and their check.

Implements Decree 13/2018/NĐ-CP art. 6 with Law 104/2016/QH13 arts. 7, 17–19, 21 and 34(1)(b):
every providing agency keeps two catalogues (Decree 13 art. 6(1)):

* the *Danh mục thông tin phải được công khai* (art. 17 information), each entry with the
  fields of Decree 13 art. 6(3): name, number and symbol; date created; form, time and
  duration of disclosure (if any); the access address when it is online, or the attachment
  when it is digitised but not online; we add its art. 17(1) point and, where it is posted
  under art. 19(1), the point of art. 19(1);
* the *Danh mục thông tin công dân được tiếp cận có điều kiện* (art. 7 information), each
  entry with its art. 7 kind (:class:`~tiepcan.rules.access.ConditionalCategory`), which names
  whose consent opens access to it (art. 7(1) or 7(2)).

A :class:`Catalogue` is built from data (:meth:`Catalogue.build`, JSON, or CSV with
Vietnamese headers), compared with an earlier version (:func:`diff_catalogues`) and checked
against the law as of a date (:func:`check_catalogue`), which resolves the ruleset once
from that date and returns cited findings in Vietnamese and English: Law 104/2016's list up to
2026-08-31, Law 01/2026/QH16's from 2026-09-01 (its arts. 17(1)(a)–(v) and 17(1)(u), 19(1)–(2),
18(4), 21(2), and the dated duty of art. 31(3); docs/catalogue.md §8). Where the law is open,
the check applies a named interpretation (``data/<regime>/interpretations/catalogue.toml``),
and the report lists the ids it applied; ``docs/catalogue.md`` explains each.

The disclosure categories themselves (arts. 17(1), 18(1), 19(1)) live in
:mod:`tiepcan.rules.disclosure` and are re-exported here; the disclosure time limits (arts.
18(4), 21(2), 22(4)) are counted as every time limit is, by
:func:`tiepcan.deadlines.time_limit` (``"disclosure.publish"``, ``"disclosure.posting_minimum"``,
``"disclosure.inaccuracy_answer"``).

This module is the engine's door: it lists the public names and runs the check, in the order
the law goes (:func:`check_catalogue`). The parts live in the private package
:mod:`tiepcan._catalogue`: the models (``models``), the findings and report (``report``), the
checks, one per rule (``checks``), the comparison of versions (``diff``) and the CSV form
(``csv_form``); the sentences of the findings in :mod:`tiepcan.texts.catalogue`.

>>> DisclosureCategory.STATE_BUDGET.citation.label
'Điều 17 khoản 1 điểm đ Luật Tiếp cận thông tin số 104/2016/QH13'
>>> [w.letter for w in WEBSITE_CATEGORIES]
['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i']
>>> from datetime import date
>>> cat = Catalogue.build(
...     kind="public_disclosure",
...     agency={"name": "Sở Tư pháp tỉnh Minh Sơn", "address": "Số 1 đường Lê Lợi",
...             "phone": "0200 3 000 000", "email": "stp@example.org"},
...     focal_point={"name": "Văn phòng Sở", "address": "Số 1 đường Lê Lợi",
...                  "phone": "0200 3 000 001", "email": "vanphong@example.org"},
...     website="https://stp.example.org", published_url="https://stp.example.org/ttc",
...     updated_on=date(2024, 3, 15),
...     entries=[{"id": "KH-01", "name": "Kế hoạch công tác năm 2024",
...               "number_symbol": "15/KH-STP", "created_on": date(2024, 3, 1),
...               "category": "d", "website_category": "c", "forms": ["a"],
...               "access_url": "https://stp.example.org/kh-2024"}])
>>> report = check_catalogue(cat, on=date(2024, 3, 11))
>>> report.ok
False
>>> sorted({f.code for f in report.violations})
['disclosure-overdue', 'website-point-without-entry']
>>> [f.field for f in report.warnings]          # no fax number: a warning, see FAX-IF-ANY
['focal_point.fax', 'agency.fax']
>>> overdue = [f for f in report.findings if f.code == "disclosure-overdue"][0]
>>> overdue.due, overdue.citations[0].label          # created Fri 1/3: due Fri 8/3
(datetime.date(2024, 3, 8), 'Điều 18 khoản 4 Luật Tiếp cận thông tin số 104/2016/QH13')
>>> print(overdue.message_en)
Entry KH-01: not disclosed by 2024-03-08, five working days after it was created on 2024-03-01 (no other law sets the time).
>>> report.regime, "fax-if-any" in report.interpretations
('ati-2016', True)
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from tiepcan._catalogue import checks
from tiepcan._catalogue.checks import Findings
from tiepcan._catalogue.csv_form import CSV_ENTRY_HEADERS, entries_from_csv, entries_to_csv
from tiepcan._catalogue.diff import CatalogueDiff, EntryChange, FieldChange, diff_catalogues
from tiepcan._catalogue.models import Catalogue, CatalogueEntry, CatalogueKind, Contact
from tiepcan._catalogue.report import CatalogueFinding, CatalogueReport, FindingSeverity
from tiepcan.foundation._input import validate_input
from tiepcan.foundation._model import as_day, echo
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import RegimeLike, require_engine, ruleset_on
from tiepcan.rules.access import ConditionalCategory
from tiepcan.rules.disclosure import (
    WEBSITE_CATEGORIES,
    DisclosureCategory,
    DisclosureForm,
    WebsiteCategory,
    declares_points,
)

__all__ = [
    "CSV_ENTRY_HEADERS",
    "WEBSITE_CATEGORIES",
    "Catalogue",
    "CatalogueDiff",
    "CatalogueEntry",
    "CatalogueFinding",
    "CatalogueKind",
    "CatalogueReport",
    "ConditionalCategory",
    "Contact",
    "DisclosureCategory",
    "DisclosureForm",
    "EntryChange",
    "FieldChange",
    "FindingSeverity",
    "WebsiteCategory",
    "check_catalogue",
    "diff_catalogues",
    "entries_from_csv",
    "entries_to_csv",
]


def check_catalogue(
    catalogue: Catalogue | Mapping[str, Any],
    *,
    on: date | None = None,
    regime: RegimeLike | None = None,
) -> CatalogueReport:
    """Check a catalogue against the law as of ``on``; return cited, bilingual findings.

    The ruleset is resolved once from ``on`` (or is ``regime=``, e.g. ``"ati-2016"`` to apply
    the 2016 rules on or after 2026-09-01), and every category, duty, time limit and citation
    is read from it. ``catalogue`` is a :class:`Catalogue` or a mapping of its fields.

    For the public-disclosure catalogue, in this order: where the catalogue is published
    (arts. 34(1)(b), 19(1)(g); Decree 13 art. 6(3)); the contact details of the agency and the
    focal point (arts. 17(1)(m), 19(1)(đ)); the art. 19(1) points with no entry; then, entry by
    entry, the required fields (Decree 13 art. 6(3)), the art. 19(1) point and website form,
    the access address or attachment, the time of disclosure (art. 18(4)) and the posting
    period (art. 21(2)). For the conditional-access catalogue: each entry's name and its
    art. 7 consent rule. Under Law 01/2026/QH16, see :func:`_check_under_points`.
    """
    if on is None:  # the check speaks of a date: overdue is "as of" it
        raise InvalidInputError(
            "missing-date",
            detail=f"the date the time limit runs from is missing: on=None (regime={echo(regime)})",
        )
    day = as_day(on, "on", governing=True)
    rules, _chosen_by, _transition = ruleset_on(day, regime)
    rules = require_engine(rules, "catalogue")
    checked = validate_input(Catalogue, catalogue, what="catalogue")
    out = Findings(rules, day)
    if declares_points(rules):  # Law 01/2026/QH16: its points are data
        _check_under_points(checked, out)
    elif checked.kind is CatalogueKind.PUBLIC_DISCLOSURE:
        out.use("category-recommended", "number-symbol-explicit", "timing-optional")
        checks.check_publication(checked, out)
        checks.check_contacts(checked, out)
        checks.check_website_points(checked, out)
        for entry in checked.entries:
            checks.check_public_entry(checked, entry, out)
    else:
        out.use("conditional-kind", "conditional-fields")
        for entry in checked.entries:
            checks.check_conditional_entry(entry, out)
    return CatalogueReport(
        kind=checked.kind,
        agency=checked.agency.name or "",
        on=day,
        regime=rules.id,
        findings=tuple(out.items),
        interpretations=tuple(out.applied),
        user_supplied=rules.user_supplied,
    )


def _check_under_points(cat: Catalogue, out: Findings) -> None:
    """Law 01/2026/QH16: the catalogue of art. 17(1)(u), read against its own list of points.

    Public-disclosure catalogue, in this order: where the catalogue is published (art. 19(1),
    or 19(2) without a website); point u (the focal unit's name, address, telephone, e-mail;
    the channels' addresses); the dated duty of art. 31(3); then entry by entry: the fields of
    Decree 13 art. 6(3) (interpretation decree13-where-not-contrary), the art. 17(1) point, the
    website (art. 19(1): every art. 17(1) item), the access address, art. 18(4), art. 21(2).
    """
    out.use("decree13-where-not-contrary")
    if cat.kind is CatalogueKind.CONDITIONAL_ACCESS:
        out.use("conditional-kind", "conditional-fields")
        for entry in cat.entries:
            checks.check_conditional_entry(entry, out)
        return
    out.use("category-recommended", "number-symbol-explicit", "timing-optional")
    checks.check_publication_2026(cat, out)
    checks.check_point_u(cat, out)
    checks.check_earlier_information(cat, out)
    for entry in cat.entries:
        checks.check_public_entry_2026(cat, entry, out)
