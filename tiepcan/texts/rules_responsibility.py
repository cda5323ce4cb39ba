"""Trách nhiệm cung cấp thông tin — the texts of whether an agency must provide.

The reasons :func:`tiepcan.rules.responsibility.assess_responsibility` gives, in the order of
Law 104/2016/QH13 art. 9: the agency that created the information provides it (clause 1);
the offices of clause 2(a)–(g) provide for the bodies they serve; a commune People's
Committee provides to residents, and to others what directly concerns them (clause 2(h));
otherwise the requester is told and directed to the responsible agency (art. 26(3)). Under
Law 01/2026/QH16: art. 10(1)–(2), held information needed for the public interest or
community health (art. 10(3)), art. 26(2).
"""

from tiepcan.foundation._messages import Message

TEXTS: dict[str, Message] = {
    # -- the district level, gone (art. 9(2)(g); interpretation district-level-ended)
    "district.ended": Message(
        "Cấp huyện không còn từ ngày {ended}: văn phòng cấp huyện không còn là cơ quan cung cấp "
        "thông tin",
        "the district level no longer exists from {ended}: a district office is no longer the "
        "provider",
        states=("decision.district_office", "decision.notify_and_guide"),
    ),
    # -- art. 9(2), opening words: a body served by an office
    "body_served": Message(
        "Văn phòng của cơ quan tổ chức cung cấp thông tin",
        "the body's office organises the provision of its information",
        states=("decision.offices_provide", "decision.notify_and_guide"),
    ),
    # -- where the information comes from (art. 9(1), (2)(a)–(h))
    "origin.created": Message(
        "Thông tin do cơ quan tạo ra",
        "the agency created it",
        states=("decision.duty_to_provide",),
    ),
    "origin.created_by_public_service_unit": Message(
        "Thông tin do đơn vị sự nghiệp công lập tạo ra",
        "the public service unit created it",
        states=("decision.duty_to_provide", "agency_kind.public_service_unit"),
    ),
    "origin.received_by_commune": Message(
        "Thông tin Ủy ban nhân dân cấp xã nhận được để thực hiện chức năng",
        "received by the commune People's Committee for its own functions",
        states=("decision.duty_to_provide",),
    ),
    "origin.commune_level_bodies": Message(
        "Thông tin do các cơ quan ở cấp xã tạo ra",
        "created by bodies at commune level",
        states=("decision.commune_provides",),
    ),
    "origin.body_served": Message(
        "Văn phòng cung cấp thông tin do cơ quan mình phục vụ tạo ra",
        "the office provides the information of the body it serves",
        states=("decision.offices_provide",),
    ),
    "origin.not_responsible": Message(
        "Thông tin không do cơ quan tạo ra hoặc không thuộc trách nhiệm cung cấp",
        "the agency did not create the information and is not responsible for providing it",
        states=("decision.duty_to_provide", "decision.notify_and_guide"),
    ),
    # -- held information (Law 01/2026/QH16 art. 10(3))
    "held.needed": Message(
        "Thông tin do cơ quan, đơn vị nắm giữ; cần thiết để bảo vệ {need}",
        "information the body holds; needed to protect {need}",
        states=("decision.held_information_needed",),
    ),
    "held.not_needed": Message(
        "Thông tin do cơ quan, đơn vị nắm giữ nhưng không do mình tạo ra, và việc cung cấp "
        "không cần thiết để bảo vệ lợi ích công cộng, sức khỏe của cộng đồng",
        "information the body holds but did not create, whose provision the public interest "
        "or community health does not need",
        states=(
            "decision.duty_to_provide",
            "decision.held_information_needed",
            "decision.notify_and_guide",
        ),
    ),
    # -- a commune People's Committee: whom it provides to (art. 9(2)(h))
    "commune.point": Message(
        "điểm {point} khoản {clause} Điều {article}",
        "art. {article}({clause})({point})",
    ),
    "commune.requester_served": Message(
        "{reason}; người yêu cầu thuộc đối tượng {point}",
        "{reason}; the requester is one {point} serves",
        states=("decision.commune_provides",),
    ),
    "commune.non_resident": Message(
        "Ủy ban nhân dân cấp xã chỉ cung cấp cho công dân không cư trú trên địa bàn thông tin "
        "liên quan trực tiếp đến quyền và lợi ích hợp pháp của họ",
        "a commune People's Committee provides to non-residents only information directly "
        "concerning their lawful rights and interests",
        states=("decision.commune_provides",),
    ),
}
