"""The forms an agency issues on a request (Decree 13/2018 art. 5(1)(b)–(đ): forms 02–05).

The scenario throughout: an electronic request for complex information received on Wednesday
07/02/2024, the day before Tết Giáp Thìn. Tết 2024 was 8–14/2/2024 off (Công văn
8662/VPCP-KGVX, 03/11/2023; calendar reference, 2024 row). Counted by hand:

* art. 30(4), 15 working days from 08/02: 15, 16, 19, 20, 21, 22, 23, 26, 27, 28, 29/2,
  1, 4, 5, 6/3 → due Wednesday **06/03/2024**;
* art. 30(4), notice of the time limit within 3 working days: 15, 16, 19/2 → **19/02/2024**;
* art. 30(4), extension of at most 15 days (calendar, Civil Code art. 148) from 06/03 →
  Thursday **21/03/2024**; the extension notice is due "trong thời hạn", by 06/03/2024.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan.deadlines import response_deadline
from tiepcan.decision import assess, refusal_notice
from tiepcan.fees import FeeNotice, fee_notice, quote
from tiepcan.forms import (
    ExtensionForm,
    ReceiptForm,
    RefusalForm,
    ResolutionForm,
    extension_form,
    receipt_form,
    refusal_form,
    resolution_form,
)
from tiepcan.foundation.errors import InvalidInputError, TiepCanError
from tiepcan.rules.requests import RequestDeficiency

RECEIVED = date(2024, 2, 7)
AGENCY = "Sở Tài nguyên và Môi trường tỉnh X"
PAYMENT = {"revenue_agency": "Cục Thuế tỉnh X", "treasury": "Kho bạc Nhà nước tỉnh X"}


def _request(channel: str = "electronic", provision: str = "electronic", **drop: Any) -> dict:
    contents = {
        "description": "Hồ sơ giao đất khu dân cư B",
        "provision_form": provision,
        "document_names": ["Quyết định 12/QĐ-UBND"],
        "reason_and_purpose": "Bảo vệ quyền sử dụng đất",
    }
    for key in drop:
        contents.pop(key)
    return {
        "channel": channel,
        "received_on": RECEIVED,
        "form": {
            "form": "01a",
            "requester": {
                "full_name": "Nguyễn Văn A",
                "residence_address": "12 Lê Lợi, Hà Nội",
                "id_kind": "citizen_id_card",
                "id_number": "001099000001",
                "email": "nva@example.vn",
            },
            "request": contents,
        },
    }


REQUEST = _request()
DEADLINE = response_deadline(RECEIVED, "electronic", "complex")
EXTENDED = response_deadline(RECEIVED, "electronic", "complex", extended=True)


def _code(excinfo: pytest.ExceptionInfo[TiepCanError]) -> str:
    return excinfo.value.code


def test_the_scenario_dates_are_the_hand_counted_ones() -> None:
    """Art. 30(4) with Tết 2024 (8662/VPCP-KGVX): the dates every form below states."""
    assert (DEADLINE.due, DEADLINE.notice_due) == (date(2024, 3, 6), date(2024, 2, 19))
    assert (EXTENDED.original_due, EXTENDED.due) == (date(2024, 3, 6), date(2024, 3, 21))


# -- Mẫu số 02 -------------------------------------------------------------------------------


def test_receipt_form_states_receipt_register_and_time_limit_in_both_languages() -> None:
    """Law art. 26(1) (receive and register), art. 30(4) (time limit and its notice)."""
    form = receipt_form(REQUEST, DEADLINE, issued_on=RECEIVED, agency=AGENCY, number="15/2024")
    vi, en = form.render("vi"), form.render("en")
    for text in (
        "PHIẾU TIẾP NHẬN YÊU CẦU CUNG CẤP THÔNG TIN",
        "Mẫu số 02 (Điều 5 khoản 1 điểm b Nghị định 13/2018/NĐ-CP)",
        "Kính gửi: Nguyễn Văn A",
        "Số: 15/2024",
        "……, ngày 07 tháng 02 năm 2024",
        "Ngày nhận: 07/02/2024",
        "chậm nhất ngày 06/03/2024 (Điều 30 khoản 4 Luật Tiếp cận thông tin số 104/2016/QH13)",
        "thời hạn giải quyết: chậm nhất ngày 19/02/2024",
        "Điều 26 khoản 1 Luật Tiếp cận thông tin số 104/2016/QH13",
        "NGƯỜI TIẾP NHẬN",
    ):
        assert text in vi, text
    for text in (
        "Form 02 (Decree 13/2018/NĐ-CP, art. 5(1)(b))",
        "To: Nguyễn Văn A",
        "by 2024-03-06 at the latest (Law 104/2016/QH13 on Access to Information, art. 30(4))",
        "Written notice of the time limit: by 2024-02-19",
        "art. 26(1)",
    ):
        assert text in en, text
    assert form.regime == "ati-2016"
    assert ReceiptForm.from_json(form.to_json()) == form
    assert "2024-03-06" in form.explain("en") and "art. 147(3)" in form.explain("en")


def test_receipt_of_an_incomplete_request_lists_the_gaps_and_starts_no_time_limit() -> None:
    """Arts. 24(2)(d), 26(2): guide the requester to complete; arts. 29–31 count from the
    day a *valid* request is received, so no due date is given."""
    incomplete = _request(reason_and_purpose=None)
    form = receipt_form(incomplete, None, issued_on=RECEIVED, agency=AGENCY)
    assert [d.item for d in form.deficiencies] == [RequestDeficiency.REASON_AND_PURPOSE]
    vi = form.render("vi")
    assert "Lý do, mục đích yêu cầu cung cấp thông tin" in vi
    assert "Điều 24 khoản 2 điểm d" in vi and "Điều 26 khoản 2" in vi
    assert "kể từ" not in vi and "tính từ ngày nhận được yêu cầu hợp lệ" in vi
    assert "valid request" in form.render("en")
    with pytest.raises(InvalidInputError) as excinfo:
        receipt_form(incomplete, DEADLINE, issued_on=RECEIVED, agency=AGENCY)
    assert _code(excinfo) == "time-limit-not-running"


def test_receipt_from_a_decision_needs_the_request_and_the_running_time_limit() -> None:
    decision = assess(REQUEST, {}, {"complexity": "complex"})
    form = receipt_form(decision, DEADLINE, request=REQUEST, issued_on=RECEIVED, agency=AGENCY)
    assert form == receipt_form(REQUEST, DEADLINE, issued_on=RECEIVED, agency=AGENCY)
    as_dict = receipt_form(
        decision.to_dict(), DEADLINE.to_dict(), request=REQUEST, issued_on=RECEIVED, agency=AGENCY
    )
    assert as_dict == form  # mappings accepted where a model is expected
    for kwargs, code in (
        ({"deadline": DEADLINE}, "request-required"),  # a decision carries no requester
        ({"deadline": None, "request": REQUEST}, "deadline-required"),
        ({"deadline": EXTENDED, "request": REQUEST}, "deadline-extended"),  # form 04's job
    ):
        with pytest.raises(InvalidInputError) as excinfo:
            receipt_form(decision, issued_on=RECEIVED, agency=AGENCY, **kwargs)
        assert _code(excinfo) == code


def test_receipt_refuses_a_deadline_of_another_request_or_a_date_before_receipt() -> None:
    postal = response_deadline(RECEIVED, "electronic", "complex", received_via="postal")
    with pytest.raises(InvalidInputError) as excinfo:
        receipt_form(REQUEST, postal, issued_on=RECEIVED, agency=AGENCY)
    assert _code(excinfo) == "deadline-mismatch"
    with pytest.raises(InvalidInputError) as excinfo:
        receipt_form(REQUEST, DEADLINE, issued_on=date(2024, 2, 6), agency=AGENCY)
    assert _code(excinfo) == "issued-before-receipt"
    for bad in ({"issued_on": "2024-02-07"}, {"agency": "  "}, {"number": ""}):
        args: dict[str, Any] = {"issued_on": RECEIVED, "agency": AGENCY, **bad}
        with pytest.raises(InvalidInputError):
            receipt_form(REQUEST, DEADLINE, **args)


def test_a_loaded_receipt_is_checked_like_a_built_one() -> None:
    data = receipt_form(REQUEST, DEADLINE, issued_on=RECEIVED, agency=AGENCY).to_dict()
    data["deficiencies"] = [{"item": "reason_and_purpose", "detail": None}]
    with pytest.raises(InvalidInputError) as excinfo:
        ReceiptForm.from_dict(data)
    assert _code(excinfo) == "time-limit-not-running"


# -- Mẫu số 03 -------------------------------------------------------------------------------

PAYING = assess(REQUEST, {}, {"complexity": "complex", "costs": "awaiting_payment"})
QUOTE = quote({"photocopy_bw_a4": 10}, channel="electronic", received=RECEIVED)


def _resolution(**over: Any) -> ResolutionForm:
    args: dict[str, Any] = {
        "issued_on": date(2024, 2, 19),
        "agency": AGENCY,
        "request": REQUEST,
        "payment_method": PAYMENT,
        "payment_deadline": date(2024, 2, 29),
    }
    args.update(over)
    subject = args.pop("decision", PAYING)
    deadline = args.pop("deadline", DEADLINE)
    costs = args.pop("costs", QUOTE)
    return resolution_form(subject, deadline, costs, **args)


def test_resolution_form_states_the_terms_of_art_27_with_the_fee_notice_embedded() -> None:
    """Law art. 27 (time limit, place, form, costs, payment); Circular 46/2018 art. 3 (3,000
    đồng an A4 page, appendix line 1.1: 10 pages = 30,000 đồng), art. 4(1) (payment method
    on form 03, paid before provision); Decree 13 art. 13(2)."""
    form = _resolution()
    vi, en = form.render("vi"), form.render("en")
    for text in (
        "PHIẾU GIẢI QUYẾT YÊU CẦU CUNG CẤP THÔNG TIN",
        "Mẫu số 03 (Điều 5 khoản 1 điểm c Nghị định 13/2018/NĐ-CP)",
        "Kính gửi: Nguyễn Văn A",
        "Thời hạn cung cấp thông tin: chậm nhất ngày 06/03/2024",
        "Địa điểm cung cấp thông tin: nva@example.vn",
        "Hình thức cung cấp thông tin: Qua mạng điện tử",
        "Tổng cộng: 30.000 đồng",
        "Tên cơ quan quản lý thu: Cục Thuế tỉnh X",
        "Thời hạn thanh toán: 29/02/2024",
        "Điều 27 Luật Tiếp cận thông tin số 104/2016/QH13",
        "Điều 13 khoản 2 Nghị định 13/2018/NĐ-CP",
        "Điều 4 khoản 1 điểm a Thông tư 46/2018/TT-BTC",
        "LÃNH ĐẠO ĐƠN VỊ ĐẦU MỐI CUNG CẤP THÔNG TIN",
    ):
        assert text in vi, text
    for text in (
        "Form 03 (Decree 13/2018/NĐ-CP, art. 5(1)(c))",
        "by 2024-03-06 at the latest",
        "Total: 30,000 đồng",
        "Pay by: 2024-02-29",
        "Decree 13/2018/NĐ-CP, art. 13(2)",
        "Law 104/2016/QH13 on Access to Information, art. 27",
    ):
        assert text in en, text
    assert ResolutionForm.from_json(form.to_json()) == form


def test_form_03_is_one_model_the_costs_part_is_the_fee_notice() -> None:
    """Issue 8: one model of form 03. The amount and payment terms live in the FeeNotice only."""
    form = _resolution()
    expected = fee_notice(
        QUOTE,
        agency=AGENCY,
        requester="Nguyễn Văn A",
        issued_on=date(2024, 2, 19),
        payment_method=PAYMENT,
        payment_deadline=date(2024, 2, 29),
        provision_due=date(2024, 3, 6),
        provision_place="nva@example.vn",
        provision_form="electronic",
    )
    assert form.costs == expected
    own = {f.name for f in fields(ResolutionForm)}
    assert not own & {"amount_due", "payment_method", "payment_deadline", "quote", "agency"}
    # an issued notice (without the provision entries) is completed, not copied
    issued = fee_notice(
        QUOTE,
        agency=AGENCY,
        requester="Nguyễn Văn A",
        issued_on=date(2024, 2, 19),
        payment_method=PAYMENT,
        payment_deadline=date(2024, 2, 29),
    )
    assert _resolution(costs=issued, payment_method=None, payment_deadline=None) == form
    assert _resolution(costs=issued.to_dict(), payment_method=None, payment_deadline=None) == form


def test_a_resolution_form_whose_amount_differs_from_the_quote_is_refused() -> None:
    """Circular 46 art. 4(1)(b): the requester pays "đầy đủ theo Phiếu giải quyết": the amount
    on form 03 is the quote's total, never another figure."""
    data = _resolution().to_dict()
    data["costs"]["amount_due"] = 25000
    with pytest.raises(InvalidInputError) as excinfo:
        ResolutionForm.from_dict(data)
    assert _code(excinfo) == "inconsistent-result"
    notice = _resolution().costs.to_dict()
    notice["amount_due"] = 25000
    with pytest.raises(InvalidInputError):
        _resolution(costs=notice, payment_method=None, payment_deadline=None)


