"""A line that only lists countries under a lead-in ending with ':' ('… is withdrawn in respect of all goods that
originate in the following countries:' / 'Armenia, Belize, Fiji and Tonga.'): the list is the object of the lead-in,
and its countries act as the lead-in does. The line has no list marker, and opens in capitals (a country's name),
so the sentence splitter reads it as a sentence of its own."""

from __future__ import annotations

import re

from nlp.countries.names import find_country_names
from nlp.text.acting import ActingSentences
from nlp.text.patterns import remembered_for_the_last_text
from nlp.text.tables import line_at

# what may stand between the names of the list: commas, 'and', 'or', a closing full stop or semicolon
LIST_GLUE = re.compile(r"[\s,;.]*(?:\b(?:and|or)\b)?[\s,;.]*")
MAX_LIST_CHARS = 1200  # a line of names, not a paragraph


def listed_under_an_acting_lead_in(text: str, offset: int, acting: ActingSentences) -> bool:
    line_start, line_end = line_at(text, offset)
    if line_end - line_start > MAX_LIST_CHARS:
        return False
    lead_end = line_start
    while lead_end > 0 and text[lead_end - 1].isspace():
        lead_end -= 1
    if lead_end == 0 or text[lead_end - 1] != ":":
        return False  # asked first: most lines follow no lead-in, and the names of their line need not be read
    if not _only_country_names(text, line_start, line_end):
        return False
    return acting(lead_end - 1)


def _only_country_names(text: str, start: int, end: int) -> bool:
    """Whether the line holds country names only: read once a line (a list line's every name asks it of the same
    line: read again for each, a long list was read in quadratic time)."""
    lines = _lines_read(text)
    if (start, end) not in lines:
        lines[start, end] = _names_only(text, start, end)
    return lines[start, end]


@remembered_for_the_last_text
def _lines_read(text: str) -> dict[tuple[int, int], bool]:
    """The last long text's lines read, by their span (a short text's few lines are read each time)."""
    return {}


def _names_only(text: str, start: int, end: int) -> bool:
    position = start
    for name in find_country_names(text, start, end):
        if not LIST_GLUE.fullmatch(text, position, name.start):
            return False
        position = name.end
    return position > start and bool(LIST_GLUE.fullmatch(text, position, end))
