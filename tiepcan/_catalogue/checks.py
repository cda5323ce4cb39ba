"""Kiểm tra Danh mục — the checks of a catalogue, one short function per rule of law.

Each check reads one rule of the ruleset in force (its citations from the ruleset's data) and
adds its findings, in the order the law goes; :func:`tiepcan.catalogue.check_catalogue` runs
them. Under Law 104/2016/QH13 with Decree 13/2018/NĐ-CP: where the catalogue is published
(arts. 34(1)(b), 19(1)(g); Decree 13 art. 6(3)), the contact details (arts. 17(1)(m),
19(1)(đ)), the art. 19(1) points, then entry by entry the fields of Decree 13 art. 6(3), the
art. 19(1) point and the website form, the access address, the time of disclosure (art.
18(4)) and the posting period (art. 21(2)); for the conditional catalogue, each entry's art.
7 condition. Under Law 01/2026/QH16: arts. 17(1)(u), 19(1)–(2), 31(3), and the same entry
checks read against its own list of points. Where the law is open, a check names the
interpretation it applies (``data/<regime>/interpretations/catalogue.toml``). The sentences
are in :mod:`tiepcan.texts.catalogue`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from tiepcan._catalogue.models import FIELD_NAMES, Catalogue, CatalogueEntry
from tiepcan._catalogue.report import CatalogueFinding, FindingSeverity
from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import Text
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import CalendarRangeError, RegimeNotEncodedError
from tiepcan.foundation.regimes import Ruleset
from tiepcan.rules.disclosure import (
    WEBSITE_CATEGORIES,
    DisclosureForm,
    LaterDisclosurePoint,
    WebsiteCategory,
    declares_points,
    disclosure_points,
    disclosure_provision,
)
from tiepcan.rules.duties import duties

if TYPE_CHECKING:  # pragma: no cover
    from tiepcan.deadlines import Period

#: the sentences this module says (tiepcan/texts/catalogue.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.catalogue")

__all__ = [
    "PUBLIC_REQUIRED_FIELDS",
    "Findings",
    "check_conditional_entry",
    "check_contacts",
    "check_earlier_information",
    "check_point_u",
    "check_public_entry",
    "check_public_entry_2026",
    "check_publication",
    "check_publication_2026",
    "check_website_points",
]

#: Decree 13 art. 6(3): the fields every entry of the public catalogue must carry ("Tên, số,
#: ký hiệu …; ngày, tháng, năm tạo ra … kèm theo hình thức công khai"). The art. 17(1) point is
#: not among them: its absence is a warning (interpretation category-recommended).
PUBLIC_REQUIRED_FIELDS = ("name", "number_symbol", "created_on", "forms")

#: contact fields as the check's sentences name them
_CONTACT_FIELDS: dict[str, Text] = {
    "name": Text("tên", "name"),
    "address": Text("địa chỉ", "address"),
    "phone": Text("số điện thoại", "telephone number"),
    "fax": Text("số fax", "fax number"),
    "email": Text("địa chỉ thư điện tử", "e-mail address"),
}

#: whose contact details the 2016 check reads
_FOCAL_POINT = Text("người làm đầu mối tiếp nhận yêu cầu", "the focal point receiving requests")
_AGENCY = Text("cơ quan", "the agency")

#: art. 19(1) points every agency holds information under (interpretation website-points-held):
#: c — its own annual work programme and plan ("chương trình, kế hoạch công tác hằng năm của
#: cơ quan nhà nước"); đ — its own functions, organisation and contacts. Point g is the
#: catalogue itself (see check_publication).
_HELD_BY_EVERY_AGENCY = (
    WebsiteCategory.STRATEGIES_PLANS_AND_PROGRAMMES,
    WebsiteCategory.ORGANISATION_AND_CONTACTS,
)


def _field(name: str) -> Text:
    """An entry field as the sentences name it: its Vietnamese title, its English description."""
    vi, en = FIELD_NAMES[name]
    return Text(vi, en)


# -- the citations and the findings of one check ------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cites:
    """The citations the check makes, read from one ruleset."""

    art_7_1: Citation
    art_7_2: Citation
    art_17_1: Citation
    art_17_1_m: Citation
    art_18_4: Citation
    art_19_1: Citation
    art_19_1_dd: Citation
    art_19_1_g: Citation
    art_21_2: Citation
    art_34_1_b: Citation
    decree_6_1: Citation
    decree_6_3: Citation


def _build_cites(rules: Ruleset) -> _Cites:
    if declares_points(rules):
        return _build_cites_2026(rules)
    by_duty = {d.id: d.citation for d in duties(rules) if d.citation is not None}
    limits = {raw["id"]: raw for raw in rules.data("time_limits.toml")["limit"]}
    return _Cites(
        art_7_1=rules.citation("conditional_category.trade_secret"),
        art_7_2=rules.citation("conditional_category.private_life_secret"),
        art_17_1=replace(rules.citation("disclosure_category.a"), point=None),
        art_17_1_m=rules.citation("disclosure_category.m"),
        art_18_4=Citation.parse(limits["disclosure.publish"]["citation"]),
        art_19_1=replace(rules.citation("website_category.a"), point=None),
        art_19_1_dd=rules.citation("website_category.dd"),
        art_19_1_g=rules.citation("website_category.g"),
        art_21_2=Citation.parse(limits["disclosure.posting_minimum"]["citation"]),
        art_34_1_b=by_duty["law-34.1.b-catalogue"],
        decree_6_1=rules.citation("catalogue_kind.public_disclosure"),
        decree_6_3=by_duty["decree13-6.3-catalogue-posted-at-office"],
    )


def _build_cites_2026(rules: Ruleset) -> _Cites:
    """The same roles under a ruleset that declares its points (Law 01/2026/QH16): the
    consent rules of art. 16(1)–(2); art. 17(1)(u) for the catalogue and the focal unit;
    art. 19(1) for the website; Decree 13/2018 art. 6 under "decree13-where-not-contrary"."""
    limits = {raw["id"]: raw for raw in rules.data("time_limits.toml")["limit"]}
    point_u = disclosure_provision(rules, "catalogue")
    website = disclosure_provision(rules, "website")
    return _Cites(
        art_7_1=rules.citation("conditional_category.trade_secret"),
        art_7_2=rules.citation("conditional_category.private_life_secret"),
        art_17_1=disclosure_provision(rules, "must_disclose"),
        art_17_1_m=point_u,
        art_18_4=Citation.parse(limits["disclosure.publish"]["citation"]),
        art_19_1=website,
        art_19_1_dd=point_u,
        art_19_1_g=website,
        art_21_2=Citation.parse(limits["disclosure.posting_minimum"]["citation"]),
        art_34_1_b=point_u,
        decree_6_1=rules.citation("catalogue_kind.conditional_access"),
        decree_6_3=disclosure_provision(rules, "entry_fields"),
    )


class Findings:
    """Collects findings in the order the check makes them, and the readings it applies."""

    def __init__(self, rules: Ruleset, on: date) -> None:
        self.rules = rules
        self.on = on
        self.cites: _Cites = rules.cached("catalogue-cites", _build_cites)
        #: the reading applied to information created (or posted) before the law took effect
        self.before_law = "created-before-2026" if declares_points(rules) else "pre-2018"
        self.items: list[CatalogueFinding] = []
        self.applied: list[str] = []

    def use(self, *interpretation_ids: str) -> None:
        for i in interpretation_ids:
            if i not in self.applied:
                self.applied.append(i)

    def add(
        self,
        code: str,
        severity: FindingSeverity,
        citations: Iterable[Citation],
        message: Text,
        **extra: Any,
    ) -> None:
        self.items.append(
            CatalogueFinding(
                code=code,
                severity=severity,
                citations=tuple(citations),
                message_vi=message.vi,
                message_en=message.en,
                **extra,
            )
        )


def _count(limit_id: str, day: date, rules: Ruleset) -> Period:
    """Count a time limit of the ruleset from ``day`` (:func:`tiepcan.deadlines.time_limit`)."""
    from tiepcan.deadlines import time_limit  # the calendar loads when a limit is counted

    return time_limit(limit_id, day, regime=rules)


# -- Law 104/2016/QH13 and Decree 13/2018/NĐ-CP: the catalogue itself ---------------------


def check_publication(cat: Catalogue, out: Findings) -> None:
    """Law art. 34(1)(b), art. 19(1)(g); Decree 13 art. 6(3): the catalogue is published on
    the website, or, without one, posted at the office or published in another form."""
    k = out.cites
    cites = (k.art_34_1_b, k.art_19_1_g, k.decree_6_3)
    if cat.website is not None and cat.published_url is None:
        out.add(
            "catalogue-not-published",
            FindingSeverity.VIOLATION,
            cites,
            say(TEXTS, "publication.not_on_website"),
            field="published_url",
        )
    elif cat.website is None and cat.published_url is None and not cat.published_by_posting:
        out.add(
            "catalogue-not-published",
            FindingSeverity.VIOLATION,
            cites,
            say(TEXTS, "publication.not_posted"),
            field="published_by_posting",
        )


def check_contacts(cat: Catalogue, out: Findings) -> None:
    """Law arts. 17(1)(m), 19(1)(đ): the name, address, telephone, fax and e-mail of the focal
    point, and the agency's own (interpretations contacts-both, fax-if-any)."""
    out.use("contacts-both")
    focal_cites = (out.cites.art_17_1_m, out.cites.art_19_1_dd)
    agency_cites = (out.cites.art_19_1_dd,)
    parts = (
        ("focal_point", cat.focal_point, ("name", "address", "phone", "fax", "email"), focal_cites, _FOCAL_POINT),
        ("agency", cat.agency, ("address", "phone", "fax", "email"), agency_cites, _AGENCY),
    )  # fmt: skip
    for prefix, contact, fields, cites, who in parts:
        for field in fields:
            if getattr(contact, field) is not None:
                continue
            detail = _CONTACT_FIELDS[field]
            if field == "fax":  # interpretation fax-if-any (docs/catalogue.md)
                out.use("fax-if-any")
                out.add(
                    "missing-contact-detail",
                    FindingSeverity.WARNING,
                    cites,
                    say(TEXTS, "contact.fax_missing", detail=detail, who=who),
                    field=f"{prefix}.{field}",
                )
            else:
                out.add(
                    "missing-contact-detail",
                    FindingSeverity.VIOLATION,
                    cites,
                    say(TEXTS, "contact.missing", detail=detail, who=who),
                    field=f"{prefix}.{field}",
                )


