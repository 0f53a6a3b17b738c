"""A relay's lead and its own date line: "On November 28, 2031, the Commission announced ..." opening a trade-press item
that ends "Post time: Dec-16-2031". Without a date line of its own, the lead's day is read as the item's publication
(a report opens with the news of the day). Where the item does state its own, later, date on a labelled line, the lead's
day is the relayed announcement's: the date of another body's act, `other`."""

from __future__ import annotations

from nlp.dates.layout import Layout
from nlp.types import DateMention


def relayed_lead_as_other(mentions: list[DateMention], layout: Layout) -> list[DateMention]:
    """The publication read from a running sentence at the top becomes `other` where a later publication stands on a
    labelled line of its own."""
    published = [m for m in mentions if m.type == "publication" and not m.derived]
    if len(published) < 2:
        return mentions
    lead = published[0]
    if lead.start > LEAD_REACH or layout.is_alone_on_its_line(lead.start, lead.end):
        return mentions
    if not any(m.date > lead.date and _own_date_line(m, layout) for m in published[1:]):
        return mentions
    return [DateMention("other", m.date, m.text, m.start, m.end) if m is lead else m for m in mentions]


LEAD_REACH = 400  # the lead sentence opens the item


def _own_date_line(mention: DateMention, layout: Layout) -> bool:
    """A date alone on its line after a label ('Post time: Dec-16-2031')."""
    _, line_end = layout.line_span(mention.start)
    return bool(layout.label(mention.start, mention.end)) and not layout.text[mention.end : line_end].strip(" \t.")
