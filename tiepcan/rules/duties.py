"""Trách nhiệm của cơ quan cung cấp thông tin — the agency's duties, as a checklist.

Implements, as a checklist a provincial Department of Justice or an auditor runs against what
an agency declares about itself (:class:`AgencyProfile`):

* Law 104/2016/QH13 art. 34(1) a–l — the providing agency's duties, with the five required
  contents of the internal rules (quy chế nội bộ) of point h (:class:`InternalRulesContent`);
* Decree 13/2018/NĐ-CP art. 6(3) — an agency without a website posts its catalogue at the
  office; art. 11(1) — the access-to-information section (Chuyên mục về tiếp cận thông tin)
  of the website and what it must carry; art. 12(1) — the rules assign focal units and staff;
* Decree 13/2018 art. 2 — measures for border, island, mountain and especially
  disadvantaged areas; art. 3 — measures for persons with disabilities.

The duties are declared data (``data/duties.toml``), each with its citation. Each comes back
*met*, *missing*, *cannot be judged* (the profile does not say) or *not applicable* (it
depends on a fact the profile denies, e.g. the agency has no website), with its citation
and reasons in Vietnamese and English. A catalogue check
(:func:`tiepcan.catalogue.check_catalogue`) may be passed as evidence: a breach it proves
overrides the agency's declaration (interpretation EVIDENCE-OVER-DECLARATION,
``docs/duties.md``).

>>> profile = AgencyProfile.build(agency="Sở Tư pháp tỉnh Minh Sơn", has_website=True,
...                               internal_rules_issued=True,
...                               internal_rules_contents=["focal_point", "classification"])
>>> result = check_duties(profile)
>>> result.item("law-34.1.h-internal-rules-issued").status
<DutyStatus.MET: 'met'>
>>> r = result.item("law-34.1.h-content-transfer")
>>> r.status.value, r.citation.label
('missing', 'Điều 34 khoản 1 điểm h Luật Tiếp cận thông tin số 104/2016/QH13')
>>> result.item("law-34.1.l-reporting").status.label_en
'cannot be judged from the data given'
>>> len(result.items) == len(duties())
True
"""

from __future__ import annotations

import csv
import io
import tomllib
import unicodedata
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from pydantic import StrictBool, field_validator

from tiepcan._input import FrozenModel, validate_input, validate_json_input
from tiepcan._model import BilingualStrEnum, Lang, check_lang
from tiepcan.citations import Citation, decree13, law
from tiepcan.errors import InvalidInputError

if TYPE_CHECKING:  # pragma: no cover
    from tiepcan.catalogue import CatalogueReport

__all__ = [
    "AgencyProfile",
    "Duty",
    "DutyChecklist",
    "DutyResult",
    "DutyStatus",
    "InternalRulesContent",
    "check_duties",
    "duties",
]


class InternalRulesContent(BilingualStrEnum):
    """The required contents of the internal rules (Law art. 34(1)(h)), in the law's order."""

    FOCAL_POINT = (
        "focal_point",
        "Xác định đầu mối cung cấp thông tin",
        "who is the focal point for providing information",
    )
    TRANSFER_TO_FOCAL_POINT = (
        "transfer_to_focal_point",
        "Việc chuyển giao thông tin của đơn vị tạo ra cho đơn vị đầu mối cung cấp thông tin",
        "how the creating units pass information to the focal unit",
    )
    CLASSIFICATION = (
        "classification",
        "Việc phân loại thông tin được cung cấp và không được cung cấp",
        "classifying information that may and may not be provided",
    )
    UPDATING = (
        "updating",
        "Cập nhật thông tin được công khai, thông tin được cung cấp theo yêu cầu",
        "updating disclosed information and information provided on request",
    )
    REQUEST_PROCEDURE = (
        "request_procedure",
        "Trình tự, thủ tục xử lý yêu cầu cung cấp thông tin giữa đơn vị đầu mối với đơn vị "
        "phụ trách cơ sở dữ liệu thông tin và các đơn vị có liên quan",
        "how the focal unit, the database unit and other units handle requests",
    )

    @property
    def citation(self) -> Citation:
        return _law_34_1_h()