def test_resolution_form_refuses_inconsistent_inputs() -> None:
    """Decree 13 art. 13(2): paid before provision; art. 27: payment terms when it costs."""
    free = quote({}, channel="electronic", received=RECEIVED)
    simple = response_deadline(RECEIVED, "electronic", "simple")
    refused = assess(REQUEST, {}, {"not_accessible": ["work_secret"]})
    other = fee_notice(
        QUOTE,
        agency="Sở Tư pháp tỉnh X",
        requester="Nguyễn Văn A",
        issued_on=date(2024, 2, 19),
        payment_method=PAYMENT,
        payment_deadline=date(2024, 2, 29),
    )
    for over, code in (
        ({"payment_deadline": date(2024, 3, 7)}, "payment-after-provision"),
        ({"payment_method": None}, "payment-terms-missing"),
        ({"decision": refused}, "not-a-provision"),
        ({"costs": free, "payment_method": None, "payment_deadline": None}, "costs-mismatch"),
        ({"deadline": simple}, "deadline-mismatch"),
        ({"costs": other, "payment_method": None, "payment_deadline": None}, "costs-mismatch"),
        ({"issued_on": date(2024, 2, 6)}, "issued-before-receipt"),
        ({"issued_on": date(2024, 3, 1)}, "payment-deadline-before-notice"),
        ({"request": None}, "request-required"),
    ):
        with pytest.raises(InvalidInputError) as excinfo:
            _resolution(**over)
        assert _code(excinfo) == code, over


