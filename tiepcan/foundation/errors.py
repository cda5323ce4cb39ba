"""Lỗi — the errors tiepcan raises.

Every error the library raises on purpose is a :class:`TiepCanError`. It subclasses
:class:`ValueError` so that existing ``except ValueError`` code keeps working, and it carries

* ``code``: a short, stable, kebab-case identifier (``"invalid-quantity"``) that callers,
  the CLI and the portal may switch on; codes are never renamed once released;
* ``message_vi`` and ``message_en``: the same message in Vietnamese and in English;
* ``detail``: where the problem is (the offending field and value), free text.

``str(error)`` reads ``[code] message_vi / message_en (detail)``. A raise site gives the
code and the detail; the messages are the code's row of :data:`ERROR_CODES` (one message per
code, the same wherever it is raised).

>>> from tiepcan.foundation.errors import InvalidInputError
>>> e = InvalidInputError("invalid-quantity", detail="photocopy_bw_a4: -2")
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


#: The closed table of error codes: each code with its one message, in Vietnamese and in
#: English. Codes are stable (never renamed once released); what differs from one raise to
#: the next (the field, the value, the limit) goes in ``detail``. docs/errors.md lists them,
#: generated from this table; tests/foundation/test_errors.py checks that every code the package raises
#: is here.
ERROR_CODES: dict[str, tuple[str, str]] = {
    "before-law-in-force": (
        "Luật Tiếp cận thông tin chỉ có hiệu lực từ ngày 01/07/2018",
        "the Law on Access to Information is in force only from 2018-07-01",
    ),
    "carried-over-mismatch": (
        "Số yêu cầu kỳ trước chuyển sang không bằng số yêu cầu đang giải quyết cuối kỳ trước",
        "the requests carried over differ from those pending at the end of the period before",
    ),
    "catalogue-kind-mismatch": (
        "Hai danh mục không cùng loại",
        "the two catalogues are of different kinds",
    ),
    "chart-not-available": (
        "Cần cài đặt matplotlib để vẽ biểu đồ (tiepcan[report])",
        "matplotlib is needed to draw the chart (install tiepcan[report])",
    ),
    "citation-not-found": (
        "Không tìm thấy điều, khoản, điểm được trích dẫn",
        "the cited article, clause or point is not in the bundled text",
    ),
    "column-length-mismatch": (
        "Các cột không cùng số dòng",
        "the columns do not have the same number of rows",
    ),
    "channel-not-in-law": (
        "Hình thức yêu cầu này không có trong văn bản áp dụng (từ ngày 01/9/2026, khoản 1 Điều 24 "
        "Luật số 01/2026/QH16 không còn quy định fax)",
        "the law that applies has no such way of requesting (from 2026-09-01, art. 24(1) of Law "
        "01/2026/QH16 no longer provides for fax)",
    ),
    "costs-mismatch": (
        "Quyết định chờ thanh toán chi phí nhưng bảng tính chi phí bằng 0",
        "the decision awaits payment but the quote costs nothing",
    ),
    "date-outside-calendar": (
        "Ngày nằm ngoài phạm vi lịch làm việc",
        "the date is outside the working-day calendar",
    ),
    "deadline-extended": (
        "Phiếu tiếp nhận ghi thời hạn ban đầu; gia hạn được thông báo bằng Mẫu số 04",
        "the receipt states the original time limit; an extension is notified on form 04",
    ),
    "deadline-mismatch": (
        "Thời hạn không được tính cho yêu cầu này",
        "the deadline was not computed for this request",
    ),
    "deadline-not-extended": (
        "Thời hạn chưa được gia hạn: Mẫu số 04 cần thời hạn đã gia hạn",
        "the deadline is not extended: form 04 needs the extended deadline",
    ),
    "deadline-required": (
        "Yêu cầu hợp lệ: phải ghi thời hạn cung cấp thông tin",
        "the request is valid: the time limit must be stated",
    ),
    "duplicate-item": (
        "Một mục chi phí được nêu hai lần",
        "a fee item is given twice",
    ),
    "duration-too-long": (
        "Tổng thời lượng vượt quá giới hạn (366 ngày)",
        "the total duration exceeds the bound (366 days)",
    ),
    "engine-not-encoded": (
        "Văn bản áp dụng chưa được mã hóa cho nội dung này",
        "this part of the law that applies is not encoded yet",
    ),
    "excel-not-available": (
        "Cần cài đặt openpyxl để đọc, ghi tệp Excel (tiepcan[excel])",
        "openpyxl is needed to read and write Excel files (install tiepcan[excel])",
    ),
    "extension-not-available": (
        "Luật không cho phép gia hạn đối với thông tin đơn giản, có sẵn",
        "the law allows no extension for simple, available information",
    ),
    "extension-notice-late": (
        "Thông báo gia hạn phải gửi trong thời hạn cung cấp thông tin",
        "the extension must be notified within the original time limit",
    ),
    "file-not-found": (
        "Không tìm thấy tệp",
        "no such file",
    ),
    "fold-date-mismatch": (
        "Sổ theo dõi phải được tổng hợp đến ngày cuối của kỳ báo cáo",
        "the register must be folded as of the last day of the period",
    ),
    "immediate-limit": (
        "Thời hạn này là 'ngay', không có ngày đếm",
        "this limit is 'immediately': there is nothing to count",
    ),
    "incomplete-request": (
        "Phiếu yêu cầu thiếu họ, tên người yêu cầu hoặc thông tin yêu cầu",
        "the request form lacks the requester's name or the information asked for",
    ),
    "inconsistent-result": (
        "Kết quả không nhất quán",
        "the result is not consistent",
    ),
    "invalid-agency": (
        "Cần tên cơ quan",
        "the agency must be named",
    ),
    "invalid-area": (
        "Giá trị không thuộc danh sách cho phép",
        "the value is not one of the allowed values",
    ),
    "invalid-catalogue": (
        "Không phải là danh mục",
        "not a Catalogue",
    ),
    "invalid-catalogue-report": (
        "Cần kết quả kiểm tra Danh mục thông tin phải được công khai",
        "expected the check of the public-disclosure catalogue",
    ),
    "invalid-channel": (
        "Giá trị không thuộc danh sách cho phép",
        "the value is not one of the allowed values",
    ),
    "invalid-citation": (
        "Trích dẫn không hợp lệ",
        "not a valid citation",
    ),
    "invalid-column": (
        "Cột dữ liệu phải là danh sách hoặc mảng",
        "a column must be a list, a tuple or a numpy array",
    ),
    "invalid-command-line": (
        "Dòng lệnh không hợp lệ (xem --help)",
        "the command line is not valid (see --help)",
    ),
    "invalid-complexity": (
        "Giá trị không thuộc danh sách cho phép",
        "the value is not one of the allowed values",
    ),
    "invalid-costs": (
        "Giá trị không thuộc danh sách cho phép",
        "the value is not one of the allowed values",
    ),
    "invalid-csv": (
        "Tệp CSV không hợp lệ",
        "the CSV is not valid",
    ),
    "invalid-date": (
        "Ngày hoặc thời điểm không hợp lệ (dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM+07:00)",
        "not a day or a moment (write YYYY-MM-DD or YYYY-MM-DDTHH:MM+07:00)",
    ),
    "invalid-datetime": (
        "Thời điểm không hợp lệ",
        "not a datetime",
    ),
    "invalid-disclosure": (
        "Giá trị không thuộc danh sách cho phép",
        "the value is not one of the allowed values",
    ),
    "invalid-duration": (
        "Thời lượng phải là khoảng thời gian không âm",
        "a duration must be a timedelta ≥ 0",
    ),
    "invalid-event-sequence": (
        "Trình tự các bước giải quyết yêu cầu không hợp lệ",
        "the sequence of events of the request is not valid",
    ),
    "invalid-excel": (
        "Tệp Excel không hợp lệ hoặc không an toàn để đọc",
        "the Excel workbook is not valid or not safe to read",
    ),
    "invalid-extended": (
        "'extended' phải là True hoặc False",
        "'extended' must be a bool",
    ),
    "invalid-extension-length": (
        "Thời gian gia hạn phải là số nguyên",
        "the extension must be a whole number",
    ),
    "invalid-ground": (
        "Giá trị không thuộc danh sách cho phép",
        "the value is not one of the allowed values",
    ),
    "renamed-input": (
        "Tên đầu vào cũ không còn được chấp nhận; dùng tên mới",
        "a former input name is no longer accepted; use the new one",
    ),
    "invalid-input": (
        "Dữ liệu đầu vào không hợp lệ",
        "the input is not valid",
    ),
    "internal-error": (
        "Lỗi nội bộ của tiepcan (xin báo lỗi, xem docs/security.md)",
        "an internal error of tiepcan (please report it, see docs/security.md)",
    ),
    "invalid-item": (
        "Giá trị không thuộc danh sách cho phép",
        "the value is not one of the allowed values",
    ),
    "invalid-item-spec": (
        "Cần dạng mục=số lượng, ví dụ photocopy_bw_a4=12",
        "expected item=quantity, e.g. photocopy_bw_a4=12",
    ),
    "invalid-items": (
        "Danh mục phải là ánh xạ (hoặc danh sách cặp) mục chi phí và số lượng",
        "items must map each fee item to a quantity (or list (item, quantity) pairs)",
    ),
    "invalid-json": (
        "Dữ liệu JSON không hợp lệ",
        "not JSON text",
    ),
    "invalid-kind": (
        "Giá trị không thuộc danh sách cho phép",
        "the value is not one of the allowed values",
    ),
    "invalid-language": (
        "Ngôn ngữ không hợp lệ (vi, en hoặc both)",
        "not a language (vi, en or both)",
    ),
    "invalid-number": (
        "Cần một số nguyên",
        "expected a whole number",
    ),
    "invalid-payment-method": (
        "Phương thức thanh toán không hợp lệ",
        "payment method must be a PaymentMethod or a mapping of its fields",
    ),
    "invalid-period": (
        "Kỳ báo cáo phải có ngày bắt đầu không muộn hơn ngày kết thúc",
        "a reporting period starts on or before the day it ends",
    ),
    "invalid-postage": (
        "Chi phí gửi phải là số đồng nguyên không âm",
        "postage must be a whole number of đồng ≥ 0",
    ),
    "invalid-published-exception": (
        "Không phải một trường hợp tại khoản 1 Điều 23 (điểm a, b hoặc c)",
        "not one of the cases of art. 23(1) (point a, b or c)",
    ),
    "invalid-provision": (
        "Giá trị không thuộc danh sách cho phép",
        "the value is not one of the allowed values",
    ),
    "invalid-quantity": (
        "Số lượng phải là số nguyên không âm",
        "quantity must be a whole number ≥ 0",
    ),
    "invalid-decision": (
        "Cần một quyết định (Decision), hoặc ánh xạ hay văn bản JSON của nó",
        "a Decision (or its mapping or JSON text) is required",
    ),
    "invalid-deadline": (
        "Cần một thời hạn (Deadline), hoặc ánh xạ hay văn bản JSON của nó",
        "a Deadline (or its mapping or JSON text) is required",
    ),
    "invalid-notice": (
        "Cần một thông báo chi phí (FeeNotice), hoặc ánh xạ hay văn bản JSON của nó",
        "a FeeNotice (or its mapping or JSON text) is required",
    ),
    "invalid-quote": (
        "Cần một bảng tính chi phí (FeeQuote)",
        "a FeeQuote (or its mapping) is required",
    ),
    "invalid-receipt-policy": (
        "Giá trị không thuộc danh sách cho phép",
        "the value is not one of the allowed values",
    ),
    "invalid-received-via": (
        "Giá trị không thuộc danh sách cho phép",
        "the value is not one of the allowed values",
    ),
    "invalid-regime": (
        "Không có chế độ pháp lý này",
        "no such regime",
    ),
    "invalid-register-rows": (
        "Sổ theo dõi có dòng không hợp lệ",
        "the register has rows that are not valid",
    ),
    "invalid-ruleset": (
        "Bộ quy tắc không hợp lệ",
        "the ruleset is not valid",
    ),
    "invalid-statistics": (
        "Không thể tính hoặc cộng số liệu thống kê",
        "the statistics cannot be computed or combined",
    ),
    "invalid-time": (
        "Giờ đóng cửa không hợp lệ",
        "office_closes_at must be a time",
    ),
    "issued-before-receipt": (
        "Ngày lập văn bản không thể trước ngày nhận yêu cầu",
        "the form cannot be dated before the request was received",
    ),
    "media-not-priced": (
        "Vật tư (đĩa, USB, thẻ nhớ) không được tính chi phí: Phụ lục Thông tư 46/2018/TT-BTC không quy định mức thu",
        "a medium (disc, USB stick, memory card) is not priced: Circular 46/2018's appendix sets no rate for it",
    ),
    "missing-date": (
        "Cần một ngày làm căn cứ (hoặc chỉ rõ chế độ pháp lý bằng regime=)",
        "a date is needed (or name the regime with regime=)",
    ),
    "missing-governing-date": (
        "Cần ngày làm căn cứ áp dụng (received=/on=) hoặc chế độ pháp lý (regime=)",
        "a governing date (received=/on=) or an explicit regime (regime=) is required",
    ),
    "no-lifecycle-event": (
        "Kết quả này không phải là một bước giải quyết yêu cầu được ghi vào Sổ theo dõi",
        "this outcome is no step of handling the request that the register records",
    ),
    "no-receipt": (
        "Không có sự kiện tiếp nhận yêu cầu",
        "the events hold no receipt of the request",
    ),
    "not-a-provision": (
        "Quyết định không phải là cung cấp thông tin",
        "the decision is not to provide the information",
    ),
    "not-a-refusal": (
        "Quyết định không phải là từ chối cung cấp thông tin",
        "the decision is not a refusal",
    ),
    "not-in-law": (
        "Văn bản áp dụng cho yêu cầu không có quy định này (ví dụ: dữ liệu cá nhân, đơn vị sự "
        "nghiệp công lập chỉ có trong Luật số 01/2026/QH16)",
        "the law that governs the request has no such rule (e.g. personal data and public "
        "service units are in Law 01/2026/QH16 only)",
    ),
    "nothing-to-merge": (
        "Không có số liệu để cộng",
        "no statistics to merge",
    ),
    "numpy-missing": (
        "Cần cài đặt numpy (tiepcan[batch])",
        "numpy is not installed (install tiepcan[batch])",
    ),
    "output-not-written": (
        "Không ghi được kết quả",
        "the output could not be written",
    ),
    "payment-after-provision": (
        "Chi phí phải được trả trước khi cung cấp thông tin (Điều 13 khoản 2 Nghị định 13/2018/NĐ-CP)",
        "the cost is paid before the information is provided (Decree 13/2018 art. 13(2))",
    ),
    "payment-deadline-before-notice": (
        "Thời hạn thanh toán không thể trước ngày lập phiếu",
        "the payment deadline cannot precede the notice",
    ),
    "payment-terms-missing": (
        "Phải nêu phương thức và thời hạn thanh toán (Điều 27 Luật Tiếp cận thông tin)",
        "the payment method and deadline must be stated (Law art. 27)",
    ),
    "period-mismatch": (
        "Chỉ cộng được số liệu của cùng một kỳ báo cáo, hoặc của các kỳ liền nhau của cùng cơ quan",
        "figures add up over one reporting period, or over adjacent periods of the same agencies",
    ),
    "place-required": (
        "Phải ghi địa điểm cung cấp thông tin (Điều 27)",
        "the place of provision must be stated (art. 27)",
    ),
    "postage-not-payable": (
        "Người yêu cầu không phải trả chi phí gửi khi thông tin không gửi qua dịch vụ bưu chính (Điều 3 khoản 2 Thông tư 46/2018/TT-BTC)",
        "no sending cost is payable unless the information is sent by post (Circular 46/2018/TT-BTC, art. 3(2))",
    ),
    "rate-not-found": (
        "Không có mức thu cho dòng này của phụ lục",
        "no rate for this line of the appendix",
    ),
    "rates-not-encoded": (
        "Chưa có mức thu chi phí cho chế độ pháp lý và ngày này",
        "no rates are encoded for this regime and date",
    ),
    "regime-mismatch": (
        "Các dữ liệu đầu vào thuộc các chế độ pháp lý khác nhau",
        "the inputs were computed under different regimes",
    ),
    "regime-not-encoded": (
        "Chế độ pháp lý áp dụng cho ngày này chưa được mã hóa",
        "the legal regime that governs this date is not encoded",
    ),
    "report-extra-not-available": (
        "Cần cài đặt gói bổ sung để tạo biểu đồ hoặc tệp Excel",
        "an optional package is needed for the chart or the workbook",
    ),
    "request-required": (
        "Cần yêu cầu cung cấp thông tin (người yêu cầu, thông tin yêu cầu)",
        "the request is required (the addressee and the information asked for)",
    ),
    "ruleset-data-missing": (
        "Bộ quy tắc thiếu tệp dữ liệu",
        "the ruleset lacks a data file",
    ),
    "ruleset-function-missing": (
        "Bộ quy tắc không có quy tắc này",
        "the ruleset has no such rule function",
    ),
    "sent-after-received": (
        "Ngày gửi yêu cầu không được sau ngày nhận yêu cầu",
        "the day a request was sent cannot be after the day it was received",
    ),
    "statistics-do-not-add-up": (
        "Các số liệu thống kê không khớp với nhau",
        "the figures do not add up",
    ),
    "tiepcan-error": (
        "Lỗi khi áp dụng quy định về tiếp cận thông tin",
        "error applying the access-to-information rules",
    ),
    "time-limit-not-running": (
        "Yêu cầu chưa hợp lệ: thời hạn cung cấp thông tin chưa bắt đầu",
        "the request is not yet valid: the time limit has not started",
    ),
    "too-many-rows": (
        "Bảng tính Excel chỉ chứa được 1.048.576 dòng",
        "an Excel worksheet holds at most 1,048,576 rows",
    ),
    "unwritable-cell": (
        "Ô dữ liệu không ghi được vào bảng tính",
        "a cell cannot be written to the spreadsheet",
    ),
    "unknown-announcement": (
        "Không có thông báo này trong lịch",
        "no such announcement in the calendar",
    ),
    "unknown-duty": (
        "Không có nghĩa vụ này",
        "no such duty",
    ),
    "unknown-file-type": (
        "Loại tệp không được hỗ trợ",
        "this kind of file is not read here",
    ),
    "unknown-instrument": (
        "Không có văn bản này trong dữ liệu kèm theo",
        "no such instrument in the bundled texts",
    ),
    "unknown-interpretation": (
        "Không có cách hiểu này",
        "no such interpretation",
    ),
    "unknown-label-section": (
        "Không có phần nhãn này",
        "no such section of the labels",
    ),
    "unknown-rule": (
        "Bộ quy tắc không có quy định này",
        "the ruleset has no such rule",
    ),
    "unknown-schema": (
        "Không có mô hình này",
        "no such model",
    ),
    "unknown-time-limit": (
        "Không có thời hạn này",
        "no such time limit",
    ),
    "unreadable-encoding": (
        "Tệp không đọc được theo bảng mã này; hãy chỉ ra bảng mã bằng --encoding",
        "the file cannot be read in this encoding; name its encoding with --encoding",
    ),
    "unreadable-file": (
        "Không đọc được tệp",
        "the file cannot be read",
    ),
}

#: The one message of the family ``invalid-<field>``: a value that is not one of the members
#: of an enumerated field (``invalid-not-accessible``, ``invalid-website-category``, …). The
#: field is part of the code; the detail gives the value and the allowed members. A code of
#: the table above keeps its own message.
FIELD_VALUE_MESSAGES: tuple[str, str] = (
    "Giá trị không thuộc danh sách cho phép",
    "the value is not one of the allowed values",
)


def messages_for(code: str) -> tuple[str, str] | None:
    """The one message of ``code``: its row of the table, or the ``invalid-<field>`` family's."""
    found = ERROR_CODES.get(code)
    if found is None and code.startswith("invalid-"):
        return FIELD_VALUE_MESSAGES
    return found


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
        table = messages_for(self.code)
        if table is None:  # not in the closed table: a defect the error-code test catches
            self.message_vi = message_vi or self.default_message_vi
            self.message_en = message_en or self.default_message_en
        else:  # one message per code; what a raise site says beyond it goes into the detail
            self.message_vi, self.message_en = table
            if message_en and message_en != table[1]:
                detail = f"{message_en}: {detail}" if detail else message_en
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
    return InvalidInputError("invalid-input", detail=detail)
