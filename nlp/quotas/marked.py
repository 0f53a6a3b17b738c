"""Quota volumes of a table printed one cell a line, each cell closed by '|' (a Brazilian resolution's annex as a
legal portal copies it: "Quota |" / "Unidade Quota |" / "Início da Vigência |" ... "2.000 |" / "toneladas |" /
"1º/12/2031 |"). The header row is the run's leading cells without a digit; the data cells fill whole rows of that
many cells. A figure under a header naming the quota is a volume; its unit is the row's cell under a header naming
the unit, else the header's own; its period the row's dates under the validity headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from nlp.dates.finder import find_dates
from nlp.text.cell_line_tables import cell_line_rows
from nlp.text.numbers import parse_number

QUOTA_HEADER = re.compile(r"^(?:quota|cota|cupo|contingente)s?\b(?!.*\bunidad)", re.I)
UNIT_HEADER = re.compile(r"\b(?:unidade?|unit)\b", re.I)
START_HEADER = re.compile(r"\b(?:in[íi]cio|inicio|start|from)\b", re.I)
END_HEADER = re.compile(r"\b(?:t[ée]rmino|fim|fin|end|until)\b", re.I)
FIGURE = re.compile(r"^\d{1,3}(?:[.\u00a0 ]\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$")
DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class MarkedVolume:
    amount: float
    unit: str | None
    period: tuple[str | None, str | None]
    start: int
    end: int


def marked_volumes(text: str, units: dict[str, str]) -> Iterator[MarkedVolume]:
    """Every volume under a quota header of each '|'-closed cell table; `units` maps unit words to their names."""
    if "|\n" not in text:
        return
    for cells in _runs(text):
        width = next((index for index, (_, _, cell) in enumerate(cells) if DIGIT.search(cell)), len(cells))
        data = cells[width:]
        if width < 2 or not data or len(data) % width:
            continue
        header = [cell for _, _, cell in cells[:width]]
        quota = next((index for index, name in enumerate(header) if QUOTA_HEADER.search(name)), None)
        if quota is None:
            continue
        for row_start in range(0, len(data), width):
            row = data[row_start : row_start + width]
            yield from _row_volume(row, header, quota, units)


def _row_volume(row: list[tuple[int, int, str]], header: list[str], quota: int, units: dict[str, str]):
    start, end, written = row[quota]
    amount = parse_number(written) if FIGURE.match(written) else None
    if amount is None:
        return
    unit_cells = [row[index][2] for index, name in enumerate(header) if UNIT_HEADER.search(name)]
    unit = units.get((unit_cells[0] if unit_cells else "").lower()) or _unit_in(header[quota], units)
    if unit is None:
        return  # a figure without its unit is no volume (a count of licences, an order number)
    yield MarkedVolume(
        amount, unit, (_date_under(row, header, START_HEADER), _date_under(row, header, END_HEADER)), start, end
    )


def _unit_in(name: str, units: dict[str, str]) -> str | None:
    inside = re.search(r"\(([^)]+)\)", name)
    return units.get(inside.group(1).strip().lower()) if inside else None


def _date_under(row: list[tuple[int, int, str]], header: list[str], words: re.Pattern) -> str | None:
    for index, name in enumerate(header):
        if words.search(name):
            found = find_dates(row[index][2])
            return found[0].date.isoformat() if found else None
    return None


def _runs(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of consecutive lines that end with '|': each cell's span (without the bar) and text."""
    run: list[tuple[int, int, str]] = []
    position = 0
    for line in text.split("\n"):
        stripped = line.rstrip()
        if stripped.endswith("|"):
            cell = stripped[:-1].strip()
            offset = position + line.find(cell) if cell else position
            run.append((offset, offset + len(cell), cell))
        elif line.strip() and run:
            yield run
            run = []
        position += len(line) + 1
    if run:
        yield run


def cell_line_volumes(text: str) -> Iterator[MarkedVolume]:
    """The quantities of a quota table printed one cell a line under a header naming the rate and quantity columns
    ('… Tollavgiftssats (kr/kg) Mengde (tonn) Opprinnelse' over '0,00 2 500 EU'): nlp/text/cell_line_tables.py."""
    for row in cell_line_rows(text):
        if row.quantity is not None:
            yield MarkedVolume(
                row.quantity.value, row.quantity.unit, (None, None), row.quantity.start, row.quantity.end
            )
