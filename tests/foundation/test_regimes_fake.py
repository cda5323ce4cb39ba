"""A new regime is a ruleset, not a fork: one fake regime, every public function follows it.

The fake regime ("fake-2030", in force 2030-01-01 to 2030-12-31) is written in a temporary
directory as a copy of ``tiepcan/data/ati-2016/`` with three changes, and nothing else — no
edit to any 2016 module or data file:

* a time limit: electronic provision of complex information in 20 working days (2016: 15,
  art. 30(4));
* a fee rate: a black-and-white A4 photocopy at 4.000 đồng (2016: 3.000, Circular 46 line 1.1);
* a refusal ground's wording: ground e (unpaid costs, 2016 art. 28(1)(e)) reworded.

For dates in its span the public functions follow it and mark their results user-supplied;
for 2016 dates nothing changes; once it is unregistered, 2030 is not encoded again.

2030 dates are provisional in the calendar (no announcement yet), which the deadline says; the
counts below use the statutory calendar of 2030: Mon 4/3/2030 + 20 working days, no holiday in
between (the Hùng Kings' day 2030 falls on Fri 12/4/2030, after the period).
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from tiepcan.data import DATA_DIR
from tiepcan.deadlines import response_deadline, time_limit
from tiepcan.decision import assess, refusal_notice
from tiepcan.fees import quote
from tiepcan.foundation.errors import RegimeNotEncodedError
from tiepcan.foundation.regimes import load_ruleset, registered, resolve_regime
from tiepcan.foundation.workdays import add_working_days

from strategies_rules import electronic_request

NEW_GROUND_VI = "Người yêu cầu chưa nộp đủ chi phí theo thông báo (căn cứ giả định để kiểm thử)"
NEW_GROUND_EN = "The requester has not paid the notified costs in full (a fake ground for tests)"


@pytest.fixture
def fake_2030(tmp_path: Path) -> Path:
    folder = tmp_path / "fake-2030"
    shutil.copytree(DATA_DIR / "ati-2016", folder)
    _edit(folder / "regime.toml", r'(?m)^id = "ati-2016"$', 'id = "fake-2030"')
    _edit(folder / "regime.toml", r"(?m)^in_force_from = .*$", "in_force_from = 2030-01-01")
    _edit(folder / "regime.toml", r"(?m)^in_force_until = .*$", "in_force_until = 2030-12-31")
    # one time limit: art. 30(4)'s 15 working days become 20
    _edit(
        folder / "time_limits.toml",
        r'(id = "electronic\.complex"\ncitation = "[^"]+"\nlength = )15',
        r"\g<1>20",
    )
    # one fee rate: line 1.1 at 4.000 đồng
    _edit(folder / "fees.toml", r'(number = "1\.1"(?:\n[^\[]*?)rate = )3000', r"\g<1>4000")
    # one refusal ground's wording
    _edit(
        folder / "rules.toml",
        r'(\[rule\."refusal_ground\.e"\]\ncitation = "[^"]+"\n)',
        rf'\g<1>vi = "{NEW_GROUND_VI}"\nen = "{NEW_GROUND_EN}"\n',
    )
    return folder


def _edit(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text(encoding="utf-8")
    new, n = re.subn(pattern, replacement, text, count=1)
    assert n == 1, f"{path.name}: {pattern!r} not found"
    path.write_text(new, encoding="utf-8")


def _refused_for_unpaid_costs(received: date) -> dict[str, object]:
    return electronic_request(received)  # refused only through the facts: costs not paid


def test_the_public_functions_follow_a_fake_regime_in_its_span(fake_2030: Path) -> None:
    with registered(load_ruleset(fake_2030)):
        assert resolve_regime(date(2030, 3, 4)).id == "fake-2030"

        d = response_deadline(date(2030, 3, 4), "electronic", "complex")
        assert (d.regime, d.user_supplied) == ("fake-2030", True)
        assert d.original_due == add_working_days(date(2030, 3, 4), 20) == date(2030, 4, 1)
        assert "20 working days" in d.explain("en") and "supplied by the user" in d.explain("en")
        assert time_limit("electronic.complex", date(2030, 3, 4)).due == date(2030, 4, 1)

        q = quote({"photocopy_bw_a4": 10}, area="ordinary", received=date(2030, 3, 4))
        assert (q.regime, q.user_supplied, q.total) == ("fake-2030", True, 40_000)

        request = _refused_for_unpaid_costs(date(2030, 3, 4))
        decision = assess(request, {}, {"costs": "not_paid"})
        assert decision.regime == "fake-2030" and decision.user_supplied
        assert NEW_GROUND_EN in decision.explain("en")
        notice = refusal_notice(decision, request, agency="Sở X", issued_on=date(2030, 3, 6))
        assert NEW_GROUND_VI in notice.explain("vi")


def test_dates_of_the_2016_law_are_unchanged_while_it_is_registered(fake_2030: Path) -> None:
    """Art. 30(4): 15 working days from 07/02/2024, Tết 8–14/2/2024 skipped (8662/VPCP-KGVX)."""
    with registered(load_ruleset(fake_2030)):
        d = response_deadline(date(2024, 2, 7), "electronic", "complex")
        assert (d.regime, d.user_supplied, d.due) == ("ati-2016", False, date(2024, 3, 6))
        q = quote({"photocopy_bw_a4": 10}, area="ordinary", received=date(2024, 2, 7))
        assert q.total == 30_000
        decision = assess(_refused_for_unpaid_costs(date(2024, 2, 7)), {}, {"costs": "not_paid"})
        assert NEW_GROUND_EN not in decision.explain("en")


def test_once_unregistered_2030_is_governed_by_the_bundled_law_again(fake_2030: Path) -> None:
    """Unregistered, the fake regime governs nothing: 2030 falls back under the law in force,
    Law 01/2026/QH16 (no end of effect known), and 2018-06-30 under none."""
    with registered(load_ruleset(fake_2030)):
        pass
    d = response_deadline(date(2030, 3, 4), "electronic", "complex")
    assert (d.regime, d.user_supplied) == ("ati-2026", False)
    with pytest.raises(RegimeNotEncodedError):
        response_deadline(date(2018, 6, 30), "electronic", "complex")


def test_a_supplied_ruleset_can_be_passed_without_registering_it(fake_2030: Path) -> None:
    rules = load_ruleset(fake_2030)
    d = response_deadline(date(2030, 3, 4), "electronic", "complex", regime=rules)
    assert (d.regime, d.user_supplied, d.original_due) == ("fake-2030", True, date(2030, 4, 1))
    assert "supplied by the user" in d.explain("en")
