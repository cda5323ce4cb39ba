"""tiepcan — Vietnam's Law on Access to Information (Luật Tiếp cận thông tin 104/2016/QH13)
as executable, cited rules.

The public API is re-exported here and listed in ``__all__``. Submodules are imported on
first use (PEP 562), so ``import tiepcan`` stays cheap and a program that only computes
deadlines never loads the fee or catalogue modules.

>>> import tiepcan
>>> tiepcan.Channel.ELECTRONIC.value
'electronic'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from tiepcan._version import __version__

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "Channel": "tiepcan.terms",
    "Complexity": "tiepcan.terms",
    "Citation": "tiepcan.citations",
    "TiepCanError": "tiepcan.errors",
    "InvalidInputError": "tiepcan.errors",
    "RegimeNotEncodedError": "tiepcan.errors",
    "CalendarRangeError": "tiepcan.errors",
    "CitationNotFoundError": "tiepcan.errors",
    "Regime": "tiepcan.regimes",
}

__all__ = ["__version__", *sorted(_EXPORTS)]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from tiepcan.citations import Citation
    from tiepcan.errors import (
        CalendarRangeError,
        CitationNotFoundError,
        InvalidInputError,
        RegimeNotEncodedError,
        TiepCanError,
    )
    from tiepcan.regimes import Regime
    from tiepcan.terms import Channel, Complexity


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tiepcan' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
