"""Fees at their edges: the cases a mutation run showed untested (issue 12).

Law 104/2016/QH13 arts. 12, 27, 28(1)(e); Decree 13/2018/NĐ-CP art. 13(2); Circular
46/2018/TT-BTC arts. 3, 4, 6(1) and its appendix (line 1.1: 3.000 đồng per A4 black-and-white
photocopy; 1.2: 18.000 đồng colour; 3: 27.000 đồng per minute of audio; the note: A3 = 2 × A4).
Amounts are computed by hand: rate × multiple, × 70% or 50% per unit in difficult areas.

The rate table's dates of effect are tested on an amended copy of the 2016 ruleset (a later
record for line 1.1 and for the A3 multiple, the earlier closed the day before), as an
amendment of the appendix would be declared (``fees.toml``: never edit, add a record).
"""

from __future__ import annotations

import copy
import re
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tiepcan import InvalidInputError, RegimeNotEncodedError
from tiepcan.data import DATA_DIR
from tiepcan.fees import MAX_DURATION, billable_minutes, fee_notice, quote, rate_table, unit_rate
from tiepcan.regimes import Ruleset, load_ruleset

from strategies import said

D = date


LAW = "Law 104/2016/QH13 on Access to Information, art. "
CIRC = "Circular 46/2018/TT-BTC, art. "
DECREE = "Decree 13/2018/NĐ-CP, art. "
DAY = D(2024, 2, 7)

# --------------------------------------------------------------------------------------
# The rate table's window of effect.


@pytest.fixture(scope="module")
def amended(tmp_path_factory: pytest.TempPathFactory) -> Ruleset:
    """The 2016 ruleset with line 1.1 at 4.000 đồng and A3 at 3 × A4 from 2025-01-01."""
    folder = tmp_path_factory.mktemp("amended") / "ati-2016-amended"
    shutil.copytree(Path(str(DATA_DIR)) / "ati-2016", folder)
    path = folder / "fees.toml"
    text = path.read_text(encoding="utf-8")
    line_11 = re.search(r'\[\[line\]\]\nnumber = "1\.1"\n(?:.+\n)+', text)
    a3 = re.search(r'\[\[format_multiplier\]\]\npaper = "A3"\n(?:.+\n)+', text)
    assert line_11 and a3
    old_line = line_11.group(0).replace(
        "in_force_from = 2018-07-01\n", "in_force_from = 2018-07-01\nin_force_until = 2024-12-31\n"
    )
    new_line = (
        line_11.group(0)
        .replace("rate = 3000", "rate = 4000")
        .replace("in_force_from = 2018-07-01", "in_force_from = 2025-01-01")
    )
    old_a3 = a3.group(0).replace(
        "in_force_from = 2018-07-01\n", "in_force_from = 2018-07-01\nin_force_until = 2024-12-31\n"
    )
    new_a3 = (
        a3.group(0)
        .replace("multiplier = 2", "multiplier = 3")
        .replace("in_force_from = 2018-07-01", "in_force_from = 2025-01-01")
    )
    # the later records are written first: the table orders records by date, not by place
    text = text.replace(line_11.group(0), new_line + "\n" + old_line)
    text = text.replace(a3.group(0), new_a3 + "\n" + old_a3)
    path.write_text(text, encoding="utf-8")
    return load_ruleset(folder)


def test_an_amended_rate_applies_from_its_first_day(amended: Ruleset) -> None:
    """Both ends of a record's span are included: 31/12/2024 is the old rate's last day,
    1/1/2025 the new one's first."""
    assert rate_table(on=D(2024, 12, 31), regime=amended).line("1.1").rate == 3000
    assert rate_table(on=D(2025, 1, 1), regime=amended).line("1.1").rate == 4000
    assert rate_table(on=D(2018, 7, 1), regime=amended).line("1.1").rate == 3000
    # without a date: each line at its latest record
    assert rate_table(regime=amended).line("1.1").rate == 4000
    # the other lines have one record, in force throughout
    assert rate_table(on=D(2025, 1, 1), regime=amended).line("1.2").rate == 18000


def test_an_amended_format_multiple_applies_from_its_first_day(amended: Ruleset) -> None:
    """A3 black-and-white: 2 × 3.000 until 31/12/2024; 3 × 4.000 from 1/1/2025."""
    assert rate_table(on=D(2024, 12, 31), regime=amended).list_rate("photocopy_bw_a3") == 6000
    assert rate_table(on=D(2025, 1, 1), regime=amended).list_rate("photocopy_bw_a3") == 12000
    assert unit_rate("photocopy_bw_a3", "difficult", on=D(2024, 12, 31), regime=amended) == 4200
    q = quote({"photocopy_bw_a3": 1}, received=D(2025, 1, 1), regime=amended)
    assert q.total == 12000 and q.user_supplied is True
    assert q.lines[0].format_multiplier == 3 and q.lines[0].appendix_rate == 4000


