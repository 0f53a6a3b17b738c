"""Nomenclature entries (code -> description) from official downloads."""

from __future__ import annotations

from tariffwatch.store.documents import utc_now


class NomenclatureStore:
    db: sqlite_utils.Database  # noqa: F821

    def replace_nomenclature(self, system: str, url: str, entries: list[dict]) -> int:
        """Swap a whole system's entries in one transaction: a failed sync leaves the old list."""
        with self.db.atomic():
            self.db.execute("delete from nomenclature where system = ?", [system])
            self.db["nomenclature"].insert_all(
                [{"system": system, **entry} for entry in entries], pk=("system", "code"), replace=True
            )
            self.db["nomenclature_syncs"].upsert(
                {"system": system, "url": url, "synced_at": utc_now(), "entries": len(entries)}, pk="system"
            )
        return len(entries)

    def describe_code(self, code: str) -> str | None:
        """Description of the longest known prefix of `code` (10 digits down to the heading)."""
        for length in range(len(code), 3, -1):
            row = self.db.execute(
                "select description from nomenclature where code = ? order by system limit 1", [code[:length]]
            ).fetchone()
            if row:
                return row[0]
        return None

    def nomenclature_counts(self) -> dict[str, int]:
        return dict(self.db.execute("select system, count(*) from nomenclature group by system").fetchall())