def test_resolution_form_at_the_office_defaults_the_place_to_the_agency() -> None:
    """Art. 27 names the place; at the office (art. 29) it is the agency's premises."""
    request = _request(channel="at_office", provision="at_office")
    decision = assess(request, {}, {})
    deadline = response_deadline(RECEIVED, "at_office", "simple")
    free = quote({}, channel="at_office", received=RECEIVED)
    form = resolution_form(
        decision, deadline, free, issued_on=RECEIVED, agency=AGENCY, request=request
    )
    assert form.place == f"Trụ sở {AGENCY}"
    # art. 29(1) "cung cấp ngay": on the working day of receipt (Wed 07/02/2024)
    assert "Cung cấp ngay, trong ngày làm việc 07/02/2024" in form.render("vi")
    assert isinstance(FeeNotice.from_json(form.costs.to_json()), FeeNotice)


# -- Mẫu số 04 -------------------------------------------------------------------------------


def test_extension_form_gives_the_reason_and_the_new_date_in_both_languages() -> None:
    """Art. 30(4): extension of at most 15 days, notified in writing within the time limit."""
    form = extension_form(
        EXTENDED,
        request=REQUEST,
        reason="Cần tập hợp hồ sơ từ nhiều đơn vị",
        issued_on=date(2024, 2, 19),
        agency=AGENCY,
    )
    vi, en = form.render("vi"), form.render("en")
    for text in (
        "THÔNG BÁO GIA HẠN YÊU CẦU CUNG CẤP THÔNG TIN",
        "Mẫu số 04 (Điều 5 khoản 1 điểm d Nghị định 13/2018/NĐ-CP)",
        "……, ngày 19 tháng 02 năm 2024",
        "chậm nhất ngày 06/03/2024",
        "Lý do gia hạn: Cần tập hợp hồ sơ từ nhiều đơn vị",
        "thêm 15 ngày, đến hết ngày 21/03/2024 (Điều 30 khoản 4 Luật Tiếp cận thông tin",
    ):
        assert text in vi, text
    for text in ("Form 04", "by 15 days", "to the end of 2024-03-21", "art. 30(4)"):
        assert text in en, text
    assert ExtensionForm.from_json(form.to_json()) == form


