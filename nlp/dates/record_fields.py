"""A trade portal's record of a legal document, its fields one per line ("Title: ...", "Type: Gazette", "Issuing
Agency: ...", "Issuing Date: 19-03-2031"). The issuing date is the day the document itself was issued: for a gazette
(an extraordinary gazette carrying an order) the day it was published; for any other type of document (a regulation,
a notification, a circular) the day it was made."""

from __future__ import annotations

import re

from nlp.types import DateMention

ISSUING_DATE = re.compile(r"^[ \t]*Issu(?:ing|ed|e)\s+[Dd]ate[ \t]*:[ \t]*$", re.M)
RECORD_TYPE = re.compile(r"^[ \t]*Type[ \t]*:[ \t]*(?P<type>[^\n]{1,60}?)[ \t]*$", re.M)
GAZETTE = re.compile(r"\bgazette\b", re.I)
RECORD_REACH = 600  # the record's fields stand together at its head


def typed_record_fields(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The record's issuing date typed by the record's type of document, where the record names one."""
    return [_typed(text, m) if not m.derived and m.start <= RECORD_REACH * 2 else m for m in mentions]


def _typed(text: str, mention: DateMention) -> DateMention:
    line_start = text.rfind("\n", 0, mention.start) + 1
    if not ISSUING_DATE.match(text[line_start : mention.start]):
        return mention
    record_type = RECORD_TYPE.search(text, max(0, line_start - RECORD_REACH), line_start)
    if record_type is None:
        return mention
    kind = "publication" if GAZETTE.search(record_type["type"]) else "document_date"
    return DateMention(kind, mention.date, mention.text, mention.start, mention.end, mention.derived)
