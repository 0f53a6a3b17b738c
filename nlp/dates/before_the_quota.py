"""A quota bulletin's own dates are its quota period and the day the quota opens, a few days into that period. An
'effective' date it mentions before the period even begins belongs to another act the bulletin passes on as news
('NEW Effective December 29, 2030 the Bureau's interim final rule establishes General Approved Exclusions ...',
'Effective November 1, 2030, Proclamation 9999 amended ...'): that act's day, not the quota's (`other`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from nlp.dates.opening_day import OPENING_WINDOW  # the quota opens on the first working day of its period
from nlp.types import DateMention

QUOTA_PERIOD = re.compile(r"\bquota\s+period\b", re.I)  # a bulletin's fields, in their order: the period ...
OPENING = re.compile(r"\bopening\b", re.I)  # ... then the opening


def effect_before_the_quota_period(text: str, mentions: list[DateMention]) -> list[DateMention]:
    if "uota" not in text:
        return mentions
    start = _quota_period_start(mentions)
    field = QUOTA_PERIOD.search(text) if start else None
    if start is None or field is None or not OPENING.search(text, field.end()):
        return mentions
    return [
        replace(m, type="other")
        if m.type == "entry_into_force" and not m.derived and date.fromisoformat(m.date) < start
        else m
        for m in mentions
    ]


def _quota_period_start(mentions: list[DateMention]) -> date | None:
    """The start of the one period whose opening day is typed in the text (None when there is no such period, or
    several periods and no way to tell the bulletin's own)."""
    starts = {date.fromisoformat(m.date) for m in mentions if m.type == "application_start"}
    ends = {date.fromisoformat(m.date) for m in mentions if m.type == "application_end"}
    if len(starts) != 1 or len(ends) != 1:
        return None
    start, end = next(iter(starts)), next(iter(ends))
    openings = [m for m in mentions if m.type == "entry_into_force" and start <= date.fromisoformat(m.date) <= end]
    if not openings or not all(date.fromisoformat(m.date) - start <= OPENING_WINDOW for m in openings):
        return None
    return start
