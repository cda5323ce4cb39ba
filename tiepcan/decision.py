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
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import Field

from tiepcan._input import FrozenModel, validate_input
from tiepcan._model import Lang, Result, Text, check_lang, echo
from tiepcan.citations import Citation, decree13, law
from tiepcan.errors import InvalidInputError
from tiepcan.regimes import RegimeLike, Ruleset, resolve_regime, ruleset
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
    refusal_notice_of,
    unpaid_costs,
)
from tiepcan.rules.requesters import (
    CivilActCapacity,
    Intermediary,
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
    IdDocumentKind,
    InformationRequest,
    NoticeItem,
    ReceiptDuty,
    RequestDeficiency,
    RequestForm,
    check_form,
    electronic_provision_possible,
)
from tiepcan.rules.responsibility import (
    AgencyKind,
    InformationOrigin,
    ResponsibilityFacts,
    assess_responsibility,
)
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

    responsibility: ResponsibilityFacts = Field(
        title="Trách nhiệm cung cấp thông tin", default_factory=ResponsibilityFacts
    )
    not_accessible: tuple[NotAccessibleGround, ...] = Field(
        default=(), title="Thông tin không được tiếp cận"
    )
    state_secret_declassified: bool = Field(
        title="Bí mật nhà nước đã được giải mật",
        default=False,
        description="art. 6(1), 2nd paragraph",
    )
    conditional: tuple[ConditionalCategory, ...] = Field(
        default=(), title="Thông tin tiếp cận có điều kiện"
    )
    consent_declined: bool = Field(
        title="Người có liên quan từ chối đồng ý",
        default=False,
        description="the person concerned has refused consent (art. 7(1)–(2))",
    )
    head_of_agency_decision: HeadOfAgencyDecision | None = Field(
        title="Quyết định của người đứng đầu cơ quan", default=None, description="art. 7(3)"
    )
    disclosure: DisclosureStatus = Field(
        default=DisclosureStatus.NOT_SUBJECT_TO_DISCLOSURE, title="Tình trạng công khai"
    )
    published_at: str | None = Field(
        title="Nơi công khai thông tin",
        default=None,
        description="where it is published (art. 10(1))",
    )
    force_majeure_prevents_access: bool = Field(
        title="Bất khả kháng không thể tiếp cận", default=False, description="art. 23(1)(c)"
    )
    related_to_own_rights_and_obligations: bool = Field(
        title="Liên quan trực tiếp đến quyền và nghĩa vụ của người nước ngoài",
        default=False,
        description="art. 36(1): for a resident foreigner",
    )
    related_to_own_affairs: bool = Field(
        title="Liên quan đến đời sống, sinh hoạt, sản xuất, kinh doanh của người yêu cầu",
        default=False,
        description="art. 23(3): the requester's life, living, production, business",
    )
    times_already_provided: int = Field(
        title="Số lần đã cung cấp", default=0, ge=0, strict=True, description="art. 28(1)(d)"
    )
    legitimate_reason_to_repeat: bool = Field(
        title="Có lý do chính đáng", default=False, description="art. 28(1)(d)"
    )
    exceeds_capacity: bool = Field(
        title="Vượt quá khả năng đáp ứng", default=False, description="art. 28(1)(đ)"
    )
    disrupts_normal_operation: bool = Field(
        title="Ảnh hưởng đến hoạt động bình thường của cơ quan",
        default=False,
        description="art. 28(1)(đ)",
    )
    costs: CostStatus = Field(default=CostStatus.NO_COSTS, title="Chi phí")
    complexity: Complexity = Field(default=Complexity.SIMPLE, title="Tính chất thông tin")
    transmissible_file: bool = Field(
        title="Có tập tin có thể gửi", default=True, description="art. 30(1)(a)"
    )
    technical_means: bool = Field(
        title="Có điều kiện kỹ thuật", default=True, description="art. 30(1)(b)"
    )
    form_suits_information: bool = Field(
        title="Hình thức đề nghị phù hợp với thông tin", default=True, description="art. 25(2)"
    )


