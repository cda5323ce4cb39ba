"""Generate the rulebook site's pages from the package itself.

    python tools/gen_site.py --out DIR     # write the generated pages into DIR (tests, review)
    mkdocs build --strict                  # runs this file through the mkdocs-gen-files plugin

Everything under ``rulebook/``, ``sources/`` and ``developers/`` (except the hand-written
pages of ``docs/``) is written here from the package: the articles the package cites
(``tiepcan.outputs.labels.all_citations()``), each unit's verbatim Vietnamese text beside the rules,
time limits, fee lines, duties and interpretations that cite it (found by citation in the
ruleset's data files and the public modules), the interpretations registry, the regimes and
the calendar announcements, the bundled statute text, the error codes, the JSON Schemas and
the labels export. English headings and summaries are our own (``site_src/articles_en.toml``).

Worked examples are executed here, while the site is built: the hand-checked cases of the
conformance suite (``tiepcan/outputs/conformance/cases.json``) rendered as doctests on the page of
the article that decides them, and every ``>>>`` of the hand-written pages of ``docs/``. A
wrong example raises ``ExampleFailed`` and the build stops.
"""

from __future__ import annotations

import argparse
import doctest
import json
import posixpath
import re
import sys
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PKG = ROOT / "tiepcan"
DATA = PKG / "data"

#: the instruments whose implemented articles get a rulebook page, with their folder
RULEBOOK_INSTRUMENTS = {
    "104/2016/QH13": "law-104-2016",
    "13/2018/NĐ-CP": "decree-13-2018",
    "46/2018/TT-BTC": "circular-46-2018",
    "01/2026/QH16": "law-01-2026",
}
STATUTE_SLUGS = {
    **RULEBOOK_INSTRUMENTS,
    "64/2018/TT-BQP": "circular-64-2018",
    "01/2026/QH16": "law-01-2026",
}
INSTRUMENT_EN = {
    "104/2016/QH13": "Law 104/2016/QH13 on Access to Information",
    "13/2018/NĐ-CP": "Decree 13/2018/NĐ-CP",
    "46/2018/TT-BTC": "Circular 46/2018/TT-BTC (costs)",
    "64/2018/TT-BQP": "Circular 64/2018/TT-BQP (Ministry of Defence)",
    "01/2026/QH16": "Law 01/2026/QH16 on Access to Information",
}
INSTRUMENT_VI = {
    "104/2016/QH13": "Luật Tiếp cận thông tin số 104/2016/QH13",
    "13/2018/NĐ-CP": "Nghị định số 13/2018/NĐ-CP",
    "46/2018/TT-BTC": "Thông tư số 46/2018/TT-BTC",
    "64/2018/TT-BQP": "Thông tư số 64/2018/TT-BQP",
    "01/2026/QH16": "Luật Tiếp cận thông tin số 01/2026/QH16",
}
REGIME = "ati-2016"
#: every bundled ruleset whose data the rulebook sets beside the text (the first is REGIME)
RULESETS = ("ati-2016", "ati-2026")
#: the short name of each rulebook instrument in a page's subtitle
SHORT = {
    "104/2016/QH13": "Law",
    "13/2018/NĐ-CP": "Decree 13",
    "46/2018/TT-BTC": "Circular 46",
    "01/2026/QH16": "Law 01/2026",
}
DOCTEST_FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS


class ExampleFailed(RuntimeError):
    """A worked example on the site does not give the answer written beside it."""


# -- helpers ---------------------------------------------------------------------------------


def rel(src: str, dst: str) -> str:
    """A link from page ``src`` to file ``dst`` (both relative to the docs folder)."""
    return posixpath.relpath(dst, posixpath.dirname(src) or ".")


def esc(text: str) -> str:
    """Statute text as Markdown: a leading "1." is not an ordered list, "*" stays a star."""
    text = re.sub(r"^(\d+)\. ", r"\1\\. ", text)
    return text.replace("<", "&lt;")


def quote_block(text: str) -> str:
    """Each line of the text (a clause, a point) its own paragraph of the quotation."""
    return "\n>\n".join("> " + esc(line) for line in text.split("\n") if line)


def article_page(instrument: str, article: int) -> str:
    return f"rulebook/{RULEBOOK_INSTRUMENTS[instrument]}/art-{article:02d}.md"


def statute_page(instrument: str, article: int) -> str:
    return f"sources/statute/{STATUTE_SLUGS[instrument]}/art-{article:02d}.md"


def unit_anchor(c: Any) -> str:
    parts = [str(x) for x in (c.clause, c.subclause, c.point) if x is not None]
    return "u-" + ("-".join(parts) if parts else "article").replace(".", "_").replace("đ", "dd")


def source_page(path: str) -> str:
    return f"developers/source/{path}.md"


def line_of(path: str, pattern: str) -> int:
    """The first line of ``path`` (relative to the repository) that contains ``pattern``."""
    for n, line in enumerate((ROOT / path).read_text(encoding="utf-8").splitlines(), 1):
        if pattern in line:
            return n
    raise LookupError(f"{pattern!r} is not in {path}")


def source_link(page: str, path: str, pattern: str | None = None) -> str:
    target = rel(page, source_page(path))
    if pattern is None:
        return f"[`{path}`]({target})"
    n = line_of(path, pattern)
    return f"[`{path}`, line {n}]({target}#__codelineno-0-{n})"


# -- what implements each unit of law --------------------------------------------------------


@dataclass
class Implementation:
    """One rule, limit, rate, duty, interpretation or constant that cites a unit of law."""

    kind: str  # rule, time limit, fee line, fee provision, duty, interpretation, constant
    key: str  # the id a test looks for on the page
    vi: str
    en: str
    path: str  # the source file, relative to the repository
    pattern: str | None  # the text that finds its line
    extra: str = ""
    interpretation: str | None = None
    #: the ruleset the record belongs to (its interpretation pages live under it)
    regime: str = REGIME


