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
against the law (:func:`check_catalogue`), which returns cited findings in Vietnamese and
English. Where the law is open, the check applies a named interpretation; each is listed in
``docs/catalogue.md``.

The disclosure categories themselves (arts. 17(1), 18(1), 19(1)) live in
:mod:`tiepcan.rules.disclosure` and are re-exported here.

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
>>> report = check_catalogue(cat, as_of=date(2024, 3, 11))
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
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

from pydantic import Field, StrictBool, field_validator, model_validator

from tiepcan._input import FrozenModel, validate_input, validate_json_input
from tiepcan._model import BilingualStrEnum, Lang, check_lang
from tiepcan.citations import Citation, decree13, law
from tiepcan.errors import (
    CalendarRangeError,
    InvalidInputError,
    RegimeNotEncodedError,
)
from tiepcan.regimes import ATI_2016, REGIMES
from tiepcan.rules.access import ConditionalCategory
from tiepcan.rules.disclosure import (
    WEBSITE_CATEGORIES,
    DisclosureCategory,
    DisclosureForm,
    WebsiteCategory,
    disclosure_deadline,
    posting_minimum_end,
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

#: Law 104/2016 took effect on this day; information created earlier is governed by the
#: access rules issued before it (Decree 13/2018 art. 14(2)), so art. 18(4) is not applied.
LAW_IN_FORCE = ATI_2016.in_force_from


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
        """Decree 13/2018 art. 6(1), which requires both catalogues."""
        return _cite("decree13", 6, 1, None)


@cache
def _cite(
    instrument: str, article: int, clause: int | None = None, point: str | None = None
) -> Citation:
    if instrument == "law":
        return law(article, clause, point)
    return decree13(article, clause, point)


# -- input hygiene ------------------------------------------------------------------------

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_VN_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


#: control characters, surrogates, line and paragraph separators
_NOT_IN_A_LINE = frozenset({"Cc", "Cs", "Zl", "Zp"})


def _clean_text(value: Any) -> str | None:
    """NFC-normalise and strip a text value; blank is ``None``; control characters refused."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("must be text")
    text = unicodedata.normalize("NFC", value).strip()
    if any(unicodedata.category(ch) in _NOT_IN_A_LINE for ch in text):
        raise ValueError("must be one line of text, without control characters")
    return text or None


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
    raise ValueError(f"not a valid date: {text!r} (use YYYY-MM-DD or dd/mm/yyyy)")


def _letter_value(value: Any) -> Any:
    """Let the law's letter "đ" stand for the ASCII value "dd"."""
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value).strip().lower()
        return "dd" if text == "đ" else text or None
    return value


def _invalid(code: str, vi: str, en: str, detail: str) -> InvalidInputError:
    return InvalidInputError(code, vi, en, detail=detail)


# -- models -------------------------------------------------------------------------------


class Contact(FrozenModel):
    """Name, address, telephone, fax and e-mail (Law arts. 17(1)(m), 19(1)(đ))."""

    name: str | None = None
    address: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _text(cls, v: Any) -> str | None:
        return _clean_text(v)


