"""Shared fixtures.

Tests run against the *installed* package (CI installs the built wheel), so nothing here
imports from the source tree by path. Some tests compare bundled data with the reference
texts in ``../shared/reference``; CI always has them beside the clone. Outside CI a missing
``shared/`` skips those tests; inside CI (``CI=true``) it fails them.
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


def _find_shared() -> Path | None:
    for base in (REPO, *REPO.parents):
        candidate = base / "shared" / "reference"
        if candidate.is_dir():
            return candidate
    env = os.environ.get("TIEPCAN_SHARED_REFERENCE")
    return Path(env) if env and Path(env).is_dir() else None


@pytest.fixture(scope="session")
def shared_reference() -> Path:
    """Path of ``shared/reference``: skipped locally when absent, an error in CI."""
    found = _find_shared()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("shared/reference is missing beside the checkout")
        pytest.skip("shared/reference not available")
    return found


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO
