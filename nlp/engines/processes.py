"""Extraction in worker processes on this machine.

Workers come from a fork server that has imported the pipeline once, so each starts in a
fraction of a second and never inherits a parent's torch threads; each loads the pipeline (and
the embedding model) once, before its first batch, and runs torch on one thread. Workers ignore
Ctrl-C: the parent stops them.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor

from nlp.engines import in_order
from nlp.runner import Results, Task, per_document, warm
from nlp.vectors.embeddings import use_one_thread

START_TIMEOUT = 600  # seconds a worker waits for the others to load their models
# Documents per piece of a batch sent to a worker (rules only): with whole batches of 16, one worker still had
# a batch to do while the other had none left (about 4 % of a 4 MB run idle); pieces of 4 leave under 1 %.
PIECE = 4


def _start_worker(task: Task, started) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    use_one_thread()  # N workers, one core each
    warm(task)
    started.wait(START_TIMEOUT)


def _nothing() -> None:
    pass


class ProcessEngine:
    def __init__(self, task: Task, workers: int):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["nlp.runner"])
        self.workers = workers
        # Every worker starts and loads its models before the first batch goes out (the pool would
        # otherwise start them one submission at a time, and a late one would load mid-run).
        started = context.Barrier(workers)
        self.pool = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker, initargs=(task, started)
        )
        for future in [self.pool.submit(_nothing) for _ in range(workers)]:
            future.result()

    def results(self, task: Task, batches: Iterable[list[dict]]) -> Results:
        submit = self._in_pieces(task) if per_document(task) else lambda batch: self.pool.submit(task, batch).result
        return in_order(batches, submit, window=2 * self.workers)

    def _in_pieces(self, task: Task):
        """Submit a batch as pieces of PIECE documents; what waits for it joins their changes in order."""

        def submit(batch: list[dict]):
            pieces = [self.pool.submit(task, batch[at : at + PIECE]) for at in range(0, len(batch), PIECE)]
            return lambda: [change for piece in pieces for change in piece.result()]

        return submit

    def worker_pids(self) -> list[int]:
        """The workers' process ids (for a bench to read their CPU time)."""
        return sorted(self.pool._processes or {})

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
