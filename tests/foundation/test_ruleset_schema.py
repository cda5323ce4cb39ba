"""A ruleset's data files are checked against their declared shape when read; loading and
registering a ruleset change nothing outside their scope (issue 17, items 6 and 7).

Each case is a copy of the bundled ``ati-2016`` folder with one thing broken, the way a
careless edit or a hostile download would break it. Every one is refused with the coded
``invalid-ruleset`` error naming the file and the key, before any engine reads it.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from tiepcan.data import DATA_DIR
from tiepcan.deadlines import response_deadline, time_limits
from tiepcan.foundation._ruleset_schema import is_declared
from tiepcan.foundation.citations import INSTRUMENTS, Citation
from tiepcan.foundation.errors import InvalidInputError, TiepCanError
from tiepcan.foundation.regimes import (
    REGIMES,
    load_ruleset,
    register_ruleset,
    registered,
    resolve_regime,
    ruleset,
    unregister_ruleset,
)

DATA_FILES = (
    "regime.toml",
    "rules.toml",
    "time_limits.toml",
    "fees.toml",
    "duties.toml",
    *(f"interpretations/{p.name}" for p in (DATA_DIR / "ati-2016" / "interpretations").iterdir()),
)


@pytest.mark.parametrize("regime", [r.id for r in REGIMES if r.encoded])
def test_the_bundled_rulesets_pass_the_same_checks(regime: str) -> None:
    rules = ruleset(regime)
    folder = Path(rules.data_dir)
    names = [p.relative_to(folder).as_posix() for p in folder.rglob("*.toml")]
    assert "time_limits.toml" in names
    for name in names:
        assert is_declared(name), name
        assert isinstance(load_ruleset(folder).data(name), dict)


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    shutil.copytree(DATA_DIR / "ati-2016", folder)
    return folder


def _edit(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text(encoding="utf-8")
    new, n = re.subn(pattern, replacement, text, count=1)
    assert n == 1, pattern
    path.write_text(new, encoding="utf-8")


def _refused(folder: Path, name: str) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as caught:
        load_ruleset(folder).data(name)
    assert caught.value.code == "invalid-ruleset"
    return caught.value


# Each: (file, pattern, replacement, words the error's detail must contain)
BROKEN = [
    # a zero or negative length would put a due date on or before receipt (art. 30(4))
    (
        "time_limits.toml",
        r'(id = "electronic\.complex"\n(?:.*\n)*?length = )15',
        r"\g<1>0",
        "length = 0",
    ),
    (
        "time_limits.toml",
        r'(id = "electronic\.complex"\n(?:.*\n)*?length = )15',
        r"\g<1>-3",
        "length = -3",
    ),
    (
        "time_limits.toml",
        r'(id = "electronic\.complex"\n(?:.*\n)*?length = )15',
        r'\g<1>"15"',
        "must be whole number",
    ),
    (
        "time_limits.toml",
        r'(id = "electronic\.complex"\n(?:.*\n)*?length = )15',
        r"\g<1>true",
        "must be whole number",
    ),
    # the 0.1 ids ("alias") were removed in 0.3.0: a ruleset that still declares one is told
    (
        "time_limits.toml",
        r'(id = "electronic\.complex"\n)',
        r'\g<1>alias = "art30.4"\n',
        "[[limit]] 9.alias: unknown key",
    ),
    (
        "time_limits.toml",
        r'(id = "electronic\.complex"\n(?:.*\n)*?unit = )"working_days"',
        r'\g<1>"weeks"',
        "unit",
    ),
    ("time_limits.toml", r'extends = "at_office\.complex"', 'extends = "nowhere"', "extends"),
    ("time_limits.toml", r'id = "electronic\.simple"', 'id = "electronic.complex"', "twice"),
    (
        "time_limits.toml",
        r'citation = "104/2016/QH13 art\. 30\(3\)"',
        'citation = "art 30"',
        "not a citation",
    ),
    ("time_limits.toml", r"\nlength = 3\n", "\nlength = 3\nlenght = 3\n", "unknown key"),
    ("fees.toml", r"rate = 3000", "rate = 0", "rate = 0"),
    ("fees.toml", r"rate = 3000", "rate = 3000.5", "whole number"),
    ("fees.toml", r"in_force_from = 2018-07-01", 'in_force_from = "2018-07-01"', "date"),
    (
        "rules.toml",
        r'citation = "104/2016/QH13 art\. 28\(1\)\(e\)"',
        "citation = 28",
        "must be text",
    ),
    ("duties.toml", r'id = "law-19\.3-digitised"', 'id = "law-19.3-records-kept"', "twice"),
    ("interpretations/fees.toml", r"default = true", 'default = "false"', "yes/no"),
]


@pytest.mark.parametrize(("name", "pattern", "replacement", "said"), BROKEN)
def test_a_broken_data_file_is_refused_naming_file_and_key(
    tmp_path: Path, name: str, pattern: str, replacement: str, said: str
) -> None:
    folder = _copy(tmp_path)
    _edit(folder / name, pattern, replacement)
    error = _refused(folder, name)
    assert error.detail is not None and error.detail.startswith(f"ati-2016: {name}: ")
    assert said in error.detail


@pytest.mark.parametrize(
    ("pattern", "replacement", "said"),
    [
        (r"encoded = true", 'encoded = "false"', "[regime].encoded"),
        (r"in_force_from = 2018-07-01", 'in_force_from = "2018-07-01"', "in_force_from"),
        (r"in_force_until = 2026-08-31", "in_force_until = 2017-01-01", "before in_force_from"),
        (r'id = "ati-2016"', "id = 2016", "[regime].id"),
        (r"\[regime\]", "[regim]", "unknown top-level key"),
    ],
)
def test_a_broken_regime_file_is_refused_when_loaded(
    tmp_path: Path, pattern: str, replacement: str, said: str
) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "regime.toml", pattern, replacement)
    with pytest.raises(InvalidInputError) as caught:
        load_ruleset(folder)
    assert caught.value.code == "invalid-ruleset"
    assert said in str(caught.value.detail)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "declares none"),
        (b"[[limit]\nid = 1", "not TOML"),
        (b"\xff\xfe[[limit]]", "not UTF-8"),
        (b'[[limit]]\nid = "x"\n', "required key is missing"),
    ],
)
def test_an_empty_malformed_or_undecodable_file_is_refused(
    tmp_path: Path, content: bytes, said: str
) -> None:
    folder = _copy(tmp_path)
    (folder / "time_limits.toml").write_bytes(content)
    assert said in str(_refused(folder, "time_limits.toml").detail)


def test_a_data_file_that_links_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    outside = tmp_path / "elsewhere.toml"
    shutil.copy(folder / "time_limits.toml", outside)
    (folder / "time_limits.toml").unlink()
    os.symlink(outside, folder / "time_limits.toml")
    assert "links are not followed" in str(_refused(folder, "time_limits.toml").detail)


@pytest.mark.parametrize("name", [0, None, "../regime.toml", "/etc/passwd", "calendar.json", b"x"])
def test_a_data_file_outside_the_declared_ones_is_refused(name: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        ruleset("ati-2016").data(name)  # type: ignore[arg-type]
    assert caught.value.code == "invalid-ruleset"


def test_a_missing_declared_file_says_it_is_missing(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "duties.toml").unlink()
    with pytest.raises(TiepCanError) as caught:
        load_ruleset(folder).data("duties.toml")
    assert caught.value.code == "ruleset-data-missing"


# --------------------------------------------------------------------------------------
# Item 6: registering and loading stay in their scope.


def _longer_2016(tmp_path: Path) -> Path:
    """A copy of ati-2016, same id, with art. 30(4)'s 15 working days made 20."""
    folder = _copy(tmp_path)
    _edit(
        folder / "time_limits.toml",
        r'(id = "electronic\.complex"\n(?:.*\n)*?length = )15',
        r"\g<1>20",
    )
    return folder