def test_a_record_is_in_force_between_its_dates_included(amended: Ruleset) -> None:
    old, new = (
        line
        for line in sorted(
            (r for r in amended.cached("fees", _fee_data).lines if r.number == "1.1"),
            key=lambda r: r.in_force_from,
        )
    )
    assert old.in_force_on(D(2018, 7, 1)) and old.in_force_on(D(2024, 12, 31))
    assert not old.in_force_on(D(2018, 6, 30)) and not old.in_force_on(D(2025, 1, 1))
    assert not new.in_force_on(D(2024, 12, 31)) and new.in_force_on(D(2040, 12, 31))


def _fee_data(rules: Ruleset) -> Any:
    from tiepcan.fees import _read

    return _read(rules)


def test_the_rates_start_on_the_circular_s_first_day() -> None:
    """Circular 46/2018 art. 6(1): in force from 1/7/2018; before it the law is not in force."""
    assert rate_table(on=D(2018, 7, 1)).line("1.1").rate == 3000
    assert rate_table(on=D(2018, 7, 1)).on == D(2018, 7, 1)
    with pytest.raises(RegimeNotEncodedError) as err:
        rate_table(on=D(2018, 6, 30))
    assert err.value.code == "before-law-in-force"


# --------------------------------------------------------------------------------------
# Postage (art. 3(1.2), 3(2)) and the postage_not_given flag.


def test_postal_delivery_without_postage_says_so() -> None:
    q = quote({"photocopy_bw_a4": 2}, channel="postal", received=DAY)
    assert q.postage_not_given is True and q.total == 6000
    assert "Sending: 0 đồng — postage NOT GIVEN for postal delivery: the total does not " in (
        q.explain("en")
    )
    assert "CHƯA NÊU chi phí gửi qua bưu chính: tổng cộng chưa gồm chi phí này" in q.explain("vi")


@pytest.mark.parametrize(
    ("kwargs", "flag"),
    [
        ({"channel": "postal", "postage": 0}, False),
        ({"channel": "postal", "postage": 12000}, False),
        ({"channel": None}, False),
        ({"channel": "electronic"}, False),
        ({"channel": "at_office"}, False),
    ],
)
def test_postage_not_given_only_for_postal_delivery_without_postage(
    kwargs: dict[str, Any], flag: bool
) -> None:
    q = quote({"photocopy_bw_a4": 2}, received=DAY, **kwargs)
    assert q.postage_not_given is flag
    assert "NOT GIVEN" not in q.explain("en")


def test_postage_is_passed_through_and_cited() -> None:
    """Art. 3(1.2): the postal tariff as given, not reduced in difficult areas."""
    q = quote(
        {"photocopy_bw_a4": 2}, area="difficult", channel="postal", postage=12000, received=DAY
    )
    assert (q.copying_total, q.postage, q.total) == (4200, 12000, 16200)
    assert f"{CIRC}3(1.2)" in [c.label_en for c in q.citations]
    assert (
        "Sending: 12,000 đồng (postal tariff, as given; Circular 46/2018/TT-BTC, art. 3(1.2))"
        in (q.explain("en"))
    )
    assert "Chi phí gửi: 12.000 đồng (giá cước bưu chính do cơ quan xác định; Điều 3 khoản 1.2" in (
        q.explain("vi")
    )
    assert set(q.interpretations) >= {"postage-as-given", "postage-only-by-post"}


@pytest.mark.parametrize("channel", ["electronic", "fax", "at_office"])
def test_no_postage_unless_sent_by_post(channel: str) -> None:
    """Art. 3(2): nothing to send electronically or by fax; nothing is sent at the office."""
    with pytest.raises(InvalidInputError) as err:
        quote({"photocopy_bw_a4": 1}, postage=5000, channel=channel, received=DAY)
    assert err.value.code == "postage-not-payable"
    assert err.value.message_en == (
        "no sending cost is payable unless the information is sent by post "
        "(Circular 46/2018/TT-BTC, art. 3(2))"
    )
    assert err.value.message_vi.endswith("(Điều 3 khoản 2 Thông tư 46/2018/TT-BTC)")
    assert err.value.detail == f"postage=5000 with channel {channel}"


