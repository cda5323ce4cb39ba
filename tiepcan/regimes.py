"""Hiệu lực của văn bản — legal regimes by date of effect.

tiepcan encodes one regime: Law 104/2016/QH13 with Decree 13/2018/NĐ-CP and Circular
46/2018/TT-BTC, in force from 2018-07-01 (Law art. 37; Decree art. 14(1); Circular art. 6(1)).

A replacement law, "Luật Tiếp cận thông tin (sửa đổi)", is reported passed by the 16th National
Assembly at its first session and in force from 2026-09-01 (news.laodong.vn, two reports; see
``shared/reference/law-104-2016.md`` §0). Its number, date and text are not available to us,
so it is **not encoded**: a computation whose governing date falls on or after 2026-09-01
raises :class:`~tiepcan.errors.RegimeNotEncodedError` naming it. Nothing is extrapolated.

The governing date of a request is the day it was received. A request received before
2026-09-01 therefore stays under the 2016 rules however late it is processed, and its
deadline may run past 2026-09-01. The replacement law's transitional article would settle
this; we do not have it, and say so wherever it matters. A caller who has decided that the
2016 rules govern a later date (e.g. on counsel's advice) passes ``regime="ati-2016"``
explicitly, and the result records that choice.

>>> from datetime import date
>>> regime_for(date(2024, 2, 7)).id
'ati-2016'
>>> regime_for(date(2026, 9, 1)).encoded
False
>>> resolve_regime(date(2026, 9, 1))
Traceback (most recent call last):
tiepcan.errors.RegimeNotEncodedError: [regime-not-encoded] ...
>>> resolve_regime(date(2026, 9, 1), "ati-2016").id
'ati-2016'
"""

from __future__ import annotations

from datetime import date

from tiepcan._input import FrozenModel
from tiepcan.errors import InvalidInputError, RegimeNotEncodedError

__all__ = ["ATI_2016", "ATI_2026", "REGIMES", "Regime", "regime_for", "resolve_regime"]


class Regime(FrozenModel):
    """A set of rules in force over a span of dates."""

    id: str
    name_vi: str
    name_en: str
    instruments: tuple[str, ...]
    in_force_from: date
    in_force_until: date | None
    encoded: bool
    status_vi: str
    status_en: str
    sources: tuple[str, ...]


ATI_2016 = Regime._trusted(
    id="ati-2016",
    name_vi="Luật Tiếp cận thông tin số 104/2016/QH13 và các văn bản hướng dẫn",
    name_en="Law 104/2016/QH13 on Access to Information and its implementing texts",
    instruments=("104/2016/QH13", "13/2018/NĐ-CP", "46/2018/TT-BTC", "64/2018/TT-BQP"),
    in_force_from=date(2018, 7, 1),
    in_force_until=date(2026, 8, 31),
    encoded=True,
    status_vi="Có hiệu lực từ 01/07/2018 (Điều 37); được báo chí đưa tin sẽ bị thay thế từ 01/09/2026.",
    status_en="In force from 2018-07-01 (art. 37); reported replaced from 2026-09-01.",
    sources=(
        "Bộ pháp điển, đề mục 32.2 (phapdien.moj.gov.vn), trang ngày 2026-05-13",
        "Luật 104/2016/QH13, Điều 37",
    ),
)

ATI_2026 = Regime._trusted(
    id="ati-2026",
    name_vi="Luật Tiếp cận thông tin (sửa đổi) — số hiệu chưa xác định",
    name_en="Law on Access to Information (amended) — number not yet known",
    instruments=(),
    in_force_from=date(2026, 9, 1),
    in_force_until=None,
    encoded=False,
    status_vi=(
        "Được báo chí đưa tin đã thông qua tại Kỳ họp thứ nhất Quốc hội khóa XVI, có hiệu lực "
        "từ 01/09/2026; chưa có văn bản chính thức nên chưa được mã hóa."
    ),
    status_en=(
        "Reported passed at the first session of the 16th National Assembly, in force from "
        "2026-09-01; its official text is not available, so it is not encoded."
    ),
    sources=(
        "news.laodong.vn/thoi-su/nguoi-dan-duoc-dung-dien-thoai-sao-chup-tai-lieu-khi-yeu-cau-cung-cap-thong-tin-1702027.ldo",
        "news.laodong.vn/thoi-su/quy-dinh-xu-ly-thong-tin-cong-khai-khong-chinh-xac-1696281.ldo",
    ),
)

REGIMES: tuple[Regime, ...] = (ATI_2016, ATI_2026)


def regime_for(governing: date) -> Regime:
    """The regime in force on ``governing``; raises before 2018-07-01 (no regime encoded)."""
    if not isinstance(governing, date):
        raise InvalidInputError(
            "invalid-date", "Ngày không hợp lệ", "not a date", detail=f"{governing!r}"
        )
    for regime in reversed(REGIMES):
        if governing >= regime.in_force_from:
            return regime
    raise RegimeNotEncodedError(
        "before-law-in-force",
        "Luật Tiếp cận thông tin chỉ có hiệu lực từ ngày 01/07/2018",
        "the Law on Access to Information is in force only from 2018-07-01",
        detail=f"governing date {governing.isoformat()}",
        regime=None,
    )


def resolve_regime(governing: date, regime: str | Regime | None = None) -> Regime:
    """The encoded regime to apply to a computation governed by ``governing``.

    With ``regime=None`` it is the regime in force on ``governing``, which must be encoded.
    An explicit ``regime`` (its id or the object) is applied as asked, provided it is encoded
    and was already in force on ``governing`` (the 2016 rules cannot govern a date before
    2018-07-01).
    """
    if regime is None:
        chosen = regime_for(governing)
        if not chosen.encoded:
            raise RegimeNotEncodedError(
                detail=(
                    f"{governing.isoformat()} falls under '{chosen.id}' ({chosen.name_en}, from "
                    f"{chosen.in_force_from.isoformat()}), whose text tiepcan does not have. "
                    "To apply the 2016 rules deliberately (e.g. to a request received before "
                    "2026-09-01), pass regime='ati-2016'."
                ),
                regime=chosen.id,
            )
        return chosen
    chosen = _lookup(regime)
    if not chosen.encoded:
        raise RegimeNotEncodedError(detail=f"regime '{chosen.id}' is not encoded", regime=chosen.id)
    if governing < chosen.in_force_from:
        raise RegimeNotEncodedError(
            "before-law-in-force",
            "Văn bản chưa có hiệu lực vào ngày này",
            "the regime was not yet in force on this date",
            detail=f"{chosen.id} is in force from {chosen.in_force_from.isoformat()}; "
            f"governing date {governing.isoformat()}",
            regime=chosen.id,
        )
    return chosen


def _lookup(regime: str | Regime) -> Regime:
    if isinstance(regime, Regime):
        return regime
    for r in REGIMES:
        if r.id == regime:
            return r
    raise InvalidInputError(
        "invalid-regime",
        "Không có chế độ pháp lý này",
        "no such regime",
        detail=f"regime={regime!r}; known: {', '.join(r.id for r in REGIMES)}",
    )