class Outcome(CitedStrEnum):
    """What the agency is to do."""

    PROVIDE = ("provide", "Cung cấp thông tin", "provide the information")
    REFUSE = ("refuse", "Từ chối cung cấp thông tin", "refuse")
    REDIRECT = (
        "redirect",
        "Thông báo và hướng dẫn người yêu cầu đến cơ quan có trách nhiệm",
        "direct the requester to the responsible agency",
    )
    GUIDE_TO_PUBLISHED = (
        "guide_to_published",
        "Từ chối và chỉ dẫn nơi thông tin được công khai",
        "refuse and point to where the information is published",
    )
    ASK_CONSENT = ("ask_consent", "Hướng dẫn bổ sung văn bản đồng ý", "ask for the written consent")
    ASK_COMPLETION = (
        "ask_completion",
        "Hướng dẫn người yêu cầu bổ sung",
        "guide the requester to complete the request",
    )
    NO_STANDING = (
        "no_standing",
        "Người yêu cầu không thuộc đối tượng của Luật",
        "the requester has no right of access under this law",
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
        "responsibility to provide",
    )
    REPRESENTATION = ("representation", "Người thực hiện yêu cầu", "who makes the request")
    FORM_CONTENTS = ("form_contents", "Nội dung Phiếu yêu cầu", "contents of the request form")
    NOT_ACCESSIBLE = (
        "not_accessible",
        "Thông tin không được tiếp cận",
        "information not accessible",
    )
    CONDITIONS = ("conditions", "Điều kiện tiếp cận", "conditions of access")
    ALREADY_DISCLOSED = ("already_disclosed", "Thông tin đã được công khai", "already disclosed")
    PROVIDED_TWICE = (
        "provided_twice",
        "Thông tin đã được cung cấp hai lần",
        "provided twice already",
    )
    CAPACITY = ("capacity", "Khả năng đáp ứng", "capacity of the agency")
    COSTS = ("costs", "Chi phí", "costs")
    PROVISION = ("provision", "Hình thức, trình tự cung cấp", "form and procedure of provision")


class StepResult(CitedStrEnum):
    """What a step found."""

    SATISFIED = ("satisfied", "Đạt", "passed")
    GROUND = ("ground", "Có căn cứ từ chối", "a ground of refusal applies")
    EXCEPTION = ("exception", "Thuộc trường hợp loại trừ", "an exception applies")
    MISSING = ("missing", "Còn thiếu", "something is missing")
    STOP = ("stop", "Dừng xem xét", "the assessment stops here")


