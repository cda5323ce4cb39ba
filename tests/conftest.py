"""Shared fixtures.

Tests run against the *installed* package (CI installs the built wheel), so nothing here
imports from the source tree by path. Some tests compare bundled data with the reference
texts; copies of them live in ``tests/reference`` so that the suite needs nothing beside the
clone (``tests/test_reference_copies.py`` checks them against the originals where those are
at hand).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# ci: many examples, derandomized and with no example database, so a CI run is repeatable and
# never depends on what an earlier run found; dev: fewer, random examples while working;
# mutation: derandomized and small, for tools/mutate.py (each mutant reruns the suite)
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "mutation",
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(
    os.environ.get("TIEPCAN_HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)

REPO = Path(__file__).resolve().parents[1]


if os.environ.get("TIEPCAN_HYPOTHESIS_PROFILE") == "mutation":

    @pytest.fixture(autouse=True)
    def _tables_built_by_each_test() -> None:
        """Under tools/mutate.py, each test builds the tables a ruleset keeps once
        (``Ruleset.cached``: the time limits, the fee rates, the disclosure points …) and the
        working-day calendar's table. mutmut runs a mutant's tests in a process forked from
        one that has already run them, where those tables are built: a mutant in the code that
        builds one would never run."""
        from tiepcan.foundation import regimes, workdays

        for rules in regimes._RULESETS.values():
            rules._cache.clear()
        workdays._TABLE = None  # the next count loads it again (workdays._table)


#: the reference texts the tests compare bundled data with, carried in the repository
REFERENCE = REPO / "tests" / "reference"


@pytest.fixture(scope="session")
def shared_reference() -> Path:
    """The folder of reference texts (``tests/reference``, copies kept in the repository)."""
    return REFERENCE


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO
