"""Công khai thông tin — proactive disclosure: what, where, in what form, by when.

Implements Chapter II of Law 104/2016/QH13 (arts. 17–22):

* art. 17(1) a–p — the fifteen kinds of information that must be widely disclosed
  (:class:`DisclosureCategory`, values are the law's letters, ``"dd"`` for đ);
* art. 19(1) a–i — the nine of them that must be on the agency's web portal or website
  (:class:`WebsiteCategory`; :data:`WEBSITE_CATEGORIES` maps each to the art. 17(1) points it
  draws from);
* art. 18(1) a–e — the forms of disclosure (:class:`DisclosureForm`);
* art. 18(4), 21(2), 22(4) — the time limits of disclosure, posting and the answer to a
  citizen who says disclosed information is wrong are declared data (``time_limits.toml``:
  ``disclosure.publish``, ``disclosure.posting_minimum``, ``disclosure.inaccuracy_answer``)
  and counted by :func:`tiepcan.deadlines.time_limit` (``time_limit("disclosure.publish",
  created)``): this module holds the pure rules and counts nothing.

Law 01/2026/QH16 rewrote art. 17(1) as 21 points, a to v (point u: the catalogue, the focal
unit's name, address, telephone and e-mail, the channels' addresses), kept art. 17(2)
(disclosure of the agency's own accord), and replaced the website list of Law 104/2016 art.
19(1) a–i by one duty: every art. 17(1) item on the agency's portal or website (its art. 19(1)),
or, without one, on its official channels or in another suitable form (its art. 19(2)). Its
points are data (``data/ati-2026/disclosure.toml``): :func:`disclosure_points` gives the
points of any ruleset, read for the regime in force on the day asked about;
:class:`LaterDisclosurePoint` names the letters q–v, which Law 104/2016 did not have.

Each member's citation comes from the ruleset (``rules.toml``: ``"disclosure_category.a"``
…): ``member.citation`` is the 2016 one, ``member.cited(rules)`` that of any ruleset.

The art. 17(1) and 19(1) labels are the law's own words, shortened; ``.citation.text()``
gives the full verbatim text of the point.

>>> DisclosureCategory.TAXES_FEES_AND_CHARGES.citation.label
'Điều 17 khoản 1 điểm o Luật Tiếp cận thông tin số 104/2016/QH13'
>>> DisclosureCategory("dd").letter, DisclosureCategory("dd").label_vi
('đ', 'Thông tin về ngân sách nhà nước')
>>> len(DisclosureCategory), len(WebsiteCategory)
(15, 9)
>>> WebsiteCategory.ORGANISATION_AND_CONTACTS.citation.text()[:47]
'Thông tin về chức năng, nhiệm vụ, quyền hạn, cơ'
>>> [c.letter for c in WEBSITE_CATEGORIES[WebsiteCategory.ORGANISATION_AND_CONTACTS]]
['k', 'm']
>>> DisclosureForm.POSTING.citation.text()
'Niêm yết tại trụ sở cơ quan nhà nước và các địa điểm khác;'
>>> points = disclosure_points("ati-2026")
>>> len(points), " ".join(p.letter for p in points)
(21, 'a b c d đ e g h i k l m n o p q r s t u v')
>>> points[-2].citation.label
'Điều 17 khoản 1 điểm u Luật Tiếp cận thông tin số 01/2026/QH16'
>>> len(disclosure_points("ati-2016")), disclosure_points("ati-2016")[11].letter
(15, 'm')
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Self

from tiepcan.foundation._model import BilingualStrEnum, Result, Text, echo
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import ATI_2016_RULES, RegimeLike, Ruleset, ruleset

__all__ = [
    "WEBSITE_CATEGORIES",
    "DisclosureCategory",
    "DisclosureForm",
    "DisclosurePoint",
    "LaterDisclosurePoint",
    "WebsiteCategory",
    "declares_points",
    "disclosure_points",
    "disclosure_provision",
]


def law_letter(value: str) -> str:
    """The law's point letter for an ASCII value: ``"dd"`` is ``"đ"``, others unchanged.

    An internal helper (not in ``__all__``); anything but text raises ``InvalidInputError``.
    """
    if not isinstance(value, str):
        raise InvalidInputError("invalid-input", detail=f"a point letter is text: {echo(value)}")
    return "đ" if value == "dd" else value


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class _PointEnum(BilingualStrEnum):
    """Members named by a point letter of one clause of the law (value = ASCII letter).

    The citation of a member is the ruleset's (``rules.toml`` key
    ``"<enum name in snake case>.<value>"``); no article number is written here.
    """

    @property
    def letter(self) -> str:
        """The law's letter of the point: a, b, c, d, đ, e, g, …"""
        return law_letter(self.value)

    @property
    def rule_key(self) -> str:
        """The member's key in the ruleset's map of citations, e.g. ``"disclosure_category.dd"``."""
        return f"{_snake(type(self).__name__)}.{self.value}"

    @property
    def citation(self) -> Citation:
        """The point of the law this member is, under the 2016 ruleset."""
        return ATI_2016_RULES.citation(self.rule_key)

    def cited(self, rules: Ruleset) -> Citation:
        """The point of the law this member is, under ``rules``."""
        return rules.citation(self.rule_key)

    @classmethod
    def from_letter(cls, letter: object, *, field: str) -> Self:
        """Accept the value (``"dd"``), the law's letter (``"đ"``) or a member."""
        if isinstance(letter, str) and letter.strip().lower() == "đ":
            letter = "dd"
        elif isinstance(letter, str):
            letter = letter.strip().lower()
        return cls.coerce(letter, field=field)


