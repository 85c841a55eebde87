"""Print the HTML report to PDF (and PNG) with headless Chromium.

The browser that renders the report on screen also prints it, so the PDF legal archives is the
page they read: same fonts, same CSS (``@page`` size, margins, running header, page numbers).
Chromium runs with a fresh profile in a temporary directory, no network features, no sandbox
(container-friendly) and our own header and footer (``--no-pdf-header-footer``: the CSS margin
boxes provide them). The executable: ``$PDPA_GUARD_CHROMIUM``, else chromium / chromium-browser /
google-chrome on the PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ENV_CHROMIUM = "PDPA_GUARD_CHROMIUM"
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
)
TIMEOUT = 120.0


class ChromiumError(RuntimeError):
    """Chromium is missing or failed; the message says what to install or what went wrong."""


def find_chromium() -> str | None:
    """The Chromium executable to use, or None."""
    explicit = os.environ.get(ENV_CHROMIUM)
    if explicit:
        return explicit if Path(explicit).is_file() else shutil.which(explicit)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def run_chromium(args: list[str], timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with ``args`` after the standard flags and a throw-away profile."""
    exe = find_chromium()
    if exe is None:
        raise ChromiumError(
            "Chromium not found: install it (Debian/Ubuntu: apt-get install chromium fonts-thai-tlwg) "
            f"or set {ENV_CHROMIUM} to its path"
        )
    with tempfile.TemporaryDirectory(prefix="pdpa-guard-chromium-") as profile:
        cmd = [exe, *FLAGS, f"--user-data-dir={profile}", *args]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise ChromiumError(f"Chromium did not finish within {timeout:.0f} s") from None
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise ChromiumError(f"Chromium failed (exit {done.returncode}): {tail}")
    return done


def html_to_pdf(html: str | Path, pdf: str | Path) -> Path:
    """Print ``html`` (a file) to ``pdf`` (A4, as the report's print CSS lays it out)."""
    src, out = Path(html).resolve(), Path(pdf).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    run_chromium(["--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()])
    if not out.is_file() or out.stat().st_size == 0:
        raise ChromiumError(f"Chromium wrote no PDF to {out}")
    return out


def html_to_png(html: str | Path, png: str | Path, width: int = 1100, height: int = 1500) -> Path:
    """Screenshot ``html`` (a file) at ``width`` x ``height`` CSS pixels to ``png``."""
    src, out = Path(html).resolve(), Path(png).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    run_chromium([f"--window-size={width},{height}", f"--screenshot={out}", src.as_uri()])
    if not out.is_file() or out.stat().st_size == 0:
        raise ChromiumError(f"Chromium wrote no screenshot to {out}")
    return out
