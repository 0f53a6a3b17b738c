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

# what may stand between the names of the list: commas, 'and', 'or', a closing full stop or semicolon, and a
# table's cell of the country's two-letter code beside its name ('CM | Cameroon', 'Fiji | FJ')
LIST_GLUE = re.compile(r"(?:\s*\|\s*[A-Z]{2}\b)?[\s,;.]*(?:\b(?:and|or)\b)?[\s,;.]*(?:\b[A-Z]{2}\s*\|\s*)?")
MAX_LIST_CHARS = 1200  # a line of names, not a paragraph
MAX_LIST_ROWS = 80  # a list set out one country a row ('CM | Cameroon' / 'FJ | Fiji' …) under its lead-in


def listed_under_an_acting_lead_in(text: str, offset: int, acting: ActingSentences) -> bool:
    line_start, line_end = line_at(text, offset)
    if line_end - line_start > MAX_LIST_CHARS:
        return False
    lead_end = _before_line(text, line_start)
    if lead_end == 0 or (text[lead_end - 1] != ":" and "\n\n" in text[lead_end:line_start]):
        return False  # asked first: most lines follow no lead-in, and the names of their line need not be read
    if not _only_country_names(text, line_start, line_end):
        return False
    colon = _lead_in_colon(text, line_start)
    return colon >= 0 and acting(colon)


def _lead_in_colon(text: str, line_start: int) -> int:
    """The ':' ending the lead-in over a list row (each row above it a row of names, no blank line between), or -1.
    The block is walked once: each row's answer is remembered for the text, so a list of N rows costs N row reads,
    not N² (every name of every row asks it)."""
    known = _lead_ins(text)
    walked: list[tuple[int, int]] = []  # (row start, rows up from it) of the rows walked, nearest first
    answer = -1
    for up in range(MAX_LIST_ROWS):  # a row of a list: the rows above it, up to the lead-in
        if line_start in known:
            colon, depth = known[line_start]
            answer = colon if colon >= 0 and depth + up <= MAX_LIST_ROWS else -1
            break
        walked.append((line_start, up))
        lead_end = _before_line(text, line_start)
        if lead_end == 0:
            break
        if text[lead_end - 1] == ":":
            answer = lead_end - 1
            break
        row_start, row_end = line_at(text, lead_end - 1)
        if "\n\n" in text[lead_end:line_start] or not _only_country_names(text, row_start, row_end):
            break
        line_start = row_start
    else:
        return -1  # a list longer than the walk: its upper rows are not known, nothing is remembered
    rows = len(walked)
    for start, up in walked:
        known[start] = (answer, rows - up)  # its rows up to the lead-in
    return answer


@remembered_for_the_last_text
def _lead_ins(text: str) -> dict[int, tuple[int, int]]:
    """The last long text's list rows: row start -> (the lead-in's ':' or -1, rows from it up to the lead-in)."""
    return {}


def _before_line(text: str, line_start: int) -> int:
    """Where the text before a line ends, the blank space between them left out."""
    lead_end = line_start
    while lead_end > 0 and text[lead_end - 1].isspace():
        lead_end -= 1
    return lead_end


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
