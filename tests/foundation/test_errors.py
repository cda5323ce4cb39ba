"""The closed table of error codes (issue 8: one list, one message per code, one page)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tiepcan.foundation.errors import (
    ERROR_CODES,
    FIELD_VALUE_MESSAGES,
    InvalidInputError,
    TiepCanError,
)

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

from error_codes import message_sites, raised_codes  # noqa: E402


def test_every_code_the_package_raises_is_in_the_table() -> None:
    raised = raised_codes()
    assert raised, "the scan found no code at all"
    missing = {code: sites[0][0] for code, sites in raised.items() if code not in ERROR_CODES}
    assert missing == {}


def test_every_code_in_the_table_is_raised_somewhere() -> None:
    assert set(ERROR_CODES) - set(raised_codes()) == set()


def test_every_code_has_a_message_in_both_languages() -> None:
    for code, (vi, en) in ERROR_CODES.items():
        assert any(ch.isalpha() for ch in vi) and any(ch.isalpha() for ch in en), code
        assert code == code.lower() and " " not in code


def test_an_error_without_messages_takes_them_from_the_table() -> None:
    err = InvalidInputError("invalid-quantity", detail="photocopy_bw_a4: -2")
    assert (err.message_vi, err.message_en) == ERROR_CODES["invalid-quantity"]
    assert str(err).startswith("[invalid-quantity] ")


def test_detail_echoed_back_is_cut_short() -> None:
    err = TiepCanError("invalid-input", detail="x" * 100_000)
    assert len(str(err)) < 1_200


def test_the_errors_page_is_generated_from_the_table() -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "errors.md").read_text("utf-8")
    out = subprocess.run(
        [sys.executable, str(TOOLS / "error_codes.py"), "--markdown"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert page == out.stdout, "run: python tools/error_codes.py --markdown > docs/errors.md"


def test_one_message_per_code_whatever_the_raise_site_says() -> None:
    """The table is the one template of a code; a raise site's own wording goes to the detail."""
    err = InvalidInputError(
        "invalid-quantity", "Số trang phải dương", "pages must be positive", detail="x=-1"
    )
    assert (err.message_vi, err.message_en) == ERROR_CODES["invalid-quantity"]
    assert err.detail == "pages must be positive: x=-1"


def test_raise_sites_give_a_code_and_a_detail_only() -> None:
    """No raise site carries message text the table would override (dead text an auditor
    would read as the message), and no code is pieced together where the scan cannot see it."""
    assert message_sites() == []


def test_a_value_outside_an_enumerated_field_takes_the_family_message() -> None:
    """``invalid-<field>``: one message for every enumerated field; the detail names the field."""
    err = InvalidInputError("invalid-website-category", detail="website_category='x'")
    assert (err.message_vi, err.message_en) == FIELD_VALUE_MESSAGES
    assert err.detail == "website_category='x'"
    assert "invalid-website-category" not in ERROR_CODES
    table_code = InvalidInputError("invalid-date", detail="x")
    assert (table_code.message_vi, table_code.message_en) == ERROR_CODES["invalid-date"]
    other = TiepCanError("no-such-code-anywhere")
    assert (other.message_vi, other.message_en) == (
        TiepCanError.default_message_vi,
        TiepCanError.default_message_en,
    )
