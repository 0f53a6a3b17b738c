"""Search over extracted changes: full-text, semantic and hybrid, with filters and facets.

Full-text reads the query (digest.query: codes, countries, measures, words) and ranks by what
the changes state (digest.ranking). Semantic compares the query's vector with every change
vector in the memory-mapped index beside the database and keeps those above a similarity
floor. Hybrid fuses both rankings by reciprocal rank fusion. Facets count the matches, never
the whole store. A query using FTS5 syntax on purpose that FTS5 rejects gets one clear
SearchSyntaxError, never an empty result and never a server error.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from functools import cache

import numpy as np
from threadpoolctl import ThreadpoolController

from digest.query import MAX_QUERY_CHARS, ParsedQuery, parse_query
from digest.ranking import rank_fulltext
from digest.snippets import snippets
from digest.subscriptions import normalise_jurisdiction, normalise_measure, normalise_prefix
from nlp import EXTRACTOR_VERSION
from tariffwatch.errors import InputError
from tariffwatch.store import Store
from tariffwatch.store.search import SearchFilters

MODES = ("hybrid", "fulltext", "semantic")
RRF_K = 60  # reciprocal rank fusion constant (Cormack et al.)
DEPTH = 100  # matches ranked (and counted in the facets) per mode
THREADED_ROWS = 200_000  # semantic index size from which the similarity product uses every BLAS thread
SEMANTIC_FLOOR = 0.30  # cosine similarity below which a change is not about the query (bench/search.py)
SEMANTIC_WEIGHT = 0.7  # in hybrid: the full-text ranking reads codes and facts, the semantic one adds paraphrase

__all__ = ["MAX_QUERY_CHARS", "MODES", "SearchOutcome", "SearchSyntaxError", "run_search", "search_filters"]


class SearchSyntaxError(InputError):
    """The query's advanced syntax is invalid; the message says what to fix."""


def search_filters(
    prefixes=(), jurisdictions=(), measures=(), sources=(), date_type=None, date_from=None, date_to=None
) -> SearchFilters:
    """Validated filters, shared by the CLI and the web API (InputError names a bad value)."""
    return SearchFilters(
        hs=[normalise_prefix(p) for p in prefixes if p],
        jurisdictions=[normalise_jurisdiction(j) for j in jurisdictions if j],
        measures=[normalise_measure(m) for m in measures if m],
        sources=[s for s in sources if s],
        date_type=date_type or None,
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
    )


@dataclass
class Hit:
    change_id: int
    score: float
    matched: list[str] = field(default_factory=list)
    complete: bool = False  # a full-text match naming every concept of the query


@dataclass
class SearchOutcome:
    query: str
    understood: dict
    filters: dict
    results: list[dict]
    facets: dict
    total: int  # matches found, at most DEPTH per mode
    more: bool  # there may be more matches than counted

    def as_dict(self) -> dict:
        return vars(self)


def run_search(
    store: Store,
    query: str,
    filters: SearchFilters | None = None,
    mode: str = "hybrid",
    limit: int = 20,
    semantic: bool = True,
) -> SearchOutcome:
    """The results (best first), the facets over every match, and what the query was read as."""
    filters = filters or SearchFilters()
    if mode not in MODES:
        raise SearchSyntaxError(f"mode must be one of {', '.join(MODES)}")
    parsed = parse_query(query or "")
    limit = max(1, min(limit, DEPTH))
    if parsed.empty():
        hits = [Hit(i, 0.0) for i in store.filtered_newest(filters, EXTRACTOR_VERSION, DEPTH + 1)]
    elif mode == "fulltext" or (mode == "hybrid" and not semantic):
        hits = fulltext_hits(store, parsed, filters)
    elif mode == "semantic":
        hits = semantic_hits(store, parsed.raw, filters)
    else:
        hits = reciprocal_rank_fusion(
            (fulltext_hits(store, parsed, filters), 1.0), (semantic_hits(store, parsed.raw, filters), SEMANTIC_WEIGHT)
        )
    matches = [hit.change_id for hit in hits[:DEPTH]]
    shown = hits[:limit]
    changes = store.changes_by_id([hit.change_id for hit in shown])
    marked = snippets(store, parsed, [changes[hit.change_id] for hit in shown if hit.change_id in changes])
    return SearchOutcome(
        query=query,
        understood=parsed.describe(),
        filters=filters.described(),
        results=[result(changes[h.change_id], h, marked.get(h.change_id)) for h in shown if h.change_id in changes],
        facets=store.facet_counts(matches),
        total=len(matches),
        more=len(hits) > DEPTH,
    )


