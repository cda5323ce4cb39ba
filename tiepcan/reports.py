"""Báo cáo tình hình thực hiện quyền tiếp cận thông tin — reports an agency sends.

Implements the reports of Decree 13/2018/NĐ-CP art. 12:

* clause 3: "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân cấp tỉnh có
  trách nhiệm tổng hợp tình hình cung cấp thông tin thuộc phạm vi trách nhiệm của mình, báo
  cáo định kỳ 03 năm hoặc đột xuất với Bộ Tư pháp" (:attr:`ReportKind.THREE_YEARLY`);
* the 6-monthly and yearly report that provincial instructions ask of every agency for the
  provincial Department of Justice (Sở Tư pháp) (:attr:`ReportKind.PERIODIC`);
* clause 4, the contents of every report: "a) Tình hình công khai thông tin và cung cấp thông
  tin theo yêu cầu tại cơ quan; b) Số lượng yêu cầu … đã tiếp nhận; … đã được giải quyết;
  … bị từ chối; số lượng các vụ khiếu nại, các vụ khởi kiện (nếu có) đã được giải quyết;
  c) Những khó khăn, vướng mắc …; d) Kiến nghị các biện pháp cần thiết …". Point (b) comes
  from :mod:`tiepcan.statistics`; points (a), (c) and (d) are the agency's own words
  (:class:`ReportMetadata`).

A report is rendered as printable HTML laid out as an administrative document under Decree
30/2020/NĐ-CP on văn thư (A4; issuing body top left; quốc hiệu and tiêu ngữ top right; số và
ký hiệu; địa danh and date in italics; title and trích yếu; nơi nhận bottom left; signature
bottom right), in Vietnamese or English; as Markdown; and as an Excel workbook (extra
``excel``). The HTML embeds an SVG chart by month when matplotlib is installed (extra
``report``) and says so when it is not. No function reads the clock: the date of the report
is part of its metadata.

>>> from datetime import date
>>> from tiepcan.register import Register
>>> from tiepcan.statistics import ReportingPeriod, compute_statistics
>>> stats = compute_statistics(Register(()), ReportingPeriod.year(2024), agency="Sở Tư pháp")
>>> meta = ReportMetadata.from_dict({
...     "kind": "periodic", "superior_body": "UBND tỉnh Ninh Bình", "agency_name": "Sở Tư pháp",
...     "agency_abbreviation": "STP", "number": "15", "place": "Ninh Bình",
...     "report_date": "2025-01-10", "addressee": "Sở Tư pháp tỉnh Ninh Bình",
...     "signer": {"authority": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Lê Văn C"}})
>>> meta.symbol
'Số: 15/BC-STP'
>>> md = render_markdown(stats, meta)
>>> "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in md and "*Ninh Bình, ngày 10 tháng 01 năm 2025*" in md
True
"""

from __future__ import annotations

import html
import io
import sys
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import Field

from tiepcan._input import FrozenModel, validate_input
from tiepcan._layout import dateline, recipients_lines
from tiepcan._model import BilingualStrEnum, Lang, check_lang, echo
from tiepcan._sheets import excel_cell, excel_problem, is_live
from tiepcan.errors import InvalidInputError, TiepCanError
from tiepcan.rules.refusals import RefusalGround
from tiepcan.statistics import DEFAULT_INFORMATION_KINDS, Statistics, StatisticsError

__all__ = [
    "Figure",
    "ReportExtraMissingError",
    "ReportKind",
    "ReportMetadata",
    "ReportSigner",
    "chart_svg",
    "have_matplotlib",
    "render_excel",
    "render_html",
    "render_markdown",
    "report_figures",
    "table_headings",
]

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


class ReportExtraMissingError(TiepCanError):
    """The chart or the workbook needs an optional package that is not installed."""

    default_code = "report-extra-not-available"
    default_message_vi = "Cần cài đặt gói bổ sung để tạo biểu đồ hoặc tệp Excel"
    default_message_en = "an optional package is needed for the chart or the workbook"


# --------------------------------------------------------------------------------------
# What the agency writes: the metadata of the report (input, validated).


class ReportKind(BilingualStrEnum):
    """Which report: to the Department of Justice, or to the Ministry of Justice."""

    PERIODIC = (
        "periodic",
        "Báo cáo định kỳ 6 tháng, hằng năm gửi Sở Tư pháp",
        "6-monthly or yearly report to the provincial Department of Justice",
    )
    THREE_YEARLY = (
        "three_yearly",
        "Báo cáo định kỳ 03 năm gửi Bộ Tư pháp (Điều 12 khoản 3 Nghị định 13/2018/NĐ-CP)",
        "3-yearly report to the Ministry of Justice (Decree 13/2018 art. 12(3))",
    )


class ReportSigner(FrozenModel):
    """Chữ ký — the signature block (Decree 30/2020/NĐ-CP)."""

    authority: str | None = Field(
        default=None, title="Quyền hạn ký (TM., KT., Q., TL., TUQ.)", examples=["KT. GIÁM ĐỐC"]
    )
    title: str = Field(title="Chức vụ của người ký", min_length=1, examples=["PHÓ GIÁM ĐỐC"])
    name: str = Field(title="Họ và tên người ký", min_length=1)


