"""Tables flattened to text with '|' between cells: which column a cell is in, and its header."""

from __future__ import annotations

import re

HEADER_LOOKBACK = 4000  # characters searched above a cell for its header row
DIGIT = re.compile(r"\d")


def column_header(text: str, offset: int) -> str | None:
    """The header of the column holding `offset`: that column of the nearest row above without digits.

    Only for a row with as many cells as the header: rows of a table flattened from a PDF lose
    their empty cells and wrap, and their columns no longer line up with the header's.
    """
    line_start = text.rfind("\n", max(0, offset - 2000), offset) + 1
    line_end = text.find("\n", offset, offset + 2000)
    row = text[line_start : line_end if line_end >= 0 else min(len(text), offset + 2000)]
    if "|" not in row:
        return None
    column, row_cells = _column_index(row, offset - line_start), _cells(row)
    zone_start = max(0, line_start - HEADER_LOOKBACK)
    for line in reversed(text[zone_start:line_start].splitlines()[-60:]):
        if "|" in line and not DIGIT.search(line) and line.strip(" |-:\t"):
            cells = _cells(line)
            if len(cells) != len(row_cells) or not 0 <= column < len(cells):
                return None
            return cells[column].strip()
    return None


def _cells(line: str) -> list[str]:
    """Cells of a row; a leading '|' (markdown style) opens the first cell rather than an empty one."""
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return stripped.split("|")


def _column_index(line: str, position: int) -> int:
    leading = len(line) - len(line.lstrip())
    bars = line.count("|", 0, position)
    if line[leading : leading + 1] == "|":
        bars -= 1
    return bars
