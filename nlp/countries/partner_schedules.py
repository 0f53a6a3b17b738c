"""A tariff's schedule named for a trade partner's goods ('Schedules 5 (US originating goods), 6 (Thai originating
goods) … in the Tariff Act', 'Schedule 9 (Malaysian Originating Goods)'): the schedule in which the same rate applies
to that partner's preferential goods, named as a part of the law, not an origin the measure targets (final7 732,
final29 4027: an indexation erga omnes)."""

from __future__ import annotations

import re

# the schedule's number and its bracket just before the name; the goods' words just after it
SCHEDULE_BEFORE = re.compile(r"(?:\bSchedules?\s+|,\s*|\band\s+)\d{1,2}[A-Z]?\s*\(\s*$", re.I)
PARTNER_GOODS_AFTER = re.compile(r"\s*(?:originating|origin)\s+(?:goods|products)\s*\)", re.I)
REACH = 40


def names_a_partner_schedule(text: str, start: int, end: int) -> bool:
    """The name stands in a schedule's bracket: 'Schedule 6 (Thai originating goods)'."""
    if not PARTNER_GOODS_AFTER.match(text, end):
        return False
    return SCHEDULE_BEFORE.search(text, max(0, start - REACH), start) is not None
