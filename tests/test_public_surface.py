"""One way in: each public name is exported from one place, the module that defines it.

A module's ``__all__`` lists what the module itself defines. The exceptions are the doors of
the design card, which keep the names the card shows users importing from them:

* ``tiepcan`` (the package) re-exports the whole public surface, loading each module on
  first use (PEP 562);
* ``tiepcan.deadlines`` keeps the working-day functions of ``tiepcan.foundation.workdays``
  (``from tiepcan.deadlines import is_working_day, add_working_days``);
* ``tiepcan.catalogue`` keeps the disclosure categories of ``tiepcan.rules.disclosure`` and
  ``tiepcan.rules.access`` (``from tiepcan.catalogue import DisclosureCategory,
  WEBSITE_CATEGORIES``);
* a package's ``__init__`` may be the door of its own modules when they export nothing
  themselves (``tiepcan.outputs.conformance`` for ``tiepcan.outputs.conformance.runner``);
* a public module is the door of the private modules that hold its parts (``tiepcan.catalogue``
  for ``tiepcan._catalogue.*``, ``tiepcan.outputs.reports`` for ``tiepcan.outputs.reports._html`` …): a private
  module's ``__all__`` lists what its door may take, and is not itself a public export.

Modules are read with ``ast`` from the installed package, so the check sees ``__all__`` as
written, not as some import order left it.
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from collections import defaultdict
from functools import cache
from importlib import import_module
from pathlib import Path
from types import ModuleType

import tiepcan

PACKAGE = Path(tiepcan.__file__).resolve().parent
TOOLS = Path(__file__).resolve().parents[1] / "tools"

#: the design card's doors and the names each keeps although another module defines them
CARD_DOORS: dict[str, frozenset[str]] = {
    "tiepcan.deadlines": frozenset({"is_working_day", "add_working_days", "working_days_between"}),
    "tiepcan.catalogue": frozenset(
        {
            "DisclosureCategory",
            "WEBSITE_CATEGORIES",
            "WebsiteCategory",
            "DisclosureForm",
            "ConditionalCategory",
        }
    ),
}


@cache
def _modules() -> dict[str, tuple[ast.Module, bool]]:
    """``{dotted name: (syntax tree, is a package)}`` of every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = (PACKAGE.name, *path.relative_to(PACKAGE).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        name = ".".join(parts[:-1] if is_package else parts)
        out[name] = (ast.parse(path.read_text(encoding="utf-8")), is_package)
    return out


def _top_level(tree: ast.Module) -> list[ast.stmt]:
    """The statements run when the module loads, ``if``/``try`` bodies included."""
    out: list[ast.stmt] = []
    todo = list(tree.body)
    while todo:
        node = todo.pop(0)
        out.append(node)
        if isinstance(node, ast.If | ast.Try):
            todo += [*node.body, *node.orelse]
            todo += [s for h in getattr(node, "handlers", ()) for s in h.body]
            todo += getattr(node, "finalbody", [])
    return out


def _all(tree: ast.Module) -> list[str] | None:
    """The module's ``__all__`` if written as a list of strings, else ``None``."""
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(target, ast.Name) and target.id == "__all__" and node.value is not None:
            try:
                return list(ast.literal_eval(node.value))
            except ValueError:
                return None
    return None


def _defined(tree: ast.Module) -> set[str]:
    """Names the module binds itself: functions, classes, assignments (not imports)."""
    out: set[str] = set()
    for node in _top_level(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            out.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            out |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return out


def _imported_from(tree: ast.Module) -> dict[str, str]:
    """``{name: module}`` for the names the module imports with ``from module import name``."""
    return {
        alias.asname or alias.name: node.module
        for node in _top_level(tree)
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }


def _private(module: str) -> bool:
    """A module with a part of its dotted name starting with "_" (``tiepcan._catalogue.diff``)."""
    return any(part.startswith("_") for part in module.split("."))


@cache
def _exports() -> dict[str, list[str]]:
    """``{module: its __all__}`` for every public module whose ``__all__`` is a literal list."""
    found = {name: _all(tree) for name, (tree, _) in _modules().items() if not _private(name)}
    return {name: names for name, names in found.items() if names is not None}


def _door_names(module: str, tree: ast.Module, is_package: bool) -> set[str]:
    """The names ``module`` may list without defining them: the card's, or, for a package,
    those of its own submodules that export nothing themselves."""
    allowed = set(CARD_DOORS.get(module, ()))
    allowed |= {name for name, source in _imported_from(tree).items() if _private(source)}
    if is_package:
        exports = _exports()
        for name, source in _imported_from(tree).items():
            if source.startswith(f"{module}.") and exports.get(source) == []:
                allowed.add(name)
    return allowed


def test_every_module_but_the_package_writes_its_exports_as_a_list():
    """The package builds ``__all__`` from its lazy table; every other ``__all__`` is literal,
    so that the checks below (and readers) see it without running the module."""
    unreadable = [
        name
        for name, (tree, _) in _modules().items()
        if name != "tiepcan"
        and any(_assigns_all(node) for node in tree.body)
        and _all(tree) is None
    ]
    assert unreadable == []


def _assigns_all(node: ast.stmt) -> bool:
    targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
    return any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets)


def test_every_name_a_module_exports_is_defined_there():
    modules = _modules()
    wrong = []
    for name, names in _exports().items():
        tree, is_package = modules[name]
        allowed = _defined(tree) | _door_names(name, tree, is_package)
        wrong += [f"{name}.{n}" for n in names if n not in allowed]
    assert wrong == [], "exported but defined elsewhere (export it from its own module)"


def test_the_card_doors_keep_what_the_card_shows():
    exports = _exports()
    missing = [
        f"{door}.{name}"
        for door, names in CARD_DOORS.items()
        for name in sorted(names)
        if name not in exports[door]
    ]
    assert missing == []


def test_no_name_is_exported_from_two_places():
    modules = _modules()
    places: dict[str, list[str]] = defaultdict(list)
    for name, names in _exports().items():
        tree, is_package = modules[name]
        doors = _door_names(name, tree, is_package)
        for exported in names:
            if exported not in doors:
                places[exported].append(name)
    twice = {name: where for name, where in places.items() if len(where) > 1}
    assert twice == {}


def test_every_public_name_of_the_package_resolves():
    """Each name of ``tiepcan.__all__`` is the object its module exports under that name."""
    for name in tiepcan.__all__:
        value = getattr(tiepcan, name)
        assert value is not None and not isinstance(value, ModuleType), name
        if name == "__version__":
            continue
        module = tiepcan._EXPORTS[name]
        assert name in (_all(_modules()[module][0]) or []), f"{module} does not export {name}"
        assert value is getattr(import_module(module), name), name


def _gen_exports() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_exports", TOOLS / "gen_exports.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_lazy_table_is_generated_from_the_type_checking_imports():
    """``_EXPORTS`` (what ``__getattr__`` loads) and the imports type checkers read cannot
    drift apart: the table is the tool's output, and it is the table the package runs."""
    gen = _gen_exports()
    source = (PACKAGE / "__init__.py").read_text(encoding="utf-8")
    assert gen.generated(source) == source, "run python tools/gen_exports.py"
    assert list(gen.exports(source).items()) == list(tiepcan._EXPORTS.items())
    assert tiepcan.__all__ == ["__version__", *sorted(tiepcan._EXPORTS)]


def test_the_tool_refuses_an_import_that_type_checkers_would_not_re_export():
    gen = _gen_exports()
    source = "if TYPE_CHECKING:\n    from tiepcan.foundation.terms import Channel\n"
    try:
        gen.exports(source)
    except SystemExit as exc:
        assert "Channel as Channel" in str(exc)
    else:
        raise AssertionError("an import without `as Name` was accepted")


def test_import_tiepcan_loads_no_submodule():
    """PEP 562: the package's names are loaded on first use, not by ``import tiepcan``."""
    code = "import sys, tiepcan; print(sorted(m for m in sys.modules if m.startswith('tiepcan')))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parent,
    )
    assert out.stdout.split() == ["['tiepcan',", "'tiepcan._version']"]
