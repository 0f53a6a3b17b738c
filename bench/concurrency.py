"""Two `tariffwatch daily` at once (a cron overlap, a user running it by hand), repeated.

    python3 bench/concurrency.py [--trials 5] [--subscribers 30] [--notices 6]

Each trial drops new notices into the inbox and starts two `daily --date D` processes at the same
moment. Counted per trial: exit codes, "database is locked" and tracebacks on stderr, the one-line
"another run" refusals, subscribers who received the day's digest twice (or not at all), and the
store's integrity. Prints one line per trial and totals.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import last_line, make_site, messages_by_recipient, run, start, store_invariants, subscribe  # noqa: E402
from tests.smtp_server import SmtpServer  # noqa: E402

FIRST_DAY = date(2031, 6, 1)


def overlapping_trials(root: Path, trials: int, seed: int, subscribers: int, notices: int, report=print) -> dict:
    rng = random.Random(seed)
    smtp = SmtpServer().start()
    try:
        site = make_site(root, smtp_port=smtp.port)
        run(site, "daily", "--date", FIRST_DAY.isoformat())
        addresses = subscribe(site, subscribers)
        totals = {"trials": trials, "locked_errors": 0, "tracebacks": 0, "refused_one_line": 0}
        totals.update({"double_digests": 0, "lost_digests": 0, "integrity_failures": 0})
        for trial in range(1, trials + 1):
            day = (FIRST_DAY + timedelta(days=trial)).isoformat()
            site.add_notices(rng, notices, 1000 * trial)
            both = [start(site, "daily", "--date", day) for _ in range(2)]
            finished = [process.wait(600) for process in both]
            received = messages_by_recipient(smtp.messages, day)
            doubled = sum(1 for a in addresses if sum(received.get(a, {}).values()) > 1)
            lost = sum(1 for a in addresses if not received.get(a))
            locked = sum("database is locked" in f.stderr for f in finished)
            tracebacks = sum(f.traceback for f in finished)
            refused = sum(f.code == 2 and len(f.stderr.strip().splitlines()) == 1 for f in finished)
            invariants = store_invariants(site)
            totals["locked_errors"] += locked
            totals["tracebacks"] += tracebacks
            totals["refused_one_line"] += refused
            totals["double_digests"] += doubled
            totals["lost_digests"] += lost
            totals["integrity_failures"] += invariants["integrity"] != "ok" or invariants["foreign_key_violations"]
            errors = "; ".join(last_line(f.stderr) for f in finished if f.code not in (0, 1))
            report(
                f"trial {trial}: exits {[f.code for f in finished]}, 'database is locked' {locked}, tracebacks "
                f"{tracebacks}, doubled digests {doubled}, lost digests {lost}" + (f"; {errors}" if errors else "")
            )
        return totals
    finally:
        smtp.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--subscribers", type=int, default=30)
    parser.add_argument("--notices", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        totals = overlapping_trials(Path(folder), args.trials, args.seed, args.subscribers, args.notices)
    print("totals: " + ", ".join(f"{key} {value}" for key, value in totals.items()))


if __name__ == "__main__":
    main()
