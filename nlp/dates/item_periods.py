"""Periods of single items in a schedule's rows, under a period the act states for all of them.

A remission or exclusion order grants its relief "during the period beginning on 3 May 2031 and ending on 31 December
2032", and its schedule then limits items one by one ("| Copper wire | From May 3, 2031 to June 30, 2032 |", "| From
January 1, 2032 to December 31, 2032 |"): each row's period, opening inside the act's own, is a condition on that good,
not the act's period. A table whose rows carry the only periods (a quota regulation's annex), or periods that open
outside the one the text states (a stop-press table of seasonal preferences under the notice's own rate period), is
left as it is: those are the measure's."""

from __future__ import annotations

from nlp.types import DateMention

PAIR = ("application_start", "application_end")
ITEM_PERIODS_MIN = 2  # rows that differ among themselves: items with periods of their own


def demote_item_periods(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The period dates in table rows that open inside the period the act states in its running text, where they
    differ from it: `other`."""
    pairs = list(zip(mentions, mentions[1:], strict=False))
    stated = [
        (s, e) for s, e in pairs if _is_period(s, e) and not _in_a_row(text, s.start) and not _in_a_row(text, e.start)
    ]
    if not stated:
        return mentions
    inside = [
        (s, e)
        for s, e in pairs
        if _is_period(s, e)
        and _in_a_row(text, s.start)
        and any(first.date <= s.date <= last.date for first, last in stated)
        and (s.date, e.date) not in {(first.date, last.date) for first, last in stated}
    ]
    if len({(s.date, e.date) for s, e in inside}) < ITEM_PERIODS_MIN:
        return mentions
    own = {value for first, last in stated for value in (first.date, last.date)}
    demoted = {id(m) for pair in inside for m in pair if m.date not in own}
    return [
        DateMention("other", m.date, m.text, m.start, m.end, m.derived) if id(m) in demoted else m for m in mentions
    ]


def _is_period(first: DateMention, second: DateMention) -> bool:
    return (first.type, second.type) == PAIR and not first.derived and not second.derived and first.date < second.date


def _in_a_row(text: str, offset: int) -> bool:
    end = text.find("\n", offset)
    return "|" in text[text.rfind("\n", 0, offset) + 1 : end if end >= 0 else len(text)]
