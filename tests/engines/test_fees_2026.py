"""The costs of access under Law 01/2026/QH16 (art. 25), written from its text.

Art. 25(1): "Công dân được cung cấp thông tin không phải trả phí, lệ phí, trừ trường hợp pháp
luật có liên quan quy định khác." Art. 25(2): "Người yêu cầu cung cấp thông tin có trách nhiệm
thanh toán chi phí thực tế để in, sao, chụp, gửi thông tin. / Trường hợp người yêu cầu cung cấp
thông tin theo quy định tại điểm a và điểm c khoản 1 Điều 23 của Luật này thì không phải trả chi
phí. / Bộ trưởng Bộ Tài chính quy định chi tiết khoản này." Art. 27(6): not paying the actual
costs "theo quy định tại Điều 25" is a ground for refusal. Art. 24(1): at the agency, by post,
over the Internet (no fax). Art. 31(4): a request sent before 1/9/2026 stays under Law
104/2016.

No rules of the Minister of Finance exist (searched 2026-12-06), so the rates are Circular
46/2018/TT-BTC's appendix under the contested reading "circular46-measures-actual-costs". The
figures (b/w A4 photocopy 3.000 đ, line 1.1; colour 18.000 đ, line 1.2; A3 = 2 × A4, the note
under the appendix) are the appendix's, as tests/engines/test_fees_data.py checks them against the
reference copies; each expected total below is worked out by hand in its comment. No date is
counted here (a quote has no time limit), so no calendar announcement decides any case.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from collections import Counter
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiepcan import fees
from tiepcan.data import DATA_DIR
from tiepcan.fees import FeeNotice, FeeQuote, fee_notice, quote, rate_table
from tiepcan.foundation.citations import Citation, circular46, decree13, law, law2026
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.interpretations import interpretations
from tiepcan.foundation.regimes import ATI_2026_RULES, load_ruleset, registered, require_engine
from tiepcan.rules.refusals import GroundException, published_information_exception

from strategies import channels_2026, receipt_dates_2026
from strategies_fees import areas, item_maps, postages

D = date
LAW = "01/2026/QH16"
MEASURE = "circular46-measures-actual-costs"
DECREE13 = "decree13-where-not-contrary"
RECEIVED = D(2026, 9, 3)
PAY = {"revenue_agency": "Thuế cơ sở 1 tỉnh X", "treasury": "Kho bạc Nhà nước khu vực X"}

#: the art. 23(1) cases as a caller may give them (None: the request is not under art. 23(1))
cases = st.sampled_from([None, *fees.ART23_CASES])


def _toml(*parts: str) -> dict[str, object]:
    return tomllib.loads(DATA_DIR.joinpath(*parts).read_text(encoding="utf-8"))


# -- an ordinary request: Circular 46's rates, recorded as a reading ---------------------------


def test_an_ordinary_2026_request_is_priced_by_circular_46_under_the_named_reading() -> None:
    """12 b/w A4 pages (line 1.1: 12 × 3.000 = 36.000 đ) and 2 colour A3 pages (line 1.2, A3 =
    2 × A4: 2 × 36.000 = 72.000 đ), sent by post at 27.500 đ: 36.000 + 72.000 + 27.500 =
    135.500 đ. The law's own units are cited for the rule (art. 25(1), 25(2)); the rates and
    the postal tariff are Circular 46's, each under the reading the quote records."""
    q = quote({"photocopy_bw_a4": 12, "photocopy_colour_a3": 2}, postage=27_500,
              channel="postal", received=RECEIVED)  # fmt: skip
    assert (q.regime, q.chosen_by.value, q.user_supplied) == ("ati-2026", "in_force", False)
    assert [line.amount for line in q.lines] == [36_000, 72_000]
    assert (q.copying_total, q.postage, q.total) == (108_000, 27_500, 135_500)
    assert not q.cost_free and q.waived == 0
    assert q.citations[:2] == (law2026(25, 1), law2026(25, 2))
    assert circular46(3, 1, "a", subclause=1) in q.citations
    assert circular46(3, 1, subclause=2) in q.citations  # postage at the postal tariff
    assert not any(c.instrument == "104/2016/QH13" for c in q.citations)
    assert q.interpretations[0] == MEASURE
    assert {"postage-as-given", "postage-only-by-post", "colour-formats-multiplied"} <= set(
        q.interpretations
    )
    assert all(MEASURE in line.interpretations for line in q.lines)
    text = q.explain("vi")
    assert "Điều 25 khoản 2 Luật Tiếp cận thông tin số 01/2026/QH16" in text
    assert f"[{MEASURE}]" in text and "Tổng cộng: 135.500 đồng" in text