class CatalogueEntry(FrozenModel):
    """One line of a catalogue (Decree 13/2018 art. 6(3)).

    Only ``id`` is structurally required (it names the entry across versions). The fields
    the law requires are optional in the model so that an incomplete catalogue can be
    loaded and *checked*: :func:`check_catalogue` reports each one that is missing.
    """

    #: mã thông tin — the agency's identifier of the entry, stable across versions
    id: str
    #: tên văn bản, hồ sơ, tài liệu
    name: str | None = None
    #: số, ký hiệu — write "không số" for an unnumbered file or material
    number_symbol: str | None = None
    #: ngày, tháng, năm tạo ra văn bản, hồ sơ, tài liệu
    created_on: date | None = None
    #: đơn vị chủ trì tạo ra thông tin (Decree 13 art. 6(2))
    creating_unit: str | None = None
    #: the art. 17(1) point (public catalogue)
    category: DisclosureCategory | None = None
    #: the art. 19(1) point under which it is posted on the website, if any
    website_category: WebsiteCategory | None = None
    #: hình thức công khai (art. 18(1)), in the agency's order, no repeats
    forms: tuple[DisclosureForm, ...] = ()
    #: thời điểm công khai — the day it was (or is to be) disclosed or posted
    disclosed_on: date | None = None
    #: thời hạn công khai — the last day of disclosure or posting, if it ends
    disclosed_until: date | None = None
    #: another law that sets the time or duration of disclosure (art. 18(4), 21(2))
    special_rule: str | None = None
    #: the disclosure deadline under ``special_rule``
    special_due: date | None = None
    #: địa chỉ truy cập để tải thông tin (Decree 13 art. 6(3), second paragraph)
    access_url: str | None = None
    #: đã được số hóa
    digitised: StrictBool = False
    #: tệp đính kèm — the digitised file attached to the catalogue
    attachment: str | None = None
    #: the kind of art. 7 information, which names whose consent opens it (conditional catalogue)
    condition: ConditionalCategory | None = None
    #: ghi chú
    note: str | None = None

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
        return _clean_text(v)

    @field_validator("created_on", "disclosed_on", "disclosed_until", "special_due", mode="before")
    @classmethod
    def _date(cls, v: Any) -> date | None:
        return _parse_date(v)

    @field_validator("category", "website_category", mode="before")
    @classmethod
    def _letter(cls, v: Any) -> Any:
        return _letter_value(v)

    @field_validator("forms", mode="before")
    @classmethod
    def _forms(cls, v: Any) -> Any:
        if isinstance(v, list | tuple):
            return tuple(_letter_value(x) for x in v)
        return v

    @field_validator("condition", mode="before")
    @classmethod
    def _consent(cls, v: Any) -> Any:
        return v.strip() or None if isinstance(v, str) else v

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

    kind: CatalogueKind
    #: the agency (its name is required) and its contact details
    agency: Contact
    #: the focal unit or person receiving requests (người làm đầu mối)
    focal_point: Contact = Field(default_factory=Contact)
    #: the agency's web portal or website; ``None`` if it has none (art. 19(6))
    website: str | None = None
    #: where this catalogue is published: the access-to-information section (Decree 13 art. 11)
    published_url: str | None = None
    #: posted at the office (for an agency without a website, Decree 13 art. 6(3))
    published_by_posting: StrictBool = False
    version: str | None = None
    #: ngày cập nhật
    updated_on: date
    entries: tuple[CatalogueEntry, ...] = ()

    @field_validator("website", "published_url", "version", mode="before")
    @classmethod
    def _text(cls, v: Any) -> str | None:
        return _clean_text(v)

    @field_validator("updated_on", mode="before")
    @classmethod
    def _date(cls, v: Any) -> date | None:
        return _parse_date(v)

    @model_validator(mode="after")
    def _consistent(self) -> Catalogue:
        if self.agency.name is None:
            raise ValueError("agency.name (tên cơ quan) is required")
        seen: set[str] = set()
        for entry in self.entries:
            if entry.id in seen:
                raise ValueError(f"entry id {entry.id!r} appears twice")
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
            raise _invalid(
                "invalid-json",
                "Dữ liệu JSON không hợp lệ",
                "not JSON text",
                f"got {type(text).__name__}",
            )
        return validate_json_input(cls, text, what="catalogue JSON")

    def to_json(self) -> str:
        """The catalogue as indented JSON (UTF-8 text, Vietnamese unescaped)."""
        return self.model_dump_json(indent=2)

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

    def check(self, *, as_of: date, regime: str | None = None) -> CatalogueReport:
        """Check this catalogue against the law (see :func:`check_catalogue`)."""
        return check_catalogue(self, as_of=as_of, regime=regime)


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
            f"entry {entry.id!r}: condition belongs in the conditional-access catalogue"
        )
    if kind is CatalogueKind.CONDITIONAL_ACCESS:
        used = [f for f in _PUBLIC_ONLY if getattr(entry, f) not in (None, ())]
        if used:
            raise ValueError(
                f"entry {entry.id!r}: {', '.join(used)} belong in the public-disclosure "
                "catalogue (conditionally accessible information is not disclosed proactively)"
            )


