"""Measure types, with the sentence that signals each. Patterns live in data/measure_patterns.json."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from nlp.text.textutil import lower_keeping_offsets

MEASURE_TYPES = (
    "anti_dumping",
    "countervailing",
    "safeguard",
    "tariff_quota",
    "duty_rate_change",
    "suspension",
    "exclusion",
    "preference_fta",
    "prohibition_or_licensing",
    "sanctions",
    "sps_tbt",
    "rules_of_origin",
    "nomenclature_change",
    "other",
)


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
def _pattern() -> re.Pattern:
    """One alternation with a named group per measure type: the text is scanned once."""
    data = json.loads(resources.files("nlp").joinpath("data/measure_patterns.json").read_text("utf-8"))
    groups = [
        f"(?P<{kind}>{'|'.join(f'(?:{p.lower()})' for p in phrases)})"
        for kind, phrases in data.items()
        if not kind.startswith("_")
    ]
    # Matched against lower-cased text from word starts only: several times faster than re.I.
    # (Patterns may use \b \d \s \w only: lower-casing would flip \B \D \S \W.)
    return re.compile(r"\b(?:" + "|".join(groups) + ")")


def find_measures(text: str, title: str | None = None, min_hits: int = 2) -> list[MeasureMention]:
    """Measure types signalled in the title, or at least `min_hits` times in the text."""
    first: dict[str, re.Match] = {}
    hits: dict[str, int] = {}
    for match in _pattern().finditer(lower_keeping_offsets(text)):
        kind = match.lastgroup
        first.setdefault(kind, match)
        hits[kind] = hits.get(kind, 0) + 1
    in_title = {m.lastgroup for m in _pattern().finditer((title or "").lower())}
    found = [
        MeasureMention(kind, text[match.start() : match.end()], match.start(), match.end(), hits[kind])
        for kind, match in first.items()
        if hits[kind] >= min_hits or kind in in_title or _early(match.start(), text)
    ]
    found.sort(key=lambda m: -m.hits)
    return found or [MeasureMention("other", "", 0, 0, 0)]


def _early(offset: int, text: str) -> bool:
    """A signal in the opening lines (title, summary) counts even when named once."""
    return offset < min(600, len(text) // 5 + 200)
