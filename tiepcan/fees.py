"""Chi phí tiếp cận thông tin — the actual costs a requester pays.

Implements Law 104/2016/QH13 art. 12 (information is free; the requester pays the actual cost
of printing, copying, photographing and sending it), art. 27 (the agency tells the requester
that cost and how and by when to pay it) and art. 28(1)(e) (non-payment is a refusal ground);
Decree 13/2018/NĐ-CP art. 13(2) (paid before provision, into the state budget); and Circular
46/2018/TT-BTC arts. 3 and 4: the rates of its appendix (phụ lục), the 70% and 50% rates for
agencies in difficult and especially difficult areas, the postal sending cost, no sending cost
for electronic or fax delivery, and the payment notice on Decree 13's form 03.

Law 01/2026/QH16 (from 2026-09-01) keeps the rule in its art. 25: 25(1) no fee or charge
unless the relevant law says otherwise; 25(2) the requester pays the actual costs of printing,
copying, photographing and sending, **except a request under art. 23(1)(a) or (c)**
(information due to be disclosed but not yet disclosed; disclosed but out of the requester's
reach by force majeure), which costs nothing; not paying is a refusal ground (art. 27(6)). The
Minister of Finance, who is to detail art. 25(2), has issued nothing yet: the 2026 ruleset
measures the actual costs by Circular 46/2018's rates under the named, contested reading
``circular46-measures-actual-costs``, which every 2026 quote records; an agency can supply
its own cost table as a ruleset (docs/fees.md). Art. 24(1) knows no fax.

The order follows the texts: the base rule (art. 12(1): no fee), the appendix rates (art.
3(1.1)(a)), the area reductions (art. 3(1.1)(b)), the sending cost (art. 3(1.2)) and its
exception (art. 3(2)), then the notice and payment (Law art. 27; Circular art. 4).

Rates and citations are read from the ruleset that governs the request: ``quote`` resolves it
once from ``received`` (the day the request was received) and ``sent`` (the day it was sent,
when known) through :func:`tiepcan.foundation.regimes.choose_ruleset`, and builds its rate table from the
ruleset's ``fees.toml``. Nothing applies a regime without a date: with ``received=None`` the
caller names the regime (``regime="ati-2016"``). Every question the texts leave open is an entry of
the interpretations registry (``data/ati-2016/interpretations/fees.toml``), recorded by id on
each line and quote that relies on it; ``docs/fees.md`` gives each next to the Vietnamese text.

A black-and-white A4 photocopy costs 3,000 đồng (appendix line 1.1); an agency in a difficult
area charges 70% of it, 2,100 đồng:

>>> from datetime import date
>>> FeeItem.PHOTOCOPY_BW_A4.rate_on(date(2024, 2, 7))
3000
>>> q = quote({FeeItem.PHOTOCOPY_BW_A4: 12}, area=Area.DIFFICULT, received=date(2024, 2, 7))
>>> q.lines[0].unit_rate, q.total            # 3,000 × 70% = 2,100; × 12 = 25,200
(2100, 25200)
>>> q.lines[0].reduction_citation.label
'Điều 3 khoản 1.1 điểm b Thông tư 46/2018/TT-BTC'
>>> q.interpretations
('reduction-on-unit-rate',)

Larger photocopies are multiples of the A4 rate (the appendix note: A3 = 2×, A0 = 16×):

>>> quote({"photocopy_bw_a0": 1}, received=date(2024, 2, 7)).total
48000

Postage is passed through as given and never reduced (art. 3(1.2)); electronic and fax
delivery carry no sending cost (art. 3(2)), so postage with them is refused:

>>> quote({"audio_copy_minute": 3}, area="especially_difficult", postage=27500,
...       channel="postal", received=date(2024, 2, 7)).total    # 27,000 × 50% × 3 + 27,500
68000
>>> quote({"photocopy_bw_a4": 1}, postage=5000, channel="fax", received=date(2024, 2, 7))
Traceback (most recent call last):
tiepcan.foundation.errors.InvalidInputError: [postage-not-payable] ...
>>> quote({"photocopy_bw_a4": -2}, received=date(2024, 2, 7))
Traceback (most recent call last):
tiepcan.foundation.errors.InvalidInputError: [invalid-quantity] Số lượng phải là số nguyên không âm / quantity must be a whole number ≥ 0 (item photocopy_bw_a4: -2)

Rates are dated, and a date (or an explicit regime) is required:

>>> quote({"photocopy_bw_a4": 1})
Traceback (most recent call last):
tiepcan.foundation.errors.InvalidInputError: [missing-governing-date] ...

From 2026-09-01 Law 01/2026/QH16 governs: the same rates, its own citations, the reading
recorded; a request under art. 23(1)(c) costs nothing (art. 25(2), second paragraph), and a
request sent before that day stays under Law 104/2016 (art. 31(4)):

>>> q = quote({"photocopy_bw_a4": 12}, received=date(2026, 9, 3))
>>> q.regime, q.total, q.citations[0].ref, q.interpretations
('ati-2026', 36000, '01/2026/QH16 art. 25(1)', ('circular46-measures-actual-costs',))
>>> free = quote({"photocopy_bw_a4": 12}, received=date(2026, 9, 3),
...              published_exception="force_majeure")
>>> free.total, free.waived, [c.ref for c in free.cost_free_basis]
(0, 36000, ['01/2026/QH16 art. 25(2)', '01/2026/QH16 art. 23(1)(c)'])
>>> old = quote({"photocopy_bw_a4": 12}, received=date(2026, 9, 3), sent=date(2026, 8, 28))
>>> old.regime, old.chosen_by.value, old.citations[-1].ref
('ati-2016', 'transition', '01/2026/QH16 art. 31(4)')
>>> quote({"photocopy_bw_a4": 1}, channel="fax", received=date(2026, 9, 3))
Traceback (most recent call last):
tiepcan.foundation.errors.InvalidInputError: [channel-not-in-law] ...
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Annotated, Any, Final

from annotated_types import Ge, Gt

from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import (
    BilingualStrEnum,
    JsonEnum,
    Lang,
    Result,
    Text,
    as_day,
    check_lang,
    day_out_of_range,
    echo,
)
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError, RegimeNotEncodedError, TiepCanError
from tiepcan.foundation.regimes import (
    RegimeChoice,
    RegimeLike,
    Ruleset,
    day_of,
    require_engine,
    ruleset,
    ruleset_on,
)
from tiepcan.foundation.terms import Channel, PaymentMethod, checked_name

#: the sentences this module says (tiepcan/texts/fees.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.fees")

__all__ = [
    "MAX_DURATION",
    "PARTIAL_MINUTE_RULE",
    "PROVISIONS",
    "REDUCTION_BASIS",
    "REDUCTION_ROUNDING",
    "AppendixLine",
    "Area",
    "FeeItem",
    "FeeLine",
    "FeeNotice",
    "FeeQuote",
    "FeeUnit",
    "FormatMultiplier",
    "PaperFormat",
    "RateTable",
    "billable_minutes",
    "fee_notice",
    "quote",
    "rate_table",
    "unit_rate",
]

_NonNeg = Annotated[int, Ge(0)]
_Pos = Annotated[int, Gt(0)]

# -- the texts this module implements, by role ------------------------------------------------
# Each ruleset's fees.toml maps these roles to the units of law of its regime ([provision]).

#: The roles of the provisions a ruleset's ``fees.toml`` must cite, in the order of the law.
PROVISIONS: Final = (
    "no_fee",  # Law art. 12(1): no fee or charge for being provided information
    "actual_costs",  # Law art. 12(2): the requester pays the actual costs
    "appendix_rates",  # Circular 46 art. 3(1.1)(a): the appendix rates
    "area_reduction",  # Circular 46 art. 3(1.1)(b): 70% / 50% in difficult areas
    "postal_sending_cost",  # Circular 46 art. 3(1.2): the postal tariff
    "no_sending_cost_electronic_fax",  # Circular 46 art. 3(2)
    "cost_notice",  # Law art. 27: notice of cost and of the method and deadline of payment
    "unpaid_costs_refusal",  # Law art. 28(1)(e): not paying is a ground for refusal
    "paid_before_provision",  # Decree 13 art. 13(2): paid before provision, into the budget
    "form_03",  # Decree 13 art. 5(1)(c): form 03
    "cost_computation",  # Circular 46 art. 4(1)(a): the focal officer computes the cost
    "payment_per_form_03",  # Circular 46 art. 4(1)(b): paid in full per form 03
    "budget_accounting",  # Circular 46 art. 4(2): mục 4900, tiểu mục 4949
)

# -- the named interpretations (ids of the registry, data/<regime>/interpretations/fees.toml) -

#: The area reduction is applied to the rate per unit (the "mức thu" the Circular reduces).
REDUCTION_BASIS: Final = "reduction-on-unit-rate"
#: A reduced rate that is not whole đồng is rounded down. With today's rates none is: every
#: appendix rate is a multiple of 1,000 đồng, so 70% and 50% of it are exact.
REDUCTION_ROUNDING: Final = "reduced-rate-rounded-down"
#: Durations of audio and film are billed in whole minutes, a started minute counting as one.
PARTIAL_MINUTE_RULE: Final = "partial-minute-rounded-up"
COLOUR_FORMATS_MULTIPLIED: Final = "colour-formats-multiplied"
MEDIA_NOT_PRICED: Final = "media-not-priced"
POSTAGE_AS_GIVEN: Final = "postage-as-given"
POSTAGE_ONLY_BY_POST: Final = "postage-only-by-post"
#: Every fee interpretation this module applies, in the order of docs/fees.md.
INTERPRETATIONS: Final = (
    REDUCTION_BASIS,
    REDUCTION_ROUNDING,
    COLOUR_FORMATS_MULTIPLIED,
    "digitised-print-a4-only",  # applied by the item list itself: no A3–A0 print items
    PARTIAL_MINUTE_RULE,
    MEDIA_NOT_PRICED,
    POSTAGE_AS_GIVEN,
    POSTAGE_ONLY_BY_POST,
)


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
#: the unit of the appendix groups priced other than by the page
_GROUP_UNITS: Final = {
    "2": FeeUnit.PRINT,
    "3": FeeUnit.MINUTE_OF_AUDIO,
    "4": FeeUnit.MINUTE_OF_FILM,
}


class FeeItem(BilingualStrEnum):
    """One thing a requester may be charged for: a line of the appendix, in a paper format.

    ``appendix_line`` is the appendix's own number ("1.1"); ``paper`` is the format of a
    photocopy or print (None for photographs, audio and film). The rate and the materials
    flag come from the dated rate table of the governing ruleset (:func:`rate_table`).

    >>> FeeItem.PHOTOCOPY_COLOUR_A3.appendix_line, FeeItem.PHOTOCOPY_COLOUR_A3.paper
    ('1.2', <PaperFormat.A3: 'A3'>)
    >>> FeeItem.FILM_COPY_MINUTE.unit.label_vi
    'Phút chiếu'
    """

    appendix_line: str
    paper: PaperFormat | None
    __data_fields__ = ("appendix_line", "paper")

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
        None,
    )
    PHOTO_PRINT_MEDIUM = (
        "photo_print_medium",
        "In từ phim, ảnh gốc, cỡ từ 20×25 cm đến 20×30 cm",
        "print from original film or photograph, 20×25 cm to 20×30 cm",
        "2.2",
        None,
    )
    PHOTO_PRINT_LARGE = (
        "photo_print_large",
        "In từ phim, ảnh gốc, cỡ từ 25×35 cm đến 30×40 cm",
        "print from original film or photograph, 25×35 cm to 30×40 cm",
        "2.3",
        None,
    )
    # 3. In sao tài liệu ghi âm; 4. In sao phim điện ảnh (không bao gồm vật tư)
    AUDIO_COPY_MINUTE = (
        "audio_copy_minute",
        "In sao tài liệu ghi âm (không bao gồm vật tư)",
        "copy of an audio recording (medium not included)",
        "3",
        None,
    )
    FILM_COPY_MINUTE = (
        "film_copy_minute",
        "In sao phim điện ảnh (không bao gồm vật tư)",
        "copy of a cinema film (medium not included)",
        "4",
        None,
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
        """The unit the item is counted in: pages of its format, prints, or minutes."""
        if self.paper is not None:
            return _PAGE_UNITS[self.paper]
        return _GROUP_UNITS[self.appendix_line.split(".")[0]]

    def rate_on(self, on: date | None = None, *, regime: RegimeLike | None = None) -> int:
        """The full rate per unit in đồng in force on ``on`` (see :func:`rate_table`)."""
        return rate_table(on=on, regime=regime).list_rate(self)


class Area(BilingualStrEnum):
    """Where the providing agency is located (địa bàn), Circular 46 art. 3(1.1)(b).

    The areas are those of Appendix II to Decree 118/2015/NĐ-CP, or of the instrument that
    replaces it (Circular 46 art. 6(2)). tiepcan does not hold that list: the caller says
    which kind of area the agency is in. The citation of each area is the ruleset's
    (``rules.citation("area.difficult")``).

    >>> Area.DIFFICULT.percent, Area.ESPECIALLY_DIFFICULT.percent
    (70, 50)
    """

    percent: int
    __data_fields__ = ("percent",)

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


# -- the dated rate table ---------------------------------------------------------------------


def _dated_check(record: AppendixLine | FormatMultiplier, what: str) -> None:
    until = record.in_force_until
    if until is not None and until < record.in_force_from:
        raise InvalidInputError(
            "inconsistent-result",
            detail=f"in force until a day before it is in force from: {what}: {record.in_force_from} .. {until}",
        )


@dataclass(frozen=True, slots=True)
class AppendixLine(Result):
    """One priced line of the appendix of Circular 46/2018/TT-BTC, with its dates of effect.

    Both ends of the span are included: the line governs ``in_force_from <= day <=
    in_force_until`` (``None``: still in force).
    """

    number: str
    group: str
    group_vi: str
    work_vi: str
    label_en: str
    unit: FeeUnit
    rate: _Pos
    materials_included: bool
    in_force_from: date
    in_force_until: date | None
    citation: Citation
    #: the named reading the rate rests on (under Law 01/2026/QH16: Circular 46/2018's rates
    #: as the measure of the actual costs), None where the rate is the law's own
    interpretation: str | None = None

    def in_force_on(self, day: date) -> bool:
        """True if the line governs ``day`` (both ends of its span included)."""
        return _in_force(self, day)

    def _check(self) -> None:
        _positive(self.rate, f"line {self.number}: rate")
        _dated_check(self, f"line {self.number}")
        least = min(Area, key=lambda a: a.percent)
        if _reduce(self.rate, least) == 0:  # a reduced line must still cost something
            raise _inconsistent(
                f"line {self.number}: rate {self.rate} at {least.percent} % rounds to 0 đồng"
            )


@dataclass(frozen=True, slots=True)
class FormatMultiplier(Result):
    """One sentence of the note under the appendix: format ``paper`` costs ``multiplier`` × A4."""

    paper: PaperFormat
    multiplier: Annotated[int, Ge(2)]
    applies_to_group: str
    in_force_from: date
    in_force_until: date | None
    note_vi: str
    #: the named reading the multiple rests on, as for :class:`AppendixLine`
    interpretation: str | None = None

    def _check(self) -> None:
        if self.multiplier < 2:
            raise _inconsistent(f"format {self.paper}: multiplier {self.multiplier} < 2")
        _dated_check(self, f"format {self.paper}")


@dataclass(frozen=True, slots=True)
class RateTable(Result):
    """The appendix as in force on ``on`` under ``regime`` (``on`` None: the latest records).

    ``provisions`` maps each role of :data:`PROVISIONS` to the unit of law the regime cites
    for it. The methods take a member or its documented string value.
    """

    regime: str
    user_supplied: bool
    on: date | None
    lines: tuple[AppendixLine, ...]
    format_multipliers: tuple[FormatMultiplier, ...]
    provisions: tuple[tuple[str, Citation], ...]

    def line(self, number: str) -> AppendixLine:
        """The appendix line numbered ``number`` ("1.1")."""
        for line in self.lines:
            if line.number == number:
                return line
        raise InvalidInputError(
            "rate-not-found", detail=f"line {echo(number)}, regime {self.regime}, on {self.on}"
        )

    def multiplier(self, item: FeeItem | str) -> int:
        """How many A4 rates ``item`` costs: 1 for A4 and for items without a paper format."""
        the_item = _fee_item(item)
        if the_item.paper in (None, PaperFormat.A4):
            return 1
        group = self.line(the_item.appendix_line).group
        for m in self.format_multipliers:
            if m.paper == the_item.paper and m.applies_to_group == group:
                return m.multiplier
        raise InvalidInputError(
            "rate-not-found",
            detail=f"no rate for this paper format: {the_item.value}: format {the_item.paper}, regime {self.regime}",
        )

    def list_rate(self, item: FeeItem | str) -> int:
        """The full rate per unit of ``item`` in đồng: the appendix rate × the format multiple."""
        the_item = _fee_item(item)
        return self.line(the_item.appendix_line).rate * self.multiplier(the_item)

    def provision(self, role: str) -> Citation:
        """The unit of law the regime cites for ``role`` (one of :data:`PROVISIONS`)."""
        for name, citation in self.provisions:
            if name == role:
                return citation
        raise InvalidInputError(
            "unknown-rule",
            detail=f"{self.regime}: fee provision {echo(role)}; known: {', '.join(PROVISIONS)}",
        )

    def _check(self) -> None:
        numbers = [line.number for line in self.lines]
        papers = [m.paper for m in self.format_multipliers]
        if len(set(numbers)) != len(numbers) or len(set(papers)) != len(papers):
            raise _inconsistent("a line or a format appears twice")
        if self.on is not None:
            records: tuple[AppendixLine | FormatMultiplier, ...] = (
                *self.lines,
                *self.format_multipliers,
            )
            stale = [r for r in records if not _in_force(r, self.on)]
            if stale:
                raise _inconsistent(f"a record is not in force on {self.on}")
        if sorted(name for name, _ in self.provisions) != sorted(PROVISIONS):
            raise _inconsistent("provisions must name each role of PROVISIONS once")


@dataclass(frozen=True, slots=True)
class _FeeData:
    """A ruleset's fees.toml, read once (cached on the ruleset)."""

    lines: tuple[AppendixLine, ...]
    multipliers: tuple[FormatMultiplier, ...]
    provisions: tuple[tuple[str, Citation], ...]
    #: role -> the named reading its citation rests on (roles cited from another instrument)
    readings: dict[str, str]
    #: the cases of art. 23(1) whose requests cost nothing, each with the unit that says so
    #: (Law 01/2026/QH16 art. 25(2), second paragraph); none under Law 104/2016
    cost_free: dict[str, Citation]


