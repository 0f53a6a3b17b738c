"""Search benchmark: relevance, latency at scale, a cold CLI search, memory per process.

    python bench/search.py [--sizes 10000 100000 1000000] [--queries 100] [--keep DIR] [--skip-relevance]

1. Relevance: nDCG@5 and MRR of full-text, semantic and hybrid on the committed question set
   over the development documents (bench/search_relevance.py).
2. Latency per store size (bench/search_corpus.py builds it): p50/p95 of the ranking alone, as
   measured before this benchmark grew (full-text with filters, semantic with the query vector
   given, hybrid), and of the whole request as the API answers it (query encoding, ranking,
   snippets, facets).
3. Cold CLI: `tariffwatch search` in a new process on the 10,000-change store, full-text and hybrid.
4. Memory: resident, proportional and private memory of two processes searching the largest
   store's semantic index at once (memory-mapped: they share its pages).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # after the packages: bench/digest.py is a script

from search_corpus import QUERIES, build  # noqa: E402

FILTERS = [
    {"hs": ["72"], "jurisdictions": ["EU"]},
    {"measures": ["anti_dumping"]},
    {"date_type": "entry_into_force", "date_from": "2026-03-01", "date_to": "2026-03-31", "hs": ["85"]},
]
MEMORY_PROBE = """
import sys, time
from digest.search import semantic_hits
from tariffwatch.store import open_store
from tariffwatch.store.search import SearchFilters
store = open_store(sys.argv[1])
semantic_hits(store, "anti-dumping duty on steel wire rod from China", SearchFilters())
time.sleep(3)  # both processes hold the index now
memory = {l.split(":")[0]: int(l.split()[1]) for l in open("/proc/self/smaps_rollup") if l.rstrip().endswith("kB")}
print(memory["Rss"] // 1024, memory["Pss"] // 1024, (memory["Private_Clean"] + memory["Private_Dirty"]) // 1024)
"""


def timed(function, runs: int) -> tuple[float, float]:
    samples = []
    for n in range(runs):
        started = time.perf_counter()
        function(n)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def latency(path: Path, runs: int) -> None:
    from digest.query import parse_query
    from digest.search import (
        DEPTH,
        SEMANTIC_WEIGHT,
        fulltext_hits,
        reciprocal_rank_fusion,
        run_search,
        semantic_index,
    )
    from nlp.vectors.query_encoder import encode_queries
    from tariffwatch.store import open_store
    from tariffwatch.store.search import SearchFilters

    store = open_store(path)
    index = semantic_index(store)
    started = time.perf_counter()
    index.refresh(store)
    print(f"  semantic index brought up to date and mapped in {time.perf_counter() - started:.1f} s")
    parsed = [parse_query(query) for query in QUERIES]
    vectors = encode_queries(QUERIES)
    filters = [SearchFilters(**f) for f in FILTERS]

    def fulltext(n):
        return fulltext_hits(store, parsed[n % len(QUERIES)], filters[n % len(filters)])

    def semantic(n):
        return index.search(vectors[n % len(QUERIES)], None, DEPTH)

    def hybrid(n):
        semantic_ranking = [_hit(i, s) for i, s in index.search(vectors[n % len(QUERIES)], None, DEPTH)]
        ranking = fulltext_hits(store, parsed[n % len(QUERIES)], SearchFilters())
        return reciprocal_rank_fusion((ranking, 1.0), (semantic_ranking, SEMANTIC_WEIGHT))

    def request(mode, with_filters):
        def run(n):
            chosen = filters[n % len(filters)] if with_filters else SearchFilters()
            return run_search(store, QUERIES[n % len(QUERIES)], chosen, mode, 20)

        return run

    for label, function in (
        ("full-text with filters", fulltext),
        ("semantic", semantic),
        ("hybrid", hybrid),
        ("API full-text with filters", request("fulltext", True)),
        ("API semantic", request("semantic", False)),
        ("API hybrid", request("hybrid", False)),
    ):
        p50, p95 = timed(function, runs)
        print(f"  {label:<28} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")
    print("  (the first three rank only, as measured before; API = query encoding, ranking, snippets, facets)")
    store.close()


def _hit(change_id, score):
    from digest.search import Hit

    return Hit(change_id, score)


def cold_cli(folder: Path, path: Path) -> None:
    """`tariffwatch search` in fresh processes (median and worst of five), after one warm-up run."""
    config = folder / "cli-config.yaml"
    (folder / "inbox").mkdir(exist_ok=True)
    config.write_text(f"database: {path}\nsources:\n  inbox: {{enabled: false, path: inbox}}\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [shutil.which("tariffwatch") or "tariffwatch", "search", "anti-dumping steel China", "--config"]
    for mode in ("fulltext", "hybrid"):
        run = [*command, str(config), "--mode", mode, "--limit", "5"]
        subprocess.run(run, env=env, check=True, capture_output=True)
        samples = []
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run(run, env=env, check=True, capture_output=True)
            samples.append(time.perf_counter() - started)
        print(f"  CLI search, {mode:<8} median {statistics.median(samples):.2f} s   worst {max(samples):.2f} s")


def memory(path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    probes = [
        subprocess.Popen([sys.executable, "-c", MEMORY_PROBE, str(path)], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for number, probe in enumerate(probes, 1):
        rss, pss, private = probe.communicate()[0].split()
        print(f"  process {number} after a semantic search: RSS {rss} MiB, PSS {pss} MiB, private {private} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the benchmark databases")
    parser.add_argument("--skip-relevance", action="store_true", help="latency and memory only")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="tariffwatch-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    if not args.skip_relevance:
        from search_relevance import EVAL_DOCS, QUESTIONS, build_store, evaluate, print_report

        if EVAL_DOCS.is_dir():
            report = evaluate(build_store(folder / "relevance"))
            print_report(report, QUESTIONS.read_text("utf-8").count("- query:"))
    for size in args.sizes:
        path = folder / f"search-{size}.db"
        print(f"{size} changes")
        if not path.exists():
            build(path, size, random.Random(size))
        latency(path, args.queries)
        if size == min(args.sizes):
            cold_cli(folder, path)
    largest = folder / f"search-{max(args.sizes)}.db"
    print(f"memory, {max(args.sizes)} changes")
    memory(largest)


if __name__ == "__main__":
    main()
