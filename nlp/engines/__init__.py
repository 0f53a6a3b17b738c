"""Where extraction runs: in this process, in worker processes, or on a Ray cluster.

Every engine takes the same pure task (`nlp.runner.extract_batch` with its options) and gives
back (documents, changes) per batch in the order the batches went in, so the one writer
(`nlp.runner.save_batch`) stores identical results whichever engine did the work. A bounded
number of batches is in flight at a time: memory stays flat on a backfill of millions.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from nlp.runner import Results, Task, in_process
from tariffwatch.errors import InputError

ENGINES = ("local", "ray")


def default_workers() -> int:
    """The machine's cores (those this process may use)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def in_order(
    batches: Iterable[list[dict]], submit: Callable[[list[dict]], Callable[[], list[dict]]], window: int
) -> Results:
    """Submit batches (at most `window` in flight); yield each with its result, in submission order.

    `submit(batch)` starts the work and returns what waits for its result."""
    in_flight: deque = deque()
    for batch in batches:
        in_flight.append((batch, submit(batch)))
        if len(in_flight) >= window:
            done, wait = in_flight.popleft()
            yield done, wait()
    while in_flight:
        done, wait = in_flight.popleft()
        yield done, wait()


@contextmanager
def open_engine(kind: str, workers: int | None, address: str | None, task: Task, gpus: bool = False) -> Iterator:
    """An engine for `nlp.runner.extract_pending`: a callable (task, batches) -> ordered results.

    kind "local": `workers` processes (1: this process); kind "ray": actors on the cluster at
    `address` (None: a local Ray instance with `workers` CPUs). `gpus`: the task embeds, so Ray
    actors take a share of the cluster's GPUs when it has any."""
    if kind not in ENGINES:
        raise InputError(f"--engine: {kind!r} is not one of {', '.join(ENGINES)}")
    if address and kind != "ray":
        raise InputError("--address: only with --engine ray")
    if workers is not None and workers < 1:
        raise InputError(f"--workers: {workers} is not a positive number")
    if kind == "ray":
        from nlp.engines.on_ray import RayEngine

        engine = RayEngine(task, workers, address, gpus)
    elif (workers or default_workers()) > 1:
        from nlp.engines.processes import ProcessEngine

        engine = ProcessEngine(task, workers or default_workers())
    else:
        yield in_process
        return
    try:
        yield engine.results
    finally:
        engine.close()
