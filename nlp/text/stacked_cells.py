"""Tables flattened one cell a line with a bar line between the cells, as portals republishing customs
notifications print them:

    S. No.
    |
    Chapter, Heading, Sub-heading or Tariff Item
    |
    Description of goods
    |
    Rate
    |
    (1)
    |
    ...
    1
    |
    0101
    |
    All Goods
    |
    17.50

A cell's column is its place in the run of cells counted from the header's: the header is the run's first cells
without figures (then, if printed, the column numbers '(1)', '(2)', ... as many), its width the number of those
cells. A line of several bars ('||||', an empty cell's mark) or any other line ends the run."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from nlp.text.patterns import remembered_for_the_last_text

BAR_LINE = re.compile(r"[ \t]*\|[ \t]*")
STACK_GATE = "\n|\n"  # no table of this layout without it
COLUMN_NUMBER = re.compile(r"[ \t]*\(\d{1,2}\)[ \t]*")
DIGIT = re.compile(r"\d")
MIN_WIDTH = 2
MAX_WIDTH = 12


@dataclass(frozen=True)
class Stack:
    """A run of cells: where each starts and ends, the header's cells and where the rows' cells begin."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    header: tuple[str, ...]
    first_row_cell: int  # the index of the first cell below the header (and its column numbers)


def stacks(text: str) -> tuple[Stack, ...]:
    """The text's tables of this layout (none without a bar line between two lines)."""
    return _stacks(text) if _may_hold_stacks(text) else ()


def stacked_header(text: str, offset: int) -> str | None:
    """The header of the column whose cell holds `offset`, in a table printed one cell a line between bar lines."""
    if not _may_hold_stacks(text):
        return None
    for stack in _stacks(text):
        if not stack.starts[0] <= offset <= stack.ends[-1]:
            continue
        index = bisect.bisect_right(stack.starts, offset) - 1
        if index < stack.first_row_cell or offset > stack.ends[index]:
            return None
        return stack.header[(index - stack.first_row_cell) % len(stack.header)]
    return None


@remembered_for_the_last_text
def _may_hold_stacks(text: str) -> bool:
    """Whether the text has a bar line between two lines: asked for every cell a column's header is looked for (every
    code candidate of a long text), each a search of the whole text."""
    return STACK_GATE in text


@lru_cache(maxsize=4)
def _stacks(text: str) -> tuple[Stack, ...]:
    """Every run of cell lines alternating with single bar lines that opens with a header."""
    stacks = []
    cells: list[tuple[int, int]] = []
    position = 0
    expect_cell = True
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if expect_cell and line.strip() and "|" not in line:
            cells.append((start, end))
            expect_cell = False
        elif not expect_cell and BAR_LINE.fullmatch(line):
            expect_cell = True
        else:
            stacks.append(cells)
            cells, expect_cell = ([(start, end)], False) if line.strip() and "|" not in line else ([], True)
    stacks.append(cells)
    return tuple(stack for stack in (_with_header(text, cells) for cells in stacks) if stack is not None)


def _with_header(text: str, cells: list[tuple[int, int]]) -> Stack | None:
    width = 0
    while width < len(cells) and not DIGIT.search(text[slice(*cells[width])]):
        width += 1
    if not MIN_WIDTH <= width <= MAX_WIDTH or len(cells) < 2 * width:
        return None
    numbers = cells[width : 2 * width]
    numbered = all(COLUMN_NUMBER.fullmatch(text[slice(*cell)]) for cell in numbers)
    header = tuple(" ".join(text[slice(*cell)].split()) for cell in cells[:width])
    starts, ends = zip(*cells, strict=True)
    return Stack(starts, ends, header, 2 * width if numbered else width)