#: The cases of art. 23(1) (Law 104/2016 and Law 01/2026/QH16 alike): points a, b and c, by
#: their values in :class:`tiepcan.rules.refusals.GroundException` (named here as text, so that
#: pricing a request does not import the rule modules and pydantic with them).
ART23_CASES: Final = ("not_yet_disclosed", "disclosure_period_expired", "force_majeure")


def _read(rules: Ruleset) -> _FeeData:
    raw = rules.data("fees.toml")
    try:
        lines = tuple(
            AppendixLine(
                number=r["number"],
                group=r["group"],
                group_vi=r["group_vi"],
                work_vi=r["work_vi"],
                label_en=r["label_en"],
                unit=FeeUnit(r["unit"]),
                rate=r["rate"],
                materials_included=r["materials_included"],
                in_force_from=r["in_force_from"],
                in_force_until=r.get("in_force_until"),
                citation=Citation.parse(r["citation"]),
                interpretation=r.get("interpretation"),
            )
            for r in raw.get("line", ())
        )
        multipliers = tuple(
            FormatMultiplier(
                paper=PaperFormat(r["paper"]),
                multiplier=r["multiplier"],
                applies_to_group=r["applies_to_group"],
                in_force_from=r["in_force_from"],
                in_force_until=r.get("in_force_until"),
                note_vi=r["note_vi"],
                interpretation=r.get("interpretation"),
            )
            for r in raw.get("format_multiplier", ())
        )
        given = raw.get("provision", {})
        provisions = tuple((role, Citation.parse(given[role])) for role in PROVISIONS)
        readings = dict(raw.get("provision_interpretation", {}))
        cost_free = {
            _art23_case(r["case"], rules.id): Citation.parse(r["citation"])
            for r in raw.get("cost_free", ())
        }
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, TiepCanError):
            raise
        raise InvalidInputError("invalid-ruleset", detail=f"{rules.id}: {echo(str(exc))}") from None
    for record in (*lines, *multipliers):
        record._check()
    named = {line.interpretation for line in lines} | {m.interpretation for m in multipliers}
    _check_readings(rules, (named | set(readings.values())) - {None})
    return _FeeData(lines, multipliers, provisions, readings, cost_free)


