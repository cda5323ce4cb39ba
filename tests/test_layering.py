"""The layers and what each may import (docs/architecture.md, "Layers").

The package is built in floors; a module imports only its own floor and the floors below it:

    data          the bundled rulesets, statute texts and calendar (files; tiepcan.data finds them)
    foundation    results, input, schema, errors, citations, regimes, workdays, terms, messages
    texts         the message tables (what the explanations say), on the foundation only
    rules         one module per topic of the law: pure functions over the floors below
    engines       deadlines, fees, catalogue, decision, duties, forms: one legal question each
    register      lifecycle, the register book, the batch path, statistics
    outputs       reports, the CLI, labels, schema export, the conformance suite

So the law's rules never depend on how they are counted, priced or printed, and an output can
change without touching a rule. ``tiepcan/__init__.py`` (the public surface, loaded lazily) and
``__main__`` stand above every floor. Imports are read with ``ast``, including imports inside
functions, under ``TYPE_CHECKING`` and relative ones; the test names the offending line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tiepcan"
FLOORS = ("data", "foundation", "texts", "rules", "engines", "register", "outputs", "surface")
RANK = {name: i for i, name in enumerate(FLOORS)}


def floor_of(module: str) -> str:
    """The floor of a dotted module name inside the package ("tiepcan.fees" → "engines")."""
    parts = module.split(".")[1:]
    if not parts:
        return "data"  # ``import tiepcan``: the package itself, which every import loads first
    if parts[0] in ("__init__", "__main__", "<surface>"):
        return "surface"
    if parts[0] in ("data", "_version"):
        return "data"
    if parts[0] in ("foundation", "texts", "rules", "register", "outputs"):
        return parts[0]
    return "engines"  # the top-level engine modules the design card fixes, and their parts


def _exists(top: str) -> bool:
    return (PACKAGE / top).is_dir() or (PACKAGE / f"{top}.py").is_file()


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__" and len(parts) > 2:
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, dotted module) of every tiepcan module the file imports."""
    package = module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            if target == "tiepcan":  # from tiepcan import X: the module X, or a surface name
                found += [
                    (node.lineno, f"tiepcan.{a.name}" if _exists(a.name) else "tiepcan.<surface>")
                    for a in node.names
                ]
                continue
            found.append((node.lineno, target))
    return [(line, m) for line, m in found if m == "tiepcan" or m.startswith("tiepcan.")]


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_only_its_floor_and_those_below(path):
    source = floor_of(module_name(path))
    above = [
        f"line {line}: {target} ({floor_of(target)})"
        for line, target in imports(path)
        if RANK[floor_of(target)] > RANK[source]
    ]
    assert above == [], f"{module_name(path)} is on the {source} floor"


def test_every_floor_has_modules():
    floors = {floor_of(module_name(p)) for p in MODULES}
    assert floors == set(FLOORS)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f():\n    from tiepcan.deadlines import time_limit\n", ["tiepcan.deadlines"]),
        ("from ..fees import quote\n", ["tiepcan.fees"]),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import tiepcan.outputs.cli\n",
         ["tiepcan.outputs.cli"]),
    ],
)  # fmt: skip
def test_the_check_sees_every_kind_of_import(tmp_path, source, expected):
    rules = tmp_path / "tiepcan" / "rules"
    rules.mkdir(parents=True)
    path = rules / "x.py"
    path.write_text(source, encoding="utf-8")
    global PACKAGE
    saved, PACKAGE = PACKAGE, tmp_path / "tiepcan"
    try:
        assert [m for _, m in imports(path)] == expected
        assert all(RANK[floor_of(m)] > RANK["rules"] for m in expected)
    finally:
        PACKAGE = saved


def test_floors_are_named_by_path():
    assert floor_of("tiepcan.rules.refusals") == "rules"
    assert floor_of("tiepcan.decision.assessment") == "engines"
    assert floor_of("tiepcan._catalogue.checks") == "engines"
    assert floor_of("tiepcan.register.book") == "register"
    assert floor_of("tiepcan.foundation.regimes") == "foundation"
    assert floor_of("tiepcan.outputs.cli") == "outputs"
    assert floor_of("tiepcan") == "data"
    assert floor_of("tiepcan.<surface>") == "surface"
    assert floor_of("tiepcan.__main__") == "surface"
