"""Which of a date's triggers reach it: the triggers whose last match in the clause before the date ends near enough
to it, and of those the one nearest the date that the sentence admits."""

from __future__ import annotations

import re

from nlp.dates.rules import Trigger
from nlp.text.needed_words import NeededWords, finditer_of

# a clock time with its zone ("12:01 a.m. eastern daylight time", "7 am EST,") stands between a trigger and its date
TIME_OF_DAY = re.compile(
    r"(?:\b\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?|\b(?:noon|midnight)\b)"
    r"(?:\s*\(?(?:(?:eastern|central|mountain|pacific|atlantic)(?:\s+(?:standard|daylight|prevailing))?\s+time|[ECMP][SD]?T)\b\)?)?",
    re.I,
)
TRIGGER_LENGTH = 90  # the longest a trigger's own words run ("Regulation (EU) 2016/1036 of the ... of")


def reaching(triggers: list[Trigger], clause: str) -> list[tuple[Trigger, int]]:
    """The triggers whose last match in `clause` is near enough to its end (the date), in their order, each with
    where that match ends: what `clause` alone says (the sentence decides among them)."""
    if not any(ch.isalpha() for ch in clause[-300:]):
        return []
    clause = TIME_OF_DAY.sub(lambda m: " " * len(m.group()), clause)  # "12:01 a.m." ends no clause
    reaching = []
    # only the triggers one of whose needed words is in the clause (few, for most dates), in their order
    for trigger in (triggers[index] for index in _needed_words(triggers).possible(clause)):
        window_start = max(0, len(clause) - trigger.within - TRIGGER_LENGTH)
        last = None
        for match in finditer_of(trigger.pattern)(clause, window_start):
            last = match
        if last is not None and gap_length(clause[last.end() :]) <= trigger.within:
            reaching.append((trigger, last.end()))
    return reaching


def nearest(reaching: list[tuple[Trigger, int]], sentence: str) -> tuple[str, ...]:
    """The types of the reaching trigger that ends nearest to the date, of those `sentence` admits."""
    best, best_end = (), -1
    for trigger, end in reaching:
        # the nearest trigger wins; of two that end at the same place, the one with a condition met
        if end < best_end or (end == best_end and trigger.requires is None) or not trigger.admits(sentence):
            continue
        best, best_end = trigger.types, end
    return best


_NEEDED: dict[int, tuple[list[Trigger], NeededWords]] = {}  # id of a trigger list -> (it, its triggers' words)


def _needed_words(triggers: list[Trigger]) -> NeededWords:
    known = _NEEDED.get(id(triggers))
    if known is None or known[0] is not triggers or known[1].count != len(triggers):
        known = _NEEDED[id(triggers)] = (triggers, NeededWords([trigger.pattern for trigger in triggers]))
    return known[1]


def gap_length(gap: str) -> int:
    return len(" ".join(gap.split()))
