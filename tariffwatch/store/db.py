"""Opening the database and the Store facade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from tariffwatch.errors import TariffwatchError
from tariffwatch.store.backfill import BackfillStore
from tariffwatch.store.changes import ChangeStore
from tariffwatch.store.documents import DocumentStore
from tariffwatch.store.migrations import apply_migrations
from tariffwatch.store.nomenclature import NomenclatureStore
from tariffwatch.store.runs import RunStore
from tariffwatch.store.search import SearchStore
from tariffwatch.store.subscriptions import SubscriptionStore


class Store(DocumentStore, RunStore, ChangeStore, NomenclatureStore, SubscriptionStore, SearchStore, BackfillStore):
    """Facade over one SQLite file. Each mixin owns one group of tables."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

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
        db = sqlite_utils.Database(str(path))
        db.execute("PRAGMA busy_timeout = 30000")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")  # with WAL: no corruption on crash, far fewer fsyncs
        if migrate:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.enable_wal()
            _migrate(db)
    except sqlite3.DatabaseError as exc:
        raise TariffwatchError(f"{path}: cannot open database ({exc})") from None
    return Store(db)