@pytest.mark.parametrize("postage", [-1, True, 1.5, "5000"])
def test_postage_must_be_whole_dong(postage: Any) -> None:
    with pytest.raises(InvalidInputError) as err:
        quote({"photocopy_bw_a4": 1}, postage=postage, channel="postal", received=DAY)
    assert (err.value.code, err.value.message_vi, err.value.message_en) == (
        "invalid-postage",
        "Chi phí gửi phải là số đồng nguyên không âm",
        "postage must be a whole number of đồng ≥ 0",
    )
    assert err.value.detail == f"postage={postage!r}"


def test_electronic_delivery_cites_article_3_2_in_the_explanation() -> None:
    q = quote({"photocopy_bw_a4": 1}, channel="electronic", received=DAY)
    assert [c.label_en for c in q.citations] == [
        f"{LAW}12(1)",
        f"{LAW}12(2)",
        f"{CIRC}3(1.1)(a)",
        f"{CIRC}3(2)",
    ]
    assert "Sending: 0 đồng (electronically: Circular 46/2018/TT-BTC, art. 3(2))" in q.explain("en")
    assert "Chi phí gửi: 0 đồng (" in q.explain("vi")
    assert "Điều 3 khoản 2 Thông tư 46/2018/TT-BTC)" in q.explain("vi")
    fax = quote({"photocopy_bw_a4": 1}, channel="fax", received=DAY)
    assert f"{CIRC}3(2)" in [c.label_en for c in fax.citations]
    assert quote({"photocopy_bw_a4": 1}, channel="postal", received=DAY).citations == (
        quote({"photocopy_bw_a4": 1}, received=DAY).citations
    )


# --------------------------------------------------------------------------------------
# Lines, reductions and citations, computed by hand.


def test_reduced_lines_and_their_citations() -> None:
    """An especially difficult area pays 50% (art. 3(1.1)(b)): colour A3 18.000 × 2 × 50% =
    18.000 per page, × 2 = 36.000; audio 27.000 × 50% = 13.500 per minute, × 3 = 40.500."""
    q = quote(
        {"photocopy_colour_a3": 2, "audio_copy_minute": 3},
        area="especially_difficult",
        received=DAY,
    )
    colour, audio = q.lines
    assert (colour.list_rate, colour.unit_rate, colour.amount, colour.reduction) == (
        36000,
        18000,
        36000,
        36000,
    )
    assert (audio.list_rate, audio.unit_rate, audio.amount, audio.reduction) == (
        27000,
        13500,
        40500,
        40500,
    )
    assert q.total == 76500
    assert colour.reduction_citation is not None
    assert colour.reduction_citation.label_en == f"{CIRC}3(1.1)(b)"
    assert [c.label_en for c in q.citations] == [
        f"{LAW}12(1)",
        f"{LAW}12(2)",
        f"{CIRC}3(1.1)(a)",
        f"{CIRC}3(1.1)(b)",
    ]
    assert q.interpretations == (
        "reduction-on-unit-rate",
        "colour-formats-multiplied",
        "media-not-priced",
    )
    en = q.explain("en")
    assert "- colour photocopy, A3: 2 × A3 page at 18,000 đồng = 36,000 đồng" in en
    assert "line 1.2: 18,000 đồng per A4 page; A3 is 2 × the A4 rate (" in en
    assert f"50% — area with especially difficult socio-economic conditions ({CIRC}3(1.1)(b))" in en
    assert "line 3: 27,000 đồng per minute of listening (" in en
    assert "Printing and copying: 76,500 đồng" in en and "Total: 76,500 đồng" in en
    assert "- the medium of an audio or film copy has no rate, so it is not charged [media" in en
    vi = q.explain("vi")
    assert "- Phô tô màu, khổ A3: 2 trang A3 × 18.000 đồng = 36.000 đồng" in vi
    assert "mục 1.2: 18.000 đồng/trang A4, khổ A3 bằng 2 lần khổ A4 (Điều 3 khoản 1.1 điểm a" in vi
    assert "mục 3: 27.000 đồng/phút nghe (" in vi
    assert "In, sao, chụp: 76.500 đồng" in vi and "Tổng cộng: 76.500 đồng" in vi
    assert "Cách hiểu đã áp dụng:" in vi
    assert vi.startswith(
        "Chi phí thực tế để in, sao, chụp, gửi thông tin (Điều 12 khoản 2 Luật Tiếp cận thông "
        "tin số 104/2016/QH13); chế độ ati-2016; mức thu tại ngày 07/02/2024"
    )
    assert en.startswith(
        "Actual cost of printing, copying, photographing and sending information "
        f"({LAW}12(2)); rates of regime ati-2016 as of 2024-02-07"
    )


