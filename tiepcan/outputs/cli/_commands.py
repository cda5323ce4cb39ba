"""The commands of ``python -m tiepcan``: each computes one result and renders it.

A command returns the text to print: the result's ``to_json()`` under ``--json``, else a
summary line and the result's ``explain(lang)`` in each language asked for.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from tiepcan.foundation._model import Lang, echo
from tiepcan.foundation.errors import InvalidInputError
from tiepcan.outputs.cli._text import (
    WHOLE,
    day,
    in_langs,
    langs,
    money,
    parse_day,
    parse_moment,
    parse_whole,
    read_file,
)

#: the worked example of the bare command: a request of 7/2/2024, across Tết (Law 104/2016)
EXAMPLE_RECEIVED = date(2024, 2, 7)
#: and one of 12/11/2026 under Law 01/2026/QH16, whose 12th day is 24/11/2026, Vietnam Cultural
#: Day (Resolution 28/2026/QH16): the period ends the next working day (Civil Code art. 148(5))
EXAMPLE_RECEIVED_2026 = date(2026, 11, 12)


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


# -- the worked example -------------------------------------------------------------------


def example(args: argparse.Namespace) -> str:
    """A complex request received electronically on 7/2/2024, and a fee quote by post."""
    from tiepcan.deadlines import response_deadline
    from tiepcan.fees import Area, FeeItem, quote

    d = response_deadline(EXAMPLE_RECEIVED, "electronic", "complex")
    d26 = response_deadline(EXAMPLE_RECEIVED_2026, "electronic", "simple")
    q = quote(
        {FeeItem.PHOTOCOPY_BW_A4: 12, FeeItem.PHOTOCOPY_COLOUR_A4: 2},
        area=Area.DIFFICULT,
        postage=27500,
        channel="postal",
        received=EXAMPLE_RECEIVED,
    )
    if args.json:
        return _dump(
            {"deadline": d.to_dict(), "deadline_2026": d26.to_dict(), "quote": q.to_dict()}
        )

    def render(lg: Lang) -> str:
        if lg == "vi":
            head_d = (
                "== Thời hạn: yêu cầu thông tin phức tạp, cung cấp qua mạng điện tử, nhận ngày "
                f"{day(EXAMPLE_RECEIVED, lg)} =="
            )
            head_26 = (
                "== Thời hạn theo Luật 01/2026/QH16: yêu cầu qua mạng Internet, nhận ngày "
                f"{day(EXAMPLE_RECEIVED_2026, lg)} =="
            )
            head_q = (
                "== Chi phí: 12 trang phô tô đen trắng A4, 2 trang màu, địa bàn khó khăn, "
                "gửi qua bưu chính =="
            )
        else:
            head_d = (
                "== Deadline: complex request, information provided electronically, received "
                f"{day(EXAMPLE_RECEIVED, lg)} =="
            )
            head_26 = (
                "== Deadline under Law 01/2026/QH16: request over the Internet, received "
                f"{day(EXAMPLE_RECEIVED_2026, lg)} =="
            )
            head_q = "== Cost: 12 b/w A4 photocopies, 2 colour, difficult area, sent by post =="
        return "\n".join(
            [
                head_d, _deadline_head(d, lg), d.explain(lg), "",
                head_26, _deadline_head(d26, lg), d26.explain(lg), "",
                head_q, q.explain(lg),
            ]
        )  # fmt: skip

    return in_langs(args.lang, render)


# -- deadline -------------------------------------------------------------------------------


def _deadline_head(d: Any, lg: Lang) -> str:
    vi = lg == "vi"
    if d.immediate:
        head = (
            f"Cung cấp ngay khi người yêu cầu có mặt tại trụ sở, trong ngày làm việc {day(d.due, lg)}"
            if vi
            else f"Provide immediately while the requester is at the office, on the working day {day(d.due, lg)}"
        )
    else:
        head = f"Hạn trả lời: {day(d.due, lg)}" if vi else f"Answer due: {day(d.due, lg)}"
    if d.notice_due is not None:
        head += (
            f"; hạn thông báo thời hạn: {day(d.notice_due, lg)}"
            if vi
            else f"; notice of the time limit due: {day(d.notice_due, lg)}"
        )
    if d.extended:
        head += (
            f" (đã gia hạn; hạn ban đầu {day(d.original_due, lg)}, là hạn gửi thông báo gia hạn)"
            if vi
            else f" (extended; original due date {day(d.original_due, lg)}, "
            "the last day to send the extension notice)"
        )
    if d.provisional:
        years = ", ".join(str(y) for y in d.provisional_years)
        head += (
            f"\nTạm tính: lịch nghỉ năm {years} chưa được công bố đầy đủ"
            if vi
            else f"\nProvisional: the days off of {years} are not all announced yet"
        )
    return head


def deadline(args: argparse.Namespace) -> str:
    from tiepcan.deadlines import response_deadline

    ext_len = None
    if args.extension_length is not None:
        ext_len = parse_whole(
            args.extension_length,
            "--extension-length",
            what_en="the extension",
        )
    d = response_deadline(
        parse_moment(args.received, "received"),
        args.provision,
        args.complexity,
        received_via=args.received_via,
        extended=args.extended,
        extension_length=ext_len,
        regime=args.regime,
        receipt_policy=args.receipt_policy,
        sent=parse_day(args.sent, "--sent") if args.sent is not None else None,
    )
    if args.json:
        return d.to_json(indent=2)
    return in_langs(args.lang, lambda lg: f"{_deadline_head(d, lg)}\n\n{d.explain(lg)}")


# -- limit ------------------------------------------------------------------------------------


def limit(args: argparse.Namespace) -> str:
    from tiepcan.deadlines import Bound, time_limit, time_limits

    p = time_limit(args.limit_id, parse_day(args.start, "start"), regime=args.regime)
    if args.json:
        return p.to_json(indent=2)
    lim = time_limits(regime=p.regime)[p.limit_id]

    def render(lg: Lang) -> str:
        # a maximum is a date to act by; a minimum (art. 21(2) posting) a date to last until
        if lim.bound is Bound.MIN:
            head = (
                f"{lim.duty.vi}: {lim.bound.label_vi} đến hết ngày {day(p.due, lg)}"
                if lg == "vi"
                else f"{lim.duty.en}: {lim.bound.label_en} until the end of {day(p.due, lg)}"
            )
        else:
            head = (
                f"{lim.duty.vi}: {lim.bound.label_vi} ngày {day(p.due, lg)}"
                if lg == "vi"
                else f"{lim.duty.en}: due {day(p.due, lg)} ({lim.bound.label_en})"
            )
        return f"{head}\n\n{p.explain(lg)}"

    return in_langs(args.lang, render)


# -- workday ----------------------------------------------------------------------------------


def workday(args: argparse.Namespace) -> str:
    from tiepcan.foundation.workdays import day_info

    info = day_info(parse_day(args.day, "day"))
    if args.json:
        return info.to_json(indent=2)

    def render(lg: Lang) -> str:
        vi = lg == "vi"
        working = (
            ("ngày làm việc" if info.working else "ngày nghỉ")
            if vi
            else ("working day" if info.working else "day off")
        )
        weekday = info.weekday_vi if vi else info.weekday_en
        name = info.name_vi if vi else info.name_en
        lines = [
            f"{day(info.day, lg)} ({weekday}): {working}",
            f"{name} — {info.kind.label(lg)}",
        ]
        refs = [c.label_in(lg) for c in info.basis] + list(info.instruments)
        if refs:
            lines.append(("Căn cứ: " if vi else "Basis: ") + "; ".join(refs))
        if info.confidence != "confirmed":
            lines.append(
                f"Độ tin cậy: {info.confidence} (nguồn thứ cấp)"
                if vi
                else f"Confidence: {info.confidence} (secondary source)"
            )
        if info.provisional:
            lines.append(
                "Tạm tính: lịch nghỉ của năm này chưa được công bố đầy đủ"
                if vi
                else "Provisional: the year's days off are not all announced yet"
            )
        return "\n".join(lines)

    return in_langs(args.lang, render)


# -- fee ----------------------------------------------------------------------------------------


def fee(args: argparse.Namespace) -> str:
    from tiepcan.fees import quote

    items: list[tuple[str, int]] = []  # pairs: an item given twice is refused by quote()
    for spec in args.items:
        name, sep, qty = spec.partition("=")
        if not sep or not name.strip():
            raise InvalidInputError("invalid-item-spec", detail=echo(spec))
        what_en = f"the quantity of {name.strip()}"
        if not WHOLE.fullmatch(qty.strip()):
            raise InvalidInputError(
                "invalid-item-spec",
                detail=f"{what_en} must be a whole number ≥ 0 of at most 18 digits: {echo(spec)}",
            )
        items.append((name.strip(), int(qty)))
    postage = None
    if args.postage is not None:
        postage = parse_whole(args.postage, "--postage", what_en="postage (đồng)")
    received = parse_day(args.received, "--received") if args.received is not None else None
    if received is None and args.regime is None:
        raise InvalidInputError(
            "missing-governing-date",
            detail="give --received YYYY-MM-DD (the rates in force that day apply), "
            "or --regime to apply a regime's rates deliberately",
        )
    q = quote(
        items,
        area=args.area,
        postage=postage,
        channel=args.channel,
        received=received,
        regime=args.regime,
    )
    if args.json:
        return q.to_json(indent=2)

    def render(lg: Lang) -> str:
        head = f"Tổng cộng: {money(q.total, lg)}" if lg == "vi" else f"Total: {money(q.total, lg)}"
        if q.postage_not_given:
            head += (
                " (chưa gồm chi phí gửi qua bưu chính: chưa nêu)"
                if lg == "vi"
                else " (postage by post not included: it was not given)"
            )
        return f"{head}\n\n{q.explain(lg)}"

    return in_langs(args.lang, render)


# -- cite -------------------------------------------------------------------------------------

#: short names of the bundled instruments, for ``cite --instrument``
INSTRUMENT_ALIASES = {
    "law104": "104/2016/QH13",
    "decree13": "13/2018/NĐ-CP",
    "circular46": "46/2018/TT-BTC",
    "circular64": "64/2018/TT-BQP",
    "civil-code": "91/2015/QH13",
    "labour-code-2012": "10/2012/QH13",
    "labour-code-2019": "45/2019/QH14",
    "decision188": "188/1999/QĐ-TTg",
    "resolution28": "28/2026/QH16",
}


def _fold(text: str) -> str:
    return text.strip().casefold().replace("đ", "d")


def instrument_number(name: str) -> str:
    """The number of an instrument named by alias or number (``13/2018/ND-CP`` is accepted)."""
    from tiepcan.foundation.citations import INSTRUMENTS

    wanted = _fold(name)
    for alias, number in INSTRUMENT_ALIASES.items():
        if wanted == alias:
            return number
    for number in INSTRUMENTS:
        if wanted == _fold(number):
            return number
    known = ", ".join(f"{a} ({n})" for a, n in INSTRUMENT_ALIASES.items())
    raise InvalidInputError("unknown-instrument", detail=f"{echo(name)}; known: {known}")


def _known_instruments() -> set[str]:
    from tiepcan.foundation.citations import INSTRUMENTS

    return set(INSTRUMENT_ALIASES) | {_fold(n) for n in INSTRUMENTS}


def _unit(value: str, name: str) -> int:
    if not WHOLE.fullmatch(value):
        raise InvalidInputError(
            "invalid-citation",
            detail=f"the {name} must be a whole number ≥ 1: {name}={echo(value)}; e.g. cite 28 1 đ, cite decree13 13 2",
        )
    return int(value)


def _citation(parts: list[str], instrument: str | None) -> Any:
    from tiepcan.foundation.citations import LAW_104_2016, Citation

    if len(parts) == 1 and " art. " in parts[0]:
        if instrument is not None:
            raise InvalidInputError(
                "invalid-citation",
                detail=f"the citation names its instrument: --instrument is not needed: {echo(parts[0])}",
            )
        number, _, rest = parts[0].strip().partition(" art. ")
        return Citation.parse(f"{instrument_number(number)} art. {rest}")
    if instrument is None and parts and not WHOLE.fullmatch(parts[0]):
        if len(parts) == 1 and _fold(parts[0]) not in _known_instruments():
            _unit(parts[0], "article")  # "cite abc": not an article number
        instrument, parts = parts[0], parts[1:]
    if not 1 <= len(parts) <= 3:
        raise InvalidInputError(
            "invalid-citation",
            detail=f"expected: [instrument] article [clause [point]]: {' '.join(parts) or 'no article given'}",
        )
    number = instrument_number(instrument) if instrument is not None else LAW_104_2016
    article = _unit(parts[0], "article")
    clause = subclause = None
    if len(parts) > 1:
        head, dot, sub = parts[1].partition(".")
        clause = _unit(head, "clause")
        subclause = _unit(sub, "clause") if dot else None
    point = parts[2] if len(parts) > 2 else None
    return Citation(
        instrument=number, article=article, clause=clause, subclause=subclause, point=point
    )


def cite(args: argparse.Namespace) -> str:
    c = _citation(list(args.parts), args.instrument)
    text = c.text()  # raises citation-not-found for a unit not in the bundled text
    heading = c.heading()
    if args.json:
        return _dump(
            {**c.to_dict(), "ref": c.ref, "label_vi": c.label, "label_en": c.label_en,
             "heading": heading, "text": text}
        )  # fmt: skip
    labels = [c.label_in(lg) for lg in langs(args.lang)]
    note = (
        ["(Văn bản tiếng Việt, trích nguyên văn / the Vietnamese statute text, verbatim)"]
        if "en" in langs(args.lang)
        else []
    )
    return "\n".join([*labels, f"Điều {c.article}. {heading}", *note, "", text])


# -- assess -------------------------------------------------------------------------------------


def assess(args: argparse.Namespace) -> str:
    from tiepcan.decision import assess as run

    texts = [read_file(p, ("json",))[1] for p in (args.request, args.requester, args.facts)]
    d = run(*(str(t) for t in texts), regime=args.regime)
    if args.json:
        return d.to_json(indent=2)
    return in_langs(args.lang, d.explain)


# -- catalogue check ----------------------------------------------------------------------------


def _catalogue(path: str) -> Any:
    from tiepcan.catalogue import Catalogue

    kind, text = read_file(path, ("json", "csv"))
    assert isinstance(text, str)
    return Catalogue.from_json(text) if kind == "json" else Catalogue.from_csv(text)


def _on(args: argparse.Namespace) -> date | None:
    return parse_day(args.on, "--on") if args.on is not None else None


def catalogue_check(args: argparse.Namespace) -> str:
    from tiepcan.catalogue import FindingSeverity, check_catalogue

    report = check_catalogue(_catalogue(args.file), on=_on(args), regime=args.regime)
    if args.json:
        return report.to_json(indent=2)

    def render(lg: Lang) -> str:
        counts = "; ".join(
            f"{s.label(lg)}: {sum(f.severity is s for f in report.findings)}"
            for s in FindingSeverity
        )
        return f"{counts}\n\n{report.explain(lg)}"

    return in_langs(args.lang, render)


# -- duties check -------------------------------------------------------------------------------


def duties_check(args: argparse.Namespace) -> str:
    from tiepcan.catalogue import check_catalogue
    from tiepcan.duties import check_duties
    from tiepcan.rules.duties import AgencyProfile, DutyStatus

    kind, text = read_file(args.profile, ("json", "csv"))
    assert isinstance(text, str)
    profile = AgencyProfile.from_json(text) if kind == "json" else AgencyProfile.from_csv(text)
    on = _on(args)
    evidence = None
    if args.catalogue is not None:
        evidence = check_catalogue(_catalogue(args.catalogue), on=on, regime=args.regime)
    result = check_duties(profile, on=on, regime=args.regime, catalogue_report=evidence)
    if args.json:
        return result.to_json(indent=2)

    def render(lg: Lang) -> str:
        counts = "; ".join(
            f"{s.label(lg)}: {sum(i.status is s for i in result.items)}" for s in DutyStatus
        )
        return f"{counts}\n\n{result.explain(lg)}"

    return in_langs(args.lang, render)


# -- schemas and labels -------------------------------------------------------------------------


def schemas(args: argparse.Namespace) -> str:
    from tiepcan.outputs.schemas import json_schemas

    all_schemas = json_schemas()
    if args.name is not None:
        if args.name not in all_schemas:
            raise InvalidInputError(
                "unknown-schema",
                detail=f"{echo(args.name)}; known: {', '.join(sorted(all_schemas))}",
            )
        return _dump(all_schemas[args.name])  # a schema is JSON in either mode
    if args.json:
        return _dump(all_schemas)
    return in_langs(
        args.lang,
        lambda lg: (
            ("Các mô hình có JSON Schema:" if lg == "vi" else "Models with a JSON Schema:")
            + "\n"
            + "\n".join(f"  {name}" for name in sorted(all_schemas))
        ),
    )


LABEL_SECTIONS = ("enums", "citations", "errors", "interpretations", "regimes", "fields")


def labels(args: argparse.Namespace) -> str:
    from tiepcan.outputs.labels import labels as export

    data = export()
    if args.section is not None and args.section not in LABEL_SECTIONS:
        raise InvalidInputError(
            "unknown-label-section",
            detail=f"{echo(args.section)}; known: {', '.join(LABEL_SECTIONS)}",
        )
    sections = (args.section,) if args.section else LABEL_SECTIONS
    if args.json:
        return _dump(data[args.section] if args.section else data)

    def render(lg: Lang) -> str:
        lines: list[str] = []
        for section in sections:
            value = data[section]
            lines.append(f"== {section} ==")
            if section == "enums":
                for name, members in value.items():
                    lines.append(name)
                    lines += [f"  {k}: {v[lg]}" for k, v in members.items()]
            elif section == "citations":
                lines += [f"{ref}: {v['label_' + lg]}" for ref, v in value.items()]
            elif section == "errors":
                lines += [f"{code}: {v[lg]}" for code, v in value.items()]
            elif section == "interpretations":
                for regime, items in value.items():
                    lines += [f"{regime} {i}: {v['title'][lg]}" for i, v in items.items()]
            elif section == "regimes":
                lines += [f"{r['id']}: {r['name_' + lg]} — {r['status_' + lg]}" for r in value]
            else:  # fields: each result's fields with their titles
                for name, fields in value.items():
                    lines.append(name)
                    lines += [f"  {k}: {v[lg]}" for k, v in fields.items()]
        return "\n".join(lines)

    return in_langs(args.lang, render)


# -- register fold ------------------------------------------------------------------------------


def register_fold(args: argparse.Namespace) -> str:
    """Every row of the register as of a day: read as ``tiepcan report`` reads it
    (:func:`tiepcan.outputs.cli._report.read_register`: ``--encoding``, ``--delimiter``)."""
    from tiepcan.outputs.cli._report import EMPTY_REGISTER, read_register
    from tiepcan.register.lifecycle import RequestStatus, Timeliness

    as_of = parse_day(args.as_of, "--as-of")
    register = read_register(args.file, encoding=args.encoding, delimiter=args.delimiter)
    folded = register.fold(as_of)
    if args.json:
        rows = [
            {
                "number": e.number,
                "received_on": e.received_on.isoformat(),
                "status": folded.status[i],
                "timeliness": folded.timeliness[i],
                "response_due": _iso(folded.response_due[i]),
                "original_due": _iso(folded.original_due[i]),
                "notice_due": _iso(folded.notice_due[i]),
                "days_late": folded.days_late[i],
                "encoded": folded.encoded[i],
            }
            for i, e in enumerate(folded.entries)
        ]
        if args.states:  # each row's full state, as RequestState.to_json() writes it
            for i, row in enumerate(rows):
                row["state"] = json.loads(folded.state(i).to_json())
        return _dump(
            {
                "as_of": as_of.isoformat(),
                "rows": rows,
                "counts": folded.counts(),
                "empty": not rows,
            }
        )

    def render(lg: Lang) -> str:
        vi = lg == "vi"
        lines = [
            f"Sổ theo dõi cung cấp thông tin theo yêu cầu, tính đến ngày {day(as_of, lg)}"
            if vi
            else f"Register of requests, as of {day(as_of, lg)}"
        ]
        for i, e in enumerate(folded.entries):
            due = folded.response_due[i]
            line = (
                f"{e.number} — {day(e.received_on, lg)} — "
                f"{RequestStatus(folded.status[i]).label(lg)} — "
                f"{Timeliness(folded.timeliness[i]).label(lg)}"
            )
            if due is not None:
                line += f" — {'hạn' if vi else 'due'} {day(due, lg)}"
            late = folded.days_late[i]
            if late:
                line += f" ({late} ngày làm việc quá hạn)" if vi else f" ({late} working days late)"
            if not folded.encoded[i]:
                line += (
                    " — chế độ pháp lý chưa được mã hóa"
                    if vi
                    else " — the governing regime is not encoded"
                )
            lines.append(line)
            if args.states:
                lines += ["    " + s for s in folded.state(i).explain(lg).splitlines()]
        if not len(folded):
            lines.append(EMPTY_REGISTER[lg])
        counts = folded.counts()
        lines.append(
            "; ".join(
                [
                    ("Tổng số yêu cầu: " if vi else "Requests: ") + str(len(folded)),
                    *(
                        f"{member.label(lg)}: {counts[member.value]}"
                        for enum in (RequestStatus, Timeliness)
                        for member in enum
                        if counts.get(member.value)
                    ),
                ]
            )
        )
        return "\n".join(lines)

    return in_langs(args.lang, render)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None
