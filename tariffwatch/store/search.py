"""Search queries: FTS5 over changes, tariff codes by prefix, and the filters every mode shares.

Filters are SQL over the change tables, so they apply to full-text, semantic and hybrid
results alike. HS prefixes match the way subscriptions do (either code a prefix of the other,
ranges by their bounds). Every value is a bound parameter.

Candidate queries are ordered by rowid (newest first), which FTS5 answers without scoring every
match: a word found in 50,000 changes costs a millisecond, not the 50 ms of ranking them all.
The few hundred candidates are then scored in a small in-memory FTS5 table (`CandidateTexts`)
built with the same tokenizer, so stemming and phrases behave exactly as in the index.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from tariffwatch.store.vectors import VectorFile

MARK_START, MARK_END = "\x02", "\x03"  # highlight markers, replaced by <mark> after escaping
TOKENIZER = "porter unicode61"
PROMINENT = "{title summary evidence codes}"  # where a match counts as more than a mention
# The changes a search may show: this extractor version's, not marked duplicates, not superseded.
CURRENT = "c.extractor_version = ? and c.duplicate_of is null and c.superseded_by is null"

HS_MATCH = """exists (select 1 from change_codes cc where cc.change_id = c.id and (
    (cc.code_to is null and (cc.code like ? || '%' or ? like cc.code || '%'))
    or (cc.code_to is not null and (
        (length(?) >= length(cc.code) and substr(?, 1, length(cc.code)) between cc.code and cc.code_to)
        or (length(?) < length(cc.code)
            and ? between substr(cc.code, 1, length(?)) and substr(cc.code_to, 1, length(?)))))))"""

# How specifically a change names the code searched for, from change_codes rows.
# :q is the code searched for; a code of the change under it (or equal) names it most specifically,
# one above it (its heading, its chapter) less the shorter it is; `7208 51 00` stands for `7208 51`.
CODE_SPECIFICITY = """
with hits(change_id, specificity) as (
    select change_id, case when code = :q and code_to is null then 1.0 else 0.9 end from change_codes
    where code >= :q and code < :q || ':'
    union all
    select change_id, 0.4 + 0.4 * (case when code in (:p6 || '00', :p6 || '0000') then 6
                                        when code = :p8 || '00' then 8 else length(code) end) / length(:q)
    from change_codes
    where code in (:p2, :p4, :p6, :p8, :p6 || '00', :p6 || '0000', :p8 || '00') and code < :q and code_to is null
    union all
    select change_id, 0.7 from change_codes
    where code_to is not null and code >= :p2 and code < :q and substr(:q, 1, length(code_to)) <= code_to
)
select h.change_id, max(h.specificity) as specificity from hits h join changes c on c.id = h.change_id
{documents} where c.extractor_version = :version and c.duplicate_of is null and c.superseded_by is null{where}
group by h.change_id order by specificity desc, h.change_id desc limit :limit"""


@dataclass
class SearchFilters:
    hs: list[str] = field(default_factory=list)
    jurisdictions: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    date_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    # Codes the query itself states: a change must name one of them, or a code under or around it.
    codes: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return not (
            self.hs
            or self.codes
            or self.jurisdictions
            or self.measures
            or self.sources
            or self.date_type
            or self.date_from
            or self.date_to
        )

    def described(self) -> dict[str, str]:
        """The filters in force, by the name a reader gave them (to say what was searched)."""
        named = {
            "hs": ", ".join(self.hs),
            "jurisdiction": ", ".join(self.jurisdictions),
            "measure": ", ".join(self.measures),
            "source": ", ".join(self.sources),
            "date_type": self.date_type or "",
            "from": self.date_from or "",
            "to": self.date_to or "",
        }
        return {name: value for name, value in named.items() if value}


def documents_join(filters: SearchFilters) -> str:
    """The join to documents (alias d) that a source filter needs; none without one."""
    return "join documents d on d.id = c.document_id " if filters.sources else ""


def filter_sql(filters: SearchFilters) -> tuple[str, list]:
    """' and ...' conditions on alias c (changes) and d (documents), with their parameters."""
    clauses, params = [], []
    if filters.hs:
        clauses.append("(" + " or ".join([HS_MATCH] * len(filters.hs)) + ")")
        for prefix in filters.hs:
            params += [prefix] * 8
    if filters.codes:
        clauses.append("(" + " or ".join([HS_MATCH] * len(filters.codes)) + ")")
        for code in filters.codes:
            params += [code] * 8
    if filters.jurisdictions:
        clauses.append(f"c.jurisdiction in ({','.join('?' * len(filters.jurisdictions))})")
        params += filters.jurisdictions
    if filters.measures:
        clauses.append(
            "exists (select 1 from json_each(c.measure_types) m where m.value in "
            f"({','.join('?' * len(filters.measures))}))"
        )
        params += filters.measures
    if filters.sources:
        clauses.append(f"d.source in ({','.join('?' * len(filters.sources))})")
        params += filters.sources
    if filters.date_type or filters.date_from or filters.date_to:
        clauses.append(
            "exists (select 1 from change_dates cd where cd.change_id = c.id"
            + (" and cd.type = ?" if filters.date_type else "")
            + (" and cd.date >= ?" if filters.date_from else "")
            + (" and cd.date <= ?" if filters.date_to else "")
            + ")"
        )
        params += [v for v in (filters.date_type, filters.date_from, filters.date_to) if v]
    return "".join(f" and {clause}" for clause in clauses), params


def _named(where: str, params: list) -> tuple[str, dict]:
    """filter_sql's positional marks as named ones, for queries that use named parameters."""
    parts = where.split("?")
    sql = "".join(f"{part}:f{i}" for i, part in enumerate(parts[:-1])) + parts[-1]
    return sql, {f"f{i}": value for i, value in enumerate(params)}


