"""python -m tiepcan.outputs.conformance --command "CMD" | --self | --serve  (see docs/conformance.md)."""

from __future__ import annotations

import argparse
import sys

from tiepcan.foundation.errors import TiepCanError
from tiepcan.outputs.conformance.runner import (
    KINDS,
    cases,
    load_cases,
    run_command,
    run_self,
    serve,
)


def main(argv: list[str] | None = None) -> int:
    """Run the suite; 0 all pass, 1 a case fails, 2 the command line or a case file is wrong."""
    parser = argparse.ArgumentParser(
        prog="python -m tiepcan.outputs.conformance",
        description="Run tiepcan's conformance cases against an implementation.",
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--command", help="the other implementation's command (JSON lines in/out)")
    mode.add_argument("--self", action="store_true", help="run against tiepcan itself")
    mode.add_argument("--serve", action="store_true", help="answer requests on stdin (tiepcan)")
    parser.add_argument("--kind", choices=KINDS, help="only the cases of this kind")
    parser.add_argument(
        "--cases", metavar="FILE.json", help="your own cases (the shape of the shipped ones)"
    )
    parser.add_argument("--per-case", action="store_true", help="one process per case")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per process")
    args = parser.parse_args(argv)
    if args.serve:
        for line in serve(sys.stdin):
            print(line, flush=True)
        return 0
    try:
        suite = cases(args.kind) if args.cases is None else load_cases(args.cases, args.kind)
    except TiepCanError as err:
        print(str(err), file=sys.stderr)
        return 2
    if not suite:
        print(f"no case of kind {args.kind} in {args.cases}", file=sys.stderr)
        return 2
    if args.self:
        report = run_self(suite)
    else:
        report = run_command(
            args.command, suite=suite, per_case=args.per_case, timeout=args.timeout
        )
    print(report.explain())
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
