"""EUR-Lex, CBP CSMS, UK Trade Tariff, public inspection and the Canada Gazette on recorded real
responses (tests/fixtures/conformance, provenance in its README): discovery, fetch, storage and
extraction, asserting stored title, identifier, dates and clean text."""

import json
import re

from werkzeug import Response

from tests.conftest import FIXTURES

REAL = FIXTURES / "conformance"
SOURCES = FIXTURES / "sources"
DGA = (REAL / "act_32022R0868_dga_real.html").read_bytes()
WAF = (REAL / "aws_waf_challenge_legal-content_real.html").read_bytes()
FEED = (REAL / "govdelivery_topic_WAKCDOT_255_feed.rss").read_bytes()


def configure(project, **sources):
    data = project.config_data()
    data["sources"] = sources
    project.write_config(data)


def crawl(project, name):
    result = project.run("crawl", name, "--json")
    return result.exit_code, json.loads(result.stdout)[0]


def documents(project, source):
    store = project.store()
    try:
        return {row["external_id"]: row for row in store.db.query("select * from documents where source = ?", [source])}
    finally:
        store.close()


def change_dates(project, source, external_id):
    store = project.store()
    try:
        return list(
            store.db.query(
                "select t.* from change_dates t join changes c on c.id = t.change_id join documents d on d.id = c.document_id "
                "where d.source = ? and d.external_id = ? order by t.id",
                [source, external_id],
            )
        )
    finally:
        store.close()


def assert_clean(text: str):
    assert "\x00" not in text and not re.search(r"<[a-zA-Z/]|&[#a-zA-Z0-9]+;", text), text[:200]


# -- EUR-Lex: CELLAR ---------------------------------------------------------------------------


def serve_cellar(httpserver, act_status=303):
    httpserver.expect_request("/webapi/rdf/sparql").respond_with_data(
        (REAL / "sparql_results_assembled_virtuoso_format.json").read_bytes(),
        content_type="application/sparql-results+json; charset=utf-8",
    )
    manifestation = "/resource/cellar/d3ec3a3f-e0b5-11ec-a534-01aa75ed71a1.0001.03/DOC_1"
    httpserver.expect_request(
        "/resource/celex/32022R0868", headers={"Accept": "application/xhtml+xml", "Accept-Language": "eng"}
    ).respond_with_response(Response(status=act_status, headers={"Location": httpserver.url_for(manifestation)}))
    httpserver.expect_request(manifestation).respond_with_data(DGA, content_type="application/xhtml+xml;charset=UTF-8")


def eur_lex_settings(httpserver, **extra):
    return {
        "base_url": httpserver.url_for("/resource"),
        "sparql_url": httpserver.url_for("/webapi/rdf/sparql"),
        "trade_relevant": "data governance",  # the recorded act is the Data Governance Act
        "lookback_days": 3,
        **extra,
    }


def test_eur_lex_act_from_cellar_content_negotiation(project, httpserver):
    serve_cellar(httpserver)
    configure(project, eur_lex=eur_lex_settings(httpserver))
    code, report = crawl(project, "eur_lex")
    assert (code, report["new_documents"]) == (0, 2)
    stored = documents(project, "eur_lex")
    act = stored["32022R0868"]
    assert act["title"].startswith(
        "Regulation (EU) 2022/868 of the European Parliament and of the Council of 30 May 2022"
    )
    assert (act["identifier"], act["citation"]) == ("CELEX:32022R0868", "http://data.europa.eu/eli/reg/2022/868/oj")
    assert (act["published_date"], act["url"]) == ("2022-06-03", "http://data.europa.eu/eli/reg/2022/868/oj")
    lines = act["text"].splitlines()
    assert lines[:3] == ["3.6.2022", "", "EN"]  # the OJ header row, one cell a line
    assert "REGULATION (EU)\xa02022/868 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL" in lines  # no-break spaces kept
    assert "Article\xa01" in lines and "ruxitagentjs" not in act["text"]
    assert_clean(act["text"])
    opinion = stored["61991CC0017"]  # no title in the binding: metadata only, named by its CELEX
    assert (opinion["title"], opinion["text"], opinion["identifier"]) == (
        "61991CC0017",
        "61991CC0017",
        "CELEX:61991CC0017",
    )
    assert project.run("extract").exit_code == 0
    published = [d for d in change_dates(project, "eur_lex", "32022R0868") if d["field"]]
    assert [(d["type"], d["date"], d["field"]) for d in published] == [
        ("publication", "2022-06-03", "CELLAR OJ publication date")
    ]


