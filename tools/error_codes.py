"""List every error code raised in tiepcan/ with the messages given at the raise site.

    python tools/error_codes.py            # code, count, messages (vi / en), conflicts flagged

Used to keep ``tiepcan.errors.ERROR_CODES`` (the closed table) complete: a test runs the same
scan and fails if a code is raised that the table does not list.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "tiepcan"


def raised_codes(root: Path = ROOT) -> dict[str, list[tuple[str, str | None, str | None]]]:
    """code -> [(where, message_vi, message_en)] for every literal code given to an *Error."""
    found: dict[str, list[tuple[str, str | None, str | None]]] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if not (isinstance(name, str) and name.endswith("Error")) or not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            msgs = [a.value if isinstance(a, ast.Constant) else None for a in node.args[1:3]]
            msgs += [None] * (2 - len(msgs))
            where = f"{path.relative_to(root.parent)}:{node.lineno}"
            found.setdefault(first.value, []).append((where, msgs[0], msgs[1]))
    return found


def main() -> int:
    for code, sites in sorted(raised_codes().items()):
        messages = {(vi, en) for _, vi, en in sites if vi or en}
        flag = "  CONFLICT" if len(messages) > 1 else ""
        print(f"{code} ({len(sites)}){flag}")
        for vi, en in sorted(messages, key=str):
            print(f"    vi: {vi}\n    en: {en}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