def _art23_case(value: object, regime_id: str) -> str:
    """A [[cost_free]] case: a point of art. 23(1) by its GroundException value."""
    if value in ART23_CASES:
        return str(value)
    raise InvalidInputError(
        "invalid-ruleset",
        detail=f"{regime_id}: fees.toml [[cost_free]] case={echo(value)}: not a case of art. "
        f"23(1) ({', '.join(ART23_CASES)})",
    )


def _check_readings(rules: Ruleset, named: set[str | None]) -> None:
    """Every reading the fee data names is declared in the ruleset's interpretations."""
    from tiepcan.foundation.interpretations import interpretations

    unknown = sorted(str(i) for i in named - set(interpretations(rules)))
    if unknown:
        raise InvalidInputError(
            "invalid-ruleset",
            detail=f"{rules.id}: fees.toml names readings its interpretations do not declare: "
            f"{', '.join(unknown)}",
        )


def _in_force(record: AppendixLine | FormatMultiplier, day: date) -> bool:
    until = record.in_force_until
    return record.in_force_from <= day and (until is None or day <= until)


def _in_force_records(records: Iterable[Any], on: date | None, key: str) -> tuple[Any, ...]:
    """The records in force ``on`` (all of them if None), a later one replacing an earlier."""
    chosen: dict[str, Any] = {}
    for r in sorted(records, key=lambda r: r.in_force_from):
        if on is None or _in_force(r, on):
            chosen[getattr(r, key)] = r
    return tuple(chosen.values())


