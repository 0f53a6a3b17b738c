"""Days of a quota table that recur every year are no date of the measure (round 25, final28 3906).

A quota's quarters are printed without a year ("1st quarter" / "May 16 through August 14"): the same days recur in
each quota year, so the year the nearest full date lends them is a guess, and the period is no application period.
(A rate schedule's yearly steps, each bounded in its own phrase, stay periods: Round 20 convention (a), final22
3221.)"""

from __future__ import annotations

import re

from nlp.text.patterns import guarded
from nlp.types import DateMention

# the subdivision of a quota year, in the languages the tables are read in
QUARTER_WORD = guarded(
    r"\b(?:quarters?|quarterly|trimestres?|trimester|quartals?|quartal|kwarta\w*|kvartal\w*)\b", re.I
)
QUARTER_REACH = 200  # a flattened table prints its quarter heads this far above their periods
HAS_YEAR = re.compile(r"\d{4}|['’]\d{2}\b")
RANGE_GAP = 40  # a yearless start borrows the year of an end this close after it ("July 1 to September 30, 2031")


def recurring_quarters_as_other(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A day and month without a year, under a quarter's head, whose period's other end has no year either: a
    quarter of every quota year, `other`."""
    if not QUARTER_WORD.search(text):
        return mentions
    recurring = set()
    for index, mention in enumerate(mentions):
        if mention.type == "other" or mention.derived or HAS_YEAR.search(mention.text):
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if following and 0 <= following.start - mention.end <= RANGE_GAP and HAS_YEAR.search(following.text):
            continue  # the start of a range its dated end gives the year
        if QUARTER_WORD.search(text, max(0, mention.start - QUARTER_REACH), mention.start):
            recurring.add(id(mention))
    return [_other(m) if id(m) in recurring else m for m in mentions]


def _other(mention: DateMention) -> DateMention:
    return DateMention("other", mention.date, mention.text, mention.start, mention.end, mention.derived)
