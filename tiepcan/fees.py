"""Chi phí tiếp cận thông tin — the actual costs a requester pays.

Implements Law 104/2016/QH13 art. 12 (information is free; the requester pays the actual cost
of printing, copying, photographing and sending it), art. 27 (the agency tells the requester
that cost and how and by when to pay it) and art. 28(1)(e) (non-payment is a refusal ground);
Decree 13/2018/NĐ-CP art. 13(2) (paid before provision, into the state budget); and Circular
46/2018/TT-BTC arts. 3 and 4: the rates of its appendix (phụ lục), the 70% and 50% rates for
agencies in difficult and especially difficult areas, the postal sending cost, no sending cost
for electronic or fax delivery, and the payment notice on Decree 13's form 03.

The order follows the texts: the base rule (art. 12(1): no fee), the appendix rates (art.
3(1.1)(a)), the area reductions (art. 3(1.1)(b)), the sending cost (art. 3(1.2)) and its
exception (art. 3(2)), then the notice and payment (Law art. 27; Circular art. 4).

Every question the texts leave open is a named :class:`FeeInterpretation`, recorded on each
line and quote that relies on it; ``docs/fees.md`` gives each next to the Vietnamese text.

A black-and-white A4 photocopy costs 3,000 đồng (appendix line 1.1); an agency in a difficult
area charges 70% of it, 2,100 đồng:

>>> FeeItem.PHOTOCOPY_BW_A4.rate
3000
>>> q = quote({FeeItem.PHOTOCOPY_BW_A4: 12}, area=Area.DIFFICULT)
>>> q.lines[0].unit_rate, q.total            # 3,000 × 70% = 2,100; × 12 = 25,200
(2100, 25200)
>>> q.lines[0].reduction_citation.label
'Điều 3 khoản 1.1 điểm b Thông tư 46/2018/TT-BTC'

Larger photocopies are multiples of the A4 rate (the appendix note: A3 = 2×, A0 = 16×):

>>> quote({"photocopy_bw_a0": 1}).total
48000

Postage is passed through as given and never reduced (art. 3(1.2)); electronic and fax
delivery carry no sending cost (art. 3(2)), so postage with them is refused:

>>> quote({"audio_copy_minute": 3}, area="especially_difficult", postage=27500,
...       channel="postal").total          # 27,000 × 50% × 3 + 27,500
68000
>>> quote({"photocopy_bw_a4": 1}, postage=5000, channel="fax")
Traceback (most recent call last):
tiepcan.errors.InvalidInputError: [postage-not-payable] ...
>>> quote({"photocopy_bw_a4": -2})
Traceback (most recent call last):
tiepcan.errors.InvalidInputError: [invalid-quantity] Số lượng phải là số nguyên không âm / quantity must be a whole number ≥ 0 (item photocopy_bw_a4: -2)

Rates are dated: ``as_of`` goes through :func:`tiepcan.regimes.resolve_regime`.

>>> from datetime import date
>>> quote({"photocopy_bw_a4": 1}, as_of=date(2026, 9, 1))
Traceback (most recent call last):
tiepcan.errors.RegimeNotEncodedError: [regime-not-encoded] ...
>>> quote({"photocopy_bw_a4": 1}, as_of=date(2026, 9, 1), regime="ati-2016").total
3000
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Annotated, Any, Final, Literal, Self, TypeVar

from pydantic import Field, NonNegativeInt, PositiveInt, ValidationError, model_validator

from tiepcan._input import FrozenModel, validate_input
from tiepcan._model import BilingualStrEnum, Lang, check_lang
from tiepcan.citations import Citation, circular46, decree13, law
from tiepcan.errors import InvalidInputError, RegimeNotEncodedError, from_validation_error
from tiepcan.regimes import ATI_2016, Regime, resolve_regime
from tiepcan.terms import Channel

__all__ = [
    "DEFAULT_REGIME",
    "PARTIAL_MINUTE_RULE",
    "REDUCTION_BASIS",
    "REDUCTION_ROUNDING",
    "AppendixLine",
    "Area",
    "FeeInterpretation",
    "FeeItem",
    "FeeLine",
    "FeeNotice",
    "FeeQuote",
    "FeeUnit",
    "FormatMultiplier",
    "PaperFormat",
    "PaymentMethod",
    "RateTable",
    "billable_minutes",
    "fee_notice",
    "quote",
    "rate_table",
    "unit_rate",
]

# -- the texts this module implements, in the order of the law ------------------------------

#: Law art. 12(1): no fee or charge for being provided information.
NO_FEE = law(12, 1)
#: Law art. 12(2): the requester pays the actual cost of printing, copying, photographing, sending.
ACTUAL_COSTS = law(12, 2)
#: Circular 46 art. 3(1.1)(a): the printing and copying costs are the appendix rates.
APPENDIX_RATES = circular46(3, 1, "a", subclause=1)
#: Circular 46 art. 3(1.1)(b): 70% / 50% of those rates in difficult / especially difficult areas.
AREA_REDUCTION = circular46(3, 1, "b", subclause=1)
#: Circular 46 art. 3(1.2): the sending cost is the maximum postal tariff of Circular 22/2017.
POSTAL_SENDING_COST = circular46(3, 1, subclause=2)
#: Circular 46 art. 3(2): nothing to pay for sending electronically or by fax.
NO_SENDING_COST_ELECTRONIC_FAX = circular46(3, 2)
#: Law art. 27: the notice of cost and of the method and deadline of payment.
COST_NOTICE = law(27)
#: Law art. 28(1)(e): not paying the actual cost is a ground for refusal.
UNPAID_COSTS_REFUSAL = law(28, 1, "e")
#: Decree 13 art. 13(2): paid before the information is provided, into the state budget.
PAID_BEFORE_PROVISION = decree13(13, 2)
#: Decree 13 art. 5(1)(c): form 03, Phiếu giải quyết yêu cầu cung cấp thông tin.
FORM_03 = decree13(5, 1, "c")
#: Circular 46 art. 4(1)(a): the focal officer computes the cost, the deadline, the payee.
COST_COMPUTATION = circular46(4, 1, "a")
#: Circular 46 art. 4(1)(b): the requester pays in full per form 03 before provision.
PAYMENT_PER_FORM_03 = circular46(4, 1, "b")
#: Circular 46 art. 4(2): booked to the agency's Chương, mục 4900, tiểu mục 4949.
BUDGET_ACCOUNTING = circular46(4, 2)


# -- the named interpretations ----------------------------------------------------------------


class FeeInterpretation(BilingualStrEnum):
    """A question the texts leave open, and the answer tiepcan gives (see ``docs/fees.md``)."""

    REDUCTION_ON_UNIT_RATE = (
        "reduction_on_unit_rate",
        "Mức thu 70%, 50% được tính trên mức thu của mỗi đơn vị tính, rồi nhân với số lượng",
        "the 70% and 50% rates are taken of the rate per unit, then multiplied by the quantity",
    )
    REDUCED_RATE_ROUNDED_DOWN = (
        "reduced_rate_rounded_down",
        "Mức thu sau giảm không tròn đồng được làm tròn xuống (có lợi cho người yêu cầu)",
        "a reduced rate that is not a whole number of đồng is rounded down (in the "
        "requester's favour)",
    )
    COLOUR_FORMATS_MULTIPLIED = (
        "colour_formats_multiplied",
        "Ghi chú về khổ A3–A0 áp dụng cả cho phô tô màu",
        "the note on A3–A0 formats applies to colour photocopies too",
    )
    DIGITISED_PRINT_A4_ONLY = (
        "digitised_print_a4_only",
        "In tài liệu đã số hóa chỉ có mức thu khổ A4",
        "printing of digitised documents has an A4 rate only",
    )
    PARTIAL_MINUTE_ROUNDED_UP = (
        "partial_minute_rounded_up",
        "Phần lẻ của một phút nghe, phút chiếu được tính là một phút (làm tròn một lần cho "
        "tổng thời lượng)",
        "a part of a minute of audio or film counts as a whole minute (rounded once, on the "
        "total duration)",
    )
    MEDIA_NOT_PRICED = (
        "media_not_priced",
        "Vật tư (đĩa, thiết bị lưu trữ) của bản sao ghi âm, phim không có mức thu nên không "
        "được tính",
        "the medium of an audio or film copy has no rate, so it is not charged",
    )
    POSTAGE_AS_GIVEN = (
        "postage_as_given",
        "Chi phí gửi qua bưu chính do cơ quan xác định theo giá cước, được giữ nguyên, không "
        "giảm theo địa bàn",
        "the postal sending cost is set by the agency from the tariff and passed through, "
        "never reduced by area",
    )
    POSTAGE_ONLY_BY_POST = (
        "postage_only_by_post",
        "Chỉ tính chi phí gửi khi thông tin được gửi qua dịch vụ bưu chính",
        "a sending cost is charged only when the information is sent by post",
    )

    @property
    def citation(self) -> Citation:
        """The provision whose open question this interpretation answers."""
        return _INTERPRETED[self]


_INTERPRETED: Final[dict[FeeInterpretation, Citation]] = {
    FeeInterpretation.REDUCTION_ON_UNIT_RATE: AREA_REDUCTION,
    FeeInterpretation.REDUCED_RATE_ROUNDED_DOWN: AREA_REDUCTION,
    FeeInterpretation.COLOUR_FORMATS_MULTIPLIED: APPENDIX_RATES,
    FeeInterpretation.DIGITISED_PRINT_A4_ONLY: APPENDIX_RATES,
    FeeInterpretation.PARTIAL_MINUTE_ROUNDED_UP: APPENDIX_RATES,
    FeeInterpretation.MEDIA_NOT_PRICED: APPENDIX_RATES,
    FeeInterpretation.POSTAGE_AS_GIVEN: POSTAL_SENDING_COST,
    FeeInterpretation.POSTAGE_ONLY_BY_POST: NO_SENDING_COST_ELECTRONIC_FAX,
}

#: The area reduction is applied to the rate per unit (the "mức thu" the Circular reduces).
REDUCTION_BASIS: Final = FeeInterpretation.REDUCTION_ON_UNIT_RATE
#: A reduced rate that is not whole đồng is rounded down. With today's rates none is: every
#: appendix rate is a multiple of 1,000 đồng, so 70% and 50% of it are exact.
REDUCTION_ROUNDING: Final = FeeInterpretation.REDUCED_RATE_ROUNDED_DOWN
#: Durations of audio and film are billed in whole minutes, a started minute counting as one.
PARTIAL_MINUTE_RULE: Final = FeeInterpretation.PARTIAL_MINUTE_ROUNDED_UP
#: The regime whose rates apply when ``as_of`` is None: the only one encoded.
DEFAULT_REGIME: Final = ATI_2016


# -- items of the appendix --------------------------------------------------------------------


class PaperFormat(BilingualStrEnum):
    """Paper format (khổ giấy) of a photocopy or print."""

    A4 = ("A4", "Khổ A4", "A4")
    A3 = ("A3", "Khổ A3", "A3")
    A2 = ("A2", "Khổ A2", "A2")
    A1 = ("A1", "Khổ A1", "A1")
    A0 = ("A0", "Khổ A0", "A0")


class FeeUnit(BilingualStrEnum):
    """Unit of a rate (đơn vị tính). The appendix prices pages in A4; larger pages are ours."""

    PAGE_A4 = ("page_a4", "Trang A4", "A4 page")
    PAGE_A3 = ("page_a3", "Trang A3", "A3 page")
    PAGE_A2 = ("page_a2", "Trang A2", "A2 page")
    PAGE_A1 = ("page_a1", "Trang A1", "A1 page")
    PAGE_A0 = ("page_a0", "Trang A0", "A0 page")
    PRINT = ("print", "Tấm", "print")
    MINUTE_OF_AUDIO = ("minute_of_audio", "Phút nghe", "minute of listening")
    MINUTE_OF_FILM = ("minute_of_film", "Phút chiếu", "minute of screening")


_PAGE_UNITS: Final = {
    PaperFormat.A4: FeeUnit.PAGE_A4,
    PaperFormat.A3: FeeUnit.PAGE_A3,
    PaperFormat.A2: FeeUnit.PAGE_A2,
    PaperFormat.A1: FeeUnit.PAGE_A1,
    PaperFormat.A0: FeeUnit.PAGE_A0,
}


class FeeItem(BilingualStrEnum):
    """One thing a requester may be charged for: a line of the appendix, in a paper format.

    ``appendix_line`` is the appendix's own number ("1.1"); ``paper`` is the format of a
    photocopy or print (None for photographs, audio and film). The rate, unit and materials
    flag come from the dated rate table (``data/fees.toml``).

    >>> FeeItem.PHOTOCOPY_COLOUR_A3.appendix_line, FeeItem.PHOTOCOPY_COLOUR_A3.rate
    ('1.2', 36000)
    >>> FeeItem.FILM_COPY_MINUTE.unit.label_vi, FeeItem.FILM_COPY_MINUTE.materials_included
    ('Phút chiếu', False)
    """

    appendix_line: str
    paper: PaperFormat | None

    def __new__(
        cls,
        value: str,
        label_vi: str = "",
        label_en: str = "",
        appendix_line: str = "",
        paper: PaperFormat | None = None,
    ) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_vi = label_vi
        member.label_en = label_en
        member.appendix_line = appendix_line
        member.paper = paper
        return member

    # 1. Phô tô tài liệu giấy (đã bao gồm vật tư); A3–A0 per the note under the appendix
    PHOTOCOPY_BW_A4 = (
        "photocopy_bw_a4", "Phô tô đen trắng, khổ A4", "black-and-white photocopy, A4",
        "1.1", PaperFormat.A4,
    )  # fmt: skip
    PHOTOCOPY_BW_A3 = (
        "photocopy_bw_a3", "Phô tô đen trắng, khổ A3", "black-and-white photocopy, A3",
        "1.1", PaperFormat.A3,
    )  # fmt: skip
    PHOTOCOPY_BW_A2 = (
        "photocopy_bw_a2", "Phô tô đen trắng, khổ A2", "black-and-white photocopy, A2",
        "1.1", PaperFormat.A2,
    )  # fmt: skip
    PHOTOCOPY_BW_A1 = (
        "photocopy_bw_a1", "Phô tô đen trắng, khổ A1", "black-and-white photocopy, A1",
        "1.1", PaperFormat.A1,
    )  # fmt: skip
    PHOTOCOPY_BW_A0 = (
        "photocopy_bw_a0", "Phô tô đen trắng, khổ A0", "black-and-white photocopy, A0",
        "1.1", PaperFormat.A0,
    )  # fmt: skip
    PHOTOCOPY_COLOUR_A4 = (
        "photocopy_colour_a4", "Phô tô màu, khổ A4", "colour photocopy, A4",
        "1.2", PaperFormat.A4,
    )  # fmt: skip
    PHOTOCOPY_COLOUR_A3 = (
        "photocopy_colour_a3", "Phô tô màu, khổ A3", "colour photocopy, A3",
        "1.2", PaperFormat.A3,
    )  # fmt: skip
    PHOTOCOPY_COLOUR_A2 = (
        "photocopy_colour_a2", "Phô tô màu, khổ A2", "colour photocopy, A2",
        "1.2", PaperFormat.A2,
    )  # fmt: skip
    PHOTOCOPY_COLOUR_A1 = (
        "photocopy_colour_a1", "Phô tô màu, khổ A1", "colour photocopy, A1",
        "1.2", PaperFormat.A1,
    )  # fmt: skip
    PHOTOCOPY_COLOUR_A0 = (
        "photocopy_colour_a0", "Phô tô màu, khổ A0", "colour photocopy, A0",
        "1.2", PaperFormat.A0,
    )  # fmt: skip
    # 2. In từ phim, ảnh gốc (đã bao gồm vật tư)
    PHOTO_PRINT_SMALL = (
        "photo_print_small",
        "In từ phim, ảnh gốc, cỡ từ 15×21 cm trở xuống",
        "print from original film or photograph, up to 15×21 cm",
        "2.1",
    )
    PHOTO_PRINT_MEDIUM = (
        "photo_print_medium",
        "In từ phim, ảnh gốc, cỡ từ 20×25 cm đến 20×30 cm",
        "print from original film or photograph, 20×25 cm to 20×30 cm",
        "2.2",
    )
    PHOTO_PRINT_LARGE = (
        "photo_print_large",
        "In từ phim, ảnh gốc, cỡ từ 25×35 cm đến 30×40 cm",
        "print from original film or photograph, 25×35 cm to 30×40 cm",
        "2.3",
    )
    # 3. In sao tài liệu ghi âm; 4. In sao phim điện ảnh (không bao gồm vật tư)
    AUDIO_COPY_MINUTE = (
        "audio_copy_minute",
        "In sao tài liệu ghi âm (không bao gồm vật tư)",
        "copy of an audio recording (medium not included)",
        "3",
    )
    FILM_COPY_MINUTE = (
        "film_copy_minute",
        "In sao phim điện ảnh (không bao gồm vật tư)",
        "copy of a cinema film (medium not included)",
        "4",
    )
    # 5. In tài liệu đã số hóa (toàn văn tài liệu – thông tin cấp 1), đã bao gồm vật tư
    DIGITAL_PRINT_BW_A4 = (
        "digital_print_bw_a4",
        "In tài liệu đã số hóa, in đen trắng, khổ A4",
        "black-and-white print of a digitised document, A4",
        "5.1",
        PaperFormat.A4,
    )
    DIGITAL_PRINT_COLOUR_A4 = (
        "digital_print_colour_a4",
        "In tài liệu đã số hóa, in màu, khổ A4",
        "colour print of a digitised document, A4",
        "5.2",
        PaperFormat.A4,
    )

    @property
    def unit(self) -> FeeUnit:
        """The unit a quantity of this item counts (trang A4, trang A3, tấm, phút nghe …)."""
        if self.paper is not None:
            return _PAGE_UNITS[self.paper]
        return _default_table().line(self.appendix_line).unit

    @property
    def materials_included(self) -> bool:
        """Whether the rate includes materials ("đã bao gồm vật tư")."""
        return _default_table().line(self.appendix_line).materials_included

    @property
    def citation(self) -> Citation:
        """Circular 46 art. 3(1.1)(a), which prescribes the appendix (the appendix itself is
        not in the bundled statute text; ``appendix_line`` locates the line in it)."""
        return APPENDIX_RATES

    @property
    def rate(self) -> int:
        """The rate per unit in đồng under :data:`DEFAULT_REGIME` (before any area reduction)."""
        return _default_table().list_rate(self)

    def rate_on(self, as_of: date | None = None, *, regime: str | Regime | None = None) -> int:
        """The rate per unit in đồng in force on ``as_of`` (see :func:`rate_table`)."""
        return rate_table(as_of, regime=regime).list_rate(self)


class Area(BilingualStrEnum):
    """Where the providing agency is located (địa bàn), Circular 46 art. 3(1.1)(b).

    The areas are those of Appendix II to Decree 118/2015/NĐ-CP, or of the instrument that
    replaces it (Circular 46 art. 6(2)). tiepcan does not hold that list: the caller says
    which kind of area the agency is in.

    >>> Area.DIFFICULT.percent, Area.ESPECIALLY_DIFFICULT.percent
    (70, 50)
    """

    percent: int

    def __new__(
        cls, value: str, label_vi: str = "", label_en: str = "", percent: int = 100
    ) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_vi = label_vi
        member.label_en = label_en
        member.percent = percent
        return member

    ORDINARY = (
        "ordinary",
        "Địa bàn không thuộc địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn",
        "area without difficult socio-economic conditions",
        100,
    )
    DIFFICULT = (
        "difficult",
        "Địa bàn có điều kiện kinh tế - xã hội khó khăn",
        "area with difficult socio-economic conditions",
        70,
    )
    ESPECIALLY_DIFFICULT = (
        "especially_difficult",
        "Địa bàn có điều kiện kinh tế - xã hội đặc biệt khó khăn",
        "area with especially difficult socio-economic conditions",
        50,
    )

    @property
    def citation(self) -> Citation:
        """Art. 3(1.1)(a) for the full rate, art. 3(1.1)(b) for the reduced ones."""
        return APPENDIX_RATES if self is Area.ORDINARY else AREA_REDUCTION


# -- the dated rate table ---------------------------------------------------------------------


class AppendixLine(FrozenModel):
    """One priced line of the appendix of Circular 46/2018/TT-BTC, with its dates of effect."""

    number: str
    group: str
    group_vi: str
    work_vi: str
    label_en: str
    unit: FeeUnit
    rate: PositiveInt
    materials_included: bool
    regime: str
    in_force_from: date
    in_force_until: date | None = None
    citation: Citation


class FormatMultiplier(FrozenModel):
    """One sentence of the note under the appendix: format ``paper`` costs ``multiplier`` × A4."""

    paper: PaperFormat
    multiplier: Annotated[int, Field(ge=2)]
    applies_to_group: str
    regime: str
    in_force_from: date
    in_force_until: date | None = None
    note_vi: str


class RateTable(FrozenModel):
    """The appendix as in force on ``as_of`` under ``regime`` (``as_of`` None: latest records)."""

    regime: str
    as_of: date | None
    lines: tuple[AppendixLine, ...]
    format_multipliers: tuple[FormatMultiplier, ...]

    def line(self, number: str) -> AppendixLine:
        """The appendix line numbered ``number`` ("1.1")."""
        for line in self.lines:
            if line.number == number:
                return line
        raise InvalidInputError(
            "rate-not-found",
            "Không có mức thu cho dòng này của phụ lục",
            "no rate for this line of the appendix",
            detail=f"line {number!r}, regime {self.regime}, as of {self.as_of}",
        )

    def multiplier(self, item: FeeItem) -> int:
        """How many A4 rates ``item`` costs: 1 for A4 and for items without a paper format."""
        if item.paper in (None, PaperFormat.A4):
            return 1
        group = self.line(item.appendix_line).group
        for m in self.format_multipliers:
            if m.paper == item.paper and m.applies_to_group == group:
                return m.multiplier
        raise InvalidInputError(
            "rate-not-found",
            "Không có mức thu cho khổ giấy này",
            "no rate for this paper format",
            detail=f"{item.value}: format {item.paper}, regime {self.regime}",
        )

    def list_rate(self, item: FeeItem) -> int:
        """The full rate per unit of ``item`` in đồng: the appendix rate × the format multiple."""
        return self.line(item.appendix_line).rate * self.multiplier(item)


@cache
def _records() -> tuple[tuple[AppendixLine, ...], tuple[FormatMultiplier, ...]]:
    text = (
        resources.files("tiepcan.data")
        .joinpath("ati-2016", "fees.toml")
        .read_text(encoding="utf-8")
    )
    raw = tomllib.loads(text)
    lines = tuple(AppendixLine.model_validate(r) for r in raw["line"])
    multipliers = tuple(FormatMultiplier.model_validate(r) for r in raw["format_multiplier"])
    return lines, multipliers


def _in_force(record: AppendixLine | FormatMultiplier, regime: Regime, as_of: date | None) -> bool:
    if record.regime != regime.id:
        return False
    if as_of is None:
        return True
    return record.in_force_from <= as_of and (
        record.in_force_until is None or as_of <= record.in_force_until
    )


_R = TypeVar("_R", AppendixLine, FormatMultiplier)


def _latest(records: list[_R], key: str) -> tuple[_R, ...]:
    chosen: dict[str, _R] = {}
    for r in sorted(records, key=lambda r: r.in_force_from):
        chosen[getattr(r, key)] = r  # a later record replaces an earlier one
    return tuple(chosen.values())


@cache
def _table(regime: Regime, as_of: date | None) -> RateTable:
    lines, multipliers = _records()
    if not any(_in_force(r, regime, as_of) for r in lines):
        raise RegimeNotEncodedError(
            "rates-not-encoded",
            "Chưa có mức thu chi phí cho chế độ pháp lý và ngày này",
            "no rates are encoded for this regime and date",
            detail=f"regime {regime.id}, as of {as_of}",
            regime=regime.id,
        )
    return RateTable(
        regime=regime.id,
        as_of=as_of,
        lines=_latest([r for r in lines if _in_force(r, regime, as_of)], "number"),
        format_multipliers=_latest(
            [m for m in multipliers if _in_force(m, regime, as_of)], "paper"
        ),
    )


def _default_table() -> RateTable:
    return _table(DEFAULT_REGIME, None)


def rate_table(as_of: date | None = None, *, regime: str | Regime | None = None) -> RateTable:
    """The appendix rates that govern ``as_of``.

    ``as_of`` is the day the agency determines the cost (Circular 46 art. 4(1)(a)). It goes
    through :func:`~tiepcan.regimes.resolve_regime`, so a date on or after 2026-09-01 raises
    ``RegimeNotEncodedError`` unless ``regime="ati-2016"`` is passed, and a date before
    2018-07-01 is refused. With ``as_of=None`` no date is checked: the table is that of
    ``regime`` (default :data:`DEFAULT_REGIME`, the 2016 regime), each line at its latest
    bundled version.

    >>> rate_table().line("2.3").rate
    135000
    """
    checked = _check_as_of(as_of)
    return _table(_resolve(checked, regime), checked)


def unit_rate(
    item: FeeItem | str,
    area: Area | str = Area.ORDINARY,
    *,
    as_of: date | None = None,
    regime: str | Regime | None = None,
) -> int:
    """The rate per unit of ``item`` charged by an agency in ``area``, in đồng.

    >>> unit_rate("photocopy_colour_a4", "difficult"), unit_rate("photocopy_colour_a4", "especially_difficult")
    (12600, 9000)
    """
    the_item = FeeItem.coerce(item, field="item")
    the_area = Area.coerce(area, field="area")
    return _reduce(rate_table(as_of, regime=regime).list_rate(the_item), the_area)


def _reduce(rate: int, area: Area) -> int:
    """Art. 3(1.1)(b) on one unit: ``rate × percent // 100`` (rounded down, REDUCTION_ROUNDING)."""
    return rate * area.percent // 100


