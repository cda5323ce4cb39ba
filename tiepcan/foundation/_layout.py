"""Thể thức văn bản hành chính — the parts of an administrative document every output shares.

Decree 30/2020/NĐ-CP on văn thư, Appendix I ("Thể thức, kỹ thuật trình bày văn bản hành
chính"), read for the parts tiepcan writes: the national title and motto (quốc hiệu, tiêu
ngữ), the place and date (địa danh và thời gian ban hành văn bản), the recipients (nơi nhận).
The reports (:mod:`tiepcan.outputs.reports`) and the forms of Decree 13/2018 (:mod:`tiepcan.forms`) both
use these, so that the two cannot write a date two ways.

The date: "Thời gian ban hành văn bản … được viết đầy đủ ngày … tháng … năm …; các số thể hiện
ngày, tháng, năm dùng chữ số Ả Rập; đối với những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2
phải ghi thêm số 0 phía trước" — a leading zero before days 1–9 and before months 1 and 2 only
(months 1 and 2 would otherwise be mistaken for the start of 10, 11, 12):

>>> from datetime import date
>>> dateline("Hà Nội", date(2024, 7, 5))
'Hà Nội, ngày 05 tháng 7 năm 2024'
>>> dateline("Hà Nội", date(2025, 1, 10)), dateline("Hà Nội", date(2025, 2, 28))
('Hà Nội, ngày 10 tháng 01 năm 2025', 'Hà Nội, ngày 28 tháng 02 năm 2025')
>>> dateline("Hà Nội", date(2024, 12, 31), "en")
'Hà Nội, 31 December 2024'

Without a place the dateline keeps the dotted space the agency fills in by hand:

>>> dateline(None, date(2024, 11, 9))
'……, ngày 09 tháng 11 năm 2024'
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from tiepcan.foundation._model import Lang, check_lang

__all__ = [
    "MOTTO",
    "MOTTO_EN",
    "NATIONAL_TITLE",
    "NATIONAL_TITLE_EN",
    "PLACE_BLANK",
    "dateline",
    "day_of_month",
    "month_number",
    "recipients_lines",
]

#: Quốc hiệu (Decree 30/2020 Appendix I, II.1): capitals, bold, top right
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_TITLE_EN = "SOCIALIST REPUBLIC OF VIET NAM"
#: Tiêu ngữ: the first letters capitalised, a hyphen with a space on each side between the parts
MOTTO = "Độc lập - Tự do - Hạnh phúc"
MOTTO_EN = "Independence - Freedom - Happiness"
#: the dotted space a blank form leaves for the place
PLACE_BLANK = "……"

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def day_of_month(day: int) -> str:
    """The day as Appendix I writes it: ``"05"`` below 10, else ``"15"``."""
    return f"{day:02d}"


def month_number(month: int) -> str:
    """The month as Appendix I writes it: ``"01"``, ``"02"``; then ``"3"`` … ``"12"``."""
    return f"{month:02d}" if month in (1, 2) else str(month)


def dateline(place: str | None, day: date, lang: Lang = "vi") -> str:
    """Địa danh, ngày … tháng … năm …: the place, a comma, then the date (Appendix I, II.4).

    In English (not an official form, a reader's rendering): ``"Hà Nội, 5 July 2024"``. Without a
    place, the dotted space of a blank form.
    """
    where = place.strip() if place and place.strip() else PLACE_BLANK
    if check_lang(lang) == "vi":
        return (
            f"{where}, ngày {day_of_month(day.day)} tháng {month_number(day.month)} năm {day.year}"
        )
    return f"{where}, {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def recipients_lines(recipients: Iterable[str]) -> list[str]:
    """Nơi nhận, one line each, as Appendix I lays them out: a dash at the start of each line,
    a semicolon at the end, and the last line (``Lưu: VT, …``) ending with a full stop.

    >>> recipients_lines(["Như trên", "Lưu: VT"])
    ['- Như trên;', '- Lưu: VT.']
    >>> recipients_lines(["Như trên;", "Lưu: VT."])
    ['- Như trên;', '- Lưu: VT.']
    """
    items = [r.strip().rstrip(";.").strip() for r in recipients if r.strip()]
    return [f"- {r}{'.' if k == len(items) - 1 else ';'}" for k, r in enumerate(items)]
