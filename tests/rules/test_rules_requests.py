"""Arts. 24–27, 30(1)–(2); Decree 13/2018 art. 5: the request form, consent and the forms."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tiepcan.foundation.citations import decree13, law
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.rules.access import ConditionalCategory
from tiepcan.rules.requests import (
    ConsentDocument,
    DecreeForm,
    NoticeItem,
    ReceiptDuty,
    RequestDeficiency,
    RequestedInformation,
    RequesterIdentity,
    RequestForm,
    check_consents,
    check_form,
    electronic_provision_possible,
)

FULL = RequesterIdentity(
    full_name="A", residence_address="Huế", id_kind="people_id_card", id_number="1"
)
ASKED = RequestedInformation(
    description="Kế hoạch sử dụng đất",
    document_names=("QĐ 1/QĐ-UBND",),
    provision_form="fax",
    reason_and_purpose="r",
)


def test_complete_form_has_no_gaps() -> None:
    assert check_form(RequestForm(requester=FULL, request=ASKED)) == ()


def test_every_content_of_art_24_2_is_named_and_cited_in_order() -> None:
    gaps = check_form(
        RequestForm(
            requester=RequesterIdentity(), request=RequestedInformation(), in_vietnamese=False
        )
    )
    assert [(d.item.value, d.citation) for d in gaps] == [
        ("full_name", law(24, 2, "a")),
        ("residence_address", law(24, 2, "a")),
        ("id_number", law(24, 2, "a")),
        ("information_requested", law(24, 2, "b")),
        ("document_names", law(24, 2, "b")),
        ("provision_form", law(24, 2, "c")),
        ("reason_and_purpose", law(24, 2, "d")),
        ("not_in_vietnamese", law(24, 2)),
    ]


def test_id_number_without_its_kind_is_incomplete() -> None:
    """Art. 24(2)(a): the number of a CMND, CCCD or passport — which one must be known."""
    who = FULL.model_copy(update={"id_kind": None})
    assert [d.item for d in check_form(RequestForm(requester=who, request=ASKED))] == [
        RequestDeficiency.ID_NUMBER
    ]


def test_consent_document_must_come_from_the_right_party() -> None:
    """Art. 7(1)–(2); art. 24(3); Decree 13 art. 5(2), form 06."""
    ok = ConsentDocument(
        party="family_members",
        consenting_persons=("B", "C"),
        covers=("family_secret",),
        information="x",
    )
    assert check_consents(
        (ConditionalCategory.FAMILY_SECRET, ConditionalCategory.TRADE_SECRET), (ok,)
    ) == (ConditionalCategory.TRADE_SECRET,)
    with pytest.raises((ValidationError, InvalidInputError)):
        ConsentDocument(
            party="person_concerned",
            consenting_persons=("B",),
            covers=("trade_secret",),
            information="x",
        )
    with pytest.raises((ValidationError, InvalidInputError)):
        ConsentDocument(
            party="person_concerned",
            consenting_persons=(),
            covers=("personal_secret",),
            information="x",
        )


@pytest.mark.parametrize(
    ("file", "means", "ok"), [(True, True, True), (False, True, False), (True, False, False)]
)
def test_electronic_provision_needs_both_conditions_of_art_30_1(
    file: bool, means: bool, ok: bool
) -> None:
    assert electronic_provision_possible(transmissible_file=file, technical_means=means) is ok


def test_decree_13_forms_are_cited_to_art_5() -> None:
    assert [f.value for f in DecreeForm] == ["01a", "01b", "02", "03", "04", "05", "06"]
    assert [f.citation for f in DecreeForm] == [
        decree13(5, 1, "a"),
        decree13(5, 1, "a"),
        decree13(5, 1, "b"),
        decree13(5, 1, "c"),
        decree13(5, 1, "d"),
        decree13(5, 1, "đ"),
        decree13(5, 2),
    ]


def test_receipt_duties_cite_arts_24_26_27_28() -> None:
    assert [d.citation for d in ReceiptDuty] == [
        law(26, 1),
        law(24, 1, "a"),
        law(26, 2),
        law(26, 3),
        law(27),
        law(28, 2),
    ]
    assert {n.citation for n in NoticeItem} == {law(27)}


def test_request_helpers_take_a_mapping_and_validate_it() -> None:
    form = RequestForm(requester=FULL, request=ASKED)
    assert check_form(form.to_dict()) == check_form(form)
    group = {"form": "01b", "representative": FULL.to_dict(), "request": ASKED.to_dict()}
    assert check_form(group) == ()  # art. 24(2) for the representative; the list is art. 4
    with pytest.raises(InvalidInputError):
        check_form({"form": "01a", "requester": {"full_name": 7}, "request": {}})
    with pytest.raises(InvalidInputError):
        electronic_provision_possible(transmissible_file="0", technical_means=True)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        check_consents("trade_secret", ())  # type: ignore[arg-type]
    assert check_consents(("trade_secret",), ()) == (ConditionalCategory.TRADE_SECRET,)


def test_a_deficiency_is_a_light_result_cited_under_the_ruleset() -> None:
    from tiepcan.foundation.regimes import ATI_2016_RULES
    from tiepcan.rules.requests import Deficiency

    gap = Deficiency(item=RequestDeficiency.REASON_AND_PURPOSE)
    assert gap.citation_in(ATI_2016_RULES) == law(24, 2, "d")
    assert Deficiency.from_json(gap.to_json()) == gap


def test_the_form_fields_carry_their_vietnamese_titles() -> None:
    """Art. 24(2)(a)–(d): the schema names each content in the law's words."""
    props = RequestedInformation.json_schema()["properties"]
    assert props["reason_and_purpose"]["title"] == "Lý do, mục đích yêu cầu cung cấp thông tin"
    assert props["document_names"]["title"] == "Tên văn bản, hồ sơ, tài liệu"
    assert RequesterIdentity.json_schema()["properties"]["full_name"]["title"] == "Họ, tên"
