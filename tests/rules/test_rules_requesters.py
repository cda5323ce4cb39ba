"""Arts. 4, 36 and Decree 13/2018 art. 4: who may ask, and through whom."""

from __future__ import annotations

from typing import Any

import pytest

from tiepcan.foundation.citations import law
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.rules.requesters import (
    CivilActCapacity,
    Intermediary,
    Requester,
    Standing,
    allowed_intermediaries,
    check_group_list,
    check_representation,
    check_standing,
)
from tiepcan.rules.requests import (
    GroupMember,
    GroupRequestForm,
    RequestedInformation,
    RequesterIdentity,
)

#: Law 104/2016/QH13: these cases are written from its arts. 4, 24 and 36
R2016 = "ati-2016"

I = Intermediary  # noqa: E741 - short alias for the table


@pytest.mark.parametrize(
    ("requester", "allowed", "clause"),
    [
        # art. 4(1) with art. 24(1)(a) and 36(2): in person, authorised person, organisation
        (Requester(), {I.SELF, I.AUTHORISED_PERSON, I.ORGANISATION}, "4(1)"),
        # art. 4(2), first paragraph
        # a guardian is the legal representative of the ward (Civil Code art. 136; reading
        # guardian-is-legal-representative)
        (Requester(capacity="lost"), {I.LEGAL_REPRESENTATIVE, I.GUARDIAN}, "4(2)"),
        # art. 4(2), second paragraph
        (Requester(capacity="cognitive_difficulty"), {I.GUARDIAN}, "4(2)"),
        # art. 4(3)
        (Requester(under_18=True), {I.LEGAL_REPRESENTATIVE, I.GUARDIAN}, "4(3)"),
        # art. 4(3), "trừ trường hợp luật về trẻ em và luật khác có quy định khác"
        (
            Requester(under_18=True, minor_may_act_alone=True),
            {I.SELF, I.AUTHORISED_PERSON, I.ORGANISATION},
            "4(3)",
        ),
        # art. 4(2) before 4(3): a minor who lost capacity
        (Requester(under_18=True, capacity="lost"), {I.LEGAL_REPRESENTATIVE, I.GUARDIAN}, "4(2)"),
        # a minor's guardian is his legal representative
        (
            Requester(under_18=True, capacity="cognitive_difficulty"),
            {I.GUARDIAN, I.LEGAL_REPRESENTATIVE},
            "4(2)",
        ),
        # art. 36(1): a resident foreigner; art. 36(2) is for citizens
        (Requester(standing="foreigner_residing_in_vietnam"), {I.SELF, I.AUTHORISED_PERSON}, "36"),
    ],
)
def test_who_asks_for_whom(requester: Requester, allowed: set[Intermediary], clause: str) -> None:
    assert allowed_intermediaries(requester, rules=R2016) == frozenset(allowed), clause


@pytest.mark.parametrize(
    ("standing", "related", "has_standing", "cite"),
    [
        (Standing.VIETNAMESE_CITIZEN, False, True, (law(4, 1),)),
        # a foreigner: art. 4(1) (the right is the citizen's) beside art. 36(1)
        (Standing.FOREIGNER_RESIDING_IN_VIETNAM, True, True, (law(4, 1), law(36, 1))),
        (Standing.FOREIGNER_RESIDING_IN_VIETNAM, False, False, (law(4, 1), law(36, 1))),
        (Standing.FOREIGNER_NOT_RESIDING, True, False, (law(4, 1), law(36, 1))),
    ],
)
def test_standing(standing: Standing, related: bool, has_standing: bool, cite: object) -> None:
    found = check_standing(Requester(standing=standing), concerns_requester=related, rules=R2016)
    assert found.has_standing is has_standing
    assert found.citations == cite


# -- standing and intermediaries from a mapping: each finding whole, with its reason ----------
# Art. 4(1): citizens have the right of access; art. 36(1): a foreigner residing in Vietnam may
# ask for information directly concerning his or her own rights and obligations; a foreigner
# not residing in Vietnam has no right under this law. Art. 4(2): a person who has lost civil
# act capacity asks through the legal representative; a person with cognitive difficulties
# through the guardian. Art. 4(3): a person under 18 asks through the legal representative,
# unless another law provides otherwise. Art. 36(2) with Decree 13 art. 4: citizens (only) may
# ask through an organisation (form 01b).

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


