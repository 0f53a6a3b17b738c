"""The amount a rate moves by, not a rate the act sets: 'import duty on juice has been hiked by 30 percent'."""

from __future__ import annotations

import re

# The amount a rate moves by, not the rate: "import duty on juice has been hiked by 30 percent", "raised the duty by 5
# percentage points to 25 %" (the 25 % is the rate): a change verb, then "by" right before the number; not "raised by 4%
# to 5%", a translation's "from 4% to 5%" (the old rate, then the new one).
INCREMENT_BEFORE = re.compile(
    r"\b(?:hik|increas|rais|reduc|lower|cut|decreas|slash)\w*\b[^.;%\n]{0,120}?\bby\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$"
)
FROM_TO_AFTER = re.compile(r"\s+to\s+\d")
# ... or a difference between two rates: "$0.0613 per kilogram, 24.8 percent less than the preliminary rate", "33.6
# percent lower than the provisional duty": the gap between them, not a rate
COMPARED_AFTER = re.compile(r"\s+(?:less|lower|more|higher|below|above)\s+than\b")


def an_increment(lowered: str, start: int, end: int, sentence_start: int) -> bool:
    """The number is what a rate moves by ('hiked by 30 percent'), not a rate."""
    if COMPARED_AFTER.match(lowered, end):
        return True
    before = INCREMENT_BEFORE.search(lowered, max(sentence_start, start - 160), start)
    return before is not None and not FROM_TO_AFTER.match(lowered, end)
