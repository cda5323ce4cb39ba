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

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

from tiepcan._version import __version__

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # basic terms
    "Channel": "tiepcan.terms",
    "Complexity": "tiepcan.terms",
    # citations and regimes
    "Citation": "tiepcan.citations",
    "cite": "tiepcan.citations",
    "law": "tiepcan.citations",
    "Regime": "tiepcan.regimes",
    "RegimeLike": "tiepcan.regimes",
    "Ruleset": "tiepcan.regimes",
    "resolve_regime": "tiepcan.regimes",
    "governing_regime": "tiepcan.regimes",
    "GoverningRegime": "tiepcan.regimes",
    "RegimeChoice": "tiepcan.regimes",
    "load_ruleset": "tiepcan.regimes",
    "register_ruleset": "tiepcan.regimes",
    "Text": "tiepcan._model",
    "Interpretation": "tiepcan.interpretations",
    "interpretation": "tiepcan.interpretations",
    "interpretations": "tiepcan.interpretations",
    # errors
    "TiepCanError": "tiepcan.errors",
    "InvalidInputError": "tiepcan.errors",
    "RegimeNotEncodedError": "tiepcan.errors",
    "CalendarRangeError": "tiepcan.errors",
    "CitationNotFoundError": "tiepcan.errors",
    # working days and time limits
    "is_working_day": "tiepcan.deadlines",
    "add_working_days": "tiepcan.deadlines",
    "working_days_between": "tiepcan.deadlines",
    "response_deadline": "tiepcan.deadlines",
    "time_limit": "tiepcan.deadlines",
    "time_limits": "tiepcan.deadlines",
    "Deadline": "tiepcan.deadlines",
    "Period": "tiepcan.deadlines",
    "TimeLimit": "tiepcan.deadlines",
    "TraceStep": "tiepcan.deadlines",
    "ReceiptPolicy": "tiepcan.deadlines",
    "CalendarDay": "tiepcan.workdays",
    "DayKind": "tiepcan.workdays",
    "day_info": "tiepcan.workdays",
    # fees
    "FeeItem": "tiepcan.fees",
    "Area": "tiepcan.fees",
    "FeeQuote": "tiepcan.fees",
    "FeeLine": "tiepcan.fees",
    "FeeNotice": "tiepcan.fees",
    "quote": "tiepcan.fees",
    "fee_notice": "tiepcan.fees",
    "rate_table": "tiepcan.fees",
    "billable_minutes": "tiepcan.fees",
    # requests, refusals and the one-call decision
    "assess": "tiepcan.decision",
    "refusal_notice": "tiepcan.decision",
    "Decision": "tiepcan.decision",
    "Outcome": "tiepcan.decision",
    "InformationFacts": "tiepcan.decision",
    "InformationRequest": "tiepcan.rules.requests",
    "RequestForm": "tiepcan.rules.requests",
    "GroupRequestForm": "tiepcan.rules.requests",
    "ConsentDocument": "tiepcan.rules.requests",
    "Requester": "tiepcan.rules.requesters",
    "RefusalGround": "tiepcan.rules.refusals",
    "RefusalNotice": "tiepcan.rules.refusals",
    # disclosure, catalogues and duties
    "DisclosureCategory": "tiepcan.catalogue",
    "DisclosureForm": "tiepcan.catalogue",
    "WebsiteCategory": "tiepcan.catalogue",
    "WEBSITE_CATEGORIES": "tiepcan.catalogue",
    "Catalogue": "tiepcan.catalogue",
    "CatalogueEntry": "tiepcan.catalogue",
    "CatalogueKind": "tiepcan.catalogue",
    "CatalogueReport": "tiepcan.catalogue",
    "CatalogueFinding": "tiepcan.catalogue",
    "CatalogueDiff": "tiepcan.catalogue",
    "FindingSeverity": "tiepcan.catalogue",
    "Contact": "tiepcan.catalogue",
    "check_catalogue": "tiepcan.catalogue",
    "diff_catalogues": "tiepcan.catalogue",
    "AgencyProfile": "tiepcan.rules.duties",
    "DutyChecklist": "tiepcan.rules.duties",
    "DutyStatus": "tiepcan.rules.duties",
    "check_duties": "tiepcan.duties",
    # the life of a request, the register, the batch path
    "fold": "tiepcan.lifecycle",
    "RequestState": "tiepcan.lifecycle",
    "RequestStatus": "tiepcan.lifecycle",
    "Timeliness": "tiepcan.lifecycle",
    "moved_deadlines": "tiepcan.lifecycle",
    "calendar_version": "tiepcan.lifecycle",
    "Register": "tiepcan.register",
    "RegisterEntry": "tiepcan.register",
    "RegisterFold": "tiepcan.register",
    "due_dates": "tiepcan.batch",
    "judge_batch": "tiepcan.batch",
}