def test_ordinary_area_line_has_no_reduction() -> None:
    q = quote({"photocopy_bw_a4": 12}, received=DAY)
    (line,) = q.lines
    assert (line.unit_rate, line.reduction, line.reduction_citation) == (3000, 0, None)
    assert q.interpretations == ()
    assert "%" not in q.explain("en") and "Interpretations applied" not in q.explain("en")


def test_an_empty_quote_says_nothing_is_copied() -> None:
    q = quote({"photocopy_bw_a4": 0}, received=DAY)
    assert q.lines == () and q.total == 0
    assert "- (no printing or copying)" in q.explain("en")
    assert "- (không in, sao, chụp)" in q.explain("vi")


def test_a_quote_without_a_date_names_no_day() -> None:
    q = quote({"photocopy_bw_a4": 1}, regime="ati-2016")
    assert q.received is None
    assert q.explain("en").splitlines()[0].endswith("; rates of regime ati-2016")
    assert q.explain("vi").splitlines()[0].endswith("; chế độ ati-2016")


def test_a_user_supplied_ruleset_is_named_in_the_explanation(amended: Ruleset) -> None:
    q = quote({"photocopy_bw_a4": 1}, received=DAY, regime=amended)
    assert (
        q.explain("en")
        .splitlines()[0]
        .endswith("rates of regime ati-2016 (user-supplied) as of 2024-02-07")
    )
    assert "chế độ ati-2016 (do người dùng cung cấp)" in q.explain("vi")


# --------------------------------------------------------------------------------------
# The notice (form 03): Law art. 27, Decree 13 art. 13(2), Law art. 28(1)(e).

PAYMENT = {"revenue_agency": "Cục Thuế tỉnh X", "treasury": "Kho bạc Nhà nước tỉnh X"}


def _notice(**kw: Any) -> Any:
    args: dict[str, Any] = {
        "agency": "Sở Tư pháp tỉnh X",
        "requester": "Nguyễn Văn A",
        "issued_on": D(2024, 2, 8),
        "payment_method": PAYMENT,
        "payment_deadline": D(2024, 2, 15),
    }
    args.update(kw)
    return fee_notice(quote({"photocopy_bw_a4": 10}, received=DAY), **args)


def test_the_notice_cites_art_27_13_2_and_28_1_e() -> None:
    n = _notice()
    assert [c.label_en for c in n.citations] == [
        f"{LAW}27",
        f"{DECREE}13(2)",
        f"{LAW}28(1)(e)",
        f"{DECREE}5(1)(c)",
        f"{CIRC}4(1)(a)",
        f"{CIRC}4(1)(b)",
        f"{CIRC}4(2)",
    ]
    assert n.amount_due == 30000 and n.form == "03"
    en = n.explain("en").splitlines()
    assert en[-3] == (
        "Payment method: revenue authority: Cục Thuế tỉnh X; State Treasury office receiving "
        "the payment: Kho bạc Nhà nước tỉnh X"
    )
    assert en[-2] == f"Pay by: 2024-02-15 ({LAW}27)"
    assert en[-1] == (
        "The cost is paid before the information is provided, into the state budget "
        f"({DECREE}13(2)); not paying it is a ground for refusal ({LAW}28(1)(e))."
    )
    vi = n.explain("vi").splitlines()
    assert vi[-3] == (
        "Phương thức thanh toán: Tên cơ quan quản lý thu: Cục Thuế tỉnh X/Tên cơ quan kho bạc "
        "nhà nước tiếp nhận khoản thu ngân sách: Kho bạc Nhà nước tỉnh X"
    )
    assert vi[-2] == (
        "Thời hạn thanh toán: 15/02/2024 (Điều 27 Luật Tiếp cận thông tin số 104/2016/QH13)"
    )
    assert vi[-1] == (
        "Chi phí phải được trả trước khi cung cấp thông tin và nộp vào ngân sách nhà nước "
        "(Điều 13 khoản 2 Nghị định 13/2018/NĐ-CP); không thanh toán là căn cứ từ chối "
        "(Điều 28 khoản 1 điểm e Luật Tiếp cận thông tin số 104/2016/QH13)."
    )


def test_a_free_notice_has_no_payment_lines() -> None:
    n = fee_notice(
        quote({"photocopy_bw_a4": 0}, received=DAY),
        agency="Sở Tư pháp tỉnh X",
        requester="Nguyễn Văn A",
        issued_on=D(2024, 2, 8),
    )
    assert n.amount_due == 0
    assert "paid before" not in n.explain("en") and "Pay by" not in n.explain("en")


