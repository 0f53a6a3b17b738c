"""Which remedy a duty named for both is: Mexico's 'cuota compensatoria' is the duty of its anti-dumping cases and of
its countervailing ones. A resolution on an expiry review names only the 'cuota compensatoria' in its title; its
first resultando says which case imposed it ('Resolución final de la investigación antisubvención'). Where the
opening says the case was an anti-subsidy one and never names dumping, those words name a countervailing duty.
The words and the cues are data (data/measures/<lang>.json, 'ambiguous_remedy')."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from nlp.measures.vocabulary import load_measure_data

OPENING_CHARS = 6000  # the case that imposed the duty is told in the first resultandos


@cache
def _cues(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    data = load_measure_data(lang).get("ambiguous_remedy") if lang else None
    if not data:
        return None
    return tuple(re.compile(data[key], re.I) for key in ("words", "subsidy", "dumping"))


def retyped_by_case(signals: list, text: str, lang: str) -> list:
    """The signals whose words name both remedies, typed countervailing where the opening tells an anti-subsidy case
    and names no dumping; the others as they are."""
    cues = _cues(lang)
    if cues is None:
        return signals
    words, subsidy, dumping = cues
    ambiguous = [s for s in signals if s.kind == "anti_dumping" and words.fullmatch(text, s.start, s.end)]
    if not ambiguous:
        return signals
    opening = text[:OPENING_CHARS]
    if not subsidy.search(opening) or dumping.search(opening):
        return signals
    return [_as_countervailing(s) if s in ambiguous else s for s in signals]


def _as_countervailing(signal):
    return replace(signal, kind="countervailing", group=signal.group.replace("anti_dumping", "countervailing"))
