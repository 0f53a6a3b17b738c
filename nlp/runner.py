"""Extraction over the store: every new or changed document becomes one change row with evidence."""
from __future__ import annotations

from typing import Callable

from nlp import EXTRACTOR_VERSION
from nlp.pipeline import analyse
from nlp.results import to_change
from tariffwatch.store import Store


def extract_pending(store: Store, progress: Callable[[dict], None] | None = None) -> int:
    """Extract each document whose current content has no change yet; returns how many were done.

    Each document is saved in its own transaction, so an interrupted run resumes where it stopped.
    """
    done = 0
    for document in store.documents_to_extract(EXTRACTOR_VERSION):
        doc = analyse(document["text"] or "", published=document.get("published_date"),
                      jurisdiction=document.get("jurisdiction"), title=document.get("title"))
        store.save_change(document, EXTRACTOR_VERSION, to_change(doc))
        done += 1
        if progress:
            progress(document)
    return done
