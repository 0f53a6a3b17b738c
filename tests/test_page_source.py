"""Watching pages: conditional GET, versions of the meaningful content, diffs, amendments, robots."""

import json

from werkzeug import Response

from tests.test_sources import configure, crawl, fixture


def serve_robots(httpserver, body: str = "User-agent: *\nAllow: /\n"):
    httpserver.expect_request("/robots.txt").respond_with_data(body, content_type="text/plain")


def serve_page(httpserver, version: str, etag: str):
    serve_robots(httpserver)

    def page(request):
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304)
        return Response(fixture(f"page_agreement_{version}.html"), content_type="text/html", headers={"ETag": etag})

    httpserver.expect_request("/agreement/annex-1").respond_with_handler(page)


def watch(project, httpserver, **extra):
    configure(
        project,
        page={
            "pages": [{"url": httpserver.url_for("/agreement/annex-1"), "selector": "#content", "jurisdiction": "GB"}],
            "requests_per_second": 50,
            **extra,
        },
    )


def test_unchanged_page_costs_a_304_and_a_changed_one_becomes_a_version_with_a_diff(project, httpserver):
    serve_page(httpserver, "v1", '"v1"')
    watch(project, httpserver)
    code, first = crawl(project, "page")
    assert code == 0 and first["new_documents"] == 1
    assert project.run("extract").exit_code == 0
    code, second = crawl(project, "page")
    assert second["unchanged"] == 1 and second["fetched"] == 0
    assert [r.headers.get("If-None-Match") for r, _ in httpserver.log if r.path == "/agreement/annex-1"] == [
        None,
        '"v1"',
    ]
    httpserver.clear()
    serve_page(httpserver, "v2", '"v2"')
    code, third = crawl(project, "page")
    assert third["new_versions"] == 1
    diff = project.run("diff", f"page:{httpserver.url_for('/agreement/annex-1')}")
    assert "+Goods of heading 8704 are subject to a duty of 10% from 1 July 2027." in diff.stdout
    assert "version 1" in diff.stdout and "version 2" in diff.stdout
    assert project.run("extract").exit_code == 0
    store = project.store()
    latest = list(store.db.query("select amendments from changes order by id desc limit 1"))[0]
    amendments = json.loads(latest["amendments"])
    assert amendments["codes_added"] == ["8704"] and amendments["codes_removed"] == []
    assert amendments["dates_added"] == [["entry_into_force", "2027-07-01"]]


def test_banner_timestamps_are_not_a_change(project, httpserver):
    pages = iter(["v1", "v1-again"])

    def page(request):
        body = fixture("page_agreement_v1.html")
        if next(pages) == "v1-again":
            body = body.replace("10:00:01", "23:59:59")  # only the banner and footer differ
        return Response(body, content_type="text/html")

    serve_robots(httpserver)
    httpserver.expect_request("/agreement/annex-1").respond_with_handler(page)
    configure(project, page={"pages": [{"url": httpserver.url_for("/agreement/annex-1")}], "requests_per_second": 50})
    crawl(project, "page")
    code, again = crawl(project, "page")
    assert again["fetched"] == 1 and again["new_versions"] == 0
    assert project.count("document_versions") == 1


def test_robots_txt_is_obeyed(project, httpserver):
    serve_robots(httpserver, "User-agent: *\nDisallow: /agreement/\n")
    httpserver.expect_request("/agreement/annex-1").respond_with_data("never asked", content_type="text/html")
    watch(project, httpserver)
    code, report = crawl(project, "page")
    assert code == 1 and "disallowed by robots.txt" in report["problems"][0]
    assert not [r for r, _ in httpserver.log if r.path == "/agreement/annex-1"]


def test_a_robots_txt_that_answers_5xx_means_disallow_all(project, httpserver):
    """RFC 9309 2.3.1.4: an unreachable robots.txt (server error) means complete disallow."""
    httpserver.expect_request("/robots.txt").respond_with_data("down", status=503)
    httpserver.expect_request("/agreement/annex-1").respond_with_data("never asked", content_type="text/html")
    watch(project, httpserver)
    code, report = crawl(project, "page")
    assert code == 1 and report["new_documents"] == 0
    assert "robots.txt unreachable" in report["problems"][0] and "HTTP 503" in report["problems"][0]
    assert [r.path for r, _ in httpserver.log] == ["/robots.txt"] * 3  # retried (max_retries 2), then given up


def test_a_missing_robots_txt_allows_crawling(project, httpserver):
    """RFC 9309 2.3.1.3: robots.txt answering 4xx (unavailable) allows everything."""
    httpserver.expect_request("/robots.txt").respond_with_data("not found", status=404)
    httpserver.expect_request("/agreement/annex-1").respond_with_data(
        fixture("page_agreement_v1.html"), content_type="text/html"
    )
    watch(project, httpserver)
    code, report = crawl(project, "page")
    assert code == 0 and report["new_documents"] == 1


def test_a_selector_that_no_longer_matches_is_reported(project, httpserver):
    serve_page(httpserver, "v1", '"v1"')
    configure(
        project,
        page={
            "pages": [{"url": httpserver.url_for("/agreement/annex-1"), "selector": "#gone"}],
            "requests_per_second": 50,
        },
    )
    code, report = crawl(project, "page")
    assert code == 1 and "no element matches the selector '#gone'" in report["problems"][0]


def test_a_source_that_falls_short_of_its_expectation_is_unhealthy(project, httpserver):
    serve_page(httpserver, "v1", '"v1"')
    watch(project, httpserver, min_items_per_week=5)
    code, report = crawl(project, "page")
    assert report["health"] == "unhealthy: 1 new items in 7 days, expected at least 5"
    sources = project.run("sources")
    assert "unhealthy: 1 new items in 7 days" in sources.stdout
    run = list(project.store().db.query("select health from run_sources order by id desc limit 1"))[0]
    assert run["health"].startswith("unhealthy")
