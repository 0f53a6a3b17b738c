"""A tariff's schedule named for a trade partner's goods ('Schedules 5 (US originating goods), 6 (Thai originating
goods) … in the Tariff Act', 'Schedule 9 (Malaysian Originating Goods)'): the schedule in which the same rate applies
to that partner's preferential goods, named as a part of the law, not an origin the measure targets (final7 732,
final29 4027: an indexation erga omnes)."""

from __future__ import annotations

import re
from functools import cache

from nlp.countries.cue_data import cue_data

REACH = 40


@cache
def _schedule_before() -> re.Pattern:
    """The schedule's number and its bracket just before the name ('Schedules 5 (', ', 6 (', 'and 7 (')."""
    words = "|".join(cue_data()["partner_schedule_words"])
    return re.compile(rf"(?:\b(?:{words})\s+|,\s*|\band\s+)\d{{1,2}}[A-Z]?\s*\(\s*$", re.I)


@cache
def _partner_goods_after() -> re.Pattern:
    """The goods' words just after the name ('originating goods)')."""
    data = cue_data()
    origin, goods = "|".join(data["partner_schedule_origin"]), "|".join(data["partner_schedule_goods"])
    return re.compile(rf"\s*(?:{origin})\s+(?:{goods})\s*\)", re.I)


def names_a_partner_schedule(text: str, start: int, end: int) -> bool:
    """The name stands in a schedule's bracket: 'Schedule 6 (Thai originating goods)'."""
    if not _partner_goods_after().match(text, end):
        return False
    return _schedule_before().search(text, max(0, start - REACH), start) is not None
