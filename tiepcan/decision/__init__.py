"""Giải quyết yêu cầu cung cấp thông tin — one decision on one request.

:func:`assess` takes the request as received (:class:`InformationRequest`), the person whose
right is exercised (:class:`Requester`) and what the agency knows of the information
(:class:`InformationFacts`), and returns a frozen :class:`Decision`: provide (and how),
provide in part (Decree 13 art. 7(2)), refuse (with every applicable ground), refuse and
redirect, refuse as published, ask for consent (only when asked to), incomplete, wrong
person, not held, no standing, or decided under the earlier rules (Decree 13 art. 14(2)).
Every answer but provision is given in writing with its reasons (:class:`WrittenAnswer`).
The decision records the ordered steps it applied, each in one :class:`CitationRole`
(decided, applied and satisfied, checked and not applicable), lists every citation in the
tuple of its role, and explains itself in Vietnamese or English. Every citation is read from
the ruleset (``rules.toml``). It reads no clock: the only date it needs is the day the request was received,
which fixes the legal regime (:func:`tiepcan.foundation.regimes.resolve_regime`).

This module is the door: the names below are defined, each once, in the modules of the
package, by concern:

* :mod:`tiepcan.decision._facts` — what the agency knows of the information (the input);
* :mod:`tiepcan.decision._assessment` — :func:`assess`, the steps of the law in order (its
  docstring gives the order and every reading of the law it names);
* :mod:`tiepcan.decision._result` — the :class:`Decision`, its steps and its explanation;
* :mod:`tiepcan.decision._notices` — the duties and forms an outcome entails, and
  :func:`refusal_notice` (form 05).

The words of every finding and explanation are in :mod:`tiepcan.texts.decision`.

>>> from datetime import date
>>> request = {
...     "channel": "electronic", "received_on": date(2024, 2, 7),
...     "form": {"form": "01a",
...              "requester": {"full_name": "Nguyễn Văn A", "residence_address": "Hà Nội",
...                            "id_kind": "citizen_id_card", "id_number": "001099000001"},
...              "request": {"description": "Quyết định giao đất", "provision_form": "electronic",
...                          "document_names": ["Quyết định 12/QĐ-UBND"],
...                          "reason_and_purpose": "Bảo vệ quyền sử dụng đất"}}}
>>> d = assess(request, {}, {})
>>> d.outcome, d.provision.form, d.regime
(<Outcome.PROVIDE: 'provide'>, <Channel.ELECTRONIC: 'electronic'>, 'ati-2016')
>>> d = assess(request, {}, {"not_accessible": ["work_secret"], "costs": "not_paid"})
>>> d.outcome, [g.ground.value for g in d.grounds]
(<Outcome.REFUSE: 'refuse'>, ['a', 'e'])
>>> print(d.explain("en").splitlines()[0])
Decision: refuse (regime ati-2016)
"""

from __future__ import annotations

from tiepcan.decision._assessment import ConsentPolicy, assess
from tiepcan.decision._facts import InformationFacts, ProtectedPart
from tiepcan.decision._notices import refusal_notice
from tiepcan.decision._result import (
    Check,
    CitationRole,
    Decision,
    Outcome,
    ProvisionPlan,
    RuleStep,
    StepResult,
    WithheldPart,
    WrittenAnswer,
)
from tiepcan.decision._result import _locator as _locator  # the tests' view of a deficiency

__all__ = [
    "Check",
    "CitationRole",
    "ConsentPolicy",
    "Decision",
    "InformationFacts",
    "Outcome",
    "ProtectedPart",
    "ProvisionPlan",
    "RuleStep",
    "StepResult",
    "WithheldPart",
    "WrittenAnswer",
    "assess",
    "refusal_notice",
]
