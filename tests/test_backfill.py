"""`tariffwatch backfill` against loopback servers answering like the Federal Register API and the
CELLAR SPARQL endpoint (real envelopes and record keys from tests/fixtures/backfill): month by
month, the FR's 50-page cap split, killed with SIGKILL mid-way and resumed with nothing lost,
duplicated or fetched twice; backfilled documents never appear as today's news."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from werkzeug import Response

from tests.conftest import FIXTURES
from tests.corpus import eu_regulation, us_notice
from tests.killing import count_rows, run_and_kill

SHAPES = FIXTURES / "backfill"
MONTHS = [(date(2026, 1, 1), date(2026, 1, 31)), (date(2026, 2, 1), date(2026, 2, 28))]
MONTHS += [(date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 4, 1), date(2026, 4, 30))]


class FederalRegisterHistory:
    """documents.json as the real API serves it: filtered by publication date, oldest first,
    `per_page` a page, a page past 50 reset to page 1 and `total_pages` capped at 50."""

    def __init__(self, httpserver, per_month: list[int]):
        self.base = httpserver.url_for("").rstrip("/")
        # Texts from another host name, as GovInfo is another host: the API's rate limit spaces its pages only.
        self.text_base = self.base.replace("localhost", "127.0.0.1")
        self.envelope = json.loads((SHAPES / "documents_page_uscis_trimmed_real.json").read_text("utf-8"))
        self.record = json.loads((SHAPES / "document_2025-05887_real.json").read_text("utf-8"))
        self.documents = [
            self._document(month, i, count) for month, count in enumerate(per_month) for i in range(count)
        ]
        self.requests: list[dict] = []
        httpserver.expect_request("/api/v1/documents.json").respond_with_handler(self.page)
        for document in self.documents:
            httpserver.expect_request(self.text_path(document)).respond_with_handler(self.text)

    def _document(self, month: int, i: int, count: int) -> dict:
        start, end = MONTHS[month]
        day = start + timedelta(days=i * ((end - start).days + 1) // count)
        number = f"2026-{month + 1:02d}{i:03d}"
        title, _ = us_notice(month * 100 + i, 1)
        return {**self.record, "document_number": number, "title": title, "publication_date": day.isoformat()}

    def text_path(self, document: dict) -> str:
        day = document["publication_date"].replace("-", "/")
        return f"/documents/full_text/text/{day}/{document['document_number']}.txt"

    def page(self, request):
        self.requests.append(request.args.to_dict(flat=False))
        start = request.args["conditions[publication_date][gte]"]
        end = request.args["conditions[publication_date][lte]"]
        per_page = int(request.args["per_page"])
        page = int(request.args.get("page", "1"))
        page = page if 1 <= page <= 50 else 1  # what the real API does past page 50
        inside = [d for d in self.documents if start <= d["publication_date"] <= end]
        fields = request.args.getlist("fields[]")
        results = [self._fields(d, fields) for d in inside[(page - 1) * per_page : page * per_page]]
        body = {**self.envelope, "count": len(inside), "total_pages": min(50, -(-len(inside) // per_page))}
        body["results"] = results
        return Response(json.dumps(body), content_type="application/json; charset=utf-8")

    def _fields(self, document: dict, fields: list[str]) -> dict:
        urls = {
            "raw_text_url": self.text_base + self.text_path(document),
            "body_html_url": None,
            "full_text_xml_url": None,
            "html_url": f"https://www.federalregister.gov/d/{document['document_number']}",
        }
        return {name: urls.get(name, document.get(name)) for name in fields}

    def text(self, request):
        number = request.path.rsplit("/", 1)[1].removesuffix(".txt")
        document = next(d for d in self.documents if d["document_number"] == number)
        month = int(number[5:7]) - 1
        _, text = us_notice(month * 100 + int(number[7:]), 1)
        body = f"<html><head><title>{document['title']}</title></head><body><pre>{text}</pre></body></html>"
        return Response(body, content_type="text/plain")  # GovInfo's HTML in a .txt, as nginx serves it

    def windows_asked(self, requests: list[dict]) -> set[tuple[str, str]]:
        return {
            (r["conditions[publication_date][gte]"][0], r["conditions[publication_date][lte]"][0]) for r in requests
        }


class CellarHistory:
    """The SPARQL endpoint: acts published in the FILTER's dates, LIMIT/OFFSET pages, in the
    Virtuoso JSON envelope; each trade act's text at its EUR-Lex and CELLAR addresses."""

    def __init__(self, httpserver, per_month: int):
        self.envelope = json.loads((SHAPES / "sparql_results_assembled_virtuoso_format.json").read_text("utf-8"))
        self.acts = []
        for month, (start, _) in enumerate(MONTHS):
            for i in range(per_month):
                number = 300 + month * 10 + i
                trade = i == 0  # one anti-dumping regulation a month; the rest are metadata only
                title = eu_regulation(number, 1)[0] if trade else f"Commission Decision (EU) 2026/{number} on staff"
                celex = f"32026{'R' if trade else 'D'}0{number}"
                self.acts.append({"celex": celex, "date": (start + timedelta(days=3 * i)).isoformat(), "title": title})
        self.queries: list[str] = []
        httpserver.expect_request("/sparql").respond_with_handler(self.sparql)
        for act in self.acts:
            if act["celex"][5] == "R":
                # The act at the EUR-Lex and the CELLAR address: the test pins what is stored, not the route.
                httpserver.expect_request(
                    "/legal-content/EN/TXT/HTML/", query_string=f"uri=CELEX:{act['celex']}"
                ).respond_with_handler(self.act)
                httpserver.expect_request(f"/celex/{act['celex']}").respond_with_handler(self.act)

    def sparql(self, request):
        query = request.args["query"]
        self.queries.append(query)
        start, end = re.search(r'\?date >= "([\d-]+)"\^\^xsd:date && \?date <= "([\d-]+)"', query).groups()
        limit, offset = (int(n) for n in re.search(r"LIMIT (\d+) OFFSET (\d+)", query).groups())
        inside = [a for a in self.acts if start <= a["date"] <= end][offset : offset + limit]
        bindings = [
            {
                "celex": {
                    "type": "literal",
                    "datatype": "http://www.w3.org/2001/XMLSchema#string",
                    "value": a["celex"],
                },
                "date": {"type": "literal", "datatype": "http://www.w3.org/2001/XMLSchema#date", "value": a["date"]},
                "title": {"type": "literal", "xml:lang": "en", "value": a["title"]},
            }
            for a in inside
        ]
        body = {**self.envelope, "results": {**self.envelope["results"], "bindings": bindings}}
        return Response(json.dumps(body), content_type="application/sparql-results+json")

    def act(self, request):
        celex = request.args.get("uri", "").removeprefix("CELEX:") or request.path.rsplit("/", 1)[1]
        title, text = eu_regulation(int(celex[6:]), 1)
        paragraphs = "".join(f'<p class="oj-normal">{line}</p>' for line in text.splitlines() if line.strip())
        body = (
            f'<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
            f'<title>{celex}</title></head><body><div class="eli-container">{paragraphs}</div></body></html>'
        )
        return Response(body, content_type="application/xhtml+xml; charset=utf-8")


