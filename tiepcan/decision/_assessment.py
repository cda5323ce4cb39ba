"""Xem xét, giải quyết yêu cầu — the assessment of one request, step by step.

:func:`assess` validates the request, the requester and the facts, chooses the ruleset once
(:func:`tiepcan.foundation.regimes.choose_ruleset`), and runs the steps of the law in order, each step
recorded in the trace with the units of law it applied. Every citation is read from the
ruleset (``rules.toml``); every finding's words from :mod:`tiepcan.texts.decision`.

The order of the checks (each one a step of the trace):

1. regime — the rules in force on the day of receipt; then, when ``created_on`` is given,
   information created before the law follows the earlier rules (Decree 13 art. 14(2),
   interpretation ``pre-2018`` of the catalogue), which must still keep to art. 3: the
   requester gets a written answer, and art. 6 information is refused on ground a;
2. standing — arts. 4(1), 36(1): citizens; resident foreigners for their own affairs;
3. responsibility — art. 9; art. 26(3) and art. 28(1)(c): redirect or refuse; then whether
   the information exists and is held (art. 2(1));
4. representation — arts. 4(2), 4(3), 24(1)(a)–(b), 36(2), Decree 13 art. 4;
5. form contents — art. 24(2)(a)–(d), in Vietnamese; art. 26(2): ask for completion;
6. not accessible — art. 6, art. 28(1)(a);
7. conditions — art. 7, art. 24(3): the consent of the person whose secret it is, person by
   person, or the head of agency's decision (art. 7(3));
8. already disclosed — art. 28(1)(b) with the art. 23(1) exceptions;
9. provided twice — art. 28(1)(d) with its "lý do chính đáng" exception;
10. capacity — art. 28(1)(đ);
11. costs — art. 28(1)(e);
12. provision — arts. 25, 27, 29–31: how the information is provided.

Steps 2, 3 and 5 end the assessment when they fail; steps 6–11 each add their ground, and
every applicable ground is listed, because art. 28(2) requires all reasons to be stated
(interpretation ``list-all-grounds``). Where the law leaves a choice open we name it:

* ``responsibility-before-completion``: responsibility (art. 26(3)) is checked before the
  form (art. 26(2)): a requester is not asked to complete a form for an agency that will
  only send him or her elsewhere (art. 3(3): "thuận lợi cho công dân");
* ``redirect-is-a-refusal``: a redirect rests on art. 28(1)(c) and guidance to published
  information on art. 28(1)(b), so both are refusals stated in writing (art. 28(2), form 05)
  on top of the guidance;
* ``missing-consent-asks-first`` (not the default): art. 7 information without the written
  consent or the head of agency's decision is refused on ground a (art. 28(1)(a)); with
  ``consent_policy="ask_first"`` the agency asks for it first;
* ``not-held-is-not-a-refusal``: information that does not exist or is not held (art. 2(1))
  is answered in writing, with no ground of the closed list of art. 28(1);
* ``everything-not-barred-is-provided``: where art. 9 makes the agency responsible it
  provides everything arts. 6, 7 and 28(1) do not bar; art. 23(4) "có thể cung cấp" is the
  discretion outside that duty, so it is checked, never deciding;
* ``fallback-to-office``: where the form of provision asked for cannot be used (art. 30(1)
  for electronic provision), art. 25(2) lets the agency provide in the form its means and the
  information allow: at the office (art. 25(1)(a));
* ``family-consent-every-member``: a family secret opens when every member signed (art.
  7(2) "các thành viên gia đình đồng ý"); ``family_consent="members_concerned"`` chooses
  ``family-consent-members-concerned``;
* ``procedure-follows-provision-form``: arts. 29–31 are headed by the way information is
  provided, so the form of provision selects the procedure and time limit.

The public names are exported by :mod:`tiepcan.decision`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

from tiepcan.decision._facts import InformationFacts, _former_flags
from tiepcan.decision._notices import _duties, _forms
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
from tiepcan.foundation._input import validate_input
from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import Text, echo
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import RegimeLike, Ruleset, choose_ruleset, require_engine
from tiepcan.foundation.terms import Channel, Complexity
from tiepcan.rules._cited import CitedStrEnum, has_rule
from tiepcan.rules.access import (
    ConditionalCategory,
    ConditionalInformation,
    ConsentingParty,
    DisclosureStatus,
    FamilyConsentReading,
    NotAccessibleGround,
    OnRequestBasis,
    consent_covers,
)
from tiepcan.rules.refusals import (
    RefusalGround,
    StatedGround,
    already_disclosed,
    already_provided_twice,
    closed_category_citations,
    exceeds_capacity,
    not_accessible_or_conditions_unmet,
    not_responsible,
    published_information_exception,
    state_ground,
    unpaid_costs,
)
from tiepcan.rules.requesters import (
    MINOR_ALONE_KEY,
    CivilActCapacity,
    Intermediary,
    Requester,
    Standing,
    check_group_list,
    check_representation,
    check_standing,
    representation_basis,
)
from tiepcan.rules.requests import (
    CostStatus,
    DecreeForm,
    Deficiency,
    ElectronicMethod,
    GroupRequestForm,
    IdDocumentKind,
    InformationRequest,
    ReceiptDuty,
    RequestDeficiency,
    RequestForm,
    check_form,
    electronic_provision_possible,
)
from tiepcan.rules.responsibility import (
    HELD_INFORMATION_KEY,
    AgencyKind,
    InformationOrigin,
    ResponsibilityFacts,
    assess_responsibility,
    district_level_ended,
)

#: the sentences of a decision (tiepcan/texts/decision.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.decision")

#: missing consent: refuse on ground a (the law), or ask for it first (a named option)
ConsentPolicy = Literal["refuse", "ask_first"]

#: the reading of art. 7(2) "các thành viên gia đình đồng ý" by the choice of the caller
_FAMILY_READINGS = {
    "every_member": "family-consent-every-member",
    "members_concerned": "family-consent-members-concerned",
}

#: the representation gaps: the wrong person asked (not a form to complete)
_WRONG_PERSON_GAPS = frozenset(
    {
        RequestDeficiency.THROUGH_LEGAL_REPRESENTATIVE,
        RequestDeficiency.THROUGH_GUARDIAN,
        RequestDeficiency.MINOR_THROUGH_LEGAL_REPRESENTATIVE,
        RequestDeficiency.INTERMEDIARY_NOT_PROVIDED_FOR,
        RequestDeficiency.GROUP_ROUTE_FOR_CITIZENS,
        RequestDeficiency.GROUP_MEMBER_STANDING,
    }
)

#: the key by which a ruleset declares the conditional access of art. 16(3) (historical archives)
_ARCHIVES_KEY = "decision.historical_archives"
#: the key by which a ruleset limits the earlier rules to a public service unit's information
#: created or held before the law (Law 01/2026/QH16 art. 31(2))
_EARLIER_UNITS_KEY = "decision.earlier_rules_public_service_units"

#: how to obtain the consent of art. 7(1)–(2) (Decree 13 art. 5(2), form 06)
_CONSENT_GUIDANCE = say(TEXTS, "answer.consent_guidance")


@dataclass(frozen=True)
class _PartFinding:
    """One protected part as checked: its art. 6 grounds, and its art. 7 pieces opened
    (with how) or still closed."""

    part: str
    barred: tuple[NotAccessibleGround, ...]
    unmet: tuple[ConditionalCategory, ...]
    opened: tuple[tuple[ConditionalCategory, str], ...]


class _Trace:
    """Collects the steps of one assessment, and the interpretations it applied."""

    def __init__(self) -> None:
        self.steps: list[RuleStep] = []
        self.applied: dict[str, None] = {}

    def add(
        self,
        check: Check,
        result: StepResult,
        finding: Text,
        *cites: Citation,
        role: CitationRole | None = None,
    ) -> None:
        """Record a step. A step that found a ground, exception, gap, met condition or stop
        decided; a plain pass names its role (decided, applied or checked)."""
        if role is None:
            if not result.decides:
                raise AssertionError(f"step {check.value}: a pass names its role")
            role = CitationRole.DECIDED
        self.steps.append(
            RuleStep(
                order=len(self.steps) + 1,
                check=check,
                result=result,
                finding=finding,
                citations=tuple(dict.fromkeys(cites)),
                role=role,
            )
        )

    def apply(self, *interpretation_ids: str) -> None:
        """Record that the assessment rests on these readings of the law (in order, once)."""
        for i in interpretation_ids:
            self.applied[i] = None


def assess(
    request: InformationRequest | Mapping[str, Any] | str,
    requester: Requester | Mapping[str, Any] | str,
    facts: InformationFacts | Mapping[str, Any] | str,
    *,
    regime: RegimeLike | None = None,
    consent_policy: ConsentPolicy = "refuse",
    family_consent: FamilyConsentReading = "every_member",
    on: date | None = None,
    sent: date | None = None,
) -> Decision:
    """Decide what the agency does with ``request`` (see the module docstring for the order).

    ``consent_policy``: art. 7 information asked for without the written consent (art.
    24(3)) or the head of agency's decision (art. 7(3)) is refused on ground a (art.
    28(1)(a), "từ chối"), the answer telling the requester how to obtain the consent (form
    06); ``"ask_first"`` asks for the consent before deciding instead (interpretation
    ``missing-consent-asks-first``, not the default). ``on`` is the day the decision is
    made, for costs with a payment deadline (no clock is read): past the deadline and
    unpaid, ground e applies; before it, payment is awaited.

    Models, plain mappings or JSON text are accepted; bad input raises
    ``InvalidInputError``. The ruleset is chosen once, by
    :func:`tiepcan.foundation.regimes.choose_ruleset`: the law in force on ``request.received_on``,
    unless the request was ``sent`` (được gửi) before 2026-09-01, when Law 01/2026/QH16 art.
    31(4) keeps it under Law 104/2016. The decision records ``sent`` and ``chosen_by``, and its
    first step cites the rule that chose the regime. Every citation and wording of the
    decision is read from that ruleset. A request received under a regime that is not encoded
    raises ``RegimeNotEncodedError`` unless a regime is passed deliberately
    (``regime="ati-2016"``). A way of requesting the governing law does not have (fax from
    2026-09-01, Law 01/2026/QH16 art. 24(1)) raises ``channel-not-in-law``; a fact only the
    other law knows (personal data, a public service unit, historical archives, held
    information needed for the public interest) raises ``not-in-law``.
    """
    _check_options(consent_policy, family_consent, on)
    req = validate_input(InformationRequest, request, what="request")
    who = validate_input(Requester, requester, what="requester")
    info = validate_input(InformationFacts, _former_flags(facts), what="facts")
    if on is not None and on < req.received_on:  # a decision is not dated before the request
        raise InvalidInputError(
            "issued-before-receipt", detail=f"on={on}, received_on={req.received_on}"
        )
    if sent is not None and type(sent) is not date:
        raise InvalidInputError("invalid-date", detail=f"not a date: sent={echo(sent)}")
    rules, chosen_by, chose = choose_ruleset(req.received_on, sent=sent, regime=regime)
    trace = _Trace()
    require_engine(rules, "decision")
    _in_law(req, info, rules)
    _regime_step(trace, rules, req, sent, chose)
    found = _Assessment(req, who, info, rules, trace, consent_policy, on, family_consent).run()
    return replace(found, sent=sent, chosen_by=chosen_by)


def _check_options(consent_policy: object, family_consent: object, on: object) -> None:
    """The caller's choices: a consent policy and a reading of art. 7(2) that exist, and
    ``on`` a date."""
    if consent_policy not in ("refuse", "ask_first"):
        raise InvalidInputError(
            "invalid-input",
            detail=f"consent_policy must be 'refuse' or 'ask_first': consent_policy={echo(consent_policy)}",
        )
    if family_consent not in _FAMILY_READINGS:
        raise InvalidInputError(
            "invalid-input",
            detail="family_consent must be 'every_member' or 'members_concerned': "
            f"family_consent={echo(family_consent)}",
        )
    if on is not None and type(on) is not date:
        raise InvalidInputError("invalid-date", detail=f"not a date: on={echo(on)}")


def _regime_step(
    trace: _Trace,
    rules: Ruleset,
    req: InformationRequest,
    sent: date | None,
    chose: Citation | None,
) -> None:
    """Step 1: the rules in force on the day received (Law 104/2016/QH13 art. 37; Law
    01/2026/QH16 art. 30(1)), or those a transitional provision keeps for a request sent
    before the new law took effect (``chose``: Law 01/2026/QH16 art. 31(4))."""
    received = req.received_on.isoformat()
    law = Text(rules.regime.name_vi, rules.regime.name_en)
    if chose is not None:  # art. 31(4) of the new law kept the request under the earlier one
        finding = say(
            TEXTS,
            "regime.sent_before",
            sent=sent,
            received=received,
            law=law,
            provision=Text(chose.label, chose.label_en),
        )
        trace.add(
            Check.REGIME,
            StepResult.SATISFIED,
            finding,
            Check.REGIME.citation_in(rules),
            chose,
            role=CitationRole.APPLIED,
        )
        return
    trace.add(
        Check.REGIME,
        StepResult.SATISFIED,
        say(TEXTS, "regime.received", received=received, law=law),
        Check.REGIME.citation_in(rules),
        role=CitationRole.APPLIED,
    )


def _in_law(req: InformationRequest, info: InformationFacts, rules: Ruleset) -> None:
    """The request's channel and the facts' kinds must exist in the governing law.

    The channel is checked by the ruleset's own time-limit function (Law 01/2026/QH16 art.
    24(1): no fax, ``channel-not-in-law``); a kind of information or of body whose key the
    ruleset lacks (personal data, a public service unit: Law 01/2026/QH16 only) and the facts
    of art. 10(3) and 16(3) under a ruleset without them raise ``not-in-law``.
    """
    asked = req.form.request.provision_form
    if Channel.FAX in (req.channel, asked):
        rules.function("response_limits")(req.channel, asked or req.channel, Complexity.SIMPLE)
    known = set(rules.keys())
    kinds: list[CitedStrEnum] = [info.responsibility.agency_kind]
    for c in (*info.conditional, *(c for p in info.protected_parts for c in p.conditional)):
        kinds.append(c.category if isinstance(c, ConditionalInformation) else c)
    kinds += [c for d in req.consents for c in d.covers]
    if info.head_of_agency_decision is not None:
        kinds += info.head_of_agency_decision.opens
    for kind in kinds:
        if kind.key not in known:
            raise InvalidInputError("not-in-law", detail=f"{rules.id}: {kind.key}")
    if info.historical_archives is not None and _ARCHIVES_KEY not in known:
        raise InvalidInputError(
            "not-in-law", detail=f"{rules.id}: historical_archives (Law 01/2026/QH16 art. 16(3))"
        )
    if info.responsibility.needed_for is not None and HELD_INFORMATION_KEY not in known:
        raise InvalidInputError(
            "not-in-law", detail=f"{rules.id}: responsibility.needed_for (art. 10(3))"
        )


def _joined(members: Iterable[CitedStrEnum], rules: Ruleset, sep: str = "; ") -> Text:
    """The labels of ``members`` under ``rules``, joined, in both languages."""
    found = tuple(members)
    return Text(
        sep.join(m.label_in(rules) for m in found), sep.join(m.label_in(rules, "en") for m in found)
    )


class _Assessment:
    """The steps of :func:`assess`, one method per step, run in the order of the law."""

    def __init__(
        self,
        req: InformationRequest,
        who: Requester,
        info: InformationFacts,
        rules: Ruleset,
        trace: _Trace,
        consent_policy: ConsentPolicy,
        on: date | None,
        family_consent: FamilyConsentReading = "every_member",
    ) -> None:
        self.req, self.who, self.info, self.rules, self.trace = req, who, info, rules, trace
        self.consent_policy, self.on = consent_policy, on
        self.family_consent: FamilyConsentReading = family_consent
        self.costs = self._cost_status()

    def run(self) -> Decision:
        """The steps in the order of the law; the first that ends the request decides."""
        return (
            self._created_before_law()
            or self._standing()
            or self._responsibility()
            or self._held()
            or self._completeness()
            or self._merits()
        )

    # -- the units of law, read from the ruleset ------------------------------------
    def _cite(self, member: CitedStrEnum) -> Citation:
        self._reading(member.key)
        return member.citation_in(self.rules)

    def _key(self, name: str) -> Citation:
        """A unit of law the decision cites, read from the ruleset (``decision.<name>``)."""
        self._reading(f"decision.{name}")
        return self.rules.citation(f"decision.{name}")

    def _reading(self, key: str) -> None:
        """Record the named interpretation a cited rule rests on (``interpretation`` of its
        ``rules.toml`` entry: under Law 01/2026/QH16, Decree 13's forms and procedure are
        used only under ``decree13-where-not-contrary``)."""
        found = _rule_readings(self.rules).get(key)
        if found is not None:
            self.trace.apply(found)

    def _article(self, member: CitedStrEnum) -> int:
        """The article that states a check under the governing law (art. 6 or 15, 9 or 10)."""
        return member.citation_in(self.rules).article

    def _cost_status(self) -> CostStatus:
        """Art. 27 (deadline of payment), Decree 13 art. 13(2): the status from the dates."""
        info = self.info
        if info.payment_due is None:
            return info.costs
        if info.paid_on is not None and (self.on is None or info.paid_on <= self.on):
            status = CostStatus.PAID
        elif self.on is not None and self.on > info.payment_due:
            status = CostStatus.NOT_PAID
        else:
            status = CostStatus.AWAITING_PAYMENT
        if info.costs is not CostStatus.NO_COSTS and info.costs is not status:
            raise InvalidInputError(
                "invalid-input",
                detail=f"the cost status does not agree with the payment deadline and the day paid: costs={info.costs.value}, from the dates: {status.value}",
            )
        return status

    # -- information created before the law -----------------------------------------
    def _created_before_law(self) -> Decision | None:
        """Decree 13 art. 14(2): information created before 2018-07-01 follows the earlier
        rules; under Law 01/2026/QH16 art. 31(2), only what a public service unit created or
        held before 2026-09-01 does. Otherwise the step is checked and not applicable."""
        created = self.info.created_on
        if created is None:
            return None
        earlier = self._cite(Check.CREATED_BEFORE_LAW)
        units_only = has_rule(self.rules, _EARLIER_UNITS_KEY)
        unit = self.info.responsibility.agency_kind is AgencyKind.PUBLIC_SERVICE_UNIT
        if units_only and not unit:
            # Law 01/2026/QH16 art. 31(2) keeps under the earlier law only what a public
            # service unit created or held before 2026-09-01; a state agency's earlier
            # information is provided under the new law (art. 31 has no other cut-off)
            finding = say(TEXTS, "created.not_a_unit", created=created.isoformat())
        elif created >= self.rules.regime.in_force_from:
            finding = say(TEXTS, "created.on", created=created.isoformat())
        else:
            return self._earlier_rules(created, earlier, units_only=units_only)
        self.trace.add(
            Check.CREATED_BEFORE_LAW,
            StepResult.SATISFIED,
            finding,
            earlier,
            role=CitationRole.CHECKED,
        )
        return None

    def _earlier_rules(self, created: date, earlier: Citation, *, units_only: bool) -> Decision:
        """Decree 13 art. 14(2) (Law 01/2026/QH16 art. 31(2)): the earlier rules govern, which
        "phải bảo đảm phù hợp với quy định tại Điều 3": the requester still gets a written
        answer, and art. 6 (art. 3(4): restrictions only as the law provides) is still
        checked: information of art. 6 is refused on ground a."""
        start = self.rules.regime.in_force_from
        principles = self._key("earlier_rules_principles")
        if units_only:
            self.trace.apply("public-service-unit-earlier-information")
            key = "created.unit_earlier"
        else:
            self.trace.apply("pre-2018")
            key = "created.earlier"
        reason = say(TEXTS, key, created=created.isoformat(), start=start.isoformat())
        self.trace.add(Check.CREATED_BEFORE_LAW, StepResult.STOP, reason, earlier, principles)
        barred = self._not_accessible(self._part_findings(art_6_only=True))
        if barred:
            ground = not_accessible_or_conditions_unmet(barred, (), rules=self.rules)
            assert ground is not None
            ground = _with(ground, earlier, principles)
            self.trace.apply("list-all-grounds")
            return self._finish(Outcome.REFUSE, grounds=(ground,), answer=self._refusal((ground,)))
        answer = WrittenAnswer(
            form=None,
            reasons=(reason,),
            citations=(earlier, principles),
            guidance=(say(TEXTS, "created.guidance"),),
        )
        return self._finish(Outcome.EARLIER_RULES, answer=answer)

    # -- 2. standing ----------------------------------------------------------------
    def _standing(self) -> Decision | None:
        """Arts. 4(1), 36(1): a citizen has the right; a foreigner residing in Viet Nam for
        information that concerns him or her directly; anyone else is answered in writing
        that he or she has no standing (not a refusal of art. 28)."""
        found = check_standing(
            self.who, concerns_requester=self.info.concerns_requester, rules=self.rules
        )
        if self.who.standing is Standing.FOREIGNER_RESIDING_IN_VIETNAM:
            self.trace.apply("concerns-requester-is-one-fact")
        result = StepResult.STOP
        if found.has_standing:
            foreign = self.who.standing is not Standing.VIETNAMESE_CITIZEN
            result = StepResult.MET if foreign else StepResult.SATISFIED
        self.trace.add(
            Check.STANDING, result, found.reason, *found.citations, role=CitationRole.DECIDED
        )
        if found.has_standing:
            return None
        self.trace.apply("no-standing-is-not-a-refusal")
        answer = WrittenAnswer(form=None, reasons=(found.reason,), citations=found.citations)
        return self._finish(Outcome.NO_STANDING, answer=answer)

    # -- 3. responsibility ----------------------------------------------------------
    def _responsibility(self) -> Decision | None:
        """Art. 9 (Law 01/2026/QH16 art. 10): whether this agency must provide the
        information; where it need not, art. 26(3) and art. 28(1)(c): refuse in writing and,
        where another agency is responsible, direct the requester to it."""
        facts = self.info.responsibility
        self._responsibility_readings(facts)
        found = assess_responsibility(
            facts,
            rules=self.rules,
            concerns_requester=self.info.concerns_requester,
            received=self.req.received_on,
        )
        if found.responsible:
            self.trace.add(
                Check.RESPONSIBILITY,
                StepResult.SATISFIED,
                found.reason,
                *found.citations,
                role=CitationRole.DECIDED,
            )
            return None
        ground = not_responsible(found.reason, *found.citations, rules=self.rules)
        self.trace.add(
            Check.RESPONSIBILITY,
            StepResult.STOP,
            found.reason,
            self._cite(RefusalGround.NOT_RESPONSIBLE),
            *found.citations,
        )
        self.trace.apply("redirect-is-a-refusal")
        if found.redirect:
            return self._redirect(facts, ground)
        # no other agency is named as responsible: a plain refusal on ground c
        return self._finish(Outcome.REFUSE, grounds=(ground,), answer=self._refusal((ground,)))

    def _responsibility_readings(self, facts: ResponsibilityFacts) -> None:
        """The readings of art. 9 the facts call on: a commune's residents (art. 9(2)(h)),
        information held but created by another agency, the district level ended."""
        self.trace.apply("responsibility-before-completion")
        if facts.agency_kind is AgencyKind.COMMUNE_PEOPLES_COMMITTEE:
            self.trace.apply("commune-residence-applies-to-all")
        if facts.origin is InformationOrigin.CREATED_BY_ANOTHER_AGENCY:
            self.trace.apply("held-not-created-is-not-responsible")
        if facts.agency_kind is AgencyKind.COMMUNE_PEOPLES_COMMITTEE:
            self.trace.apply("concerns-requester-is-one-fact")
            if facts.requester_resides_in_commune is None:
                self.trace.apply("commune-residence-from-form")
        ended = district_level_ended(self.rules)
        if facts.agency_kind is AgencyKind.DISTRICT_OFFICE and ended is not None:
            self.trace.apply("district-level-ended")

    def _redirect(self, facts: ResponsibilityFacts, ground: StatedGround) -> Decision:
        """Art. 26(3) "phải thông báo và hướng dẫn" with art. 28(1)(c): a refusal on form 05
        that names the responsible agency, or tells the requester which article makes an
        agency responsible when its name was not typed in (the duty stands either way)."""
        to = facts.responsible_agency
        if to is not None and not to.strip():
            to = None
        if to is not None:
            guidance = say(TEXTS, "redirect.to_agency", agency=to)
        else:
            guidance = say(
                TEXTS,
                "redirect.to_responsible",
                article=self._article(Check.RESPONSIBILITY),
                law=Text(self.rules.regime.name_vi, self.rules.regime.name_en),
            )
        cites = (
            self._cite(ReceiptDuty.REFUSE_IN_WRITING),
            *ground.citations,
            self._key("notify_and_guide"),
        )
        answer = WrittenAnswer(
            form=DecreeForm.FORM_05,
            reasons=(ground.reason,),
            citations=tuple(dict.fromkeys(cites)),
            guidance=(guidance,),
            redirect_to=to,
        )
        return self._finish(
            Outcome.REFUSE_AND_REDIRECT, grounds=(ground,), redirect_to=to, answer=answer
        )

    # -- the information exists and is held (art. 2(1)) ------------------------------
    def _held(self) -> Decision | None:
        """Art. 2(1): information is what exists in the agency's documents; what does not
        exist or is not held is answered in writing, with no ground of art. 28(1)."""
        if self.info.held:
            self.trace.add(
                Check.HELD,
                StepResult.SATISFIED,
                say(TEXTS, "held.yes"),
                self._cite(Check.HELD),
                role=CitationRole.APPLIED,
            )
            return None
        self.trace.apply("not-held-is-not-a-refusal")
        reason = say(TEXTS, "held.no")
        held = self._cite(Check.HELD)
        self.trace.add(Check.HELD, StepResult.STOP, reason, held)
        answer = WrittenAnswer(form=None, reasons=(reason,), citations=(held,))
        return self._finish(Outcome.NOT_HELD, answer=answer)

    # -- 4, 5. representation and form ----------------------------------------------
    def _completeness(self) -> Decision | None:
        """Who asks (step 4) and the form's contents (step 5); any gap ends the assessment:
        the wrong person asked, or a request to complete (art. 26(2))."""
        gaps = self._representation() + self._form_contents()
        if not gaps:
            return None
        return self._incomplete(gaps)

    def _representation(self) -> tuple[Deficiency, ...]:
        """Arts. 4(2), 4(3), 24(1)(a)–(b), 36(2) and Decree 13 art. 4: the requester asks in
        person or through the representative, guardian or organisation the law provides."""
        form, who = self.req.form, self.who
        self._representation_readings()
        who_gaps = check_representation(who, form=form.form, rules=self.rules)
        who_cites = list(
            representation_basis(who, form=form.form, channel=self.req.channel, rules=self.rules)
        )
        if isinstance(form, GroupRequestForm):
            self.trace.apply("many-means-two-or-more")
            who_gaps += check_group_list(form)
        self._gap_step(Check.REPRESENTATION, who_gaps, CitationRole.DECIDED, *who_cites)
        return who_gaps

    def _representation_readings(self) -> None:
        """The readings of arts. 4 and 24(1) the requester's case calls on."""
        who = self.who
        if who.under_18 and who.capacity is not CivilActCapacity.FULL:
            self.trace.apply("capacity-before-age")
        if who.acting_through is Intermediary.GUARDIAN and (
            who.capacity is CivilActCapacity.LOST
            or (who.under_18 and who.capacity is CivilActCapacity.FULL)
        ):
            self.trace.apply("guardian-is-legal-representative")
        if (
            who.acting_through is Intermediary.AUTHORISED_PERSON
            and self.req.channel is not Channel.AT_OFFICE
        ):
            self.trace.apply("authorisation-any-channel")
        if (
            who.under_18
            and has_rule(self.rules, MINOR_ALONE_KEY)
            and who.acting_through is Intermediary.SELF
            and who.capacity is CivilActCapacity.FULL
        ):
            self.trace.apply("minor-asks-alone-unless-another-law")

    def _form_contents(self) -> tuple[Deficiency, ...]:
        """Art. 24(2)(a)–(d): who asks, the information and documents asked for, the form of
        provision, the reason and purpose, in Vietnamese."""
        form = self.req.form
        identity = form.requester if isinstance(form, RequestForm) else form.representative
        if identity.id_kind is IdDocumentKind.CITIZEN_ID_CARD:
            self.trace.apply("id-card-includes-can-cuoc")
        self.trace.apply("document-names-required")
        form_gaps = check_form(form)
        form_cites = [
            self._cite(Check.FORM_CONTENTS),
            *(
                self._key(f"form_{k}")
                for k in ("identity", "information", "provision_form", "reason")
            ),
        ]
        self._gap_step(Check.FORM_CONTENTS, form_gaps, CitationRole.APPLIED, *form_cites)
        return form_gaps

    def _incomplete(self, gaps: tuple[Deficiency, ...]) -> Decision:
        """Art. 26(2): the requester is guided to complete the request, and the time limit
        runs from a valid one; or the wrong person asked (arts. 4, 36(2))."""
        wrong = any(g.item in _WRONG_PERSON_GAPS for g in gaps)
        outcome = Outcome.WRONG_PERSON if wrong else Outcome.INCOMPLETE
        reasons = tuple(g.item.text_in(self.rules) for g in gaps)
        cites = [g.citation_in(self.rules) for g in gaps]
        if not wrong:
            reasons += (say(TEXTS, "form.time_limit_from_valid"),)
            cites = [self._cite(ReceiptDuty.GUIDE_TO_COMPLETE), *cites, self._key("payment_terms")]
        answer = WrittenAnswer(form=None, reasons=reasons, citations=tuple(dict.fromkeys(cites)))
        return self._finish(outcome, deficiencies=gaps, answer=answer)

    def _gap_step(
        self, check: Check, gaps: tuple[Deficiency, ...], role: CitationRole, *base: Citation
    ) -> None:
        """A complete check passes in ``role``. A gap decides, on the clauses of its gaps (and
        the first of ``base``, the rule they belong to); for the form's contents the points
        still met are a second step, applied (art. 24(2)(a)–(d) one by one)."""
        if not gaps:
            self.trace.add(
                check, StepResult.SATISFIED, say(TEXTS, "form.complete"), *base, role=role
            )
            return
        missing = [g.citation_in(self.rules) for g in gaps]
        if check is Check.FORM_CONTENTS:
            decided, rest = base[:1], [c for c in base[1:] if c not in missing]
        else:
            decided, rest = base, []
        found = _joined((g.item for g in gaps), self.rules)
        self.trace.add(check, StepResult.MISSING, found, *decided, *missing)
        if rest:
            self.trace.add(
                check,
                StepResult.SATISFIED,
                say(TEXTS, "form.others_complete"),
                *rest,
                role=role,
            )

    # -- 6–12. the merits -----------------------------------------------------------
    def _merits(self) -> Decision:
        """Steps 6–12: every ground of art. 28(1) that applies (arts. 6 and 7 as ground a,
        then b, d, đ, e), all of them stated (art. 28(2)); with none, provision, whole or in
        part (Decree 13 art. 7(2))."""
        parts = self._part_findings()
        barred = self._not_accessible(parts)
        unmet, opened = self._conditions(parts)
        withheld, part_unmet, part_ground = self._withheld(parts)
        others = [
            g for g in (self._disclosed(), self._twice(), self._capacity(), self._costs()) if g
        ]
        pending = tuple(c for c in ConditionalCategory if c in unmet or c in part_unmet)
        asking = (
            self.consent_policy == "ask_first"
            and bool(pending)
            and not self.info.consent_declined
            and not barred
            and not others
            and all(not p.barred for p in parts)
        )
        if asking:
            return self._ask_consent(pending)
        ground_a = not_accessible_or_conditions_unmet(barred, unmet, rules=self.rules)
        if ground_a is not None and unmet:
            ground_a = _with(ground_a, self._key("written_consent"))
        ground_a = self._archives(ground_a)
        grounds = tuple(g for g in (ground_a, *others) if g is not None)
        if grounds:
            return self._refuse(grounds, consent=bool(unmet))
        provision = self._provision(conditions_met=opened)
        if part_ground is not None:
            return self._provide_in_part(provision, withheld, part_ground, bool(part_unmet))
        return self._finish(Outcome.PROVIDE, provision=provision)

    def _ask_consent(self, pending: tuple[ConditionalCategory, ...]) -> Decision:
        """Art. 24(3) with ``consent_policy="ask_first"``: ask for the written consent (form
        06) before deciding (interpretation ``missing-consent-asks-first``)."""
        self.trace.apply("missing-consent-asks-first")
        gaps = tuple(
            Deficiency(item=RequestDeficiency.CONSENT_DOCUMENT, detail=c.value) for c in pending
        )
        answer = WrittenAnswer(
            form=None,
            reasons=tuple(g.item.text_in(self.rules) for g in gaps),
            citations=(self._key("written_consent"), *(self._cite(c) for c in pending)),
            guidance=(_CONSENT_GUIDANCE,),
        )
        return self._finish(
            Outcome.ASK_CONSENT, deficiencies=gaps, consents_needed=pending, answer=answer
        )

    def _refuse(self, grounds: tuple[StatedGround, ...], *, consent: bool) -> Decision:
        """Art. 28(1)–(2): refuse in writing on every ground that applies; on ground b alone,
        refuse and point to where the information is published (art. 10(1))."""
        self.trace.apply("list-all-grounds")
        only_b = all(g.ground is RefusalGround.ALREADY_DISCLOSED for g in grounds)
        if only_b:
            self.trace.apply("redirect-is-a-refusal")
        outcome = Outcome.REFUSE_AS_PUBLISHED if only_b else Outcome.REFUSE
        published = (
            self.info.published_at
            if any(g.ground is RefusalGround.ALREADY_DISCLOSED for g in grounds)
            else None
        )
        answer = self._refusal(grounds, consent=consent, published_at=published)
        return self._finish(outcome, grounds=grounds, published_at=published, answer=answer)

    def _provide_in_part(
        self,
        provision: ProvisionPlan,
        withheld: tuple[WithheldPart, ...],
        part_ground: StatedGround,
        consent: bool,
    ) -> Decision:
        """Decree 13 art. 7(2): provide the rest once the parts of arts. 6 and 7 are removed;
        the parts refused are stated on form 05 (art. 28(2))."""
        answer = WrittenAnswer(
            form=DecreeForm.FORM_05,
            reasons=tuple(w.reason for w in withheld),
            citations=tuple(
                dict.fromkeys(
                    (
                        self._key("partial_provision"),
                        self._cite(ReceiptDuty.REFUSE_IN_WRITING),
                        *part_ground.citations,
                    )
                )
            ),
            guidance=(_CONSENT_GUIDANCE,) if consent else (),
        )
        return self._finish(
            Outcome.PROVIDE_IN_PART,
            grounds=(part_ground,),
            withheld=withheld,
            provision=provision,
            answer=answer,
        )

    def _refusal(
        self,
        grounds: tuple[StatedGround, ...],
        *,
        consent: bool = False,
        published_at: str | None = None,
    ) -> WrittenAnswer:
        """Form 05: every ground with its reasons (art. 28(2)), and what the requester can do."""
        guidance: list[Text] = []
        if consent:
            guidance.append(_CONSENT_GUIDANCE)
        if published_at:
            guidance.append(say(TEXTS, "answer.published_at", place=published_at))
        cites = [self._cite(ReceiptDuty.REFUSE_IN_WRITING)]
        cites += [c for g in grounds for c in g.citations]
        if consent:
            cites.append(self._cite(DecreeForm.FORM_06))
        return WrittenAnswer(
            form=DecreeForm.FORM_05,
            reasons=tuple(g.reason for g in grounds),
            citations=tuple(dict.fromkeys(cites)),
            guidance=tuple(guidance),
        )

    # -- art. 7, person by person ----------------------------------------------------
    def _items(
        self, conditional: Iterable[ConditionalCategory | ConditionalInformation], *, whole: bool
    ) -> tuple[ConditionalInformation, ...]:
        """The art. 7 pieces, each with whose it is. ``own_information`` makes the requester
        "người đó" of the information's own private-life and personal secrets given as bare
        categories; never of a protected part, which is someone else's unless it says so."""
        own = whole and self.info.own_information
        out: list[ConditionalInformation] = []
        for c in conditional:
            if (c.category if isinstance(c, ConditionalInformation) else c) is (
                ConditionalCategory.PERSONAL_DATA
            ):
                self.trace.apply("personal-data-opens-with-consent")
            if isinstance(c, ConditionalInformation):
                out.append(c)
                continue
            mine = own and c.consenting_party is ConsentingParty.PERSON_CONCERNED
            out.append(ConditionalInformation(category=c, requesters_own=mine))
        return tuple(out)

    def _opened_by(self, item: ConditionalInformation) -> str | None:
        """How an art. 7 piece is opened: ``"head"`` (art. 7(3)), ``"own"`` (the requester is
        the person, art. 7(2)), ``"consent"`` (form 06 signed by every holder), or ``None``."""
        head = self.info.head_of_agency_decision
        if head is not None and item.category in head.opens:
            return "head"
        if (
            item.requesters_own
            and item.category.consenting_party is ConsentingParty.PERSON_CONCERNED
        ):
            self.trace.apply("own-information-needs-no-consent")
            return "own"
        signed = [(c, p) for d in self.req.consents for c in d.covers for p in d.consenting_persons]
        if not any(c is item.category for c, _ in signed):
            return None
        if not item.holders:
            self.trace.apply("consent-holder-as-found")
        elif item.category.consenting_party is ConsentingParty.FAMILY_MEMBERS:
            self.trace.apply(_FAMILY_READINGS[self.family_consent])
        found = consent_covers(item, signed, reading=self.family_consent)
        return "consent" if found else None

    def _how_cite(self, how: str) -> Citation:
        """The unit that opened an art. 7 piece: art. 7(3), art. 7(2) or art. 24(3)."""
        if how == "head":
            return self._key("head_of_agency_decision")
        if how == "own":
            return self._key("own_secret")
        return self._key("written_consent")

    # -- Decree 13 art. 7(2): the parts removed --------------------------------------
    def _part_findings(self, *, art_6_only: bool = False) -> tuple[_PartFinding, ...]:
        """Decree 13 art. 7(2): each protected part, checked against arts. 6 and 7 (art. 6
        only, for information the earlier rules govern)."""
        lifted = self.info.state_secret_declassified
        out: list[_PartFinding] = []
        for p in self.info.protected_parts:
            barred = tuple(
                g
                for g in dict.fromkeys(p.not_accessible)
                if not (lifted and g is NotAccessibleGround.STATE_SECRET)
            )
            opened: list[tuple[ConditionalCategory, str]] = []
            unmet: list[ConditionalCategory] = []
            for item in () if art_6_only else self._items(p.conditional, whole=False):
                how = self._opened_by(item)
                if how is None:
                    unmet.append(item.category)
                else:
                    opened.append((item.category, how))
            out.append(_PartFinding(p.part, barred, tuple(dict.fromkeys(unmet)), tuple(opened)))
        return tuple(out)

    def _withheld(
        self, parts: tuple[_PartFinding, ...]
    ) -> tuple[tuple[WithheldPart, ...], tuple[ConditionalCategory, ...], StatedGround | None]:
        """Decree 13 art. 7(2): the parts removed, and the one ground a they rest on."""
        withheld: list[WithheldPart] = []
        all_unmet: list[ConditionalCategory] = []
        all_barred: list[NotAccessibleGround] = []
        for p in parts:
            if not p.barred and not p.unmet:
                continue
            stated = not_accessible_or_conditions_unmet(p.barred, p.unmet, rules=self.rules)
            assert stated is not None
            withheld.append(
                WithheldPart(
                    part=p.part,
                    reason=stated.reason,
                    citations=(self._key("partial_provision"), *stated.citations),
                )
            )
            all_unmet += p.unmet
            all_barred += p.barred
        if not withheld:
            return (), (), None
        unmet_all = tuple(dict.fromkeys(all_unmet))
        ground = not_accessible_or_conditions_unmet(
            tuple(dict.fromkeys(all_barred)), unmet_all, rules=self.rules
        )
        assert ground is not None
        ground = _with(
            ground,
            self._key("partial_provision"),
            *((self._key("written_consent"),) if unmet_all else ()),
        )
        parts_removed = Text(
            "; ".join(f"{w.part} ({w.reason.vi})" for w in withheld),
            "; ".join(f"{w.part} ({w.reason.en})" for w in withheld),
        )
        ground = _with(ground, reason=say(TEXTS, "parts.removed", parts=parts_removed))
        return tuple(withheld), unmet_all, ground

    # -- 6. not accessible (art. 6) -------------------------------------------------
    def _not_accessible(self, parts: tuple[_PartFinding, ...]) -> tuple[NotAccessibleGround, ...]:
        """Art. 6 (Law 01/2026/QH16 art. 15) over the information as a whole, then over each
        protected part (Decree 13 art. 7(2)); a declassified state secret is open (art. 6(1),
        second paragraph). The grounds found are those of art. 28(1)(a)."""
        info = self.info
        lifted = info.state_secret_declassified and NotAccessibleGround.STATE_SECRET in (
            *info.not_accessible,
            *(g for p in info.protected_parts for g in p.not_accessible),
        )
        barred = tuple(
            g
            for g in dict.fromkeys(info.not_accessible)
            if not (info.state_secret_declassified and g is NotAccessibleGround.STATE_SECRET)
        )
        barred_parts = [p for p in parts if p.barred]
        if barred:
            self.trace.add(
                Check.NOT_ACCESSIBLE,
                StepResult.GROUND,
                _joined(barred, self.rules),
                self._cite(RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET),
                *(self._cite(g) for g in barred),
            )
        if lifted:
            self.trace.add(
                Check.NOT_ACCESSIBLE,
                StepResult.EXCEPTION,
                say(TEXTS, "not_accessible.declassified"),
                self._key("declassified"),
            )
        for p in barred_parts:
            self.trace.add(
                Check.NOT_ACCESSIBLE,
                StepResult.GROUND,
                say(
                    TEXTS,
                    "not_accessible.part_removed",
                    part=p.part,
                    grounds=_joined(p.barred, self.rules),
                ),
                self._key("partial_provision"),
                self._cite(RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET),
                *(self._cite(g) for g in p.barred),
            )
        if not barred and not lifted and not barred_parts:
            self.trace.add(
                Check.NOT_ACCESSIBLE,
                StepResult.SATISFIED,
                say(TEXTS, "not_accessible.none", article=self._article(Check.NOT_ACCESSIBLE)),
                self._cite(Check.NOT_ACCESSIBLE),
                role=CitationRole.CHECKED,
            )
        return barred

    # -- 7. conditions (art. 7) -----------------------------------------------------
    def _conditions(
        self, parts: tuple[_PartFinding, ...]
    ) -> tuple[tuple[ConditionalCategory, ...], bool]:
        """Art. 7 (Law 01/2026/QH16 art. 16) over the information as a whole, then over each
        protected part: the categories still closed, and whether some art. 7 information was
        opened (by the head of agency, art. 7(3); as the requester's own, art. 7(2); by
        written consent, art. 24(3))."""
        items = self._items(self.info.conditional, whole=True)
        by: dict[str, list[ConditionalCategory]] = {"head": [], "own": [], "consent": []}
        unmet: list[ConditionalCategory] = []
        for item in items:
            how = self._opened_by(item)
            if how is None:
                unmet.append(item.category)
            else:
                by[how].append(item.category)
        self._opened_steps(by)
        closed = tuple(c for c in ConditionalCategory if c in unmet)
        if closed:
            self._closed_step(closed)
        for p in parts:
            self._part_condition_steps(p)
        if (
            not items
            and not any(p.opened or p.unmet for p in parts)
            and self.info.historical_archives is None
        ):
            self.trace.add(
                Check.CONDITIONS,
                StepResult.SATISFIED,
                say(TEXTS, "conditions.none", article=self._article(Check.CONDITIONS)),
                self._cite(Check.CONDITIONS),
                role=CitationRole.CHECKED,
            )
        opened_any = any(by.values()) or any(p.opened for p in parts)
        return closed, opened_any

    def _opened_steps(self, by: dict[str, list[ConditionalCategory]]) -> None:
        """Art. 7(3): the head of agency decided to provide; art. 7(2): the requester's own
        secret; art. 24(3): the written consent of the person whose secret it is (form 06)."""
        head = self.info.head_of_agency_decision
        if by["head"] and head is not None:
            opened = _joined(by["head"], self.rules, ", ")
            finding = say(
                TEXTS,
                "conditions.head_of_agency",
                opened=Text(opened.vi.lower(), opened.en),
                reason=Text(head.reason.label_vi.lower(), head.reason.label_en),
                basis=head.legal_basis,
            )
            self.trace.add(
                Check.CONDITIONS, StepResult.MET, finding, self._key("head_of_agency_decision")
            )
        if by["own"]:
            self.trace.add(
                Check.CONDITIONS,
                StepResult.MET,
                say(
                    TEXTS, "conditions.own_secret", categories=_joined(by["own"], self.rules, ", ")
                ),
                self._key("own_secret"),
            )
        if by["consent"]:
            categories = _joined(by["consent"], self.rules, ", ")
            self.trace.add(
                Check.CONDITIONS,
                StepResult.MET,
                say(TEXTS, "conditions.consent", categories=categories),
                *(self._cite(c) for c in by["consent"]),
                self._key("written_consent"),
            )

    def _closed_step(self, closed: tuple[ConditionalCategory, ...]) -> None:
        """Art. 7(1)–(2), art. 24(3): art. 7 information without the consent of the person
        whose secret it is (or refused by that person)."""
        key = (
            "conditions.consent_refused" if self.info.consent_declined else "conditions.no_consent"
        )
        self.trace.add(
            Check.CONDITIONS,
            StepResult.MISSING,
            say(TEXTS, key, categories=_joined(closed, self.rules, ", ")),
            *closed_category_citations(closed, self.rules),
            self._key("written_consent"),
        )

    def _part_condition_steps(self, p: _PartFinding) -> None:
        """Decree 13 art. 7(2) with art. 7: the art. 7 pieces of a protected part opened, and
        those still closed, removed on ground a."""
        if p.opened:
            opened = _joined((c for c, _ in p.opened), self.rules, ", ")
            self.trace.add(
                Check.CONDITIONS,
                StepResult.MET,
                Text(f"{p.part}: {opened.vi}", f"{p.part}: {opened.en}"),
                self._key("partial_provision"),
                *(self._cite(c) for c, _ in p.opened),
                *(self._how_cite(how) for _, how in p.opened),
            )
        if p.unmet:
            categories = _joined(p.unmet, self.rules, ", ")
            self.trace.add(
                Check.CONDITIONS,
                StepResult.GROUND,
                say(TEXTS, "conditions.part_removed", part=p.part, categories=categories),
                self._key("partial_provision"),
                self._cite(RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET),
                *closed_category_citations(p.unmet, self.rules),
                self._key("written_consent"),
            )

    def _archives(self, ground_a: StatedGround | None) -> StatedGround | None:
        """Law 01/2026/QH16 art. 16(3): archives of a historical archive are accessed on the
        conditions of the archives law (the agency's finding, ``historical_archives``); unmet,
        they are information "không đáp ứng điều kiện quy định tại Điều 16" (art. 27(1))."""
        met = self.info.historical_archives
        if met is None:
            return ground_a
        cite = self._key("historical_archives")
        if met:
            self.trace.add(Check.CONDITIONS, StepResult.MET, say(TEXTS, "archives.met"), cite)
            return ground_a
        reason = say(TEXTS, "archives.unmet")
        self.trace.add(
            Check.CONDITIONS,
            StepResult.GROUND,
            reason,
            self._cite(RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET),
            cite,
        )
        if ground_a is None:
            return state_ground(
                RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET, reason, cite, rules=self.rules
            )
        both = Text(f"{ground_a.reason.vi}; {reason.vi}", f"{ground_a.reason.en}; {reason.en}")
        return _with(ground_a, cite, reason=both)

    # -- 8–11. the other grounds of art. 28(1) --------------------------------------
    def _disclosed(self) -> StatedGround | None:
        """Art. 28(1)(b): information disclosed under art. 17, unless an exception of art.
        23(1) applies (not yet disclosed in its period, period expired, force majeure)."""
        info = self.info
        majeure = info.force_majeure_prevents_access
        ground = already_disclosed(info.disclosure, force_majeure=majeure, rules=self.rules)
        exception = published_information_exception(info.disclosure, force_majeure=majeure)
        if ground is not None:
            self.trace.add(
                Check.ALREADY_DISCLOSED, StepResult.GROUND, ground.reason, *ground.citations
            )
        elif exception is not None:
            self.trace.add(
                Check.ALREADY_DISCLOSED,
                StepResult.EXCEPTION,
                _joined((exception,), self.rules),
                self._cite(RefusalGround.ALREADY_DISCLOSED),
                self._cite(exception),
            )
        else:
            self.trace.add(
                Check.ALREADY_DISCLOSED,
                StepResult.SATISFIED,
                _joined((info.disclosure,), self.rules),
                self._cite(info.disclosure),
                self._cite(RefusalGround.ALREADY_DISCLOSED),
                role=CitationRole.CHECKED,
            )
        return ground

    def _twice(self) -> StatedGround | None:
        """Art. 28(1)(d): provided twice to the same requester, unless he or she has a
        legitimate reason ("lý do chính đáng")."""
        info = self.info
        if info.times_already_provided >= 1:
            self.trace.apply("twice-means-two-before")
        ground = already_provided_twice(
            info.times_already_provided,
            legitimate_reason=info.legitimate_reason_to_repeat,
            rules=self.rules,
        )
        cite = self._cite(RefusalGround.ALREADY_PROVIDED_TWICE)
        if ground is not None:
            self.trace.add(Check.PROVIDED_TWICE, StepResult.GROUND, ground.reason, cite)
        elif info.times_already_provided >= 2:
            self.trace.add(
                Check.PROVIDED_TWICE,
                StepResult.EXCEPTION,
                say(TEXTS, "twice.legitimate_reason"),
                cite,
            )
        else:
            self.trace.add(
                Check.PROVIDED_TWICE,
                StepResult.SATISFIED,
                say(TEXTS, "twice.times", times=info.times_already_provided),
                cite,
                role=CitationRole.CHECKED,
            )
        return ground

    def _capacity(self) -> StatedGround | None:
        """Art. 28(1)(đ): the request exceeds the agency's capacity or disrupts its work."""
        info = self.info
        ground = exceeds_capacity(
            exceeds=info.exceeds_capacity,
            disrupts=info.disrupts_normal_operation,
            rules=self.rules,
        )
        cite = self._cite(RefusalGround.EXCEEDS_CAPACITY)
        if ground is not None:
            self.trace.add(Check.CAPACITY, StepResult.GROUND, ground.reason, cite)
        else:
            self.trace.add(
                Check.CAPACITY,
                StepResult.SATISFIED,
                say(TEXTS, "capacity.within"),
                cite,
                role=CitationRole.CHECKED,
            )
        return ground

    def _costs(self) -> StatedGround | None:
        """Art. 28(1)(e): the costs not paid; with a payment deadline (art. 27, Decree 13
        art. 13(2)), payment awaited before it and ground e after it."""
        info = self.info
        status = self.costs
        ground = unpaid_costs(status, rules=self.rules)
        result = StepResult.GROUND if ground is not None else StepResult.SATISFIED
        if status is CostStatus.AWAITING_PAYMENT:
            result = StepResult.MET
        finding = _joined((status,), self.rules)
        if info.payment_due is not None:
            due = info.payment_due.isoformat()
            if info.paid_on:
                paid = info.paid_on.isoformat()
                finding = say(TEXTS, "costs.paid_on", status=finding, due=due, paid=paid)
            else:
                finding = say(TEXTS, "costs.not_paid_yet", status=finding, due=due)
        deciding = status in (CostStatus.NOT_PAID, CostStatus.AWAITING_PAYMENT)
        self.trace.add(
            Check.COSTS,
            result,
            finding,
            self._cite(RefusalGround.UNPAID_COSTS),
            self._cite(status),
            *((self._key("payment_terms"), self._key("pay_before_provision")) if deciding else ()),
            role=None if deciding else CitationRole.CHECKED,
        )
        return ground

    # -- 12. provision (arts. 23, 25, 27, 29–31) -------------------------------------
    def _provision(self, *, conditions_met: bool) -> ProvisionPlan:
        """Arts. 25, 27, 29–31: the form (as asked, or at the office where art. 30(1) or art.
        25(2) rules it out), the procedure and time limit, and the art. 23 basis."""
        info, asked = self.info, self.req.form.request.provision_form
        assert asked is not None  # guaranteed by the form check (art. 24(2)(c))
        form, note, cites = self._provision_form(asked)
        self.trace.apply("procedure-follows-provision-form")
        procedure = self._procedure(form, info.complexity)
        basis = self._basis(conditions_met=conditions_met)
        pay_first = self.costs is CostStatus.AWAITING_PAYMENT
        self._provision_step(form, cites, procedure, basis, pay_first=pay_first)
        return ProvisionPlan(
            form=form,
            requested_form=asked,
            procedure_channel=form,
            complexity=info.complexity,
            procedure=procedure,
            pay_before_provision=pay_first,
            electronic_methods=tuple(ElectronicMethod) if form is Channel.ELECTRONIC else (),
            basis=basis,
            note=note,
        )

    def _provision_form(self, asked: Channel) -> tuple[Channel, Text | None, list[Citation]]:
        """Art. 25(2): the form asked for, unless art. 30(1) rules electronic provision out or
        the form does not suit the information; then at the office (art. 25(1)(a))."""
        info = self.info
        as_asked = [self._key("requested_form")]
        electronic_ok = electronic_provision_possible(
            transmissible_file=info.transmissible_file, technical_means=info.technical_means
        )
        if asked is Channel.ELECTRONIC and not electronic_ok:
            cites = [
                self._key("electronic_conditions"),
                self._key("requested_form"),
                self._key("at_office"),
            ]
            form, note = Channel.AT_OFFICE, say(TEXTS, "provision.not_electronic")
        elif asked is not Channel.AT_OFFICE and not info.form_suits_information:
            cites = [self._key("requested_form"), self._key("at_office")]
            form, note = Channel.AT_OFFICE, say(TEXTS, "provision.form_unsuitable")
        else:
            return asked, None, as_asked
        self.trace.apply("fallback-to-office")
        return form, note, cites

    def _provision_step(
        self,
        form: Channel,
        cites: list[Citation],
        procedure: Citation,
        basis: tuple[OnRequestBasis, ...],
        *,
        pay_first: bool,
    ) -> None:
        """Step 12: the form and its procedure (arts. 29–31), the art. 23 basis, the terms to
        notify (art. 27); art. 23(4)'s discretion checked, not relied on."""
        complexity = self.info.complexity
        way = self._procedure_way(form)
        one_limit = self._key(f"procedure.{way}.simple") == self._key(f"procedure.{way}.complex")
        # one limit for every request (Law 01/2026/QH16 art. 26(3)): complexity decides nothing
        kind_vi = "" if one_limit else f"; {complexity.label_vi}"
        kind_en = "" if one_limit else f"; {complexity.label_en}"
        self.trace.add(
            Check.PROVISION,
            StepResult.SATISFIED,
            Text(f"{form.label_vi}{kind_vi}", f"{form.label_en}{kind_en}"),
            *cites,
            procedure,
            *self._basis_citations(basis),
            self._key("payment_terms"),
            *((self._key("pay_before_provision"),) if pay_first else ()),
            role=CitationRole.DECIDED,
        )
        if OnRequestBasis.OTHER_INFORMATION in basis:
            self.trace.add(
                Check.PROVISION,
                StepResult.SATISFIED,
                say(TEXTS, "provision.not_discretion", article=self._article(Check.RESPONSIBILITY)),
                self._cite(OnRequestBasis.OTHER_INFORMATION),
                role=CitationRole.CHECKED,
            )

    def _basis(self, *, conditions_met: bool) -> tuple[OnRequestBasis, ...]:
        """Art. 23: the kinds of information provided on request that this one is.

        Clause 2 only where art. 7 information was actually opened and provided (not where
        every art. 7 part was removed); clause 3 only for information outside art. 17 and
        clause 2 ("nhưng không thuộc loại thông tin quy định tại Điều 17 … và khoản 2"), on
        its own fact ``about_requesters_affairs``; clause 4 for the rest, which art. 9 makes
        the agency's duty (so clause 4 is checked, not relied on).
        """
        info, basis = self.info, []
        if published_information_exception(
            info.disclosure, force_majeure=info.force_majeure_prevents_access
        ):
            basis.append(OnRequestBasis.ART17_INFORMATION_EXCEPTION)
        if conditions_met:
            basis.append(OnRequestBasis.CONDITIONS_MET)
        art17 = info.disclosure is not DisclosureStatus.NOT_SUBJECT_TO_DISCLOSURE
        if info.about_requesters_affairs and not art17 and not conditions_met:
            basis.append(OnRequestBasis.REQUESTERS_OWN_AFFAIRS)
        if not basis:
            self.trace.apply("everything-not-barred-is-provided")
            basis.append(OnRequestBasis.OTHER_INFORMATION)
        return tuple(basis)

    def _basis_citations(self, basis: Iterable[OnRequestBasis]) -> tuple[Citation, ...]:
        """The art. 23 clauses a provision rests on (clause 4, a discretion, never decides)."""
        return tuple(self._cite(b) for b in basis if b is not OnRequestBasis.OTHER_INFORMATION)

    def _procedure(self, form: Channel, complexity: Complexity) -> Citation:
        """Arts. 29–31: the procedure of the form of provision, simple or complex."""
        return self._key(f"procedure.{self._procedure_way(form)}.{complexity.value}")

    @staticmethod
    def _procedure_way(form: Channel) -> str:
        return {Channel.AT_OFFICE: "at_office", Channel.ELECTRONIC: "electronic"}.get(
            form, "remote"
        )

    # -- the decision ---------------------------------------------------------------
    def _finish(self, outcome: Outcome, **fields: Any) -> Decision:
        """The decision: the outcome with its duties and forms (arts. 26–28; Decree 13 art.
        5), and every unit of law cited, in one role each (decided, applied, checked)."""
        duties = _duties(outcome, self.req.channel, self.who.cannot_write)
        consent_form = outcome is Outcome.ASK_CONSENT or any(
            _CONSENT_GUIDANCE in a.guidance for a in (fields.get("answer"),) if a is not None
        )
        forms = _forms(outcome, self.req.form.form, consent_form)
        decided = self._deciding_citations(outcome, duties, forms, fields)
        steps = self.trace.steps
        applied = tuple(
            c
            for c in dict.fromkeys(
                c for s in steps if s.role is CitationRole.APPLIED for c in s.citations
            )
            if c not in decided
        )
        checked = tuple(
            c
            for c in dict.fromkeys(c for s in steps for c in s.citations)
            if c not in decided and c not in applied
        )
        return Decision(
            outcome=outcome,
            regime=self.rules.id,
            user_supplied=self.rules.user_supplied,
            interpretations=tuple(self.trace.applied),
            duties=duties,
            forms=forms,
            steps=tuple(steps),
            deciding_citations=decided,
            applied_citations=applied,
            checked_citations=checked,
            **fields,
        )

    def _deciding_citations(
        self,
        outcome: Outcome,
        duties: tuple[ReceiptDuty, ...],
        forms: tuple[DecreeForm, ...],
        fields: Mapping[str, Any],
    ) -> tuple[Citation, ...]:
        """The units whose legal consequence the outcome is: the deciding steps, the grounds,
        the parts withheld, the gaps, the provision, the answer, the duties, the forms and the
        outcome itself (in that order, each once)."""
        grounds: tuple[StatedGround, ...] = fields.get("grounds", ())
        provision: ProvisionPlan | None = fields.get("provision")
        answer: WrittenAnswer | None = fields.get("answer")
        steps = self.trace.steps
        deciding = [c for s in steps if s.role is CitationRole.DECIDED for c in s.citations]
        deciding += [c for g in grounds for c in g.citations]
        deciding += [c for w in fields.get("withheld", ()) for c in w.citations]
        deciding += [self._cite(d.item) for d in fields.get("deficiencies", ())]
        if provision is not None:
            deciding += [provision.procedure, *self._basis_citations(provision.basis)]
        if answer is not None:
            deciding += answer.citations
        deciding += [self._cite(d) for d in duties] + [self._cite(f) for f in forms]
        deciding.append(self._cite(outcome))
        return tuple(dict.fromkeys(deciding))


def _rule_readings(rules: Ruleset) -> dict[str, str]:
    """Each rule key of the ruleset that rests on a named interpretation, with its id."""

    def build(rs: Ruleset) -> dict[str, str]:
        entries = rs.data("rules.toml").get("rule", {})
        return {k: e["interpretation"] for k, e in entries.items() if "interpretation" in e}

    readings: dict[str, str] = rules.cached("decision-rule-readings", build)
    return readings


def _with(ground: StatedGround, *more: Citation, reason: Text | None = None) -> StatedGround:
    """A stated ground with more citations (each once), or another reason."""
    return StatedGround(
        ground=ground.ground,
        wording=ground.wording,
        reason=ground.reason if reason is None else reason,
        citations=tuple(dict.fromkeys((*ground.citations, *more))),
        neutral_key=ground.neutral_key,
    )
