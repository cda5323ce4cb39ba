"""Biểu đồ — the report's chart by month (extra ``report``: matplotlib), as SVG.

Requests received, answered on time, answered late and refused, month by month over the
period of the report (the figures of Decree 13/2018/NĐ-CP art. 12(4)(b)); the HTML report
embeds it. The same figures give the same SVG, byte for byte.
"""

from __future__ import annotations

import io
import sys
from typing import Any

from tiepcan.foundation._model import Lang, check_lang, echo
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.outputs.reports._document import ReportExtraMissingError
from tiepcan.register.statistics import Statistics

__all__ = ["chart_svg", "have_matplotlib"]


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
