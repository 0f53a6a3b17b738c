"""Near-duplicate changes: the same measure reached us twice (two sources, a re-published notice).

Brute-force cosine similarity over the stored change vectors (numpy); a new change is a
duplicate of an earlier one from another document when the texts are near-identical in meaning
and they name the same codes.
"""

from __future__ import annotations

import numpy as np

from nlp.vectors.embeddings import stack_blobs
from tariffwatch.store import Store


class DuplicateFinder:
    def __init__(self, store: Store, extractor_version: str, threshold: float):
        self.store = store
        self.threshold = threshold
        rows = store.embeddings(extractor_version)
        self.change_ids = [row[0] for row in rows]
        self.document_ids = np.array([row[1] for row in rows], dtype=np.int64)
        self.matrix = stack_blobs([row[2] for row in rows])

    def find(self, change_id: int, document_id: int, vector: np.ndarray) -> int | None:
        if not len(self.change_ids):
            return None
        scores = self.matrix @ vector
        scores[self.document_ids == document_id] = -1.0  # versions of one document are not duplicates
        above = np.flatnonzero(scores >= self.threshold)
        codes = self.store.change_codes(change_id)
        # the most similar change that also names the same codes: alike wording about other goods is no duplicate
        for index in above[np.argsort(-scores[above], kind="stable")]:
            candidate = self.change_ids[int(index)]
            if self.store.change_codes(candidate) == codes:
                return candidate
        return None

    def add(self, change_id: int, document_id: int, vector: np.ndarray) -> None:
        self.change_ids.append(change_id)
        self.document_ids = np.append(self.document_ids, document_id)
        self.matrix = np.vstack([self.matrix, vector[None, :]])