def billable_minutes(*durations: timedelta) -> int:
    """Whole minutes to bill for audio or film copies of the given total duration.

    Items 3 and 4 of the appendix are priced per minute (phút nghe, phút chiếu). Under
    :data:`PARTIAL_MINUTE_RULE` a started minute counts as one, rounded once on the total,
    so a line of several recordings is charged at most one partial minute.

    >>> billable_minutes(timedelta(minutes=2, seconds=5), timedelta(seconds=50))
    3
    >>> billable_minutes(timedelta(minutes=3))
    3
    """
    total = timedelta(0)
    for d in durations:
        if not isinstance(d, timedelta) or d < timedelta(0):
            raise InvalidInputError(
                "invalid-duration",
                "Thời lượng phải là khoảng thời gian không âm",
                "a duration must be a timedelta ≥ 0",
                detail=f"{d!r}",
            )
        total += d
    minute = timedelta(minutes=1)
    return -(-total // minute)


# -- the quote --------------------------------------------------------------------------------


class FeeLine(FrozenModel):
    """One line of a quote: the item, how many, at what rate, less what reduction.

    ``list_rate`` is the appendix rate per unit (× the format multiple); ``unit_rate`` is what
    the agency's area charges per unit; ``reduction`` is what the area takes off the line.
    """

    item: FeeItem
    quantity: PositiveInt
    unit: FeeUnit
    appendix_line: str
    appendix_rate: PositiveInt
    format_multiplier: PositiveInt
    list_rate: PositiveInt
    area: Area
    percent: Literal[100, 70, 50]
    unit_rate: PositiveInt
    reduction: NonNegativeInt
    amount: PositiveInt
    citation: Citation
    reduction_citation: Citation | None = None
    interpretations: tuple[FeeInterpretation, ...] = ()

    @model_validator(mode="after")
    def _arithmetic(self) -> Self:
        if self.percent != self.area.percent:
            raise ValueError(f"percent {self.percent} is not that of area {self.area.value}")
        if self.list_rate != self.appendix_rate * self.format_multiplier:
            raise ValueError("list_rate must be appendix_rate × format_multiplier")
        if self.unit_rate != _reduce(self.list_rate, self.area):
            raise ValueError("unit_rate must be list_rate × percent // 100")
        if self.amount != self.unit_rate * self.quantity:
            raise ValueError("amount must be unit_rate × quantity")
        if self.reduction != (self.list_rate - self.unit_rate) * self.quantity:
            raise ValueError("reduction must be (list_rate − unit_rate) × quantity")
        return self

    def explain(self, lang: Lang = "vi") -> str:
        """One entry of the breakdown: quantity × rate = amount, then where the rate is from."""
        vi = check_lang(lang) == "vi"
        unit = _lower_first(self.unit.label_vi) if vi else self.unit.label_en
        rate, amount = _money(self.unit_rate, lang), _money(self.amount, lang)
        head = (
            f"{self.item.label(lang)}: {self.quantity} {unit} × {rate} = {amount}"
            if vi
            else f"{self.item.label(lang)}: {self.quantity} × {unit} at {rate} = {amount}"
        )
        if vi:
            basis = f"Phụ lục Thông tư 46/2018/TT-BTC, mục {self.appendix_line}: "
            per = "trang A4" if self.unit.value.startswith("page") else unit
            basis += f"{_money(self.appendix_rate, lang)}/{per}"
            if self.format_multiplier > 1:
                basis += f", khổ {self.item.paper} bằng {self.format_multiplier} lần khổ A4"
        else:
            basis = f"Circular 46/2018/TT-BTC appendix, line {self.appendix_line}: "
            basis += f"{_money(self.appendix_rate, lang)} per " + (
                "A4 page" if self.unit.value.startswith("page") else unit
            )
            if self.format_multiplier > 1:
                basis += f"; {self.item.paper} is {self.format_multiplier} × the A4 rate"
        basis += f" ({self.citation.label_in(lang)})"
        lines = [head, "    " + basis]
        if self.reduction_citation is not None:
            lines.append(
                f"    {self.percent}% — {self.area.label(lang)} "
                f"({self.reduction_citation.label_in(lang)})"
            )
        return "\n".join(lines)


class FeeQuote(FrozenModel):
    """What a requester pays: the printing and copying lines, the postage, the total.

    ``regime`` is the regime whose rates were applied, ``as_of`` the date they were taken at
    (None: the default rates, see :func:`rate_table`). ``copying_total`` is the cost of
    printing, copying and photographing (art. 3(1.1)); ``postage`` the sending cost (art.
    3(1.2)); ``total`` their sum, in đồng.
    """

    regime: str
    as_of: date | None
    area: Area
    channel: Channel | None
    lines: tuple[FeeLine, ...]
    copying_total: NonNegativeInt
    postage: NonNegativeInt
    total: NonNegativeInt
    citations: tuple[Citation, ...]
    interpretations: tuple[FeeInterpretation, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        items = [line.item for line in self.lines]
        if len(set(items)) != len(items):
            raise ValueError("an item appears on more than one line")
        if any(line.area != self.area for line in self.lines):
            raise ValueError("every line must be priced for the quote's area")
        if self.copying_total != sum(line.amount for line in self.lines):
            raise ValueError("copying_total must be the sum of the lines")
        if self.total != self.copying_total + self.postage:
            raise ValueError("total must be copying_total + postage")
        if self.postage and self.channel not in (None, Channel.POSTAL):
            raise ValueError("postage is payable only for information sent by post")
        return self

    def explain(self, lang: Lang = "vi") -> str:
        """A readable breakdown, each line with its rate, reduction and citation.

        >>> print(quote({"photocopy_bw_a4": 12}, area="difficult").explain("en"))
        Actual cost of printing, copying, photographing and sending information (Law 104/2016/QH13 on Access to Information, art. 12(2)); rates of regime ati-2016
        - black-and-white photocopy, A4: 12 × A4 page at 2,100 đồng = 25,200 đồng
            Circular 46/2018/TT-BTC appendix, line 1.1: 3,000 đồng per A4 page (Circular 46/2018/TT-BTC, art. 3(1.1)(a))
            70% — area with difficult socio-economic conditions (Circular 46/2018/TT-BTC, art. 3(1.1)(b))
        Printing and copying: 25,200 đồng
        Sending: 0 đồng
        Total: 25,200 đồng
        Interpretations applied:
        - the 70% and 50% rates are taken of the rate per unit, then multiplied by the quantity [reduction_on_unit_rate]
        """
        vi = check_lang(lang) == "vi"
        title = (
            "Chi phí thực tế để in, sao, chụp, gửi thông tin"
            if vi
            else "Actual cost of printing, copying, photographing and sending information"
        )
        when = (
            (f"; mức thu tại ngày {self.as_of:%d/%m/%Y}" if vi else f" as of {self.as_of}")
            if self.as_of
            else ""
        )
        regime = f"chế độ {self.regime}" if vi else f"rates of regime {self.regime}"
        out = [f"{title} ({ACTUAL_COSTS.label_in(lang)}); {regime}{when}"]
        if not self.lines:
            out.append("- (không in, sao, chụp)" if vi else "- (no printing or copying)")
        for line in self.lines:
            out.append("- " + line.explain(lang))
        out.append(
            f"{'In, sao, chụp' if vi else 'Printing and copying'}: "
            f"{_money(self.copying_total, lang)}"
        )
        out.append(self._sending(lang))
        out.append(f"{'Tổng cộng' if vi else 'Total'}: {_money(self.total, lang)}")
        if self.interpretations:
            out.append("Cách hiểu đã áp dụng:" if vi else "Interpretations applied:")
            out.extend(f"- {i.label(lang)} [{i.value}]" for i in self.interpretations)
        return "\n".join(out)

    def _sending(self, lang: Lang) -> str:
        vi = lang == "vi"
        text = f"{'Chi phí gửi' if vi else 'Sending'}: {_money(self.postage, lang)}"
        if self.channel in (Channel.ELECTRONIC, Channel.FAX):
            text += (
                f" ({self.channel.label(lang).lower()}: "
                f"{NO_SENDING_COST_ELECTRONIC_FAX.label_in(lang)})"
            )
        elif self.postage:
            text += (
                f" ({'giá cước bưu chính do cơ quan xác định' if vi else 'postal tariff, as given'}"
                f"; {POSTAL_SENDING_COST.label_in(lang)})"
            )
        return text


def quote(
    items: Mapping[FeeItem | str, int],
    *,
    area: Area | str = Area.ORDINARY,
    postage: int = 0,
    channel: Channel | str | None = None,
    as_of: date | None = None,
    regime: str | Regime | None = None,
) -> FeeQuote:
    """Price ``items`` (item → whole-number quantity) for an agency in ``area``.

    * Each item is priced at the appendix rate (art. 3(1.1)(a)) times its format multiple,
      reduced to 70% or 50% per unit in difficult areas (art. 3(1.1)(b)); lines come in the
      appendix's order and an item with quantity 0 gives no line.
    * ``postage`` is the postal sending cost in đồng, which the agency takes from the tariff of
      Circular 22/2017/TT-BTTTT (art. 3(1.2)): passed through as given, never reduced.
    * ``channel`` is how the information is delivered. Electronic or fax delivery costs
      nothing to send (art. 3(2)) and delivery at the office sends nothing, so postage > 0 with
      any channel but ``"postal"`` raises ``postage-not-payable``. ``None``: not stated.
    * ``as_of`` and ``regime``: see :func:`rate_table`; the quote records both.
    """
    the_area = Area.coerce(area, field="area")
    the_channel = None if channel is None else Channel.coerce(channel, field="channel")
    the_postage = _check_postage(postage, the_channel)
    checked = _check_as_of(as_of)
    the_regime = _resolve(checked, regime)
    table = _table(the_regime, checked)
    lines = tuple(_line(item, qty, the_area, table) for item, qty in _check_items(items) if qty > 0)
    copying = sum(line.amount for line in lines)
    used: set[FeeInterpretation] = {i for line in lines for i in line.interpretations}
    if the_postage:
        used |= {FeeInterpretation.POSTAGE_AS_GIVEN, FeeInterpretation.POSTAGE_ONLY_BY_POST}
    return FeeQuote(
        regime=the_regime.id,
        as_of=checked,
        area=the_area,
        channel=the_channel,
        lines=lines,
        copying_total=copying,
        postage=the_postage,
        total=copying + the_postage,
        citations=_quote_citations(lines, the_postage, the_channel),
        interpretations=tuple(i for i in FeeInterpretation if i in used),
    )


def _line(item: FeeItem, quantity: int, area: Area, table: RateTable) -> FeeLine:
    appendix = table.line(item.appendix_line)
    multiplier = table.multiplier(item)
    list_rate = appendix.rate * multiplier
    rate = _reduce(list_rate, area)
    used: list[FeeInterpretation] = []
    if area is not Area.ORDINARY:
        used.append(REDUCTION_BASIS)
        if list_rate * area.percent % 100:
            used.append(REDUCTION_ROUNDING)
    if item.paper not in (None, PaperFormat.A4) and item.appendix_line == "1.2":
        used.append(FeeInterpretation.COLOUR_FORMATS_MULTIPLIED)
    if not appendix.materials_included:
        used.append(FeeInterpretation.MEDIA_NOT_PRICED)
    return FeeLine(
        item=item,
        quantity=quantity,
        unit=item.unit,
        appendix_line=appendix.number,
        appendix_rate=appendix.rate,
        format_multiplier=multiplier,
        list_rate=list_rate,
        area=area,
        percent=area.percent,
        unit_rate=rate,
        reduction=(list_rate - rate) * quantity,
        amount=rate * quantity,
        citation=appendix.citation,
        reduction_citation=None if area is Area.ORDINARY else AREA_REDUCTION,
        interpretations=tuple(used),
    )


def _quote_citations(
    lines: tuple[FeeLine, ...], postage: int, channel: Channel | None
) -> tuple[Citation, ...]:
    cited = [NO_FEE, ACTUAL_COSTS, APPENDIX_RATES]
    if any(line.reduction_citation is not None for line in lines):
        cited.append(AREA_REDUCTION)
    if postage:
        cited.append(POSTAL_SENDING_COST)
    if channel in (Channel.ELECTRONIC, Channel.FAX):
        cited.append(NO_SENDING_COST_ELECTRONIC_FAX)
    return tuple(cited)


# -- input checks -----------------------------------------------------------------------------


def _check_items(items: object) -> list[tuple[FeeItem, int]]:
    """Items in the appendix's order, each with its checked quantity."""
    if not isinstance(items, Mapping):
        raise InvalidInputError(
            "invalid-items",
            "Danh mục phải là ánh xạ từ mục chi phí sang số lượng",
            "items must map each fee item to a quantity",
            detail=f"items={items!r}",
        )
    checked: dict[FeeItem, int] = {}
    for key, quantity in items.items():
        item = FeeItem.coerce(key, field="item")
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 0:
            raise InvalidInputError(
                "invalid-quantity",
                "Số lượng phải là số nguyên không âm",
                "quantity must be a whole number ≥ 0",
                detail=f"item {item.value}: {quantity!r}",
            )
        checked[item] = quantity
    return [(item, checked[item]) for item in FeeItem if item in checked]


def _check_postage(postage: object, channel: Channel | None) -> int:
    if not isinstance(postage, int) or isinstance(postage, bool) or postage < 0:
        raise InvalidInputError(
            "invalid-postage",
            "Chi phí gửi phải là số đồng nguyên không âm",
            "postage must be a whole number of đồng ≥ 0",
            detail=f"postage={postage!r}",
        )
    if postage and channel is not None and channel is not Channel.POSTAL:
        raise InvalidInputError(
            "postage-not-payable",
            "Người yêu cầu không phải trả chi phí gửi khi thông tin không gửi qua dịch vụ "
            "bưu chính (Điều 3 khoản 2 Thông tư 46/2018/TT-BTC)",
            "no sending cost is payable unless the information is sent by post "
            "(Circular 46/2018/TT-BTC, art. 3(2))",
            detail=f"postage={postage} with channel {channel.value}",
        )
    return postage


def _check_as_of(as_of: object) -> date | None:
    if as_of is None or (isinstance(as_of, date) and not isinstance(as_of, datetime)):
        return as_of
    raise InvalidInputError(
        "invalid-date",
        "Ngày không hợp lệ",
        "not a date (a datetime.date, without time of day)",
        detail=f"as_of={as_of!r}",
    )


def _resolve(as_of: date | None, regime: str | Regime | None) -> Regime:
    if as_of is not None:
        return resolve_regime(as_of, regime)
    if regime is None:
        return DEFAULT_REGIME
    # An explicit regime without a date: resolve_regime still checks that it exists and is
    # encoded; date.max passes its "already in force" check, which has no date to test here.
    return resolve_regime(date.max, regime)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _money(amount: int, lang: Lang) -> str:
    digits = f"{amount:,}"
    return f"{digits.replace(',', '.')} đồng" if lang == "vi" else f"{digits} đồng"


# -- the notice: form 03 ----------------------------------------------------------------------

_Name = Annotated[str, Field(min_length=1, max_length=500)]


class PaymentMethod(FrozenModel):
    """Phương thức thanh toán, as Circular 46 art. 4(1)(a) asks form 03 to state it.

    ``revenue_agency`` is "Tên cơ quan quản lý thu" (the tax authority) and ``treasury``
    "Tên cơ quan kho bạc nhà nước tiếp nhận khoản thu ngân sách". The money is booked to the
    providing agency's Chương, mục 4900, tiểu mục 4949 (art. 4(2)).
    """

    revenue_agency: _Name
    treasury: _Name
    budget_chapter: _Name | None = None
    budget_section: Literal["4900"] = "4900"
    budget_subsection: Literal["4949"] = "4949"


class FeeNotice(FrozenModel):
    """The cost part of form 03 (Phiếu giải quyết yêu cầu cung cấp thông tin).

    Law art. 27 requires the agency to notify the time limit, place and form of provision, the
    actual cost and the method and deadline of payment. This model holds the fee-related
    entries and the provision entries agency software fills from its own records (the time
    limit from ``tiepcan.deadlines``). The requester pays ``amount_due`` in full before the
    information is provided (Decree 13 art. 13(2); Circular 46 art. 4(1)(b)); not paying is a
    ground for refusal (Law art. 28(1)(e)).
    """

    form: Literal["03"] = "03"
    agency: _Name
    requester: _Name
    issued_on: date
    quote: FeeQuote
    amount_due: NonNegativeInt
    payment_method: PaymentMethod | None = None
    payment_deadline: date | None = None
    provision_due: date | None = None
    provision_place: _Name | None = None
    provision_form: _Name | None = None
    citations: tuple[Citation, ...]

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.amount_due != self.quote.total:
            raise ValueError("amount_due must equal quote.total")
        if self.amount_due and (self.payment_method is None or self.payment_deadline is None):
            raise ValueError("a notice with a cost must state the payment method and deadline")
        if self.payment_deadline is not None and self.payment_deadline < self.issued_on:
            raise ValueError("the payment deadline cannot precede the notice")
        if (
            self.payment_deadline is not None
            and self.provision_due is not None
            and self.payment_deadline > self.provision_due
        ):
            raise ValueError("payment is due before provision (Decree 13 art. 13(2))")
        return self

    def explain(self, lang: Lang = "vi") -> str:
        """The notice's cost and payment entries, as text for form 03."""
        vi = check_lang(lang) == "vi"
        out = [self.quote.explain(lang)]
        if self.payment_method is not None:
            pm = self.payment_method
            if vi:
                out.append(
                    f"Phương thức thanh toán: Tên cơ quan quản lý thu: {pm.revenue_agency}/"
                    f"Tên cơ quan kho bạc nhà nước tiếp nhận khoản thu ngân sách: {pm.treasury}"
                )
            else:
                out.append(
                    f"Payment method: revenue authority: {pm.revenue_agency}; "
                    f"State Treasury office receiving the payment: {pm.treasury}"
                )
        if self.payment_deadline is not None:
            label = "Thời hạn thanh toán" if vi else "Pay by"
            shown = f"{self.payment_deadline:%d/%m/%Y}" if vi else self.payment_deadline.isoformat()
            out.append(f"{label}: {shown} ({COST_NOTICE.label_in(lang)})")
        if self.amount_due:
            out.append(
                (
                    "Chi phí phải được trả trước khi cung cấp thông tin và nộp vào ngân sách "
                    "nhà nước"
                    if vi
                    else "The cost is paid before the information is provided, into the state "
                    "budget"
                )
                + f" ({PAID_BEFORE_PROVISION.label_in(lang)}); "
                + (
                    "không thanh toán là căn cứ từ chối"
                    if vi
                    else "not paying it is a ground for refusal"
                )
                + f" ({UNPAID_COSTS_REFUSAL.label_in(lang)})."
            )
        return "\n".join(out)


def fee_notice(
    fee_quote: FeeQuote,
    *,
    agency: str,
    requester: str,
    issued_on: date,
    payment_method: PaymentMethod | Mapping[str, Any] | None = None,
    payment_deadline: date | None = None,
    provision_due: date | None = None,
    provision_place: str | None = None,
    provision_form: str | None = None,
) -> FeeNotice:
    """Build the cost part of form 03 from a quote.

    When the quote costs anything, the payment method and deadline are required (Law art. 27;
    Circular 46 art. 4(1)(a)). The payment deadline is the agency's to set (no text fixes a
    number of days), not before ``issued_on`` and not after ``provision_due``, since payment
    comes before provision (Decree 13 art. 13(2)).

    >>> n = fee_notice(quote({"photocopy_bw_a4": 10}), agency="Sở Tư pháp tỉnh X",
    ...                requester="Nguyễn Văn A", issued_on=date(2024, 2, 8),
    ...                payment_method={"revenue_agency": "Cục Thuế tỉnh X",
    ...                                "treasury": "Kho bạc Nhà nước tỉnh X"},
    ...                payment_deadline=date(2024, 2, 15))
    >>> n.amount_due
    30000
    """
    if not isinstance(fee_quote, FeeQuote):
        raise InvalidInputError(
            "invalid-quote",
            "Cần một bảng tính chi phí (FeeQuote)",
            "a FeeQuote is required",
            detail=f"{type(fee_quote).__name__}",
        )
    for name, value in (
        ("issued_on", issued_on),
        ("payment_deadline", payment_deadline),
        ("provision_due", provision_due),
    ):
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            raise InvalidInputError(
                "invalid-date", "Ngày không hợp lệ", "not a date", detail=f"{name}={value!r}"
            )
    if fee_quote.total and (payment_method is None or payment_deadline is None):
        raise InvalidInputError(
            "payment-terms-missing",
            "Phải nêu phương thức và thời hạn thanh toán (Điều 27 Luật Tiếp cận thông tin)",
            "the payment method and deadline must be stated (Law art. 27)",
            detail=f"amount due {fee_quote.total}",
        )
    if payment_deadline is not None and payment_deadline < issued_on:
        raise InvalidInputError(
            "payment-deadline-before-notice",
            "Thời hạn thanh toán không thể trước ngày lập phiếu",
            "the payment deadline cannot precede the notice",
            detail=f"{payment_deadline} < {issued_on}",
        )
    if payment_deadline and provision_due and payment_deadline > provision_due:
        raise InvalidInputError(
            "payment-after-provision",
            "Chi phí phải được trả trước khi cung cấp thông tin (Điều 13 khoản 2 Nghị định "
            "13/2018/NĐ-CP)",
            "the cost is paid before the information is provided (Decree 13/2018 art. 13(2))",
            detail=f"payment deadline {payment_deadline} after provision due {provision_due}",
        )
    try:
        return FeeNotice(
            agency=agency,
            requester=requester,
            issued_on=issued_on,
            quote=fee_quote,
            amount_due=fee_quote.total,
            payment_method=_payment_method(payment_method),
            payment_deadline=payment_deadline,
            provision_due=provision_due,
            provision_place=provision_place,
            provision_form=provision_form,
            citations=(
                COST_NOTICE,
                FORM_03,
                COST_COMPUTATION,
                PAYMENT_PER_FORM_03,
                PAID_BEFORE_PROVISION,
                BUDGET_ACCOUNTING,
                UNPAID_COSTS_REFUSAL,
            ),
        )
    except ValidationError as exc:
        raise from_validation_error(exc, what="fee notice") from None


def _payment_method(value: object) -> PaymentMethod | None:
    if value is None or isinstance(value, PaymentMethod):
        return value
    if isinstance(value, Mapping):
        return validate_input(PaymentMethod, dict(value), what="payment method")
    raise InvalidInputError(
        "invalid-payment-method",
        "Phương thức thanh toán không hợp lệ",
        "payment method must be a PaymentMethod or a mapping of its fields",
        detail=f"{value!r}",
    )
