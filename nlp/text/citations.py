"""Other acts a document cites by their titles: words inside such a title describe that act, not this one."""

from __future__ import annotations

import re

DATE = r"(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
# 'Executive Order 14257 of April 2, 2025', 'Regulation 2019/386', 'the Executive Order of April 9, 2025'
CITED_ACT = re.compile(
    r"(?:Order|Proclamation|Regulation|Decision|Directive|Notice|Act|Determination)"
    rf"(?:\s*(?:No\.?\s*)?[\d/.\-]*\d(?:\s+of\s+{DATE})?|\s+of\s+{DATE}),?\s*$"
)
TITLE_REACH = 300  # how far back the opening parenthesis of a cited title may be


def in_cited_title(text: str, offset: int) -> bool:
    """Inside the parenthesised title of another act: 'Executive Order 14195 of February 1, 2025
    (Imposing Duties To Address … the People's Republic of China)'."""
    opening = text.rfind("(", max(0, offset - TITLE_REACH), offset)
    if opening < 0 or ")" in text[opening:offset]:
        return False
    return bool(CITED_ACT.search(text, max(0, opening - 120), opening))
