"""A republisher's caption on a page's first line ("Notification No. 05/2031, Dated 23rd January 2031", a blog's post
date "2/19/2031") may carry a date that is not the act's: where the act states its own date on a place-and-date line
below ("New Delhi, the 23rd February, 2031", "Lima, 13 de febrero de 2031"), that line dates the act and the caption's
different date is no document date of it."""

from __future__ import annotations

import re

from nlp.types import DateMention

# the words before the date on an act's place-and-date line: a place in capitals, a comma, "the" ("New Delhi, the ...",
# "Lima, ...", "Ciudad de Buenos Aires, ..."); only the date (and a full stop) after it
PLACE_BEFORE = re.compile(r"[ \t]*(?-i:[A-ZÁÉÍÓÚ])[\w.' -]{1,40},[ \t]*(?:the[ \t]+|el[ \t]+|le[ \t]+)?", re.I)
NOTHING_AFTER = re.compile(r"[ \t]*\.?[ \t]*")
CAPTION_LINE_MAX = 200


def caption_date_yields_to_place_line(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A caption's document date yields to a different date on the act's place-and-date line below it: the caption on
    the page's first line, or a bare date on a line of its own above the place line (a republisher's date line over
    the notice it copies: 'October 17, 2031' / ... / 'Ottawa, April 17, 2031')."""
    placed = [m for m in mentions if m.type == "document_date" and _on_place_line(text, m)]
    if not placed:
        return mentions
    first_line_end = text.find("\n")
    first_place = min(m.start for m in placed)
    captions = [
        m
        for m in mentions
        if m.type == "document_date"
        and m.start < first_place
        and (0 <= first_line_end <= CAPTION_LINE_MAX and m.end <= first_line_end or _alone_on_its_line(text, m))
    ]
    dates = {m.date for m in placed}
    return [
        DateMention("other", m.date, m.text, m.start, m.end, m.derived) if m in captions and m.date not in dates else m
        for m in mentions
    ]


def _alone_on_its_line(text: str, mention: DateMention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : mention.start].strip() and NOTHING_AFTER.fullmatch(text, mention.end, line_end)


def _on_place_line(text: str, mention: DateMention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(
        PLACE_BEFORE.fullmatch(text, line_start, mention.start) and NOTHING_AFTER.fullmatch(text, mention.end, line_end)
    )
