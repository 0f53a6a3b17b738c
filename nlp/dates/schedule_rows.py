"""A schedule of dated rows: each line opens with its date and goes on with its event ('August 27, 2018 CITT issues
notice of expiry review' / 'September 25, 2018 Submission of notices of representation … due'). A row's date is read
with its own row: the row above ends without a full stop, so its last words ('… undertakings due (…)', '… Reply
submissions due from all parties …') would otherwise end the clause before the next row's date and type it."""

from __future__ import annotations

import re

# what may stand before a row's date on its line: indentation, a bullet, the weekday ("Tuesday, March 4, 2031")
ROW_LEAD = re.compile(r"[ \t\u00a0•·*–-]*(?:[A-Z][a-z]{2,8}day,?[ \t]+)?")
EVENT_WORD = re.compile(r"[^\W\d_]{2,}")  # the row goes on with its event after the date
PREVIOUS_DATE_CHARS = 32  # the previous row's date, from its line's start to its end ("Wednesday, September 25, 2018")
SENTENCE_MARK = re.compile(r"[.;:!?](?:\s|$)|\b[a-z]{4,}\b")  # prose before the previous date: not a row's date
# the previous row's date whole on its line: a month's name or a numeric date's separator, not the year of a date
# wrapped from the line above ("… will meet on September 10," / "2025, to review …" in a narrow column)
WHOLE_DATE = re.compile(r"[^\W\d_]{3}|\d[./-]\d")
# the previous row's event reads as hard-wrapped prose: a sentence ends and another begins on it, or its line ends on
# a word the next line must complete ("… and close on" / "September 30, 2031.  The fourth tranche … will open on")
PROSE_BREAK = re.compile(r"[.;!?][\"”’)]*\s+[\"“(]?[A-Z]")
CONTINUES = re.compile(
    r"\b(?:on|of|to|the|a|an|and|or|from|until|by|before|after|between|in|at|for|than|with)\W*$", re.IGNORECASE
)


def opens_a_dated_row(text: str, start: int, end: int, floor: int) -> bool:
    """The date at `start`-`end` opens its line, the line goes on with words, and the previous date (ending at
    `floor`) opened its own line above: a row of a dated schedule."""
    line_start = text.rfind("\n", 0, start) + 1
    if not 0 < floor < line_start or not ROW_LEAD.fullmatch(text, line_start, start):
        return False
    line_end = text.find("\n", end)
    if not EVENT_WORD.search(text, end, len(text) if line_end < 0 else line_end):
        return False
    previous_start = text.rfind("\n", 0, floor) + 1
    head = text[previous_start:floor].lstrip(" \t\u00a0•·*–-")
    if len(head) > PREVIOUS_DATE_CHARS or not WHOLE_DATE.search(head) or SENTENCE_MARK.search(head):
        return False
    event = text[floor:line_start]  # the previous row's event
    return not PROSE_BREAK.search(event) and not CONTINUES.search(event)
