"""JSON Schema of every public model, for the portal, the CLI and other languages.

``json_schemas()`` maps each public model's name to its JSON Schema (pydantic's
``json_schema``), in validation mode. The set of models is every pydantic model that a
public module lists in ``__all__``, so a new model is exported as soon as it is public.

>>> schemas = json_schemas()
>>> schemas["Deadline"]["properties"]["due"]["format"]
'date'
>>> "Citation" in schemas and "FeeQuote" in schemas
True
"""

from __future__ import annotations

import pkgutil
from collections.abc import Iterator
from dataclasses import is_dataclass
from importlib import import_module
from typing import Any

import tiepcan
from tiepcan.foundation._input import FrozenModel
from tiepcan.foundation._model import Result
from tiepcan.foundation._schema import adapter

__all__ = ["PUBLIC_MODULES", "json_schemas", "public_models", "result_classes"]


def _public_modules() -> tuple[str, ...]:
    """Every module of the package whose name has no part starting with "_" (nor the data
    folder, the command line or the conformance runner): their ``__all__`` is the surface."""
    names = []
    for info in pkgutil.walk_packages(tiepcan.__path__, "tiepcan."):
        parts = info.name.split(".")[1:]
        if (
            any(p.startswith("_") for p in parts)
            or parts[0] == "data"
            or parts[:2]
            in (
                ["outputs", "cli"],
                ["outputs", "conformance"],
            )
        ):
            continue
        names.append(info.name)
    return tuple(sorted(names))


#: the modules whose ``__all__`` is the public surface (found, not listed by hand)
PUBLIC_MODULES = _public_modules()


def public_models() -> dict[str, type[Result] | type[FrozenModel]]:
    """Every public model (results and input models), by class name (a clash is an error)."""
    found: dict[str, type[Result] | type[FrozenModel]] = {}
    for module_name in PUBLIC_MODULES:
        module = import_module(module_name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name, None)
            if isinstance(obj, type) and issubclass(obj, Result | FrozenModel):
                other = found.get(obj.__name__)
                if other is not None and other is not obj:
                    raise RuntimeError(f"two public models named {obj.__name__}")
                found[obj.__name__] = obj
    return dict(sorted(found.items()))


def json_schemas() -> dict[str, dict[str, Any]]:
    """``{model name: JSON Schema}`` for every public model."""
    return {name: model.json_schema() for name, model in public_models().items()}


def _dataclasses_in(node: object) -> Iterator[type[Any]]:
    if isinstance(node, dict):
        if node.get("type") == "dataclass" and is_dataclass(node.get("cls")):
            yield node["cls"]
        for value in node.values():
            yield from _dataclasses_in(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from _dataclasses_in(value)


def result_classes() -> dict[str, type[Any]]:
    """Every result class whose fields a schema shows, by name: the public results and the
    dataclasses they hold (``Text``), as pydantic's core schemas see them."""
    found: dict[str, type[Any]] = {}
    for model in public_models().values():
        if is_dataclass(model):
            for cls in _dataclasses_in(adapter(model).core_schema):
                found[cls.__name__] = cls
    return dict(sorted(found.items()))