@pytest.mark.parametrize(
    ("requester", "allowed"),
    [
        ({}, {I.SELF, I.AUTHORISED_PERSON, I.ORGANISATION}),
        ({"standing": "foreigner_residing_in_vietnam"}, {I.SELF, I.AUTHORISED_PERSON}),
        ({"capacity": "lost"}, {I.LEGAL_REPRESENTATIVE, I.GUARDIAN}),
        ({"capacity": "cognitive_difficulty"}, {I.GUARDIAN}),
        ({"capacity": "cognitive_difficulty", "under_18": True}, {I.GUARDIAN, I.LEGAL_REPRESENTATIVE}),
        ({"under_18": True}, {I.LEGAL_REPRESENTATIVE, I.GUARDIAN}),
        ({"under_18": True, "minor_may_act_alone": True}, {I.SELF, I.AUTHORISED_PERSON, I.ORGANISATION}),
        ({"capacity": "lost", "under_18": True}, {I.LEGAL_REPRESENTATIVE, I.GUARDIAN}),
    ],
)  # fmt: skip
def test_through_whom_a_person_may_ask(requester: dict[str, Any], allowed: set[Any]) -> None:
    assert allowed_intermediaries(requester, rules=R2016) == frozenset(allowed)


def test_group_route_goes_with_form_01b_both_ways() -> None:
    """Decree 13 arts. 4, 5(1)(a): the organisation route uses form 01b."""
    via = Requester(acting_through="organisation")
    assert check_representation(via, form="01b", rules=R2016) == ()
    assert [d.item.value for d in check_representation(via, form="01a", rules=R2016)] == [
        "group_route_for_citizens"
    ]
    assert [d.item.value for d in check_representation(Requester(), form="01b", rules=R2016)] == [
        "group_route_for_citizens"
    ]


def _group(*members: GroupMember, name: str | None = "Công đoàn Công ty X") -> GroupRequestForm:
    return GroupRequestForm(
        organisation_name=name,
        representative=RequesterIdentity(full_name="A"),
        members=members,
        request=RequestedInformation(),
    )


def test_group_list_requires_each_members_name_id_reason_and_purpose() -> None:
    """Decree 13 art. 4(2): "họ, tên; số … và lý do, mục đích của từng người"."""
    full = GroupMember(full_name="B", id_number="1", reason_and_purpose="r")
    assert check_group_list(_group(full, full)) == ()
    gaps = check_group_list(_group(full, GroupMember(full_name="C")))
    assert [(d.item.value, d.detail) for d in gaps] == [
        ("group_member_list", "member 2: id_number, reason_and_purpose")
    ]


def test_group_needs_many_members_and_an_organisation() -> None:
    """Decree 13 art. 4(1): "nhiều người trong tổ chức có cùng yêu cầu"; we read many as ≥ 2."""
    full = GroupMember(full_name="B", id_number="1", reason_and_purpose="r")
    assert [d.item.value for d in check_group_list(_group(full))] == ["group_many_members"]
    assert [d.item.value for d in check_group_list(_group(full, full, name=" "))] == [
        "group_organisation"
    ]


def test_capacity_members_cite_article_4() -> None:
    assert CivilActCapacity.LOST.citation == law(4, 2)
    assert Intermediary.AUTHORISED_PERSON.citation == law(24, 1, "a")
    assert Intermediary.ORGANISATION.citation == law(36, 2)


def test_requester_helpers_take_a_mapping_and_validate_it() -> None:
    """A mapping answers like the model; a bad value or a stray form raises."""
    assert allowed_intermediaries({"under_18": True}, rules=R2016) == allowed_intermediaries(
        Requester(under_18=True), rules=R2016
    )
    with pytest.raises(InvalidInputError):
        allowed_intermediaries({"under_18": "0"}, rules=R2016)
    with pytest.raises(InvalidInputError):
        check_representation(Requester(), form="01c", rules=R2016)
    with pytest.raises(InvalidInputError):
        check_standing(Requester(), concerns_requester="yes", rules=R2016)  # type: ignore[arg-type]
    found = check_standing({}, concerns_requester=False, rules=R2016)
    assert found.has_standing and found.citations == (law(4, 1),)
    assert type(found).from_json(found.to_json()) == found
