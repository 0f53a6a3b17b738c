"""Periods of single items in a schedule's rows, under a period the act states for all of them.

A remission or exclusion order grants its relief "during the period beginning on 3 May 2031 and ending on 31 December
2032", and its schedule then limits items one by one ("| Copper wire | From May 3, 2031 to June 30, 2032 |", "| From
January 1, 2032 to December 31, 2032 |"): each row's period is a condition on that good, not the act's own period. A
table whose rows carry the only periods (a quota regulation's annex) is left as it is: those are the measure's."""

from __future__ import annotations

from nlp.types import DateMention

PAIR = ("application_start", "application_end")
ITEM_PERIODS_MIN = 2  # rows that differ among themselves: items with periods of their own


def demote_item_periods(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The period dates in table rows that differ from the period the act states in its running text: `other`."""
    stated = _stated_periods(text, mentions)
    if not stated:
        return mentions
    rows = [m for m in mentions if m.type in PAIR and not m.derived and _in_a_row(text, m.start)]
    stated_dates = {value for period in stated for value in period}
    distinct = {(line_start(text, m.start), m.type, m.date) for m in rows if m.date not in stated_dates}
    if len({date for _, _, date in distinct}) < ITEM_PERIODS_MIN:
        return mentions
    demoted = {id(m) for m in rows if m.date not in stated_dates}
    return [
        DateMention("other", m.date, m.text, m.start, m.end, m.derived) if id(m) in demoted else m for m in mentions
    ]


def _stated_periods(text: str, mentions: list[DateMention]) -> list[tuple[str, str]]:
    """A start and an end side by side in the running text (not in a table row)."""
    return [
        (first.date, second.date)
        for first, second in zip(mentions, mentions[1:], strict=False)
        if (first.type, second.type) == PAIR
        and not first.derived
        and not second.derived
        and first.date < second.date
        and not _in_a_row(text, first.start)
        and not _in_a_row(text, second.start)
    ]


def line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _in_a_row(text: str, offset: int) -> bool:
    end = text.find("\n", offset)
    return "|" in text[line_start(text, offset) : end if end >= 0 else len(text)]
