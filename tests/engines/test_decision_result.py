"""What a decision says besides its outcome: the forms, the agency's duties and the citations
of each outcome, and the decision explained in Vietnamese and in English
(tiepcan/decision/_result.py).

Decree 13/2018/NĐ-CP art. 5: a request is made on form 01a (or 01b) and received on form
02 (art. 5(1)(a), (b)); the agency answers on form 03 when it provides (art. 5(1)(c)) and on
form 05 when it refuses (art. 5(1)(đ); Law art. 28(2): in writing, with reasons); art. 7
information comes with the written consent of form 06 (art. 5(2); Law art. 24(3)).

The agency's duties on receipt (Law 104/2016/QH13): register every request (art. 26(1));
write down the request of a person who cannot write, at the office (art. 24(1)(a)); guide
the requester to complete an incomplete request (art. 26(2)); tell a requester who asked the
wrong agency where to turn (art. 26(3)); refuse in writing (art. 28(2)); tell the requester
the time, place, form and cost of provision (art. 27).

Ground b of art. 28(1) (information disclosed under art. 17; citizens access it freely, art.
10(1) — not art. 18, which is about how, nor art. 10(2), which is asking for it).
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from tiepcan.decision import _locator, assess
from tiepcan.foundation.regimes import ruleset

from strategies_rules import electronic_request

D = date
LAW = "Law 104/2016/QH13 on Access to Information, art. "
DECREE = "Decree 13/2018/NĐ-CP, art. "
L = "Luật Tiếp cận thông tin số 104/2016/QH13"

REQUEST: dict[str, Any] = electronic_request(D(2024, 2, 7))


def _at_office(*, address: str | None = "Hà Nội") -> dict[str, Any]:
    r = copy.deepcopy(REQUEST)
    r["channel"] = "at_office"
    r["form"]["request"]["provision_form"] = "at_office"
    r["form"]["requester"]["residence_address"] = address
    return r


def _incomplete() -> dict[str, Any]:
    r = copy.deepcopy(REQUEST)
    r["form"]["requester"]["residence_address"] = None
    return r


# --------------------------------------------------------------------------------------
# The forms and the duties of each outcome (Decree 13 art. 5; Law arts. 24(1)(a), 26, 27, 28(2)).

FORM = {
    "01a": f"{DECREE}5(1)(a)",
    "02": f"{DECREE}5(1)(b)",
    "03": f"{DECREE}5(1)(c)",
    "05": f"{DECREE}5(1)(đ)",
    "06": f"{DECREE}5(2)",
}
DUTY = {
    "register": f"{LAW}26(1)",
    "help_fill_form": f"{LAW}24(1)(a)",
    "guide_to_complete": f"{LAW}26(2)",
    "notify_and_redirect": f"{LAW}26(3)",
    "refuse_in_writing": f"{LAW}28(2)",
    "notify_terms": f"{LAW}27",
}

CASES = [
    # (name, request, requester, facts, kwargs, outcome, forms, duties, consents)
    ("provide", REQUEST, {}, {}, {}, "provide", ["01a", "02", "03"], ["register", "notify_terms"], []),
    ("refuse", REQUEST, {}, {"not_accessible": ["work_secret"]}, {}, "refuse",
     ["01a", "02", "05"], ["register", "refuse_in_writing"], []),
    ("published", REQUEST, {}, {"disclosure": "disclosed", "published_at": "https://x.gov.vn"}, {},
     "refuse_as_published", ["01a", "02", "05"], ["register", "refuse_in_writing"], []),
    ("redirect", REQUEST, {},
     {"responsibility": {"origin": "created_by_another_agency", "responsible_agency": "UBND tỉnh X"}},
     {}, "refuse_and_redirect", ["01a", "02", "05"],
     ["register", "notify_and_redirect", "refuse_in_writing"], []),
    ("ask consent", REQUEST, {}, {"conditional": ["trade_secret"]}, {"consent_policy": "ask_first"},
     "ask_consent", ["01a", "02", "06"], ["register", "guide_to_complete"], ["trade_secret"]),
    ("consent refused", REQUEST, {}, {"conditional": ["trade_secret"]}, {}, "refuse",
     ["01a", "02", "06", "05"], ["register", "refuse_in_writing"], []),
    ("incomplete", _incomplete(), {}, {}, {}, "incomplete", ["01a", "02"],
     ["register", "guide_to_complete"], []),
    ("incomplete at the office", _at_office(address=None), {}, {}, {}, "incomplete", ["01a", "02"],
     ["register", "help_fill_form", "guide_to_complete"], []),
    ("cannot write, at the office", _at_office(), {"cannot_write": True}, {}, {}, "provide",
     ["01a", "02", "03"], ["register", "help_fill_form", "notify_terms"], []),
    ("cannot write, electronically", REQUEST, {"cannot_write": True}, {}, {}, "provide",
     ["01a", "02", "03"], ["register", "notify_terms"], []),
    ("no standing", REQUEST, {"standing": "foreigner_not_residing"}, {}, {}, "no_standing",
     ["01a", "02"], ["register"], []),
    ("not held", REQUEST, {}, {"held": False}, {}, "not_held", ["01a", "02"], ["register"], []),
    ("earlier rules", REQUEST, {}, {"created_on": D(2018, 6, 1)}, {}, "earlier_rules",
     ["01a", "02"], ["register"], []),
    ("in part", REQUEST, {}, {"protected_parts": [{"part": "trang 3", "not_accessible": ["work_secret"]}]},
     {}, "provide_in_part", ["01a", "02", "03", "05"],
     ["register", "refuse_in_writing", "notify_terms"], []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("request_", "requester", "facts", "kwargs", "outcome", "forms", "duties", "consents"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_forms_and_duties_of_each_outcome(
    request_: dict[str, Any],
    requester: dict[str, Any],
    facts: dict[str, Any],
    kwargs: dict[str, Any],
    outcome: str,
    forms: list[str],
    duties: list[str],
    consents: list[str],
) -> None:
    """Each outcome names the forms of Decree 13 art. 5 it uses and the duties of the Law it
    puts on the agency, cites each of them (form 03 only when provided, form 05 only when
    refused, art. 28(2)), lists the art. 7 consents still needed (form 06), and its English
    explanation lists the duties with their articles."""
    d = assess(request_, requester, facts, **kwargs)
    assert d.outcome.value == outcome
    assert [f.value for f in d.forms] == forms
    assert [x.value for x in d.duties] == duties
    assert [c.value for c in d.consents_needed] == consents
    cited = [c.label_en for c in d.citations]
    for f in forms:
        assert FORM[f] in cited, f
    for x in duties:
        assert DUTY[x] in cited, x
    assert FORM["03"] in cited if "03" in forms else FORM["03"] not in cited
    assert FORM["05"] in cited if "05" in forms else FORM["05"] not in cited
    en = d.explain("en")
    assert "The agency's duties:" in en
    for x in duties:
        assert f"[{DUTY[x]}]" in en, x


# --------------------------------------------------------------------------------------
# The citations of a ground of refusal (art. 28(1)(b), (c)).


def test_ground_b_cites_article_17_and_10_1() -> None:
    """Art. 28(1)(b): disclosed under art. 17, which citizens access freely (art. 10(1))."""
    d = assess(REQUEST, {}, {"disclosure": "disclosed", "published_at": "https://x.gov.vn"})
    (ground,) = d.grounds
    assert ground.ground.value == "b"
    assert [c.label_en for c in ground.citations] == [f"{LAW}28(1)(b)", f"{LAW}17", f"{LAW}10(1)"]
    en = d.explain("en")
    assert f"{LAW}17;" in en and f"{LAW}10(1)" in en
    assert f"{LAW}18" not in en and f"{LAW}10(2)" not in en


def test_redirect_names_the_agency_and_article_26_3() -> None:
    """Art. 28(1)(c): the agency did not create the information (art. 9(1)); it tells the
    requester which agency is responsible (art. 26(3)), and a redirect is a refusal."""
    d = assess(
        REQUEST,
        {},
        {
            "responsibility": {
                "origin": "created_by_another_agency",
                "responsible_agency": "UBND tỉnh X",
            }
        },
    )
    en = d.explain("en").splitlines()
    assert "Responsible agency: UBND tỉnh X" in en
    assert [c.label_en for c in d.grounds[0].citations] == [
        f"{LAW}28(1)(c)",
        f"{LAW}9(1)",
        f"{LAW}26(3)",
    ]
    assert "redirect-is-a-refusal" in d.interpretations


# --------------------------------------------------------------------------------------
# The decision explained, in Vietnamese as an agency reads it and in English.


def test_a_redirect_explained_in_vietnamese() -> None:
    """Art. 28(1)(c) with art. 9(1) (the agency did not create it) and art. 26(3) (tell the
    requester where to turn); form 05 (Decree 13 art. 5(1)(đ)); the duties of arts. 26(1),
    26(3), 28(2)."""
    d = assess(
        REQUEST,
        {},
        {
            "responsibility": {
                "origin": "created_by_another_agency",
                "responsible_agency": "UBND tỉnh X",
            }
        },
    )
    c = f"Điều 28 khoản 1 điểm c {L}; Điều 9 khoản 1 {L}; Điều 26 khoản 3 {L}"
    reason = "Thông tin không do cơ quan tạo ra hoặc không thuộc trách nhiệm cung cấp"
    assert d.explain("vi").splitlines() == [
        "Quyết định: Từ chối, thông báo và hướng dẫn người yêu cầu đến cơ quan có trách nhiệm "
        "(chế độ ati-2016)",
        "Căn cứ từ chối:",
        f"  - Thông tin được yêu cầu không thuộc trách nhiệm cung cấp: {reason} [{c}]",
        "Cơ quan có trách nhiệm: UBND tỉnh X",
        "Trả lời bằng văn bản (Thông báo từ chối yêu cầu cung cấp thông tin (Mẫu số 05)):",
        f"  - {reason}",
        "  > Đề nghị gửi yêu cầu đến UBND tỉnh X, cơ quan có trách nhiệm cung cấp thông tin",
        f"  [Điều 28 khoản 2 {L}; {c}]",
        "Nghĩa vụ của cơ quan:",
        "  - Tiếp nhận yêu cầu và vào Sổ theo dõi cung cấp thông tin theo yêu cầu "
        f"[Điều 26 khoản 1 {L}]",
        "  - Thông báo và hướng dẫn người yêu cầu đến cơ quan có trách nhiệm cung cấp thông tin "
        f"[Điều 26 khoản 3 {L}]",
        f"  - Thông báo bằng văn bản và nêu rõ lý do từ chối [Điều 28 khoản 2 {L}]",
        "Các bước đã áp dụng:",
        "  1. Văn bản áp dụng — Đạt (Được áp dụng và đáp ứng): Nhận yêu cầu ngày 2024-02-07: "
        f"Luật Tiếp cận thông tin số 104/2016/QH13 và các văn bản hướng dẫn [Điều 37 {L}]",
        "  2. Chủ thể có quyền — Đạt (Căn cứ quyết định): Công dân thực hiện quyền tiếp cận "
        f"thông tin [Điều 4 khoản 1 {L}]",
        f"  3. Trách nhiệm cung cấp thông tin — Dừng xem xét (Căn cứ quyết định): {reason} [{c}]",
        # the right exercised (art. 4(1)) decides; the law in force (art. 37) applied and met
        f"Căn cứ quyết định: Điều 4 khoản 1 {L}; {c}; Điều 28 khoản 2 {L}; Điều 26 khoản 1 {L}; "
        "Điều 5 khoản 1 điểm a Nghị định 13/2018/NĐ-CP; Điều 5 khoản 1 điểm b Nghị định "
        "13/2018/NĐ-CP; Điều 5 khoản 1 điểm đ Nghị định 13/2018/NĐ-CP",
        f"Căn cứ được áp dụng và đáp ứng: Điều 37 {L}",
        "Cách hiểu đã áp dụng: responsibility-before-completion, "
        "held-not-created-is-not-responsible, redirect-is-a-refusal",
    ]
    en = d.explain("en").splitlines()
    assert en[0] == (
        "Decision: refuse, and direct the requester to the responsible agency (regime ati-2016)"
    )
    assert en[1] == "Grounds of refusal:"
    assert en[4] == "Written answer (notice refusing a request (form 05)):"
    assert en[8] == "The agency's duties:"
    assert en[12] == "Steps applied:"
    assert en[-3].startswith("Deciding citations: ")
    assert en[-2].startswith("Applied and satisfied citations: ")
    assert en[-1].startswith("Interpretations applied: ")


def test_an_incomplete_request_explained() -> None:
    """Art. 24(2)(a) missing: the agency guides the requester (art. 26(2)); the time limit runs
    only from a valid request (arts. 29–31), so none is given (art. 27 notice)."""
    d = assess(_incomplete(), {}, {})
    assert d.time_limit_started is False
    en = d.explain("en").splitlines()
    assert en[:5] == [
        "Decision: the request is not yet valid: guide the requester to complete it; the time "
        "limit has not started (regime ati-2016)",
        "To complete:",
        f"  - place of residence, address (requester) [{LAW}24(2)(a)]",
        "The time limit has not started: it runs from a valid request",
        "Written answer:",
    ]
    assert en[7] == f"  [{LAW}26(2); {LAW}24(2)(a); {LAW}27]"
    vi = d.explain("vi").splitlines()
    assert vi[0] == (
        "Quyết định: Yêu cầu chưa hợp lệ, hướng dẫn bổ sung; thời hạn giải quyết chưa bắt đầu "
        "(chế độ ati-2016)"
    )
    assert vi[1] == "Cần bổ sung:"
    assert vi[2].startswith("  - Nơi cư trú, địa chỉ") and vi[2].endswith(
        f" (người yêu cầu) [Điều 24 khoản 2 điểm a {L}]"
    )
    assert vi[3] == "Thời hạn giải quyết chưa bắt đầu: tính từ ngày nhận được yêu cầu hợp lệ"
    assert vi[4] == "Trả lời bằng văn bản:"
    assert "Hướng dẫn người yêu cầu bổ sung [Điều 26 khoản 2 " in d.explain("vi")


def test_provided_in_part_explained() -> None:
    """Decree 13 art. 7(2): the protected part removed, the rest provided; the removed part is
    refused on art. 28(1)(a) with art. 6(2) (work secret), in writing (art. 28(2))."""
    d = assess(
        REQUEST, {}, {"protected_parts": [{"part": "trang 3", "not_accessible": ["work_secret"]}]}
    )
    assert [w.part for w in d.withheld] == ["trang 3"]
    en = d.explain("en").splitlines()
    assert "Parts removed:" in en
    assert f"  - trang 3: work secret [{DECREE}7(2); {LAW}28(1)(a); {LAW}6(2)]" in en
    assert f"Form of provision: electronically [{LAW}30(3)]" in en
    vi = d.explain("vi")
    assert "\nNội dung được loại bỏ:\n" in vi
    assert "  - trang 3: Thông tin thuộc bí mật công tác [Điều 7 khoản 2 Nghị định" in vi
    assert f"[Điều 7 khoản 2 Nghị định 13/2018/NĐ-CP; Điều 28 khoản 1 điểm a {L}" in vi


# --------------------------------------------------------------------------------------
# Where a gap was found, named in the reader's language.


@pytest.mark.parametrize(
    ("detail", "vi"),
    [
        ("requester", "người yêu cầu"),
        ("representative", "người đại diện"),
        ("member 2: full_name, id_number", "thành viên 2: họ và tên, số giấy tờ tùy thân"),
        ("1 listed", "1 người được liệt kê"),
        ("acting_through=guardian", "thực hiện qua người giám hộ"),
        ("family_secret", "thông tin liên quan đến bí mật gia đình"),
        ("form 01b with acting_through=self", "mẫu 01b với thực hiện qua trực tiếp"),
    ],
)
def test_where_a_gap_was_found_reads_in_vietnamese(detail: str, vi: str) -> None:
    """The fields of forms 01a/01b (Decree 13 art. 3) and the consents of form 06 (art. 7(1)–(2)),
    named in the Vietnamese explanation in Vietnamese; the English one keeps the field names."""
    rules = ruleset("ati-2016")
    assert _locator(detail, rules, "vi") == vi
    assert _locator(detail, rules, "en") == detail
