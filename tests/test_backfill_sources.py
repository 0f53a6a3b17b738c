"""Backfill of the UK Trade Tariff news pages (newest first, walked until they reach before --from)
and of the Canada Gazette's year archives (each issue's index, then its trade regulations)."""

from __future__ import annotations

import json

from werkzeug import Response

from tests.conftest import FIXTURES

SHARED_UK = FIXTURES.parents[1].parent / "shared" / "conformance" / "uk_trade_tariff"


def configure(project, **sources):
    data = project.config_data()
    data["sources"] = sources
    project.write_config(data)


def news_item(number: int, day: str) -> dict:
    """A news item in the backend serializer's JSON:API shape (tests/fixtures/sources/uk_news_items.json)."""
    template = json.loads((FIXTURES / "sources" / "uk_news_items.json").read_text("utf-8"))["data"][0]
    attributes = {
        **template["attributes"],
        "id": number,
        "slug": f"notice-{number}",
        "title": f"Tariff stop press notice {number}: quota for frozen hake fillets",
        "content": f"A tariff quota of {100 * number} tonnes opens for commodity code 0304 74 00 10 from {day}.",
        "start_date": day,
        "updated_at": f"{day}T09:00:00.000Z",
    }
    return {**template, "id": str(number), "attributes": attributes}


def test_uk_news_pages_are_walked_until_they_reach_before_the_start(project, httpserver):
    days = ["2026-11-02", "2026-10-01", "2026-08-14", "2026-06-30", "2026-04-01", "2026-02-27", "2026-01-05"]
    items = [news_item(500 - i, day) for i, day in enumerate(days)]  # newest first, as the API lists them
    pages = []

    def news(request):
        page = int(request.args.get("page", "1"))
        pages.append(page)
        body = {
            "data": items[(page - 1) * 2 : page * 2],
            "meta": {"pagination": {"page": page, "per_page": 2, "total_count": len(items)}},
        }
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/api/v2/news/items").respond_with_handler(news)
    configure(project, uk_trade_tariff={"base_url": httpserver.url_for("/api/v2")})
    result = project.run("backfill", "uk_trade_tariff", "--from", "2026-03-01", "--to", "2026-10-15", "--no-extract")
    assert result.exit_code == 0, result.output
    assert pages == [1, 2, 3]  # page 3 reaches 2026-02-27, before --from: no page 4
    store = project.store()
    stored = {row["external_id"]: row for row in store.db["documents"].rows}
    assert set(stored) == {"news:499", "news:498", "news:497", "news:496"}
    assert {row["backfilled"] for row in stored.values()} == {1}


YEAR_INDEX = """<!DOCTYPE html><html lang="en"><head><title>Canada Gazette, Part II, 2026</title></head>
<body><main><h1>Canada Gazette, Part II: 2026</h1><ul>
<li><a href="2026-01-14/html/index-eng.html">Vol. 160, No. 1 — January 14, 2026</a></li>
<li><a href="2026-02-11/html/index-eng.html">Vol. 160, No. 3 — February 11, 2026</a></li>
<li><a href="2026-05-06/html/index-eng.html">Vol. 160, No. 9 — May 6, 2026</a></li>
<li><a href="/rp-pr/p2/2025/index-eng.html">2025</a></li>
</ul></main></body></html>"""


def test_canada_gazette_archive_is_walked_issue_by_issue(project, httpserver):
    """The year index links issues (shape of gazette.gc.ca/rp-pr/p2/YEAR/index-eng.html); each issue's
    index is the one the RSS crawl reads (tests/fixtures/sources/canada_gazette_index.html)."""
    httpserver.expect_request("/rp-pr/p2/2026/index-eng.html").respond_with_data(YEAR_INDEX, content_type="text/html")
    index = (FIXTURES / "sources" / "canada_gazette_index.html").read_text("utf-8")
    regulation = (FIXTURES / "sources" / "canada_gazette_regulation.html").read_text("utf-8")
    for day in ("2026-01-14", "2026-02-11"):
        issue = f"/rp-pr/p2/2026/{day}/html/"
        httpserver.expect_request(issue + "index-eng.html").respond_with_data(index, content_type="text/html")
        httpserver.expect_request(issue + "sor-dors301-eng.html").respond_with_data(
            regulation, content_type="text/html"
        )
    configure(
        project,
        canada_gazette={"archive_url": httpserver.url_for("/rp-pr/"), "archive_parts": ["p2"]},
    )
    result = project.run("backfill", "canada_gazette", "--from", "2026-01-01", "--to", "2026-03-31", "--no-extract")
    assert result.exit_code == 0, result.output
    store = project.store()
    stored = {row["external_id"]: row for row in store.db["documents"].rows}
    base = httpserver.url_for("/rp-pr/p2/2026/")
    assert set(stored) == {f"{base}2026-01-14/html/sor-dors301-eng.html", f"{base}2026-02-11/html/sor-dors301-eng.html"}
    assert {row["published_date"] for row in stored.values()} == {"2026-01-14", "2026-02-11"}
    assert store.db.execute("select window_start, window_end from backfill_windows").fetchall() == [
        ("2026-01-01", "2026-03-31")
    ]