@pytest.mark.parametrize(
    ("kw", "code", "en", "detail"),
    [
        (
            {"payment_deadline": None},
            "payment-terms-missing",
            "the payment method and deadline must be stated (Law art. 27)",
            "amount due 30000",
        ),
        (
            {"payment_method": None},
            "payment-terms-missing",
            "the payment method and deadline must be stated (Law art. 27)",
            "amount due 30000",
        ),
        (
            {"payment_deadline": D(2024, 2, 7)},
            "payment-deadline-before-notice",
            "the payment deadline cannot precede the notice",
            "2024-02-07 < 2024-02-08",
        ),
        (
            {"provision_due": D(2024, 2, 14)},
            "payment-after-provision",
            "the cost is paid before the information is provided (Decree 13/2018 art. 13(2))",
            "payment deadline 2024-02-15 after provision due 2024-02-14",
        ),
        (
            {"issued_on": None},
            "invalid-date",
            "not a date (required)",
            "issued_on=None",
        ),
        (
            {"payment_deadline": "2024-02-15"},
            "invalid-date",
            "not a date",
            "payment_deadline='2024-02-15'",
        ),
    ],
)
def test_notice_payment_terms(kw: dict[str, Any], code: str, en: str, detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        _notice(**kw)
    said(err.value, code, en, detail)


def test_notice_payment_on_the_day_of_provision_and_of_the_notice() -> None:
    """Payment before provision (Decree 13 art. 13(2)): the deadline may be the notice's own
    day or the provision's day, not later."""
    assert _notice(payment_deadline=D(2024, 2, 8)).payment_deadline == D(2024, 2, 8)
    n = _notice(provision_due=D(2024, 2, 15))
    assert n.provision_due == D(2024, 2, 15)


# --------------------------------------------------------------------------------------
# Items: what, where and why.


@pytest.mark.parametrize(
    ("items", "code", "detail"),
    [
        ({"photocopy_bw_a4": -2}, "invalid-quantity", "item photocopy_bw_a4: -2"),
        ({"photocopy_bw_a4": True}, "invalid-quantity", "item photocopy_bw_a4: True"),
        ({"photocopy_bw_a4": 1.0}, "invalid-quantity", "item photocopy_bw_a4: 1.0"),
        (
            [("photocopy_bw_a4", 1), ("photocopy_bw_a4", 2)],
            "duplicate-item",
            "item photocopy_bw_a4: 1 and 2",
        ),
        ("photocopy_bw_a4", "invalid-items", "items='photocopy_bw_a4'"),
        ([("photocopy_bw_a4",)], "invalid-items", "items=[('photocopy_bw_a4',)]"),
    ],
)
def test_items_refused(items: Any, code: str, detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        quote(items, received=DAY)
    assert (err.value.code, err.value.detail) == (code, detail)


def test_items_messages() -> None:
    with pytest.raises(InvalidInputError) as err:
        quote([("photocopy_bw_a4", 1), ("photocopy_bw_a4", 1)], received=DAY)
    assert (err.value.message_vi, err.value.message_en) == (
        "Một mục chi phí được nêu hai lần",
        "a fee item is given twice",
    )
    with pytest.raises(InvalidInputError) as err:
        quote(42, received=DAY)  # type: ignore[arg-type]
    assert (err.value.message_vi, err.value.message_en) == (
        "Danh mục phải là ánh xạ (hoặc danh sách cặp) mục chi phí và số lượng",
        "items must map each fee item to a quantity (or list (item, quantity) pairs)",
    )


def test_items_in_the_appendix_order() -> None:
    """Lines follow the appendix (1.1 before 3), whatever order they are given in."""
    q = quote([("audio_copy_minute", 1), ("photocopy_bw_a4", 1)], received=DAY)
    assert [line.appendix_line for line in q.lines] == ["1.1", "3"]


# --------------------------------------------------------------------------------------
# A ruleset read afresh prices as the bundled one; results read back are checked.


def test_a_fresh_copy_of_the_ruleset_has_the_same_table(tmp_path: Path) -> None:
    """load_ruleset of an unchanged copy of data/ati-2016: every line, multiple and provision
    as bundled (the agency's own copy must not price differently)."""
    shutil.copytree(Path(str(DATA_DIR)) / "ati-2016", tmp_path / "copy")
    fresh = rate_table(on=DAY, regime=load_ruleset(tmp_path / "copy"))
    bundled = rate_table(on=DAY)
    assert fresh.lines == bundled.lines
    assert fresh.format_multipliers == bundled.format_multipliers
    assert fresh.provisions == bundled.provisions
    assert fresh.user_supplied is True and bundled.user_supplied is False
    first = fresh.lines[0]
    assert (first.work_vi, first.label_en, first.group_vi) == (
        "Phô tô đen trắng",
        "black-and-white photocopy of paper documents",
        "Phô tô tài liệu giấy",
    )


def test_a_ruleset_with_a_broken_fees_file_is_refused(tmp_path: Path) -> None:
    shutil.copytree(Path(str(DATA_DIR)) / "ati-2016", tmp_path / "broken")
    path = tmp_path / "broken" / "fees.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('work_vi = "Phô tô màu"\n', ""))
    with pytest.raises(InvalidInputError) as err:
        rate_table(on=DAY, regime=load_ruleset(tmp_path / "broken"))
    assert (err.value.code, err.value.message_vi, err.value.message_en) == (
        "invalid-ruleset",
        "Bộ quy tắc không hợp lệ",
        "the ruleset is not valid",
    )
    # the file is checked against its declared shape when read: the detail names file and key
    assert err.value.detail == "ati-2016: fees.toml: [[line]] 2.work_vi: required key is missing"


def _tampered(cls: Any, data: dict[str, Any], change: Any) -> InvalidInputError:
    changed = copy.deepcopy(data)
    change(changed)
    with pytest.raises(InvalidInputError) as err:
        cls.from_dict(changed)
    return err.value


_QUOTE = quote(
    {"photocopy_bw_a3": 2}, area="difficult", channel="postal", postage=5000, received=DAY
)


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda q: q["lines"][0].update(percent=50), "percent 50 is not that of area difficult"),
        (
            lambda q: q["lines"][0].update(unit="print"),
            "photocopy_bw_a3: unit or appendix line is not the item's",
        ),
        (
            lambda q: q["lines"][0].update(appendix_line="1.2"),
            "photocopy_bw_a3: unit or appendix line is not the item's",
        ),
        (
            lambda q: q["lines"][0].update(list_rate=6001),
            "list_rate must be appendix_rate × format_multiplier",
        ),
        (
            lambda q: q["lines"][0].update(unit_rate=4201),
            "unit_rate must be list_rate × percent // 100",
        ),
        (lambda q: q["lines"][0].update(amount=8401), "amount must be unit_rate × quantity"),
        (
            lambda q: q["lines"][0].update(reduction=3601),
            "reduction must be (list_rate − unit_rate) × quantity",
        ),
        (
            lambda q: q["lines"][0].update(reduction_citation=None),
            "a reduced line, and only a reduced line, cites the reduction",
        ),
        (lambda q: q["lines"].append(q["lines"][0]), "an item appears on more than one line"),
        (lambda q: q.update(area="ordinary"), "every line must be priced for the quote's area"),
        (lambda q: q.update(copying_total=1), "copying_total must be the sum of the lines"),
        (lambda q: q.update(total=1), "total must be copying_total + postage"),
        (
            lambda q: q.update(channel="electronic"),
            "postage is payable only for information sent by post",
        ),
        (
            lambda q: q.update(postage_not_given=True),
            "postage_not_given: postal delivery with no postage stated",
        ),
        (
            lambda q: q.update(interpretations=["reduction-on-unit-rate"]),
            "interpretations must be those of the lines and the postage",
        ),
    ],
)
def test_a_tampered_quote_is_refused(change: Any, detail: str) -> None:
    err = _tampered(type(_QUOTE), _QUOTE.to_dict(), change)
    assert (err.code, err.message_vi, err.message_en) == (
        "inconsistent-result",
        "Kết quả không nhất quán",
        "the result is not consistent",
    )
    assert err.detail == detail


