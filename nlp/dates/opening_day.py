"""A quota bulletin copied without its field labels: the period on a line of its own ('January 1, 2031 through
December 31, 2031'), then the opening day on the next line ('Wednesday, January 2, 2031'). With the labels
('Quota Period:', 'Opening Day:') the rules type both; without them the lone date reads as the document's date,
but a date alone right under the period it falls in, within a few days of its start, is the day the quota opens:
its entry into force. The opening moment may follow it on its line ('Friday, January 2, 2031, at 12 noon E.S.T., or
its equivalent in other time zones')."""

from __future__ import annotations

import re
from datetime import date, timedelta

from nlp.types import DateMention

OPENING_WINDOW = timedelta(days=7)  # the first working day of the period, after a weekend or a holiday
# a lone date reads as the document's date, or as history where an earlier rule demoted it (a date of the year before
# the period's, a date under a heading that reads as a recital)
LONE_DATE_TYPES = frozenset({"document_date", "other"})
WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
OPENING_MOMENT = re.compile(r",?\s*at\s+(?:12\s+noon|noon|midnight|\d{1,2}(?::\d{2})?\s*[ap]\.?\s*m\.?)[^\n]*", re.I)


def opening_day_under_its_period(text: str, mentions: list[DateMention]) -> list[DateMention]:
    if any(m.type == "entry_into_force" for m in mentions):
        return mentions
    starts = {m.start: m for m in mentions if m.type == "application_start"}
    ends = {m.start: m for m in mentions if m.type == "application_end"}
    for index, mention in enumerate(mentions):
        if mention.type not in LONE_DATE_TYPES or not _alone_on_its_line(text, mention):
            continue
        period = _period_on_the_line_above(text, mention.start, starts, ends)
        if period is None:
            continue
        start, end = (date.fromisoformat(m.date) for m in period)
        if start <= date.fromisoformat(mention.date) <= min(end, start + OPENING_WINDOW):
            opening = DateMention("entry_into_force", mention.date, mention.text, mention.start, mention.end)
            return [*mentions[:index], opening, *mentions[index + 1 :]]
    return mentions


def _alone_on_its_line(text: str, mention: DateMention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    before = text[line_start : mention.start]
    after = text[mention.end : len(text) if line_end < 0 else line_end]
    return bool(re.fullmatch(rf"[ \t]*{WEEKDAY}", before)) and (
        not after.strip(" \t.") or bool(OPENING_MOMENT.fullmatch(after.rstrip()))
    )


def _period_on_the_line_above(
    text: str, offset: int, starts: dict[int, DateMention], ends: dict[int, DateMention]
) -> tuple[DateMention, DateMention] | None:
    """The start and end of the period that fills the last non-blank line above `offset`."""
    line_start = text.rfind("\n", 0, offset) + 1
    above_end = len(text[:line_start].rstrip())
    above_start = text.rfind("\n", 0, above_end) + 1
    start = next((m for at, m in starts.items() if above_start <= at < above_end), None)
    end = next((m for at, m in ends.items() if above_start <= at < above_end), None)
    if start is None or end is None:
        return None
    rest = text[above_start:above_end].replace(start.text, "", 1).replace(end.text, "", 1)
    return (start, end) if re.fullmatch(r"[\s,]*(?:through|to|until|till|-|–)?[\s,]*", rest, re.I) else None
