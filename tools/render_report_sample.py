"""Make the sample register of 2025 H2 and its report, as the clerk's desk would have them.

Run from the root of the repository:

    PYTHONPATH=. python tools/render_report_sample.py           # write docs/samples/…
    PYTHONPATH=. python tools/render_report_sample.py --check   # exit 1 if a file differs
    PYTHONPATH=. python tools/render_report_sample.py --png     # also the PNG (Chromium)

1. The register of *Sở Tư pháp tỉnh Minh Sơn* (a fictional agency; every name, number and
   address is made up) for the second half of 2025: the 44 requests of :data:`ROWS`, written
   by :meth:`tiepcan.register.book.Register.to_csv` with the computed columns as of 31/12/2025,
   then as Excel on a Vietnamese Windows machine saves "CSV": dates ``dd/mm/yyyy``, ``;``
   between cells, CRLF line ends, Windows-1258 (tools/windows1258.py) →
   ``docs/samples/so-theo-doi-2025-h2.csv``.
2. The report, made by the command the README shows, from ``docs/samples/``::

       tiepcan report so-theo-doi-2025-h2.csv --encoding cp1258 --period 2025-H2 \\
           --meta bao-cao-2025-h2.toml --out bao-cao-2025-h2

   → ``docs/samples/bao-cao-2025-h2/bao-cao-20250701-20251231.{html,md,xlsx,svg}``.
3. With ``--png``: the HTML page in headless Chromium (tools/_chromium.py, A4 proportions)
   → ``bao-cao-20250701-20251231.png`` beside it.

tests/outputs/test_report_sample.py counts the report's figures by hand from :data:`ROWS` and checks
that the committed files are what this script writes now.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
import tempfile
from contextlib import chdir, redirect_stdout
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from windows1258 import to_windows_1258

from tiepcan.register.book import Register

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "docs" / "samples"
REGISTER_FILE = "so-theo-doi-2025-h2.csv"
META_FILE = "bao-cao-2025-h2.toml"
OUT_DIR = "bao-cao-2025-h2"
STEM = "bao-cao-20250701-20251231"
#: the day the register's computed columns are as of: the last day of the period
AS_OF = date(2025, 12, 31)
#: the command of the README, run from docs/samples/
COMMAND = [
    "report", REGISTER_FILE, "--encoding", "cp1258", "--period", "2025-H2",
    "--meta", META_FILE, "--out", OUT_DIR,
]  # fmt: skip

TRANG = "Trần Thu Trang"
MANH = "Nguyễn Đức Mạnh"
OWN = "requesters_own_affairs"
OTHER = "other_information"
ART7 = "conditions_met"

#: the requests of 2025 H2, in the order entered. Codes: via E electronic, O at the office,
#: P post, F fax; S simple, C complex. Dates "dd/mm" are in 2025 unless a year is written.
ROWS: list[dict[str, Any]] = [
    {
        "n": 57,
        "on": "01/07",
        "who": "Nguyễn Văn An",
        "what": "Danh sách tổ chức hành nghề công chứng trên địa bàn tỉnh",
        "via": "E",
        "c": "S",
        "kind": OTHER,
        "outcome": "provided",
        "out_on": "03/07",
    },
    {
        "n": 58,
        "on": "02/07",
        "who": "Lê Thị Bình",
        "what": "Quyết định phê duyệt danh sách đấu giá viên năm 2025",
        "via": "O",
        "c": "S",
        "kind": OTHER,
        "outcome": "provided",
        "out_on": "02/07",
        "id": "037190001234",
        "address": "Số 12 đường Lê Lợi, phường Đông Sơn, tỉnh Minh Sơn",
    },
    {
        "n": 59,
        "on": "03/07",
        "who": "Phạm Quốc Cường",
        "what": "Hồ sơ đăng ký hoạt động của Văn phòng công chứng Hồng Hà",
        "via": "P",
        "c": "C",
        "kind": OTHER,
        "notice": "04/07",
        "costs": (143000, "04/07", "11/07", ("photocopy_bw_a4=40",), 23000),
        "paid": (143000, "08/07"),
        "outcome": "provided",
        "out_on": "18/07",
    },
    {
        "n": 60,
        "on": "07/07",
        "who": "Hoàng Minh Đức",
        "what": "Kế hoạch phổ biến, giáo dục pháp luật năm 2025 của Sở",
        "via": "E",
        "c": "S",
        "kind": OTHER,
        "outcome": "refused",
        "out_on": "08/07",
        "grounds": ["b"],
        "reasons": "Kế hoạch đã được đăng trên Cổng thông tin điện tử của Sở (mục Công khai thông tin, ngày 15/01/2025); ông có thể xem và tải về tại đó.",
    },
    {
        "n": 61,
        "on": "09/07",
        "who": "Vũ Thị Hạnh",
        "what": "Biên bản kiểm tra hoạt động đấu giá tài sản năm 2024",
        "via": "E",
        "c": "C",
        "kind": OTHER,
        "notice": "10/07",
        "outcome": "provided_in_part",
        "out_on": "25/07",
        "grounds": ["a"],
    },
    {
        "n": 62,
        "on": "10/07",
        "who": "Đặng Văn Khánh",
        "what": "Quyết định thu hồi đất tại phường Bắc Sơn",
        "via": "O",
        "c": "S",
        "kind": OWN,
        "outcome": "redirected",
        "out_on": "10/07",
        "to": "Sở Nông nghiệp và Môi trường tỉnh Minh Sơn",
    },
    {
        "n": 63,
        "on": "14/07",
        "who": "Bùi Thu Lan",
        "what": "Danh sách luật sư đăng ký hành nghề tại tỉnh",
        "via": "E",
        "c": "S",
        "kind": OTHER,
        "outcome": "provided",
        "out_on": "15/07",
    },
    {
        "n": 64,
        "on": "16/07",
        "who": "Công ty TNHH Minh Phát (Ngô Quang Minh)",
        "what": "Danh sách tổ chức đấu giá tài sản đủ điều kiện",
        "via": "F",
        "c": "S",
        "kind": OTHER,
        "outcome": "provided",
        "out_on": "18/07",
        "contact": "Fax 0237 3851 234",
    },
    {
        "n": 65,
        "on": "18/07",
        "who": "Đỗ Thị Ngọc",
        "what": "Báo cáo kết quả trợ giúp pháp lý 6 tháng đầu năm 2025",
        "via": "E",
        "c": "C",
        "kind": OTHER,
        "notice": "21/07",
        "outcome": "provided",
        "out_on": "05/08",
    },
    {
        "n": 66,
        "on": "21/07",
        "who": "Dương Văn Phúc",
        "what": "Sổ hộ tịch khai sinh năm 1988 tại xã Hòa Bình",
        "via": "E",
        "c": "S",
        "kind": OWN,
        "outcome": "withdrawn",
        "out_on": "22/07",
    },
    {
        "n": 67,
        "on": "23/07",
        "who": "Lý Thị Quỳnh",
        "what": "Bản sao trích lục kết hôn năm 1999",
        "via": "P",
        "c": "S",
        "kind": OWN,
        "costs": (35000, "24/07", "31/07", ("photocopy_bw_a4=4",), 23000),
        "paid": (35000, "28/07"),
        "outcome": "provided",
        "out_on": "30/07",
        "address": "Thôn Đông, xã Yên Lạc, tỉnh Minh Sơn",
    },
    {
        "n": 68,
        "on": "28/07",
        "who": "Mai Văn Sơn",
        "what": "Hồ sơ chứng thực hợp đồng của UBND xã Tân Lập năm 2024",
        "via": "O",
        "c": "C",
        "kind": OTHER,
        "outcome": "refused",
        "out_on": "31/07",
        "grounds": ["c"],
        "reasons": "Hồ sơ chứng thực do Ủy ban nhân dân xã Tân Lập tạo ra và lưu giữ; Sở Tư pháp không có trách nhiệm cung cấp thông tin này (Điều 9 Luật Tiếp cận thông tin).",
    },
    {
        "n": 69,
        "on": "30/07",
        "who": "Tạ Thị Tâm",
        "what": "Kết quả giải quyết yêu cầu bồi thường nhà nước của bà Tạ Thị Tâm",
        "via": "E",
        "c": "S",
        "kind": OWN,
        "outcome": "provided",
        "out_on": "31/07",
    },
    {
        "n": 70,
        "on": "04/08",
        "who": "Châu Quốc Tuấn",
        "what": "Hồ sơ thẩm định dự thảo Nghị quyết HĐND tỉnh về phí, lệ phí",
        "via": "E",
        "c": "C",
        "kind": OTHER,
        "notice": "05/08",
        "ext": (
            "20/08",
            "Thông tin cần tập hợp từ nhiều phòng, đơn vị thuộc Sở và ý kiến của Sở Tài chính",
        ),
        "outcome": "provided",
        "out_on": "05/09",
        "handler": MANH,
    },
    {
        "n": 71,
        "on": "06/08",
        "who": "Kiều Thị Uyên",
        "what": "Toàn bộ hồ sơ đấu giá quyền sử dụng đất tại phường Nam Sơn năm 2024",
        "via": "P",
        "c": "C",
        "kind": OTHER,
        "notice": "07/08",
        "costs": (250000, "08/08", "15/08", ("photocopy_bw_a4=70",), 40000),
        "outcome": "refused",
        "out_on": "20/08",
        "grounds": ["e"],
        "reasons": "Bà không thanh toán chi phí 250.000 đồng theo Thông báo ngày 08/8/2025 trong thời hạn thanh toán (đến ngày 15/8/2025).",
    },
    {
        "n": 72,
        "on": "11/08",
        "who": "Lương Văn Vinh",
        "what": "Thông tin về giám định tư pháp vụ việc năm 2023",
        "via": "E",
        "c": "S",
        "kind": OTHER,
        "outcome": "refused",
        "out_on": "12/08",
        "grounds": ["d"],
        "reasons": "Thông tin này đã được cung cấp cho ông hai lần (ngày 10/3/2025 và ngày 02/6/2025); ông không nêu lý do chính đáng để được cung cấp lại.",
    },
    {
        "n": 73,
        "on": "13/08",
        "who": "Phan Thị Xuân",
        "what": "Danh sách cộng tác viên trợ giúp pháp lý",
        "via": "O",
        "c": "S",
        "kind": OTHER,
        "outcome": "provided",
        "out_on": "13/08",
    },
    {
        "n": 74,
        "on": "15/08",
        "who": "Trịnh Văn Yên",
        "what": "Quy chế cung cấp thông tin của Sở Tư pháp",
        "via": "E",
        "c": "S",
        "kind": OTHER,
        "outcome": "provided",
        "out_on": "19/08",
    },
    {
        "n": 75,
        "on": "19/08",
        "who": "Hà Minh Ánh",
        "what": "Toàn bộ hồ sơ lý lịch tư pháp đã cấp từ năm 2010 đến nay",
        "via": "E",
        "c": "C",
        "kind": OTHER,
        "notice": "20/08",
        "outcome": "refused",
        "out_on": "29/08",
        "grounds": ["dd"],
        "reasons": "Yêu cầu gồm khoảng 12.000 hồ sơ (trên 60.000 trang) từ năm 2010, vượt quá khả năng đáp ứng và làm ảnh hưởng đến hoạt động bình thường của Sở; đề nghị ông giới hạn yêu cầu.",
    },
    {
        "n": 76,
        "on": "21/08",
        "who": "Tôn Thất Bảo",
        "what": "Kết luận điều tra vụ án tại phường Bắc Sơn",
        "via": "F",
        "c": "S",
        "kind": OTHER,
        "outcome": "redirected",
        "out_on": "22/08",
        "to": "Công an tỉnh Minh Sơn",
    },
    {
        "n": 77,
        "on": "25/08",
        "who": "Âu Thị Cúc",
        "what": "Bản sao quyết định công nhận hòa giải viên thương mại của bà Âu Thị Cúc",
        "via": "P",
        "c": "S",
        "kind": OWN,
        "costs": (48000, "26/08", "02/09", ("photocopy_bw_a4=8",), 24000),
        "paid": (48000, "28/08"),
        "outcome": "provided",
        "out_on": "29/08",
    },
    {
        "n": 78,
        "on": "27/08",
        "who": "Giang Văn Dũng",
        "what": "Kế hoạch kiểm tra công tác hộ tịch năm 2025",
        "via": "E",
        "c": "S",
        "kind": OTHER,
        "outcome": "provided",
        "out_on": "03/09",
    },
    {
        "n": 79,
        "on": "04/09",
        "who": "Ông Thị Giang",
        "what": "Danh sách văn phòng thừa phát lại trên địa bàn tỉnh",
        "via": "E",
        "c": "S",
        "kind": OTHER,
        "outcome": "provided",
        "out_on": "11/09",
    },
    {
        "n": 80,
        "on": "08/09",
        "who": "Nguyễn Hữu Hiếu",
        "what": "Kết luận thanh tra hành chính về công chứng năm 2024",
        "via": "O",
        "c": "C",
        "kind": OTHER,
        "outcome": "provided_in_part",
        "out_on": "18/09",
        "grounds": ["a"],
    },
    {
        "n": 81,
        "on": "10/09",
        "who": "Lâm Thị Hoa",
        "what": "Hồ sơ đăng ký giao dịch bảo đảm của hộ gia đình bà Lâm Thị Hoa",
        "via": "E",
        "c": "S",
        "kind": OWN,
        "outcome": "withdrawn",
        "out_on": "12/09",
    },
    {
        "n": 82,
        "on": "15/09",
        "who": "Cao Đình Huy",
        "what": "Báo cáo rà soát văn bản quy phạm pháp luật của tỉnh năm 2024",
        "via": "E",
        "c": "C",
        "kind": OTHER,
        "notice": "16/09",
        "outcome": "provided",
        "out_on": "30/09",
    },
    {
        "n": 83,
        "on": "17/09",
        "who": "Đoàn Thị Kim",
        "what": "Thông tin về thủ tục nhận cha, mẹ, con của gia đình bà Đoàn Thị Kim",
        "via": "E",
        "c": "S",
        "kind": OWN,
        "valid": False,
        "valid_on": "22/09",
        "outcome": "provided",
        "out_on": "23/09",
    },
    {
        "n": 84,
        "on": "22/09",
        "who": "Trương Văn Long",
        "what": "Hồ sơ bồi thường nhà nước liên quan đến quốc phòng năm 2023",
        "via": "E",
        "c": "S",
        "kind": OTHER,
        "outcome": "refused",
        "out_on": "24/09",
        "grounds": ["a"],
        "reasons": "Hồ sơ có tài liệu thuộc bí mật nhà nước độ Mật; công dân không được tiếp cận (Điều 6 Luật Tiếp cận thông tin).",
    },
    {
        "n": 85,
        "on": "01/10",
        "who": "Vi Thị Mai",
        "what": "Hồ sơ cấp phép thành lập Trung tâm trọng tài Minh Sơn",
        "via": "P",
        "c": "C",
        "kind": OTHER,
        "notice": "02/10",
        "costs": (86000, "03/10", "10/10", ("photocopy_bw_a4=21",), 23000),
        "paid": (86000, "07/10"),
        "outcome": "provided",
        "out_on": "16/10",
    },
    {
        "n": 86,
        "on": "06/10",
        "who": "Hồ Văn Nam",
        "what": "Văn bản trả lời kiến nghị về chứng thực bản sao điện tử",
        "via": "O",
        "c": "S",
        "kind": OTHER,
        "outcome": "provided",
        "out_on": "06/10",
        "correction": ("10/10", "15/10", True),
    },
    {
        "n": 87,
        "on": "09/10",
        "who": "Quách Thị Oanh",
        "what": "Kế hoạch tuyển dụng viên chức Sở Tư pháp năm 2025",
        "via": "E",
        "c": "S",
        "kind": OTHER,
        "outcome": "refused",
        "out_on": "10/10",
        "grounds": ["b"],
        "reasons": "Kế hoạch đã được công khai trên Cổng thông tin điện tử của Sở và niêm yết tại trụ sở Sở từ ngày 01/10/2025.",
        "complaint": ("complaint", "20/10", "10/11"),
    },
    {
        "n": 88,
        "on": "14/10",
        "who": "Văn Đức Phong",
        "what": "Danh sách hòa giải viên thương mại vụ việc",
        "via": "E",
        "c": "S",
        "kind": OTHER,
        "outcome": "provided",
        "out_on": "15/10",
    },
    {
        "n": 89,
        "on": "20/10",
        "who": "Công ty Luật TNHH Quế Lâm (Lâm Thị Quế)",
        "what": "Báo cáo tổng kết thi hành Luật Luật sư trên địa bàn tỉnh",
        "via": "F",
        "c": "C",
        "kind": OTHER,
        "notice": "21/10",
        "outcome": "provided",
        "out_on": "30/10",
        "contact": "quelam@example.org",
    },
    {
        "n": 90,
        "on": "27/10",
        "who": "Thái Văn Sang",
        "what": "Giấy chứng nhận quyền sử dụng đất của hộ ông Thái Văn Sang",
        "via": "E",
        "c": "S",
        "kind": OWN,
        "outcome": "redirected",
        "out_on": "28/10",
        "to": "Ủy ban nhân dân phường Đông Sơn",
    },
    {
        "n": 91,
        "on": "03/11",
        "who": "Hứa Thị Thảo",
        "what": "Thống kê đăng ký khai tử năm 2024 toàn tỉnh theo từng xã",
        "via": "E",
        "c": "C",
        "kind": OTHER,
        "notice": "05/11",
    },
    {
        "n": 92,
        "on": "10/11",
        "who": "Lục Văn Thành",
        "what": "Quyết định bổ nhiệm công chứng viên năm 2025",
        "via": "O",
        "c": "S",
        "kind": OTHER,
        "outcome": "provided",
        "out_on": "10/11",
    },
    {
        "n": 93,
        "on": "17/11",
        "who": "Khổng Thị Vân",
        "what": "Bản sao quyết định cấp phiếu lý lịch tư pháp của bà Khổng Thị Vân",
        "via": "P",
        "c": "S",
        "kind": OWN,
        "costs": (24000, "18/11", "25/11", ("photocopy_bw_a4=3",), 15000),
        "paid": (24000, "20/11"),
        "outcome": "provided",
        "out_on": "21/11",
    },
    {
        "n": 94,
        "on": "01/12",
        "who": "Nguyễn Thành Vũ",
        "what": "Hồ sơ xử lý vi phạm hành chính về công chứng năm 2025",
        "via": "E",
        "c": "S",
        "kind": ART7,
        "outcome": "provided_in_part",
        "out_on": "03/12",
        "grounds": ["a"],
    },
    {
        "n": 95,
        "on": "08/12",
        "who": "Lê Thị Yến",
        "what": "Bản án hành chính sơ thẩm về đất đai năm 2024",
        "via": "E",
        "c": "S",
        "kind": OTHER,
        "outcome": "refused",
        "out_on": "10/12",
        "grounds": ["c"],
        "reasons": "Bản án do Tòa án nhân dân tỉnh Minh Sơn ban hành và lưu giữ; Sở Tư pháp không có trách nhiệm cung cấp thông tin này.",
    },
    {
        "n": 96,
        "on": "12/12",
        "who": "Phạm Văn Tùng",
        "what": "Danh sách tổ chức hành nghề luật sư thành lập năm 2025",
        "via": "E",
        "c": "S",
        "kind": OTHER,
    },
    {
        "n": 97,
        "on": "15/12",
        "who": "Vũ Đình Xuân",
        "what": "Hồ sơ quản lý nhà nước về bán đấu giá tài sản công năm 2025",
        "via": "O",
        "c": "C",
        "kind": OTHER,
        "ext": (
            "24/12",
            "Cần ý kiến của Sở Tài chính và Ủy ban nhân dân các xã có tài sản đấu giá",
        ),
    },
    {
        "n": 98,
        "on": "22/12",
        "who": "Đinh Thị Bích",
        "what": "Báo cáo công tác pháp chế năm 2025",
        "via": "E",
        "c": "C",
        "kind": OTHER,
        "notice": "23/12",
    },
    {
        "n": 99,
        "on": "29/12",
        "who": "Mạc Văn Cương",
        "what": "Thông tin về hồ sơ nuôi con nuôi",
        "via": "E",
        "c": "S",
        "valid": False,
    },
    {
        "n": 100,
        "on": "30/12",
        "who": "Tăng Thị Diệu",
        "what": "Bản sao trích lục khai tử năm 2005 của ông Tăng Văn Hòa",
        "via": "P",
        "c": "S",
        "kind": OWN,
        "costs": (32000, "31/12", "09/01/2026", ("photocopy_bw_a4=3",), 23000),
    },
]

_VIA = {"E": "electronic", "O": "at_office", "P": "postal", "F": "fax"}


def _day(text: str) -> str:
    """``"dd/mm"`` (2025) or ``"dd/mm/yyyy"`` as ISO."""
    day, month, *year = text.split("/")
    return date(int(year[0]) if year else 2025, int(month), int(day)).isoformat()


def _row(r: dict[str, Any]) -> dict[str, Any]:
    """One of :data:`ROWS` as a register row (RegisterEntry's fields)."""
    out: dict[str, Any] = {
        "number": f"{r['n']}/2025/YC",
        "received_on": _day(r["on"]),
        "requester_name": r["who"],
        "information_requested": r["what"],
        "received_via": _VIA[r["via"]],
        "provision_form": _VIA[r["via"]],
        "complexity": "simple" if r["c"] == "S" else "complex",
        "valid": r.get("valid", True),
        "handler": r.get("handler", TRANG),
    }
    optional = {
        "requester_id": r.get("id"),
        "requester_address": r.get("address"),
        "requester_contact": r.get("contact"),
        "information_kind": r.get("kind"),
        "valid_on": r.get("valid_on") and _day(r["valid_on"]),
        "time_limit_notice_on": r.get("notice") and _day(r["notice"]),
    }
    out |= {k: v for k, v in optional.items() if v}
    if "ext" in r:
        out |= {"extension_notice_on": _day(r["ext"][0]), "extension_reason": r["ext"][1]}
    if "costs" in r:
        amount, on, due, items, postage = r["costs"]
        out |= {
            "costs_notified": amount,
            "costs_notified_on": _day(on),
            "payment_due": _day(due),
            "cost_items": list(items),
            "cost_postage": postage,
        }
    if "paid" in r:
        out |= {"costs_paid": r["paid"][0], "costs_paid_on": _day(r["paid"][1])}
    if "outcome" in r:
        out |= {"outcome": r["outcome"], "outcome_on": _day(r["out_on"])}
        out |= {"refusal_grounds": r.get("grounds", [])}
    if "reasons" in r:
        out["refusal_reasons"] = r["reasons"]
    if "to" in r:
        out["redirected_to"] = r["to"]
    if "correction" in r:
        asked, answered, corrected = r["correction"]
        out |= {
            "correction_requested_on": _day(asked),
            "correction_answered_on": _day(answered),
            "corrected": corrected,
        }
    if "complaint" in r:
        route, filed, resolved = r["complaint"]
        out |= {
            "complaint_route": route,
            "complaint_filed_on": _day(filed),
            "complaint_resolved_on": _day(resolved),
        }
    return out


def register() -> Register:
    """The sample register, from :data:`ROWS`."""
    return Register.from_json(json.dumps([_row(r) for r in ROWS], ensure_ascii=False))


_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def as_excel_saves_it(text: str) -> bytes:
    """The CSV as Excel on a Vietnamese Windows machine saves it: dates dd/mm/yyyy, ``;``,
    CRLF, Windows-1258 (tone marks as combining characters)."""
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    for row in rows[1:]:
        row[:] = [_ISO.sub(r"\3/\2/\1", c) if _ISO.fullmatch(c) else c for c in row]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return to_windows_1258(out.getvalue())


META = """\
# Thông tin của văn bản báo cáo (tiepcan.outputs.reports.ReportMetadata) — a fictional agency
kind = "periodic"
superior_body = "Ủy ban nhân dân\\ntỉnh Minh Sơn"
agency_name = "Sở Tư pháp"
agency_abbreviation = "STP"
number = "05"
place = "Minh Sơn"
report_date = 2026-01-08
addressee = "Ủy ban nhân dân tỉnh Minh Sơn"
situation = \"\"\"Sở Tư pháp đã công bố đầu mối cung cấp thông tin, cập nhật Danh mục thông tin \
phải được công khai trên Cổng thông tin điện tử của Sở và vào Sổ theo dõi mọi yêu cầu cung cấp \
thông tin nhận được trong kỳ.\"\"\"
difficulties = \"\"\"Một số yêu cầu có nội dung rộng, cần tập hợp thông tin từ nhiều phòng, đơn vị \
và ý kiến của cơ quan khác nên phải gia hạn.
Hai yêu cầu chưa được giải quyết đúng thời hạn do thay đổi người xử lý sau khi sắp xếp tổ chức bộ \
máy.\"\"\"
recommendations = \"\"\"Đề nghị Ủy ban nhân dân tỉnh chỉ đạo xây dựng phần mềm Sổ theo dõi cung cấp \
thông tin theo yêu cầu dùng chung cho các sở, ngành.\"\"\"
recipients = ["Như trên", "Bộ Tư pháp (để báo cáo)", "Giám đốc Sở", "Lưu: VT, VP."]

[signer]
authority = "KT. GIÁM ĐỐC"
title = "PHÓ GIÁM ĐỐC"
name = "Lê Văn Bình"
"""


def generate(where: Path) -> dict[str, bytes]:
    """Write the register, the particulars and the report into ``where``; return every file
    (its path relative to ``where``) and its bytes."""
    from tiepcan.outputs.cli import main

    where.mkdir(parents=True, exist_ok=True)
    (where / REGISTER_FILE).write_bytes(as_excel_saves_it(register().to_csv(as_of=AS_OF)))
    (where / META_FILE).write_bytes(META.encode("utf-8"))
    with chdir(where), redirect_stdout(io.StringIO()):
        code = main(COMMAND)
    if code != 0:
        raise SystemExit(f"tiepcan report exited with {code}")
    names = [REGISTER_FILE, META_FILE] + [
        f"{OUT_DIR}/{STEM}.{x}" for x in ("html", "md", "xlsx", "svg")
    ]
    return {name: (where / name).read_bytes() for name in names}


def same(name: str, committed: bytes, made: bytes) -> bool:
    """Whether a committed file is what :func:`generate` made: byte for byte, but for a
    workbook (which stores the time it was saved), cell for cell."""
    if not name.endswith(".xlsx"):
        return committed == made
    import openpyxl  # type: ignore[import-untyped]

    def cells(data: bytes) -> list[list[Any]]:
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return [[(c.value, c.number_format) for c in r] for ws in wb for r in ws.iter_rows()]

    return cells(committed) == cells(made)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--check", action="store_true", help="exit 1 if a committed file differs")
    p.add_argument("--png", action="store_true", help="also the PNG of the HTML page")
    args = p.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            made = generate(Path(tmp))
        stale = [n for n, b in made.items() if not same(n, (SAMPLES / n).read_bytes(), b)]
        print("\n".join(stale) or "up to date")
        return 1 if stale else 0
    generate(SAMPLES)
    if args.png:
        out = SAMPLES / OUT_DIR
        from _chromium import screenshot  # tools/_chromium.py (A4 proportions)

        screenshot(out / f"{STEM}.html", out / f"{STEM}.png")
    print(f"written to {SAMPLES}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    raise SystemExit(main())
