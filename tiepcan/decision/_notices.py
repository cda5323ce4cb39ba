"""Nghĩa vụ, biểu mẫu và thông báo từ chối — what a decision puts in writing.

The outcome of a decision fixes the agency's duties on receipt (Law 104/2016/QH13 art. 26:
register, help fill in the form, guide to complete, redirect; art. 27: notify the terms; art.
28(2): refuse in writing) and the forms of Decree 13/2018/NĐ-CP art. 5 it issues (02
receipt, 03 resolution, 05 refusal, 06 consent): :func:`_duties`, :func:`_forms`.
:func:`refusal_notice` drafts form 05 from a refusal: each ground of art. 28(1) with its
reasons, as art. 28(2) requires (:mod:`tiepcan.forms` lays it out as a document). The public
names are exported by :mod:`tiepcan.decision`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from tiepcan.decision._result import Decision, Outcome
from tiepcan.foundation._input import validate_input
from tiepcan.foundation._model import echo
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import ruleset
from tiepcan.foundation.terms import Channel
from tiepcan.rules.refusals import RefusalNotice, refusal_notice_of
from tiepcan.rules.requests import DecreeForm, InformationRequest, ReceiptDuty, RequestForm


def _duties(outcome: Outcome, channel: Channel, cannot_write: bool) -> tuple[ReceiptDuty, ...]:
    """The agency's duties on this outcome: register the request (art. 26(1)); help
    fill in the form at the office (art. 24(1)(a)); guide to complete (art. 26(2)); notify and
    redirect (art. 26(3)); refuse in writing (art. 28(2)); notify the terms (art. 27)."""
    duties = [ReceiptDuty.REGISTER]
    asking = outcome in (Outcome.INCOMPLETE, Outcome.WRONG_PERSON, Outcome.ASK_CONSENT)
    if channel is Channel.AT_OFFICE and (cannot_write or outcome is Outcome.INCOMPLETE):
        duties.append(ReceiptDuty.HELP_FILL_FORM)
    if asking:
        duties.append(ReceiptDuty.GUIDE_TO_COMPLETE)
    if outcome is Outcome.REFUSE_AND_REDIRECT:
        duties.append(ReceiptDuty.NOTIFY_AND_REDIRECT)
    if outcome.is_refusal or outcome is Outcome.PROVIDE_IN_PART:
        duties.append(ReceiptDuty.REFUSE_IN_WRITING)
    if outcome in (Outcome.PROVIDE, Outcome.PROVIDE_IN_PART):
        duties.append(ReceiptDuty.NOTIFY_TERMS)
    return tuple(duties)


def _forms(outcome: Outcome, request_form: str, consent_form: bool) -> tuple[DecreeForm, ...]:
    """The forms of Decree 13 art. 5 the outcome involves: the request form (01a, 01b) and
    the receipt (02); the consent (06) when it is asked for; the resolution (03) with
    provision; the refusal (05) with a refusal, whole or in part."""
    forms = [DecreeForm(request_form), DecreeForm.FORM_02]
    if consent_form:
        forms.append(DecreeForm.FORM_06)
    if outcome in (Outcome.PROVIDE, Outcome.PROVIDE_IN_PART):
        forms.append(DecreeForm.FORM_03)
    if outcome.is_refusal or outcome is Outcome.PROVIDE_IN_PART:
        forms.append(DecreeForm.FORM_05)
    return tuple(forms)


def refusal_notice(
    decision: Decision | Mapping[str, Any] | str,
    request: InformationRequest | Mapping[str, Any] | str,
    *,
    agency: str,
    issued_on: date,
) -> RefusalNotice:
    """Draft form 05 from a refusal: its grounds with their reasons (art. 28(2)).

    The notice is cited under the decision's ruleset (``decision.regime``), and states each
    ground in that ruleset's wording, as the decision does. Raises ``InvalidInputError``
    (code ``not-a-refusal``) if the decision is not a refusal.
    """
    dec = _decision(decision)
    req = validate_input(InformationRequest, request, what="request")
    if not (dec.is_refusal or dec.outcome is Outcome.PROVIDE_IN_PART):
        raise InvalidInputError("not-a-refusal", detail=f"outcome={dec.outcome.value}")
    rules = ruleset(dec.regime)
    form = req.form
    who = form.requester if isinstance(form, RequestForm) else form.representative
    return refusal_notice_of(
        dec.grounds,
        agency=agency,
        requester_name=who.full_name or "",
        request_received_on=req.received_on,
        information_requested=form.request.description or "",
        issued_on=issued_on,
        rules=rules,
        redirect_to=dec.redirect_to,
        published_at=dec.published_at,
        guidance=dec.answer.guidance if dec.answer is not None else (),
    )


def _decision(value: object) -> Decision:
    """A decision, or its mapping or JSON text (validated, then checked)."""
    if isinstance(value, Decision):
        return value
    if isinstance(value, str | bytes):
        return Decision.from_json(value)
    if isinstance(value, Mapping):
        return Decision.from_dict(dict(value))
    raise InvalidInputError(
        detail=f"decision: expected a Decision, a mapping or JSON text, got {echo(value)}"
    )
