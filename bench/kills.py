"""kill -9 at random points of `tariffwatch daily`, then a re-run: is anything lost, doubled or stuck?

    python3 bench/kills.py [--kills 33] [--seed 7] [--subscribers 20] [--notices 4]

Each round drops new notices into the inbox, starts `daily --date D` (a new day each round, so
every round sends), SIGKILLs it, then runs `daily --date D` again to the end. Odd rounds kill at a
random moment within one full run's duration; even rounds kill inside the send phase (just after
the day's first delivery row appears). After each re-run: every inbox file stored once and
extracted, every subscriber holding exactly one digest for D (a copy resent with the same
Message-ID after a kill inside an SMTP transaction is counted apart: receivers fold it), no run left
`running`, integrity and foreign keys intact, no traceback. Prints a line per round and totals.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import last_line, make_site, messages_by_recipient, run, start, store_invariants, subscribe  # noqa: E402
from tests.smtp_server import SmtpServer  # noqa: E402

FIRST_DAY = date(2031, 3, 2)


def kill_rounds(root: Path, kills: int, seed: int, subscribers: int, notices: int, report=print) -> dict:
    """Run the kill rounds in `root`; returns the totals (also used by the fast test)."""
    rng = random.Random(seed)
    smtp = SmtpServer().start()
    try:
        site = make_site(root, smtp_port=smtp.port)
        site.add_notices(rng, notices * 2, 0)
        first = run(site, "daily")  # creates the store; the subscribers come next
        addresses = subscribe(site, subscribers)
        calibration = run(site, "daily", "--date", FIRST_DAY.isoformat())
        full_run = calibration.seconds
        report(f"one full daily: {full_run:.1f} s (exit {calibration.code}; first run exit {first.code})")
        totals = {"kills": 0, "lost_digests": 0, "double_digests": 0, "resent_same_message_id": 0}
        totals.update({"uncertain_deliveries": 0, "lost_documents": 0, "unextracted": 0})
        totals.update({"tracebacks": 0, "failed_reruns": 0, "runs_left_running": 0, "integrity_failures": 0})
        for round_number in range(1, kills + 1):
            day = (FIRST_DAY + timedelta(days=round_number)).isoformat()
            site.add_notices(rng, notices, 1000 * round_number)
            process = start(site, "daily", "--date", day)
            if round_number % 2:  # odd rounds: anywhere in the run
                delay = rng.uniform(0.2, full_run)
                killed = process.kill_after(delay)
            else:  # even rounds: inside the send phase, where a kill is most costly
                delay = wait_for_sending(site, day, process, full_run * 3) + rng.uniform(0, 0.05)
                killed = process.kill_after(rng.uniform(0, 0.05))
            uncertain = site.query(
                "select count(*) from deliveries where digest_date = ? and status = 'sending'", (day,)
            )
            totals["uncertain_deliveries"] += uncertain[0][0]
            rerun = run(site, "daily", "--date", day)
            outcome = round_outcome(site, smtp, addresses, day, killed.code, rerun)
            totals["kills"] += killed.code == -9
            for key in ("lost_digests", "double_digests", "resent_same_message_id", "lost_documents", "unextracted"):
                totals[key] += outcome[key]
            totals["runs_left_running"] = outcome["runs_left_running"]  # after this round's re-run
            totals["tracebacks"] += rerun.traceback or killed.traceback
            totals["failed_reruns"] += rerun.code not in (0, 1)
            totals["integrity_failures"] += outcome["integrity"] != "ok" or outcome["foreign_key_violations"] > 0
            report(
                f"round {round_number:>3}: kill at {delay:5.1f} s ({'killed' if killed.code == -9 else 'ended'}); "
                f"re-run exit {rerun.code}; lost digests {outcome['lost_digests']}, doubled "
                f"{outcome['double_digests']}, resent with the same Message-ID {outcome['resent_same_message_id']} "
                f"(uncertain {uncertain[0][0]}), lost documents {outcome['lost_documents']}, unextracted "
                f"{outcome['unextracted']}, runs left running {outcome['runs_left_running']}"
                + (f"; {last_line(rerun.stderr)}" if rerun.code not in (0, 1) or rerun.traceback else "")
            )
        return totals
    finally:
        smtp.stop()


def wait_for_sending(site, day: str, process, limit: float) -> float:
    """Seconds until the run's first delivery row for `day` appears (the send phase began)."""
    began = time.monotonic()
    while time.monotonic() - began < limit and process.popen.poll() is None:
        try:
            if site.query("select count(*) from deliveries where digest_date = ?", (day,))[0][0]:
                break
        except sqlite3.OperationalError:  # locked for a moment by the writer
            pass
        time.sleep(0.005)
    return time.monotonic() - began


def round_outcome(site, smtp, addresses: list[str], day: str, killed_code: int, rerun) -> dict:
    received = messages_by_recipient(smtp.messages, day)
    stored = {row[0] for row in site.query("select external_id from documents where source = 'inbox'")}
    on_disk = {path.name for path in site.inbox.glob("*.txt")}
    unextracted = site.query(
        "select count(*) from documents d where not exists (select 1 from changes c where c.document_id = d.id "
        "and c.content_hash = d.content_hash)"
    )[0][0]
    return {
        "lost_digests": sum(1 for a in addresses if not received.get(a)),
        "double_digests": sum(1 for a in addresses if len(received.get(a, {})) > 1),  # two different messages
        "resent_same_message_id": sum(1 for a in addresses if any(n > 1 for n in received.get(a, {}).values())),
        "lost_documents": len(on_disk - stored),
        "unextracted": unextracted,
        **store_invariants(site),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=33)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--subscribers", type=int, default=20)
    parser.add_argument("--notices", type=int, default=4, help="new inbox notices per round")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        totals = kill_rounds(Path(folder), args.kills, args.seed, args.subscribers, args.notices)
    print("totals: " + ", ".join(f"{key} {value}" for key, value in totals.items()))


if __name__ == "__main__":
    main()
