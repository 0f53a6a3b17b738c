"""Rows of a tariff-quota table that lost its header: each row names its quota by order number in a cell of its own
('… | Korea (Republic of) | 34 726,32 | 34 726,32 | … | 25% | 09.8816').

An EU amending regulation that replaces part of a quota annex (a safeguard's country allocations, quarter by quarter)
prints the replacement rows only, the header staying in the act it amends; a copy may lose the header of a whole
table too. The order number (EU '09.xxxx', UK '05.xxxx') says the row is a quota's; a row of the same table with as
many cells whose order cell sends to a footnote ('(5)': the residual quota's numbers per period) is one too. Only
tables whose every row holds figures are read: a table with a header row is read by its header
(nlp/quotas/columns.py, the rate readers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.text.tables import Cell, bar_lines

ORDER_NUMBER = re.compile(r"[ \t]*0[59]\.\d{4}[ \t]*")
ORDER_NUMBER_ANYWHERE = re.compile(r"\|[ \t]*0[59]\.\d{4}\b")  # the cheap test: an order number opening a cell
FOOTNOTE = re.compile(r"[ \t]*\(\d{1,2}\)[ \t]*")
# a figure as EU tables print it: spaces between thousands, a decimal comma ('439 629,02', '7 500', '12')
FIGURE = re.compile(r"[ \t]*\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,3})?[ \t]*")
PERCENT = re.compile(r"[ \t]*\d{1,3}(?:[.,]\d{1,2})?[ \t]*%[ \t]*")
MIN_FIGURES = 2  # a row of volumes: one per period at least, or the volume and its duty


def ordered_rows(text: str) -> Iterator[list[Cell]]:
    """The rows (their cells) of every header-less quota table whose rows name their order numbers."""
    if "|" not in text or not ORDER_NUMBER_ANYWHERE.search(text):
        return  # most documents: no quota order number in a cell
    for block in _blocks(text):
        if not all(any(_figure(cell) for cell in row) for row in block):
            continue  # a header row: the table is read by its header
        widths = {len(row) for row in block if _order_cell(row) is not None}
        for row in block:
            if len(row) in widths and _order_cell(row, footnote=True) is not None:
                yield row


def volume_cells(row: list[Cell]) -> list[Cell]:
    """The row's bare figures: its volumes (never its order number, its duty or its codes)."""
    figures = [cell for cell in row if FIGURE.fullmatch(cell.text) and cell.text.strip()]
    return figures if len(figures) >= MIN_FIGURES else []


def percent_cells(row: list[Cell]) -> list[Cell]:
    """The row's percentages: the duty of the quota (in-quota or additional), the header naming it lost."""
    return [cell for cell in row if PERCENT.fullmatch(cell.text)] if volume_cells(row) else []


def _order_cell(row: list[Cell], footnote: bool = False) -> Cell | None:
    last = row[-1] if row[-1].text.strip() or len(row) < 2 else row[-2]
    if ORDER_NUMBER.fullmatch(last.text) or (footnote and FOOTNOTE.fullmatch(last.text)):
        return last
    return None


def _figure(cell: Cell) -> bool:
    return bool(cell.text.strip()) and bool(FIGURE.fullmatch(cell.text) or ORDER_NUMBER.fullmatch(cell.text))


def _blocks(text: str) -> Iterator[list[list[Cell]]]:
    """Runs of consecutive '|' lines, each line split into its cells."""
    block: list[list[Cell]] = []
    for row in bar_lines(text):
        if block and row[0].start != block[-1][-1].end + 1:  # a line without '|' came between
            yield block
            block = []
        block.append(row)
    if block:
        yield block
