"""tiepcan — Vietnam's Law on Access to Information (Luật Tiếp cận thông tin 104/2016/QH13)
as executable, cited rules.

The public API is re-exported here and listed in ``__all__`` (``docs/api.md`` describes each
name, grouped by topic). Submodules are imported on first use (PEP 562), so ``import tiepcan``
stays cheap and a program that only computes deadlines never loads the fee or catalogue
modules.

The imports under ``TYPE_CHECKING`` below are the one list of the public names: type checkers
and IDEs read them (``Name as Name`` is the explicit re-export), and the table ``_EXPORTS``
that tells ``__getattr__`` which module holds a name is generated from them by
``python tools/gen_exports.py`` (``tests/test_public_surface.py`` fails when the two differ).
To add a public name, add its import and run the tool.

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

if TYPE_CHECKING:  # pragma: no cover - read by type checkers, IDEs and tools/gen_exports.py
    # basic terms
    from tiepcan.foundation.terms import (
        Channel as Channel,
        Complexity as Complexity,
    )

    # citations and regimes
    from tiepcan.foundation.citations import (
        Citation as Citation,
        cite as cite,
        law as law,
    )
    from tiepcan.foundation.regimes import (
        Regime as Regime,
        RegimeLike as RegimeLike,
        Ruleset as Ruleset,
        resolve_regime as resolve_regime,
        governing_regime as governing_regime,
        GoverningRegime as GoverningRegime,
        RegimeChoice as RegimeChoice,
        load_ruleset as load_ruleset,
        register_ruleset as register_ruleset,
    )
    from tiepcan.foundation._model import Text as Text
    from tiepcan.foundation.interpretations import (
        Interpretation as Interpretation,
        interpretation as interpretation,
        interpretations as interpretations,
    )

    # errors
    from tiepcan.foundation.errors import (
        TiepCanError as TiepCanError,
        InvalidInputError as InvalidInputError,
        RegimeNotEncodedError as RegimeNotEncodedError,
        CalendarRangeError as CalendarRangeError,
        CitationNotFoundError as CitationNotFoundError,
    )

    # working days and time limits
    from tiepcan.deadlines import (
        is_working_day as is_working_day,
        add_working_days as add_working_days,
        working_days_between as working_days_between,
        response_deadline as response_deadline,
        time_limit as time_limit,
        time_limits as time_limits,
        Deadline as Deadline,
        Period as Period,
        TimeLimit as TimeLimit,
        TraceStep as TraceStep,
        ReceiptPolicy as ReceiptPolicy,
    )
    from tiepcan.foundation.workdays import (
        CalendarDay as CalendarDay,
        DayKind as DayKind,
        day_info as day_info,
    )

    # fees
    from tiepcan.fees import (
        FeeItem as FeeItem,
        Area as Area,
        FeeQuote as FeeQuote,
        FeeLine as FeeLine,
        FeeNotice as FeeNotice,
        quote as quote,
        fee_notice as fee_notice,
        rate_table as rate_table,
        billable_minutes as billable_minutes,
    )

    # requests, refusals and the one-call decision
    from tiepcan.decision import (
        assess as assess,
        refusal_notice as refusal_notice,
        Decision as Decision,
        Outcome as Outcome,
        InformationFacts as InformationFacts,
    )
    from tiepcan.rules.requests import (
        InformationRequest as InformationRequest,
        RequestForm as RequestForm,
        GroupRequestForm as GroupRequestForm,
        ConsentDocument as ConsentDocument,
    )
    from tiepcan.rules.requesters import Requester as Requester
    from tiepcan.rules.refusals import (
        RefusalGround as RefusalGround,
        RefusalNotice as RefusalNotice,
    )

    # disclosure, catalogues and duties
    from tiepcan.catalogue import (
        DisclosureCategory as DisclosureCategory,
        DisclosureForm as DisclosureForm,
        WebsiteCategory as WebsiteCategory,
        WEBSITE_CATEGORIES as WEBSITE_CATEGORIES,
        Catalogue as Catalogue,
        CatalogueEntry as CatalogueEntry,
        CatalogueKind as CatalogueKind,
        CatalogueReport as CatalogueReport,
        CatalogueFinding as CatalogueFinding,
        CatalogueDiff as CatalogueDiff,
        FindingSeverity as FindingSeverity,
        Contact as Contact,
        check_catalogue as check_catalogue,
        diff_catalogues as diff_catalogues,
    )
    from tiepcan.rules.duties import (
        AgencyProfile as AgencyProfile,
        DutyChecklist as DutyChecklist,
        DutyStatus as DutyStatus,
    )
    from tiepcan.duties import check_duties as check_duties

    # the life of a request, the register, the batch path
    from tiepcan.register.lifecycle import (
        fold as fold,
        RequestState as RequestState,
        RequestStatus as RequestStatus,
        Timeliness as Timeliness,
        moved_deadlines as moved_deadlines,
        calendar_version as calendar_version,
    )
    from tiepcan.register.book import (
        Register as Register,
        RegisterEntry as RegisterEntry,
        RegisterFold as RegisterFold,
    )
    from tiepcan.register.batch import (
        due_dates as due_dates,
        judge_batch as judge_batch,
    )

# -- generated by tools/gen_exports.py from the imports above; do not edit by hand --
_EXPORTS: dict[str, str] = {
    "Channel": "tiepcan.foundation.terms",
    "Complexity": "tiepcan.foundation.terms",
    "Citation": "tiepcan.foundation.citations",
    "cite": "tiepcan.foundation.citations",
    "law": "tiepcan.foundation.citations",
    "Regime": "tiepcan.foundation.regimes",
    "RegimeLike": "tiepcan.foundation.regimes",
    "Ruleset": "tiepcan.foundation.regimes",
    "resolve_regime": "tiepcan.foundation.regimes",
    "governing_regime": "tiepcan.foundation.regimes",
    "GoverningRegime": "tiepcan.foundation.regimes",
    "RegimeChoice": "tiepcan.foundation.regimes",
    "load_ruleset": "tiepcan.foundation.regimes",
    "register_ruleset": "tiepcan.foundation.regimes",
    "Text": "tiepcan.foundation._model",
    "Interpretation": "tiepcan.foundation.interpretations",
    "interpretation": "tiepcan.foundation.interpretations",
    "interpretations": "tiepcan.foundation.interpretations",
    "TiepCanError": "tiepcan.foundation.errors",
    "InvalidInputError": "tiepcan.foundation.errors",
    "RegimeNotEncodedError": "tiepcan.foundation.errors",
    "CalendarRangeError": "tiepcan.foundation.errors",
    "CitationNotFoundError": "tiepcan.foundation.errors",
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
    "CalendarDay": "tiepcan.foundation.workdays",
    "DayKind": "tiepcan.foundation.workdays",
    "day_info": "tiepcan.foundation.workdays",
    "FeeItem": "tiepcan.fees",
    "Area": "tiepcan.fees",
    "FeeQuote": "tiepcan.fees",
    "FeeLine": "tiepcan.fees",
    "FeeNotice": "tiepcan.fees",
    "quote": "tiepcan.fees",
    "fee_notice": "tiepcan.fees",
    "rate_table": "tiepcan.fees",
    "billable_minutes": "tiepcan.fees",
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
    "fold": "tiepcan.register.lifecycle",
    "RequestState": "tiepcan.register.lifecycle",
    "RequestStatus": "tiepcan.register.lifecycle",
    "Timeliness": "tiepcan.register.lifecycle",
    "moved_deadlines": "tiepcan.register.lifecycle",
    "calendar_version": "tiepcan.register.lifecycle",
    "Register": "tiepcan.register.book",
    "RegisterEntry": "tiepcan.register.book",
    "RegisterFold": "tiepcan.register.book",
    "due_dates": "tiepcan.register.batch",
    "judge_batch": "tiepcan.register.batch",
}
# -- end of generated block --

__all__ = ["__version__", *sorted(_EXPORTS)]


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

    Importing ``tiepcan.foundation.interpretations`` binds the name ``interpretations`` on the package
    (Python's import system does that); the package exports the *function* of that name, so
    the binding is turned into the function (``import tiepcan; tiepcan.Interpretation`` used to
    replace ``tiepcan.foundation.interpretations`` with the module). The module stays in ``sys.modules``.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, ModuleType) and _EXPORTS.get(name) == value.__name__:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
