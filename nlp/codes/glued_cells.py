"""A dotted code glued to the number of the next cell, in a table that lost its cell separators (a web copy of a
register): the header's column names are glued alike, so the header says where the code column ends.

    Tariff ClassificationTCO NumberTCO descriptionOperative dateDecision date
    5111.19.009501174
    FABRIC, BILLIARD TABLE, …

Australia's register of Tariff Concession Orders prints each order's 8-digit tariff classification, then its 7-digit
TCO number: under such a header, a line opening with an 8-digit dotted code that more digits follow reads the code
(its two dots fix its end) and leaves the order's number alone.
"""

from __future__ import annotations

import re

from nlp.codes.notation import NO_SUCH_HEADING
from nlp.codes.roles import Roles
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

# a code column's name glued to the next column's name (a capital right after it, no space)
GLUED_HEADER = re.compile(
    r"(?:Tariff[ \t]+(?:Classification|Item|Code|Heading|Subheading)|HS[ \t]+Code|Commodity[ \t]+Code)(?=[A-Z])"
)
GLUED_ROW = re.compile(r"^[ \t]*(?P<code>\d{4}\.\d\d\.\d\d)(?=\d)", re.M)


def codes_glued_to_numbers(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The 8-digit dotted codes opening the lines below a glued header, glued to the next cell's number."""
    header = GLUED_HEADER.search(text)
    if header is None:
        return []
    roles, found = Roles(text, sentences), []
    for row in GLUED_ROW.finditer(text, header.end()):
        start, written = row.start("code"), row["code"]
        digits = written.replace(".", "")
        if start in read or digits[:2] == "00" or NO_SUCH_HEADING.match(digits):
            continue
        found.append(
            CodeMention(digits, level_for(digits), False, roles.at(start), written, start, start + len(written))
        )
    return found
