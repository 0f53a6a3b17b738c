"""A hostile-input corpus through every door: the inbox, feed and page sources, the web UI, the CLI.

    python3 bench/hostile.py [--only NAME...] [--timeout 120] [--memory-mb 3072]

Each inbox/feed/page case runs `tariffwatch daily` on a fresh site holding one ordinary notice as
well, in a process capped at --memory-mb of address space and --timeout seconds. A case holds when
the run ends without a traceback, the ordinary notice is extracted (the rest of the run went on),
and the case's own promise is kept (nothing from /etc/passwd stored, no script in the digest,
bounded time and memory...). Web cases run against one `tariffwatch serve` process; CLI cases
call the command. Prints one line per case (held or not, seconds, peak MB, what happened).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import hostile_cases, hostile_front  # noqa: E402
from bench.harness import (
    Loopback,
    Process,
    cli,
    free_port,
    last_line,
    make_site,
    run,
    wait_until_up,
)  # noqa: E402


@dataclass
class Outcome:
    name: str
    via: str
    held: bool
    detail: str
    seconds: float = 0.0
    peak_mb: float = 0.0


def source_case(case, root: Path, timeout: float, memory_mb: int) -> Outcome:
    """One inbox/feed/page case on a fresh site with one ordinary notice beside it."""
    site = make_site(root / case.name)
    site.add_notices(random.Random(1), 1, 0)
    with Loopback() as server:
        case.setup(site, server)
        started = time.monotonic()
        # Today's digest: the one that shows what this run stored (a change's first day is its fetch day).
        finished = run(site, "daily", timeout=timeout, memory_mb=memory_mb)
        if finished.code in (0, 1) and getattr(case, "rerun", False):  # a later run must not be blocked
            site.add_notices(random.Random(2), 1, 1)
            finished = run(site, "daily", timeout=timeout, memory_mb=memory_mb)
        seconds = time.monotonic() - started
    problems = []
    if finished.traceback:
        problems.append(f"traceback: {last_line(finished.stderr)}")
    elif finished.code not in (0, 1):
        problems.append(f"exit {finished.code}: {last_line(finished.stderr)}")
    if not ordinary_notices_extracted(site):
        problems.append("the ordinary notice was not extracted")
    if not problems:
        problems.extend(case.check(site, finished))
    return Outcome(
        case.name,
        case.via,
        not problems,
        "; ".join(problems) or case.held_note(site, finished),
        seconds,
        finished.max_rss_mb,
    )


def ordinary_notices_extracted(site) -> bool:
    try:
        rows = site.query(
            "select count(*) from documents d join changes c on c.document_id = d.id "
            "and c.content_hash = d.content_hash where d.external_id like 'notice-%'"
        )
        names = site.query("select count(*) from documents where external_id like 'notice-%'")
    except Exception:  # noqa: BLE001 (no store at all counts as not extracted)
        return False
    return rows[0][0] >= 1 and rows[0][0] == names[0][0]


def web_cases(root: Path) -> list[Outcome]:
    site = make_site(root / "web")
    site.add_notices(random.Random(3), 5, 0)
    run(site, "daily", "--date", "2031-05-04")
    port = free_port()
    server = Process(cli(site, "serve", "--port", str(port)), root / "logs")
    base = f"http://127.0.0.1:{port}"
    outcomes = []
    try:
        wait_until_up(base + "/digests")
        with httpx.Client(base_url=base, timeout=30) as http:
            for case in hostile_front.WEB:
                started = time.monotonic()
                try:
                    problems = case.check(http)
                except httpx.HTTPError as exc:
                    problems = [f"request failed: {type(exc).__name__}: {exc}"]
                outcomes.append(
                    Outcome(
                        case.name,
                        "web",
                        not problems,
                        "; ".join(problems) or case.note,
                        time.monotonic() - started,
                    )
                )
    finally:
        server.stop()
    return outcomes


def cli_cases(root: Path) -> list[Outcome]:
    outcomes = []
    for case in hostile_front.CLI:
        site = make_site(root / case.name)
        args = case.setup(site)
        started = time.monotonic()
        finished = run(site, *args)
        problems = case.check(finished)
        outcomes.append(
            Outcome(
                case.name,
                "cli",
                not problems,
                "; ".join(problems) or last_line(finished.stderr),
                time.monotonic() - started,
                finished.max_rss_mb,
            )
        )
    return outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="run only these cases")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--memory-mb", type=int, default=3072)
    args = parser.parse_args()
    wanted = set(args.only or [])
    outcomes = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for case in hostile_cases.SOURCES:
            if not wanted or case.name in wanted:
                outcomes.append(source_case(case, root, args.timeout, args.memory_mb))
                print_outcome(outcomes[-1])
        if not wanted or wanted & {c.name for c in hostile_front.WEB}:
            for outcome in web_cases(root):
                if not wanted or outcome.name in wanted:
                    outcomes.append(outcome)
                    print_outcome(outcome)
        if not wanted or wanted & {c.name for c in hostile_front.CLI}:
            for outcome in cli_cases(root):
                if not wanted or outcome.name in wanted:
                    outcomes.append(outcome)
                    print_outcome(outcome)
    held = sum(o.held for o in outcomes)
    print(f"held {held} of {len(outcomes)}; not held: {', '.join(o.name for o in outcomes if not o.held) or 'none'}")


def print_outcome(o: Outcome) -> None:
    print(
        f"{'held' if o.held else 'FAILS':<6} {o.via:<6} {o.name:<28} {o.seconds:7.1f} s "
        f"{o.peak_mb:7.0f} MB  {o.detail}",
        flush=True,
    )


if __name__ == "__main__":
    main()
