"""Near-duplicate changes: the same measure reached us twice (two sources, a re-published notice).

Brute-force cosine similarity over the stored change vectors (numpy); a new change is a
duplicate of the most similar earlier change from another document that is near-identical in
meaning, names the same codes and does not disagree on the act (its number, case or date: see
identity.py). A batch of new changes is scored with one matrix product (a
backfill of a million changes makes one pass over the stored vectors per batch, not per change),
with the same outcome as taking them one by one.
"""

from __future__ import annotations

import numpy as np

from nlp.vectors.embeddings import DIMENSIONS, stack_blobs
from nlp.vectors.identity import Identity, different_acts, identity_of
from tariffwatch.store import Store

Item = tuple[int, int, np.ndarray]  # (change id, document id, unit vector)


class DuplicateFinder:
    def __init__(self, store: Store, extractor_version: str, threshold: float):
        self.store = store
        self.threshold = threshold
        rows = store.embeddings(extractor_version)
        self.change_ids = [row[0] for row in rows]
        self._documents = np.array([row[1] for row in rows], dtype=np.int64)
        self._matrix = stack_blobs([row[2] for row in rows]).copy()  # grows by doubling (see add_batch)

    @property
    def size(self) -> int:
        return len(self.change_ids)

    def find(self, change_id: int, document_id: int, vector: np.ndarray) -> int | None:
        return self.find_batch([(change_id, document_id, vector)])[0]

    def find_batch(self, items: list[Item]) -> list[int | None]:
        """The change each item duplicates (or None), each compared with every stored change and
        with the items before it, as if they were found and added one by one."""
        if not items:
            return []
        vectors = np.stack([vector for _, _, vector in items])
        stored = self._matrix[: self.size] @ vectors.T  # stored changes x items, one pass
        within = vectors @ vectors.T
        ids = self.change_ids + [change_id for change_id, _, _ in items]
        owners = np.concatenate([self._documents[: self.size], [document_id for _, document_id, _ in items]])
        found = []
        for position, (change_id, document_id, _) in enumerate(items):
            scores = np.concatenate([stored[:, position], within[:position, position]])
            found.append(self._best(scores, owners[: self.size + position], ids, change_id, document_id))
        return found

    def _best(self, scores: np.ndarray, owners: np.ndarray, ids: list[int], change_id: int, document_id: int):
        scores[owners == document_id] = -1.0  # versions of one document are not duplicates
        above = np.flatnonzero(scores >= self.threshold)
        if not len(above):
            return None
        codes, identity = self.store.change_codes(change_id), None
        # the most similar change that also names the same codes: alike wording about other goods is no duplicate;
        # nor is a page of the same template about another case or act (another number or date)
        for index in above[np.argsort(-scores[above], kind="stable")]:
            candidate = ids[int(index)]
            if self.store.change_codes(candidate) != codes:
                continue
            if identity is None:  # read only once a candidate names the same codes
                identity = self._identity(change_id)
            if not different_acts(identity, self._identity(candidate)):
                return candidate
        return None

    def _identity(self, change_id: int) -> Identity:
        names = self.store.change_names(change_id)
        return identity_of(names["identifier"], names["titles"], names["act_dates"])

    def add(self, change_id: int, document_id: int, vector: np.ndarray) -> None:
        self.add_batch([(change_id, document_id, vector)])

    def add_batch(self, items: list[Item]) -> None:
        """Append vectors; the buffers double when full, so adding stays cheap at a million rows."""
        needed = self.size + len(items)
        if needed > len(self._matrix):
            capacity = max(needed, 2 * len(self._matrix), 1024)
            matrix = np.zeros((capacity, DIMENSIONS), dtype=np.float32)
            matrix[: self.size] = self._matrix[: self.size]
            documents = np.zeros(capacity, dtype=np.int64)
            documents[: self.size] = self._documents[: self.size]
            self._matrix, self._documents = matrix, documents
        for change_id, document_id, vector in items:
            self._matrix[self.size] = vector
            self._documents[self.size] = document_id
            self.change_ids.append(change_id)
