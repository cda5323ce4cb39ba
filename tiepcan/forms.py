"""Các mẫu phiếu sử dụng trong cung cấp thông tin theo yêu cầu — the forms an agency issues.

Implements Decree 13/2018/NĐ-CP art. 5(1)(b)–(đ): the four documents an agency sends a
requester, each built from the library's own results and rendered as text in Vietnamese or
English (``render``), with an account of where each entry comes from (``explain``):

* **Mẫu số 02** — Phiếu tiếp nhận yêu cầu cung cấp thông tin (:class:`ReceiptForm`): the
  request is received and entered in the register (Law art. 26(1)); what is missing
  (art. 26(2)); the time limit, which runs from the day a *valid* request is received
  (arts. 29–31), so an incomplete request has none yet;
* **Mẫu số 03** — Phiếu giải quyết yêu cầu cung cấp thông tin (:class:`ResolutionForm`): the
  time limit, place and form of provision, the actual costs and the method and deadline of
  payment (Law art. 27; Decree 13 art. 13(2); Circular 46/2018 art. 4(1)). Its costs part *is*
  the :class:`tiepcan.fees.FeeNotice`: one model of form 03;
* **Mẫu số 04** — Thông báo gia hạn (:class:`ExtensionForm`): the reason and the new date,
  sent "trong thời hạn cung cấp thông tin", i.e. by the original due date (arts. 29(2),
  30(4), 31(2));
* **Mẫu số 05** — Thông báo từ chối (:class:`RefusalForm`): the grounds with their reasons
  (art. 28(2)); its content is the :class:`tiepcan.rules.refusals.RefusalNotice` of
  :func:`tiepcan.decision.refusal_notice`.

The reading the library takes for the forms (docs/forms.md): the forms are those of Decree
13's annex (Phụ lục, art. 5(1)), whose text is not in the official codification the library
bundles; each form holds what the law requires the document to say (arts. 24(2)(a), 26–29,
28(2)) and is laid out as Decree 30/2020/NĐ-CP Appendix I lays out an administrative document:
the agency top left with the number under it; the national title and motto top right with the
place and date under them, on the number's line (:func:`tiepcan.foundation._layout.dateline`, the one
dateline of forms and reports); the title; "Kính gửi"; the body; the legal basis by label;
"Nơi nhận" bottom left; the signature bottom right. ``render`` gives it as text,
``render_html`` as a printable A4 page.

A form is regime-bound like every result: its ``regime`` is that of its inputs (the
deadline, the decision, the quote), never a default; a receipt built from a bare request
resolves the regime from the day the request was received.

An electronic request for complex information received the day before Tết 2024 (8–14/2/2024
off, Công văn 8662/VPCP-KGVX): due 06/03/2024, extended to 21/03/2024 by a notice of 19/02/2024:

>>> from datetime import date
>>> from tiepcan.deadlines import response_deadline
>>> request = {
...     "channel": "electronic", "received_on": "2024-02-07",
...     "form": {"form": "01a",
...              "requester": {"full_name": "Nguyễn Văn A", "residence_address": "Hà Nội",
...                            "id_kind": "citizen_id_card", "id_number": "001099000001",
...                            "email": "a@example.vn"},
...              "request": {"description": "Hồ sơ giao đất", "provision_form": "electronic",
...                          "document_names": ["Quyết định 12/QĐ-UBND"],
...                          "reason_and_purpose": "Bảo vệ quyền sử dụng đất"}}}
>>> deadline = response_deadline(date(2024, 2, 7), "electronic", "complex", extended=True)
>>> f = extension_form(deadline, request=request, reason="Cần tập hợp từ nhiều đơn vị",
...                    issued_on=date(2024, 2, 19), agency="Sở Tài nguyên và Môi trường tỉnh X")
>>> f.deadline.original_due, f.deadline.due
(datetime.date(2024, 3, 6), datetime.date(2024, 3, 21))
>>> print(f.render("vi").splitlines()[6].strip())
THÔNG BÁO GIA HẠN YÊU CẦU CUNG CẤP THÔNG TIN
>>> extension_form(deadline, request=request, reason="…", issued_on=date(2024, 3, 7),
...                agency="Sở X")
Traceback (most recent call last):
tiepcan.foundation.errors.InvalidInputError: [extension-notice-late] ...
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, ClassVar, TypeVar

from tiepcan.deadlines import Deadline, TimeLimit, time_limits
from tiepcan.decision import Decision, Outcome, ProvisionPlan, refusal_notice
from tiepcan.fees import FeeNotice, FeeQuote, fee_notice
from tiepcan.foundation._input import validate_input
from tiepcan.foundation._layout import (
    MOTTO,
    MOTTO_EN,
    NATIONAL_TITLE,
    NATIONAL_TITLE_EN,
    dateline,
    recipients_lines,
)
from tiepcan.foundation._messages import lazy_table, say
from tiepcan.foundation._model import Lang, Result, as_day, check_lang, echo, is_blank
from tiepcan.foundation.citations import Citation
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.foundation.regimes import RegimeLike, Ruleset, resolve_regime, ruleset
from tiepcan.foundation.terms import Channel, PaymentMethod, checked_name
from tiepcan.rules.refusals import RefusalNotice
from tiepcan.rules.requests import (
    DecreeForm,
    Deficiency,
    IdDocumentKind,
    InformationRequest,
    NoticeItem,
    ReceiptDuty,
    RequestDeficiency,
    RequestForm,
    check_form,
)

#: the sentences this module says (tiepcan/texts/forms.py), loaded when first said
TEXTS = lazy_table("tiepcan.texts.forms")

__all__ = [
    "ExtensionForm",
    "ReceiptForm",
    "RefusalForm",
    "ResolutionForm",
    "extension_form",
    "receipt_form",
    "refusal_form",
    "resolution_form",
]


# --------------------------------------------------------------------------------------
# Shared layout.


def _error(code: str, detail: str) -> InvalidInputError:
    return InvalidInputError(code, detail=detail)


def _day(day: date, lang: Lang) -> str:
    return f"{day:%d/%m/%Y}" if lang == "vi" else day.isoformat()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _labels(citations: tuple[Citation, ...], lang: Lang) -> str:
    return "; ".join(c.label_in(lang) for c in citations)


def _say(key: str, lang: Lang, **fields: object) -> str:
    """The text ``key`` of the forms' table (:mod:`tiepcan.texts.forms`), in ``lang``."""
    return say(TEXTS, key, **fields).in_(lang)


#: Nơi nhận of a document sent to the requester named after "Kính gửi": "Như trên" (the
#: addressee) and the agency's own copy, as Decree 30/2020 Appendix I writes them
DEFAULT_RECIPIENTS: tuple[str, ...] = ("Như trên", "Lưu: VT")

_DEFAULT_RECIPIENTS_EN = ("As above", "File: VT (the agency's records office)")


def _recipients_in(recipients: tuple[str, ...], lang: Lang) -> tuple[str, ...]:
    """The agency's own lines as written; the default ones in the reader's language."""
    if lang == "en" and recipients == DEFAULT_RECIPIENTS:
        return _DEFAULT_RECIPIENTS_EN
    return recipients


#: width of the left column of the plain-text layout (agency, number, recipients)
_LEFT = 40
_WIDTH = 92


