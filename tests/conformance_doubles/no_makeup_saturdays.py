"""A deliberately wrong implementation for the conformance tests: it ignores make-up Saturdays.

It knows the holidays and the announced days off (from tiepcan's calendar) but treats every
Saturday as a day off, so the Saturdays the Government announces as working days are skipped.
"""

import json
import sys
from datetime import date, timedelta

from tiepcan.foundation.workdays import is_working_day

LIMITS = {"at_office": (0, 10), "electronic": (3, 15), "postal": (5, 15), "fax": (5, 15)}


def working(day: date) -> bool:
    return day.weekday() < 5 and is_working_day(day)


def add(start: date, n: int) -> date:
    step, day, found = (1 if n > 0 else -1), start, 0
    while found < abs(n):
        day += timedelta(days=step)
        found += working(day)
    return day


def main() -> None:
    for line in sys.stdin:
        req = json.loads(line)
        data = req["input"]
        if req["kind"] == "is_working_day":
            out = {"working": working(date.fromisoformat(data["day"]))}
        elif req["kind"] == "add_working_days":
            out = {"date": add(date.fromisoformat(data["start"]), data["n"]).isoformat()}
        elif req["kind"] == "response_deadline" and not data.get("extended"):
            received = date.fromisoformat(data["received"])
            simple, complex_ = LIMITS[data["provision"]]
            n = simple if data["complexity"] == "simple" else complex_
            notice = None
            if data["complexity"] == "complex" and data["provision"] != "at_office":
                notice = add(received, 3).isoformat()
            out = {"due": add(received, n).isoformat(), "notice_due": notice}
        else:
            out = {"error": "unsupported"}
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
