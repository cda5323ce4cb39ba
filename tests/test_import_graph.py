"""The foundation imports in one direction: no module of it lies on an import loop.

The foundation is what every rule, engine and output stands on: results and bilingual text
(``_model``), errors, input validation (``_input``), JSON in and out (``_schema``), citations,
regimes and rulesets, the working-day calendar, terms. Its modules form a DAG, bottom up::

    errors, data
    _model            results, Text, labelled enums; imports only errors at load time, and
                      _schema (pydantic) inside the methods that serialise a result
    _schema           pydantic's adapters and JSON Schema, for the classes it is given
    _input            pydantic input models (strict)
    citations, messages, terms, _ruleset_schema, regimes, workdays, interpretations, grounds

A loop held together by imports inside functions still binds the modules to one another: no
one of them can be read, tested or moved alone. Imports are read from the source with ``ast``,
at the top of a module, inside functions and under ``TYPE_CHECKING`` alike.

An edge runs to the module imported: ``from tiepcan import errors`` to ``tiepcan.foundation.errors``,
``from tiepcan.foundation.errors import X`` to ``tiepcan.foundation.errors``. The package ``__init__`` that Python
runs first is not an edge (every module would then import every other through the package's
lazy re-exports, which load nothing until a name is used).
"""

from __future__ import annotations

import ast
from pathlib import Path

import tiepcan

PACKAGE = Path(tiepcan.__file__).resolve().parent

#: the foundation's modules (design.md, "Layout"): each must exist, none may lie on a loop
FOUNDATION = (
    "tiepcan.foundation._input",
    "tiepcan.foundation._model",
    "tiepcan.foundation._ruleset_schema",
    "tiepcan.foundation._schema",
    "tiepcan.foundation.citations",
    "tiepcan.data",
    "tiepcan.foundation.errors",
    "tiepcan.foundation.grounds",
    "tiepcan.foundation.interpretations",
    "tiepcan.foundation._messages",
    "tiepcan.foundation.regimes",
    "tiepcan.foundation.terms",
    "tiepcan.foundation.workdays",
)

Graph = dict[str, set[str]]


def module_files(package: Path = PACKAGE) -> dict[str, Path]:
    """``{dotted module name: source file}`` of every module under the package."""
    out = {}
    for path in sorted(package.rglob("*.py")):
        parts = (package.name, *path.relative_to(package).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def imported_modules(tree: ast.AST, module: str, is_package: bool, known: set[str]) -> set[str]:
    """The modules of ``known`` that ``module`` imports, wherever the import statement is."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: ``from . import x``, ``from ..y import z``
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in known else base)
    return {name for name in found if name in known and name != module}


def import_graph(package: Path = PACKAGE) -> Graph:
    files = module_files(package)
    known = set(files)
    return {
        name: imported_modules(
            ast.parse(path.read_text(encoding="utf-8")), name, path.name == "__init__.py", known
        )
        for name, path in files.items()
    }


def find_cycle(graph: Graph, start: str) -> list[str] | None:
    """A shortest loop from ``start`` back to itself (``[start, …, start]``), or ``None``."""
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                return [*paths[node], start]
            if nxt not in paths:
                paths[nxt] = [*paths[node], nxt]
                queue.append(nxt)
    return None


def test_the_foundation_modules_exist():
    """A module moved or renamed is moved here too, or the loop check below would miss it."""
    graph = import_graph()
    assert [name for name in FOUNDATION if name not in graph] == []


def test_no_foundation_module_lies_on_an_import_loop():
    graph = import_graph()
    loops = [find_cycle(graph, name) for name in FOUNDATION]
    found = [" -> ".join(loop) for loop in loops if loop is not None]
    assert found == [], "import loops through the foundation:\n" + "\n".join(found)


def test_the_check_sees_every_kind_of_import(tmp_path):
    """Inside a function, under ``TYPE_CHECKING``, relative, and ``from pkg import module``."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from pkg.b import g\n")
    (pkg / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .sub import c\n"
    )
    (pkg / "sub" / "c.py").write_text("from ..d import thing\n")
    (pkg / "d.py").write_text("from pkg import a\n")
    graph = import_graph(pkg)
    assert graph == {
        "pkg": set(),
        "pkg.a": {"pkg.b"},
        "pkg.b": {"pkg.sub.c"},
        "pkg.d": {"pkg.a"},
        "pkg.sub": set(),
        "pkg.sub.c": {"pkg.d"},
    }
    assert find_cycle(graph, "pkg.a") == ["pkg.a", "pkg.b", "pkg.sub.c", "pkg.d", "pkg.a"]
    assert find_cycle(graph, "pkg") is None