class ReportMetadata(FrozenModel):
    """Thông tin của văn bản báo cáo — everything in the report that is not a figure."""

    kind: ReportKind = Field(title="Loại báo cáo")
    superior_body: str | None = Field(
        default=None, title="Tên cơ quan chủ quản trực tiếp (xuống dòng bằng \\n)"
    )
    agency_name: str = Field(title="Tên cơ quan ban hành văn bản", min_length=1)
    agency_abbreviation: str = Field(
        title="Chữ viết tắt tên cơ quan (ký hiệu)", min_length=1, pattern=r"^[A-ZĐ0-9-]+$"
    )
    number: str | None = Field(
        default=None, title="Số của văn bản (để trống khi chưa cấp số)", pattern=r"^[0-9]+$"
    )
    place: str = Field(title="Địa danh", min_length=1)
    report_date: date = Field(title="Ngày, tháng, năm ban hành")
    addressee: str = Field(title="Kính gửi", min_length=1)
    subject: str | None = Field(default=None, title="Trích yếu nội dung")
    situation: str = Field(
        default="",
        title="Tình hình công khai thông tin và cung cấp thông tin theo yêu cầu (điểm a)",
    )
    difficulties: str = Field(default="", title="Khó khăn, vướng mắc (điểm c)")
    recommendations: str = Field(default="", title="Kiến nghị (điểm d)")
    situation_en: str | None = Field(default=None, title="Điểm a, bản tiếng Anh")
    difficulties_en: str | None = Field(default=None, title="Điểm c, bản tiếng Anh")
    recommendations_en: str | None = Field(default=None, title="Điểm d, bản tiếng Anh")
    signer: ReportSigner = Field(title="Người ký")
    recipients: tuple[str, ...] = Field(default=("Như trên;", "Lưu: VT."), title="Nơi nhận")

    @property
    def symbol(self) -> str:
        """Số và ký hiệu: ``Số: 15/BC-STP`` (``BC``: báo cáo; blank number before it is issued).

        The number is written as the agency's văn thư registered it: ``"05"`` gives
        ``Số: 05/BC-STP`` and ``"5"`` gives ``Số: 5/BC-STP``. Reading (named): the text of
        Decree 30/2020's Appendix I on the number is not among the references tiepcan is built
        from, so no zero is added or taken off; the agency writes the number its register gives.
        """
        number = self.number if self.number is not None else "\u00a0" * 6
        return f"Số: {number}/BC-{self.agency_abbreviation}"

    def dateline(self, lang: Lang = "vi") -> str:
        """Địa danh, ngày … tháng … năm … as Decree 30/2020 Appendix I writes it: a leading
        zero before days 1–9 and months 1 and 2 only (``tiepcan._layout.dateline``, the one
        dateline of reports and forms): ``"Ninh Bình, ngày 05 tháng 7 năm 2024"``."""
        return dateline(self.place, self.report_date, lang)


# --------------------------------------------------------------------------------------
# The figures: one list that every format renders, so the formats cannot disagree.


@dataclass(frozen=True, slots=True)
class Figure:
    """One line of the report's tables: a stable key, its labels, its value and its depth."""

    table: str
    key: str
    label_vi: str
    label_en: str
    value: int | float | None
    level: int = 0

    def label(self, lang: Lang = "vi") -> str:
        return self.label_vi if check_lang(lang) == "vi" else self.label_en


#: (table key, Vietnamese heading, English heading)
TABLES: tuple[tuple[str, str, str], ...] = (
    (
        "requests",
        "Tiếp nhận và giải quyết yêu cầu cung cấp thông tin",
        "Requests received and settled",
    ),
    (
        "time_limits",
        "Thời hạn giải quyết (Điều 29, 30, 31 Luật Tiếp cận thông tin)",
        "Time limits (Law arts. 29–31)",
    ),
    (
        "refusals",
        "Từ chối cung cấp thông tin và lý do (Điều 28 khoản 1 Luật Tiếp cận thông tin)",
        "Refusals and their grounds (Law art. 28(1))",
    ),
    (
        "costs",
        "Chi phí cung cấp thông tin (Điều 27 Luật Tiếp cận thông tin; Thông tư 46/2018/TT-BTC)",
        "Costs of providing information (Law art. 27; Circular 46/2018)",
    ),
    (
        "complaints",
        "Khiếu nại, khởi kiện (Điều 14 Luật Tiếp cận thông tin)",
        "Complaints and lawsuits (Law art. 14)",
    ),
)


# -- the laws a period falls under: a report of a period from 2026-09-01 cites Law 01/2026/QH16,
# one that straddles the day cites both (each request was counted under its own law).

#: (table key, rules.toml key of the unit that the heading cites) for the headings that cite
_HEADING_RULES = {
    "refusals": "request_step.refusal",
    "costs": "decision.requester_pays",
    "complaints": "request_step.complaint",
}


def _period_rulesets(period: Any) -> tuple[Any, ...]:
    """The bundled rulesets in force over ``period`` (the 2016 one alone before 2026-09-01)."""
    from tiepcan.regimes import REGIMES, ruleset

    out = []
    for regime in REGIMES:
        until = regime.in_force_until or period.end
        if regime.encoded and regime.in_force_from <= period.end and until >= period.start:
            out.append(ruleset(regime.id))
    return tuple(out)


def _under_first_law(period: Any) -> bool:
    """True for a period under the first encoded law alone (Law 104/2016), whose wording the
    fixed :data:`TABLES` headings and the ground enum's labels carry."""
    from tiepcan.regimes import REGIMES

    first = next(r for r in REGIMES if r.encoded)
    return all(rs.regime == first for rs in _period_rulesets(period))


def _response_articles(rules: Any) -> str:
    """'Điều 29, 30, 31' / 'Điều 26 khoản 3': the units of the limits that answer a request."""
    from tiepcan.deadlines import time_limits

    cites = []
    for limit in time_limits(regime=rules).values():
        if limit.id.startswith(("at_office.", "electronic.", "postal_fax.", "response")):
            cites.append(limit.citation)
    articles = sorted({c.article for c in cites})
    if len(articles) == 1 and len({c.clause for c in cites}) == 1 and cites[0].clause:
        return f"Điều {articles[0]} khoản {cites[0].clause}"
    return "Điều " + ", ".join(str(a) for a in articles)


