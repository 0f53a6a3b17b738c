"""Rates the next sentence undoes: 'tariffs of 35% and 20% were established. … through the Decree issued on May 8,
2024, the aforementioned HTS Code Numbers were eliminated' (a relay's account of what an earlier decree set and the new
one removed). The rates are what was in force before the act, never rates it sets."""

from __future__ import annotations

import re

from nlp.text.patterns import guarded

# The next sentence points back ('the aforementioned', 'dichas') at the lines or rates and says they were removed.
UNDONE = guarded(
    r"\b(?:aforementioned|aforesaid|above(?:-?mentioned)?|said|these|those|such)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:were|are|have\s+been|has\s+been|was|is|shall\s+be)\s+(?:hereby\s+|now\s+|also\s+)?"
    r"(?:eliminated|removed|revoked|repealed|abolished|withdrawn|deleted|rescinded)\b"
    r"|\b(?:dich[oa]s|mencionad[oa]s|citad[oa]s)\s+(?:[\w-]+\s+){0,4}?(?:fueron|son|quedan|se)\s+"
    r"(?:eliminad[oa]s|suprimid[oa]s|derogad[oa]s|elimin(?:an|aron)|suprim(?:en|ieron))\b",
    re.I,
)


def undone_by_next_sentence(lowered: str, sentences, sentence_end: int) -> bool:
    """The sentence after the one ending at sentence_end says the lines or rates named were removed."""
    following = NEXT_WORD.search(lowered, sentence_end)
    if following is None:
        return False
    start, end = sentences.around(following.start())
    return start >= sentence_end - 1 and UNDONE.search(lowered, start, end) is not None


NEXT_WORD = re.compile(r"\S")