def check_website_points(cat: Catalogue, out: Findings) -> None:
    """Law art. 19(1): each point the agency holds information under has an entry
    (interpretations website-point-declared, website-mapping, website-points-held)."""
    out.use("website-point-declared", "website-mapping", "website-points-held")
    covered = {
        e.website_category
        for e in cat.entries
        if e.website_category is not None and e.category in WEBSITE_CATEGORIES[e.website_category]
    }
    held = cat.website_points_held
    declared_in = Text(
        Catalogue.model_fields["website_points_held"].title or "", "website_points_held"
    )
    for point in WebsiteCategory:
        if point is WebsiteCategory.DISCLOSURE_CATALOGUE or point in covered:
            continue  # point g is the catalogue itself: see check_publication
        label = Text(point.label_vi, point.label_en)
        if point in _HELD_BY_EVERY_AGENCY or (held is not None and point in held):
            out.add(
                "website-point-without-entry",
                FindingSeverity.VIOLATION,
                (point.cited(out.rules),),
                say(TEXTS, "website_point.no_entry", letter=point.letter, label=label),
                field="website_category",
            )
        elif held is None:
            out.add(
                "website-point-without-entry",
                FindingSeverity.CANNOT_JUDGE,
                (out.cites.art_19_1, point.cited(out.rules)),
                say(
                    TEXTS,
                    "website_point.undeclared",
                    letter=point.letter,
                    label=label,
                    declared_in=declared_in,
                ),
                field="website_points_held",
            )
        # declared not held: art. 19(1) asks nothing of the agency under this point