def test_extension_notice_after_the_original_due_date_is_refused() -> None:
    """Arts. 29(2), 30(4), 31(2): "phải có văn bản thông báo … trong thời hạn cung cấp thông
    tin" — on 06/03/2024 still in time, on 07/03/2024 too late."""
    args: dict[str, Any] = {"request": REQUEST, "reason": "Cần thêm thời gian", "agency": AGENCY}
    last = extension_form(EXTENDED, issued_on=date(2024, 3, 6), **args)
    with pytest.raises(InvalidInputError) as excinfo:
        extension_form(EXTENDED, issued_on=date(2024, 3, 7), **args)
    assert _code(excinfo) == "extension-notice-late"
    data = last.to_dict()
    data["issued_on"] = "2024-03-07"
    with pytest.raises(InvalidInputError) as excinfo:
        ExtensionForm.from_dict(data)
    assert _code(excinfo) == "extension-notice-late"
    with pytest.raises(InvalidInputError) as excinfo:
        extension_form(DEADLINE, issued_on=date(2024, 2, 19), **args)
    assert _code(excinfo) == "deadline-not-extended"
    with pytest.raises(InvalidInputError):
        extension_form(EXTENDED, issued_on=date(2024, 2, 19), **{**args, "reason": " "})


def test_extension_at_the_office_is_counted_in_working_days() -> None:
    """Art. 29(2): 10 working days, extended by at most 10 working days. From 07/02/2024:
    15, 16, 19–23, 26, 27, 28/2 → 28/02/2024; then 29/2, 1/3, 4–8/3, 11, 12, 13/3 → 13/03/2024."""
    request = _request(channel="at_office", provision="at_office")
    deadline = response_deadline(RECEIVED, "at_office", "complex", extended=True)
    form = extension_form(
        deadline.to_json(),
        request=request,
        reason="Cần ý kiến của Sở Xây dựng",
        issued_on=date(2024, 2, 28),
        agency=AGENCY,
    )
    assert (form.deadline.original_due, form.deadline.due) == (date(2024, 2, 28), date(2024, 3, 13))
    assert "thêm 10 ngày làm việc, đến hết ngày 13/03/2024 (Điều 29 khoản 2" in form.render("vi")
    assert "by 10 working days" in form.render("en")


