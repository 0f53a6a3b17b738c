"""Extraction throughput through the real machinery (SQLite store, engine, one writer): 1 process,
N worker processes and N Ray actors on a local Ray instance, rules only and with embeddings,
with the scaling efficiency of each (rate with N workers / (N x the rate of 1 process)).

    python bench/extract.py [--megabytes 4] [--embedding-megabytes 0.4] [--workers N] [--no-ray]

The corpus is the project's own fixture documents plus ../shared/eval-dev when present, repeated
to the requested size and stored as distinct documents. Each configuration starts from a copy of
the same store; engine start-up (processes forked, Ray started, models loaded) is timed apart
from the run, which includes reading batches and saving every change in the store.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
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


def make_store(folder: Path, texts: list[str]) -> Path:
    from tariffwatch.store import DocumentRecord, open_store

    path = folder / "corpus.db"
    store = open_store(path)
    store.ensure_source("inbox", "inbox", True, None)
    with store.transaction():
        for number, text in enumerate(texts):
            # A distinct tail per copy: every document is its own content, as in a real backfill.
            record = DocumentRecord("inbox", f"doc-{number:06d}", f"file:///doc-{number:06d}", f"{text}\n[{number}]")
            store.save_document(record)
    store.db.execute("pragma wal_checkpoint(truncate)")
    store.close()
    return path


def workers_cpu(engine_run) -> float:
    """CPU seconds the worker processes of a process engine have used so far (0 for any other engine)."""
    owner = getattr(engine_run, "__self__", None)
    total = 0.0
    for pid in owner.worker_pids() if hasattr(owner, "worker_pids") else []:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    return total


def run(
    database: Path, folder: Path, engine: str, workers: int, embeddings: bool
) -> tuple[float, float, int, float, float]:
    """(start-up seconds, run seconds, documents, CPU seconds of this process and of the workers during the run)
    for one configuration on a fresh copy of the store."""
    from nlp.engines import open_engine
    from nlp.runner import WARM_UPS, ExtractionOptions, extract_pending
    from nlp.vectors.embeddings import use_one_thread
    from tariffwatch.store import open_store

    use_one_thread()  # "1 process" is one worker on one core, as each of the N workers and Ray actors is
    copy = folder / f"{engine}-{workers}-{int(embeddings)}.db"
    shutil.copy(database, copy)
    store = open_store(copy)
    options = ExtractionOptions(embeddings=embeddings, documents_per_batch=16)
    task = options.task()
    started = time.perf_counter()
    with open_engine(engine, workers, None, task, gpus=embeddings) as engine_run:
        list(engine_run(task, [list(WARM_UPS)] * workers))  # every worker up and its models loaded
        ready, cpu, cpu_workers = time.perf_counter(), time.process_time(), workers_cpu(engine_run)
        counts = extract_pending(store, options, engine=engine_run)
        finished, cpu = time.perf_counter(), time.process_time() - cpu
        cpu_workers = workers_cpu(engine_run) - cpu_workers
    store.close()
    copy.unlink()
    return ready - started, finished - ready, counts.documents, cpu, cpu_workers


def writer_only(database: Path, folder: Path, embeddings: bool) -> tuple[float, int]:
    """(seconds, documents) the one writer takes to save changes computed beforehand: the ceiling of
    any number of workers, since every result goes through it."""
    from nlp import EXTRACTOR_VERSION
    from nlp.runner import ExtractionOptions, extract_batch, save_batch
    from nlp.vectors.dedup import DuplicateFinder
    from tariffwatch.store import open_store

    copy = folder / "writer.db"
    shutil.copy(database, copy)
    store = open_store(copy)
    options = ExtractionOptions(embeddings=embeddings, documents_per_batch=16)
    ids = store.pending_document_ids(EXTRACTOR_VERSION)
    batches = [store.documents_for_extraction(ids[at : at + 16]) for at in range(0, len(ids), 16)]
    results = [extract_batch(batch, embeddings) for batch in batches]
    finder = DuplicateFinder(store, EXTRACTOR_VERSION, options.duplicate_threshold) if embeddings else None
    started = time.perf_counter()
    for batch, changes in zip(batches, results, strict=True):
        save_batch(store, batch, changes, finder)
    seconds = time.perf_counter() - started
    store.close()
    copy.unlink()
    return seconds, len(ids)


def report(label: str, megabytes: float, documents: int, startup: float, seconds: float, workers: int, base: float):
    rate = megabytes / seconds
    efficiency = f"{rate / (workers * base):5.0%}" if base else "    -"
    print(
        f"{label:<40} {rate:6.2f} MB/s {documents / seconds:7.1f} docs/s  {rate / workers:5.2f} MB/s per worker  "
        f"efficiency {efficiency}  ({documents} docs, {megabytes:.1f} MB, {seconds:.1f} s; start-up {startup:.1f} s)"
    )
    return rate


def bench(texts: list[str], workers: int, embeddings: bool, ray: bool) -> None:
    kind = "rules + embeddings" if embeddings else "rules only"
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database = make_store(folder, texts)
        startup, seconds, documents, cpu, _ = run(database, folder, "local", 1, embeddings)
        base = report(f"{kind}, 1 process", megabytes, documents, startup, seconds, 1, 0)
        # CPU time counts what this process got, not what others on a shared machine took from it
        # (with embeddings it includes torch's own threads): the rate of one busy core.
        print(f"{kind + ', 1 process per CPU second':<40} {megabytes / cpu:6.2f} MB/s of CPU ({cpu:.1f} CPU s)")
        startup, seconds, documents, parent, children = run(database, folder, "local", workers, embeddings)
        report(f"{kind}, {workers} processes", megabytes, documents, startup, seconds, workers, base)
        # where N workers' CPU goes: the parent (reading, sending, saving) takes a core's share from them
        print(
            f"{kind + f', {workers} processes, CPU seconds':<40} parent {parent:.1f}, workers {children:.1f} "
            f"({megabytes / children:.2f} MB per worker CPU second)"
        )
        if ray:
            startup, seconds, documents, _, _ = run(database, folder, "ray", workers, embeddings)
            report(f"{kind}, Ray local, {workers} actors", megabytes, documents, startup, seconds, workers, base)
        seconds, documents = writer_only(database, folder, embeddings)
        print(
            f"{kind + ', the writer alone':<40} {documents / seconds:7.1f} docs/s saved "
            f"({megabytes / seconds:.2f} MB/s)"
        )


def main() -> None:
    from nlp.engines import default_workers

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=4, help="corpus size, rules only")
    parser.add_argument("--embedding-megabytes", type=float, default=0.4, help="corpus size with embeddings")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--no-ray", action="store_true", help="skip Ray (when the ray extra is not installed)")
    parser.add_argument("--no-embeddings", action="store_true")
    args = parser.parse_args()
    print(f"{args.workers} workers on {default_workers()} cores; efficiency = rate / (workers x rate of 1 process)")
    bench(corpus(args.megabytes), args.workers, embeddings=False, ray=not args.no_ray)
    if not args.no_embeddings:
        bench(corpus(args.embedding_megabytes), args.workers, embeddings=True, ray=not args.no_ray)


if __name__ == "__main__":
    main()
