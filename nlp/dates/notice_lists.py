"""A register's list of gazette notices, one row each: "Date | GG and Notice Numbers | Description | Implementation
Date" over rows such as "29 May 2031 GG.51002 R.4410 Amendment to Part 1 of Schedule No. 1 1 July 2031", or the same
cells one per line. The date that opens a row is the day its notice was published (its column outweighs the words of
the row above: "Effective dates are specified in clauses 41-44" / "3 June 2031 New!"); a date that closes a row (at
the end of its line, or alone on a line with the next row's date below it) is the day the notice was implemented,
where no other rule typed it: "With effect from ..." and periods keep their types."""

from __future__ import annotations

import re

from nlp.dates.rules import DateRules
from nlp.text.patterns import may_match
from nlp.text.textutil import line_end
from nlp.types import DateMention

# what may follow a date in its cell: a page's "New!" marker
CELL_MARK = re.compile(r"[ \t\u00a0|]*(?:[A-Za-z]{1,5}!?)?[ \t\u00a0|]*")
# a row's first date, whatever the words around it suggested (the row above, the page's title zone)
ROW_OPENING_TYPES = ("other", "entry_into_force", "document_date")
DATE_START = re.compile(r"[ \t\u00a0|]*\d{1,2}\s+[A-Za-z]+\s+\d{4}\b")


def typed_notice_list(text: str, mentions: list[DateMention], rules: DateRules) -> list[DateMention]:
    """The notice list's dates, typed by the column they stand in."""
    header = next(
        (match for pattern in rules.notice_lists if may_match(pattern, text) and (match := pattern.search(text))), None
    )
    if header is None:
        return mentions
    return [_typed_row_date(text, m) if m.start > header.end() and not m.derived else m for m in mentions]


def _typed_row_date(text: str, mention: DateMention) -> DateMention:
    line_start = text.rfind("\n", 0, mention.start) + 1
    end = line_end(text, mention.end)
    opens_line = not text[line_start : mention.start].strip(" \t\u00a0|")
    closes_line = CELL_MARK.fullmatch(text, mention.end, end) is not None
    if mention.type in ROW_OPENING_TYPES and opens_line and not (closes_line and _row_below(text, end)):
        kind = "publication"
    elif mention.type == "other" and closes_line:
        kind = "entry_into_force"
    else:
        return mention  # a date inside a description ("as published in Notice R.12 on 3 May 2031; and")
    return DateMention(kind, mention.date, mention.text, mention.start, mention.end, mention.derived)


def _row_below(text: str, line_end: int) -> bool:
    return DATE_START.match(_next_line(text, line_end)) is not None


def _next_line(text: str, line_end: int) -> str:
    """The next non-empty line below."""
    for line in text[line_end:].split("\n", 4)[1:4]:
        if line.strip():
            return line
    return ""
