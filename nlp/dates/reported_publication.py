"""The day a reported act was published, as a news item states it of the act it reports ('Решение опубликовано на
сайте ЕЭК 28 сентября 2031 г.', 'The decision was published on the Commission's website on 28 September 2031'). The
date is the reported act's, so not the item's own publication (it stays 'other'), but the act's relative dates count
from it ('вступает в силу по истечении 30 календарных дней с даты его официального опубликования')."""

from __future__ import annotations

import re
from datetime import date

from nlp.types import DateMention

# the act itself as the subject, then 'published', then at most a place before the date
PUBLISHED_ACT = re.compile(
    r"(?:^|[.!?]\s+|\n)[ \t]*(?:решение|документ|постановление|распоряжение|приказ"
    r"|the\s+(?:decision|regulation|order|resolution|decree|notification|document))"
    r"\s+(?:был[оа]?\s+|was\s+)?(?:опубликован[оа]?|published)\b[^.;\n\d]{0,80}$",
    re.I,
)
REACH = 160


def reported_publication(text: str, mentions: list[DateMention]) -> date | None:
    """The first date a sentence says the act it names was published on."""
    for mention in mentions:
        if mention.type == "other" and not mention.derived:
            if PUBLISHED_ACT.search(text, max(0, mention.start - REACH), mention.start):
                return date.fromisoformat(mention.date)
    return None