#: where each instrument's official text is published, and how far the bundled copy was checked
OFFICIAL_SOURCES = {
    "104/2016/QH13": (
        "https://phapdien.moj.gov.vn",
        "Bộ pháp điển, đề mục 32.2 Tiếp cận thông tin (Bộ Tư pháp) — the official codification the"
        " bundled text is taken from",
    ),
    "13/2018/NĐ-CP": (
        "https://phapdien.moj.gov.vn",
        "Bộ pháp điển, đề mục 32.2 — the official codification the bundled text is taken from",
    ),
    "46/2018/TT-BTC": (
        "https://phapdien.moj.gov.vn",
        "Bộ pháp điển, đề mục 32.2 — the official codification the bundled text is taken from",
    ),
    "01/2026/QH16": (
        "https://congbao.chinhphu.vn",
        "Công báo (the Official Gazette), where the law is published — the bundled text is a"
        " secondary copy NOT yet checked against it (see the sources page)",
    ),
}


def official_source_line(instrument: str) -> str:
    """One line linking an article's page to where its instrument is officially published."""
    url, what = OFFICIAL_SOURCES.get(instrument, ("", ""))
    if not url:
        return "Nguồn chính thức / official source: see the [sources page](../../sources.md)."
    return f"Nguồn chính thức / official source: [{url}]({url}) — {what}."


#: the Python that applies each kind of record: (path, the text that finds its line)
APPLIED_BY = {
    "time limit": ("tiepcan/deadlines.py", "def time_limit("),
    "response limit": ("tiepcan/deadlines.py", "def response_deadline("),
    "fee line": ("tiepcan/fees.py", "def quote("),
    "fee provision": ("tiepcan/fees.py", "def quote("),
    "duty": ("tiepcan/duties.py", "def check_duties("),
}
#: time-limit ids that answer a request (the others are counted by time_limit)
RESPONSE_LIMITS = ("at_office.", "electronic.", "postal.", "response")


def applied_by(page: str, item: Implementation, enums: dict[str, Any] | None = None) -> str | None:
    """A link to the Python that applies ``item``: the engine function that reads its kind of
    record, or for a rule the class of the enum member it labels and cites."""
    if item.kind == "time limit" and item.key.startswith(RESPONSE_LIMITS):
        path, pattern = APPLIED_BY["response limit"]
    elif item.kind in APPLIED_BY:
        path, pattern = APPLIED_BY[item.kind]
    elif item.kind == "rule" and item.extra.startswith("`") and "." in item.extra:
        cls_name = item.extra.strip("`").split(".")[0]
        cls = (enums or {}).get(cls_name)
        if cls is None:
            return None
        path = _module_file(cls.__module__).relative_to(ROOT).as_posix()
        pattern = f"class {cls_name}("
    else:
        return None
    if pattern not in (ROOT / path).read_text(encoding="utf-8"):
        return None
    return source_link(page, path, pattern)


def interpretation_page(regime: str, interpretation_id: str) -> str:
    """The page of an interpretation: the 2016 ones at the top, a later ruleset's in a folder."""
    if regime == REGIME:
        return f"rulebook/interpretations/{interpretation_id}.md"
    return f"rulebook/interpretations/{regime}/{interpretation_id}.md"


@dataclass
class Unit:
    citation: Any
    items: list[Implementation] = field(default_factory=list)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


#: what each role of a fees.toml [provision] table stands for, in each language (the
#: Vietnamese in the statute's own terms; a role not listed shows no Vietnamese rather than
#: English in the Vietnamese slot)
FEE_PROVISION_WORDS = {
    "no_fee": ("Không phải trả phí, lệ phí", "no fee or charge for being provided information"),
    "actual_costs": (
        "Người yêu cầu trả chi phí thực tế để in, sao, chụp, gửi thông tin",
        "the requester pays the actual costs of printing, copying, photographing and sending",
    ),
    "appendix_rates": ("Mức thu chi phí theo Phụ lục", "the rates of the appendix"),
    "area_reduction": (
        "Mức thu 70%, 50% tại địa bàn có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn",
        "70 % and 50 % of the rates in difficult and especially difficult areas",
    ),
    "postal_sending_cost": (
        "Chi phí gửi thông tin theo giá cước bưu chính",
        "postage at the postal tariff",
    ),
    "no_sending_cost_electronic_fax": (
        "Không thu chi phí gửi khi cung cấp qua mạng điện tử, fax",
        "no sending cost for information provided electronically or by fax",
    ),
    "cost_notice": (
        "Thông báo chi phí, cách thức, thời hạn thanh toán",
        "the notice of the cost and how and when to pay",
    ),
    "unpaid_costs_refusal": (
        "Từ chối khi không thanh toán chi phí",
        "refusal when the costs are not paid",
    ),
    "paid_before_provision": (
        "Thanh toán trước khi được cung cấp thông tin",
        "payment before the information is provided",
    ),
    "form_03": ("Mẫu số 03", "form 03"),
    "cost_computation": ("Người làm đầu mối tính chi phí", "the focal officer computes the cost"),
    "payment_per_form_03": ("Thanh toán đủ theo Mẫu số 03", "payment in full as form 03 states"),
    "budget_accounting": ("Hạch toán vào ngân sách nhà nước", "paid into the state budget"),
}