def _merged(data: object, fields: dict[str, Any], what: str) -> dict[str, Any]:
    if data is None:
        return fields
    if not isinstance(data, Mapping):
        raise _invalid(
            "invalid-input",
            "Dữ liệu đầu vào không hợp lệ",
            "the input is not valid",
            f"{what}: expected a mapping of fields, got {type(data).__name__}",
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


class CatalogueFinding(FrozenModel):
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

    def message(self, lang: Lang = "vi") -> str:
        return self.message_vi if check_lang(lang) == "vi" else self.message_en

    def explain(self, lang: Lang = "vi") -> str:
        """``[severity] message (citations)``."""
        cites = "; ".join(c.label_in(lang) for c in self.citations)
        return f"[{self.severity.label(lang)}] {self.message(lang)} ({cites})"


class CatalogueReport(FrozenModel):
    """The result of :func:`check_catalogue`."""

    kind: CatalogueKind
    agency: str
    as_of: date
    findings: tuple[CatalogueFinding, ...]

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
            head = f"{self.kind.label_vi} — {self.agency} — kiểm tra ngày {self.as_of:%d/%m/%Y}"
            empty = "Không phát hiện vấn đề."
        else:
            head = f"{self.kind.label_en} — {self.agency} — checked as of {self.as_of.isoformat()}"
            empty = "No findings."
        lines = [f.explain(lang) for f in self.findings] or [empty]
        return "\n".join([head, *lines])


class _Findings:
    """Collects findings in the order the check makes them."""

    def __init__(self) -> None:
        self.items: list[CatalogueFinding] = []

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


# -- the check ----------------------------------------------------------------------------

#: Vietnamese and English names of the entry fields, as in the CSV headers.
_FIELD_NAMES: dict[str, tuple[str, str]] = {
    "id": ("Mã thông tin", "identifier"),
    "name": ("Tên văn bản, hồ sơ, tài liệu", "name of the document, file or material"),
    "number_symbol": ("Số, ký hiệu", "number and symbol"),
    "created_on": ("Ngày tạo ra", "date created"),
    "creating_unit": ("Đơn vị tạo ra thông tin", "creating unit"),
    "category": ("Điểm (Điều 17 khoản 1)", "art. 17(1) point"),
    "website_category": ("Điểm (Điều 19 khoản 1)", "art. 19(1) point"),
    "forms": ("Hình thức công khai (Điều 18 khoản 1)", "form of disclosure"),
    "disclosed_on": ("Thời điểm công khai", "time of disclosure"),
    "disclosed_until": ("Thời hạn công khai", "end of disclosure"),
    "special_rule": (
        "Căn cứ quy định riêng về thời điểm, thời hạn công khai",
        "other law setting the time of disclosure",
    ),
    "special_due": ("Hạn công khai theo quy định riêng", "deadline under that law"),
    "access_url": ("Địa chỉ truy cập", "access address"),
    "digitised": ("Đã số hóa", "digitised"),
    "attachment": ("Tệp đính kèm", "attachment"),
    "condition": ("Điều kiện tiếp cận (Điều 7)", "art. 7 condition"),
    "note": ("Ghi chú", "note"),
}

#: Decree 13 art. 6(3): the fields every entry of the public catalogue must carry.
PUBLIC_REQUIRED_FIELDS = ("name", "number_symbol", "created_on", "forms", "category")

_CONTACT_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("tên", "name"),
    "address": ("địa chỉ", "address"),
    "phone": ("số điện thoại", "telephone number"),
    "fax": ("số fax", "fax number"),
    "email": ("địa chỉ thư điện tử", "e-mail address"),
}


