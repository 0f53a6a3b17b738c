"""The semantic index: every change vector in one memory-mapped file beside the database.

`tariffwatch.db.vectors` holds a 64-byte header then float32 rows; `tariffwatch.db.vectors.ids`
the change id of each row. Every process maps the same pages (the page cache holds one copy,
however many web workers and CLI searches run), and new vectors are appended as they are
embedded: `embedding_log` (filled by triggers on change_embeddings) says what happened since
the file was last brought up to date. Anything but new rows (a vector replaced or deleted)
rebuilds the file from the table, into a new file renamed over the old one, so a reader that
still maps the old one keeps a consistent view. SQLite stays the source of truth: the file can
be deleted at any time and is rebuilt on the next search.
"""

from __future__ import annotations

import fcntl
import os
import struct
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"TWVEC001"
HEADER = struct.Struct("<8sIQQ")  # magic, dimensions, rows, embedding_log sequence reached
HEADER_BYTES = 64
BATCH = 20_000


@dataclass
class VectorView:
    """Read-only, memory-mapped: `matrix[i]` is the vector of change `ids[i]`."""

    ids: np.ndarray
    matrix: np.ndarray
    sequence: int


class VectorFile:
    def __init__(self, database: str | Path, dimensions: int = 384):
        self.path = Path(f"{database}.vectors")
        self.ids_path = Path(f"{database}.vectors.ids")
        self.lock_path = Path(f"{database}.vectors.lock")
        self.dimensions = dimensions

    @contextmanager
    def _locked(self, mode: int):
        with open(self.lock_path, "a+b") as lock:
            fcntl.flock(lock, mode)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _header(self) -> tuple[int, int] | None:
        """(rows, sequence) of a valid file of our dimensions, else None."""
        try:
            with open(self.path, "rb") as handle:
                magic, dimensions, rows, sequence = HEADER.unpack(handle.read(HEADER.size))
        except (OSError, struct.error):
            return None
        if magic != MAGIC or dimensions != self.dimensions:
            return None
        return rows, sequence

    def view(self) -> VectorView | None:
        with self._locked(fcntl.LOCK_SH):
            header = self._header()
            if header is None:
                return None
            rows, sequence = header
            if rows == 0:
                return VectorView(np.zeros(0, np.int64), np.zeros((0, self.dimensions), np.float32), sequence)
            matrix = np.memmap(self.path, np.float32, "r", HEADER_BYTES, (rows, self.dimensions))
            ids = np.memmap(self.ids_path, np.int64, "r", 0, (rows,))
            return VectorView(ids, matrix, sequence)

    def sequence(self) -> int | None:
        header = self._header()
        return header[1] if header else None

    def sync(self, db) -> None:
        """Bring the file up to the table: append new vectors, or rebuild when any was replaced."""
        with self._locked(fcntl.LOCK_EX):
            latest = db.execute("select coalesce(max(seq), 0) from embedding_log").fetchone()[0]
            header = self._header()
            if header and header[1] == latest:
                return
            if header is None or not self._append(db, *header, latest):
                self._rebuild(db, latest)

    def _append(self, db, rows: int, sequence: int, latest: int) -> bool:
        """Append the vectors logged after `sequence`; False when the log holds more than inserts
        of ids after the last one in the file (a rebuild is needed)."""
        changes = db.execute(
            "select op, min(change_id), count(*) from embedding_log where seq > ? group by op", [sequence]
        ).fetchall()
        if any(op != "insert" for op, _, _ in changes) or self.ids_path.stat().st_size != rows * 8:
            return False
        last_id = int(np.memmap(self.ids_path, np.int64, "r", (rows - 1) * 8, (1,))[0]) if rows else 0
        if changes and changes[0][1] <= last_id:
            return False
        cursor = db.execute(
            "select e.change_id, e.vector from change_embeddings e where e.change_id in "
            "(select change_id from embedding_log where seq > ? and seq <= ?) order by e.change_id",
            [sequence, latest],
        )
        added = _write_rows(self.path, self.ids_path, self.dimensions, cursor, rows)
        _write_header(self.path, self.dimensions, rows + added, latest)
        return True

    def _rebuild(self, db, latest: int) -> None:
        path, ids_path = Path(f"{self.path}.new"), Path(f"{self.ids_path}.new")
        ids_path.write_bytes(b"")
        _write_header(path, self.dimensions, 0, 0)
        cursor = db.execute("select change_id, vector from change_embeddings order by change_id")
        rows = _write_rows(path, ids_path, self.dimensions, cursor, 0)
        _write_header(path, self.dimensions, rows, latest)
        os.replace(ids_path, self.ids_path)
        os.replace(path, self.path)


def _write_rows(path: Path, ids_path: Path, dimensions: int, cursor, start: int) -> int:
    """Rows from (change_id, vector blob) pairs, written from row `start` on; returns how many."""
    written = 0
    with open(path, "r+b") as vectors, open(ids_path, "r+b") as ids:
        while batch := cursor.fetchmany(BATCH):
            good = [(row[0], row[1]) for row in batch if len(row[1]) == dimensions * 4]
            vectors.seek(HEADER_BYTES + (start + written) * dimensions * 4)
            vectors.write(b"".join(blob for _, blob in good))
            ids.seek((start + written) * 8)
            ids.write(np.array([change_id for change_id, _ in good], np.int64).tobytes())
            written += len(good)
        for handle in (vectors, ids):
            handle.flush()
            os.fsync(handle.fileno())
    return written


def _write_header(path: Path, dimensions: int, rows: int, sequence: int) -> None:
    """Written last: a reader sees either the old rows or all the new ones, never half of them."""
    with open(path, "r+b" if path.exists() else "w+b") as handle:
        handle.write(HEADER.pack(MAGIC, dimensions, rows, sequence).ljust(HEADER_BYTES, b"\0"))
        handle.flush()
        os.fsync(handle.fileno())
