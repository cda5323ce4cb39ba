"""A thin front for trying the rules from a shell (not the separate CLI project).

    python -m tiepcan                                        # a worked example
    python -m tiepcan deadline 2024-02-07 electronic complex [--extended] [--lang en] [--json]
    python -m tiepcan limit art22.4 2024-04-15               # any time limit of the law
    python -m tiepcan workday 2026-01-10
    python -m tiepcan fee photocopy_bw_a4=12 --received 2024-02-07 --area difficult [--postage 27500 --channel postal]
    python -m tiepcan cite 28 1 đ                            # statute text of a citation

Errors print their code and message and exit with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from tiepcan._version import __version__
from tiepcan.errors import InvalidInputError, TiepCanError

EXAMPLE_RECEIVED = date(2024, 2, 7)


def _example(lang: str) -> str:
    from tiepcan.deadlines import response_deadline
    from tiepcan.fees import Area, FeeItem, quote

    d = response_deadline(EXAMPLE_RECEIVED, "electronic", "complex")
    q = quote(
        {FeeItem.PHOTOCOPY_BW_A4: 12, FeeItem.PHOTOCOPY_COLOUR_A4: 2},
        area=Area.DIFFICULT,
        postage=27500,
        channel="postal",
        received=EXAMPLE_RECEIVED,
    )
    parts = []
    for lg in ("vi", "en") if lang == "both" else (lang,):
        if lg == "vi":
            parts.append(
                "== Thời hạn: yêu cầu thông tin phức tạp gửi qua mạng điện tử, nhận ngày "
                f"07/02/2024 ==\nHạn trả lời: {d.due:%d/%m/%Y}; hạn thông báo thời hạn: "
                f"{d.notice_due:%d/%m/%Y}\n{d.explain('vi')}\n"
            )
            parts.append(
                f"== Chi phí: 12 trang phô tô đen trắng A4, 2 trang màu, địa bàn khó "
                f"khăn, gửi bưu chính ==\n{q.explain('vi')}\n"
            )
        else:
            parts.append(
                "== Deadline: complex request sent electronically, received 2024-02-07 ==\n"
                f"Answer due: {d.due.isoformat()}; notice of the time limit due: "
                f"{d.notice_due.isoformat() if d.notice_due else '-'}\n{d.explain('en')}\n"
            )
            parts.append(
                "== Cost: 12 b/w A4 photocopies, 2 colour, difficult area, by post ==\n"
                f"{q.explain('en')}\n"
            )
    return "\n".join(parts)


def _deadline(args: argparse.Namespace) -> str:
    from tiepcan.deadlines import response_deadline

    d = response_deadline(
        args.received,
        args.channel,
        args.complexity,
        extended=args.extended,
        regime=args.regime,
        receipt_policy=args.receipt_policy,
    )
    if args.json:
        return d.to_json(indent=2)
    head = f"due {d.due.isoformat()}" + (
        f", notice by {d.notice_due.isoformat()}" if d.notice_due else ""
    )
    return _explained(head, d.explain, args.lang)


def _limit(args: argparse.Namespace) -> str:
    from tiepcan.deadlines import time_limit

    p = time_limit(args.limit_id, args.start, regime=args.regime)
    if args.json:
        return p.to_json(indent=2)
    return _explained(f"due {p.due.isoformat()}", p.explain, args.lang)


def _workday(args: argparse.Namespace) -> str:
    from tiepcan.workdays import day_info

    info = day_info(args.day)
    if args.json:
        return info.to_json(indent=2)
    refs = [c.label for c in info.basis] + list(info.instruments)
    lines = [
        f"{info.day.isoformat()} ({info.weekday_vi} / {info.weekday_en}): "
        f"{'ngày làm việc / working day' if info.working else 'ngày nghỉ / day off'}",
        f"{info.name_vi} / {info.name_en} — {info.kind.label_vi} / {info.kind.label_en}",
    ]
    if refs:
        lines.append("Căn cứ / basis: " + "; ".join(refs))
    if info.provisional:
        lines.append("Tạm tính / provisional: the year's announcements are not all known yet")
    return "\n".join(lines)


def _fee(args: argparse.Namespace) -> str:
    from tiepcan.fees import quote

    items: list[tuple[str, int]] = []  # pairs: an item given twice is refused by quote()
    for spec in args.items:
        name, sep, qty = spec.partition("=")
        if not sep or not qty.strip().lstrip("-").isdigit():
            raise InvalidInputError(
                "invalid-item-spec", "Cần dạng mục=số lượng", "expected item=quantity", detail=spec
            )
        items.append((name.strip(), int(qty)))
    q = quote(
        items,
        area=args.area,
        postage=args.postage,
        channel=args.channel,
        received=_iso_date(args.received, "received"),
        regime=args.regime,
    )
    if args.json:
        return q.to_json(indent=2)
    return _explained(f"total {q.total} đồng", q.explain, args.lang)


def _iso_date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInputError(
            "invalid-date", "Ngày không hợp lệ", "not a date", detail=f"{name}={value}"
        ) from None


def _cite(args: argparse.Namespace) -> str:
    from tiepcan.citations import law

    c = law(args.article, args.clause, args.point)
    return f"{c.label}\n{c.label_en}\n\n{c.text()}"


def _explained(head: str, explain: object, lang: str) -> str:
    assert callable(explain)
    langs = ("vi", "en") if lang == "both" else (lang,)
    return "\n\n".join([head, *(str(explain(lg)) for lg in langs)])


def _parser() -> argparse.ArgumentParser:
    # --lang and --json are accepted before the sub-command (for the example too) or after it
    p = argparse.ArgumentParser(prog="python -m tiepcan", description=__doc__.splitlines()[0])
    p.add_argument("--version", action="version", version=f"tiepcan {__version__}")
    p.add_argument("--lang", choices=("vi", "en", "both"), default="both")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    sub = p.add_subparsers(dest="command")

    def add(name: str, help: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help)
        cmd.add_argument("--lang", dest="sub_lang", choices=("vi", "en", "both"))
        cmd.add_argument("--json", dest="sub_json", action="store_true")
        return cmd

    d = add("deadline", "response time limits of arts. 29-31")
    d.add_argument("received", help="day the valid request was received, YYYY-MM-DD")
    d.add_argument("channel", help="at_office | electronic | postal | fax")
    d.add_argument("complexity", help="simple | complex")
    d.add_argument("--extended", action="store_true", help="apply the longest extension")
    d.add_argument("--regime", default=None, help="e.g. ati-2016 to apply it deliberately")
    d.add_argument(
        "--receipt-policy", default="civil_code", help="civil_code (default) | next_working_day"
    )
    d.set_defaults(run=_deadline)

    lim = add("limit", "any time limit of the law, by id (e.g. art22.4)")
    lim.add_argument("limit_id")
    lim.add_argument("start", help="day of the triggering event, YYYY-MM-DD")
    lim.add_argument("--regime", default=None)
    lim.set_defaults(run=_limit)

    w = add("workday", "is this a working day, and why")
    w.add_argument("day", help="YYYY-MM-DD")
    w.set_defaults(run=_workday)

    f = add("fee", "quote the actual costs (Circular 46/2018/TT-BTC)")
    f.add_argument("items", nargs="+", help="item=quantity, e.g. photocopy_bw_a4=12")
    f.add_argument("--area", default="ordinary")
    f.add_argument("--postage", type=int, default=None, help="postage in đồng, passed through")
    f.add_argument("--channel", default=None)
    f.add_argument("--received", default=None, help="day the request was received, YYYY-MM-DD")
    f.add_argument("--regime", default=None, help="the regime, when no date is given")
    f.set_defaults(run=_fee)

    c = add("cite", "statute text of Law 104/2016: article [clause [point]]")
    c.add_argument("article", type=int)
    c.add_argument("clause", type=int, nargs="?")
    c.add_argument("point", nargs="?")
    c.set_defaults(run=_cite)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    args.lang = getattr(args, "sub_lang", None) or args.lang
    args.json = getattr(args, "sub_json", False) or args.json
    try:
        out = _example(args.lang) if args.command is None else args.run(args)
    except TiepCanError as err:
        print(str(err), file=sys.stderr)
        return 2
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