def check_catalogue(
    catalogue: Catalogue, *, as_of: date, regime: str | None = None
) -> CatalogueReport:
    """Check a catalogue against the law as of ``as_of``; return cited, bilingual findings.

    For the public-disclosure catalogue, in this order: where the catalogue is published
    (arts. 34(1)(b), 19(1)(g); Decree 13 art. 6(3)); the contact details of the agency and the
    focal point (arts. 17(1)(m), 19(1)(đ)); the art. 19(1) points with no entry; then, entry by
    entry, the required fields (Decree 13 art. 6(3)), the art. 19(1) point and website form,
    the access address or attachment, the time of disclosure (art. 18(4)) and the posting
    period (art. 21(2)). For the conditional-access catalogue: each entry's name and its
    art. 7 consent rule. ``regime`` is passed to the time-limit computation (pass
    ``"ati-2016"`` to apply the 2016 rules to information created from 2026-09-01).
    """
    if not isinstance(catalogue, Catalogue):
        raise _invalid(
            "invalid-catalogue",
            "Không phải là danh mục",
            "not a Catalogue",
            f"got {type(catalogue).__name__}",
        )
    if not isinstance(as_of, date) or isinstance(as_of, datetime):
        raise _invalid(
            "invalid-date", "Ngày đánh giá không hợp lệ", "as_of must be a date", f"as_of={as_of!r}"
        )
    if regime is not None and regime not in {r.id for r in REGIMES}:
        raise _invalid(
            "invalid-regime",
            "Không có chế độ pháp lý này",
            "no such regime",
            f"regime={regime!r}; known: {', '.join(r.id for r in REGIMES)}",
        )
    out = _Findings()
    if catalogue.kind is CatalogueKind.PUBLIC_DISCLOSURE:
        _check_publication(catalogue, out)
        _check_contacts(catalogue, out)
        _check_website_points(catalogue, out)
        for entry in catalogue.entries:
            _check_public_entry(catalogue, entry, as_of, regime, out)
    else:
        for entry in catalogue.entries:
            _check_conditional_entry(entry, out)
    return CatalogueReport(
        kind=catalogue.kind,
        agency=catalogue.agency.name or "",
        as_of=as_of,
        findings=tuple(out.items),
    )


def _check_publication(cat: Catalogue, out: _Findings) -> None:
    cites = (_cite("law", 34, 1, "b"), _cite("law", 19, 1, "g"), _cite("decree13", 6, 3))
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
    focal_cites = (_cite("law", 17, 1, "m"), _cite("law", 19, 1, "dd"))
    agency_cites = (_cite("law", 19, 1, "dd"),)
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
            if field == "fax":  # Interpretation FAX-IF-ANY (docs/catalogue.md)
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


#: art. 19(1) points that apply only on facts the catalogue cannot show (h: information the
#: agency found necessary for the public interest; i: what other laws require on websites).
_FACT_DEPENDENT_POINTS = (
    WebsiteCategory.PUBLIC_INTEREST_AND_COMMUNITY_HEALTH,
    WebsiteCategory.OTHER_REQUIRED_ON_WEBSITE,
)


def _check_website_points(cat: Catalogue, out: _Findings) -> None:
    covered = {
        e.website_category
        for e in cat.entries
        if e.website_category is not None and e.category in WEBSITE_CATEGORIES[e.website_category]
    }
    for point in WebsiteCategory:
        if point is WebsiteCategory.DISCLOSURE_CATALOGUE or point in covered:
            continue  # point g is the catalogue itself: see _check_publication
        if point in _FACT_DEPENDENT_POINTS:
            out.add(
                "website-point-without-entry",
                FindingSeverity.CANNOT_JUDGE,
                (point.citation,),
                f"Không có mục nào thuộc điểm {point.letter} khoản 1 Điều 19 ({point.label_vi}); "
                "cần xác định cơ quan có thông tin loại này hay không.",
                f"No entry falls under art. 19(1)({point.letter}) ({point.label_en}); whether "
                "the agency holds such information cannot be told from the catalogue.",
                field="website_category",
            )
        else:
            out.add(
                "website-point-without-entry",
                FindingSeverity.VIOLATION,
                (point.citation,),
                f"Không có mục nào thuộc điểm {point.letter} khoản 1 Điều 19 ({point.label_vi}), "
                "là thông tin phải được công khai trên Cổng/Trang thông tin điện tử.",
                f"No entry falls under art. 19(1)({point.letter}) ({point.label_en}), which must "
                "be published on the website.",
                field="website_category",
            )


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


