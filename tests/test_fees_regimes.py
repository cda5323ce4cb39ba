"""Fees follow the ruleset chosen by date: a fake regime and a fake amendment, in tests only.

Each test writes a ruleset directory under ``tmp_path`` (a copy of ``tiepcan/data/ati-2016/``
with one change) and shows that ``quote`` reads its rates from it, without any edit to the
2016 data or to ``tiepcan.fees``. The figures are the appendix's (black-and-white A4 photocopy,
line 1.1: 3.000 đồng) and the changed ones written in each test.
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from tiepcan.errors import RegimeNotEncodedError
from tiepcan.fees import FeeQuote, fee_notice, quote, rate_table
from tiepcan.regimes import load_ruleset, registered

BUNDLED = resources.files("tiepcan.data").joinpath("ati-2016")


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