def fulltext_hits(store: Store, parsed: ParsedQuery, filters: SearchFilters) -> list[Hit]:
    try:
        ranked = rank_fulltext(store, parsed, filters, EXTRACTOR_VERSION, DEPTH + 1)
    except sqlite3.OperationalError as exc:
        if parsed.advanced and "locked" not in str(exc):  # the user's own syntax, rejected by FTS5
            raise SearchSyntaxError(
                f"invalid search syntax: {str(exc).replace('fts5: ', '')}. Put plain words, or a phrase "
                'in "double quotes"; operators are AND, OR, NOT, NEAR'
            ) from None
        raise
    return [
        Hit(r.change_id, round(r.code_score * 10 + r.concept_score + r.bm25 / 1000, 6), r.matched, r.complete(parsed))
        for r in ranked
    ]


class SemanticIndex:
    """The change vectors of one database, memory-mapped (tariffwatch.store.vectors): brought up to
    date with the store before a search, shared with every other process through the page cache."""

    def __init__(self):
        self.view = None
        self.lock = threading.Lock()

    def refresh(self, store: Store) -> None:
        latest = store.embeddings_sequence()
        with self.lock:
            if self.view is not None and self.view.sequence == latest:
                return
            vectors = store.vector_file()
            if vectors.sequence() != latest:
                vectors.sync(store.db)
            self.view = vectors.view()

    def search(self, vector: np.ndarray, allowed: np.ndarray | None, count: int) -> list[tuple[int, float]]:
        """(change id, cosine) of the `count` nearest vectors above the floor, nearest first."""
        view = self.view
        if view is None or not len(view.ids):
            return []
        if len(view.ids) < THREADED_ROWS:  # small: BLAS threads cost more than they save on a busy server
            with _blas().limit(limits=1, user_api="blas"):
                scores = view.matrix @ vector
        else:  # large: the product is bound by memory bandwidth, which more cores do widen
            scores = view.matrix @ vector
        if allowed is not None:
            scores = np.where(np.isin(view.ids, allowed), scores, -np.inf)
        count = min(count, len(scores))
        top = np.argpartition(-scores, count - 1)[:count]
        top = top[np.argsort(-scores[top])]
        return [(int(view.ids[i]), float(scores[i])) for i in top if scores[i] >= SEMANTIC_FLOOR]


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()  # inspects the loaded libraries: once, and only for semantic search


_INDEXES: dict[str, SemanticIndex] = {}
_INDEXES_LOCK = threading.Lock()


def semantic_index(store: Store) -> SemanticIndex:
    """One index per database file in this process."""
    with _INDEXES_LOCK:
        return _INDEXES.setdefault(str(store.vector_file().path), SemanticIndex())


def semantic_hits(store: Store, query: str, filters: SearchFilters) -> list[Hit]:
    from nlp.vectors.query_encoder import encode_queries

    index = semantic_index(store)
    index.refresh(store)
    if not query.strip():
        return []
    allowed = None if filters.empty() else np.array(store.filtered_ids(filters, EXTRACTOR_VERSION), dtype=np.int64)
    nearest = index.search(encode_queries([query[:MAX_QUERY_CHARS]])[0], allowed, DEPTH * 2)
    current = store.current_ids([change_id for change_id, _ in nearest], EXTRACTOR_VERSION)
    return [Hit(change_id, score) for change_id, score in nearest if change_id in current][: DEPTH + 1]


def reciprocal_rank_fusion(*rankings: tuple[list[Hit], float]) -> list[Hit]:
    """One ranking from several (each with its weight): a change scores weight / (RRF_K + rank)."""
    scores: dict[int, float] = {}
    matched: dict[int, list[str]] = {}
    for ranking, weight in rankings:
        for rank, hit in enumerate(ranking):
            scores[hit.change_id] = scores.get(hit.change_id, 0.0) + weight / (RRF_K + rank + 1)
            matched.setdefault(hit.change_id, hit.matched)
    complete = {hit.change_id for ranking, _ in rankings for hit in ranking if hit.complete}
    # The changes naming everything asked come first; the fused ranks order them, then the rest.
    best = sorted(scores, key=lambda change_id: (change_id not in complete, -scores[change_id], -change_id))
    return [Hit(change_id, scores[change_id], matched[change_id], change_id in complete) for change_id in best]


def result(change: dict, hit: Hit, snippet: str | None) -> dict:
    return {
        "change_id": change["id"],
        "document_url": change["url"],
        "title": change["title"],
        "jurisdiction": change["jurisdiction"],
        "source": change.get("source"),
        "measure_types": change["measure_types"],
        "hs_codes": [
            {"code": c["code"], "to": c["code_to"], "ex": bool(c["ex"]), "level": c["level"], "role": c["role"]}
            for c in change["codes"]
        ],
        "dates": [
            {"type": d["type"], "date": d["date"], "derived": bool(d["derived"])}
            for d in change["dates"]
            if d["type"] != "other"
        ],
        "summary": change["summary"],
        "first_seen": change["first_seen"],
        "score": round(hit.score, 6),
        "matched": hit.matched,
        "snippet": snippet,
    }
