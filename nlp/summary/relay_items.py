"""A relay's numbered stories (a newsletter's '1. Final Resolution of the anti-dumping investigation …', '2. Notice
informing of the adjustment to the export quota for sugar … from October 1st, 2023 to September 30, 2024'): the
lead's period is read from the story of the measure it tells, never another story's dates (round 26, final29)."""

from __future__ import annotations

import re

# A story's head: a number, a full stop and a capital at a line's start, its line a headline (one sentence)
ITEM_HEAD = re.compile(r"(?m)^[ \t]*\d{1,2}\.[ \t]+[A-Z][^\n]{10,300}$")
# A numbered paragraph of an act, not a story's headline: it speaks of itself or acts ('1. These Regulations … come
# into force on …', '3. In regulation 2 …, for … substitute …', '2. The duty shall apply …')
ACTS_ITSELF = re.compile(
    r"\b(?:these|this|shall|substitute[sd]?|(?:come|comes|enter|enters)\s+into\s+force|in\s+regulation|is|are)\b", re.I
)
# An act's own divisions: its numbered paragraphs belong to articles or sections, not to stories
ACT_DIVISIONS = re.compile(r"(?m)^[ \t]*(?:Article|Artículo|Section|Sec\.|§|Art\.)\s*\d")


def dates_of_its_item(dates: list, text: str, at: int) -> list:
    """The dates in the numbered story holding `at`; all of them when the text has no such stories."""
    if ACT_DIVISIONS.search(text):
        return dates
    found = list(ITEM_HEAD.finditer(text))
    if any(ACTS_ITSELF.search(head.group()) for head in found):
        return dates  # an act's numbered paragraphs
    heads = [head.start() for head in found]
    before = [head for head in heads if head <= at]
    if len(heads) < 2 or not before:
        return dates
    begin = before[-1]
    end = next((head for head in heads if head > at), len(text))
    return [mention for mention in dates if begin <= mention.start < end]


# The words just before a quota's own word that make it a ceiling on what leaves ('the maximum export quota for sugar')
EXPORT_BEFORE = re.compile(r"\bexport(?:ing)?\s+(?:[\w-]+\s+)?$", re.I)
EXPORT_REACH = 30


def export_quota(measure, text: str) -> str | None:
    """'an export quota' for a quota the text names as one where it is found (a relay's other story: 'the maximum
    export quota for sugar to the United States'), never a tariff quota on imports."""
    if measure.type != "tariff_quota" or measure.end <= measure.start:
        return None
    return (
        "an export quota" if EXPORT_BEFORE.search(text, max(0, measure.start - EXPORT_REACH), measure.start) else None
    )
