"""`tariffwatch sources --check` against loopback servers serving the recorded real responses, and
deliberately altered copies of them."""

import json

from tests.conftest import FIXTURES, UNREACHABLE

REAL = FIXTURES / "conformance"
RECORD = json.loads((REAL / "document_2025-05887_real.json").read_text("utf-8"))
ENVELOPE = json.loads((REAL / "documents_page_uscis_trimmed_real.json").read_text("utf-8"))
FEED_PATH = "/accounts/USDHSCBP/bulletins.rss"


def serve_all(httpserver, record=RECORD, sparql=None, feed=None, news=None):
    page = {**ENVELOPE, "results": [record]}
    httpserver.expect_request("/api/v1/documents.json").respond_with_data(
        json.dumps(page), content_type="application/json"
    )
    httpserver.expect_request("/api/v1/public-inspection-documents/current.json").respond_with_data(
        (REAL / "public_inspection_current_assembled_from_service_code.json").read_bytes(),
        content_type="application/json",
    )
    httpserver.expect_request("/sparql").respond_with_data(
        sparql or (REAL / "sparql_results_assembled_virtuoso_format.json").read_bytes(),
        content_type="application/sparql-results+json",
    )
    httpserver.expect_request(FEED_PATH).respond_with_data(
        feed or (REAL / "govdelivery_topic_WAKCDOT_255_feed.rss").read_bytes(), content_type="application/rss+xml"
    )
    httpserver.expect_request("/api/v2/news/items").respond_with_data(
        news or (REAL / "news_items_assembled_from_backend_serializer.json").read_bytes(),
        content_type="application/json",
    )


def configure(project, httpserver):
    data = project.config_data(fr_base_url=httpserver.url_for("/api/v1"))
    data["sources"].update(
        federal_register_public_inspection={"base_url": httpserver.url_for("/api/v1")},
        eur_lex={"base_url": httpserver.url_for("/resource"), "sparql_url": httpserver.url_for("/sparql")},
        cbp_csms={"base_url": httpserver.url_for(FEED_PATH)},
        uk_trade_tariff={"base_url": httpserver.url_for("/api/v2")},
    )
    project.write_config(data)


def lines(result) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in result.stdout.splitlines())


def test_every_source_answering_as_recorded_is_ok(project, httpserver):
    serve_all(httpserver)
    configure(project, httpserver)
    result = project.run("sources", "--check")
    assert result.exit_code == 0, result.output
    assert lines(result) == {
        "federal_register": "ok (2086 documents of 'trade agencies' in the last 7 days)",
        "inbox": f"ok (folder {project.inbox}, 0 files)",
        "federal_register_public_inspection": "ok (2 documents on public inspection)",
        "eur_lex": "ok (acts published in the last 7 days: some)",
        "cbp_csms": f"ok (25 items in {httpserver.url_for(FEED_PATH)})",
        "uk_trade_tariff": "ok (1 news items on page 1)",
    }
    [request] = [r for r, _ in httpserver.log if r.path == "/api/v1/documents.json"]
    assert request.args["per_page"] == "1"  # one small request
    assert "LIMIT 1 OFFSET 0" in [r for r, _ in httpserver.log if r.path == "/sparql"][0].args["query"]


def test_altered_responses_are_format_changes_naming_what_differs(project, httpserver):
    record = {key: value for key, value in RECORD.items() if key != "full_text_xml_url"}
    news = json.loads((REAL / "news_items_assembled_from_backend_serializer.json").read_text("utf-8"))
    news["data"][0]["attributes"]["body"] = news["data"][0]["attributes"].pop("content")
    feed = (
        (REAL / "govdelivery_topic_WAKCDOT_255_feed.rss")
        .read_text("utf-8")
        .replace('<guid isPermaLink="false">25990672</guid>', "<guid>bulletin-18c9610</guid>")
    )
    serve_all(
        httpserver,
        record=record,
        sparql=(REAL / "aws_waf_challenge_legal-content_real.html").read_bytes(),
        feed=feed,
        news=json.dumps(news),
    )
    configure(project, httpserver)
    result = project.run("sources", "--check")
    assert result.exit_code == 1
    found = lines(result)
    assert found["federal_register"] == "FORMAT CHANGED: documents.json results[0] lacks full_text_xml_url"
    assert found["uk_trade_tariff"] == "FORMAT CHANGED: news items data[0].attributes lacks content"
    assert found["cbp_csms"] == (
        f"FORMAT CHANGED: {httpserver.url_for(FEED_PATH)}: the first item's guid 'bulletin-18c9610' "
        "is not GovDelivery's numeric id"
    )
    assert found["eur_lex"] == (
        f"FORMAT CHANGED: {httpserver.url_for('/sparql')}: AWS WAF bot challenge (HTTP 200) instead of the content; "
        "not stored"
    )
    assert found["federal_register_public_inspection"] == "ok (2 documents on public inspection)"


def test_an_unreachable_source_is_reported_without_failing_the_check(project):
    data = project.config_data(fr_base_url=UNREACHABLE)
    data["sources"]["inbox"]["enabled"] = False
    project.write_config(data)
    result = project.run("sources", "--check", "--json")
    assert result.exit_code == 0
    [row] = json.loads(result.stdout)
    assert (row["source"], row["verdict"]) == ("federal_register", "unreachable")
    assert row["detail"].startswith(f"{UNREACHABLE}/documents.json: connection failed")


def test_an_html_page_instead_of_json_is_a_format_change(project, httpserver):
    httpserver.expect_request("/api/v1/documents.json").respond_with_data(
        "<html><body>Service moved</body></html>", content_type="text/html"
    )
    data = project.config_data(fr_base_url=httpserver.url_for("/api/v1"))
    data["sources"]["inbox"]["enabled"] = False
    project.write_config(data)
    result = project.run("sources", "federal_register", "--check")
    assert result.exit_code == 1
    url = httpserver.url_for("/api/v1/documents.json")
    assert result.stdout.startswith(f"federal_register: FORMAT CHANGED: {url}?")
    assert result.stdout.rstrip().endswith("documents.json came as text/html, not JSON")