def table_headings(period: Any) -> tuple[tuple[str, str, str], ...]:
    """The report's table headings for ``period``: :data:`TABLES` for a period under Law
    104/2016 alone; from 2026-09-01 each heading cites the unit of every law in force over the
    period, named by its number (both laws where the period straddles the day)."""
    from tiepcan.statistics import ReportingPeriod

    if not isinstance(period, ReportingPeriod):
        raise InvalidInputError(
            "invalid-period", detail=f"expected a ReportingPeriod: {echo(period)}"
        )
    if _under_first_law(period):
        return TABLES
    rulesets = _period_rulesets(period)
    out = []
    for table, vi, en in TABLES:
        base_vi, base_en = vi.split(" (")[0], en.split(" (")[0]
        if table == "requests":
            out.append((table, vi, en))
            continue
        units_vi, units_en = [], []
        for rules in rulesets:
            number = rules.regime.instruments[0]
            if table == "time_limits":
                unit_vi = _response_articles(rules)
                unit_en = unit_vi.replace("Điều", "art.").replace(" khoản ", "(") + (
                    ")" if " khoản " in unit_vi else ""
                )
            else:
                c = rules.citation(_HEADING_RULES[table])
                unit_vi = c.label.split(" Luật ")[0]
                unit_en = f"art. {c.ref.split(' art. ')[1]}"
            units_vi.append(f"{unit_vi} Luật Tiếp cận thông tin số {number}")
            units_en.append(f"Law {number} {unit_en}")
        out.append(
            (table, f"{base_vi} ({'; '.join(units_vi)})", f"{base_en} ({'; '.join(units_en)})")
        )
    return tuple(out)


def report_figures(stats: Statistics) -> tuple[Figure, ...]:
    """Every figure of the report, table by table, in the order the report shows them."""
    if not isinstance(stats, Statistics):
        raise StatisticsError(detail=f"expected Statistics, got {type(stats).__name__}")
    s = stats
    return (
        *_request_figures(s),
        *_time_figures(s),
        *_refusal_figures(s),
        *_cost_figures(s),
        *_complaint_figures(s),
    )


def _request_figures(s: Statistics) -> tuple[Figure, ...]:
    t = "requests"
    return (
        Figure(
            t,
            "carried_over",
            "Số yêu cầu kỳ trước chuyển sang",
            "carried over from the previous period",
            s.carried_over,
        ),
        Figure(
            t,
            "received",
            "Số yêu cầu đã tiếp nhận trong kỳ",
            "requests received in the period",
            s.received,
        ),
        Figure(
            t,
            "received_at_office",
            "Trực tiếp tại trụ sở cơ quan",
            "in person",
            s.received_at_office,
            1,
        ),
        Figure(
            t, "received_electronic", "Qua mạng điện tử", "electronically", s.received_electronic, 1
        ),
        Figure(t, "received_postal", "Qua dịch vụ bưu chính", "by post", s.received_postal, 1),
        Figure(t, "received_fax", "Qua fax", "by fax", s.received_fax, 1),
        Figure(
            t,
            "received_simple",
            "Thông tin đơn giản, có sẵn",
            "simple, available information",
            s.received_simple,
            1,
        ),
        Figure(
            t,
            "received_complex",
            "Thông tin phức tạp",
            "complex information",
            s.received_complex,
            1,
        ),
        *_kind_figures(s),
        Figure(t, "settled", "Số yêu cầu đã được giải quyết", "requests settled", s.settled),
        Figure(t, "provided", "Cung cấp toàn bộ thông tin", "provided in full", s.provided, 1),
        Figure(
            t,
            "provided_in_part",
            "Cung cấp một phần thông tin",
            "provided in part",
            s.provided_in_part,
            1,
        ),
        Figure(t, "refused", "Từ chối cung cấp thông tin", "refused", s.refused, 1),
        Figure(
            t,
            "redirected",
            "Hướng dẫn đến cơ quan có trách nhiệm cung cấp (Điều 26 khoản 3)",
            "directed to the responsible agency (art. 26(3))",
            s.redirected,
            1,
        ),
        Figure(
            t,
            "withdrawn",
            "Số yêu cầu người yêu cầu đã rút",
            "requests withdrawn by the requester",
            s.withdrawn,
        ),
        Figure(
            t,
            "pending",
            "Số yêu cầu đang giải quyết cuối kỳ",
            "requests pending at the end of the period",
            s.pending,
        ),
        Figure(
            t,
            "awaiting_completion",
            "Chờ người yêu cầu bổ sung (Điều 26 khoản 2)",
            "awaiting completion by the requester (art. 26(2))",
            s.awaiting_completion,
            1,
        ),
        Figure(t, "pending_in_time", "Trong hạn", "within the time limit", s.pending_in_time, 1),
        Figure(t, "pending_overdue", "Quá hạn", "past the time limit", s.pending_overdue, 1),
        Figure(
            t,
            "pending_not_computable",
            "Chưa xác định được thời hạn",
            "time limit not computable",
            s.pending_not_computable,
            1,
        ),
        Figure(
            t,
            "received_not_computable",
            "Số yêu cầu tiếp nhận theo quy định chưa được mã hóa (từ 01/09/2026)",
            "received under rules not encoded (from 1 Sept 2026)",
            s.received_not_computable,
        ),
    )


def _kind_figures(s: Statistics) -> tuple[Figure, ...]:
    """Requests received by kind of information ("loại thông tin được yêu cầu cung cấp"),
    labelled by the default classification (the kinds of art. 23) where the key is one of
    its kinds, else by the agency's own key."""
    if not s.by_information_kind:
        return ()
    head = Figure(
        "requests",
        "received_by_kind",
        "Theo loại thông tin được yêu cầu cung cấp",
        "by kind of information requested",
        None,
        1,
    )
    rows = []
    for k in s.by_information_kind:
        vi, en = DEFAULT_INFORMATION_KINDS.get(k.kind, (k.kind, k.kind))
        rows.append(Figure("requests", f"received_kind:{k.kind}", vi, en, k.received, 2))
    return (head, *rows)