def test_eur_lex_discovery_asks_for_both_publication_models_in_the_window(project, httpserver):
    serve_cellar(httpserver)
    configure(project, eur_lex=eur_lex_settings(httpserver, trade_relevant="nothing matches this"))
    assert crawl(project, "eur_lex")[0] == 0
    [request] = [r for r, _ in httpserver.log if r.path == "/webapi/rdf/sparql"]
    query = request.args["query"]
    assert "?work cdm:official-journal-act_date_publication ?date" in query  # act by act, since October 2023
    assert "cdm:resource_legal_published_in_official-journal ?oj" in query  # issue model before it
    assert re.search(
        r'FILTER \(\?date >= "\d{4}-\d\d-\d\d"\^\^xsd:date && \?date <= "\d{4}-\d\d-\d\d"\^\^xsd:date\)', query
    )
    assert "language/ENG>" in query and query.endswith("LIMIT 1000 OFFSET 0")
    assert request.headers["Accept"] == "application/sparql-results+json"


def test_eur_lex_waf_challenge_is_one_line_and_never_stored(project, httpserver):
    httpserver.expect_request("/webapi/rdf/sparql").respond_with_data(
        (REAL / "sparql_results_assembled_virtuoso_format.json").read_bytes(),
        content_type="application/sparql-results+json",
    )
    httpserver.expect_request("/resource/celex/32022R0868").respond_with_data(WAF, status=202, content_type="text/html")
    configure(project, eur_lex=eur_lex_settings(httpserver))
    code, report = crawl(project, "eur_lex")
    assert (code, report["status"], report["failed_items"]) == (1, "partial", 1)
    url = httpserver.url_for("/resource/celex/32022R0868")
    assert report["problems"] == [
        f"eur_lex: {url}: AWS WAF bot challenge (HTTP 202) instead of the content; not stored"
    ]
    assert set(documents(project, "eur_lex")) == {"61991CC0017"}


def test_a_waf_challenge_where_sparql_json_was_expected_fails_the_source_in_one_line(project, httpserver):
    httpserver.expect_request("/webapi/rdf/sparql").respond_with_data(WAF, status=202, content_type="text/html")
    configure(project, eur_lex=eur_lex_settings(httpserver))
    code, report = crawl(project, "eur_lex")
    assert (code, report["status"]) == (1, "failed")
    assert report["error"].endswith("AWS WAF bot challenge (HTTP 202) instead of the content; not stored")


def test_eur_lex_multiple_choices_reads_the_first_document(project, httpserver):
    httpserver.expect_request("/webapi/rdf/sparql").respond_with_data(
        (REAL / "sparql_results_assembled_virtuoso_format.json").read_bytes(),
        content_type="application/sparql-results+json",
    )
    choices = (
        '<html><body><ul><li><a href="/resource/cellar/abc.0006.03/DOC_2">DOC_2</a></li>'
        '<li><a href="/resource/cellar/abc.0006.03/DOC_1">DOC_1</a></li></ul></body></html>'
    )
    httpserver.expect_request("/resource/celex/32022R0868").respond_with_data(
        choices, status=300, content_type="text/html"
    )
    httpserver.expect_request("/resource/cellar/abc.0006.03/DOC_1").respond_with_data(
        DGA, content_type="application/xhtml+xml"
    )
    configure(project, eur_lex=eur_lex_settings(httpserver))
    assert crawl(project, "eur_lex")[0] == 0
    assert "Article\xa01" in documents(project, "eur_lex")["32022R0868"]["text"].splitlines()


# -- CBP CSMS: GovDelivery bulletins -----------------------------------------------------------

FEED_PATH = "/accounts/USDHSCBP/bulletins.rss"
VALIDATORS = {"ETag": '"3a4e5c1b9d"', "Last-Modified": "Fri, 10 Mar 2017 21:13:20 GMT"}


