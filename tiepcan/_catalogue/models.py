"""Danh mục thông tin — the two catalogues of an agency and their entries, as data comes in.

Decree 13/2018/NĐ-CP art. 6: every providing agency keeps the *Danh mục thông tin phải được
công khai* (art. 17 information; each entry with the fields of art. 6(3)) and the *Danh mục
thông tin công dân được tiếp cận có điều kiện* (art. 7 information, each entry with its art. 7
kind). The models are strict about their shape and lenient about completeness: a field the law
requires may be missing, so that an incomplete catalogue can be loaded and *checked*
(:func:`tiepcan.catalogue.check_catalogue` reports each one). Public names are imported from
:mod:`tiepcan.catalogue`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from pydantic import Field, StrictBool, field_validator, model_validator

from tiepcan.foundation._input import (
    FrozenModel,
    in_law_order,
    validate_input,
    validate_json_input,
)
from tiepcan.foundation._model import BilingualStrEnum, NonBlank, echo
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import ATI_2016_RULES, RegimeLike
from tiepcan.rules.access import ConditionalCategory
from tiepcan.rules.disclosure import (
    DisclosureCategory,
    DisclosureForm,
    LaterDisclosurePoint,
    WebsiteCategory,
)
from tiepcan.rules.duties import one_line

if TYPE_CHECKING:  # pragma: no cover
    from tiepcan._catalogue.diff import CatalogueDiff
    from tiepcan._catalogue.report import CatalogueReport

__all__ = [
    "FIELD_NAMES",
    "Catalogue",
    "CatalogueEntry",
    "CatalogueKind",
    "Contact",
    "letter_value",
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


def letter_value(value: Any) -> Any:
    """Let the law's letter "đ" stand for the ASCII value "dd"."""
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value).strip().lower()
        return "dd" if text == "đ" else text or None
    return value


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
            return tuple(letter_value(x) for x in v)
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
            raise InvalidInputError("invalid-json", detail=f"got {type(text).__name__}")
        return validate_json_input(cls, text, what="catalogue JSON")

    def to_json(self, *, indent: int | None = 2) -> str:
        """The catalogue as indented JSON (UTF-8 text, Vietnamese unescaped)."""
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_csv(cls, text: str | bytes) -> Catalogue:
        """Read a catalogue from CSV: the header rows, a blank row, then the entries table."""
        from tiepcan._catalogue.csv_form import catalogue_from_csv

        return catalogue_from_csv(text)

    def to_csv(self) -> str:
        """The catalogue as CSV with Vietnamese headers (see :data:`~tiepcan.catalogue.CSV_ENTRY_HEADERS`)."""
        from tiepcan._catalogue.csv_form import catalogue_to_csv

        return catalogue_to_csv(self)

    # -- comparison and check ---------------------------------------------------------------
    def diff(self, newer: Catalogue) -> CatalogueDiff:
        """What changed from this version to ``newer`` (see :func:`~tiepcan.catalogue.diff_catalogues`)."""
        from tiepcan._catalogue.diff import diff_catalogues

        return diff_catalogues(self, newer)

    def check(self, *, on: date | None = None, regime: RegimeLike | None = None) -> CatalogueReport:
        """Check this catalogue against the law (see :func:`~tiepcan.catalogue.check_catalogue`)."""
        from tiepcan.catalogue import check_catalogue

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
        raise InvalidInputError(
            "invalid-input",
            detail=f"{what}: expected a mapping of fields, got {type(data).__name__}",
        )
    return {**data, **fields}


#: Vietnamese and English names of the entry fields: their titles (the CSV headers).
FIELD_NAMES: dict[str, tuple[str, str]] = {
    name: (info.title or name, info.description or name)
    for name, info in CatalogueEntry.model_fields.items()
}
