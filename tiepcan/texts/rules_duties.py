"""Trách nhiệm của cơ quan cung cấp thông tin — the texts of the duty checklist.

The lines :mod:`tiepcan.rules.duties` writes around the duties of Law 104/2016/QH13 arts.
13, 18, 19, 24, 26, 33–35 and Decree 13/2018/NĐ-CP (Law 01/2026/QH16 art. 11 and the
articles it names). The duties themselves, each with its citation and the verbatim words of
the law that make it, are data (``data/<regime>/duties.toml``).
"""

from tiepcan.foundation._messages import Message

TEXTS: dict[str, Message] = {
    "checklist.head": Message(
        "Trách nhiệm của cơ quan — {agency}",
        "Duties of the agency — {agency}",
    ),
    "basis.details": Message(
        "{basis}; chi tiết tại {details}",
        "{basis}; detailed in {details}",
    ),
}
