"""Giải quyết yêu cầu cung cấp thông tin — one decision on one request.

:func:`assess` takes the request as received (:class:`InformationRequest`), the person whose
right is exercised (:class:`Requester`) and what the agency knows of the information
(:class:`InformationFacts`), and returns a frozen :class:`Decision`: provide (and how),
refuse (with every applicable ground), redirect, guide to where it is published, ask for
consent, ask for completion, or find the request outside the law. The decision lists every
citation it relied on and the ordered steps it applied, and explains itself in Vietnamese
or English. It reads no clock: the only date it needs is the day the request was received,
which fixes the legal regime (:func:`tiepcan.regimes.resolve_regime`).

The order of the checks (each one a step of the trace):

1. regime — the rules in force on the day of receipt;
2. standing — arts. 4(1), 36(1): citizens; resident foreigners for their own affairs;
3. responsibility — art. 9; art. 26(3) and art. 28(1)(c): redirect or refuse;
4. representation — arts. 4(2), 4(3), 24(1)(a), 36(2), Decree 13 art. 4;
5. form contents — art. 24(2)(a)–(d), in Vietnamese; art. 26(2): ask for completion;
6. not accessible — art. 6, art. 28(1)(a);
7. conditions — art. 7, art. 24(3): consent or the head of agency's decision;
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
* ``missing-consent-asks-first``: a request for art. 7 information without the written
  consent is not yet complete (art. 24(3)); the agency asks for it. If the person concerned
  has refused consent, or another ground applies anyway, the unmet condition is stated as
  part of ground a;
* ``fallback-to-office``: where the form of provision asked for cannot be used (art. 30(1)
  for electronic provision; art. 25(2) otherwise) the information is provided at the office
  (art. 25(1)(a));
* ``procedure-follows-provision-form``: arts. 29–31 are headed by the way information is
  provided, so the form of provision selects the procedure and time limit.

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

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, Field, ValidationError, model_validator

from tiepcan._input import FrozenModel, validate_input
from tiepcan._model import Lang, check_lang
from tiepcan.citations import Citation, decree13, law
from tiepcan.errors import InvalidInputError, from_validation_error
from tiepcan.regimes import resolve_regime
from tiepcan.rules._cited import CitedStrEnum
from tiepcan.rules.access import (
    ConditionalCategory,
    DisclosureStatus,
    HeadOfAgencyDecision,
    NotAccessibleGround,
    OnRequestBasis,
    unmet_conditions,
)
from tiepcan.rules.refusals import (
    RefusalGround,
    RefusalNotice,
    StatedGround,
    already_disclosed,
    already_provided_twice,
    exceeds_capacity,
    not_accessible_or_conditions_unmet,
    not_responsible,
    published_information_exception,
    unpaid_costs,
)
from tiepcan.rules.requesters import (
    Requester,
    check_group_list,
    check_representation,
    check_standing,
)
from tiepcan.rules.requests import (
    CostStatus,
    DecreeForm,
    Deficiency,
    ElectronicMethod,
    GroupRequestForm,
    InformationRequest,
    NoticeItem,
    ReceiptDuty,
    RequestDeficiency,
    check_form,
    electronic_provision_possible,
)
from tiepcan.rules.responsibility import ResponsibilityFacts, assess_responsibility
from tiepcan.terms import Channel, Complexity

__all__ = [
    "Check",
    "Decision",
    "InformationFacts",
    "Outcome",
    "ProvisionPlan",
    "RuleStep",
    "StepResult",
    "assess",
    "refusal_notice",
]


class InformationFacts(FrozenModel):
    """What the agency knows of the requested information: its findings of fact.

    Every field has the default of the plain case (the agency created the information, it is
    open, not on the art. 17 list, never provided before, within capacity, costs none).
    ``disclosure`` is the disclosure status under art. 17, which the catalogue module owns;
    here it is a fact the caller supplies.
    """

    responsibility: ResponsibilityFacts = Field(default_factory=ResponsibilityFacts)
    not_accessible: tuple[NotAccessibleGround, ...] = ()
    state_secret_declassified: bool = Field(default=False, description="art. 6(1), 2nd paragraph")
    conditional: tuple[ConditionalCategory, ...] = ()
    consent_declined: bool = Field(
        default=False, description="the person concerned has refused consent (art. 7(1)–(2))"
    )
    head_of_agency_decision: HeadOfAgencyDecision | None = Field(
        default=None, description="art. 7(3)"
    )
    disclosure: DisclosureStatus = DisclosureStatus.NOT_SUBJECT_TO_DISCLOSURE
    published_at: str | None = Field(default=None, description="where it is published (art. 10(1))")
    force_majeure_prevents_access: bool = Field(default=False, description="art. 23(1)(c)")
    related_to_own_rights_and_obligations: bool = Field(
        default=False, description="art. 36(1): for a resident foreigner"
    )
    related_to_own_affairs: bool = Field(
        default=False, description="art. 23(3): the requester's life, living, production, business"
    )
    times_already_provided: int = Field(default=0, ge=0, strict=True, description="art. 28(1)(d)")
    legitimate_reason_to_repeat: bool = Field(default=False, description="art. 28(1)(d)")
    exceeds_capacity: bool = Field(default=False, description="art. 28(1)(đ)")
    disrupts_normal_operation: bool = Field(default=False, description="art. 28(1)(đ)")
    costs: CostStatus = CostStatus.NO_COSTS
    complexity: Complexity = Complexity.SIMPLE
    transmissible_file: bool = Field(default=True, description="art. 30(1)(a)")
    technical_means: bool = Field(default=True, description="art. 30(1)(b)")
    form_suits_information: bool = Field(default=True, description="art. 25(2)")


class Outcome(CitedStrEnum):
    """What the agency is to do."""

    PROVIDE = (
        "provide",
        "Cung cấp thông tin",
        "provide the information"
    )
    REFUSE = (
        "refuse",
        "Từ chối cung cấp thông tin",
        "refuse"
    )
    REDIRECT = (
        "redirect",
        "Thông báo và hướng dẫn người yêu cầu đến cơ quan có trách nhiệm",
        "direct the requester to the responsible agency"
    )
    GUIDE_TO_PUBLISHED = (
        "guide_to_published",
        "Từ chối và chỉ dẫn nơi thông tin được công khai",
        "refuse and point to where the information is published"
    )
    ASK_CONSENT = (
        "ask_consent",
        "Hướng dẫn bổ sung văn bản đồng ý",
        "ask for the written consent"
    )
    ASK_COMPLETION = (
        "ask_completion",
        "Hướng dẫn người yêu cầu bổ sung",
        "guide the requester to complete the request"
    )
    NO_STANDING = (
        "no_standing",
        "Người yêu cầu không thuộc đối tượng của Luật",
        "the requester has no right of access under this law"
    )

    @property
    def is_refusal(self) -> bool:
        """Refuse, redirect and guide-to-published rest on art. 28(1) and need form 05."""
        return self in _REFUSALS


_REFUSALS = frozenset({"refuse", "redirect", "guide_to_published"})


class Check(CitedStrEnum):
    """The steps of :func:`assess`, in order."""

    REGIME = ("regime", "Văn bản áp dụng", "rules in force")
    STANDING = ("standing", "Chủ thể có quyền", "standing")
    RESPONSIBILITY = (
        "responsibility",
        "Trách nhiệm cung cấp thông tin",
        "responsibility to provide"
    )
    REPRESENTATION = (
        "representation",
        "Người thực hiện yêu cầu",
        "who makes the request"
    )
    FORM_CONTENTS = (
        "form_contents",
        "Nội dung Phiếu yêu cầu",
        "contents of the request form"
    )
    NOT_ACCESSIBLE = (
        "not_accessible",
        "Thông tin không được tiếp cận",
        "information not accessible"
    )
    CONDITIONS = (
        "conditions",
        "Điều kiện tiếp cận",
        "conditions of access"
    )
    ALREADY_DISCLOSED = (
        "already_disclosed",
        "Thông tin đã được công khai",
        "already disclosed"
    )
    PROVIDED_TWICE = (
        "provided_twice",
        "Thông tin đã được cung cấp hai lần",
        "provided twice already"
    )
    CAPACITY = ("capacity", "Khả năng đáp ứng", "capacity of the agency")
    COSTS = ("costs", "Chi phí", "costs")
    PROVISION = (
        "provision",
        "Hình thức, trình tự cung cấp",
        "form and procedure of provision"
    )


class StepResult(CitedStrEnum):
    """What a step found."""

    SATISFIED = ("satisfied", "Đạt", "passed")
    GROUND = ("ground", "Có căn cứ từ chối", "a ground of refusal applies")
    EXCEPTION = (
        "exception",
        "Thuộc trường hợp loại trừ",
        "an exception applies"
    )
    MISSING = ("missing", "Còn thiếu", "something is missing")
    STOP = ("stop", "Dừng xem xét", "the assessment stops here")


class RuleStep(FrozenModel):
    """One step of the trace: which check, what it found, on which units of law."""

    order: int = Field(ge=1)
    check: Check
    result: StepResult
    finding_vi: str
    finding_en: str
    citations: tuple[Citation, ...] = ()

    def finding(self, lang: Lang = "vi") -> str:
        return self.finding_vi if check_lang(lang) == "vi" else self.finding_en


class ProvisionPlan(FrozenModel):
    """How the information is provided (arts. 25, 27, 29–31).

    ``procedure`` is the article and clause whose procedure and time limit apply: art. 29
    (at the office), 30 (electronic) or 31 (post, fax), by the form of provision, simple or
    complex. The due date is :func:`tiepcan.deadlines.response_deadline` with
    ``procedure_channel`` and ``complexity``.
    """

    form: Channel
    requested_form: Channel
    procedure_channel: Channel
    complexity: Complexity
    procedure: Citation
    electronic_methods: tuple[ElectronicMethod, ...] = ()
    basis: tuple[OnRequestBasis, ...] = ()
    pay_before_provision: bool
    notify: tuple[NoticeItem, ...] = tuple(NoticeItem)
    note_vi: str | None = None
    note_en: str | None = None


class Decision(FrozenModel):
    """The decision on one request: outcome, grounds or gaps, duties, and the trace."""

    outcome: Outcome
    regime: str
    grounds: tuple[StatedGround, ...] = ()
    deficiencies: tuple[Deficiency, ...] = ()
    consents_needed: tuple[ConditionalCategory, ...] = ()
    redirect_to: str | None = None
    published_at: str | None = None
    provision: ProvisionPlan | None = None
    duties: tuple[ReceiptDuty, ...] = ()
    forms: tuple[DecreeForm, ...] = ()
    steps: tuple[RuleStep, ...] = Field(min_length=1)
    citations: tuple[Citation, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _coherent(self) -> Decision:
        refusal = self.outcome.is_refusal
        if refusal != bool(self.grounds):
            raise ValueError("a refusal carries at least one ground, and only a refusal does")
        if (self.outcome is Outcome.PROVIDE) != (self.provision is not None):
            raise ValueError("a provision plan goes with the outcome 'provide' only")
        asking = self.outcome in (Outcome.ASK_COMPLETION, Outcome.ASK_CONSENT)
        if asking != bool(self.deficiencies):
            raise ValueError("deficiencies go with asking for completion or consent only")
        return self

    @property
    def is_refusal(self) -> bool:
        """True when the agency refuses in writing under art. 28 (form 05)."""
        return self.outcome.is_refusal

    def explain(self, lang: Lang = "vi") -> str:
        """The decision in words: outcome, grounds or gaps, duties, then every step."""
        vi = check_lang(lang) == "vi"
        lines = [
            f"{'Quyết định' if vi else 'Decision'}: {self.outcome.label(lang)} "
            f"({'chế độ' if vi else 'regime'} {self.regime})"
        ]
        if self.grounds:
            lines.append("Căn cứ từ chối:" if vi else "Grounds of refusal:")
            for g in self.grounds:
                reason = g.reason_vi if vi else g.reason_en
                lines.append(f"  - {g.ground.label(lang)}: {reason} [{_labels(g.citations, lang)}]")
        if self.deficiencies:
            lines.append("Cần bổ sung:" if vi else "To complete:")
            for d in self.deficiencies:
                extra = f" ({d.detail})" if d.detail else ""
                lines.append(f"  - {d.item.label(lang)}{extra} [{d.citation.label_in(lang)}]")
        if self.redirect_to:
            lines.append(
                f"{'Cơ quan có trách nhiệm' if vi else 'Responsible agency'}: {self.redirect_to}"
            )
        if self.published_at:
            lines.append(f"{'Nơi công khai' if vi else 'Published at'}: {self.published_at}")
        if self.provision is not None:
            p = self.provision
            lines.append(
                f"{'Hình thức cung cấp' if vi else 'Form of provision'}: {p.form.label(lang)}"
                f" [{p.procedure.label_in(lang)}]"
            )
            note = p.note_vi if vi else p.note_en
            if note:
                lines.append(f"  {note}")
        lines.append("Nghĩa vụ của cơ quan:" if vi else "The agency's duties:")
        lines += [f"  - {d.label(lang)} [{d.citation.label_in(lang)}]" for d in self.duties]
        lines.append("Các bước đã áp dụng:" if vi else "Steps applied:")
        for s in self.steps:
            cites = f" [{_labels(s.citations, lang)}]" if s.citations else ""
            lines.append(
                f"  {s.order}. {s.check.label(lang)} — {s.result.label(lang)}: "
                f"{s.finding(lang)}{cites}"
            )
        return "\n".join(lines)


def _labels(cites: Iterable[Citation], lang: Lang) -> str:
    return "; ".join(c.label_in(lang) for c in cites)


_M = TypeVar("_M", bound=BaseModel)


def _coerce(model: type[_M], value: object, what: str) -> _M:
    if isinstance(value, model):
        return value
    if isinstance(value, Mapping):
        return validate_input(model, value, what=what)
    raise InvalidInputError(
        "invalid-input",
        "Dữ liệu đầu vào không hợp lệ",
        "the input is not valid",
        detail=f"{what}: expected {model.__name__} or a mapping, got {type(value).__name__}",
    )


class _Trace:
    """Collects the steps of one assessment."""

    def __init__(self) -> None:
        self.steps: list[RuleStep] = []

    def add(self, check: Check, result: StepResult, vi: str, en: str, *cites: Citation) -> None:
        self.steps.append(
            RuleStep(
                order=len(self.steps) + 1,
                check=check,
                result=result,
                finding_vi=vi,
                finding_en=en,
                citations=cites,
            )
        )


def assess(
    request: InformationRequest | Mapping[str, Any],
    requester: Requester | Mapping[str, Any],
    facts: InformationFacts | Mapping[str, Any],
    *,
    regime: str | None = None,
) -> Decision:
    """Decide what the agency does with ``request`` (see the module docstring for the order).

    Models or plain mappings are accepted; bad input raises ``InvalidInputError``. A
    request received under a regime that is not encoded raises ``RegimeNotEncodedError``
    unless ``regime="ati-2016"`` is passed deliberately.
    """
    req = _coerce(InformationRequest, request, "request")
    who = _coerce(Requester, requester, "requester")
    info = _coerce(InformationFacts, facts, "facts")
    rules = resolve_regime(req.received_on, regime)
    trace = _Trace()
    trace.add(
        Check.REGIME,
        StepResult.SATISFIED,
        f"Nhận yêu cầu ngày {req.received_on.isoformat()}: {rules.regime.name_vi}",
        f"request received {req.received_on.isoformat()}: {rules.regime.name_en}",
        law(37),
    )
    return _Assessment(req, who, info, rules.id, trace).run()


class _Assessment:
    """The steps of :func:`assess`, one method per step, run in the order of the law."""

    def __init__(
        self,
        req: InformationRequest,
        who: Requester,
        info: InformationFacts,
        regime: str,
        trace: _Trace,
    ) -> None:
        self.req, self.who, self.info, self.regime, self.trace = req, who, info, regime, trace

    def run(self) -> Decision:
        return self._standing() or self._responsibility() or self._completeness() or self._merits()

    # -- 2. standing ----------------------------------------------------------------
    def _standing(self) -> Decision | None:
        found = check_standing(
            self.who,
            related_to_own_rights_and_obligations=self.info.related_to_own_rights_and_obligations,
        )
        result = StepResult.SATISFIED if found.has_standing else StepResult.STOP
        self.trace.add(Check.STANDING, result, found.reason_vi, found.reason_en, *found.citations)
        return None if found.has_standing else self._finish(Outcome.NO_STANDING)

    # -- 3. responsibility ----------------------------------------------------------
    def _responsibility(self) -> Decision | None:
        found = assess_responsibility(self.info.responsibility)
        if found.responsible:
            self.trace.add(
                Check.RESPONSIBILITY,
                StepResult.SATISFIED,
                found.reason_vi,
                found.reason_en,
                *found.citations,
            )
            return None
        ground = not_responsible(found.reason_vi, found.reason_en, *found.citations)
        self.trace.add(
            Check.RESPONSIBILITY,
            StepResult.STOP,
            found.reason_vi,
            found.reason_en,
            RefusalGround.NOT_RESPONSIBLE.citation,
            *found.citations,
        )
        outcome = Outcome.REDIRECT if found.redirect else Outcome.REFUSE
        return self._finish(
            outcome, grounds=(ground,), redirect_to=self.info.responsibility.responsible_agency
        )

    # -- 4, 5. representation and form ----------------------------------------------
    def _completeness(self) -> Decision | None:
        form = self.req.form
        who_gaps = check_representation(self.who, form=form.form)
        who_cites = [law(4), law(24, 1, "a")]
        if isinstance(form, GroupRequestForm):
            who_gaps += check_group_list(form)
            who_cites += [law(36, 2), decree13(4, 1), decree13(4, 2)]
        self._gap_step(Check.REPRESENTATION, who_gaps, *who_cites)
        form_gaps = check_form(form)
        form_cites = [law(24, 2), *(law(24, 2, p) for p in "abcd")]
        self._gap_step(Check.FORM_CONTENTS, form_gaps, *form_cites)
        gaps = who_gaps + form_gaps
        return self._finish(Outcome.ASK_COMPLETION, deficiencies=gaps) if gaps else None

    def _gap_step(self, check: Check, gaps: tuple[Deficiency, ...], *base: Citation) -> None:
        if not gaps:
            self.trace.add(check, StepResult.SATISFIED, "Đầy đủ", "complete", *base)
            return
        self.trace.add(
            check,
            StepResult.MISSING,
            "; ".join(g.item.label_vi for g in gaps),
            "; ".join(g.item.label_en for g in gaps),
            *dict.fromkeys(g.citation for g in gaps),
        )

    # -- 6–12. the merits -----------------------------------------------------------
    def _merits(self) -> Decision:
        barred = self._not_accessible()
        unmet = self._conditions()
        others = [
            g for g in (self._disclosed(), self._twice(), self._capacity(), self._costs()) if g
        ]
        declined = bool(unmet) and self.info.consent_declined
        ground_a = not_accessible_or_conditions_unmet(
            barred, unmet if (declined or barred or others) else ()
        )
        grounds = tuple(g for g in (ground_a, *others) if g is not None)
        if grounds:
            only_b = all(g.ground is RefusalGround.ALREADY_DISCLOSED for g in grounds)
            outcome = Outcome.GUIDE_TO_PUBLISHED if only_b else Outcome.REFUSE
            published = (
                self.info.published_at
                if any(g.ground is RefusalGround.ALREADY_DISCLOSED for g in grounds)
                else None
            )
            return self._finish(outcome, grounds=grounds, published_at=published)
        if unmet:
            gaps = tuple(
                Deficiency(item=RequestDeficiency.CONSENT_DOCUMENT, detail=c.value) for c in unmet
            )
            return self._finish(Outcome.ASK_CONSENT, deficiencies=gaps, consents_needed=unmet)
        return self._finish(Outcome.PROVIDE, provision=self._provision())

    def _not_accessible(self) -> tuple[NotAccessibleGround, ...]:
        info = self.info
        lifted = (
            info.state_secret_declassified
            and NotAccessibleGround.STATE_SECRET in info.not_accessible
        )
        barred = tuple(
            g
            for g in dict.fromkeys(info.not_accessible)
            if not (lifted and g is NotAccessibleGround.STATE_SECRET)
        )
        if barred:
            self.trace.add(
                Check.NOT_ACCESSIBLE,
                StepResult.GROUND,
                "; ".join(g.label_vi for g in barred),
                "; ".join(g.label_en for g in barred),
                RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET.citation,
                *dict.fromkeys(g.citation for g in barred),
            )
        elif lifted:
            self.trace.add(
                Check.NOT_ACCESSIBLE,
                StepResult.EXCEPTION,
                "Bí mật nhà nước đã được giải mật",
                "the state secret has been declassified",
                law(6, 1),
            )
        else:
            self.trace.add(
                Check.NOT_ACCESSIBLE,
                StepResult.SATISFIED,
                "Không thuộc Điều 6",
                "not information of art. 6",
                law(5),
                law(6),
            )
        return barred

    def _conditions(self) -> tuple[ConditionalCategory, ...]:
        info = self.info
        wanted = tuple(c for c in ConditionalCategory if c in info.conditional)
        if not wanted:
            self.trace.add(
                Check.CONDITIONS,
                StepResult.SATISFIED,
                "Không thuộc Điều 7",
                "not information of art. 7",
                law(7),
            )
            return ()
        consented = [c for doc in self.req.consents for c in doc.covers]
        unmet = unmet_conditions(
            wanted, consented=consented, head_decision=info.head_of_agency_decision
        )
        if info.head_of_agency_decision is not None:
            reason = info.head_of_agency_decision.reason
            self.trace.add(
                Check.CONDITIONS,
                StepResult.SATISFIED,
                f"Người đứng đầu cơ quan quyết định cung cấp vì {reason.label_vi.lower()}",
                f"the head of the agency decided to provide for {reason.label_en}",
                law(7, 3),
            )
        elif not unmet:
            self.trace.add(
                Check.CONDITIONS,
                StepResult.SATISFIED,
                "Có văn bản đồng ý (Mẫu số 06)",
                "written consent attached (form 06)",
                *dict.fromkeys(c.citation for c in wanted),
                law(24, 3),
            )
        else:
            declined = " (đã từ chối đồng ý)" if info.consent_declined else ""
            declined_en = " (consent refused)" if info.consent_declined else ""
            self.trace.add(
                Check.CONDITIONS,
                StepResult.MISSING,
                "Chưa có sự đồng ý: " + ", ".join(c.label_vi for c in unmet) + declined,
                "no consent for: " + ", ".join(c.label_en for c in unmet) + declined_en,
                *dict.fromkeys(c.citation for c in unmet),
                law(24, 3),
            )
        return unmet

    def _disclosed(self) -> StatedGround | None:
        info = self.info
        ground = already_disclosed(
            info.disclosure, force_majeure=info.force_majeure_prevents_access
        )
        exception = published_information_exception(
            info.disclosure, force_majeure=info.force_majeure_prevents_access
        )
        if ground is not None:
            self.trace.add(
                Check.ALREADY_DISCLOSED,
                StepResult.GROUND,
                ground.reason_vi,
                ground.reason_en,
                *ground.citations,
            )
        elif exception is not None:
            self.trace.add(
                Check.ALREADY_DISCLOSED,
                StepResult.EXCEPTION,
                exception.label_vi,
                exception.label_en,
                RefusalGround.ALREADY_DISCLOSED.citation,
                exception.citation,
            )
        else:
            self.trace.add(
                Check.ALREADY_DISCLOSED,
                StepResult.SATISFIED,
                info.disclosure.label_vi,
                info.disclosure.label_en,
                law(17),
            )
        return ground

    def _twice(self) -> StatedGround | None:
        info = self.info
        ground = already_provided_twice(
            info.times_already_provided, legitimate_reason=info.legitimate_reason_to_repeat
        )
        cite = RefusalGround.ALREADY_PROVIDED_TWICE.citation
        if ground is not None:
            self.trace.add(
                Check.PROVIDED_TWICE, StepResult.GROUND, ground.reason_vi, ground.reason_en, cite
            )
        elif info.times_already_provided >= 2:
            self.trace.add(
                Check.PROVIDED_TWICE,
                StepResult.EXCEPTION,
                "Người yêu cầu có lý do chính đáng",
                "the requester has a legitimate reason",
                cite,
            )
        else:
            self.trace.add(
                Check.PROVIDED_TWICE,
                StepResult.SATISFIED,
                f"Đã cung cấp {info.times_already_provided} lần",
                f"provided {info.times_already_provided} times before",
                cite,
            )
        return ground

    def _capacity(self) -> StatedGround | None:
        info = self.info
        ground = exceeds_capacity(
            exceeds=info.exceeds_capacity, disrupts=info.disrupts_normal_operation
        )
        cite = RefusalGround.EXCEEDS_CAPACITY.citation
        if ground is not None:
            self.trace.add(
                Check.CAPACITY, StepResult.GROUND, ground.reason_vi, ground.reason_en, cite
            )
        else:
            self.trace.add(
                Check.CAPACITY,
                StepResult.SATISFIED,
                "Trong khả năng đáp ứng",
                "within the agency's capacity",
                cite,
            )
        return ground

    def _costs(self) -> StatedGround | None:
        info = self.info
        ground = unpaid_costs(info.costs)
        result = StepResult.GROUND if ground is not None else StepResult.SATISFIED
        self.trace.add(
            Check.COSTS,
            result,
            info.costs.label_vi,
            info.costs.label_en,
            RefusalGround.UNPAID_COSTS.citation,
            info.costs.citation,
        )
        return ground

    def _provision(self) -> ProvisionPlan:
        info, asked = self.info, self.req.form.request.provision_form
        assert asked is not None  # guaranteed by the form check (art. 24(2)(c))
        form, note_vi, note_en, cites = asked, None, None, [law(25, 2)]
        electronic_ok = electronic_provision_possible(
            transmissible_file=info.transmissible_file, technical_means=info.technical_means
        )
        if asked is Channel.ELECTRONIC and not electronic_ok:
            form, cites = Channel.AT_OFFICE, [law(30, 1), law(25, 1, "a")]
            note_vi = "Không đủ điều kiện cung cấp qua mạng điện tử; cung cấp tại trụ sở"
            note_en = "the conditions for electronic provision are not met; provided at the office"
        elif asked is not Channel.AT_OFFICE and not info.form_suits_information:
            form, cites = Channel.AT_OFFICE, [law(25, 2), law(25, 1, "a")]
            note_vi = "Hình thức đề nghị không phù hợp với tính chất thông tin; cung cấp tại trụ sở"
            note_en = "the form asked for does not suit the information; provided at the office"
        procedure = _procedure(form, info.complexity)
        basis = self._basis()
        pay_first = info.costs is CostStatus.AWAITING_PAYMENT
        self.trace.add(
            Check.PROVISION,
            StepResult.SATISFIED,
            f"{form.label_vi}; {info.complexity.label_vi}",
            f"{form.label_en}; {info.complexity.label_en}",
            *cites,
            procedure,
            *(b.citation for b in basis),
            law(27),
        )
        return ProvisionPlan(
            form=form,
            requested_form=asked,
            procedure_channel=form,
            complexity=info.complexity,
            procedure=procedure,
            electronic_methods=tuple(ElectronicMethod) if form is Channel.ELECTRONIC else (),
            basis=basis,
            pay_before_provision=pay_first,
            note_vi=note_vi,
            note_en=note_en,
        )

    def _basis(self) -> tuple[OnRequestBasis, ...]:
        info, basis = self.info, []
        if published_information_exception(
            info.disclosure, force_majeure=info.force_majeure_prevents_access
        ):
            basis.append(OnRequestBasis.ART17_INFORMATION_EXCEPTION)
        if info.conditional:
            basis.append(OnRequestBasis.CONDITIONS_MET)
        if info.related_to_own_affairs:
            basis.append(OnRequestBasis.REQUESTERS_OWN_AFFAIRS)
        return tuple(basis)

    # -- the decision ---------------------------------------------------------------
    def _finish(self, outcome: Outcome, **fields: Any) -> Decision:
        duties = _duties(outcome, self.req.channel, self.who.cannot_write)
        forms = _forms(outcome, self.req.form.form)
        grounds: tuple[StatedGround, ...] = fields.get("grounds", ())
        provision: ProvisionPlan | None = fields.get("provision")
        cites = [c for s in self.trace.steps for c in s.citations]
        cites += [c for g in grounds for c in g.citations]
        cites += [d.citation for d in fields.get("deficiencies", ())]
        if provision is not None:
            cites += [provision.procedure, *(b.citation for b in provision.basis)]
        cites += [d.citation for d in duties] + [f.citation for f in forms] + [outcome.citation]
        return Decision(
            outcome=outcome,
            regime=self.regime,
            duties=duties,
            forms=forms,
            steps=tuple(self.trace.steps),
            citations=tuple(dict.fromkeys(cites)),
            **fields,
        )


def _procedure(form: Channel, complexity: Complexity) -> Citation:
    simple = complexity is Complexity.SIMPLE
    if form is Channel.AT_OFFICE:
        return law(29, 1 if simple else 2)
    if form is Channel.ELECTRONIC:
        return law(30, 3 if simple else 4)
    return law(31, 1 if simple else 2)


def _duties(outcome: Outcome, channel: Channel, cannot_write: bool) -> tuple[ReceiptDuty, ...]:
    duties = [ReceiptDuty.REGISTER]
    asking = outcome in (Outcome.ASK_COMPLETION, Outcome.ASK_CONSENT)
    if channel is Channel.AT_OFFICE and (cannot_write or outcome is Outcome.ASK_COMPLETION):
        duties.append(ReceiptDuty.HELP_FILL_FORM)
    if asking:
        duties.append(ReceiptDuty.GUIDE_TO_COMPLETE)
    if outcome is Outcome.REDIRECT:
        duties.append(ReceiptDuty.NOTIFY_AND_REDIRECT)
    if outcome.is_refusal:
        duties.append(ReceiptDuty.REFUSE_IN_WRITING)
    if outcome is Outcome.PROVIDE:
        duties.append(ReceiptDuty.NOTIFY_TERMS)
    return tuple(duties)


def _forms(outcome: Outcome, request_form: str) -> tuple[DecreeForm, ...]:
    forms = [DecreeForm(request_form), DecreeForm.FORM_02]
    if outcome is Outcome.ASK_CONSENT:
        forms.append(DecreeForm.FORM_06)
    if outcome is Outcome.PROVIDE:
        forms.append(DecreeForm.FORM_03)
    if outcome.is_refusal:
        forms.append(DecreeForm.FORM_05)
    return tuple(forms)


def refusal_notice(
    decision: Decision | Mapping[str, Any],
    request: InformationRequest | Mapping[str, Any],
    *,
    agency: str,
    issued_on: Any,
) -> RefusalNotice:
    """Draft form 05 from a refusal: its grounds with their reasons (art. 28(2)).

    Raises ``InvalidInputError`` (code ``not-a-refusal``) if the decision is not a refusal.
    """
    dec = _coerce(Decision, decision, "decision")
    req = _coerce(InformationRequest, request, "request")
    if not dec.is_refusal:
        raise InvalidInputError(
            "not-a-refusal",
            "Quyết định không phải là từ chối cung cấp thông tin",
            "the decision is not a refusal",
            detail=f"outcome={dec.outcome.value}",
        )
    form = req.form
    who = form.requester if not isinstance(form, GroupRequestForm) else form.representative
    try:
        return RefusalNotice(
            agency=agency,
            requester_name=who.full_name or "",
            request_received_on=req.received_on,
            information_requested=form.request.description or "",
            grounds=dec.grounds,
            redirect_to=dec.redirect_to,
            published_at=dec.published_at,
            issued_on=issued_on,
        )
    except ValidationError as exc:
        raise from_validation_error(exc, what="refusal notice") from None
