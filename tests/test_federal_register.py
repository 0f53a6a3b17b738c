"""The Federal Register source against a real HTTP server on loopback serving the API's format."""

import json
from datetime import date, timedelta

from werkzeug import Response

from tests.conftest import FIXTURES, fixture_json, serve_federal_register


def api_url(httpserver) -> str:
    return httpserver.url_for("/api/v1")


def test_pages_through_results_and_stores_full_text(project, httpserver):
    requests = serve_federal_register(httpserver)
    project.write_config(fr_base_url=api_url(httpserver))
    result = project.run("crawl", "federal_register")
    assert result.exit_code == 0, result.output + result.stderr
    assert [r["page"] for r in requests] == [["1"], ["2"]]
    first = requests[0]
    assert first["conditions[agencies][]"] == ["international-trade-administration"]
    assert first["conditions[type][]"] == ["NOTICE"]
    assert first["conditions[publication_date][gte]"] == [(date.today() - timedelta(days=7)).isoformat()]
    assert "raw_text_url" in first["fields[]"] and first["per_page"] == ["2"]
    store = project.store()
    rows = {row["external_id"]: row for row in store.db["documents"].rows}
    assert set(rows) == {"2026-21001", "2026-21044", "2026-21102"}
    assert "7208.51.0030" in rows["2026-21001"]["text"]
    assert rows["2026-21001"]["published_date"] == "2026-11-18"
    assert rows["2026-21001"]["jurisdiction"] == "US"
    assert "<pre>" not in rows["2026-21001"]["text"]


def test_second_run_fetches_no_document_again(project, httpserver):
    serve_federal_register(httpserver)
    project.write_config(fr_base_url=api_url(httpserver))
    project.run("crawl", "federal_register")

    def text_requests():
        return [r for r, _ in httpserver.log if "/full_text/" in r.path]

    before = len(text_requests())
    result = project.run("crawl", "federal_register", "--json")
    assert json.loads(result.stdout)[0]["unchanged"] == 3
    assert len(text_requests()) == before
    assert project.count("documents") == 3 and project.count("document_versions") == 3


def test_result_cap_splits_the_date_window_instead_of_losing_documents(project, httpserver):
    """A window whose count exceeds the cap is halved until each half fits."""
    raw_base = httpserver.url_for("").rstrip("/")
    page_one = json.loads(fixture_json("documents_page_1.json", raw_base))
    page_two = json.loads(fixture_json("documents_page_2.json", raw_base))
    everything = page_one["results"] + page_two["results"]
    windows = []

    def documents(request):
        start = request.args["conditions[publication_date][gte]"]
        end = request.args["conditions[publication_date][lte]"]
        windows.append((start, end))
        inside = [d for d in everything if start <= d["publication_date"] <= end]
        count = (
            15000
            if (start, end) == (min(w[0] for w in windows), max(w[1] for w in windows)) and len(windows) == 1
            else len(inside)
        )
        body = {"count": count, "total_pages": 1, "results": inside if count <= 10000 else inside[:2]}
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/api/v1/documents.json").respond_with_handler(documents)
    serve_text_pages(httpserver)
    data = project.config_data(fr_base_url=api_url(httpserver))
    data["sources"]["federal_register"]["per_page"] = 100
    # The first window reaches back to the fixtures' first publication day, whatever day it is now.
    first_day = min(date.fromisoformat(d["publication_date"]) for d in everything)
    data["sources"]["federal_register"]["lookback_days"] = (date.today() - first_day).days
    project.write_config(data)
    result = project.run("crawl", "federal_register")
    assert result.exit_code == 0, result.output + result.stderr
    assert len(windows) == 3  # the whole window, then its two halves
    assert windows[1][1] < windows[2][0]
    assert project.count("documents") == 3