@cache
def _law_34_1_h() -> Citation:
    return law(34, 1, "h")


class DutyStatus(BilingualStrEnum):
    """The outcome of one duty."""

    MET = ("met", "Đã thực hiện", "met")
    MISSING = ("missing", "Chưa thực hiện", "missing")
    CANNOT_JUDGE = (
        "cannot_judge",
        "Chưa đủ dữ liệu để đánh giá",
        "cannot be judged from the data given",
    )
    NOT_APPLICABLE = ("not_applicable", "Không áp dụng", "not applicable")


# -- the agency's declared state ------------------------------------------------------------

#: AgencyProfile field -> (Vietnamese label, English label); the CSV form uses the Vietnamese.
PROFILE_FIELDS: dict[str, tuple[str, str]] = {
    "agency": ("Tên cơ quan", "agency"),
    "has_website": ("Có Cổng/Trang thông tin điện tử", "has a web portal or website"),
    "serves_disadvantaged_areas": (
        "Cung cấp thông tin cho khu vực biên giới, hải đảo, miền núi, vùng có điều kiện kinh "
        "tế - xã hội đặc biệt khó khăn",
        "serves border, island, mountain or especially disadvantaged areas",
    ),
    "discloses_timely_and_accurately": (
        "Công khai, cung cấp thông tin kịp thời, chính xác, đầy đủ",
        "discloses promptly, accurately, completely",
    ),
    "corrects_inaccurate_information": (
        "Đính chính, bổ sung thông tin không chính xác, không đầy đủ",
        "corrects or supplements inaccurate information",
    ),
    "catalogue_compiled_and_updated": (
        "Đã lập, cập nhật Danh mục thông tin phải được công khai",
        "catalogue compiled and kept up to date",
    ),
    "catalogue_posted_on_website": (
        "Đã đăng tải Danh mục trên Cổng/Trang thông tin điện tử",
        "catalogue posted on the website",
    ),
    "catalogue_posted_at_office": (
        "Đã niêm yết Danh mục tại trụ sở",
        "catalogue posted at the office",
    ),
    "discloses_per_catalogue": (
        "Công khai đúng thời điểm, thời hạn, hình thức theo Danh mục",
        "discloses as the catalogue states",
    ),
    "maintains_information_database": (
        "Duy trì, cập nhật cơ sở dữ liệu thông tin",
        "maintains the information database",
    ),
    "ensures_accuracy_and_lawful_transfer": (
        "Bảo đảm chính xác, đầy đủ; chuyển giao thông tin theo quy định",
        "ensures accuracy; lawful transfer",
    ),
    "guides_information_protection": (
        "Hướng dẫn kỹ thuật bảo vệ thông tin",
        "guides on information protection",
    ),
    "reviews_confidentiality_before_provision": (
        "Rà soát, bảo đảm bí mật trước khi cung cấp",
        "reviews confidentiality before providing",
    ),
    "weighs_public_interest": (
        "Cân nhắc lợi ích công cộng, sức khỏe cộng đồng",
        "weighs the public interest",
    ),
    "internal_rules_issued": ("Đã ban hành quy chế nội bộ", "internal rules issued"),
    "internal_rules_published": ("Đã công bố công khai quy chế nội bộ", "internal rules published"),
    "internal_rules_contents": ("Nội dung quy chế nội bộ", "contents of the internal rules"),
    "internal_rules_assign_focal_points": (
        "Quy chế phân công đơn vị, cán bộ làm đầu mối",
        "rules assign focal units and staff",
    ),
    "reviews_access_legislation": (
        "Rà soát quy định pháp luật về tiếp cận thông tin",
        "reviews access legislation",
    ),
    "handles_complaints_and_violations": (
        "Giải quyết khiếu nại, tố cáo, xử lý vi phạm",
        "handles complaints and violations",
    ),
    "reports_when_requested": ("Báo cáo khi được yêu cầu", "reports when asked"),
    "website_section_exists": (
        "Có Chuyên mục về tiếp cận thông tin",
        "has an access-to-information section",
    ),
    "section_has_catalogue": (
        "Chuyên mục có Danh mục thông tin phải được công khai",
        "section carries the catalogue",
    ),
    "section_has_focal_point": (
        "Chuyên mục có thông tin về đầu mối",
        "section carries the focal point",
    ),
    "section_has_request_address": (
        "Chuyên mục có địa chỉ tiếp nhận yêu cầu, khiếu nại qua mạng",
        "section gives the electronic request address",
    ),
    "section_has_forms": ("Chuyên mục có các mẫu phiếu", "section carries the forms"),
    "section_has_guidance": (
        "Chuyên mục có hướng dẫn, tài liệu hỗ trợ",
        "section carries guidance",
    ),
    "area_disclosure_forms_chosen": (
        "Đã lựa chọn hình thức công khai phù hợp cho khu vực khó khăn",
        "forms chosen for disadvantaged areas",
    ),
    "area_request_assistance": (
        "Hình thức cung cấp theo yêu cầu phù hợp, có cán bộ hướng dẫn",
        "suited provision on request, with guiding staff",
    ),
    "disability_information_accessible": (
        "Công bố thông tin liên quan người khuyết tật dưới hình thức thuận lợi",
        "disability information accessible",
    ),
    "website_accessibility_functions": (
        "Cổng/Trang thông tin điện tử hỗ trợ người khuyết tật",
        "website accessibility functions",
    ),
    "disability_assistive_equipment": ("Có thiết bị nghe, nhìn, phụ trợ", "assistive equipment"),
    "disability_form_assistance": (
        "Có cán bộ giúp người khuyết tật điền, ký Phiếu",
        "staff help with the request form",
    ),
    "disability_training": ("Bồi dưỡng nghiệp vụ về người khuyết tật", "disability training"),
    "disability_priority": (
        "Ưu tiên cung cấp thông tin cho người khuyết tật",
        "priority for persons with disabilities",
    ),
}