@dataclass(frozen=True, slots=True)
class RuleStep(Result):
    """One step of the trace: which check, what it found, on which units of law."""

    order: int
    check: Check
    result: StepResult
    finding: Text
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class ProvisionPlan(Result):
    """How the information is provided (arts. 25, 27, 29–31).

    ``procedure`` is the article and clause whose procedure and time limit apply: art. 29
    (at the office), 30 (electronic) or 31 (post, fax), by the form of provision, simple or
    complex. The due date is :func:`tiepcan.deadlines.response_deadline` with
    ``procedure_channel`` and ``complexity``. ``note`` says why the form differs from the
    one asked for, when it does.
    """

    form: Channel
    requested_form: Channel
    procedure_channel: Channel
    complexity: Complexity
    procedure: Citation
    pay_before_provision: bool
    electronic_methods: tuple[ElectronicMethod, ...] = ()
    basis: tuple[OnRequestBasis, ...] = ()
    notify: tuple[NoticeItem, ...] = tuple(NoticeItem)
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class Decision(Result):
    """The decision on one request: outcome, grounds or gaps, duties, and the trace.

    ``regime`` is the id of the ruleset the decision was made under (resolved once from the
    day of receipt), ``user_supplied`` whether that ruleset came from a user's data directory,
    and ``interpretations`` the ids of the readings of the law it applied
    (:func:`tiepcan.interpretations.interpretation` gives each in full).
    """

    outcome: Outcome
    regime: str
    user_supplied: bool
    steps: tuple[RuleStep, ...]
    citations: tuple[Citation, ...]
    interpretations: tuple[str, ...] = ()
    grounds: tuple[StatedGround, ...] = ()
    deficiencies: tuple[Deficiency, ...] = ()
    consents_needed: tuple[ConditionalCategory, ...] = ()
    redirect_to: str | None = None
    published_at: str | None = None
    provision: ProvisionPlan | None = None
    duties: tuple[ReceiptDuty, ...] = ()
    forms: tuple[DecreeForm, ...] = ()

    def _check(self) -> None:
        refusal = self.outcome.is_refusal
        if refusal != bool(self.grounds):
            raise _incoherent("a refusal carries at least one ground, and only a refusal does")
        if (self.outcome is Outcome.PROVIDE) != (self.provision is not None):
            raise _incoherent("a provision plan goes with the outcome 'provide' only")
        asking = self.outcome in (Outcome.ASK_COMPLETION, Outcome.ASK_CONSENT)
        if asking != bool(self.deficiencies):
            raise _incoherent("deficiencies go with asking for completion or consent only")
        if not self.steps or not self.citations:
            raise _incoherent("a decision records its steps and citations")
        if [s.order for s in self.steps] != list(range(1, len(self.steps) + 1)):
            raise _incoherent("the steps are numbered 1, 2, 3 … in order")
        kinds = [g.ground for g in self.grounds]
        if len(set(kinds)) != len(kinds):
            raise _incoherent("each ground of art. 28(1) is stated once")
        for g in self.grounds:
            g._check()
            if any(c not in self.citations for c in g.citations):
                raise _incoherent("the decision lists every citation of its grounds")
        if len(set(self.interpretations)) != len(self.interpretations):
            raise _incoherent("each interpretation is listed once")

    @property
    def is_refusal(self) -> bool:
        """True when the agency refuses in writing under art. 28 (form 05)."""
        return self.outcome.is_refusal

    def explain(self, lang: Lang = "vi") -> str:
        """The decision in words: outcome, grounds or gaps, duties, then every step.

        Grounds, steps and the provision plan carry their own citations and wording; the
        citations of deficiencies and duties are read from the decision's ruleset
        (``regime``), which must be encoded or registered.
        """
        vi = check_lang(lang) == "vi"
        rules = ruleset(self.regime)
        lines = [
            f"{'Quyết định' if vi else 'Decision'}: {self.outcome.label_in(rules, lang)} "
            f"({'chế độ' if vi else 'regime'} {self.regime}"
            + (", do người dùng cung cấp" if vi else ", user-supplied") * self.user_supplied
            + ")"
        ]
        if self.grounds:
            lines.append("Căn cứ từ chối:" if vi else "Grounds of refusal:")
            for g in self.grounds:
                lines.append(
                    f"  - {g.wording.in_(lang)}: {g.reason.in_(lang)} [{_labels(g.citations, lang)}]"
                )
        if self.deficiencies:
            lines.append("Cần bổ sung:" if vi else "To complete:")
            for d in self.deficiencies:
                extra = f" ({d.detail})" if d.detail else ""
                lines.append(
                    f"  - {d.item.label_in(rules, lang)}{extra} "
                    f"[{d.citation_in(rules).label_in(lang)}]"
                )
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
            if p.note is not None:
                lines.append(f"  {p.note.in_(lang)}")
        lines.append("Nghĩa vụ của cơ quan:" if vi else "The agency's duties:")
        lines += [
            f"  - {d.label_in(rules, lang)} [{d.citation_in(rules).label_in(lang)}]"
            for d in self.duties
        ]
        lines.append("Các bước đã áp dụng:" if vi else "Steps applied:")
        for s in self.steps:
            cites = f" [{_labels(s.citations, lang)}]" if s.citations else ""
            lines.append(
                f"  {s.order}. {s.check.label_in(rules, lang)} — "
                f"{s.result.label_in(rules, lang)}: {s.finding.in_(lang)}{cites}"
            )
        if self.interpretations:
            lines.append(
                ("Cách hiểu đã áp dụng: " if vi else "Interpretations applied: ")
                + ", ".join(self.interpretations)
            )
        return "\n".join(lines)


