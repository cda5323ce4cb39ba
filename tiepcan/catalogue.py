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
:mod:`tiepcan.rules.disclosure` and are re-exported here; the disclosure time limits
(arts. 18(4), 21(2), 22(4)) are counted here (:func:`disclosure_deadline`,
:func:`posting_minimum_end`, :func:`inaccuracy_answer_deadline`).

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

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from pydantic import Field, StrictBool, field_validator, model_validator

from tiepcan._input import (
    FrozenModel,
    in_law_order,
    validate_input,
    validate_json_input,
)
from tiepcan._model import BilingualStrEnum, Lang, NonBlank, Result, check_lang, echo
from tiepcan.citations import Citation
from tiepcan.errors import (
    CalendarRangeError,
    InvalidInputError,
    RegimeNotEncodedError,
)
from tiepcan.regimes import (
    ATI_2016_RULES,
    RegimeLike,
    Ruleset,
    require_engine,
    resolve_regime,
    ruleset,
)
from tiepcan.rules.access import ConditionalCategory
from tiepcan.rules.disclosure import (
    WEBSITE_CATEGORIES,
    DisclosureCategory,
    DisclosureForm,
    LaterDisclosurePoint,
    WebsiteCategory,
    declares_points,
    disclosure_points,
    disclosure_provision,
)
from tiepcan.rules.duties import duties, one_line, yes_no

if TYPE_CHECKING:  # pragma: no cover
    from tiepcan.deadlines import Period

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
    "disclosure_deadline",
    "entries_from_csv",
    "entries_to_csv",
    "inaccuracy_answer_deadline",
    "posting_minimum_end",
    "resolve_on",
]


# -- the two catalogues -------------------------------------------------------------------


class CatalogueKind(BilingualStrEnum):
    """The two catalogues an agency keeps (Decree 13/2018 art. 6(1))."""

    PUBLIC_DISCLOSURE = (
        "public_disclosure",
        "Danh mục thông tin phải được công khai",
        "catalogue of information that must be disclosed",
    )
    CONDITIONAL_ACCESS = (
        "conditional_access",
        "Danh mục thông tin công dân được tiếp cận có điều kiện",
        "catalogue of information citizens may access on conditions",
    )

    @property
    def citation(self) -> Citation:
        """Decree 13/2018 art. 6(1), which requires both catalogues (2016 ruleset)."""
        return ATI_2016_RULES.citation(f"catalogue_kind.{self.value}")


# -- input hygiene ------------------------------------------------------------------------

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_VN_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _parse_date(value: Any) -> date | None:
    """Accept a ``date`` (not a datetime), ``YYYY-MM-DD`` or ``dd/mm/yyyy``; blank is None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        raise ValueError("must be a date without a time")
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError("must be a date (YYYY-MM-DD or dd/mm/yyyy)")
    text = value.strip()
    if not text:
        return None
    try:
        if _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
        m = _VN_DATE.fullmatch(text)
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        pass
    raise ValueError(f"not a valid date: {echo(text)} (use YYYY-MM-DD or dd/mm/yyyy)")


def _letter_value(value: Any) -> Any:
    """Let the law's letter "đ" stand for the ASCII value "dd"."""
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value).strip().lower()
        return "dd" if text == "đ" else text or None
    return value


def _invalid(code: str, detail: str) -> InvalidInputError:
    return InvalidInputError(code, detail=detail)


# -- models -------------------------------------------------------------------------------


class Contact(FrozenModel):
    """Name, address, telephone, fax and e-mail (Law arts. 17(1)(m), 19(1)(đ))."""

    name: str | None = Field(None, title="Tên", description="name")
    address: str | None = Field(None, title="Địa chỉ", description="address")
    phone: str | None = Field(None, title="Điện thoại", description="telephone")
    fax: str | None = Field(None, title="Fax", description="fax")
    email: str | None = Field(None, title="Thư điện tử", description="e-mail")

    @field_validator("*", mode="before")
    @classmethod
    def _text(cls, v: Any) -> str | None:
        return one_line(v)


class CatalogueEntry(FrozenModel):
    """One line of a catalogue (Decree 13/2018 art. 6(3)).

    Only ``id`` is structurally required (it names the entry across versions). The fields
    the law requires are optional in the model so that an incomplete catalogue can be
    loaded and *checked*: :func:`check_catalogue` reports each one that is missing.
    """

    #: mã thông tin — the agency's identifier of the entry, stable across versions
    id: NonBlank = Field(title="Mã thông tin", description="identifier")
    name: str | None = Field(
        None,
        title="Tên văn bản, hồ sơ, tài liệu",
        description="name of the document, file or material",
    )
    #: write "không số" for an unnumbered file or material (number-symbol-explicit)
    number_symbol: str | None = Field(None, title="Số, ký hiệu", description="number and symbol")
    created_on: date | None = Field(None, title="Ngày tạo ra", description="date created")
    #: đơn vị chủ trì tạo ra thông tin (Decree 13 art. 6(2))
    creating_unit: str | None = Field(
        None, title="Đơn vị tạo ra thông tin", description="creating unit"
    )
    #: the art. 17(1) point (public catalogue)
    #: a–p are DisclosureCategory members, q–v (Law 01/2026 only) LaterDisclosurePoint ones;
    #: the letter means the point of the law in force on the day the catalogue is checked
    category: DisclosureCategory | LaterDisclosurePoint | None = Field(
        None, title="Điểm (Điều 17 khoản 1)", description="art. 17(1) point"
    )
    #: the art. 19(1) point under which it is posted on the website, if any
    website_category: WebsiteCategory | None = Field(
        None, title="Điểm (Điều 19 khoản 1)", description="art. 19(1) point"
    )
    #: hình thức công khai (art. 18(1)), in the agency's order, no repeats
    forms: tuple[DisclosureForm, ...] = Field(
        (),
        title="Hình thức công khai (Điều 18 khoản 1)",
        description="form of disclosure",
        json_schema_extra={"uniqueItems": True},
    )
    #: the day it was (or is to be) disclosed or posted
    disclosed_on: date | None = Field(
        None, title="Thời điểm công khai", description="time of disclosure"
    )
    #: the last day of disclosure or posting, if it ends
    disclosed_until: date | None = Field(
        None, title="Thời hạn công khai", description="end of disclosure"
    )
    #: another law that sets the time or duration of disclosure (art. 18(4), 21(2))
    special_rule: str | None = Field(
        None,
        title="Căn cứ quy định riêng về thời điểm, thời hạn công khai",
        description="other law setting the time of disclosure",
    )
    #: the disclosure deadline under ``special_rule``
    special_due: date | None = Field(
        None, title="Hạn công khai theo quy định riêng", description="deadline under that law"
    )
    #: Decree 13 art. 6(3), second paragraph
    access_url: str | None = Field(None, title="Địa chỉ truy cập", description="access address")
    digitised: StrictBool = Field(False, title="Đã số hóa", description="digitised")
    #: the digitised file attached to the catalogue
    attachment: str | None = Field(None, title="Tệp đính kèm", description="attachment")
    #: the kind of art. 7 information, which names whose consent opens it (conditional catalogue)
    condition: ConditionalCategory | None = Field(
        None, title="Điều kiện tiếp cận (Điều 7)", description="art. 7 condition"
    )
    note: str | None = Field(None, title="Ghi chú", description="note")

    @field_validator(
        "id",
        "name",
        "number_symbol",
        "creating_unit",
        "special_rule",
        "access_url",
        "attachment",
        "note",
        mode="before",
    )
    @classmethod
    def _text(cls, v: Any) -> str | None:
        return one_line(v)

    @model_validator(mode="after")
    def _consistent(self) -> CatalogueEntry:
        if not self.id:
            raise ValueError("id (mã thông tin) must not be blank")
        if len(set(self.forms)) != len(self.forms):
            raise ValueError("forms: a form is listed twice")
        if self.disclosed_on and self.disclosed_until and self.disclosed_until < self.disclosed_on:
            raise ValueError("disclosed_until is before disclosed_on")
        if self.created_on and self.disclosed_on and self.disclosed_on < self.created_on:
            raise ValueError("disclosed_on is before created_on")
        if self.special_due is not None and self.special_rule is None:
            raise ValueError("special_due needs the special_rule (the law that sets it)")
        return self

    @classmethod
    def build(cls, data: Mapping[str, Any] | None = None, /, **fields: Any) -> CatalogueEntry:
        """Validate one entry from a mapping or keywords; bad input raises ``InvalidInputError``."""
        return validate_input(cls, _merged(data, fields, "catalogue entry"), what="catalogue entry")

    @property
    def on_website(self) -> bool:
        return DisclosureForm.WEBSITE in self.forms


