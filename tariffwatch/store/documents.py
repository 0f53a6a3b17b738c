"""Documents, their versions, per-source crawl state and HTTP validators."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from tariffwatch.store.records import DocumentRecord, SaveOutcome

DESCRIPTIVE_COLUMNS = ("title", "url", "published_date", "jurisdiction", "identifier", "citation")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class DocumentStore:
    db: sqlite_utils.Database  # noqa: F821 (set by Store)

    def ensure_source(self, name: str, kind: str, enabled: bool, base_url: str | None) -> None:
        with self.db.atomic():
            self.db["sources"].upsert(
                {"name": name, "kind": kind, "enabled": int(enabled), "base_url": base_url},
                pk="name",
            )
            self.db.execute(
                "update sources set created_at = coalesce(created_at, ?) where name = ?",
                [utc_now(), name],
            )

    def known_revision(self, source: str, external_id: str) -> str | None:
        """The revision marker stored for a document, '' when it has none, None when unknown."""
        row = self.db.execute(
            "select coalesce(revision, '') from documents where source = ? and external_id = ?",
            [source, external_id],
        ).fetchone()
        return None if row is None else row[0]

    def save_document(self, record: DocumentRecord) -> SaveOutcome:
        """Insert or update a document; every distinct content becomes a version. Idempotent."""
        digest = record.content_hash
        now = utc_now()
        with self.db.atomic():
            existing = self.db.execute(
                "select id, content_hash from documents where source = ? and external_id = ?",
                [record.source, record.external_id],
            ).fetchone()
            row = self._document_row(record, digest, now)
            if existing is None:
                document_id = self.db["documents"].insert(row).last_pk
                outcome = SaveOutcome.NEW
            elif existing[1] == digest:
                # Same text: no new version, but corrected metadata (a sidecar edited, an identifier
                # the source now gives) replaces the old.
                described = {key: row[key] for key in DESCRIPTIVE_COLUMNS if row[key] is not None}
                self.db["documents"].update(existing[0], {"revision": record.revision, **described})
                return SaveOutcome.UNCHANGED
            else:
                document_id = existing[0]
                self.db["documents"].update(document_id, row)
                outcome = SaveOutcome.NEW_VERSION
            self.db["document_versions"].insert(
                {
                    "document_id": document_id,
                    "content_hash": digest,
                    "fetched_at": now,
                    "text": record.text,
                    "content_type": record.content_type,
                    "title": record.title,
                },
                ignore=True,
            )
        return outcome

    @staticmethod
    def _document_row(record: DocumentRecord, digest: str, now: str) -> dict:
        return {
            "source": record.source,
            "external_id": record.external_id,
            "url": record.url,
            "title": record.title,
            "published_date": record.published_date,
            "fetched_at": now,
            "content_type": record.content_type,
            "text": record.text,
            "content_hash": digest,
            "revision": record.revision,
            "jurisdiction": record.jurisdiction,
            "metadata": json.dumps(record.metadata, sort_keys=True),
            "identifier": record.identifier,
            "citation": record.citation,
            "backfilled": int(record.backfilled),
        }

    def document_versions(self, document_id: int) -> list[dict]:
        return list(self.db.query("select * from document_versions where document_id = ? order by id", [document_id]))

    def document_by_external_id(self, source: str, external_id: str) -> dict | None:
        rows = list(
            self.db.query("select * from documents where source = ? and external_id = ?", [source, external_id])
        )
        return rows[0] if rows else None

    def version_text(self, version_id: int) -> str:
        row = self.db.execute("select text from document_versions where id = ?", [version_id]).fetchone()
        return row[0] if row else ""

    def link_same_documents(self, source: str, target_source: str, key: str) -> int:
        """Record in each `source` document's metadata (under `key`) the id of the `target_source`
        document with the same external id; returns how many links are new."""
        rows = self.db.execute(
            "select a.id, a.metadata, b.id from documents a join documents b on b.external_id = a.external_id "
            "and b.source = ? where a.source = ?",
            [target_source, source],
        ).fetchall()
        linked = 0
        with self.db.atomic():
            for document_id, metadata, target_id in rows:
                data = json.loads(metadata or "{}")
                if data.get(key) != target_id:
                    data[key] = target_id
                    self.db["documents"].update(document_id, {"metadata": json.dumps(data, sort_keys=True)})
                    linked += 1
        return linked

    def fill_document_facts(self, document_id: int, facts: dict) -> None:
        """Set published_date / jurisdiction where the document has none (never overwrites)."""
        with self.db.atomic():
            for column in ("published_date", "jurisdiction"):
                if facts.get(column):
                    self.db.execute(
                        f"update documents set {column} = ? where id = ? and {column} is null",
                        [facts[column], document_id],
                    )

    def document(self, document_id: int) -> dict | None:
        rows = list(self.db.query("select * from documents where id = ?", [document_id]))
        return rows[0] if rows else None

    def get_state(self, source: str, key: str) -> str | None:
        row = self.db.execute("select value from source_state where source = ? and key = ?", [source, key]).fetchone()
        return row[0] if row else None

    def set_state(self, source: str, key: str, value: str) -> None:
        with self.db.atomic():
            self.db["source_state"].upsert({"source": source, "key": key, "value": value}, pk=("source", "key"))

    def validators(self, url: str) -> dict:
        rows = list(self.db.query("select etag, last_modified from http_validators where url = ?", [url]))
        return rows[0] if rows else {}

    def save_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        if not etag and not last_modified:
            return
        with self.db.atomic():
            self.db["http_validators"].upsert(
                {"url": url, "etag": etag, "last_modified": last_modified, "updated_at": utc_now()},
                pk="url",
            )
