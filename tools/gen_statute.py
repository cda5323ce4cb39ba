"""Generate ``tiepcan/data/statute.json`` from the official codification and the 2026 law.

Usage (from the repository root, with ``../shared`` beside it)::

    python tools/gen_statute.py                      # writes tiepcan/data/statute.json
    python tools/gen_statute.py --check              # exit 1 if the bundled file is stale

The source is ``shared/reference/phapdien-tiep-can-thong-tin.md``: Bộ pháp điển, đề mục 32.2
"Tiếp cận thông tin" (Ministry of Justice, page dated 2026-05-13). Its article ids map to
instruments as follows: ``32.2.LQ.N`` is Điều N of Law 104/2016/QH13, ``32.2.NĐ.1.N`` of Decree
13/2018/NĐ-CP, ``32.2.TT.1.N`` of Circular 46/2018/TT-BTC, ``32.2.TT.2.N`` of Circular
64/2018/TT-BQP.

What is kept: each article's heading, its source note ("(Điều N … có hiệu lực thi hành kể từ
ngày …)") and its paragraphs, verbatim, each tagged with the clause (khoản), sub-clause
("1.1.") and point (điểm) it belongs to. What is dropped: chapter and section headings, the
codification's cross-reference notes ("(Điều này có nội dung liên quan đến …)") and the names
of attached files (forms, fee appendix), which are not statute text.

The second source is ``tools/sources/law-01-2026-qh16.txt`` (in this repository): the full
text of Law 01/2026/QH16, copied verbatim from the secondary copy its header names (not yet
checked against the Công báo). Its articles are "Điều N. heading" lines, its clauses "N. ",
its points "a) "; chapter and section headings, the preamble and the closing formula
("Luật này được Quốc hội … thông qua …", the signature) are dropped. A correction after a
check against the Công báo is an edit of that file and a regeneration.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "reference" / "phapdien-tiep-can-thong-tin.md"
TARGET = ROOT / "tiepcan" / "data" / "statute.json"
SOURCE_2026 = ROOT / "tools" / "sources" / "law-01-2026-qh16.txt"
LAW_2026 = "01/2026/QH16"
LAW_2026_ARTICLES = 31
LAW_2026_SOURCE = (
    "Bản sao thứ cấp (GitHub dholmes0207/2A202600729-LuuTienDuy-Day07, "
    "data/LuatTiepCanThongTin.txt, commit bd458d47, 2026-06-05), chưa đối chiếu với Công báo"
)
LAW_2026_NOTE = "Điều {n} Luật số 01/2026/QH16 Tiếp cận thông tin ngày 23/04/2026 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/09/2026"

INSTRUMENTS = {
    "LQ": "104/2016/QH13",
    "NĐ.1": "13/2018/NĐ-CP",
    "TT.1": "46/2018/TT-BTC",
    "TT.2": "64/2018/TT-BQP",
}
EXPECTED_ARTICLES = {"LQ": 37, "NĐ.1": 15, "TT.1": 6, "TT.2": 13}

HEADING = re.compile(r"Điều 32\.2\.(LQ|NĐ\.1|TT\.1|TT\.2)\.(\d+)\. ")
CROSS_REF = re.compile(
    r"\((?:Điều|Chương|Mục) này có nội dung liên quan đến.*?\)(?=Mục \d|Chương|Điều 32\.2|\n|$)",
    re.S,
)
SOURCE_NOTE = re.compile(
    r"^\((Điều \d+[^\n]*?có hiệu lực thi hành kể từ ngày (\d\d)/(\d\d)/(\d{4}))\)"
)
CHAPTER = re.compile(r"^(Chương [IVX]+|Mục \d+|[A-ZĐÀ-Ỹ ,\-]{12,})$")
ATTACHMENT = re.compile(r"\.(docx?|pdf)$")
SUBCLAUSE = re.compile(r"^(\d+)\.(\d+)\.\s")
CLAUSE = re.compile(r"^(\d+)\.\s")
POINT = re.compile(r"^([a-zđ])\)\s")


def _body_of(text: str) -> str:
    """The codification text below its ``---`` separator, without cross-reference notes."""
    body = text.split("\n---\n", 1)[1]
    return CROSS_REF.sub("", body)


def _split_articles(body: str) -> list[tuple[str, int, str, str]]:
    """Split into (code, number, heading, rest) using the article ids, wherever they stand."""
    marks = list(HEADING.finditer(body))
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(body)
        chunk = body[m.end() : end]
        heading, _, rest = chunk.partition("\n")
        out.append((m.group(1), int(m.group(2)), heading.strip(), rest))
    return out


def _paragraphs(rest: str) -> tuple[str, str, list[str]]:
    rest = rest.strip()
    note = SOURCE_NOTE.match(rest.replace("\n", " ", 1) if rest.startswith("(") else rest)
    if not note:
        raise SystemExit(f"no source note in: {rest[:120]!r}")
    source_note = note.group(1)
    effective = f"{note.group(4)}-{note.group(3)}-{note.group(2)}"
    # the note may run on into the first paragraph ("…01/07/2018)1. Nghị định này …")
    after = rest[rest.index(")", note.end() - 1) + 1 :]
    paras = []
    for line in after.split("\n"):
        line = " ".join(line.split())
        if not line or CHAPTER.match(line) or ATTACHMENT.search(line):
            continue
        paras.append(line)
    return source_note, effective, paras


def _tag(paras: list[str]) -> list[list[object]]:
    """Tag each paragraph with [clause, subclause, point, text] (None where not inside one)."""
    clause: int | None = None
    sub: int | None = None
    point: str | None = None
    tagged: list[list[object]] = []
    for p in paras:
        if m := SUBCLAUSE.match(p):
            clause, sub, point = int(m.group(1)), int(m.group(2)), None
        elif m := CLAUSE.match(p):
            clause, sub, point = int(m.group(1)), None, None
        elif m := POINT.match(p):
            point = m.group(1)
        tagged.append([clause, sub, point, p])
    return tagged


ARTICLE_2026 = re.compile(r"^Điều (\d+)\. (.+)$")
#: a chapter or section heading: "Chương II", "Mục 1. …" (a chapter's title is in capitals)
HEADING_2026 = re.compile(r"^(Chương [IVX]+|Mục \d+\. .*)$")
CLOSING_2026 = "Luật này được Quốc hội"


def _is_heading_2026(line: str) -> bool:
    return bool(HEADING_2026.match(line)) or (len(line) >= 12 and line == line.upper())


def build_2026(source_text: str) -> dict[str, dict[str, object]]:
    """The articles of Law 01/2026/QH16 from the repository's copy of its full text."""
    body = source_text.split("\n---\n", 1)[1]
    articles: dict[str, dict[str, object]] = {}
    number: int | None = None
    heading = ""
    paras: list[str] = []

    def close() -> None:
        if number is not None:
            articles[str(number)] = {
                "heading": heading,
                "source_note": LAW_2026_NOTE.format(n=number),
                "in_force_from": "2026-09-01",
                "paragraphs": _tag(paras),
            }

    for raw in body.split("\n"):
        line = " ".join(raw.split())
        if line.startswith(CLOSING_2026):
            break
        if m := ARTICLE_2026.match(line):
            close()
            number, heading, paras = int(m.group(1)), m.group(2), []
        elif number is not None and line and not _is_heading_2026(line):
            paras.append(line)
    close()
    got = sorted(int(n) for n in articles)
    if got != list(range(1, LAW_2026_ARTICLES + 1)):
        raise SystemExit(f"{LAW_2026}: expected articles 1..{LAW_2026_ARTICLES}, got {got}")
    return articles


