"""The end of a country's exception in a restated list of a measure's stages.

An amending proclamation rewrites a note or clause in full, and the clause lists every stage with the countries
excepted from it and until when ('... from all countries except Argentina, ..., and except for Ruritania through
11:59 p.m. eastern daylight time on June 1, 2032, and except the member countries of the European Union through
11:59 p.m. eastern standard time on December 31, 2032, for steel articles ...'). Only the exception of the country
this act deals with is its measure's end, and only its latest date (the earlier ones are the stages it replaces);
every other country's exception end is restated history. Which countries the act deals with is known once the
affected countries are read, so this runs after them (nlp/pipeline.py).
"""

from __future__ import annotations

import re

from nlp.countries.names import find_country_names
from nlp.types import DateMention

REACH = 200
# the exception before its end: "except ... <country> through [11:59 p.m. eastern daylight time on] <date>"
EXCEPTION_THROUGH = re.compile(
    r"\bexcept\b(?P<who>[^;:.]{2,160}?)\s+through\s+(?:\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?\s+(?:[a-z]+\s+){0,3}?on\s+)?$",
    re.I,
)
ENDS = ("application_end", "other")
OWN_DATES = ("document_date", "publication")
TRAILING = 2  # what may follow the country's name before 'through' (a closing quote, a comma)


def exception_ends(text: str, mentions: list[DateMention], affected: list[str]) -> list[DateMention]:
    """Type each country exception's end: the latest one of an affected country is the measure's end, the rest
    are restated."""
    excepted = {id(m): codes for m in mentions if (codes := _excepted_countries(text, m))}
    if not excepted or not affected:
        return mentions  # with no country read, no exception is known to be another country's history
    # an exception that ended before the act's own date is history (a later act ending every exception restates them)
    own = min((m.date for m in mentions if m.type in OWN_DATES), default="")
    latest: dict[str, str] = {}
    for mention in mentions:
        for code in excepted.get(id(mention), ()):
            if code in affected and mention.date >= own and mention.date > latest.get(code, ""):
                latest[code] = mention.date
    return [_retyped(m, _end_kind(m, excepted[id(m)], latest)) if id(m) in excepted else m for m in mentions]


def _end_kind(mention: DateMention, codes: tuple[str, ...], latest: dict[str, str]) -> str:
    return "application_end" if any(latest.get(code) == mention.date for code in codes) else "other"


def _excepted_countries(text: str, mention: DateMention) -> tuple[str, ...]:
    """The countries whose exception ends on this date: every one named between 'except' and 'through' ('except
    Canada and Mexico through …')."""
    if mention.type not in ENDS or mention.derived:
        return ()
    window_start = max(0, mention.start - REACH)
    # the window's 'except' first (the pattern's own letters, which only their ASCII capitals match besides): its
    # search, tried at each position of a window without one, costs more
    if "except" not in text[window_start : mention.start].lower():
        return ()
    match = EXCEPTION_THROUGH.search(text, window_start, mention.start)
    if match is None:
        return ()
    who = text[match.start("who") : match.end("who")].replace("\n", " ")  # a name wrapped over two lines
    names = list(find_country_names(who))
    # the name right before 'through' (one the reader does not know leaves the exception unread)
    if not names or len(who.rstrip()) - names[-1].end > TRAILING:
        return ()
    return tuple(name.code for name in names)


def _retyped(mention: DateMention, kind: str) -> DateMention:
    if mention.type == kind:
        return mention
    return DateMention(kind, mention.date, mention.text, mention.start, mention.end, mention.derived)
