"""List every error code raised in tiepcan/ with the messages given at the raise site.

    python tools/error_codes.py            # code, count, messages (vi / en), conflicts flagged

Used to keep ``tiepcan.foundation.errors.ERROR_CODES`` (the closed table) complete: a test runs the same
scan and fails if a code is raised that the table does not list.
"""

from __future__ import annotations

import ast
import builtins
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "tiepcan"


CODE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)+$")


def _default_code(node: ast.AST) -> bool:
    """``default_code = "…"`` in an error class."""
    return (
        isinstance(node, ast.Assign)
        and any(getattr(t, "id", None) == "default_code" for t in node.targets)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def raised_codes(root: Path = ROOT) -> dict[str, list[tuple[str, str | None, str | None]]]:
    """code -> [(where, message_vi, message_en)] for every literal code the package raises.

    A code is a kebab-case literal given first to an ``*Error(...)`` call, or to a helper that
    builds an error from its code (a function whose first parameter is ``code`` and which
    returns an error: ``_bad("invalid-date", "…", …)``);
    ``coerce(value, field="x")`` raises ``invalid-x``; a class's ``default_code`` counts too,
    and so do the values of a table named ``*_CODES`` (``{"decision": "invalid-decision"}``)
    that a raise site looks its code up in.
    """
    found: dict[str, list[tuple[str, str | None, str | None]]] = {}
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in root.rglob("*.py")}
    builders = {  # helpers that build an error from (code, vi, en, …)
        node.name
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and node.args.args
        and node.args.args[0].arg == "code"
        and "Error" in ast.unparse(node.returns or ast.Constant(""))
    }
    for path, tree in sorted(trees.items()):
        where = str(path.relative_to(root.parent))
        for node in ast.walk(tree):
            if _default_code(node):
                assert isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                found.setdefault(str(node.value.value), []).append((where, None, None))
            for code in _code_table(node):
                found.setdefault(code, []).append((f"{where}:{node.lineno}", None, None))
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            for kw in node.keywords:
                if name == "coerce" and kw.arg == "field" and isinstance(kw.value, ast.Constant):
                    code = "invalid-" + str(kw.value.value).replace("_", "-")
                    found.setdefault(code, []).append((f"{where}:{node.lineno}", None, None))
            if not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            if not CODE.match(first.value):
                continue
            if not (isinstance(name, str) and (name.endswith("Error") or name in builders)):
                continue
            msgs = [a.value if isinstance(a, ast.Constant) else None for a in node.args[1:3]]
            msgs += [None] * (2 - len(msgs))
            found.setdefault(first.value, []).append((f"{where}:{node.lineno}", msgs[0], msgs[1]))
    return found


def _code_table(node: ast.AST) -> list[str]:
    """The codes of a module-level table ``_SOMETHING_CODES = {key: "code", ...}``."""
    if not (isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Dict)):
        return []
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    if not any(isinstance(t, ast.Name) and t.id.endswith("_CODES") for t in targets):
        return []
    return [
        v.value
        for v in node.value.values
        if isinstance(v, ast.Constant) and isinstance(v.value, str) and CODE.match(v.value)
    ]


def message_sites(root: Path = ROOT) -> list[str]:
    """Raise sites that still pass message text, or build their code from pieces.

    Since one message per code (``ERROR_CODES``), an ``*Error(...)`` call gives its code and
    a ``detail=`` only: a message given beside the code would be dead text. A code is a
    literal, or looked up in a ``*_CODES`` table, never an f-string: the scan could not check
    it against the table.
    """
    found = []
    for path in sorted(root.rglob("*.py")):
        where = str(path.relative_to(root.parent))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if not (isinstance(name, str) and name.endswith("Error")) or not node.args:
                continue
            if name in vars(builtins):  # ValueError in a validator: pydantic's, not ours
                continue
            first = node.args[0]
            if isinstance(first, ast.JoinedStr | ast.BinOp) or len(node.args) > 1:
                found.append(f"{where}:{node.lineno}")
    return found


def markdown() -> str:
    """docs/errors.md: the closed table of codes with both messages."""
    sys.path.insert(0, str(ROOT.parent))
    from tiepcan.foundation.errors import ERROR_CODES, FIELD_VALUE_MESSAGES

    lines = [
        "# Error codes",
        "",
        "Every error tiepcan raises on purpose is a `TiepCanError` (a `ValueError`) with one of",
        "these codes and its message in both languages; `detail` says where and why. Codes are",
        "stable: never renamed once released. Generated from `tiepcan.foundation.errors.ERROR_CODES` by",
        "`python tools/error_codes.py --markdown`; a test keeps this page in step.",
        "",
        "| code | Vietnamese | English |",
        "|---|---|---|",
    ]
    for code, (vi, en) in sorted(ERROR_CODES.items()):
        lines.append(f"| `{code}` | {vi} | {en} |")
    vi, en = FIELD_VALUE_MESSAGES
    lines += [
        "",
        "One family shares one message: `invalid-<field>` (`invalid-not-accessible`,",
        "`invalid-website-category`, …), a value that is not one of the members of an enumerated",
        "field. The field is in the code; the detail gives the value and the allowed members.",
        "",
        "| code | Vietnamese | English |",
        "|---|---|---|",
        f"| `invalid-<field>` | {vi} | {en} |",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    if "--markdown" in sys.argv:
        sys.stdout.write(markdown())
        return 0
    for code, sites in sorted(raised_codes().items()):
        messages = {(vi, en) for _, vi, en in sites if vi or en}
        flag = "  CONFLICT" if len(messages) > 1 else ""
        print(f"{code} ({len(sites)}){flag}")
        for vi, en in sorted(messages, key=str):
            print(f"    vi: {vi}\n    en: {en}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
