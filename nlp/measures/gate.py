"""Which measure types a document acts on: the rules' answer weighed with where else each type is named.

The rules (rules.py) count a type only where the document acts on it: its title, an operative sentence
that acts, a table, the statute in its enacting formula. A text whose operative part is missing (a
title and recitals), or written in words the acting patterns do not know, then gets nothing, and a
type the rules found may rest on one weak mention. The gate reads every signal of every type in the
document's opening (title, operative sentences that act and that do not, tables, the legal basis,
recitals and background) and a logistic regression over those counts decides which types the
document acts on. It learns nothing at run time: the weights are data (data/measure_gate.json),
trained by bench/train_measure_gate.py on the labelled documents, whose leave-one-document-out
figure that script prints.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from nlp.measures.rules import DUTY_MEASURES, MeasureMention, Signal

FEATURES = (
    "bias",
    "ruled",  # the rules found the type
    "title",  # log(1 + signals in the title)
    "acting",  # ... in operative sentences that act, or table rows
    "inert",  # ... in operative sentences that do not act
    "basis",  # the legal basis names it
    "background",  # log(1 + signals in recitals, background, preamble)
    "nothing_ruled",  # the rules found no type at all: an excerpt without its operative part
    "nothing_ruled_background",  # the product of the two: recitals speak for a missing operative part
    "generic",  # only plain duty words name it ('rate of duty'), or a general power's statute (Section 232)
    "beside_duty_measure",  # another duty measure was found: plain duty words describe that one
    "inert_only",  # named only in operative sentences that do not act (weighed where the rules found nothing)
    "inert_only_remedy",  # ... and a trade remedy: there it is the investigation named, not a measure taken
)

TRADE_REMEDIES = frozenset({"anti_dumping", "countervailing", "safeguard"})


@dataclass
class Candidate:
    type: str
    counts: dict[str, int] = field(default_factory=dict)
    generic_only: bool = True
    declined_only: bool = True  # every mention stands in a sentence that says it does not act
    evidence: Signal | None = None  # the first mention: where the type is named if the rules did not choose it

    def add(self, signal: Signal) -> None:
        self.counts[signal.where] = self.counts.get(signal.where, 0) + 1
        self.generic_only = self.generic_only and signal.plain
        self.declined_only = self.declined_only and signal.declined
        if self.evidence is None:
            self.evidence = signal


def candidates(signals: list[Signal]) -> dict[str, Candidate]:
    """Every measure type named in the document's title, operative parts or opening, with where."""
    found: dict[str, Candidate] = {}
    for signal in signals:
        found.setdefault(signal.kind, Candidate(signal.kind)).add(signal)
    return found


def features(candidate: Candidate, ruled: set[str]) -> list[float]:
    counts = candidate.counts
    background = math.log1p(counts.get("background", 0))
    nothing = float(not ruled)
    inert_only = float(set(counts) == {"inert"})
    return [
        1.0,
        float(candidate.type in ruled),
        math.log1p(counts.get("title", 0)),
        math.log1p(counts.get("acting", 0)),
        math.log1p(counts.get("inert", 0)),
        float(counts.get("basis", 0) > 0),
        background,
        nothing,
        nothing * background,
        float(candidate.generic_only),
        float(bool((ruled - {candidate.type}) & DUTY_MEASURES)),
        inert_only,
        inert_only * float(candidate.type in TRADE_REMEDIES),
    ]


@cache
def _weights() -> list[float] | None:
    path = resources.files("nlp").joinpath("data/measure_gate.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text("utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError("data/measure_gate.json was trained on other features: rerun bench/train_measure_gate.py")
    return data["weights"]


def probability(weights: list[float], values: list[float]) -> float:
    score = sum(w * v for w, v in zip(weights, values, strict=True))
    return 1.0 / (1.0 + math.exp(-score))


def gated(ruled: list[MeasureMention], signals: list[Signal], text: str) -> list[MeasureMention]:
    """The rules' measures, less those the gate turns down, plus the types it finds they missed."""
    weights = _weights()
    if weights is None:
        return ruled
    found = candidates(signals)
    ruled_types = {m.type for m in ruled}
    kept = [m for m in ruled if m.type not in found or _accept(weights, found[m.type], ruled_types)]
    for kind, candidate in found.items():
        if kind in ruled_types or not considered(candidate, ruled_types) or candidate.evidence is None:
            continue
        if _accept(weights, candidate, ruled_types):
            first = candidate.evidence
            where = first.where if first.where == "title" else "background"
            hits = sum(candidate.counts.values())
            kept.append(MeasureMention(kind, text[first.start : first.end], first.start, first.end, hits, where))
    return kept


def considered(candidate: Candidate, ruled: set[str]) -> bool:
    """Whether the gate weighs a candidate: every type the rules found, and the others unless they are named
    only in operative sentences that do not act. Beside a type the rules found, the document acts on that one,
    not on them; where the rules found nothing, a sentence without an acting verb may be all an excerpt keeps
    of what it is about, and the gate weighs it, unless every such sentence says it does not act (an
    administrative update, a restatement, a power to act later). Nor a tariff-rate quota beside a safeguard
    the rules found."""
    if candidate.type == "tariff_quota" and "safeguard" in ruled and candidate.type not in ruled:
        return False  # the quota a safeguard takes the form of (rules.py): not a measure of its own
    if candidate.type in ruled or set(candidate.counts) != {"inert"}:
        return True
    return not ruled and not candidate.declined_only


def _accept(weights: list[float], candidate: Candidate, ruled: set[str]) -> bool:
    return probability(weights, features(candidate, ruled)) >= 0.5
