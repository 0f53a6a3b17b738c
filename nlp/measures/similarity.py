"""Measure types by sentence similarity, for documents where the rules found none.

The document's opening sentences are embedded and compared with example sentences of each
measure type (data/measure_prototypes.json); the most similar sentence is the evidence.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import numpy as np

from nlp.measures.rules import MeasureMention
from nlp.text.sentences import Sentences

THRESHOLD = 0.42  # cosine similarity below which a type is not claimed (unrelated text: ~0.25)
TIE_MARGIN = 0.02  # a second type only when it is as likely as the first
MAX_SENTENCES = 40  # the opening of an act says what it does
MIN_SENTENCE_CHARS = 40


@cache
def _prototypes() -> tuple[list[str], np.ndarray]:
    from nlp.vectors.embeddings import embed_texts

    data = json.loads(resources.files("nlp").joinpath("data/measure_prototypes.json").read_text("utf-8"))
    kinds, sentences = [], []
    for kind, examples in data.items():
        if not kind.startswith("_"):
            kinds += [kind] * len(examples)
            sentences += examples
    return kinds, embed_texts(sentences)


def similar_measures(text: str, sentences: Sentences, limit: int = 2) -> list[MeasureMention]:
    """Up to `limit` measure types whose examples resemble one of the document's sentences."""
    from nlp.vectors.embeddings import embed_texts

    spans = [(start, end) for start, end in sentences.spans[: MAX_SENTENCES * 3] if end - start >= MIN_SENTENCE_CHARS][
        :MAX_SENTENCES
    ]
    if not spans:
        return []
    kinds, prototypes = _prototypes()
    vectors = embed_texts([" ".join(text[start:end].split()) for start, end in spans])
    similarity = vectors @ prototypes.T  # sentences x prototypes
    best: dict[str, tuple[float, int]] = {}
    for column, kind in enumerate(kinds):
        row = int(similarity[:, column].argmax())
        score = float(similarity[row, column])
        if score >= THRESHOLD and score > best.get(kind, (0.0, 0))[0]:
            best[kind] = (score, row)
    ranked = sorted(best.items(), key=lambda item: -item[1][0])[:limit]
    ranked = [item for item in ranked if item[1][0] >= ranked[0][1][0] - TIE_MARGIN] if ranked else []
    return [
        MeasureMention(kind, text[spans[row][0] : spans[row][1]].strip(), spans[row][0], spans[row][1], 0)
        for kind, (_, row) in ranked
    ]
