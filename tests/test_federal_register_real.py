"""The Federal Register source on recorded real responses (tests/fixtures/conformance, see its README):
discovery, fetch, storage and extraction, asserting the stored title, identifier, dates and clean text."""

import copy
import json
from datetime import date, timedelta

from werkzeug import Response

from crawler.base import CrawlContext
from crawler.http import HttpClient
from crawler.registry import source_settings
from crawler.sources.federal_register import FederalRegister
from tariffwatch.config import load_config
from tests.conftest import FIXTURES

REAL = FIXTURES / "conformance"
RECORD = json.loads((REAL / "document_2025-05887_real.json").read_text("utf-8"))
ENVELOPE = json.loads((REAL / "documents_page_uscis_trimmed_real.json").read_text("utf-8"))


def page(results: list[dict], count: int | None = None, total_pages: int = 1) -> str:
    """A documents.json page in the real envelope (description, count, total_pages, next_page_url)."""
    body = {**ENVELOPE, "count": len(results) if count is None else count, "total_pages": total_pages}
    body["results"] = results
    return json.dumps(body)


def glycine_record(base: str) -> dict:
    """The real record's shape (every key of 2025-05887) with the values of FR Doc. 2016-08229,
    whose GPO XML is the verbatim notice cut from the 2016-04-15 daily issue."""
    record = copy.deepcopy(RECORD)
    record.update(
        document_number="2016-08229",
        title="Glycine From the People's Republic of China: Preliminary Results of Antidumping Duty Administrative Review; 2014-2015",
        citation="81 FR 22212",
        publication_date="2016-04-15",
        effective_on="2016-04-15",
        full_text_xml_url=f"{base}/documents/full_text/xml/2016/04/15/2016-08229.xml",
        body_html_url=f"{base}/documents/full_text/html/2016/04/15/2016-08229.html",
        raw_text_url=f"{base}/documents/full_text/text/2016/04/15/2016-08229.txt",
        html_url="https://www.federalregister.gov/documents/2016/04/15/2016-08229/glycine-from-the-peoples-republic-of-china",
    )
    return record


def configure(project, httpserver, **settings):
    data = project.config_data(fr_base_url=httpserver.url_for("/api/v1"))
    data["sources"]["federal_register"].update(settings)
    data["sources"]["inbox"]["enabled"] = False
    project.write_config(data)


def stored(project, number):
    store = project.store()
    try:
        document = store.document_by_external_id("federal_register", number)
        change = store.db.execute("select id from changes where document_id = ?", [document["id"]]).fetchone()
        dates = list(store.db.query("select * from change_dates where change_id = ? order by id", [change[0]]))
        return document, dates
    finally:
        store.close()


def test_full_text_xml_is_stored_with_its_structure_and_api_dates_join_the_text_dates(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/api/v1/documents.json").respond_with_data(
        page([glycine_record(base)]), content_type="application/json; charset=utf-8"
    )
    httpserver.expect_request("/documents/full_text/xml/2016/04/15/2016-08229.xml").respond_with_data(
        (REAL / "gpo_notice_2016-08229.xml").read_bytes(), content_type="application/xml"
    )
    configure(project, httpserver)
    assert project.run("crawl", "federal_register").exit_code == 0
    assert project.run("extract").exit_code == 0
    document, dates = stored(project, "2016-08229")
    assert document["title"].startswith("Glycine From the People's Republic of China: Preliminary Results")
    assert (document["identifier"], document["citation"]) == ("FR Doc. 2016-08229", "81 FR 22212")
    assert document["published_date"] == "2016-04-15"
    text = document["text"]
    lines = text.splitlines()
    assert lines[:3] == ["DEPARTMENT OF COMMERCE", "International Trade Administration", "[A-570-836]"]
    assert "DATES: Effective Date: April 15, 2016." in lines
    assert "subheading 2922.49.4020. The HTSUS subheading" in text  # footnote anchors do not glue onto codes
    assert "FR Doc." not in text and "BILLING CODE" not in text and "<" not in text and "&" not in text
    assert "\x00" not in text
    # effective_on is the date the DATES block states: one fact with both evidences
    [in_force] = [d for d in dates if d["type"] == "entry_into_force"]
    assert (in_force["date"], in_force["text"], in_force["field"]) == (
        "2016-04-15",
        "April 15, 2016",
        "API field effective_on",
    )
    assert in_force["conflict"] is None and in_force["start"] == text.index("April 15, 2016.")
    [published] = [d for d in dates if d["type"] == "publication"]
    assert (published["date"], published["field"], published["start"]) == (
        "2016-04-15",
        "API field publication_date",
        None,
    )


