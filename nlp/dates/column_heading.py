"""A table's column heading that names the day its rates run from ('Customs Tariff Subheading | New Rates of Duty
Operative from 1 March 2031', 'Code | Rate applicable from 1.7.2031') repeats the day the operative sentence above
the table set ('give notice that, on and from 1 March 2031: the rate ... is the rate in Column 2'): typed again as
a start it doubles that day under a second type (final7 732, final29 4026). It is the heading's, `other`."""

from __future__ import annotations

import re

from nlp.text.tables import line_at
from nlp.types import DateMention

# the heading's words before the day in its cell ('New Rates of Duty Operative from', 'Rate applicable from'); a
# row's bare date cell ('| 01/03/2031 |', a column 'Início da Vigência') is the row's own start
HEADING_WORDS = re.compile(r"[^\W\d_]{3,}[^|\n]*$")


def column_heading_repeats_start(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A start date in a table row ('|' cells) that an entry into force outside the table, earlier in the text,
    already states: `other`."""
    stated: dict[str, int] = {}
    for mention in mentions:
        if mention.type == "entry_into_force" and not mention.derived and "|" not in _line_of(text, mention.start):
            stated.setdefault(mention.date, mention.start)
    if not stated:
        return mentions
    return [
        DateMention("other", m.date, m.text, m.start, m.end, m.derived) if _repeats(text, m, stated) else m
        for m in mentions
    ]


def _repeats(text: str, mention: DateMention, stated: dict[str, int]) -> bool:
    if mention.type != "application_start" or mention.derived or stated.get(mention.date, len(text)) > mention.start:
        return False
    line_start, line_end = line_at(text, mention.start)
    if "|" not in text[line_start:line_end]:
        return False
    cell_start = max(line_start, text.rfind("|", line_start, mention.start) + 1)
    return HEADING_WORDS.search(text, cell_start, mention.start) is not None  # a heading's words, not a row's date


def _line_of(text: str, offset: int) -> str:
    return text[slice(*line_at(text, offset))]
