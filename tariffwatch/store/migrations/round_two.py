"""Migrations 8-13: official references, readers, facts, backfill, search facts, failed extractions."""

from __future__ import annotations

import json

import sqlite_utils


def m008_official_references(db: sqlite_utils.Database) -> None:
    # Official identifiers from each source's metadata, so readers see "FR Doc. 2025-05887 (90 FR 14957)"
    # or "CELEX:32022R0868" instead of a page header; metadata dates keep the API field they came from.
    db["documents"].add_column("identifier", str)
    db["documents"].add_column("citation", str)
    db["documents"].create_index(["identifier"])
    db["change_dates"].add_column("field", str)  # "API field effective_on": the date came from source metadata
    db["change_dates"].add_column("conflict", str)  # what the other evidence says when text and metadata differ


def m009_readers(db: sqlite_utils.Database) -> None:
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


def m010_facts(db: sqlite_utils.Database) -> None:
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


def m011_backfill(db: sqlite_utils.Database) -> None:
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


def m012_search_facts_and_vector_log(db: sqlite_utils.Database) -> None:
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


def m013_extraction_failures(db: sqlite_utils.Database) -> None:
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


def m014_run_deliveries(db: sqlite_utils.Database) -> None:
    # What a run's send step did, so a run's status and counts tell the whole story (`tariffwatch runs`).
    db["runs"].add_column("deliveries_sent", int)
    db["runs"].add_column("deliveries_failed", int)