def test_the_cited_words_are_the_law_s() -> None:
    """The units the 2026 quote cites say what the quote does with them."""
    assert law2026(25, 1).text().startswith("Công dân được cung cấp thông tin không phải trả phí")
    assert "chi phí thực tế để in, sao, chụp, gửi thông tin" in law2026(25, 2).text()
    assert (
        "theo quy định tại điểm a và điểm c khoản 1 Điều 23 của Luật này thì không phải trả chi phí"
        in law2026(25, 2).text()
    )
    assert (
        law2026(23, 1, "a").text()
        == "Thông tin trong thời hạn công khai nhưng chưa được công khai;"
    )
    assert "bất khả kháng" in law2026(23, 1, "c").text()
    assert "không thanh toán chi phí thực tế" in law2026(27, 6).text()
    assert "Qua dịch vụ bưu chính" in law2026(24, 1, "b").text()


def test_postage_under_2026_is_still_the_postal_tariff_and_electronic_sending_is_free() -> None:
    """Circular 46 art. 3(1.2) (the tariff) and 3(2) (nothing to send electronically), both under
    the same reading; art. 24(1)(c) and 24(4) provision over the Internet."""
    by_post = quote({"digital_print_bw_a4": 5}, postage=9_000, channel="postal", received=RECEIVED)
    assert by_post.total == 5 * 2_000 + 9_000  # line 5.1: 2.000 đ per A4 page
    online = quote({}, channel="electronic", received=RECEIVED)
    assert online.total == 0 and circular46(3, 2) in online.citations
    assert online.interpretations == (MEASURE,)
    with pytest.raises(InvalidInputError) as err:
        quote({}, postage=9_000, channel="electronic", received=RECEIVED)
    assert err.value.code == "postage-not-payable"


def test_a_difficult_area_pays_70_percent_under_the_reading() -> None:
    """Circular 46 art. 3(1.1)(b): 70% of 3.000 đ = 2.100 đ; × 10 = 21.000 đ."""
    q = quote({"photocopy_bw_a4": 10}, area="difficult", received=RECEIVED)
    assert q.total == 21_000
    assert q.lines[0].reduction_citation == circular46(3, 1, "b", subclause=1)
    assert q.lines[0].interpretations == (MEASURE, "reduction-on-unit-rate")


# -- art. 25(2), second paragraph: no cost for art. 23(1)(a) and (c) ---------------------------


def test_a_request_under_art_23_1_c_costs_nothing() -> None:
    """Disclosed information the requester cannot reach by force majeure (art. 23(1)(c)): "thì
    không phải trả chi phí". The lines stay (the actual cost, 36.000 + 18.000 postage =
    54.000 đ, is shown) and the whole of it is waived: 0 đồng, citing art. 25(2) and 23(1)(c)."""
    q = quote({"photocopy_bw_a4": 12}, postage=18_000, channel="postal", received=RECEIVED,
              published_exception="force_majeure")  # fmt: skip
    assert (q.copying_total, q.postage, q.waived, q.total) == (36_000, 18_000, 54_000, 0)
    assert q.cost_free and q.published_exception == "force_majeure"
    assert q.cost_free_basis == (law2026(25, 2), law2026(23, 1, "c"))
    assert set(q.cost_free_basis) <= set(q.citations)
    assert len(q.lines) == 1 and q.lines[0].amount == 36_000
    vi, en = q.explain("vi"), q.explain("en")
    assert "Không phải trả chi phí (Điều 25 khoản 2" in vi and "Tổng cộng: 0 đồng" in vi
    assert "Điều 23 khoản 1 điểm c" in vi and "chi phí không thu: 54.000 đồng" in vi
    assert "No cost is payable" in en and "Total: 0 đồng" in en


