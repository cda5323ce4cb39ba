"""python -m tiepcan.conformance --command "CMD" | --self | --serve  (see docs/conformance.md)."""

from __future__ import annotations

import argparse
import sys

from tiepcan.conformance.runner import cases, run_command, run_self, serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tiepcan.conformance",
        description="Run tiepcan's conformance cases against an implementation.",
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--command", help="the other implementation's command (JSON lines in/out)")
    mode.add_argument("--self", action="store_true", help="run against tiepcan itself")
    mode.add_argument("--serve", action="store_true", help="answer requests on stdin (tiepcan)")
    parser.add_argument("--kind", help="only the cases of this kind")
    parser.add_argument("--per-case", action="store_true", help="one process per case")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per process")
    args = parser.parse_args(argv)
    if args.serve:
        for line in serve(sys.stdin):
            print(line, flush=True)
        return 0
    suite = cases(args.kind)
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
