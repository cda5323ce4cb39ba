"""Benchmark the register on realistic text (issue 19, "Scale on real text").

Run: python benchmarks/bench_register_realistic.py [N ...]   (default: 100000 1000000)

Real registers have a different requester, information text and number on every row, so
nothing is shared between rows the way the generated rows of bench_register.py share their
strings. For each N, in a fresh process (so the peak is that run's alone):

1. write the register as CSV (``Register.to_csv``) and read it back (``Register.from_csv``),
   timed — the clerk's file on the desk;
2. read + fold + statistics + the yearly report (``compute_statistics``, ``render_html``),
   timed as one pipeline, and the process's peak resident memory (``ru_maxrss``);
3. for N ≤ 100,000 also the Excel workbook (``to_excel`` / ``from_excel``).

Targets (issue 19): the whole pipeline on realistic rows under 600 MiB and under 3 s for
1,000,000 rows; reading 1,000,000 rows of CSV under 3 s. Printed as measured, met or not.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Thu"]
GIVEN = ["An", "Bình", "Chi", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Sơn"]
WHAT = [
    "Quyết định giao đất",
    "Kế hoạch sử dụng đất năm",
    "Biên bản kiểm tra",
    "Danh sách hộ nghèo",
    "Dự toán ngân sách",
    "Kết luận thanh tra",
    "Quyết định phê duyệt dự án",
    "Phương án bồi thường, hỗ trợ, tái định cư",
]
PLACES = ["xã Hòa Bình", "phường Đông Sơn", "xã Tân Lập", "thôn 3", "khu phố 7", "tổ dân phố 12"]


def make_rows(n: int) -> list[dict[str, object]]:
    """Rows as a clerk keeps them, each with its own requester, text and number."""
    from tiepcan import Channel, Complexity
    from tiepcan.register import RegisterOutcome

    rnd = random.Random(19)
    forms = [Channel.AT_OFFICE, Channel.ELECTRONIC, Channel.POSTAL]
    start = date(2024, 1, 1)
    rows = []
    for i in range(n):
        on = start + timedelta(days=rnd.randrange(366))
        complex_ = rnd.random() < 0.4
        name = (
            f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)} {rnd.randrange(10**6)}"
        )
        what = f"{rnd.choice(WHAT)} {rnd.randrange(10**5)} tại {rnd.choice(PLACES)}"
        done = on + timedelta(days=rnd.randrange(1, 25))
        rows.append(
            dict(
                number=f"{i + 1:07d}/{on.year}/YC-{rnd.randrange(10**4):04d}",
                received_on=on,
                requester_name=name,
                information_requested=what,
                received_via=forms[i % 3],
                provision_form=forms[(i + rnd.randrange(2)) % 3],
                complexity=Complexity.COMPLEX if complex_ else Complexity.SIMPLE,
                time_limit_notice_on=on + timedelta(days=2) if complex_ else None,
                outcome=RegisterOutcome.PROVIDED if rnd.random() < 0.9 else None,
                outcome_on=done,
            )
        )
    for row in rows:
        if row["outcome"] is None:
            row["outcome_on"] = None
    return rows


def one(n: int) -> dict[str, float]:
    """One size, in this process: the figures of one run."""
    from tiepcan.register import Register, RegisterEntry
    from tiepcan.reports import render_html
    from tiepcan.statistics import ReportingPeriod, compute_statistics

    register = Register(tuple(RegisterEntry(**r) for r in make_rows(n)))  # type: ignore[arg-type]
    t = time.perf_counter()
    text = register.to_csv()
    wrote = time.perf_counter() - t
    del register
    out: dict[str, float] = {"n": n, "csv_write_s": wrote, "csv_mib": len(text.encode()) / 2**20}
    t = time.perf_counter()
    read = Register.from_csv(text)
    out["csv_read_s"] = time.perf_counter() - t
    del text
    t = time.perf_counter()
    stats = compute_statistics(read, ReportingPeriod.year(2024), agency="Sở Tư pháp tỉnh Minh Sơn")
    meta = {
        "kind": "periodic", "agency_name": "Sở Tư pháp", "agency_abbreviation": "STP",
        "place": "Minh Sơn", "report_date": "2025-01-10", "addressee": "UBND tỉnh Minh Sơn",
        "signer": {"title": "GIÁM ĐỐC", "name": "Lê Văn C"},
    }  # fmt: skip
    render_html(stats, meta, chart=False)
    out["fold_stats_report_s"] = time.perf_counter() - t
    out["pipeline_s"] = out["csv_read_s"] + out["fold_stats_report_s"]
    if n <= 100_000:
        t = time.perf_counter()
        book = read.to_excel()
        out["excel_write_s"] = time.perf_counter() - t
        t = time.perf_counter()
        Register.from_excel(book)
        out["excel_read_s"] = time.perf_counter() - t
    out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        print(json.dumps(one(int(argv[1]))))
        return
    sizes = [int(a) for a in argv] or [100_000, 1_000_000]
    print("rows, CSV MiB, write CSV s, read CSV s, fold+stats+report s, read+fold+report s, "
          "Excel write s, Excel read s, peak MiB")  # fmt: skip
    for n in sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True
        )
        r = json.loads(done.stdout)
        excel = (
            f"{r['excel_write_s']:.1f}, {r['excel_read_s']:.1f}" if "excel_read_s" in r else "–, –"
        )
        print(
            f"{n:,}, {r['csv_mib']:.0f}, {r['csv_write_s']:.2f}, {r['csv_read_s']:.2f}, "
            f"{r['fold_stats_report_s']:.2f}, {r['pipeline_s']:.2f}, {excel}, {r['peak_mib']:.0f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
