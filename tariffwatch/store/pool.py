"""A small pool of open stores for a server: each request takes one, uses it alone, gives it back.

SQLite connections must not be used by two threads at once. A request takes a store for its
whole life (FastAPI may run its dependency and its endpoint on different pool threads, one after
the other, never together), so no connection is ever shared between concurrent requests.
Reusing connections keeps SQLite's parsed schema and page cache warm; the bound keeps a burst of
requests from opening hundreds of files. In WAL mode readers never wait for `daily` writing.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tariffwatch.errors import BusyError
from tariffwatch.store.db import Store, open_store


class StorePool:
    def __init__(self, database: Path, size: int = 8, wait_seconds: float = 30):
        self.database = database
        self.size = size
        self.wait_seconds = wait_seconds
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        self._opened = 0
        self._lock = threading.Lock()

    @contextmanager
    def store(self) -> Iterator[Store]:
        store = self._take()
        try:
            yield store
        finally:
            self._give_back(store)

    def _take(self) -> Store:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        if self._reserve_new():
            try:
                return open_store(self.database, migrate=False)
            except BaseException:
                with self._lock:
                    self._opened -= 1
                raise
        try:
            return self._idle.get(timeout=self.wait_seconds)
        except queue.Empty:
            raise BusyError(f"all {self.size} database connections stayed busy for {self.wait_seconds:g} s") from None

    def _reserve_new(self) -> bool:
        with self._lock:
            if self._opened >= self.size:
                return False
            self._opened += 1
            return True

    def _give_back(self, store: Store) -> None:
        if store.db.conn.in_transaction:  # a request that failed mid-write leaves nothing behind
            store.db.conn.rollback()
        self._idle.put(store)

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