# -- art. 17(1): what must be disclosed -------------------------------------------------


class DisclosureCategory(_PointEnum):
    """Thông tin phải được công khai — the 15 points of art. 17(1), a to p.

    The Vietnamese label is the law's wording, shortened; the full text of each point is
    ``member.citation.text()``. Point p is the catch-all "other information the law requires
    to be disclosed"; art. 17(2) (information the agency chooses to disclose) is not a point
    and has no member.
    """

    LEGAL_DOCUMENTS_AND_PROCEDURES = (
        "a",
        "Văn bản quy phạm pháp luật, văn bản hành chính có giá trị áp dụng chung, điều ước "
        "quốc tế, thủ tục hành chính, quy trình giải quyết công việc",
        "legal normative documents, generally applicable administrative documents, treaties "
        "and international agreements, administrative procedures and work procedures",
    )
    LEGAL_GUIDANCE = (
        "b",
        "Thông tin phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách",
        "information explaining and guiding the implementation of laws, regimes and policies",
    )
    DRAFTS_AND_CONSULTATIONS = (
        "c",
        "Dự thảo văn bản quy phạm pháp luật; trưng cầu ý dân, lấy ý kiến Nhân dân; đề án về "
        "đơn vị hành chính, địa giới hành chính",
        "draft legal documents; referendums and public consultations; schemes on "
        "administrative units and boundaries",
    )
    STRATEGIES_PLANS_AND_PROGRAMMES = (
        "d",
        "Chiến lược, chương trình, dự án, đề án, kế hoạch, quy hoạch phát triển kinh tế - xã "
        "hội; chương trình, kế hoạch công tác hằng năm",
        "socio-economic development strategies, programmes, projects, plans and master plans; "
        "annual work programmes and plans",
    )
    STATE_BUDGET = (
        "dd",
        "Thông tin về ngân sách nhà nước",
        "state budget estimates, implementation reports, final accounts and procedures",
    )
    AID_RELIEF_AND_FUNDS = (
        "e",
        "Thông tin về vốn hỗ trợ phát triển chính thức, viện trợ phi chính phủ, cứu trợ, trợ "
        "cấp xã hội, các khoản đóng góp của Nhân dân, các loại quỹ",
        "official development assistance, non-governmental aid, relief, social allowances, "
        "contributions from the People and funds",
    )
    PUBLIC_INVESTMENT_PROCUREMENT_AND_LAND = (
        "g",
        "Thông tin về đầu tư công, mua sắm công, đấu thầu, quy hoạch, kế hoạch sử dụng đất, "
        "giá đất, thu hồi đất, bồi thường, giải phóng mặt bằng, tái định cư",
        "public investment, public procurement, bidding, land-use plans, land prices, land "
        "recovery, compensation, site clearance and resettlement",
    )
    STATE_CAPITAL_IN_ENTERPRISES = (
        "h",
        "Thông tin về đầu tư, quản lý, sử dụng vốn nhà nước tại doanh nghiệp, doanh nghiệp "
        "nhà nước",
        "state capital invested in enterprises and the state-owned enterprises",
    )
    HEALTH_AND_ENVIRONMENT_HARMS_AND_INSPECTIONS = (
        "i",
        "Thông tin về sản phẩm, hàng hóa, dịch vụ có tác động tiêu cực đến sức khỏe, môi "
        "trường; kết luận kiểm tra, thanh tra, giám sát",
        "products, goods and services harmful to health or the environment; conclusions of "
        "inspections on environment, health, food safety and labour safety",
    )
    ORGANISATION_DUTIES_AND_INTERNAL_RULES = (
        "k",
        "Thông tin về chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức; nội quy, quy chế do cơ "
        "quan nhà nước ban hành",
        "functions, duties, powers and structure of the agency and its units; internal rules "
        "and regulations it issues",
    )
    REPORTS_STATISTICS_AND_PERSONNEL = (
        "l",
        "Báo cáo công tác định kỳ, báo cáo tài chính năm, thông tin thống kê, cơ sở dữ liệu "
        "ngành, tuyển dụng cán bộ, công chức, viên chức, chương trình, đề tài khoa học",
        "periodic work reports, annual financial reports, statistics, sector databases, "
        "recruitment and management of personnel, scientific programmes",
    )
    CATALOGUE_AND_FOCAL_POINT = (
        "m",
        "Danh mục thông tin phải công khai; tên, địa chỉ, số điện thoại, số fax, địa chỉ thư "
        "điện tử của cơ quan hoặc người làm đầu mối",
        "the catalogue of information to be disclosed; name, address, telephone, fax and "
        "e-mail of the agency or of the focal person receiving requests",
    )
    PUBLIC_INTEREST_AND_COMMUNITY_HEALTH = (
        "n",
        "Thông tin liên quan đến lợi ích công cộng, sức khỏe của cộng đồng",
        "information relating to the public interest and community health",
    )
    TAXES_FEES_AND_CHARGES = ("o", "Thông tin về thuế, phí, lệ phí", "taxes, fees and charges")
    OTHER_REQUIRED_BY_LAW = (
        "p",
        "Thông tin khác phải được công khai theo quy định của pháp luật",
        "other information that the law requires to be disclosed",
    )