# -- Law 104/2016/QH13 and Decree 13/2018/NĐ-CP: entry by entry ---------------------------


def _missing_field(
    out: Findings,
    entry: CatalogueEntry,
    field: str,
    cites: tuple[Citation, ...],
    severity: FindingSeverity,
    key: str = "field.missing",
) -> None:
    out.add(
        "missing-required-field",
        severity,
        cites,
        say(TEXTS, key, entry=entry.id, field=_field(field)),
        entry_id=entry.id,
        field=field,
    )


def check_public_entry(cat: Catalogue, entry: CatalogueEntry, out: Findings) -> None:
    """One entry of the public catalogue: the fields of Decree 13 art. 6(3), its art. 17(1)
    point (interpretation category-recommended), then its website point, access address,
    time of disclosure and posting period."""
    decree_6_3 = (out.cites.decree_6_3,)
    for field in PUBLIC_REQUIRED_FIELDS:
        if getattr(entry, field) in (None, ()):
            _missing_field(out, entry, field, decree_6_3, FindingSeverity.VIOLATION)
    if isinstance(entry.category, LaterDisclosurePoint):  # q–v: Law 01/2026/QH16 only
        _point_not_in_law(entry, out)
    if entry.category is None:  # interpretation category-recommended
        out.add(
            "missing-category",
            FindingSeverity.WARNING,
            (out.cites.art_17_1,),
            say(TEXTS, "category.missing", entry=entry.id, field=_field("category")),
            entry_id=entry.id,
            field="category",
        )
    _check_website_point(cat, entry, out)
    _check_access_address(entry, out)
    _check_timing(entry, out)
    _check_posting(entry, out)


