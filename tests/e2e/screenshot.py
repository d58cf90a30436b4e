"""Screenshot of an HTML page in headless Chromium (used for the README image).

usage: python tests/e2e/screenshot.py export/pharmagraph.html docs/seed-graph.png
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-quic", "--disable-sync"]


def screenshot(page_path: str, out: str, select: str | None = None) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 850})
        page.goto(Path(page_path).resolve().as_uri())
        page.wait_for_selector("body[data-ready=true]", timeout=30_000)
        if select:
            page.evaluate("name => { const id = window.pharmagraph.search(name); }", select)
        page.wait_for_timeout(500)
        page.screenshot(path=out)
        browser.close()


if __name__ == "__main__":
    screenshot(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