class SearchStore:
    db: sqlite_utils.Database  # noqa: F821

    def fulltext_newest(
        self, match: str, filters: SearchFilters, extractor_version: str, limit: int, scan: int | None = None
    ) -> list[int]:
        """Ids of current changes matching an FTS5 expression, newest first (raises on bad syntax).
        `scan` bounds the work: only that many newest matches are checked against the filters."""
        where, params = filter_sql(filters)
        if scan is None:
            matches, first = "changes_fts f", "changes_fts match ? and "
        else:
            matches = "(select rowid from changes_fts where changes_fts match ? order by rowid desc limit ?) f"
            first = ""
        return [
            row[0]
            for row in self.db.execute(
                f"select f.rowid from {matches} join changes c on c.id = f.rowid "
                + documents_join(filters)
                + f"where {first}{CURRENT}{where} "
                "order by f.rowid desc limit ?",
                [match, *([scan] if scan is not None else []), extractor_version, *params, limit],
            )
        ]

    def fulltext_ranked(self, match: str, filters: SearchFilters, extractor_version: str, limit: int) -> list[tuple]:
        """(change_id, bm25) best first, a title or code hit counting most, the body least."""
        where, params = filter_sql(filters)
        return [
            tuple(row)
            for row in self.db.execute(
                "select c.id, bm25(changes_fts, 10.0, 4.0, 3.0, 8.0, 1.0) as score from changes_fts "
                "join changes c on c.id = changes_fts.rowid "
                + documents_join(filters)
                + f"where changes_fts match ? and {CURRENT}{where} "
                "order by score limit ?",
                [match, extractor_version, *params, limit],
            )
        ]

    def stating_facts(
        self, facts: list[tuple[str, str]], filters: SearchFilters, extractor_version: str, limit: int, scan: int
    ) -> list[int]:
        """Ids of changes stating every (kind, value) fact (("measure", "anti_dumping"), ("country", "CN")),
        newest first: the first fact's `scan` newest changes are walked, the other facts looked up beside."""
        where, params = filter_sql(filters)
        (kind, value), others = facts[0], facts[1:]
        also = "".join(
            " and exists (select 1 from change_facts g where g.kind = ? and g.value = ? and g.change_id = f.change_id)"
            for _ in others
        )
        return [
            row[0]
            for row in self.db.execute(
                "select f.change_id from (select change_id from change_facts where kind = ? and value = ? "
                "order by change_id desc limit ?) f join changes c on c.id = f.change_id "
                + documents_join(filters)
                + f"where {CURRENT}{also}{where} "
                "order by f.change_id desc limit ?",
                [kind, value, scan, extractor_version, *(v for fact in others for v in fact), *params, limit],
            )
        ]

    def facts_of(self, ids: list[int]) -> dict[int, set[tuple[str, str]]]:
        """The (kind, value) facts each change states: its measure types and countries."""
        facts: dict[int, set[tuple[str, str]]] = {change_id: set() for change_id in ids}
        rows = self.db.execute(
            f"select change_id, kind, value from change_facts where change_id in ({','.join('?' * len(ids))})", ids
        )
        for change_id, kind, value in rows:
            facts[change_id].add((kind, value))
        return facts

    def code_specificity(
        self, code: str, filters: SearchFilters, extractor_version: str, limit: int
    ) -> list[tuple[int, float]]:
        """(change_id, specificity) of changes naming `code`, its subdivisions, its heading or chapter,
        or a range around it: most specific first (1.0 the code itself), then newest."""
        where, params = _named(*filter_sql(filters))
        sql = CODE_SPECIFICITY.format(documents=documents_join(filters), where=where)
        prefixes = {f"p{n}": code[:n] for n in (2, 4, 6, 8)}
        return [
            tuple(row)
            for row in self.db.execute(
                sql, {"q": code, **prefixes, "version": extractor_version, "limit": limit, **params}
            )
        ]

    def candidate_texts(self, ids: list[int]) -> CandidateTexts:
        """The title, summary, evidence sentences and code prefixes of some changes, searchable."""
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"select rowid, title, summary, evidence, codes from changes_fts where rowid in ({marks})", ids
        ).fetchall()
        return CandidateTexts(rows)

    def body_snippets(self, match: str, ids: list[int]) -> dict[int, str]:
        """A fragment of each change's document text around the words of `match`, marked."""
        if not ids:
            return {}
        return dict(
            self.db.execute(
                "select rowid, snippet(changes_fts, 4, char(2), char(3), '…', 24) from changes_fts "
                f"where changes_fts match ? and rowid in ({','.join('?' * len(ids))})",
                [f"body : ({match})", *ids],
            ).fetchall()
        )

    def filtered_ids(self, filters: SearchFilters, extractor_version: str) -> list[int]:
        where, params = filter_sql(filters)
        return [
            row[0]
            for row in self.db.execute(
                f"select c.id from changes c join documents d on d.id = c.document_id where {CURRENT}{where}",
                [extractor_version, *params],
            )
        ]

    def filtered_newest(self, filters: SearchFilters, extractor_version: str, limit: int) -> list[int]:
        where, params = filter_sql(filters)
        return [
            row[0]
            for row in self.db.execute(
                "select c.id from changes c join documents d on d.id = c.document_id "
                f"where {CURRENT}{where} order by c.id desc limit ?",
                [extractor_version, *params, limit],
            )
        ]

    def current_ids(self, ids: list[int], extractor_version: str) -> set[int]:
        """Those of `ids` that are changes of this extractor version and not duplicates."""
        if not ids:
            return set()
        return {
            row[0]
            for row in self.db.execute(
                f"select id from changes where id in ({','.join('?' * len(ids))}) "
                "and extractor_version = ? and duplicate_of is null and superseded_by is null",
                [*ids, extractor_version],
            )
        }

    def vector_file(self, dimensions: int = 384) -> VectorFile:
        """The memory-mapped semantic index beside this database."""
        return VectorFile(self.db.execute("pragma database_list").fetchone()[2], dimensions)

    def embeddings_sequence(self) -> int:
        """Grows with every vector added, replaced or deleted."""
        return self.db.execute("select coalesce(max(seq), 0) from embedding_log").fetchone()[0]

    def changes_by_id(self, ids: list[int]) -> dict[int, dict]:
        if not ids:
            return {}
        rows = self.db.query(
            f"select c.*, d.source from changes c join documents d on d.id = c.document_id "
            f"where c.id in ({','.join('?' * len(ids))})",
            ids,
        )
        return {row["id"]: row for row in self._with_evidence_many(rows)}

    def facet_counts(self, ids: list[int]) -> dict[str, dict[str, int]]:
        """Counts by jurisdiction, measure type and HS chapter over a result set."""
        if not ids:
            return {"jurisdiction": {}, "measure": {}, "chapter": {}}
        marks = ",".join("?" * len(ids))
        jurisdiction = dict(
            self.db.execute(
                f"select coalesce(jurisdiction, 'unknown'), count(*) from changes where id in ({marks}) "
                "group by 1 order by 2 desc",
                ids,
            ).fetchall()
        )
        measure = dict(
            self.db.execute(
                f"select m.value, count(*) from changes c, json_each(c.measure_types) m where c.id in ({marks}) "
                "group by 1 order by 2 desc",
                ids,
            ).fetchall()
        )
        chapter = dict(
            self.db.execute(
                f"select substr(code, 1, 2), count(distinct change_id) from change_codes where change_id in ({marks}) "
                "group by 1 order by 2 desc limit 20",
                ids,
            ).fetchall()
        )
        return {"jurisdiction": jurisdiction, "measure": measure, "chapter": chapter}


