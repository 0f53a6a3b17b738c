"""A code inside words an amendment deletes or inserts: 'deleting “heading 9903.03.12 imposes” and inserting
“headings 9903.03.12−9903.03.13 impose” in lieu thereof'. The instruction edits a note's wording; the heading it
quotes is neither deleted nor inserted, only named. The quotation holds words of its own (a verb, a noun) besides
the codes and their keywords: a quoted code alone ('deleting "9903.05.21"', 'for “4050 90” substitute “0405 90”')
is the entry itself and keeps the instruction's role.
"""

from __future__ import annotations

import re

QUOTE_REACH = 160  # a quoted phrase of a note, not a whole inserted subdivision
OPENING, CLOSING = '“‘"', '”’"'
# the instruction right before the opening quotation mark: 'deleting “', 'inserting the words "', 'and insert ‘'
EDIT_BEFORE = re.compile(
    r"\b(?:delet(?:e|es|ed|ing)|insert(?:s|ed|ing)?|strik(?:e|es|ing)|struck|substitut(?:e|es|ed|ing)|add(?:s|ed|ing)?"
    r"|omit(?:s|ted|ting)?)\s+(?:out\s+)?(?:the\s+(?:words?|text|phrase)\s+)?$",
    re.I,
)
EDIT_REACH = 40
# the words a quoted list of codes is made of: anything else is a note's wording
CODE_WORDS = re.compile(
    r"^(?:(?:sub)?headings?|chapters?|items?|codes?|tariff|subdivisions?|and|or|to|through|ex|nos?)$", re.I
)
LETTERS = re.compile(r"[^\W\d_]{2,}")


def in_quoted_wording(text: str, offset: int) -> bool:
    """Whether the code at `offset` stands inside quoted wording an amendment deletes or inserts (see the module)."""
    floor = max(0, offset - QUOTE_REACH)
    opening = max(text.rfind(mark, floor, offset) for mark in OPENING)
    if opening < 0 or any(mark in text[opening + 1 : offset] for mark in CLOSING if mark not in OPENING):
        return False
    ends = (text.find(mark, offset, offset + QUOTE_REACH) for mark in CLOSING)
    closing = min((end for end in ends if end >= 0), default=-1)
    if closing < 0 or not EDIT_BEFORE.search(text, max(0, opening - EDIT_REACH), opening):
        return False
    return any(not CODE_WORDS.match(word) for word in LETTERS.findall(text[opening + 1 : closing]))
