"""Nhãn song ngữ — one export of every label, for the portal, the CLI and other languages.

:func:`labels` gathers, as plain JSON data:

* ``enums``: every public enum, each member's Vietnamese and English label;
* ``citations``: every citation the package's rules and data hold (the rulesets' data files,
  the calendar, the constants of the public modules), each with its labels and the verbatim
  Vietnamese statute text it points at;
* ``errors``: every error code with its message in both languages (:data:`ERROR_CODES`);
* ``interpretations``: every named interpretation of each encoded regime;
* ``regimes``: the regimes, encoded or not, with their spans;
* ``fields``: every field of every result class, its Vietnamese title and English description
  (``tiepcan/data/result_titles.toml``, the words the results' JSON Schemas carry).

:func:`all_citations` is the walk behind ``citations``: it reads declared data, not a cache
of whatever was built in the process, so it answers the same in any order of calls.

>>> data = labels()
>>> data["enums"]["RefusalGround"]["e"]["vi"][:38]
'Người yêu cầu cung cấp thông tin không'
>>> data["citations"]["104/2016/QH13 art. 28(1)(e)"]["label_en"]
'Law 104/2016/QH13 on Access to Information, art. 28(1)(e)'
>>> data["fields"]["Deadline"]["due"]["vi"]
'Thời hạn cung cấp thông tin'
"""

from __future__ import annotations

import enum
from contextlib import suppress
from importlib import import_module
from pathlib import Path
from typing import Any

from tiepcan.foundation._model import BilingualStrEnum
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import ERROR_CODES
from tiepcan.foundation.regimes import REGIMES, Ruleset, ruleset

__all__ = ["all_citations", "labels", "public_enums", "result_fields"]


def public_enums() -> dict[str, type[BilingualStrEnum]]:
    """Every labelled enum a public module lists in ``__all__``, by class name."""
    from tiepcan.outputs.schemas import PUBLIC_MODULES

    found: dict[str, type[BilingualStrEnum]] = {}
    for module_name in PUBLIC_MODULES:
        module = import_module(module_name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name, None)
            if isinstance(obj, type) and issubclass(obj, BilingualStrEnum):
                other = found.get(obj.__name__)
                if other is not None and other is not obj:  # one name, one enum, everywhere
                    raise RuntimeError(f"two public enums named {obj.__name__}")
                found[obj.__name__] = obj
    return dict(sorted(found.items()))


def _citations_in(value: Any, out: set[Citation]) -> None:
    """Collect every citation written in a ruleset's data (any string in the encoding)."""
    if isinstance(value, dict):
        for item in value.values():
            _citations_in(item, out)
    elif isinstance(value, list):
        for item in value:
            _citations_in(item, out)
    elif isinstance(value, str) and " art. " in value:
        with suppress(ValueError):  # free text that happens to contain " art. "
            out.add(Citation.parse(value))


def _ruleset_citations(rules: Ruleset) -> set[Citation]:
    out: set[Citation] = set()
    folder = Path(rules.data_dir)
    for path in sorted(folder.rglob("*.toml")):
        name = path.relative_to(folder).as_posix()
        _citations_in(rules.data(name), out)
    return out


def _module_citations() -> set[Citation]:
    """Citations held by the public modules: constants, and enum members that carry one."""
    from tiepcan.outputs.schemas import PUBLIC_MODULES

    out: set[Citation] = set()
    for module_name in PUBLIC_MODULES:
        for value in vars(import_module(module_name)).values():
            if isinstance(value, Citation):
                out.add(value)
            elif isinstance(value, type) and issubclass(value, enum.Enum):
                for member in value:
                    found = getattr(member, "citation", None)
                    if isinstance(found, Citation):
                        out.add(found)
    return out


def _calendar_citations() -> set[Citation]:
    from tiepcan.foundation.workdays import calendar_range, span_days

    first, last = calendar_range()
    return {c for day in span_days(first, last) for c in day.basis}


def all_citations() -> frozenset[Citation]:
    """Every citation the package's declared rules and data hold."""
    out = _module_citations() | _calendar_citations()
    for regime in REGIMES:
        if regime.encoded:
            out |= _ruleset_citations(ruleset(regime))
    return frozenset(out)


def result_fields() -> dict[str, dict[str, dict[str, str]]]:
    """``{result class: {field: {"vi": title, "en": description}}}``, fields in their order."""
    from dataclasses import fields

    from tiepcan.foundation._schema import field_title
    from tiepcan.outputs.schemas import result_classes

    out: dict[str, dict[str, dict[str, str]]] = {}
    for name, cls in result_classes().items():
        titled = ((f.name, field_title(name, f.name)) for f in fields(cls))
        # a field the data file lacks is left out, as its schema keeps pydantic's title;
        # tests/foundation/test_result_titles.py keeps the file complete
        out[name] = {key: {"vi": t[0], "en": t[1]} for key, t in titled if t is not None}
    return out


def labels() -> dict[str, Any]:
    """Every label of the public API as JSON data (see the module docstring)."""
    from tiepcan.foundation.interpretations import interpretations

    citations = sorted(all_citations(), key=lambda c: c.ref)
    return {
        "enums": {
            name: {m.value: {"vi": m.label_vi, "en": m.label_en} for m in cls}
            for name, cls in public_enums().items()
        },
        "citations": {
            c.ref: {"label_vi": c.label, "label_en": c.label_en, "text": c.text()}
            for c in citations
        },
        "errors": {code: {"vi": vi, "en": en} for code, (vi, en) in sorted(ERROR_CODES.items())},
        "interpretations": {
            r.id: {i.id: i.to_dict() for i in interpretations(r.id).values()}
            for r in REGIMES
            if r.encoded
        },
        "regimes": [r.to_dict() for r in REGIMES],
        "fields": result_fields(),
    }
