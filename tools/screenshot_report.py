"""Render the yearly report of the sample register and take a screenshot of it.

Run (as root, so that Chromium can be installed if it is missing):

    python tools/screenshot_report.py [out_dir]      # default: /tmp/tiepcan-report

1. reads ``docs/samples/register_2024.json`` (the register of a provincial Sở Tư pháp),
   ``register_2024_complaints.json`` and ``register_2024_report.json`` (the report's metadata);
2. computes the statistics of 2024 and writes ``report_2024.html`` (Vietnamese) and
   ``report_2024_en.html`` (English);
3. installs Debian's ``chromium`` package with apt-get if no Chromium is on PATH (never any
   other way), then saves ``report_2024.png`` with headless Chromium at A4 proportions
   (1240 x 1754 px, about 150 dpi).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from _chromium import screenshot  # tools/_chromium.py

from tiepcan.outputs.reports import ReportMetadata, render_html
from tiepcan.register.book import Register
from tiepcan.register.statistics import ReportingPeriod, compute_statistics

SAMPLES = Path(__file__).resolve().parents[1] / "docs" / "samples"


def render(out_dir: Path) -> Path:
    """Write the report of 2024 as HTML (vi and en); return the Vietnamese one."""
    register = Register.from_json((SAMPLES / "register_2024.json").read_text("utf-8"))
    complaints = json.loads((SAMPLES / "register_2024_complaints.json").read_text("utf-8"))
    meta = ReportMetadata.from_json((SAMPLES / "register_2024_report.json").read_text("utf-8"))
    stats = compute_statistics(
        register, ReportingPeriod.year(2024), agency=meta.agency_name, complaints=complaints
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report_2024_en.html").write_text(render_html(stats, meta, lang="en"), "utf-8")
    page = out_dir / "report_2024.html"
    page.write_text(render_html(stats, meta), "utf-8")
    return page


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Render the sample yearly report and screenshot it."
    )
    parser.add_argument("out_dir", nargs="?", default="/tmp/tiepcan-report", type=Path)
    out_dir = parser.parse_args().out_dir
    page = render(out_dir)
    png = out_dir / "report_2024.png"
    screenshot(page, png)
    print(f"{page}\n{png} ({png.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