def test_a_request_under_art_23_1_a_costs_nothing_and_point_b_pays() -> None:
    """Point a (due but not yet disclosed) is waived; point b (the disclosure period has
    expired) is not named by art. 25(2): 5 colour A4 photocopies cost 5 × 18.000 = 90.000 đ."""
    items = {"photocopy_colour_a4": 5}
    a = quote(items, received=RECEIVED, published_exception=GroundException.NOT_YET_DISCLOSED)
    assert (a.total, a.waived, a.cost_free_basis[1]) == (0, 90_000, law2026(23, 1, "a"))
    b = quote(items, received=RECEIVED, published_exception="disclosure_period_expired")
    assert (b.total, b.cost_free, b.published_exception) == (
        90_000,
        False,
        "disclosure_period_expired",
    )


def test_the_case_comes_from_a_decision_s_facts() -> None:
    """published_information_exception (the decision's own reading of art. 23(1)) names the case
    a quote takes: information due for disclosure and not yet disclosed is point a."""
    case = published_information_exception("due_not_yet_disclosed", force_majeure=False)
    assert quote({"photocopy_bw_a4": 1}, received=RECEIVED, published_exception=case).total == 0


def test_a_cost_free_notice_asks_no_payment() -> None:
    """Form 03 for a cost-free request: nothing due, so no payment method or deadline."""
    q = quote({"photocopy_bw_a4": 3}, received=RECEIVED, published_exception="not_yet_disclosed")
    n = fee_notice(q, agency="UBND xã X", requester="Nguyễn Văn A", issued_on=D(2026, 9, 4))
    assert (n.amount_due, n.payment_method, n.payment_deadline) == (0, None, None)
    assert "Không phải trả chi phí" in n.explain("vi")


def test_law_104_2016_has_no_such_waiver() -> None:
    """Law 104/2016 art. 12(2) ("phải trả chi phí thực tế") and Circular 46/2018 arts. 2–5 exempt
    no requester: under them the case is recorded and changes nothing (3.000 đ)."""
    for received in (D(2024, 2, 7), D(2026, 8, 31)):
        plain = quote({"photocopy_bw_a4": 1}, received=received)
        given_case = quote({"photocopy_bw_a4": 1}, received=received,
                           published_exception="force_majeure")  # fmt: skip
        assert (given_case.total, given_case.cost_free, given_case.waived) == (3_000, False, 0)
        assert given_case.published_exception == "force_majeure"
        assert given_case.citations == plain.citations and law(12, 2) in plain.citations


# -- the regime: art. 31(4), fax, an explicit choice ---------------------------------------------


def test_a_request_sent_before_1_9_2026_is_priced_under_2016() -> None:
    """Sent 28/8/2026, received 3/9/2026: art. 31(4) keeps it under Law 104/2016, which cites
    its art. 12 and has no art. 23(1)(c) waiver: 12 × 3.000 = 36.000 đ, though force majeure
    is given."""
    q = quote({"photocopy_bw_a4": 12}, received=D(2026, 9, 3), sent=D(2026, 8, 28),
              published_exception="force_majeure")  # fmt: skip
    assert (q.regime, q.chosen_by.value, q.sent, q.received) == (
        "ati-2016", "transition", D(2026, 8, 28), D(2026, 9, 3),
    )  # fmt: skip
    assert (q.total, q.cost_free) == (36_000, False)
    assert law2026(31, 4) in q.citations and law(12, 2) in q.citations
    assert q.interpretations == ()  # Circular 46 governs under 2016 in its own right
    assert "art. 31(4)" in q.explain("en") and "Điều 31 khoản 4" in q.explain("vi")
    same_day = quote({"photocopy_bw_a4": 12}, received=D(2026, 9, 3), sent=D(2026, 9, 1))
    assert (same_day.regime, same_day.chosen_by.value) == ("ati-2026", "in_force")