# -- Mẫu số 05 -------------------------------------------------------------------------------


def test_refusal_form_states_every_ground_with_its_reasons() -> None:
    """Art. 28(2): refusal in writing with reasons; grounds a (art. 6(2) work secret) and e."""
    decision = assess(REQUEST, {}, {"not_accessible": ["work_secret"], "costs": "not_paid"})
    form = refusal_form(decision, request=REQUEST, issued_on=date(2024, 2, 9), agency=AGENCY)
    assert form.notice == refusal_notice(
        decision, REQUEST, agency=AGENCY, issued_on=date(2024, 2, 9)
    )
    vi, en = form.render("vi"), form.render("en")
    for text in (
        "THÔNG BÁO TỪ CHỐI YÊU CẦU CUNG CẤP THÔNG TIN",
        "Mẫu số 05 (Điều 5 khoản 1 điểm đ Nghị định 13/2018/NĐ-CP)",
        "Kính gửi: Nguyễn Văn A",
        "Điều 28 khoản 1 điểm a",
        "Điều 6 khoản 2",
        "Điều 28 khoản 1 điểm e",
        "Điều 28 khoản 2 Luật Tiếp cận thông tin số 104/2016/QH13",
        "Người yêu cầu không thanh toán chi phí thực tế",
    ):
        assert text in vi, text
    for text in ("Form 05", "art. 28(1)(a)", "art. 28(1)(e)", "art. 28(2)", "work secret"):
        assert text in en, text
    assert "art. 28(1)(a)" in form.explain("en")
    assert RefusalForm.from_json(form.to_json()) == form


def test_refusal_form_names_the_responsible_agency_of_a_redirect() -> None:
    """Art. 26(3) and art. 28(1)(c): the requester is told which agency to ask."""
    facts = {
        "responsibility": {
            "origin": "created_by_another_agency",
            "responsible_agency": "Sở Tài chính tỉnh X",
        }
    }
    decision = assess(REQUEST, {}, facts)
    vi = refusal_form(decision, request=REQUEST, issued_on=RECEIVED, agency=AGENCY).render("vi")
    assert "Sở Tài chính tỉnh X (Điều 26 khoản 3" in vi


def test_refusal_form_refuses_a_decision_that_is_not_a_refusal() -> None:
    decision = assess(REQUEST, {}, {})
    with pytest.raises(InvalidInputError) as excinfo:
        refusal_form(decision, request=REQUEST, issued_on=RECEIVED, agency=AGENCY)
    assert _code(excinfo) == "not-a-refusal"
    with pytest.raises(InvalidInputError) as excinfo:
        refusal_form(42, request=REQUEST, issued_on=RECEIVED, agency=AGENCY)  # type: ignore[arg-type]
    assert _code(excinfo) == "invalid-decision"


