"""The learned date re-typer (round 23): a multinomial logistic model, trained on every labelled set by
bench/train_date_typer.py, reads the words around each date the rules left untyped and gives it a scored type
only where it prefers that type to 'other' by the stored margin. A type the rules gave is never changed, and every
date keeps its own span and text (its evidence). Weights: nlp/data/date_retyper.json (absent: nothing changes)."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from functools import cache
from importlib import resources

from nlp.dates.retyper_features import mention_features
from nlp.types import DateMention

SCORED = (
    "publication",
    "document_date",
    "entry_into_force",
    "application_start",
    "application_end",
    "comment_deadline",
)


@cache
def _model() -> dict | None:
    path = resources.files("nlp").joinpath("data/date_retyper.json")
    return json.loads(path.read_text("utf-8")) if path.is_file() else None


def retype(text: str, mentions: list[DateMention], jurisdiction: str | None) -> list[DateMention]:
    """The mentions, each untyped one given the model's type where it is confident."""
    model = _model()
    if model is None:
        return mentions
    return [_retyped(text, m, jurisdiction, model) if m.type not in SCORED else m for m in mentions]


def _retyped(text: str, mention: DateMention, jurisdiction: str | None, model: dict) -> DateMention:
    probabilities = _probabilities(
        mention_features(text, mention.start, mention.end, mention.derived, jurisdiction), model
    )
    best = max(probabilities, key=probabilities.get)
    if best != "other" and probabilities[best] - probabilities.get("other", 0.0) >= model["margin"]:
        return replace(mention, type=best)
    return mention


def _probabilities(features: list[str], model: dict) -> dict[str, float]:
    scores = list(model["intercept"])
    weights = model["weights"]
    for feature in set(features):
        for index, weight in enumerate(weights.get(feature, ())):
            scores[index] += weight
    top = max(scores)
    exponentials = [math.exp(s - top) for s in scores]
    total = sum(exponentials)
    return {kind: e / total for kind, e in zip(model["classes"], exponentials, strict=True)}
