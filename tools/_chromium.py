"""Headless Chromium for the tools that look at what the project shows a person.

Debian's ``chromium`` package, installed with apt-get when it is missing (as root, as CI runs);
never a browser download of its own. The flags keep it off the network this machine does not
have (no background networking, updates or sync) and quiet in a container (no sandbox, no GPU).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def chromium() -> str:
    """The Chromium executable, installing Debian's package if there is none."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if os.geteuid() != 0:
        raise SystemExit("chromium is missing: apt-get install -y chromium (as root)")
    subprocess.run(["apt-get", "update"], check=True)
    subprocess.run(["apt-get", "install", "-y", "chromium"], check=True)
    found = shutil.which("chromium")
    if not found:
        raise SystemExit("chromium could not be installed")
    return found


#: an A4 page at about 150 dpi (1240 × 1754 px): reports and the samples a person looks at
A4_WINDOW = (1240, 1754)


def screenshot(
    page: Path, png: Path, window: tuple[int, int] = A4_WINDOW, *, quiet: bool = False
) -> None:
    """A PNG of ``page`` in headless Chromium, with a fresh profile, at ``window`` pixels."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium(),
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                f"--window-size={window[0]},{window[1]}",
                page.resolve().as_uri(),
            ],
            check=True,
            timeout=120,
            capture_output=quiet,
        )
