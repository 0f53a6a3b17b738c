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

# Cosine similarity below which a type is not claimed (unrelated text: ~0.25). Chosen on the tuning sets
# (eval-dev and eval/heldout/tune) where 0.55 claims nothing wrong and 0.42 claimed a meeting notice's
# closure sentence as rules of origin; see README Evaluation for the held-out figures.
THRESHOLD = 0.55
TIE_MARGIN = 0.02  # a second type only when it is as likely as the first
MAX_SENTENCES = 40  # the opening of an act says what it does
MIN_SENTENCE_CHARS = 40
SENTENCE_STOPS = ".!?;:"


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


def _whole_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans joined where a printed line break cut a sentence: a span followed by a lower-case word or a
    number, or ending without a stop with the next line right below it (no blank line), is one sentence
    with what follows, as in the narrow columns of a PDF print. A fragment alone ("protect trade secrets
    and commercial or") resembles anything."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _continues(text, joined[-1], start):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    before = text[previous[0] : previous[1]].rstrip()
    gap, after = text[previous[0] + len(before) : start], text[start : start + 1]
    if after.islower() or after.isdigit():  # "5 U.S.C.\n552b(c)": a sentence seldom starts so
        return True
    return bool(before) and before[-1] not in SENTENCE_STOPS and gap.count("\n") <= 1


def _is_sentence(text: str, span: tuple[int, int]) -> bool:
    """Long enough and ended by a stop: a heading ("Committee on Subsidies and Countervailing Measures")
    names a measure without taking one."""
    words = text[span[0] : span[1]].rstrip(" \n\t\u00a0\"'”)]")
    return span[1] - span[0] >= MIN_SENTENCE_CHARS and bool(words) and words[-1] in SENTENCE_STOPS


def similar_measures(text: str, sentences: Sentences, limit: int = 2) -> list[MeasureMention]:
    """Up to `limit` measure types whose examples resemble one of the document's sentences."""
    from nlp.vectors.embeddings import embed_texts

    whole = _whole_sentences(text, sentences.spans[: MAX_SENTENCES * 3])
    spans = [span for span in whole if _is_sentence(text, span)][:MAX_SENTENCES]
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
