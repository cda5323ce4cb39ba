"""Từ chối yêu cầu cung cấp thông tin — refusing a request.

Implements Law 104/2016/QH13, art. 28. Clause 1 lists the only grounds on which a state
agency refuses to provide information, points a, b, c, d, đ, e; clause 2 requires the
refusal in writing, with reasons (Decree 13/2018/NĐ-CP art. 5(1)(đ), form 05).

Two grounds carry their own exceptions, applied here in the law's order (base rule, then
exception):

* point b (information disclosed under art. 17) does not apply in the cases of art. 23(1):
  not yet disclosed within its period (a), period expired (b), force majeure (c);
* point d (already provided twice to the same requester) does not apply where the requester
  has a legitimate reason ("lý do chính đáng"), which is the agency's finding.

Member values are the law's letters in ASCII ("dd" for đ, so that JSON and URLs stay
simple); ``.letter`` is the law's own letter.

>>> RefusalGround.UNPAID_COSTS.citation.label
'Điều 28 khoản 1 điểm e Luật Tiếp cận thông tin số 104/2016/QH13'
>>> RefusalGround.UNPAID_COSTS.citation.text()[:49]
'Người yêu cầu cung cấp thông tin không thanh toán'
>>> RefusalGround("dd").letter, RefusalGround("dd").name
('đ', 'EXCEEDS_CAPACITY')
>>> already_provided_twice(2, legitimate_reason=False, rules="ati-2016").ground
<RefusalGround.ALREADY_PROVIDED_TWICE: 'd'>
>>> already_provided_twice(2, legitimate_reason=True, rules="ati-2016") is None
True
>>> already_disclosed("disclosed", force_majeure=True, rules="ati-2016") is None
True

The functions that state a ground take the ruleset to cite from (``rules=``: a ruleset, a
regime or its id); :func:`tiepcan.decision.assess` passes the one it resolved from the day
of receipt. A ground's wording is the ruleset's (``rules.label("refusal_ground.e", …)``), so a
later regime may reword it without an edit here.
>>> [e.citation.label_en for e in RefusalGround.ALREADY_DISCLOSED.exceptions]  # doctest: +NORMALIZE_WHITESPACE
['Law 104/2016/QH13 on Access to Information, art. 23(1)(a)',
 'Law 104/2016/QH13 on Access to Information, art. 23(1)(b)',
 'Law 104/2016/QH13 on Access to Information, art. 23(1)(c)']
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import Lang, Result, Text, as_day, check_lang, echo
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import RegimeLike, Ruleset
from tiepcan.rules._cited import CitedStrEnum, count, flag, members, rules_of
from tiepcan.rules.access import (
    ConditionalCategory,
    DisclosureStatus,
    NotAccessibleGround,
)
from tiepcan.rules.requests import CostStatus, DecreeForm, ReceiptDuty

#: the sentences this module says (tiepcan/texts/rules_refusals.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.rules_refusals")

__all__ = [
    "GroundException",
    "RefusalGround",
    "RefusalNotice",
    "StatedGround",
    "already_disclosed",
    "already_provided_twice",
    "exceeds_capacity",
    "not_accessible_or_conditions_unmet",
    "not_responsible",
    "published_information_exception",
    "refusal_notice_of",
    "state_ground",
    "unpaid_costs",
]


class RefusalGround(CitedStrEnum):
    """Art. 28(1): the closed list of grounds of refusal, one member per point.

    Each Vietnamese label is the text of its point, verbatim.
    """

    NOT_ACCESSIBLE_OR_CONDITIONS_UNMET = (
        "a",
        "Thông tin quy định tại Điều 6 của Luật này; thông tin không đáp ứng điều kiện quy định "
        "tại Điều 7 của Luật này",
        "information of art. 6, or art. 7 information whose conditions are not met",
    )
    ALREADY_DISCLOSED = (
        "b",
        "Thông tin được công khai theo quy định tại Điều 17 của Luật này, trừ trường hợp quy "
        "định tại khoản 1 Điều 23 của Luật này",
        "information disclosed under art. 17, except the cases of art. 23(1)",
    )
    NOT_RESPONSIBLE = (
        "c",
        "Thông tin được yêu cầu không thuộc trách nhiệm cung cấp",
        "the agency is not responsible for providing the information",
    )
    ALREADY_PROVIDED_TWICE = (
        "d",
        "Thông tin đã được cung cấp hai lần cho chính người yêu cầu, trừ trường hợp người yêu "
        "cầu có lý do chính đáng",
        "already provided twice to the same requester, unless he or she has a legitimate reason",
    )
    EXCEEDS_CAPACITY = (
        "dd",
        "Thông tin được yêu cầu vượt quá khả năng đáp ứng hoặc làm ảnh hưởng đến hoạt động "
        "bình thường của cơ quan",
        "the request exceeds the agency's capacity or disrupts its normal work",
    )
    UNPAID_COSTS = (
        "e",
        "Người yêu cầu cung cấp thông tin không thanh toán chi phí thực tế để in, sao, chụp, "
        "gửi thông tin qua dịch vụ bưu chính, fax",
        "the requester has not paid the actual costs of printing, copying or sending",
    )

    @property
    def letter(self) -> str:
        """The law's own letter of the point: a, b, c, d, đ, e."""
        return "đ" if self.value == "dd" else self.value

    @property
    def exceptions(self) -> tuple[GroundException, ...]:
        """The exceptions the law writes into this ground (points b and d only)."""
        return tuple(e for e in GroundException if e.ground is self)


