"""A country inside a quoted defined term ('Regulations Defining “EU country or other CETA beneficiary”', '“Korean
goods” means …'): it names the term an act defines, not goods the act targets; the countries the definition lists
are read where it lists them."""

from __future__ import annotations

import re

from nlp.text.patterns import guarded

OPENING_QUOTE = '“"«'
CLOSING_QUOTE = '”"»'
TERM_REACH = 80  # a defined term is a few words
DEFINING_BEFORE = guarded(r"\b(?:defining|defines?|definition\s+of|meaning\s+of|the\s+(?:term|expression))\s*$", re.I)
DEFINING_AFTER = re.compile(r"\s*(?:means|has\s+the\s+(?:same\s+)?meaning|includes)\b", re.I)


def in_a_defined_term(text: str, start: int, end: int) -> bool:
    opening = max(text.rfind(quote, max(0, start - TERM_REACH), start) for quote in OPENING_QUOTE)
    if opening < 0 or any(quote in text[opening + 1 : start] for quote in CLOSING_QUOTE if quote != '"'):
        return False
    closing = min(
        (found for quote in CLOSING_QUOTE if (found := text.find(quote, end, end + TERM_REACH)) >= 0), default=-1
    )
    if closing < 0 or "\n" in text[opening:closing]:
        return False
    return bool(DEFINING_BEFORE.search(text, max(0, opening - 30), opening) or DEFINING_AFTER.match(text, closing + 1))