def _time_figures(s: Statistics) -> tuple[Figure, ...]:
    t = "time_limits"
    return (
        Figure(
            t,
            "answered_on_time",
            "Số yêu cầu trả lời đúng hạn",
            "answered on time",
            s.answered_on_time,
        ),
        Figure(t, "answered_late", "Số yêu cầu trả lời trễ hạn", "answered late", s.answered_late),
        Figure(
            t,
            "answered_not_computable",
            "Số yêu cầu trả lời không xác định được thời hạn",
            "answered, time limit not computable",
            s.answered_not_computable,
        ),
        Figure(
            t,
            "average_answer_days",
            "Thời gian trả lời trung bình (ngày làm việc)",
            "average time to answer (working days)",
            _one_decimal(s.average_answer_days),
        ),
        Figure(
            t,
            "answer_days_max",
            "Thời gian trả lời dài nhất (ngày làm việc)",
            "longest time to answer (working days)",
            s.answer_days_max,
        ),
        Figure(
            t,
            "late_days_total",
            "Tổng số ngày làm việc trễ hạn",
            "total working days late",
            s.late_days_total,
        ),
        Figure(
            t,
            "late_days_max",
            "Số ngày làm việc trễ hạn nhiều nhất",
            "most working days late",
            s.late_days_max,
        ),
    )


def _refusal_figures(s: Statistics) -> tuple[Figure, ...]:
    out = [
        Figure(
            "refusals",
            "refused_cases",
            "Số trường hợp từ chối cung cấp thông tin",
            "requests refused",
            s.refused,
        ),
    ]
    for g in RefusalGround:
        vi, en = _ground_row(g, s.period)
        out.append(Figure("refusals", f"refused_{g.value}", vi, en, s.refused_by_ground.get(g), 1))
    out.append(
        Figure(
            "refusals",
            "withheld",
            "Số lần viện dẫn căn cứ khi cung cấp một phần thông tin",
            "grounds cited for the part withheld in partial provisions",
            s.withheld_by_ground.total,
        )
    )
    return tuple(out)


def _ground_row(g: RefusalGround, period: Any) -> tuple[str, str]:
    """A ground's row: "Điểm a: …" under Law 104/2016; "Khoản 1: …" under Law 01/2026/QH16;
    both numbers where the period straddles 2026-09-01 (the counts add up by neutral key)."""
    letter = "đ" if g.value == "dd" else g.value
    if _under_first_law(period):
        return f"Điểm {letter}: {g.label_vi}", f"point {letter}: {g.label_en}"
    from tiepcan._model import Text

    rulesets = _period_rulesets(period)
    later = rulesets[-1]
    words = later.label(f"refusal_ground.{g.value}", Text(g.label_vi, g.label_en), "vi")
    words = words.replace(
        "của Luật này", f"của Luật Tiếp cận thông tin số {later.regime.instruments[0]}"
    )
    words_en = later.label(f"refusal_ground.{g.value}", Text(g.label_vi, g.label_en), "en")
    units = [_ground_unit(g, rs) for rs in rulesets]
    if len(units) > 1:  # the period straddles the change of law: each law's number
        vi = " / ".join(f"{vi} (Luật {number})" for vi, _, number in units)
        en = " / ".join(f"{en} (Law {_short(number)})" for _, en, number in units)
    else:
        vi, en, _ = units[0]
    return f"{vi[0].upper()}{vi[1:]}: {words}", f"{en}: {words_en}"


def _short(number: str) -> str:
    """A law's number without its issuing body: ``104/2016/QH13`` → ``104/2016``."""
    return "/".join(number.split("/")[:2])


def _ground_unit(g: RefusalGround, rules: Any) -> tuple[str, str, str]:
    """("điểm đ", "point đ", "104/2016/QH13") / ("khoản 5", "clause 5", "01/2026/QH16"): how
    ``rules`` numbers the ground (a point of a clause, or a clause), and its law's number."""
    from tiepcan.grounds import ground as neutral_ground
    from tiepcan.grounds import neutral_key

    own = neutral_ground(neutral_key(g.value, rules), rules)
    if own.citation.point is not None:
        return f"điểm {own.number}", f"point {own.number}", own.citation.instrument
    return f"khoản {own.number}", f"clause {own.number}", own.citation.instrument


def _cost_figures(s: Statistics) -> tuple[Figure, ...]:
    t = "costs"
    return (
        Figure(
            t,
            "costs_notified_count",
            "Số lần thông báo chi phí",
            "cost notices sent",
            s.costs_notified_count,
        ),
        Figure(
            t,
            "costs_notified_total",
            "Tổng chi phí đã thông báo (đồng)",
            "costs notified (đồng)",
            s.costs_notified_total,
        ),
        Figure(
            t, "costs_paid_count", "Số lần thu chi phí", "payments received", s.costs_paid_count
        ),
        Figure(
            t,
            "costs_paid_total",
            "Tổng chi phí đã thu (đồng)",
            "costs collected (đồng)",
            s.costs_paid_total,
        ),
    )


def _complaint_figures(s: Statistics) -> tuple[Figure, ...]:
    t = "complaints"
    return (
        Figure(
            t,
            "complaints_filed",
            "Số vụ khiếu nại phát sinh",
            "complaints filed",
            s.complaints_filed,
        ),
        Figure(
            t,
            "complaints_resolved",
            "Số vụ khiếu nại đã được giải quyết",
            "complaints resolved",
            s.complaints_resolved,
        ),
        Figure(
            t, "lawsuits_filed", "Số vụ khởi kiện phát sinh", "lawsuits filed", s.lawsuits_filed
        ),
        Figure(
            t,
            "lawsuits_resolved",
            "Số vụ khởi kiện đã được giải quyết",
            "lawsuits resolved",
            s.lawsuits_resolved,
        ),
    )