class GroundException(CitedStrEnum):
    """The exceptions inside the grounds: art. 23(1)(a)–(c) for point b; "lý do chính
    đáng" (a legitimate reason) for point d."""

    NOT_YET_DISCLOSED = (
        "not_yet_disclosed",
        "Thông tin trong thời hạn công khai nhưng chưa được công khai",
        "within its disclosure period but not yet disclosed",
    )
    DISCLOSURE_PERIOD_EXPIRED = (
        "disclosure_period_expired",
        "Thông tin hết thời hạn công khai theo quy định của pháp luật",
        "its disclosure period under the law has expired",
    )
    FORCE_MAJEURE = (
        "force_majeure",
        "Thông tin đang được công khai nhưng vì lý do bất khả kháng người yêu cầu không thể "
        "tiếp cận được",
        "disclosed, but force majeure prevents the requester from reaching it",
    )
    LEGITIMATE_REASON = (
        "legitimate_reason",
        "Người yêu cầu có lý do chính đáng",
        "the requester has a legitimate reason to ask again",
    )

    @property
    def ground(self) -> RefusalGround:
        """The ground this exception lifts."""
        if self is GroundException.LEGITIMATE_REASON:
            return RefusalGround.ALREADY_PROVIDED_TWICE
        return RefusalGround.ALREADY_DISCLOSED


def published_information_exception(
    status: DisclosureStatus | str, *, force_majeure: bool
) -> GroundException | None:
    """Which art. 23(1) exception lifts point b for art. 17 information, if any.

    Information that art. 17 does not cover has no exception to find: point b cannot apply
    to it in the first place.
    """
    status = DisclosureStatus.coerce(status, field="disclosure")
    force_majeure = flag(force_majeure, field="force_majeure")
    if status is DisclosureStatus.DUE_NOT_YET_DISCLOSED:
        return GroundException.NOT_YET_DISCLOSED
    if status is DisclosureStatus.DISCLOSURE_PERIOD_EXPIRED:
        return GroundException.DISCLOSURE_PERIOD_EXPIRED
    if status is DisclosureStatus.DISCLOSED and force_majeure:
        return GroundException.FORCE_MAJEURE
    return None


@dataclass(frozen=True, slots=True)
class StatedGround(Result):
    """A ground of refusal as stated to the requester: the ground, its reasons, its sources.

    Art. 28(2) requires the reasons to be stated ("nêu rõ lý do"), so the reason is required
    in both languages. ``wording`` is the ground's text under the ruleset that stated it (the
    2016 wording is the text of the point); ``citations`` puts the ground's own citation
    first, then the other units of law the reason relies on (e.g. art. 6(1) behind point a).
    """

    ground: RefusalGround
    wording: Text
    reason: Text
    citations: tuple[Citation, ...]
    #: the ground's regime-neutral key (:mod:`tiepcan.foundation.grounds`: ``"costs_unpaid"`` under both
    #: laws), so that refusals add up by reason across 2026-09-01; ``None`` only for a ruleset
    #: without ``refusal_grounds.toml`` (a user's ruleset)
    neutral_key: str | None = None

    @property
    def citation(self) -> Citation:
        """The point of art. 28(1) (under the ruleset that stated the ground)."""
        return self.citations[0]

    def _check(self) -> None:
        if not self.citations:
            raise _bad("a stated ground cites its point of art. 28(1)", self.ground)
        if len(set(self.citations)) != len(self.citations):
            raise _bad("a stated ground cites each unit of law once", self.ground)
        for text in (self.wording, self.reason):
            if not text.vi.strip() or not text.en.strip():
                raise _bad("a ground is stated with its wording and reasons (art. 28(2))", text)


