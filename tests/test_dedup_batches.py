"""Duplicates found a batch at a time are the ones found one change at a time (real store, real
changes; vectors planted so that one pair is near-identical and shares its codes)."""

from __future__ import annotations

import numpy as np
import pytest

from nlp import EXTRACTOR_VERSION
from nlp.runner import extract_pending
from nlp.vectors.dedup import DuplicateFinder
from tariffwatch.store import open_store
from tests.corpus import load, notices


def planted_vectors(changes: list[dict]) -> dict[int, np.ndarray]:
    """A unit vector per change; the re-published copy sits next to its original, and notice 7 next
    to notice 3 (near-identical text, but other codes: not a duplicate)."""
    rng = np.random.default_rng(7)
    vectors = {c["id"]: rng.normal(size=384).astype(np.float32) for c in changes}
    by_url = {c["url"].rsplit("/", 1)[1]: c["id"] for c in changes}
    for copy, original in (("republished-copy.txt", "notice-0001.txt"), ("notice-0007.txt", "notice-0003.txt")):
        vectors[by_url[copy]] = vectors[by_url[original]] + rng.normal(scale=0.01, size=384).astype(np.float32)
    return {key: vector / np.linalg.norm(vector) for key, vector in vectors.items()}


@pytest.mark.parametrize("size", [5, 12])  # 12: the original and its copy in one batch
def test_a_batch_finds_what_one_by_one_finds(tmp_path, size):
    store = open_store(tmp_path / "t.db")
    load(store, notices(12))
    extract_pending(store)
    changes = list(store.db.query("select id, document_id, url from changes order by id"))
    vectors = planted_vectors(changes)
    items = [(c["id"], c["document_id"], vectors[c["id"]]) for c in changes]

    one_by_one = DuplicateFinder(store, EXTRACTOR_VERSION, 0.97)
    singly = []
    for item in items:
        singly.append(one_by_one.find(*item))
        one_by_one.add(*item)
    batched = DuplicateFinder(store, EXTRACTOR_VERSION, 0.97)
    in_batches = []
    for start in range(0, len(items), size):
        in_batches += batched.find_batch(items[start : start + size])
        batched.add_batch(items[start : start + size])

    copy = next(c["id"] for c in changes if c["url"].endswith("republished-copy.txt"))
    original = next(c["id"] for c in changes if c["url"].endswith("notice-0001.txt"))
    expected = [original if change_id == copy else None for change_id, _, _ in items]
    assert singly == expected
    assert in_batches == expected
    assert batched.size == one_by_one.size == 12
