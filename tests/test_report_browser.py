"""The report in a real browser: headless Chromium renders it to PNG and PDF.

Checks what a reader would notice: no console errors, nothing fetched from outside the file,
Thai text drawn with a font that has Thai glyphs (not boxes), and ``--pdf`` (the same Chromium)
embedding that font. Chromium is driven through the DevTools protocol over a pipe
(``--remote-debugging-pipe``), so no extra Python package is needed. Runs where Chromium is
installed (CI: ``.ci/run`` installs ``chromium`` and ``fonts-thai-tlwg``); skips elsewhere.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from report_support import MONTH, day_after_month, fill, month_records

from pdpa_guard.report import generate_report
from pdpa_guard.report.pdf import FLAGS, find_chromium, html_to_pdf

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium not installed (apt-get install chromium fonts-thai-tlwg, or set PDPA_GUARD_CHROMIUM)",
)


def thai_font_families() -> set[str]:
    """Families fontconfig says cover Thai (what Chromium on Linux can fall back to)."""
    fc = shutil.which("fc-list")
    if fc is None:
        return {"Sarabun", "Noto Sans Thai", "Noto Serif Thai", "Loma", "Waree", "Garuda", "Tahoma", "Leelawadee UI"}
    out = subprocess.run([fc, ":lang=th", "family"], capture_output=True, text=True, check=True).stdout
    return {name.strip() for line in out.splitlines() for name in line.split(",") if name.strip()}


class DevTools:
    """Just enough of the Chrome DevTools protocol, over ``--remote-debugging-pipe``.

    Chromium reads NUL-terminated JSON commands on fd 3 and writes replies and events on fd 4.
    """

    def __init__(self, exe: str) -> None:
        self.profile = tempfile.TemporaryDirectory(prefix="pdpa-guard-cdp-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire() -> None:  # in the child, before exec: the pipe ends become fds 3 and 4
            # Copy first: an end may already be fd 3 or 4, and dup2 onto itself would keep it
            # close-on-exec; dup2 onto another number makes the target inheritable.
            read_end, write_end = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.proc = subprocess.Popen(
            [exe, *FLAGS, f"--user-data-dir={self.profile.name}", "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire,  # safe here: the test process has no other threads forking
            close_fds=False,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._id = 0
        self.events: list[dict[str, Any]] = []
        self.session: str | None = None

    def close(self) -> None:
        with contextlib.suppress(Exception):  # it may already be gone; closing is best effort
            self.send("Browser.close", session=False, timeout=5)
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_child)
        os.close(self._from_child)
        self.profile.cleanup()

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self._from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(raw)

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = True, timeout: float = 30) -> dict:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, event: str, timeout: float = 30) -> dict[str, Any]:
        for e in self.events:
            if e.get("method") == event:
                return e
        deadline = time.monotonic() + timeout
        while True:
            message = self._read_message(deadline)
            self.events.append(message)
            if message.get("method") == event:
                return message

    def open(self, url: str) -> None:
        """A new page, attached, with console, log and network events on, loaded from ``url``."""
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network", "DOM", "CSS"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", {"width": 1100, "height": 1500, "deviceScaleFactor": 1, "mobile": False})
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries seen so far."""
        out = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                out.append("console: " + " ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
            elif method == "Runtime.exceptionThrown":
                out.append("exception: " + params["exceptionDetails"].get("text", ""))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                out.append("log: " + params["entry"].get("text", ""))
        return out

    def requested_urls(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def fonts_for(self, selector: str) -> list[dict[str, Any]]:
        """The platform fonts Chromium actually drew the text of ``selector`` with."""
        root = self.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = self.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        assert node, f"no element matches {selector}"
        return self.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]

    def evaluate(self, expression: str) -> Any:
        return self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})["result"].get("value")

    def screenshot(self, path: Path) -> bytes:
        data = base64.b64decode(
            self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})["data"]
        )
        path.write_bytes(data)
        return data


@pytest.fixture(scope="module")
def report_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("report-browser")
    os.environ.setdefault("PDPA_GUARD_HOME", str(base / "home"))
    store = fill(f"sqlite:///{base / 'findings.db'}", month_records())
    try:
        return generate_report(store, MONTH, out_dir=base / "reports", now=day_after_month())
    finally:
        store.close()


@pytest.fixture(scope="module")
def browser() -> Any:
    assert CHROMIUM is not None
    tools = DevTools(CHROMIUM)
    try:
        yield tools
    finally:
        tools.close()


def test_console_errors_are_detected(browser, tmp_path):
    """The check below can fail: a page that logs an error is caught."""
    page = tmp_path / "broken.html"
    page.write_text("<!doctype html><title>x</title><script>console.error('boom')</script>", encoding="utf-8")
    browser.open(page.as_uri())
    assert any("boom" in p for p in browser.problems())


def test_report_renders_without_errors_or_outside_requests(browser, report_html, tmp_path):
    browser.open(report_html.as_uri())
    assert browser.problems() == []
    outside = [u for u in browser.requested_urls() if not u.startswith(("file:", "data:", "about:"))]
    assert outside == [], "the report must be self-contained"
    assert browser.evaluate("document.querySelectorAll('script').length") == 0
    assert browser.evaluate("document.querySelectorAll('svg.chart').length") == 3
    png = browser.screenshot(tmp_path / "report.png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000  # a rendered page, not a blank one


def test_thai_text_is_drawn_with_a_thai_font(browser, report_html):
    browser.open(report_html.as_uri())
    thai_fonts = thai_font_families()
    for selector in ("h1 .th", "#s1 h2 .th", "#s3 table tbody td .th"):
        fonts = browser.fonts_for(selector)
        used = {f["familyName"] for f in fonts if f["glyphCount"]}
        assert used & thai_fonts, f"{selector}: Thai text drawn with {used}, none of which has Thai glyphs"


def test_pdf_uses_the_same_renderer_and_embeds_a_thai_font(report_html, tmp_path):
    pdf = html_to_pdf(report_html, tmp_path / "report.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages >= 8, "each of the 8 sections starts a new A4 page"
    embedded = {m.split(b"+", 1)[-1].decode() for m in re.findall(rb"/FontName\s*/([A-Za-z0-9+\-_]+)", data)}
    families = {re.sub(r"[-,].*$", "", name) for name in embedded}
    thai = {f.replace(" ", "") for f in thai_font_families()}
    assert families & thai, f"no Thai font embedded in the PDF (fonts: {sorted(embedded)})"
