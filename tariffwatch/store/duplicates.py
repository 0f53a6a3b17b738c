"""Duplicates as readers and the duplicate check see them: what names an act, and which changes
were marked as another publication of it."""

from __future__ import annotations

MAX_CHAIN = 32  # a duplicate of a duplicate is followed this far (marks point to earlier changes: no cycle)


class DuplicateStore:
    db: sqlite_utils.Database  # noqa: F821

    def change_names(self, change_id: int) -> dict:
        """What names a change's act: {identifier, titles, act_dates} (its document_date dates)."""
        row = self.db.execute(
            "select identifier, official_title, title from changes where id = ?", [change_id]
        ).fetchone()
        if row is None:
            return {"identifier": None, "titles": [], "act_dates": []}
        dates = self.db.execute(
            "select distinct date from change_dates where change_id = ? and type = 'document_date'", [change_id]
        )
        return {"identifier": row[0], "titles": [row[1], row[2]], "act_dates": [date for (date,) in dates]}

    def original_of(self, change_id: int) -> int:
        """The stored change a duplicate was folded into (following a duplicate of a duplicate); itself if none."""
        current, seen = change_id, {change_id}
        for _ in range(MAX_CHAIN):
            row = self.db.execute(
                "select o.id from changes c join changes o on o.id = c.duplicate_of where c.id = ?", [current]
            ).fetchone()
            if row is None or row[0] in seen:
                break
            current = row[0]
            seen.add(current)
        return current

    def duplicates_of(self, change_id: int) -> list[dict]:
        """The current changes folded into `change_id` (directly or through another duplicate), oldest
        first: {id, url, title}."""
        found: dict[int, dict] = {}
        frontier = [change_id]
        for _ in range(MAX_CHAIN):
            marks = ",".join("?" * len(frontier))
            sql = f"select id, url, title, superseded_by from changes where duplicate_of in ({marks})"
            rows = list(self.db.query(sql, frontier))
            frontier = [row["id"] for row in rows if row["id"] != change_id and row["id"] not in found]
            found.update({row["id"]: row for row in rows if row["id"] in frontier})
            if not frontier:
                break
        current = (found[key] for key in sorted(found) if found[key]["superseded_by"] is None)
        return [{"id": row["id"], "url": row["url"], "title": row["title"]} for row in current]