def _one_decimal(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def format_number(value: int | float | None, lang: Lang = "vi") -> str:
    """A figure as a Vietnamese (``1.250.000``; ``7,5``) or English (``1,250,000``) reads it.

    >>> format_number(1250000), format_number(7.5), format_number(1250000, "en")
    ('1.250.000', '7,5', '1,250,000')
    """
    if value is None:
        return "—"
    text = f"{value:,.1f}" if isinstance(value, float) else f"{value:,}"
    if check_lang(lang) == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


# --------------------------------------------------------------------------------------
# The chart (extra "report": matplotlib), deterministic SVG.


def have_matplotlib() -> bool:
    """True if matplotlib can be imported (the chart is drawn)."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def chart_svg(stats: Statistics, lang: Lang = "vi") -> str:
    """Requests received, answered on time, answered late and refused, by month, as SVG.

    Same figures, same SVG: the hash salt is fixed, text stays text, and no date is written.
    Raises :class:`ReportExtraMissingError` without matplotlib (``pip install tiepcan[report]``).
    """
    lang = check_lang(lang)
    if not isinstance(stats, Statistics):
        raise InvalidInputError(detail=f"chart_svg: expected Statistics, got {echo(stats)}")
    try:
        import matplotlib
    except ImportError:
        raise ReportExtraMissingError("chart-not-available") from None
    if "matplotlib.pyplot" not in sys.modules:
        matplotlib.use("Agg")  # never switch a backend the host program already uses
    from matplotlib.figure import Figure as MplFigure

    rc: dict[Any, Any] = {"svg.hashsalt": "tiepcan", "svg.fonttype": "none", "font.size": 9}
    with matplotlib.rc_context(rc):
        fig = MplFigure(figsize=(7.0, 2.8))
        _draw(fig.add_subplot(), stats, lang)
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": "tiepcan"})
    text = buf.getvalue()
    return text[text.index("<svg") :]


_SERIES = (
    ("received", "Tiếp nhận", "received", "#1f4e79"),
    ("answered_on_time", "Trả lời đúng hạn", "answered on time", "#4e9a06"),
    ("answered_late", "Trả lời trễ hạn", "answered late", "#ce5c00"),
    ("refused", "Từ chối", "refused", "#a40000"),
)


#: up to a year, one group of bars per month; beyond, one line per series (cheaper to draw,
#: easier to read over 36 months)
_BARS_UP_TO = 12
_MAX_TICK_LABELS = 18


def _draw(ax: Any, stats: Statistics, lang: Lang) -> None:
    months = stats.by_month
    n = len(months)
    for k, (key, vi, en, colour) in enumerate(_SERIES):
        values = [getattr(m, key) for m in months]
        label = vi if lang == "vi" else en
        if n <= _BARS_UP_TO:
            xs = [i + (k - 1.5) * 0.2 for i in range(n)]
            ax.bar(xs, values, 0.2, label=label, color=colour)
        else:
            ax.plot(range(n), values, label=label, color=colour, linewidth=1.2)
    step = -(-n // _MAX_TICK_LABELS)  # ceiling: at most 18 labels
    ticks = list(range(0, n, step))
    ax.set_xticks(ticks)
    ax.set_xticklabels(
        [f"{months[i].month[5:]}/{months[i].month[2:4]}" for i in ticks],
        rotation=90 if n > _BARS_UP_TO else 0,
    )
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel("Số yêu cầu" if lang == "vi" else "requests")
    ax.legend(loc="upper left", ncols=4, frameon=False, fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    top = max((getattr(m, key) for m in months for key, *_ in _SERIES), default=0)
    ax.set_ylim(0, max(1, top) * 1.3)


# --------------------------------------------------------------------------------------
# Words of the document, in both languages.

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("BÁO CÁO", "REPORT"),
    "national_title": (NATIONAL_TITLE, "SOCIALIST REPUBLIC OF VIET NAM"),
    "motto": (MOTTO, "Independence - Freedom - Happiness"),
    "addressee": ("Kính gửi", "To"),
    "recipients": ("Nơi nhận", "Recipients"),
    "a": (
        "Tình hình công khai thông tin và cung cấp thông tin theo yêu cầu tại cơ quan",
        "Disclosure and provision of information on request at the agency",
    ),
    "b": ("Số liệu về cung cấp thông tin theo yêu cầu", "Figures on requests for information"),
    "c": (
        "Những khó khăn, vướng mắc trong việc cung cấp thông tin của cơ quan",
        "Difficulties in providing information",
    ),
    "d": (
        "Kiến nghị các biện pháp cần thiết góp phần bảo đảm thực hiện quyền tiếp cận thông tin của công dân",
        "Recommendations for ensuring citizens' right of access to information",
    ),
    "chart": ("Biểu đồ yêu cầu theo tháng", "Requests by month"),
    "no_chart": (
        "Biểu đồ không được tạo vì chưa cài đặt matplotlib (tiepcan[report]).",
        "The chart is omitted: matplotlib is not installed (tiepcan[report]).",
    ),
    "empty": ("(Không có nội dung.)", "(Nothing to report.)"),
    "figure": ("Chỉ tiêu", "Item"),
    "value": ("Số liệu", "Figure"),
    "agencies": ("Cơ quan", "Agencies"),
    "vi_only": ("", "(Vietnamese original) "),
}


def _w(key: str, lang: Lang) -> str:
    vi, en = _WORDS[key]
    return vi if lang == "vi" else en


def _subject(meta: ReportMetadata, stats: Statistics, lang: Lang) -> str:
    if meta.subject and lang == "vi":
        return meta.subject
    period = stats.period.label(lang, short=True)
    if meta.kind is ReportKind.THREE_YEARLY:
        if lang == "vi":
            return f"Tình hình thực hiện quyền tiếp cận thông tin của công dân {period}"
        return f"On the exercise of citizens' right of access to information, {period}"
    if lang == "vi":
        return f"Tình hình cung cấp thông tin theo yêu cầu {period}"
    return f"On providing information on request, {period}"


def _intro(meta: ReportMetadata, stats: Statistics, lang: Lang) -> str:
    agencies = ", ".join(stats.agencies)
    if lang == "vi":
        basis = (
            "khoản 3 và khoản 4 Điều 12 Nghị định số 13/2018/NĐ-CP ngày 23/01/2018 của Chính phủ"
            if meta.kind is ReportKind.THREE_YEARLY
            else "khoản 4 Điều 12 Nghị định số 13/2018/NĐ-CP ngày 23/01/2018 của Chính phủ và hướng dẫn của Sở Tư pháp"
        )
        return (
            f"Thực hiện {basis}, {_one_line(meta.agency_name)} báo cáo tình hình thực hiện Luật Tiếp cận "
            f"thông tin {stats.period.label('vi')} như sau (số liệu của: {agencies}):"
        )
    basis = (
        "Decree 13/2018/NĐ-CP art. 12(3)–(4)"
        if meta.kind is ReportKind.THREE_YEARLY
        else "Decree 13/2018/NĐ-CP art. 12(4) and the Department of Justice's instructions"
    )
    return (
        f"Under {basis}, {_one_line(meta.agency_name)} reports on the implementation of the Law on Access "
        f"to Information for {stats.period.label('en')} (figures of: {agencies}):"
    )


def _narrative(meta: ReportMetadata, point: str, lang: Lang) -> str:
    vi = {"a": meta.situation, "c": meta.difficulties, "d": meta.recommendations}[point]
    if lang == "vi":
        return vi or _w("empty", lang)
    en = {"a": meta.situation_en, "c": meta.difficulties_en, "d": meta.recommendations_en}[point]
    if en:
        return en
    return (_w("vi_only", lang) + vi) if vi else _w("empty", lang)


def _meta(meta: Any) -> ReportMetadata:
    return validate_input(ReportMetadata, meta, what="ReportMetadata")


def _stats(stats: Any) -> Statistics:
    if not isinstance(stats, Statistics):
        raise StatisticsError(detail=f"expected Statistics, got {type(stats).__name__}")
    return stats


# --------------------------------------------------------------------------------------
# HTML, laid out as an administrative document (Decree 30/2020/NĐ-CP).

_CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
       font-size: 13pt; line-height: 1.35; color: #000; margin: 0; }
.page { max-width: 165mm; margin: 0 auto; padding: 8mm 0; }
.head { display: grid; grid-template-columns: 45% 55%; column-gap: 4pt; row-gap: 6pt;
        text-align: center; }
.body-name { font-size: 12pt; }
.body-name .agency { font-weight: bold; }
.body-name .agency::after, .motto::after { content: ""; display: block; margin: 1pt auto 0;
       border-top: 0.8pt solid #000; }
.body-name .agency::after { width: 40%; }
.national { font-weight: bold; font-size: 12pt; white-space: nowrap; }
.motto { font-weight: bold; font-size: 13.5pt; display: inline-block; }
.motto::after { width: 100%; }
.symbol { font-size: 13pt; }
.dateline { font-style: italic; }
h1 { text-align: center; font-size: 14pt; margin: 18pt 0 0; }
.subject { text-align: center; font-weight: bold; margin: 0 auto; max-width: 80%; }
.subject::after { content: ""; display: block; width: 30%; margin: 3pt auto 0;
       border-top: 0.8pt solid #000; }
.addressee { text-align: center; margin: 10pt 0; }
p { text-align: justify; text-indent: 1.27cm; margin: 0 0 6pt; }
h2 { font-size: 13pt; margin: 10pt 0 4pt; }
h3 { font-size: 13pt; font-style: italic; font-weight: normal; margin: 8pt 0 3pt; }
table { border-collapse: collapse; width: 100%; font-size: 12pt; margin-bottom: 6pt; }
th, td { border: 0.6pt solid #000; padding: 1.5pt 5pt; vertical-align: top; }
th { font-weight: bold; text-align: center; }
td.n { text-align: right; width: 18%; white-space: nowrap; }
td.l1 { padding-left: 18pt; font-style: italic; }
td.l2 { padding-left: 36pt; }
tr { page-break-inside: avoid; }
.chart svg { width: 100%; height: auto; }
.note { font-style: italic; font-size: 11pt; text-indent: 0; }
.foot { display: grid; grid-template-columns: 50% 50%; margin-top: 14pt;
        page-break-inside: avoid; }
.recipients { font-size: 11pt; }
.recipients b { font-size: 12pt; font-style: italic; }
.recipients ul { margin: 0; padding-left: 0; list-style: none; }
.sign { text-align: center; font-weight: bold; }
.sign .name { margin-top: 60pt; }
"""


def render_html(
    stats: Statistics,
    meta: ReportMetadata | dict[str, Any] | str,
    *,
    lang: Lang = "vi",
    chart: bool = True,
) -> str:
    """The report as one printable HTML page (A4), in ``"vi"`` or ``"en"``.

    ``chart=True`` embeds the monthly chart when matplotlib is installed; without it the page
    says the chart was omitted.
    """
    s, m, lang = _stats(stats), _meta(meta), check_lang(lang)
    if not isinstance(chart, bool):
        raise InvalidInputError(detail=f"chart must be True or False: chart={echo(chart)}")
    e = html.escape
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">',
        f"<title>{e(_w('title', lang))} {e(m.symbol)}</title>\n<style>{_CSS}</style>\n</head>",
        '<body>\n<div class="page">',
        _html_head(m, lang),
        f"<h1>{e(_w('title', lang))}</h1>",
        f'<div class="subject">{e(_subject(m, s, lang))}</div>',
        f'<div class="addressee">{e(_w("addressee", lang))}: {e(m.addressee)}</div>',
        f"<p>{e(_intro(m, s, lang))}</p>",
        _html_section("1", "a", m, lang),
        f"<h2>2. {e(_w('b', lang))}</h2>",
        _html_tables(s, lang),
        _html_chart(s, lang) if chart else "",
        _html_section("3", "c", m, lang),
        _html_section("4", "d", m, lang),
        _html_foot(m, lang),
        "</div>\n</body>\n</html>\n",
    ]
    return "\n".join(p for p in parts if p)


