"""A message dated only by its time stamp ("08/21/2031 01:07 PM EDT" near its top, as a broker or e-mail bulletin
prints it): the stamp is its document date, and an entry into force it restates from well before that day ("the
duties on the first list were effective ... on or after July 6, 2031", sent on August 21) is an earlier action's.

A portal's record stamps, its page's creation and change times to the minute on two lines ("Date of publication:
05.12.2031 09:32" / "Date of changing: 05.12.2031 09:32"), date the page, not the act it copies (final10 1029: a
portal's stamp is not the release): no publication of the document."""

from __future__ import annotations

import re
from datetime import date, timedelta

from nlp.dates.layout import Layout
from nlp.types import DateMention

# "05/20/2031 04:32 PM EDT" alone on its line: an e-mail bulletin's or message's own time stamp
TIMESTAMP_REST = re.compile(
    r"[ \t]*,?[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:[A-Z]{2,4})?[ \t]*$"
)
TIMESTAMP_REACH = 800
# a portal's pair of record stamps: the page's publication time, the change time on the next line
PORTAL_PUBLISHED = re.compile(
    r"[ \t]*(?:Date\s+of\s+publication|Publication\s+date|Дата\s+(?:публикации|опубликования))[ \t]*:?[ \t]*$", re.I
)
PORTAL_CHANGED = re.compile(
    r"[ \t]*(?:Date\s+of\s+(?:changing|change|modification|update)|Last\s+(?:modified|changed|updated)"
    r"|Дата\s+изменения)"
    r"[ \t]*:?[ \t]*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[ \t]+\d{1,2}:\d{2}",
    re.I,
)
# a message sent a few weeks after the change it announces still announces it (a late notice of what applies now)
RESTATED_LAG = timedelta(days=31)


def timestamp_as_document_date(text: str, mentions: list[DateMention], layout: Layout) -> list[DateMention]:
    """A message that states no date of its own but a time stamp near its top is dated by that stamp. A sending time
    it states ("sent this bulletin at ...") or its signature date comes first; measure dates are read before this."""
    if any(m.type in ("document_date", "publication") for m in mentions):
        return mentions
    for index, mention in enumerate(mentions):
        if mention.start > TIMESTAMP_REACH or mention.derived or mention.type != "other":
            continue
        line_start, line_end = layout.line_span(mention.start)
        if not text[line_start : mention.start].strip() and TIMESTAMP_REST.match(text, mention.end, line_end):
            stamped = DateMention("document_date", mention.date, mention.text, mention.start, mention.end)
            return _restated_entries([*mentions[:index], stamped, *mentions[index + 1 :]], stamped.date)
    return mentions


def portal_stamps_as_other(text: str, mentions: list[DateMention], layout: Layout) -> list[DateMention]:
    """A publication read from a portal's record stamp (a time after it, the change stamp on the next line): `other`."""
    return [
        DateMention("other", m.date, m.text, m.start, m.end) if _portal_stamp(text, m, layout) else m for m in mentions
    ]


def _portal_stamp(text: str, mention: DateMention, layout: Layout) -> bool:
    if mention.type != "publication" or mention.derived or mention.start > TIMESTAMP_REACH:
        return False
    line_start, line_end = layout.line_span(mention.start)
    return bool(
        PORTAL_PUBLISHED.fullmatch(text, line_start, mention.start)
        and TIMESTAMP_REST.match(text, mention.end, line_end)
        and PORTAL_CHANGED.match(text, line_end + 1)
    )


def _restated_entries(mentions: list[DateMention], stamp: str) -> list[DateMention]:
    """Entries into force more than a few weeks before the stamp: `other`."""
    floor = (date.fromisoformat(stamp) - RESTATED_LAG).isoformat()
    return [
        DateMention("other", m.date, m.text, m.start, m.end, m.derived)
        if m.type == "entry_into_force" and m.date < floor
        else m
        for m in mentions
    ]
