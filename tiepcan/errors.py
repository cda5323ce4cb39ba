"""Lỗi — the errors tiepcan raises.

Every error the library raises on purpose is a :class:`TiepCanError`. It subclasses
:class:`ValueError` so that existing ``except ValueError`` code keeps working, and it carries

* ``code``: a short, stable, kebab-case identifier (``"invalid-quantity"``) that callers,
  the CLI and the portal may switch on; codes are never renamed once released;
* ``message_vi`` and ``message_en``: the same message in Vietnamese and in English;
* ``detail``: where the problem is (the offending field and value), free text.

``str(error)`` reads ``[code] message_vi / message_en (detail)``.

>>> from tiepcan.errors import InvalidInputError
>>> e = InvalidInputError("invalid-quantity", "Số lượng phải là số nguyên không âm",
...                       "quantity must be a whole number ≥ 0", detail="photocopy_bw_a4: -2")
>>> str(e)
'[invalid-quantity] Số lượng phải là số nguyên không âm / quantity must be a whole number ≥ 0 (photocopy_bw_a4: -2)'
>>> isinstance(e, ValueError)
True
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ERROR_CODES",
    "CalendarRangeError",
    "CitationNotFoundError",
    "InvalidInputError",
    "RegimeNotEncodedError",
    "TiepCanError",
]


#: filled in below: the closed table of codes
ERROR_CODES: dict[str, tuple[str, str]] = {}


class TiepCanError(ValueError):
    """Base class of every error tiepcan raises. Catch this to catch them all."""

    #: default code and messages of the class; an instance may carry more precise ones.
    default_code = "tiepcan-error"
    default_message_vi = "Lỗi khi áp dụng quy định về tiếp cận thông tin"
    default_message_en = "error applying the access-to-information rules"

    def __init__(
        self,
        code: str | None = None,
        message_vi: str | None = None,
        message_en: str | None = None,
        *,
        detail: str | None = None,
    ) -> None:
        self.code = code or self.default_code
        self.message_vi = message_vi or self.default_message_vi
        self.message_en = message_en or self.default_message_en
        self.detail = _shorten(detail)
        super().__init__(self._render())

    def _render(self) -> str:
        text = f"[{self.code}] {self.message_vi} / {self.message_en}"
        if self.detail:
            text += f" ({self.detail})"
        return text

    def __str__(self) -> str:
        return self._render()

    def __reduce__(self) -> tuple[Any, ...]:  # keep errors picklable (multiprocessing, caches)
        return (
            _rebuild,
            (type(self), self.code, self.message_vi, self.message_en, self.detail),
        )

    def to_dict(self) -> dict[str, str | None]:
        """A JSON-friendly form for APIs: ``{"code", "message_vi", "message_en", "detail"}``."""
        return {
            "code": self.code,
            "message_vi": self.message_vi,
            "message_en": self.message_en,
            "detail": self.detail,
        }


#: the longest detail an error carries: input echoed back is cut here, in one place, so a
#: 100,000-key mapping or a deeply nested one never makes a megabyte message
DETAIL_MAX = 1_000


def _shorten(detail: object) -> str | None:
    if detail is None:
        return None
    text = str(detail)
    return text if len(text) <= DETAIL_MAX else text[: DETAIL_MAX - 1] + "…"


def _rebuild(
    cls: type[TiepCanError], code: str, vi: str, en: str, detail: str | None
) -> TiepCanError:
    err = cls.__new__(cls)
    TiepCanError.__init__(err, code, vi, en, detail=detail)
    return err


class InvalidInputError(TiepCanError):
    """The input is not what the function accepts (wrong type, out of range, unknown value)."""

    default_code = "invalid-input"
    default_message_vi = "Dữ liệu đầu vào không hợp lệ"
    default_message_en = "the input is not valid"


class RegimeNotEncodedError(TiepCanError):
    """The governing date falls under a legal regime whose rules tiepcan does not encode.

    ``regime`` names the regime that applies (e.g. ``"ati-2026"``) or ``None`` before 2018-07-01.
    """

    default_code = "regime-not-encoded"
    default_message_vi = "Chế độ pháp lý áp dụng cho ngày này chưa được mã hóa"
    default_message_en = "the legal regime that governs this date is not encoded"

    def __init__(
        self,
        code: str | None = None,
        message_vi: str | None = None,
        message_en: str | None = None,
        *,
        detail: str | None = None,
        regime: str | None = None,
    ) -> None:
        self.regime = regime
        super().__init__(code, message_vi, message_en, detail=detail)


class CalendarRangeError(TiepCanError):
    """A date lies outside the years the working-day calendar covers."""

    default_code = "date-outside-calendar"
    default_message_vi = "Ngày nằm ngoài phạm vi lịch làm việc"
    default_message_en = "the date is outside the working-day calendar"


class CitationNotFoundError(TiepCanError):
    """A citation points at an article, clause or point that is not in the bundled text."""

    default_code = "citation-not-found"
    default_message_vi = "Không tìm thấy điều, khoản, điểm được trích dẫn"
    default_message_en = "the cited article, clause or point is not in the bundled text"


#: how many failing fields an error lists (a 100,000-key input must not give a huge message)
_MAX_LISTED = 5


def from_validation_error(exc: Exception, *, what: str) -> InvalidInputError:
    """Turn a pydantic ``ValidationError`` into an :class:`InvalidInputError`.

    The detail lists each failing field with pydantic's own message, so the caller sees
    where the input went wrong. ``what`` names the thing being validated.
    """
    errors = getattr(exc, "errors", None)
    parts: list[str] = []
    found = errors(include_url=False) if callable(errors) else []
    for err in found[:_MAX_LISTED]:
        loc = ".".join(str(p)[:40] for p in err.get("loc", ())[:6]) or "input"
        parts.append(f"{loc}: {str(err.get('msg', 'invalid'))[:160]}")
    if len(found) > _MAX_LISTED:
        parts.append(f"… {len(found) - _MAX_LISTED} more")
    detail = f"{what}: " + ("; ".join(parts) if parts else str(exc)[:300])
    return InvalidInputError(
        "invalid-input",
        "Dữ liệu đầu vào không hợp lệ",
        "the input is not valid",
        detail=detail,
    )