class AgencyProfile(FrozenModel):
    """What an agency declares about itself; ``None`` means "not declared"."""

    agency: str
    has_website: StrictBool | None = None
    serves_disadvantaged_areas: StrictBool | None = None
    discloses_timely_and_accurately: StrictBool | None = None
    corrects_inaccurate_information: StrictBool | None = None
    catalogue_compiled_and_updated: StrictBool | None = None
    catalogue_posted_on_website: StrictBool | None = None
    catalogue_posted_at_office: StrictBool | None = None
    discloses_per_catalogue: StrictBool | None = None
    maintains_information_database: StrictBool | None = None
    ensures_accuracy_and_lawful_transfer: StrictBool | None = None
    guides_information_protection: StrictBool | None = None
    reviews_confidentiality_before_provision: StrictBool | None = None
    weighs_public_interest: StrictBool | None = None
    internal_rules_issued: StrictBool | None = None
    internal_rules_published: StrictBool | None = None
    #: the art. 34(1)(h) contents the internal rules cover (law order, no repeats)
    internal_rules_contents: tuple[InternalRulesContent, ...] | None = None
    internal_rules_assign_focal_points: StrictBool | None = None
    reviews_access_legislation: StrictBool | None = None
    handles_complaints_and_violations: StrictBool | None = None
    reports_when_requested: StrictBool | None = None
    website_section_exists: StrictBool | None = None
    section_has_catalogue: StrictBool | None = None
    section_has_focal_point: StrictBool | None = None
    section_has_request_address: StrictBool | None = None
    section_has_forms: StrictBool | None = None
    section_has_guidance: StrictBool | None = None
    area_disclosure_forms_chosen: StrictBool | None = None
    area_request_assistance: StrictBool | None = None
    disability_information_accessible: StrictBool | None = None
    website_accessibility_functions: StrictBool | None = None
    disability_assistive_equipment: StrictBool | None = None
    disability_form_assistance: StrictBool | None = None
    disability_training: StrictBool | None = None
    disability_priority: StrictBool | None = None

    @field_validator("agency", mode="before")
    @classmethod
    def _agency(cls, v: Any) -> Any:
        if isinstance(v, str):
            v = unicodedata.normalize("NFC", v).strip()
            if not v or any(unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") for ch in v):
                raise ValueError("the agency's name must be one non-blank line of text")
        return v

    @field_validator("internal_rules_contents", mode="after")
    @classmethod
    def _contents(
        cls, v: tuple[InternalRulesContent, ...] | None
    ) -> tuple[InternalRulesContent, ...] | None:
        if v is None:
            return None
        if len(set(v)) != len(v):
            raise ValueError("a content is listed twice")
        order = list(InternalRulesContent)
        return tuple(sorted(v, key=order.index))

    @classmethod
    def build(cls, data: Mapping[str, Any] | None = None, /, **fields: Any) -> AgencyProfile:
        """Validate a profile from a mapping or keywords; bad input raises ``InvalidInputError``."""
        if data is not None and not isinstance(data, Mapping):
            raise InvalidInputError(
                detail=f"agency profile: expected a mapping, got {type(data).__name__}"
            )
        return validate_input(cls, {**(data or {}), **fields}, what="agency profile")

    @classmethod
    def from_json(cls, text: str | bytes) -> AgencyProfile:
        if not isinstance(text, str | bytes):
            raise InvalidInputError(
                "invalid-json",
                "Dữ liệu JSON không hợp lệ",
                "not JSON text",
                detail=f"got {type(text).__name__}",
            )
        return validate_json_input(cls, text, what="agency profile JSON")

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)

    def to_csv(self) -> str:
        """Two columns, "Nội dung" and "Giá trị"; có / không / blank (not declared)."""
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["Nội dung", "Giá trị"])
        for field, (label_vi, _en) in PROFILE_FIELDS.items():
            writer.writerow([label_vi, _profile_cell(getattr(self, field))])
        return buf.getvalue()

    @classmethod
    def from_csv(cls, text: str | bytes) -> AgencyProfile:
        """Read the two-column CSV written by :meth:`to_csv`."""
        return _profile_from_csv(text)


