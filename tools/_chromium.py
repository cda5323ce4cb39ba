"""Headless Chromium for the tools that look at what the project shows a person.

Debian's ``chromium`` package, installed with apt-get when it is missing (as root, as CI runs);
never a browser download of its own. The flags keep it off the network this machine does not
have (no background networking, updates or sync) and quiet in a container (no sandbox, no GPU).
"""

from __future__ import annotations

import os
import shutil
import subprocess

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
