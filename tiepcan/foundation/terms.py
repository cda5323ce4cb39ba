"""Thuật ngữ chung — the basic terms shared by the rules: channels, complexity, payment.

Channel (hình thức yêu cầu / cung cấp): Law 104/2016/QH13 art. 24(1) lets a requester come to
the agency's office in person or through an authorised person (point a), or send the request
form electronically, by post or by fax (point b). Arts. 29, 30 and 31 set a procedure and
time limits for each.

Complexity: arts. 29–31 distinguish "thông tin đơn giản, có sẵn có thể cung cấp ngay" (simple,
available information) from "thông tin phức tạp, không có sẵn mà cần tập hợp từ các bộ phận
của cơ quan đó hoặc thông tin cần thiết phải có ý kiến của cơ quan, tổ chức, đơn vị khác"
(complex information). Which applies is the agency's finding of fact.

Payment method (phương thức thanh toán): Law art. 27 has the agency state the method of
payment of the actual costs; Circular 46/2018/TT-BTC art. 4(1)(a) has form 03 name the revenue
authority and the State Treasury office, and art. 4(2) books the money to mục 4900, tiểu mục
4949. It is a term of form 03 (which :mod:`tiepcan.rules.requests` and :mod:`tiepcan.fees`
both fill in), not of the fee engine.

>>> Channel("electronic").label_vi
'Qua mạng điện tử'
>>> Complexity.COMPLEX.label_en
'complex information (not available; must be gathered or needs other bodies’ opinions)'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tiepcan.foundation._model import BilingualStrEnum, Result, echo, is_blank
from tiepcan.foundation.errors import InvalidInputError

__all__ = ["Channel", "Complexity", "PaymentMethod", "checked_name"]


class Channel(BilingualStrEnum):
    """How the request arrives and the information is provided (arts. 24(1), 29–31)."""

    AT_OFFICE = ("at_office", "Trực tiếp tại trụ sở cơ quan", "in person at the agency's office")
    ELECTRONIC = ("electronic", "Qua mạng điện tử", "electronically")
    POSTAL = ("postal", "Qua dịch vụ bưu chính", "by post")
    FAX = ("fax", "Qua fax", "by fax")


class Complexity(BilingualStrEnum):
    """The law's two kinds of requested information (arts. 29–31)."""

    SIMPLE = (
        "simple",
        "Thông tin đơn giản, có sẵn có thể cung cấp ngay",
        "simple information, available and ready to provide",
    )
    COMPLEX = (
        "complex",
        "Thông tin phức tạp, không có sẵn mà cần tập hợp từ các bộ phận của cơ quan "
        "hoặc cần có ý kiến của cơ quan, tổ chức, đơn vị khác",
        "complex information (not available; must be gathered or needs other bodies’ opinions)",
    )


#: the longest name tiepcan accepts for an agency, a person or an office
NAME_MAX = 500


def checked_name(value: object, *, field: str, optional: bool = False) -> str | None:
    """The one blank-name check: text of 1–500 characters that is not only spaces.

    Returns ``value`` unchanged (``None`` passes when ``optional``); anything else raises
    ``InvalidInputError`` (code ``invalid-input``) naming the field.

    >>> checked_name("Kho bạc Nhà nước tỉnh X", field="treasury")
    'Kho bạc Nhà nước tỉnh X'
    >>> checked_name("  ", field="treasury")
    Traceback (most recent call last):
    tiepcan.foundation.errors.InvalidInputError: [invalid-input] ... (a name must be non-blank ...: treasury='  ')
    """
    if value is None and optional:
        return None
    if not isinstance(value, str) or is_blank(value) or len(value) > NAME_MAX:
        raise InvalidInputError(
            "invalid-input",
            detail=f"a name must be non-blank text of at most {NAME_MAX} characters: {field}={echo(value)}",
        )
    return value


@dataclass(frozen=True, slots=True)
class PaymentMethod(Result):
    """Phương thức thanh toán, as Circular 46 art. 4(1)(a) asks form 03 to state it.

    ``revenue_agency`` is "Tên cơ quan quản lý thu" (the tax authority) and ``treasury``
    "Tên cơ quan kho bạc nhà nước tiếp nhận khoản thu ngân sách". The money is booked to the
    providing agency's Chương, mục 4900, tiểu mục 4949 (art. 4(2)).

    Data a person fills in, but a light dataclass (not a pydantic model) so that this module,
    which every rule imports, stays free of pydantic. It checks itself when built, and
    ``PaymentMethod.from_dict`` / ``from_json`` validate a mapping or JSON strictly.

    >>> PaymentMethod("Cục Thuế tỉnh X", "Kho bạc Nhà nước tỉnh X").budget_subsection
    '4949'
    """

    revenue_agency: str
    treasury: str
    budget_chapter: str | None = None
    budget_section: Literal["4900"] = "4900"
    budget_subsection: Literal["4949"] = "4949"

    def __post_init__(self) -> None:
        checked_name(self.revenue_agency, field="revenue_agency")
        checked_name(self.treasury, field="treasury")
        checked_name(self.budget_chapter, field="budget_chapter", optional=True)
        if self.budget_section != "4900" or self.budget_subsection != "4949":
            raise InvalidInputError(
                "invalid-input",
                detail=f"the payment is booked to mục 4900, tiểu mục 4949 (Circular 46/2018 art. 4(2)): {echo(self.budget_section)}/{echo(self.budget_subsection)}",
            )
