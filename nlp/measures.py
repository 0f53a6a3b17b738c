"""Measure types, with the sentence that signals each. Patterns live in data/measure_patterns.json."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from nlp.sentences import Sentences

MEASURE_TYPES = ("anti_dumping", "countervailing", "safeguard", "tariff_quota", "duty_rate_change",
                 "suspension", "exclusion", "preference_fta", "prohibition_or_licensing", "sanctions",
                 "sps_tbt", "rules_of_origin", "nomenclature_change", "other")


@dataclass(frozen=True)
class MeasureMention:
    type: str
    text: str
    start: int
    end: int
    hits: int  # how many times the signals occur: a measure named once in passing is weak

    def as_dict(self) -> dict:
        return {"type": self.type, "text": self.text, "start": self.start, "end": self.end}


@cache
def _patterns() -> dict[str, re.Pattern]:
    data = json.loads(resources.files("nlp").joinpath("data/measure_patterns.json").read_text("utf-8"))
    return {kind: re.compile("|".join(f"(?:{p})" for p in phrases), re.I)
            for kind, phrases in data.items() if not kind.startswith("_")}


def find_measures(text: str, title: str | None = None, min_hits: int = 2) -> list[MeasureMention]:
    """Measure types signalled in the title, or at least `min_hits` times in the text."""
    found = []
    for kind, pattern in _patterns().items():
        matches = list(pattern.finditer(text))
        in_title = bool(title and pattern.search(title))
        if not matches or (len(matches) < min_hits and not in_title and not _early(matches[0], text)):
            continue
        first = matches[0]
        found.append(MeasureMention(kind, first.group(0), first.start(), first.end(), len(matches)))
    found.sort(key=lambda m: -m.hits)
    return found or [MeasureMention("other", "", 0, 0, 0)]


def _early(match: re.Match, text: str) -> bool:
    """A signal in the opening lines (title, summary) counts even when named once."""
    return match.start() < min(600, len(text) // 5 + 200)


def evidence_sentence(mention: MeasureMention, sentences: Sentences) -> str:
    return sentences.sentence(mention.start) if mention.hits else ""
