"""The rulebook page names every interpretation the code makes, and the decision composes with
the deadlines module on the same procedure clause."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tiepcan.deadlines import response_deadline
from tiepcan.decision import assess

SOURCES = (
    "tiepcan/rules/access.py",
    "tiepcan/rules/requests.py",
    "tiepcan/rules/requesters.py",
    "tiepcan/rules/responsibility.py",
    "tiepcan/rules/refusals.py",
    "tiepcan/decision.py",
)


def _named_in_code(root: Path) -> set[str]:
    names: set[str] = set()
    for source in SOURCES:
        text = (root / source).read_text(encoding="utf-8")
        names |= set(re.findall(r"interpretation\s+``([A-Z][A-Z0-9_]+)``", text))
        names |= set(re.findall(r"^\* ``([A-Z][A-Z0-9_]+)``:", text, re.M))
    return names


def test_every_interpretation_in_the_code_is_in_the_rulebook_table(repo_root: Path) -> None:
    names = _named_in_code(repo_root)
    assert len(names) >= 10
    page = (repo_root / "docs" / "requests-and-refusals.md").read_text(encoding="utf-8")
    table = page[page.index("## Interpretations, in one place") :]
    listed = set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", table, re.M))
    assert names == listed


@pytest.mark.parametrize("provision_form", ["at_office", "electronic", "postal", "fax"])
@pytest.mark.parametrize("complexity", ["simple", "complex"])
def test_procedure_clause_is_the_one_the_deadline_counts_from(
    provision_form: str, complexity: str
) -> None:
    """Arts. 29–31: the decision's procedure and the deadline's first citation agree."""
    request = {
        "channel": "postal",
        "received_on": date(2024, 2, 7),
        "form": {
            "form": "01a",
            "requester": {
                "full_name": "A",
                "residence_address": "B",
                "id_kind": "passport",
                "id_number": "C",
            },
            "request": {
                "description": "D",
                "document_names": ["E"],
                "provision_form": provision_form,
                "reason_and_purpose": "F",
            },
        },
    }
    plan = assess(request, {}, {"complexity": complexity}).provision
    assert plan is not None
    deadline = response_deadline(date(2024, 2, 7), plan.procedure_channel, plan.complexity)
    assert deadline.citations[0] == plan.procedure