def _table(rules: Ruleset, on: date | None) -> RateTable:
    def build(rs: Ruleset) -> RateTable:
        data: _FeeData = rs.cached("fees", _read)
        lines = _in_force_records(data.lines, on, "number")
        if not lines:
            raise RegimeNotEncodedError(
                "rates-not-encoded", detail=f"regime {rs.id}, on {on}", regime=rs.id
            )
        return RateTable(
            regime=rs.id,
            user_supplied=rs.user_supplied,
            on=on,
            lines=lines,
            format_multipliers=_in_force_records(data.multipliers, on, "paper"),
            provisions=data.provisions,
        )

    table: RateTable = rules.cached(f"fees.table:{on}", build)
    return table


@dataclass(frozen=True, slots=True)
class _Governing:
    """The ruleset a fee question is answered under, and what chose it."""

    rules: Ruleset
    #: the governing day the rates are taken at (None: the caller named the regime, no date)
    day: date | None
    #: the day the request was sent, when given (Law 01/2026/QH16 art. 31(4))
    sent: date | None
    how: RegimeChoice
    #: the transitional provision that chose the regime (how is TRANSITION), else None
    cited: Citation | None


def _rules_for(
    on: object, regime: RegimeLike | None, *, name: str, sent: object = None
) -> _Governing:
    """Resolve the ruleset once: from the dates (:func:`~tiepcan.foundation.regimes.ruleset_on`, the one
    path from a request's dates to its rules), or from an explicit regime without one."""
    day = None if on is None else as_day(on, name, governing=True)
    sent_day = None if sent is None else day_of(sent, "sent")
    rules, how, cited = ruleset_on(day, regime, what=name, sent=sent_day)
    return _Governing(require_engine(rules, "fees"), day, sent_day, how, cited)


def rate_table(*, on: date | None = None, regime: RegimeLike | None = None) -> RateTable:
    """The appendix rates that govern ``on``.

    ``on`` is the governing day (for a quote, the day the request was received). It goes
    through :func:`~tiepcan.foundation.regimes.choose_ruleset`, so a date on or after 2026-09-01 gets
    the table of Law 01/2026/QH16 (Circular 46/2018's rates, under the reading
    ``circular46-measures-actual-costs``) unless ``regime=`` names another, and a date before
    2018-07-01 is refused. With ``on=None`` the caller must name ``regime``: the table is then
    that regime's, each line at its latest record, and no date is checked.

    >>> from datetime import date
    >>> rate_table(on=date(2024, 2, 7)).line("2.3").rate
    135000
    >>> rate_table(regime="ati-2016").list_rate("photocopy_bw_a3")
    6000
    """
    governing = _rules_for(on, regime, name="on")
    return _table(governing.rules, governing.day)


def unit_rate(
    item: FeeItem | str,
    area: Area | str = Area.ORDINARY,
    *,
    on: date | None = None,
    regime: RegimeLike | None = None,
) -> int:
    """The rate per unit of ``item`` charged by an agency in ``area``, in đồng.

    >>> from datetime import date
    >>> day = date(2024, 2, 7)
    >>> unit_rate("photocopy_colour_a4", "difficult", on=day), unit_rate("photocopy_colour_a4", "especially_difficult", on=day)
    (12600, 9000)
    """
    the_item = _fee_item(item)
    the_area = Area.coerce(area, field="area")
    return _reduce(rate_table(on=on, regime=regime).list_rate(the_item), the_area)


def _reduce(rate: int, area: Area) -> int:
    """Art. 3(1.1)(b) on one unit: ``rate × percent // 100`` (rounded down, REDUCTION_ROUNDING)."""
    return rate * area.percent // 100


#: The longest total duration :func:`billable_minutes` accepts: a year of recording (a copy
#: request for more is not a fee question, and the bound keeps the arithmetic finite).
MAX_DURATION: Final = timedelta(days=366)


def billable_minutes(*durations: timedelta) -> int:
    """Whole minutes to bill for audio or film copies of the given total duration.

    Items 3 and 4 of the appendix are priced per minute (phút nghe, phút chiếu). Under
    interpretation ``partial-minute-rounded-up`` a started minute counts as one, rounded once
    on the total, so a line of several recordings is charged at most one partial minute.

    >>> billable_minutes(timedelta(minutes=2, seconds=5), timedelta(seconds=50))
    3
    >>> billable_minutes(timedelta(minutes=3))
    3
    >>> billable_minutes(timedelta.max)
    Traceback (most recent call last):
    tiepcan.foundation.errors.InvalidInputError: [duration-too-long] ...
    """
    total = timedelta(0)
    for d in durations:
        if not isinstance(d, timedelta) or d < timedelta(0):
            raise InvalidInputError("invalid-duration", detail=echo(d))
        if d > MAX_DURATION or total > MAX_DURATION - d:
            raise InvalidInputError("duration-too-long", detail=f"{echo(d)} added to {total}")
        total += d
    minute = timedelta(minutes=1)
    return -(-total // minute)


# -- the quote --------------------------------------------------------------------------------


def _inconsistent(detail: str) -> InvalidInputError:
    return InvalidInputError("inconsistent-result", detail=detail)


def _positive(value: int, what: str, *, zero: bool = False) -> None:
    if value < 0 or (value == 0 and not zero):
        raise _inconsistent(f"{what} must be {'≥ 0' if zero else '> 0'}, got {value}")


@dataclass(frozen=True, slots=True)
class FeeLine(Result):
    """One line of a quote: the item, how many, at what rate, less what reduction.

    ``list_rate`` is the appendix rate per unit (× the format multiple); ``unit_rate`` is what
    the agency's area charges per unit; ``reduction`` is what the area takes off the line.
    ``interpretations`` lists the ids of the registry's interpretations the line relies on.
    """

    item: FeeItem
    quantity: _Pos
    unit: FeeUnit
    appendix_line: str
    appendix_rate: _Pos
    format_multiplier: _Pos
    list_rate: _Pos
    area: Area
    percent: int
    unit_rate: _Pos
    reduction: _NonNeg
    amount: _Pos
    citation: Citation
    reduction_citation: Citation | None = None
    interpretations: tuple[str, ...] = ()

    def _check(self) -> None:
        for name in ("quantity", "appendix_rate", "format_multiplier", "list_rate", "unit_rate"):
            _positive(getattr(self, name), name)
        _positive(self.amount, "amount")
        _positive(self.reduction, "reduction", zero=True)
        if self.unit is not self.item.unit or self.appendix_line != self.item.appendix_line:
            raise _inconsistent(f"{self.item.value}: unit or appendix line is not the item's")
        if self.percent != self.area.percent:
            raise _inconsistent(f"percent {self.percent} is not that of area {self.area.value}")
        if self.list_rate != self.appendix_rate * self.format_multiplier:
            raise _inconsistent("list_rate must be appendix_rate × format_multiplier")
        if self.unit_rate != _reduce(self.list_rate, self.area):
            raise _inconsistent("unit_rate must be list_rate × percent // 100")
        if self.amount != self.unit_rate * self.quantity:
            raise _inconsistent("amount must be unit_rate × quantity")
        if self.reduction != (self.list_rate - self.unit_rate) * self.quantity:
            raise _inconsistent("reduction must be (list_rate − unit_rate) × quantity")
        if (self.reduction_citation is None) != (self.area is Area.ORDINARY):
            raise _inconsistent("a reduced line, and only a reduced line, cites the reduction")

    def explain(self, lang: Lang = "vi") -> str:
        """One entry of the breakdown: quantity × rate = amount, then where the rate is from."""
        check_lang(lang)
        unit = Text(_lower_first(self.unit.label_vi), self.unit.label_en)
        head = say(
            TEXTS,
            "line.amount",
            item=self.item.text,
            quantity=self.quantity,
            unit=unit,
            rate=_money_text(self.unit_rate),
            amount=_money_text(self.amount),
        )
        circular = self.citation.instrument == "46/2018/TT-BTC"
        table = say(TEXTS, "line.table.circular46" if circular else "line.table.other")
        per = say(TEXTS, "line.per_a4_page") if self.unit.value.startswith("page") else unit
        basis = say(
            TEXTS,
            "line.rate.format" if self.format_multiplier > 1 else "line.rate",
            table=table,
            line=self.appendix_line,
            rate=_money_text(self.appendix_rate),
            per=per,
            paper=self.item.paper,
            multiplier=self.format_multiplier,
        )
        lines = [head.in_(lang), f"    {basis.in_(lang)} ({self.citation.label_in(lang)})"]
        if self.reduction_citation is not None:
            lines.append(
                f"    {self.percent}% — {self.area.label(lang)} "
                f"({self.reduction_citation.label_in(lang)})"
            )
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class FeeQuote(Result):
    """What a requester pays: the printing and copying lines, the postage, the total.

    ``regime`` is the id of the ruleset whose rates were applied (``user_supplied`` if it was
    loaded from a user's directory), ``received`` the governing date they were taken at (None:
    no date was checked, the caller named the regime). ``copying_total`` is the cost of
    printing, copying and photographing (art. 3(1.1)); ``postage`` the sending cost (art.
    3(1.2)); ``total`` their sum, in đồng. ``postage_not_given`` says the information goes by
    post but no postage was stated, so the total lacks it.
    """

    regime: str
    user_supplied: bool
    received: date | None
    area: Area
    channel: Channel | None
    lines: tuple[FeeLine, ...]
    copying_total: _NonNeg
    postage: _NonNeg
    postage_not_given: bool
    total: _NonNeg
    citations: tuple[Citation, ...]
    interpretations: tuple[str, ...] = ()
    #: the day the request was sent ("được gửi"), when given (Law 01/2026/QH16 art. 31(4))
    sent: date | None = None
    #: which rule chose the regime: the law in force on the day received, a transitional
    #: provision (a request sent before the new law took effect), or the caller
    chosen_by: RegimeChoice = RegimeChoice.IN_FORCE
    #: the case of art. 23(1) the caller said the request falls under (as given)
    published_exception: Annotated[str, JsonEnum(lambda: ART23_CASES)] | None = None
    #: the law waives the whole cost (Law 01/2026/QH16 art. 25(2), second paragraph)
    cost_free: bool = False
    #: the actual cost of the lines and the postage that the requester does not pay
    waived: _NonNeg = 0
    #: the units that waive it: the clause of the waiver, then the point of art. 23(1)
    cost_free_basis: tuple[Citation, ...] = ()

    def _check(self) -> None:
        for line in self.lines:
            line._check()
        items = [line.item for line in self.lines]
        if len(set(items)) != len(items):
            raise _inconsistent("an item appears on more than one line")
        if any(line.area is not self.area for line in self.lines):
            raise _inconsistent("every line must be priced for the quote's area")
        for name in ("copying_total", "postage", "total"):
            _positive(getattr(self, name), name, zero=True)
        if self.copying_total != sum(line.amount for line in self.lines):
            raise _inconsistent("copying_total must be the sum of the lines")
        self._check_waiver()
        if self.total != self.copying_total + self.postage - self.waived:
            raise _inconsistent("total must be copying_total + postage")
        if self.postage and self.channel not in (None, Channel.POSTAL):
            raise _inconsistent("postage is payable only for information sent by post")
        if self.postage_not_given and (self.postage or self.channel is not Channel.POSTAL):
            raise _inconsistent("postage_not_given: postal delivery with no postage stated")
        declared = {i for line in self.lines for i in line.interpretations}
        if self.postage:
            declared |= {POSTAGE_AS_GIVEN, POSTAGE_ONLY_BY_POST}
        # the fee readings are exactly the lines' and the postage's; a ruleset's readings of
        # the texts it cites (circular46-measures-actual-costs …) may come on top
        ours = set(INTERPRETATIONS)
        given = set(self.interpretations)
        if given & ours != declared & ours or not declared <= given:
            raise _inconsistent("interpretations must be those of the lines and the postage")
        if len(given) != len(self.interpretations):
            raise _inconsistent("an interpretation is listed twice")
        if (self.sent is not None and self.received is not None and self.sent > self.received) or (
            self.chosen_by is RegimeChoice.TRANSITION and self.sent is None
        ):
            raise _inconsistent(f"sent {self.sent}, received {self.received}, {self.chosen_by}")
        priced_by = {c for line in self.lines for c in (line.citation, line.reduction_citation)}
        if not priced_by - {None} <= set(self.citations):
            raise _inconsistent("citations must include each line's rate and reduction")

    def _check_waiver(self) -> None:
        if self.cost_free != bool(self.cost_free_basis) or (
            self.cost_free and self.published_exception is None
        ):
            raise _inconsistent("a cost-free quote, and only one, names its basis and its case")
        if self.published_exception not in (None, *ART23_CASES):
            raise _inconsistent(f"not a case of art. 23(1): {echo(self.published_exception)}")
        if not set(self.cost_free_basis) <= set(self.citations):
            raise _inconsistent("citations must include the basis of the waiver")
        due = self.copying_total + self.postage
        if self.waived != (due if self.cost_free else 0):
            raise _inconsistent("waived must be the whole cost of a cost-free quote, else 0")

    def explain(self, lang: Lang = "vi") -> str:
        """A readable breakdown, each line with its rate, reduction and citation.

        >>> from datetime import date
        >>> q = quote({"photocopy_bw_a4": 12}, area="difficult", received=date(2024, 2, 7))
        >>> print(q.explain("en"))
        Actual cost of printing, copying, photographing and sending information (Law 104/2016/QH13 on Access to Information, art. 12(2)); rates of regime ati-2016 as of 2024-02-07
        - black-and-white photocopy, A4: 12 × A4 page at 2,100 đồng = 25,200 đồng
            Circular 46/2018/TT-BTC appendix, line 1.1: 3,000 đồng per A4 page (Circular 46/2018/TT-BTC, art. 3(1.1)(a))
            70% — area with difficult socio-economic conditions (Circular 46/2018/TT-BTC, art. 3(1.1)(b))
        Printing and copying: 25,200 đồng
        Sending: 0 đồng
        Total: 25,200 đồng
        Interpretations applied:
        - the 70% and 50% rates are taken of the rate per unit, then multiplied by the quantity [reduction-on-unit-rate]
        """
        check_lang(lang)
        title = say(TEXTS, "quote.title").in_(lang)
        regime: str | Text = self.regime
        if self.user_supplied:
            regime = say(TEXTS, "quote.user_supplied", regime=self.regime)
        if self.received:
            rates = say(TEXTS, "quote.regime.as_of", regime=regime, day=self.received)
        else:
            rates = say(TEXTS, "quote.regime", regime=regime)
        actual = _cited(self.citations, *_ACTUAL_COSTS_2016) or _cited(
            self.citations, *_ACTUAL_COSTS_2026
        )
        basis = f" ({actual.label_in(lang)})" if actual else ""
        out = [f"{title}{basis}; {rates.in_(lang)}"]
        transition = _cited(self.citations, *_TRANSITION_2026)
        if self.chosen_by is RegimeChoice.TRANSITION and self.sent is not None and transition:
            kept = say(TEXTS, "quote.transition", sent=self.sent, provision=_label(transition))
            out.append(kept.in_(lang))
        if not self.lines:
            out.append("- " + say(TEXTS, "quote.no_lines").in_(lang))
        for line in self.lines:
            out.append("- " + line.explain(lang))
        copying = say(TEXTS, "quote.copying_total", amount=_money_text(self.copying_total))
        out.append(copying.in_(lang))
        out.append(self._sending(lang))
        if self.cost_free:
            out.append(self._waiver(lang))
        out.append(say(TEXTS, "quote.total", amount=_money_text(self.total)).in_(lang))
        if self.interpretations:
            out.append(say(TEXTS, "interpretations.head").in_(lang))
            out.extend(f"- {self._choice(i, lang)} [{i}]" for i in self.interpretations)
        return "\n".join(out)

    def _waiver(self, lang: Lang) -> str:
        """Law 01/2026/QH16 art. 25(2), second paragraph: no cost for art. 23(1)(a) and (c)."""
        from tiepcan.rules.refusals import GroundException

        case = self.published_exception
        refs = Text(
            "; ".join(c.label_in("vi") for c in self.cost_free_basis),
            "; ".join(c.label_in("en") for c in self.cost_free_basis),
        )
        what = GroundException(case).text if case is not None else Text("", "")
        said = say(
            TEXTS,
            "quote.cost_free",
            basis=refs,
            case=Text(_lower_first(what.vi), what.en),
            waived=_money_text(self.waived),
        )
        return said.in_(lang)

    def _choice(self, interpretation_id: str, lang: Lang) -> str:
        from tiepcan.foundation.interpretations import interpretation

        try:
            choice = interpretation(interpretation_id, self.regime).choice.in_(lang)
        except TiepCanError:  # a regime no longer registered: the id alone
            return interpretation_id
        return choice if lang == "vi" else _lower_first(choice)

    def _sending(self, lang: Lang) -> str:
        text = say(TEXTS, "quote.sending", amount=_money_text(self.postage)).in_(lang)
        if self.channel in (Channel.ELECTRONIC, Channel.FAX):
            cited = _cited(self.citations, "46/2018/TT-BTC", 3, 2)
            ref = f": {cited.label_in(lang)}" if cited else ""
            text += f" ({self.channel.label(lang).lower()}{ref})"
        elif self.postage:
            cited = _cited(self.citations, "46/2018/TT-BTC", 3, 1, 2)
            ref = f"; {cited.label_in(lang)}" if cited else ""
            tariff = say(TEXTS, "quote.sending.postal_tariff").in_(lang)
            text += f" ({tariff}{ref})"
        elif self.postage_not_given:
            text += " — " + say(TEXTS, "quote.sending.postage_not_given").in_(lang)
        return text


#: the units explain() names by their place in the law (instrument, article, clause)
_ACTUAL_COSTS_2016: Final = ("104/2016/QH13", 12, 2)
_ACTUAL_COSTS_2026: Final = ("01/2026/QH16", 25, 2)
_TRANSITION_2026: Final = ("01/2026/QH16", 31, 4)


def _cited(
    citations: tuple[Citation, ...],
    instrument: str,
    article: int,
    clause: int,
    subclause: int | None = None,
) -> Citation | None:
    """The quote's citation of a given unit, if it cites one (explain reads the quote only)."""
    for c in citations:
        if (c.instrument, c.article, c.clause, c.subclause) == (
            instrument,
            article,
            clause,
            subclause,
        ) and c.point is None:
            return c
    return None


def quote(
    items: Mapping[FeeItem, int]
    | Mapping[str, int]
    | Mapping[FeeItem | str, int]
    | Iterable[tuple[FeeItem | str, int]],
    *,
    area: Area | str = Area.ORDINARY,
    postage: int | None = None,
    channel: Channel | str | None = None,
    received: date | None = None,
    regime: RegimeLike | None = None,
    sent: date | datetime | None = None,
    published_exception: str | None = None,
) -> FeeQuote:
    """Price ``items`` (item → whole-number quantity) for an agency in ``area``.

    * ``items`` is a mapping of item to quantity, or a sequence of ``(item, quantity)`` pairs;
      an item named twice in a sequence is refused (``duplicate-item``), never merged or
      overwritten.
    * Each item is priced at the appendix rate (art. 3(1.1)(a)) times its format multiple,
      reduced to 70% or 50% per unit in difficult areas (art. 3(1.1)(b)); lines come in the
      appendix's order and an item with quantity 0 gives no line.
    * ``postage`` is the postal sending cost in đồng, which the agency takes from the tariff of
      Circular 22/2017/TT-BTTTT (art. 3(1.2)): passed through as given, never reduced. For
      postal delivery with ``postage=None`` the quote says the postage was not given
      (``postage_not_given``, and a line in :meth:`FeeQuote.explain`) rather than charge 0.
    * ``channel`` is how the information is delivered. Electronic or fax delivery costs
      nothing to send (art. 3(2)) and delivery at the office sends nothing, so postage > 0 with
      any channel but ``"postal"`` raises ``postage-not-payable``. ``None``: not stated. Under
      Law 01/2026/QH16 fax is no way of providing information (art. 24(1)):
      ``channel="fax"`` raises ``channel-not-in-law``, as for a deadline.
    * ``received`` is the day the request was received and ``sent`` the day it was sent
      ("được gửi"), when known: they choose the ruleset, once, through
      :func:`~tiepcan.foundation.regimes.choose_ruleset` (a request sent before 2026-09-01 stays under Law
      104/2016, Law 01/2026/QH16 art. 31(4)); the rates are those in force on ``received``.
      Without ``received`` the caller passes ``regime=`` (else ``missing-governing-date``);
      the quote records the dates, the regime's id and what chose it (``chosen_by``).
    * ``published_exception`` is the case of art. 23(1) the request falls under, when it asks
      for information that must be disclosed: ``"not_yet_disclosed"`` (point a),
      ``"disclosure_period_expired"`` (point b) or ``"force_majeure"`` (point c), the values of
      :class:`~tiepcan.rules.refusals.GroundException` that
      :func:`~tiepcan.rules.refusals.published_information_exception` finds from a decision's
      facts. Under Law 01/2026/QH16 a request under point a or c costs nothing (art. 25(2),
      second paragraph): the quote keeps its lines, so the actual cost stays visible, and
      ``waived`` takes all of it off: ``total`` is 0, ``cost_free`` is True and
      ``cost_free_basis`` cites the waiver and the point. Law 104/2016 has no such waiver (its
      art. 12, Circular 46/2018 arts. 2–5): under it the case is recorded and changes nothing.
    """
    governing = _rules_for(received, regime, name="received", sent=sent)
    rules, day = governing.rules, governing.day
    the_area = Area.coerce(area, field="area")
    the_channel = None if channel is None else Channel.coerce(channel, field="channel")
    case = _published_exception(published_exception)
    if the_channel is not None:
        _check_channel(rules, the_channel)
    the_postage = _check_postage(postage, the_channel)
    table = _table(rules, day)
    data: _FeeData = rules.cached("fees", _read)
    lines = tuple(
        _line(item, qty, the_area, table, rules, data)
        for item, qty in _check_items(items)
        if qty > 0
    )
    copying = sum(line.amount for line in lines)
    waiver = data.cost_free.get(case) if case is not None else None
    basis = () if waiver is None else (waiver, rules.citation(f"ground_exception.{case}"))
    waived = copying + the_postage if basis else 0
    cited = _quote_citations(table, lines, the_postage, the_channel)
    if governing.cited is not None:
        cited = (*cited, governing.cited)
    return FeeQuote(
        regime=rules.id,
        user_supplied=rules.user_supplied,
        received=day,
        area=the_area,
        channel=the_channel,
        lines=lines,
        copying_total=copying,
        postage=the_postage,
        postage_not_given=postage is None and the_channel is Channel.POSTAL,
        total=copying + the_postage - waived,
        citations=tuple(dict.fromkeys((*cited, *basis))),
        interpretations=_quote_readings(data, lines, the_postage, the_channel),
        sent=governing.sent,
        chosen_by=governing.how,
        published_exception=case,
        cost_free=bool(basis),
        waived=waived,
        cost_free_basis=basis,
    )


def _published_exception(value: object) -> str | None:
    """The case of art. 23(1) a request falls under: one of its points a, b, c (or None).
    A :class:`~tiepcan.rules.refusals.GroundException` member is its text value."""
    if value is None:
        return None
    if isinstance(value, str) and value in ART23_CASES:
        return ART23_CASES[ART23_CASES.index(value)]
    raise InvalidInputError(
        "invalid-published-exception",
        detail=f"published_exception={echo(value)}; allowed: "
        f"{', '.join(ART23_CASES)} (the points a, b, c of art. 23(1))",
    )


def _check_channel(rules: Ruleset, channel: Channel) -> None:
    """The information is provided in a way the governing law knows (Law 01/2026/QH16 art.
    24(1): no fax). The ruleset's own rule function answers, the one that chooses its time
    limits (:data:`~tiepcan.foundation.regimes.RULE_FUNCTIONS`), so the list of channels is written once."""
    try:
        rules.function("response_limits")(channel, channel, "simple")
    except InvalidInputError as exc:
        if exc.code != "channel-not-in-law":
            raise
        raise InvalidInputError(
            "channel-not-in-law",
            detail=f"channel={channel.value} under {rules.id}: "
            f"{(exc.detail or '').partition(': ')[2]}",
        ) from None


def _quote_readings(
    data: _FeeData, lines: tuple[FeeLine, ...], postage: int, channel: Channel | None
) -> tuple[str, ...]:
    """The readings a quote rests on: those of the provisions it cites (the ruleset's reading
    of the texts it borrows first), then those of its lines and its postage, each once."""
    roles = ["no_fee", "actual_costs", "appendix_rates"]
    if any(line.reduction_citation is not None for line in lines):
        roles.append("area_reduction")
    if postage:
        roles.append("postal_sending_cost")
    if channel in (Channel.ELECTRONIC, Channel.FAX):
        roles.append("no_sending_cost_electronic_fax")
    used = [data.readings[r] for r in roles if r in data.readings]
    used += [i for line in lines for i in line.interpretations if i not in INTERPRETATIONS]
    fee = {i for line in lines for i in line.interpretations}
    if postage:
        fee |= {POSTAGE_AS_GIVEN, POSTAGE_ONLY_BY_POST}
    return tuple(dict.fromkeys((*used, *(i for i in INTERPRETATIONS if i in fee))))


def _line(
    item: FeeItem, quantity: int, area: Area, table: RateTable, rules: Ruleset, data: _FeeData
) -> FeeLine:
    appendix = table.line(item.appendix_line)
    multiplier = table.multiplier(item)
    list_rate = appendix.rate * multiplier
    rate = _reduce(list_rate, area)
    # the readings the ruleset's own data names first (its measure of the actual costs)
    used: list[str] = [] if appendix.interpretation is None else [appendix.interpretation]
    for m in table.format_multipliers:
        if m.paper == item.paper and m.applies_to_group == appendix.group and m.interpretation:
            used.append(m.interpretation)
    if area is not Area.ORDINARY:
        if "area_reduction" in data.readings:
            used.append(data.readings["area_reduction"])
        used.append(REDUCTION_BASIS)
        if list_rate * area.percent % 100:
            used.append(REDUCTION_ROUNDING)
    if item.paper not in (None, PaperFormat.A4) and item.appendix_line == "1.2":
        used.append(COLOUR_FORMATS_MULTIPLIED)
    if not appendix.materials_included:
        used.append(MEDIA_NOT_PRICED)
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
        reduction_citation=None if area is Area.ORDINARY else rules.citation(f"area.{area.value}"),
        interpretations=tuple(dict.fromkeys(used)),
    )


def _quote_citations(
    table: RateTable, lines: tuple[FeeLine, ...], postage: int, channel: Channel | None
) -> tuple[Citation, ...]:
    cited = [table.provision(p) for p in ("no_fee", "actual_costs", "appendix_rates")]
    if any(line.reduction_citation is not None for line in lines):
        cited.append(table.provision("area_reduction"))
    if postage:
        cited.append(table.provision("postal_sending_cost"))
    if channel in (Channel.ELECTRONIC, Channel.FAX):
        cited.append(table.provision("no_sending_cost_electronic_fax"))
    return tuple(dict.fromkeys(cited))


# -- input checks -----------------------------------------------------------------------------


def _check_items(items: object) -> list[tuple[FeeItem, int]]:
    """Items in the appendix's order, each with its checked quantity."""
    if isinstance(items, Mapping):
        pairs: list[object] = list(items.items())
    elif isinstance(items, list | tuple):
        pairs = list(items)
    else:
        raise _bad_items(items)
    checked: dict[FeeItem, int] = {}
    for pair in pairs:
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise _bad_items(items)
        key, quantity = pair
        item = _fee_item(key)
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 0:
            raise InvalidInputError(
                "invalid-quantity", detail=f"item {item.value}: {echo(quantity)}"
            )
        if item in checked:
            raise InvalidInputError(
                "duplicate-item", detail=f"item {item.value}: {checked[item]} and {quantity}"
            )
        checked[item] = quantity
    return [(item, checked[item]) for item in FeeItem if item in checked]