def test_an_ordinary_line_citing_a_reduction_is_refused() -> None:
    q = quote({"photocopy_bw_a4": 1}, received=DAY)
    cite = _QUOTE.to_dict()["lines"][0]["reduction_citation"]
    err = _tampered(type(q), q.to_dict(), lambda d: d["lines"][0].update(reduction_citation=cite))
    assert err.detail == "a reduced line, and only a reduced line, cites the reduction"
    not_given = quote({"photocopy_bw_a4": 1}, channel="postal", received=DAY)
    err = _tampered(type(q), not_given.to_dict(), lambda d: d.update(channel=None))
    assert err.detail == "postage_not_given: postal delivery with no postage stated"


_TABLE = rate_table(on=DAY)


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda t: t["lines"].append(t["lines"][0]), "a line or a format appears twice"),
        (
            lambda t: t["format_multipliers"].append(t["format_multipliers"][0]),
            "a line or a format appears twice",
        ),
        (lambda t: t.update(on="2018-06-30"), "a record is not in force on 2018-06-30"),
        (lambda t: t["provisions"].pop(), "provisions must name each role of PROVISIONS once"),
    ],
)
def test_a_tampered_rate_table_is_refused(change: Any, detail: str) -> None:
    assert _tampered(type(_TABLE), _TABLE.to_dict(), change).detail == detail


