"""Run records: one row per command run, one per source within it."""

from __future__ import annotations

import json

from tariffwatch.store.documents import utc_now


class RunStore:
    db: sqlite_utils.Database  # noqa: F821

    def start_run(self, command: str) -> int:
        with self.db.atomic():
            return self.db["runs"].insert({"command": command, "started_at": utc_now(), "status": "running"}).last_pk

    def finish_run(self, run_id: int, status: str, **counts) -> None:
        with self.db.atomic():
            self.db["runs"].update(run_id, {"finished_at": utc_now(), "status": status, **counts})

    def mark_interrupted_runs(self) -> int:
        """Runs (and their sources) still `running` belong to a process that died: call it only while
        holding the run lock, when no other run can be alive. Returns how many runs were marked."""
        now = utc_now()
        with self.db.atomic():
            self.db.execute(
                "update run_sources set status = 'interrupted', finished_at = ? where status = 'running'", [now]
            )
            return self.db.execute(
                "update runs set status = 'interrupted', finished_at = ?, "
                "error = coalesce(error, 'the process ended before the run finished') where status = 'running'",
                [now],
            ).rowcount

    def start_source_run(self, run_id: int, source: str) -> int:
        with self.db.atomic():
            return (
                self.db["run_sources"]
                .insert({"run_id": run_id, "source": source, "started_at": utc_now(), "status": "running"})
                .last_pk
            )

    def finish_source_run(
        self, row_id: int, status: str, counts: dict, error: str | None, problems: list[str], health: str | None = None
    ) -> None:
        with self.db.atomic():
            self.db["run_sources"].update(
                row_id,
                {
                    "finished_at": utc_now(),
                    "status": status,
                    "error": error,
                    "health": health,
                    "problems": json.dumps(problems),
                    **counts,
                },
            )

    def items_seen_since(self, source: str, since: str) -> int:
        """Documents of a source first seen (or changed) since an ISO timestamp."""
        return self.db.execute(
            "select count(*) from document_versions v join documents d on d.id = v.document_id "
            "where d.source = ? and v.fetched_at >= ?",
            [source, since],
        ).fetchone()[0]

    def source_overview(self) -> list[dict]:
        """Per source: enabled flag, last run time and status, document count."""
        return list(
            self.db.query("""
            select s.name, s.kind, s.enabled, s.base_url,
                   last.finished_at as last_run, last.status as last_status, last.error as last_error,
                   last.health as health,
                   (select count(*) from documents d where d.source = s.name) as documents
            from sources s
            left join run_sources last on last.id = (
                select max(id) from run_sources r where r.source = s.name)
            order by s.name
        """)
        )

    def run_sources(self, run_id: int) -> list[dict]:
        return list(self.db.query("select * from run_sources where run_id = ? order by id", [run_id]))