def test_csms_bulletins_are_the_feed_message_bodies(project, httpserver):
    httpserver.expect_request(FEED_PATH).respond_with_data(FEED, content_type="application/rss+xml", headers=VALIDATORS)
    configure(project, cbp_csms={"base_url": httpserver.url_for(FEED_PATH)})
    code, report = crawl(project, "cbp_csms")
    assert (code, report["new_documents"]) == (0, 25)  # no bulletin page requested: the strict server would fail
    stored = documents(project, "cbp_csms")
    first = stored["25990672"]
    assert first["title"] == (
        "Transit Alert - Transit service may experience delays in downtown Seattle this afternoon due to civic events"
    )
    assert (first["identifier"], first["published_date"]) == ("GovDelivery bulletin 18c9610", "2017-03-10")
    assert first["text"].startswith("Transit service may experience delays in downtown Seattle this afternoon")
    assert "Metro’s Puget Sound Trip Planner" in first["text"] and "Next Departures & Stops" in first["text"]
    assert all(not re.search(r"<[a-zA-Z/]|&[#a-zA-Z0-9]+;|\x00", row["text"]) for row in stored.values())
    assert stored["25891428"]["published_date"] == "2017-03-03"  # 21:12 at -0600 is still the 3rd where it was sent
    assert project.run("extract").exit_code == 0
    assert [
        (d["type"], d["date"], d["field"]) for d in change_dates(project, "cbp_csms", "25990672") if d["field"]
    ] == [("publication", "2017-03-10", "feed field pubDate")]


def test_csms_feed_is_asked_conditionally_the_next_time(project, httpserver):
    httpserver.expect_request(FEED_PATH).respond_with_data(FEED, content_type="application/rss+xml", headers=VALIDATORS)
    configure(project, cbp_csms={"base_url": httpserver.url_for(FEED_PATH)})
    crawl(project, "cbp_csms")
    httpserver.clear()
    conditional = {"If-None-Match": VALIDATORS["ETag"], "If-Modified-Since": VALIDATORS["Last-Modified"]}
    httpserver.expect_request(FEED_PATH, headers=conditional).respond_with_data("", status=304)
    code, report = crawl(project, "cbp_csms")
    assert (code, report["discovered"], report["fetched"]) == (0, 0, 0)


def test_csms_number_comes_from_the_bulletin_title(project, httpserver):
    feed = FEED.decode("utf-8").replace(
        "Transit Alert - Transit service may experience delays",
        "CSMS # 65830412 - GUIDANCE: Transit service may experience delays",
        1,
    )
    httpserver.expect_request(FEED_PATH).respond_with_data(feed, content_type="application/rss+xml")
    configure(project, cbp_csms={"base_url": httpserver.url_for(FEED_PATH)})
    crawl(project, "cbp_csms")
    assert documents(project, "cbp_csms")["25990672"]["identifier"] == "CSMS # 65830412"


# -- UK Trade Tariff --------------------------------------------------------------------------


def test_uk_change_list_says_what_changed_from_included(project, httpserver):
    accept = {"Accept": "application/vnd.hmrc.2.0+json"}
    httpserver.expect_request("/api/v2/news/items", headers=accept).respond_with_data(
        (REAL / "news_items_assembled_from_backend_serializer.json").read_bytes(), content_type="application/json"
    )
    httpserver.expect_request("/api/v2/commodities/7208510000/changes", headers=accept).respond_with_data(
        (REAL / "commodity_changes_assembled_from_backend_serializer.json").read_bytes(),
        content_type="application/json",
    )
    configure(project, uk_trade_tariff={"base_url": httpserver.url_for("/api/v2"), "watch_commodities": ["7208510000"]})
    assert crawl(project, "uk_trade_tariff")[0] == 0
    stored = documents(project, "uk_trade_tariff")
    changes = stored["changes:7208510000"]
    assert changes["text"].splitlines() == [
        "Changes to commodity code 7208510000",
        "20 November 2026: measure created: Third country duty (103) for ERGA OMNES (1011) on 7208510000",
    ]
    assert changes["identifier"] == "Trade Tariff changes 7208510000"
    news = stored["news:412"]
    assert (news["title"], news["identifier"], news["published_date"]) == (
        "Tariff stop press notice: ceramic tiles from India",
        "Trade Tariff news item 412",
        "2026-11-20",
    )
    assert news["text"].splitlines()[2] == "An anti-dumping duty on ceramic tiles from India is being introduced."