def _number(number: str | None) -> str:
    """Số: the number as written, a single digit with a leading zero (Appendix I, II.3:
    "với những số nhỏ hơn 10 phải ghi thêm số 0 phía trước"); dots when not yet issued."""
    if number is None:
        return "……"
    return re.sub(r"^(\d)(?!\d)", r"0\1", number)


def _columns(left: list[str], right: list[str], *, centre_left: bool = True) -> list[str]:
    """Two columns of text: the left one centred (the head) or flush left (Nơi nhận, "sát lề
    trái"), the right one centred."""
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    width = _WIDTH - _LEFT
    return [
        (f"{a.center(_LEFT - 2) if centre_left else a:<{_LEFT}}" + b.center(width)).rstrip()
        for a, b in zip(left, right, strict=True)
    ]


@dataclass(frozen=True, slots=True)
class _Document:
    """A form's parts, placed as Decree 30/2020 Appendix I places them (text or HTML)."""

    marker: str
    agency: str
    number: str
    dateline: str
    title: str
    addressee: str
    body: tuple[str, ...]
    basis: tuple[str, ...]
    recipients: tuple[str, ...]
    signer: str
    signature: str

    def _words(self, lang: Lang) -> tuple[str, str, str, str, str]:
        national, motto = (NATIONAL_TITLE, MOTTO) if lang == "vi" else (NATIONAL_TITLE_EN, MOTTO_EN)
        headings = ("document.number", "document.basis", "document.recipients")
        number, basis, recipients = (_say(key, lang) for key in headings)
        return (national, motto, number, basis, recipients)

    def text(self, lang: Lang) -> str:
        national, motto, no, basis, recipients = self._words(lang)
        agency = self.agency.upper() if lang == "vi" else self.agency
        left = [*textwrap.wrap(agency, _LEFT - 2), "-" * 7]
        right = [national, motto, "-" * 15]
        head = _columns(left, right) + _columns([f"{no}: {self.number}"], [self.dateline])
        foot = _columns(
            [recipients, *self.recipients],
            [self.signer, self.signature, "", "", ""],
            centre_left=False,
        )
        return (
            "\n".join(
                [
                    self.marker.rjust(_WIDTH),
                    *head,
                    "",
                    self.title.center(_WIDTH).rstrip(),
                    "",
                    self.addressee.center(_WIDTH).rstrip(),
                    "",
                    *self.body,
                    "",
                    basis,
                    *(f"- {b}" for b in self.basis),
                    "",
                    *foot,
                ]
            ).rstrip()
            + "\n"
        )

    def html(self, lang: Lang) -> str:
        e = html.escape
        national, motto, no, basis, recipients = self._words(lang)
        agency = self.agency.upper() if lang == "vi" else self.agency
        body = "\n".join(
            f'<p class="item">{e(line.strip())}</p>'
            if line.startswith(" ")
            else f"<p>{e(line)}</p>"
            for line in self.body
        )
        return "\n".join(
            [
                f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">',
                f"<title>{e(self.title)}</title>\n<style>{_CSS}</style>\n</head>",
                '<body>\n<div class="page">',
                f'<div class="marker">{e(self.marker)}</div>',
                '<div class="head">',
                f'<div class="agency">{e(agency)}</div>',
                f'<div><div class="national">{e(national)}</div>'
                f'<div class="motto">{e(motto)}</div></div>',
                f'<div class="symbol">{e(no)}: {e(self.number)}</div>',
                f'<div class="dateline">{e(self.dateline)}</div>',
                "</div>",
                f"<h1>{e(self.title)}</h1>",
                f'<div class="addressee">{e(self.addressee)}</div>',
                body,
                f'<div class="basis"><b>{e(basis)}</b><ul>'
                + "".join(f"<li>{e(b)}</li>" for b in self.basis)
                + "</ul></div>",
                '<div class="foot">',
                f'<div class="recipients"><b>{e(recipients)}</b><br>'
                + "<br>".join(e(r) for r in self.recipients)
                + "</div>",
                f'<div class="sign"><div class="signer">{e(self.signer)}</div>'
                f'<div class="signature">{e(self.signature)}</div></div>',
                "</div>\n</div>\n</body>\n</html>\n",
            ]
        )


#: A4, margins and type as Decree 30/2020 Appendix I sets them (Times New Roman 13–14 pt; top
#: and bottom 20–25 mm, left 30–35 mm, right 15–20 mm); the head in two columns with the number
#: and the dateline on one line; the agency's name and the motto underlined by a rule.
_CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
       font-size: 13pt; line-height: 1.35; color: #000; margin: 0; background: #fff; }
