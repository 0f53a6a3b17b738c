"""Dates a legislation database's XML holds as elements, not as words: Canada's Justice Laws XML gives an instrument's
registration as '<RegistrationDate><Date><YYYY>1991</YYYY><MM>5</MM><DD>22</DD></Date></RegistrationDate>' and the Order
in Council that made it as '<RegulationMakerOrder>…<OrderNumber>1991-845</OrderNumber><Date>…</Date>'. The element the
date stands in types it; the database's own stamps (a consolidation date, attributes) are other."""

from __future__ import annotations

import re
from datetime import date

from nlp.types import DateMention

ELEMENT_DATE = re.compile(
    r"<Date>\s*<YYYY>(?P<y>\d{4})</YYYY>\s*<MM>(?P<m>\d{1,2})</MM>\s*<DD>(?P<d>\d{1,2})</DD>\s*</Date>"
)
# the element a date stands in, read from the nearest opening tag before it that is not closed in between
TYPED_BY_ELEMENT = {"RegistrationDate": "registration", "RegulationMakerOrder": "document_date"}
ENCLOSING = re.compile(r"<(?P<name>[A-Za-z]+)[\s>]")
ELEMENT_REACH = 300  # how far before its date the enclosing element opens


def xml_element_dates(text: str) -> list[DateMention]:
    """The dates of a legislation XML's date elements, typed by the element they stand in."""
    if "<YYYY>" not in text:
        return []  # the literal every such date has: other texts are read no further
    found = []
    for match in ELEMENT_DATE.finditer(text):
        try:
            value = date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        kind = TYPED_BY_ELEMENT.get(_enclosing(text, match.start()), "other")
        found.append(DateMention(kind, value.isoformat(), match.group(), match.start(), match.end()))
    return found


def _enclosing(text: str, offset: int) -> str | None:
    """The name of the innermost element still open at offset (its opening tag within reach)."""
    before = text[max(0, offset - ELEMENT_REACH) : offset]
    for opening in reversed(list(ENCLOSING.finditer(before))):
        name = opening["name"]
        if f"</{name}>" not in before[opening.end() :]:
            return name
    return None