def test_a_ruleset_registered_under_a_bundled_id_is_gone_after_its_block(tmp_path: Path) -> None:
    copy = load_ruleset(_longer_2016(tmp_path))
    day = date(2024, 2, 7)
    # art. 30(4), bundled: 15 working days after Wed 7/2/2024, Tết 8–14/2/2024 off
    # (Thông báo 6150/TB-BLĐTBXH): Wed 6/3/2024
    assert response_deadline(day, "electronic", "complex").due == date(2024, 3, 6)
    with registered(copy):
        assert resolve_regime(day) is copy
        assert time_limits(regime="ati-2016")["electronic.complex"].length == 20
    assert resolve_regime(day) is ruleset("ati-2016")
    assert not resolve_regime(day).user_supplied
    assert time_limits(regime="ati-2016")["electronic.complex"].length == 15
    assert response_deadline(day, "electronic", "complex").due == date(2024, 3, 6)


def test_register_then_unregister_restores_the_bundled_ruleset(tmp_path: Path) -> None:
    copy = load_ruleset(_longer_2016(tmp_path))
    register_ruleset(copy)
    try:
        assert ruleset("ati-2016") is copy
    finally:
        unregister_ruleset("ati-2016")
    assert not ruleset("ati-2016").user_supplied


INSTRUMENT = """
[[instrument]]
number = "99/2030/QH99"
name_vi = "Luật thử nghiệm"
name_en = "A test law"
short_vi = "Luật thử nghiệm số 99/2030/QH99"
short_en = "Test Law 99/2030/QH99"
"""


