"""The semantic index file beside the database: appended as vectors are embedded, rebuilt when one
is replaced, memory-mapped by every reader; and query vectors equal to the stored ones."""

import numpy as np
import pytest

from nlp.vectors.embeddings import to_blob
from tariffwatch.store import DocumentRecord

NOTICES = [
    "Anti-dumping duty on hand pallet trucks from China, CN code 8427 90 00, from 2 March 2026.",
    "Tariff quota for garlic of CN code 0703 20 00 opened for 2026.",
    "Safeguard measure on ferro-alloys of heading 7202 extended until 30 June 2027.",
    "Countervailing duty on biodiesel of CN code 3826 00 10 from Indonesia.",
    "Suspension of duties on lithium hydroxide of CN code 2825 20 00.",
]


@pytest.fixture
def store(project):
    """A store with five extracted changes and no vectors yet."""
    store = project.store()
    store.ensure_source("inbox", "inbox", True, None)
    for number, text in enumerate(NOTICES):
        store.save_document(
            DocumentRecord(
                source="inbox", external_id=f"n{number}.txt", url=f"https://e/{number}", title=text, text=text
            )
        )
    store.close()
    assert project.run("extract").exit_code == 0
    store = project.store()
    yield store
    store.close()


def unit(seed: int) -> np.ndarray:
    vector = np.random.default_rng(seed).normal(size=384).astype(np.float32)
    return vector / np.linalg.norm(vector)


def embed(store, change_ids, seed=0):
    for change_id in change_ids:
        store.save_embedding(change_id, "test", to_blob(unit(change_id + seed)), 384, None)


def change_ids(store):
    return [row[0] for row in store.db.execute("select id from changes order by id")]


def test_new_vectors_are_appended_to_the_same_file(store):
    vectors, ids = store.vector_file(), change_ids(store)
    vectors.sync(store.db)
    assert len(vectors.view().ids) == 0
    embed(store, ids[:3])
    vectors.sync(store.db)
    inode = vectors.path.stat().st_ino
    embed(store, ids[3:])
    vectors.sync(store.db)
    view = vectors.view()
    assert vectors.path.stat().st_ino == inode  # appended in place, not rewritten
    assert view.ids.tolist() == ids
    assert np.array_equal(view.matrix, np.stack([unit(i) for i in ids]))
    assert view.sequence == store.embeddings_sequence() == 5


def test_a_replaced_vector_rebuilds_the_file_and_old_readers_keep_their_view(store):
    vectors, ids = store.vector_file(), change_ids(store)
    embed(store, ids)
    vectors.sync(store.db)
    before = vectors.view()
    embed(store, ids[:1], seed=100)  # the first change re-embedded
    vectors.sync(store.db)
    after = vectors.view()
    assert after.ids.tolist() == ids
    assert np.array_equal(after.matrix[0], unit(ids[0] + 100))
    assert np.array_equal(before.matrix[0], unit(ids[0]))  # the old mapping still reads the old file


def test_a_deleted_or_damaged_file_is_rebuilt_from_the_database(store):
    vectors, ids = store.vector_file(), change_ids(store)
    embed(store, ids)
    vectors.sync(store.db)
    vectors.path.write_bytes(b"not a vector file")
    vectors.sync(store.db)
    assert vectors.view().ids.tolist() == ids
    vectors.path.unlink()
    vectors.ids_path.unlink()
    vectors.sync(store.db)
    assert np.array_equal(vectors.view().matrix, np.stack([unit(i) for i in ids]))


def test_semantic_search_sees_vectors_embedded_after_it_started(store):
    from digest.search import semantic_index

    ids = change_ids(store)
    embed(store, ids[:2])
    index = semantic_index(store)
    index.refresh(store)
    assert index.search(unit(ids[4]), None, 5) == []  # below the floor: nothing like it yet
    embed(store, ids[2:])
    index.refresh(store)
    assert index.search(unit(ids[4]), None, 1) == [(ids[4], pytest.approx(1.0, abs=1e-5))]


def test_query_vectors_equal_the_stored_ones():
    from nlp.vectors.embeddings import embed_texts
    from nlp.vectors.query_encoder import encode_queries

    queries = ["copper", "anti-dumping duties on hot-rolled steel coils from Viet Nam and Egypt", "7208 51 20"]
    assert np.allclose(encode_queries(queries), embed_texts(queries), atol=1e-5)
