"""Documents whose extraction failed: recorded with the error, skipped until they change."""

from __future__ import annotations

from tariffwatch.store.documents import utc_now


class FailureStore:
    db: sqlite_utils.Database  # noqa: F821

    def record_extraction_failure(
        self, document_id: int, content_hash: str, extractor_version: str, error: str
    ) -> None:
        with self.db.atomic():
            self.db["extraction_failures"].upsert(
                {
                    "document_id": document_id,
                    "content_hash": content_hash,
                    "extractor_version": extractor_version,
                    "error": error,
                    "failed_at": utc_now(),
                },
                pk=("document_id", "content_hash", "extractor_version"),
            )

    def extraction_failures(self, extractor_version: str) -> list[dict]:
        """Failed documents of this extractor version, with their source and external id."""
        return list(
            self.db.query(
                "select f.*, d.source, d.external_id from extraction_failures f "
                "join documents d on d.id = f.document_id and d.content_hash = f.content_hash "
                "where f.extractor_version = ? order by f.document_id",
                [extractor_version],
            )
        )

    def clear_extraction_failures(self) -> int:
        """Forget every recorded failure, so the next extraction tries those documents again."""
        with self.db.atomic():
            return self.db.execute("delete from extraction_failures").rowcount
