"""End to end in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Starts the real `tariffwatch serve` process, then: home page, search, filter by HS code, open a
change, check the evidence is highlighted. A screenshot is kept in test-artifacts/.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import inbox_project

CHROMIUM = "/usr/bin/chromium"
# The web server runs in its own process.
pytestmark = pytest.mark.separate_process

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not os.path.exists(CHROMIUM):
    if os.environ.get("TARIFFWATCH_REQUIRE_BROWSER"):
        raise RuntimeError(f"{CHROMIUM} is required for the browser test (install Debian's chromium)")
    pytest.skip(f"{CHROMIUM} is not installed", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(project):
    inbox_project(project)
    port = free_port()
    env = {**os.environ, "TARIFFWATCH_CONFIG": str(project.config_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tariffwatch.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/api/search?q=x", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        raise RuntimeError(f"server did not start: {process.stdout.read().decode()}")
    yield base
    process.terminate()
    process.wait(timeout=10)


def test_policy_officer_finds_and_checks_a_change(server):
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(server + "/")
        expect(page.locator("h1")).to_contain_text("Latest digest")
        page.click("nav.toc >> text=Ch. 69 Ceramic products")
        expect(page.locator("#ch-69")).to_be_in_viewport()
        page.screenshot(path=str(ARTIFACTS / "digest-1280.png"), full_page=True)

        page.click("text=Search")
        page.fill("input[name=q]", "glass fibre")
        page.select_option("select[name=mode]", "fulltext")
        page.click("button[type=submit]")
        expect(page.locator(".result")).to_have_count(1)
        expect(page.locator(".result mark").first).to_be_visible()

        page.fill("input[name=q]", "")
        page.fill("input[name=hs]", "6907")
        page.click("button[type=submit]")
        expect(page.locator(".result")).to_have_count(1)
        page.click(".result a")

        expect(page.locator("h1")).to_contain_text("ceramic tiles from India")
        highlighted = page.locator("mark.code")
        expect(highlighted).to_have_count(2)
        expect(highlighted.first).to_have_text("6907 21 00 10")
        expect(page.locator("mark.date", has_text="1 December 2026")).to_be_visible()
        page.click("a[href='#code-0']")
        expect(highlighted.first).to_be_in_viewport()
        page.screenshot(path=str(ARTIFACTS / "change-page.png"), full_page=True)
        browser.close()
    assert (ARTIFACTS / "change-page.png").stat().st_size > 10_000


def test_every_page_fits_a_390_px_phone_without_horizontal_scrolling(server):
    """No horizontal overflow at 390 px; a screenshot of each page is kept in test-artifacts/."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
        change_id = page.request.get(server + "/api/search?hs=6907").json()["results"][0]["change_id"]
        widths = {}
        for name, path in [
            ("digest", "/"),
            ("change", f"/changes/{change_id}"),
            ("search", "/search?q=steel&mode=fulltext"),
            ("subscribe", "/subscribe"),
            ("archive", "/digests"),
        ]:
            page.goto(server + path)
            widths[name] = page.evaluate("document.documentElement.scrollWidth")
            page.screenshot(path=str(ARTIFACTS / f"{name}-390.png"), full_page=True)
        browser.close()
    assert widths == {name: 390 for name in widths}


# Words of table cells that the browser drew on more than one line: a word cut mid-word ("Countr y").
# Hyphens, dashes and slashes are places where a line may break, so they separate words here.
BROKEN_WORDS = """() => {
  const broken = [];
  for (const cell of document.querySelectorAll('td, th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.data.matchAll(/[^\\s\\-\\u2013\\u2014\\/]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(word[0]);
      }
    }
  }
  return broken;
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_change_tables_never_break_a_word_and_the_page_never_scrolls_sideways(server, width):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": 844})
        ids = [r["change_id"] for r in page.request.get(server + "/api/search?limit=100").json()["results"]]
        broken, widths, cells = {}, {}, 0
        for change_id in ids:
            page.goto(f"{server}/changes/{change_id}")
            cells += page.locator("td").count()
            broken[change_id] = page.evaluate(BROKEN_WORDS)
            widths[change_id] = page.evaluate("document.documentElement.scrollWidth")
            page.screenshot(path=str(ARTIFACTS / f"change-{change_id}-{width}.png"), full_page=True)
        browser.close()
    assert len(ids) == 3 and cells > 20  # the pages do have tables to check
    assert broken == {change_id: [] for change_id in ids}
    assert widths == {change_id: width for change_id in ids}
