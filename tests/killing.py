"""Killing a real `tariffwatch` process with SIGKILL mid-way, and reading its database meanwhile."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


def count_rows(database: Path, sql: str) -> int:
    """A count read-only, so polling never competes with the process under test for locks."""
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.Error:  # tables not created yet by the other process
        return 0


def kill_session(session_id: int) -> None:
    """SIGKILL every process of a session we started (the CLI, its workers, a local Ray instance)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session_id:  # stat field 6: the session id
            try:
                os.kill(int(entry.name), signal.SIGKILL)
            except ProcessLookupError:
                pass


def run_and_kill(args: list[str], config: Path, when: Callable[[], bool], timeout: float = 120) -> bool:
    """Run `tariffwatch ARGS` in its own session; SIGKILL it (and all it started) as soon as `when()`
    holds. Returns whether it was killed (False: it finished first)."""
    env = {**os.environ, "TARIFFWATCH_CONFIG": str(config)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tariffwatch.cli", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if when():
                kill_session(process.pid)
                process.wait()
                return True
            time.sleep(0.005)
        return False
    finally:
        kill_session(process.pid)  # whatever is left (a finished run's Ray processes included)
        process.wait()
