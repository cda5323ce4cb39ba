"""Quyết định giải quyết yêu cầu — the decision, its steps, and how it explains itself.

What :func:`tiepcan.decision.assess` returns: the :class:`Outcome` (what the agency is to do,
each outcome cited: art. 28 for a refusal, Decree 13 art. 7(2) for provision in part, art.
26(2)–(3) for a request to complete or a redirect, art. 2(1) for information not held, Decree
13 art. 14(2) for the earlier rules), the ordered :class:`RuleStep` trace (one
:class:`Check` each, with what it found, :class:`StepResult`, and its :class:`CitationRole`),
the parts withheld (:class:`WithheldPart`), the :class:`ProvisionPlan` (arts. 25, 27, 29–31)
and the :class:`WrittenAnswer` every outcome but provision is given in (art. 28(2); form 05).

:class:`Decision` checks its own consistency when loaded (``_check``: a refusal carries its
grounds, every citation has one role …) and explains itself in Vietnamese or English
(:meth:`Decision.explain`), its headings read from :mod:`tiepcan.texts.decision`. The public
names are exported by :mod:`tiepcan.decision`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import BilingualStrEnum, Lang, Minimum, Result, Text, check_lang
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import RegimeChoice, Ruleset, ruleset
from tiepcan.foundation.terms import Channel, Complexity
from tiepcan.rules._cited import CitedStrEnum
from tiepcan.rules.access import ConditionalCategory, OnRequestBasis
from tiepcan.rules.refusals import StatedGround
from tiepcan.rules.requesters import Intermediary
from tiepcan.rules.requests import (
    DecreeForm,
    Deficiency,
    ElectronicMethod,
    NoticeItem,
    ReceiptDuty,
)

#: the sentences of a decision (tiepcan/texts/decision.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.decision")


class Outcome(CitedStrEnum):
    """What the agency is to do. Every outcome but ``provide`` has a written answer
    (:class:`WrittenAnswer`).

    Renamed in 2025 so that each name says what it is: ``redirect`` is now
    ``refuse_and_redirect`` and ``guide_to_published`` is ``refuse_as_published`` (both are
    refusals, art. 28(1)(c), (b)); ``ask_completion`` is ``incomplete`` (the time limit has
    not started) or, where the wrong person asked, ``wrong_person``. The former values are
    refused with the error ``renamed-input``, which names the new value.
    """

    PROVIDE = ("provide", "Cung cấp thông tin", "provide the information")
    PROVIDE_IN_PART = (
        "provide_in_part",
        "Cung cấp thông tin sau khi loại bỏ nội dung không được cung cấp",
        "provide the information in part, the protected content removed",
    )
    REFUSE = ("refuse", "Từ chối cung cấp thông tin", "refuse")
    REFUSE_AND_REDIRECT = (
        "refuse_and_redirect",
        "Từ chối, thông báo và hướng dẫn người yêu cầu đến cơ quan có trách nhiệm",
        "refuse, and direct the requester to the responsible agency",
    )
    REFUSE_AS_PUBLISHED = (
        "refuse_as_published",
        "Từ chối và chỉ dẫn nơi thông tin được công khai",
        "refuse, and point to where the information is published",
    )
    ASK_CONSENT = (
        "ask_consent",
        "Hướng dẫn bổ sung văn bản đồng ý trước khi giải quyết",
        "ask for the written consent before deciding",
    )
    INCOMPLETE = (
        "incomplete",
        "Yêu cầu chưa hợp lệ, hướng dẫn bổ sung; thời hạn giải quyết chưa bắt đầu",
        "the request is not yet valid: guide the requester to complete it; the time limit "
        "has not started",
    )
    WRONG_PERSON = (
        "wrong_person",
        "Yêu cầu không do người có quyền yêu cầu thực hiện theo quy định",
        "the request was not made by or through the person the law requires",
    )
    NOT_HELD = (
        "not_held",
        "Thông tin không có sẵn tại cơ quan",
        "the information does not exist or the agency does not hold it",
    )
    NO_STANDING = (
        "no_standing",
        "Người yêu cầu không thuộc đối tượng của Luật",
        "the requester has no right of access under this law",
    )
    EARLIER_RULES = (
        "earlier_rules",
        "Thông tin tạo ra trước ngày 01/7/2018: giải quyết theo quy định trước đó",
        "information created before 2018-07-01: decided under the earlier rules",
    )

    @classmethod
    def _missing_(cls, value: object) -> Outcome | None:
        new = _FORMER_OUTCOMES.get(value) if isinstance(value, str) else None
        if new is not None:
            raise InvalidInputError("renamed-input", detail=f"outcome {value!r} is now {new}")
        return None

    @property
    def is_refusal(self) -> bool:
        """Refuse, refuse-and-redirect and refuse-as-published rest on art. 28(1) (form 05)."""
        return self.value in _REFUSALS

    @property
    def time_limit_started(self) -> bool:
        """Whether a valid request was received, from which arts. 29–31 count the time limit."""
        return self.value not in _NOT_STARTED


_REFUSALS = frozenset({"refuse", "refuse_and_redirect", "refuse_as_published"})
_NOT_STARTED = frozenset(
    {"incomplete", "wrong_person", "ask_consent", "no_standing", "earlier_rules"}
)
#: the former outcome names, refused since 0.x (error ``renamed-input``), with the new names
_FORMER_OUTCOMES = {
    "redirect": "'refuse_and_redirect'",
    "guide_to_published": "'refuse_as_published'",
    "ask_completion": "'incomplete' (the form to complete) or 'wrong_person'",
}

#: the words of a deficiency's locator (the fields of forms 01a, 01b and 06), in Vietnamese
_LOCATOR_VI = {
    "requester": "người yêu cầu",
    "representative": "người đại diện",
    "full_name": "họ và tên",
    "id_number": "số giấy tờ tùy thân",
    "proof": "giấy tờ chứng minh việc đại diện",
    "organisation_name": "tên tổ chức",
    "reason_and_purpose": "lý do, mục đích",
    "member": "thành viên",
    "listed": "người được liệt kê",
    "form": "mẫu",
    "with": "với",
    "acting_through": "thực hiện qua",
}


def _locator(detail: str, rules: Ruleset, lang: Lang) -> str:
    """Where a deficiency was found (``"member 2: full_name"``), in ``lang``: the form's field
    names, and the members of the enumerations it names, read in Vietnamese."""
    if lang == "en":
        return detail
    words: dict[str, str] = rules.cached("decision-locator-words", _locator_words)
    plain = detail.replace("acting_through=", "acting_through ")
    return re.sub(r"[a-z_]+", lambda m: words.get(m.group(), m.group()), plain)


def _locator_words(rules: Ruleset) -> dict[str, str]:
    words = dict(_LOCATOR_VI)
    known = set(rules.keys())
    for enum in (ConditionalCategory, Intermediary):
        words |= {m.value: _lower_first(m.label_in(rules, "vi")) for m in enum if m.key in known}
    return words


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


class Check(CitedStrEnum):
    """The steps of :func:`assess`, in order."""

    REGIME = ("regime", "Văn bản áp dụng", "rules in force")
    CREATED_BEFORE_LAW = (
        "created_before_law",
        "Thông tin được tạo ra trước ngày Luật có hiệu lực",
        "information created before the law took effect",
    )
    STANDING = ("standing", "Chủ thể có quyền", "standing")
    RESPONSIBILITY = (
        "responsibility",
        "Trách nhiệm cung cấp thông tin",
        "responsibility to provide",
    )
    HELD = ("held", "Thông tin có sẵn", "the information exists and is held")
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
    MET = ("met", "Đủ điều kiện", "the condition is met")

    @property
    def decides(self) -> bool:
        """Whether a step with this result decided the case (anything but a plain pass)."""
        return self is not StepResult.SATISFIED


class CitationRole(BilingualStrEnum):
    """The role a step, and every unit of law it cites, plays in a decision.

    * ``decided``: the outcome is the legal consequence of these units. They say who
      exercises the right and by which route (arts. 4, 36, 24(1); Decree 13 art. 4), that
      this agency must provide (art. 9), what opens art. 7 information (art. 7(1)–(3), art.
      24(3)), what is provided on request (art. 23(1)–(3)) and how (arts. 25, 27, 29–31), or
      the ground, gap or stop that ends the request; and the outcome, duties, forms and
      written answer that follow from them.
    * ``applied``: a requirement that applied to this request and was met, so the
      assessment went on, without being what the outcome rests on (the law in force, art.
      37; the information held, art. 2(1); the form's contents, art. 24(2)).
    * ``checked``: a unit whose case is absent here: checked and not applicable (no art. 6
      or 7 content, no ground of art. 28(1)(b)–(e), art. 23(4)'s discretion where art. 9
      binds the agency).
    """

    DECIDED = ("decided", "Căn cứ quyết định", "decided the outcome")
    APPLIED = (
        "applied",
        "Được áp dụng và đáp ứng",
        "applied, and its requirement was met",
    )
    CHECKED = (
        "checked",
        "Đã xem xét, không thuộc trường hợp áp dụng",
        "checked, and not applicable",
    )


@dataclass(frozen=True, slots=True)
class WithheldPart(Result):
    """A part removed before provision (Decree 13 art. 7(2)), with the reasons and sources."""

    part: str
    reason: Text
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class WrittenAnswer(Result):
    """The answer the requester receives in writing, with its reasons.

    ``form`` is form 05 for a refusal, whole or in part (art. 28(2)); ``None`` for the other
    written replies (no standing, information not held, the wrong person asked, a request to
    complete or to attach the consent). ``guidance`` tells the requester what he or she can
    do (turn to the responsible agency, art. 26(3); obtain the consent on form 06; where the
    information is published, art. 10(1)).
    """

    form: DecreeForm | None
    reasons: tuple[Text, ...]
    citations: tuple[Citation, ...]
    guidance: tuple[Text, ...] = ()
    redirect_to: str | None = None

    def _check(self) -> None:
        if not self.reasons or not self.citations:
            raise _incoherent("a written answer states its reasons and cites the law")


@dataclass(frozen=True, slots=True)
class RuleStep(Result):
    """One step of the trace: which check, what it found, on which units of law."""

    order: Annotated[int, Minimum(1)]
    check: Check
    result: StepResult
    finding: Text
    citations: tuple[Citation, ...] = ()
    role: CitationRole = CitationRole.DECIDED


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
    (:func:`tiepcan.foundation.interpretations.interpretation` gives each in full).

    Every step has one :class:`CitationRole`, and every unit of law the decision cites is in
    exactly one of three tuples:

    * ``deciding_citations`` (role ``decided``): the units whose legal consequence the outcome
      is: the steps of role ``decided`` (the right and its route, the agency's responsibility,
      the opening of art. 7 information, the ground, gap or stop), the grounds, the parts
      withheld, the deficiencies, the provision (its form, procedure and art. 23 basis), the
      written answer, the duties, the forms and the outcome;
    * ``applied_citations`` (role ``applied``): requirements that applied and were met (the
      law in force, the information held, the form's contents);
    * ``checked_citations`` (role ``checked``): units checked and not applicable here.

    A unit cited in two roles keeps the first of decided, applied, checked.
    ``citations`` is the three, in that order.
    """

    outcome: Outcome
    regime: str
    user_supplied: bool
    steps: tuple[RuleStep, ...]
    deciding_citations: tuple[Citation, ...]
    applied_citations: tuple[Citation, ...] = ()
    checked_citations: tuple[Citation, ...] = ()
    interpretations: tuple[str, ...] = ()
    grounds: tuple[StatedGround, ...] = ()
    withheld: tuple[WithheldPart, ...] = ()
    deficiencies: tuple[Deficiency, ...] = ()
    consents_needed: tuple[ConditionalCategory, ...] = ()
    redirect_to: str | None = None
    published_at: str | None = None
    provision: ProvisionPlan | None = None
    answer: WrittenAnswer | None = None
    duties: tuple[ReceiptDuty, ...] = ()
    forms: tuple[DecreeForm, ...] = ()
    #: the day the request was sent ("được gửi"), when given (Law 01/2026/QH16 art. 31(4))
    sent: date | None = None
    #: which rule chose ``regime``: the law in force on the day received, a transitional
    #: provision (a request sent before the new law took effect), or the caller
    chosen_by: RegimeChoice = RegimeChoice.IN_FORCE

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every unit of law the decision cites: decided, then applied, then checked."""
        return self.deciding_citations + self.applied_citations + self.checked_citations

    @property
    def time_limit_started(self) -> bool:
        """Whether the time limits of arts. 29–31 run (from a valid request)."""
        return self.outcome.time_limit_started

    def _check(self) -> None:
        out = self.outcome
        in_part = out is Outcome.PROVIDE_IN_PART
        if (out.is_refusal or in_part) != bool(self.grounds):
            raise _incoherent("a refusal, whole or in part, carries its grounds; nothing else")
        if in_part != bool(self.withheld):
            raise _incoherent("withheld parts go with provision in part only")
        if (out in (Outcome.PROVIDE, Outcome.PROVIDE_IN_PART)) != (self.provision is not None):
            raise _incoherent("a provision plan goes with provision (whole or in part) only")
        asking = out in (Outcome.INCOMPLETE, Outcome.WRONG_PERSON, Outcome.ASK_CONSENT)
        if asking != bool(self.deficiencies):
            raise _incoherent("deficiencies go with an incomplete request or a wrong person")
        if self.redirect_to is not None and out is not Outcome.REFUSE_AND_REDIRECT:
            raise _incoherent("only a redirect names the responsible agency (art. 26(3))")
        answered = out is not Outcome.PROVIDE
        if answered != (self.answer is not None):
            raise _incoherent("every answer but provision is given in writing")
        if self.answer is not None:
            self.answer._check()
        roles = (self.deciding_citations, self.applied_citations, self.checked_citations)
        if len(set().union(*roles)) != sum(len(set(r)) for r in roles):
            raise _incoherent("a citation has one role: decided, applied or checked")
        by_role = {
            CitationRole.DECIDED: set(self.deciding_citations),
            CitationRole.APPLIED: set(self.applied_citations),
            CitationRole.CHECKED: set(self.checked_citations),
        }
        for step in self.steps:
            for c in step.citations:
                first = next((r for r in CitationRole if c in by_role[r]), None)
                if first is None or _RANK[first] > _RANK[step.role]:
                    raise _incoherent(f"step {step.order} cites {c.ref} in a later role")
        if not self.steps or not self.deciding_citations:
            raise _incoherent("a decision records its steps and citations")
        if [s.order for s in self.steps] != list(range(1, len(self.steps) + 1)):
            raise _incoherent("the steps are numbered 1, 2, 3 … in order")
        kinds = [g.ground for g in self.grounds]
        if len(set(kinds)) != len(kinds):
            raise _incoherent("each ground of art. 28(1) is stated once")
        for g in self.grounds:
            g._check()
            if any(c not in self.deciding_citations for c in g.citations):
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
        (``regime``), which must be encoded or registered. The headings are the texts of
        :mod:`tiepcan.texts.decision` (``explain.*``).
        """
        lang = check_lang(lang)
        rules = ruleset(self.regime)
        head = "explain.decision.user_supplied" if self.user_supplied else "explain.decision"
        lines = [_say(head, lang, outcome=self.outcome.label_in(rules, lang), regime=self.regime)]
        lines += self._answer_lines(rules, lang)
        lines += self._provision_lines(lang)
        lines.append(_say("explain.duties", lang))
        lines += [
            f"  - {d.label_in(rules, lang)} [{d.citation_in(rules).label_in(lang)}]"
            for d in self.duties
        ]
        lines += self._step_lines(rules, lang)
        return "\n".join(lines)

    def _answer_lines(self, rules: Ruleset, lang: Lang) -> list[str]:
        """The grounds (art. 28(2)), the gaps (art. 26(2)), the parts removed (Decree 13 art.
        7(2)), where to turn (art. 26(3)) or look (art. 10(1)), whether the time limit runs
        (arts. 29–31), and the written answer."""
        lines: list[str] = []
        if self.grounds:
            lines.append(_say("explain.grounds", lang))
            for g in self.grounds:
                lines.append(
                    f"  - {g.wording.in_(lang)}: {g.reason.in_(lang)} [{_labels(g.citations, lang)}]"
                )
        if self.deficiencies:
            lines.append(_say("explain.deficiencies", lang))
            for d in self.deficiencies:
                extra = f" ({_locator(d.detail, rules, lang)})" if d.detail else ""
                lines.append(
                    f"  - {d.item.label_in(rules, lang)}{extra} "
                    f"[{d.citation_in(rules).label_in(lang)}]"
                )
        if self.withheld:
            lines.append(_say("explain.withheld", lang))
            for w in self.withheld:
                lines.append(f"  - {w.part}: {w.reason.in_(lang)} [{_labels(w.citations, lang)}]")
        if self.redirect_to:
            lines.append(_say("explain.redirect_to", lang, agency=self.redirect_to))
        if self.published_at:
            lines.append(_say("explain.published_at", lang, place=self.published_at))
        if self.outcome is Outcome.EARLIER_RULES:
            lines.append(_say("explain.earlier_rules", lang))
        elif not self.time_limit_started:
            lines.append(_say("explain.not_started", lang))
        if self.answer is not None:
            a = self.answer
            if a.form is None:
                lines.append(_say("explain.answer", lang))
            else:
                lines.append(_say("explain.answer.form", lang, form=a.form.label_in(rules, lang)))
            lines += [f"  - {r.in_(lang)}" for r in a.reasons]
            lines += [f"  > {g.in_(lang)}" for g in a.guidance]
            lines.append(f"  [{_labels(a.citations, lang)}]")
        return lines

    def _provision_lines(self, lang: Lang) -> list[str]:
        """The form of provision and the clause whose procedure applies (arts. 25, 29–31)."""
        p = self.provision
        if p is None:
            return []
        lines = [
            _say(
                "explain.provision",
                lang,
                form=p.form.label(lang),
                procedure=p.procedure.label_in(lang),
            )
        ]
        if p.note is not None:
            lines.append(f"  {p.note.in_(lang)}")
        return lines

    def _step_lines(self, rules: Ruleset, lang: Lang) -> list[str]:
        """Every step, then the citations by role, then the interpretations applied."""
        lines = [_say("explain.steps", lang)]
        for s in self.steps:
            cites = f" [{_labels(s.citations, lang)}]" if s.citations else ""
            lines.append(
                f"  {s.order}. {s.check.label_in(rules, lang)} — "
                f"{s.result.label_in(rules, lang)} ({s.role.label(lang)}): "
                f"{s.finding.in_(lang)}{cites}"
            )
        for role, role_cites in (
            (CitationRole.DECIDED, self.deciding_citations),
            (CitationRole.APPLIED, self.applied_citations),
            (CitationRole.CHECKED, self.checked_citations),
        ):
            if role_cites:
                citations = _labels(role_cites, lang)
                lines.append(_say(f"explain.role.{role.value}", lang, citations=citations))
        if self.interpretations:
            ids = ", ".join(self.interpretations)
            lines.append(_say("explain.interpretations", lang, ids=ids))
        return lines


def _say(key: str, lang: Lang, **fields: object) -> str:
    """The text ``key`` of the decision's table, in ``lang``."""
    return say(TEXTS, key, **fields).in_(lang)


#: the order of the roles: a unit cited in two roles keeps the first
_RANK = {CitationRole.DECIDED: 0, CitationRole.APPLIED: 1, CitationRole.CHECKED: 2}


def _incoherent(what: str) -> InvalidInputError:
    return InvalidInputError("inconsistent-result", detail=f"decision: {what}")


def _labels(cites: Iterable[Citation], lang: Lang) -> str:
    return "; ".join(c.label_in(lang) for c in cites)