def _incoherent(what: str) -> InvalidInputError:
    return InvalidInputError(
        "inconsistent-result",
        "Kết quả không nhất quán",
        "the result is not consistent",
        detail=f"decision: {what}",
    )


def _labels(cites: Iterable[Citation], lang: Lang) -> str:
    return "; ".join(c.label_in(lang) for c in cites)


class _Trace:
    """Collects the steps of one assessment, and the interpretations it applied."""

    def __init__(self) -> None:
        self.steps: list[RuleStep] = []
        self.applied: dict[str, None] = {}

    def add(self, check: Check, result: StepResult, vi: str, en: str, *cites: Citation) -> None:
        self.steps.append(
            RuleStep(
                order=len(self.steps) + 1,
                check=check,
                result=result,
                finding=Text(vi, en),
                citations=tuple(dict.fromkeys(cites)),
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
) -> Decision:
    """Decide what the agency does with ``request`` (see the module docstring for the order).

    Models, plain mappings or JSON text are accepted; bad input raises
    ``InvalidInputError``. The ruleset is resolved once, from ``request.received_on`` (the
    governing date of a request), and every citation and wording of the decision is read
    from it. A request received under a regime that is not encoded raises
    ``RegimeNotEncodedError`` unless a regime is passed deliberately (``regime="ati-2016"``).
    """
    req = validate_input(InformationRequest, request, what="request")
    who = validate_input(Requester, requester, what="requester")
    info = validate_input(InformationFacts, facts, what="facts")
    rules = resolve_regime(req.received_on, regime)
    trace = _Trace()
    trace.add(
        Check.REGIME,
        StepResult.SATISFIED,
        f"Nhận yêu cầu ngày {req.received_on.isoformat()}: {rules.regime.name_vi}",
        f"request received {req.received_on.isoformat()}: {rules.regime.name_en}",
        Check.REGIME.citation_in(rules),
    )
    return _Assessment(req, who, info, rules, trace).run()


class _Assessment:
    """The steps of :func:`assess`, one method per step, run in the order of the law."""

    def __init__(
        self,
        req: InformationRequest,
        who: Requester,
        info: InformationFacts,
        rules: Ruleset,
        trace: _Trace,
    ) -> None:
        self.req, self.who, self.info, self.rules, self.trace = req, who, info, rules, trace

    def run(self) -> Decision:
        return self._standing() or self._responsibility() or self._completeness() or self._merits()

    def _cite(self, member: CitedStrEnum) -> Citation:
        return member.citation_in(self.rules)

    # -- 2. standing ----------------------------------------------------------------
    def _standing(self) -> Decision | None:
        found = check_standing(
            self.who,
            related_to_own_rights_and_obligations=self.info.related_to_own_rights_and_obligations,
        )
        result = StepResult.SATISFIED if found.has_standing else StepResult.STOP
        self.trace.add(Check.STANDING, result, found.reason.vi, found.reason.en, *found.citations)
        if found.has_standing:
            return None
        self.trace.apply("no-standing-is-not-a-refusal")
        return self._finish(Outcome.NO_STANDING)

    # -- 3. responsibility ----------------------------------------------------------
    def _responsibility(self) -> Decision | None:
        facts = self.info.responsibility
        self.trace.apply("responsibility-before-completion")
        if facts.agency_kind is AgencyKind.COMMUNE_PEOPLES_COMMITTEE:
            self.trace.apply("commune-residence-applies-to-all")
        if facts.origin is InformationOrigin.CREATED_BY_ANOTHER_AGENCY:
            self.trace.apply("held-not-created-is-not-responsible")
        found = assess_responsibility(facts, rules=self.rules)
        if found.responsible:
            self.trace.add(
                Check.RESPONSIBILITY,
                StepResult.SATISFIED,
                found.reason.vi,
                found.reason.en,
                *found.citations,
            )
            return None
        ground = not_responsible(found.reason, *found.citations, rules=self.rules)
        self.trace.add(
            Check.RESPONSIBILITY,
            StepResult.STOP,
            found.reason.vi,
            found.reason.en,
            self._cite(RefusalGround.NOT_RESPONSIBLE),
            *found.citations,
        )
        self.trace.apply("redirect-is-a-refusal")
        outcome = Outcome.REDIRECT if found.redirect else Outcome.REFUSE
        return self._finish(outcome, grounds=(ground,), redirect_to=facts.responsible_agency)

    # -- 4, 5. representation and form ----------------------------------------------
    def _completeness(self) -> Decision | None:
        form, who = self.req.form, self.who
        if who.under_18 and who.capacity is not CivilActCapacity.FULL:
            self.trace.apply("capacity-before-age")
        if (
            who.acting_through is Intermediary.AUTHORISED_PERSON
            and self.req.channel is not Channel.AT_OFFICE
        ):
            self.trace.apply("authorisation-any-channel")
        who_gaps = check_representation(who, form=form.form)
        who_cites = [law(4), law(24, 1, "a")]
        if isinstance(form, GroupRequestForm):
            self.trace.apply("many-means-two-or-more")
            who_gaps += check_group_list(form)
            who_cites += [law(36, 2), decree13(4, 1), decree13(4, 2)]
        self._gap_step(Check.REPRESENTATION, who_gaps, *who_cites)
        identity = form.requester if isinstance(form, RequestForm) else form.representative
        if identity.id_kind is IdDocumentKind.CITIZEN_ID_CARD:
            self.trace.apply("id-card-includes-can-cuoc")
        self.trace.apply("document-names-required")
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
            "; ".join(g.item.label_in(self.rules) for g in gaps),
            "; ".join(g.item.label_in(self.rules, "en") for g in gaps),
            *(g.citation_in(self.rules) for g in gaps),
        )

    # -- 6–12. the merits -----------------------------------------------------------
    def _merits(self) -> Decision:
        barred = self._not_accessible()
        unmet = self._conditions()
        others = [
            g for g in (self._disclosed(), self._twice(), self._capacity(), self._costs()) if g
        ]
        declined = bool(unmet) and self.info.consent_declined
        if unmet:
            self.trace.apply("missing-consent-asks-first")
        ground_a = not_accessible_or_conditions_unmet(
            barred, unmet if (declined or barred or others) else (), rules=self.rules
        )
        grounds = tuple(g for g in (ground_a, *others) if g is not None)
        if grounds:
            self.trace.apply("list-all-grounds")
            only_b = all(g.ground is RefusalGround.ALREADY_DISCLOSED for g in grounds)
            if only_b:
                self.trace.apply("redirect-is-a-refusal")
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
                "; ".join(g.label_in(self.rules) for g in barred),
                "; ".join(g.label_in(self.rules, "en") for g in barred),
                self._cite(RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET),
                *(self._cite(g) for g in barred),
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
        if ConditionalCategory.FAMILY_SECRET in wanted and (
            ConditionalCategory.FAMILY_SECRET in consented
        ):
            self.trace.apply("family-members-as-found")
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
                *(self._cite(c) for c in wanted),
                law(24, 3),
            )
        else:
            declined = " (đã từ chối đồng ý)" if info.consent_declined else ""
            declined_en = " (consent refused)" if info.consent_declined else ""
            self.trace.add(
                Check.CONDITIONS,
                StepResult.MISSING,
                "Chưa có sự đồng ý: " + ", ".join(c.label_in(self.rules) for c in unmet) + declined,
                "no consent for: "
                + ", ".join(c.label_in(self.rules, "en") for c in unmet)
                + declined_en,
                *(self._cite(c) for c in unmet),
                law(24, 3),
            )
        return unmet

    def _disclosed(self) -> StatedGround | None:
        info = self.info
        majeure = info.force_majeure_prevents_access
        ground = already_disclosed(info.disclosure, force_majeure=majeure, rules=self.rules)
        exception = published_information_exception(info.disclosure, force_majeure=majeure)
        if ground is not None:
            self.trace.add(
                Check.ALREADY_DISCLOSED,
                StepResult.GROUND,
                ground.reason.vi,
                ground.reason.en,
                *ground.citations,
            )
        elif exception is not None:
            self.trace.add(
                Check.ALREADY_DISCLOSED,
                StepResult.EXCEPTION,
                exception.label_in(self.rules),
                exception.label_in(self.rules, "en"),
                self._cite(RefusalGround.ALREADY_DISCLOSED),
                self._cite(exception),
            )
        else:
            self.trace.add(
                Check.ALREADY_DISCLOSED,
                StepResult.SATISFIED,
                info.disclosure.label_in(self.rules),
                info.disclosure.label_in(self.rules, "en"),
                law(17),
            )
        return ground

    def _twice(self) -> StatedGround | None:
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
            self.trace.add(
                Check.PROVIDED_TWICE, StepResult.GROUND, ground.reason.vi, ground.reason.en, cite
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
            exceeds=info.exceeds_capacity,
            disrupts=info.disrupts_normal_operation,
            rules=self.rules,
        )
        cite = self._cite(RefusalGround.EXCEEDS_CAPACITY)
        if ground is not None:
            self.trace.add(
                Check.CAPACITY, StepResult.GROUND, ground.reason.vi, ground.reason.en, cite
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
        ground = unpaid_costs(info.costs, rules=self.rules)
        result = StepResult.GROUND if ground is not None else StepResult.SATISFIED
        self.trace.add(
            Check.COSTS,
            result,
            info.costs.label_in(self.rules),
            info.costs.label_in(self.rules, "en"),
            self._cite(RefusalGround.UNPAID_COSTS),
            self._cite(info.costs),
        )
        return ground

    def _provision(self) -> ProvisionPlan:
        info, asked = self.info, self.req.form.request.provision_form
        assert asked is not None  # guaranteed by the form check (art. 24(2)(c))
        form, note, cites = asked, None, [law(25, 2)]
        electronic_ok = electronic_provision_possible(
            transmissible_file=info.transmissible_file, technical_means=info.technical_means
        )
        if asked is Channel.ELECTRONIC and not electronic_ok:
            form, cites = Channel.AT_OFFICE, [law(30, 1), law(25, 1, "a")]
            note = Text(
                "Không đủ điều kiện cung cấp qua mạng điện tử; cung cấp tại trụ sở",
                "the conditions for electronic provision are not met; provided at the office",
            )
        elif asked is not Channel.AT_OFFICE and not info.form_suits_information:
            form, cites = Channel.AT_OFFICE, [law(25, 2), law(25, 1, "a")]
            note = Text(
                "Hình thức đề nghị không phù hợp với tính chất thông tin; cung cấp tại trụ sở",
                "the form asked for does not suit the information; provided at the office",
            )
        if note is not None:
            self.trace.apply("fallback-to-office")
        self.trace.apply("procedure-follows-provision-form")
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
            *(self._cite(b) for b in basis),
            law(27),
        )
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
        cites += [d.citation_in(self.rules) for d in fields.get("deficiencies", ())]
        if provision is not None:
            cites += [provision.procedure, *(self._cite(b) for b in provision.basis)]
        cites += [self._cite(d) for d in duties] + [self._cite(f) for f in forms]
        cites.append(self._cite(outcome))
        return Decision(
            outcome=outcome,
            regime=self.rules.id,
            user_supplied=self.rules.user_supplied,
            interpretations=tuple(self.trace.applied),
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
    if not dec.is_refusal:
        raise InvalidInputError(
            "not-a-refusal",
            "Quyết định không phải là từ chối cung cấp thông tin",
            "the decision is not a refusal",
            detail=f"outcome={dec.outcome.value}",
        )
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
    )


def _decision(value: object) -> Decision:
    if isinstance(value, Decision):
        return value
    if isinstance(value, str | bytes):
        return Decision.from_json(value)
    if isinstance(value, Mapping):
        return Decision.from_dict(dict(value))
    raise InvalidInputError(
        detail=f"decision: expected a Decision, a mapping or JSON text, got {echo(value)}"
    )
