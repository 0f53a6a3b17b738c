"""Numbers of other documents that a page names where its own number would stand: a relay's list of the bulletins an
agency released ('for the following quota bulletins:' / 'QB 31-603 …' / 'QB 31-613 …'), and the link to the message
it reports ('CSMS #31000001 can be found here:'). The page is not the document it lists or links to."""

from __future__ import annotations

import re

# a lead-in line announcing a list ('for the following quota bulletins:', 'the messages below:')
LIST_LEAD_IN = re.compile(r"\b(?:following|below)\b[^\n]{0,80}:[ \t]*$", re.I)
# the words after a number that point the reader to it ('… can be found here:', '… is available at')
LINKED_AFTER = re.compile(
    r"[^.\n]{0,80}?\b(?:can|may)\s+be\s+(?:found|accessed|viewed|read|downloaded)\b"
    r"|\s+(?:is|are)\s+available\s+(?:here|at|on|from)\b",
    re.I,
)


def names_another_document(text: str, start: int, end: int, item) -> bool:
    """The number at `start`..`end` is an item of a list of documents or the target of a link; `item` finds a
    number of a list's other lines."""
    return bool(LINKED_AFTER.match(text, end)) or _listed_under_a_lead_in(text, start, item)


def _listed_under_a_lead_in(text: str, start: int, item) -> bool:
    """The number opens its line, and the lines above it up to a lead-in that announces a list each open with a
    number too."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    position = line_start
    for _ in range(MAX_LIST_LINES):
        above_end = len(text[:position].rstrip())
        if above_end <= 0:
            return False
        above_start = text.rfind("\n", 0, above_end) + 1
        line = text[above_start:above_end]
        if LIST_LEAD_IN.search(line):
            return True
        if not item.match(line):
            return False
        position = above_start
    return False


MAX_LIST_LINES = 8  # the items of such a list above the number
