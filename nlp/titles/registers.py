"""A register page's heading: the name of the kind of instruments it lists, over a table of them.

A border agency's page of the Tariff Concession Orders in force ('Tariff Concession Orders' / … / 'Tariff
ClassificationTCO NumberTCO descriptionOperative dateDecision date'), a list page of notices ('Customs Notices' /
'Notice number | Title | Date issued'): the heading names what the rows are, one row per instrument; the page has no
title of its own. An act whose own title ends in a plural ('… Remission Orders') is followed by its text, not by
the column header of a list.
"""

from __future__ import annotations

import re

PLURAL_KIND = re.compile(
    r"(?:[\w()’'-]+\s+){0,5}(?:Orders|Notices|Notifications|Decisions|Determinations|Rulings|Circulars|Concessions"
    r"|Bulletins|Advisories|Messages|Memoranda|Instruments)",
    re.I,
)
# the words a register's column header is made of, glued cell to cell by a converter ('TCO NumberTCO description')
COLUMN_WORD = re.compile(r"\b(number|no\.|title|description|date|operative|decision|issued|status|subject)", re.I)
COLUMN_WORDS_MIN = 3
HEADER_MAX_CHARS = 200
LINES_TO_HEADER = 8


def heads_a_register(text: str, line: str, end: int) -> bool:
    """Whether `line` (ending at `end`) names a kind of instruments in the plural and a column header of a list of
    them follows within a few lines."""
    if not PLURAL_KIND.fullmatch(line.strip()):
        return False
    start = text.find("\n", end)  # read the next lines one by one: no copy of the whole rest of the text
    for _ in range(LINES_TO_HEADER):
        if start < 0:
            return False
        stop = text.find("\n", start + 1)
        if _column_header(text[start + 1 : stop if stop >= 0 else len(text)]):
            return True
        start = stop
    return False


def _column_header(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > HEADER_MAX_CHARS or re.search(r"[.;]\s", line):
        return False
    return len({word.lower() for word in COLUMN_WORD.findall(line)}) >= COLUMN_WORDS_MIN