__all__ = ["__version__", *sorted(_EXPORTS)]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from tiepcan._model import Text
    from tiepcan.batch import due_dates, judge_batch
    from tiepcan.catalogue import (
        WEBSITE_CATEGORIES,
        Catalogue,
        CatalogueDiff,
        CatalogueEntry,
        CatalogueFinding,
        CatalogueKind,
        CatalogueReport,
        Contact,
        DisclosureCategory,
        DisclosureForm,
        FindingSeverity,
        WebsiteCategory,
        check_catalogue,
        diff_catalogues,
    )
    from tiepcan.citations import Citation, cite, law
    from tiepcan.deadlines import (
        Deadline,
        Period,
        ReceiptPolicy,
        TimeLimit,
        TraceStep,
        add_working_days,
        is_working_day,
        response_deadline,
        time_limit,
        time_limits,
        working_days_between,
    )
    from tiepcan.decision import Decision, InformationFacts, Outcome, assess, refusal_notice
    from tiepcan.duties import check_duties
    from tiepcan.errors import (
        CalendarRangeError,
        CitationNotFoundError,
        InvalidInputError,
        RegimeNotEncodedError,
        TiepCanError,
    )
    from tiepcan.fees import (
        Area,
        FeeItem,
        FeeLine,
        FeeNotice,
        FeeQuote,
        billable_minutes,
        fee_notice,
        quote,
        rate_table,
    )
    from tiepcan.interpretations import Interpretation, interpretation, interpretations
    from tiepcan.lifecycle import (
        RequestState,
        RequestStatus,
        Timeliness,
        calendar_version,
        fold,
        moved_deadlines,
    )
    from tiepcan.regimes import (
        GoverningRegime,
        Regime,
        RegimeChoice,
        RegimeLike,
        Ruleset,
        governing_regime,
        load_ruleset,
        register_ruleset,
        resolve_regime,
    )
    from tiepcan.register import Register, RegisterEntry, RegisterFold
    from tiepcan.rules.duties import AgencyProfile, DutyChecklist, DutyStatus
    from tiepcan.rules.refusals import RefusalGround, RefusalNotice
    from tiepcan.rules.requesters import Requester
    from tiepcan.rules.requests import (
        ConsentDocument,
        GroupRequestForm,
        InformationRequest,
        RequestForm,
    )
    from tiepcan.terms import Channel, Complexity
    from tiepcan.workdays import CalendarDay, DayKind, day_info


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tiepcan' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(ModuleType):
    """The package module: a submodule never hides an export of the same name.

    Importing ``tiepcan.interpretations`` binds the name ``interpretations`` on the package
    (Python's import system does that); the package exports the *function* of that name, so
    the binding is turned into the function (``import tiepcan; tiepcan.Interpretation`` used to
    replace ``tiepcan.interpretations`` with the module). The module stays in ``sys.modules``.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, ModuleType) and _EXPORTS.get(name) == value.__name__:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