#: words a requester or clerk uses for a medium (vật tư): Circular 46's appendix prices none
_MEDIA_WORDS = ("cd", "dvd", "usb", "disc", "disk", "memory", "card", "đĩa", "thẻ nhớ", "media")


def _fee_item(value: object) -> FeeItem:
    """A line of the appendix by its item name; a medium gets the reason it has no price."""
    try:
        return FeeItem.coerce(value, field="item")
    except InvalidInputError:
        if isinstance(value, str) and any(w in value.casefold() for w in _MEDIA_WORDS):
            raise InvalidInputError(
                "media-not-priced",
                detail=f"item={echo(value)}: lines 3 and 4 of the appendix exclude the medium "
                '("không bao gồm vật tư") and no line prices it (reading media-not-priced, '
                "docs/fees.md)",
            ) from None
        raise


def _bad_items(items: object) -> InvalidInputError:
    return InvalidInputError("invalid-items", detail=f"items={echo(items)}")


def _check_postage(postage: object, channel: Channel | None) -> int:
    if postage is None:
        return 0
    if not isinstance(postage, int) or isinstance(postage, bool) or postage < 0:
        raise InvalidInputError("invalid-postage", detail=f"postage={echo(postage)}")
    if postage and channel is not None and channel is not Channel.POSTAL:
        raise InvalidInputError(
            "postage-not-payable", detail=f"postage={postage} with channel {channel.value}"
        )
    return postage


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _money(amount: int, lang: Lang) -> str:
    digits = f"{amount:,}"
    return f"{digits.replace(',', '.')} đồng" if lang == "vi" else f"{digits} đồng"


def _money_text(amount: int) -> Text:
    """An amount as each language writes it (``1.000 đồng``, ``1,000 đồng``)."""
    return Text(_money(amount, "vi"), _money(amount, "en"))


def _label(citation: Citation) -> Text:
    return Text(citation.label_in("vi"), citation.label_in("en"))