@pytest.mark.parametrize("cls", [ReceiptForm, ResolutionForm, ExtensionForm, RefusalForm])
def test_every_form_publishes_its_json_schema(cls: type) -> None:
    schema = cls.json_schema()
    assert schema["type"] == "object" and "citations" in schema["properties"]


def test_render_and_explain_refuse_an_unknown_language() -> None:
    form = receipt_form(REQUEST, DEADLINE, issued_on=RECEIVED, agency=AGENCY)
    with pytest.raises(InvalidInputError):
        form.render("fr")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        form.explain("fr")  # type: ignore[arg-type]


# -- issue 18: the notices as the forms write them -------------------------------------------


def _all_four(**layout: Any) -> dict[str, Any]:
    """One form of each kind for the scenario, with the layout arguments given."""
    refused = assess(REQUEST, {}, {"not_accessible": ["work_secret"]})
    return {
        "02": receipt_form(REQUEST, DEADLINE, issued_on=RECEIVED, agency=AGENCY, **layout),
        "03": _resolution(**layout),
        "04": extension_form(
            EXTENDED, request=REQUEST, reason="Cần tập hợp hồ sơ từ nhiều đơn vị",
            issued_on=date(2024, 2, 19), agency=AGENCY, **layout,
        ),
        "05": refusal_form(refused, request=REQUEST, issued_on=date(2024, 2, 9), agency=AGENCY,
                           **layout),
    }  # fmt: skip


def test_form_02_states_who_asked_as_art_24_2_a_lists_it() -> None:
    """Art. 24(2)(a): "Họ, tên; nơi cư trú, địa chỉ; số chứng minh nhân dân, thẻ căn cước công
    dân hoặc số hộ chiếu …; số fax, điện thoại, địa chỉ thư điện tử (nếu có)"."""
    from tiepcan.foundation.citations import law

    request = _request()
    request["form"]["requester"]["phone"] = "0912 345 678"
    form = receipt_form(request, DEADLINE, issued_on=RECEIVED, agency=AGENCY)
    vi, en = form.render("vi"), form.render("en")
    assert "Thẻ căn cước công dân số 001099000001" in vi
    assert "Nơi cư trú, địa chỉ: 12 Lê Lợi, Hà Nội" in vi
    assert "Điện thoại: 0912 345 678; Thư điện tử: nva@example.vn" in vi
    assert "Residence, address: 12 Lê Lợi, Hà Nội" in en
    assert "Telephone: 0912 345 678; E-mail: nva@example.vn" in en
    assert law(24, 2, "a") in form.citations
    assert (form.requester_id_number, form.requester_address) == (
        "001099000001",
        "12 Lê Lợi, Hà Nội",
    )
    assert ReceiptForm.from_json(form.to_json()) == form


def test_form_02_at_the_office_gives_the_day_to_call_in_or_refuse_art_29_2() -> None:
    """Art. 29(2): within 10 working days the agency "phải thông báo cho người yêu cầu đến trụ
    sở để đọc, xem, nghe, ghi chép, sao chép, chụp tài liệu … hoặc có văn bản thông báo về việc
    từ chối cung cấp thông tin". From 08/02/2024, Tết 8–14/2 off (8662/VPCP-KGVX): 15, 16, 19,
    20, 21, 22, 23, 26, 27, 28/2 → Wednesday 28/02/2024. Not a day to provide by."""
    request = _request(channel="at_office", provision="at_office")
    deadline = response_deadline(RECEIVED, "at_office", "complex")
    assert deadline.due == date(2024, 2, 28)
    vi = receipt_form(request, deadline, issued_on=RECEIVED, agency=AGENCY).render("vi")
    assert (
        "Thời hạn thông báo cho người yêu cầu đến trụ sở để đọc, xem, nghe, ghi chép, sao chép, "
        "chụp tài liệu hoặc nhận bản sao, bản chụp tài liệu, hoặc thông báo bằng văn bản về việc "
        "từ chối cung cấp thông tin: chậm nhất ngày 28/02/2024"
    ) in vi
    assert "Thời hạn cung cấp thông tin" not in vi
    en = receipt_form(request, deadline, issued_on=RECEIVED, agency=AGENCY).render("en")
    assert "Time limit to call the requester to the office" in en
    # electronically (art. 30(4)) the date is the day to provide by
    electronic = receipt_form(REQUEST, DEADLINE, issued_on=RECEIVED, agency=AGENCY).render("vi")
    assert "Thời hạn cung cấp thông tin: chậm nhất ngày 06/03/2024" in electronic


