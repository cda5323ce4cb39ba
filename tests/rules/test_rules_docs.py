"""The rulebook page names every interpretation the code makes, and the decision composes with
the deadlines module on the same procedure clause."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tiepcan.deadlines import response_deadline
from tiepcan.decision import assess
from tiepcan.foundation.interpretations import interpretations

SOURCES = (
    "tiepcan/rules/access.py",
    "tiepcan/rules/requests.py",
    "tiepcan/rules/requesters.py",
    "tiepcan/rules/responsibility.py",
    "tiepcan/rules/refusals.py",
    "tiepcan/decision/__init__.py",
    "tiepcan/decision/_assessment.py",
    "tiepcan/decision/_facts.py",
    "tiepcan/decision/_notices.py",
    "tiepcan/decision/_result.py",
)

#: the registry's interpretations of a decision (data/ati-2016/interpretations/decision.toml)
REGISTRY = {i.id: i for i in interpretations("ati-2016").values() if i.topic == "decision"}
#: readings of other topics that a decision reuses by id (not redefined)
REUSED = {"pre-2018"}  # Decree 13 art. 14(2), declared with the catalogue
#: the decision's readings under Law 01/2026/QH16 (data/ati-2026/interpretations/decision.toml)
REGISTRY_2026 = {i.id: i for i in interpretations("ati-2026").values() if i.topic == "decision"}


def _named_in_code(root: Path) -> set[str]:
    names: set[str] = set()
    for source in SOURCES:
        text = (root / source).read_text(encoding="utf-8")
        names |= set(re.findall(r"interpretation\s+``([a-z0-9-]+)``", text))
        names |= set(re.findall(r"^\* ``([a-z0-9-]+)``:", text, re.M))
        names |= set(re.findall(r"\.apply\(\s*\"([a-z0-9-]+)\"", text))
    return names


def _listed_in_rulebook(root: Path) -> set[str]:
    page = (root / "docs" / "requests-and-refusals.md").read_text(encoding="utf-8")
    table = page[page.index("## Interpretations, in one place") :]
    return set(re.findall(r"^\| `([a-z0-9-]+)` \|", table, re.M))


def test_the_registry_declares_the_twenty_five_readings_of_a_decision() -> None:
    assert len(REGISTRY) == 25
    for i in REGISTRY.values():
        assert i.provision.text(), i.id  # the provision it reads is in the statute text
        assert i.title.vi and i.title.en and i.choice.vi and i.choice.en, i.id


def test_every_interpretation_in_the_code_is_in_the_registry(repo_root: Path) -> None:
    assert _named_in_code(repo_root) == set(REGISTRY) | set(REGISTRY_2026) | REUSED
    assert interpretations("ati-2016")["pre-2018"].topic == "catalogue"


def test_the_rulebook_table_lists_the_registry(repo_root: Path) -> None:
    assert _listed_in_rulebook(repo_root) == set(REGISTRY)


def test_the_2026_readings_of_a_decision_cite_law_01_2026_and_are_in_the_rulebook(
    repo_root: Path,
) -> None:
    """Each reading a decision under Law 01/2026/QH16 applies is declared for that law, cites
    its own unit (never Law 104/2016's) and is listed in the rulebook's 2026 table."""
    for i in REGISTRY_2026.values():
        assert i.provision.instrument in ("01/2026/QH16",), i.id
        assert i.provision.text(), i.id
    page = (repo_root / "docs" / "requests-and-refusals.md").read_text(encoding="utf-8")
    start = page.index("### Interpretations under Law 01/2026/QH16")
    table = page[start : page.index("## Interpretations, in one place")]
    listed = set(re.findall(r"^\| `([a-z0-9-]+)` \|", table, re.M))
    assert listed == set(REGISTRY_2026)


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
