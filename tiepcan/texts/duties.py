"""The texts of the duties checklist (:mod:`tiepcan.duties`): why each duty is met or not.

A reason restates what the agency declared (its profile, :mod:`tiepcan.rules.duties`) or what
the catalogue check proved (interpretation ``evidence-over-declaration``), and whether the duty
applies at all (its ``applies_if``); the duty itself and its provision (Law 104/2016/QH13 arts.
13(2), 18(3), 19, 24(1)(a), 26(1), 33–35; Decree 13/2018/NĐ-CP; Law 01/2026/QH16 arts. 11,
17–22, 26(2)) are the ruleset's ``duties.toml``, so these texts state no rule of their own.

A ``{fact}`` is the label of a fact of the profile, between quotation marks: the agency's
declaration, not the law's words.
"""

from __future__ import annotations

from tiepcan.foundation._messages import Message

TEXTS: dict[str, Message] = {
    # -- whether the duty applies (the facts of applies_if)
    "applies.not_applicable": Message(
        "Không áp dụng: {fact}: {state}.",
        "Not applicable: {fact} is {state}.",
    ),
    "applies.undeclared": Message(
        "Chưa khai báo {fact}, nên chưa xác định được nghĩa vụ có áp dụng không.",
        "Whether it applies depends on {fact}, which is not declared.",
    ),
    # -- the catalogue check as evidence
    "evidence.catalogue": Message(
        "Kết quả kiểm tra Danh mục cho thấy chưa đáp ứng: {codes}.",
        "The catalogue check shows it is not met: {codes}.",
    ),
    # -- what the agency declares
    "declared.unknown": Message("Chưa khai báo {fact}.", "{fact} is not declared."),
    "declared.met": Message("Cơ quan khai báo: {fact}.", "The agency declares: {fact}."),
    "declared.missing": Message(
        "Cơ quan khai báo chưa thực hiện: {fact}.",
        "The agency declares it has not: {fact}.",
    ),
    # -- the contents of the internal rules
    "content.rules_not_issued": Message(
        "Chưa ban hành quy chế nội bộ.", "No internal rules have been issued."
    ),
    "content.unknown": Message(
        "Chưa khai báo nội dung quy chế nội bộ.",
        "The contents of the internal rules are not declared.",
    ),
    "content.covered": Message(
        "Quy chế nội bộ có nội dung: {content}.", "The internal rules cover: {content}."
    ),
    "content.not_covered": Message(
        "Quy chế nội bộ thiếu nội dung: {content}.", "The internal rules do not cover: {content}."
    ),
}
