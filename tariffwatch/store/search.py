"""Search queries: FTS5 (BM25) over changes and the filters every search mode shares.

Filters are SQL over the change tables, so they apply to full-text, semantic and hybrid
results alike. HS prefixes match the way subscriptions do (either code a prefix of the other,
ranges by their bounds). Every value is a bound parameter.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SNIPPET_START, SNIPPET_END = "\x02", "\x03"  # replaced by <mark> after escaping

HS_MATCH = """exists (select 1 from change_codes cc where cc.change_id = c.id and (
    (cc.code_to is null and (cc.code like ? || '%' or ? like cc.code || '%'))
    or (cc.code_to is not null and (
        (length(?) >= length(cc.code) and substr(?, 1, length(cc.code)) between cc.code and cc.code_to)
        or (length(?) < length(cc.code)
            and ? between substr(cc.code, 1, length(?)) and substr(cc.code_to, 1, length(?)))))))"""


@dataclass
class SearchFilters:
    hs: list[str] = field(default_factory=list)
    jurisdictions: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    date_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def empty(self) -> bool:
        return not (
            self.hs
            or self.jurisdictions
            or self.measures
            or self.sources
            or self.date_type
            or self.date_from
            or self.date_to
        )


def filter_sql(filters: SearchFilters) -> tuple[str, list]:
    """' and ...' conditions on alias c (changes) and d (documents), with their parameters."""
    clauses, params = [], []
    if filters.hs:
        clauses.append("(" + " or ".join([HS_MATCH] * len(filters.hs)) + ")")
        for prefix in filters.hs:
            params += [prefix] * 8
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


class SearchStore:
    db: sqlite_utils.Database  # noqa: F821

    def fulltext(self, match: str, filters: SearchFilters, extractor_version: str, limit: int) -> list[tuple]:
        """(change_id, bm25, snippet) best first; `match` is an FTS5 query (raises on bad syntax).

        One pass ranks every match (bm25 with a title or code hit counting most, the body least)
        and applies the filters; snippets, the costly part, are built for the final rows only.
        """
        where, params = filter_sql(filters)
        rows = self.db.execute(
            "select c.id, bm25(changes_fts, 10.0, 4.0, 3.0, 8.0, 1.0) as score from changes_fts "
            "join changes c on c.id = changes_fts.rowid "
            + ("join documents d on d.id = c.document_id " if filters.sources else "")
            + "where changes_fts match ? and c.extractor_version = ? and c.duplicate_of is null "
            + f"and c.superseded_by is null{where} "
            "order by score limit ?",
            [match, extractor_version, *params, limit],
        ).fetchall()
        snippets = self._snippets(match, [row[0] for row in rows])
        return [(change_id, rank, snippets.get(change_id)) for change_id, rank in rows]

    def _snippets(self, match: str, ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}
        return dict(
            self.db.execute(
                "select rowid, snippet(changes_fts, -1, char(2), char(3), '…', 20) from changes_fts "
                f"where changes_fts match ? and rowid in ({','.join('?' * len(ids))})",
                [match, *ids],
            ).fetchall()
        )

    def filtered_ids(self, filters: SearchFilters, extractor_version: str) -> list[int]:
        where, params = filter_sql(filters)
        return [
            row[0]
            for row in self.db.execute(
                "select c.id from changes c join documents d on d.id = c.document_id "
                f"where c.extractor_version = ? and c.duplicate_of is null and c.superseded_by is null{where}",
                [extractor_version, *params],
            )
        ]

    def changes_by_id(self, ids: list[int]) -> dict[int, dict]:
        if not ids:
            return {}
        rows = self.db.query(
            f"select c.*, d.source from changes c join documents d on d.id = c.document_id "
            f"where c.id in ({','.join('?' * len(ids))})",
            ids,
        )
        return {row["id"]: self._with_evidence(row) for row in rows}

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
