"""`tariffwatch runs`: what each run did, its status agreeing with the exit code (real CLI, SQLite, SMTP)."""

from __future__ import annotations

import json
import re

import pytest

from tests.smtp_server import SmtpServer

NOTICE = """Notice 31/2031: safeguard measure on certain ferro-alloys

The Government has decided to impose a definitive safeguard duty of 14 % on ferro-silicon of heading 7202
originating in any third country. The duty shall enter into force on 2 June 2031.
"""


@pytest.fixture
def mailing_project(project):
    smtp = SmtpServer().start()
    (project.inbox / "notice-31-2031.txt").write_text(NOTICE, encoding="utf-8")
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    data["smtp"] = {"host": "127.0.0.1", "port": smtp.port, "from": "tariffwatch <digest@tariffwatch.example>"}
    project.write_config(data)
    for address in ("buyer@alloys.example", "analyst@alloys.example"):
        assert project.run("subscribe", address).exit_code == 0
    smtp.handler.defer.add("analyst@alloys.example")  # 451: this delivery fails, retried next run
    yield project, smtp
    smtp.stop()


def without_times(text: str) -> str:
    """Start times (2031-06-01T06:00:02+00:00, 25 characters) as a placeholder of the same width."""
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", "<started>".ljust(25), text)


def test_daily_with_a_failed_delivery_is_recorded_as_it_exited(mailing_project):
    project, smtp = mailing_project
    first = project.run("daily")
    assert first.exit_code == 1
    smtp.handler.defer.clear()
    second = project.run("daily")
    assert second.exit_code == 0
    listed = project.run("runs", "--json")
    assert listed.exit_code == 0
    runs = json.loads(listed.stdout)["runs"]
    assert [{k: v for k, v in r.items() if k not in ("started_at", "finished_at")} for r in runs] == [
        {
            "id": 2,
            "command": "daily",
            "status": "ok",
            "documents_new": 0,
            "documents_updated": 0,
            "changes_extracted": 0,
            "deliveries_sent": 1,
            "deliveries_failed": 0,
            "error": None,
            "sources": [{"source": "inbox", "status": "ok", "error": None}],
        },
        {
            "id": 1,
            "command": "daily",
            "status": "completed_with_failures",
            "documents_new": 1,
            "documents_updated": 0,
            "changes_extracted": 1,
            "deliveries_sent": 1,
            "deliveries_failed": 1,
            "error": "1 delivery failed (retried next run)",
            "sources": [{"source": "inbox", "status": "ok", "error": None}],
        },
    ]
    assert all(r["started_at"] <= r["finished_at"] for r in runs)
    table = project.run("runs", "--limit", "1")
    assert table.exit_code == 0
    assert without_times(table.stdout).splitlines() == [
        "run  command   started                    status                   new  upd  extr  sent  fail  error",
        "  2  daily     <started>                  ok                         0    0     0     1     0  ",
    ]


def test_runs_lists_a_killed_run_as_interrupted(mailing_project):
    project, _ = mailing_project
    store = project.store()
    store.start_run("daily")  # a run whose process died: nothing will ever finish it
    store.close()
    assert project.run("crawl").exit_code == 0  # the next run, holding the lock, marks it
    runs = json.loads(project.run("runs", "--json").stdout)["runs"]
    assert [(r["id"], r["command"], r["status"], r["error"]) for r in runs] == [
        (2, "crawl", "ok", None),
        (1, "daily", "interrupted", "the process ended before the run finished"),
    ]
    table = without_times(project.run("runs").stdout).splitlines()
    assert table[2] == (
        "  1  daily     <started>                  interrupted                -    -     -     -     -  "
        "the process ended before the run finished"
    )


def test_runs_on_an_empty_store_says_so(project):
    listed = project.run("runs")
    assert (listed.exit_code, listed.stdout) == (0, "no runs recorded yet\n")
    assert json.loads(project.run("runs", "--json").stdout) == {"runs": []}
