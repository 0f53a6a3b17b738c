"""Every official source against a loopback HTTP server serving its real format."""

import gzip
import json

import pytest
from werkzeug import Response

from tests.conftest import FIXTURES

SOURCES = FIXTURES / "sources"
PDF = (FIXTURES / "inbox" / "cbp_notice.pdf").read_bytes()


def fixture(name: str, **replacements) -> str:
    text = (SOURCES / name).read_text("utf-8")
    for key, value in replacements.items():
        text = text.replace(key, value)
    return text


def configure(project, **sources):
    data = project.config_data()
    data["sources"] = sources
    project.write_config(data)


def crawl(project, name):
    result = project.run("crawl", name, "--json")
    return result.exit_code, json.loads(result.stdout)[0]


def documents(project, source):
    return {
        row["external_id"]: row
        for row in project.store().db.query("select * from documents where source = ?", [source])
    }


def text_requests(httpserver, marker):
    return [r for r, _ in httpserver.log if marker in r.path]


# -- Federal Register public inspection ----------------------------------------------------


def test_public_inspection_filters_agencies_reads_the_pdf_and_links_the_published_document(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/api/v1/public-inspection-documents/current.json").respond_with_data(
        fixture("fr_public_inspection.json", PI_BASE=base), content_type="application/json"
    )
    httpserver.expect_request("/public-inspection/2026-21300.pdf").respond_with_data(
        PDF, content_type="application/pdf"
    )
    configure(project, federal_register_public_inspection={"base_url": httpserver.url_for("/api/v1")})
    code, report = crawl(project, "federal_register_public_inspection")
    assert code == 0 and report["new_documents"] == 1
    stored = documents(project, "federal_register_public_inspection")
    assert "9903.81.91" in stored["2026-21300"]["text"]
    store = project.store()
    store.ensure_source("federal_register", "federal_register", True, None)
    from tariffwatch.store import DocumentRecord

    store.save_document(DocumentRecord(source="federal_register", external_id="2026-21300", url="u", text="published"))
    store.close()
    crawl(project, "federal_register_public_inspection")
    metadata = json.loads(documents(project, "federal_register_public_inspection")["2026-21300"]["metadata"])
    assert metadata["published_document_id"] == documents(project, "federal_register")["2026-21300"]["id"]


# -- UK Trade Tariff ------------------------------------------------------------------------


def test_uk_trade_tariff_news_and_change_lists_with_the_required_accept_header(project, httpserver):
    accept = {"Accept": "application/vnd.hmrc.2.0+json"}
    httpserver.expect_request("/api/v2/news/items", headers=accept).respond_with_data(
        fixture("uk_news_items.json"), content_type="application/json"
    )
    httpserver.expect_request("/api/v2/commodities/7208510000/changes", headers=accept).respond_with_data(
        fixture("uk_commodity_changes.json"), content_type="application/json"
    )
    configure(
        project, uk_trade_tariff={"base_url": httpserver.url_for("/api/v2"), "watch_commodities": ["7208 51 00 00"]}
    )
    code, report = crawl(project, "uk_trade_tariff")
    assert code == 0 and report["new_documents"] == 2
    stored = documents(project, "uk_trade_tariff")
    assert "6907 21 00 10" in stored["news:412"]["text"] and stored["news:412"]["jurisdiction"] == "GB"
    assert "7208510000" in stored["changes:7208510000"]["text"]


# -- Canada Gazette -------------------------------------------------------------------------


def test_canada_gazette_reads_the_issue_index_and_keeps_trade_regulations(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/rss/p2-eng.xml").respond_with_data(
        fixture("canada_gazette_p2.xml", GAZETTE_BASE=base), content_type="application/rss+xml"
    )
    issue = "/rp-pr/p2/2026/2026-11-18/html/"
    httpserver.expect_request(issue + "index-eng.html").respond_with_data(
        fixture("canada_gazette_index.html"), content_type="text/html"
    )
    httpserver.expect_request(issue + "sor-dors301-eng.html").respond_with_data(
        fixture("canada_gazette_regulation.html"), content_type="text/html"
    )
    configure(project, canada_gazette={"base_url": httpserver.url_for("/rss/"), "feeds": ["p2-eng.xml"]})
    code, report = crawl(project, "canada_gazette")
    assert code == 0 and report["new_documents"] == 1
    [regulation] = documents(project, "canada_gazette").values()
    assert "7208.51.00" in regulation["text"] and "Date modified" not in regulation["text"]
    assert not text_requests(httpserver, "sor-dors302")