def test_loading_a_ruleset_does_not_make_its_instruments_citable(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    regime = folder / "regime.toml"
    _edit(regime, r'id = "ati-2016"', 'id = "with-instrument"')
    _edit(regime, r"in_force_from = 2018-07-01", "in_force_from = 2030-01-01")
    _edit(regime, r"in_force_until = 2026-08-31", "in_force_until = 2030-12-31")
    regime.write_text(
        regime.read_text("utf-8").replace("[functions]", INSTRUMENT + "\n[functions]")
    )
    rules = load_ruleset(folder)
    assert "99/2030/QH99" not in INSTRUMENTS
    with pytest.raises(InvalidInputError):
        Citation.parse("99/2030/QH99 art. 5(1)")  # not citable: the ruleset is only read
    with registered(rules):
        cite = Citation.parse("99/2030/QH99 art. 5(1)")
        assert cite.label_en == "Test Law 99/2030/QH99, art. 5(1)"
    assert "99/2030/QH99" not in INSTRUMENTS
    # a citation made while it was registered still prints, by the instrument's number
    assert cite.label_en == "instrument 99/2030/QH99, art. 5(1)"


def test_an_instrument_taking_a_known_number_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    regime = folder / "regime.toml"
    regime.write_text(
        regime.read_text("utf-8").replace(
            "[functions]", INSTRUMENT.replace("99/2030/QH99", "104/2016/QH13") + "\n[functions]"
        )
    )
    with pytest.raises(InvalidInputError) as caught:
        load_ruleset(folder)
    assert "already names another instrument" in str(caught.value.detail)


def test_computing_a_deadline_does_not_recheck_the_bundled_data() -> None:
    """The bundled rulesets are checked here, in the suite; a first deadline neither imports
    the declared shapes nor checks the package's own files again (start-up time)."""
    import subprocess
    import sys

    code = (
        "import sys; from datetime import date; from tiepcan.deadlines import response_deadline; "
        "response_deadline(date(2026, 9, 15), 'electronic', 'complex', sent=date(2026, 8, 28)); "
        "print('tiepcan.foundation._ruleset_schema' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    # a user-supplied copy is checked when read
    rules = load_ruleset(DATA_DIR / "ati-2016")
    assert isinstance(rules.data("time_limits.toml"), dict)
    assert "tiepcan.foundation._ruleset_schema" in sys.modules