def test_fax_is_not_a_way_of_providing_under_2026() -> None:
    """Art. 24(1) lists at the agency, by post, over the Internet: no fax (Law 104/2016 art. 31
    had it). The code is the deadlines' one."""
    with pytest.raises(InvalidInputError) as err:
        quote({"photocopy_bw_a4": 1}, channel="fax", received=RECEIVED)
    assert err.value.code == "channel-not-in-law" and "channel=fax" in (err.value.detail or "")
    under_2016 = quote({"photocopy_bw_a4": 1}, channel="fax", received=D(2026, 8, 31))
    assert under_2016.total == 3_000 and circular46(3, 2) in under_2016.citations
    sent_before = quote({}, channel="fax", received=RECEIVED, sent=D(2026, 8, 31))
    assert sent_before.regime == "ati-2016"


def test_bad_case_and_dates_get_coded_errors() -> None:
    with pytest.raises(InvalidInputError) as err:  # art. 27(4)'s exception, not art. 23(1)
        quote({}, received=RECEIVED, published_exception="legitimate_reason")
    assert err.value.code == "invalid-published-exception"
    with pytest.raises(InvalidInputError) as err:
        quote({}, received=D(2026, 9, 1), sent=D(2026, 9, 2))
    assert err.value.code == "sent-after-received"
    with pytest.raises(InvalidInputError) as err:
        quote({}, regime="ati-2026", sent=D(2026, 9, 2))
    assert err.value.code == "missing-governing-date"
    with pytest.raises(InvalidInputError) as err:
        quote({}, received=RECEIVED, sent="2026-08-28")  # type: ignore[arg-type]
    assert err.value.code == "invalid-date"


# -- the notice (form 03) --------------------------------------------------------------------


def test_the_2026_notice_cites_the_law_where_it_speaks_and_names_its_readings() -> None:
    """Not paying is art. 27(6)'s ground; form 03 and payment before provision are Decree
    13/2018's (decree13-where-not-contrary); payment per form 03 and budget accounting are
    Circular 46's (circular46-measures-actual-costs). 10 × 3.000 = 30.000 đ."""
    q = quote({"photocopy_bw_a4": 10}, received=RECEIVED)
    n = fee_notice(q, agency="Sở Tư pháp tỉnh X", requester="Nguyễn Văn A",
                   issued_on=D(2026, 9, 4), payment_method=PAY,
                   payment_deadline=D(2026, 9, 8))  # fmt: skip
    assert n.amount_due == 30_000 and n.regime == "ati-2026"
    assert n.citations[:3] == (decree13(5, 1, "c"), decree13(13, 2), law2026(27, 6))
    assert n.interpretations == (DECREE13, MEASURE)
    assert "Điều 27 khoản 6 Luật Tiếp cận thông tin số 01/2026/QH16" in n.explain("vi")
    assert FeeNotice.from_json(n.to_json()) == n


# -- an agency's own cost table -----------------------------------------------------------------


def _agency_copy(tmp_path: Path) -> Path:
    """A copy of ati-2026 whose line 1.1 is the agency's own 2.000 đ, resting on the law."""
    target = tmp_path / "ati-2026-agency"
    shutil.copytree(str(resources.files("tiepcan.data").joinpath("ati-2026")), target)
    path = target / "fees.toml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(
        r'(number = "1\.1"\n(?:.*\n)*?)rate = 3000\n((?:.*\n)*?)citation = .*\n'
        r"interpretation = .*\n",
        r'\g<1>rate = 2000\n\g<2>citation = "01/2026/QH16 art. 25(2)"\n',
        text,
        count=1,
    )
    # [provision]: the appendix rates now rest on the law; [provision_interpretation]: no reading
    text = text.replace(
        'appendix_rates = "46/2018/TT-BTC art. 3(1.1)(a)"',
        'appendix_rates = "01/2026/QH16 art. 25(2)"',
    )
    text = text.replace(f'appendix_rates = "{MEASURE}"\n', "")
    path.write_text(text, encoding="utf-8")
    return target


