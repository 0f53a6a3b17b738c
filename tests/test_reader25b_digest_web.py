"""Round 25 reader: on a 390 px phone the change page's fact tables (Rate, Quota, Where) show all they hold.

A quote kept on one line ran past the screen's edge inside its table ("$0.0666 dollars per ki"): the page did
not scroll sideways, the table hid the rest. Headless Chromium over the real `tariffwatch serve`.
"""

from __future__ import annotations

import pytest

from tests.digest_helpers import add_documents
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, server  # noqa: F401  (the fixture, started the same way)

pytestmark = pytest.mark.separate_process

GIRDERS = {
    "title": "Final determination on welded steel girders",
    "external_id": "girders-final",
    "text": "Final determination on welded steel girders\n\nThe Ministry determined definitive anti-dumping duties on "
    "welded steel girders of subheading 7216.33.01 from Ruritania: $0.0712 dollars per kilogram for Acme Steelworks "
    "and $0.1385 dollars per kilogram for all other exporters, and an ad valorem duty of 18.4 percent on girders "
    "from Freedonia.\n",
}
# Tables that hold more than they show: their content is wider than the box the reader sees.
HIDDEN = """() => [...document.querySelectorAll('table.facts, .scroll')]
  .filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => box.className)"""


@pytest.fixture
def project_with_girders(project):
    add_documents(project, [GIRDERS])
    return project


@pytest.fixture
def girders_server(project_with_girders, server):  # noqa: F811
    return server


@pytest.mark.parametrize("width", [390, 1280])
def test_a_rate_tables_quoted_evidence_wraps_instead_of_running_off_a_phone(girders_server, width):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": 844})
        found = page.request.get(girders_server + "/api/search?q=girders&mode=fulltext").json()["results"]
        page.goto(f"{girders_server}/changes/{found[0]['change_id']}")
        assert page.locator("table.rates td").count() >= 5  # the page does have a rate table
        hidden = page.evaluate(HIDDEN)
        width_seen = page.evaluate("document.documentElement.scrollWidth")
        browser.close()
    assert hidden == []
    assert width_seen == width