# -- WTO ePing ------------------------------------------------------------------------------


def test_wto_eping_without_a_key_is_not_configured_and_does_not_fail_the_run(project, monkeypatch):
    monkeypatch.delenv("WTO_API_KEY", raising=False)
    configure(project, wto_eping={"base_url": "http://127.0.0.1:9/eping"})
    result = project.run("crawl", "wto_eping", "--json")
    report = json.loads(result.stdout)[0]
    assert result.exit_code == 0 and report["status"] == "not_configured" and "WTO_API_KEY" in report["error"]


def test_wto_eping_with_a_key(project, httpserver, monkeypatch):
    monkeypatch.setenv("WTO_API_KEY", "test-key")
    httpserver.expect_request(
        "/eping/notifications/search", headers={"Ocp-Apim-Subscription-Key": "test-key"}
    ).respond_with_data(fixture("wto_eping.json"), content_type="application/json")
    configure(project, wto_eping={"base_url": httpserver.url_for("/eping")})
    code, report = crawl(project, "wto_eping")
    assert code == 0 and report["new_documents"] == 1
    assert "heading 8703" in documents(project, "wto_eping")["G/TBT/N/EU/1150"]["text"]


# -- generic feed and bad input ------------------------------------------------------------


def test_generic_atom_feed(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        fixture("atom_feed.xml", FEED_BASE=base), content_type="application/atom+xml"
    )
    httpserver.expect_request("/notices/17.html").respond_with_data(
        fixture("atom_entry.html"), content_type="text/html"
    )
    configure(project, feed={"urls": [httpserver.url_for("/feed.xml")], "jurisdiction": "EU"})
    code, report = crawl(project, "feed")
    assert code == 0 and report["new_documents"] == 1
    [entry] = documents(project, "feed").values()
    assert "0201 10 00" in entry["text"] and entry["title"] == "Notice to importers: quota for bison meat"


def test_truncated_feed_keeps_what_it_can_read_and_warns(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        fixture("truncated_feed.rss", FEED_BASE=base), content_type="application/rss+xml"
    )
    httpserver.expect_request("/notices/1.html").respond_with_data(
        "<p>Duty suspension for heading 2934.</p>", content_type="text/html"
    )
    httpserver.expect_request("/notices/2.html").respond_with_data(
        "<p>Tariff quota for heading 0201.</p>", content_type="text/html"
    )
    configure(project, feed={"urls": [httpserver.url_for("/feed.xml")]})
    code, report = crawl(project, "feed")
    assert (code, report["new_documents"]) == (0, 2)  # both items whose link was complete, and a warning
    [warning] = report["problems"]
    assert warning.startswith(httpserver.url_for("/feed.xml") + ": damaged feed XML")


def test_html_error_page_where_a_feed_was_expected(project, httpserver):
    httpserver.expect_request("/feed.xml").respond_with_data(
        fixture("eur_lex_challenge.html"), content_type="text/html"
    )
    configure(project, feed={"urls": [httpserver.url_for("/feed.xml")]})
    code, report = crawl(project, "feed")
    assert code == 1 and "expected an RSS/Atom feed, got text/html" in report["error"]