def _point_not_in_law(entry: CatalogueEntry, out: Findings) -> None:
    """Art. 17(1): an entry names a point the law in force does not have."""
    assert entry.category is not None
    regime = out.rules.regime
    out.add(
        "category-not-in-law",
        FindingSeverity.VIOLATION,
        (out.cites.art_17_1,),
        say(
            TEXTS,
            "category.not_in_law",
            entry=entry.id,
            law=Text(regime.name_vi, regime.name_en),
            letter=entry.category.letter,
            letters=", ".join(p.letter for p in disclosure_points(out.rules)),
        ),
        entry_id=entry.id,
        field="category",
    )


def _check_website_point(cat: Catalogue, entry: CatalogueEntry, out: Findings) -> None:
    """Art. 19(1): the point an entry is posted under draws from its art. 17(1) point, and
    the entry is on the website (art. 18(1)(a))."""
    point = entry.website_category
    if point is None:
        return
    if entry.category is not None and entry.category not in WEBSITE_CATEGORIES[point]:
        out.add(
            "website-point-category-mismatch",
            FindingSeverity.VIOLATION,
            (out.cites.art_19_1, point.cited(out.rules)),
            say(
                TEXTS,
                "website_point.category_mismatch",
                entry=entry.id,
                point=point.letter,
                allowed=", ".join(c.letter for c in WEBSITE_CATEGORIES[point]),
                letter=entry.category.letter,
            ),
            entry_id=entry.id,
            field="website_category",
        )
    if cat.website is not None and not entry.on_website:
        out.add(
            "website-point-not-on-website",
            FindingSeverity.VIOLATION,
            (point.cited(out.rules),),
            say(TEXTS, "website_point.not_on_website", entry=entry.id, point=point.letter),
            entry_id=entry.id,
            field="forms",
        )


def _check_access_address(entry: CatalogueEntry, out: Findings) -> None:
    """Decree 13 art. 6(3), second paragraph: the access address of information on the
    website, or the attached file of digitised information (interpretation access-address)."""
    cites = (out.cites.decree_6_3,)
    if entry.on_website or entry.digitised:
        out.use("access-address")
    if entry.on_website and entry.access_url is None:
        _missing_field(
            out, entry, "access_url", cites, FindingSeverity.VIOLATION, "field.missing_online"
        )
    elif (
        not entry.on_website
        and entry.digitised
        and entry.attachment is None
        and entry.access_url is None
    ):
        _missing_field(
            out, entry, "attachment", cites, FindingSeverity.VIOLATION, "field.missing_digitised"
        )


