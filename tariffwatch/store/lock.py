"""One run at a time per store: an exclusive lock on `<database>.lock`, held for the whole run.

`daily`, `crawl`, `extract`, `send` and `backfill` each hold it from start to end, so two runs
never interleave their reads and writes (cron overlapping a run started by hand used to give
"database is locked", FOREIGN KEY failures and digests sent twice). A second run waits up to
its configured time, then stops with one line naming the run that holds the store.

The lock is an flock(2) on a file beside the database: the kernel releases it when its process
ends, however it ends (SIGKILL included), so a killed run never leaves a stale lock behind. The
file's text names the holder (command, pid, start time) for the waiting run's message.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tariffwatch.errors import BusyError

POLL_SECONDS = 0.1


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class RunLock:
    """Context manager (and decorator) holding the store's run lock.

    `on_acquire` runs once the lock is held (the store marks runs left `running` as interrupted:
    while we hold the lock, no other run can be alive).
    """

    def __init__(
        self, database: Path, command: str, wait_seconds: float, on_acquire: Callable[[], object] | None = None
    ):
        self.path = lock_path(Path(database))
        self.command = command
        self.wait_seconds = wait_seconds
        self.on_acquire = on_acquire
        self._handle = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def __call__(self, function):
        def locked(*args, **kwargs):
            with self:
                return function(*args, **kwargs)

        return locked

    def acquire(self) -> None:
        handle = self.path.open("a+", encoding="utf-8")
        deadline = time.monotonic() + self.wait_seconds
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _holder(handle)
                    handle.close()
                    raise BusyError(self._busy_message(holder)) from None
                time.sleep(POLL_SECONDS)
        self._handle = handle
        _write_holder(handle, self.command)
        if self.on_acquire:
            try:
                self.on_acquire()
            except BaseException:
                self.release()
                raise

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None

    def _busy_message(self, holder: dict) -> str:
        running = holder.get("command") or "another run"
        since = f", started {holder['started_at']}" if holder.get("started_at") else ""
        pid = f" (pid {holder['pid']}{since})" if holder.get("pid") else ""
        return (
            f"`{running}`{pid} is running on {self.path.with_suffix('')}; `{self.command}` waited "
            f"{self.wait_seconds:g} s for it (runs.lock_wait_seconds)"
        )


def _write_holder(handle, command: str) -> None:
    handle.seek(0)
    handle.truncate()
    started = datetime.now(UTC).isoformat(timespec="seconds")
    handle.write(json.dumps({"command": command, "pid": os.getpid(), "started_at": started}))
    handle.flush()


def _holder(handle) -> dict:
    """Who holds the lock, as the holder wrote it (empty if it is just being written)."""
    handle.seek(0)
    try:
        data = json.loads(handle.read() or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