def _html_head(m: ReportMetadata, lang: Lang) -> str:
    """The head as Decree 30/2020 Appendix I lays it out, a 2×2 grid: the body's name (under
    its superior body, if any) and the national title with the motto on the first row; the
    number and symbol and, on the same line, the place and date on the second."""
    e = html.escape
    superior = f"<div>{_lines(m.superior_body.upper())}</div>" if m.superior_body else ""
    return (
        '<div class="head">\n'
        f'<div class="body-name">{superior}'
        f'<div class="agency">{_lines(m.agency_name.upper())}</div></div>\n'
        f'<div><div class="national">{e(_w("national_title", lang))}</div>'
        f'<div class="motto">{e(_w("motto", lang))}</div></div>\n'
        f'<div class="symbol">{e(m.symbol)}</div>\n'
        f'<div class="dateline">{e(m.dateline(lang))}</div>\n</div>'
    )


def _lines(text: str) -> str:
    """Escaped text whose line breaks (as the agency wrote its name) are kept."""
    return "<br>".join(html.escape(part.strip()) for part in text.split("\n"))


def _html_section(number: str, point: str, m: ReportMetadata, lang: Lang) -> str:
    e = html.escape
    paras = [t.strip() for t in _narrative(m, point, lang).split("\n") if t.strip()]
    body = "\n".join(f"<p>{e(t)}</p>" for t in paras)
    return f"<h2>{number}. {e(_w(point, lang))}</h2>\n{body}"


