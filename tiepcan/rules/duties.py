"""Trách nhiệm của cơ quan cung cấp thông tin — the agency's duties, as a checklist.

The pure model of the checklist a provincial Department of Justice or an auditor runs
against what an agency declares about itself (:class:`AgencyProfile`):

* Law 104/2016/QH13 art. 13(2) — the People's Committee's yearly report to the council;
  art. 18(3) — forms of disclosure suited to persons with disabilities and to people in
  border, island, mountain and especially disadvantaged areas; art. 19(3) — the catalogued
  records kept, classified, digitised and connected to the nationwide network; art. 19(4) —
  websites linked with those of the agencies under it; art. 19(6) — disclosure in another
  form without a website; art. 24(1)(a) — guiding requesters and filling in the form for those
  who cannot write; art. 26(1) — the register of requests; art. 33 — the six measures that
  secure access; art. 34(1) a–l — the providing agency's duties, with the five required
  contents of the internal rules (quy chế nội bộ) of point h (:class:`InternalRulesContent`);
  art. 34(2)–(3) — the head of the focal unit and the staff; art. 35(2), (5), (6) — ministries,
  provincial People's Committees, reading at the office and a notice board;
* Decree 13/2018/NĐ-CP, where it adds a duty the Law does not state: art. 2(1), (3), (4) —
  border, island, mountain and disadvantaged areas; art. 3(2)–(6) — persons with
  disabilities; art. 6(1) — the conditional-access catalogue compiled and updated; art. 6(2) —
  the creating unit identifies and passes on; art. 6(3) — an agency without a website posts its
  catalogue at the office; art. 7 — review and removal before provision; art. 8(2)–(5) — the
  focal unit; art. 9(2)(c)–(d) — audio-visual means, the requester's own devices; art. 11 — the
  access-to-information section (Chuyên mục về tiếp cận thông tin) and the databases linked to
  it; art. 12(1), (3)–(4) — the rules assigning focal points, the report to the Ministry of
  Justice; art. 13(2) — costs paid in advance, into the state budget. Where the decree details a
  duty of the Law (arts. 2(2), 3(1), 6(1), 6(3), 8(1), 8(6), 9(1), 9(2)(a)–(b), 10(1), 11(2),
  12(1)), the duty is listed once, under the Law, and the decree is in its ``details``;
* what provincial instructions order every agency to do beyond the law (internal rules
  posted at the office and on the website, dissemination, spokesperson and hotline on the
  website, a yearly review, reports to the provincial Department of Justice): these lines
  have ``source`` :attr:`DutySource.PROVINCIAL_INSTRUCTION` and no statutory citation.

From 2026-09-01 the checklist is Law 01/2026/QH16's (``data/ati-2026/duties.toml``): art. 11(1)–(6)
(measures; access for persons with disabilities, ethnic minorities and remote areas; the portal
connected and the database kept, 11(3); review and classify before providing, 11(4); the list of
public service units and the administrative procedure, 11(5)), arts. 17–22 and 19, art. 26(2);
the duties only Decree 13/2018 gave (register, focal officer, …) under the interpretation
``decree13-where-not-contrary``.

The duties are declared data of the ruleset (``duties.toml``), each with its citation or
its provincial source: :func:`duties` reads them. Judging a profile against them is
:func:`tiepcan.duties.check_duties` (it also takes a catalogue check as evidence, which is why
it lives above ``rules/``). Each duty comes back *met*, *missing*, *cannot be judged* (the
profile does not say) or *not applicable* (it depends on a fact the profile denies).

>>> [d.id for d in duties("ati-2016")][:3]
['law-13.2-yearly-report-to-council', 'law-18.3-disclosure-forms-disability', 'law-18.3-disclosure-forms-areas']
>>> d = next(d for d in duties("ati-2016") if d.id == "law-26.1-request-register")
>>> d.citation.label_en, [c.label_en for c in d.details]
('Law 104/2016/QH13 on Access to Information, art. 26(1)', ['Decree 13/2018/NĐ-CP, art. 10(1)'])
>>> d.quote in d.citation.text()
True
>>> next(d for d in duties("ati-2016") if d.id == "law-34.1.a-timely").citation.label
'Điều 34 khoản 1 điểm a Luật Tiếp cận thông tin số 104/2016/QH13'
>>> d = next(d for d in duties("ati-2016") if d.id == "province-yearly-review")
>>> d.citation is None, d.source.value, d.basis("en")
(True, 'provincial-instruction', "a provincial People's Committee's instruction (not the law)")
>>> AgencyProfile.model_fields["has_website"].title
'Có Cổng/Trang thông tin điện tử'
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import Field, StrictBool, field_validator

from tiepcan.foundation._input import FrozenModel, in_law_order, validate_input, yes_no
from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import (
    BilingualStrEnum,
    Lang,
    NonBlank,
    Result,
    Text,
    check_lang,
    echo,
)
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import ATI_2016_RULES, RegimeLike, Ruleset, ruleset

#: the sentences this module says (tiepcan/texts/rules_duties.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.rules_duties")

__all__ = [
    "PROFILE_FIELDS",
    "AgencyProfile",
    "Duty",
    "DutyChecklist",
    "DutyResult",
    "DutySource",
    "DutyStatus",
    "InternalRulesContent",
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
        """Law art. 34(1)(h), as the 2016 ruleset's duty for this content cites it."""
        cited = next(d.citation for d in duties(ATI_2016_RULES) if d.content is self)
        assert cited is not None  # a content of art. 34(1)(h) is the law's, never provincial
        return cited


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


