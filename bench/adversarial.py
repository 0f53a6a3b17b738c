"""Growth of code and date extraction on adversarial text: time and memory from 10 KB to 1 MB.

    python bench/adversarial.py [--sizes 10,100,1000] [--pipeline]

Each pattern is repeated to each size (in KB) and run through find_codes and extract_dates (with
--pipeline, the whole analyse()). Prints seconds, seconds per 100 KB, the peak of Python memory
(tracemalloc) and the process's peak RSS; linear extraction keeps seconds per 100 KB flat.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.adversarial import PATTERNS, repeated  # noqa: E402  (the same patterns as the suite's growth test)


def run(text: str, pipeline: bool) -> None:
    if pipeline:
        from nlp.pipeline import analyse

        analyse(text)
        return
    from nlp.codes.finder import find_codes
    from nlp.dates.extract import extract_dates
    from nlp.text.sentences import Sentences

    sentences = Sentences(text)
    find_codes(text, sentences)
    extract_dates(text, None, None, sentences)


def measure(text: str, pipeline: bool) -> tuple[float, float]:
    tracemalloc.start()
    started = time.process_time()
    run(text, pipeline)
    seconds = time.process_time() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="sizes in KB, comma-separated")
    parser.add_argument("--pipeline", action="store_true", help="the whole analyse(), not only codes and dates")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    run("warm-up: CN code 7208 51 20 from 1 January 2026", args.pipeline)
    print(f"{'pattern':<14} {'KB':>6} {'seconds':>9} {'s/100KB':>8} {'peak MiB':>9}")
    for name in PATTERNS:
        for size in sizes:
            seconds, peak = measure(repeated(name, size * 1000), args.pipeline)
            print(f"{name:<14} {size:>6} {seconds:>9.2f} {seconds / size * 100:>8.3f} {peak:>9.1f}", flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {rss:.0f} MiB (CPU seconds: process time, shared machines inflate them)")


if __name__ == "__main__":
    main()
