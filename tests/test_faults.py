"""Fast versions of the fault harness in bench/: kills at random points of `daily`, two `daily` at once,
and a hostile-input batch through the inbox and a feed, all in one run that must go on.

The full versions print figures: `python3 bench/kills.py`, `bench/concurrency.py`, `bench/hostile.py`.
"""

from __future__ import annotations

import random

from bench import hostile_cases as cases
from bench.concurrency import overlapping_trials
from bench.harness import Loopback, make_site, run
from bench.kills import kill_rounds


def test_kill_9_at_random_points_of_daily_loses_and_doubles_nothing(tmp_path):
    totals = kill_rounds(tmp_path, kills=3, seed=3, subscribers=6, notices=2, report=lambda line: None)
    assert totals["kills"] >= 2  # a round may end before its kill; most must be real kills
    # A kill inside an SMTP transaction may leave the server holding the message: the next run sends
    # it again with the same Message-ID (receivers fold it). Never more than those uncertain deliveries.
    assert totals["resent_same_message_id"] <= totals["uncertain_deliveries"]
    for key in ("kills", "resent_same_message_id", "uncertain_deliveries"):
        del totals[key]
    assert totals == {
        "lost_digests": 0,
        "double_digests": 0,
        "lost_documents": 0,
        "unextracted": 0,
        "tracebacks": 0,
        "failed_reruns": 0,
        "runs_left_running": 0,
        "integrity_failures": 0,
    }


def test_two_daily_at_once(tmp_path):
    totals = overlapping_trials(tmp_path, trials=1, seed=4, subscribers=8, notices=2, report=lambda line: None)
    assert totals == {
        "trials": 1,
        "locked_errors": 0,
        "tracebacks": 0,
        "refused_one_line": 0,
        "double_digests": 0,
        "lost_digests": 0,
        "integrity_failures": 0,
    }


def test_a_hostile_batch_in_one_run_keeps_every_promise_and_the_run_goes_on(tmp_path):
    site = make_site(tmp_path)
    site.add_notices(random.Random(6), 2, 0)
    files = {
        "xss.html": cases.SOURCES[0].files["xss.html"],
        "xxe.xml": cases.XXE,
        "lol.xml": cases.xml_bomb(),
        "huge.txt": cases.huge_text(1_100_000),
        "nul.txt": cases.NOTICE_SENTENCE.encode().replace(b" ", b"\0 "),
        "blob.txt": cases.repeated("7208512", 300_000),
        "broken.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog",
    }
    for name, content in files.items():
        (site.inbox / name).write_bytes(content)
    with Loopback() as server:
        server.serve("/robots.txt", "", "text/plain", status=404)
        server.serve("/good.html", cases.PAGE)
        server.serve("/bomb.html", cases.BOMB(), "text/html", **{"Content-Encoding": "gzip"})
        feed = [("Bomb", server.url("/bomb.html")), ("Ordinary", server.url("/good.html"))]
        server.serve("/news.rss", cases.rss(feed), "application/rss+xml")
        site.write_config(
            sources={
                "inbox": {"enabled": True, "path": "inbox"},
                "feed": {"enabled": True, "urls": [server.url("/news.rss")], "jurisdiction": "EU"},
            }
        )
        finished = run(site, "daily", timeout=300)  # today's digest shows what this run stored
    assert finished.code == 1 and not finished.traceback  # 1: some items failed, the run completed
    problems = [line.split(" (")[0] for line in finished.stderr.splitlines() if line.startswith("warning:")]
    assert problems == [
        f"warning: feed: {server.url('/bomb.html')}: body exceeds the 52428800-byte cap",
        f"warning: inbox: {site.inbox}/broken.pdf: not a readable PDF",
        f"warning: inbox: {site.inbox}/lol.xml: not well-formed XML",
        f"warning: inbox: {site.inbox}/nul.txt: binary content, not text; not stored",
        f"warning: inbox: {site.inbox}/xxe.xml: no text in the document; not stored empty",
    ]
    assert cases.no_passwd(site, finished) == []
    assert cases.no_script_in_digest(site, finished) == []
    assert cases.bounded_text(1_200_000)(site, finished) == []
    assert cases.extracted("huge.txt", "8714 93 10")(site, finished) == []
    inbox = sorted(row[0] for row in site.query("select external_id from documents where source = 'inbox'"))
    assert inbox == ["blob.txt", "huge.txt", "notice-00000.txt", "notice-00001.txt", "xss.html"]
    assert site.query("select title from documents where source = 'feed'") == [("Ordinary",)]
    unextracted = site.query(
        "select count(*) from documents d where not exists (select 1 from changes c where c.document_id = d.id)"
    )
    assert unextracted == [(0,)]