def _check_public_entry(
    cat: Catalogue, entry: CatalogueEntry, as_of: date, regime: str | None, out: _Findings
) -> None:
    decree_6_3 = (_cite("decree13", 6, 3),)
    for field in PUBLIC_REQUIRED_FIELDS:
        if getattr(entry, field) in (None, ()):
            cites = (*decree_6_3, _cite("law", 17, 1, None)) if field == "category" else decree_6_3
            _missing_field(out, entry, field, cites, FindingSeverity.VIOLATION)
    _check_website_point(cat, entry, out)
    _check_access_address(entry, out)
    _check_timing(entry, as_of, regime, out)
    _check_posting(entry, regime, out)


def _check_website_point(cat: Catalogue, entry: CatalogueEntry, out: _Findings) -> None:
    point = entry.website_category
    if point is None:
        return
    if entry.category is not None and entry.category not in WEBSITE_CATEGORIES[point]:
        allowed = ", ".join(c.letter for c in WEBSITE_CATEGORIES[point])
        out.add(
            "website-point-category-mismatch",
            FindingSeverity.VIOLATION,
            (_cite("law", 19, 1, None), point.citation),
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
            (point.citation,),
            f"Mục {entry.id}: thông tin thuộc điểm {point.letter} khoản 1 Điều 19 phải được "
            "đăng tải trên Cổng/Trang thông tin điện tử nhưng hình thức công khai không có "
            "điểm a khoản 1 Điều 18.",
            f"Entry {entry.id}: art. 19(1)({point.letter}) information must be on the website, "
            "but its forms of disclosure do not include art. 18(1)(a).",
            entry_id=entry.id,
            field="forms",
        )


def _check_access_address(entry: CatalogueEntry, out: _Findings) -> None:
    cites = (_cite("decree13", 6, 3),)
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


def _check_timing(entry: CatalogueEntry, as_of: date, regime: str | None, out: _Findings) -> None:
    created = entry.created_on
    if created is None or created > as_of or created < LAW_IN_FORCE:
        return  # missing date reported above; future; or pre-law (Decree 13 art. 14(2))
    art_18_4 = _cite("law", 18, 4, None)
    if entry.special_rule is not None:
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
            period = disclosure_deadline(created, regime=regime)
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


def _check_posting(entry: CatalogueEntry, regime: str | None, out: _Findings) -> None:
    if (
        DisclosureForm.POSTING not in entry.forms
        or entry.special_rule is not None
        or entry.disclosed_on is None
        or entry.disclosed_until is None
        or entry.disclosed_on < LAW_IN_FORCE
    ):
        return
    art_21_2 = _cite("law", 21, 2, None)
    try:
        period = posting_minimum_end(entry.disclosed_on, regime=regime)
    except (RegimeNotEncodedError, CalendarRangeError) as exc:
        _uncountable(out, entry, exc, art_21_2, "disclosed_on")
        return
    if entry.disclosed_until < period.due:
        out.add(
            "posting-too-short",
            FindingSeverity.VIOLATION,
            (art_21_2,),
            f"Mục {entry.id}: niêm yết từ {entry.disclosed_on:%d/%m/%Y} đến "
            f"{entry.disclosed_until:%d/%m/%Y}, chưa đủ 30 ngày (sớm nhất đến "
            f"{period.due:%d/%m/%Y}).",
            f"Entry {entry.id}: posted from {entry.disclosed_on.isoformat()} to "
            f"{entry.disclosed_until.isoformat()}, less than 30 days (the posting may end on "
            f"{period.due.isoformat()} at the earliest).",
            entry_id=entry.id,
            field="disclosed_until",
            due=period.due,
            regime=period.regime,
        )