@pytest.mark.parametrize(
    "body,headers,expected",
    [
        (b"\x89PNG" + PDF[:300], {"Content-Type": "application/pdf"}, "not a readable PDF"),
        (b"x" * 3_000_000, {"Content-Type": "text/html"}, "exceeds the"),
        (
            gzip.compress(b"<p>" + b"a" * 20_000_000 + b"</p>"),
            {"Content-Type": "text/html", "Content-Encoding": "gzip"},
            "after decompression",
        ),
    ],
)
def test_bad_bodies_give_one_line_and_the_rest_goes_on(project, httpserver, body, headers, expected):
    base = httpserver.url_for("").rstrip("/")
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>bad</title><link>{base}/bad</link><guid>bad</guid></item>"
        f"<item><title>good</title><link>{base}/good</link><guid>good</guid></item></channel></rss>"
    )
    httpserver.expect_request("/feed.xml").respond_with_data(feed, content_type="application/rss+xml")
    httpserver.expect_request("/bad").respond_with_response(Response(body, headers=headers))
    httpserver.expect_request("/good").respond_with_data("<p>Quota for heading 0201.</p>", content_type="text/html")
    data = project.config_data()
    data["sources"] = {"feed": {"urls": [httpserver.url_for("/feed.xml")]}}
    data["http"]["max_response_bytes"] = 2_000_000
    project.write_config(data)
    code, report = crawl(project, "feed")
    assert code == 1 and report["new_documents"] == 1 and report["failed_items"] == 1
    [problem] = report["problems"]
    assert expected in problem and "/bad" in problem and "\n" not in problem


def test_wrong_charset_is_decoded_sensibly(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    feed = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>d</title>'
        f"<link>{base}/latin</link><guid>l</guid></item></channel></rss>"
    )
    httpserver.expect_request("/feed.xml").respond_with_data(feed, content_type="application/rss+xml")
    page = "<html><body><p>Droits sur les tôles de la position 7208, règlement modifié.</p></body></html>"
    httpserver.expect_request("/latin").respond_with_data(
        page.encode("latin-1"), content_type="text/html; charset=utf-8"
    )
    configure(project, feed={"urls": [httpserver.url_for("/feed.xml")]})
    assert crawl(project, "feed")[0] == 0
    [document] = documents(project, "feed").values()
    assert "tôles" in document["text"] and "règlement" in document["text"]


def test_second_runs_fetch_no_document_again(project, httpserver, monkeypatch):
    """UK news, a Gazette issue and public inspection: discovery runs again, documents are not re-fetched."""
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/api/v2/news/items").respond_with_data(
        fixture("uk_news_items.json"), content_type="application/json"
    )
    httpserver.expect_request("/rss/p2-eng.xml").respond_with_data(
        fixture("canada_gazette_p2.xml", GAZETTE_BASE=base), content_type="application/rss+xml"
    )
    issue = "/rp-pr/p2/2026/2026-11-18/html/"
    httpserver.expect_request(issue + "index-eng.html").respond_with_data(
        fixture("canada_gazette_index.html"), content_type="text/html"
    )
    httpserver.expect_request(issue + "sor-dors301-eng.html").respond_with_data(
        fixture("canada_gazette_regulation.html"), content_type="text/html"
    )
    httpserver.expect_request("/api/v1/public-inspection-documents/current.json").respond_with_data(
        fixture("fr_public_inspection.json", PI_BASE=base), content_type="application/json"
    )
    httpserver.expect_request("/public-inspection/2026-21300.pdf").respond_with_data(
        PDF, content_type="application/pdf"
    )
    configure(
        project,
        uk_trade_tariff={"base_url": httpserver.url_for("/api/v2")},
        canada_gazette={"base_url": httpserver.url_for("/rss/"), "feeds": ["p2-eng.xml"]},
        federal_register_public_inspection={"base_url": httpserver.url_for("/api/v1")},
    )
    assert project.run("crawl").exit_code == 0

    def documents_fetched():
        return len([r for r, _ in httpserver.log if r.path.endswith(("sor-dors301-eng.html", ".pdf"))])

    before = documents_fetched()
    result = project.run("crawl", "--json")
    assert result.exit_code == 0
    counts = {row["source"]: (row["discovered"], row["fetched"], row["unchanged"]) for row in json.loads(result.stdout)}
    assert counts == {
        "canada_gazette": (1, 0, 1),
        "federal_register_public_inspection": (1, 0, 1),
        "uk_trade_tariff": (1, 0, 1),
    }
    assert documents_fetched() == before


def test_pdf_without_a_text_layer_is_flagged_not_stored_empty(project):
    from tests.fixtures.make_pdf import build_pdf

    (project.inbox / "scan.pdf").write_bytes(build_pdf([]))
    result = project.run("crawl", "inbox", "--json")
    report = json.loads(result.stdout)[0]
    assert result.exit_code == 1 and "no text layer" in report["problems"][0]
    assert project.count("documents") == 0
