"""The web UI under load while `daily` writes: 20 concurrent clients, 2,000 requests.

    python3 bench/load.py [--clients 20] [--requests 2000] [--notices 300] [--embeddings]

Builds a store of realistic notices, starts `tariffwatch serve` (a real uvicorn process) and,
beside it, `daily` runs one after the other, each ingesting new notices (so the writer holds the
database while readers read). The clients share the requests: search pages and the search API
(full-text words, phrases, code prefixes, filters) and change pages and the change API. Prints
p50/p95/p99 latency and errors (any answer but 200, or a failed connection), overall and per kind.
Target: 0 errors and p95 under 250 ms.
"""

from __future__ import annotations

import argparse
import os
import queue
import random
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import Process, cli, cpu_seconds, free_port, make_site, percentile, run, wait_until_up  # noqa: E402

QUERIES = [
    "q=anti-dumping",
    "q=steel+tubes",
    'q="tariff quota"',
    "q=aluminium+OR+plywood",
    "q=photovoltaic&jurisdiction=EU",
    "q=glyphosate*",
    "hs=7208",
    "hs=73&q=duty",
    "q=mackerel&mode=fulltext",
    "q=safeguard&date_type=entry_into_force&from=2027-01-01&to=2027-12-31",
]


def request_plan(rng: random.Random, total: int, change_ids: list[int]) -> list[tuple[str, str]]:
    """(kind, path) for every request: a quarter each of search page, search API, change page, change API."""
    plan = []
    for n in range(total):
        kind = ("search page", "search api", "change page", "change api")[n % 4]
        if kind.startswith("search"):
            prefix = "/search?" if kind == "search page" else "/api/search?"
            plan.append((kind, prefix + rng.choice(QUERIES)))
        else:
            prefix = "/changes/" if kind == "change page" else "/api/changes/"
            plan.append((kind, f"{prefix}{rng.choice(change_ids)}"))
    rng.shuffle(plan)
    return plan


def client(base: str, work: queue.Queue, results: list) -> None:
    with httpx.Client(base_url=base, timeout=30) as http:
        while True:
            try:
                kind, path = work.get_nowait()
            except queue.Empty:
                return
            began = time.perf_counter()
            try:
                status = http.get(path).status_code
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            results.append((kind, time.perf_counter() - began, status))


def writer(site, stop: threading.Event, rng: random.Random, log: list) -> None:
    """`daily` after `daily`, each with new notices, until the load is over."""
    day, number = date(2031, 9, 1), 100_000
    while not stop.is_set():
        site.add_notices(rng, 5, number)
        number += 5
        day += timedelta(days=1)
        finished = run(site, "daily", "--date", day.isoformat())
        log.append((finished.code, finished.seconds, finished.stderr.strip().splitlines()[-1:]))


def load(root: Path, clients: int, total: int, notices: int, embeddings: bool, seed: int = 5) -> dict:
    rng = random.Random(seed)
    site = make_site(root, nlp={"embeddings": embeddings})
    site.add_notices(rng, notices, 0)
    prepared = run(site, "daily", "--date", "2031-08-31")
    change_ids = [row[0] for row in site.query("select id from changes")]
    print(
        f"store: {len(change_ids)} changes from {notices} notices (daily exit {prepared.code}, "
        f"{prepared.seconds:.0f} s)"
    )
    port = free_port()
    server = Process(cli(site, "serve", "--port", str(port)), root / "logs")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/api/changes/" + str(change_ids[0]))
        stop, runs = threading.Event(), []
        daily = threading.Thread(target=writer, args=(site, stop, rng, runs))
        daily.start()
        time.sleep(1.0)  # let the writer start before the load does
        work: queue.Queue = queue.Queue()
        for item in request_plan(rng, total, change_ids):
            work.put(item)
        results: list = []
        server_cpu, client_cpu = cpu_seconds(server.pid), time.process_time()
        began = time.perf_counter()
        threads = [threading.Thread(target=client, args=(base, work, results)) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began
        server_cpu, client_cpu = cpu_seconds(server.pid) - server_cpu, time.process_time() - client_cpu
        stop.set()
        daily.join()
    finally:
        server.stop()
    return {
        **summarise(results, elapsed, runs),
        "server_cpu_ms": 1000 * server_cpu / total,
        "client_cpu_ms": 1000 * client_cpu / total,
    }


def summarise(results: list, elapsed: float, runs: list) -> dict:
    def figures(rows):
        times = [t * 1000 for _, t, _ in rows]
        errors = sum(1 for _, _, status in rows if status != 200)
        return {
            "requests": len(rows),
            "errors": errors,
            "p50_ms": percentile(times, 0.5),
            "p95_ms": percentile(times, 0.95),
            "p99_ms": percentile(times, 0.99),
        }

    by_kind = {kind: figures([r for r in results if r[0] == kind]) for kind in sorted({r[0] for r in results})}
    statuses = sorted({str(s) for _, _, s in results if s != 200})
    return {
        "all": figures(results),
        "by_kind": by_kind,
        "seconds": elapsed,
        "error_statuses": statuses,
        "daily_runs": len(runs),
        "daily_exits": sorted({code for code, _, _ in runs}),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--notices", type=int, default=300)
    parser.add_argument("--embeddings", action="store_true", help="vectors on: hybrid search embeds each query")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out = load(Path(folder), args.clients, args.requests, args.notices, args.embeddings)
    line = "{requests} requests, {errors} errors, p50 {p50_ms:.0f} ms, p95 {p95_ms:.0f} ms, p99 {p99_ms:.0f} ms"
    print(
        f"all: {line.format(**out['all'])} in {out['seconds']:.1f} s ({out['all']['requests'] / out['seconds']:.0f}/s)"
    )
    for kind, figures in out["by_kind"].items():
        print(f"  {kind:<12} {line.format(**figures)}")
    if out["error_statuses"]:
        print(f"error statuses: {', '.join(out['error_statuses'])}")
    print(
        f"CPU per request: server {out['server_cpu_ms']:.1f} ms, clients {out['client_cpu_ms']:.1f} ms "
        f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs: other work shares them)"
    )
    print(f"daily runs during the load: {out['daily_runs']} (exit codes {out['daily_exits']})")


if __name__ == "__main__":
    main()
