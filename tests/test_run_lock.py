"""One run at a time: two `daily` at once, the run lock's wait and message, killed runs, IMMEDIATE writes.

Real processes (the CLI started with subprocess), a real SMTP server on loopback, real SQLite files.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import threading
import time
from pathlib import Path

from bench.harness import make_site, messages_by_recipient, run, start, subscribe
from tariffwatch.store import DocumentRecord, open_store
from tariffwatch.store.lock import RunLock, lock_path
from tests.smtp_server import SmtpServer


def test_two_daily_at_once_run_one_after_the_other_and_send_once(tmp_path):
    smtp = SmtpServer().start()
    try:
        site = make_site(tmp_path, smtp_port=smtp.port)
        site.add_notices(random.Random(3), 4, 0)
        assert run(site, "daily", "--date", "2031-06-01").code == 0
        addresses = subscribe(site, 12)
        site.add_notices(random.Random(4), 4, 100)
        both = [start(site, "daily", "--date", "2031-06-02") for _ in range(2)]
        finished = [process.wait(300) for process in both]
    finally:
        smtp.stop()
    for result in finished:
        assert result.code == 0, result.stderr
        assert "Traceback" not in result.stderr and "database is locked" not in result.stderr
    received = messages_by_recipient(smtp.messages, "2031-06-02")
    assert {address: sum(copies.values()) for address, copies in received.items()} == dict.fromkeys(addresses, 1)
    runs = site.query("select started_at, finished_at, status from runs where command = 'daily' order by id")
    assert [status for _, _, status in runs] == ["ok", "ok", "ok"]
    (_, first_end, _), (second_start, _, _) = runs[1], runs[2]
    assert first_end <= second_start  # the second waited for the first: their runs never overlap
    assert site.query("select count(*) from documents")[0][0] == 8
    assert site.query("pragma integrity_check")[0][0] == "ok"


def test_a_run_that_waited_too_long_exits_2_naming_the_running_one(project):
    data = project.config_data()
    data["runs"] = {"lock_wait_seconds": 0.5}
    project.write_config(data)
    database = project.root / "tariffwatch.db"
    open_store(database).close()
    with RunLock(database, "daily", 0):
        holder = json.loads(lock_path(database).read_text("utf-8"))
        began = time.monotonic()
        result = project.run("crawl")
        waited = time.monotonic() - began
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: `daily` (pid {os.getpid()}, started {holder['started_at']}) is running on {database}; "
        "`crawl` waited 0.5 s for it (runs.lock_wait_seconds)\n"
    )
    assert 0.5 <= waited < 5
    assert project.count("runs") == 0


def test_a_waiting_run_goes_ahead_once_the_holder_is_done(project):
    database = project.root / "tariffwatch.db"
    open_store(database).close()
    lock = RunLock(database, "send", 0)
    lock.acquire()
    threading.Timer(1.0, lock.release).start()
    began = time.monotonic()
    result = project.run("extract")
    assert result.exit_code == 0, result.stderr
    assert time.monotonic() - began >= 1.0


def test_a_killed_run_is_marked_interrupted_by_the_next_run(tmp_path):
    site = make_site(tmp_path)
    site.add_notices(random.Random(5), 30, 0)
    process = start(site, "daily", "--date", "2031-07-01")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not _running_runs(site.database):
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait(30).code == -9
    assert [(command, status) for command, status in _runs(site.database)] == [("daily", "running")]
    again = run(site, "crawl")  # the lock the killed run held is gone with its process
    assert again.code == 0, again.stderr
    assert _runs(site.database) == [("daily", "interrupted"), ("crawl", "ok")]
    interrupted = site.query("select finished_at, error from runs where id = 1")[0]
    assert interrupted[0] is not None and interrupted[1] == "the process ended before the run finished"
    assert site.query("select count(*) from run_sources where status = 'running'")[0][0] == 0


def _runs(database: Path) -> list[tuple]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("select command, status from runs order by id").fetchall()
    finally:
        connection.close()


def _running_runs(database: Path) -> int:
    try:
        return sum(status == "running" for _, status in _runs(database))
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_a_write_that_read_first_waits_for_another_writer_instead_of_failing(tmp_path):
    """Deferred transactions failed with "database is locked" here: IMMEDIATE ones wait their turn."""
    database = tmp_path / "t.db"
    open_store(database).close()
    read_done, errors = threading.Event(), []

    def read_then_write():
        first = open_store(database)  # its own connection, in its own thread
        try:
            with first.transaction():
                first.db.execute("select count(*) from sources").fetchone()
                read_done.set()
                time.sleep(0.5)  # meanwhile the other connection tries to write
                first.ensure_source("inbox", "inbox", True, None)
        except sqlite3.OperationalError as exc:
            errors.append(str(exc))
        finally:
            first.close()

    reader = threading.Thread(target=read_then_write)
    reader.start()
    read_done.wait(10)
    second = open_store(database)
    second.ensure_source("feed", "feed", True, None)
    second.save_document(DocumentRecord("feed", "a", "http://example.org/a", "Customs notice"))
    reader.join()
    assert errors == []
    assert {row["name"] for row in second.db["sources"].rows} == {"inbox", "feed"}
    second.close()
