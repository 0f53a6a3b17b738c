"""Extraction over the store: every new or changed document becomes one change row with evidence.

Then every change without a vector gets one (title and summary embedded), and near-duplicates
are marked. Both steps save per item, so an interrupted run resumes where it stopped.
"""
from __future__ import annotations

from typing import Callable

from nlp import EXTRACTOR_VERSION
from nlp.pipeline import analyse
from nlp.results import to_change
from tariffwatch.store import Store


def extract_pending(store: Store, embeddings: bool = False, progress: Callable[[dict], None] | None = None) -> int:
    """Extract each document whose current content has no change yet; returns how many were done."""
    done = 0
    for document in store.documents_to_extract(EXTRACTOR_VERSION):
        doc = analyse(document["text"] or "", published=document.get("published_date"),
                      jurisdiction=document.get("jurisdiction"), title=document.get("title"),
                      embeddings=embeddings)
        store.save_change(document, EXTRACTOR_VERSION, to_change(doc))
        done += 1
        if progress:
            progress(document)
    return done


def embed_pending(store: Store, batch_size: int = 32, duplicate_threshold: float = 0.97) -> int:
    """Give every change of this extractor version a vector; mark near-duplicates. Returns the count."""
    from nlp.dedup import DuplicateFinder
    from nlp.embeddings import DIMENSIONS, MODEL_NAME, embed_texts, to_blob

    pending = store.changes_without_embedding(EXTRACTOR_VERSION)
    if not pending:
        return 0
    finder = DuplicateFinder(store, EXTRACTOR_VERSION, duplicate_threshold)
    for offset in range(0, len(pending), batch_size):
        batch = pending[offset:offset + batch_size]
        vectors = embed_texts([embedding_text(change) for change in batch], batch_size)
        for change, vector in zip(batch, vectors):
            duplicate_of = finder.find(change["id"], change["document_id"], vector)
            store.save_embedding(change["id"], MODEL_NAME, to_blob(vector), DIMENSIONS, duplicate_of)
            finder.add(change["id"], change["document_id"], vector)
    return len(pending)


def embedding_text(change: dict) -> str:
    return "\n".join(part for part in (change.get("title"), change.get("summary")) if part) or "(empty)"