class CandidateTexts:
    """A few changes' short texts in an in-memory FTS5 table with the index's own tokenizer:
    which concepts each names prominently, and bm25 among them, without touching the big index."""

    def __init__(self, rows: list[tuple]):
        self.db = sqlite3.connect(":memory:")
        self.db.execute(f"create virtual table t using fts5(title, summary, evidence, codes, tokenize = '{TOKENIZER}')")
        self.db.executemany("insert into t (rowid, title, summary, evidence, codes) values (?, ?, ?, ?, ?)", rows)

    def matching(self, match: str) -> set[int]:
        return {row[0] for row in self.db.execute("select rowid from t where t match ?", [match])}

    def bm25(self, match: str) -> dict[int, float]:
        """Higher is better (FTS5's bm25 is negative)."""
        return {
            row[0]: -row[1]
            for row in self.db.execute("select rowid, bm25(t, 10.0, 4.0, 3.0, 8.0) from t where t match ?", [match])
        }

    def close(self) -> None:
        self.db.close()


def highlight_texts(texts: list[str], match: str) -> list[str | None]:
    """Each text with the tokens of `match` between MARK_START and MARK_END; None where none occurs.
    The same tokenizer as the index, so "duties" lights up for "duty" and "7208.51" for "7208 51"."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"create virtual table h using fts5(text, tokenize = '{TOKENIZER}')")
        db.executemany("insert into h (rowid, text) values (?, ?)", enumerate(texts))
        marked = dict(
            db.execute("select rowid, highlight(h, 0, char(2), char(3)) from h where h match ?", [match]).fetchall()
        )
    finally:
        db.close()
    return [marked.get(i) for i in range(len(texts))]
