"""The countries a section 301-style action lists as investigated, where its operative part rates them as a class
(round 25, final28 3901).

A memorandum names the economies under investigation once, in its recitals ('The economies subject to these
investigations are:' / '1. Algeria' / '2. Angola' …), and its operative part rates some by name and the rest as 'all
other investigated economies': each listed country's goods get a rate of the action, so each is affected (the round
20 convention). Without such a class reference in an acting sentence, the list stays background (an investigation's
scope is no measure)."""

from __future__ import annotations

import re

from nlp.countries.names import NameMatch, find_country_names
from nlp.text.acting import ActingSentences
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated

# 'The economies subject to these investigations are:', 'the countries covered by the investigation are:'
LIST_LEAD = scan_gated(  # asked of every text, found in few: the text's one scan rules it out
    guarded(
        r"\b(?:economies|countries|trading\s+partners|jurisdictions)\s+(?:subject\s+to|covered\s+by|under)\s+"
        r"(?:(?:these|this|the)\s+)?investigations?\s+(?:are|include)\s*:",
        re.I,
    )
)
# the operative part's reference to the list as a class: 'all other investigated economies', 'each economy subject to
# these investigations', 'the remaining countries under investigation'
CLASS_REFERENCE = guarded(
    r"\b(?:all\s+(?:other\s+|the\s+(?:other\s+|remaining\s+)?)?|each\s+(?:other\s+)?|every\s+(?:other\s+)?"
    r"|the\s+(?:other|remaining)\s+)"
    r"(?:investigated\s+(?:economies|economy|countries|country|trading\s+partners?)"
    r"|(?:economies|economy|countries|country)\s+(?:subject\s+to|under)\s+(?:(?:these|this|the)\s+)?investigations?)\b",
    re.I,
)
# the list: numbered or bulleted lines of one name each, or one line of names; it ends at the first other line
LIST_LINE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-•*])?[ \t]*([^\n]{2,60}?)[ \t]*[,;.]?[ \t]*$")
MAX_LIST_LINES = 300


def investigated_countries(text: str, acting: ActingSentences) -> list[NameMatch]:
    """The listed countries, where an acting sentence rates 'all other investigated economies' (or each of them)."""
    lead = LIST_LEAD.search(text) if may_occur(LIST_LEAD, text) else None
    if lead is None or not _rated_as_a_class(text, acting, lead.end()):
        return []
    return list(_listed_names(text, lead.end()))


def _rated_as_a_class(text: str, acting: ActingSentences, after: int) -> bool:
    return any(acting(match.start()) for match in CLASS_REFERENCE.finditer(text, after))


def _listed_names(text: str, start: int):
    """The names on the lines below the lead-in: one per line (blank lines between them allowed), until a line that
    is not a country's name."""
    position = text.find("\n", start)
    seen_lines = 0
    while position >= 0 and seen_lines < MAX_LIST_LINES:
        line_end = text.find("\n", position + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position + 1 : line_end]
        position = line_end if line_end < len(text) else -1
        if not line.strip():
            if seen_lines:
                following = text[line_end + 1 : line_end + 80].lstrip(" \t")
                if not following[:1].isdigit():
                    return  # a blank line then prose: the list has ended
            continue
        names = list(find_country_names(text, line_end - len(line), line_end))
        if not names or not LIST_LINE.fullmatch(line):
            return
        seen_lines += 1
        yield from names