# -- the notice: form 03 ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeeNotice(Result):
    """The cost part of form 03 (Phiếu giải quyết yêu cầu cung cấp thông tin).

    Law 104/2016 art. 27 requires the agency to notify the time limit, place and form of
    provision, the actual cost and the method and deadline of payment. This result holds the
    fee-related entries and the provision entries agency software fills from its own records
    (the time limit from ``tiepcan.deadlines``). The requester pays ``amount_due`` in full
    before the information is provided (Decree 13 art. 13(2); Circular 46 art. 4(1)(b)); not
    paying is a ground for refusal (Law 104/2016 art. 28(1)(e); Law 01/2026/QH16 art. 27(6)).
    ``regime`` and ``user_supplied`` are the quote's; ``citations`` are the units its regime
    cites for each role of the notice. Under Law 01/2026/QH16, which has no counterpart of
    Law 104/2016 art. 27, the notice, form 03 and payment before provision are Decree
    13/2018's (reading ``decree13-where-not-contrary``) and the payment rules Circular
    46/2018's (``circular46-measures-actual-costs``): ``interpretations`` lists them.
    """

    agency: str
    requester: str
    issued_on: date
    quote: FeeQuote
    amount_due: _NonNeg
    regime: str
    user_supplied: bool
    citations: tuple[Citation, ...]
    payment_method: PaymentMethod | None = None
    payment_deadline: date | None = None
    provision_due: date | None = None
    provision_place: str | None = None
    provision_form: str | None = None
    form: str = "03"
    #: the readings the notice's citations rest on (none under Law 104/2016)
    interpretations: tuple[str, ...] = ()

    def _check(self) -> None:
        self.quote._check()
        if self.form != "03":
            raise _inconsistent(f"form {echo(self.form)}: the notice is form 03")
        checked_name(self.agency, field="agency")
        checked_name(self.requester, field="requester")
        checked_name(self.provision_place, field="provision_place", optional=True)
        checked_name(self.provision_form, field="provision_form", optional=True)
        if (self.regime, self.user_supplied) != (self.quote.regime, self.quote.user_supplied):
            raise _inconsistent("the notice's regime must be its quote's")
        if self.amount_due != self.quote.total:
            raise _inconsistent("amount_due must equal quote.total")
        _payment_terms(
            self.amount_due,
            self.payment_method,
            self.issued_on,
            self.payment_deadline,
            self.provision_due,
        )

    def explain(self, lang: Lang = "vi") -> str:
        """The notice's cost and payment entries, as text for form 03."""
        check_lang(lang)
        out = [self.quote.explain(lang)]
        if self.payment_method is not None:
            pm = self.payment_method
            method = say(
                TEXTS,
                "notice.payment_method",
                revenue_agency=pm.revenue_agency,
                treasury=pm.treasury,
            )
            out.append(method.in_(lang))
        notice, paid_before, refusal = (*self.citations, None, None, None)[:3]
        if self.payment_deadline is not None:
            pay_by = say(TEXTS, "notice.pay_by", day=self.payment_deadline).in_(lang)
            ref = f" ({notice.label_in(lang)})" if notice else ""
            out.append(f"{pay_by}{ref}")
        if self.amount_due:
            out.append(
                say(TEXTS, "notice.paid_before_provision").in_(lang)
                + (f" ({paid_before.label_in(lang)})" if paid_before else "")
                + "; "
                + say(TEXTS, "notice.unpaid_is_refusal_ground").in_(lang)
                + (f" ({refusal.label_in(lang)})" if refusal else "")
                + "."
            )
        return "\n".join(out)


#: the roles a notice cites, in order: the first three are read by FeeNotice.explain
_NOTICE_PROVISIONS: Final = (
    "cost_notice",
    "paid_before_provision",
    "unpaid_costs_refusal",
    "form_03",
    "cost_computation",
    "payment_per_form_03",
    "budget_accounting",
)


def _payment_terms(
    amount: int,
    method: PaymentMethod | None,
    issued_on: date,
    deadline: date | None,
    provision_due: date | None,
) -> None:
    if amount and (method is None or deadline is None):
        raise InvalidInputError("payment-terms-missing", detail=f"amount due {amount}")
    if deadline is not None and deadline < issued_on:
        raise InvalidInputError(
            "payment-deadline-before-notice", detail=f"{deadline} < {issued_on}"
        )
    if deadline is not None and provision_due is not None and deadline > provision_due:
        raise InvalidInputError(
            "payment-after-provision",
            detail=f"payment deadline {deadline} after provision due {provision_due}",
        )


def fee_notice(
    fee_quote: FeeQuote | Mapping[str, Any],
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
    """Build the cost part of form 03 from a quote (a :class:`FeeQuote` or its mapping).

    ``issued_on`` (the day of the notice) is required; the rates and citations are those of
    the quote's ruleset. When the quote costs anything, the payment method and deadline are
    required (Law art. 27; Circular 46 art. 4(1)(a)). The payment deadline is the agency's to
    set (no text fixes a number of days), not before ``issued_on`` and not after
    ``provision_due``, since payment comes before provision (Decree 13 art. 13(2)).

    >>> from datetime import date
    >>> n = fee_notice(quote({"photocopy_bw_a4": 10}, received=date(2024, 2, 7)),
    ...                agency="Sở Tư pháp tỉnh X",
    ...                requester="Nguyễn Văn A", issued_on=date(2024, 2, 8),
    ...                payment_method={"revenue_agency": "Cục Thuế tỉnh X",
    ...                                "treasury": "Kho bạc Nhà nước tỉnh X"},
    ...                payment_deadline=date(2024, 2, 15))
    >>> n.amount_due
    30000
    """
    the_quote = _fee_quote(fee_quote)
    for name, value in (
        ("issued_on", issued_on),
        ("payment_deadline", payment_deadline),
        ("provision_due", provision_due),
    ):
        if (value is None and name == "issued_on") or (
            value is not None and (type(value) is not date or day_out_of_range(value))
        ):
            required = " (required)" if name == "issued_on" else ""
            raise InvalidInputError(
                "invalid-date", detail=f"not a date{required}: {name}={echo(value)}"
            )
    if the_quote.received is not None and issued_on < the_quote.received:
        raise InvalidInputError(
            "issued-before-receipt", detail=f"issued_on={issued_on}, received={the_quote.received}"
        )
    checked_name(agency, field="agency")
    checked_name(requester, field="requester")
    checked_name(provision_place, field="provision_place", optional=True)
    checked_name(provision_form, field="provision_form", optional=True)
    method = _payment_method(payment_method)
    _payment_terms(the_quote.total, method, issued_on, payment_deadline, provision_due)
    rules = ruleset(the_quote.regime)
    table = _table(rules, the_quote.received)
    readings: dict[str, str] = rules.cached("fees", _read).readings
    return FeeNotice(
        agency=agency,
        requester=requester,
        issued_on=issued_on,
        quote=the_quote,
        amount_due=the_quote.total,
        regime=the_quote.regime,
        user_supplied=the_quote.user_supplied,
        citations=tuple(table.provision(p) for p in _NOTICE_PROVISIONS),
        payment_method=method,
        payment_deadline=payment_deadline,
        provision_due=provision_due,
        provision_place=provision_place,
        provision_form=provision_form,
        interpretations=tuple(
            dict.fromkeys(readings[r] for r in _NOTICE_PROVISIONS if r in readings)
        ),
    )


def _fee_quote(value: object) -> FeeQuote:
    if isinstance(value, FeeQuote):
        value._check()  # built in Python, maybe by hand: checked as one read from JSON is
        return value
    if isinstance(value, Mapping):
        try:
            return FeeQuote.from_dict(dict(value))
        except TiepCanError as exc:
            raise InvalidInputError(
                "invalid-quote", detail=f"the FeeQuote is not valid: {exc.detail}"
            ) from None
    raise InvalidInputError("invalid-quote", detail=type(value).__name__)


def _payment_method(value: object) -> PaymentMethod | None:
    if value is None or isinstance(value, PaymentMethod):
        return value
    if isinstance(value, Mapping):
        return PaymentMethod.from_dict(dict(value))
    raise InvalidInputError("invalid-payment-method", detail=echo(value))
