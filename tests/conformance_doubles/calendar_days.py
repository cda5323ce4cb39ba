"""A deliberately wrong implementation for the conformance tests: it counts calendar days.

Every day is a working day; "N working days" are N calendar days. The conformance runner must
fail it, naming the announcements and clauses that decide the cases it gets wrong.
"""

import json
import sys
from datetime import date, timedelta

LIMITS = {"at_office": (0, 10), "electronic": (3, 15), "postal": (5, 15), "fax": (5, 15)}


def main() -> None:
    for line in sys.stdin:
        req = json.loads(line)
        data = req["input"]
        if req["kind"] == "is_working_day":
            out = {"working": True}
        elif req["kind"] == "add_working_days":
            start = date.fromisoformat(data["start"])
            out = {"date": (start + timedelta(days=data["n"])).isoformat()}
        elif req["kind"] == "response_deadline":
            received = date.fromisoformat(data["received"])
            simple, complex_ = LIMITS[data["provision"]]
            n = simple if data["complexity"] == "simple" else complex_
            notice = None
            if data["complexity"] == "complex" and data["provision"] != "at_office":
                notice = (received + timedelta(days=3)).isoformat()
            out = {"due": (received + timedelta(days=n)).isoformat(), "notice_due": notice}
        else:
            out = {"error": "unsupported"}
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
