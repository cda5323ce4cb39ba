"""Thuật ngữ chung — the basic terms shared by the rules: channels and complexity.

Channel (hình thức yêu cầu / cung cấp): Law 104/2016/QH13 art. 24(1) lets a requester come to
the agency's office in person or through an authorised person (point a), or send the request
form electronically, by post or by fax (point b). Arts. 29, 30 and 31 set a procedure and
time limits for each.

Complexity: arts. 29–31 distinguish "thông tin đơn giản, có sẵn có thể cung cấp ngay" (simple,
available information) from "thông tin phức tạp, không có sẵn mà cần tập hợp từ các bộ phận
của cơ quan đó hoặc thông tin cần thiết phải có ý kiến của cơ quan, tổ chức, đơn vị khác"
(complex information). Which applies is the agency's finding of fact.

>>> Channel("electronic").label_vi
'Qua mạng điện tử'
>>> Complexity.COMPLEX.label_en
'complex information (not available; must be gathered or needs other bodies’ opinions)'
"""

from __future__ import annotations

from tiepcan._model import BilingualStrEnum

__all__ = ["Channel", "Complexity"]


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