def test_an_agency_s_own_cost_table_is_used_and_says_user_supplied(tmp_path: Path) -> None:
    """docs/fees.md: an agency copies data/ati-2026, puts its own rate on a line, and loads it.
    Registered under the bundled id it stands in for the bundled table: 6 × 2.000 = 12.000 đ,
    no Circular 46 reading; unregistered, Circular 46's 6 × 3.000 = 18.000 đ again."""
    agency = load_ruleset(_agency_copy(tmp_path))
    with registered(agency):
        q = quote({"photocopy_bw_a4": 6}, received=RECEIVED)
        assert (q.regime, q.user_supplied, q.total) == ("ati-2026", True, 12_000)
        assert q.lines[0].citation == law2026(25, 2) and q.interpretations == ()
        assert "Cost table, line 1.1" in q.explain("en") and "(user-supplied)" in q.explain("en")
        free = quote({"photocopy_bw_a4": 6}, received=RECEIVED, published_exception="force_majeure")
        assert (free.total, free.waived, free.user_supplied) == (0, 12_000, True)
        colour = quote({"photocopy_colour_a4": 1}, received=RECEIVED)  # a line left as it was
        assert colour.total == 18_000 and MEASURE in colour.interpretations
    assert quote({"photocopy_bw_a4": 6}, received=RECEIVED).total == 18_000
    passed = quote({"photocopy_bw_a4": 6}, received=RECEIVED, regime=agency)  # not registered
    assert (passed.total, passed.chosen_by.value, passed.user_supplied) == (12_000, "caller", True)


def test_an_agency_table_naming_an_undeclared_reading_is_refused(tmp_path: Path) -> None:
    target = _agency_copy(tmp_path)
    path = target / "fees.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            f'interpretation = "{MEASURE}"', 'interpretation = "my-own-reading"', 1
        ),
        encoding="utf-8",
    )
    with pytest.raises(InvalidInputError) as err:
        quote({"photocopy_bw_a4": 1}, received=RECEIVED, regime=load_ruleset(target))
    assert err.value.code == "invalid-ruleset" and "my-own-reading" in (err.value.detail or "")


# -- the data ------------------------------------------------------------------------------


def test_every_borrowed_unit_of_the_2026_table_names_its_reading() -> None:
    """Whatever cites Circular 46/2018 or Decree 13/2018 after 1/9/2026 rests on a named
    reading; the law's own units (art. 25(1), 25(2), 27(6)) need none."""
    raw = _toml("ati-2026", "fees.toml")
    known = interpretations("ati-2026")
    for record in (*raw["line"], *raw["format_multiplier"]):  # type: ignore[misc]
        assert record["interpretation"] == MEASURE
        assert record["in_force_from"] == D(2026, 9, 1)
    readings: dict[str, str] = raw["provision_interpretation"]  # type: ignore[assignment]
    for role, value in raw["provision"].items():  # type: ignore[union-attr]
        if Citation.parse(value).instrument == LAW:
            assert role not in readings, role
        else:
            assert readings[role] in (MEASURE, DECREE13) and readings[role] in known
    assert set(raw["provision"]) == set(fees.PROVISIONS)  # type: ignore[arg-type]
    assert {(r["case"], r["citation"]) for r in raw["cost_free"]} == {  # type: ignore[union-attr]
        ("not_yet_disclosed", "01/2026/QH16 art. 25(2)"),
        ("force_majeure", "01/2026/QH16 art. 25(2)"),
    }


