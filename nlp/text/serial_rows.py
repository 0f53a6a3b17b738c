"""Tables flattened one cell a line whose rows are numbered: a row's serial number alone on its line ('14.'), then
its cells below it. Such a table is read from its header down: the serials count on from 1 below it."""

from __future__ import annotations

import re

HEADER_REACH = 1500  # the table's first row below its header
ROW_REACH = 1500  # a row below the one before it (a long description or a page break between)
SERIAL_LINE = re.compile(r"^[ \t]*(?P<serial>\d{1,3})\.[ \t]*$", re.MULTILINE)


def row_of(text: str, offset: int) -> re.Match | None:
    """The serial line of the row the cell at `offset` is in: the last one above it, close enough."""
    last = None
    for serial in SERIAL_LINE.finditer(text, max(0, offset - ROW_REACH), offset):
        last = serial
    return last


def rows_count_down_to(text: str, header: int, serial: int, row_start: int, row_end: int) -> bool:
    """Rows 1, 2, ... up to row `serial` (its serial line from `row_start` to `row_end`) stand between `header`
    and that row, each close below the one before; a first row needs a second below it."""
    if serial == 1:
        return row_start - header <= HEADER_REACH and _row(text, 2, row_end, row_end + ROW_REACH) is not None
    position, reach = header, HEADER_REACH
    for number in range(1, serial):
        row = _row(text, number, position, min(row_start, position + reach))
        if row is None:
            return False
        position, reach = row, ROW_REACH
    return row_start - position <= ROW_REACH


def _row(text: str, number: int, start: int, end: int) -> int | None:
    """Where row `number`'s serial ('12.' at a line's start, a cell or a line's content after it) stands."""
    found = re.compile(rf"^[ \t]*{number}\.\s", re.MULTILINE).search(text, start, end)
    return found.start() if found else None
