"""Extraction on Ray: one actor per CPU, each holding the pipeline and the embedding model.

Batches of pending documents go to the actors through Ray's object store (workers on other
nodes cannot open the SQLite file); changes and vectors come back in submission order to the
one writer in this process. When the cluster has GPUs and the task embeds, each actor takes an
equal share of them and runs the model there; the rules stay on its CPU. Ray is optional
(`pip install 'tariffwatch[ray]'`).
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterable

from nlp.engines import default_workers, in_order
from nlp.runner import Results, Task, warm
from nlp.vectors.embeddings import DEVICE_ENV, use_one_thread
from tariffwatch.errors import InputError, TariffwatchError


class ExtractionActor:
    """Loads the pipeline (and model) once, then extracts batch after batch."""

    def __init__(self, task: Task, device: str):
        os.environ[DEVICE_ENV] = device
        use_one_thread()  # one actor per CPU
        self.task = task
        warm(task)

    def ready(self) -> bool:
        return True

    def extract(self, documents: list[dict]) -> list[dict]:
        return self.task(documents)


def check_reachable(address: str, timeout: float = 5) -> None:
    """Ray retries an unreachable head node for minutes: ask its port once first."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if address == "auto" or not port.isdigit():
        return
    try:
        socket.create_connection((host or "127.0.0.1", int(port)), timeout=timeout).close()
    except OSError as exc:
        raise TariffwatchError(f"--address {address}: no Ray cluster answers there ({exc.strerror or exc})") from None


def _import_ray():
    try:
        import ray
    except ImportError:
        raise InputError("--engine ray needs Ray: pip install 'tariffwatch[ray]'") from None
    return ray


class RayEngine:
    def __init__(self, task: Task, workers: int | None, address: str | None, gpus: bool):
        self.ray = _import_ray()
        self._connect(address, workers)
        from ray.util import ActorPool

        self.actors = self._start_actors(task, workers, gpus)
        self.pool = ActorPool(self.actors)

    def _connect(self, address: str | None, workers: int | None) -> None:
        """Join the cluster at `address`, or start a local instance with `workers` CPUs."""
        quiet = {"logging_level": logging.WARNING, "log_to_driver": False}
        if not address:
            # "local": a new instance of our own, never a cluster some earlier `ray start` left behind
            self.ray.init(address="local", num_cpus=workers or default_workers(), include_dashboard=False, **quiet)
            return
        check_reachable(address)
        try:
            self.ray.init(address=address, **quiet)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            hint = "a cluster with token authentication needs RAY_AUTH_MODE=token here too"
            raise TariffwatchError(f"--address {address}: cannot join the Ray cluster ({exc}); {hint}") from None

    def _start_actors(self, task: Task, workers: int | None, gpus: bool) -> list:
        """One actor per CPU asked for (at most the cluster's), each with its share of the GPUs."""
        ray = self.ray
        resources = ray.cluster_resources()
        cpus = max(1, int(resources.get("CPU", 1)))
        count = min(workers or cpus, cpus)
        share = min(1.0, resources.get("GPU", 0) / count) if gpus else 0.0
        actor = ray.remote(num_cpus=1, num_gpus=share)(ExtractionActor)
        actors = [actor.remote(task, "cuda" if share else "cpu") for _ in range(count)]
        try:
            ray.get([a.ready.remote() for a in actors])  # every model loaded before the first batch
        except ray.exceptions.RayError as exc:
            self.ray.shutdown()
            first = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            raise TariffwatchError(f"Ray: extraction workers could not start ({first[:200]})") from None
        return actors

    def results(self, task: Task, batches: Iterable[list[dict]]) -> Results:
        # The actors hold the task they were built with; `task` is that one (the engine's interface).
        def submit(batch):
            self.pool.submit(lambda actor, documents: actor.extract.remote(documents), batch)
            return self.pool.get_next

        return in_order(batches, submit, window=2 * len(self.actors))

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        self.ray.shutdown()