def _bad(what: str, value: object) -> InvalidInputError:
    return InvalidInputError("inconsistent-result", detail=f"{what}: {echo(value)}")


def state_ground(
    ground: RefusalGround | str, reason: Text, *supporting: Citation, rules: RegimeLike
) -> StatedGround:
    """A ground stated with its reasons, cited and worded under ``rules``."""
    ground = RefusalGround.coerce(ground, field="ground")
    rs = rules_of(rules)
    if not isinstance(reason, Text) or not reason.vi.strip() or not reason.en.strip():
        raise InvalidInputError(
            "invalid-input",
            detail=f"the reasons of a refusal must be stated (art. 28(2)): reason={echo(reason)}",
        )
    if not all(isinstance(c, Citation) for c in supporting):
        raise InvalidInputError(detail=f"supporting citations: {echo(supporting)}")
    own = ground.citation_in(rs)
    return StatedGround(
        ground=ground,
        wording=ground.text_in(rs),
        reason=reason,
        citations=tuple(dict.fromkeys((own, *supporting))),
        neutral_key=_neutral_key(ground, rs),
    )


def _stated(rules: Ruleset, ground: RefusalGround, reason: Text, *cites: Citation) -> StatedGround:
    return StatedGround(
        ground=ground,
        wording=ground.text_in(rules),
        reason=reason,
        citations=tuple(dict.fromkeys((ground.citation_in(rules), *cites))),
        neutral_key=_neutral_key(ground, rules),
    )


def _neutral_tables(
    rules: Ruleset,
) -> tuple[dict[str, str], dict[str, Citation]]:
    """The ruleset's neutral keys: ground member → key, and reason key → its unit of law
    (empty where the ruleset has no ``refusal_grounds.toml``)."""
    from tiepcan.foundation.grounds import refusal_grounds, refusal_reasons

    def build(rs: Ruleset) -> tuple[dict[str, str], dict[str, Citation]]:
        if not os.path.isfile(os.path.join(rs.data_dir, "refusal_grounds.toml")):
            return {}, {}
        return (
            {g.member: g.key for g in refusal_grounds(rs)},
            {r.key: r.citation for r in refusal_reasons(rs)},
        )

    tables: tuple[dict[str, str], dict[str, Citation]] = rules.cached("neutral-keys", build)
    return tables


def _neutral_key(ground: RefusalGround, rules: Ruleset) -> str | None:
    return _neutral_tables(rules)[0].get(ground.value)


#: the neutral reason (refusal_grounds.toml) behind an art. 7 / art. 16 category refused for
#: want of consent: under Law 01/2026/QH16 that information is art. 15(2)–(3) information
#: ("trừ trường hợp quy định tại khoản 1 [2] Điều 16"), which the refusal cites
_CLOSED_REASON = {
    ConditionalCategory.PRIVATE_LIFE_SECRET: "private_life_without_consent",
    ConditionalCategory.PERSONAL_SECRET: "private_life_without_consent",
    ConditionalCategory.FAMILY_SECRET: "family_secret_without_consent",
    ConditionalCategory.TRADE_SECRET: "trade_secret_without_consent",
    ConditionalCategory.PERSONAL_DATA: "personal_data",
}


def closed_category_citations(
    categories: Iterable[ConditionalCategory], rules: RegimeLike
) -> tuple[Citation, ...]:
    """The units that withhold conditional information whose condition is unmet: each
    category's own unit (art. 7 / art. 16), then the unit of its neutral reason
    (``refusal_grounds.toml``: Law 01/2026/QH16 art. 15(2)–(3); under Law 104/2016 the same
    art. 7 clause)."""
    rs = rules_of(rules)
    reasons = _neutral_tables(rs)[1]
    cites: list[Citation] = []
    for c in categories:
        cites.append(c.citation_in(rs))
        extra = reasons.get(_CLOSED_REASON.get(c, ""))
        if extra is not None:
            cites.append(extra)
    return tuple(dict.fromkeys(cites))


