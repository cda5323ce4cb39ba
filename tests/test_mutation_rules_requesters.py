"""Who may ask, and through whom (issue 12): Law 104/2016/QH13 arts. 4, 36.

Art. 4(1): citizens have the right of access; art. 36(1): a foreigner residing in Vietnam may
ask for information directly concerning his or her own rights and obligations; a foreigner
not residing in Vietnam has no right under this law. Art. 4(2): a person who has lost civil
act capacity asks through the legal representative; a person with cognitive difficulties
through the guardian. Art. 4(3): a person under 18 asks through the legal representative,
unless another law provides otherwise. Art. 36(2) with Decree 13 art. 4: citizens (only) may
ask through an organisation (form 01b).
"""

from __future__ import annotations

from typing import Any

import pytest

from tiepcan.rules.requesters import Intermediary, allowed_intermediaries, check_standing

#: Law 104/2016/QH13: these cases are written from its arts. 4, 24 and 36
R2016 = "ati-2016"

LAW = "Law 104/2016/QH13 on Access to Information, art. "


def test_a_citizen_has_standing_on_art_4_1() -> None:
    f = check_standing({}, concerns_requester=False, rules=R2016)
    assert f.has_standing is True
    assert [c.label_en for c in f.citations] == [f"{LAW}4(1)"]
    assert (f.reason.vi, f.reason.en) == (
        "Công dân thực hiện quyền tiếp cận thông tin",
        "a citizen exercises the right of access",
    )


@pytest.mark.parametrize("concerns", [True, False])
def test_a_foreigner_not_residing_has_none(concerns: bool) -> None:
    f = check_standing(
        {"standing": "foreigner_not_residing"}, concerns_requester=concerns, rules=R2016
    )
    assert f.has_standing is False
    assert [c.label_en for c in f.citations] == [f"{LAW}4(1)", f"{LAW}36(1)"]
    assert f.reason.en == (
        "the right of access is the citizen's; a foreigner not residing in Vietnam has no right "
        "under this law"
    )
    assert f.reason.vi.startswith("Quyền tiếp cận thông tin là của công dân; người nước ngoài")


def test_a_resident_foreigner_only_for_his_or_her_own_affairs() -> None:
    own = check_standing(
        {"standing": "foreigner_residing_in_vietnam"}, concerns_requester=True, rules=R2016
    )
    assert own.has_standing is True
    assert [c.label_en for c in own.citations] == [f"{LAW}4(1)", f"{LAW}36(1)"]
    assert own.reason.en == (
        "the information directly concerns the foreigner's own rights and obligations"
    )
    assert own.reason.vi == (
        "Thông tin liên quan trực tiếp đến quyền và nghĩa vụ của người nước ngoài"
    )
    other = check_standing(
        {"standing": "foreigner_residing_in_vietnam"}, concerns_requester=False, rules=R2016
    )
    assert other.has_standing is False
    assert other.reason.en == (
        "a resident foreigner may ask only for information directly concerning his or her own "
        "rights and obligations"
    )
    assert other.reason.vi.startswith("Người nước ngoài cư trú tại Việt Nam chỉ được yêu cầu")


IM = Intermediary


@pytest.mark.parametrize(
    ("requester", "allowed"),
    [
        ({}, {IM.SELF, IM.AUTHORISED_PERSON, IM.ORGANISATION}),
        ({"standing": "foreigner_residing_in_vietnam"}, {IM.SELF, IM.AUTHORISED_PERSON}),
        ({"capacity": "lost"}, {IM.LEGAL_REPRESENTATIVE, IM.GUARDIAN}),
        ({"capacity": "cognitive_difficulty"}, {IM.GUARDIAN}),
        ({"capacity": "cognitive_difficulty", "under_18": True}, {IM.GUARDIAN, IM.LEGAL_REPRESENTATIVE}),
        ({"under_18": True}, {IM.LEGAL_REPRESENTATIVE, IM.GUARDIAN}),
        ({"under_18": True, "minor_may_act_alone": True}, {IM.SELF, IM.AUTHORISED_PERSON, IM.ORGANISATION}),
        ({"capacity": "lost", "under_18": True}, {IM.LEGAL_REPRESENTATIVE, IM.GUARDIAN}),
    ],
)  # fmt: skip
def test_through_whom_a_person_may_ask(requester: dict[str, Any], allowed: set[Any]) -> None:
    assert allowed_intermediaries(requester, rules=R2016) == frozenset(allowed)