class Catalogue(FrozenModel):
    """One of the two catalogues of an agency, at one version (Decree 13/2018 art. 6)."""

    kind: CatalogueKind = Field(title="Loại danh mục", description="kind of catalogue")
    #: the agency (its name is required) and its contact details
    agency: Contact = Field(
        title="Cơ quan",
        description="the agency (its name is required)",
        json_schema_extra={
            "allOf": [
                {
                    "type": "object",
                    "properties": {"name": {"type": "string", "pattern": r"\S"}},
                    "required": ["name"],
                }
            ]
        },
    )
    #: the focal unit or person receiving requests (người làm đầu mối)
    focal_point: Contact = Field(
        default_factory=Contact,
        title="Đầu mối tiếp nhận yêu cầu",
        description="focal point receiving requests",
    )
    #: ``None`` if the agency has no website (art. 19(6))
    website: str | None = Field(
        None, title="Cổng/Trang thông tin điện tử", description="web portal or website"
    )
    #: where this catalogue is published: the access-to-information section (Decree 13 art. 11)
    published_url: str | None = Field(
        None, title="Địa chỉ đăng tải Danh mục", description="where the catalogue is published"
    )
    #: posted at the office (for an agency without a website, Decree 13 art. 6(3))
    published_by_posting: StrictBool = Field(
        False, title="Niêm yết Danh mục tại trụ sở", description="catalogue posted at the office"
    )
    version: str | None = Field(None, title="Phiên bản", description="version")
    updated_on: date = Field(title="Ngày cập nhật", description="date updated")
    #: the art. 19(1) points under which the agency holds information ("Trong các thông tin
    #: quy định tại Điều 17…"): ``None`` = not declared; a point left out is declared not held
    #: (interpretation website-points-held)
    website_points_held: tuple[WebsiteCategory, ...] | None = Field(
        None,
        title="Các điểm khoản 1 Điều 19 cơ quan có thông tin",
        description="art. 19(1) points under which the agency holds information",
    )
    entries: tuple[CatalogueEntry, ...] = Field(
        (),
        title="Các mục",
        description="entries; each id (mã thông tin) appears once, which JSON Schema cannot "
        "say (uniqueness by a key): the library checks it",
    )

    @field_validator("website", "published_url", "version", mode="before")
    @classmethod
    def _text(cls, v: Any) -> str | None:
        return one_line(v)

    @field_validator("website_points_held", mode="before")
    @classmethod
    def _points(cls, v: Any) -> Any:
        if isinstance(v, list | tuple):
            return tuple(_letter_value(x) for x in v)
        return v

    @field_validator("website_points_held", mode="after")
    @classmethod
    def _points_order(
        cls, v: tuple[WebsiteCategory, ...] | None
    ) -> tuple[WebsiteCategory, ...] | None:
        if v is None:
            return None
        return in_law_order(v, WebsiteCategory, "website_points_held: a point is listed twice")

    @model_validator(mode="after")
    def _consistent(self) -> Catalogue:
        if self.agency.name is None:
            raise ValueError("agency.name (tên cơ quan) is required")
        seen: set[str] = set()
        for entry in self.entries:
            if entry.id in seen:
                raise ValueError(f"entry id {echo(entry.id)} appears twice")
            seen.add(entry.id)
            _check_entry_kind(entry, self.kind)
        return self

    # -- building and exchange ------------------------------------------------------------
    @classmethod
    def build(cls, data: Mapping[str, Any] | None = None, /, **fields: Any) -> Catalogue:
        """Validate a catalogue from a mapping or keywords; bad input raises ``InvalidInputError``."""
        return validate_input(cls, _merged(data, fields, "catalogue"), what="catalogue")

    @classmethod
    def from_json(cls, text: str | bytes) -> Catalogue:
        """Read a catalogue from its JSON form (the schema of :meth:`model_json_schema`)."""
        if not isinstance(text, str | bytes):
            raise _invalid("invalid-json", f"got {type(text).__name__}")
        return validate_json_input(cls, text, what="catalogue JSON")

    def to_json(self, *, indent: int | None = 2) -> str:
        """The catalogue as indented JSON (UTF-8 text, Vietnamese unescaped)."""
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_csv(cls, text: str | bytes) -> Catalogue:
        """Read a catalogue from CSV: the header rows, a blank row, then the entries table."""
        return _catalogue_from_csv(text)

    def to_csv(self) -> str:
        """The catalogue as CSV with Vietnamese headers (see :data:`CSV_ENTRY_HEADERS`)."""
        return _catalogue_to_csv(self)

    # -- comparison and check ---------------------------------------------------------------
    def diff(self, newer: Catalogue) -> CatalogueDiff:
        """What changed from this version to ``newer`` (see :func:`diff_catalogues`)."""
        return diff_catalogues(self, newer)

    def check(self, *, on: date | None = None, regime: RegimeLike | None = None) -> CatalogueReport:
        """Check this catalogue against the law (see :func:`check_catalogue`)."""
        return check_catalogue(self, on=on, regime=regime)


_PUBLIC_ONLY = (
    "category",
    "website_category",
    "forms",
    "disclosed_on",
    "disclosed_until",
    "special_rule",
    "special_due",
)


def _check_entry_kind(entry: CatalogueEntry, kind: CatalogueKind) -> None:
    if kind is CatalogueKind.PUBLIC_DISCLOSURE and entry.condition is not None:
        raise ValueError(
            f"entry {echo(entry.id)}: condition belongs in the conditional-access catalogue"
        )
    if kind is CatalogueKind.CONDITIONAL_ACCESS:
        used = [f for f in _PUBLIC_ONLY if getattr(entry, f) not in (None, ())]
        if used:
            raise ValueError(
                f"entry {echo(entry.id)}: {', '.join(used)} belong in the public-disclosure "
                "catalogue (conditionally accessible information is not disclosed proactively)"
            )


def _merged(data: object, fields: dict[str, Any], what: str) -> dict[str, Any]:
    if data is None:
        return fields
    if not isinstance(data, Mapping):
        raise _invalid(
            "invalid-input", f"{what}: expected a mapping of fields, got {type(data).__name__}"
        )
    return {**data, **fields}


# -- findings -----------------------------------------------------------------------------


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


