"""Chapters written alone as the code of a row that an Indian or Pakistani notification inserts into its table, the
rows run into one line after the table's column numbers:

    … the following S. Nos. and entries shall be inserted, namely: - (1) (2) (3) (4) (5) (6) 293A. 48 Newsprint (i) …
    5% - 31; 293B 48 Uncoated paper of a kind used for printing newspapers …

Column (2) of such a table is its tariff column ('Chapter or Heading or sub-heading or tariff item'): right after the
column numbers, a row's serial number (an inserted row's carries a letter, '293A.'), then two digits and the
description's first word are a chapter. Another inserted row of the same run ('; 293B 48 Uncoated …', lettered as
the first) is read alike. Longer codes in these rows are the finder's.
"""

from __future__ import annotations

import re

from nlp.codes.roles import Roles
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.sentences import Sentences
from nlp.types import CodeMention

COLUMN_NUMBERS = r"(?:\(\d\)[ \t\u00a0]*){3,}"  # '(1) (2) (3) (4) (5) (6)'
CHAPTER_THEN_WORD = r"[ \t\u00a0]+(?P<chapter>\d\d)[ \t\u00a0]+(?=[A-Z][a-z])"
FIRST_ROW = scan_gated(re.compile(rf"{COLUMN_NUMBERS}(?P<serial>\d{{1,4}})(?P<letter>[A-Z]?)\.?{CHAPTER_THEN_WORD}"))
ROW_REACH = 600  # the next inserted row of the same run stands this close
NEXT_ROW = r";[ \t\u00a0]*{serial}[A-Z]\.?" + CHAPTER_THEN_WORD


def serial_chapter_cells(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The chapters opening inserted rows after a table's column numbers, and in the lettered rows that follow."""
    if "(3)" not in text or not may_occur(FIRST_ROW, text):
        return []
    roles, found = Roles(text, sentences), []
    for row in FIRST_ROW.finditer(text):
        found += _chapter(row, roles, read)
        if row["letter"]:
            following = re.compile(NEXT_ROW.format(serial=row["serial"]))
            for later in following.finditer(text, row.end(), row.end() + ROW_REACH):
                found += _chapter(later, roles, read)
    return found


def _chapter(row: re.Match, roles: Roles, read: set[int]) -> list[CodeMention]:
    start, chapter = row.start("chapter"), row["chapter"]
    if start in read or chapter == "00":
        return []
    return [CodeMention(chapter, "chapter", False, roles.at(start), chapter, start, start + 2)]