# -- art. 19(1): what must be on the website --------------------------------------------


class WebsiteCategory(_PointEnum):
    """Thông tin phải công khai trên cổng thông tin điện tử — the 9 points of art. 19(1), a–i.

    Art. 19(1) opens "Trong các thông tin quy định tại Điều 17": each point is drawn from
    art. 17(1); :data:`WEBSITE_CATEGORIES` says from which points.
    """

    LEGAL_DOCUMENTS_AND_PROCEDURES = (
        "a",
        "Văn bản quy phạm pháp luật; điều ước quốc tế, thỏa thuận quốc tế; thủ tục hành chính, "
        "quy trình giải quyết công việc",
        "legal normative documents; treaties and international agreements; administrative "
        "and work procedures",
    )
    LEGAL_GUIDANCE = (
        "b",
        "Thông tin phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách",
        "information explaining and guiding the implementation of laws, regimes and policies",
    )
    STRATEGIES_PLANS_AND_PROGRAMMES = (
        "c",
        "Chiến lược, chương trình, dự án, đề án, kế hoạch, quy hoạch phát triển kinh tế - xã "
        "hội; chương trình, kế hoạch công tác hằng năm",
        "socio-economic development strategies, programmes, plans and master plans; annual "
        "work programmes and plans",
    )
    PUBLIC_INVESTMENT_AND_PROCUREMENT = (
        "d",
        "Thông tin về danh mục dự án, chương trình và kết quả thực hiện đầu tư công, mua sắm "
        "công, quản lý, sử dụng vốn đầu tư công, các nguồn vốn vay",
        "lists and results of public investment projects and programmes, public procurement, "
        "public investment capital and loans",
    )
    ORGANISATION_AND_CONTACTS = (
        "dd",
        "Chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, sơ đồ tổ chức; địa chỉ, số điện "
        "thoại, số fax, thư điện tử của cơ quan, người làm đầu mối",
        "functions, duties, powers, structure and organisational chart; address, telephone, "
        "fax and e-mail of the agency and of the focal person",
    )
    FINANCIAL_REPORTS_STATISTICS_AND_SCIENCE = (
        "e",
        "Báo cáo tài chính năm; thông tin thống kê về ngành, lĩnh vực quản lý; danh mục và "
        "kết quả chương trình, đề tài khoa học",
        "annual financial reports; sector statistics; lists and results of scientific "
        "programmes and projects",
    )
    DISCLOSURE_CATALOGUE = (
        "g",
        "Danh mục thông tin phải được công khai, nêu rõ địa chỉ, hình thức, thời điểm, thời "
        "hạn công khai",
        "the catalogue of information to be disclosed, with address, form, time and duration "
        "of disclosure of each kind of information",
    )
    PUBLIC_INTEREST_AND_COMMUNITY_HEALTH = (
        "h",
        "Các thông tin nếu xét thấy cần thiết vì lợi ích công cộng, sức khỏe của cộng đồng",
        "information found necessary for the public interest or community health",
    )
    OTHER_REQUIRED_ON_WEBSITE = (
        "i",
        "Các thông tin khác mà pháp luật quy định phải đăng trên cổng thông tin điện tử, trang "
        "thông tin điện tử",
        "other information the law requires to be posted on web portals or websites",
    )

    @property
    def draws_from(self) -> tuple[DisclosureCategory, ...]:
        """The art. 17(1) points this art. 19(1) point is drawn from (law order)."""
        return WEBSITE_CATEGORIES[self]