def _check_conditional_entry(entry: CatalogueEntry, out: _Findings) -> None:
    decree_6_1 = (_cite("decree13", 6, 1),)
    if entry.name is None:
        _missing_field(out, entry, "name", decree_6_1, FindingSeverity.VIOLATION)
    # Interpretation CONDITIONAL-FIELDS: identify entries as art. 6(3) does, as warnings.
    for field in ("number_symbol", "created_on"):
        if getattr(entry, field) is None:
            _missing_field(
                out,
                entry,
                field,
                (_cite("decree13", 6, 3),),
                FindingSeverity.WARNING,
                " (nên ghi như đối với Danh mục thông tin phải được công khai)",
                " (recommended, as in the public-disclosure catalogue)",
            )
    if entry.condition is None:
        out.add(
            "missing-consent-rule",
            FindingSeverity.VIOLATION,
            (_cite("law", 7, 1), _cite("law", 7, 2)),
            f"Mục {entry.id}: chưa xác định điều kiện tiếp cận theo Điều 7 (bí mật kinh doanh, "
            "bí mật đời sống riêng tư, bí mật cá nhân hoặc bí mật gia đình và sự đồng ý cần có).",
            f"Entry {entry.id}: the art. 7 condition (trade, private-life, personal or family "
            "secret, hence whose consent opens access) is not stated.",
            entry_id=entry.id,
            field="condition",
        )


# -- diff ---------------------------------------------------------------------------------


class FieldChange(FrozenModel):
    """One field that differs; values as they appear in the CSV form (``None`` if blank)."""

    field: str
    old: str | None
    new: str | None


class EntryChange(FrozenModel):
    """An entry present in both versions whose fields differ."""

    id: str
    changes: tuple[FieldChange, ...]


class CatalogueDiff(FrozenModel):
    """What changed between two versions of a catalogue (entries matched by ``id``)."""

    old_version: str | None
    new_version: str | None
    header_changes: tuple[FieldChange, ...]
    added: tuple[CatalogueEntry, ...]
    removed: tuple[CatalogueEntry, ...]
    changed: tuple[EntryChange, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.header_changes or self.added or self.removed or self.changed)


def diff_catalogues(old: Catalogue, new: Catalogue) -> CatalogueDiff:
    """Entries added, removed and changed from ``old`` to ``new``, and header changes.

    Entries are matched by ``id``; added entries come in ``new``'s order, removed ones in
    ``old``'s. Both catalogues must be of the same kind.
    """
    if not isinstance(old, Catalogue) or not isinstance(new, Catalogue):
        raise _invalid(
            "invalid-catalogue",
            "Không phải là danh mục",
            "not a Catalogue",
            f"got {type(old).__name__}, {type(new).__name__}",
        )
    if old.kind is not new.kind:
        raise _invalid(
            "catalogue-kind-mismatch",
            "Hai danh mục không cùng loại",
            "the two catalogues are of different kinds",
            f"{old.kind} vs {new.kind}",
        )
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

#: The entries table's headers, in order (the Vietnamese names of the entry fields).
CSV_ENTRY_HEADERS: tuple[str, ...] = tuple(_FIELD_NAMES[f][0] for f in _ENTRY_FIELDS)

#: The header rows above the table: (CSV label, attribute path).
_HEADER_ROWS: tuple[tuple[str, str], ...] = (
    ("Loại danh mục", "kind"),
    ("Cơ quan", "agency.name"),
    ("Địa chỉ cơ quan", "agency.address"),
    ("Điện thoại cơ quan", "agency.phone"),
    ("Fax cơ quan", "agency.fax"),
    ("Thư điện tử cơ quan", "agency.email"),
    ("Đầu mối tiếp nhận yêu cầu", "focal_point.name"),
    ("Địa chỉ đầu mối", "focal_point.address"),
    ("Điện thoại đầu mối", "focal_point.phone"),
    ("Fax đầu mối", "focal_point.fax"),
    ("Thư điện tử đầu mối", "focal_point.email"),
    ("Cổng/Trang thông tin điện tử", "website"),
    ("Địa chỉ đăng tải Danh mục", "published_url"),
    ("Niêm yết Danh mục tại trụ sở", "published_by_posting"),
    ("Phiên bản", "version"),
    ("Ngày cập nhật", "updated_on"),
)

