"""A relay's lead and its own date line: "On November 28, 2031, the Commission announced ..." opening a trade-press item
that ends "Post time: Dec-16-2031". Without a date line of its own, the lead's day is read as the item's publication
(a report opens with the news of the day). Where the item does state its own, later, date on a labelled line, the lead's
day is the relayed announcement's: the date of another body's act, `other`. So is the day of a decision its lead reports
("On October 24, 2031, the Agency, pursuant to subsection 38(1) ..., made a preliminary determination") under the
item's own, later, date line above it ('Steel Sheet, Notice of Preliminary Determination' / 'October 25, 2031'): the
official notice itself, which has no such line, is dated by that decision."""

from __future__ import annotations

import re

from nlp.dates.layout import Layout
from nlp.dates.rules import date_rules
from nlp.types import DateMention


def relayed_lead_as_other(mentions: list[DateMention], layout: Layout) -> list[DateMention]:
    """The publication read from a running sentence at the top becomes `other` where a later publication stands on a
    labelled line of its own."""
    published = [m for m in mentions if m.type == "publication" and not m.derived]
    mentions = _reported_decision_under_a_date_line(mentions, published, layout)
    mentions = _reported_decision_of_a_sourced_relay(mentions, layout)
    if len(published) < 2:
        return mentions
    lead = published[0]
    if lead.start > LEAD_REACH or layout.is_alone_on_its_line(lead.start, lead.end):
        return mentions
    if not any(m.date > lead.date and _own_date_line(m, layout) for m in published[1:]):
        return mentions
    return [DateMention("other", m.date, m.text, m.start, m.end) if m is lead else m for m in mentions]


LEAD_REACH = 400  # the lead sentence opens the item
# A broker's or a trade site's copy of an agency's notice closes by naming where it comes from and sending the reader
# to the full text ('Source: Canada Border Services Agency (CBSA)', 'To read full notice, click here.', 'Read the full
# notice here'): the item relays the notice, so the decision its lead dates is the relayed act's, not the item's.
RELAY_TAIL = re.compile(
    r"^[ \t]*(?:Source\s*:\s*(?-i:[A-Z])[^\n]{2,120}|(?:To\s+)?read\s+(?:the\s+)?full\s+(?:notice|text|article|"
    r"announcement|release|document)\b[^\n]{0,60}?\bhere\b[^\n]{0,20})[ \t]*$",
    re.I | re.M,
)
TAIL_CHARS = 400  # the closing lines that may name the source


def _reported_decision_of_a_sourced_relay(mentions: list[DateMention], layout: Layout) -> list[DateMention]:
    """The decision date leading a relay that names its source at its foot ('On February 4, 2031, the Agency ...
    made a preliminary determination' ... 'Source: <agency>'): `other`, even with no date line of the item's own."""
    if not RELAY_TAIL.search(layout.text, max(0, len(layout.text) - TAIL_CHARS)):
        return mentions
    return [
        DateMention("other", m.date, m.text, m.start, m.end) if _a_lead_decision(m, layout) else m for m in mentions
    ]


def _a_lead_decision(mention: DateMention, layout: Layout) -> bool:
    if mention.type != "document_date" or mention.derived or mention.start > LEAD_REACH:
        return False
    return layout.text[layout.line_span(mention.start)[0] : mention.start].strip() in ("On", "on")


def _reported_decision_under_a_date_line(
    mentions: list[DateMention], published: list[DateMention], layout: Layout
) -> list[DateMention]:
    """The decision date leading the first sentence below a date line of the item's own, an earlier day: `other`."""
    lines = [m for m in published if m.start <= LEAD_REACH and _a_date_line_of_its_own(m, layout)]
    if not lines:
        return mentions
    line = lines[0]
    return [
        DateMention("other", m.date, m.text, m.start, m.end) if _reports_a_decision(m, line, layout) else m
        for m in mentions
    ]


def _a_date_line_of_its_own(mention: DateMention, layout: Layout) -> bool:
    return layout.is_alone_on_its_line(mention.start, mention.end) and not _under_an_issue_header(mention, layout)


def _under_an_issue_header(mention: DateMention, layout: Layout) -> bool:
    """The official journal's own issue ('Canada Gazette, Part I, Volume 158, Number 51: COMMISSIONS' / 'December 21,
    2031'): the notice under it is the official text, dated by its decision, not a relay."""
    above = layout.previous_line(layout.line_span(mention.start)[0])
    return date_rules().is_issue_header(above)


def _reports_a_decision(mention: DateMention, line: DateMention, layout: Layout) -> bool:
    if mention.type != "document_date" or mention.derived or mention.date >= line.date:
        return False
    if not line.end < mention.start <= line.end + LEAD_REACH:
        return False
    return layout.text[layout.line_span(mention.start)[0] : mention.start].strip() in ("On", "on")


def _own_date_line(mention: DateMention, layout: Layout) -> bool:
    """A date alone on its line after a label ('Post time: Dec-16-2031')."""
    _, line_end = layout.line_span(mention.start)
    return bool(layout.label(mention.start, mention.end)) and not layout.text[mention.end : line_end].strip(" \t.")
