"""Benchmark the register: batch due dates, and folding whole registers.

Run: python benchmarks/bench_register.py [max_n]   (default 1_000_000)

1. due dates alone for N requests through tiepcan.register.batch (numpy arrays in);
2. Register.fold(as_of) for registers of 10k / 100k / 1M rows (~5 events per request),
   generated as columns, with wall time and peak traced memory (tracemalloc: Python
   allocations, incl. numpy), and the process's peak;
3. the full per-row RequestState (reasons, problems) for 10k rows, to show its unit cost.
"""

from __future__ import annotations

import random
import resource
import sys
import time
import tracemalloc
from datetime import date, timedelta

import numpy as np

from tiepcan import Channel, Complexity
from tiepcan.register.batch import due_dates
from tiepcan.register.book import Register, RegisterOutcome

FORMS = list(Channel)


def bench_batch(n: int) -> float:
    rng = np.random.default_rng(1)
    days = np.datetime64("2018-07-01") + rng.integers(0, 2980, n).astype("timedelta64[D]")
    forms = rng.integers(0, 4, n)
    comps = rng.integers(0, 2, n)
    exts = np.where(comps == 1, rng.choice([0, -1, 5], n), 0)
    due_dates(days[:10], forms[:10], comps[:10], exts[:10])  # load the table once
    t = time.perf_counter()
    due_dates(days, forms, comps, exts)
    return time.perf_counter() - t


def make_register(n: int) -> Register:
    """Rows as agency software keeps them: receipt, notice, costs, payment, outcome (~5 events),
    generated as columns (``Register.from_columns``: no row object is made)."""
    rnd = random.Random(2)
    start = date(2019, 1, 1)
    names = ("number", "received_on", "requester_name", "information_requested",
             "received_via", "provision_form", "complexity", "time_limit_notice_on",
             "costs_notified", "costs_notified_on", "payment_due", "costs_paid",
             "costs_paid_on", "outcome", "outcome_on")  # fmt: skip
    cols: dict[str, list[object]] = {name: [] for name in names}
    for i in range(n):
        on = start + timedelta(days=rnd.randrange(2700))
        complex_ = rnd.random() < 0.5
        row = dict(
            number=f"{i:07d}",
            received_on=on,
            requester_name="Nguyễn Văn A",
            information_requested="Quyết định giao đất",
            received_via=FORMS[i % 4],
            provision_form=FORMS[(i + 1) % 4],
            complexity=Complexity.COMPLEX if complex_ else Complexity.SIMPLE,
            time_limit_notice_on=on + timedelta(days=2) if complex_ else None,
            costs_notified=20000,
            costs_notified_on=on + timedelta(days=1),
            payment_due=on + timedelta(days=8),
            costs_paid=20000,
            costs_paid_on=on + timedelta(days=3),
            outcome=RegisterOutcome.PROVIDED,
            outcome_on=on + timedelta(days=rnd.randrange(30)),
        )
        for name in names:
            cols[name].append(row[name])
    return Register.from_columns(cols)


def bench_fold(n: int) -> tuple[float, float, float]:
    reg = make_register(n)
    t = time.perf_counter()
    f = reg.fold(date(2026, 6, 30))
    took = time.perf_counter() - t  # timed without tracemalloc, which slows Python ~5x
    del f
    tracemalloc.start()
    f = reg.fold(date(2026, 6, 30))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    t = time.perf_counter()
    for i in range(min(n, 10_000)):
        f.state(i)
    per_state = (time.perf_counter() - t) / min(n, 10_000)
    return took, peak / 2**20, per_state


def main() -> None:
    max_n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    print(f"batch due dates, {max_n:,} requests (numpy): {bench_batch(max_n):.3f} s")
    print(f"{'rows':>10} {'fold s':>8} {'µs/row':>8} {'fold peak MiB':>14} {'state µs':>9}")
    for n in (10_000, 100_000, 1_000_000):
        if n > max_n:
            break
        took, peak, per_state = bench_fold(n)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{n:>10,} {took:>8.2f} {took / n * 1e6:>8.2f} {peak:>14.0f} {per_state * 1e6:>9.1f}  (process max RSS {rss:.0f} MiB)"
        )


if __name__ == "__main__":
    main()