def configure(project, httpserver):
    data = project.config_data(fr_base_url=httpserver.url_for("/api/v1"))
    data["sources"]["federal_register"]["per_page"] = 1  # 50 pages reach 50 documents: February must be split
    data["sources"]["eur_lex"] = {
        "base_url": httpserver.url_for("/"),
        "sparql_url": httpserver.url_for("/sparql"),
        "limit": 3,
        "requests_per_second": 10,
    }
    project.write_config(data)


def text_requests(httpserver) -> list[str]:
    return [
        r.full_path
        for r, _ in httpserver.log
        if "/full_text/" in r.path or "CELEX" in r.full_path or "/celex/" in r.path
    ]


def test_killed_backfill_resumes_without_loss_duplicates_or_refetching(project, httpserver):
    fr = FederalRegisterHistory(httpserver, per_month=[3, 52, 3, 2])
    cellar = CellarHistory(httpserver, per_month=5)
    configure(project, httpserver)
    database = project.root / "tariffwatch.db"
    args = ["backfill", "federal_register", "eur_lex", "--from", "2026-01-01", "--to", "2026-04-30", "--workers", "1"]

    killed = run_and_kill(
        args, project.config_path, lambda: count_rows(database, "select count(*) from backfill_windows") >= 2
    )
    assert killed
    asked_before_kill = len(fr.requests)
    windows_before = {
        tuple(row) for row in project.store().db.execute("select window_start, window_end from backfill_windows")
    }
    assert {("2026-01-01", "2026-01-31"), ("2026-02-01", "2026-02-28")} <= windows_before
    assert len(windows_before) < 8
    # a text fetched when the kill came but not yet stored is fetched again; a stored document's text never is
    stored_before = {row["external_id"] for row in project.store().db["documents"].rows}
    in_flight = {path for path in text_requests(httpserver) if not any(i in path for i in stored_before)}

    result = project.run(*args)
    assert result.exit_code == 0, result.output
    store = project.store()
    stored = {row["external_id"]: row for row in store.db["documents"].rows}
    assert set(stored) == {d["document_number"] for d in fr.documents} | {a["celex"] for a in cellar.acts}
    assert store.db["document_versions"].count == 60 + 20
    texts = text_requests(httpserver)
    assert {path for path in texts if texts.count(path) > 1} == in_flight  # each stored text fetched once
    assert len(texts) == 60 + 4 + len(in_flight)
    resumed = fr.windows_asked(fr.requests[asked_before_kill:])
    assert all(start >= "2026-03-01" for start, _ in resumed)  # finished windows were not asked again
    # February (52 documents, 50 reachable) was asked whole, then in halves that fit.
    assert {
        ("2026-02-01", "2026-02-28"),
        ("2026-02-01", "2026-02-14"),
        ("2026-02-15", "2026-02-28"),
    } <= fr.windows_asked(fr.requests)
    assert {tuple(row) for row in store.db.execute("select window_start, window_end from backfill_windows")} == {
        (start.isoformat(), end.isoformat()) for start, end in MONTHS
    }
    assert store.db.execute("select count(*) from backfill_windows").fetchone()[0] == 8
    assert {row["backfilled"] for row in stored.values()} == {1}
    assert store.db.execute("select count(*), sum(backfilled) from changes").fetchone() == (80, 80)
    assert store.get_state("federal_register", "next_publication_date") is None  # the daily crawl's marker is untouched
    assert "32026R0300" in stored and "anti-dumping" in stored["32026R0300"]["text"]
    assert stored["32026D0301"]["text"] == "Commission Decision (EU) 2026/301 on staff"