class DutySource(BilingualStrEnum):
    """What orders a duty: the law (with its citation), or a provincial instruction.

    Provincial People's Committees' implementation instructions order every agency in the
    province to do some things the law does not name (interpretation
    ``provincial-instructions``). Such a line has no statutory citation: a missing one is
    missing against the instruction, not a breach of Law 104/2016 or Decree 13/2018.
    """

    LAW = ("law", "Quy định của pháp luật", "the law")
    PROVINCIAL_INSTRUCTION = (
        "provincial-instruction",
        "Văn bản chỉ đạo, hướng dẫn của Ủy ban nhân dân cấp tỉnh (không phải quy định của Luật)",
        "a provincial People's Committee's instruction (not the law)",
    )

    def basis(self, citation: Citation | None, lang: Lang = "vi") -> str:
        """The citation's label for a duty of the law; the source's label otherwise."""
        if citation is not None:
            return citation.label_in(lang)
        return self.label(lang)


def conditions_of(applies_if: str | None) -> tuple[tuple[str, bool], ...]:
    """``"has_website and not is_ministry"`` → ``(("has_website", True), ("is_ministry", False))``."""
    if applies_if is None:
        return ()
    out = []
    for part in applies_if.split(" and "):
        field = part.strip().removeprefix("not ").strip()
        out.append((field, not part.strip().startswith("not ")))
    return tuple(out)


def _check_details(what: str, citation: Citation | None, details: tuple[Citation, ...]) -> None:
    """A duty's details are other units than its citation, each once; a provincial line has none."""
    if (citation is None and details) or citation in details or len(set(details)) != len(details):
        raise InvalidInputError(
            "inconsistent-result",
            detail=f"{what}: details={echo(details)} with citation={echo(citation)}",
        )


def _check_source(what: str, source: DutySource, citation: Citation | None) -> None:
    """A duty of the law carries its citation; a provincial one carries none."""
    if (source is DutySource.LAW) is (citation is None):
        raise InvalidInputError(
            "inconsistent-result",
            detail=f"{what}: source={source.value} with citation={echo(citation)}",
        )


# -- one helper per repeated task: a line of text, a yes/no cell -----------------------------

#: control characters, surrogates, line and paragraph separators
_NOT_IN_A_LINE = frozenset({"Cc", "Cs", "Zl", "Zp"})


