"""The rulebook site (tools/gen_site.py, mkdocs.yml): every public rule, limit, rate, ground,
category and duty is on the page of the article it cites, beside its statute text; the worked
examples are run while the site is built; `mkdocs build --strict` passes."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tiepcan.foundation.citations import Citation
from tiepcan.foundation.interpretations import interpretations
from tiepcan.foundation.regimes import ruleset
from tiepcan.outputs.labels import public_enums

ROOT = Path(__file__).resolve().parents[2]
RULEBOOK = {"104/2016/QH13", "13/2018/NĐ-CP", "46/2018/TT-BTC"}


@cache
def _gen() -> Any:
    spec = importlib.util.spec_from_file_location("gen_site", ROOT / "tools" / "gen_site.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@cache
def _site() -> tuple[dict[str, Any], list[tuple[str, str]]]:
    return _gen().generate()


def _page_of(c: Citation) -> str:
    pages, _ = _site()
    path = _gen().article_page(c.instrument, c.article)
    assert path in pages, f"no rulebook page for {c.label_en}"
    return str(pages[path])


def _beside_its_text(key: str, c: Citation) -> None:
    """``key`` is on its article's page, in the block that quotes the unit's statute text."""
    page = _page_of(c)
    anchor = "{ #" + _gen().unit_anchor(c) + " }"
    assert anchor in page, f"{c.label_en} has no block on its page"
    block = page.split(anchor, 1)[1].split("\n### ", 1)[0]
    first_line = c.text().split("\n")[0]
    assert _gen().esc(first_line)[:60] in block, f"statute text of {c.label_en} missing"
    assert key in block, f"{key} is not beside the text of {c.label_en}"


def _rules() -> Any:
    return ruleset("ati-2016")


@pytest.mark.parametrize("key", sorted(_rules().data("rules.toml")["rule"]))
def test_every_rule_ground_and_category_key_is_beside_its_statute_text(key: str) -> None:
    _beside_its_text(f"`{key}`", _rules().citation(key))


@pytest.mark.parametrize("key", sorted(ruleset("ati-2026").data("rules.toml")["rule"]))
def test_every_2026_rule_key_is_beside_its_statute_text(key: str) -> None:
    """Law 01/2026/QH16 (ati-2026): each key on the page of the unit it cites under the new law
    (or of Decree 13/Circular 46, under a named interpretation)."""
    _beside_its_text(f"`{key}`", ruleset("ati-2026").citation(key))


def test_2026_articles_link_their_2016_counterparts_and_back() -> None:
    """Art. 26 of Law 01/2026 (procedure, one limit) replaces arts. 26–27, 29–31 of Law
    104/2016; art. 27 (refusal) replaces art. 28; art. 31(4) has its own page."""
    pages, _ = _site()
    new = str(pages["rulebook/law-01-2026/art-27.md"])
    assert "Thay cho / replaces: [Law art. 28](../law-104-2016/art-28.md)" in new
    old = str(pages["rulebook/law-104-2016/art-28.md"])
    assert "Thay bằng / replaced by: [Law 01/2026 art. 27](../law-01-2026/art-27.md)" in old
    transition = str(pages["rulebook/law-01-2026/art-31.md"])
    assert "`transition.sent-before-in-force`" in transition
    assert "interpretations/ati-2026/sent-is-governing-date.md" in transition


def test_every_cited_enum_member_is_beside_its_statute_text() -> None:
    """Grounds, categories, forms, duties … : every member that carries a citation under the
    Law, Decree 13 or Circular 46 appears with its English label beside the text."""
    checked = 0
    for cls in public_enums().values():
        for member in cls:
            c = getattr(member, "citation", None)
            if isinstance(c, Citation) and c.instrument in RULEBOOK:
                page = _page_of(c)
                assert member.label_en in page or _gen().esc(member.label_en) in page, (
                    f"{cls.__name__}.{member.name} ({member.label_en}) is not on {c.label_en}'s page"
                )
                checked += 1
    assert checked > 60


@pytest.mark.parametrize(
    "limit", _rules().data("time_limits.toml")["limit"], ids=lambda limit: limit["id"]
)
def test_every_time_limit_is_beside_its_statute_text(limit: dict[str, Any]) -> None:
    _beside_its_text(f"`{limit['id']}`", Citation.parse(limit["citation"]))


@pytest.mark.parametrize("line", _rules().data("fees.toml")["line"], ids=lambda x: x["number"])
def test_every_fee_line_is_beside_its_statute_text(line: dict[str, Any]) -> None:
    _beside_its_text(f"`fee.{line['number']}`", Citation.parse(line["citation"]))
    rate = f"{line['rate']:,}".replace(",", ".")
    assert f"{rate} đồng" in _page_of(Citation.parse(line["citation"]))


@pytest.mark.parametrize(
    "duty",
    [d for d in _rules().data("duties.toml")["duty"] if "citation" in d],
    ids=lambda d: d["id"],
)
def test_every_duty_of_the_law_is_beside_its_statute_text(duty: dict[str, Any]) -> None:
    _beside_its_text(f"`{duty['id']}`", Citation.parse(duty["citation"]))


def test_every_interpretation_has_its_page_with_its_provision_text() -> None:
    pages, _ = _site()
    for interp in interpretations("ati-2016").values():
        page = str(pages[f"rulebook/interpretations/{interp.id}.md"])
        assert interp.title.vi in page and interp.title.en in page
        assert interp.choice.en in page
        assert _gen().esc(interp.provision.text().split("\n")[0])[:60] in page
        if interp.provision.instrument in RULEBOOK:
            _beside_its_text(f"`{interp.id}`", interp.provision)


def test_every_article_page_is_in_both_languages_with_text_beside_rule() -> None:
    pages, _ = _site()
    articles = [p for p in pages if p.startswith("rulebook/") and "/art-" in p]
    assert len(articles) >= 40
    for path in articles:
        page = str(pages[path])
        assert "In English — our own summary" in page, path
        assert page.count('<div class="tc-law"') == page.count('<div class="tc-rule"') >= 1


def test_deadline_articles_quote_every_clause_they_implement() -> None:
    """Issue 11: the deadlines page quoted only 30(4) and 29(2); arts. 29(1), 31, 32 too."""
    for c in (Citation("104/2016/QH13", 29, 1), Citation("104/2016/QH13", 31, 1)):
        _beside_its_text("time limit", c)
    assert "correction.commune_referral" in str(_site()[0]["rulebook/law-104-2016/art-32.md"])


def test_statute_calendar_errors_and_schemas_are_in_the_site() -> None:
    from tiepcan.foundation.errors import ERROR_CODES
    from tiepcan.outputs.schemas import json_schemas

    pages, _ = _site()
    assert "sources/statute/law-104-2016/art-28.md" in pages
    assert "Người yêu cầu cung cấp thông tin không thanh toán" in str(
        pages["sources/statute/law-104-2016/art-28.md"]
    )
    regimes = str(pages["rulebook/regimes.md"])
    assert "`12729/VPCP-KGVX`" in regimes and "confirmed" in regimes and "provisional" in regimes
    errors = str(pages["errors.md"])
    for code, (vi, en) in ERROR_CODES.items():
        assert "{ #" + code + " }" in errors and vi in errors and en in errors
    for name in json_schemas():
        assert f"developers/schemas/{name}.json" in pages
    assert "developers/labels.json" in pages


def test_generated_examples_run_and_a_wrong_one_stops_the_build() -> None:
    gen = _gen()
    _, examples = _site()
    assert len(examples) >= 40
    assert gen.run_examples(examples) == len(examples)
    wrong = ">>> from tiepcan.deadlines import response_deadline\n"
    wrong += ">>> response_deadline(date(2019, 2, 1), 'at_office', 'complex').due\n"
    wrong += "datetime.date(2019, 2, 15)\n"  # counts calendar days over Tết: wrong
    with pytest.raises(gen.ExampleFailed, match="1 worked example"):
        gen.run_examples([("wrong", wrong)])


def test_no_page_points_readers_at_files_they_do_not_have() -> None:
    for path in (ROOT / "docs").glob("*.md"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "shared/reference" in line:
                assert "working cop" in line or path.name == "sources.md", (path.name, line)


@pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None,
    reason="needs the docs extra: pip install tiepcan[docs]",
)
def test_the_site_builds_strict(tmp_path: Path) -> None:
    mkdocs = shutil.which("mkdocs") or str(Path(sys.executable).with_name("mkdocs"))
    done = subprocess.run(
        [mkdocs, "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={
            **__import__("os").environ,
            "NO_MKDOCS_2_WARNING": "1",
            "DISABLE_MKDOCS_2_WARNING": "true",
        },
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    page = (tmp_path / "site" / "rulebook" / "law-104-2016" / "art-28.html").read_text("utf-8")
    assert 'class="tc-law"' in page and "refusal_ground.e" in page
    # the Python that applies a rule is linked beside its data line, and the official source
    assert "applied by" in page and "tiepcan/decision/_result.py" in page
    assert "Nguồn chính thức / official source" in page
    fees = (tmp_path / "site" / "rulebook" / "law-104-2016" / "art-12.html").read_text("utf-8")
    assert "vi: Không phải trả phí, lệ phí" in fees and "vi: no fee" not in fees
    # nothing is loaded from outside: an agency's intranet may be offline
    for html in (tmp_path / "site").rglob("*.html"):
        text = html.read_text("utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, html.name
