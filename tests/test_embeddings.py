"""Embeddings from the packaged model: stored per change, duplicates marked, measure fallback."""

import numpy as np
import pytest

from nlp.pipeline import analyse
from nlp.vectors.embeddings import DIMENSIONS, embed_texts, from_blob
from tariffwatch.store import DocumentRecord

NOTICE = (
    "Tariff stop press notice: anti-dumping duty on ceramic tiles from India.\n\n"
    "An anti-dumping duty on ceramic tiles from India is being introduced from 1 December 2026. "
    "The duty applies to commodity codes 6907 21 00 10 and 6907 22 00 10."
)


def test_model_loads_offline_and_gives_unit_vectors():
    vectors = embed_texts(
        [
            "anti-dumping duty on steel",
            "definitive antidumping duties on steel imports",
            "appointment of a new director",
        ]
    )
    assert vectors.shape == (3, DIMENSIONS) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3


@pytest.fixture
def project(project):
    data = project.config_data()
    data["nlp"] = {"embeddings": True}
    project.write_config(data)
    return project


def add(store, external_id, text, title):
    store.ensure_source("inbox", "inbox", True, None)
    store.save_document(
        DocumentRecord(source="inbox", external_id=external_id, url="file:///" + external_id, title=title, text=text)
    )


def test_every_change_gets_a_vector_and_a_republished_notice_is_a_duplicate(project):
    store = project.store()
    add(store, "tiles.txt", NOTICE, "Ceramic tiles from India")
    add(store, "tiles-copy.html", NOTICE.replace("\n\n", "\n"), "Ceramic tiles from India")
    add(store, "other.txt", "A tariff quota of 3000 tonnes opens for bison meat of CN code 0201 10 00.", "Bison quota")
    store.close()
    result = project.run("extract")
    assert "embedded 3 changes" in result.stdout
    store = project.store()
    rows = {row["change_id"]: row for row in store.db["change_embeddings"].rows}
    assert len(rows) == 3 and all(len(from_blob(r["vector"])) == DIMENSIONS for r in rows.values())
    changes = {row["title"] + "|" + str(row["document_id"]): row for row in store.db["changes"].rows}
    duplicates = [row for row in changes.values() if row["duplicate_of"]]
    assert len(duplicates) == 1
    assert store.db["changes"].get(duplicates[0]["duplicate_of"])["title"] == "Ceramic tiles from India"
    assert "embedded 0 changes" in project.run("extract").stdout


def test_embedding_resumes_after_an_interruption(project):
    store = project.store()
    add(store, "tiles.txt", NOTICE, "Ceramic tiles")
    store.close()
    project.run("extract")
    store = project.store()
    store.db.execute("delete from change_embeddings")  # as if killed between extraction and embedding
    store.db.conn.commit()
    store.close()
    assert "extracted 0 documents, embedded 1 change" in project.run("extract").stdout
    assert project.count("change_embeddings") == 1


def test_measure_type_from_similarity_when_rules_find_none():
    text = (
        "The Commission hereby opens an annual import allocation of 3000 tonnes of bison meat "
        "at zero duty for each period."
    )
    assert analyse(text)._.measures == []
    doc = analyse(text, embeddings=True)
    assert [m.type for m in doc._.measures] == ["tariff_quota"]
    evidence = doc._.measures[0]
    assert text[evidence.start : evidence.end].strip() == evidence.text


def test_unrelated_text_gets_no_measure_type_from_similarity():
    doc = analyse(
        "The minister appointed a new director. The office moves to a new building in spring.", embeddings=True
    )
    assert doc._.measures == []


def test_near_identical_changes_with_different_codes_are_not_duplicates(project):
    """Two notices worded alike (the same template) about different goods stay two changes; the
    same notice published twice is a duplicate. The vectors are identical, so only the codes decide."""
    from nlp import EXTRACTOR_VERSION
    from nlp.pipeline import analyse
    from nlp.results import to_change
    from nlp.vectors.dedup import DuplicateFinder
    from nlp.vectors.embeddings import to_blob

    template = "An anti-dumping duty on {goods} from India is introduced from 1 December 2026 (commodity code {code})."
    texts = {  # the other-code notice comes first: the most similar change is not the one to match
        "sinks.txt": template.format(goods="ceramic tiles", code="6910 10 00 10"),
        "tiles.txt": template.format(goods="ceramic tiles", code="6907 21 00 10"),
        "tiles-again.html": template.format(goods="ceramic tiles", code="6907 21 00 10"),
    }
    store = project.store()
    for name, text in texts.items():
        add(store, name, text, "Ceramic tiles from India")
    vector = np.zeros(DIMENSIONS, dtype=np.float32)
    vector[0] = 1.0
    finder = DuplicateFinder(store, EXTRACTOR_VERSION, threshold=0.97)
    found = {}
    for document in store.documents_to_extract(EXTRACTOR_VERSION):
        change_id = store.save_change(document, EXTRACTOR_VERSION, to_change(analyse(document["text"])))
        found[document["external_id"]] = (change_id, finder.find(change_id, document["id"], vector))
        store.save_embedding(change_id, "test", to_blob(vector), DIMENSIONS, found[document["external_id"]][1])
        finder.add(change_id, document["id"], vector)
    assert found["tiles.txt"][1] is None  # same words, other code: not a duplicate
    assert found["tiles-again.html"][1] == found["tiles.txt"][0]
    store.close()
