"""An extension read from both ends: the day the old grant expires is the day the extension starts.

An extension notice says when what it extends was due to end ("These exclusions will expire on 1 September") and
that its extension applies from that same day to a later one ("will apply as of 1 September … through 31
December"). The first end is the former expiry, replaced by the later one: history, not this act's end. A day on
which the act's own period both starts and ends would be a one-day period, which extensions never are.
"""

from __future__ import annotations

from dataclasses import replace

from nlp.types import DateMention


def demote_former_expiry(mentions: list[DateMention]) -> list[DateMention]:
    """An application end that falls on an application start, while a later end is stated, becomes `other`."""
    starts = {m.date for m in mentions if m.type == "application_start"}
    ends = [m.date for m in mentions if m.type == "application_end"]
    if not starts or len(set(ends)) < 2:
        return mentions
    latest = max(ends)
    return [
        replace(m, type="other") if m.type == "application_end" and m.date in starts and m.date < latest else m
        for m in mentions
    ]