_YES, _NO = "có", "không"
_FORM_SEPARATOR = "; "


def _cell(value: Any) -> str:
    """One value as a CSV cell: letters for points of the law, ISO dates, có/không."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _YES if value else _NO
    if isinstance(value, DisclosureCategory | WebsiteCategory | DisclosureForm):
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
        out[path] = _cell(value)
    return out


def entries_to_csv(entries: Iterable[CatalogueEntry]) -> str:
    """The entries table alone, with Vietnamese headers."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_ENTRY_HEADERS)
    for entry in entries:
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
            raise _invalid(
                "invalid-csv", "Tệp CSV không phải UTF-8", "the CSV is not UTF-8", str(exc)
            ) from None
    if not isinstance(text, str):
        raise _invalid(
            "invalid-csv", "Dữ liệu CSV không hợp lệ", "not CSV text", f"got {type(text).__name__}"
        )
    text = text.removeprefix("\ufeff")
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise _invalid(
            "invalid-csv", "Dữ liệu CSV không hợp lệ", "the CSV cannot be read", str(exc)
        ) from None


def _is_blank(row: list[str]) -> bool:
    return all(not cell.strip() for cell in row)


_PARSERS: dict[str, Callable[[str], Any]] = {
    "forms": lambda s: [p.strip() for p in s.split(";") if p.strip()],
    "digitised": lambda s: _parse_bool(s, "digitised"),
    "published_by_posting": lambda s: _parse_bool(s, "published_by_posting"),
    "kind": lambda s: _parse_kind(s),
}


def _parse_bool(text: str, field: str) -> bool:
    t = unicodedata.normalize("NFC", text).strip().lower()
    if t in ("có", "co", "x", "true", "1", "yes"):
        return True
    if t in ("không", "khong", "", "false", "0", "no"):
        return False
    raise _invalid(
        "invalid-csv", "Giá trị có/không không hợp lệ", "expected có or không", f"{field}={text!r}"
    )


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
            "Thiếu dòng tiêu đề của bảng",
            "the table has no header row",
            "expected: " + ", ".join(CSV_ENTRY_HEADERS),
        )
    by_header = {h: f for f, h in zip(_ENTRY_FIELDS, CSV_ENTRY_HEADERS, strict=True)}
    header = [unicodedata.normalize("NFC", h).strip() for h in rows[0]]
    unknown = [h for h in header if h not in by_header]
    if unknown or len(set(header)) != len(header) or _FIELD_NAMES["id"][0] not in header:
        raise _invalid(
            "invalid-csv",
            "Dòng tiêu đề của bảng không hợp lệ",
            "the table's header row is not valid",
            f"unknown or repeated: {unknown or header}; expected: " + ", ".join(CSV_ENTRY_HEADERS),
        )
    fields = [by_header[h] for h in header]
    out: list[dict[str, Any]] = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) > len(fields):
            raise _invalid(
                "invalid-csv",
                "Dòng có nhiều ô hơn tiêu đề",
                "a row has more cells than the header",
                f"table row {number}",
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
            raise _invalid(
                exc.code, exc.message_vi, exc.message_en, f"table row {number}: {exc.detail}"
            ) from None
    return tuple(entries)


def _catalogue_from_csv(text: str | bytes) -> Catalogue:
    rows = _csv_rows(text)
    split = next((i for i, r in enumerate(rows) if _is_blank(r)), None)
    if split is None:
        raise _invalid(
            "invalid-csv",
            "Thiếu phần thông tin chung hoặc dòng trống phân cách",
            "the header rows, or the blank row after them, are missing",
            "expected header rows, a blank row, then the entries table",
        )
    labels = dict(_HEADER_ROWS)
    data: dict[str, Any] = {}
    for row in rows[:split]:
        label = unicodedata.normalize("NFC", row[0]).strip()
        if label not in labels or len(row) > 2 or labels[label] in data:
            raise _invalid(
                "invalid-csv",
                "Dòng thông tin chung không hợp lệ",
                "a header row is not valid",
                f"row {row!r}; expected labels: " + ", ".join(labels),
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
