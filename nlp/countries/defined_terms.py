"""A country inside a quoted defined term ('Regulations Defining “EU country or other CETA beneficiary”', '“Korean
goods” means …'): it names the term an act defines, not goods the act targets; the countries the definition lists
are read where it lists them."""

from __future__ import annotations

import re
from functools import cache

from nlp.countries.cue_data import cue_data
from nlp.countries.names import find_country_names
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


# A US order's definitions, a paragraph each: '(c) The term “Ruritania” means the Republic of Ruritania, its
# territory …', '(a) The term “goods or services from Ruritania” shall be construed …': a definition that names one
# country (the one the term is about) says what the words mean, not whose goods are targeted; one that lists several
# countries ('The term “covered country” means Freedonia and Sylvania') is read as any other.
TERM_DEFINITION = re.compile(
    r"\s*(?:\(\w{1,4}\)\s*)*The\s+terms?\s+[“\"][^”\"\n]{1,80}[”\"]\s*(?:,\s*)?"
    r"(?:means?|includes?|shall\s+(?:mean|include|be\s+construed)|refers?\s+to|has\s+the\s+meaning)\b"
)


BLANK_LINE = re.compile(r"\n[ \t]*\n")
DEFINITION_REACH = 1200  # a definition is a paragraph (an abbreviation's dot may end a 'sentence' inside it)


def in_a_one_country_definition(text: str, offset: int, skip: set[str]) -> bool:
    """The name stands in a definition paragraph naming one country besides the acting one (`skip`)."""
    start = max(0, offset - DEFINITION_REACH)
    for blank in BLANK_LINE.finditer(text, start, offset):
        start = blank.end()
    if TERM_DEFINITION.match(text, start) is None:
        return False
    following = BLANK_LINE.search(text, offset, offset + DEFINITION_REACH)
    end = following.start() if following else min(len(text), offset + DEFINITION_REACH)
    return len({name.code for name in find_country_names(text, start, end)} - skip) == 1


# A glossary line of an order's definitions ('"EFTA Countries" – Iceland, Liechtenstein, Norway, Switzerland;'): the
# countries listed say what a word of the order means, not whose goods the order targets. Only in a definitions context
# (a neighbouring glossary line, or a definitions heading shortly before): a headline may open with a quotation too.
HEADING_REACH = 400  # how far before the line a definitions heading ('Definitions', 'In this Order -') may stand


@cache
def _glossary_patterns() -> tuple[re.Pattern, re.Pattern]:
    return re.compile(cue_data()["glossary_line"]), re.compile(cue_data()["definitions_heading"])


def in_a_glossary_line(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    line, heading = _glossary_patterns()
    head = line.match(text, line_start, offset)
    if head is None or head.end() > offset:
        return False
    return _glossary_next_to(text, line_start, line) or bool(
        heading.search(text, max(0, line_start - HEADING_REACH), line_start)
    )


def _glossary_next_to(text: str, line_start: int, line: re.Pattern) -> bool:
    """The line before or after is a glossary line too (several defined terms in a row)."""
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else None
    after = text.find("\n", line_start)
    return (before is not None and line.match(text, before) is not None) or (
        after >= 0 and line.match(text, after + 1) is not None
    )