def test_the_2026_table_is_circular_46_s_appendix() -> None:
    """The same appendix as under Law 104/2016, from the first day of the new law."""
    old, new = rate_table(on=D(2026, 8, 31)), rate_table(on=D(2026, 9, 1))
    assert (old.regime, new.regime) == ("ati-2016", "ati-2026")
    assert [(x.number, x.rate, x.unit) for x in old.lines] == [
        (x.number, x.rate, x.unit) for x in new.lines
    ]
    assert [(m.paper, m.multiplier) for m in old.format_multipliers] == [
        (m.paper, m.multiplier) for m in new.format_multipliers
    ]


def test_the_fee_readings_mean_the_same_under_either_law() -> None:
    old = {k: v for k, v in interpretations("ati-2016").items() if v.topic == "fees"}
    new = {k: v for k, v in interpretations("ati-2026").items() if v.topic == "fees"}
    assert set(new) == set(old) == set(fees.INTERPRETATIONS)
    assert all(new[k].choice == old[k].choice and new[k].provision == old[k].provision for k in new)
    assert interpretations("ati-2026")[MEASURE].provision == law2026(25, 2)


def test_the_cases_are_those_of_art_23_1() -> None:
    assert (
        tuple(g.value for g in GroundException if g is not GroundException.LEGITIMATE_REASON)
        == fees.ART23_CASES
    )
    for case in fees.ART23_CASES:
        assert ATI_2026_RULES.citation(f"ground_exception.{case}").article == 23


def test_fees_is_listed_as_encoded_for_2026() -> None:
    assert "fees" in _toml("ati-2026", "engines.toml")["encoded"]  # type: ignore[operator]
    assert require_engine(ATI_2026_RULES, "fees") is ATI_2026_RULES


# -- properties ------------------------------------------------------------------------------


@given(item_maps, areas, postages, channels_2026, receipt_dates_2026, cases)
def test_2026_totals_are_non_negative_and_the_waiver_never_adds(
    items, area, postage, channel, received, case
):
    sent = postage if channel.value == "postal" else 0
    plain = quote(items, area=area, postage=sent, channel=channel, received=received)
    q = quote(items, area=area, postage=sent, channel=channel, received=received,
              published_exception=case)  # fmt: skip
    assert type(q.total) is int and 0 <= q.total <= plain.total
    assert q.total == q.copying_total + q.postage - q.waived
    assert q.cost_free == (case in ("not_yet_disclosed", "force_majeure"))
    assert q.lines == plain.lines  # the lines are kept, for transparency
    assert MEASURE in q.interpretations and q.regime == "ati-2026"
    assert FeeQuote.from_json(q.to_json()) == q
    assert FeeQuote.from_dict(q.to_dict()) == q


@given(item_maps, item_maps, areas, receipt_dates_2026)
def test_2026_quotes_are_additive_over_items(a, b, area, received):
    """Two requests priced together cost what they cost apart (the reduction is per unit)."""
    both = dict(Counter(a) + Counter(b))
    both.update({k: 0 for k in (a.keys() | b.keys()) if k not in both})
    total = quote(both, area=area, received=received).total
    assert (
        total
        == quote(a, area=area, received=received).total
        + quote(b, area=area, received=received).total
    )


@given(item_maps, st.dates(min_value=D(2026, 9, 1), max_value=D(2027, 12, 31)),
       st.dates(min_value=D(2018, 7, 1), max_value=D(2026, 8, 31)), cases)  # fmt: skip
def test_a_request_sent_before_the_change_is_never_waived(items, received, sent, case):
    """Art. 31(4): sent before 1/9/2026 means Law 104/2016, which waives nothing."""
    q = quote(items, received=received, sent=sent, published_exception=case)
    assert (q.regime, q.chosen_by.value, q.cost_free, q.waived) == (
        "ati-2016",
        "transition",
        False,
        0,
    )
    assert FeeQuote.from_json(q.to_json()) == q
