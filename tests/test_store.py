"""The SQLite store: migrations, WAL, unique keys, and a database datasette opens as is."""

import asyncio

from tariffwatch.store import DocumentRecord, SaveOutcome, open_store
from tariffwatch.store.migrations import MIGRATIONS


def test_migrations_are_recorded_once_and_wal_is_on(tmp_path):
    path = tmp_path / "t.db"
    open_store(path).close()
    store = open_store(path)
    rows = list(store.db["migrations"].rows)
    assert [row["id"] for row in rows] == [number for number, _, _ in MIGRATIONS]
    assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_saving_the_same_content_twice_is_one_version(tmp_path):
    store = open_store(tmp_path / "t.db")
    store.ensure_source("inbox", "inbox", True, None)
    record = DocumentRecord(source="inbox", external_id="a.txt", url="file:///a.txt", text="heading 7208\n")
    assert store.save_document(record) is SaveOutcome.NEW
    record.text = "heading  7208"  # re-wrapped whitespace is no change
    assert store.save_document(record) is SaveOutcome.UNCHANGED
    record.text = "heading 7209"
    assert store.save_document(record) is SaveOutcome.NEW_VERSION
    assert store.db["documents"].count == 1 and store.db["document_versions"].count == 2


def test_a_failed_transaction_leaves_nothing_behind(tmp_path):
    store = open_store(tmp_path / "t.db")
    store.ensure_source("inbox", "inbox", True, None)
    try:
        with store.transaction():
            store.save_document(DocumentRecord(source="inbox", external_id="b", url="u", text="x"))
            raise RuntimeError("crash mid-way")
    except RuntimeError:
        pass
    assert store.db["documents"].count == 0 and store.db["document_versions"].count == 0


def test_datasette_opens_the_database_as_is(project):
    from datasette.app import Datasette

    project.run("sources")
    datasette = Datasette([str(project.root / "tariffwatch.db")])

    async def query():
        response = await datasette.client.get("/tariffwatch/sources.json?_shape=array")
        return response.status_code, response.json()

    status, rows = asyncio.run(query())
    assert status == 200
    assert {row["name"] for row in rows} == {"federal_register", "inbox"}
