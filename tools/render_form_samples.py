"""Render a sample of each form of Decree 13/2018 (Mẫu số 02–05) and a screenshot of each.

Run from the root of the repository (as root, so that Chromium can be installed if missing):

    python tools/render_form_samples.py [out_dir]      # default: docs/samples/forms

1. builds, for one request, the four forms an agency sends: an electronic request for complex
   information received on 07/02/2024, the day before Tết 2024 (8–14/2/2024 off, Công văn
   8662/VPCP-KGVX): receipt (02), the terms and costs (03), an extension (04), a refusal (05)
   and a refusal of one part (05, in part) — the scenario of ``tests/engines/test_forms.py``, for a
   fictional department of a fictional province (names and numbers are made up);
2. writes each as HTML in Vietnamese and English (``form_02.html``, ``form_02_en.html``, …);
3. installs Debian's ``chromium`` package with apt-get if no Chromium is on PATH (never any
   other way), then saves ``form_02.png`` … of each Vietnamese page with headless Chromium at
   A4 width (794 px, 96 dpi; 1500 px high, so that the longest form fits) and, when Pillow
   is installed, stores it with a 16-colour palette to keep it small (black on white).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from _chromium import screenshot  # tools/_chromium.py

from tiepcan.deadlines import response_deadline
from tiepcan.decision import assess
from tiepcan.fees import quote
from tiepcan.forms import extension_form, receipt_form, refusal_form, resolution_form

SAMPLES = Path(__file__).resolve().parents[1] / "docs" / "samples" / "forms"
RECEIVED = date(2024, 2, 7)
AGENCY = "Sở Tài nguyên và Môi trường tỉnh Minh Sơn"
LAYOUT = {"locality": "Minh Sơn"}
REQUEST: dict[str, Any] = {
    "channel": "electronic",
    "received_on": RECEIVED,
    "form": {
        "form": "01a",
        "requester": {
            "full_name": "Nguyễn Văn A",
            "residence_address": "12 đường Lê Lợi, phường Minh Khai, tỉnh Minh Sơn",
            "id_kind": "citizen_id_card",
            "id_number": "001099000001",
            "phone": "0912 345 678",
            "email": "nva@example.org",
        },
        "request": {
            "description": "Hồ sơ giao đất khu dân cư B",
            "provision_form": "electronic",
            "document_names": ["Quyết định 12/QĐ-UBND"],
            "reason_and_purpose": "Bảo vệ quyền sử dụng đất",
        },
    },
}


def forms() -> dict[str, Any]:
    """The five sample forms, by file stem."""
    deadline = response_deadline(RECEIVED, "electronic", "complex")
    extended = response_deadline(RECEIVED, "electronic", "complex", extended=True)
    paying = assess(REQUEST, {}, {"complexity": "complex", "costs": "awaiting_payment"})
    refused = assess(REQUEST, {}, {"not_accessible": ["work_secret"]})
    in_part = assess(
        REQUEST, {}, {"protected_parts": [{"part": "Phụ lục 2", "not_accessible": ["work_secret"]}]}
    )
    return {
        "form_02": receipt_form(
            REQUEST, deadline, issued_on=RECEIVED, agency=AGENCY, number="15/PTN", **LAYOUT
        ),
        "form_03": resolution_form(
            paying,
            deadline,
            quote({"photocopy_bw_a4": 10}, channel="electronic", received=RECEIVED),
            request=REQUEST,
            agency=AGENCY,
            issued_on=date(2024, 2, 19),
            payment_deadline=date(2024, 2, 29),
            payment_method={
                "revenue_agency": "Thuế tỉnh Minh Sơn",
                "treasury": "Kho bạc Nhà nước tỉnh Minh Sơn",
            },
            number="16/PGQ",
            **LAYOUT,
        ),
        "form_04": extension_form(
            extended,
            request=REQUEST,
            reason="Thông tin cần tập hợp từ nhiều đơn vị trực thuộc",
            issued_on=date(2024, 2, 19),
            agency=AGENCY,
            number="17/TB-GH",
            **LAYOUT,
        ),
        "form_05": refusal_form(
            refused,
            request=REQUEST,
            issued_on=date(2024, 2, 9),
            agency=AGENCY,
            number="5/TB-TC",
            **LAYOUT,
        ),
        "form_05_in_part": refusal_form(
            in_part,
            request=REQUEST,
            issued_on=date(2024, 2, 9),
            agency=AGENCY,
            number="6/TB-TC",
            **LAYOUT,
        ),
    }


def render(out_dir: Path) -> list[Path]:
    """Write every form as HTML (vi and en); return the Vietnamese pages."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pages = []
    for stem, form in forms().items():
        (out_dir / f"{stem}_en.html").write_text(form.render_html("en"), "utf-8")
        page = out_dir / f"{stem}.html"
        page.write_text(form.render_html("vi"), "utf-8")
        pages.append(page)
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description="Render the sample forms and screenshot them.")
    parser.add_argument("out_dir", nargs="?", default=SAMPLES, type=Path)
    out_dir = parser.parse_args().out_dir
    for page in render(out_dir):
        png = page.with_suffix(".png")
        screenshot(page, png, (794, 1500), quiet=True)
        print(f"{page}\n{png} ({png.stat().st_size // 1024} KB)", file=sys.stdout)


if __name__ == "__main__":
    main()
