"""Extraction over the store: every new or changed document becomes one change row with evidence,
and (with embeddings) a vector of its title and summary; near-duplicates are marked.

The work is split so that it can run anywhere: `extract_batch` is pure (documents in, changes and
vectors out) and runs in this process, in worker processes or on Ray actors (nlp.engines);
`save_batch` is the one writer, saving a whole batch in one transaction. Batches are read and
saved in document id order whatever the engine, so every engine stores the same changes under
the same ids, and a run killed mid-way loses at most the batches in flight: a re-run finds the
rest still pending and goes on.

A document whose extraction raises does not stop its batch: `extract_batch` hands back a failure
(`{"failed": "ValueError: ..."}`) in its place, and `save_batch` records it in extraction_failures
(skipped by later runs until the document or the extractor changes) and names it in the counts.
Texts over 500,000 characters are extracted in chunks with whole-document offsets (nlp.chunks).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from nlp import EXTRACTOR_VERSION
from nlp.areas.infer import infer_areas, needs_inferred_areas
from nlp.chunks import analyse_in_chunks
from nlp.dates.metadata import missing_document_facts, reconcile_dates
from nlp.results import to_change
from nlp.text.prefilter import SCAN_GATE
from nlp.vectors.dedup import DuplicateFinder
from nlp.vectors.embeddings import DIMENSIONS, MODEL_NAME, embed_texts, from_blob, to_blob
from tariffwatch.store import Store

Task = Callable[[list[dict]], list[dict]]
# Ordered (documents of a batch, their changes) pairs, as an engine gives them back.
Results = Iterator[tuple[list[dict], list[dict]]]

# Short documents every worker extracts before its first batch: the pipeline (and the model, with embeddings) loads
# then, once per worker, and not inside anyone's timing. One per language pipeline (English with its companion
# languages, French, German, Spanish, Russian): each compiles its own patterns on first use.
WARM_UP = {"id": 0, "text": "Warm-up: CN code 7208 51 20 applies from 1 January 2026.", "title": "warm-up"}
WARM_UPS = [
    WARM_UP,
    *(
        {"id": 0, "text": text, "title": "warm-up"}
        for text in (
            "Le présent règlement est applicable à partir du 1er janvier 2026 et le code NC 7208 51 20 est visé par les"
            " mesures de la Commission.",
            "Die Verordnung gilt ab dem 1. Januar 2026 und der KN-Code 7208 51 20 ist von der Maßnahme der Kommission"
            " für die Einfuhr betroffen.",
            "Calentamiento: el código NC 7208 51 20 se aplica a partir del 1 de enero de 2026.",
            "Разминка: код ТН ВЭД 7208 51 20 применяется с 1 января 2026 года.",
        )
    ),
]


@dataclass
class ExtractionOptions:
    embeddings: bool = False
    documents_per_batch: int = 32  # the unit of work sent to a worker and saved in one transaction
    embedding_batch_size: int = 32
    duplicate_threshold: float = 0.97

    def task(self) -> Task:
        """What a worker runs on each batch (picklable: it travels to processes and Ray actors)."""
        return partial(extract_batch, embeddings=self.embeddings, batch_size=self.embedding_batch_size)


@dataclass
class ExtractionCounts:
    documents: int = 0  # extracted and saved
    embedded: int = 0
    failures: list[str] = field(default_factory=list)  # one line per document that failed, recorded


def extract_one(document: dict, embeddings: bool) -> dict:
    """The change of one document: codes, dates, measures, countries, summary, with evidence."""
    text = document["text"] or ""
    metadata = json.loads(document.get("metadata") or "{}")
    # a title the inbox only guessed from the text's first lines ('Page:…djvu/519', a proclamation page's running
    # head and first sentence) tells the summary nothing the text does not, and may name no goods but 'advice'
    title = None if metadata.get("title_guessed") else document.get("title")
    change = analyse_in_chunks(
        text,
        to_change,
        published=document.get("published_date"),
        jurisdiction=document.get("jurisdiction"),
        title=title,
        embeddings=embeddings,
    )
    field_dates = metadata.get("field_dates", [])
    change["dates"] = reconcile_dates(change["dates"], field_dates)
    if needs_inferred_areas(change["codes"]):  # a steel notice that lists no goods code still has an area
        change["areas"] = infer_areas(change.get("title") or title, change["summary"], text)
    return change


def try_extract(document: dict, embeddings: bool) -> dict:
    """The change, or `{"failed": one-line error}` when extraction raised: one document never stops a batch."""
    try:
        return extract_one(document, embeddings)
    except Exception as exc:  # noqa: BLE001 (whatever failed, it failed for this document)
        return {"failed": describe_failure(exc)}


def describe_failure(exc: BaseException) -> str:
    message = " ".join(str(exc).split())[:300]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def failure_line(document: dict, error: str) -> str:
    """How a failed document is named to the user: id, source and external id, then the error."""
    return f"document {document['id']} ({document.get('source')}:{document.get('external_id')}): {error}"


def extract_batch(documents: list[dict], embeddings: bool = False, batch_size: int = 32) -> list[dict]:
    """The changes of `documents`, in their order (a failure in place of a document that failed);
    with `embeddings` each change carries its `vector` (bytes). Pure: reads no store, so it runs in
    any process."""
    changes = [try_extract(document, embeddings) for document in documents]
    extracted = [
        (document, change) for document, change in zip(documents, changes, strict=True) if "failed" not in change
    ]
    if embeddings and extracted:
        texts = [
            embedding_text({"title": document.get("title"), "summary": change.get("summary")})
            for document, change in extracted
        ]
        for (_, change), vector in zip(extracted, embed_texts(texts, batch_size), strict=True):
            change["vector"] = to_blob(vector)
    return changes


def per_document(task: Task) -> bool:
    """Whether `task` extracts each document of a batch on its own (rules only), so that a batch may be
    split among workers and its changes joined back in order: the same changes. Not with embeddings, whose
    model batches the texts it is given."""
    return isinstance(task, partial) and task.func is extract_batch and not task.keywords.get("embeddings")


def warm(task: Task) -> None:
    task(list(WARM_UPS))
    SCAN_GATE.ready()  # the whole-text scans' prefilter compiled (or loaded) now, not inside the first document


def in_process(task: Task, batches: Iterable[list[dict]]) -> Results:
    return ((documents, task(documents)) for documents in batches)


def extract_pending(
    store: Store,
    options: ExtractionOptions | None = None,
    progress: Callable[[int], None] | None = None,
    engine: Callable[[Task, Iterable[list[dict]]], Results] = in_process,
) -> ExtractionCounts:
    """Extract each document whose current content has no change yet, batch by batch through
    `engine` (default: this process), saving each batch as it comes back; `progress` gets the
    number of documents of each saved batch."""
    options = options or ExtractionOptions()
    ids = store.pending_document_ids(EXTRACTOR_VERSION)
    size = options.documents_per_batch
    batches = (store.documents_for_extraction(ids[at : at + size]) for at in range(0, len(ids), size))
    finder = DuplicateFinder(store, EXTRACTOR_VERSION, options.duplicate_threshold) if options.embeddings else None
    counts = ExtractionCounts()
    for documents, changes in engine(options.task(), batches):
        counts.embedded += save_batch(store, documents, changes, finder)
        failed = [failure_line(d, c["failed"]) for d, c in zip(documents, changes, strict=True) if "failed" in c]
        counts.failures += failed
        counts.documents += len(documents) - len(failed)
        if progress:
            progress(len(documents))
    return counts


def save_batch(store: Store, documents: list[dict], changes: list[dict], finder: DuplicateFinder | None) -> int:
    """Save a batch's changes (and vectors) in one transaction, and record its failures; returns
    how many vectors were saved."""
    vectors = []
    with store.transaction():
        for document, change in zip(documents, changes, strict=True):
            if "failed" in change:
                store.record_extraction_failure(
                    document["id"], document["content_hash"], EXTRACTOR_VERSION, change["failed"]
                )
                continue
            vector = change.pop("vector", None)
            facts = missing_document_facts(document, change)
            if facts:  # what the text states fills what the source left empty
                store.fill_document_facts(document["id"], facts)
                document = {**document, **facts}
            previous = store.previous_change(document["id"], document["content_hash"], EXTRACTOR_VERSION)
            if previous is not None:
                change["amendments"] = amendments(previous, change)
            change_id = store.save_change(document, EXTRACTOR_VERSION, change)
            if vector is not None and finder is not None:
                vectors.append((change_id, document["id"], from_blob(vector)))
        if vectors:
            save_vectors(store, finder, vectors)
    return len(vectors)


def save_vectors(store: Store, finder: DuplicateFinder, items: list[tuple[int, int, object]]) -> None:
    """Store changes' vectors, each marked as a duplicate of an earlier change when it is one."""
    for (change_id, _, vector), duplicate_of in zip(items, finder.find_batch(items), strict=True):
        store.save_embedding(change_id, MODEL_NAME, to_blob(vector), DIMENSIONS, duplicate_of)
    finder.add_batch(items)


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
    """Give every change of this extractor version still without one a vector (changes extracted
    while embeddings were off); mark near-duplicates. Returns the count."""
    pending = store.changes_without_embedding(EXTRACTOR_VERSION)
    if not pending:
        return 0
    finder = DuplicateFinder(store, EXTRACTOR_VERSION, duplicate_threshold)
    for offset in range(0, len(pending), batch_size):
        batch = pending[offset : offset + batch_size]
        vectors = embed_texts([embedding_text(change) for change in batch], batch_size)
        with store.transaction():
            items = [
                (change["id"], change["document_id"], vector) for change, vector in zip(batch, vectors, strict=True)
            ]
            save_vectors(store, finder, items)
    return len(pending)


# The summary's dates and code count ("from 14 November 2026", "by a notice effective 14 November 2026", "(2 tariff
# codes)") say nothing a reader's query means: left out of the vector, they no longer dilute what the title and
# summary are about.
SUMMARY_DATES_AND_COUNTS = re.compile(
    r"\s+(?:from|until|on|by\s+a\s+notice\s+effective)\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{4}\b|\s*\(\d+\s+tariff\s+codes?\)"
)


def embedding_text(change: dict) -> str:
    summary = SUMMARY_DATES_AND_COUNTS.sub("", change.get("summary") or "")
    return "\n".join(part for part in (change.get("title"), summary) if part) or "(empty)"