def test_table_rows_keep_their_cells_apart(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    record = glycine_record(base)
    record.update(
        document_number="2016-08846",
        title="Importer of Controlled Substances Registration: Mylan Technologies, Inc.",
        effective_on=None,
        full_text_xml_url=f"{base}/documents/full_text/xml/2016/04/15/2016-08846.xml",
    )
    httpserver.expect_request("/api/v1/documents.json").respond_with_data(
        page([record]), content_type="application/json"
    )
    httpserver.expect_request("/documents/full_text/xml/2016/04/15/2016-08846.xml").respond_with_data(
        (REAL / "gpo_notice_2016-08846.xml").read_bytes(), content_type="application/xml"
    )
    configure(project, httpserver)
    assert project.run("crawl", "federal_register").exit_code == 0
    text = project.store().document_by_external_id("federal_register", "2016-08846")["text"]
    table = text.splitlines()[text.splitlines().index("Controlled substance | Schedule") :][:3]
    assert table == ["Controlled substance | Schedule", "Methylphenidate (1724) | II", "Fentanyl (9801) | II"]


def test_a_metadata_date_the_text_contradicts_is_kept_and_flagged(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    record = glycine_record(base)
    record.update(
        document_number="2016-08632",
        title="Request for Public Comment on a Commercial Availability Request Under the U.S.-Morocco Free Trade Agreement",
        effective_on=None,
        comments_close_on="2016-05-23",  # the API says a week later than the DATES block
        full_text_xml_url=f"{base}/documents/full_text/xml/2016/04/15/2016-08632.xml",
    )
    httpserver.expect_request("/api/v1/documents.json").respond_with_data(
        page([record]), content_type="application/json"
    )
    httpserver.expect_request("/documents/full_text/xml/2016/04/15/2016-08632.xml").respond_with_data(
        (REAL / "gpo_notice_2016-08632.xml").read_bytes(), content_type="application/xml"
    )
    configure(project, httpserver)
    project.run("crawl", "federal_register")
    assert project.run("extract").exit_code == 0
    _, dates = stored(project, "2016-08632")
    deadlines = {(d["date"], d["field"], d["conflict"]) for d in dates if d["type"] == "comment_deadline"}
    assert deadlines == {
        ("2016-05-16", None, "API field comments_close_on says 2016-05-23"),
        ("2016-05-23", "API field comments_close_on", "the text says 2016-05-16"),
    }


RAW_TEXT = (
    "<html>\n<head>\n<title>Federal Register :: 2,4-Dichlorophenoxyacetic Acid From the People&#39;s Republic of China</title>\n"
    "</head>\n<body>\n<pre>\n[Federal Register Volume 90, Number 65 (Monday, April 7, 2025)]\n[Notices]\n"
    "[Pages 14957-14959]\nFrom the Federal Register Online via the Government Publishing Office "
    '[<a href="https://www.gpo.gov">www.gpo.gov</a>]\n[FR Doc No: 2025-05887]\n\x00\x00\x00\n'
    "-----------------------------------------------------------------------\n\n"
    "DEPARTMENT OF COMMERCE\n\nInternational Trade Administration\n\n[C-570-161]\n\n"
    "2,4-Dichlorophenoxyacetic Acid From the People&#39;s Republic of China: Final\n"
    "Affirmative Countervailing Duty Determination\n\n"
    "AGENCY: Enforcement and Compliance, International Trade Administration,\nCommerce.\n\n"
    "DATES: Applicable April 7, 2025.\n\n"
    "The merchandise is classified under subheading 2918.99.5090 of the\n"
    "Harmonized Tariff Schedule (&#8220;HTSUS&#8221;), as cited in 5 U.S.C. chapter 63\n"
    'of the <a href="https://www.govinfo.gov/link/uscode/5/63">statute</a> &amp; regulations.\n'
    "</pre>\n</body>\n</html>\n"
)


def test_raw_text_served_as_text_plain_is_read_as_html_when_no_xml_or_html_answers(project, httpserver):
    """The HTML-in-.txt case: markup, entities and the NUL banner never reach the store."""
    base = httpserver.url_for("").rstrip("/")
    record = copy.deepcopy(RECORD)
    for key in ("full_text_xml_url", "body_html_url", "raw_text_url"):
        record[key] = record[key].replace("https://www.federalregister.gov", base)
    httpserver.expect_request("/api/v1/documents.json").respond_with_data(
        page([record]), content_type="application/json"
    )
    httpserver.expect_request("/documents/full_text/xml/2025/04/07/2025-05887.xml").respond_with_data("", status=404)
    httpserver.expect_request("/documents/full_text/html/2025/04/07/2025-05887.html").respond_with_data("", status=404)
    httpserver.expect_request("/documents/full_text/text/2025/04/07/2025-05887.txt").respond_with_data(
        RAW_TEXT.encode("utf-8"), content_type="text/plain"
    )
    configure(project, httpserver)
    result = project.run("crawl", "federal_register", "--json")
    report = json.loads(result.stdout)[0]
    assert (result.exit_code, report["new_documents"]) == (0, 1)
    [warning] = report["problems"]
    assert warning.startswith("federal_register: 2025-05887: full_text_xml_url ") and warning.endswith(
        "text from raw_text_url"
    )
    assert project.run("extract").exit_code == 0
    document, dates = stored(project, "2025-05887")
    assert document["title"] == RECORD["title"]
    assert (document["identifier"], document["citation"], document["published_date"]) == (
        "FR Doc. 2025-05887",
        "90 FR 14957",
        "2025-04-07",
    )
    text = document["text"]
    assert "\x00" not in text and "<" not in text and "&#" not in text and "&amp;" not in text
    assert "Harmonized Tariff Schedule (“HTSUS”), as cited in 5 U.S.C. chapter 63" in text
    assert "of the statute & regulations." in text
    store = project.store()
    assert store.db.execute(
        "select length(text) = ? from documents where id = ?", [len(text), document["id"]]
    ).fetchone()[0]
    assert {(d["type"], d["date"], d["field"]) for d in dates if d["field"]} == {
        ("publication", "2025-04-07", "API field publication_date")
    }


def test_unknown_charset_on_one_document_does_not_stop_the_source(project, httpserver):
    base = httpserver.url_for("").rstrip("/")
    good = glycine_record(base)
    odd = copy.deepcopy(good)
    odd.update(document_number="2016-08999", full_text_xml_url=None, body_html_url=None)
    odd["raw_text_url"] = f"{base}/documents/full_text/text/2016/04/15/2016-08999.txt"
    httpserver.expect_request("/api/v1/documents.json").respond_with_data(
        page([odd, good]), content_type="application/json"
    )
    httpserver.expect_request("/documents/full_text/text/2016/04/15/2016-08999.txt").respond_with_data(
        b"Duty on heading 2922 applies from May 2, 2016.", content_type="text/plain; charset=x-bogus"
    )
    httpserver.expect_request("/documents/full_text/xml/2016/04/15/2016-08229.xml").respond_with_data(
        (REAL / "gpo_notice_2016-08229.xml").read_bytes(), content_type="application/xml"
    )
    configure(project, httpserver)
    result = project.run("crawl", "federal_register", "--json")
    assert (result.exit_code, json.loads(result.stdout)[0]["new_documents"]) == (0, 2)
    text = project.store().document_by_external_id("federal_register", "2016-08999")["text"]
    assert text == "Duty on heading 2922 applies from May 2, 2016."


def serve_capped_api(httpserver, per_day: dict[str, int]):
    """documents.json as the real API answers past its cap: total_pages at most 50, a page past
    50 answered as page 1. Returns the (start, end, page) of every request."""
    every = {day: [f"{day}-{n:04d}" for n in range(count)] for day, count in per_day.items()}
    # Texts from another host name (the real texts come from govinfo.gov), so the API's rate limit
    # spaces the 50 pages only: the test takes 5 s, not 10.
    text_base = httpserver.url_for("/text").replace("localhost", "127.0.0.1")
    requests = []

    def documents(request):
        start = request.args["conditions[publication_date][gte]"]
        end = request.args["conditions[publication_date][lte]"]
        per_page, number = int(request.args["per_page"]), int(request.args["page"])
        requests.append((start, end, number))
        inside = [(day, n) for day, numbers in sorted(every.items()) if start <= day <= end for n in numbers]
        number = number if 1 <= number <= 50 else 1
        chunk = inside[(number - 1) * per_page : number * per_page]
        results = [
            {
                "document_number": n,
                "title": f"Notice {n}",
                "publication_date": day,
                "raw_text_url": f"{text_base}/{n}.txt",
            }
            for day, n in chunk
        ]
        total = min(50, -(-len(inside) // per_page))
        return Response(page(results, count=len(inside), total_pages=total), content_type="application/json")

    httpserver.expect_request("/api/v1/documents.json").respond_with_handler(documents)
    return requests


def test_a_window_past_fifty_pages_is_split_and_every_document_is_reached(project, httpserver, tmp_path):
    today = date.today()
    days = [(today - timedelta(days=n)).isoformat() for n in range(7, -1, -1)]  # the 8-day first window
    requests = serve_capped_api(httpserver, dict.fromkeys(days, 750))  # 6000 documents, 50 pages of 100 reach 5000
    configure(project, httpserver, per_page=100)
    config = load_config(project.config_path)
    settings = source_settings(config)["federal_register"]
    http = HttpClient(config.http)
    store = project.store()
    try:
        context = CrawlContext(name="federal_register", settings=settings, http=http, store=store)
        numbers = [listing.external_id for listing in FederalRegister(context).discover()]
    finally:
        http.close()
        store.close()
    assert len(numbers) == len(set(numbers)) == 6000
    windows = sorted({(start, end) for start, end, _ in requests})
    assert windows == [(days[0], days[3]), (days[0], days[7]), (days[4], days[7])]
    assert [(s, e, n) for s, e, n in requests if (s, e) == (days[0], days[7])] == [(days[0], days[7], 1)]
    assert max(n for _, _, n in requests) == 30 and not context.problems


def test_one_day_past_the_cap_is_a_warning_and_the_run_is_partial(project, httpserver):
    today = date.today().isoformat()
    serve_capped_api(httpserver, {today: 53})
    for n in range(50):
        httpserver.expect_request(f"/text/{today}-{n:04d}.txt").respond_with_data(
            "Tariff notice.", content_type="text/plain"
        )
    configure(project, httpserver, per_page=1, lookback_days=0)
    result = project.run("crawl", "federal_register", "--json")
    report = json.loads(result.stdout)[0]
    assert (result.exit_code, report["status"]) == (1, "partial")
    assert report["problems"] == [
        f"federal_register: query 'trade agencies': 53 documents published on {today} exceed the 50 that "
        "50 pages of 1 reach; 3 not read (raise per_page, at most 2000)"
    ]
