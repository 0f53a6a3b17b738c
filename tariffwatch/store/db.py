"""Opening the database and the Store facade.

Concurrency rules, kept here so every caller gets them:
- one connection per user (a CLI run, a web request: see `ConnectionPool`); a connection may move
  between threads with its user (FastAPI runs a request's dependency and endpoint on pool threads),
  but is never used by two at once;
- WAL: readers never wait for the writer, and the writer never waits for readers;
- every write transaction starts as a write (BEGIN IMMEDIATE), so it waits its turn (busy_timeout)
  instead of failing with "database is locked" when another process wrote after it began reading;
- whole runs (daily, crawl, extract, send, backfill) take the run lock (`tariffwatch.store.lock`).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import sqlite_utils

from tariffwatch.errors import TariffwatchError
from tariffwatch.store.backfill import BackfillStore
from tariffwatch.store.changes import ChangeStore
from tariffwatch.store.documents import DocumentStore
from tariffwatch.store.duplicates import DuplicateStore
from tariffwatch.store.failures import FailureStore
from tariffwatch.store.lock import RunLock
from tariffwatch.store.migrations import apply_migrations
from tariffwatch.store.nomenclature import NomenclatureStore
from tariffwatch.store.runs import RunStore
from tariffwatch.store.search import SearchStore
from tariffwatch.store.subscriptions import SubscriptionStore

BUSY_TIMEOUT_SECONDS = 30


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost transactions begin IMMEDIATE (nested ones stay savepoints).

    A deferred transaction that reads, then writes, cannot upgrade its read snapshot once another
    process has committed: SQLite answers "database is locked" at once, without waiting. Taking the
    write lock first makes it wait (busy_timeout) and then see the latest data.
    """

    @contextlib.contextmanager
    def atomic(self):
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


class Store(
    DocumentStore,
    RunStore,
    ChangeStore,
    DuplicateStore,
    FailureStore,
    NomenclatureStore,
    SubscriptionStore,
    SearchStore,
    BackfillStore,
):
    """Facade over one SQLite file. Each mixin owns one group of tables."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None = None):
        self.db = db
        self.path = path

    def run_lock(self, command: str, wait_seconds: float) -> RunLock:
        """Hold the store for one whole run: `with store.run_lock("backfill", wait):`.

        A second run waits up to `wait_seconds`, then raises BusyError naming the running one. Once
        held, runs left `running` by a killed process are marked `interrupted`.
        """
        return RunLock(self.path, command, wait_seconds, on_acquire=self.mark_interrupted_runs)

    def transaction(self):
        """Everything inside lands together or not at all (nested blocks use savepoints)."""
        return self.db.atomic()

    def close(self) -> None:
        self.db.close()


def _migrate(db: sqlite_utils.Database) -> None:
    """Apply pending migrations holding the write lock from the start, so two processes opening
    a new database at once wait for each other instead of both creating tables."""
    db.execute("BEGIN IMMEDIATE")
    try:
        apply_migrations(db)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def open_store(path: str | Path, migrate: bool = True) -> Store:
    """Open (creating if needed) the database in WAL mode and apply pending migrations.

    `migrate=False` is for short-lived readers (web requests) of a database already migrated.
    """
    try:
        db = Database(connect(path))
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")  # with WAL: no corruption on crash, far fewer fsyncs
        if migrate:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.enable_wal()
            _migrate(db)
    except sqlite3.DatabaseError as exc:
        raise TariffwatchError(f"{path}: cannot open database ({exc})") from None
    return Store(db, Path(path))


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection whose implicit transactions (Python's, before an INSERT/UPDATE) begin IMMEDIATE too.

    `check_same_thread=False`: a web request's connection is opened on one pool thread and used on
    another; it is still used by one request at a time (see ConnectionPool).
    """
    connection = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level="IMMEDIATE", check_same_thread=False
    )
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    return connection
