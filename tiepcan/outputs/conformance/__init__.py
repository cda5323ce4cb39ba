"""Bộ kiểm thử tương thích — the conformance suite other implementations can run.

Language-neutral cases (``cases.json``, shipped with the package), each with an ``id``, a
``kind``, its ``input``, the ``expected`` answer and what decides it (``decided_by``: the
clause of the law or the Government's calendar announcement). They are lifted from the
hand-checked tables of tiepcan's own tests (``tools/gen_conformance.py``), not from what the
library computes.

Run them against a command (one JSON request per line on its standard input, one JSON answer
per line on its standard output, in the same order; see ``docs/conformance.md``)::

    python -m tiepcan.outputs.conformance --command "java -jar other.jar"
    python -m tiepcan.outputs.conformance --self      # tiepcan itself: every case passes

>>> suite = cases()
>>> sorted({c["kind"] for c in suite}) # doctest: +NORMALIZE_WHITESPACE
['add_working_days', 'catalogue_check', 'decision', 'fee_quote', 'is_working_day',
 'register_fold', 'response_deadline', 'time_limit']
>>> report = run_self()
>>> report.failed, report.passed == len(suite)
(0, True)
"""

from __future__ import annotations

from tiepcan.outputs.conformance.runner import (
    CaseResult,
    Report,
    answer,
    cases,
    run_command,
    run_self,
)

__all__ = ["CaseResult", "Report", "answer", "cases", "run_command", "run_self"]