def one_line(value: Any) -> str | None:
    """NFC-normalise and strip a text value; blank is ``None``; control characters refused.

    The one blank/one-line check of the catalogue and profile models (raises ``ValueError``,
    which the model turns into ``InvalidInputError``).
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("must be text")
    text = unicodedata.normalize("NFC", value).strip()
    if any(unicodedata.category(ch) in _NOT_IN_A_LINE for ch in text):
        raise ValueError("must be one line of text, without control characters")
    return text or None


# -- the agency's declared state ------------------------------------------------------------


class AgencyProfile(FrozenModel):
    """What an agency declares about itself; ``None`` means "not declared".

    Each field's ``title`` is its Vietnamese label (the CSV form's row label and the JSON
    Schema title); its ``description`` the English one.
    """

    agency: NonBlank = Field(title="Tên cơ quan", description="agency")
    has_website: StrictBool | None = Field(
        None, title="Có Cổng/Trang thông tin điện tử", description="has a web portal or website"
    )
    serves_disadvantaged_areas: StrictBool | None = Field(
        None,
        title="Cung cấp thông tin cho khu vực biên giới, hải đảo, miền núi, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn",
        description="serves border, island, mountain or especially disadvantaged areas",
    )
    is_ministry_or_provincial_committee: StrictBool | None = Field(
        None,
        title="Là bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ hoặc Ủy ban nhân dân cấp tỉnh",
        description="is a ministry, ministerial-level or government agency, or a provincial "
        "People's Committee (Decree 13 art. 12(3))",
    )
    is_ministry: StrictBool | None = Field(
        None,
        title="Là bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        description="is a ministry, ministerial-level or government agency (Law art. 35(2))",
    )
    is_provincial_committee: StrictBool | None = Field(
        None,
        title="Là Ủy ban nhân dân cấp tỉnh",
        description="is a provincial People's Committee (Law art. 35(5))",
    )
    is_peoples_committee: StrictBool | None = Field(
        None,
        title="Là Ủy ban nhân dân (cấp tỉnh, cấp xã)",
        description="is a People's Committee of any level (Law art. 13(2))",
    )
    has_subordinate_agencies: StrictBool | None = Field(
        None,
        title="Có cơ quan trực thuộc",
        description="has agencies under it (Law art. 19(4))",
    )
    discloses_timely_and_accurately: StrictBool | None = Field(
        None,
        title="Công khai, cung cấp thông tin kịp thời, chính xác, đầy đủ",
        description="discloses promptly, accurately, completely",
    )
    corrects_inaccurate_information: StrictBool | None = Field(
        None,
        title="Đính chính, bổ sung thông tin không chính xác, không đầy đủ",
        description="corrects or supplements inaccurate information",
    )
    catalogue_compiled_and_updated: StrictBool | None = Field(
        None,
        title="Đã lập, cập nhật Danh mục thông tin phải được công khai",
        description="catalogue compiled and kept up to date",
    )
    catalogue_posted_on_website: StrictBool | None = Field(
        None,
        title="Đã đăng tải Danh mục trên Cổng/Trang thông tin điện tử",
        description="catalogue posted on the website",
    )
    catalogue_posted_at_office: StrictBool | None = Field(
        None, title="Đã niêm yết Danh mục tại trụ sở", description="catalogue posted at the office"
    )
    discloses_per_catalogue: StrictBool | None = Field(
        None,
        title="Công khai đúng thời điểm, thời hạn, hình thức theo Danh mục",
        description="discloses as the catalogue states",
    )
    maintains_information_database: StrictBool | None = Field(
        None,
        title="Duy trì, cập nhật cơ sở dữ liệu thông tin",
        description="maintains the information database",
    )
    ensures_accuracy_and_lawful_transfer: StrictBool | None = Field(
        None,
        title="Bảo đảm chính xác, đầy đủ; chuyển giao thông tin theo quy định",
        description="ensures accuracy; lawful transfer",
    )
    guides_information_protection: StrictBool | None = Field(
        None,
        title="Hướng dẫn kỹ thuật bảo vệ thông tin",
        description="guides on information protection",
    )
    reviews_confidentiality_before_provision: StrictBool | None = Field(
        None,
        title="Rà soát, bảo đảm bí mật trước khi cung cấp",
        description="reviews confidentiality before providing",
    )
    weighs_public_interest: StrictBool | None = Field(
        None,
        title="Cân nhắc lợi ích công cộng, sức khỏe cộng đồng",
        description="weighs the public interest",
    )
    internal_rules_issued: StrictBool | None = Field(
        None, title="Đã ban hành quy chế nội bộ", description="internal rules issued"
    )
    internal_rules_published: StrictBool | None = Field(
        None, title="Đã công bố công khai quy chế nội bộ", description="internal rules published"
    )
    #: the art. 34(1)(h) contents the internal rules cover (law order, no repeats)
    internal_rules_contents: tuple[InternalRulesContent, ...] | None = Field(
        None, title="Nội dung quy chế nội bộ", description="contents of the internal rules"
    )
    internal_rules_assign_focal_points: StrictBool | None = Field(
        None,
        title="Quy chế phân công đơn vị, cán bộ làm đầu mối",
        description="rules assign focal units and staff",
    )
    reviews_access_legislation: StrictBool | None = Field(
        None,
        title="Rà soát quy định pháp luật về tiếp cận thông tin",
        description="reviews access legislation",
    )
    handles_complaints_and_violations: StrictBool | None = Field(
        None,
        title="Giải quyết khiếu nại, tố cáo, xử lý vi phạm",
        description="handles complaints and violations",
    )
    reports_when_requested: StrictBool | None = Field(
        None, title="Báo cáo khi được yêu cầu", description="reports when asked"
    )
    website_section_exists: StrictBool | None = Field(
        None,
        title="Có Chuyên mục về tiếp cận thông tin",
        description="has an access-to-information section",
    )
    section_has_catalogue: StrictBool | None = Field(
        None,
        title="Chuyên mục có Danh mục thông tin phải được công khai",
        description="section carries the catalogue",
    )
    section_has_focal_point: StrictBool | None = Field(
        None,
        title="Chuyên mục có thông tin về đầu mối",
        description="section carries the focal point",
    )
    section_has_request_address: StrictBool | None = Field(
        None,
        title="Chuyên mục có địa chỉ tiếp nhận yêu cầu, khiếu nại qua mạng",
        description="section gives the electronic request address",
    )
    section_has_forms: StrictBool | None = Field(
        None, title="Chuyên mục có các mẫu phiếu", description="section carries the forms"
    )
    section_has_guidance: StrictBool | None = Field(
        None,
        title="Chuyên mục có hướng dẫn, tài liệu hỗ trợ",
        description="section carries guidance",
    )
    area_disclosure_forms_chosen: StrictBool | None = Field(
        None,
        title="Đã lựa chọn hình thức công khai phù hợp cho khu vực khó khăn",
        description="forms chosen for disadvantaged areas",
    )
    area_request_assistance: StrictBool | None = Field(
        None,
        title="Hình thức cung cấp theo yêu cầu phù hợp, có cán bộ hướng dẫn",
        description="suited provision on request, with guiding staff",
    )
    disability_information_accessible: StrictBool | None = Field(
        None,
        title="Công bố thông tin liên quan người khuyết tật dưới hình thức thuận lợi",
        description="disability information accessible",
    )
    website_accessibility_functions: StrictBool | None = Field(
        None,
        title="Cổng/Trang thông tin điện tử hỗ trợ người khuyết tật",
        description="website accessibility functions",
    )
    disability_assistive_equipment: StrictBool | None = Field(
        None, title="Có thiết bị nghe, nhìn, phụ trợ", description="assistive equipment"
    )
    disability_form_assistance: StrictBool | None = Field(
        None,
        title="Có cán bộ giúp người khuyết tật điền, ký Phiếu",
        description="staff help with the request form",
    )
    disability_training: StrictBool | None = Field(
        None, title="Bồi dưỡng nghiệp vụ về người khuyết tật", description="disability training"
    )
    disability_priority: StrictBool | None = Field(
        None,
        title="Ưu tiên cung cấp thông tin cho người khuyết tật",
        description="priority for persons with disabilities",
    )
    focal_point_designated: StrictBool | None = Field(
        None,
        title="Đã xác định đơn vị, cá nhân làm đầu mối cung cấp thông tin",
        description="focal unit or officer designated",
    )
    trains_information_staff: StrictBool | None = Field(
        None,
        title="Bồi dưỡng nâng cao năng lực, chuyên môn, nghiệp vụ cho người được giao nhiệm vụ cung cấp thông tin",
        description="trains the staff who provide information",
    )
    provides_through_spokesperson_and_media: StrictBool | None = Field(
        None,
        title="Cung cấp thông tin qua người phát ngôn và phương tiện thông tin đại chúng",
        description="provides information through the spokesperson and the mass media",
    )
    reception_place_arranged: StrictBool | None = Field(
        None,
        title="Bố trí nơi tiếp nhận, giải quyết yêu cầu cung cấp thông tin",
        description="a place to receive and handle requests",
    )
    records_archives_statistics_kept: StrictBool | None = Field(
        None,
        title="Củng cố, kiện toàn công tác văn thư, lưu trữ, thống kê",
        description="records, archives and statistics in order",
    )
    reading_and_copying_place: StrictBool | None = Field(
        None,
        title="Bố trí địa điểm đọc, nghe, xem, ghi chép, sao chép, chụp thông tin tại trụ sở",
        description="a place at the office to read, view, note and copy",
    )
    reading_and_copying_equipment: StrictBool | None = Field(
        None,
        title="Trang bị phương tiện, thiết bị để đọc, xem, nghe, sao chép tại trụ sở và qua mạng điện tử",
        description="equipment to read, view, copy at the office and online",
    )
    audio_visual_provision: StrictBool | None = Field(
        None,
        title="Cung cấp thông tin bằng hình ảnh, video, phương tiện nghe, nhìn",
        description="provides information by pictures, video and audio-visual means",
    )
    allows_personal_devices: StrictBool | None = Field(
        None,
        title="Cho phép dùng điện thoại, phương tiện cá nhân để sao, chụp tài liệu",
        description="lets requesters copy with their own phones and devices",
    )
    notice_board_or_equipment: StrictBool | None = Field(
        None,
        title="Trang bị bảng thông tin hoặc thiết bị khác để công khai thông tin",
        description="a notice board or other equipment for disclosure",
    )
    keeps_catalogued_records: StrictBool | None = Field(
        None,
        title="Lưu giữ, xếp loại hồ sơ, tài liệu đã nhập vào Danh mục",
        description="keeps and classifies the catalogued records",
    )
    digitises_records: StrictBool | None = Field(
        None,
        title="Số hóa, lưu trữ điện tử thông tin, để mở cho mọi người tiếp cận",
        description="digitises records and keeps them open to all",
    )
    keeps_request_register: StrictBool | None = Field(
        None,
        title="Có Sổ theo dõi cung cấp thông tin theo yêu cầu (bản giấy hoặc bản điện tử)",
        description="keeps the register of requests (paper or electronic)",
    )
    conditional_catalogue_compiled: StrictBool | None = Field(
        None,
        title="Đã lập, cập nhật Danh mục thông tin công dân được tiếp cận có điều kiện",
        description="conditional-access catalogue compiled and kept up to date",
    )
    creating_units_review_before_transfer: StrictBool | None = Field(
        None,
        title="Đơn vị tạo ra thông tin rà soát nội dung thuộc Điều 6, Điều 7 trước khi chuyển cho đầu mối",
        description="creating units review art. 6 and 7 content before passing it on",
    )
    removes_protected_content: StrictBool | None = Field(
        None,
        title="Đầu mối kiểm tra, loại bỏ nội dung không được cung cấp trước khi cung cấp",
        description="the focal unit removes protected content before providing",
    )
    handles_requests: StrictBool | None = Field(
        None,
        title="Đầu mối tiếp nhận, xử lý yêu cầu và cung cấp thông tin",
        description="the focal unit receives, handles and answers requests",
    )
    guides_requesters: StrictBool | None = Field(
        None,
        title="Giải thích, hướng dẫn công dân thực hiện quyền tiếp cận thông tin",
        description="explains the procedure to requesters",
    )
    helps_identify_documents: StrictBool | None = Field(
        None,
        title="Hướng dẫn, hỗ trợ người yêu cầu xác định rõ hồ sơ, tài liệu, tên văn bản",
        description="helps requesters identify the documents they seek",
    )
    answers_feedback_and_complaints: StrictBool | None = Field(
        None,
        title="Tiếp nhận, trả lời phản ánh, kiến nghị, khiếu nại, tố cáo về cung cấp thông tin",
        description="receives and answers feedback and complaints",
    )
    focal_unit_reports_to_head: StrictBool | None = Field(
        None,
        title="Đầu mối theo dõi, đôn đốc, báo cáo định kỳ, đột xuất người đứng đầu",
        description="the focal unit follows up and reports to the head",
    )
    helps_fill_request_form: StrictBool | None = Field(
        None,
        title="Có cán bộ giúp người không biết chữ, người gặp khó khăn điền, ký Phiếu yêu cầu",
        description="staff help those who cannot write fill in the form",
    )
    databases_connected_to_section: StrictBool | None = Field(
        None,
        title="Cơ sở dữ liệu được cập nhật, kết nối với Chuyên mục về tiếp cận thông tin",
        description="databases kept up and linked to the section",
    )
    area_multiple_forms_used: StrictBool | None = Field(
        None,
        title="Cung cấp thông tin bằng nhiều hình thức phù hợp với khu vực khó khăn",
        description="several forms suited to disadvantaged areas",
    )
    area_equipment_upgraded: StrictBool | None = Field(
        None,
        title="Nâng cấp, đầu tư trang thiết bị cung cấp thông tin ở khu vực khó khăn",
        description="equipment upgraded in disadvantaged areas",
    )
    reports_to_justice_ministry: StrictBool | None = Field(
        None,
        title="Báo cáo Bộ Tư pháp định kỳ 03 năm hoặc đột xuất",
        description="reports to the Ministry of Justice every 3 years or ad hoc",
    )
    report_has_required_contents: StrictBool | None = Field(
        None,
        title="Báo cáo nêu đủ nội dung khoản 4 Điều 12 Nghị định 13/2018/NĐ-CP",
        description="the report states what Decree 13 art. 12(4) requires",
    )
    costs_paid_before_provision_into_budget: StrictBool | None = Field(
        None,
        title="Chi phí được trả trước khi cung cấp và nộp vào ngân sách nhà nước",
        description="costs paid before provision, into the state budget",
    )
    reports_yearly_to_peoples_council: StrictBool | None = Field(
        None,
        title="Báo cáo Hội đồng nhân dân cùng cấp hằng năm về tình hình thực hiện quyền tiếp cận thông tin",
        description="reports every year to the People's Council of the same level",
    )
    connected_to_national_network: StrictBool | None = Field(
        None,
        title="Kết nối với mạng điện tử trên toàn quốc",
        description="connected to the nationwide electronic network",
    )
    website_linked_to_subordinates: StrictBool | None = Field(
        None,
        title="Cổng/Trang thông tin điện tử liên kết, tích hợp với Cổng/Trang của cơ quan trực thuộc",
        description="website linked and integrated with those of the agencies under it",
    )
    discloses_without_website: StrictBool | None = Field(
        None,
        title="Công khai thông tin khoản 1 Điều 19 bằng hình thức thích hợp khác (chưa có Cổng/Trang)",
        description="discloses the art. 19(1) information in another suitable form (no website)",
    )
    focal_head_ensures_and_disciplines: StrictBool | None = Field(
        None,
        title="Người đứng đầu đơn vị đầu mối bảo đảm nhiệm vụ, xử lý người cản trở",
        description="the head of the focal unit ensures provision and deals with obstruction",
    )
    staff_provide_without_obstruction: StrictBool | None = Field(
        None,
        title="Người được giao nhiệm vụ cung cấp kịp thời, đầy đủ, không nhũng nhiễu, cản trở",
        description="staff provide promptly and fully, without harassment or obstruction",
    )
    ministry_performs_state_tasks: StrictBool | None = Field(
        None,
        title="Thực hiện nhiệm vụ tại các điểm a, c, d, đ, g khoản 1 Điều 35 Luật",
        description="carries out the tasks of Law art. 35(1)(a), (c), (d), (đ), (g)",
    )
    province_manages_access_measures: StrictBool | None = Field(
        None,
        title="Quản lý nhà nước trên địa bàn, thi hành biện pháp bảo đảm quyền tiếp cận thông tin",
        description="manages and carries out the access measures in the province",
    )
    creating_units_identify_catalogue_information: StrictBool | None = Field(
        None,
        title="Đơn vị tạo ra thông tin xác định thông tin thuộc Danh mục và chuyển đến đầu mối",
        description="creating units identify what belongs in the catalogues and pass it on",
    )
    section_has_download_address: StrictBool | None = Field(
        None,
        title="Chuyên mục có địa chỉ truy cập để tải thông tin (nếu có)",
        description="section gives the download address (where there is one)",
    )
    internal_rules_posted_at_office: StrictBool | None = Field(
        None,
        title="Quy chế nội bộ được niêm yết tại trụ sở",
        description="internal rules posted at the office",
    )
    internal_rules_posted_on_website: StrictBool | None = Field(
        None,
        title="Quy chế nội bộ được đăng trên Cổng/Trang thông tin điện tử",
        description="internal rules posted on the website",
    )
    disseminates_access_law: StrictBool | None = Field(
        None,
        title="Phổ biến Luật Tiếp cận thông tin cho cán bộ, công chức và Nhân dân",
        description="disseminates the law to staff and the public",
    )
    spokesperson_and_hotline_on_website: StrictBool | None = Field(
        None,
        title="Công khai người phát ngôn và đường dây nóng trên Cổng/Trang thông tin điện tử",
        description="spokesperson and hotline published on the website",
    )
    reviews_difficulties_yearly: StrictBool | None = Field(
        None,
        title="Theo dõi, đánh giá khó khăn, vướng mắc hằng năm",
        description="monitors and reviews difficulties every year",
    )
    reports_to_provincial_justice_department: StrictBool | None = Field(
        None,
        title="Báo cáo 6 tháng, năm gửi Sở Tư pháp",
        description="6-monthly and yearly reports to the provincial Department of Justice",
    )

    # -- Law 01/2026/QH16 (from 2026-09-01): facts its duties ask about that Law 104/2016's
    # did not (a fact both laws ask about keeps its field above)
    is_ministry_or_peoples_committee: StrictBool | None = Field(
        None,
        title="Là bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ hoặc Ủy ban nhân dân các cấp",
        description="is a ministry, ministerial-level or government agency, or a People's "
        "Committee of any level (Law 01/2026 art. 11(5)–(6))",
    )
    takes_access_measures: StrictBool | None = Field(
        None,
        title="Thực hiện các biện pháp bảo đảm quyền tiếp cận thông tin",
        description="takes measures that secure the right of access (Law 01/2026 art. 11(1))",
    )
    facilitates_disadvantaged_groups: StrictBool | None = Field(
        None,
        title="Tạo điều kiện thuận lợi cho người khuyết tật, người dân tộc thiểu số, người ở vùng khó khăn tiếp cận thông tin",
        description="makes access easy for persons with disabilities, ethnic minorities and "
        "people in disadvantaged areas (Law 01/2026 art. 11(1))",
    )
    publishes_public_service_unit_list: StrictBool | None = Field(
        None,
        title="Đã lập và công khai danh mục đơn vị sự nghiệp công lập cung ứng dịch vụ sự nghiệp công cơ bản, thiết yếu",
        description="has published the list of its public service units providing basic, "
        "essential public services (Law 01/2026 art. 11(5))",
    )
    publishes_administrative_procedure: StrictBool | None = Field(
        None,
        title="Đã công bố thủ tục hành chính về cung cấp thông tin",
        description="has published the administrative procedure for providing information "
        "(Law 01/2026 art. 11(5))",
    )
    implements_government_measures: StrictBool | None = Field(
        None,
        title="Thực hiện các biện pháp bảo đảm quyền tiếp cận thông tin theo quy định của Chính phủ",
        description="carries out the access measures the Government lays down (Law 01/2026 "
        "art. 11(6))",
    )
    discloses_on_website: StrictBool | None = Field(
        None,
        title="Công khai trên Cổng/Trang thông tin điện tử mọi thông tin khoản 1 Điều 17",
        description="publishes every art. 17(1) item on its portal or website (Law 01/2026 "
        "art. 19(1))",
    )
    posts_for_at_least_30_days: StrictBool | None = Field(
        None,
        title="Niêm yết ít nhất 30 ngày khi pháp luật chưa quy định thời hạn niêm yết",
        description="keeps postings up for at least 30 days where no other law sets the "
        "duration (Law 01/2026 art. 21(2))",
    )
    refuses_in_writing_with_reasons: StrictBool | None = Field(
        None,
        title="Từ chối yêu cầu cung cấp thông tin bằng văn bản, nêu rõ lý do",
        description="refuses requests in writing, with reasons (Law 01/2026 art. 26(2))",
    )

    @field_validator("agency", mode="before")
    @classmethod
    def _agency(cls, v: Any) -> Any:
        text = one_line(v) if isinstance(v, str) else v
        if text is None:
            raise ValueError("the agency's name must be one non-blank line of text")
        return text

    @field_validator("internal_rules_contents", mode="after")
    @classmethod
    def _contents(
        cls, v: tuple[InternalRulesContent, ...] | None
    ) -> tuple[InternalRulesContent, ...] | None:
        if v is None:
            return None
        return in_law_order(v, InternalRulesContent, "a content is listed twice")

    @classmethod
    def build(cls, data: Mapping[str, Any] | None = None, /, **fields: Any) -> AgencyProfile:
        """Validate a profile from a mapping or keywords; bad input raises ``InvalidInputError``."""
        if data is not None and not isinstance(data, Mapping):
            raise InvalidInputError(detail=f"agency profile: expected a mapping, got {echo(data)}")
        return validate_input(cls, {**(data or {}), **fields}, what="agency profile")

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)

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


#: AgencyProfile field -> (Vietnamese label, English label), derived from the fields' titles
#: and descriptions (the CSV form uses the Vietnamese).
PROFILE_FIELDS: Mapping[str, tuple[str, str]] = {
    name: (info.title or name, info.description or name)
    for name, info in AgencyProfile.model_fields.items()
}

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
    return InvalidInputError("invalid-csv", detail=detail)


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
    if not rows or _cells(rows[0]) != ["Nội dung", "Giá trị"]:
        raise _csv_error("the first row must be: Nội dung, Giá trị")
    data: dict[str, Any] = {}
    for row in rows[1:]:
        cells = _cells(row)
        if not cells:  # a row of empty cells, as a spreadsheet pads a table
            continue
        field = by_label.get(cells[0])
        if field is None or len(cells) > 2 or field in data:
            raise _csv_error(f"unknown or repeated row {echo(row)}")
        data[field] = _profile_value(field, cells[1] if len(cells) > 1 else "")
    return AgencyProfile.build(data)


def _cells(row: list[str]) -> list[str]:
    """A row's cells as read: NFC (a form saved in decomposed Unicode reads the same), spaces
    stripped, and the empty cells a spreadsheet adds at the end of a row dropped."""
    cells = [unicodedata.normalize("NFC", c).strip() for c in row]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _profile_value(field: str, cell: str) -> Any:
    if field == "agency":
        return cell
    if not cell:
        return None
    if field == "internal_rules_contents":
        if cell.lower() in (_NO_CONTENTS, "không"):
            return []
        return [p.strip() for p in cell.split(";") if p.strip()]
    return yes_no(cell, field=field)


# -- the declared duties ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Duty(Result):
    """One duty of the checklist, as declared in the ruleset's ``duties.toml``.

    ``citation`` is the unit of law that makes it, or ``None`` for a duty ordered by a
    provincial instruction (``source`` says which).
    """

    id: str
    citation: Citation | None
    #: the AgencyProfile field that declares it
    field: str
    label_vi: str
    label_en: str
    content: InternalRulesContent | None = None
    #: an AgencyProfile field (optionally "not <field>") on which the duty depends
    applies_if: str | None = None
    source: DutySource = DutySource.LAW
    #: the id of the interpretation (``interpretations/duties.toml``) the line rests on, if any
    interpretation: str | None = None
    #: the words of ``citation`` that make the duty, verbatim ("…" between parts)
    quote: str | None = None
    #: other units that restate or detail the duty (Decree 13 detailing the Law)
    details: tuple[Citation, ...] = ()

    def _check(self) -> None:
        _check_source(f"Duty {self.id}", self.source, self.citation)
        _check_details(f"Duty {self.id}", self.citation, self.details)

    @property
    def conditions(self) -> tuple[tuple[str, bool], ...]:
        """``applies_if`` read: each (profile field, the value it must have), in order."""
        return conditions_of(self.applies_if)

    def label(self, lang: Lang = "vi") -> str:
        return self.label_vi if check_lang(lang) == "vi" else self.label_en

    def basis(self, lang: Lang = "vi") -> str:
        """The citation of the duty (then its details), or "a provincial instruction (not the law)"."""
        return _basis(self.source, self.citation, self.details, lang)


def _basis(
    source: DutySource, citation: Citation | None, details: tuple[Citation, ...], lang: Lang
) -> str:
    if not details:
        return source.basis(citation, lang)
    check_lang(lang)
    basis = Text(source.basis(citation, "vi"), source.basis(citation, "en"))
    cited = Text(
        "; ".join(c.label_in("vi") for c in details), "; ".join(c.label_in("en") for c in details)
    )
    return say(TEXTS, "basis.details", basis=basis, details=cited).in_(lang)


def _build_duties(rules: Ruleset) -> tuple[Duty, ...]:
    out: list[Duty] = []
    for rec in rules.data("duties.toml")["duty"]:
        content = rec.get("content")
        cited = rec.get("citation")
        duty = Duty(
            id=rec["id"],
            citation=Citation.parse(cited) if cited is not None else None,
            field=rec["field"],
            label_vi=rec["label_vi"],
            label_en=rec["label_en"],
            content=InternalRulesContent(content) if content is not None else None,
            applies_if=rec.get("applies_if"),
            source=DutySource(rec.get("source", "law")),
            interpretation=rec.get("interpretation"),
            quote=rec.get("quote"),
            details=tuple(Citation.parse(d) for d in rec.get("details", ())),
        )
        duty._check()
        out.append(duty)
    return tuple(out)


def duties(regime: RegimeLike) -> tuple[Duty, ...]:
    """Every duty of the checklist of ``regime``, in the order of the law (read once)."""
    table: tuple[Duty, ...] = ruleset(regime).cached("duties", _build_duties)
    return table


# -- the result -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DutyResult(Result):
    """One duty, judged: ``citation`` is ``None`` for a duty of a provincial instruction."""

    id: str
    citation: Citation | None
    label_vi: str
    label_en: str
    status: DutyStatus
    reason_vi: str
    reason_en: str
    source: DutySource = DutySource.LAW
    #: other units that restate or detail the duty (Decree 13 detailing the Law)
    details: tuple[Citation, ...] = ()

    def _check(self) -> None:
        _check_source(f"DutyResult {self.id}", self.source, self.citation)
        _check_details(f"DutyResult {self.id}", self.citation, self.details)

    def label(self, lang: Lang = "vi") -> str:
        return self.label_vi if check_lang(lang) == "vi" else self.label_en

    def reason(self, lang: Lang = "vi") -> str:
        return self.reason_vi if check_lang(lang) == "vi" else self.reason_en

    def basis(self, lang: Lang = "vi") -> str:
        """The citation of the duty (then its details), or "a provincial instruction (not the law)"."""
        return _basis(self.source, self.citation, self.details, lang)

    def explain(self, lang: Lang = "vi") -> str:
        return (
            f"[{self.status.label(lang)}] {self.label(lang)} — {self.reason(lang)} "
            f"({self.basis(lang)})"
        )


@dataclass(frozen=True, slots=True)
class DutyChecklist(Result):
    """The checklist for one agency: every duty with its status, in the order of the law.

    ``on`` is the date the checklist speaks of (``None`` when the caller chose the regime
    without a date); ``regime`` the ruleset whose duties were judged; ``interpretations`` the
    ids of the readings applied (see ``docs/duties.md``).
    """

    agency: NonBlank
    on: date | None
    regime: str
    items: tuple[DutyResult, ...]
    interpretations: tuple[str, ...] = ()
    user_supplied: bool = False

    def _check(self) -> None:
        ids = [i.id for i in self.items]
        problem = None
        for it in self.items:
            it._check()
        if not self.agency.strip():
            problem = "agency is blank"
        elif len(set(ids)) != len(ids):
            problem = "a duty is listed twice"
        elif len(set(self.interpretations)) != len(self.interpretations):
            problem = "an interpretation is listed twice"
        if problem:
            raise InvalidInputError("inconsistent-result", detail=f"DutyChecklist: {problem}")

    def item(self, duty_id: str) -> DutyResult:
        for it in self.items:
            if it.id == duty_id:
                return it
        raise InvalidInputError("unknown-duty", detail=f"id={echo(duty_id)}")

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
        head = say(TEXTS, "checklist.head", agency=self.agency).in_(lang)
        return "\n".join([head, *(i.explain(lang) for i in self.items)])
