"""Extraction over the store: every new or changed document becomes one change row with evidence.

Then every change without a vector gets one (title and summary embedded), and near-duplicates
are marked. Both steps save per item, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from nlp import EXTRACTOR_VERSION
from nlp.areas.infer import infer_areas, names_product_code
from nlp.dates.metadata import missing_document_facts, reconcile_dates
from nlp.pipeline import analyse
from nlp.results import to_change
from tariffwatch.store import Store


def extract_pending(
    store: Store,
    embeddings: bool = False,
    progress: Callable[[dict], None] | None = None,
    documents: list[dict] | None = None,
) -> int:
    """Extract each document whose current content has no change yet (or the `documents` given,
    already read by the caller); returns how many were done."""
    done = 0
    pending = store.documents_to_extract(EXTRACTOR_VERSION) if documents is None else documents
    for document in pending:
        doc = analyse(
            document["text"] or "",
            published=document.get("published_date"),
            jurisdiction=document.get("jurisdiction"),
            title=document.get("title"),
            embeddings=embeddings,
        )
        change = to_change(doc)
        change["dates"] = reconcile_dates(
            change["dates"], json.loads(document.get("metadata") or "{}").get("field_dates", [])
        )
        facts = missing_document_facts(document, change)
        if facts:  # what the text states fills what the source left empty
            store.fill_document_facts(document["id"], facts)
            document = {**document, **facts}
        if not names_product_code(change["codes"]):  # a steel notice that lists no code still has an area
            change["areas"] = infer_areas(change.get("title") or document.get("title"), change["summary"], doc._.text)
        previous = store.previous_change(document["id"], document["content_hash"], EXTRACTOR_VERSION)
        if previous is not None:
            change["amendments"] = amendments(previous, change)
        store.save_change(document, EXTRACTOR_VERSION, change)
        done += 1
        if progress:
            progress(document)
    return done


def amendments(previous: dict, current: dict) -> dict:
    """What a new version changed: codes added or removed, typed dates added, removed or moved."""

    def codes(change):
        return {c["code"] + (f"-{c['code_to']}" if c.get("code_to") else "") for c in change["codes"]}

    def dates(change):
        return {(d["type"], d["date"]) for d in change["dates"] if d["type"] != "other"}

    before, after = dates(previous), dates(current)
    moved = sorted(
        {kind for kind, _ in before ^ after if any(k == kind for k, _ in before) and any(k == kind for k, _ in after)}
    )
    return {
        "previous_change_id": previous["id"],
        "codes_added": sorted(codes(current) - codes(previous)),
        "codes_removed": sorted(codes(previous) - codes(current)),
        "dates_added": sorted(map(list, after - before)),
        "dates_removed": sorted(map(list, before - after)),
        "date_types_changed": moved,
    }


def embed_pending(store: Store, batch_size: int = 32, duplicate_threshold: float = 0.97) -> int:
    """Give every change of this extractor version a vector; mark near-duplicates. Returns the count."""
    from nlp.vectors.dedup import DuplicateFinder
    from nlp.vectors.embeddings import DIMENSIONS, MODEL_NAME, embed_texts, to_blob

    pending = store.changes_without_embedding(EXTRACTOR_VERSION)
    if not pending:
        return 0
    finder = DuplicateFinder(store, EXTRACTOR_VERSION, duplicate_threshold)
    for offset in range(0, len(pending), batch_size):
        batch = pending[offset : offset + batch_size]
        vectors = embed_texts([embedding_text(change) for change in batch], batch_size)
        for change, vector in zip(batch, vectors, strict=True):
            duplicate_of = finder.find(change["id"], change["document_id"], vector)
            store.save_embedding(change["id"], MODEL_NAME, to_blob(vector), DIMENSIONS, duplicate_of)
            finder.add(change["id"], change["document_id"], vector)
    return len(pending)


def embedding_text(change: dict) -> str:
    return "\n".join(part for part in (change.get("title"), change.get("summary")) if part) or "(empty)"
