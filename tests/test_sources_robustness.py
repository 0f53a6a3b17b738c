"""One bad item never stops a source: a feed that is an error page, markup nested 100,000 deep."""

import json

DEEP = "<html><body>" + "<div>" * 100_000 + "heading 7208" + "</div>" * 100_000 + "</body></html>"


def test_an_error_page_among_the_feeds_does_not_stop_the_others(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/broken.xml").respond_with_data(
        "<html><body>Not found</body></html>", content_type="text/html"
    )
    httpserver.expect_request("/feed.xml").respond_with_data(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>Quota notice</title><link>{base}/notice</link><guid>n1</guid></item></channel></rss>",
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/notice").respond_with_data(
        "<p>Tariff quota for heading 0201.</p>", content_type="text/html"
    )
    data = project.config_data()
    data["sources"] = {"feed": {"urls": [httpserver.url_for("/broken.xml"), httpserver.url_for("/feed.xml")]}}
    project.write_config(data)
    result = project.run("crawl", "feed", "--json")
    report = json.loads(result.stdout)[0]
    assert (result.exit_code, report["status"], report["new_documents"]) == (1, "partial", 1)
    assert report["problems"] == [
        f"feed: feed {httpserver.url_for('/broken.xml')}: expected an RSS/Atom feed, got text/html (an error page?)"
    ]


def test_deeply_nested_html_is_refused_in_one_line_from_the_inbox_and_a_feed(project, httpserver):
    (project.inbox / "deep.html").write_text(DEEP, encoding="utf-8")
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>Deep</title><link>{base}/deep</link><guid>d</guid></item></channel></rss>",
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/deep").respond_with_data(DEEP, content_type="text/html")
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    data["sources"]["feed"] = {"urls": [httpserver.url_for("/feed.xml")]}
    project.write_config(data)
    result = project.run("crawl", "--json")
    reports = {row["source"]: row for row in json.loads(result.stdout)}
    assert reports["inbox"]["problems"] == [
        f"inbox: {project.inbox / 'deep.html'}: markup nested deeper than 200 levels; not converted"
    ]
    assert reports["feed"]["problems"] == [
        f"feed: {httpserver.url_for('/deep')}: markup nested deeper than 200 levels; not converted"
    ]
    assert project.count("documents") == 0
