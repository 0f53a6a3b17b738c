"""Migrations 1-7: the schema of the first release (documents, changes, search, subscriptions)."""

from __future__ import annotations

import sqlite_utils


def m001_core(db: sqlite_utils.Database) -> None:
    db["sources"].create(
        {"name": str, "kind": str, "enabled": int, "base_url": str, "created_at": str},
        pk="name",
    )
    db["documents"].create(
        {
            "id": int,
            "source": str,
            "external_id": str,
            "url": str,
            "title": str,
            "published_date": str,
            "fetched_at": str,
            "content_type": str,
            "text": str,
            "content_hash": str,
            "revision": str,
            "jurisdiction": str,
            "metadata": str,
        },
        pk="id",
        foreign_keys=[("source", "sources", "name")],
    )
    db["documents"].create_index(["source", "external_id"], unique=True)
    db["documents"].create_index(["published_date"])
    db["document_versions"].create(
        {
            "id": int,
            "document_id": int,
            "content_hash": str,
            "fetched_at": str,
            "text": str,
            "content_type": str,
            "title": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["document_versions"].create_index(["document_id", "content_hash"], unique=True)
    db["runs"].create(
        {
            "id": int,
            "command": str,
            "started_at": str,
            "finished_at": str,
            "status": str,
            "documents_new": int,
            "documents_updated": int,
            "changes_extracted": int,
            "error": str,
        },
        pk="id",
    )
    db["run_sources"].create(
        {
            "id": int,
            "run_id": int,
            "source": str,
            "started_at": str,
            "finished_at": str,
            "status": str,
            "discovered": int,
            "fetched": int,
            "new_documents": int,
            "new_versions": int,
            "unchanged": int,
            "failed_items": int,
            "error": str,
            "problems": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id"), ("source", "sources", "name")],
    )
    db["run_sources"].create_index(["run_id", "source"], unique=True)
    db["source_state"].create({"source": str, "key": str, "value": str}, pk=("source", "key"))
    db["http_validators"].create({"url": str, "etag": str, "last_modified": str, "updated_at": str}, pk="url")


def m002_changes(db: sqlite_utils.Database) -> None:
    db["changes"].create(
        {
            "id": int,
            "document_id": int,
            "version_id": int,
            "content_hash": str,
            "extractor_version": str,
            "jurisdiction": str,
            "title": str,
            "url": str,
            "published_date": str,
            "first_seen": str,
            "measure_types": str,
            "countries": str,
            "summary": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("version_id", "document_versions", "id")],
    )
    db["changes"].create_index(["document_id", "content_hash", "extractor_version"], unique=True)
    db["changes"].create_index(["first_seen"])
    db["change_codes"].create(
        {
            "id": int,
            "change_id": int,
            "code": str,
            "code_to": str,
            "level": str,
            "ex": int,
            "role": str,
            "text": str,
            "start": int,
            "end": int,
            "sentence": str,
        },
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
    )
    db["change_codes"].create_index(["change_id"])
    db["change_codes"].create_index(["code"])
    db["change_dates"].create(
        {
            "id": int,
            "change_id": int,
            "type": str,
            "date": str,
            "derived": int,
            "text": str,
            "start": int,
            "end": int,
            "sentence": str,
        },
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
    )
    db["change_dates"].create_index(["change_id"])
    db["change_dates"].create_index(["type", "date"])


def m003_embeddings(db: sqlite_utils.Database) -> None:
    db["changes"].add_column("language", str)
    db["changes"].add_column("measure_evidence", str)
    db["changes"].add_column("duplicate_of", int)
    db["change_embeddings"].create(
        {"change_id": int, "model": str, "dimensions": int, "vector": bytes},
        pk="change_id",
        foreign_keys=[("change_id", "changes", "id")],
    )


def m004_nomenclature(db: sqlite_utils.Database) -> None:
    db["nomenclature"].create(
        {"system": str, "code": str, "description": str, "parent": str, "level": str},
        pk=("system", "code"),
    )
    db["nomenclature"].create_index(["code"])
    db["nomenclature_syncs"].create({"system": str, "url": str, "synced_at": str, "entries": int}, pk="system")


def m005_subscriptions(db: sqlite_utils.Database) -> None:
    db["subscriptions"].create(
        {
            "id": int,
            "email": str,
            "hs_prefixes": str,
            "jurisdictions": str,
            "measures": str,
            "status": str,
            "status_reason": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
    )
    db["subscriptions"].create_index(["email"], unique=True)
    db["deliveries"].create(
        {
            "id": int,
            "subscription_id": int,
            "digest_date": str,
            "status": str,
            "message_id": str,
            "changes": int,
            "attempts": int,
            "last_error": str,
            "updated_at": str,
            "sent_at": str,
        },
        pk="id",
        foreign_keys=[("subscription_id", "subscriptions", "id")],
    )
    db["deliveries"].create_index(["subscription_id", "digest_date"], unique=True)


def m006_search(db: sqlite_utils.Database) -> None:
    # Full-text index of changes, kept in sync by ChangeStore.save_change (rowid = change id).
    # `codes` holds every prefix of every code (72 7208 720851 72085120) so a search for a
    # heading finds its subheadings.
    db.execute(
        "create virtual table changes_fts using fts5("
        "title, summary, evidence, codes, body, tokenize = 'porter unicode61')"
    )
    db["change_codes"].create_index(["code", "code_to"])
    db["changes"].create_index(["jurisdiction"])


def m007_health_and_amendments(db: sqlite_utils.Database) -> None:
    db["run_sources"].add_column("health", str)
    db["changes"].add_column("amendments", str)  # what changed against the previous version
