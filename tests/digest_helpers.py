"""Helpers for digest and sending tests: documents written for the tests, stored and extracted for real."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tariffwatch.store import DocumentRecord

TODAY = date.today().isoformat()


def add_documents(project, documents: list[dict], extract: bool = True) -> None:
    """Save documents (dicts of DocumentRecord fields, external_id defaulting to the title) and extract."""
    store = project.store()
    store.ensure_source("inbox", "inbox", True, None)
    for doc in documents:
        fields = {"source": "inbox", "url": f"file:///inbox/{len(doc['title'])}.txt", **doc}
        fields.setdefault("external_id", doc["title"])
        store.save_document(DocumentRecord(**fields))
    store.close()
    if extract:
        result = project.run("extract")
        assert result.exit_code == 0, result.output


def pin_first_seen(project, day: str) -> None:
    store = project.store()
    with store.db.atomic():
        store.db.execute("update document_versions set fetched_at = ?", [day + "T06:00:00+00:00"])
    store.close()


def write_digest(project, fmt: str, day: str = TODAY) -> str:
    result = project.run("digest", "--date", day, "--format", fmt)
    assert result.exit_code == 0, result.output
    return Path(result.stdout.strip()).read_text("utf-8")


def set_base_url(project, base_url: str = "https://tariffwatch.example", **digest) -> None:
    data = project.config_data()
    data["digest"].update(base_url=base_url, **digest)
    project.write_config(data)
