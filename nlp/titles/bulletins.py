"""A bulletin of short items (the UK Trade Tariff's stop press) has no title: its opening line is the first item's
heading. The words the headings announce ('updates', 'changes') are data: data/titles.json 'bulletin_headings'."""

from __future__ import annotations

import re

from nlp.text.patterns import guarded

# A heading of a bulletin's item: a short line without closing punctuation between blank lines, prose or a table
# ('Commodity | Update') after it.
ITEM_HEADING = guarded(
    r"(?:^|\n[ \t]*\n)[ \t]*([A-Z][^\n.:;,|]{2,120}?)[ \t]*\n[ \t]*\n[ \t]*(?=(?:\S+[ \t]+){2}\S|[^\n|]+\|)"
)
MAX_HEADING_WORDS = 12
# The bulletin's own masthead over its items: its name ('Tariff Stop Press Notice', 'Quota Bulletin') or its issue's
# date ('… - 17 Feb 2031'): that line is the bulletin's title, not its first item's heading.
MASTHEAD = guarded(r"\b(?i:stop\s+press|bulletin|newsletter|digest)\b|\b(?:19|20)\d\d[ \t]*$")
BULLETIN_ITEMS = 2  # item headings announcing updates: one alone may be a title over its sections


def opens_a_bulletin(text: str, start: int, words: re.Pattern) -> bool:
    """The opening line is the first of the item headings, two or more of which announce updates or changes (the
    UK Trade Tariff's stop press: 'Commodity code changes' ... 'Steel anti-dumping duty update')."""
    headings = (match for match in ITEM_HEADING.finditer(text) if len(match.group(1).split()) <= MAX_HEADING_WORDS)
    first = next(headings, None)  # the rest of the text is read only where the first heading is the opening line
    if first is None or first.start(1) != start or MASTHEAD.search(first.group(1)):
        return False
    return sum(bool(words.search(match.group(1))) for match in (first, *headings)) >= BULLETIN_ITEMS
