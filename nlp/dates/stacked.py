"""Tables a page printed one cell per line: "Description of goods" / "Customs instruction" / "Date duties cease" /
"Canned pears from Ruritania" / "E/009/CS101/001" / "28 May 2031" / ... A date alone on its line in such a run of
short lines is the value of the header cell above its column, found from the row length: the distance between
two dates of the same column."""

from __future__ import annotations

import bisect
import re

from nlp.dates.found import FoundDate
from nlp.dates.rules import DateRules

CELL_MAX = 60  # the longest line read as a cell
RUN_REACH = 80  # the most cells read above a date for its header
DIGIT = re.compile(r"\d")


def stacked_column_types(text: str, found: list[FoundDate], rules: DateRules) -> dict[int, tuple[str, ...]]:
    """The type each date (by its index in `found`) takes from the header cell of its column."""
    lone = [index for index, item in enumerate(found) if _alone_on_its_line(text, item)]
    if len(lone) < 2:
        return {}
    cells = _cells(text)
    starts = [start for start, _ in cells]
    positions = {index: bisect.bisect_left(starts, _line_start(text, found[index].start)) for index in lone}
    types: dict[int, tuple[str, ...]] = {}
    for first, second in zip(lone, lone[1:], strict=False):
        row = positions[second] - positions[first]
        if row < 2 or not _one_run(cells, positions[first], positions[second]):
            continue
        kinds = _header_types(text, cells, positions[first], row, rules)
        if kinds:
            types[first] = types[second] = kinds
    return types


def marked_column_types(text: str, found: list[FoundDate], rules: DateRules) -> dict[int, tuple[str, ...]]:
    """A table whose every cell line ends with '|' ("Início da Vigência |" ... "1º/12/2023 |"): the header row is its
    leading run of cells without a digit, and its data cells fill whole rows of that many cells, even when the table
    has one row only or a long description cell. The header cell names the date before any words near it do."""
    if "|\n" not in text:
        return {}
    cells = _cells(text)
    starts = [start for start, _ in cells]
    types: dict[int, tuple[str, ...]] = {}
    for index in (index for index, item in enumerate(found) if _alone_on_its_line(text, item)):
        position = bisect.bisect_left(starts, _line_start(text, found[index].start))
        if not cells[position][1].endswith("|"):
            continue
        first, last = position, position
        while first > 0 and cells[first - 1][1].endswith("|"):
            first -= 1
        while last + 1 < len(cells) and cells[last + 1][1].endswith("|"):
            last += 1
        width = 0
        while first + width <= last and not DIGIT.search(cells[first + width][1]):
            width += 1
        data = last - first + 1 - width
        if width < 2 or position < first + width or data % width:
            continue
        label = cells[first + (position - first) % width][1].rstrip("| ").strip()
        kinds = _label_types(label, rules)
        if kinds:
            types[index] = kinds
    return types


def _label_types(label: str, rules: DateRules) -> tuple[str, ...]:
    for rule in rules.labels:
        if rule.pattern.match(label):
            return rule.types if rule.types and rule.types != ("other",) else ()
    return ()


def _alone_on_its_line(text: str, item: FoundDate) -> bool:
    line_start = _line_start(text, item.start)
    line_end = text.find("\n", item.end)
    return not (text[line_start : item.start] + text[item.end : len(text) if line_end < 0 else line_end]).strip(
        " \t\u00a0.,|"
    )


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _cells(text: str) -> list[tuple[int, str]]:
    """Every non-empty line, with where it starts."""
    cells, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            cells.append((start, line.strip()))
        start += len(line) + 1
    return cells


def _is_cell(line: str) -> bool:
    return len(line) <= CELL_MAX and not line.endswith((".", ":", ";"))


def _one_run(cells: list[tuple[int, str]], first: int, last: int) -> bool:
    return all(_is_cell(cells[position][1]) for position in range(first, last + 1))


def _header_types(
    text: str, cells: list[tuple[int, str]], position: int, row: int, rules: DateRules
) -> tuple[str, ...]:
    """The run of cells above the date starts with the header row: the date's column is its distance from the run's
    start, counted in rows of `row` cells. The header cell, read as a label, gives the type."""
    run_start = position
    while run_start > max(0, position - RUN_REACH) and _is_cell(cells[run_start - 1][1]):
        run_start -= 1
    header = cells[run_start : run_start + row]
    if (position - run_start) < row or any(DIGIT.search(cell) for _, cell in header):
        return ()  # no header row above the first row, or a data row taken for it
    return _label_types(header[(position - run_start) % row][1], rules)
