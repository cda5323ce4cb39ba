"""A ruleset folder nobody checked is data only: nothing it names is imported or executed.

Design principle 9 (docs/security.md): a ruleset's ``regime.toml`` chooses the rule functions
that differ between regimes **by id** from tiepcan's closed registry
(:data:`tiepcan.foundation.regimes.RULE_FUNCTIONS`). Before this was so, ``[functions]`` named
``module:function`` and ``load_ruleset`` imported it: a downloaded folder could run any code
when ``response_deadline`` was called. Each test here plants a module that would leave a mark
on disk if it were ever imported, and proves it is not.
"""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from tiepcan.data import DATA_DIR
from tiepcan.deadlines import response_deadline
from tiepcan.foundation.errors import InvalidInputError, TiepCanError
from tiepcan.foundation.regimes import ATI_2016, RULE_FUNCTIONS, Ruleset, load_ruleset, ruleset


@pytest.fixture
def planted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Path]:
    """A module on sys.path whose import writes a file: (module name, the file it would write)."""
    mark = tmp_path / "IMPORTED"
    name = "tiepcan_planted_payload"
    (tmp_path / f"{name}.py").write_text(
        f"open({str(mark)!r}, 'w').write('ran')\ndef limits(*a):\n    return ('x', None, ())\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop(name, None)
    return name, mark


def _copy_2016(tmp_path: Path, functions: str) -> Path:
    folder = tmp_path / "downloaded"
    shutil.copytree(DATA_DIR / "ati-2016", folder)
    regime = folder / "regime.toml"
    text = regime.read_text(encoding="utf-8")
    head, _, _ = text.partition("[functions]")
    regime.write_text(head + "[functions]\n" + functions + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "functions",
    [
        'response_limits = "{mod}:limits"',  # the former form: module:function
        'response_limits = "shutil:rmtree"',
        'response_limits = "{mod}"',
        'response_limits = ["{mod}", "limits"]',
        'response_limits = {{ module = "{mod}", function = "limits" }}',
        'fee_rules = "{mod}:limits"',  # a role the registry does not have
        '"{mod}:limits" = "by-form-2016"',
    ],
)
def test_a_ruleset_naming_code_is_refused_when_read_and_nothing_is_imported(
    tmp_path: Path, planted: tuple[str, Path], functions: str
) -> None:
    name, mark = planted
    folder = _copy_2016(tmp_path, functions.format(mod=name))
    with pytest.raises(InvalidInputError) as caught:
        load_ruleset(folder)
    assert caught.value.code == "invalid-ruleset"
    assert "[functions]" in str(caught.value)
    assert name not in sys.modules
    assert not mark.exists()


def test_functions_as_a_value_not_a_table_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "downloaded"
    shutil.copytree(DATA_DIR / "ati-2016", folder)
    regime = folder / "regime.toml"
    head, _, _ = regime.read_text(encoding="utf-8").partition("[functions]")
    regime.write_text(head.replace("[regime]\n", '[regime]\nfunctions = "os:system"\n'), "utf-8")
    # a key "functions" inside [regime] is an unknown key of [regime]: refused when read
    with pytest.raises(InvalidInputError) as caught:
        load_ruleset(folder)
    assert caught.value.code == "invalid-ruleset"
    assert "[regime].functions" in str(caught.value)


def test_a_ruleset_built_by_hand_is_held_to_the_same_registry(planted: tuple[str, Path]) -> None:
    name, mark = planted
    with pytest.raises(InvalidInputError) as caught:
        Ruleset(ATI_2016, str(DATA_DIR / "ati-2016"), {"response_limits": f"{name}:limits"})
    assert caught.value.code == "invalid-ruleset"
    assert name not in sys.modules and not mark.exists()


def test_a_ruleset_choosing_a_registered_id_computes_with_tiepcans_own_function(
    tmp_path: Path,
) -> None:
    folder = _copy_2016(tmp_path, 'response_limits = "by-form-2016"')
    rules = load_ruleset(folder)
    # art. 30(4): 15 working days from Wed 7/2/2024 skipping Tết 8–14/2/2024
    # (Thông báo 6150/TB-BLĐTBXH): Wed 6/3/2024, as under the bundled ruleset
    d = response_deadline(date(2024, 2, 7), "electronic", "complex", regime=rules)
    assert d.due == date(2024, 3, 6)
    assert d.user_supplied


def test_every_registered_function_is_tiepcans_own() -> None:
    for role, ids in RULE_FUNCTIONS.items():
        for chosen, (module, attr) in ids.items():
            assert module.startswith("tiepcan."), (role, chosen)
            assert attr.isidentifier(), (role, chosen)


@pytest.mark.parametrize("key", [[], {}, None, 0, b"refusal_ground.e", ("a",)])
def test_a_ruleset_s_lookups_answer_junk_keys_with_a_code(key: object) -> None:
    rules = ruleset("ati-2016")
    for lookup in (rules.citation, rules.text, rules.function):
        with pytest.raises(TiepCanError) as caught:
            lookup(key)  # type: ignore[arg-type]
        assert caught.value.code in ("unknown-rule", "ruleset-function-missing")
    with pytest.raises(TiepCanError):
        rules.cached(key, len)  # type: ignore[arg-type]
