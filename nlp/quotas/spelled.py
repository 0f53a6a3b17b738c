"""Quota volumes written in words with their scale ('shall not exceed one thousand metric tonnes', 'fifty thousand
tonnes', 'two lakh metric tonnes'), as Indian notifications and some decrees write a ceiling. Searched only around
the scale words, which are rare (a literal search first): the figures' scan of every text stays as it is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from nlp.text.numbers import SPELLED

SCALE_WORDS = ("thousand", "million", "lakh", "crore")
REACH_BEFORE, REACH_AFTER = 40, 80  # the spelled figure before its scale word, the unit after it


@cache
def spelled_amount(scales: str, units: str, qualifiers: str) -> re.Pattern:
    """The figure in words, its scale and its unit, with the groups of the figures' pattern."""
    return re.compile(
        rf"(?<![\w-])(?P<value>{SPELLED})\s+(?P<scale>{scales})\s+(?P<unit>{units})\b"
        rf"(?:\s*\(?(?P<qualifier>{qualifiers})\)?)?"
    )


def spelled_amounts(lowered: str, start: int, end: int, pattern: re.Pattern) -> Iterator[re.Match]:
    """Each volume in words in lowered[start:end], once, in order of its scale word's first place."""
    seen: set[int] = set()
    for scale in SCALE_WORDS:
        at = lowered.find(scale, start, end)
        while at >= 0:
            for match in pattern.finditer(lowered, max(start, at - REACH_BEFORE), min(end, at + REACH_AFTER)):
                if match.start() not in seen:
                    seen.add(match.start())
                    yield match
            at = lowered.find(scale, at + len(scale), end)


def is_spelled(value: str) -> bool:
    return not value[:1].isdigit()