def _check_timing(entry: CatalogueEntry, out: Findings) -> None:
    """Art. 18(4): disclosed within five working days of its creation, or by the time another
    law sets (interpretation special-rule); information created before the law took effect
    follows the earlier rules (Decree 13/2018 art. 14(2))."""
    created, as_of = entry.created_on, out.on
    if created is None or created > as_of:
        return  # missing date reported above; or not yet created
    if created < out.rules.regime.in_force_from:
        out.use(out.before_law)
        return
    art_18_4 = out.cites.art_18_4
    rule = entry.special_rule
    if rule is not None:
        out.use("special-rule")
        if entry.special_due is None:
            out.add(
                "timing-cannot-be-judged",
                FindingSeverity.CANNOT_JUDGE,
                (art_18_4,),
                say(TEXTS, "timing.special_without_due", entry=entry.id, rule=rule),
                entry_id=entry.id,
                field="special_due",
            )
            return
        due, used_regime = entry.special_due, None
    else:
        try:
            period = _count("disclosure.publish", created, out.rules)
        except (RegimeNotEncodedError, CalendarRangeError) as exc:
            _uncountable(out, entry, exc, art_18_4, "created_on")
            return
        due, used_regime = period.due, period.regime
    disclosed = entry.disclosed_on if entry.disclosed_on and entry.disclosed_on <= as_of else None
    if disclosed is None and as_of > due:
        key = "timing.overdue" if rule is None else "timing.overdue_special"
        out.add(
            "disclosure-overdue",
            FindingSeverity.VIOLATION,
            (art_18_4,),
            say(TEXTS, key, entry=entry.id, due=due, created=created, rule=rule),
            entry_id=entry.id,
            field="disclosed_on",
            due=due,
            regime=used_regime,
        )
    elif disclosed is not None and disclosed > due:
        key = "timing.late" if rule is None else "timing.late_special"
        out.add(
            "disclosed-late",
            FindingSeverity.VIOLATION,
            (art_18_4,),
            say(
                TEXTS, key, entry=entry.id, disclosed=disclosed, due=due, created=created, rule=rule
            ),
            entry_id=entry.id,
            field="disclosed_on",
            due=due,
            regime=used_regime,
        )


def _uncountable(
    out: Findings, entry: CatalogueEntry, exc: Exception, cite: Citation, field: str
) -> None:
    """A time limit that cannot be counted: an unencoded regime or a date off the calendar."""
    day = getattr(entry, field)
    if isinstance(exc, RegimeNotEncodedError):
        message = say(TEXTS, "timing.regime_not_encoded", entry=entry.id, day=day)
    else:
        message = say(TEXTS, "timing.off_calendar", entry=entry.id, day=day)
    out.add(
        "timing-cannot-be-judged",
        FindingSeverity.CANNOT_JUDGE,
        (cite,),
        message,
        entry_id=entry.id,
        field=field,
        regime=getattr(exc, "regime", None),
    )


def _check_posting(entry: CatalogueEntry, out: Findings) -> None:
    """Art. 21(2): a posting lasts at least 30 days, where no other law sets its duration; a
    30th day that is a day off ends the period on the next working day (Civil Code art.
    148(5)); an open-ended posting is not judged (interpretation posting-open-ended)."""
    if (
        DisclosureForm.POSTING not in entry.forms
        or entry.special_rule is not None
        or entry.disclosed_on is None
    ):
        return
    if entry.disclosed_until is None:
        out.use("posting-open-ended")
        return
    if entry.disclosed_on < out.rules.regime.in_force_from:
        out.use(out.before_law)
        return
    art_21_2 = out.cites.art_21_2
    try:
        period = _count("disclosure.posting_minimum", entry.disclosed_on, out.rules)
    except (RegimeNotEncodedError, CalendarRangeError) as exc:
        _uncountable(out, entry, exc, art_21_2, "disclosed_on")
        return
    if entry.disclosed_until >= period.due:
        return
    day_30 = entry.disclosed_on + timedelta(days=30)  # day 1 is the day after (BLDS art. 147)
    posted = {"entry": entry.id, "posted": entry.disclosed_on, "until": entry.disclosed_until}
    if entry.disclosed_until < day_30:
        citations: tuple[Citation, ...] = (art_21_2,)
        message = say(TEXTS, "posting.too_short", **posted, due=period.due)
    else:  # 30 days have run, but the 30th is a day off: the period ends on the next working day
        rolled = [c for c in period.citations if (c.article, c.clause) == (148, 5)]
        citations = (art_21_2, *rolled)
        message = say(TEXTS, "posting.day_30_off", **posted, day_30=day_30, due=period.due)
    out.add(
        "posting-too-short",
        FindingSeverity.VIOLATION,
        citations,
        message,
        entry_id=entry.id,
        field="disclosed_until",
        due=period.due,
        regime=period.regime,
    )


def check_conditional_entry(entry: CatalogueEntry, out: Findings) -> None:
    """One entry of the conditional catalogue: its name (Decree 13 art. 6(1)), its number and
    date as art. 6(3) asks of the public one (interpretation conditional-fields, warnings), and
    its art. 7 condition, which names whose consent opens access (art. 7(1)–(2))."""
    decree_6_1 = (out.cites.decree_6_1,)
    if entry.name is None:
        _missing_field(out, entry, "name", decree_6_1, FindingSeverity.VIOLATION)
    for field in ("number_symbol", "created_on"):
        if getattr(entry, field) is None:
            _missing_field(
                out,
                entry,
                field,
                (out.cites.decree_6_3,),
                FindingSeverity.WARNING,
                "field.recommended",
            )
    if entry.condition is None:
        out.add(
            "missing-consent-rule",
            FindingSeverity.VIOLATION,
            (out.cites.art_7_1, out.cites.art_7_2),
            say(TEXTS, "condition.missing", entry=entry.id),
            entry_id=entry.id,
            field="condition",
        )


# -- Law 01/2026/QH16 (arts. 17–19, 21, 31(3)) ---------------------------------------------


def check_publication_2026(cat: Catalogue, out: Findings) -> None:
    """Art. 17(1)(u) with art. 19(1): the catalogue is on the agency's portal or website; or,
    without one, on its official channels or in another suitable form (art. 19(2))."""
    point_u, website = out.cites.art_34_1_b, out.cites.art_19_1
    if cat.website is not None and cat.published_url is None:
        out.add(
            "catalogue-not-published",
            FindingSeverity.VIOLATION,
            (point_u, website),
            say(TEXTS, "publication_2026.not_on_website"),
            field="published_url",
        )
    elif cat.website is None and cat.published_url is None and not cat.published_by_posting:
        out.add(
            "catalogue-not-published",
            FindingSeverity.VIOLATION,
            (point_u, disclosure_provision(out.rules, "without_website")),
            say(TEXTS, "publication_2026.no_channel"),
            field="published_by_posting",
        )


def check_point_u(cat: Catalogue, out: Findings) -> None:
    """Art. 17(1)(u): the focal unit's name, address, telephone and e-mail (no fax: the point
    names none), and the addresses of the channels of disclosure and of provision."""
    out.use("focal-unit-contacts", "channels-from-catalogue")
    point_u = (out.cites.art_34_1_b,)
    for field in ("name", "address", "phone", "email"):
        if getattr(cat.focal_point, field) is not None:
            continue
        out.add(
            "missing-contact-detail",
            FindingSeverity.VIOLATION,
            point_u,
            say(TEXTS, "point_u.missing_contact", detail=_CONTACT_FIELDS[field]),
            field=f"focal_point.{field}",
        )
    if cat.website is None and cat.published_url is None:
        out.add(
            "missing-channel-address",
            FindingSeverity.VIOLATION,
            point_u,
            say(TEXTS, "point_u.missing_channel"),
            field="website",
        )


