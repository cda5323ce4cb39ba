"""The installed package carries everything it needs (CI runs this against the wheel)."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import tiepcan

REPO = Path(__file__).resolve().parents[1]


def test_suite_runs_against_the_installed_wheel() -> None:
    """In CI (TIEPCAN_REQUIRE_INSTALLED=1) the package must not come from the source tree."""
    if os.environ.get("TIEPCAN_REQUIRE_INSTALLED"):
        assert REPO not in Path(tiepcan.__file__).resolve().parents, tiepcan.__file__


def test_data_files_are_bundled() -> None:
    data = resources.files("tiepcan.data")
    names = {entry.name for entry in data.iterdir()}
    assert {
        "statute.json",
        "other_texts.toml",
        "calendar.json",
        "calendar_working.json",
        "calendar.toml",
        "result_titles.toml",
        "ati-2016",
    } <= names
    ruleset = {entry.name for entry in data.joinpath("ati-2016").iterdir()}
    assert {"regime.toml", "rules.toml", "time_limits.toml", "fees.toml", "duties.toml"} <= ruleset
    assert resources.files("tiepcan").joinpath("py.typed").is_file()


def test_public_api_is_listed_and_importable() -> None:
    for name in tiepcan.__all__:
        assert getattr(tiepcan, name) is not None, name
    assert tiepcan.__version__.count(".") == 2
