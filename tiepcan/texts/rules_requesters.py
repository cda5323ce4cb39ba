"""Người yêu cầu cung cấp thông tin — the texts of a requester's standing.

The reasons :func:`tiepcan.rules.requesters.check_standing` gives: a citizen's right of access
(Law 104/2016/QH13 art. 4(1); Law 01/2026/QH16 art. 7(1)) and a foreigner's, for
information that directly concerns his or her rights and obligations (Law 104/2016/QH13
art. 36(1); Law 01/2026/QH16 art. 29(1)).
"""

from tiepcan.foundation._messages import Message

TEXTS: dict[str, Message] = {
    "standing.citizen": Message(
        "Công dân thực hiện quyền tiếp cận thông tin",
        "a citizen exercises the right of access",
        states=("decision.citizen_right",),
    ),
    "standing.foreigner_not_residing": Message(
        "Quyền tiếp cận thông tin là của công dân; người nước ngoài không cư trú tại Việt Nam "
        "không thuộc đối tượng của Luật",
        "the right of access is the citizen's; a foreigner not residing in Vietnam has no right "
        "under this law",
        states=("decision.citizen_right", "decision.resident_foreigner"),
    ),
    "standing.foreigner_own_affairs": Message(
        "Thông tin liên quan trực tiếp đến quyền và nghĩa vụ của người nước ngoài",
        "the information directly concerns the foreigner's own rights and obligations",
        states=("decision.resident_foreigner",),
    ),
    "standing.foreigner_other_affairs": Message(
        "Người nước ngoài cư trú tại Việt Nam chỉ được yêu cầu thông tin liên quan trực tiếp "
        "đến quyền và nghĩa vụ của họ",
        "a resident foreigner may ask only for information directly concerning his or her own "
        "rights and obligations",
        states=("decision.resident_foreigner",),
    ),
}