def test_uk_change_with_duty_and_dates(project, httpserver):
    data = json.loads((REAL / "commodity_changes_assembled_from_backend_serializer.json").read_text("utf-8"))
    measure = data["included"][0]
    measure["attributes"].update(effective_start_date="2026-12-01T00:00:00.000Z", effective_end_date="2027-11-30")
    measure["relationships"]["duty_expression"] = {
        "data": {"id": "20098001-duty_expression", "type": "duty_expression"}
    }
    data["included"].append(
        {"id": "20098001-duty_expression", "type": "duty_expression", "attributes": {"base": "25.00 %"}}
    )
    data["data"][0]["attributes"]["operation"] = "U"
    httpserver.expect_request("/api/v2/news/items").respond_with_data('{"data": []}', content_type="application/json")
    httpserver.expect_request("/api/v2/commodities/7208510000/changes").respond_with_data(
        json.dumps(data), content_type="application/json"
    )
    configure(project, uk_trade_tariff={"base_url": httpserver.url_for("/api/v2"), "watch_commodities": ["7208510000"]})
    assert crawl(project, "uk_trade_tariff")[0] == 0
    assert documents(project, "uk_trade_tariff")["changes:7208510000"]["text"].splitlines()[1] == (
        "20 November 2026: measure updated: Third country duty (103) for ERGA OMNES (1011) on 7208510000, "
        "duty 25.00 %, from 1 December 2026 to 30 November 2027"
    )


# -- Federal Register public inspection -----------------------------------------------------------

PI_TEXT = (
    "<html><head><title>2026-20439</title></head><body><pre>\n"
    "Presidential Determination No. 2026-25 of September 30, 2026\n\n"
    "Memorandum for the Secretary of State\n\n"
    "Subject: Revocation of Prior Presidential Determinations Regarding Lebanon\n\n"
    "The prior determinations are revoked effective October 5, 2026.\n</pre></body></html>"
)