def test_form_02_under_law_01_2026_gives_the_day_to_provide_by_art_26_3() -> None:
    """Law 01/2026/QH16 art. 26(3): "chậm nhất là 12 ngày kể từ ngày nhận được yêu cầu cung
    cấp thông tin hợp lệ, cơ quan, đơn vị có trách nhiệm cung cấp thông tin" — one limit to
    provide by, at the office too (Law 104/2016's separate day to call the requester in, art.
    29(2), is gone). Received Thu 12/11/2026: day 12 is Tue 24/11/2026, Vietnam Cultural Day
    (NQ 28/2026/QH16, 10065/VPCP-KGVX), so the last day is Wed 25/11/2026 (Civil Code art.
    148(5))."""
    received = date(2026, 11, 12)
    request = {**_request(channel="at_office", provision="at_office"), "received_on": received}
    deadline = response_deadline(received, "at_office", "complex")
    assert deadline.due == date(2026, 11, 25)
    form = receipt_form(request, deadline, issued_on=received, agency=AGENCY)
    vi = form.render("vi")
    assert (
        "Thời hạn cung cấp thông tin: chậm nhất ngày 25/11/2026 (Điều 26 khoản 3 Luật Tiếp cận "
        "thông tin số 01/2026/QH16)"
    ) in vi
    assert "đến trụ sở để đọc" not in vi
    assert "Time limit for providing the information: by 2026-11-25" in form.render("en")


def test_form_02_of_an_incomplete_request_under_law_01_2026_cites_art_26_3() -> None:
    """Law 01/2026/QH16 art. 26(3): the limit runs from the day a *valid* request is received;
    the receipt says so citing that clause, not Law 104/2016's arts. 29–31."""
    received = date(2026, 11, 12)
    incomplete = {**_request(reason_and_purpose=None), "received_on": received}
    form = receipt_form(incomplete, None, issued_on=received, agency=AGENCY)
    assert (
        "Thời hạn cung cấp thông tin được tính từ ngày nhận được yêu cầu hợp lệ (Điều 26 khoản 3 "
        "Luật Tiếp cận thông tin số 01/2026/QH16)."
    ) in form.render("vi")
    assert "Điều 29, 30, 31" not in form.render("vi")
    assert (
        "The time limit runs from the day a valid request is received (Law 01/2026/QH16 on "
        "Access to Information, art. 26(3))."
    ) in form.render("en")


def test_form_05_for_a_part_says_which_part_and_never_reads_as_total() -> None:
    """Decree 13 art. 7(2): the focal unit removes the protected content and provides the rest;
    art. 28(2): the refusal of that part is in writing with reasons. A part refusal must not open
    "từ chối cung cấp thông tin vì các lý do sau" (a total refusal's words)."""
    part = assess(
        REQUEST, {}, {"protected_parts": [{"part": "đoạn 3", "not_accessible": ["work_secret"]}]}
    )
    form = refusal_form(part, request=REQUEST, issued_on=date(2024, 2, 9), agency=AGENCY)
    assert form.in_part and form.withheld_parts == ("đoạn 3",)
    vi, en = form.render("vi"), form.render("en")
    assert "từ chối cung cấp thông tin vì các lý do sau" not in vi
    assert "từ chối cung cấp thông tin nêu trên" not in vi
    assert (
        f"{AGENCY} cung cấp một phần thông tin được yêu cầu và từ chối cung cấp phần thông tin "
        "sau: đoạn 3. Lý do từ chối cung cấp phần thông tin này:"
    ) in vi
    assert "provides part of the information requested and refuses to provide this part" in en
    whole = _all_four()["05"]
    assert not whole.in_part
    assert f"{AGENCY} từ chối cung cấp thông tin nêu trên. Lý do từ chối:" in whole.render("vi")
    assert RefusalForm.from_json(form.to_json()) == form


def test_form_05_names_the_law_instead_of_luat_nay() -> None:
    """Art. 28(1)(a) says "Điều 6 của Luật này": in the statute "Luật này" is Law 104/2016; in a
    notice to a citizen it has no referent, so the form names the law."""
    from tiepcan.foundation.citations import law

    assert "Điều 6 của Luật này" in law(28, 1, "a").text()
    vi = _all_four()["05"].render("vi")
    assert "Luật này" not in vi
    assert "Điều 6 của Luật Tiếp cận thông tin số 104/2016/QH13" in vi


