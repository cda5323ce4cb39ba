"""Benchmark the register on realistic text (issue 19, "Scale on real text").

Run: python benchmarks/bench_register_realistic.py [N ...] [--excel-max N] [--repeat K]
     (default: 100000 1000000; Excel written and read up to --excel-max rows, default 100000;
     the pipeline and the command run K times in turn, default 3: medians, lowest, highest)

Real registers have a different requester, information text and number on every row, so
nothing is shared between rows the way the generated rows of bench_register.py share their
strings. For each N, each step in a fresh process (so a peak is that step's alone):

1. *make*: the register generated as columns (``Register.from_columns``: no row object),
   written as CSV (``Register.to_csv``, timed) and, up to ``--excel-max`` rows, as an Excel
   workbook (``Register.to_excel``, timed), each to a temporary file;
2. *pipeline*: the clerk's file on the desk: the CSV file opened and read
   (``Register.from_csv`` on the file, timed), then fold + statistics + the yearly report
   (``compute_statistics``, ``render_html``, timed as one); the process's peak resident
   memory (``ru_maxrss``) is the pipeline's peak. Run four times: the file opened as text
   (UTF-8, ``newline=""``: this process decodes it) or as bytes (``"rb"``: cut on its bytes,
   each process decoding its own pieces), each in one process (``workers=1``, the default)
   and with ``workers=2`` (the blocks read in two more processes; their largest peak is
   given too); then, with ``workers=2``, the same register as Excel saves "CSV UTF-8" (a
   byte-order mark, CRLF) and "CSV" on a Vietnamese Windows machine (Windows-1258, each tone
   mark a character apart, CRLF; read with ``encoding="cp1258"``, composed to NFC);
3. *cli*: ``tiepcan report`` on the same file (the yearly report as HTML), timed from outside
   with its start-up; its peak is the largest of its processes (it reads in pieces and, on
   Linux, in up to four processes);
4. *text*: the same file read whole into a ``str`` first, then ``Register.from_csv`` (timed;
   its peak holds the text as well);
5. *excel*: the workbook read (``Register.from_excel``, openpyxl read-only, timed).

Targets (issue 19), for 1,000,000 rows: read + fold + statistics + report under 3 s and
under 600 MiB; reading the CSV under 3 s. Printed as measured, met or not.
"""

from __future__ import annotations

import codecs
import importlib.util
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from typing import Any

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


def make_columns(n: int) -> dict[str, list[Any]]:
    """The columns of a register kept as a clerk keeps it: each row with its own requester,
    text and number (the rows bench_register_realistic.py made as row objects before)."""
    from tiepcan import Channel, Complexity
    from tiepcan.register.book import RegisterOutcome

    rnd = random.Random(19)
    forms = [Channel.AT_OFFICE, Channel.ELECTRONIC, Channel.POSTAL]
    days = [date(2024, 1, 1) + timedelta(days=k) for k in range(400)]
    names = ("number", "received_on", "requester_name", "information_requested",
             "received_via", "provision_form", "complexity", "time_limit_notice_on",
             "outcome", "outcome_on")  # fmt: skip
    cols: dict[str, list[Any]] = {name: [] for name in names}
    for i in range(n):
        k = rnd.randrange(366)
        complex_ = rnd.random() < 0.4
        name = (
            f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)} {rnd.randrange(10**6)}"
        )
        what = f"{rnd.choice(WHAT)} {rnd.randrange(10**5)} tại {rnd.choice(PLACES)}"
        done = k + rnd.randrange(1, 25)
        cols["number"].append(f"{i + 1:07d}/{days[k].year}/YC-{rnd.randrange(10**4):04d}")
        cols["received_on"].append(days[k])
        cols["requester_name"].append(name)
        cols["information_requested"].append(what)
        cols["received_via"].append(forms[i % 3])
        cols["provision_form"].append(forms[(i + rnd.randrange(2)) % 3])
        cols["complexity"].append(Complexity.COMPLEX if complex_ else Complexity.SIMPLE)
        cols["time_limit_notice_on"].append(days[k + 2] if complex_ else None)
        provided = rnd.random() < 0.9
        cols["outcome"].append(RegisterOutcome.PROVIDED if provided else None)
        cols["outcome_on"].append(days[done] if provided else None)
    return cols


#: how the pipeline opens the file: (file, encoding given)
FILES = {
    "bytes": ("register.csv", None),
    "excel-utf8": ("register_excel_utf8.csv", None),
    "cp1258": ("register_1258.csv", "cp1258"),
}


