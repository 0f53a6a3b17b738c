"""A line that only lists countries under a lead-in ending with ':' ('… is withdrawn in respect of all goods that
originate in the following countries:' / 'Armenia, Belize, Fiji and Tonga.'): the list is the object of the lead-in,
and its countries act as the lead-in does. The line has no list marker, and opens in capitals (a country's name),
so the sentence splitter reads it as a sentence of its own."""

from __future__ import annotations

import re

from nlp.countries.names import find_country_names
from nlp.text.acting import ActingSentences
from nlp.text.tables import line_at

# what may stand between the names of the list: commas, 'and', 'or', a closing full stop or semicolon
LIST_GLUE = re.compile(r"[\s,;.]*(?:\b(?:and|or)\b)?[\s,;.]*")
MAX_LIST_CHARS = 1200  # a line of names, not a paragraph


def listed_under_an_acting_lead_in(text: str, offset: int, acting: ActingSentences) -> bool:
    line_start, line_end = line_at(text, offset)
    if line_end - line_start > MAX_LIST_CHARS or not _only_country_names(text, line_start, line_end):
        return False
    lead_end = line_start
    while lead_end > 0 and text[lead_end - 1].isspace():
        lead_end -= 1
    if lead_end == 0 or text[lead_end - 1] != ":":
        return False
    return acting(lead_end - 1)


def _only_country_names(text: str, start: int, end: int) -> bool:
    position = start
    for name in find_country_names(text, start, end):
        if not LIST_GLUE.fullmatch(text, position, name.start):
            return False
        position = name.end
    return position > start and bool(LIST_GLUE.fullmatch(text, position, end))
