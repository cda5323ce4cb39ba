"""Văn bản báo cáo — what every rendering of the report shares.

The metadata the agency writes (:class:`ReportMetadata`: issuing body, number and symbol,
địa danh and date as Decree 30/2020/NĐ-CP lays them out, addressee, points (a), (c) and (d) of
Decree 13/2018/NĐ-CP art. 12(4), the signer); the figures of point (b), one list that every
format prints (:func:`report_figures`), under the headings of :func:`table_headings`, which
cite the articles of the law in force over the period; and the words of the document (title,
sections, subject, opening paragraph), whose sentences are in :mod:`tiepcan.texts.reports`.

>>> from tiepcan.register.statistics import ReportingPeriod
>>> [table for table, _, _ in table_headings(ReportingPeriod.year(2024))]
['requests', 'time_limits', 'refusals', 'costs', 'complaints']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import Field

from tiepcan.foundation._input import FrozenModel, validate_input
from tiepcan.foundation._layout import dateline
from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import BilingualStrEnum, Lang, Text, check_lang, echo
from tiepcan.foundation.errors import InvalidInputError, TiepCanError
from tiepcan.register.statistics import DEFAULT_INFORMATION_KINDS, Statistics, StatisticsError
from tiepcan.rules.refusals import RefusalGround

#: the sentences this module says (tiepcan/texts/reports.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.reports")

__all__ = [
    "Figure",
    "ReportExtraMissingError",
    "ReportKind",
    "ReportMetadata",
    "ReportSigner",
    "report_figures",
    "table_headings",
]


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
        zero before days 1–9 and months 1 and 2 only (``tiepcan.foundation._layout.dateline``, the one
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


#: the tables of point (b), in the order the report shows them
_TABLE_KEYS = ("requests", "time_limits", "refusals", "costs", "complaints")

#: (table key, Vietnamese heading, English heading), as under Law 104/2016
TABLES: tuple[tuple[str, str, str], ...] = tuple(
    (key, say(TEXTS, f"table.{key}").vi, say(TEXTS, f"table.{key}").en) for key in _TABLE_KEYS
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
    from tiepcan.foundation.regimes import REGIMES, ruleset

    out = []
    for regime in REGIMES:
        until = regime.in_force_until or period.end
        if regime.encoded and regime.in_force_from <= period.end and until >= period.start:
            out.append(ruleset(regime.id))
    return tuple(out)


def _under_first_law(period: Any) -> bool:
    """True for a period under the first encoded law alone (Law 104/2016), whose wording the
    fixed :data:`TABLES` headings and the ground enum's labels carry."""
    from tiepcan.foundation.regimes import REGIMES

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
    from tiepcan.register.statistics import ReportingPeriod

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
            cites = say(TEXTS, "table.cites", unit=Text(unit_vi, unit_en), law=number)
            units_vi.append(cites.vi)
            units_en.append(cites.en)
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
    from tiepcan.foundation._model import Text

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
    from tiepcan.foundation.grounds import ground as neutral_ground
    from tiepcan.foundation.grounds import neutral_key

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
# Words of the document, in both languages (tiepcan.texts.reports).


def _w(key: str, lang: Lang) -> str:
    """The text ``key`` of the report's message table, in ``lang``."""
    return say(TEXTS, key).in_(lang)


def _subject(meta: ReportMetadata, stats: Statistics, lang: Lang) -> str:
    if meta.subject and lang == "vi":
        return meta.subject
    p = stats.period
    period = Text(p.label("vi", short=True), p.label("en", short=True))
    if meta.kind is ReportKind.THREE_YEARLY:
        return say(TEXTS, "subject.three_yearly", period=period).in_(lang)
    return say(TEXTS, "subject.periodic", period=period).in_(lang)


def _intro(meta: ReportMetadata, stats: Statistics, lang: Lang) -> str:
    fields = {
        "agency": _one_line(meta.agency_name),
        "period": Text(stats.period.label("vi"), stats.period.label("en")),
        "agencies": ", ".join(stats.agencies),
    }
    if meta.kind is ReportKind.THREE_YEARLY:
        return say(TEXTS, "intro.three_yearly", **fields).in_(lang)
    return say(TEXTS, "intro.periodic", **fields).in_(lang)


def _narrative(meta: ReportMetadata, point: str, lang: Lang) -> str:
    vi = {"a": meta.situation, "c": meta.difficulties, "d": meta.recommendations}[point]
    if lang == "vi":
        return vi or _w("section.empty", lang)
    en = {"a": meta.situation_en, "c": meta.difficulties_en, "d": meta.recommendations_en}[point]
    if en:
        return en
    return say(TEXTS, "section.vietnamese_only", text=vi).en if vi else _w("section.empty", lang)


def _meta(meta: Any) -> ReportMetadata:
    return validate_input(ReportMetadata, meta, what="ReportMetadata")


def _stats(stats: Any) -> Statistics:
    if not isinstance(stats, Statistics):
        raise StatisticsError(detail=f"expected Statistics, got {type(stats).__name__}")
    return stats


def _one_line(text: str) -> str:
    return " ".join(text.split())