def not_accessible_or_conditions_unmet(
    not_accessible: Iterable[NotAccessibleGround | str],
    unmet: Iterable[ConditionalCategory | str],
    *,
    rules: RegimeLike,
) -> StatedGround | None:
    """Point a: art. 6 information, or art. 7 information whose conditions are not met.

    ``not_accessible`` must already leave out a declassified state secret (art. 6(1)).
    """
    barred = tuple(
        dict.fromkeys(members(NotAccessibleGround, not_accessible, field="not_accessible"))
    )
    pending = tuple(dict.fromkeys(members(ConditionalCategory, unmet, field="unmet")))
    rs = rules_of(rules)
    if not barred and not pending:
        return None
    no_consent = [
        say(TEXTS, "ground.a.no_consent", category=Text(c.label_in(rs), c.label_in(rs, "en")))
        for c in pending
    ]
    vi = "; ".join([g.label_in(rs) for g in barred] + [t.vi for t in no_consent])
    en = "; ".join([g.label_in(rs, "en") for g in barred] + [t.en for t in no_consent])
    cites = [g.citation_in(rs) for g in barred] + list(closed_category_citations(pending, rs))
    return _stated(rs, RefusalGround.NOT_ACCESSIBLE_OR_CONDITIONS_UNMET, Text(vi, en), *cites)


def already_disclosed(
    status: DisclosureStatus | str, *, force_majeure: bool, rules: RegimeLike
) -> StatedGround | None:
    """Point b, with the art. 23(1) exceptions: only currently disclosed art. 17 information
    for which no force majeure is shown is refused on this ground."""
    status = DisclosureStatus.coerce(status, field="disclosure")
    rs = rules_of(rules)
    if published_information_exception(status, force_majeure=force_majeure) is not None:
        return None
    if status is not DisclosureStatus.DISCLOSED:
        return None
    return _stated(
        rs,
        RefusalGround.ALREADY_DISCLOSED,
        say(TEXTS, "ground.b.disclosed"),
        rs.citation(DisclosureStatus.DISCLOSED.key),
        rs.citation("decision.published_freely"),
    )


def not_responsible(reason: Text, *supporting: Citation, rules: RegimeLike) -> StatedGround:
    """Point c: the agency is not responsible for providing the information (art. 9)."""
    return state_ground(RefusalGround.NOT_RESPONSIBLE, reason, *supporting, rules=rules)


def already_provided_twice(
    times_provided: int, *, legitimate_reason: bool, rules: RegimeLike
) -> StatedGround | None:
    """Point d: provided twice already to this requester, and no legitimate reason shown.

    "Hai lần" is read as two completed provisions of the same information to the same
    requester; this request would be the third (interpretation ``twice-means-two-before``).
    """
    times = count(times_provided, field="times_provided")
    legitimate = flag(legitimate_reason, field="legitimate_reason")
    rs = rules_of(rules)
    if times < 2 or legitimate:
        return None
    return _stated(
        rs, RefusalGround.ALREADY_PROVIDED_TWICE, say(TEXTS, "ground.d.provided_twice", times=times)
    )


def exceeds_capacity(*, exceeds: bool, disrupts: bool, rules: RegimeLike) -> StatedGround | None:
    """Point đ: beyond the agency's capacity, or disrupting its normal work (either suffices)."""
    exceeds = flag(exceeds, field="exceeds")
    disrupts = flag(disrupts, field="disrupts")
    rs = rules_of(rules)
    if not (exceeds or disrupts):
        return None
    if exceeds and disrupts:
        reason = say(TEXTS, "ground.dd.both")
    elif exceeds:
        reason = say(TEXTS, "ground.dd.exceeds")
    else:
        reason = say(TEXTS, "ground.dd.disrupts")
    return _stated(rs, RefusalGround.EXCEEDS_CAPACITY, reason)


def unpaid_costs(status: CostStatus | str, *, rules: RegimeLike) -> StatedGround | None:
    """Point e: the requester has not paid the actual costs (paid before provision,
    Decree 13 art. 13(2)). Costs still awaited are not yet a refusal."""
    status = CostStatus.coerce(status, field="costs")
    rs = rules_of(rules)
    if status is not CostStatus.NOT_PAID:
        return None
    return _stated(
        rs,
        RefusalGround.UNPAID_COSTS,
        say(TEXTS, "ground.e.unpaid"),
        rs.citation("decision.requester_pays"),
        rs.citation("decision.payment_terms"),
        rs.citation("decision.pay_before_provision"),
    )


