"""Extraction in worker processes and on Ray stores exactly what one process stores, and a run
killed with SIGKILL mid-way resumes to the same result (each batch is one transaction)."""

from __future__ import annotations

import pytest

from tests.corpus import amended, load, notices
from tests.killing import count_rows, run_and_kill

BATCH = 3


def prepare(project, count: int, embeddings: bool, padding: int = 2):
    """A project whose store holds `count` notices, one of them in a second version whose first
    version was extracted already (so amendments are computed too)."""
    data = project.config_data()
    data["sources"]["federal_register"]["enabled"] = False
    data["nlp"] = {"embeddings": embeddings, "documents_per_batch": BATCH}
    project.write_config(data)
    records = notices(count, padding)
    store = project.store()
    load(store, records[:1])
    store.close()
    assert project.run("extract", "--workers", "1").exit_code == 0
    store = project.store()
    load(store, [amended(records[0]), *records[1:]])
    store.close()
    return project


def snapshot(project) -> dict:
    """Everything extraction stores, ids included, but when it happened (the time a change was
    written, and the day its document was fetched: two projects of one test may straddle midnight)."""
    store = project.store()
    try:
        return {
            "changes": [
                {k: v for k, v in row.items() if k not in ("created_at", "first_seen")}
                for row in store.db.query("select * from changes order by id")
            ],
            "codes": list(store.db.query("select * from change_codes order by id")),
            "dates": list(store.db.query("select * from change_dates order by id")),
            "vectors": list(store.db.query("select * from change_embeddings order by change_id")),
            "search": list(store.db.query("select rowid, * from changes_fts order by rowid")),
        }
    finally:
        store.close()


def assert_same_store(actual: dict, expected: dict) -> None:
    """Table by table, row by row: a difference names its table, row and columns."""
    assert actual.keys() == expected.keys()
    for table in expected:
        assert len(actual[table]) == len(expected[table]), table
        for row, (got, want) in enumerate(zip(actual[table], expected[table], strict=True)):
            differing = {
                key: (got.get(key), want.get(key)) for key in want.keys() | got.keys() if got.get(key) != want.get(key)
            }
            assert not differing, f"{table} row {row}: {differing}"


def changes_in(project) -> int:
    return count_rows(project.root / "tariffwatch.db", "select count(*) from changes")


@pytest.fixture(scope="module")
def one_process_with_embeddings(tmp_path_factory):
    """The reference: 24 notices extracted with embeddings in this process."""
    from tests.conftest import Project

    project = prepare(Project(tmp_path_factory.mktemp("serial")), 24, embeddings=True)
    result = project.run("extract", "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "extracted 24 documents, embedded 24 changes" in result.stdout
    return snapshot(project)


def test_reference_run_has_amendments_duplicates_and_vectors(one_process_with_embeddings):
    changes = one_process_with_embeddings["changes"]
    assert len(changes) == 25  # the first version of notice 0, then 24 current documents
    assert [c["id"] for c in changes if c["amendments"]] == [2]
    copy = next(c for c in changes if c["url"].endswith("republished-copy.txt"))
    original = next(c for c in changes if c["url"].endswith("notice-0001.txt"))
    assert [c["id"] for c in changes if c["duplicate_of"]] == [copy["id"]]
    assert copy["duplicate_of"] == original["id"]
    assert len(one_process_with_embeddings["vectors"]) == 25


def test_worker_processes_store_the_same_as_one_process(project, one_process_with_embeddings):
    prepare(project, 24, embeddings=True)
    result = project.run("extract", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "extracted 24 documents, embedded 24 changes" in result.stdout
    assert_same_store(snapshot(project), one_process_with_embeddings)


def test_ray_killed_mid_way_resumes_to_what_one_process_stores(project, one_process_with_embeddings):
    pytest.importorskip("ray")
    prepare(project, 24, embeddings=True)
    before = changes_in(project)  # the first version's change
    args = ["extract", "--engine", "ray", "--workers", "2"]
    killed = run_and_kill(args, project.config_path, lambda: changes_in(project) > before)
    assert killed
    saved = changes_in(project) - before
    assert 0 < saved < 24 and saved % BATCH == 0  # whole batches only: each is one transaction
    result = project.run(*args)
    assert result.exit_code == 0, result.output
    assert f"extracted {24 - saved} documents, embedded {24 - saved} changes" in result.stdout
    assert_same_store(snapshot(project), one_process_with_embeddings)


def test_worker_run_killed_mid_way_resumes_to_what_one_process_stores(tmp_path):
    from tests.conftest import Project

    (tmp_path / "serial").mkdir()
    (tmp_path / "workers").mkdir()
    reference = prepare(Project(tmp_path / "serial"), 240, embeddings=False, padding=6)
    assert reference.run("extract", "--workers", "1").exit_code == 0
    project = prepare(Project(tmp_path / "workers"), 240, embeddings=False, padding=6)
    killed = run_and_kill(["extract", "--workers", "2"], project.config_path, lambda: changes_in(project) > 1)
    assert killed
    saved = changes_in(project) - 1
    assert 0 < saved < 240 and saved % BATCH == 0
    result = project.run("extract", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert f"extracted {240 - saved} documents" in result.stdout
    assert_same_store(snapshot(project), snapshot(reference))


def test_ray_engine_without_ray_or_with_a_bad_option_is_one_line(project):
    result = project.run("extract", "--address", "127.0.0.1:1")
    assert result.exit_code == 2
    assert result.stderr == "Error: --address needs --engine ray (see 'tariffwatch extract --help')\n"