def implementations() -> dict[Any, list[Implementation]]:
    """Every rule key, time limit, fee line, duty, interpretation and constant, by citation."""
    from importlib import import_module

    from tiepcan.foundation.citations import Citation
    from tiepcan.foundation.regimes import ruleset
    from tiepcan.outputs.labels import public_enums
    from tiepcan.outputs.schemas import PUBLIC_MODULES

    out: dict[Any, list[Implementation]] = defaultdict(list)
    enums = {_snake(name): cls for name, cls in public_enums().items()}
    for regime in RULESETS:
        _ruleset_implementations(regime, enums, out)
    rules = ruleset(REGIME)
    rule_keys = set(rules.data("rules.toml")["rule"])
    for cls in public_enums().values():
        path = _module_file(cls.__module__).relative_to(ROOT).as_posix()
        source = (ROOT / path).read_text(encoding="utf-8")
        for member in cls:
            c = getattr(member, "citation", None)
            if not isinstance(c, Citation) or f"{_snake(cls.__name__)}.{member.value}" in rule_keys:
                continue  # listed from rules.toml above
            pattern = f"    {member.name} = " if f"    {member.name} = " in source else None
            out[c].append(
                Implementation(
                    "enum member",
                    f"{cls.__name__}.{member.name}",
                    member.label_vi,
                    member.label_en,
                    path,
                    pattern,
                    f"value `{member.value}`",
                )
            )
    for module_name in PUBLIC_MODULES:
        module = import_module(module_name)
        path = _module_file(module_name).relative_to(ROOT).as_posix()
        for name, value in vars(module).items():
            if isinstance(value, Citation) and not name.startswith("_"):
                out[value].append(
                    Implementation("constant", f"{module_name}.{name}", "", "", path, name)
                )
    return out


def _ruleset_implementations(
    regime: str, enums: dict[str, Any], out: dict[Any, list[Implementation]]
) -> None:
    """The records of one bundled ruleset's data files, by the unit of law each cites."""
    from tiepcan.foundation.citations import Citation
    from tiepcan.foundation.interpretations import interpretations
    from tiepcan.foundation.regimes import ruleset

    rules = ruleset(regime)
    base = f"tiepcan/data/{regime}"
    files = {p.name for p in (DATA / regime).iterdir()}

    for key, entry in rules.data("rules.toml")["rule"].items():
        enum_key, _, value = key.partition(".")
        cls = enums.get(enum_key)
        member = cls(value) if cls is not None else None
        vi = entry.get("vi") or (member.label_vi if member is not None else "")
        en = entry.get("en") or (member.label_en if member is not None else "")
        extra = f"`{cls.__name__}.{member.name}`" if cls is not None and member is not None else ""
        out[Citation.parse(entry["citation"])].append(
            Implementation(
                "rule",
                key,
                vi,
                en,
                f"{base}/rules.toml",
                f'[rule."{key}"]',
                extra,
                entry.get("interpretation"),
                regime,
            )
        )
    unit_words = {
        "working_days": ("ngày làm việc", "working days"),
        "days": ("ngày", "days"),
        "immediate": ("ngay", "immediately"),
        "months": ("tháng", "months"),
    }
    for limit in rules.data("time_limits.toml")["limit"]:
        vi_unit, en_unit = unit_words[limit["unit"]]
        length = "" if limit["unit"] == "immediate" else f"{limit['length']} "
        bound = {"max": ("tối đa", "at most"), "min": ("ít nhất", "at least")}[limit["bound"]]
        extra = (
            f"{bound[0]} {length}{vi_unit} / {bound[1]} {length}{en_unit}; "
            f"từ / from: {limit['trigger_vi']} / {limit['trigger_en']}"
        )
        out[Citation.parse(limit["citation"])].append(
            Implementation(
                "time limit",
                limit["id"],
                limit["duty_vi"],
                limit["duty_en"],
                f"{base}/time_limits.toml",
                f'id = "{limit["id"]}"',
                extra,
            )
        )
    fees = rules.data("fees.toml") if "fees.toml" in files else {"line": [], "provision": {}}
    for line in fees["line"]:
        rate = f"{line['rate']:,}".replace(",", ".")
        extra = f"{rate} đồng / {line['unit']}; STT {line['number']}"
        out[Citation.parse(line["citation"])].append(
            Implementation(
                "fee line",
                f"fee.{line['number']}",
                f"{line['group_vi']}: {line['work_vi']}",
                line["label_en"],
                f"{base}/fees.toml",
                f'number = "{line["number"]}"',
                extra,
            )
        )
    for role, ref in fees["provision"].items():
        vi, en = FEE_PROVISION_WORDS.get(role, ("", role.replace("_", " ")))
        out[Citation.parse(ref)].append(
            Implementation(
                "fee provision",
                f"fees.provision.{role}",
                vi,
                en,
                f"{base}/fees.toml",
                f"{role} = ",
            )
        )
    duties = rules.data("duties.toml")["duty"] if "duties.toml" in files else []
    for duty in duties:
        if "citation" not in duty:
            continue  # a provincial instruction: not the law (listed on the duties page)
        out[Citation.parse(duty["citation"])].append(
            Implementation(
                "duty",
                duty["id"],
                duty["label_vi"],
                duty["label_en"],
                f"{base}/duties.toml",
                f'id = "{duty["id"]}"',
                f"field `{duty['field']}`",
                duty.get("interpretation"),
                regime,
            )
        )
    for interp in interpretations(regime).values():
        default = "mặc định / default" if interp.default else "cách hiểu khác / alternative"
        out[interp.provision].append(
            Implementation(
                "interpretation",
                interp.id,
                f"{interp.title.vi} — {interp.choice.vi}",
                f"{interp.title.en} — {interp.choice.en}",
                f"{base}/interpretations/{interp.topic}.toml",
                f'id = "{interp.id}"',
                default,
                interp.id,
                regime,
            )
        )
    if "transition.toml" in files:
        transition = rules.data("transition.toml")
        for section in ("request", "duty", "scope"):
            for entry in transition.get(section, ()):
                out[Citation.parse(entry["citation"])].append(
                    Implementation(
                        f"transition ({section})",
                        f"transition.{entry['id']}",
                        entry["vi"],
                        entry["en"],
                        f"{base}/transition.toml",
                        f'id = "{entry["id"]}"',
                        f"continues under `{entry['continues_under']}`"
                        if "continues_under" in entry
                        else "",
                        entry.get("interpretation"),
                        regime,
                    )
                )
    if "refusal_grounds.toml" in files:
        grounds = rules.data("refusal_grounds.toml")
        for entry in grounds.get("ground", ()):
            out[Citation.parse(entry["citation"])].append(
                Implementation(
                    "neutral ground",
                    f"ground.{entry['key']}",
                    "",
                    entry["en"],
                    f"{base}/refusal_grounds.toml",
                    f'key = "{entry["key"]}"',
                    f"member `{entry['member']}`, number {entry['number']}",
                    None,
                    regime,
                )
            )
        for entry in grounds.get("reason", ()):
            out[Citation.parse(entry["citation"])].append(
                Implementation(
                    "neutral reason",
                    f"reason.{entry['key']}",
                    "",
                    entry["en"],
                    f"{base}/refusal_grounds.toml",
                    f'key = "{entry["key"]}"',
                    f"under ground `{entry['ground']}`",
                    None,
                    regime,
                )
            )


