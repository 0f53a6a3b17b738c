"""An extension read from both ends: the day the old grant expires is the day the extension starts.

An extension notice says when what it extends was due to end ("These exclusions will expire on 1 September") and
that its extension applies from that same day to a later one ("will apply as of 1 September … through 31
December"). The first end is the former expiry, replaced by the later one: history, not this act's end. A day on
which the act's own period both starts and ends would be a one-day period, which extensions never are. The
extension may start the day after ("The exclusion lists will expire on 25 December. From 26 December to 31 December,
no additional tariff will be imposed"): an end standing alone, no start just before it, the day before a start, is
that former expiry too; an end paired with its own start ("From 1 July to 31 December") is a period of the act.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from nlp.types import DateMention

PAIR_REACH = 80  # a period's start stands this close before its end


def demote_former_expiry(mentions: list[DateMention]) -> list[DateMention]:
    """An application end that falls on an application start, while a later end is stated, becomes `other`."""
    starts = {m.date for m in mentions if m.type == "application_start"}
    ends = [m.date for m in mentions if m.type == "application_end"]
    if not starts or len(set(ends)) < 2:
        return mentions
    latest = max(ends)
    return [
        replace(m, type="other")
        if m.type == "application_end" and m.date < latest and _former_end(m, mentions, starts)
        else m
        for m in mentions
    ]


def _former_end(end: DateMention, mentions: list[DateMention], starts: set[str]) -> bool:
    if end.date in starts:
        return True
    next_day = (date.fromisoformat(end.date) + timedelta(days=1)).isoformat()
    paired = any(m.type == "application_start" and 0 < end.start - m.end <= PAIR_REACH for m in mentions)
    return next_day in starts and not paired
