"""Fees follow the ruleset chosen by date: a fake regime and a fake amendment, in tests only.

Each test writes a ruleset directory under ``tmp_path`` (a copy of ``tiepcan/data/ati-2016/``
with one change) and shows that ``quote`` reads its rates from it, without any edit to the
2016 data or to ``tiepcan.fees``. The figures are the appendix's (black-and-white A4 photocopy,
line 1.1: 3.000 đồng) and the changed ones written in each test.

An agency's own unchanged copy of the ruleset (``load_ruleset``) prices as the bundled one; a
``fees.toml`` that cannot price is refused, naming the file, the record and the value; an
amendment of the appendix is declared by closing a record the day before and adding one.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from tiepcan.fees import FeeItem, FeeQuote, fee_notice, quote, rate_table, unit_rate
from tiepcan.foundation.errors import InvalidInputError, RegimeNotEncodedError
from tiepcan.foundation.regimes import Ruleset, load_ruleset, registered

BUNDLED = resources.files("tiepcan.data").joinpath("ati-2016")
D = date
DAY = D(2024, 2, 7)  # a day the 2016 regime governs


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(str(BUNDLED), target)
    return target


def _set_regime(directory: Path, regime_id: str, start: str, until: str) -> None:
    path = directory / "regime.toml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'(?m)^id = "ati-2016"$', f'id = "{regime_id}"', text, count=1)
    text = re.sub(r"(?m)^in_force_from = .*$", f"in_force_from = {start}", text, count=1)
    text = re.sub(r"(?m)^in_force_until = .*$", f"in_force_until = {until}", text, count=1)
    path.write_text(text, encoding="utf-8")


def _edit_line_11(directory: Path, new: str) -> None:
    """Replace the [[line]] record of appendix line 1.1 by ``new`` (one or more records)."""
    path = directory / "fees.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('[[line]]\nnumber = "1.1"')
    end = text.index("[[line]]", start + 1)
    path.write_text(text[:start] + new + "\n" + text[end:], encoding="utf-8")


_LINE_11 = """[[line]]
number = "1.1"
group = "1"
group_vi = "Phô tô tài liệu giấy"
work_vi = "Phô tô đen trắng"
label_en = "black-and-white photocopy of paper documents"
unit = "page_a4"
rate = {rate}
materials_included = true
in_force_from = {start}
{until}citation = "46/2018/TT-BTC art. 3(1.1)(a)"
"""


def _line_11(rate: int, start: str, until: str | None = None) -> str:
    return _LINE_11.format(
        rate=rate, start=start, until=f"in_force_until = {until}\n" if until else ""
    )


def test_quote_follows_a_fake_regime_for_dates_in_its_span(tmp_path):
    """A fake regime for 2030 prices a b/w A4 photocopy at 5.000 đ; 2016 dates keep 3.000 đ."""
    directory = _copy(tmp_path, "fake-2030")
    _set_regime(directory, "fake-2030", "2030-01-01", "2030-12-31")
    _edit_line_11(directory, _line_11(5_000, "2030-01-01"))
    with registered(load_ruleset(directory)):
        inside = quote({"photocopy_bw_a4": 12}, area="difficult", received=date(2030, 6, 1))
        assert (inside.regime, inside.user_supplied) == ("fake-2030", True)
        assert inside.lines[0].unit_rate == 3_500  # 5.000 × 70%
        assert inside.total == 42_000  # 12 × 3.500
        assert "(user-supplied)" in inside.explain("en")
        assert FeeQuote.from_json(inside.to_json()) == inside
        notice = fee_notice(inside, agency="UBND xã X", requester="B",
                            issued_on=date(2030, 6, 2), payment_deadline=date(2030, 6, 9),
                            payment_method={"revenue_agency": "Thuế", "treasury": "KBNN"})  # fmt: skip
        assert notice.user_supplied and notice.regime == "fake-2030"
        for day in (date(2030, 1, 1), date(2030, 12, 31)):  # both ends of its span
            assert quote({"photocopy_bw_a4": 1}, received=day).regime == "fake-2030"
        before = quote({"photocopy_bw_a4": 12}, area="difficult", received=date(2024, 2, 7))
        assert (before.regime, before.user_supplied, before.total) == ("ati-2016", False, 25_200)
    # unregistered again: 2030 falls under the bundled Law 01/2026/QH16 (in force from
    # 2026-09-01, no end), whose table is Circular 46's: 3.000 đ, not the fake's 5.000 đ
    after = quote({"photocopy_bw_a4": 1}, received=date(2030, 6, 1))
    assert (after.regime, after.user_supplied, after.total) == ("ati-2026", False, 3_000)


def test_an_amendment_within_a_regime_applies_from_its_first_day(tmp_path):
    """A fake amendment: line 1.1 at 3.000 đ until 31/12/2024, 3.500 đ from 1/1/2025. The
    in-force test ``in_force_from <= day <= in_force_until`` holds at both edges."""
    directory = _copy(tmp_path, "amended")
    _set_regime(directory, "ati-2016-amended", "2018-07-01", "2026-08-31")
    _edit_line_11(
        directory,
        _line_11(3_000, "2018-07-01", "2024-12-31") + "\n" + _line_11(3_500, "2025-01-01"),
    )
    amended = load_ruleset(directory)
    for day, rate in (
        (date(2018, 7, 1), 3_000),  # first day of the original record
        (date(2024, 12, 31), 3_000),  # last day of the original record (included)
        (date(2025, 1, 1), 3_500),  # first day of the amendment
        (date(2026, 8, 31), 3_500),
    ):
        q = quote({"photocopy_bw_a4": 1}, received=day, regime=amended)
        assert (q.total, q.regime, q.user_supplied) == (rate, "ati-2016-amended", True), day
        assert rate_table(on=day, regime=amended).line("1.1").rate == rate
    assert rate_table(regime=amended).line("1.1").rate == 3_500  # no date: the latest record
    assert quote({"photocopy_bw_a4": 1}, received=date(2025, 1, 1)).total == 3_000  # bundled


def test_a_ruleset_without_rates_for_the_date_is_refused(tmp_path):
    directory = _copy(tmp_path, "no-rates-yet")
    _set_regime(directory, "no-rates-yet", "2018-07-01", "2026-08-31")
    path = directory / "fees.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "in_force_from = 2018-07-01", "in_force_from = 2025-01-01"
        ),
        encoding="utf-8",
    )
    rules = load_ruleset(directory)
    with pytest.raises(RegimeNotEncodedError) as err:
        quote({"photocopy_bw_a4": 1}, received=date(2024, 2, 7), regime=rules)
    assert err.value.code == "rates-not-encoded"
    assert quote({"photocopy_bw_a4": 1}, received=date(2025, 1, 1), regime=rules).total == 3_000


# -- an amendment of the appendix: the old record closed, a new one from its first day --------
# A user-supplied copy of data/ati-2016 stands in for an amendment (a rate whose 70 % is not
# whole đồng; a record that ends), written as the appendix would be amended.


def _edited_ruleset(folder: Path, edit: Callable[[str], str]) -> Ruleset:
    """A user-supplied copy of data/ati-2016 whose fees.toml is changed by ``edit``."""
    path = _copy(folder.parent, folder.name) / "fees.toml"
    text = path.read_text(encoding="utf-8")
    changed = edit(text)
    assert changed != text
    path.write_text(changed, encoding="utf-8")
    return load_ruleset(folder)


def _line_block(text: str, number: str) -> str:
    found = re.search(r'\[\[line\]\]\nnumber = "' + re.escape(number) + r'"\n(?:.+\n)+', text)
    assert found
    return found.group(0)


def _multiplier_block(text: str, paper: str) -> str:
    found = re.search(
        r'\[\[format_multiplier\]\]\npaper = "' + re.escape(paper) + r'"\n(?:.+\n)+', text
    )
    assert found
    return found.group(0)


@pytest.fixture(scope="module")
def amended(tmp_path_factory: pytest.TempPathFactory) -> Ruleset:
    """The 2016 ruleset amended from 1/1/2025: line 1.1 at 4.000 đồng (3.000 until 31/12/2024)
    and A3 at 3 × A4 (2 × until then), as an amendment of the appendix would be declared
    (``fees.toml``: never edit a record; close it the day before and add one). The later
    records are written first: the table orders records by date, not by place."""

    def edit(text: str) -> str:
        for old, (was, now) in (
            (_line_block(text, "1.1"), ("rate = 3000", "rate = 4000")),
            (_multiplier_block(text, "A3"), ("multiplier = 2", "multiplier = 3")),
        ):
            closed = old.replace(
                "in_force_from = 2018-07-01\n",
                "in_force_from = 2018-07-01\nin_force_until = 2024-12-31\n",
            )
            new = old.replace(was, now).replace(
                "in_force_from = 2018-07-01", "in_force_from = 2025-01-01"
            )
            text = text.replace(old, new + "\n" + closed)
        return text

    return _edited_ruleset(tmp_path_factory.mktemp("amended") / "ati-2016-amended", edit)


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


def test_rate_on_reads_the_day_and_the_regime_it_is_given(amended: Ruleset) -> None:
    """Line 1.1: 3.000 đồng on the old record's last day, 4.000 on the new one's first; the
    bundled ruleset has 3.000 throughout."""
    item = FeeItem.PHOTOCOPY_BW_A4
    assert item.rate_on(D(2024, 12, 31), regime=amended) == 3000
    assert item.rate_on(D(2025, 1, 1), regime=amended) == 4000
    assert item.rate_on(regime=amended) == 4000  # no day: the latest record
    assert item.rate_on(D(2025, 1, 1)) == 3000
    assert FeeItem.PHOTOCOPY_COLOUR_A2.rate_on(D(2025, 1, 1), regime=amended) == 72000  # 18.000 × 4
    with pytest.raises(InvalidInputError) as err:
        item.rate_on()
    assert (err.value.code, err.value.detail) == (
        "missing-governing-date",
        "a governing date (on=) or an explicit regime (regime=) is required: "
        "on=None and regime=None: no regime is applied without a date",
    )


def test_a_user_supplied_ruleset_is_named_in_the_explanation(amended: Ruleset) -> None:
    q = quote({"photocopy_bw_a4": 1}, received=DAY, regime=amended)
    assert (
        q.explain("en")
        .splitlines()[0]
        .endswith("rates of regime ati-2016 (user-supplied) as of 2024-02-07")
    )
    assert "chế độ ati-2016 (do người dùng cung cấp)" in q.explain("vi")


def test_a_format_multiple_that_ends_without_a_successor_prices_no_more(tmp_path: Path) -> None:
    """The note's A0 sentence closed on 31/12/2024 and not replaced: A0 is 16 × 3.000 =
    48.000 đồng on its last day, and has no rate the day after; A3 is unchanged."""
    rules = _edited_ruleset(
        tmp_path / "ati-2016",
        lambda t: re.sub(
            r'(paper = "A0"\n(?:.+\n)*?in_force_from = 2018-07-01\n)',
            r"\g<1>in_force_until = 2024-12-31\n",
            t,
        ),
    )
    assert quote({"photocopy_bw_a0": 1}, received=D(2024, 12, 31), regime=rules).total == 48000
    assert quote({"photocopy_bw_a3": 1}, received=D(2025, 1, 1), regime=rules).total == 6000
    with pytest.raises(InvalidInputError) as err:
        quote({"photocopy_bw_a0": 1}, received=D(2025, 1, 1), regime=rules)
    assert (err.value.code, err.value.detail) == (
        "rate-not-found",
        "no rate for this paper format: photocopy_bw_a0: format A0, regime ati-2016",
    )


def test_a_line_that_ends_without_a_successor_prices_no_more(tmp_path: Path) -> None:
    """Line 2.3 (135.000 đồng a print) closed on 31/12/2024 and not replaced."""

    def edit(text: str) -> str:
        old = _line_block(text, "2.3")
        return text.replace(old, old + "in_force_until = 2024-12-31\n")

    rules = _edited_ruleset(tmp_path / "ati-2016", edit)
    assert quote({"photo_print_large": 1}, received=D(2024, 12, 31), regime=rules).total == 135000
    with pytest.raises(InvalidInputError) as err:
        quote({"photo_print_large": 1}, received=D(2025, 1, 1), regime=rules)
    assert (err.value.code, err.value.detail) == (
        "rate-not-found",
        "line '2.3', regime ati-2016, on 2025-01-01",
    )


# -- an agency's own copy of the ruleset: read as the bundled one, or refused naming the fault ---


def test_a_fresh_copy_of_the_ruleset_has_the_same_table(tmp_path: Path) -> None:
    """load_ruleset of an unchanged copy of data/ati-2016: every line, multiple and provision
    as bundled (the agency's own copy must not price differently)."""
    _copy(tmp_path, "copy")
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
    _copy(tmp_path, "broken")
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


def _refused(rules: Ruleset) -> Any:
    from tiepcan.foundation.errors import TiepCanError

    with pytest.raises(TiepCanError) as err:
        quote({"photocopy_bw_a3": 1}, received=DAY, regime=rules)
    return err.value


@pytest.mark.parametrize(
    ("edit", "code", "detail"),
    [
        (
            lambda t: t.replace("rate = 3000\n", "rate = 0\n"),
            "invalid-ruleset",  # caught by the file's declared shape when read
            "ati-2016: fees.toml: [[line]] 1.1.rate = 0: must be a whole number of đồng ≥ 1",
        ),
        (
            lambda t: t.replace("rate = 3000\n", "rate = -3000\n"),
            "invalid-ruleset",
            "ati-2016: fees.toml: [[line]] 1.1.rate = -3000: must be a whole number of đồng ≥ 1",
        ),
        (
            lambda t: t.replace("multiplier = 2\n", "multiplier = 1\n"),
            "inconsistent-result",
            "format A3: multiplier 1 < 2",
        ),
        (
            lambda t: t.replace(
                "in_force_from = 2018-07-01\n",
                "in_force_from = 2018-07-01\nin_force_until = 2018-06-30\n",
                1,
            ),
            "inconsistent-result",
            "in force until a day before it is in force from: line 1.1: 2018-07-01 .. 2018-06-30",
        ),
        (
            lambda t: re.sub(r"\[provision\]\n(?:.+\n)+", "", t),
            "invalid-ruleset",
            "ati-2016: \"'no_fee'\"",
        ),
        (
            lambda t: t.replace('unit = "page_a4"', 'unit = "sheet"', 1),
            "invalid-ruleset",
            "ati-2016: \"'sheet' is not a valid FeeUnit\"",
        ),
        (
            lambda t: t.replace('paper = "A3"', 'paper = "B5"', 1),
            "invalid-ruleset",
            "ati-2016: \"'B5' is not a valid PaperFormat\"",
        ),
        (
            lambda t: "line = [1]\n" + re.sub(r"\[\[line\]\]\n(?:.+\n)+", "", t),
            "invalid-ruleset",
            "ati-2016: fees.toml: [[line]] 1 = 1: must be a table",
        ),
        (
            lambda t: re.sub(r"\[\[line\]\]\n(?:.+\n)+", "", t),
            "rates-not-encoded",
            "regime ati-2016, on 2024-02-07",
        ),
        (
            lambda t: re.sub(r"\[\[format_multiplier\]\]\n(?:.+\n)+", "", t),
            "rate-not-found",
            "no rate for this paper format: photocopy_bw_a3: format A3, regime ati-2016",
        ),
    ],
)
def test_a_fees_file_that_cannot_price_is_refused(
    tmp_path: Path, edit: Callable[[str], str], code: str, detail: str
) -> None:
    """A rate is a whole number of đồng > 0 (the appendix's "Mức thu"); a larger format costs
    at least 2 × A4 (the note: A3 = 2 ×); a record does not end before it starts; every role
    of the provisions is cited; no line, no rates; no A3 sentence of the note, no A3 rate."""
    err = _refused(_edited_ruleset(tmp_path / "ati-2016", edit))
    assert (err.code, err.detail) == (code, detail)


def test_a_citation_the_fees_file_cannot_parse_is_refused_when_read(tmp_path: Path) -> None:
    """A citation not in the one encoding is refused by the file's declared shape, naming the
    file, the line and the value."""
    rules = _edited_ruleset(
        tmp_path / "ati-2016",
        lambda t: t.replace(
            'citation = "46/2018/TT-BTC art. 3(1.1)(a)"', 'citation = "nonsense"', 1
        ),
    )
    err = _refused(rules)
    assert err.code == "invalid-ruleset"
    assert err.detail == (
        "ati-2016: fees.toml: [[line]] 1.1.citation = 'nonsense': "
        "not a citation of the form '<number> art. N(clause)(point)'"
    )


def test_the_smallest_rate_and_multiple_are_accepted(tmp_path: Path) -> None:
    """2 đồng is the least rate (its 50 % is 1 đồng); 2 × is the smallest multiple (A3). A3 at
    2 × 2 = 4 đồng a page."""
    rules = _edited_ruleset(
        tmp_path / "ati-2016", lambda t: t.replace("rate = 3000\n", "rate = 2\n")
    )
    assert quote({"photocopy_bw_a3": 3}, received=DAY, regime=rules).total == 12


def test_a_quote_without_format_multiples_still_prices_a4(tmp_path: Path) -> None:
    rules = _edited_ruleset(
        tmp_path / "ati-2016", lambda t: re.sub(r"\[\[format_multiplier\]\]\n(?:.+\n)+", "", t)
    )
    assert quote({"photocopy_bw_a4": 2}, received=DAY, regime=rules).total == 6000


def test_rates_not_encoded_names_the_regime(tmp_path: Path) -> None:
    """No line in force: the error names the regime whose rates are missing."""
    rules = _edited_ruleset(
        tmp_path / "ati-2016", lambda t: re.sub(r"\[\[line\]\]\n(?:.+\n)+", "", t)
    )
    with pytest.raises(RegimeNotEncodedError) as err:
        rate_table(on=DAY, regime=rules)
    assert (err.value.code, err.value.regime) == ("rates-not-encoded", "ati-2016")
    assert err.value.detail == "regime ati-2016, on 2024-02-07"


def test_a_rate_whose_reduction_rounds_to_nothing_is_refused(tmp_path: Path) -> None:
    """Circular 46 art. 3(1.1)(b): 70 % or 50 % of the rate. A user-supplied rate of 1 đồng
    would cost 0 đồng a page at 50 % (rounded down), a line no quote can carry (each line
    costs something and reads back); the ruleset is refused when read. 2 đồng is the least
    rate whose 50 % is a whole đồng."""
    rules = _edited_ruleset(tmp_path / "one", lambda t: t.replace("rate = 3000\n", "rate = 1\n"))
    with pytest.raises(InvalidInputError) as err:
        quote({"photocopy_bw_a4": 3}, received=DAY, regime=rules)
    assert (err.value.code, err.value.detail) == (
        "inconsistent-result",
        "line 1.1: rate 1 at 50 % rounds to 0 đồng",
    )
    rules = _edited_ruleset(tmp_path / "two", lambda t: t.replace("rate = 3000\n", "rate = 2\n"))
    q = quote({"photocopy_bw_a4": 3}, area="especially_difficult", received=DAY, regime=rules)
    assert (q.lines[0].unit_rate, q.total) == (1, 3)
    assert type(q).from_json(q.to_json()) == q


# -- a reduced rate that is not whole đồng (interpretation reduced-rate-rounded-down) ---------


def test_a_reduced_rate_that_is_not_whole_dong_is_rounded_down(tmp_path: Path) -> None:
    """With today's rates, 70 % and 50 % are exact; an amended rate of 3.005 đồng (line 1.1)
    is not: 3.005 × 70 % = 2.103,5 → 2.103; 3.005 × 50 % = 1.502,5 → 1.502 (rounded down, in
    the requester's favour). 4 pages: 8.412 and 6.008; the reductions 3.608 and 6.012."""
    rules = _edited_ruleset(
        tmp_path / "ati-2016", lambda t: t.replace("rate = 3000\n", "rate = 3005\n")
    )
    q = quote({"photocopy_bw_a4": 4}, area="difficult", received=DAY, regime=rules)
    (line,) = q.lines
    assert (line.list_rate, line.unit_rate, line.amount, line.reduction) == (3005, 2103, 8412, 3608)
    assert line.interpretations == ("reduction-on-unit-rate", "reduced-rate-rounded-down")
    assert q.interpretations == ("reduction-on-unit-rate", "reduced-rate-rounded-down")
    assert q.explain("en").splitlines()[-3:] == [
        "Interpretations applied:",
        "- the 70% and 50% rates are taken of the rate per unit, then multiplied by the "
        "quantity [reduction-on-unit-rate]",
        "- a reduced rate that is not a whole number of đồng is rounded down (in the "
        "requester's favour) [reduced-rate-rounded-down]",
    ]
    q = quote({"photocopy_bw_a4": 4}, area="especially_difficult", received=DAY, regime=rules)
    assert (q.lines[0].unit_rate, q.total, q.lines[0].reduction) == (1502, 6008, 6012)
    assert "reduced-rate-rounded-down" in q.interpretations
    # the full rate is not reduced, and needs no rounding
    q = quote({"photocopy_bw_a4": 4}, received=DAY, regime=rules)
    assert (q.total, q.interpretations) == (12020, ())


def test_a_reduced_rate_that_is_whole_dong_needs_no_rounding(tmp_path: Path) -> None:
    """3.010 × 70 % = 2.107 exactly; × 50 % = 1.505 exactly: no rounding is recorded."""
    rules = _edited_ruleset(
        tmp_path / "ati-2016", lambda t: t.replace("rate = 3000\n", "rate = 3010\n")
    )
    for area, rate in (("difficult", 2107), ("especially_difficult", 1505)):
        q = quote({"photocopy_bw_a4": 1}, area=area, received=DAY, regime=rules)
        assert (q.total, q.interpretations) == (rate, ("reduction-on-unit-rate",))
