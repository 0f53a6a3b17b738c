"""Numbered schema migrations, applied once each and recorded in the `migrations` table.

Never edit a migration that has shipped: add a new one. Unique keys here are what make every
re-crawl and re-run idempotent.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils


def _m001_core(db: sqlite_utils.Database) -> None:
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


def _m002_changes(db: sqlite_utils.Database) -> None:
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


def _m003_embeddings(db: sqlite_utils.Database) -> None:
    db["changes"].add_column("language", str)
    db["changes"].add_column("measure_evidence", str)
    db["changes"].add_column("duplicate_of", int)
    db["change_embeddings"].create(
        {"change_id": int, "model": str, "dimensions": int, "vector": bytes},
        pk="change_id",
        foreign_keys=[("change_id", "changes", "id")],
    )


def _m004_nomenclature(db: sqlite_utils.Database) -> None:
    db["nomenclature"].create(
        {"system": str, "code": str, "description": str, "parent": str, "level": str},
        pk=("system", "code"),
    )
    db["nomenclature"].create_index(["code"])
    db["nomenclature_syncs"].create({"system": str, "url": str, "synced_at": str, "entries": int}, pk="system")


def _m005_subscriptions(db: sqlite_utils.Database) -> None:
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


def _m006_search(db: sqlite_utils.Database) -> None:
    # Full-text index of changes, kept in sync by ChangeStore.save_change (rowid = change id).
    # `codes` holds every prefix of every code (72 7208 720851 72085120) so a search for a
    # heading finds its subheadings.
    db.execute(
        "create virtual table changes_fts using fts5("
        "title, summary, evidence, codes, body, tokenize = 'porter unicode61')"
    )
    db["change_codes"].create_index(["code", "code_to"])
    db["changes"].create_index(["jurisdiction"])


def _m007_health_and_amendments(db: sqlite_utils.Database) -> None:
    db["run_sources"].add_column("health", str)
    db["changes"].add_column("amendments", str)  # what changed against the previous version


def _m008_official_references(db: sqlite_utils.Database) -> None:
    # Official identifiers from each source's metadata, so readers see "FR Doc. 2025-05887 (90 FR 14957)"
    # or "CELEX:32022R0868" instead of a page header; metadata dates keep the API field they came from.
    db["documents"].add_column("identifier", str)
    db["documents"].add_column("citation", str)
    db["documents"].create_index(["identifier"])
    db["change_dates"].add_column("field", str)  # "API field effective_on": the date came from source metadata
    db["change_dates"].add_column("conflict", str)  # what the other evidence says when text and metadata differ


def _m009_readers(db: sqlite_utils.Database) -> None:
    """One entry per change: inferred product areas, superseded versions, per-change delivery log,
    subscriptions with generations, frequencies, channels, catalogues and double opt-in requests."""
    db["change_areas"].create(
        {"id": int, "change_id": int, "code": str, "level": str, "score": float, "terms": str},
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
    )
    db["change_areas"].create_index(["change_id"])
    db["changes"].add_column("superseded_by", int)
    for column, kind in (("generation", int), ("frequency", str), ("channels", str), ("email_digest", int)):
        db["subscriptions"].add_column(column, kind)
    db.execute("update subscriptions set generation = 1, frequency = 'daily', channels = '[]', email_digest = 1")
    db["subscription_products"].create(
        {"id": int, "subscription_id": int, "code": str, "name": str, "as_written": str},
        pk="id",
        foreign_keys=[("subscription_id", "subscriptions", "id")],
    )
    db["subscription_products"].create_index(["subscription_id"])
    db["subscription_requests"].create(
        {"id": int, "email": str, "request": str, "created_at": str, "confirmed_at": str}, pk="id"
    )
    # Deliveries per channel ('email', or one Apprise target): the unique key gains the channel.
    db["deliveries"].add_column("channel", str, not_null_default="email")
    db.execute("drop index if exists idx_deliveries_subscription_id_digest_date")
    db["deliveries"].create_index(["subscription_id", "digest_date", "channel"], unique=True)
    db["delivered_changes"].create(
        {"delivery_id": int, "subscription_id": int, "change_id": int},
        pk=("delivery_id", "change_id"),
        foreign_keys=[("delivery_id", "deliveries", "id")],
    )
    db["delivered_changes"].create_index(["subscription_id", "change_id"])


# Measure type names before the labelled vocabulary (what subscriptions may still hold).
RENAMED_MEASURES = {
    "suspension": ["duty_suspension"],
    "preference_fta": ["preference"],
    "prohibition_or_licensing": ["prohibition", "licensing"],
    "sanctions": ["sanction"],
}


def _m010_facts(db: sqlite_utils.Database) -> None:
    """Rates, quota volumes and country evidence per change; the official title and identifier
    read from the text; subscriptions moved to the measure vocabulary of the labelled set."""
    for column in ("official_title", "identifier"):
        db["changes"].add_column(column, str)
        db["changes"].add_column(f"{column}_start", int)
        db["changes"].add_column(f"{column}_end", int)
    db["changes"].add_column("official_title_kind", str)  # act, subject or line: how sure the title is
    evidence = {"text": str, "start": int, "end": int, "sentence": str}
    db["change_rates"].create(
        {"id": int, "change_id": int, "value": float, "unit": str, "kind": str, "role": str, "applies_to": str}
        | evidence,
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
    )
    db["change_quotas"].create(
        {"id": int, "change_id": int, "amount": float, "unit": str, "period_start": str, "period_end": str} | evidence,
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
    )
    db["change_countries"].create(
        {"id": int, "change_id": int, "code": str, "role": str} | evidence,
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
    )
    for table in ("change_rates", "change_quotas", "change_countries"):
        db[table].create_index(["change_id"])
    db["change_countries"].create_index(["code", "role"])
    for row in list(db.query("select id, measures from subscriptions where measures is not null")):
        measures = json.loads(row["measures"] or "[]")
        renamed = sorted({new for old in measures for new in RENAMED_MEASURES.get(old, [old])})
        if renamed != measures:
            db["subscriptions"].update(row["id"], {"measures": json.dumps(renamed)})


def _m011_backfill(db: sqlite_utils.Database) -> None:
    # A document first stored by `tariffwatch backfill` is history, not news: the digest leaves its
    # changes out. Each source's completed backfill windows, so a killed backfill resumes after them.
    db["documents"].add_column("backfilled", int, not_null_default=0)
    db["changes"].add_column("backfilled", int, not_null_default=0)
    db["backfill_windows"].create(
        {
            "source": str,
            "window_start": str,
            "window_end": str,
            "discovered": int,
            "new_documents": int,
            "finished_at": str,
        },
        pk=("source", "window_start", "window_end"),
    )


FACTS_OF_NEW_CHANGE = """
    insert or ignore into change_facts (kind, value, change_id)
    select 'measure', value, new.id from json_each(new.measure_types)
    union all select 'country', value, new.id from json_each(new.countries, '$.affected')
    union all select 'country', value, new.id from json_each(new.countries, '$.implementing')
    union all select 'country', new.jurisdiction, new.id where new.jurisdiction is not null;"""


def _m012_search_facts_and_vector_log(db: sqlite_utils.Database) -> None:
    # change_facts: the measure types and countries of every change, indexed, so search finds the
    # changes that state a fact ("anti_dumping", "CN") without reading every row's JSON. Triggers
    # keep it in step with the changes table, whoever writes it.
    db.execute(
        "create table change_facts (kind text not null, value text not null, change_id integer not null, "
        "primary key (kind, value, change_id)) without rowid"
    )
    db.execute("create index change_facts_change on change_facts (change_id)")
    db.execute(f"create trigger changes_facts_insert after insert on changes begin {FACTS_OF_NEW_CHANGE} end")
    db.execute(
        "create trigger changes_facts_update after update of measure_types, countries, jurisdiction on changes "
        f"begin delete from change_facts where change_id = old.id; {FACTS_OF_NEW_CHANGE} end"
    )
    db.execute(
        "create trigger changes_facts_delete after delete on changes begin "
        "delete from change_facts where change_id = old.id; end"
    )
    db.execute(
        "insert or ignore into change_facts (kind, value, change_id) "
        "select 'measure', m.value, c.id from changes c, json_each(c.measure_types) m "
        "union all select 'country', a.value, c.id from changes c, json_each(c.countries, '$.affected') a "
        "union all select 'country', i.value, c.id from changes c, json_each(c.countries, '$.implementing') i "
        "union all select 'country', c.jurisdiction, c.id from changes c where c.jurisdiction is not null"
    )
    # embedding_log: what happened to change vectors, in order. The memory-mapped semantic index
    # beside the database (store/vectors.py) appends the new ones and rebuilds when one was replaced.
    db.execute(
        "create table embedding_log "
        "(seq integer primary key autoincrement, change_id integer not null, op text not null)"
    )
    for op, row in (("insert", "new"), ("update", "new"), ("delete", "old")):
        db.execute(
            f"create trigger change_embeddings_{op} after {op} on change_embeddings begin "
            f"insert into embedding_log (change_id, op) values ({row}.change_id, '{op}'); end"
        )


def _m013_extraction_failures(db: sqlite_utils.Database) -> None:
    # A document whose extraction raised: skipped by later runs until its content or the extractor changes.
    db["extraction_failures"].create(
        {
            "document_id": int,
            "content_hash": str,
            "extractor_version": str,
            "error": str,
            "failed_at": str,
        },
        pk=("document_id", "content_hash", "extractor_version"),
        foreign_keys=[("document_id", "documents", "id")],
    )


MIGRATIONS: list[tuple[int, str, Callable[[sqlite_utils.Database], None]]] = [
    (1, "core tables: sources, documents, versions, runs, crawl state", _m001_core),
    (2, "extracted changes with codes and dates", _m002_changes),
    (3, "change embeddings, measure evidence, language and duplicates", _m003_embeddings),
    (4, "nomenclature (HS, HTSUS...) descriptions loaded by `nomenclature sync`", _m004_nomenclature),
    (5, "email subscriptions and the delivery log", _m005_subscriptions),
    (6, "full-text search index over changes", _m006_search),
    (7, "source health per run; amendments between versions", _m007_health_and_amendments),
    (8, "official identifier and citation of documents; metadata evidence of dates", _m008_official_references),
    (9, "readers: inferred areas, superseded versions, per-change deliveries, richer subscriptions", _m009_readers),
    (10, "rates, quotas, country evidence, official title and identifier; measure vocabulary", _m010_facts),
    (11, "backfilled documents and changes; completed backfill windows", _m011_backfill),
    (
        12,
        "search: indexed facts of changes; log of change vectors for the semantic index",
        _m012_search_facts_and_vector_log,
    ),
    (13, "documents whose extraction failed, with the error", _m013_extraction_failures),
]


def apply_migrations(db: sqlite_utils.Database) -> list[int]:
    """Apply pending migrations in order; the caller holds the transaction. Returns the ids applied."""
    if "migrations" not in db.table_names():
        db["migrations"].create({"id": int, "name": str, "applied_at": str}, pk="id")
    done = {row["id"] for row in db["migrations"].rows}
    applied = []
    for number, name, migrate in MIGRATIONS:
        if number in done:
            continue
        migrate(db)
        db["migrations"].insert({"id": number, "name": name, "applied_at": datetime.now(UTC).isoformat()})
        applied.append(number)
    return applied