def build(source_text: str, source_2026: str | None = None) -> dict[str, object]:
    articles: dict[str, dict[str, object]] = {name: {} for name in INSTRUMENTS.values()}
    for code, number, heading, rest in _split_articles(_body_of(source_text)):
        source_note, effective, paras = _paragraphs(rest)
        articles[INSTRUMENTS[code]][str(number)] = {
            "heading": heading,
            "source_note": source_note,
            "in_force_from": effective,
            "paragraphs": _tag(paras),
        }
    for code, count in EXPECTED_ARTICLES.items():
        got = sorted(int(n) for n in articles[INSTRUMENTS[code]])
        if got != list(range(1, count + 1)):
            raise SystemExit(f"{code}: expected articles 1..{count}, got {got}")
    instruments: dict[str, dict[str, object]] = {
        name: {"articles": dict(sorted(arts.items(), key=lambda kv: int(kv[0])))}
        for name, arts in articles.items()
    }
    if source_2026 is None:
        source_2026 = SOURCE_2026.read_text(encoding="utf-8")
    instruments[LAW_2026] = {"source": LAW_2026_SOURCE, "articles": build_2026(source_2026)}
    return {
        "_generated": "by tools/gen_statute.py from shared/reference/phapdien-tiep-can-thong-tin.md "
        "and tools/sources/law-01-2026-qh16.txt; do not edit by hand",
        "source": "Bộ pháp điển, đề mục 32.2 Tiếp cận thông tin (phapdien.moj.gov.vn), trang ngày 2026-05-13",
        "instruments": instruments,
    }


def render(source_text: str, source_2026: str | None = None) -> str:
    return json.dumps(build(source_text, source_2026), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args(argv)
    fresh = render(args.source.read_text(encoding="utf-8"))
    if args.check:
        if TARGET.read_text(encoding="utf-8") != fresh:
            print(f"{TARGET} is stale: run python tools/gen_statute.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