# -- the conformance cases as worked examples ------------------------------------------------


def _case_examples() -> dict[tuple[str, int], list[dict[str, Any]]]:
    """The conformance cases, by the (instrument, article) of the clause that decides them."""
    path = PKG / "outputs" / "conformance" / "cases.json"
    if not path.exists():
        return {}
    from tiepcan.foundation.citations import Citation

    out: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
        for ref in case.get("cites", []):
            c = Citation.parse(ref)
            out[(c.instrument, c.article)].append(case)
    return out


def case_doctest(case: dict[str, Any]) -> str | None:
    """A conformance case as a doctest a reader can copy (None: no Python form for it)."""
    from tiepcan.outputs.conformance.runner import python_example

    return python_example(case)


# -- pages -----------------------------------------------------------------------------------


def _english() -> dict[str, dict[str, list[str]]]:
    raw = tomllib.loads((ROOT / "site_src" / "articles_en.toml").read_text(encoding="utf-8"))
    return {ins: {str(k): v for k, v in arts.items()} for ins, arts in raw.items()}


def _implemented() -> dict[str, dict[int, list[Any]]]:
    from tiepcan.outputs.labels import all_citations

    out: dict[str, dict[int, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for c in all_citations():
        out[c.instrument][c.article].append(c)
    return out


def _unit_key(c: Any) -> tuple[Any, ...]:
    return (c.clause or 0, str(c.subclause or ""), c.point or "")


def _item_md(page: str, item: Implementation) -> str:
    head = f"**{item.kind}** `{item.key}`"
    if item.extra:
        head += f" — {item.extra}"
    lines = [f"- {head}"]
    if item.vi:
        lines.append(f"    - vi: {esc(item.vi)}")
    if item.en:
        lines.append(f"    - en: {esc(item.en)}")
    if item.interpretation:
        link = rel(page, interpretation_page(item.regime, item.interpretation))
        lines.append(f"    - cách hiểu / interpretation: [`{item.interpretation}`]({link})")
    lines.append(f"    - nguồn / source: {source_link(page, item.path, item.pattern)}")
    code = applied_by(page, item, _enums_by_name())
    if code:
        lines.append(f"    - áp dụng bởi / applied by: {code}")
    return "\n".join(lines)


@cache
def _enums_by_name() -> dict[str, Any]:
    from tiepcan.outputs.labels import public_enums

    return dict(public_enums())


def rulebook_pages(out: dict[str, str | bytes], examples: list[tuple[str, str]]) -> None:
    from tiepcan.foundation.citations import Citation

    english = _english()
    impl = implementations()
    implemented = _implemented()
    cases = _case_examples()
    index = [
        "# Sổ tay quy định — the rulebook, article by article",
        "",
        "Mỗi trang đặt văn bản quy phạm (nguyên văn tiếng Việt) bên cạnh quy định của tiepcan"
        " thực hiện nó. Each page sets the verbatim Vietnamese text of a unit of law beside the"
        " rules, time limits, rates, duties and interpretations of tiepcan that implement it,"
        " with a link to their source. The English is our own summary, not a translation of"
        " record. Generated from the package by `tools/gen_site.py`.",
        "",
    ]
    missing_en: list[str] = []
    for instrument in RULEBOOK_INSTRUMENTS:
        index += [f"## {INSTRUMENT_VI[instrument]} — {INSTRUMENT_EN[instrument]}", ""]
        index += [
            "| Điều / art. | Tiêu đề | heading (our English) | units cited |",
            "|---|---|---|---|",
        ]
        for article in sorted(implemented.get(instrument, {})):
            page = article_page(instrument, article)
            whole = Citation(instrument, article)
            en = english.get(instrument, {}).get(str(article))
            if en is None:
                missing_en.append(f"{instrument} art. {article}")
                continue
            heading_en, summary_en = en
            units = {c: Unit(c) for c in implemented[instrument][article]}
            for c, items in impl.items():
                if c in units:
                    units[c].items.extend(items)
            index.append(
                f"| [{article}]({rel('rulebook/index.md', page)}) | {whole.heading()} "
                f"| {heading_en} | {len(units)} |"
            )
            out[page] = _article_md(
                page, instrument, article, heading_en, summary_en, units, cases, examples
            )
        index.append("")
    if missing_en:
        raise SystemExit(f"site_src/articles_en.toml lacks: {', '.join(missing_en)}")
    index += [
        "## Khác — also",
        "",
        "- [Các cách hiểu — interpretations](interpretations/index.md)",
        "- [Chế độ pháp lý, lịch làm việc — regimes and the calendar](regimes.md)",
        "- [Văn bản gốc — the statute text](../sources/index.md)",
        "",
    ]
    out["rulebook/index.md"] = "\n".join(index)


def _article_md(
    page: str,
    instrument: str,
    article: int,
    heading_en: str,
    summary_en: str,
    units: dict[Any, Unit],
    cases: dict[tuple[str, int], list[dict[str, Any]]],
    examples: list[tuple[str, str]],
) -> str:
    from tiepcan.foundation.citations import Citation

    whole = Citation(instrument, article)
    lines = [
        f"# Điều {article}. {whole.heading()}",
        "",
        f"*{INSTRUMENT_VI[instrument]} — {SHORT[instrument]} art. {article}: {heading_en}*",
        "",
        *_counterpart_lines(page, instrument, article),
        '!!! abstract "In English — our own summary, not a translation of record"',
        f"    {summary_en}",
        "",
        f"Toàn văn: [Điều {article}]({rel(page, statute_page(instrument, article))}) ·"
        f" statute text of the whole article.",
        "",
        official_source_line(instrument),
        "",
        "## Văn bản và quy định — the text and the rules that implement it",
        "",
    ]
    for c in sorted(units, key=_unit_key):
        unit = units[c]
        lines += [
            f"### {c.label} {{ #{unit_anchor(c)} }}",
            "",
            f"*{c.label_en}*",
            "",
            '<div class="tc-pair" markdown>',
            '<div class="tc-law" markdown>',
            "",
            "**Văn bản — statute text (vi)**",
            "",
            quote_block(c.text()),
            "",
            "</div>",
            '<div class="tc-rule" markdown>',
            "",
            "**Quy định thực hiện — implemented by**",
            "",
        ]
        if unit.items:
            lines += [_item_md(page, item) for item in unit.items]
        else:
            lines.append(
                "- cited by the calendar or a result's explanation (no data record of its own)"
            )
        lines += ["", "</div>", "</div>", ""]
    own = cases.get((instrument, article), [])
    snippets = [(case, case_doctest(case)) for case in own]
    snippets = [(case, s) for case, s in snippets if s]
    if snippets:
        lines += [
            "## Ví dụ — worked examples (run when the site is built)",
            "",
            "Hand-checked cases of the conformance suite that this article decides; each is run"
            " by `tools/gen_site.py` while the site is built, so a wrong one stops the build.",
            "",
        ]
        for case, snippet in snippets[:12]:
            examples.append((f"{page} {case['id']}", snippet))
            lines += [
                f"**`{case['id']}`** — {esc(case['decided_by'])}",
                "",
                "```python",
                snippet.rstrip(),
                "```",
                "",
            ]
        if len(snippets) > 12:
            lines += [f"… and {len(snippets) - 12} more cases in the conformance suite.", ""]
    return "\n".join(lines)


#: which articles of Law 104/2016 each article of Law 01/2026/QH16 takes the place of
COUNTERPARTS_FILE = ROOT / "site_src" / "counterparts.toml"


def _counterparts() -> dict[tuple[str, int], list[tuple[str, int]]]:
    """(instrument, article) -> the counterparts in the other law, both ways."""
    raw = tomllib.loads(COUNTERPARTS_FILE.read_text(encoding="utf-8"))
    out: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for new, olds in raw["01/2026/QH16"].items():
        for old in olds:
            out[("01/2026/QH16", int(new))].append(("104/2016/QH13", old))
            out[("104/2016/QH13", old)].append(("01/2026/QH16", int(new)))
    return out


def _counterpart_lines(page: str, instrument: str, article: int) -> list[str]:
    """A line linking the article to its counterparts in the other law (rulebook page if
    there is one, else the statute text)."""
    links = []
    for other, number in _counterparts().get((instrument, article), []):
        target = article_page(other, number)
        if target not in DOCS_GENERATED and not _is_implemented(other, number):
            target = statute_page(other, number)
        links.append(f"[{SHORT[other]} art. {number}]({rel(page, target)})")
    if not links:
        return []
    word = "Thay cho / replaces" if instrument == "01/2026/QH16" else "Thay bằng / replaced by"
    return [f"{word}: " + " · ".join(links), ""]


@cache
def _implemented_articles() -> frozenset[tuple[str, int]]:
    return frozenset((c.instrument, c.article) for c in _all_citations())


def _all_citations() -> frozenset[Any]:
    from tiepcan.outputs.labels import all_citations

    return all_citations()


def _is_implemented(instrument: str, article: int) -> bool:
    return (instrument, article) in _implemented_articles()


def interpretation_pages(out: dict[str, str | bytes]) -> None:

    index = [
        "# Các cách hiểu — interpretations",
        "",
        "Where the law leaves a question open, tiepcan names the reading it applies (the"
        " *default*) and the readings it can apply instead; every result that applied one lists"
        " its id in `interpretations`. Generated from `tiepcan.foundation.interpretations.interpretations"
        "(regime)` for each bundled ruleset.",
        "",
    ]
    for regime in RULESETS:
        index += _interpretation_pages(out, regime)
    out["rulebook/interpretations/index.md"] = "\n".join(index)


def _interpretation_pages(out: dict[str, str | bytes], regime: str) -> list[str]:
    """The pages of one ruleset's interpretations; the lines of its part of the index."""
    from tiepcan.foundation.interpretations import interpretations
    from tiepcan.foundation.regimes import ruleset

    found = interpretations(regime)
    by_topic: dict[str, list[Any]] = defaultdict(list)
    for interp in found.values():
        by_topic[interp.topic].append(interp)
    index = [f"## `{regime}` — {ruleset(regime).regime.name_en}", ""]
    for topic in sorted(by_topic):
        index += [f"### {topic}", "", "| id | câu hỏi | question | default |", "|---|---|---|---|"]
        for interp in by_topic[topic]:
            target = rel(
                "rulebook/interpretations/index.md", interpretation_page(regime, interp.id)
            )
            index.append(
                f"| [`{interp.id}`]({target}) | {interp.title.vi} | {interp.title.en} "
                f"| {'✔' if interp.default else ''} |"
            )
        index.append("")
    for interp in found.values():
        page = interpretation_page(regime, interp.id)
        c = interp.provision
        path = f"tiepcan/data/{regime}/interpretations/{interp.topic}.toml"
        siblings = [
            i for i in by_topic[interp.topic] if i.title == interp.title and i.id != interp.id
        ]
        link = ""
        if c.instrument in RULEBOOK_INSTRUMENTS:
            link = f" · [rulebook]({rel(page, article_page(c.instrument, c.article))}#{unit_anchor(c)})"
        pattern = f'id = "{interp.id}"'
        lines = [
            f"# `{interp.id}`",
            "",
            f"**{interp.title.vi}**  ",
            f"*{interp.title.en}*",
            "",
            f"Chủ đề / topic: `{interp.topic}` · "
            + (
                "**mặc định / the default reading**"
                if interp.default
                else "cách hiểu khác / an alternative reading"
            )
            + f" · nguồn / source: {source_link(page, path, pattern)}",
            "",
            '<div class="tc-pair" markdown>',
            '<div class="tc-law" markdown>',
            "",
            f"**{c.label}**{link}",
            "",
            quote_block(c.text()),
            "",
            "</div>",
            '<div class="tc-rule" markdown>',
            "",
            "**Cách hiểu của tiepcan — the reading**",
            "",
            f"vi: {esc(interp.choice.vi)}",
            "",
            f"en: {esc(interp.choice.en)}",
            "",
            "</div>",
            "</div>",
            "",
        ]
        if siblings:
            lines += [
                "## Cách hiểu khác của cùng câu hỏi — other readings of the same question",
                "",
            ]
            lines += [
                f"- [`{s.id}`]({s.id}.md){' (default)' if s.default else ''}: {s.choice.en}"
                for s in siblings
            ]
            lines.append("")
        out[page] = "\n".join(lines)
    return index


def regimes_page(out: dict[str, str | bytes]) -> None:
    from tiepcan.foundation.regimes import REGIMES
    from tiepcan.foundation.workdays import announcement, provisional_note

    cal = tomllib.loads((DATA / "calendar.toml").read_text(encoding="utf-8"))
    through = cal["coverage"]["announced_through"]
    lines = [
        "# Chế độ pháp lý, lịch làm việc — regimes and the calendar",
        "",
        "## Chế độ pháp lý — legal regimes",
        "",
        "A computation resolves the regime that governs its date (`tiepcan.foundation.regimes.REGIMES`);"
        " a request, the regime that governs it (`tiepcan.foundation.regimes.governing_regime`): the law in"
        " force on the day received, unless it was sent before 2026-09-01 (Law 01/2026/QH16"
        " art. 31(4) keeps it under Law 104/2016). A date before 2018-07-01 raises"
        " `RegimeNotEncodedError`.",
        "",
        "| id | tên | name | in force | encoded | instruments |",
        "|---|---|---|---|---|---|",
    ]
    for r in REGIMES:
        span = f"{r.in_force_from} – {r.in_force_until or '…'}"
        lines.append(
            f"| `{r.id}` | {r.name_vi} | {r.name_en} | {span} | {'yes' if r.encoded else '**no**'} "
            f"| {', '.join(r.instruments) or '—'} |"
        )
    lines.append("")
    for r in REGIMES:
        lines += [
            f"**`{r.id}`** — vi: {r.status_vi}  ",
            f"en: {r.status_en}  ",
            "Nguồn / sources: " + "; ".join(f"`{s}`" for s in r.sources),
            "",
        ]
    lines += [
        "## Lịch làm việc — the working-day calendar",
        "",
        "Monday to Friday (QĐ 188/1999/QĐ-TTg art. 1), less the public holidays of the Labour"
        " Code and Resolution 28/2026/QH16, less the days off the Government announces, plus the"
        " make-up Saturdays it announces. Each announcement below is in"
        f" {source_link('rulebook/regimes.md', 'tiepcan/data/calendar.toml')}, with its"
        " instrument, date and the confidence we have in our copy of it (`confirmed`: the"
        " instrument itself or two concordant official sources; `partial`: the instrument's"
        " existence and effect are confirmed but not every detail; `unconfirmed`: secondary"
        " sources only, or the statutory rules alone).",
        "",
        "| instrument | issued | issuer | subject (vi) | subject (en) | confidence | days off | Saturdays worked |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for raw in cal["announcement"]:
        a = announcement(raw["id"])
        off = ", ".join(f"{d:%d/%m/%Y}" for d in raw.get("days_off", [])) or "—"
        worked = ", ".join(f"{d:%d/%m/%Y}" for d in raw.get("working_days", [])) or "—"
        lines.append(
            f"| `{a.id}` | {a.issued:%d/%m/%Y} | {a.issuer} | {a.subject_vi} | {a.subject_en} "
            f"| {a.confidence} | {off} | {worked} |"
        )
    lines += [
        "",
        "## Những gì còn tạm tính — what is provisional",
        "",
        f"- **Calendar years after {through}.** Their announcements are not all known: days off"
        " are derived from the Labour Code, and every result that touches such a year says"
        " `provisional=True` with `provisional_years`.",
        f"    - vi: {provisional_note('vi')}",
        f"    - en: {provisional_note('en')}",
        "- **Announcements graded `partial` or `unconfirmed`** in the table above.",
        "- **The fee appendix of Circular 46/2018/TT-BTC.** The codification names the appendix"
        " only as an attached file; its rates come from copies listed on the"
        " [sources page](../sources.md) and are to be re-verified against the Official Gazette.",
        "- **Law 01/2026/QH16** (`ati-2026`, from 2026-09-01): its text is a secondary copy not"
        " yet checked against the Official Gazette; its decree (art. 26(4)) and costs rules"
        " (art. 25(2)) do not exist yet, so what leans on Decree 13/2018 or Circular 46/2018 is a"
        " named interpretation; its decisions, costs, catalogues and duties are not encoded yet"
        " (`engine-not-encoded`, `ruleset-data-missing`).",
        "",
    ]
    out["rulebook/regimes.md"] = "\n".join(lines)


def statute_pages(out: dict[str, str | bytes]) -> None:
    statute = json.loads((DATA / "statute.json").read_text(encoding="utf-8"))
    english = _english()
    index = [
        "# Văn bản — the statute text inside the project",
        "",
        f"Verbatim Vietnamese text, from {statute['source']}, as bundled in"
        " `tiepcan/data/statute.json` (generated by `tools/gen_statute.py`). Every citation of"
        " the package resolves to this text (`Citation.text()`). Legal normative documents carry"
        " no copyright (Luật Sở hữu trí tuệ, Điều 15). English headings are our own.",
        "",
        "See also [the other texts the rules cite](other-texts.md), [the notes on"
        " sources](../sources.md) and the [calendar announcements](../rulebook/regimes.md).",
        "",
    ]
    for instrument, inst in statute["instruments"].items():
        index += [f"## {INSTRUMENT_VI[instrument]} — {INSTRUMENT_EN[instrument]}", ""]
        index += ["| Điều | Tiêu đề | heading (our English) |", "|---|---|---|"]
        for number, art in inst["articles"].items():
            page = statute_page(instrument, int(number))
            en = english.get(instrument, {}).get(number, ["", ""])
            index.append(
                f"| [{number}]({rel('sources/index.md', page)}) | {art['heading']} | {en[0]} |"
            )
            lines = [
                f"# Điều {number}. {art['heading']}",
                "",
                f"*{INSTRUMENT_VI[instrument]}" + (f" — art. {number}: {en[0]}*" if en[0] else "*"),
                "",
            ]
            if en[1]:
                lines += ['!!! abstract "In English — our own summary"', f"    {en[1]}", ""]
            if instrument in RULEBOOK_INSTRUMENTS and (
                DOCS_GENERATED.get(article_page(instrument, int(number)))
            ):
                lines += [
                    f"[Quy định thực hiện — the rules that implement it]({rel(page, article_page(instrument, int(number)))})",
                    "",
                ]
            for para in art["paragraphs"]:
                lines += [esc(para[3]), ""]
            lines += [f"<small>{art.get('source_note', '')}</small>", ""]
            out[page] = "\n".join(lines)
        index.append("")
    out["sources/index.md"] = "\n".join(index)
    other = tomllib.loads((DATA / "other_texts.toml").read_text(encoding="utf-8"))
    lines = [
        "# Văn bản khác — the other texts the rules cite",
        "",
        "Articles of the Civil Code, the Labour Codes, Decision 188/1999/QĐ-TTg and Resolution"
        " 28/2026/QH16 that the time limits and the calendar rely on, verbatim, from"
        f" {source_link('sources/other-texts.md', 'tiepcan/data/other_texts.toml')}. The"
        " provenance line names the authors' working notes and the copies checked; see"
        " [the notes on sources](../sources.md).",
        "",
    ]
    for art in other["article"]:
        lines += [f"## {art['instrument']} — Điều {art['article']}. {art['heading']}", ""]
        for para in art["paragraph"]:
            lines += [esc(para["text"]), ""]
        lines += [f"<small>Provenance: {art['provenance']}</small>", ""]
    out["sources/other-texts.md"] = "\n".join(lines)


#: pages already generated, so that a statute page links to a rulebook page only if it exists
DOCS_GENERATED: dict[str, str | bytes] = {}


def errors_page(out: dict[str, str | bytes]) -> None:
    from tiepcan.foundation.errors import ERROR_CODES

    lines = [
        "# Mã lỗi — error codes",
        "",
        "Every error tiepcan raises on purpose is a `TiepCanError` (a `ValueError`) with one of"
        " these codes and its message in both languages; `detail` says where and why. Codes are"
        " stable: never renamed once released. Each code has its own anchor"
        " (`errors/#<code>`). Generated from `tiepcan.foundation.errors.ERROR_CODES`.",
        "",
    ]
    for code, (vi, en) in sorted(ERROR_CODES.items()):
        lines += [f"## `{code}` {{ #{code} }}", "", f"- vi: {vi}", f"- en: {en}", ""]
    out["errors.md"] = "\n".join(lines)


def developer_pages(out: dict[str, str | bytes]) -> None:
    from tiepcan.outputs.labels import labels
    from tiepcan.outputs.schemas import PUBLIC_MODULES, json_schemas

    schemas = json_schemas()
    lines = [
        "# JSON Schemas and labels — for clients in other languages",
        "",
        "Generated from `tiepcan.outputs.schemas.json_schemas()` and `tiepcan.outputs.labels.labels()` when the"
        " site is built; the same as `tiepcan schemas NAME` and `tiepcan labels`.",
        "",
        "- [labels.json](labels.json): every enum label, citation with its statute text, error"
        " code, interpretation and regime, and the title of every field of every result.",
        "- [schemas.json](schemas/schemas.json): all schemas in one file, by model name.",
        "",
        "| model | schema | title |",
        "|---|---|---|",
    ]
    for name, schema in schemas.items():
        out[f"developers/schemas/{name}.json"] = json.dumps(schema, ensure_ascii=False, indent=2)
        lines.append(
            f"| `{name}` | [{name}.json](schemas/{name}.json) | {schema.get('title', '')} |"
        )
    out["developers/schemas/schemas.json"] = json.dumps(schemas, ensure_ascii=False, indent=2)
    out["developers/labels.json"] = json.dumps(labels(), ensure_ascii=False, indent=2)
    out["developers/schemas.md"] = "\n".join([*lines, ""])
    api = [
        "# The public API",
        "",
        "Generated by mkdocstrings from the docstrings of the public modules"
        " (`tiepcan.outputs.schemas.PUBLIC_MODULES`); their `>>>` examples are run by the test suite."
        " The public names at a glance, by topic, with the module of each:"
        " [the public API](../api.md).",
        "",
    ]
    for module in PUBLIC_MODULES:
        api += [f"## `{module}`", "", f"::: {module}", "    options:", "      heading_level: 3", ""]
    out["developers/api.md"] = "\n".join(api)
    # the source files the rulebook links to, with line numbers
    sources = sorted(
        [p for regime in RULESETS for p in (DATA / regime).rglob("*.toml")]
        + [DATA / "calendar.toml", DATA / "other_texts.toml"]
        + [_module_file(m) for m in PUBLIC_MODULES]
        # where a public enum is defined, if not in a public module (the engines' parts)
        + list(
            {_module_file(e.__module__) for e in _enums_by_name().values()}
            - {_module_file(m) for m in PUBLIC_MODULES}
        )
    )
    listing = ["# Source files", "", "The files the rulebook links to, with line numbers.", ""]
    for path in sources:
        relpath = path.relative_to(ROOT).as_posix()
        lang = "toml" if path.suffix == ".toml" else "python"
        text = path.read_text(encoding="utf-8")
        out[source_page(relpath)] = "\n".join(
            [f"# `{relpath}`", "", f'```{lang} linenums="1"', text.rstrip("\n"), "```", ""]
        )
        listing.append(
            f"- [`{relpath}`]({rel('developers/source/index.md', source_page(relpath))})"
        )
    out["developers/source/index.md"] = "\n".join([*listing, ""])


def _module_file(module: str) -> Path:
    """The source file of a public module in the tree (a package's ``__init__.py``)."""
    path = ROOT / module.replace(".", "/")
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def generate() -> tuple[dict[str, str | bytes], list[tuple[str, str]]]:
    """Every generated page (path under the docs folder -> content) and the examples to run."""
    out: dict[str, str | bytes] = DOCS_GENERATED
    out.clear()
    examples: list[tuple[str, str]] = []
    rulebook_pages(out, examples)
    interpretation_pages(out)
    regimes_page(out)
    statute_pages(out)
    errors_page(out)
    developer_pages(out)
    for asset in sorted((ROOT / "site_src" / "assets").iterdir()):
        out[f"assets/{asset.name}"] = asset.read_text(encoding="utf-8")
    return dict(out), examples


# -- running the examples --------------------------------------------------------------------


def run_examples(examples: Iterable[tuple[str, str]]) -> int:
    """Run each generated example as a doctest; raise ``ExampleFailed`` naming the failures."""
    parser = doctest.DocTestParser()
    failures: list[str] = []
    count = 0
    for name, text in examples:
        test = parser.get_doctest(text, {"date": date}, name, None, 0)
        runner = doctest.DocTestRunner(optionflags=DOCTEST_FLAGS)
        report: list[str] = []
        runner.run(test, out=report.append)
        count += 1
        if runner.failures:
            failures.append("".join(report))
    if failures:
        raise ExampleFailed(f"{len(failures)} worked example(s) are wrong:\n" + "\n".join(failures))
    return count


def run_docs_doctests(paths: Iterable[Path]) -> int:
    """Every ``>>>`` of the hand-written pages (as `pytest docs` runs them)."""
    failed: list[str] = []
    count = 0
    for path in paths:
        result = doctest.testfile(
            str(path), module_relative=False, optionflags=DOCTEST_FLAGS, verbose=False, report=True
        )
        count += result.attempted
        if result.failed:
            failed.append(f"{path.name}: {result.failed} failed")
    if failed:
        raise ExampleFailed("examples of the docs pages are wrong: " + "; ".join(failed))
    return count


def build(write: Callable[[str, str | bytes], None], *, run: bool = True) -> dict[str, str | bytes]:
    pages, examples = generate()
    if run:
        run_examples(examples)
        run_docs_doctests(sorted(DOCS.glob("*.md")))
    for path, content in pages.items():
        write(path, content)
    return pages


def _write_into(folder: Path) -> Callable[[str, str | bytes], None]:
    def write(path: str, content: str | bytes) -> None:
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")

    return write


def _write_gen_files(path: str, content: str | bytes) -> None:
    import mkdocs_gen_files

    mode = "wb" if isinstance(content, bytes) else "w"
    with mkdocs_gen_files.open(path, mode) as f:
        f.write(content)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write the pages into")
    parser.add_argument("--no-run", action="store_true", help="do not run the worked examples")
    args = parser.parse_args(argv)
    pages = build(_write_into(args.out), run=not args.no_run)
    print(f"{len(pages)} files written into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
elif __name__ == "<run_path>":  # run by the mkdocs-gen-files plugin during `mkdocs build`
    build(_write_gen_files)