@dataclass(frozen=True, slots=True)
class RefusalNotice(Result):
    """Mẫu số 05 — the written refusal (art. 28(2); Decree 13 art. 5(1)(đ)).

    It states each ground with its reasons and the ruleset's wording (at least one; no
    ground twice). A refusal on point c may name the agency to turn to (art. 26(3)); one on
    point b may say where the information is published (art. 10(1)). ``citations`` starts
    with art. 28(2) (the duty to refuse in writing), then every ground's citations, under the
    ruleset of the decision (``regime``; ``user_supplied`` when an agency supplied it).
    """

    FORM: ClassVar[DecreeForm] = DecreeForm.FORM_05

    agency: str
    requester_name: str
    request_received_on: date
    information_requested: str
    grounds: tuple[StatedGround, ...]
    issued_on: date
    regime: str
    user_supplied: bool
    citations: tuple[Citation, ...]
    redirect_to: str | None = None
    published_at: str | None = None
    guidance: tuple[Text, ...] = ()

    def _check(self) -> None:
        for name in ("agency", "requester_name", "information_requested"):
            if not getattr(self, name).strip():
                raise _bad(f"form 05 names the {name.replace('_', ' ')}", getattr(self, name))
        if not self.grounds:
            raise _bad("a refusal states at least one ground (art. 28(2))", self.grounds)
        kinds = [g.ground for g in self.grounds]
        if len(set(kinds)) != len(kinds):
            raise _bad("each ground of art. 28(1) is stated once", [k.value for k in kinds])
        for g in self.grounds:
            g._check()
        if self.issued_on < self.request_received_on:
            raise _bad("issued_on is before the request was received", self.issued_on)
        if not self.citations or any(
            c not in self.citations for g in self.grounds for c in g.citations
        ):
            raise _bad("the notice cites art. 28(2) and every ground's citations", self.citations)

    def explain(self, lang: Lang = "vi") -> str:
        """The notice's grounds in words, each with its reasons and citations."""
        check_lang(lang)
        head = say(TEXTS, "notice.head", agency=self.agency, issued_on=self.issued_on.isoformat())
        lines = [head.in_(lang)]
        for g in self.grounds:
            cites = "; ".join(c.label_in(lang) for c in g.citations)
            wording = _named_law(g.wording.in_(lang), g.citation, lang)
            lines.append(f"  - {wording}: {g.reason.in_(lang)} [{cites}]")
        if self.redirect_to:
            lines.append(say(TEXTS, "notice.redirect_to", agency=self.redirect_to).in_(lang))
        if self.published_at:
            lines.append(say(TEXTS, "notice.published_at", place=self.published_at).in_(lang))
        lines += [f"  {t.in_(lang)}" for t in self.guidance]
        return "\n".join(lines)


def _named_law(text: str, citation: Citation, lang: Lang) -> str:
    """A ground's statutory words addressed to a citizen: "Luật này" ("this Law") has no
    referent in a notice, so the law the ground is in is named (as forms 05 does)."""
    label = citation.label_in(lang)
    if lang == "vi":
        at = label.find("Luật ")
        name = label[at:] if at >= 0 else label
        return text.replace("Luật này", name)
    return text.replace("this Law", label.split(", art.")[0])


def refusal_notice_of(
    grounds: Iterable[StatedGround],
    *,
    agency: str,
    requester_name: str,
    request_received_on: date,
    information_requested: str,
    issued_on: date,
    rules: RegimeLike,
    redirect_to: str | None = None,
    published_at: str | None = None,
    guidance: Iterable[Text] = (),
) -> RefusalNotice:
    """Form 05 from stated grounds, cited under ``rules`` (checked like a loaded notice)."""
    rs = rules_of(rules)
    stated = tuple(grounds)
    cites = [
        ReceiptDuty.REFUSE_IN_WRITING.citation_in(rs),
        *(c for g in stated for c in g.citations),
    ]
    for name, day in (("issued_on", issued_on), ("request_received_on", request_received_on)):
        as_day(day, name, governing=True)
    for name, text in (
        ("agency", agency),
        ("requester_name", requester_name),
        ("information_requested", information_requested),
    ):
        if not isinstance(text, str):
            raise InvalidInputError(detail=f"{name}={echo(text)}")
    notice = RefusalNotice(
        agency=agency,
        requester_name=requester_name,
        request_received_on=request_received_on,
        information_requested=information_requested,
        grounds=stated,
        issued_on=issued_on,
        regime=rs.id,
        user_supplied=rs.user_supplied,
        citations=tuple(dict.fromkeys(cites)),
        redirect_to=redirect_to,
        published_at=published_at,
        guidance=tuple(guidance),
    )
    notice._check()
    return notice