def _windows_1258(text: str) -> bytes:
    """``text`` as tools/windows1258.py writes it (each tone mark apart), a character at a
    time through a table of the text's own characters."""
    spec = importlib.util.spec_from_file_location(
        "windows1258", os.path.join(os.path.dirname(__file__), "..", "tools", "windows1258.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    table = {ord(c): module.to_windows_1258(c).decode("cp1258") for c in set(text)}
    return text.translate(table).encode("cp1258")


def _peak() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def step_make(n: int, folder: str, excel: bool) -> dict[str, float]:
    from tiepcan.register.book import Register

    columns = make_columns(n)
    t = time.perf_counter()
    register = Register.from_columns(columns)
    out = {"build_s": time.perf_counter() - t}
    del columns
    t = time.perf_counter()
    text = register.to_csv()
    out["csv_write_s"] = time.perf_counter() - t
    with open(os.path.join(folder, "register.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    out["csv_mib"] = len(text.encode()) / 2**20
    crlf = text.replace("\n", "\r\n")
    del text
    with open(os.path.join(folder, FILES["excel-utf8"][0]), "wb") as f:
        f.write(codecs.BOM_UTF8 + crlf.encode())  # Excel's "CSV UTF-8": a mark, CRLF
    with open(os.path.join(folder, FILES["cp1258"][0]), "wb") as f:
        f.write(_windows_1258(crlf))  # Excel's "CSV" on a Vietnamese Windows machine
    del crlf
    if excel:
        t = time.perf_counter()
        book = register.to_excel()
        out["excel_write_s"] = time.perf_counter() - t
        with open(os.path.join(folder, "register.xlsx"), "wb") as f:
            f.write(book)
    out["make_peak_mib"] = _peak()
    return out


def _report(read: Any) -> None:
    from tiepcan.outputs.reports import render_html
    from tiepcan.register.statistics import ReportingPeriod, compute_statistics

    stats = compute_statistics(read, ReportingPeriod.year(2024), agency="Sở Tư pháp tỉnh Minh Sơn")
    meta = {
        "kind": "periodic", "agency_name": "Sở Tư pháp", "agency_abbreviation": "STP",
        "place": "Minh Sơn", "report_date": "2025-01-10", "addressee": "UBND tỉnh Minh Sơn",
        "signer": {"title": "GIÁM ĐỐC", "name": "Lê Văn C"},
    }  # fmt: skip
    render_html(stats, meta, chart=False)


def step_pipeline(folder: str, workers: int = 1, opened: str = "text") -> dict[str, float]:
    from tiepcan.register.book import Register

    suffix = {"text": "", "bytes": "_b", "excel-utf8": "_bx", "cp1258": "_b1258"}[opened]
    w = ("" if workers == 1 else f"_w{workers}") + suffix
    if opened == "text":
        path, encoding = os.path.join(folder, "register.csv"), None
    else:
        path, encoding = os.path.join(folder, FILES[opened][0]), FILES[opened][1]
    t = time.perf_counter()
    with open(path, encoding="utf-8", newline="") if opened == "text" else open(path, "rb") as f:
        read = Register.from_csv(f, workers=workers, **({"encoding": encoding} if encoding else {}))
    out = {f"csv_read_s{w}": time.perf_counter() - t, "rows": len(read)}
    t = time.perf_counter()
    _report(read)
    out[f"fold_stats_report_s{w}"] = time.perf_counter() - t
    out[f"pipeline_s{w}"] = out[f"csv_read_s{w}"] + out[f"fold_stats_report_s{w}"]
    out[f"pipeline_peak_mib{w}"] = _peak()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out[f"workers_peak_mib{w}"] = children
    return out


def step_cli(folder: str) -> dict[str, float]:
    meta = {
        "kind": "periodic", "agency_name": "Sở Tư pháp", "agency_abbreviation": "STP",
        "place": "Minh Sơn", "addressee": "UBND tỉnh Minh Sơn",
        "signer": {"title": "GIÁM ĐỐC", "name": "Lê Văn C"},
    }  # fmt: skip
    meta_path = os.path.join(folder, "meta.json")
    with open(meta_path, "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False)
    argv = [sys.executable, "-m", "tiepcan", "report", os.path.join(folder, "register.csv"),
            "--period", "2024", "--meta", meta_path, "--date", "2025-01-10",
            "--format", "html", "--out", os.path.join(folder, "out"), "--json"]  # fmt: skip
    t = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    out = {"cli_s": time.perf_counter() - t}
    out["cli_rows"] = json.loads(done.stdout)["rows"]
    out["cli_peak_mib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return out


def step_text(folder: str) -> dict[str, float]:
    from tiepcan.register.book import Register

    t = time.perf_counter()
    with open(os.path.join(folder, "register.csv"), encoding="utf-8", newline="") as f:
        text = f.read()
    Register.from_csv(text)
    return {"csv_text_read_s": time.perf_counter() - t, "text_peak_mib": _peak()}


def step_excel(folder: str) -> dict[str, float]:
    from tiepcan.register.book import Register

    with open(os.path.join(folder, "register.xlsx"), "rb") as f:
        book = f.read()
    t = time.perf_counter()
    Register.from_excel(book)
    return {"excel_read_s": time.perf_counter() - t, "excel_peak_mib": _peak()}


def _run(*args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--step", *args], capture_output=True, text=True, check=True
    )
    out: dict[str, float] = json.loads(done.stdout)
    return out


def main(argv: list[str]) -> None:
    if argv[:1] == ["--step"]:
        step, *rest = argv[1:]
        if step == "make":
            result = step_make(int(rest[0]), rest[1], rest[2] == "1")
        elif step == "pipeline":
            result = step_pipeline(rest[0], int(rest[1]), rest[2])
        else:
            steps = {"cli": step_cli, "text": step_text, "excel": step_excel}
            result = steps[step](rest[0])
        print(json.dumps(result))
        return
    excel_max, argv = _option(argv, "--excel-max", 100_000)
    repeat, argv = _option(argv, "--repeat", 3)
    sizes = [int(a) for a in argv] or [100_000, 1_000_000]
    for n in sizes:
        with tempfile.TemporaryDirectory() as folder:
            excel = n <= excel_max
            r = _run("make", str(n), folder, "1" if excel else "0")
            runs: list[dict[str, float]] = []
            for _ in range(repeat):  # taken in turn, so a slower spell of the machine hits all
                run: dict[str, float] = {}
                for opened in ("text", "bytes"):
                    run |= _run("pipeline", folder, "1", opened)
                    run |= _run("pipeline", folder, "2", opened)
                for opened in ("excel-utf8", "cp1258"):  # as Excel saves it
                    run |= _run("pipeline", folder, "2", opened)
                run |= _run("cli", folder)
                runs.append(run)
            r |= _median(runs)
            r |= _run("text", folder)
            if excel:
                r |= _run("excel", folder)
        _print(n, r, excel, repeat)


def _option(argv: list[str], name: str, default: int) -> tuple[int, list[str]]:
    if name not in argv:
        return default, argv
    k = argv.index(name)
    return int(argv[k + 1]), argv[:k] + argv[k + 2 :]


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    """Each figure's median over the runs, and its lowest and highest (``name:lo``,
    ``name:hi``)."""
    out: dict[str, float] = {}
    for name in runs[0]:
        values = sorted(run[name] for run in runs)
        out[name] = statistics.median(values)
        out[name + ":lo"], out[name + ":hi"] = values[0], values[-1]
    return out


def _spread(r: dict[str, float], name: str) -> str:
    """A time as its median, with the lowest and highest in brackets."""
    return f"{r[name]:5.2f} s [{r[name + ':lo']:.2f}–{r[name + ':hi']:.2f}]"


def _print(n: int, r: dict[str, float], excel: bool, repeat: int) -> None:
    print(
        f"\n{n:,} rows, CSV {r['csv_mib']:.0f} MiB (UTF-8); medians of {repeat} runs [lowest–highest]"
    )
    print(f"  build from columns           {r['build_s']:6.2f} s")
    print(f"  write CSV                    {r['csv_write_s']:6.2f} s")
    runs = (("", "text, workers=1"), ("_w2", "text, workers=2"),
            ("_b", "bytes, workers=1"), ("_w2_b", "bytes, workers=2"))  # fmt: skip
    for w, label in runs:
        print(f"  {label}: read CSV              {_spread(r, 'csv_read_s' + w)}")
        print(f"  {label}: fold+stats+report     {_spread(r, 'fold_stats_report_s' + w)}")
        print(f"  {label}: read+fold+stats+report {_spread(r, 'pipeline_s' + w)}, peak "
              f"{r['pipeline_peak_mib' + w]:.0f} MiB (largest worker "
              f"{r['workers_peak_mib' + w]:.0f} MiB)")  # fmt: skip
    for w, label in (("_w2_bx", "Excel's CSV UTF-8 (mark, CRLF)"),
                     ("_w2_b1258", "Excel's CSV, Windows-1258 (CRLF)")):  # fmt: skip
        print(f"  {label}, bytes, workers=2: read CSV {_spread(r, 'csv_read_s' + w)}; "
              f"read+fold+stats+report {_spread(r, 'pipeline_s' + w)}")  # fmt: skip
    print(f"  tiepcan report (whole process) {_spread(r, 'cli_s')}, peak "
          f"{r['cli_peak_mib']:.0f} MiB ({r['cli_rows']:,.0f} rows)")  # fmt: skip
    print(f"  read CSV from the whole text {r['csv_text_read_s']:6.2f} s, "
          f"peak {r['text_peak_mib']:.0f} MiB")  # fmt: skip
    if excel:
        print(f"  write Excel {r['excel_write_s']:.1f} s; read Excel {r['excel_read_s']:.1f} s, "
              f"peak {r['excel_peak_mib']:.0f} MiB")  # fmt: skip
    else:
        print("  Excel: not run")
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
