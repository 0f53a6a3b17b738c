"""Rates of a tariff table printed one cell a line between bar lines (nlp/text/stacked_cells.py): a cell that is only
a figure, in the column whose header names the rate ('Rate', 'Standard rate of duty', 'Duty (%)'), of a table that has
a code column too ('Chapter, Heading, Sub-heading or Tariff Item'). The figure's unit is the header's '%' if it
prints one; an Indian notification's 'Rate' column prints bare figures ('17.50'), their unit unwritten."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.codes.notation import notation
from nlp.text.numbers import parse_number
from nlp.text.stacked_cells import stacks

RATE_HEADER = re.compile(r"\b(?:rates?|duty|dut(?:y|ies)\s+rate)\b", re.I)
FIGURE_CELL = re.compile(r"[ \t]*(?P<value>\d{1,3}(?:\.\d{1,2})?)[ \t]*(?P<percent>%)?[ \t]*")


def stacked_rate_cells(text: str, start: int, end: int) -> Iterator[tuple[float, int, int, str | None, str]]:
    """(value, start, end, unit, hint) of each figure in a stacked tariff table's rate column."""
    for stack in stacks(text):
        rate_columns = {i for i, name in enumerate(stack.header) if RATE_HEADER.search(name)}
        if not rate_columns or not any(notation().keywords.search(name) for name in stack.header):
            continue
        width = len(stack.header)
        for index in range(stack.first_row_cell, len(stack.starts)):
            cell_start, cell_end = stack.starts[index], stack.ends[index]
            if (index - stack.first_row_cell) % width not in rate_columns or not start <= cell_start < end:
                continue
            figure = FIGURE_CELL.fullmatch(text, cell_start, cell_end)
            if figure is None:
                continue
            header = stack.header[(index - stack.first_row_cell) % width]
            unit = "percent" if figure.group("percent") or "%" in header else None
            value = parse_number(figure.group("value"))
            if value is not None:
                yield value, figure.start("value"), figure.end("value"), unit, "column:ad_valorem"