def _html_tables(s: Statistics, lang: Lang) -> str:
    e = html.escape
    figures = report_figures(s)
    out = []
    for k, (table, vi, en) in enumerate(table_headings(s.period), start=1):
        rows = [
            f'<tr><td class="l{f.level}">{e(f.label(lang))}</td>'
            f'<td class="n" data-key="{f.key}">{format_number(f.value, lang)}</td></tr>'
            for f in figures
            if f.table == table
        ]
        out.append(
            f"<h3>2.{k}. {e(vi if lang == 'vi' else en)}</h3>\n<table>\n"
            f"<tr><th>{e(_w('figure', lang))}</th><th>{e(_w('value', lang))}</th></tr>\n"
            + "\n".join(rows)
            + "\n</table>"
        )
    return "\n".join(out)


def _html_chart(s: Statistics, lang: Lang) -> str:
    e = html.escape
    title = f"<h3>2.{len(TABLES) + 1}. {e(_w('chart', lang))}</h3>"
    if not have_matplotlib():
        return f'{title}\n<p class="note">{e(_w("no_chart", lang))}</p>'
    return f'{title}\n<div class="chart">{chart_svg(s, lang)}</div>'


def _html_foot(m: ReportMetadata, lang: Lang) -> str:
    e = html.escape
    items = "".join(f"<li>{e(r)}</li>" for r in recipients_lines(m.recipients))
    authority = f"<div>{e(m.signer.authority)}</div>" if m.signer.authority else ""
    return (
        '<div class="foot">\n'
        f'<div class="recipients"><b>{e(_w("recipients", lang))}:</b><ul>{items}</ul></div>\n'
        f'<div class="sign">{authority}<div>{e(m.signer.title)}</div>'
        f'<div class="name">{e(m.signer.name)}</div></div>\n</div>'
    )


# --------------------------------------------------------------------------------------
# Markdown.


def render_markdown(
    stats: Statistics, meta: ReportMetadata | dict[str, Any] | str, *, lang: Lang = "vi"
) -> str:
    """The report as Markdown: the same heading, sections a–d and tables as the HTML.

    Every text that comes from the metadata or the statistics (names, place, addressee,
    subject, signer, recipients, sections a, c, d) is escaped: it renders as the words
    written, never as HTML, a link, a heading or a table row (docs/security.md).
    """
    s, m, lang = _stats(stats), _meta(meta), check_lang(lang)
    md = _md_line
    lines = [
        *_markdown_head(m, lang),
        "",
        f"## {_w('title', lang)}",
        "",
        f"**{md(_subject(m, s, lang))}**",
        "",
        f"{_w('addressee', lang)}: {md(m.addressee)}",
        "",
        md(_intro(m, s, lang)),
        "",
        f"### 1. {_w('a', lang)}",
        "",
        _md_paragraphs(_narrative(m, "a", lang)),
        "",
        f"### 2. {_w('b', lang)}",
        "",
        _markdown_tables(s, lang),
        f"### 3. {_w('c', lang)}",
        "",
        _md_paragraphs(_narrative(m, "c", lang)),
        "",
        f"### 4. {_w('d', lang)}",
        "",
        _md_paragraphs(_narrative(m, "d", lang)),
        "",
        f"**{_w('recipients', lang)}:**",
        "",
        *(f"- {md(r.removeprefix('- '))}" for r in recipients_lines(m.recipients)),
        "",
        *([f"**{md(m.signer.authority)}**  "] if m.signer.authority else []),
        f"**{md(m.signer.title)}**  ",
        f"**{md(m.signer.name)}**",
        "",
    ]
    return "\n".join(lines)


