"""Extracted changes and their evidence (codes and dates with spans and sentences)."""

from __future__ import annotations

import json
from itertools import chain

from tariffwatch.store.documents import utc_now
from tariffwatch.store.shown_title import shown_title

# Evidence tables beside change_codes and change_dates: change dict key -> table.
FACT_TABLES = {"rates": "change_rates", "quotas": "change_quotas", "country_evidence": "change_countries"}


_PLAIN = frozenset({str, int, float, type(None)})  # stored as they are: most values, told apart by one look-up


def _stored(value: object) -> object:
    """A value as sqlite-utils stores it: lists, tuples and dicts as JSON (what the readers parse)."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=repr, ensure_ascii=False)
    return value


def search_columns(document: dict, change: dict) -> list[str]:
    """title, summary, evidence sentences, code prefixes, document text: what search looks at."""
    sentences = dict.fromkeys(item["sentence"] for item in change["codes"] + change["dates"] if item.get("sentence"))
    prefixes = dict.fromkeys(
        code["code"][:n] for code in change["codes"] for n in (2, 4, 6, 8, 10) if len(code["code"]) >= n
    )
    official = (change.get("official_title") or {}).get("text")
    return [
        " ".join(dict.fromkeys(t for t in (document.get("title"), official) if t)),
        change.get("summary") or "",
        "\n".join(sentences),
        " ".join(prefixes),
        document.get("text") or "",
    ]


# The current content of d has no change from this extractor version and did not fail with it.
NOT_YET_EXTRACTED = """
        where not exists (
            select 1 from changes c
            where c.document_id = d.id and c.content_hash = d.content_hash
              and c.extractor_version = ?)
          and not exists (
            select 1 from extraction_failures f
            where f.document_id = d.id and f.content_hash = d.content_hash
              and f.extractor_version = ?)
        order by d.id
