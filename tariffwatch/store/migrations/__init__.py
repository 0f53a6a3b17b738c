"""Numbered schema migrations, applied once each and recorded in the `migrations` table.

Never edit a migration that has shipped: add a new one, as a function in the newest module of this
package (a new module once that one nears 400 lines), appended to MIGRATIONS. Unique keys here are
what make every re-crawl and re-run idempotent.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils

from tariffwatch.store.migrations.first_release import (
    m001_core,
    m002_changes,
    m003_embeddings,
    m004_nomenclature,
    m005_subscriptions,
    m006_search,
    m007_health_and_amendments,
)
from tariffwatch.store.migrations.round_two import (
    m008_official_references,
    m009_readers,
    m010_facts,
    m011_backfill,
    m012_search_facts_and_vector_log,
    m013_extraction_failures,
    m014_run_deliveries,
)

MIGRATIONS: list[tuple[int, str, Callable[[sqlite_utils.Database], None]]] = [
    (1, "core tables: sources, documents, versions, runs, crawl state", m001_core),
    (2, "extracted changes with codes and dates", m002_changes),
    (3, "change embeddings, measure evidence, language and duplicates", m003_embeddings),
    (4, "nomenclature (HS, HTSUS...) descriptions loaded by `nomenclature sync`", m004_nomenclature),
    (5, "email subscriptions and the delivery log", m005_subscriptions),
    (6, "full-text search index over changes", m006_search),
    (7, "source health per run; amendments between versions", m007_health_and_amendments),
    (8, "official identifier and citation of documents; metadata evidence of dates", m008_official_references),
    (9, "readers: inferred areas, superseded versions, per-change deliveries, richer subscriptions", m009_readers),
    (10, "rates, quotas, country evidence, official title and identifier; measure vocabulary", m010_facts),
    (11, "backfilled documents and changes; completed backfill windows", m011_backfill),
    (
        12,
        "search: indexed facts of changes; log of change vectors for the semantic index",
        m012_search_facts_and_vector_log,
    ),
    (13, "documents whose extraction failed, with the error", m013_extraction_failures),
    (14, "deliveries sent and failed per run", m014_run_deliveries),
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
