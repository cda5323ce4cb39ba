"""The message tables (tiepcan.texts): each text checked against the article it names.

What the law says is stated once, in a table an auditor reads; these tests hold every table
to four rules: a text is said by the code (no dead text), its named fields are the same in
Vietnamese and in English (a translation cannot drop the day or the amount), each provision
it states is in the bundled statute text (under every bundled law that has the key), and a
passage it quotes from the law — between “ ” or « » — is the law's own words.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
import unicodedata
from pathlib import Path

import pytest

import tiepcan.texts
from tiepcan.foundation._messages import Message
from tiepcan.foundation.citations import Citation, citation_form
from tiepcan.foundation.regimes import ATI_2016_RULES, ATI_2026_RULES

PACKAGE = Path(tiepcan.__file__).resolve().parent
BUNDLED = (ATI_2016_RULES, ATI_2026_RULES)
QUOTED = re.compile(r"[“«]([^”»]+)[”»]")


def _tables() -> list[tuple[str, str, Message]]:
    out = []
    for info in pkgutil.iter_modules(tiepcan.texts.__path__):
        module = importlib.import_module(f"tiepcan.texts.{info.name}")
        for key, message in module.TEXTS.items():
            out.append((info.name, key, message))
    return out


TEXTS = _tables()


def _ids(row: tuple[str, str, Message]) -> str:
    return f"{row[0]}:{row[1]}"


def _fields(text: str) -> set[str]:
    """The fields a text is filled with: ``{day.weekday_vi}`` and ``{day.weekday_en}`` are
    both the field ``day``, each language reading its own label of it."""
    return {re.split(r"[.\[]", name)[0] for _, name, _, _ in string.Formatter().parse(text) if name}


def _provisions(ref: str) -> list[Citation]:
    """The citations a ``states`` entry stands for: itself, or its key under each law."""
    if citation_form(ref):
        return [Citation.parse(ref)]
    return [rules.citation(ref) for rules in BUNDLED if ref in rules.keys()]  # noqa: SIM118 - Ruleset.keys() is its own method


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _source() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8")
        for p in PACKAGE.rglob("*.py")
        if "texts" not in p.relative_to(PACKAGE).parts
    )


def test_every_table_holds_messages_under_plain_keys():
    for module, key, message in TEXTS:
        assert isinstance(message, Message), (module, key)
        assert re.fullmatch(r"[a-z0-9_]+(?:[.-][a-z0-9_]+)*", key), (module, key)
        assert message.vi.strip() and message.en.strip(), (module, key)


@pytest.mark.parametrize("row", TEXTS, ids=_ids)
def test_a_text_has_the_same_fields_in_both_languages(row):
    _, _, message = row
    assert _fields(message.vi) == _fields(message.en)


@pytest.mark.parametrize("row", [r for r in TEXTS if r[2].states], ids=_ids)
def test_each_provision_a_text_states_is_in_the_bundled_law(row):
    for ref in row[2].states:
        provisions = _provisions(ref)
        assert provisions, f"{ref}: neither a citation nor a key of a bundled ruleset"
        for provision in provisions:
            assert provision.text().strip(), provision.label


@pytest.mark.parametrize("row", [r for r in TEXTS if QUOTED.search(r[2].vi)], ids=_ids)
def test_words_quoted_from_the_law_are_the_laws_words(row):
    _, _, message = row
    assert message.states, "a text that quotes the law names the provision it quotes"
    law = _plain(" ".join(p.text() for ref in message.states for p in _provisions(ref)))
    for quoted in QUOTED.findall(message.vi):
        if _fields(quoted):
            continue  # a quoted field is the caller's text, not the law's
        assert _plain(quoted) in law, quoted


def test_every_text_is_said_by_the_code():
    source = _source()
    unused = [
        f"{module}:{key}"
        for module, key, _ in TEXTS
        if f'"{key}"' not in source and f'f"{key.rpartition(".")[0]}.{{' not in source
    ]
    assert unused == []


def test_say_fills_each_language_from_its_side_of_a_text():
    from tiepcan.foundation._messages import say
    from tiepcan.foundation._model import Text

    table = {"x": Message("{who} nộp {n} đồng", "{who} paid {n} đồng")}
    said = say(table, "x", who=Text("Người yêu cầu", "the requester"), n=2000)
    assert (said.vi, said.en) == ("Người yêu cầu nộp 2000 đồng", "the requester paid 2000 đồng")