def _inconsistent(what: str, problem: str) -> InvalidInputError:
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
            raise _inconsistent("CatalogueFinding", "a finding needs its code and citations")
        if self.due is not None and self.code not in _TIMING_CODES:
            raise _inconsistent("CatalogueFinding", f"{self.code} carries no due date")

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
            raise _inconsistent("CatalogueReport", "agency is blank")
        if len(set(self.interpretations)) != len(self.interpretations):
            raise _inconsistent("CatalogueReport", "an interpretation is listed twice")
        for f in self.findings:
            f._check()
            if f.due is not None and f.regime is not None and f.regime != self.regime:
                raise _inconsistent(
                    "CatalogueReport",
                    f"finding {f.code} counted under {f.regime}, not {self.regime}",
                )
        if self.kind is CatalogueKind.CONDITIONAL_ACCESS and any(
            f.due is not None for f in self.findings
        ):
            raise _inconsistent("CatalogueReport", "a conditional catalogue has no deadlines")

    @property
    def as_of(self) -> date:
        """The date of the check (the name of tiepcan 0.1; prefer ``on``)."""
        return self.on

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
        if lang == "vi":
            head = f"{self.kind.label_vi} — {self.agency} — kiểm tra ngày {self.on:%d/%m/%Y}"
            empty = "Không phát hiện vấn đề."
        else:
            head = f"{self.kind.label_en} — {self.agency} — checked as of {self.on.isoformat()}"
            empty = "No findings."
        lines = [f.explain(lang) for f in self.findings] or [empty]
        return "\n".join([head, *lines])


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


class _Findings:
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
        vi: str,
        en: str,
        **extra: Any,
    ) -> None:
        self.items.append(
            CatalogueFinding(
                code=code,
                severity=severity,
                citations=tuple(citations),
                message_vi=vi,
                message_en=en,
                **extra,
            )
        )


# -- the disclosure time limits (arts. 18(4), 21(2), 22(4)) -------------------------------


def _count(limit_id: str, day: object, regime: RegimeLike | None, what: str) -> Period:
    from tiepcan.deadlines import time_limit

    if day is None:
        raise _missing_date(what, regime)
    # time_limit resolves the ruleset from ``day`` (or takes the one given) once
    return time_limit(limit_id, day, regime=regime)  # type: ignore[arg-type]


def _missing_date(what: str, regime: object) -> InvalidInputError:
    return _invalid(
        "missing-date",
        f"the date the time limit runs from is missing: {what}=None (regime={echo(regime)})",
    )


def disclosure_deadline(*, created: date, regime: RegimeLike | None = None) -> Period:
    """Art. 18(4): the last day to disclose information, where no other law sets the time.

    "chậm nhất là 05 ngày làm việc kể từ ngày tạo ra thông tin": five working days, the day
    of creation not counted (Civil Code art. 147). The governing date is the day of
    creation; time limit ``disclosure.publish``.

    >>> from datetime import date
    >>> r = disclosure_deadline(created=date(2024, 3, 1))     # Friday
    >>> r.due                                                # Mon 4 … Fri 8 March
    datetime.date(2024, 3, 8)
    >>> r.regime, r.citations[0].label
    ('ati-2016', 'Điều 18 khoản 4 Luật Tiếp cận thông tin số 104/2016/QH13')
    """
    return _count("disclosure.publish", created, regime, "created")


def posting_minimum_end(*, posted: date, regime: RegimeLike | None = None) -> Period:
    """Art. 21(2): the earliest last day of posting (niêm yết), at least 30 days.

    Applies where no other law sets the place and duration of the posting. ``due`` is the
    first day on which the posting may end: taking it down earlier breaks art. 21(2). Time
    limit ``disclosure.posting_minimum``.

    >>> from datetime import date
    >>> posting_minimum_end(posted=date(2024, 3, 4)).due    # 5 March is day 1, 3 April day 30
    datetime.date(2024, 4, 3)
    """
    return _count("disclosure.posting_minimum", posted, regime, "posted")


def inaccuracy_answer_deadline(*, received: date, regime: RegimeLike | None = None) -> Period:
    """Art. 22(4): answer a citizen who says disclosed information is wrong, within 15 days
    (Law 104/2016) or 10 days (Law 01/2026/QH16, from 2026-09-01).

    "Chậm nhất là 15 [10] ngày kể từ ngày nhận được kiến nghị": calendar days, a last day that
    is a day off rolling to the next working day (Civil Code art. 148). Time limit
    ``disclosure.inaccuracy_answer``.

    >>> from datetime import date
    >>> inaccuracy_answer_deadline(received=date(2024, 3, 4)).due     # Tue 19 March
    datetime.date(2024, 3, 19)
    >>> inaccuracy_answer_deadline(received=date(2026, 9, 10)).due    # Sun 20/9 -> Mon 21/9
    datetime.date(2026, 9, 21)
    """
    return _count("disclosure.inaccuracy_answer", received, regime, "received")


# -- the check ----------------------------------------------------------------------------

#: Vietnamese and English names of the entry fields: their titles (the CSV headers).
_FIELD_NAMES: dict[str, tuple[str, str]] = {
    name: (info.title or name, info.description or name)
    for name, info in CatalogueEntry.model_fields.items()
}

#: Decree 13 art. 6(3): the fields every entry of the public catalogue must carry ("Tên, số,
#: ký hiệu …; ngày, tháng, năm tạo ra … kèm theo hình thức công khai"). The art. 17(1) point is
#: not among them: its absence is a warning (interpretation category-recommended).
PUBLIC_REQUIRED_FIELDS = ("name", "number_symbol", "created_on", "forms")

#: contact fields as the check's sentences name them
_CONTACT_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("tên", "name"),
    "address": ("địa chỉ", "address"),
    "phone": ("số điện thoại", "telephone number"),
    "fax": ("số fax", "fax number"),
    "email": ("địa chỉ thư điện tử", "e-mail address"),
}


def resolve_on(on: object, regime: RegimeLike | None, *, what: str) -> Ruleset:
    """The ruleset of a check as of ``on``: resolved once from the date, or ``regime=``.

    Nothing applies a regime without a date: with neither, ``InvalidInputError``
    (``missing-date``). A date before 2018-07-01 raises ``RegimeNotEncodedError``.
    """
    if on is None:
        if regime is None:
            raise _invalid(
                "missing-date",
                f"a date is needed (or pass regime= explicitly): {what}: on=None, regime=None",
            )
        return ruleset(regime)
    if not isinstance(on, date) or isinstance(on, datetime):
        raise _invalid("invalid-date", f"on must be a date: on={echo(on)}")
    return resolve_regime(on, regime)


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
    art. 7 consent rule.
    """
    if on is None:  # the check speaks of a date: overdue is "as of" it
        raise _missing_date("on", regime)
    rules = require_engine(resolve_on(on, regime, what="check_catalogue"), "catalogue")
    checked = validate_input(Catalogue, catalogue, what="catalogue")
    assert isinstance(on, date)
    out = _Findings(rules, on)
    if declares_points(rules):  # Law 01/2026/QH16: its points are data
        _check_catalogue_2026(checked, out)
    elif checked.kind is CatalogueKind.PUBLIC_DISCLOSURE:
        out.use("category-recommended", "number-symbol-explicit", "timing-optional")
        _check_publication(checked, out)
        _check_contacts(checked, out)
        _check_website_points(checked, out)
        for entry in checked.entries:
            _check_public_entry(checked, entry, out)
    else:
        out.use("conditional-kind", "conditional-fields")
        for entry in checked.entries:
            _check_conditional_entry(entry, out)
    return CatalogueReport(
        kind=checked.kind,
        agency=checked.agency.name or "",
        on=on,
        regime=rules.id,
        findings=tuple(out.items),
        interpretations=tuple(out.applied),
        user_supplied=rules.user_supplied,
    )


def _check_publication(cat: Catalogue, out: _Findings) -> None:
    k = out.cites
    cites = (k.art_34_1_b, k.art_19_1_g, k.decree_6_3)
    if cat.website is not None and cat.published_url is None:
        out.add(
            "catalogue-not-published",
            FindingSeverity.VIOLATION,
            cites,
            "Danh mục chưa được đăng tải trên Chuyên mục về tiếp cận thông tin của Cổng/Trang "
            "thông tin điện tử (thiếu địa chỉ đăng tải Danh mục).",
            "The catalogue is not published in the access-to-information section of the "
            "agency's website (no publication address).",
            field="published_url",
        )
    elif cat.website is None and cat.published_url is None and not cat.published_by_posting:
        out.add(
            "catalogue-not-published",
            FindingSeverity.VIOLATION,
            cites,
            "Cơ quan chưa có Cổng/Trang thông tin điện tử nhưng Danh mục chưa được niêm yết tại "
            "trụ sở hoặc công khai bằng hình thức khác.",
            "The agency has no website and the catalogue is neither posted at its office nor "
            "published in another form.",
            field="published_by_posting",
        )


def _check_contacts(cat: Catalogue, out: _Findings) -> None:
    out.use("contacts-both")
    focal_cites = (out.cites.art_17_1_m, out.cites.art_19_1_dd)
    agency_cites = (out.cites.art_19_1_dd,)
    parts = (
        (
            "focal_point",
            cat.focal_point,
            ("name", "address", "phone", "fax", "email"),
            focal_cites,
            "người làm đầu mối tiếp nhận yêu cầu",
            "the focal point receiving requests",
        ),
        (
            "agency",
            cat.agency,
            ("address", "phone", "fax", "email"),
            agency_cites,
            "cơ quan",
            "the agency",
        ),
    )
    for prefix, contact, fields, cites, who_vi, who_en in parts:
        for field in fields:
            if getattr(contact, field) is not None:
                continue
            vi, en = _CONTACT_FIELDS[field]
            if field == "fax":  # interpretation fax-if-any (docs/catalogue.md)
                out.use("fax-if-any")
                out.add(
                    "missing-contact-detail",
                    FindingSeverity.WARNING,
                    cites,
                    f"Chưa công khai {vi} của {who_vi}; nếu cơ quan không sử dụng fax, cần ghi "
                    "rõ điều đó.",
                    f"No {en} is given for {who_en}; if the agency has no fax line, say so.",
                    field=f"{prefix}.{field}",
                )
            else:
                out.add(
                    "missing-contact-detail",
                    FindingSeverity.VIOLATION,
                    cites,
                    f"Chưa công khai {vi} của {who_vi}.",
                    f"The {en} of {who_en} is not given.",
                    field=f"{prefix}.{field}",
                )


#: art. 19(1) points every agency holds information under (interpretation website-points-held):
#: c — its own annual work programme and plan ("chương trình, kế hoạch công tác hằng năm của
#: cơ quan nhà nước"); đ — its own functions, organisation and contacts. Point g is the
#: catalogue itself (see _check_publication).
_HELD_BY_EVERY_AGENCY = (
    WebsiteCategory.STRATEGIES_PLANS_AND_PROGRAMMES,
    WebsiteCategory.ORGANISATION_AND_CONTACTS,
)


def _check_website_points(cat: Catalogue, out: _Findings) -> None:
    out.use("website-point-declared", "website-mapping", "website-points-held")
    covered = {
        e.website_category
        for e in cat.entries
        if e.website_category is not None and e.category in WEBSITE_CATEGORIES[e.website_category]
    }
    held = cat.website_points_held
    for point in WebsiteCategory:
        if point is WebsiteCategory.DISCLOSURE_CATALOGUE or point in covered:
            continue  # point g is the catalogue itself: see _check_publication
        if point in _HELD_BY_EVERY_AGENCY or (held is not None and point in held):
            out.add(
                "website-point-without-entry",
                FindingSeverity.VIOLATION,
                (point.cited(out.rules),),
                f"Không có mục nào thuộc điểm {point.letter} khoản 1 Điều 19 ({point.label_vi}), "
                "là thông tin cơ quan có và phải được công khai trên Cổng/Trang thông tin điện "
                "tử.",
                f"No entry falls under art. 19(1)({point.letter}) ({point.label_en}): the "
                "agency holds such information, and it must be published on the website.",
                field="website_category",
            )
        elif held is None:
            out.add(
                "website-point-without-entry",
                FindingSeverity.CANNOT_JUDGE,
                (out.cites.art_19_1, point.cited(out.rules)),
                f"Không có mục nào thuộc điểm {point.letter} khoản 1 Điều 19 ({point.label_vi}); "
                "khoản 1 Điều 19 chỉ áp dụng với thông tin cơ quan có (“Trong các thông tin quy "
                "định tại Điều 17”), và Danh mục không cho biết cơ quan có thông tin loại này "
                "hay không (khai báo tại “Các điểm khoản 1 Điều 19 cơ quan có thông tin”).",
                f"No entry falls under art. 19(1)({point.letter}) ({point.label_en}); art. 19(1) "
                "applies to the art. 17 information the agency holds, and the catalogue does "
                "not say whether it holds such information (declare website_points_held).",
                field="website_points_held",
            )
        # declared not held: art. 19(1) asks nothing of the agency under this point


def _missing_field(
    out: _Findings,
    entry: CatalogueEntry,
    field: str,
    cites: tuple[Citation, ...],
    severity: FindingSeverity,
    why_vi: str = "",
    why_en: str = "",
) -> None:
    vi, en = _FIELD_NAMES[field]
    out.add(
        "missing-required-field",
        severity,
        cites,
        f"Mục {entry.id}: thiếu “{vi}”{why_vi}.",
        f"Entry {entry.id}: the {en} is missing{why_en}.",
        entry_id=entry.id,
        field=field,
    )


def _check_public_entry(cat: Catalogue, entry: CatalogueEntry, out: _Findings) -> None:
    decree_6_3 = (out.cites.decree_6_3,)
    for field in PUBLIC_REQUIRED_FIELDS:
        if getattr(entry, field) in (None, ()):
            _missing_field(out, entry, field, decree_6_3, FindingSeverity.VIOLATION)
    if isinstance(entry.category, LaterDisclosurePoint):  # q–v: Law 01/2026/QH16 only
        _point_not_in_law(entry, out)
    if entry.category is None:  # interpretation category-recommended
        vi, en = _FIELD_NAMES["category"]
        out.add(
            "missing-category",
            FindingSeverity.WARNING,
            (out.cites.art_17_1,),
            f"Mục {entry.id}: chưa ghi “{vi}”; nên ghi để đối chiếu với khoản 1 Điều 19 (mục "
            "không có điểm thì không được tính cho điểm nào của khoản 1 Điều 19).",
            f"Entry {entry.id}: the {en} is not stated; state it so the art. 19(1) coverage can "
            "count the entry (without it the entry counts for no art. 19(1) point).",
            entry_id=entry.id,
            field="category",
        )
    _check_website_point(cat, entry, out)
    _check_access_address(entry, out)
    _check_timing(entry, out)
    _check_posting(entry, out)


def _check_website_point(cat: Catalogue, entry: CatalogueEntry, out: _Findings) -> None:
    point = entry.website_category
    if point is None:
        return
    if entry.category is not None and entry.category not in WEBSITE_CATEGORIES[point]:
        allowed = ", ".join(c.letter for c in WEBSITE_CATEGORIES[point])
        out.add(
            "website-point-category-mismatch",
            FindingSeverity.VIOLATION,
            (out.cites.art_19_1, point.cited(out.rules)),
            f"Mục {entry.id}: điểm {point.letter} khoản 1 Điều 19 lấy thông tin từ điểm "
            f"{allowed} khoản 1 Điều 17, không phải điểm {entry.category.letter}.",
            f"Entry {entry.id}: art. 19(1)({point.letter}) draws from art. 17(1)({allowed}), "
            f"not from art. 17(1)({entry.category.letter}).",
            entry_id=entry.id,
            field="website_category",
        )
    if cat.website is not None and not entry.on_website:
        out.add(
            "website-point-not-on-website",
            FindingSeverity.VIOLATION,
            (point.cited(out.rules),),
            f"Mục {entry.id}: thông tin thuộc điểm {point.letter} khoản 1 Điều 19 phải được "
            "đăng tải trên Cổng/Trang thông tin điện tử nhưng hình thức công khai không có "
            "điểm a khoản 1 Điều 18.",
            f"Entry {entry.id}: art. 19(1)({point.letter}) information must be on the website, "
            "but its forms of disclosure do not include art. 18(1)(a).",
            entry_id=entry.id,
            field="forms",
        )


def _check_access_address(entry: CatalogueEntry, out: _Findings) -> None:
    cites = (out.cites.decree_6_3,)
    if entry.on_website or entry.digitised:
        out.use("access-address")
    if entry.on_website and entry.access_url is None:
        _missing_field(
            out,
            entry,
            "access_url",
            cites,
            FindingSeverity.VIOLATION,
            " (thông tin được đăng tải trên Cổng/Trang thông tin điện tử)",
            " (the information is on the website)",
        )
    elif (
        not entry.on_website
        and entry.digitised
        and entry.attachment is None
        and entry.access_url is None
    ):
        _missing_field(
            out,
            entry,
            "attachment",
            cites,
            FindingSeverity.VIOLATION,
            " (thông tin đã được số hóa nhưng chưa đăng tải trên Cổng/Trang thông tin điện tử)",
            " (the information is digitised but not on the website)",
        )


def _check_timing(entry: CatalogueEntry, out: _Findings) -> None:
    created, as_of = entry.created_on, out.on
    if created is None or created > as_of:
        return  # missing date reported above; or not yet created
    if created < out.rules.regime.in_force_from:
        # Decree 13 art. 14(2): information created before the law follows the earlier rules
        out.use(out.before_law)
        return
    art_18_4 = out.cites.art_18_4
    if entry.special_rule is not None:
        out.use("special-rule")
        if entry.special_due is None:
            out.add(
                "timing-cannot-be-judged",
                FindingSeverity.CANNOT_JUDGE,
                (art_18_4,),
                f"Mục {entry.id}: thời điểm công khai theo “{entry.special_rule}”, nhưng chưa "
                "ghi hạn công khai theo quy định đó.",
                f"Entry {entry.id}: the time of disclosure is set by “{entry.special_rule}”, "
                "but no deadline under it is given.",
                entry_id=entry.id,
                field="special_due",
            )
            return
        due, used_regime, basis_vi, basis_en = (
            entry.special_due,
            None,
            f"theo “{entry.special_rule}”",
            f"under “{entry.special_rule}”",
        )
    else:
        try:
            period = disclosure_deadline(created=created, regime=out.rules)
        except (RegimeNotEncodedError, CalendarRangeError) as exc:
            _uncountable(out, entry, exc, art_18_4, "created_on")
            return
        due, used_regime = period.due, period.regime
        basis_vi = f"05 ngày làm việc kể từ ngày tạo ra thông tin ({created:%d/%m/%Y})"
        basis_en = f"five working days after it was created on {created.isoformat()}"
    disclosed = entry.disclosed_on if entry.disclosed_on and entry.disclosed_on <= as_of else None
    if disclosed is None and as_of > due:
        out.add(
            "disclosure-overdue",
            FindingSeverity.VIOLATION,
            (art_18_4,),
            f"Mục {entry.id}: chưa công khai đến hạn {due:%d/%m/%Y} ({basis_vi}).",
            f"Entry {entry.id}: not disclosed by {due.isoformat()}, {basis_en}"
            + (" (no other law sets the time)." if entry.special_rule is None else "."),
            entry_id=entry.id,
            field="disclosed_on",
            due=due,
            regime=used_regime,
        )
    elif disclosed is not None and disclosed > due:
        out.add(
            "disclosed-late",
            FindingSeverity.VIOLATION,
            (art_18_4,),
            f"Mục {entry.id}: công khai ngày {disclosed:%d/%m/%Y}, sau hạn {due:%d/%m/%Y} "
            f"({basis_vi}).",
            f"Entry {entry.id}: disclosed on {disclosed.isoformat()}, after the deadline "
            f"{due.isoformat()} ({basis_en}).",
            entry_id=entry.id,
            field="disclosed_on",
            due=due,
            regime=used_regime,
        )


def _uncountable(
    out: _Findings, entry: CatalogueEntry, exc: Exception, cite: Citation, field: str
) -> None:
    """A time limit that cannot be counted: an unencoded regime or a date off the calendar."""
    day = getattr(entry, field)
    if isinstance(exc, RegimeNotEncodedError):
        why_vi, why_en = "thuộc chế độ pháp lý chưa được mã hóa", "falls under a regime not encoded"
    else:
        why_vi, why_en = "nằm ngoài lịch ngày làm việc", "is outside the working-day calendar"
    out.add(
        "timing-cannot-be-judged",
        FindingSeverity.CANNOT_JUDGE,
        (cite,),
        f"Mục {entry.id}: ngày {day:%d/%m/%Y} {why_vi}; không tính được thời hạn.",
        f"Entry {entry.id}: {day.isoformat()} {why_en}; the time limit cannot be counted.",
        entry_id=entry.id,
        field=field,
        regime=getattr(exc, "regime", None),
    )


def _check_posting(entry: CatalogueEntry, out: _Findings) -> None:
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
        period = posting_minimum_end(posted=entry.disclosed_on, regime=out.rules)
    except (RegimeNotEncodedError, CalendarRangeError) as exc:
        _uncountable(out, entry, exc, art_21_2, "disclosed_on")
        return
    if entry.disclosed_until >= period.due:
        return
    day_30 = entry.disclosed_on + timedelta(days=30)  # day 1 is the day after (BLDS art. 147)
    if entry.disclosed_until < day_30:
        citations: tuple[Citation, ...] = (art_21_2,)
        vi = f"chưa đủ 30 ngày (sớm nhất đến {period.due:%d/%m/%Y})"
        en = f"less than 30 days (the posting may end on {period.due.isoformat()} at the earliest)"
    else:  # 30 days have run, but the 30th is a day off: the period ends on the next working day
        rolled = [c for c in period.citations if (c.article, c.clause) == (148, 5)]
        citations = (art_21_2, *rolled)
        vi = (
            f"trước khi hết thời hạn niêm yết: ngày thứ 30 ({day_30:%d/%m/%Y}) là ngày nghỉ nên "
            f"thời hạn kết thúc vào ngày làm việc tiếp theo, {period.due:%d/%m/%Y}"
        )
        en = (
            f"before the posting period ends: its 30th day ({day_30.isoformat()}) is a day off, "
            f"so the period ends on the next working day, {period.due.isoformat()}"
        )
    out.add(
        "posting-too-short",
        FindingSeverity.VIOLATION,
        citations,
        f"Mục {entry.id}: niêm yết từ {entry.disclosed_on:%d/%m/%Y} đến "
        f"{entry.disclosed_until:%d/%m/%Y}, {vi}.",
        f"Entry {entry.id}: posted from {entry.disclosed_on.isoformat()} to "
        f"{entry.disclosed_until.isoformat()}, {en}.",
        entry_id=entry.id,
        field="disclosed_until",
        due=period.due,
        regime=period.regime,
    )


def _check_conditional_entry(entry: CatalogueEntry, out: _Findings) -> None:
    decree_6_1 = (out.cites.decree_6_1,)
    if entry.name is None:
        _missing_field(out, entry, "name", decree_6_1, FindingSeverity.VIOLATION)
    # interpretation conditional-fields: identify entries as art. 6(3) does, as warnings.
    for field in ("number_symbol", "created_on"):
        if getattr(entry, field) is None:
            _missing_field(
                out,
                entry,
                field,
                (out.cites.decree_6_3,),
                FindingSeverity.WARNING,
                " (nên ghi như đối với Danh mục thông tin phải được công khai)",
                " (recommended, as in the public-disclosure catalogue)",
            )
    if entry.condition is None:
        out.add(
            "missing-consent-rule",
            FindingSeverity.VIOLATION,
            (out.cites.art_7_1, out.cites.art_7_2),
            f"Mục {entry.id}: chưa xác định điều kiện tiếp cận theo Điều 7 (bí mật kinh doanh, "
            "bí mật đời sống riêng tư, bí mật cá nhân hoặc bí mật gia đình và sự đồng ý cần có).",
            f"Entry {entry.id}: the art. 7 condition (trade, private-life, personal or family "
            "secret, hence whose consent opens access) is not stated.",
            entry_id=entry.id,
            field="condition",
        )


def _point_not_in_law(entry: CatalogueEntry, out: _Findings) -> None:
    """An entry names a point the art. 17(1) of the law in force does not have."""
    assert entry.category is not None
    letters = ", ".join(p.letter for p in disclosure_points(out.rules))
    out.add(
        "category-not-in-law",
        FindingSeverity.VIOLATION,
        (out.cites.art_17_1,),
        f"Mục {entry.id}: khoản 1 Điều 17 của {out.rules.regime.name_vi} không có điểm "
        f"{entry.category.letter} (các điểm: {letters}).",
        f"Entry {entry.id}: art. 17(1) of {out.rules.regime.name_en} has no point "
        f"{entry.category.letter} (its points: {letters}).",
        entry_id=entry.id,
        field="category",
    )


# -- the check under Law 01/2026/QH16 (arts. 17–19, 21, 31(3)) -----------------------------


def _check_catalogue_2026(cat: Catalogue, out: _Findings) -> None:
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
            _check_conditional_entry(entry, out)
        return
    out.use("category-recommended", "number-symbol-explicit", "timing-optional")
    _check_publication_2026(cat, out)
    _check_point_u(cat, out)
    _check_earlier_information(cat, out)
    for entry in cat.entries:
        _check_public_entry_2026(cat, entry, out)


def _check_publication_2026(cat: Catalogue, out: _Findings) -> None:
    point_u, website = out.cites.art_34_1_b, out.cites.art_19_1
    if cat.website is not None and cat.published_url is None:
        out.add(
            "catalogue-not-published",
            FindingSeverity.VIOLATION,
            (point_u, website),
            "Danh mục thông tin phải được công khai chưa được đăng tải trên Cổng/Trang thông tin "
            "điện tử của cơ quan, đơn vị (thiếu địa chỉ đăng tải Danh mục).",
            "The catalogue of information to disclose is not on the agency's portal or website "
            "(no publication address).",
            field="published_url",
        )
    elif cat.website is None and cat.published_url is None and not cat.published_by_posting:
        out.add(
            "catalogue-not-published",
            FindingSeverity.VIOLATION,
            (point_u, disclosure_provision(out.rules, "without_website")),
            "Cơ quan, đơn vị chưa có Cổng/Trang thông tin điện tử nhưng Danh mục chưa được công "
            "khai trên các kênh nội dung, trang cộng đồng chính thức hoặc bằng hình thức thích "
            "hợp khác.",
            "The agency has no portal or website, and the catalogue is neither on its official "
            "channels nor disclosed in another suitable form.",
            field="published_by_posting",
        )


def _check_point_u(cat: Catalogue, out: _Findings) -> None:
    """Art. 17(1)(u): the focal unit's name, address, telephone and e-mail (no fax: the point
    names none), and the addresses of the channels of disclosure and of provision."""
    out.use("focal-unit-contacts", "channels-from-catalogue")
    point_u = (out.cites.art_34_1_b,)
    for field in ("name", "address", "phone", "email"):
        if getattr(cat.focal_point, field) is not None:
            continue
        vi, en = _CONTACT_FIELDS[field]
        out.add(
            "missing-contact-detail",
            FindingSeverity.VIOLATION,
            point_u,
            f"Chưa công khai {vi} của cơ quan, đơn vị đầu mối tiếp nhận yêu cầu cung cấp thông tin.",
            f"The {en} of the focal unit receiving requests is not given.",
            field=f"focal_point.{field}",
        )
    if cat.website is None and cat.published_url is None:
        out.add(
            "missing-channel-address",
            FindingSeverity.VIOLATION,
            point_u,
            "Chưa công khai địa chỉ kênh công khai thông tin (Cổng/Trang thông tin điện tử, cổng "
            "dữ liệu, kênh nội dung, trang cộng đồng chính thức).",
            "No address of a channel of disclosure (portal, website, data portal, official "
            "channel or community page) is given.",
            field="website",
        )


def _transition_duty(rules: Ruleset) -> tuple[Citation, date, Period]:
    """Art. 31(3): its citation, the day it runs from, and its time limit counted."""
    from tiepcan.deadlines import time_limit

    raw = next(
        d
        for d in rules.data("transition.toml").get("duty", ())
        if d["id"] == "disclose-earlier-information"
    )
    start: date = raw["from"]
    return (
        Citation.parse(raw["citation"]),
        start,
        time_limit(raw["time_limit"], start, regime=rules),
    )


def _check_earlier_information(cat: Catalogue, out: _Findings) -> None:
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
                f"Mục {entry.id}: thông tin tạo ra ngày {entry.created_on:%d/%m/%Y} (điểm "
                f"{entry.category.letter} khoản 1 Điều 17, Luật số 104/2016/QH13 chưa quy định "
                f"phải công khai) chưa được công khai đến hạn {due:%d/%m/%Y}.",
                f"Entry {entry.id}: created on {entry.created_on.isoformat()} (art. 17(1)"
                f"({entry.category.letter}), which Law 104/2016 did not require to be disclosed), "
                f"not disclosed by {due.isoformat()}.",
                entry_id=entry.id,
                field="disclosed_on",
                due=due,
                regime=period.regime,
            )
        elif disclosed is None:
            pending.append(entry.id)
    if out.on <= due:
        ids_vi = f" Các mục chưa công khai: {', '.join(pending)}." if pending else ""
        ids_en = f" Entries not yet disclosed: {', '.join(pending)}." if pending else ""
        out.add(
            "earlier-information-due",
            FindingSeverity.WARNING,
            citations,
            f"Thông tin tại khoản 1 Điều 17 do cơ quan nhà nước tạo ra hoặc nắm giữ trước ngày "
            f"{start:%d/%m/%Y} mà Luật số 104/2016/QH13 và pháp luật có liên quan chưa quy định "
            f"phải công khai thì phải công khai chậm nhất ngày {due:%d/%m/%Y} (06 tháng kể từ "
            f"ngày {start:%d/%m/%Y}).{ids_vi}",
            f"Art. 17(1) information a state agency created or held before {start.isoformat()} "
            f"that Law 104/2016 and other laws did not require to be disclosed must be disclosed "
            f"by {due.isoformat()} (6 months from {start.isoformat()}).{ids_en}",
            due=due,
            regime=period.regime,
        )


def _check_public_entry_2026(cat: Catalogue, entry: CatalogueEntry, out: _Findings) -> None:
    decree_6_3 = (out.cites.decree_6_3,)
    for field in PUBLIC_REQUIRED_FIELDS:
        if getattr(entry, field) in (None, ()):
            _missing_field(out, entry, field, decree_6_3, FindingSeverity.VIOLATION)
    if entry.category is None:
        vi, en = _FIELD_NAMES["category"]
        out.add(
            "missing-category",
            FindingSeverity.WARNING,
            (out.cites.art_17_1,),
            f"Mục {entry.id}: chưa ghi “{vi}”; nên ghi để đối chiếu với các điểm của khoản 1 "
            "Điều 17.",
            f"Entry {entry.id}: the {en} is not stated; state it so the entry can be read "
            "against the points of art. 17(1).",
            entry_id=entry.id,
            field="category",
        )
    if entry.website_category is not None:
        out.use("every-entry-on-website")
        out.add(
            "website-point-not-in-law",
            FindingSeverity.WARNING,
            (out.cites.art_19_1,),
            f"Mục {entry.id}: khoản 1 Điều 19 không còn chia thành các điểm; mọi thông tin tại "
            "khoản 1 Điều 17 đều phải được công khai trên Cổng/Trang thông tin điện tử.",
            f"Entry {entry.id}: art. 19(1) no longer has points; every art. 17(1) item goes on "
            "the portal or website.",
            entry_id=entry.id,
            field="website_category",
        )
    if cat.website is not None and not entry.on_website:
        out.use("every-entry-on-website")
        out.add(
            "not-on-website",
            FindingSeverity.VIOLATION,
            (out.cites.art_19_1,),
            f"Mục {entry.id}: thông tin tại khoản 1 Điều 17 phải được công khai trên Cổng/Trang "
            "thông tin điện tử nhưng hình thức công khai không có điểm a khoản 1 Điều 18.",
            f"Entry {entry.id}: art. 17(1) information must be on the portal or website, but its "
            "forms of disclosure do not include art. 18(1)(a).",
            entry_id=entry.id,
            field="forms",
        )
    _check_access_address(entry, out)
    _check_timing(entry, out)
    _check_posting(entry, out)


# -- diff ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldChange(Result):
    """One field that differs; values as they appear in the CSV form (``None`` if blank)."""

    field: str
    old: str | None
    new: str | None

    def _check(self) -> None:
        if self.old == self.new:
            raise _inconsistent("FieldChange", f"{self.field}: old and new are the same")


@dataclass(frozen=True, slots=True)
class EntryChange(Result):
    """An entry present in both versions whose fields differ."""

    id: str
    changes: tuple[FieldChange, ...]

    def _check(self) -> None:
        fields = [f.field for f in self.changes]
        if not fields or len(set(fields)) != len(fields):
            raise _inconsistent("EntryChange", f"entry {self.id}: no change, or one listed twice")
        for f in self.changes:
            f._check()


@dataclass(frozen=True, slots=True)
class CatalogueDiff(Result):
    """What changed between two versions of a catalogue (entries matched by ``id``)."""

    old_version: str | None
    new_version: str | None
    header_changes: tuple[FieldChange, ...]
    added: tuple[CatalogueEntry, ...]
    removed: tuple[CatalogueEntry, ...]
    changed: tuple[EntryChange, ...]

    def _check(self) -> None:
        added = [e.id for e in self.added]
        removed = [e.id for e in self.removed]
        changed = [e.id for e in self.changed]
        ids = added + removed + changed
        if len(set(ids)) != len(ids):
            raise _inconsistent("CatalogueDiff", "an entry is added, removed or changed twice")
        for change in (*self.header_changes, *self.changed):
            change._check()

    @property
    def is_empty(self) -> bool:
        return not (self.header_changes or self.added or self.removed or self.changed)


def diff_catalogues(old: Catalogue, new: Catalogue) -> CatalogueDiff:
    """Entries added, removed and changed from ``old`` to ``new``, and header changes.

    Entries are matched by ``id``; added entries come in ``new``'s order, removed ones in
    ``old``'s. Both catalogues must be of the same kind.
    """
    if not isinstance(old, Catalogue) or not isinstance(new, Catalogue):
        raise _invalid("invalid-catalogue", f"got {type(old).__name__}, {type(new).__name__}")
    if old.kind is not new.kind:
        raise _invalid("catalogue-kind-mismatch", f"{old.kind} vs {new.kind}")
    old_rows = {e.id: _entry_cells(e) for e in old.entries}
    new_ids = {e.id for e in new.entries}
    changed: list[EntryChange] = []
    for entry in new.entries:
        if entry.id in old_rows:
            changes = _changes(old_rows[entry.id], _entry_cells(entry))
            if changes:
                changed.append(EntryChange(id=entry.id, changes=changes))
    return CatalogueDiff(
        old_version=old.version,
        new_version=new.version,
        header_changes=_changes(_header_cells(old), _header_cells(new)),
        added=tuple(e for e in new.entries if e.id not in old_rows),
        removed=tuple(e for e in old.entries if e.id not in new_ids),
        changed=tuple(changed),
    )


def _changes(old: Mapping[str, str], new: Mapping[str, str]) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(field=key, old=old[key] or None, new=new[key] or None)
        for key in old
        if old[key] != new[key]
    )


# -- CSV ----------------------------------------------------------------------------------

_ENTRY_FIELDS = tuple(_FIELD_NAMES)

#: The entries table's headers, in order: the titles of the entry fields.
CSV_ENTRY_HEADERS: tuple[str, ...] = tuple(_FIELD_NAMES[f][0] for f in _ENTRY_FIELDS)

#: the short name of each contact's owner in the header rows ("Địa chỉ cơ quan")
_CONTACT_OWNERS = {"agency": "cơ quan", "focal_point": "đầu mối"}


def _header_rows() -> tuple[tuple[str, str], ...]:
    """The header rows above the table, (CSV label, attribute path), from the field titles.

    A contact's name row is the contact's own title ("Cơ quan", "Đầu mối tiếp nhận yêu
    cầu"); its other rows join the Contact field's title and the owner ("Điện thoại cơ quan").
    """
    rows: list[tuple[str, str]] = []
    contact = Contact.model_fields
    for name, info in Catalogue.model_fields.items():
        if name == "entries":
            continue
        if name in _CONTACT_OWNERS:
            rows.append((info.title or name, f"{name}.name"))
            for part in ("address", "phone", "fax", "email"):
                label = f"{contact[part].title} {_CONTACT_OWNERS[name]}"
                rows.append((label, f"{name}.{part}"))
        else:
            rows.append((info.title or name, name))
    return tuple(rows)


#: The header rows above the table: (CSV label, attribute path).
_HEADER_ROWS: tuple[tuple[str, str], ...] = _header_rows()

_YES, _NO = "có", "không"
_FORM_SEPARATOR = "; "


def _cell(value: Any) -> str:
    """One value as a CSV cell: letters for points of the law, ISO dates, có/không."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _YES if value else _NO
    if isinstance(
        value, DisclosureCategory | LaterDisclosurePoint | WebsiteCategory | DisclosureForm
    ):
        return value.letter
    if isinstance(value, CatalogueKind):
        return value.label_vi
    if isinstance(value, BilingualStrEnum):
        return value.value
    if isinstance(value, tuple):
        return _FORM_SEPARATOR.join(_cell(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _entry_cells(entry: CatalogueEntry) -> dict[str, str]:
    return {f: _cell(getattr(entry, f)) for f in _ENTRY_FIELDS}


def _header_cells(cat: Catalogue) -> dict[str, str]:
    out: dict[str, str] = {}
    for _label, path in _HEADER_ROWS:
        value: Any = cat
        for part in path.split("."):
            value = getattr(value, part)
        out[path] = _NONE_HELD if value == () else _cell(value)
    return out


#: the cell that declares no art. 19(1) point held (a blank cell declares nothing)
_NONE_HELD = "không có"


def _parse_points(cell: str) -> list[str] | None:
    text = unicodedata.normalize("NFC", cell).strip()
    if not text:
        return None
    if text.lower() in (_NONE_HELD, "không"):
        return []
    return [p.strip() for p in text.split(";") if p.strip()]


def entries_to_csv(entries: Iterable[CatalogueEntry]) -> str:
    """The entries table alone, with Vietnamese headers.

    ``entries`` is an iterable of :class:`CatalogueEntry` (a list, a tuple, a catalogue's
    ``entries``); anything else, a bare string or a mapping included, raises
    ``InvalidInputError``.
    """
    if isinstance(entries, str | bytes | Mapping) or not isinstance(entries, Iterable):
        raise _invalid(
            "invalid-input", f"expected a list of catalogue entries: entries={echo(entries)}"
        )
    rows = list(entries)
    bad = [e for e in rows if not isinstance(e, CatalogueEntry)]
    if bad:
        raise _invalid(
            "invalid-input",
            f"expected a list of catalogue entries: not a CatalogueEntry: {echo(bad[0])}",
        )
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_ENTRY_HEADERS)
    for entry in rows:
        cells = _entry_cells(entry)
        writer.writerow([cells[f] for f in _ENTRY_FIELDS])
    return buf.getvalue()


def _catalogue_to_csv(cat: Catalogue) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    cells = _header_cells(cat)
    for label, path in _HEADER_ROWS:
        writer.writerow([label, cells[path]])
    writer.writerow([])
    return buf.getvalue() + entries_to_csv(cat.entries)


def _csv_rows(text: str | bytes) -> list[list[str]]:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _invalid("invalid-csv", f"the CSV is not UTF-8: {exc!s}") from None
    if not isinstance(text, str):
        raise _invalid("invalid-csv", f"not CSV text: got {type(text).__name__}")
    text = text.removeprefix("\ufeff")
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise _invalid("invalid-csv", f"the CSV cannot be read: {exc!s}") from None


def _is_blank(row: list[str]) -> bool:
    return all(not cell.strip() for cell in row)


#: what a hand-typed cell may say beyond JSON: dd/mm/yyyy dates, the letter đ, any case
_PARSERS: dict[str, Callable[[str], Any]] = {
    **dict.fromkeys(
        ("created_on", "disclosed_on", "disclosed_until", "special_due", "updated_on"),
        lambda s: _csv_date(s),
    ),
    **dict.fromkeys(("category", "website_category"), _letter_value),
    "condition": lambda s: s.strip() or None,
    "forms": lambda s: [_letter_value(p) for p in s.split(";") if p.strip()],
    "digitised": lambda s: bool(yes_no(s, field="digitised")),
    "published_by_posting": lambda s: bool(yes_no(s, field="published_by_posting")),
    "kind": lambda s: _parse_kind(s),
    "website_points_held": lambda s: _parse_points(s),
}


def _csv_date(cell: str) -> Any:
    """A date typed by hand (dd/mm/yyyy or YYYY-MM-DD); other text is left for the model."""
    try:
        return _parse_date(cell)
    except ValueError:
        return cell


def _parse_kind(text: str) -> str:
    t = unicodedata.normalize("NFC", text).strip()
    for kind in CatalogueKind:
        if t in (kind.value, kind.label_vi):
            return kind.value
    return t  # left for the model to reject with the allowed values


def _parse_entries(rows: list[list[str]]) -> list[dict[str, Any]]:
    rows = [r for r in rows if not _is_blank(r)]
    if not rows:
        raise _invalid(
            "invalid-csv",
            f"the table has no header row: expected: {', '.join(CSV_ENTRY_HEADERS)}",
        )
    by_header = {h: f for f, h in zip(_ENTRY_FIELDS, CSV_ENTRY_HEADERS, strict=True)}
    header = [unicodedata.normalize("NFC", h).strip() for h in rows[0]]
    unknown = [h for h in header if h not in by_header]
    if unknown or len(set(header)) != len(header) or _FIELD_NAMES["id"][0] not in header:
        raise _invalid(
            "invalid-csv",
            f"the table's header row is not valid: unknown or repeated: {unknown or header}; "
            f"expected: {', '.join(CSV_ENTRY_HEADERS)}",
        )
    fields = [by_header[h] for h in header]
    out: list[dict[str, Any]] = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) > len(fields):
            raise _invalid(
                "invalid-csv", f"a row has more cells than the header: table row {number}"
            )
        data: dict[str, Any] = {}
        for field, cell in zip(fields, row, strict=False):
            parse = _PARSERS.get(field)
            data[field] = parse(cell) if parse else (cell or None)
        out.append(data)
    return out


def entries_from_csv(text: str | bytes) -> tuple[CatalogueEntry, ...]:
    """Read an entries table (header row, then one row per entry) into entries."""
    entries: list[CatalogueEntry] = []
    for number, data in enumerate(_parse_entries(_csv_rows(text)), start=2):
        try:
            entries.append(CatalogueEntry.build(data))
        except InvalidInputError as exc:
            raise _invalid(exc.code, f"table row {number}: {exc.detail}") from None
    return tuple(entries)


def _catalogue_from_csv(text: str | bytes) -> Catalogue:
    rows = _csv_rows(text)
    split = next((i for i, r in enumerate(rows) if _is_blank(r)), None)
    if split is None:
        raise _invalid(
            "invalid-csv",
            "the header rows, or the blank row after them, are missing: expected header rows, a blank row, then the entries table",
        )
    labels = dict(_HEADER_ROWS)
    data: dict[str, Any] = {}
    for row in rows[:split]:
        label = unicodedata.normalize("NFC", row[0]).strip()
        if label not in labels or len(row) > 2 or labels[label] in data:
            raise _invalid(
                "invalid-csv",
                f"a header row is not valid: row {echo(row)}; expected labels: {', '.join(labels)}",
            )
        path = labels[label]
        cell = row[1] if len(row) > 1 else ""
        parse = _PARSERS.get(path)
        data[path] = parse(cell) if parse else (cell or None)
    nested: dict[str, Any] = {"agency": {}, "focal_point": {}}
    for path, value in data.items():
        if "." in path:
            group, field = path.split(".")
            nested[group][field] = value
        else:
            nested[path] = value
    nested["entries"] = _parse_entries(rows[split + 1 :])
    return Catalogue.build(nested)
