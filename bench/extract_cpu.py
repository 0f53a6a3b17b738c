"""CPU seconds one process spends extracting the bench corpus, rules only: a figure a shared machine
does not inflate (other processes take wall time, not this process's CPU time).

    PYTHONPATH=TREE python bench/extract_cpu.py [--passes 3] [--profile FILE]

The tree measured is the one on PYTHONPATH, so the same script compares two trees: alternate them and
compare medians. The corpus is bench/extract.py's (fixtures plus ../shared/eval-dev), extracted by
nlp.runner.try_extract as a worker does, after one warm-up pass (patterns compiled, data loaded).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import resource
import statistics
import sys
from pathlib import Path


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def texts() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from extract import corpus

    return corpus(0.000001)  # each document once


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--profile", help="write a cProfile of one more pass to this file")
    parser.add_argument("--corpus", help="a JSON list of texts to extract instead (the same corpus for every tree)")
    args = parser.parse_args()
    from nlp.runner import try_extract

    corpus = json.loads(Path(args.corpus).read_text("utf-8")) if args.corpus else texts()
    documents = [{"text": text, "title": None} for text in corpus]
    megabytes = sum(len(d["text"].encode("utf-8")) for d in documents) / 1e6
    for document in documents:  # warm-up
        try_extract(document, False)
    rates = []
    for _ in range(args.passes):
        started = cpu_seconds()
        for document in documents:
            try_extract(document, False)
        rates.append(megabytes / (cpu_seconds() - started))
    print(f"{megabytes:.3f} MB x {args.passes}: " + " ".join(f"{r:.3f}" for r in rates), end="")
    print(f"  median {statistics.median(rates):.3f} MB per CPU second")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for document in documents:
            try_extract(document, False)
        profiler.disable()
        profiler.dump_stats(args.profile)


if __name__ == "__main__":
    main()
