"""Open the built rulebook site in headless Chromium, check it, and save screenshots.

    mkdocs build --strict && python tools/screenshot_site.py [--site build/site] [--out DIR]

Installs Chromium if it is missing (Debian's package, as root: ``apt-get update && apt-get
install -y chromium``). Opens the pages for Law art. 28 and for the time limits (art. 30) from
the files of the built site, checks through ``--dump-dom`` that the statute text and the rule
that implements it stand side by side (one ``tc-pair`` holding the text of the clause and the
rule key), and saves a PNG of each page. Exit status 1 when a check fails.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from _chromium import FLAGS, chromium  # tools/_chromium.py

ROOT = Path(__file__).resolve().parents[1]

#: page -> (statute words that must be quoted, rule key that must stand beside them)
PAGES = {
    "rulebook/law-104-2016/art-28.html": (
        "Người yêu cầu cung cấp thông tin không thanh toán",
        "refusal_ground.e",
    ),
    "rulebook/law-104-2016/art-30.html": (
        "Đối với thông tin phức tạp",
        "electronic.complex",
    ),
}


def dump_dom(browser: str, url: str, profile: str) -> str:
    done = subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def screenshot(browser: str, url: str, png: Path, profile: str, height: int = 2400) -> None:
    subprocess.run(
        [
            browser,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size=1400,{height}",
            f"--screenshot={png}",
            url,
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )


def side_by_side(dom: str, words: str, key: str) -> bool:
    """One pair holds the statute words in its law column and the rule key in its rule column."""
    for pair in dom.split('class="tc-pair"')[1:]:
        law, _, rule = pair.partition('class="tc-rule"')
        rule = rule.split('class="tc-pair"')[0]
        if words in re.sub(r"<[^>]+>", "", law) and key in rule:
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "build" / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    args = parser.parse_args(argv)
    browser = chromium()
    args.out.mkdir(parents=True, exist_ok=True)
    failures = 0
    with tempfile.TemporaryDirectory() as profile:
        for page, (words, key) in PAGES.items():
            path = (args.site / page).resolve()
            if not path.exists():
                print(f"FAIL {page}: not built (run mkdocs build --strict first)")
                failures += 1
                continue
            url = path.as_uri()
            dom = dump_dom(browser, url, profile)
            ok = side_by_side(dom, words, key)
            png = args.out / (page.replace("/", "_").replace(".html", ".png"))
            screenshot(browser, url, png, profile)
            print(f"{'ok  ' if ok else 'FAIL'} {page}: '{words[:30]}…' beside `{key}`; {png}")
            failures += not ok
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
