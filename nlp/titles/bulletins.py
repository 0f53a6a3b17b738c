"""A bulletin of short items (the UK Trade Tariff's stop press) has no title: its opening line is the first item's
heading. The words the headings announce ('updates', 'changes') are data: data/titles.json 'bulletin_headings'."""

from __future__ import annotations

import re

from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated

# A heading of a bulletin's item: a short line without closing punctuation between blank lines, prose or a table
# ('Commodity | Update') after it.
ITEM_HEADING = scan_gated(
    guarded(r"(?:^|\n[ \t]*\n)[ \t]*([A-Z][^\n.:;,|]{2,120}?)[ \t]*\n[ \t]*\n[ \t]*(?=(?:\S+[ \t]+){2}\S|[^\n|]+\|)")
)
MAX_HEADING_WORDS = 12
# The bulletin's own masthead over its items: its name ('Tariff Stop Press Notice', 'Quota Bulletin') or its issue's
# date ('… - 17 Feb 2031'): that line is the bulletin's title, not its first item's heading.
MASTHEAD = guarded(r"\b(?i:stop\s+press|bulletin|newsletter|digest)\b|\b(?:19|20)\d\d[ \t]*$")
BULLETIN_ITEMS = 2  # item headings announcing updates: one alone may be a title over its sections


def opens_a_bulletin(text: str, start: int, words: re.Pattern) -> bool:
    """The opening line is the first of the item headings, two or more of which announce updates or changes (the
    UK Trade Tariff's stop press: 'Commodity code changes' ... 'Steel anti-dumping duty update')."""
    if not may_occur(ITEM_HEADING, text):
        return False
    headings = (match for match in ITEM_HEADING.finditer(text) if len(match.group(1).split()) <= MAX_HEADING_WORDS)
    first = next(headings, None)  # the rest of the text is read only where the first heading is the opening line
    if first is None or first.start(1) != start or MASTHEAD.search(first.group(1)):
        return False
    return sum(bool(words.search(match.group(1))) for match in (first, *headings)) >= BULLETIN_ITEMS


# A bulletin's précis line ('Updated SPV rates, updates to trade remedy measures on ironing boards and news on …'),
# which may read as a long sentence with its full stop: it stands above its first section heading and names the
# headings of its sections ('SPV rates', 'Ironing boards trade remedies measure has gone live').
SECTION_HEADING = re.compile(r"^[ \t]*([A-Z][^\n.:;|]{2,120}?)[ \t]*$", re.M)
BLANK_AFTER = re.compile(r"[ \t]*\n[ \t]*\n")
CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")
STOP_WORDS = frozenset("the and for with from into have has been are was were this that its their our".split())
PRECIS_READ_CHARS = 3000
NAMED_SECTIONS = 2


def precis_of_its_sections(text: str, line: str, end: int) -> bool:
    """The opening line stands above a section heading and shares two words with two or more section headings."""
    if not line[:1].isupper():
        return False
    words = _content_words(line)
    headings = [
        match.group(1)
        for match in SECTION_HEADING.finditer(text, end, min(len(text), end + PRECIS_READ_CHARS))
        if len(match.group(1).split()) <= MAX_HEADING_WORDS
    ]
    blank = BLANK_AFTER.match(text, end)
    first = SECTION_HEADING.match(text, blank.end()) if blank else None
    if first is None or len(first.group(1).split()) > MAX_HEADING_WORDS:
        return False  # no section heading right under the line, after its blank line
    return sum(len(_content_words(heading) & words) >= 2 for heading in headings) >= NAMED_SECTIONS


def _content_words(line: str) -> set[str]:
    return {word for word in CONTENT_WORD.findall(line.lower()) if word not in STOP_WORDS}