_DC = DisclosureCategory
_WC = WebsiteCategory

#: Art. 19(1) point -> the art. 17(1) points it draws from. Each pairing is read from the
#: words of the two points (see docs/catalogue.md, "Interpretation WEBSITE-MAPPING"):
#: a ⊂ 17a (without "văn bản hành chính có giá trị áp dụng chung"); b = 17b; c = 17d;
#: d ⊂ 17g, with "các nguồn vốn vay" (loans) read as the ODA loans of 17e; đ = the
#: organisation of 17k plus the contacts of 17m; e ⊂ 17l; g = the catalogue of 17m;
#: h = 17n; i ⊂ 17p.
WEBSITE_CATEGORIES: Mapping[WebsiteCategory, tuple[DisclosureCategory, ...]] = MappingProxyType(
    {
        _WC.LEGAL_DOCUMENTS_AND_PROCEDURES: (_DC.LEGAL_DOCUMENTS_AND_PROCEDURES,),
        _WC.LEGAL_GUIDANCE: (_DC.LEGAL_GUIDANCE,),
        _WC.STRATEGIES_PLANS_AND_PROGRAMMES: (_DC.STRATEGIES_PLANS_AND_PROGRAMMES,),
        _WC.PUBLIC_INVESTMENT_AND_PROCUREMENT: (
            _DC.AID_RELIEF_AND_FUNDS,
            _DC.PUBLIC_INVESTMENT_PROCUREMENT_AND_LAND,
        ),
        _WC.ORGANISATION_AND_CONTACTS: (
            _DC.ORGANISATION_DUTIES_AND_INTERNAL_RULES,
            _DC.CATALOGUE_AND_FOCAL_POINT,
        ),
        _WC.FINANCIAL_REPORTS_STATISTICS_AND_SCIENCE: (_DC.REPORTS_STATISTICS_AND_PERSONNEL,),
        _WC.DISCLOSURE_CATALOGUE: (_DC.CATALOGUE_AND_FOCAL_POINT,),
        _WC.PUBLIC_INTEREST_AND_COMMUNITY_HEALTH: (_DC.PUBLIC_INTEREST_AND_COMMUNITY_HEALTH,),
        _WC.OTHER_REQUIRED_ON_WEBSITE: (_DC.OTHER_REQUIRED_BY_LAW,),
    }
)


# -- art. 18(1): forms of disclosure -----------------------------------------------------


class DisclosureForm(_PointEnum):
    """Hình thức công khai thông tin — the forms of art. 18(1), a to e.

    Art. 18(2): a form another law prescribes for specific information applies; otherwise
    the agency chooses one or more of these. Art. 18(3): for persons with disabilities and
    for border, island, mountain and especially disadvantaged areas it adds suitable forms
    (see :mod:`tiepcan.rules.duties`).
    """

    WEBSITE = (
        "a",
        "Đăng tải trên cổng thông tin điện tử, trang thông tin điện tử",
        "posting on the agency's web portal or website",
    )
    MASS_MEDIA = (
        "b",
        "Công khai trên phương tiện thông tin đại chúng",
        "disclosure through the mass media",
    )
    OFFICIAL_GAZETTE = ("c", "Đăng Công báo", "publication in the Official Gazette (Công báo)")
    POSTING = (
        "d",
        "Niêm yết tại trụ sở cơ quan nhà nước và các địa điểm khác",
        "posting at the agency's office and other places",
    )
    CITIZEN_RECEPTION_AND_PRESS = (
        "dd",
        "Thông qua việc tiếp công dân, họp báo, thông cáo báo chí, hoạt động của người phát ngôn",
        "citizen reception, press conferences, press releases and the spokesperson",
    )
    OTHER = (
        "e",
        "Các hình thức khác thuận lợi cho công dân",
        "other forms convenient to citizens, set by the agency",
    )


# -- the points of art. 17(1) of any ruleset (Law 01/2026/QH16: data) ---------------------