def _markdown_head(m: ReportMetadata, lang: Lang) -> list[str]:
    """The head as a two-column table, as Decree 30/2020 Appendix I lays it out: the body's
    name beside the national title and motto; the number beside the place and date."""
    md = _md_line
    left = [md(line.strip()) for line in (m.superior_body or "").upper().split("\n") if line]
    left += [f"**{md(line.strip())}**" for line in m.agency_name.upper().split("\n") if line]
    right = f"**{_w('national_title', lang)}**<br>**{_w('motto', lang)}**"
    return [
        f"| {'<br>'.join(left)} | {right} |",
        "|:---:|:---:|",
        f"| {md(m.symbol)} | *{md(m.dateline(lang))}* |",
    ]


def _one_line(text: str) -> str:
    return " ".join(text.split())


#: characters that mean something to Markdown anywhere in a line: a backslash before each;
#: "<", ">" and "&" (HTML inside Markdown) as character references, which every renderer reads
_MD_INLINE = str.maketrans(
    {**{c: "\\" + c for c in "\\`*_[]|~"}, "<": "&lt;", ">": "&gt;", "&": "&amp;"}
)
#: characters that mean something at the start of a line (a heading, a list, a quote, a rule)
_MD_LINE_START = "#+-=>"


def _md_line(text: str) -> str:
    """User text as one line of Markdown that renders as the words written: line breaks
    become spaces (no forged row or heading), every mark is escaped with a backslash."""
    line = _one_line(text).translate(_MD_INLINE)
    if line[:1] in _MD_LINE_START:
        line = "\\" + line
    number = len(line) - len(line.lstrip("0123456789"))
    if 0 < number < len(line) and line[number] in ".)":  # "1." or "1)" would start a list
        line = line[:number] + "\\" + line[number:]
    return line


def _md_paragraphs(text: str) -> str:
    """User text of several lines as Markdown paragraphs, one per non-blank line (as the HTML
    writes them), each escaped by :func:`_md_line`."""
    return "\n\n".join(_md_line(t) for t in text.split("\n") if t.strip())


def _markdown_tables(s: Statistics, lang: Lang) -> str:
    figures = report_figures(s)
    out = []
    for k, (table, vi, en) in enumerate(table_headings(s.period), start=1):
        out += [f"#### 2.{k}. {vi if lang == 'vi' else en}", ""]
        out += [f"| {_w('figure', lang)} | {_w('value', lang)} |", "|---|---:|"]
        for f in figures:
            if f.table == table:
                label = ("— " if f.level else "") + f.label(lang).replace("|", "\\|")
                out.append(f"| {label} | {format_number(f.value, lang)} |")
        out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------------------
# Excel (extra "excel": openpyxl).


def render_excel(stats: Statistics, meta: ReportMetadata | dict[str, Any] | str) -> bytes:
    """The report's figures as an .xlsx workbook.

    Sheet ``Bao cao``: the heading of the document, then one row per figure (table, key,
    Vietnamese label, English label, value, as numbers). Sheet ``Theo thang``: the months.
    """
    s, m = _stats(stats), _meta(meta)
    try:
        import openpyxl  # type: ignore[import-untyped]
        from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
    except ImportError:
        raise ReportExtraMissingError(
            "excel-not-available",
            detail="openpyxl is needed to write Excel files (install tiepcan[excel])",
        ) from None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bao cao"
    heading: tuple[list[Any], ...] = (
        [_one_line(m.agency_name).upper(), None, None, NATIONAL_TITLE],
        [m.symbol, None, None, MOTTO],
        [None, None, None, m.dateline("vi")],
        [],
        [_w("title", "vi") + ": " + _subject(m, s, "vi")],
        [],
        ["Bảng", "Mã chỉ tiêu", "Chỉ tiêu", "Item", "Số liệu"],
    )
    for r, row in enumerate(heading, start=1):
        _put_row(ws, r, row)
    bold = Font(bold=True)
    for cell in ws[7]:
        cell.font = bold
    for r, f in enumerate(report_figures(s), start=len(heading) + 1):
        _put_row(ws, r, [f.table, f.key, ("    " * f.level) + f.label_vi, f.label_en, f.value])
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 70
    ws.column_dimensions["D"].width = 50
    ws.column_dimensions["E"].width = 12
    for row in ws.iter_rows(min_row=8, min_col=3, max_col=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True)
    months = wb.create_sheet("Theo thang")
    _put_row(months, 1, ["Tháng", "Tiếp nhận", "Trả lời đúng hạn", "Trả lời trễ hạn", "Từ chối"])
    for r, mf in enumerate(s.by_month, start=2):
        row = [mf.month, mf.received, mf.answered_on_time, mf.answered_late, mf.refused]
        _put_row(months, r, row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _put_row(ws: Any, row: int, values: list[Any]) -> None:
    """Write row ``row``: every text a string cell (never a formula, whatever the agency wrote),
    Excel's quote prefix on text a spreadsheet would evaluate, a CR kept; text Excel cannot
    hold is refused with its sheet, row and column (docs/security.md)."""
    for j, value in enumerate(values, start=1):
        if value is None:
            continue
        if not isinstance(value, str):
            ws.cell(row=row, column=j, value=value)
            continue
        why = excel_problem(value)
        if why is not None:
            raise InvalidInputError(
                "unwritable-cell", detail=f"sheet {ws.title!r}, row {row}, column {j}: {why}"
            )
        cell = ws.cell(row=row, column=j)
        cell.value = excel_cell(value)
        cell.data_type = "s"  # set after the value: text such as "=1" stays text
        cell.quotePrefix = is_live(value)
