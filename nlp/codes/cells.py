"""Code cells of tables the scan cannot read from a keyword before the code:

- a cell holding two codes joined by '&', 'and' or a comma ('7009.9100 & 7009.9200'), or a code and its sibling
  written short after a slash ('2004.1012 / 1013', a Swiss quota table);
- a heading opening a row before its description, under a header line naming the code column ('Tariff Heading
  Tariff Heading Description' / '0409 Natural honey'), as a UK notice prints a table that lost its grid;
- the figures an Indian or Pakistani notification quotes for its table's code column ('in column (2), for the
  figures "5204, 5205", the figures "5202, 5204, 5205" shall be substituted': column (2) of a customs notification's
  table is its tariff column, 'Chapter or Heading or sub-heading or tariff item');
- a cell of a table run into one line, under its code column ('… as under: Exim Code | Item Description | Policy |
  2937 | HORMONES … | free | 29371900 | Other | free |'), as portals republishing Indian DGFT notifications print them.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from nlp.codes.notation import notation
from nlp.text.textutil import lines_above

# the rest of the cell: more codes after '&', 'and' or a comma, or a sibling written short after a slash ('/ 1013')
CODES_CELL_REST = re.compile(
    r"(?:[ \t\u00a0]*(?:(?:&|,|and)[ \t\u00a0]*\d{4}(?:[. \u00a0]?\d{2,4}){1,3}|/[ \t\u00a0]*\d{4}))+[ \t\u00a0|]*"
)
HEADING_ROW = re.compile(r"\d{4}[ \t\u00a0]+[A-Z][^\W\d_]+[^|\n]*$", re.M)
MAX_ROWS_ABOVE = 200
QUOTE_OPEN = re.compile(r"(?:figures?|entry|entries)(?:\s+and\s+symbol)?\s*[“\"]$", re.I)
TARIFF_COLUMN = re.compile(r"\bin\s+column\s*\(2\)", re.I)
CLAUSE_CHARS = 300  # how far before its quotation a clause names the column
QUOTE_CHARS = 120  # how far before a number its quotation opens
MIN_RUN_CELLS = 8  # a table run into one line: a header of a few cells and rows of as many
FIGURE_CELL = re.compile(r"\d[\d. ]*")


def first_of_codes_cell(match: re.Match, text: str) -> bool:
    """A cell of its own line holding two codes joined by '&', 'and' or a comma ('7009.9100 & 7009.9200'), or a code
    and its sibling's last digits ('2004.1012 / 1013')."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    if text[line_start : match.start()].strip(" \t\u00a0|"):
        return False
    line_end = text.find("\n", match.end())
    return bool(CODES_CELL_REST.fullmatch(text, match.end(), len(text) if line_end < 0 else line_end))


def table_code_cell(start: int, end: int, text: str) -> bool:
    """A heading row under a code column's header, a quoted entry of a notification's tariff column, or a cell of
    the code column of a table run into one line."""
    return _heading_row(start, text) or _quoted_column_entry(start, text) or _run_on_cell(start, end, text)


def _heading_row(start: int, text: str) -> bool:
    """A row that is the heading, a space and its description in capitals first ('0409 Natural honey'), below rows of
    the same shape and a header line naming the code column (no list's lead-in ending with a colon)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start != start or not HEADING_ROW.match(text, line_start):
        return False
    for _, line in lines_above(text, line_start, MAX_ROWS_ABOVE):
        if HEADING_ROW.match(line):
            continue
        header = line.strip()
        return bool(notation().code_column_headers.search(header)) and not header.endswith((":", ".", ";"))
    return False


def _quoted_column_entry(start: int, text: str) -> bool:
    """The number stands in a quotation opened by 'the figure(s) “' of a clause naming column (2)."""
    window = max(text.rfind("\n", max(0, start - QUOTE_CHARS), start) + 1, start - QUOTE_CHARS)
    opening = max(text.rfind("“", window, start), text.rfind('"', window, start))
    if opening < 0 or "”" in text[opening:start] or not QUOTE_OPEN.search(text, max(0, opening - 30), opening + 1):
        return False
    clause_start = max(
        text.rfind(";", opening - CLAUSE_CHARS, opening), text.rfind("\n", 0, opening), opening - CLAUSE_CHARS
    )
    return bool(TARIFF_COLUMN.search(text, max(0, clause_start), opening))


def _run_on_cell(start: int, end: int, text: str) -> bool:
    if text[end : end + 3].strip(" \t")[:1] != "|":
        return False  # not a whole cell: most numbers
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    table = _run_on_table(text, line_start, len(text) if line_end < 0 else line_end)
    if table is None:
        return False
    offsets, width, column = table
    index = bisect.bisect_right(offsets, start) - 1
    cell = text[offsets[index] : (offsets[index + 1] - 1) if index + 1 < len(offsets) else len(text)]
    return cell.strip() == text[start:end] and index >= width and (index - width) % width == column


@lru_cache(maxsize=8)
def _run_on_table(text: str, line_start: int, line_end: int) -> tuple[list[int], int, int] | None:
    """Where each cell of a table run into one line starts, the header's width and its code column (read once per
    line, however many of its numbers ask)."""
    if text.count("|", line_start, line_end) < MIN_RUN_CELLS:
        return None
    cells = text[line_start:line_end].split("|")
    offsets = [line_start]
    for cell in cells[:-1]:
        offsets.append(offsets[-1] + len(cell) + 1)
    width = next((i for i, cell in enumerate(cells) if FIGURE_CELL.fullmatch(cell.strip())), 0)
    names = [cells[0].rsplit(":", 1)[-1], *cells[1:width]]
    if width < 2 or any(re.search(r"\d", name) for name in names[1:]):
        return None
    column = next((i for i, name in enumerate(names) if notation().code_column_headers.search(name)), None)
    return None if column is None else (offsets, width, column)
