"""Whether a change is today's news, an older document first seen today, or a document that states no date.

A policy officer reads the chapter sections as what changed now. So:
- a change with a start still to come (in force, application start, comment deadline on or after the day it was
  first seen) is news however old its publication: a proclamation signed months ago that bites next week is exactly
  what they must not miss; so is an end within `days` of that day (a duty about to lapse), but not an end years away
  (a 2023 order that applies until 2028 is a measure running its course, not news);
- otherwise a change published `days` or more before it was first seen is older; with no date of its own, one whose
  every stated date was that far past is older (a bulletin on exclusions that expired years ago);
- a change that states no date at all is dated by the latest year its designation names ('S.I. 64 of 2016',
  'Regulation (EU) 2025/1288', 'Tariff Amendments 2023'): a year that ended before the limit makes it older;
- with neither dates nor a year it is undated: listed apart, never as today's news.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

START_TYPES = ("entry_into_force", "application_start", "comment_deadline")
END_TYPES = ("application_end", "expiry")
# A year in a designation: not part of a longer number, a decimal code ('2009.11') or a spaced code ('2008 99').
DESIGNATION_YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20\d\d)(?![\d,]|\.\d|\s\d{2}\b)")


def age_of(change: dict, days: int) -> str:
    """'news', 'older' or 'undated' (see the module's docstring)."""
    seen = day_of(change.get("first_seen"))
    if seen is None:
        return "news"
    if any(_still_to_come(d, seen, days) for d in change.get("dates") or []):
        return "news"
    limit = seen - timedelta(days=days)
    own = change.get("own_date")
    if own:
        own_day = day_of(own["date"])
        return "older" if own_day is not None and own_day < limit else "news"
    stated = [day for day in (day_of(d.get("date")) for d in change.get("dates") or []) if day is not None]
    if stated:
        return "older" if all(day < limit for day in stated) else "news"
    year = designation_year(change)
    if year is None:
        return "undated"
    return "older" if date(year, 12, 31) < limit else "news"


def _still_to_come(stated: dict, seen: date, days: int) -> bool:
    day = day_of(stated.get("date"))
    if day is None or day < seen:
        return False
    kind = stated.get("type")
    return kind in START_TYPES or (kind in END_TYPES and day <= seen + timedelta(days=days))


def designation_year(change: dict) -> int | None:
    """The latest year named by the change's title or identifier, if any."""
    words = " ".join(str(change.get(k) or "") for k in ("display_title", "official_title", "identifier", "title"))
    years = [int(y) for y in DESIGNATION_YEAR.findall(words)]
    return max(years) if years else None


def day_of(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
