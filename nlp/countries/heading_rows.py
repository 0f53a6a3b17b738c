"""The origin a US chapter 99 heading row names in its description (round 25, final28 3903; final22 3204).

An HTSUS change record inserts a heading as a table row: '“9903.03.13    Articles the product of     The duty …' with
the description's words wrapped down its own column ('Canada as provided in'). The heading is the duty itself, so the
country its description names is the one whose goods it targets, though the row is no sentence that acts."""

from __future__ import annotations

import re

from nlp.countries.names import NameMatch, find_country_names

HEADING_ROW = re.compile(
    r"^[ \t]*[“\"]?99\d\d\.\d\d\.\d\d[ \t]+(?P<description>Articles\s+the\s+product\s+of)\b", re.M | re.I
)
CELL_END = re.compile(r"[ \t]{2,}|$", re.M)  # a cell ends at a gap of two spaces or the line's end
COLUMN_SLACK = 2
COLUMN_WIDTH = 30


def heading_row_origins(text: str) -> list[NameMatch]:
    """The country each inserted heading's description names, on its line or wrapped to the next in its column."""
    if "rticles the product of" not in text and "RTICLES THE PRODUCT OF" not in text:
        return []
    found = []
    for row in HEADING_ROW.finditer(text):
        line_start = text.rfind("\n", 0, row.start("description")) + 1
        cell_end = CELL_END.search(text, row.end("description")).start()
        names = list(find_country_names(text, row.end("description"), cell_end))
        if not names:
            names = _wrapped_in_column(text, line_start, row.start("description") - line_start)
        found += names[:1]
    return found


def _wrapped_in_column(text: str, line_start: int, column: int) -> list[NameMatch]:
    next_start = text.find("\n", line_start) + 1
    if not next_start:
        return []
    next_end = text.find("\n", next_start)
    next_end = len(text) if next_end < 0 else next_end
    start = min(next_end, next_start + max(0, column - COLUMN_SLACK))
    end = min(next_end, next_start + column + COLUMN_WIDTH)
    return list(find_country_names(text, start, end))