def serve_text_pages(httpserver):
    for path in (FIXTURES / "federal_register").glob("*.txt.html"):
        number = path.name.split(".")[0]
        httpserver.expect_request(
            f"/documents/full_text/text/2026/11/{ {'2026-21001': '18', '2026-21044': '19', '2026-21102': '20'}[number] }/{number}.txt"
        ).respond_with_data(path.read_text("utf-8"), content_type="text/html")


def test_429_with_retry_after_is_retried(project, httpserver):
    raw_base = httpserver.url_for("").rstrip("/")
    calls = []

    def documents(request):
        calls.append(request.args.get("page"))
        if len(calls) == 1:
            return Response("Too Many Requests", status=429, headers={"Retry-After": "1"})
        page = int(request.args.get("page", "1"))
        name = ["documents_page_1.json", "documents_page_2.json"][page - 1]
        return Response(fixture_json(name, raw_base), content_type="application/json")

    httpserver.expect_request("/api/v1/documents.json").respond_with_handler(documents)
    serve_text_pages(httpserver)
    project.write_config(fr_base_url=api_url(httpserver))
    result = project.run("crawl", "federal_register")
    assert result.exit_code == 0, result.stderr
    assert calls[:2] == ["1", "1"]
    assert project.count("documents") == 3


def test_html_error_page_fails_the_source_with_one_line_and_keeps_the_store(project, httpserver):
    serve_federal_register(httpserver)
    project.write_config(fr_base_url=api_url(httpserver))
    project.run("crawl", "federal_register")
    httpserver.clear()
    httpserver.expect_request("/api/v1/documents.json").respond_with_data(
        (FIXTURES / "federal_register" / "error_page.html").read_text("utf-8"), content_type="text/html"
    )
    result = project.run("crawl", "federal_register", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)[0]
    assert report["status"] == "failed"
    assert "expected JSON, got text/html" in report["error"] and "/documents.json" in report["error"]
    assert "\n" not in report["error"]
    assert project.count("documents") == 3


def test_truncated_json_is_reported(project, httpserver):
    body = fixture_json("documents_page_1.json", "http://x")
    httpserver.expect_request("/api/v1/documents.json").respond_with_data(
        body[: len(body) // 2], content_type="application/json"
    )
    project.write_config(fr_base_url=api_url(httpserver))
    result = project.run("crawl", "federal_register", "--json")
    assert result.exit_code == 1
    assert "truncated or invalid JSON" in json.loads(result.stdout)[0]["error"]


def test_failed_document_is_retried_next_run_and_the_window_resumes_there(project, httpserver):
    serve_federal_register(httpserver)
    httpserver.clear_all_handlers()
    raw_base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/api/v1/documents.json").respond_with_handler(
        lambda r: Response(
            fixture_json(["documents_page_1.json", "documents_page_2.json"][int(r.args.get("page", 1)) - 1], raw_base),
            content_type="application/json",
        )
    )
    # only two of the three text pages exist: the third document fails with a 404
    for number, day in (("2026-21001", "18"), ("2026-21102", "20")):
        httpserver.expect_request(f"/documents/full_text/text/2026/11/{day}/{number}.txt").respond_with_data(
            (FIXTURES / "federal_register" / f"{number}.txt.html").read_text("utf-8"), content_type="text/html"
        )
    missing = "/documents/full_text/text/2026/11/19/2026-21044.txt"
    httpserver.expect_oneshot_request(missing).respond_with_data("Not Found", status=404)
    project.write_config(fr_base_url=api_url(httpserver))
    result = project.run("crawl", "federal_register")
    assert result.exit_code == 1 and "2026-21044.txt: HTTP 404" in result.stderr
    assert project.count("documents") == 2
    assert project.store().get_state("federal_register", "next_publication_date") == "2026-11-19"
    httpserver.expect_request(missing).respond_with_data(
        (FIXTURES / "federal_register" / "2026-21044.txt.html").read_text("utf-8"), content_type="text/html"
    )
    assert project.run("crawl", "federal_register").exit_code == 0
    assert project.count("documents") == 3
    assert project.store().get_state("federal_register", "next_publication_date") == date.today().isoformat()
