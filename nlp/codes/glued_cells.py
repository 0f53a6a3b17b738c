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

from nlp.codes.cell_mention import cell_mention
from nlp.codes.roles import Roles
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.sentences import Sentences
from nlp.types import CodeMention

# a code column's name glued to the next column's name (a capital right after it, no space)
GLUED_HEADER = scan_gated(
    re.compile(
        r"(?:Tariff[ \t]+(?:Classification|Item|Code|Heading|Subheading)|HS[ \t]+Code|Commodity[ \t]+Code)(?=[A-Z])"
    )
)
GLUED_ROW = re.compile(r"^[ \t]*(?P<code>\d{4}\.\d\d\.\d\d)(?=\d)", re.M)


def codes_glued_to_numbers(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The 8-digit dotted codes opening the lines below a glued header, glued to the next cell's number."""
    header = GLUED_HEADER.search(text) if may_occur(GLUED_HEADER, text) else None
    if header is None:
        return []
    roles, found = Roles(text, sentences), []
    for row in GLUED_ROW.finditer(text, header.end()):
        found += cell_mention(row["code"], row.start("code"), roles, read)
    return found
