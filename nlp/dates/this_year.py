"""A period whose start a news item writes without its year: "applicable from July 1st this year to June 30th, 2032".

The start has no year of its own, so the scan reads only the end; 'from' before it made that end the start. The end
is the period's end, and the start is the day written, in the year that puts it before the end (derived)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from nlp.types import DateMention

# 'from July 1st this year to', 'from 1 July this year until' right before the end's date: a literal first
THIS_YEAR_FROM = re.compile(
    r"\bfrom\s+(?:(?P<month>[A-Za-z]+)\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]+))"
    r"(?:st|nd|rd|th)?,?\s+this\s+year,?\s+(?:to|until|till|through)\s+(?:the\s+)?$",
    re.I,
)
REACH = 60
OPENINGS = ("application_start", "entry_into_force")


def this_year_periods(text: str, mentions: list[DateMention], months: dict[str, int]) -> list[DateMention]:
    """The mentions with each such period read: its end typed application_end, its start added (derived)."""
    if "this year" not in text and "This year" not in text:  # a literal gate: no copy of a long text
        return mentions
    out = []
    for mention in mentions:
        match = THIS_YEAR_FROM.search(text, max(0, mention.start - REACH), mention.start)
        start = _start_before(match, date.fromisoformat(mention.date), months) if mention.type in OPENINGS else None
        if start is None:
            out.append(mention)
            continue
        out.append(replace(mention, type="application_end"))
        out.append(DateMention("application_start", start.isoformat(), match.group(), match.start(), match.end(), True))
    return out


def _start_before(match: re.Match | None, end: date, months: dict[str, int]) -> date | None:
    if match is None:
        return None
    month = months.get((match["month"] or match["month2"]).lower())
    day = int(match["day"] or match["day2"])
    if month is None:
        return None
    try:
        start = date(end.year, month, day)
        return start if start <= end else date(end.year - 1, month, day)
    except ValueError:
        return None
