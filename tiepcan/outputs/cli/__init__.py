"""Dòng lệnh — trying the rules from a shell (``python -m tiepcan``, or ``tiepcan``).

    tiepcan                                              # the worked example
    tiepcan deadline 2024-02-07 electronic complex [--received-via postal] [--extended]
    tiepcan deadline 2024-03-04T20:00Z electronic simple # a moment in UTC: Vietnam time is used
    tiepcan limit disclosure.publish 2024-04-15          # any countable time limit, by id
    tiepcan workday 2026-01-10
    tiepcan fee photocopy_bw_a4=12 --received 2024-02-07 --area difficult --postage 27500 --channel postal
    tiepcan cite 28 1 đ                                  # Law 104/2016: art. 28(1)(đ)
    tiepcan cite decree13 13 2                           # or 13/2018/NĐ-CP, or --instrument decree13
    tiepcan cite "46/2018/TT-BTC art. 3(1.1)(b)"         # the data files' encoding
    tiepcan assess REQUEST.json REQUESTER.json FACTS.json
    tiepcan catalogue check CATALOGUE.json|.csv --on 2025-06-30
    tiepcan duties check PROFILE.json|.csv --on 2025-06-30 [--catalogue CATALOGUE.json]
    tiepcan register fold REGISTER.json|.csv|.xlsx --as-of 2025-02-26
    tiepcan report REGISTER.csv|.xlsx|.json --period 2025-H2 --meta META.toml --date 2026-01-08
    tiepcan schemas [NAME]
    tiepcan labels [SECTION]

Every command takes ``--lang vi|en|both`` (default both: Vietnamese, then English) and
``--json`` (the result's ``to_json()``), before or after the command's name. An error prints
its code and its message in both languages on stderr (under ``--json``: the error's
``to_dict()`` as JSON), never a traceback. The exit status tells what went wrong: 0 done,
1 a coded error in the input (a value, a file, the output), 2 a command line that cannot be
read, 3 an internal error of tiepcan (a defect: please report it, see docs/security.md).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from tiepcan._version import __version__
from tiepcan.foundation._model import echo
from tiepcan.foundation.errors import InvalidInputError, TiepCanError
from tiepcan.outputs.cli import _commands as cmd
from tiepcan.outputs.cli._report import add_report_command
from tiepcan.outputs.cli._text import LANG_CHOICES, langs

__all__ = ["build_parser", "main"]

_LANG_METAVAR = "{" + ",".join(LANG_CHOICES) + "}"


class _Parser(argparse.ArgumentParser):
    """argparse with bilingual usage errors and a list of allowed values built on demand."""

    allowed: Callable[[], str] | None = None

    def error(self, message: str) -> NoReturn:
        raise InvalidInputError("invalid-command-line", detail=f"{self.prog}: {message}")

    def format_help(self) -> str:
        # the values are read from the library (and its data) only when help is asked for
        if self.allowed is not None:
            self.epilog = self.allowed() + "\n\n" + EXIT_STATUSES
        return super().format_help()


def _values(title: str, pairs: Sequence[tuple[str, str]]) -> str:
    width = max(len(v) for v, _ in pairs)
    return "\n".join([title, *(f"  {v.ljust(width)}  {label}" for v, label in pairs)])


def _enum(title: str, enum: Any) -> str:
    return _values(title, [(m.value, f"{m.label_vi} / {m.label_en}") for m in enum])


def _regimes() -> str:
    from tiepcan.foundation.regimes import REGIMES

    return _values(
        "--regime (giá trị / values):",
        [(r.id, f"{r.name_en} ({'encoded' if r.encoded else 'not encoded'})") for r in REGIMES],
    )


def _deadline_values() -> str:
    from tiepcan.deadlines import ReceiptPolicy
    from tiepcan.foundation.terms import Channel, Complexity

    return "\n\n".join(
        [
            _enum("PROVISION, --received-via:", Channel),
            _enum("COMPLEXITY:", Complexity),
            _enum("--receipt-policy:", ReceiptPolicy),
            _regimes(),
        ]
    )


def _limit_values() -> str:
    from tiepcan.deadlines import PeriodUnit, time_limits
    from tiepcan.foundation.regimes import REGIMES

    blocks = []
    for regime in REGIMES:
        if not regime.encoded:
            continue
        limits = [
            (lim.id, lim.citation.label_en)
            for lim in time_limits(regime=regime.id).values()
            if lim.unit is not PeriodUnit.IMMEDIATE  # "ngay": nothing to count
        ]
        blocks.append(_values(f"LIMIT_ID ({regime.id}):", limits))
    return "\n\n".join([*blocks, _regimes()])


def _fee_values() -> str:
    from tiepcan.fees import Area, FeeItem
    from tiepcan.foundation.terms import Channel

    return "\n\n".join(
        [
            _enum("ITEM (ITEM=QUANTITY):", FeeItem),
            _enum("--area:", Area),
            _enum("--channel:", Channel),
            _regimes(),
        ]
    )


def _cite_values() -> str:
    from tiepcan.foundation.citations import INSTRUMENTS

    return _values(
        "INSTRUMENT (tên ngắn hoặc số / short name or number):",
        [(alias, INSTRUMENTS[n].name_en) for alias, n in cmd.INSTRUMENT_ALIASES.items()],
    )


def _schema_values() -> str:
    from tiepcan.outputs.schemas import json_schemas

    return "NAME:\n  " + ", ".join(sorted(json_schemas()))


def _lang_values() -> str:
    return _values(
        "--lang:",
        [
            ("vi", "tiếng Việt / Vietnamese"),
            ("en", "tiếng Anh / English"),
            ("both", "cả hai, tiếng Việt trước / both, Vietnamese first (default)"),
        ],
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m tiepcan`` (its help lists every allowed value)."""
    first_line = (__doc__ or "").splitlines()[0]
    p = _Parser(
        prog="tiepcan",
        description=first_line,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.allowed = lambda: "\n\n".join([_lang_values(), _regimes()])
    p.add_argument("--version", action="version", version=f"tiepcan {__version__}")
    p.add_argument("--lang", default="both", metavar=_LANG_METAVAR, help="language of the output")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(
        parent: Any, name: str, help: str, run: Callable[[argparse.Namespace], str],
        allowed: Callable[[], str] | None = None,
    ) -> _Parser:  # fmt: skip
        c: _Parser = parent.add_parser(
            name, help=help, description=help, formatter_class=argparse.RawDescriptionHelpFormatter
        )
        c.allowed = allowed or _lang_values
        c.add_argument("--lang", dest="sub_lang", metavar=_LANG_METAVAR)
        c.add_argument("--json", dest="sub_json", action="store_true", help="print JSON")
        c.set_defaults(run=run)
        return c

    d = add(sub, "deadline", "time limits to answer a request (arts. 29-31)", cmd.deadline,
            _deadline_values)  # fmt: skip
    d.add_argument(
        "received",
        help="day (YYYY-MM-DD) or moment (YYYY-MM-DDTHH:MM[+07:00|Z]) the valid request was "
        "received; an aware moment is converted to Vietnam time, a naive one is Vietnam time",
    )
    d.add_argument("provision", metavar="PROVISION", help="how the information is provided")
    d.add_argument("complexity", metavar="COMPLEXITY", help="simple | complex")
    d.add_argument(
        "--received-via", default=None, metavar="CHANNEL",
        help="how the request came in (default: the same as PROVISION)",
    )  # fmt: skip
    d.add_argument("--extended", action="store_true", help="apply the longest extension")
    d.add_argument("--extension-length", default=None, metavar="N", help="a shorter extension")
    d.add_argument("--regime", default=None, help="apply a regime deliberately, e.g. ati-2016")
    d.add_argument("--receipt-policy", default="civil_code", metavar="POLICY")
    d.add_argument(
        "--sent", default=None, metavar="YYYY-MM-DD",
        help="the day the request was sent (Law 01/2026/QH16 art. 31(4))",
    )  # fmt: skip

    lim = add(sub, "limit", "any countable time limit of the law, by id", cmd.limit,
              _limit_values)  # fmt: skip
    lim.add_argument("limit_id", metavar="LIMIT_ID")
    lim.add_argument("start", help="day of the triggering event, YYYY-MM-DD")
    lim.add_argument("--regime", default=None)

    w = add(sub, "workday", "is this a working day of state agencies, and why", cmd.workday)
    w.add_argument("day", help="YYYY-MM-DD")

    f = add(sub, "fee", "quote the actual costs (Circular 46/2018/TT-BTC)", cmd.fee, _fee_values)
    f.add_argument("items", nargs="+", metavar="ITEM=QUANTITY", help="e.g. photocopy_bw_a4=12")
    f.add_argument("--area", default="ordinary")
    f.add_argument("--postage", default=None, metavar="ĐỒNG", help="postage, passed through")
    f.add_argument("--channel", default=None, help="how the information is delivered")
    f.add_argument(
        "--received", default=None, metavar="YYYY-MM-DD",
        help="day the request was received (required unless --regime is given)",
    )  # fmt: skip
    f.add_argument("--regime", default=None, help="apply a regime's rates without a date")

    c = add(sub, "cite", "statute text of a citation: [INSTRUMENT] ARTICLE [CLAUSE [POINT]]",
            cmd.cite, _cite_values)  # fmt: skip
    c.add_argument(
        "parts", nargs="+", metavar="PART",
        help="e.g. 28 1 đ; decree13 13 2; 46/2018/TT-BTC 3 1.1 b; '104/2016/QH13 art. 28(1)(đ)'",
    )  # fmt: skip
    c.add_argument("--instrument", default=None, help="the instrument (default: Law 104/2016)")

    a = add(sub, "assess", "decide a request (tiepcan.decision.assess)", cmd.assess, _regimes)
    a.add_argument("request", metavar="REQUEST.json")
    a.add_argument("requester", metavar="REQUESTER.json")
    a.add_argument("facts", metavar="FACTS.json")
    a.add_argument("--regime", default=None)

    cat = sub.add_parser("catalogue", help="the disclosure catalogues (Decree 13 art. 6)")
    cat_sub = cat.add_subparsers(dest="action", metavar="ACTION", required=True)
    cc = add(cat_sub, "check", "check a catalogue (JSON or CSV) against the law",
             cmd.catalogue_check, _regimes)  # fmt: skip
    cc.add_argument("file", metavar="FILE.json|FILE.csv")
    cc.add_argument("--on", required=True, metavar="YYYY-MM-DD", help="the day checked")
    cc.add_argument("--regime", default=None)

    du = sub.add_parser("duties", help="the duties of the providing agency (art. 34)")
    du_sub = du.add_subparsers(dest="action", metavar="ACTION", required=True)
    dc = add(du_sub, "check", "judge an agency profile (JSON or CSV) against every duty",
             cmd.duties_check, _regimes)  # fmt: skip
    dc.add_argument("profile", metavar="PROFILE.json|PROFILE.csv")
    dc.add_argument("--on", default=None, metavar="YYYY-MM-DD", help="the day the check speaks of")
    dc.add_argument("--regime", default=None)
    dc.add_argument(
        "--catalogue", default=None, metavar="FILE",
        help="the public-disclosure catalogue, checked on the same day, as evidence",
    )  # fmt: skip

    rg = sub.add_parser("register", help="the register of requests (art. 26(1))")
    rg_sub = rg.add_subparsers(dest="action", metavar="ACTION", required=True)
    rf = add(rg_sub, "fold", "every row of a register (JSON, CSV or Excel) as of a day",
             cmd.register_fold)  # fmt: skip
    rf.add_argument("file", metavar="FILE.json|FILE.csv|FILE.xlsx")
    rf.add_argument("--as-of", required=True, metavar="YYYY-MM-DD")
    rf.add_argument("--encoding", default=None, help="the CSV's encoding, e.g. cp1258, utf-16")
    rf.add_argument("--delimiter", default=None, help="; , or tab (default: read from the header)")
    rf.add_argument("--states", action="store_true", help="each row's full state too")

    add_report_command(add, sub, _lang_values)

    s = add(sub, "schemas", "JSON Schema of the public models", cmd.schemas, _schema_values)
    s.add_argument("name", nargs="?", metavar="NAME")

    lb = add(sub, "labels", "every label: enums, citations, errors, interpretations, regimes",
             cmd.labels, lambda: "SECTION: " + ", ".join(cmd.LABEL_SECTIONS))  # fmt: skip
    lb.add_argument("section", nargs="?", metavar="SECTION")
    return p


#: exit statuses: success; a coded error in the input (a value, a file, the output); a command
#: line that cannot be parsed; an internal error of tiepcan (a defect: please report it)
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
#: the codes of a command line that cannot be parsed (exit 2, as argparse's own convention)
USAGE_CODES = frozenset({"invalid-command-line", "invalid-language"})

EXIT_STATUSES = f"""exit status / trạng thái thoát:
  {EXIT_OK}  done / thành công
  {EXIT_INPUT}  the input, a file or the output is not valid (a coded error) / dữ liệu không hợp lệ
  {EXIT_USAGE}  the command line cannot be read / dòng lệnh không hợp lệ
  {EXIT_INTERNAL}  an internal error of tiepcan (please report it) / lỗi nội bộ"""


def _error_lang(args_list: Sequence[str]) -> str:
    """The --lang of the command line, read even when the command line cannot be parsed."""
    for i, arg in enumerate(args_list):
        if arg == "--lang" and i + 1 < len(args_list):
            value = args_list[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        if value in LANG_CHOICES:
            return value
    return "both"


def _error_text(err: TiepCanError, lang: str) -> str:
    """``[code] message (detail)`` in the language asked for (both: Vietnamese / English)."""
    if lang == "both":
        return str(err)
    message = err.message_vi if lang == "vi" else err.message_en
    return f"[{err.code}] {message}" + (f" ({err.detail})" if err.detail else "")


def _print_error(err: TiepCanError, as_json: bool, lang: str = "both") -> None:
    if as_json:
        text = json.dumps(err.to_dict(), ensure_ascii=False, indent=2)
    else:
        text = _error_text(err, lang)
    with contextlib.suppress(OSError):  # stderr cannot be written: the exit status still tells
        print(text, file=sys.stderr)


def _argv(argv: object) -> list[str]:
    if argv is None:
        return list(sys.argv[1:])
    if isinstance(argv, list | tuple) and all(isinstance(a, str) for a in argv):
        return list(argv)
    raise InvalidInputError(
        "invalid-command-line", detail=f"argv must be a list of strings: argv={echo(argv)}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit status is 0 on success, 1 on a coded error in the input,
    2 on a command line that cannot be read, 3 on an internal error (printed on stderr,
    without a traceback; under ``--json`` the error's ``to_dict()`` as JSON)."""
    wants_json = isinstance(argv, list | tuple) and "--json" in argv
    try:
        args_list = _argv(argv)
        wants_json = "--json" in args_list
        out = _run(args_list)
        if out is None:
            return EXIT_OK
        _write(out)
    except TiepCanError as err:
        given = argv if isinstance(argv, list | tuple) else sys.argv[1:] if argv is None else []
        _print_error(err, wants_json, _error_lang([a for a in given if isinstance(a, str)]))
        return EXIT_USAGE if err.code in USAGE_CODES else EXIT_INPUT
    except Exception as exc:  # a defect of tiepcan: a coded answer, never a traceback
        detail = f"{type(exc).__name__}: {echo(str(exc))}"
        _print_error(TiepCanError("internal-error", detail=detail), wants_json)
        return EXIT_INTERNAL
    return EXIT_OK


def _run(args_list: list[str]) -> str | None:
    """The command's output (``None`` after --help or --version, already printed)."""
    try:
        args = build_parser().parse_args(args_list)
    except SystemExit as done:  # --help, --version
        if done.code not in (0, None):
            raise InvalidInputError("invalid-command-line", detail=str(done.code)) from None
        return None
    args.lang = getattr(args, "sub_lang", None) or args.lang
    args.json = bool(getattr(args, "sub_json", False) or args.json)
    langs(args.lang)  # checked before any work
    run: Callable[[argparse.Namespace], str] = getattr(args, "run", cmd.example)
    return run(args)


def _write(out: str) -> None:
    """Print the output; a full disk or a closed file is a coded error, a closed pipe is not."""
    try:
        print(out)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: the reader has all it wanted
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
    except OSError as exc:
        raise InvalidInputError(
            "output-not-written", detail=exc.strerror or type(exc).__name__
        ) from None