def _transition_duty(rules: Ruleset) -> tuple[Citation, date, Period]:
    """Art. 31(3): its citation, the day it runs from, and its time limit counted."""
    raw = next(
        d
        for d in rules.data("transition.toml").get("duty", ())
        if d["id"] == "disclose-earlier-information"
    )
    start: date = raw["from"]
    return Citation.parse(raw["citation"]), start, _count(raw["time_limit"], start, rules)


def check_earlier_information(cat: Catalogue, out: Findings) -> None:
    """Art. 31(3): art. 17(1) information created or held before 2026-09-01 that the old law
    did not require to be disclosed is disclosed within 6 months (Civil Code art. 148(3)).

    While the six months run, the report carries the duty and its last day; an entry created
    before that day under a point Law 104/2016 art. 17(1) did not list (interpretation
    earlier-information-by-point) that is not disclosed by then is overdue.
    """
    cited, start, period = _transition_duty(out.rules)
    due = period.due
    citations = (cited, *period.citations[1:])
    new_points = {p.value for p in disclosure_points(out.rules) if not p.earlier}
    out.use("earlier-information-by-point", "disclosure-categories-by-subject")
    pending: list[str] = []
    for entry in cat.entries:
        if entry.category is None or entry.category.value not in new_points:
            continue
        if entry.created_on is None or entry.created_on >= start:
            continue
        disclosed = (
            entry.disclosed_on if entry.disclosed_on and entry.disclosed_on <= out.on else None
        )
        if disclosed is None and out.on > due:
            out.add(
                "earlier-information-overdue",
                FindingSeverity.VIOLATION,
                citations,
                say(
                    TEXTS,
                    "earlier.overdue",
                    entry=entry.id,
                    created=entry.created_on,
                    letter=entry.category.letter,
                    due=due,
                ),
                entry_id=entry.id,
                field="disclosed_on",
                due=due,
                regime=period.regime,
            )
        elif disclosed is None:
            pending.append(entry.id)
    if out.on <= due:
        message = say(TEXTS, "earlier.due", start=start, due=due)
        if pending:
            ids = say(TEXTS, "earlier.pending", ids=", ".join(pending))
            message = Text(f"{message.vi} {ids.vi}", f"{message.en} {ids.en}")
        out.add(
            "earlier-information-due",
            FindingSeverity.WARNING,
            citations,
            message,
            due=due,
            regime=period.regime,
        )


def check_public_entry_2026(cat: Catalogue, entry: CatalogueEntry, out: Findings) -> None:
    """One entry under Law 01/2026/QH16: the fields of Decree 13 art. 6(3) (interpretation
    decree13-where-not-contrary), its art. 17(1) point, the website (art. 19(1): every art.
    17(1) item, interpretation every-entry-on-website), the access address, art. 18(4) and
    art. 21(2)."""
    decree_6_3 = (out.cites.decree_6_3,)
    for field in PUBLIC_REQUIRED_FIELDS:
        if getattr(entry, field) in (None, ()):
            _missing_field(out, entry, field, decree_6_3, FindingSeverity.VIOLATION)
    if entry.category is None:
        out.add(
            "missing-category",
            FindingSeverity.WARNING,
            (out.cites.art_17_1,),
            say(TEXTS, "category.missing_2026", entry=entry.id, field=_field("category")),
            entry_id=entry.id,
            field="category",
        )
    if entry.website_category is not None:
        out.use("every-entry-on-website")
        out.add(
            "website-point-not-in-law",
            FindingSeverity.WARNING,
            (out.cites.art_19_1,),
            say(TEXTS, "website_2026.no_points", entry=entry.id),
            entry_id=entry.id,
            field="website_category",
        )
    if cat.website is not None and not entry.on_website:
        out.use("every-entry-on-website")
        out.add(
            "not-on-website",
            FindingSeverity.VIOLATION,
            (out.cites.art_19_1,),
            say(TEXTS, "website_2026.not_on_website", entry=entry.id),
            entry_id=entry.id,
            field="forms",
        )
    _check_access_address(entry, out)
    _check_timing(entry, out)
    _check_posting(entry, out)
