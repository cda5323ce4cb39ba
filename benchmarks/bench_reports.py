"""Benchmark statistics and reports over generated registers of 10k / 100k / 1M requests.

Run: python benchmarks/bench_reports.py [max_n]   (default 1_000_000)

The register is the generator of ``bench_register.py`` (about 5 events per request, received
2019–2026). The period covers the whole register (2019-01-01 to 2026-06-30), so every row
is counted. For each size:

Times are the best of two runs (this kind of machine varies by ±30 % from run to run).

* fold: ``Register.fold`` as of the last day of the period (batch due dates, timeliness);
* stats: ``compute_statistics`` on that fold;
* report: the HTML report (with the SVG chart when matplotlib is installed) and the Excel
  workbook when openpyxl is installed;
* peak: peak traced memory (tracemalloc) of fold + stats + report, measured in a second run
  (tracemalloc slows Python down, so times come from the first run); the register itself is
  not counted;
* the process's maximum resident set size, which does include the register.

Target (issue 10): fold and report of 1,000,000 requests under 5 s and 1 GB on one core,
growing linearly.
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_register import make_register

from tiepcan.outputs.reports import ReportMetadata, render_excel, render_html
from tiepcan.register.book import Register
from tiepcan.register.statistics import ReportingPeriod, compute_statistics

PERIOD = ReportingPeriod.between(date(2019, 1, 1), date(2026, 6, 30))
META = ReportMetadata.from_dict(
    {
        "kind": "three_yearly",
        "agency_name": "Ủy ban nhân dân tỉnh Ninh Bình",
        "agency_abbreviation": "UBND",
        "place": "Ninh Bình",
        "report_date": "2026-07-15",
        "addressee": "Bộ Tư pháp",
        "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Trần A"},
    }
)


def have(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def run(reg: Register) -> tuple[float, float, float]:
    t0 = time.perf_counter()
    fold = reg.fold(PERIOD.end)
    t1 = time.perf_counter()
    stats = compute_statistics(fold, PERIOD, agency="UBND tỉnh Ninh Bình")
    t2 = time.perf_counter()
    render_html(stats, META)
    if have("openpyxl"):
        render_excel(stats, META)
    t3 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2


def peak(reg: Register) -> float:
    tracemalloc.start()
    run(reg)
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top / 2**20


def main() -> None:
    max_n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    run(make_register(1000))  # load the calendar, the schemas and matplotlib once
    print(f"chart: {'matplotlib' if have('matplotlib') else 'omitted'}; excel: {have('openpyxl')}")
    print(
        f"{'rows':>10} {'fold s':>7} {'stats s':>8} {'report s':>9} {'total s':>8} "
        f"{'µs/row':>7} {'peak MiB':>9} {'max RSS MiB':>12}"
    )
    for n in (10_000, 100_000, 1_000_000):
        if n > max_n:
            break
        reg = make_register(n)
        fold_s, stats_s, report_s = min(run(reg), run(reg), key=sum)
        total = fold_s + stats_s + report_s
        top = peak(reg)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{n:>10,} {fold_s:>7.2f} {stats_s:>8.2f} {report_s:>9.2f} {total:>8.2f} "
            f"{total / n * 1e6:>7.2f} {top:>9.0f} {rss:>12.0f}"
        )
        del reg


if __name__ == "__main__":
    main()