def test_backfilled_documents_are_never_todays_news(project, httpserver):
    FederalRegisterHistory(httpserver, per_month=[2, 0, 0, 0])
    configure(project, httpserver)
    result = project.run("backfill", "federal_register", "--from", "2026-01-01", "--to", "2026-01-31", "--json")
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout)
    assert first["documents_extracted"] == 2
    assert {k: first["sources"][0][k] for k in ("status", "windows", "windows_done_before", "windows_left")} == {
        "status": "ok",
        "windows": 1,
        "windows_done_before": 0,
        "windows_left": 0,
    }
    assert project.count("changes") == 2
    digest = project.run("digest", "--format", "json", "--date", date.today().isoformat())
    assert digest.exit_code == 0, digest.output
    path = digest.stdout.strip().splitlines()[-1]
    assert json.loads(open(path, encoding="utf-8").read())["changes"] == []
    second = project.run("backfill", "federal_register", "--from", "2026-01-01", "--to", "2026-01-31", "--json")
    report = json.loads(second.stdout)
    assert report["sources"][0] | {"problems": []} == {
        "source": "federal_register",
        "status": "ok",
        "windows": 1,
        "windows_done_before": 1,
        "windows_left": 0,
        "discovered": 0,
        "new_documents": 0,
        "unchanged": 0,
        "failed_items": 0,
        "error": None,
        "problems": [],
    }


def test_a_source_without_history_says_so_in_one_line(project):
    result = project.run("backfill", "inbox", "--from", "2026-01-01", "--no-extract")
    assert result.exit_code == 0, result.output
    line = [row for row in result.stdout.splitlines() if row.startswith("inbox")]
    assert len(line) == 1
    assert "no_history" in line[0]
    assert line[0].endswith("inbox: no history to backfill (the source offers only its current items)")


def test_bad_dates_and_unknown_sources_are_one_line_usage_errors(project):
    after = project.run("backfill", "federal_register", "--from", "2026-05-01", "--to", "2026-04-01")
    assert after.exit_code == 2 and "2026-05-01 is after --to 2026-04-01" in after.stderr
    unknown = project.run("backfill", "federal_registry", "--from", "2026-01-01")
    assert unknown.exit_code == 2 and "unknown source 'federal_registry'" in unknown.stderr
