"""Growth curves: extraction time and peak memory as adversarial inputs grow from 10 KB to 1 MB.

    python3 bench/growth.py [--sizes 10000 30000 100000 300000 1000000] [--patterns ...] [--timeout 120]

Each point runs in its own process, capped at --memory-mb of address space and --timeout seconds
(a super-linear pattern must not take the machine down), and times one step on one input:
`extract` (the whole pipeline, chunked over 500,000 characters) or `html` (HTML to text).
Prints seconds, peak MB and the growth exponent against the previous size (1.0 = linear).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PATTERNS = {
    # name: (step, unit repeated to the size)
    "realistic notices": ("extract", None),
    "chapters 1, 1, 1": ("extract", None),  # one list as long as the input
    "repeated dates": ("extract", "from 1 March 2031 to 30 June 2031, "),
    "code list": ("extract", "7208 51 20, 7208 52 10, 7306 30 77 and "),
    "no whitespace": ("extract", "72085120"),
    # round 3 (issue 15): glued start/end cells, stop-press headings without a year, history sections
    "glued cells": ("extract", "Início da Vigência Término da Vigência\n7208 01/03/202528/02/2026\n"),
    "yearless headings": ("extract", "New codes taking effect on 13 February 2026:\nChanges on 9 March:\n"),
    "history sections": ("extract", "BACKGROUND\nThe duty was effective on or after 1 May 2025, and\n"),
    "nested html": ("html", None),
}


def make_input(pattern: str, size: int) -> str:
    step, unit = PATTERNS[pattern]
    if pattern == "realistic notices":
        from bench.harness import notice

        rng, parts = random.Random(9), []
        while sum(map(len, parts)) < size:
            parts.append(notice(rng, len(parts)) + "\n\n")
        return "".join(parts)[:size]
    if pattern == "chapters 1, 1, 1":
        return ("chapters " + "1, " * (size // 3 + 1))[:size]
    if pattern == "nested html":
        depth = size // 11
        return "<html><body>" + "<div>" * depth + "CN code 7208 51 20" + "</div>" * depth + "</body></html>"
    return (unit * (size // len(unit) + 1))[:size]


def measure_one(pattern: str, size: int) -> dict:
    """Run inside the child: build the input, time the step, report seconds and peak memory."""
    text = make_input(pattern, size)
    step = PATTERNS[pattern][0]
    if step == "html":
        from crawler.textract import html_to_text

        began = time.perf_counter()
        html_to_text(text.encode())
    else:
        analyse = extraction()
        analyse("warm up")
        began = time.perf_counter()
        analyse(text)
    seconds = time.perf_counter() - began
    peak = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmHWM"))
    return {"seconds": seconds, "peak_mb": int(peak.split()[1]) / 1024}


def extraction():
    """The store's extraction of one text (chunked); the bare pipeline on trees from before chunking."""
    try:
        from nlp.runner import analyse_document
    except ImportError:
        from nlp.pipeline import analyse

        return lambda text: analyse(text, published="2031-01-15")
    return lambda text: analyse_document({"text": text, "title": None, "published_date": "2031-01-15"})


def measure(pattern: str, size: int, timeout: float, memory_mb: int) -> dict:
    args = ["prlimit", f"--as={memory_mb << 20}", sys.executable, __file__, "--one", pattern, str(size)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:.0f} s"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"error": last[:80]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 30_000, 100_000, 300_000, 1_000_000])
    parser.add_argument("--patterns", nargs="*", default=list(PATTERNS))
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--memory-mb", type=int, default=3072)
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(args.one[0], int(args.one[1]))))
        return
    for pattern in args.patterns:
        previous = None
        cells = []
        for size in args.sizes:
            point = measure(pattern, size, args.timeout, args.memory_mb)
            if "error" in point:
                cells.append(f"{size // 1000:>5} KB: {point['error']}")
                break  # larger sizes only take longer
            slope = ""
            if previous and previous[1] > 0.005:
                slope = f" x^{math.log(point['seconds'] / previous[1]) / math.log(size / previous[0]):.2f}"
            cells.append(f"{size // 1000:>5} KB {point['seconds']:7.2f} s {point['peak_mb']:5.0f} MB{slope}")
            previous = (size, point["seconds"])
        print(f"{pattern:<18} | " + " | ".join(cells), flush=True)


if __name__ == "__main__":
    main()