.page { max-width: 165mm; margin: 0 auto; padding: 8mm 0; }
.marker { text-align: right; font-size: 11pt; font-style: italic; margin-bottom: 4pt; }
.head { display: grid; grid-template-columns: 42% 58%; row-gap: 6pt; text-align: center; }
.agency { font-weight: bold; font-size: 12pt; }
.agency::after, .motto::after { content: ""; display: block; margin: 2pt auto 0;
       border-top: 0.8pt solid #000; }
.agency::after { width: 35%; }
.national { font-weight: bold; font-size: 12pt; white-space: nowrap; }
.motto { font-weight: bold; font-size: 13pt; display: inline-block; }
.motto::after { width: 100%; }
.dateline { font-style: italic; }
h1 { text-align: center; font-size: 14pt; margin: 18pt 0 6pt; }
.addressee { text-align: center; margin: 6pt 0 10pt; }
p { text-align: justify; text-indent: 1.27cm; margin: 0 0 5pt; }
p.item { text-indent: 0; padding-left: 1.27cm; }
.basis { font-size: 12pt; margin-top: 8pt; }
.basis ul { margin: 2pt 0 0; }
.foot { display: grid; grid-template-columns: 50% 50%; margin-top: 14pt;
        page-break-inside: avoid; }
.recipients { font-size: 11pt; }
.recipients b { font-size: 12pt; font-style: italic; }
.sign { text-align: center; }
.signer { font-weight: bold; }
.signature { font-style: italic; font-size: 12pt; margin-bottom: 60pt; }
"""


class _Form(Result):
    """What the four forms share: the layout of the document and its checks."""

    __slots__ = ()
    FORM: ClassVar[DecreeForm]

    # provided by each form (fields or properties)
    agency: str
    number: str | None
    issued_on: date
    requester_name: str
    regime: str
    citations: tuple[Citation, ...]
    #: địa danh: the place name written before the date (Decree 30/2020 Appendix I, II.4)
    locality: str | None
    #: nơi nhận, one entry a line (the dash and the final punctuation are added)
    recipients: tuple[str, ...]

    def _body(self, rules: Ruleset, lang: Lang) -> list[str]:
        raise NotImplementedError

    def _entries(self, rules: Ruleset, lang: Lang) -> list[str]:
        raise NotImplementedError

    @property
    def interpretations(self) -> tuple[str, ...]:
        """The ids of the interpretations the form rests on (in order, once): those its inputs
        applied, then the reading its own form rests on under its regime (:meth:`reading`)."""
        found = (*self._inputs_readings(), *((r,) if (r := self.reading) else ()))
        return tuple(dict.fromkeys(found))

    def _inputs_readings(self) -> tuple[str, ...]:
        return ()

    @property
    def reading(self) -> str | None:
        """The named interpretation the form itself rests on under its regime, or ``None``.

        Under Law 104/2016 the form is Decree 13's own (art. 5), a text in force: none. Law
        01/2026/QH16 art. 26(4) leaves the forms to a decree not yet issued; the library uses
        Decree 13's forms where they do not contradict the Law, with the Law's citations
        (``decree13-forms-where-not-contrary``). The reading is data: the ``interpretation``
        of the form's entry in the ruleset's ``rules.toml`` (``decree_form.05``), so a ruleset
        that takes another reading (the new decree's forms) names its own there.
        """
        return _form_reading(ruleset(self.regime), self.FORM)

    def _document(self, lang: Lang) -> _Document:
        """The parts of the document, in the places Decree 30/2020 Appendix I puts them."""
        rules = ruleset(self.regime)
        form = self.FORM
        return _Document(
            marker=_say(
                "document.marker",
                lang,
                form=form.value,
                basis=form.citation_in(rules).label_in(lang),
            ),
            agency=self.agency,
            number=_number(self.number),
            dateline=dateline(self.locality, self.issued_on, lang),
            title=re.sub(r"\s*\([^()]*\)\s*$", "", form.label_in(rules, lang)).upper(),
            addressee=_say("document.addressee", lang, name=self.requester_name),
            body=tuple(self._body(rules, lang)),
            basis=tuple(c.label_in(lang) for c in self.citations),
            recipients=tuple(recipients_lines(_recipients_in(self.recipients, lang))),
            signer=_say(f"signer.{form.value}", lang),
            signature=_say(f"signature.{form.value}", lang),
        )

    def render(self, lang: Lang = "vi") -> str:
        """The form as plain text, laid out like the document the agency signs (Decree
        30/2020 Appendix I): the agency top left with the number under it, the national title
        and motto top right with the place and date under them, on the number's line; the
        title; the addressee; the body; the legal basis; "Nơi nhận" bottom left and the
        signature bottom right."""
        return self._document(check_lang(lang)).text(lang)

    def render_html(self, lang: Lang = "vi") -> str:
        """The form as one printable HTML page (A4), laid out as :meth:`render` says."""
        return self._document(check_lang(lang)).html(lang)

    def explain(self, lang: Lang = "vi") -> str:
        """Where each entry of the form comes from: the result it was built from, and why."""
        lang = check_lang(lang)
        rules = ruleset(self.regime)
        head = _say(
            "explain.head",
            lang,
            form=self.FORM.label_in(rules, lang),
            regime=self.regime,
            basis=self.FORM.citation_in(rules).label_in(lang),
        )
        lines = [head, *self._entries(rules, lang)]
        if self.interpretations:
            ids = ", ".join(self.interpretations)
            lines.append(_say("explain.interpretations", lang, ids=ids))
        return "\n".join(lines)

    def _check_common(self) -> None:
        checked_name(self.agency, field="agency")
        checked_name(self.requester_name, field="requester_name")
        checked_name(self.number, field="number", optional=True)
        _line(self.locality, "locality", optional=True)
        if not self.recipients:
            raise _inconsistent("a form names its recipients (nơi nhận)", self.recipients)
        for recipient in self.recipients:
            _line(recipient, "recipients")
        if not self.citations or len(set(self.citations)) != len(self.citations):
            raise _inconsistent("a form cites its legal basis, each unit once", self.citations)


def _form_reading(rules: Ruleset, form: DecreeForm) -> str | None:
    """The ``interpretation`` of the form's entry in the ruleset's ``rules.toml``."""

    def build(rs: Ruleset) -> dict[str, str]:
        entries = rs.data("rules.toml").get("rule", {})
        return {k: e["interpretation"] for k, e in entries.items() if "interpretation" in e}

    readings: dict[str, str] = rules.cached("forms-readings", build)
    return readings.get(form.key)


def _inconsistent(what: str, value: object) -> InvalidInputError:
    return InvalidInputError("inconsistent-result", detail=f"{what}: {echo(value)}")


def _not_before(day: date, received: date, what: str) -> None:
    if day < received:
        raise _error(
            "issued-before-receipt", f"{what} {day.isoformat()} < received {received.isoformat()}"
        )


def _same_regime(a: str, b: str, what: str) -> None:
    if a != b:
        raise _error("regime-mismatch", f"{what}: {a} ≠ {b}")


def _time_limit_lines(deadline: Deadline, rules: Ruleset, lang: Lang) -> list[str]:
    """The time limit as the requester reads it: the due date and the clause that sets it."""
    basis = deadline.citations[0].label_in(lang)
    key = "time_limit.immediate" if deadline.immediate else "time_limit.by"
    return [_say(key, lang, day=_day(deadline.original_due, lang), basis=basis)]


# --------------------------------------------------------------------------------------
# Mẫu số 02 — receipt.


@dataclass(frozen=True, slots=True)
class ReceiptForm(_Form):
    """Mẫu số 02 — Phiếu tiếp nhận yêu cầu cung cấp thông tin (Decree 13 art. 5(1)(b)).

    The request as received and registered (Law art. 26(1)): who asked, when and how, for
    what. ``deadline`` is the time limit of the valid request (arts. 29–31), not extended
    (an extension is notified by form 04); ``None`` when the time limit has not started,
    because the request lacks something (``deficiencies``, art. 26(2)) or its validity is not
    yet established. ``number`` is the entry in the register (Sổ theo dõi).
    """

    FORM: ClassVar[DecreeForm] = DecreeForm.FORM_02

    agency: str
    issued_on: date
    requester_name: str
    received_on: date
    received_via: Channel
    information_requested: str
    regime: str
    user_supplied: bool
    citations: tuple[Citation, ...]
    document_names: tuple[str, ...] = ()
    provision_form: Channel | None = None
    #: art. 24(2)(a): the requester's identity paper and its number, residence and address,
    #: and fax, telephone and e-mail "(nếu có)", as the request form gives them
    requester_id_kind: IdDocumentKind | None = None
    requester_id_number: str | None = None
    requester_address: str | None = None
    requester_phone: str | None = None
    requester_fax: str | None = None
    requester_email: str | None = None
    deadline: Deadline | None = None
    deficiencies: tuple[Deficiency, ...] = ()
    number: str | None = None
    locality: str | None = None
    recipients: tuple[str, ...] = DEFAULT_RECIPIENTS

    def _inputs_readings(self) -> tuple[str, ...]:
        return self.deadline.interpretations if self.deadline is not None else ()

    def _check(self) -> None:
        self._check_common()
        checked_name(self.information_requested, field="information_requested")
        for field in _IDENTITY_FIELDS:
            checked_name(getattr(self, field), field=field, optional=True)
        _not_before(self.issued_on, self.received_on, "issued_on")
        if self.deadline is None:
            return
        dl = self.deadline
        dl._check()
        _same_regime(self.regime, dl.regime, "form 02 and its deadline")
        if self.deficiencies:
            raise _error(
                "time-limit-not-running",
                f"deficiencies: {', '.join(d.item.value for d in self.deficiencies)}",
            )
        if dl.extended:
            raise _error("deadline-extended", f"deadline extended to {dl.due.isoformat()}")
        _deadline_of(dl, self.received_on, self.received_via)

    def _body(self, rules: Ruleset, lang: Lang) -> list[str]:
        """Art. 26(1): the request received and registered, as the requester made it (art.
        24(2)); art. 26(2): what is missing; arts. 29–31: the time limit, once it runs."""
        lines = [
            _say("receipt.received", lang, agency=self.agency, name=self.requester_name),
            *self._identity_lines(lang),
            *self._request_lines(lang),
        ]
        register = ReceiptDuty.REGISTER.citation_in(rules).label_in(lang)
        if self.number:
            number = _number(self.number)
            lines.append(_say("receipt.registered_number", lang, number=number, basis=register))
        else:
            lines.append(_say("receipt.registered", lang, basis=register))
        if self.deficiencies:
            guide = ReceiptDuty.GUIDE_TO_COMPLETE.citation_in(rules).label_in(lang)
            lines.append(_say("receipt.complete", lang, basis=guide))
            for d in self.deficiencies:
                extra = f" ({d.detail})" if d.detail else ""
                lines.append(
                    f"  - {d.item.label_in(rules, lang)}{extra} "
                    f"[{d.citation_in(rules).label_in(lang)}]"
                )
        return lines + self._time_limit_part(rules, lang)

    def _request_lines(self, lang: Lang) -> list[str]:
        """When and how the request came in, and what it asks for (art. 24(2)(b)–(c))."""
        day = _day(self.received_on, lang)
        received_at = self.deadline.received_at if self.deadline is not None else None
        if received_at is not None:
            when = _say("receipt.received_on_at", lang, day=day, time=f"{received_at:%H:%M}")
        else:
            when = _say("receipt.received_on", lang, day=day)
        lines = [
            when,
            _say("receipt.channel", lang, channel=self.received_via.label(lang)),
            _say("receipt.information", lang, information=self.information_requested),
        ]
        if self.document_names:
            names = "; ".join(self.document_names)
            lines.append(_say("receipt.documents", lang, names=names))
        if self.provision_form is not None:
            form = self.provision_form.label(lang)
            lines.append(_say("receipt.provision_form", lang, form=form))
        return lines

    def _time_limit_part(self, rules: Ruleset, lang: Lang) -> list[str]:
        """Arts. 29–31: the time limit of the valid request, with the day of the written
        notice where one is due; none yet, when the request is not valid."""
        dl = self.deadline
        if dl is None:
            one = time_limits(regime=rules).get("response")
            if one is None:  # Law 104/2016: a limit by form of provision, arts. 29-31
                return [_say("receipt.from_valid_request", lang)]
            basis = one.citation.label_in(lang)  # Law 01/2026/QH16 art. 26(3): one limit
            return [_say("receipt.from_valid_request_one_limit", lang, basis=basis)]
        lines = [f"{_time_limit_label(dl, rules, lang)}: {_time_limit_lines(dl, rules, lang)[0]}"]
        if dl.notice_due is not None:
            lines.append(_say("receipt.notice_due", lang, day=_day(dl.notice_due, lang)))
        if dl.provisional:
            years = ", ".join(str(y) for y in dl.provisional_years)
            lines.append(_say("receipt.provisional", lang, years=years))
        return lines

    def _identity_lines(self, lang: Lang) -> list[str]:
        """Art. 24(2)(a): who asked — identity paper and number, address, and contact."""
        lines = []
        if self.requester_id_number:
            kind = (
                self.requester_id_kind.label(lang)
                if self.requester_id_kind is not None
                else _say("receipt.identity_paper", lang)
            )
            number = self.requester_id_number
            lines.append(_say("receipt.identity", lang, kind=_cap(kind), number=number))
        if self.requester_address:
            lines.append(_say("receipt.address", lang, address=self.requester_address))
        contact = [
            _say(key, lang, value=value)
            for key, value in (
                ("receipt.phone", self.requester_phone),
                ("receipt.fax", self.requester_fax),
                ("receipt.email", self.requester_email),
            )
            if value
        ]
        if contact:
            lines.append("; ".join(contact))
        return lines

    def _entries(self, rules: Ruleset, lang: Lang) -> list[str]:
        register = ReceiptDuty.REGISTER.citation_in(rules).label_in(lang)
        day = _day(self.received_on, lang)
        lines = [_say("receipt.explain.registered", lang, day=day, basis=register)]
        for d in self.deficiencies:
            item, basis = d.item.label_in(rules, lang), d.citation_in(rules).label_in(lang)
            lines.append(_say("receipt.explain.missing", lang, item=item, basis=basis))
        if self.deadline is None:
            lines.append(_say("receipt.explain.not_started", lang))
            return [f"- {line}" for line in lines]
        lines.append(_say("explain.time_limit", lang))
        lines = [f"- {line}" for line in lines]
        return lines + ["    " + line for line in self.deadline.explain(lang).splitlines()]


def _law_name(citation: Citation, lang: Lang) -> str:
    """The name of the instrument a citation is in, as its label writes it:
    ``"Luật Tiếp cận thông tin số 104/2016/QH13"`` / ``"Law 104/2016/QH13 on Access to
    Information"``."""
    label = citation.label_in(lang)
    if lang == "vi":
        at = label.find("Luật ")
        return label[at:] if at >= 0 else label
    return label.split(", art.")[0]


def _name_the_law(text: str, citation: Citation | None, lang: Lang) -> str:
    """A statute's words addressed to a citizen: "Luật này" ("this Law") has no referent in a
    notice, so the law is named. ``citation`` is a unit of that law (the ground's point); with
    none, the 2016 and 2026 laws are both named by the short title "Luật Tiếp cận thông tin"."""
    if lang == "vi":
        name = _law_name(citation, lang) if citation is not None else "Luật Tiếp cận thông tin"
        return text.replace("của Luật này", f"của {name}").replace("Luật này", name)
    name = _law_name(citation, lang) if citation is not None else "the Law on Access to Information"
    return text.replace("this Law", name)


_IDENTITY_FIELDS = (
    "requester_id_number",
    "requester_address",
    "requester_phone",
    "requester_fax",
    "requester_email",
)


def _time_limit_label(dl: Deadline, rules: Ruleset, lang: Lang) -> str:
    """What the date of form 02 is the limit for.

    Under Law 104/2016, at the office, for information that is not provided at once, art.
    29(2) sets the day by which the agency "phải thông báo cho người yêu cầu đến trụ sở để đọc,
    xem, nghe, ghi chép, sao chép, chụp tài liệu hoặc nhận bản sao, bản chụp tài liệu hoặc có
    văn bản thông báo về việc từ chối cung cấp thông tin": a day to call the requester in or
    refuse, not a day the information is provided. Electronically, by post or fax (arts. 30,
    31), the agency provides the information by that day. A law without that separate
    at-office limit (Law 01/2026/QH16 art. 26(3): one limit "cung cấp thông tin" for every
    channel) gives the day the information is provided.
    """
    at_office = time_limits(regime=rules).get("at_office.complex")
    if at_office is not None and dl.provision is Channel.AT_OFFICE and not dl.immediate:
        return _say("time_limit.call_in_or_refuse", lang)
    return _say("time_limit.provide", lang)


def _deadline_of(dl: Deadline, received_on: date, received_via: Channel) -> None:
    """The deadline was computed for this request: the same way in, not before receipt."""
    if dl.received < received_on or dl.received_via is not received_via:
        raise _error(
            "deadline-mismatch",
            f"deadline received {dl.received.isoformat()} via {dl.received_via.value}; request received {received_on.isoformat()} via {received_via.value}",
        )


_R = TypeVar("_R", bound=Result)


#: the error code for each result a form is built from, when something else is given
_RESULT_CODES = {
    "decision": "invalid-decision",
    "deadline": "invalid-deadline",
    "notice": "invalid-notice",
}


def _result(cls: type[_R], value: object, what: str) -> _R:
    """One of the library's results, or its mapping or JSON text (validated, then checked)."""
    if isinstance(value, cls):
        return value
    if isinstance(value, str | bytes):
        return cls.from_json(value)
    if isinstance(value, Mapping):
        return cls.from_dict(dict(value))
    raise InvalidInputError(_RESULT_CODES[what], detail=f"{what}={echo(value)}")


def _request(value: object) -> InformationRequest:
    if value is None:
        raise _error("request-required", "request=None")
    return validate_input(InformationRequest, value, what="request")


def _date(value: object, name: str) -> date:
    """A day the form states (the day it is issued): a ``date``, read by the one reader."""
    return as_day(value, name, governing=True)


def _who(req: InformationRequest) -> tuple[str, str]:
    """The addressee and the information asked for, as the request form states them."""
    form = req.form
    who = form.requester if isinstance(form, RequestForm) else form.representative
    name = who.full_name or ""
    if not isinstance(form, RequestForm) and form.organisation_name:
        name = f"{name} ({form.organisation_name})" if name else form.organisation_name
    return name, form.request.description or ""


def _line(value: object, field: str, *, optional: bool = False) -> None:
    """A name on one line of the document: non-blank text without line breaks or controls."""
    checked_name(value, field=field, optional=optional)
    if isinstance(value, str) and any(ch < " " or ch in "\x7f\u2028\u2029" for ch in value):
        raise _error("invalid-input", f"must be one line of text: {field}={echo(value)}")


def _recipients(value: object) -> tuple[str, ...]:
    """Nơi nhận as given (a list of lines), or the default: the addressee and the agency's copy."""
    if value is None:
        return DEFAULT_RECIPIENTS
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise _error("invalid-input", f"'recipients' must be a list of lines: {echo(value)}")
    lines = tuple(value)
    for line in lines:
        _line(line, "recipients")
    if not lines:
        raise _error("invalid-input", "'recipients' must name at least one recipient")
    return lines


def _blank_none(value: str | None) -> str | None:
    return value.strip() if value is not None and value.strip() else None


def _named(value: str, field: str) -> str:
    if not value.strip():
        raise _error("incomplete-request", f"{field} is blank")
    return value


def receipt_form(
    decision_or_request: Decision | InformationRequest | Mapping[str, Any] | str,
    deadline: Deadline | Mapping[str, Any] | str | None,
    *,
    issued_on: date,
    agency: str,
    number: str | None = None,
    locality: str | None = None,
    recipients: Sequence[str] | None = None,
    request: InformationRequest | Mapping[str, Any] | str | None = None,
    regime: RegimeLike | None = None,
) -> ReceiptForm:
    """Mẫu số 02 for a request, or for the decision on it.

    * From a **request** (an :class:`InformationRequest`, its mapping or JSON text): the
      form lists what art. 24(2) finds missing (:func:`tiepcan.rules.requests.check_form`);
      the regime is resolved from the day of receipt (or ``regime=``).
    * From a **decision** (a :class:`~tiepcan.decision.Decision`, its mapping or JSON — a
      mapping is read as a decision when it has an ``outcome``): the form lists the decision's
      deficiencies, under the decision's regime. A decision does not carry the requester, so
      ``request=`` is required with it.

    ``deadline`` is :func:`tiepcan.deadlines.response_deadline` of the valid request, not
    extended; ``None`` where the time limit has not started. A request that lacks something
    has no running time limit (arts. 29–31: "kể từ ngày nhận được yêu cầu hợp lệ"), so a
    deadline with deficiencies is refused (``time-limit-not-running``), as is a valid decision
    without a deadline (``deadline-required``). ``number`` is the register entry.
    """
    subject = decision_or_request
    is_decision = isinstance(subject, Decision) or (
        isinstance(subject, Mapping) and "outcome" in subject
    )
    if not is_decision and isinstance(subject, str | bytes):
        text = subject if isinstance(subject, str) else subject.decode("utf-8", "replace")
        is_decision = '"outcome"' in text
    dec: Decision | None = None
    if is_decision:
        dec = _result(Decision, subject, "decision")
        req = _request(request)
    else:
        if request is not None:
            raise _error(
                "invalid-input", "'request' goes with a decision only: request given twice"
            )
        req = _request(subject)
    _date(issued_on, "issued_on")
    checked_name(agency, field="agency")
    checked_name(number, field="number", optional=True)
    dl = None if deadline is None else _result(Deadline, deadline, "deadline")
    if dec is not None:
        if regime is not None:
            _same_regime(ruleset(regime).id, dec.regime, "regime= and the decision")
        rules = ruleset(dec.regime)
        gaps = dec.deficiencies
        if dl is None and not gaps and dec.outcome is Outcome.PROVIDE:
            raise _error("deadline-required", f"outcome={dec.outcome.value}")
    else:
        rules = resolve_regime(req.received_on, regime)
        gaps = check_form(req.form)
    name, info = _who(req)
    form = req.form
    who = form.requester if isinstance(form, RequestForm) else form.representative
    cites = [DecreeForm.FORM_02.citation_in(rules), ReceiptDuty.REGISTER.citation_in(rules)]
    if not is_blank(who.id_number) or not is_blank(who.residence_address):
        # art. 24(2)(a): who asks, as the form states it (the identity lines of form 02)
        cites.append(RequestDeficiency.ID_NUMBER.citation_in(rules))
    if gaps:
        cites.append(ReceiptDuty.GUIDE_TO_COMPLETE.citation_in(rules))
        cites += [g.citation_in(rules) for g in gaps]
    if dl is not None:
        cites += dl.citations
    result = ReceiptForm(
        agency=agency,
        issued_on=issued_on,
        requester_name=_named(name, "requester"),
        received_on=req.received_on,
        received_via=req.channel,
        information_requested=_named(info, "information requested"),
        regime=rules.id,
        user_supplied=rules.user_supplied,
        citations=tuple(dict.fromkeys(cites)),
        document_names=tuple(n for n in form.request.document_names if n.strip()),
        provision_form=form.request.provision_form,
        requester_id_kind=who.id_kind,
        requester_id_number=_blank_none(who.id_number),
        requester_address=_blank_none(who.residence_address),
        requester_phone=_blank_none(who.phone),
        requester_fax=_blank_none(who.fax),
        requester_email=_blank_none(who.email),
        deadline=dl,
        deficiencies=tuple(gaps),
        number=number,
        locality=locality,
        recipients=_recipients(recipients),
    )
    result._check()
    return result


# --------------------------------------------------------------------------------------
# Mẫu số 03 — resolution: the terms of provision, and the costs.


@dataclass(frozen=True, slots=True)
class ResolutionForm(_Form):
    """Mẫu số 03 — Phiếu giải quyết yêu cầu cung cấp thông tin (Decree 13 art. 5(1)(c)).

    Law art. 27: the time limit, place and form of provision, the actual costs and the
    method and deadline of payment. The costs part **is** ``costs``, the
    :class:`~tiepcan.fees.FeeNotice` of :func:`tiepcan.fees.fee_notice` (its agency,
    requester, date, amount, payment terms, and the time limit, place and form of provision it
    states); this result adds what the notice does not hold: the provision plan of the
    decision (``provision``: form, procedure clause), the counted ``deadline``, the request's
    date and subject, and the form's number.
    """

    FORM: ClassVar[DecreeForm] = DecreeForm.FORM_03

    costs: FeeNotice
    provision: ProvisionPlan
    deadline: Deadline
    request_received_on: date
    information_requested: str
    citations: tuple[Citation, ...]
    number: str | None = None
    locality: str | None = None
    recipients: tuple[str, ...] = DEFAULT_RECIPIENTS

    @property
    def agency(self) -> str:  # type: ignore[override]
        return self.costs.agency

    @property
    def requester_name(self) -> str:  # type: ignore[override]
        return self.costs.requester

    @property
    def issued_on(self) -> date:  # type: ignore[override]
        return self.costs.issued_on

    @property
    def regime(self) -> str:  # type: ignore[override]
        return self.costs.regime

    @property
    def user_supplied(self) -> bool:
        return self.costs.user_supplied

    @property
    def place(self) -> str:
        """Where the information is provided (art. 27), as the notice states it."""
        return self.costs.provision_place or ""

    def _inputs_readings(self) -> tuple[str, ...]:
        found = (*self.deadline.interpretations, *self.costs.quote.interpretations)
        return tuple(dict.fromkeys(found))

    def _check(self) -> None:
        self.costs._check()
        self.deadline._check()
        self._check_common()
        checked_name(self.information_requested, field="information_requested")
        checked_name(self.costs.provision_place, field="place")
        _not_before(self.issued_on, self.request_received_on, "issued_on")
        dl, plan, costs = self.deadline, self.provision, self.costs
        _same_regime(costs.regime, dl.regime, "the fee notice and the deadline")
        if dl.received < self.request_received_on:
            raise _error(
                "deadline-mismatch",
                f"deadline received {dl.received} before the request {self.request_received_on}",
            )
        _plan_fits(dl, plan)
        if costs.provision_due != dl.due or costs.provision_form != plan.form.value:
            raise _error(
                "deadline-mismatch",
                f"the costs part states another time limit or form of provision: notice {costs.provision_due}/{costs.provision_form}; form {dl.due}/{plan.form.value}",
            )
        if plan.pay_before_provision and costs.amount_due == 0:
            raise _error("costs-mismatch", "amount_due=0")
        if costs.quote.channel not in (None, plan.form):
            raise _error(
                "costs-mismatch",
                f"the costs were quoted for another form of provision: quote {costs.quote.channel.value}; provision {plan.form.value}",
            )

    def _body(self, rules: Ruleset, lang: Lang) -> list[str]:
        """Art. 27: the time limit, place and form of provision, the costs and the payment."""
        plan, costs = self.provision, self.costs
        day = _day(self.request_received_on, lang)
        if self.deadline.extended:
            due = _say("resolution.extended", lang, day=_day(self.deadline.due, lang))
        else:
            due = _time_limit_lines(self.deadline, rules, lang)[0]
        lines = [
            _say("resolution.answer", lang, day=day, information=self.information_requested),
            f"1. {_cap(NoticeItem.TIME_LIMIT.label_in(rules, lang))}: {due}",
            f"2. {_cap(NoticeItem.PLACE.label_in(rules, lang))}: {self.place}",
            f"3. {_cap(NoticeItem.FORM.label_in(rules, lang))}: {plan.form.label(lang)} "
            f"({plan.procedure.label_in(lang)})",
        ]
        if plan.note is not None:
            lines.append(f"   {plan.note.in_(lang)}")
        lines.append(
            f"4. {_cap(NoticeItem.COSTS.label_in(rules, lang))}; "
            f"{NoticeItem.PAYMENT.label_in(rules, lang)[:1].lower()}"
            f"{NoticeItem.PAYMENT.label_in(rules, lang)[1:]}:"
        )
        lines += ["   " + line for line in costs.explain(lang).splitlines()]
        return lines

    def _entries(self, rules: Ruleset, lang: Lang) -> list[str]:
        terms = ReceiptDuty.NOTIFY_TERMS.citation_in(rules).label_in(lang)
        plan = self.provision
        how = _say(
            "resolution.explain.provision",
            lang,
            form=plan.form.label(lang),
            procedure=plan.procedure.label_in(lang),
        )
        return [
            "- " + _say("resolution.explain.notified", lang, basis=terms),
            "- " + how,
            "- " + _say("explain.time_limit", lang),
            *("    " + line for line in self.deadline.explain(lang).splitlines()),
            "- " + _say("resolution.explain.costs", lang),
            *("    " + line for line in self.costs.explain(lang).splitlines()),
        ]


def _plan_fits(dl: Deadline, plan: ProvisionPlan) -> None:
    """The deadline is that of the decision's form of provision and complexity."""
    if (dl.provision, dl.complexity) != (plan.procedure_channel, plan.complexity):
        raise _error(
            "deadline-mismatch",
            f"the deadline is not that of the decision's form of provision and complexity: deadline {dl.provision.value}/{dl.complexity.value}; decision {plan.procedure_channel.value}/{plan.complexity.value}",
        )


def _default_place(form: Channel, agency: str, req: InformationRequest) -> str | None:
    """Where the information goes, from the request form, when the caller does not say."""
    if form is Channel.AT_OFFICE:
        return f"Trụ sở {agency}"
    who = req.form.requester if isinstance(req.form, RequestForm) else req.form.representative
    if form is Channel.ELECTRONIC:
        return who.email
    if form is Channel.FAX:
        return who.fax
    return who.residence_address


def resolution_form(
    decision: Decision | Mapping[str, Any] | str,
    deadline: Deadline | Mapping[str, Any] | str,
    quote_or_notice: FeeQuote | FeeNotice | Mapping[str, Any],
    *,
    issued_on: date,
    agency: str,
    request: InformationRequest | Mapping[str, Any] | str,
    payment_method: PaymentMethod | Mapping[str, Any] | None = None,
    payment_deadline: date | None = None,
    place: str | None = None,
    number: str | None = None,
    locality: str | None = None,
    recipients: Sequence[str] | None = None,
) -> ResolutionForm:
    """Mẫu số 03 from a decision to provide, its deadline and its costs.

    ``quote_or_notice`` is the :class:`~tiepcan.fees.FeeQuote` (then the fee notice is built
    here, with ``payment_method`` and ``payment_deadline``, required when it costs anything:
    art. 27; Circular 46 art. 4(1)(a)) or a :class:`~tiepcan.fees.FeeNotice` already issued
    (its agency, requester and date must be this form's; its payment terms stand, and the
    arguments, if given, must agree). ``place`` defaults to what the request states for the
    form of provision (the agency's office; the requester's e-mail, fax or address).

    Refused: a decision that is not to provide (``not-a-provision``); a deadline of another
    request, form of provision, complexity or regime (``deadline-mismatch``,
    ``regime-mismatch``); costs that do not fit the decision (``costs-mismatch``); payment
    after the due date (``payment-after-provision``: Decree 13 art. 13(2)).
    """
    dec = _result(Decision, decision, "decision")
    dl = _result(Deadline, deadline, "deadline")
    req = _request(request)
    _date(issued_on, "issued_on")
    checked_name(agency, field="agency")
    checked_name(number, field="number", optional=True)
    if dec.outcome is not Outcome.PROVIDE or dec.provision is None:
        raise _error("not-a-provision", f"outcome={dec.outcome.value}")
    _same_regime(dec.regime, dl.regime, "the decision and the deadline")
    plan = dec.provision
    _plan_fits(dl, plan)
    _deadline_of(dl, req.received_on, req.channel)
    _not_before(issued_on, req.received_on, "issued_on")
    name, info = _who(req)
    name, info = _named(name, "requester"), _named(info, "information requested")
    where = place if place is not None else _default_place(plan.form, agency, req)
    if where is None:
        raise _error("place-required", f"the request gives none for {plan.form.value}: pass place=")
    checked_name(where, field="place")
    notice = _notice(
        quote_or_notice,
        agency=agency,
        requester=name,
        issued_on=issued_on,
        payment_method=payment_method,
        payment_deadline=payment_deadline,
        provision_due=dl.due,
        provision_place=where,
        provision_form=plan.form.value,
    )
    _same_regime(dec.regime, notice.regime, "the decision and the costs")
    rules = ruleset(dec.regime)
    cites = [
        DecreeForm.FORM_03.citation_in(rules),
        ReceiptDuty.NOTIFY_TERMS.citation_in(rules),
        plan.procedure,
        *dl.citations,
        *notice.citations,
    ]
    result = ResolutionForm(
        costs=notice,
        provision=plan,
        deadline=dl,
        request_received_on=req.received_on,
        information_requested=info,
        citations=tuple(dict.fromkeys(cites)),
        number=number,
        locality=locality,
        recipients=_recipients(recipients),
    )
    result._check()
    return result


def _notice(value: object, **entries: Any) -> FeeNotice:
    """The fee notice of form 03: built from a quote, or an issued notice completed."""
    is_notice = isinstance(value, FeeNotice) or (
        isinstance(value, Mapping) and "amount_due" in value
    )
    if not is_notice:
        if not isinstance(value, FeeQuote | Mapping):
            raise InvalidInputError(
                "invalid-quote",
                detail=f"a FeeQuote or a FeeNotice (or its mapping) is required: {echo(value)}",
            )
        return fee_notice(value, **entries)
    notice = _result(FeeNotice, value, "notice")
    mine = {
        "agency": notice.agency,
        "requester": notice.requester,
        "issued_on": notice.issued_on,
        "payment_method": notice.payment_method,
        "payment_deadline": notice.payment_deadline,
    }
    for key, theirs in mine.items():
        given = entries[key]
        if given is not None and key == "payment_method" and isinstance(given, Mapping):
            given = PaymentMethod.from_dict(dict(given))
        if given is not None and given != theirs:
            raise _error(
                "costs-mismatch",
                f"the fee notice does not match the form: {key}: notice {echo(theirs)}, form {echo(given)}",
            )
    for key in ("provision_due", "provision_place", "provision_form"):
        stated = getattr(notice, key)
        if stated is not None and stated != entries[key]:
            raise _error(
                "deadline-mismatch",
                f"the fee notice states another time limit, place or form of provision: {key}: notice {echo(stated)}, form {echo(entries[key])}",
            )
    completed = replace(
        notice,
        provision_due=entries["provision_due"],
        provision_place=entries["provision_place"],
        provision_form=entries["provision_form"],
    )
    completed._check()
    return completed


# --------------------------------------------------------------------------------------
# Mẫu số 04 — extension.


@dataclass(frozen=True, slots=True)
class ExtensionForm(_Form):
    """Mẫu số 04 — Thông báo gia hạn yêu cầu cung cấp thông tin (Decree 13 art. 5(1)(d)).

    Arts. 29(2), 30(4), 31(2): where more time is needed the time limit may be extended,
    by at most 10 working days (at the office) or 15 days, "và phải có văn bản thông báo về
    việc gia hạn trong thời hạn cung cấp thông tin". ``deadline`` is the extended
    :class:`~tiepcan.deadlines.Deadline` (``original_due`` and the new ``due``); the notice is
    dated on or before ``deadline.extension_notice_due`` (the original due date) and not
    before the request was received. ``reason`` is the agency's own words.
    """

    FORM: ClassVar[DecreeForm] = DecreeForm.FORM_04

    agency: str
    issued_on: date
    requester_name: str
    request_received_on: date
    information_requested: str
    reason: str
    deadline: Deadline
    extension: TimeLimit
    regime: str
    user_supplied: bool
    citations: tuple[Citation, ...]
    number: str | None = None
    locality: str | None = None
    recipients: tuple[str, ...] = DEFAULT_RECIPIENTS

    def _inputs_readings(self) -> tuple[str, ...]:
        return self.deadline.interpretations

    def _check(self) -> None:
        self.deadline._check()
        self.extension._check()
        self._check_common()
        checked_name(self.information_requested, field="information_requested")
        checked_name(self.reason, field="reason")
        dl = self.deadline
        _same_regime(self.regime, dl.regime, "form 04 and its deadline")
        _extension_checks(dl, self.issued_on, self.request_received_on)
        if self.extension.citation not in self.citations:
            raise _inconsistent(
                "form 04 cites the clause that allows the extension", self.citations
            )

    def _body(self, rules: Ruleset, lang: Lang) -> list[str]:
        """Arts. 29(2), 30(4), 31(2): the time limit, the reason, and the new date."""
        dl, ext = self.deadline, self.extension
        length = f"{dl.extension_length} {ext.unit.label(lang)}"
        day = _day(self.request_received_on, lang)
        extends = _say(
            "extension.extends",
            lang,
            agency=self.agency,
            length=length,
            day=_day(dl.due, lang),
            basis=ext.citation.label_in(lang),
        )
        return [
            _say("request.received", lang, day=day, information=self.information_requested),
            _say(
                "extension.time_limit",
                lang,
                day=_day(dl.original_due, lang),
                basis=dl.citations[0].label_in(lang),
            ),
            _say("extension.reason", lang, reason=self.reason),
            extends,
        ]

    def _entries(self, rules: Ruleset, lang: Lang) -> list[str]:
        due = self.deadline.extension_notice_due
        shown = _day(due, lang) if due is not None else "—"
        notified = _say(
            "extension.explain.notified",
            lang,
            day=_day(self.issued_on, lang),
            due=shown,
            basis=self.extension.citation.label_in(lang),
        )
        return [
            "- " + notified,
            "- " + _say("explain.time_limit", lang),
            *("    " + line for line in self.deadline.explain(lang).splitlines()),
        ]


def _extension_checks(dl: Deadline, issued_on: date, received_on: date) -> None:
    if not dl.extended or dl.extension_notice_due is None:
        raise _error(
            "deadline-not-extended",
            "pass response_deadline(..., extended=True) or extension_length=",
        )
    _not_before(issued_on, received_on, "issued_on")
    if issued_on > dl.extension_notice_due:
        raise _error(
            "extension-notice-late",
            f"notice {issued_on.isoformat()} after the original due date {dl.extension_notice_due.isoformat()}",
        )


def extension_form(
    deadline: Deadline | Mapping[str, Any] | str,
    *,
    reason: str,
    issued_on: date,
    agency: str,
    request: InformationRequest | Mapping[str, Any] | str,
    number: str | None = None,
    locality: str | None = None,
    recipients: Sequence[str] | None = None,
) -> ExtensionForm:
    """Mẫu số 04 from the extended deadline (``response_deadline(..., extended=True)``).

    ``request`` names the addressee and the information (the deadline does not carry them).
    Refused: a deadline that is not extended (``deadline-not-extended``); a notice dated
    after the original due date (``extension-notice-late``: the law requires it "trong thời
    hạn cung cấp thông tin") or before receipt (``issued-before-receipt``); a blank reason;
    a deadline computed for another request (``deadline-mismatch``).
    """
    dl = _result(Deadline, deadline, "deadline")
    req = _request(request)
    _date(issued_on, "issued_on")
    checked_name(agency, field="agency")
    checked_name(reason, field="reason")
    checked_name(number, field="number", optional=True)
    _extension_checks(dl, issued_on, req.received_on)
    _deadline_of(dl, req.received_on, req.channel)
    rules = ruleset(dl.regime)
    limit_id, _notice_id, _readings = rules.function("response_limits")(
        dl.received_via, dl.provision, dl.complexity
    )
    ext = time_limits(regime=rules)[f"{limit_id}.extension"]
    name, info = _who(req)
    result = ExtensionForm(
        agency=agency,
        issued_on=issued_on,
        requester_name=_named(name, "requester"),
        request_received_on=req.received_on,
        information_requested=_named(info, "information requested"),
        reason=reason,
        deadline=dl,
        extension=ext,
        regime=rules.id,
        user_supplied=rules.user_supplied,
        citations=tuple(
            dict.fromkeys((DecreeForm.FORM_04.citation_in(rules), ext.citation, *dl.citations))
        ),
        number=number,
        locality=locality,
        recipients=_recipients(recipients),
    )
    result._check()
    return result


# --------------------------------------------------------------------------------------
# Mẫu số 05 — refusal.


@dataclass(frozen=True, slots=True)
class RefusalForm(_Form):
    """Mẫu số 05 — Thông báo từ chối yêu cầu cung cấp thông tin (Decree 13 art. 5(1)(đ)).

    Its content is ``notice``, the :class:`~tiepcan.rules.refusals.RefusalNotice` of
    :func:`tiepcan.decision.refusal_notice` (each ground of art. 28(1) with its reasons, as
    art. 28(2) requires; the agency to turn to, art. 26(3); where the information is
    published, art. 10(1)); this result adds the number and the layout. ``citations`` are
    the form's point of Decree 13 art. 5(1), then the notice's.
    """

    FORM: ClassVar[DecreeForm] = DecreeForm.FORM_05

    notice: RefusalNotice
    citations: tuple[Citation, ...]
    number: str | None = None
    #: a refusal of part of the information (the decision provides the rest, Decree 13 art.
    #: 7(2)); ``withheld_parts`` names the parts refused, as the decision does
    in_part: bool = False
    withheld_parts: tuple[str, ...] = ()
    locality: str | None = None
    recipients: tuple[str, ...] = DEFAULT_RECIPIENTS

    @property
    def agency(self) -> str:  # type: ignore[override]
        return self.notice.agency

    @property
    def requester_name(self) -> str:  # type: ignore[override]
        return self.notice.requester_name

    @property
    def issued_on(self) -> date:  # type: ignore[override]
        return self.notice.issued_on

    @property
    def regime(self) -> str:  # type: ignore[override]
        return self.notice.regime

    @property
    def user_supplied(self) -> bool:
        return self.notice.user_supplied

    def _check(self) -> None:
        self.notice._check()
        self._check_common()
        if any(c not in self.citations for c in self.notice.citations):
            raise _inconsistent("form 05 cites every citation of its notice", self.citations)
        if self.withheld_parts and not self.in_part:
            raise _inconsistent("withheld parts go with a refusal in part", self.withheld_parts)
        for part in self.withheld_parts:
            checked_name(part, field="withheld_parts")

    def _body(self, rules: Ruleset, lang: Lang) -> list[str]:
        """Art. 28(2): every ground with its reasons; art. 26(3): the agency to turn to; art.
        10(1): where the information is published; then what the requester can do."""
        n = self.notice
        day = _day(n.request_received_on, lang)
        lines = [
            _say("request.received", lang, day=day, information=n.information_requested),
            *self._refusal_lines(lang),
        ]
        for g in n.grounds:
            wording = _name_the_law(g.wording.in_(lang), g.citation, lang)
            lines.append(f"  - {wording}: {g.reason.in_(lang)} [{_labels(g.citations, lang)}]")
        if n.redirect_to:
            cite = ReceiptDuty.NOTIFY_AND_REDIRECT.citation_in(rules).label_in(lang)
            lines.append(_say("refusal.responsible_agency", lang, agency=n.redirect_to, basis=cite))
        if n.published_at:
            lines.append(_say("refusal.published_at", lang, place=n.published_at))
        lines += [f"  {_name_the_law(g.in_(lang), None, lang)}" for g in n.guidance]
        return lines

    def _refusal_lines(self, lang: Lang) -> list[str]:
        """Whole or in part (art. 28(2): in writing, with reasons): a refusal in part says which
        part is refused and that the rest is provided, so it never reads as a total refusal."""
        agency = self.notice.agency
        if not self.in_part:
            return [_say("refusal.whole", lang, agency=agency)]
        parts = "; ".join(self.withheld_parts)
        return [_say("refusal.in_part", lang, agency=agency, parts=parts)]

    def _entries(self, rules: Ruleset, lang: Lang) -> list[str]:
        return ["  " + line for line in self.notice.explain(lang).splitlines()]


def refusal_form(
    decision: Decision | Mapping[str, Any] | str,
    *,
    issued_on: date,
    agency: str,
    request: InformationRequest | Mapping[str, Any] | str,
    number: str | None = None,
    locality: str | None = None,
    recipients: Sequence[str] | None = None,
) -> RefusalForm:
    """Mẫu số 05 from a refusal, through :func:`tiepcan.decision.refusal_notice`.

    Cited and worded under the decision's regime. Refused: a decision that is not a refusal
    (``not-a-refusal``); a notice dated before the request was received.
    """
    dec = _result(Decision, decision, "decision")
    req = _request(request)
    _date(issued_on, "issued_on")
    checked_name(agency, field="agency")
    checked_name(number, field="number", optional=True)
    _not_before(issued_on, req.received_on, "issued_on")
    name, info = _who(req)
    _named(name, "requester")
    _named(info, "information requested")
    notice = refusal_notice(dec, req, agency=agency, issued_on=issued_on)
    rules = ruleset(notice.regime)
    result = RefusalForm(
        notice=notice,
        citations=tuple(dict.fromkeys((DecreeForm.FORM_05.citation_in(rules), *notice.citations))),
        in_part=dec.outcome is Outcome.PROVIDE_IN_PART,
        withheld_parts=tuple(w.part for w in dec.withheld),
        number=number,
        locality=locality,
        recipients=_recipients(recipients),
    )
    result._check()
    return result
