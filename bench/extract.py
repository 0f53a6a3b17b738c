"""Extraction throughput: MB/s and documents/s, rules only (1 and 2 processes) and with embeddings.

    python bench/extract.py [--megabytes 5] [--no-embeddings]

The corpus is the project's own fixture documents plus ../shared/eval-dev when present,
repeated to the requested size. Prints one line per configuration and the peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus(megabytes: float) -> list[str]:
    from crawler.sources.inbox import SUFFIXES, convert

    texts = []
    folders = [
        ROOT / "tests" / "fixtures" / "inbox",
        ROOT / "tests" / "fixtures" / "federal_register",
        ROOT.parent / "shared" / "eval-dev" / "docs",
    ]
    for folder in folders:
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            suffix = ".html" if path.name.endswith(".txt.html") else path.suffix.lower()
            if suffix in SUFFIXES:
                texts.append(convert(path.read_bytes(), SUFFIXES[suffix])[1])
    documents, size = [], 0
    while size < megabytes * 1e6:
        for text in texts:
            documents.append(text)
            size += len(text.encode("utf-8"))
    return documents


def _extract(text: str) -> int:
    from nlp.pipeline import analyse

    doc = analyse(text)
    return len(doc._.codes) + len(doc._.dates)


def _warm(_=None):
    _extract("Warm-up: CN code 7208 51 20 applies from 1 January 2026.")


def run_rules(documents: list[str], processes: int) -> float:
    started = time.perf_counter()
    if processes == 1:
        _warm()
        started = time.perf_counter()
        for text in documents:
            _extract(text)
    else:
        with Pool(processes) as pool:
            pool.map(_warm, range(processes))
            started = time.perf_counter()
            pool.map(_extract, documents, chunksize=16)
    return time.perf_counter() - started


def run_with_embeddings(documents: list[str], batch_size: int = 32) -> float:
    from nlp.pipeline import analyse
    from nlp.vectors.embeddings import embed_texts

    embed_texts(["warm-up"])  # model load is measured apart
    started = time.perf_counter()
    batch = []
    for text in documents:
        doc = analyse(text, embeddings=True)  # includes the similarity fallback for measure types
        batch.append(doc._.summary or text[:500])
        if len(batch) == batch_size:
            embed_texts(batch)
            batch = []
    if batch:
        embed_texts(batch)
    return time.perf_counter() - started


def report(label: str, documents: list[str], seconds: float) -> None:
    megabytes = sum(len(t.encode("utf-8")) for t in documents) / 1e6
    print(
        f"{label:<34} {megabytes / seconds:6.2f} MB/s  {len(documents) / seconds:8.1f} docs/s  "
        f"({len(documents)} docs, {megabytes:.1f} MB, {seconds:.1f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5)
    parser.add_argument("--no-embeddings", action="store_true")
    args = parser.parse_args()
    documents = corpus(args.megabytes)
    report("rules only, 1 process", documents, run_rules(documents, 1))
    report("rules only, 2 processes", documents, run_rules(documents, 2))
    if not args.no_embeddings:
        sample = documents[: max(50, len(documents) // 10)]
        started = time.perf_counter()
        from nlp.vectors.embeddings import embed_texts

        embed_texts(["load"])
        print(f"{'embedding model load':<34} {time.perf_counter() - started:6.2f} s")
        report("rules + embeddings, 1 process", sample, run_with_embeddings(sample))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (this process)':<34} {peak:6.0f} MiB")


if __name__ == "__main__":
    main()