def test_a_record_ending_before_it_starts_is_refused() -> None:
    """A one-day record (until == from) is allowed; until < from is not."""
    line = _TABLE.lines[0]
    data = line.to_dict()
    same_day = type(line).from_dict({**data, "in_force_until": data["in_force_from"]})
    assert same_day.in_force_on(D(2018, 7, 1)) and not same_day.in_force_on(D(2018, 7, 2))
    err = _tampered(type(line), data, lambda d: d.update(in_force_until="2018-06-30"))
    until = "in force until a day before it is in force from"
    said(err, "inconsistent-result", until, "line 1.1: 2018-07-01 .. 2018-06-30")
    a3 = _TABLE.format_multipliers[0]
    err = _tampered(type(a3), a3.to_dict(), lambda d: d.update(in_force_until="2018-06-30"))
    said(err, "inconsistent-result", until, "format A3: 2018-07-01 .. 2018-06-30")


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda n: n.update(form="04"), "form '04': the notice is form 03"),
        (lambda n: n.update(regime="fake"), "the notice's regime must be its quote's"),
        (lambda n: n.update(user_supplied=True), "the notice's regime must be its quote's"),
        (lambda n: n.update(amount_due=1), "amount_due must equal quote.total"),
    ],
)
def test_a_tampered_notice_is_refused(change: Any, detail: str) -> None:
    n = _notice()
    assert _tampered(type(n), n.to_dict(), change).detail == detail


def test_a_tampered_notice_payment_is_refused() -> None:
    n = _notice()
    err = _tampered(type(n), n.to_dict(), lambda d: d.update(payment_deadline="2024-02-07"))
    assert err.code == "payment-deadline-before-notice"
    err = _tampered(type(n), n.to_dict(), lambda d: d.update(payment_method=None))
    assert err.code == "payment-terms-missing"


def test_notice_input_refused() -> None:
    kw: dict[str, Any] = {"agency": "a", "requester": "b", "issued_on": D(2024, 2, 8)}
    with pytest.raises(InvalidInputError) as err:
        fee_notice({"x": 1}, **kw)
    assert err.value.code == "invalid-quote"
    assert err.value.detail is not None
    assert err.value.detail.startswith("the FeeQuote is not valid: FeeQuote: regime: ")
    with pytest.raises(InvalidInputError) as err:
        fee_notice(42, **kw)  # type: ignore[arg-type]
    said(err.value, "invalid-quote", "a FeeQuote (or its mapping) is required", "int")
    with pytest.raises(InvalidInputError) as err:
        _notice(payment_method="cash")
    said(
        err.value,
        "invalid-payment-method",
        "payment method must be a PaymentMethod or a mapping of its fields",
        "'cash'",
    )
    # a quote's mapping is as good as the quote
    q = quote({"photocopy_bw_a4": 0}, received=DAY)
    assert fee_notice(q.to_dict(), **kw).quote == q


# --------------------------------------------------------------------------------------
# Minutes of audio and film (appendix lines 3 and 4: per minute; a started minute counts).


def test_billable_minutes_round_the_total_up_once() -> None:
    m = timedelta(minutes=1)
    assert billable_minutes() == 0
    assert billable_minutes(timedelta(0)) == 0
    assert billable_minutes(timedelta(seconds=1)) == 1
    assert billable_minutes(m) == 1
    assert billable_minutes(m + timedelta(seconds=1)) == 2
    assert billable_minutes(timedelta(seconds=30), timedelta(seconds=30)) == 1
    assert billable_minutes(MAX_DURATION) == 366 * 24 * 60