"""


class ChangeStore:
    db: sqlite_utils.Database  # noqa: F821

    def documents_to_extract(self, extractor_version: str) -> list[dict]:
        """Documents whose current content has no change from this extractor version yet (and did not
        fail extraction with it)."""
        return list(
            self.db.query(
                """
            select d.*, v.id as version_id, substr(v.fetched_at, 1, 10) as first_seen
            from documents d
            join document_versions v on v.document_id = d.id and v.content_hash = d.content_hash
        """
                + NOT_YET_EXTRACTED,
                [extractor_version, extractor_version],
            )
        )

    def pending_document_ids(self, extractor_version: str) -> list[int]:
        """Ids of the documents whose current content has no change from this extractor version yet
        (and did not fail extraction with it), in id order: light enough to hold for millions of
        documents, read in batches after."""
        return [
            row[0]
            for row in self.db.execute(
                """
            select d.id from documents d
        """
                + NOT_YET_EXTRACTED,
                [extractor_version, extractor_version],
            )
        ]

    def documents_for_extraction(self, ids: list[int]) -> list[dict]:
        """The documents with these ids, as `documents_to_extract` gives them, in id order."""
        marks = ", ".join("?" * len(ids))
        return list(
            self.db.query(
                f"""
            select d.*, v.id as version_id, substr(v.fetched_at, 1, 10) as first_seen
            from documents d
            join document_versions v on v.document_id = d.id and v.content_hash = d.content_hash
            where d.id in ({marks})
            order by d.id
        """,
                ids,
            )
        )

    def save_change(self, document: dict, extractor_version: str, change: dict) -> int:
        """Store one change with its codes and dates atomically; re-saving replaces, never duplicates."""
        same = (
            "select id from changes where document_id = ? and content_hash = ? and extractor_version = ?",
            [document["id"], document["content_hash"], extractor_version],
        )
        with self.db.atomic():
            if self.db.execute(*same).fetchone() is not None:  # a first extraction has nothing to replace
                self._delete_change(same)
            change_id = self._insert_all("changes", [self._change_row(document, extractor_version, change)])
            self.db.execute(
                "insert into changes_fts (rowid, title, summary, evidence, codes, body) values (?, ?, ?, ?, ?, ?)",
                [change_id, *search_columns(document, change)],
            )
            self._insert_all("change_codes", [{**code, "change_id": change_id} for code in change["codes"]])
            self._insert_all("change_dates", [{**date, "change_id": change_id} for date in change["dates"]])
            for key, table in FACT_TABLES.items():
                self._insert_all(table, [{**item, "change_id": change_id} for item in change.get(key, [])])
            self._save_areas(change_id, change.get("areas") or [])
            # The document's earlier versions give way to this one: one entry per document.
            self.db.execute(
                "update changes set superseded_by = ? where document_id = ? and extractor_version = ? and id != ?",
                [change_id, document["id"], extractor_version, change_id],
            )
        return change_id

    def _delete_change(self, same: tuple[str, list]) -> None:
        for table, key in (
            ("change_codes", "change_id"),
            ("change_areas", "change_id"),
            ("change_dates", "change_id"),
            *((table, "change_id") for table in FACT_TABLES.values()),
            ("change_embeddings", "change_id"),
            ("changes_fts", "rowid"),
            ("changes", "id"),
        ):
            self.db.execute(f"delete from {table} where {key} in ({same[0]})", same[1])

    def _insert_all(self, table: str, rows: list[dict]) -> int | None:
        """The rows as sqlite-utils' insert_all stores them (lists and dicts as JSON), in one prepared
        statement: its per-call schema look-ups and query building cost more than the inserts."""
        if not rows:
            return None
        columns = list(dict.fromkeys(chain.from_iterable(rows)))  # every row's keys, in order
        names, marks = ", ".join(f"[{column}]" for column in columns), ", ".join("?" * len(columns))
        sql = f"insert into [{table}] ({names}) values ({marks})"
        values = [[_stored(row.get(column)) for column in columns] for row in rows]
        if len(values) == 1:
            return self.db.conn.execute(sql, values[0]).lastrowid  # the id of the one row
        self.db.conn.executemany(sql, values)
        return None

    def _save_areas(self, change_id: int, areas: list[dict]) -> None:
        """Product areas inferred from product words, for a change that names no code."""
        self._insert_all(
            "change_areas",
            [
                {
                    "change_id": change_id,
                    "code": area["code"],
                    "level": area["level"],
                    "score": area["score"],
                    "terms": json.dumps(area.get("terms", [])),
                }
                for area in areas
            ],
        )

    @staticmethod
    def _change_row(document: dict, extractor_version: str, change: dict) -> dict:
        title, identifier = change.get("official_title") or {}, change.get("identifier") or {}
        return {
            "document_id": document["id"],
            "version_id": document["version_id"],
            "content_hash": document["content_hash"],
            "extractor_version": extractor_version,
            "jurisdiction": change.get("jurisdiction") or document.get("jurisdiction"),
            "title": shown_title(document, title.get("text"), identifier.get("text"), change.get("summary")),
            "official_title": title.get("text"),
            "official_title_start": title.get("start"),
            "official_title_end": title.get("end"),
            "official_title_kind": title.get("kind"),
            "identifier": identifier.get("text"),
            "identifier_start": identifier.get("start"),
            "identifier_end": identifier.get("end"),
            "url": document.get("url"),
            "published_date": document.get("published_date"),
            "first_seen": document["first_seen"],
            "measure_types": json.dumps(change.get("measure_types", [])),
            "measure_evidence": json.dumps(change.get("measure_evidence", [])),
            "language": change.get("language"),
            "countries": json.dumps(change.get("countries", {})),
            "summary": change.get("summary"),
            "created_at": utc_now(),
            "amendments": json.dumps(change["amendments"]) if change.get("amendments") else None,
            "backfilled": int(document.get("backfilled") or 0),
        }

    def changes_first_seen(self, day: str, extractor_version: str, until: str | None = None) -> list[dict]:
        """Current changes (latest version of each document) first seen on `day` (or `day`..`until`):
        the news of those days, backfilled history left out."""
        rows = self.db.query(
            "select * from changes where first_seen between ? and ? and extractor_version = ? "
            "and superseded_by is null and backfilled = 0 order by id",
            [day, until or day, extractor_version],
        )
        return self._with_evidence_many(rows)

    def upcoming_dates(self, start: str, end: str, types: tuple[str, ...], extractor_version: str) -> list[dict]:
        """Typed dates of current changes between `start` and `end`: {change_id, type, date, sentence...}."""
        return list(
            self.db.query(
                f"""
            select d.*, c.title, c.url, c.jurisdiction, c.summary, c.created_at from change_dates d
            join changes c on c.id = d.change_id
            where d.type in ({",".join("?" * len(types))}) and d.date between ? and ?
              and c.extractor_version = ? and c.superseded_by is null and c.duplicate_of is null
            order by d.date, c.id, d.type
        """,
                [*types, start, end, extractor_version],
            )
        )

    def change_history(self, document_id: int, extractor_version: str) -> list[dict]:
        """Every version's change of a document, oldest first: {id, first_seen, version_id, superseded_by}."""
        return list(
            self.db.query(
                "select id, first_seen, version_id, superseded_by, created_at from changes "
                "where document_id = ? and extractor_version = ? order by version_id, id",
                [document_id, extractor_version],
            )
        )

    def changes_entering_into_force(self, start: str, end: str, extractor_version: str) -> list[dict]:
        rows = self.db.query(
            """
            select distinct c.* from changes c join change_dates d on d.change_id = c.id
            where d.type = 'entry_into_force' and d.date between ? and ? and c.extractor_version = ?
            order by d.date, c.id
        """,
            [start, end, extractor_version],
        )
        return self._with_evidence_many(rows)

    def save_embedding(
        self, change_id: int, model: str, vector: bytes, dimensions: int, duplicate_of: int | None
    ) -> None:
        with self.db.atomic():
            self.db["change_embeddings"].upsert(
                {"change_id": change_id, "model": model, "dimensions": dimensions, "vector": vector}, pk="change_id"
            )
            self.db["changes"].update(change_id, {"duplicate_of": duplicate_of})

    def embeddings(self, extractor_version: str) -> list[tuple[int, int, bytes]]:
        """(change_id, document_id, vector) of every embedded change of this extractor version."""
        return [
            tuple(row)
            for row in self.db.execute(
                "select e.change_id, c.document_id, e.vector from change_embeddings e "
                "join changes c on c.id = e.change_id where c.extractor_version = ? order by e.change_id",
                [extractor_version],
            )
        ]

    def previous_change(self, document_id: int, content_hash: str, extractor_version: str) -> dict | None:
        """The latest change of an earlier version of the same document, with its evidence."""
        rows = list(
            self.db.query(
                "select * from changes where document_id = ? and content_hash != ? and extractor_version = ? "
                "order by version_id desc limit 1",
                [document_id, content_hash, extractor_version],
            )
        )
        return self._with_evidence(rows[0]) if rows else None

    def digest_days(self, extractor_version: str, limit: int) -> list[tuple[str, int]]:
        """(day, number of changes first seen that day), newest first."""
        return [
            tuple(row)
            for row in self.db.execute(
                "select first_seen, count(*) from changes where extractor_version = ? and duplicate_of is null "
                "and superseded_by is null and backfilled = 0 group by first_seen order by first_seen desc limit ?",
                [extractor_version, limit],
            )
        ]

    def changes_without_embedding(self, extractor_version: str) -> list[dict]:
        return list(
            self.db.query(
                "select id, document_id, title, summary from changes c where extractor_version = ? and not exists "
                "(select 1 from change_embeddings e where e.change_id = c.id) order by id",
                [extractor_version],
            )
        )

    def change_codes(self, change_id: int) -> set[tuple[str, str | None]]:
        return {
            (row[0], row[1])
            for row in self.db.execute("select code, code_to from change_codes where change_id = ?", [change_id])
        }

    def _with_evidence(self, row: dict) -> dict:
        return self._with_evidence_many([row])[0]

    def _with_evidence_many(self, rows) -> list[dict]:
        """Changes with their codes, dates, facts, areas and official references, each table read
        once for all of them (one query per change and table made a search page cost ~120 queries)."""
        rows = [dict(row) for row in rows]
        ids = [row["id"] for row in rows]
        codes = self._rows_by_change("select * from change_codes where change_id in ({}) order by start, rowid", ids)
        dates = self._rows_by_change("select * from change_dates where change_id in ({}) order by start, rowid", ids)
        facts = {
            key: self._rows_by_change(f"select * from {table} where change_id in ({{}}) order by start, rowid", ids)
            for key, table in FACT_TABLES.items()
        }
        areas = self._rows_by_change(
            "select change_id, code, level, score, terms from change_areas where change_id in ({}) "
            "order by score desc, code",
            ids,
        )
        official = self._official_references([row["document_id"] for row in rows])
        for row in rows:
            row["measure_types"] = json.loads(row["measure_types"] or "[]")
            row["countries"] = json.loads(row["countries"] or "{}")
            row["measure_evidence"] = json.loads(row.get("measure_evidence") or "[]")
            row["amendments"] = json.loads(row.get("amendments") or "null")
            row["codes"] = codes.get(row["id"], [])
            row["dates"] = dates.get(row["id"], [])
            for key in FACT_TABLES:
                row[key] = facts[key].get(row["id"], [])
            identifier, citation = official.get(row["document_id"], (None, None))
            # The source's metadata is authoritative; the identifier read from the text fills in.
            row["identifier"] = identifier or row.get("identifier")
            row["citation"] = row.get("citation") or citation
            row["areas"] = [
                {
                    key: value
                    for key, value in {**area, "terms": json.loads(area["terms"] or "[]")}.items()
                    if key != "change_id"
                }
                for area in areas.get(row["id"], [])
            ]
        return rows

    def _rows_by_change(self, sql: str, ids: list[int]) -> dict[int, list[dict]]:
        """Rows of `sql` (its `in ({})` filled with `ids`) grouped by change_id, in the query's order."""
        grouped: dict[int, list[dict]] = {}
        for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
            chunk = ids[start : start + 500]
            for row in self.db.query(sql.format(",".join("?" * len(chunk))), chunk):
                grouped.setdefault(row["change_id"], []).append(row)
        return grouped

    def _official_references(self, document_ids: list[int]) -> dict[int, tuple]:
        found = {}
        unique = list(dict.fromkeys(document_ids))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for document_id, identifier, citation in self.db.execute(
                f"select id, identifier, citation from documents where id in ({marks})", chunk
            ):
                found[document_id] = (identifier, citation)
        return found