_NO_CONTENTS = "không có"


def _profile_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, tuple):  # declared contents; "không có" = declared to have none
        return "; ".join(v.value for v in value) or _NO_CONTENTS
    return str(value)


def _csv_error(detail: str) -> InvalidInputError:
    return InvalidInputError(
        "invalid-csv", "Dữ liệu CSV không hợp lệ", "the CSV is not valid", detail=detail
    )


def _profile_from_csv(text: str | bytes) -> AgencyProfile:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _csv_error(f"not UTF-8: {exc}") from None
    if not isinstance(text, str):
        raise _csv_error(f"got {type(text).__name__}")
    try:
        rows = [r for r in csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")) if r]
    except csv.Error as exc:
        raise _csv_error(str(exc)) from None
    by_label = {vi: f for f, (vi, _en) in PROFILE_FIELDS.items()}
    if not rows or [c.strip() for c in rows[0]] != ["Nội dung", "Giá trị"]:
        raise _csv_error("the first row must be: Nội dung, Giá trị")
    data: dict[str, Any] = {}
    for row in rows[1:]:
        label = unicodedata.normalize("NFC", row[0]).strip()
        field = by_label.get(label)
        if field is None or len(row) > 2 or field in data:
            raise _csv_error(f"unknown or repeated row {row!r}")
        cell = unicodedata.normalize("NFC", row[1] if len(row) > 1 else "").strip()
        data[field] = _profile_value(field, cell)
    return AgencyProfile.build(data)


def _profile_value(field: str, cell: str) -> Any:
    if field == "agency":
        return cell
    if not cell:
        return None
    if field == "internal_rules_contents":
        if cell.lower() in (_NO_CONTENTS, "không"):
            return []
        return [p.strip() for p in cell.split(";") if p.strip()]
    lowered = cell.lower()
    if lowered in ("có", "co", "true", "x"):
        return True
    if lowered in ("không", "khong", "false"):
        return False
    raise _csv_error(f"{field}: expected có or không, got {cell!r}")


# -- the declared duties ----------------------------------------------------------------------


class Duty(FrozenModel):
    """One duty of the checklist, as declared in ``data/duties.toml``."""

    id: str
    citation: Citation
    field: str
    content: InternalRulesContent | None = None
    applies_if: str | None = None
    label_vi: str
    label_en: str

    def label(self, lang: Lang = "vi") -> str:
        return self.label_vi if check_lang(lang) == "vi" else self.label_en


@cache
def duties() -> tuple[Duty, ...]:
    """Every duty of the checklist, in the order of the law (loaded once)."""
    raw = tomllib.loads(
        resources.files("tiepcan.data")
        .joinpath("ati-2016", "duties.toml")
        .read_text(encoding="utf-8")
    )
    out: list[Duty] = []
    for rec in raw["duty"]:
        maker = law if rec["instrument"] == "law" else decree13
        out.append(
            Duty(
                id=rec["id"],
                citation=maker(rec["article"], rec.get("clause"), rec.get("point")),
                field=rec["field"],
                content=rec.get("content"),
                applies_if=rec.get("applies_if"),
                label_vi=rec["label_vi"],
                label_en=rec["label_en"],
            )
        )
    return tuple(out)


# -- the result -----------------------------------------------------------------------------


class DutyResult(FrozenModel):
    """One duty, judged."""

    id: str
    citation: Citation
    label_vi: str
    label_en: str
    status: DutyStatus
    reason_vi: str
    reason_en: str

    def explain(self, lang: Lang = "vi") -> str:
        label = self.label_vi if check_lang(lang) == "vi" else self.label_en
        reason = self.reason_vi if lang == "vi" else self.reason_en
        return f"[{self.status.label(lang)}] {label} — {reason} ({self.citation.label_in(lang)})"


class DutyChecklist(FrozenModel):
    """The checklist for one agency: every duty with its status, in the order of the law."""

    agency: str
    items: tuple[DutyResult, ...]

    def item(self, duty_id: str) -> DutyResult:
        for it in self.items:
            if it.id == duty_id:
                return it
        raise InvalidInputError(
            "unknown-duty", "Không có nghĩa vụ này", "no such duty", detail=f"id={duty_id!r}"
        )

    def _of(self, status: DutyStatus) -> tuple[DutyResult, ...]:
        return tuple(i for i in self.items if i.status is status)

    @property
    def met(self) -> tuple[DutyResult, ...]:
        return self._of(DutyStatus.MET)

    @property
    def missing(self) -> tuple[DutyResult, ...]:
        return self._of(DutyStatus.MISSING)

    @property
    def cannot_judge(self) -> tuple[DutyResult, ...]:
        return self._of(DutyStatus.CANNOT_JUDGE)

    @property
    def not_applicable(self) -> tuple[DutyResult, ...]:
        return self._of(DutyStatus.NOT_APPLICABLE)

    def explain(self, lang: Lang = "vi") -> str:
        check_lang(lang)
        head = (
            f"Trách nhiệm của cơ quan — {self.agency}"
            if lang == "vi"
            else f"Duties of the agency — {self.agency}"
        )
        return "\n".join([head, *(i.explain(lang) for i in self.items)])


# -- the check ------------------------------------------------------------------------------

#: Catalogue-check codes that prove a breach of a duty (interpretation EVIDENCE-OVER-DECLARATION).
_EVIDENCE: dict[str, tuple[str, ...]] = {
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
}


def check_duties(
    profile: AgencyProfile, *, catalogue_report: CatalogueReport | None = None
) -> DutyChecklist:
    """Judge every duty against the agency's declared state (and, if given, a catalogue check).

    ``catalogue_report`` must be the check of the agency's *public-disclosure* catalogue; its
    violations turn the duties they prove broken into *missing*, whatever the profile says.
    """
    if not isinstance(profile, AgencyProfile):
        raise InvalidInputError(
            "invalid-agency-profile",
            "Không phải hồ sơ cơ quan",
            "not an AgencyProfile",
            detail=f"got {type(profile).__name__}",
        )
    codes = _violation_codes(catalogue_report)
    return DutyChecklist(
        agency=profile.agency,
        items=tuple(_judge(duty, profile, codes) for duty in duties()),
    )


def _violation_codes(report: CatalogueReport | None) -> frozenset[str]:
    if report is None:
        return frozenset()
    from tiepcan.catalogue import CatalogueKind, CatalogueReport

    if (
        not isinstance(report, CatalogueReport)
        or report.kind is not CatalogueKind.PUBLIC_DISCLOSURE
    ):
        raise InvalidInputError(
            "invalid-catalogue-report",
            "Cần kết quả kiểm tra Danh mục thông tin phải được công khai",
            "expected the check of the public-disclosure catalogue",
            detail=f"got {type(report).__name__}",
        )
    return frozenset(f.code for f in report.violations)


def _result(duty: Duty, status: DutyStatus, vi: str, en: str) -> DutyResult:
    return DutyResult(
        id=duty.id,
        citation=duty.citation,
        label_vi=duty.label_vi,
        label_en=duty.label_en,
        status=status,
        reason_vi=vi,
        reason_en=en,
    )


def _judge(duty: Duty, profile: AgencyProfile, codes: frozenset[str]) -> DutyResult:
    if duty.applies_if is not None:
        negate = duty.applies_if.startswith("not ")
        field = duty.applies_if.removeprefix("not ")
        condition = getattr(profile, field)
        vi, en = PROFILE_FIELDS[field]
        if condition is None:
            return _result(
                duty,
                DutyStatus.CANNOT_JUDGE,
                f"Chưa khai báo “{vi}”, nên chưa xác định được nghĩa vụ có áp dụng không.",
                f"Whether it applies depends on “{en}”, which is not declared.",
            )
        if condition is negate:
            state_vi = "có" if condition else "không"
            return _result(
                duty,
                DutyStatus.NOT_APPLICABLE,
                f"Không áp dụng: “{vi}”: {state_vi}.",
                f"Not applicable: “{en}” is {str(condition).lower()}.",
            )
    proof = sorted(codes.intersection(_EVIDENCE.get(duty.id, ())))
    if proof:
        return _result(
            duty,
            DutyStatus.MISSING,
            "Kết quả kiểm tra Danh mục cho thấy chưa đáp ứng: " + ", ".join(proof) + ".",
            "The catalogue check shows it is not met: " + ", ".join(proof) + ".",
        )
    if duty.content is not None:
        return _judge_content(duty, profile)
    value = getattr(profile, duty.field)
    vi, en = PROFILE_FIELDS[duty.field]
    if value is None:
        return _result(
            duty, DutyStatus.CANNOT_JUDGE, f"Chưa khai báo “{vi}”.", f"“{en}” is not declared."
        )
    if value:
        return _result(
            duty, DutyStatus.MET, f"Cơ quan khai báo: “{vi}”.", f"The agency declares: “{en}”."
        )
    return _result(
        duty,
        DutyStatus.MISSING,
        f"Cơ quan khai báo chưa thực hiện: “{vi}”.",
        f"The agency declares it has not: “{en}”.",
    )


def _judge_content(duty: Duty, profile: AgencyProfile) -> DutyResult:
    assert duty.content is not None
    content = duty.content
    if profile.internal_rules_issued is False:
        return _result(
            duty,
            DutyStatus.MISSING,
            "Chưa ban hành quy chế nội bộ.",
            "No internal rules have been issued.",
        )
    contents = profile.internal_rules_contents
    if contents is None:
        return _result(
            duty,
            DutyStatus.CANNOT_JUDGE,
            "Chưa khai báo nội dung quy chế nội bộ.",
            "The contents of the internal rules are not declared.",
        )
    if content in contents:
        return _result(
            duty,
            DutyStatus.MET,
            f"Quy chế nội bộ có nội dung: {content.label_vi}.",
            f"The internal rules cover: {content.label_en}.",
        )
    return _result(
        duty,
        DutyStatus.MISSING,
        f"Quy chế nội bộ thiếu nội dung: {content.label_vi}.",
        f"The internal rules do not cover: {content.label_en}.",
    )
