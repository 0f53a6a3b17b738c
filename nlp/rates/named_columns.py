"""Rate cells of tariff tables whose rate columns are named by their header, not marked on each figure.

Two layouts South Asian schedules and notifications print:
- rows of substituted entries opening with their tariff code and ending with a bare figure, under an introduction or
  a header naming a percentage column ('for the entries against "PCT Code", "Description" and "CD%" … the following
  entries shall be substituted' / '2801.2000 - Iodine 3');
- a numbered row of a notification's table flattened into one line with one percentage per rate column its header
  names ('Standard Rate', 'AIDC Rate'), a condition cell of text after them ('1. 0713 10 10 Yellow Peas 10% 20% In
  respect of the said goods, …'). A row with more figures than the header has rate columns is not read: which
  figure is which column is not written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.text.numbers import parse_number
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.serial_rows import rows_count_down_to
from nlp.text.tables import line_at
from nlp.text.textutil import lines_above

# A percentage column's name as a header cell or quoted in the introduction: Pakistan's 'CD%', 'RD%', 'ACD%', 'FED%',
# 'Duty %', 'Rate%'; not a figure's percent sign ('65 %').
# registered with the text's scan: opening with a lookbehind, it is tried at every position of the stretch searched
PERCENT_COLUMN = scan_gated(re.compile(r"(?<![\w%])(?:[A-Z]{2,4}|Rate|Duty|Tariff)[ \t]?%(?=[\s\"”’'|,)]|$)"))
# A row of substituted entries: its code first (a quotation mark may open the entries), its figure last.
CODE_ROW = re.compile(
    r"^[ \t]*[“\"‘']?\d{4}(?:[. ]?\d{2,4}){0,3}[ \t]+.*?[^\W\d_].*?"
    r"[ \t](?P<value>\d{1,3}(?:\.\d{1,2})?)[ \t]*[”\"’']?[ \t]*$",
    re.M,
)
ROW_REACH = 800  # the first row below the header naming the column
MAX_ROWS = 2000
MAX_GAP_LINES = 3  # lines of a description wrapped under its row before the next row


def percent_column_rows(text: str, start: int, end: int) -> Iterator[tuple[float, int, int]]:
    """(value, start, end) of the figure ending each coded row below a header naming a percentage column."""
    if "%" not in text or not may_occur(PERCENT_COLUMN, text):  # in no stretch where nowhere in the text
        return
    position = start
    while True:
        header = PERCENT_COLUMN.search(text, position, end)
        if header is None:
            return
        position = line_at(text, header.end())[1] + 1
        position = yield from _rows_below(text, position, end)


def _rows_below(text: str, position: int, end: int):
    """The rows from `position` on; gives back where they stop."""
    reach, gap = position + ROW_REACH, 0
    for _ in range(MAX_ROWS):
        if position >= end or (gap and position > reach):
            break
        line_start, line_end = line_at(text, position)
        position = line_end + 1
        row = CODE_ROW.match(text, line_start, line_end)
        if row is None:
            gap += 1 if text[line_start:line_end].strip() else 0
            if gap > MAX_GAP_LINES:
                break
            continue
        value = parse_number(row.group("value"))
        if value is not None and value <= 100:
            yield value, row.start("value"), row.end("value")
        reach, gap = position + ROW_REACH, 0
    return position


# A notification's numbered row on one line: serial, tariff item, description, then its percentages.
NUMBERED_ROW = re.compile(r"[ \t]*(?P<serial>\d{1,3})\.[ \t]+\d{4}(?:[ .]?\d{2})*[ \t]+(?P<rest>.*)")
PERCENT_RUN = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{1,2})?[ \t]*%(?:[ \t]+\d{1,3}(?:\.\d{1,2})?[ \t]*%)*")
PERCENT_CELL = re.compile(r"(?P<value>\d{1,3}(?:\.\d{1,2})?)[ \t]*%")
# The header's numbered columns ('(1) (2) (3) (4) (5) (6)'), which end it
COLUMN_NUMBERS = re.compile(r"[ \t]*\(1\)(?:[ \t]*\(\d{1,2}\)){2,}[ \t]*")
# what may follow the figures: the row's end, a condition cell ('In respect of …', '(a) where …') or an empty one
# ('-'), not more of a description ('of 50% purity or more')
CELL_AFTER = re.compile(r"[ \t]*(?:$|[A-Z(]|[-–—][ \t]*$)", re.M)
RATE_WORD = re.compile(r"\brates?\b", re.I)
HEADER_LINES = 20


def rate_column_cells(text: str, start: int, end: int) -> Iterator[tuple[float, int, int]]:
    """(value, start, end) of each percentage in a numbered row's run of figures, where the header names as many
    rate columns as the run has figures."""
    if "(1)" not in text:
        return
    for columns in COLUMN_NUMBERS.finditer(text, start, end):
        if not _whole_line(text, columns):
            continue
        rates = _rate_columns(text, columns.start())
        if not rates:
            continue
        yield from _row_cells(text, columns.end(), end, columns.start(), rates)


def _whole_line(text: str, match: re.Match) -> bool:
    line_start, line_end = line_at(text, match.start())
    return line_start == match.start() and line_end == match.end()


def _rate_columns(text: str, header_end: int) -> int:
    """How many columns the header above the column numbers names a rate ('Standard\\nRate', 'AIDC\\nRate'); the
    header starts at its serial column ('Sl. No.', 'S. No.')."""
    lines = []
    for _, line in lines_above(text, header_end, HEADER_LINES):
        lines.append(line)
        if re.match(r"\s*(?:S|Sl|Sr)\.\s?No\b", line, re.I):
            return len(RATE_WORD.findall("\n".join(lines)))
    return 0


def _counted(text: str, header: int, header_end: int, row: re.Match) -> bool:
    """The row's serial counts on from 1 below the header; a first row straight under the column numbers is one."""
    serial = int(row.group("serial"))
    if serial == 1 and not text[header_end : row.start()].strip():
        return True
    return rows_count_down_to(text, header, serial, row.start(), row.end("serial") + 1)


def _row_cells(text: str, position: int, end: int, header: int, rates: int) -> Iterator[tuple[float, int, int]]:
    for row in NUMBERED_ROW.finditer(text, position, end):
        line_start, line_end = line_at(text, row.start())
        if line_start != row.start() or not _counted(text, header, position, row):
            if row.start() - position > ROW_REACH:
                return
            continue
        runs = list(PERCENT_RUN.finditer(text, row.start("rest"), line_end))
        if runs and not re.search(r"[^\W\d_]", text[row.start("rest") : runs[-1].start()]):
            continue  # no description before the figures
        cells = list(PERCENT_CELL.finditer(runs[-1].group())) if runs else []
        if len(cells) == rates and CELL_AFTER.match(text, runs[-1].end(), line_end):
            for cell in cells:
                yield (
                    parse_number(cell.group("value")),
                    runs[-1].start() + cell.start("value"),
                    runs[-1].start() + cell.end("value"),
                )
        position = line_end
