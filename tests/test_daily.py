"""The daily job end to end: idempotent re-runs, crash and resume, offline behaviour."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from werkzeug import Response

from tests.conftest import FIXTURES, fixture_json, serve_federal_register

TABLES = ["documents", "document_versions", "changes", "change_codes", "change_dates"]


def counts(project) -> dict:
    return {table: project.count(table) for table in TABLES}


def test_daily_twice_stores_the_same_rows(project, httpserver):
    serve_federal_register(httpserver)
    project.write_config(fr_base_url=httpserver.url_for("/api/v1"))
    shutil.copy(FIXTURES / "inbox" / "uk_stop_press.txt", project.inbox)
    first = project.run("daily")
    assert first.exit_code == 0, first.stderr
    after_first = counts(project)
    assert after_first["documents"] == 4 and after_first["changes"] == 4
    second = project.run("daily")
    assert second.exit_code == 0
    assert counts(project) == after_first
    digest = next((project.root / "digests").glob("digest-*.html")).read_text("utf-8")
    assert "Certain Hot-Rolled Steel Flat Products From Brazil" in digest


def test_extraction_keeps_evidence(project, httpserver):
    serve_federal_register(httpserver)
    project.write_config(fr_base_url=httpserver.url_for("/api/v1"))
    project.run("daily")
    store = project.store()
    code = next(
        store.db.query(
            "select c.*, d.text as doc from change_codes c join changes ch on ch.id = c.change_id "
            "join documents d on d.id = ch.document_id where c.code = '7208510030'"
        )
    )
    assert code["doc"][code["start"] : code["end"]] == "7208.51.0030"
    assert "7208.51.0030" in code["sentence"] and code["level"] == "national10"
    dates = {(row["type"], row["date"]) for row in store.db["change_dates"].rows}
    assert ("entry_into_force", "2026-12-01") in dates
    assert ("comment_deadline", "2026-12-04") in dates


def test_offline_daily_reports_each_source_and_still_digests(project):
    shutil.copy(FIXTURES / "inbox" / "uk_stop_press.txt", project.inbox)
    result = project.run("daily", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)  # one JSON document, nothing else on stdout
    status = {row["source"]: row for row in report["sources"]}
    assert status["federal_register"]["status"] == "failed"
    assert "connection failed" in status["federal_register"]["error"]
    assert status["inbox"]["status"] == "ok"
    assert report["documents_extracted"] == 1
    assert report["digest"].endswith(".html")
    store = project.store()
    run = list(store.db["runs"].rows)[-1]
    assert run["status"] == "completed_with_failures" and run["changes_extracted"] == 1
    assert {r["source"]: r["status"] for r in store.run_sources(run["id"])} == {
        "federal_register": "failed",
        "inbox": "ok",
    }


@pytest.mark.separate_process
def test_killed_crawl_resumes_without_loss_or_duplicates(project, httpserver):
    """Kill -9 the CLI while it waits on the third document, then run again."""
    raw_base = httpserver.url_for("").rstrip("/")
    slow = {"stall": True}
    httpserver.expect_request("/api/v1/documents.json").respond_with_handler(
        lambda r: Response(
            fixture_json(["documents_page_1.json", "documents_page_2.json"][int(r.args.get("page", 1)) - 1], raw_base),
            content_type="application/json",
        )
    )
    for number, day in (("2026-21001", "18"), ("2026-21044", "19"), ("2026-21102", "20")):
        body = (FIXTURES / "federal_register" / f"{number}.txt.html").read_text("utf-8")

        def handler(request, body=body, number=number):
            if number == "2026-21102" and slow["stall"]:
                time.sleep(4)
            return Response(body, content_type="text/html")

        httpserver.expect_request(f"/documents/full_text/text/2026/11/{day}/{number}.txt").respond_with_handler(handler)
    project.write_config(fr_base_url=httpserver.url_for("/api/v1"))
    env = {**os.environ, "TARIFFWATCH_CONFIG": str(project.config_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tariffwatch.cli", "daily"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _documents(project) < 2:
        time.sleep(0.1)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert _documents(project) == 2
    slow["stall"] = False
    result = project.run("daily")
    assert result.exit_code == 0, result.stderr
    assert counts(project)["documents"] == 3 and counts(project)["document_versions"] == 3
    assert counts(project)["changes"] == 3
    numbers = [row["external_id"] for row in project.store().db["documents"].rows]
    assert sorted(numbers) == ["2026-21001", "2026-21044", "2026-21102"]


def _documents(project) -> int:
    """Count stored documents read-only, so polling never competes with the crawl for locks."""
    import sqlite3

    path = project.root / "tariffwatch.db"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.Error:  # not created yet by the other process
        return 0
