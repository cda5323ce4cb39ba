"""Regimes (principle 2) and the error contract (principle 8)."""

from __future__ import annotations

import pickle
from datetime import date
from itertools import pairwise

import pytest

from tiepcan import InvalidInputError, RegimeNotEncodedError, TiepCanError
from tiepcan.foundation.errors import CalendarRangeError, from_validation_error
from tiepcan.foundation.regimes import (
    ATI_2016,
    ATI_2026,
    REGIMES,
    Regime,
    regime_for,
    resolve_regime,
)


def test_law_104_is_in_force_from_1_july_2018() -> None:
    """Art. 37: 'Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2018.'"""
    from tiepcan.foundation.citations import law

    assert "01 tháng 7 năm 2018" in law(37).text()
    assert ATI_2016.in_force_from == date(2018, 7, 1)
    assert regime_for(date(2018, 7, 1)) is ATI_2016
    assert regime_for(date(2026, 8, 31)) is ATI_2016


def test_law_01_2026_governs_from_1_september_2026() -> None:
    """Law 01/2026/QH16 art. 30(1): 'Luật này có hiệu lực thi hành từ ngày 01 tháng 9 năm
    2026'; art. 30(2): Law 104/2016 ceases that day (save art. 31(4))."""
    from tiepcan.foundation.citations import law2026

    assert "01 tháng 9 năm 2026" in law2026(30, 1).text()
    assert "104/2016/QH13 hết hiệu lực" in law2026(30, 2).text()
    assert regime_for(date(2026, 9, 1)) is ATI_2026
    assert ATI_2026.encoded and ATI_2026.in_force_until is None
    assert ATI_2026.instruments == ("01/2026/QH16",)
    # its text is a secondary copy, named as such so a check against the Công báo is data
    assert any("chưa đối chiếu với Công báo" in s for s in ATI_2026.sources)
    assert resolve_regime(date(2030, 1, 1)).id == "ati-2026"
    with pytest.raises(RegimeNotEncodedError) as err:
        resolve_regime(date(2018, 6, 30))
    assert err.value.regime is None and err.value.code == "before-law-in-force"


def test_explicit_regime_is_honoured_but_never_before_it_existed() -> None:
    assert resolve_regime(date(2027, 3, 1), "ati-2016").regime is ATI_2016
    assert resolve_regime(date(2027, 3, 1), ATI_2016).regime is ATI_2016
    with pytest.raises(RegimeNotEncodedError):
        resolve_regime(date(2017, 1, 1), "ati-2016")
    with pytest.raises(RegimeNotEncodedError) as err:  # Law 01/2026 did not govern 31/8/2026
        resolve_regime(date(2026, 8, 31), "ati-2026")
    assert err.value.code == "before-law-in-force"
    with pytest.raises(InvalidInputError) as bad:
        resolve_regime(date(2020, 1, 1), "gdpr")
    assert bad.value.code == "invalid-regime"


def test_regimes_do_not_overlap_and_round_trip() -> None:
    for earlier, later in pairwise(REGIMES):
        assert earlier.in_force_until is not None
        assert (later.in_force_from - earlier.in_force_until).days == 1
    for r in REGIMES:
        assert Regime.from_json(r.to_json()) == r


def test_errors_carry_code_and_both_languages_and_pickle() -> None:
    err = CalendarRangeError(detail="x")
    assert isinstance(err, TiepCanError) and isinstance(err, ValueError)
    assert err.code == "date-outside-calendar" and err.message_vi and err.message_en
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is CalendarRangeError and str(clone) == str(err)
    assert err.to_dict()["code"] == "date-outside-calendar"


def test_validation_errors_become_invalid_input() -> None:
    try:
        Regime.from_dict({"id": 1})
    except ValueError as exc:
        converted = from_validation_error(exc, what="Regime")
    assert converted.code == "invalid-input" and "Regime" in (converted.detail or "")