class LaterDisclosurePoint(BilingualStrEnum):
    """Điểm q–v khoản 1 Điều 17 Luật số 01/2026/QH16 — the letters Law 104/2016 did not have.

    A catalogue entry names its art. 17(1) point by letter; the letter means the point of the
    law in force on the day the catalogue is checked. Letters a–p are :class:`DisclosureCategory`
    members (under Law 01/2026 they name its own points a–p, see :func:`disclosure_points`);
    q–v are these. The labels are Law 01/2026's words, shortened.
    """

    CULTURAL_HERITAGE = (
        "q",
        "Danh mục, danh sách về di sản văn hóa, nội dung bảo quản, tu bổ, phục hồi di tích",
        "lists of cultural heritage; conservation and restoration of monuments",
    )
    LABOUR_PERSONNEL_SCIENCE_ARCHIVES = (
        "r",
        "Thị trường lao động; tuyển dụng, quản lý cán bộ, công chức, viên chức; đề tài khoa "
        "học; danh mục hồ sơ lưu trữ",
        "the labour market; public personnel; scientific programmes; lists of archived records",
    )
    PUBLIC_SERVICES = (
        "s",
        "Dịch vụ sự nghiệp công cơ bản, thiết yếu; dịch vụ công trực tuyến",
        "basic, essential public services; online public services",
    )
    DIGITAL_TRANSFORMATION = (
        "t",
        "Kế hoạch chuyển đổi số; nền tảng số dùng chung; đánh giá mức độ chuyển đổi số",
        "digital transformation plans, shared platforms and assessments",
    )
    CATALOGUE_FOCAL_UNIT_AND_CHANNELS = (
        "u",
        "Danh mục thông tin phải được công khai; đơn vị đầu mối; địa chỉ các kênh",
        "the catalogue; the focal unit's contacts; the channels' addresses",
    )
    OTHER_REQUIRED_BY_LAW = (
        "v",
        "Thông tin khác phải được công khai theo quy định của pháp luật",
        "other information the law requires to be disclosed",
    )

    @property
    def letter(self) -> str:
        """The law's letter of the point (q … v)."""
        return self.value


@dataclass(frozen=True, slots=True)
class DisclosurePoint(Result):
    """One point of art. 17(1) of a ruleset: its letter, citation and wording.

    ``value`` is the letter as a catalogue entry writes it (``"dd"`` for đ); ``earlier`` the
    points of Law 104/2016 art. 17(1) that covered the same subject (empty for Law 104/2016's
    own points, and for a subject it did not list).
    """

    value: str
    citation: Citation
    label_vi: str
    label_en: str
    earlier: tuple[str, ...] = ()

    @property
    def letter(self) -> str:
        return law_letter(self.value)

    @property
    def label(self) -> Text:
        return Text(self.label_vi, self.label_en)


_DATA_FILE = "disclosure.toml"


def declares_points(rules: Ruleset) -> bool:
    """True if the ruleset lists its art. 17(1) points as data (``disclosure.toml``).

    Law 104/2016's points are the :class:`DisclosureCategory` enum (no file); a later law's
    are data.
    """
    if not isinstance(rules, Ruleset):
        raise InvalidInputError("invalid-regime", detail=f"declares_points: {echo(rules)}")
    return os.path.isfile(os.path.join(rules.data_dir, _DATA_FILE))


def _build_points(rules: Ruleset) -> tuple[DisclosurePoint, ...]:
    if not declares_points(rules):
        return tuple(
            DisclosurePoint(
                value=c.value, citation=c.cited(rules), label_vi=c.label_vi, label_en=c.label_en
            )
            for c in DisclosureCategory
        )
    return tuple(
        DisclosurePoint(
            value=raw["point"],
            citation=Citation.parse(raw["citation"]),
            label_vi=raw["vi"],
            label_en=raw["en"],
            earlier=tuple(raw["earlier"]),
        )
        for raw in rules.data(_DATA_FILE)["category"]
    )


def disclosure_points(regime: RegimeLike) -> tuple[DisclosurePoint, ...]:
    """The points of art. 17(1) of ``regime``, in the law's order (read once per ruleset)."""
    table: tuple[DisclosurePoint, ...] = ruleset(regime).cached("disclosure-points", _build_points)
    return table


def disclosure_provision(rules: Ruleset, role: str) -> Citation:
    """A unit of the disclosure articles by role (``[provision]`` of ``disclosure.toml``)."""
    if not isinstance(rules, Ruleset) or not isinstance(role, str):
        raise InvalidInputError(
            "invalid-input", detail=f"disclosure_provision: {echo(rules)}, {echo(role)}"
        )
    provisions = rules.data(_DATA_FILE).get("provision", {})
    if role not in provisions:
        raise InvalidInputError("unknown-rule", detail=f"{rules.id}: disclosure {echo(role)}")
    return Citation.parse(provisions[role])