@pytest.mark.parametrize(
    ("durations", "code", "detail"),
    [
        ((timedelta(seconds=-1),), "invalid-duration", "datetime.timedelta(days=-1, seconds=86399)"),
        ((60,), "invalid-duration", "60"),
        ((MAX_DURATION + timedelta(seconds=1),), "duration-too-long",
         "datetime.timedelta(days=366, seconds=1) added to 0:00:00"),
        ((MAX_DURATION, timedelta(seconds=1)), "duration-too-long",
         "datetime.timedelta(seconds=1) added to 366 days, 0:00:00"),
    ],
)  # fmt: skip
def test_billable_minutes_refuses(durations: Any, code: str, detail: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        billable_minutes(*durations)
    assert (err.value.code, err.value.detail) == (code, detail)
    messages = {
        "invalid-duration": (
            "Thời lượng phải là khoảng thời gian không âm",
            "a duration must be a timedelta ≥ 0",
        ),
        "duration-too-long": (
            "Tổng thời lượng vượt quá giới hạn (366 ngày)",
            "the total duration exceeds the bound (366 days)",
        ),
    }
    assert (err.value.message_vi, err.value.message_en) == messages[code]


# --------------------------------------------------------------------------------------
# The rate table's lookups, and what a quote needs to know its date: what, where and why.


def test_lookups_that_find_nothing_say_what_was_asked() -> None:
    with pytest.raises(InvalidInputError) as err:
        _TABLE.line("9.9")
    said(
        err.value,
        "rate-not-found",
        "no rate for this line of the appendix",
        "line '9.9', regime ati-2016, on 2024-02-07",
    )
    data = _TABLE.to_dict()
    data["format_multipliers"] = [m for m in data["format_multipliers"] if m["paper"] != "A3"]
    without_a3 = type(_TABLE).from_dict(data)
    with pytest.raises(InvalidInputError) as err:
        without_a3.multiplier("photocopy_bw_a3")
    said(
        err.value,
        "rate-not-found",
        "no rate for this paper format",
        "photocopy_bw_a3: format A3, regime ati-2016",
    )
    with pytest.raises(InvalidInputError) as err:
        _TABLE.provision("nope")
    assert err.value.code == "unknown-rule"
    assert err.value.detail is not None
    assert err.value.detail.endswith(
        "ati-2016: fee provision 'nope'; known: no_fee, actual_costs, appendix_rates, "
        "area_reduction, postal_sending_cost, no_sending_cost_electronic_fax, cost_notice, "
        "unpaid_costs_refusal, paid_before_provision, form_03, cost_computation, "
        "payment_per_form_03, budget_accounting"
    )


def test_multiples_by_format_and_item() -> None:
    """The appendix note: A4 and items without a paper format are 1 × the rate; A0 16 ×."""
    assert _TABLE.multiplier("photocopy_bw_a4") == 1
    assert _TABLE.multiplier("audio_copy_minute") == 1
    assert _TABLE.multiplier("photocopy_colour_a0") == 16
    assert _TABLE.list_rate("photocopy_colour_a0") == 18000 * 16
    assert _TABLE.provision("appendix_rates").label_en == f"{CIRC}3(1.1)(a)"


@pytest.mark.parametrize(
    ("call", "code", "en", "detail"),
    [
        (lambda: rate_table(on=datetime(2024, 2, 7, 8)), "invalid-date",
         "not a date (a datetime.date, without time of day)",
         "on=datetime.datetime(2024, 2, 7, 8, 0)"),
        (lambda: rate_table(on="2024-02-07"), "invalid-date",
         "not a date (a datetime.date, without time of day)", "on='2024-02-07'"),
        (lambda: quote({"photocopy_bw_a4": 1}, received="2024-02-07"), "invalid-date",
         "not a date (a datetime.date, without time of day)", "received='2024-02-07'"),
        (lambda: rate_table(), "missing-governing-date",
         "a governing date (on=) or an explicit regime (regime=) is required",
         "on=None and regime=None: no regime is applied without a date"),
        (lambda: quote({"photocopy_bw_a4": 1}), "missing-governing-date",
         "a governing date (received=) or an explicit regime (regime=) is required",
         "received=None and regime=None: no regime is applied without a date"),
        (lambda: unit_rate("nope", on=DAY), "invalid-item",
         None, "item='nope'; allowed: photocopy_bw_a4, "),
        (lambda: unit_rate("photocopy_bw_a4", "nowhere", on=DAY), "invalid-area",
         None, "area='nowhere'; allowed: ordinary, difficult, especially_difficult"),
    ],
)  # fmt: skip
def test_rates_need_a_day_or_a_regime(call: Any, code: str, en: str | None, detail: str) -> None:
    """A bad value of an enumerated field says no more than the table's message (``en`` is
    None): its detail names the field, the value and the allowed members."""
    with pytest.raises(InvalidInputError) as err:
        call()
    assert err.value.code == code
    assert err.value.detail is not None
    assert err.value.detail.startswith(f"{en}: {detail}" if en else detail)


def test_unit_rate_in_each_area() -> None:
    """Art. 3(1.1)(b): A4 colour 18.000; 70 % = 12.600; 50 % = 9.000."""
    assert unit_rate("photocopy_colour_a4", on=DAY) == 18000
    assert unit_rate("photocopy_colour_a4", "difficult", on=DAY) == 12600
    assert unit_rate("photocopy_colour_a4", "especially_difficult", regime="ati-2016") == 9000
