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

from importlib import import_module
from typing import Any

from tiepcan._input import FrozenModel
from tiepcan._model import Result

__all__ = ["PUBLIC_MODULES", "json_schemas", "public_models"]

#: the modules whose ``__all__`` is the public surface
PUBLIC_MODULES = (
    "tiepcan.citations",
    "tiepcan.regimes",
    "tiepcan.workdays",
    "tiepcan.deadlines",
    "tiepcan.fees",
    "tiepcan.rules.requesters",
    "tiepcan.rules.access",
    "tiepcan.rules.requests",
    "tiepcan.rules.refusals",
    "tiepcan.rules.responsibility",
    "tiepcan.rules.disclosure",
    "tiepcan.rules.duties",
    "tiepcan.decision",
    "tiepcan.catalogue",
)


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
