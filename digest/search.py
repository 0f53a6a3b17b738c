"""Search over extracted changes: full-text (FTS5/BM25), semantic (embeddings), hybrid (RRF).

Plain words are searched as words, whatever characters surround them. A query that uses
FTS5 syntax on purpose (quotes, AND/OR/NOT/NEAR, prefix*, column:) is passed on, and if FTS5
rejects it the user gets one clear SearchSyntaxError, never a server error.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

import numpy as np
from markupsafe import escape

from digest.subscriptions import normalise_jurisdiction, normalise_measure, normalise_prefix
from nlp import EXTRACTOR_VERSION
from tariffwatch.errors import InputError
from tariffwatch.store import Store
from tariffwatch.store.search import SNIPPET_END, SNIPPET_START, SearchFilters

MODES = ("hybrid", "fulltext", "semantic")
RRF_K = 60  # reciprocal rank fusion constant (Cormack et al.)
COLUMNS = {"title", "summary", "evidence", "codes", "body"}
ADVANCED = re.compile(r'["*():^]|\b(?:AND|OR|NOT|NEAR)\b')
WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_CHARS = 500


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
    snippet: str | None = None


def fts_query(query: str) -> str | None:
    """The FTS5 MATCH expression for a user's query; None when it has no searchable word."""
    query = query[:MAX_QUERY_CHARS]
    if ADVANCED.search(query):
        for column in re.findall(r"(\w+)\s*:", query):
            if column.lower() not in COLUMNS:
                raise SearchSyntaxError(
                    f"unknown column {column!r} in the query; columns are {', '.join(sorted(COLUMNS))}"
                )
        return query
    words = WORD.findall(query)
    return " ".join(f'"{word}"' for word in words) or None


def fulltext_hits(store: Store, query: str, filters: SearchFilters, limit: int) -> list[Hit]:
    match = fts_query(query)
    if match is None:
        return []
    try:
        rows = store.fulltext(match, filters, EXTRACTOR_VERSION, limit)
    except sqlite3.OperationalError as exc:
        advanced = bool(ADVANCED.search(query[:MAX_QUERY_CHARS]))
        if advanced and "locked" not in str(exc):  # the user's own syntax was rejected by FTS5
            raise SearchSyntaxError(
                f"invalid search syntax: {_fts_message(exc)}. Put plain words, or a phrase "
                f'in "double quotes"; operators are AND, OR, NOT, NEAR'
            ) from None
        raise
    return [Hit(change_id, -rank, snippet) for change_id, rank, snippet in rows]


def _fts_message(exc: Exception) -> str:
    return str(exc).replace("fts5: ", "")


class SemanticIndex:
    """All change vectors in one float32 matrix; rebuilt when the stored set changes."""

    def __init__(self):
        self.key = None
        self.ids = np.zeros(0, dtype=np.int64)
        self.matrix = np.zeros((0, 384), dtype=np.float32)

    def refresh(self, store: Store) -> None:
        key = store.embeddings_version()
        if key == self.key:
            return
        from nlp.vectors.embeddings import stack_blobs

        rows = store.embeddings(EXTRACTOR_VERSION)
        self.ids = np.array([row[0] for row in rows], dtype=np.int64)
        self.matrix = stack_blobs([row[2] for row in rows])
        self.key = key

    def search(self, vector: np.ndarray, allowed: np.ndarray | None, limit: int) -> list[Hit]:
        if not len(self.ids):
            return []
        scores = self.matrix @ vector
        if allowed is not None:
            scores = np.where(np.isin(self.ids, allowed), scores, -np.inf)
        count = min(limit, len(scores))
        top = np.argpartition(-scores, count - 1)[:count]
        top = top[np.argsort(-scores[top])]
        return [Hit(int(self.ids[i]), float(scores[i])) for i in top if np.isfinite(scores[i])]


_INDEX = SemanticIndex()


def semantic_hits(
    store: Store, query: str, filters: SearchFilters, limit: int, index: SemanticIndex | None = None
) -> list[Hit]:
    from nlp.vectors.embeddings import embed_texts

    index = index or _INDEX
    index.refresh(store)
    if not query.strip() or not len(index.ids):
        return []
    allowed = None if filters.empty() else np.array(store.filtered_ids(filters, EXTRACTOR_VERSION), dtype=np.int64)
    return index.search(embed_texts([query[:MAX_QUERY_CHARS]])[0], allowed, limit)


def reciprocal_rank_fusion(*rankings: list[Hit], limit: int) -> list[Hit]:
    scores: dict[int, float] = {}
    snippets: dict[int, str] = {}
    for ranking in rankings:
        for rank, hit in enumerate(ranking):
            scores[hit.change_id] = scores.get(hit.change_id, 0.0) + 1.0 / (RRF_K + rank + 1)
            if hit.snippet and hit.change_id not in snippets:
                snippets[hit.change_id] = hit.snippet
    best = sorted(scores, key=lambda change_id: -scores[change_id])[:limit]
    return [Hit(change_id, scores[change_id], snippets.get(change_id)) for change_id in best]


def search(
    store: Store,
    query: str,
    filters: SearchFilters | None = None,
    mode: str = "hybrid",
    limit: int = 20,
    semantic: bool = True,
) -> list[dict]:
    """Results as dicts: {change_id, document_url, title, jurisdiction, measure_types, hs_codes,
    dates, summary, score, snippet}. With no query words, the filtered changes newest first."""
    filters = filters or SearchFilters()
    if mode not in MODES:
        raise SearchSyntaxError(f"mode must be one of {', '.join(MODES)}")
    limit = max(1, min(limit, 200))
    if not WORD.search(query or ""):
        hits = [Hit(i, 0.0) for i in sorted(store.filtered_ids(filters, EXTRACTOR_VERSION), reverse=True)[:limit]]
    elif mode == "fulltext" or (mode == "hybrid" and not semantic):
        hits = fulltext_hits(store, query, filters, limit)
    elif mode == "semantic":
        hits = semantic_hits(store, query, filters, limit)
    else:
        depth = max(50, limit * 3)
        hits = reciprocal_rank_fusion(
            fulltext_hits(store, query, filters, depth), semantic_hits(store, query, filters, depth), limit=limit
        )
    changes = store.changes_by_id([hit.change_id for hit in hits])
    return [result(changes[hit.change_id], hit) for hit in hits if hit.change_id in changes]


def result(change: dict, hit: Hit) -> dict:
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
        "snippet": snippet_html(hit.snippet) if hit.snippet else None,
    }


def snippet_html(snippet: str) -> str:
    """FTS5 snippet with its markers turned into <mark> after escaping everything else."""
    escaped = str(escape(snippet))
    return escaped.replace(SNIPPET_START, "<mark>").replace(SNIPPET_END, "</mark>")
