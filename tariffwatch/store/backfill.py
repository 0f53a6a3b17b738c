"""Backfill progress: which windows of a source's history are completely stored."""

from __future__ import annotations

from tariffwatch.store.documents import utc_now


class BackfillStore:
    db: sqlite_utils.Database  # noqa: F821

    def backfilled_windows(self, source: str) -> set[tuple[str, str]]:
        """(start, end) of each window of `source` a backfill finished, as ISO dates."""
        return {
            (row[0], row[1])
            for row in self.db.execute(
                "select window_start, window_end from backfill_windows where source = ?", [source]
            )
        }

    def finish_backfill_window(self, source: str, start: str, end: str, discovered: int, new_documents: int) -> None:
        """Record a window whose every document is stored: a resumed backfill skips it."""
        with self.db.atomic():
            self.db["backfill_windows"].upsert(
                {
                    "source": source,
                    "window_start": start,
                    "window_end": end,
                    "discovered": discovered,
                    "new_documents": new_documents,
                    "finished_at": utc_now(),
                },
                pk=("source", "window_start", "window_end"),
            )
