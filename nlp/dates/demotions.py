"""Measure dates that are not this document's own: dates in a section restating earlier acts, in the recitals, or
before the act was made (restated history), unless the act reaches back to them (a period still running, a date its
own DATES block states, a change reported as just made, a list it heads)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from nlp.dates.classify import MEASURE_TYPES
from nlp.dates.layout import Layout
from nlp.dates.listed_acts import notes_a_listed_acts_effect
from nlp.dates.recent import reported_recent_change
from nlp.text.layout import Layout as Zones
from nlp.types import DateMention


def demote_history_sections(mentions: list[DateMention], layout: Layout, rules) -> list[DateMention]:
    """Measure dates in a section restating earlier acts ('BACKGROUND') are theirs, when the document states its
    own measure dates outside it; a message whose background is all it says keeps them. A background sentence that
    announces what is to come ('These exclusions will apply as of …', the act a CBP message implements) keeps its
    dates, but states none outside the background (a message whose background announces keeps its other dates)."""
    inside = [layout.in_history_section(m.start) for m in mentions]
    if not any(m.type in MEASURE_TYPES and not history for m, history in zip(mentions, inside, strict=True)):
        return mentions
    return [
        DateMention("other", m.date, m.text, m.start, m.end, m.derived)
        if history and m.type in MEASURE_TYPES and not _announces(layout.sentence(m.start), rules)
        else m
        for m, history in zip(mentions, inside, strict=True)
    ]


def _announces(sentence: str, rules) -> bool:
    return any(pattern.search(sentence) for pattern in rules.announced)


def demote_recitals(mentions: list[DateMention], zones: Zones) -> list[DateMention]:
    """Measure dates in the recitals ('Whereas: (2) The applications lodged from 1 June to 10 June for the
    subperiod from 1 July ...') restate earlier acts and periods: the act's own dates are in its articles."""
    return [
        DateMention("other", m.date, m.text, m.start, m.end, m.derived)
        if m.type in MEASURE_TYPES and zones.kind_at(m.start) == "recitals"
        else m
        for m in mentions
    ]


PUBLICATION_LAG = timedelta(days=31)
RETROACTIVE_TYPES = ("application_start", "application_end", "entry_into_force")


def demote_before_document_date(
    mentions: list[DateMention], anchors: dict[str, date], layout: Layout, rules
) -> list[DateMention]:
    """Measure dates before the act was made are restated history, not this act's dates, except
    the period of importation a remission or an exclusion reaches back to ('goods imported during
    the period commencing on …')."""
    own = anchors.get("document_date")
    if own is None and "publication" in anchors:
        # an act often takes effect when signed, published later
        published = anchors["publication"]
        own = published - PUBLICATION_LAG if published > date.min + PUBLICATION_LAG else date.min
    if own is None:
        return mentions
    result = []
    running = _running_periods(mentions, own)
    for mention in mentions:
        if mention.type in RETROACTIVE_TYPES and rules.is_retroactive(layout.sentence(mention.start)):
            pass
        elif mention.start in running or _stated_in_dates_block(mention, layout, rules):
            pass
        elif _heads_a_list(mention, own, layout):
            pass
        elif mention.type in MEASURE_TYPES and _reported_as_just_made(mention, own, layout, rules):
            pass
        elif mention.type in MEASURE_TYPES and notes_a_listed_acts_effect(layout.text, mention.start, rules):
            pass
        elif mention.type in MEASURE_TYPES and date.fromisoformat(mention.date) < own:
            mention = DateMention("other", mention.date, mention.text, mention.start, mention.end, mention.derived)
        result.append(mention)
    return result


def _reported_as_just_made(mention: DateMention, own: date, layout: Layout, rules) -> bool:
    """An update notice's change made a few days before the notice ('has been reinstated with effect from …')."""
    sentence_start = layout.sentences.around(mention.start)[0]
    return reported_recent_change(mention.date, own, layout.text, sentence_start, mention.start, rules)


# the first line of a list or table: a dash, bullet or pipe, or a code
LIST_ITEM = re.compile(r"[ \t]*(?:[-–•·*|]|\d{4,}\b)")


def _heads_a_list(mention: DateMention, own: date, layout: Layout) -> bool:
    """'The following commodity codes have been created as of 6 May 2031:' over the list of codes: what the notice
    itself announces, though the change took effect a few days before the notice was issued (a list headed by a day
    months before it is background)."""
    _, line_end = layout.line_span(mention.start)
    if mention.type != "entry_into_force" or mention.derived or layout.text[mention.end : line_end].strip() != ":":
        return False
    if own - date.fromisoformat(mention.date) > PUBLICATION_LAG:
        return False
    return any(LIST_ITEM.match(line) for line in layout.next_lines(line_end, 2))  # a table's header may come first


def _stated_in_dates_block(mention: DateMention, layout: Layout, rules) -> bool:
    """'DATES: Effective Date: March 2, 2031.' in a notice issued later: the document's own statement of when its
    action took effect (a commission's notice dated after the determination it follows), not restated history. So is
    a record's own field ("Operative date: 1 March 2031" over "Decision date: 10 April 2031": a concession operative
    from the day it was applied for)."""
    if mention.type != "entry_into_force" or mention.derived:
        return False
    if layout.section_type(mention.start) == "entry_into_force":
        return True
    label = layout.label(mention.start, mention.end)
    read_as = next((rule.types for rule in rules.labels if label and rule.pattern.match(label)), ())
    return "entry_into_force" in read_as


def _running_periods(mentions: list[DateMention], own: date) -> set[int]:
    """Starts of the periods still running when the act was made ('Du 22 octobre 2024 au 31 août 2025' in
    an order of June 2025; 'for four years, applying from 1 June 2025', its end derived at the start's own words,
    in a news item of July): the period is the act's own, reaching back."""
    ends = [m for m in mentions if m.type == "application_end" and date.fromisoformat(m.date) >= own]
    return {
        start.start
        for start in mentions
        if start.type == "application_start"
        and any(0 <= end.start - start.end <= PERIOD_REACH or end.start == start.start for end in ends)
    }


PERIOD_REACH = 80  # from a period's start date to its end date (an appositive may stand between)