def test_every_form_has_the_place_before_the_date_and_a_noi_nhan_block() -> None:
    """Decree 30/2020 Appendix I: "Địa danh và thời gian ban hành văn bản được trình bày trên
    cùng một dòng với số, ký hiệu văn bản"; "Nơi nhận" bottom left, each recipient on a line
    opened by "-" and closed by ";", the last ("Lưu") by "."."""
    dated = {"02": "07 tháng 02", "03": "19 tháng 02", "04": "19 tháng 02", "05": "09 tháng 02"}
    for kind, form in _all_four(locality="Hà Nội", number="7/STNMT").items():
        lines = form.render("vi").splitlines()
        number_line = next(line for line in lines if "Số: " in line)
        assert f"Hà Nội, ngày {dated[kind]} năm 2024" in number_line, kind
        assert "Số: 07/STNMT" in number_line  # a number below 10 with its zero (II.3)
        at = lines.index(next(line for line in lines if line.startswith("Nơi nhận:")))
        assert lines[at + 1].startswith("- Như trên;") and lines[at + 2].startswith("- Lưu: VT.")
        assert lines[0].strip().startswith(f"Mẫu số {kind}")
        page = form.render_html("vi")
        assert "Hà Nội, ngày" in page and "Nơi nhận:" in page and "CỘNG HÒA XÃ HỘI" in page
        assert form.locality == "Hà Nội"
        assert type(form).from_json(form.to_json()) == form
        en = form.render("en")
        assert "Recipients:" in en and "Hà Nội, " in en


def test_forms_write_the_decree_30_dateline() -> None:
    """Issue 19: "ngày 05 tháng 7 năm 2024", not "tháng 07" (Decree 30/2020 Appendix I)."""
    request = _request()
    request["received_on"] = date(2024, 7, 5)
    form = receipt_form(request, None, issued_on=date(2024, 7, 5), agency=AGENCY, locality="Huế")
    assert "Huế, ngày 05 tháng 7 năm 2024" in form.render("vi")


def test_recipients_are_the_agencys_own_lines() -> None:
    form = receipt_form(
        REQUEST, DEADLINE, issued_on=RECEIVED, agency=AGENCY,
        recipients=["Ông Nguyễn Văn A", "Lưu: VT, VP"],
    )  # fmt: skip
    text = form.render("vi")
    assert "- Ông Nguyễn Văn A;" in text and "- Lưu: VT, VP." in text
    for bad in ([], "Như trên", ["Như trên", ""], ["a\nb"]):
        with pytest.raises(InvalidInputError):
            receipt_form(REQUEST, DEADLINE, issued_on=RECEIVED, agency=AGENCY, recipients=bad)


def test_the_samples_in_docs_are_the_forms_rendered_now() -> None:
    """docs/samples/forms/: each form's HTML (vi and en) is what the library renders today, and
    each Vietnamese page has its PNG (tools/render_form_samples.py regenerates them)."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "tools"))
    try:
        import render_form_samples
    finally:
        sys.path.remove(str(root / "tools"))
    folder = root / "docs" / "samples" / "forms"
    built = render_form_samples.forms()
    assert set(built) == {"form_02", "form_03", "form_04", "form_05", "form_05_in_part"}
    for stem, form in built.items():
        assert (folder / f"{stem}.html").read_text("utf-8") == form.render_html("vi"), stem
        assert (folder / f"{stem}_en.html").read_text("utf-8") == form.render_html("en"), stem
        png = (folder / f"{stem}.png").read_bytes()
        assert png.startswith(b"\x89PNG") and len(png) < 120_000, stem


@given(st.integers(min_value=0, max_value=400), st.sampled_from(["Hà Nội", "Minh Sơn", None]))
def test_every_form_writes_the_one_dateline_on_the_numbers_line(
    days: int, place: str | None
) -> None:
    """Property: whatever the day of issue, form 02 writes the place and date as the shared
    dateline does (Decree 30/2020 Appendix I: a zero before days 1–9 and months 1–2 only), on
    the line of "Số:"."""
    from datetime import timedelta

    from tiepcan.foundation._layout import dateline

    issued = RECEIVED + timedelta(days=days)
    form = receipt_form(REQUEST, None, issued_on=issued, agency=AGENCY, locality=place)
    line = next(line for line in form.render("vi").splitlines() if "Số: " in line)
    assert line.endswith(dateline(place, issued))
    assert dateline(place, issued, "en") in form.render("en")
