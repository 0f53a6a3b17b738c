"""Which of a date's triggers reach it: the triggers whose last match in the clause before the date ends near enough
to it, and of those the one nearest the date that the sentence admits."""

from __future__ import annotations

import re
from typing import NamedTuple

from nlp.dates.rules import Trigger, date_rules
from nlp.text.needed_words import NeededWords, finditer_of
from nlp.text.prefilter import SCAN_GATE
from nlp.text.scan_sets import ScanSet

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
    reaching = []
    clause, possible = _possible(triggers, clause)
    for trigger in (triggers[index] for index in possible):
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


def _possible(triggers: list[Trigger], clause: str) -> tuple[str, list[int]]:
    """The clause with its clock times blanked ("12:01 a.m." ends no clause), and the indexes, in order, of the
    triggers that may match in it (few, for most dates): those whose supersets one scan of the clause finds, or
    without Hyperscan those one of whose needed words is in it."""
    gates = _gates(triggers)
    found = gates.scan.occurring(clause)  # the clock time's superset is the list's last: blanked only where it is
    if found is not None and len(triggers) not in found:
        return clause, sorted(found)
    blanked, times = TIME_OF_DAY.subn(lambda m: " " * len(m.group()), clause)
    if times:
        found = gates.scan.occurring(blanked)
    if found is None:
        return blanked, gates.words.possible(blanked)
    return blanked, sorted(found - {len(triggers)})


class _Gates(NamedTuple):
    triggers: list[Trigger]
    words: NeededWords
    scan: ScanSet  # the triggers' patterns, then TIME_OF_DAY


_GATES: dict[int, _Gates] = {}  # id of a trigger list -> its gates


def _gates(triggers: list[Trigger]) -> _Gates:
    known = _GATES.get(id(triggers))
    if known is None or known.triggers is not triggers or known.words.count != len(triggers):
        patterns = [trigger.pattern for trigger in triggers]
        known = _GATES[id(triggers)] = _Gates(triggers, NeededWords(patterns), ScanSet([*patterns, TIME_OF_DAY]))
    return known


def _prepared() -> None:
    """The date rules' trigger lists' gates built at a worker's start-up, not at a first date."""
    rules = date_rules()
    for triggers in (rules.before, rules.latin_before, rules.fallback):
        _gates(triggers)


SCAN_GATE.register_builder(_prepared)


def gap_length(gap: str) -> int:
    return len(" ".join(gap.split()))