def test_public_inspection_text_title_and_cache_busting(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    current = (REAL / "public_inspection_current_assembled_from_service_code.json").read_text("utf-8")
    httpserver.expect_request("/api/v1/public-inspection-documents/current.json").respond_with_data(
        current.replace("https://www.federalregister.gov", base), content_type="application/json"
    )
    httpserver.expect_request("/public-inspection/raw_text/202/620/439.txt").respond_with_data(
        PI_TEXT, content_type="text/plain"
    )
    configure(project, federal_register_public_inspection={"base_url": httpserver.url_for("/api/v1")})
    code, report = crawl(project, "federal_register_public_inspection")
    assert (code, report["new_documents"]) == (0, 1)  # the SEC filing is not a trade agency's
    [request] = [r for r, _ in httpserver.log if r.path.endswith("current.json")]
    assert request.args["cache_bust"].isdigit()
    document = documents(project, "federal_register_public_inspection")["2026-20439"]
    assert document["title"] == (
        "Lebanon; Presidential Determination on Revocation of Prior Presidential Determinations "
        "(Presidential Determination No. 2026-25 of September 30, 2026)"
    )
    assert (document["identifier"], document["published_date"]) == ("FR Doc. 2026-20439", "2026-10-05")
    assert document["text"].splitlines()[0] == "Presidential Determination No. 2026-25 of September 30, 2026"
    assert_clean(document["text"])


# -- Canada Gazette Part I: anchored notices --------------------------------------------------------

P1_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Canada Gazette, Part I</title><link>https://gazette.gc.ca/rp-pr/p1/</link>
<item><title>Canada Gazette, Part I, Volume 160, Number 47: November 21, 2026</title>
<link>BASE/rp-pr/p1/2026/2026-11-21/html/index-eng.html</link>
<guid>https://gazette.gc.ca/rp-pr/p1/2026/2026-11-21/html/index-eng.html</guid>
<pubDate>Sat, 21 Nov 2026 00:00:00 -0500</pubDate></item></channel></rss>"""
P1_INDEX = """<!DOCTYPE html><html lang="en"><head><title>Canada Gazette, Part I, Volume 160, Number 47</title></head>
<body><nav><a href="/accueil-home-eng.html">Home</a></nav><main><h1>Government notices</h1><ul>
<li><a href="notice-avis-eng.html#na1">Notice No. HA-2026-015</a></li>
<li><a href="notice-avis-eng.html#na2">Notice No. 2026-88</a></li>
<li><a href="notice-avis-eng.html#na3">Notice No. SW-2026-004</a></li>
</ul></main></body></html>"""
P1_NOTICES = """<!DOCTYPE html><html lang="en"><head><title>Government notices</title></head>
<body><nav>Canada.ca</nav><main><h1>Government notices</h1>
<h2 id="na1">CANADIAN INTERNATIONAL TRADE TRIBUNAL</h2><h3>APPEAL</h3>
<p>Notice No. HA-2026-015</p>
<p>The Tribunal will hold a hearing on the tariff classification of insulated steel containers under tariff item 7310.29.00 on January 12, 2027.</p>
<h2 id="na2">DEPARTMENT OF THE ENVIRONMENT</h2><h3>Notice with respect to reporting of wetland surveys</h3>
<p>Persons who conducted wetland surveys in 2025 must report them by March 31, 2027.</p>
<h2 id="na3">DEPARTMENT OF FINANCE</h2><h3>Notice of intent to impose a surtax on certain steel wire</h3>
<p>Goods of tariff item 7217.10.00 originating in any country would be subject to a surtax of 20% from February 1, 2027.</p>
</main><footer>Date modified: 2026-11-21</footer></body></html>"""


def test_gazette_part_one_anchors_are_separate_notices_kept_by_their_own_text(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    issue = "/rp-pr/p1/2026/2026-11-21/html/"
    httpserver.expect_request("/rss/p1-eng.xml").respond_with_data(
        P1_FEED.replace("BASE", base), content_type="application/rss+xml"
    )
    httpserver.expect_request(issue + "index-eng.html").respond_with_data(P1_INDEX, content_type="text/html")
    httpserver.expect_oneshot_request(issue + "notice-avis-eng.html").respond_with_data(
        P1_NOTICES, content_type="text/html"
    )  # one request for the three anchors
    configure(project, canada_gazette={"base_url": httpserver.url_for("/rss/"), "feeds": ["p1-eng.xml"]})
    code, report = crawl(project, "canada_gazette")
    assert (code, report["new_documents"]) == (0, 2)
    page = httpserver.url_for(issue + "notice-avis-eng.html")
    stored = documents(project, "canada_gazette")
    assert set(stored) == {f"{page}#na1", f"{page}#na3"}  # the wetland notice is not about trade
    tribunal, finance = stored[f"{page}#na1"], stored[f"{page}#na3"]
    assert tribunal["title"] == "CANADIAN INTERNATIONAL TRADE TRIBUNAL — APPEAL — Notice No. HA-2026-015"
    assert tribunal["identifier"] == "Notice No. HA-2026-015" and tribunal["published_date"] == "2026-11-21"
    assert "7310.29.00" in tribunal["text"] and "wetland" not in tribunal["text"] and "7217" not in tribunal["text"]
    assert finance["title"] == "DEPARTMENT OF FINANCE — Notice of intent to impose a surtax on certain steel wire"
    assert finance["text"].endswith("subject to a surtax of 20% from February 1, 2027.")
    assert "Date modified" not in finance["text"]


def test_gazette_part_two_regulation_number_is_its_identifier(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/rss/p2-eng.xml").respond_with_data(
        (SOURCES / "canada_gazette_p2.xml").read_text("utf-8").replace("GAZETTE_BASE", base),
        content_type="application/rss+xml",
    )
    issue = "/rp-pr/p2/2026/2026-11-18/html/"
    httpserver.expect_request(issue + "index-eng.html").respond_with_data(
        (SOURCES / "canada_gazette_index.html").read_bytes(), content_type="text/html"
    )
    httpserver.expect_request(issue + "sor-dors301-eng.html").respond_with_data(
        (SOURCES / "canada_gazette_regulation.html").read_bytes(), content_type="text/html"
    )
    configure(project, canada_gazette={"base_url": httpserver.url_for("/rss/"), "feeds": ["p2-eng.xml"]})
    assert crawl(project, "canada_gazette")[0] == 0
    [regulation] = documents(project, "canada_gazette").values()
    assert (regulation["identifier"], regulation["title"]) == (
        "SOR/2026-301",
        "SOR/2026-301 United States Surtax Order (Steel Products 2026)",
    )
