"""A list of codes a line above introduces: a lead-in ending with a colon that names codes ('... las subpartidas
siguientes:'), or a heading that only names them ('Commodity codes' over a trade remedies notice's bulleted list)."""

from __future__ import annotations

import re

from nlp.codes.notation import notation
from nlp.text.textutil import lines_above

KEYWORD_REACH = 200


def introduced(offset: int, text: str) -> bool:
    """The line above the list ends with a colon and names codes ('... las subpartidas siguientes:'), or is a
    heading that only names them ('Commodity codes' over a trade remedies notice's bulleted list)."""
    line_start = _list_start(text, text.rfind("\n", 0, offset) + 1)  # before the row's bullet or dash
    before = text[max(0, line_start - KEYWORD_REACH) : line_start].rstrip()
    above = before[before.rfind("\n") + 1 :]
    if not before.endswith(":"):
        return CODES_HEADING.fullmatch(above.strip()) is not None
    return bool(notation().keywords.search(above))


def _list_start(text: str, line_start: int) -> int:
    """The start of the first of the list items right above a list's item: a list of commodity codes in pairs of
    digits mixes 10- and 8-digit codes ('• 70 19 12 00 39' / '• 70 19 14 00'), and the heading over the list
    introduces each of them."""
    for above_start, line in lines_above(text, line_start, LIST_ITEMS_ABOVE):
        if not CODE_ITEM_LINE.fullmatch(line):
            break
        line_start = above_start
    return line_start


CODE_ITEM_LINE = re.compile(r"[ \t\u00a0]*[•·▪\-*]?[ \t\u00a0]*\d\d(?:[ \u00a0]\d\d){1,4}[ \t\u00a0]*")
LIST_ITEMS_ABOVE = 100
CODES_HEADING = re.compile(r"(?:(?:commodity|CN|HS|TARIC|tariff|product)\s+)?codes?", re.IGNORECASE)
