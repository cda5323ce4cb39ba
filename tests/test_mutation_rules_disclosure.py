"""Point letters of arts. 17(1), 18(1), 19(1) (issue 12).

The law writes point đ with its own letter; the data writes it "dd". Either, in any case and
with spaces around, names the same point; anything but text is refused.
"""

from __future__ import annotations

import pytest

from tiepcan import InvalidInputError
from tiepcan.rules.disclosure import DisclosureCategory, WebsiteCategory, law_letter


def test_the_letter_dd_is_the_law_s_đ() -> None:
    assert law_letter("dd") == "đ"
    assert law_letter("a") == "a"
    for junk in (5, None, b"dd"):
        with pytest.raises(InvalidInputError) as err:
            law_letter(junk)  # type: ignore[arg-type]
        assert err.value.code == "invalid-input"
        assert err.value.detail == f"a point letter is text: {junk!r}"


@pytest.mark.parametrize("letter", ["đ", "Đ", " dd ", "DD", "dd"])
def test_point_đ_in_every_spelling(letter: str) -> None:
    assert DisclosureCategory.from_letter(letter, field="category").value == "dd"
    assert WebsiteCategory.from_letter(letter, field="website_category").letter == "đ"


def test_other_letters_in_any_case() -> None:
    assert DisclosureCategory.from_letter(" M ", field="category").letter == "m"
    assert WebsiteCategory.from_letter("C", field="website_category").letter == "c"
