"""A duty table whose amount column names its currency and unit in its header ('Overseas exporter | Duty amount GBP
(£) per tyre | Additional TAP code' over 'Giti Tire (Fujian) Company Ltd | 30.872 | C332'), as UK taxation and trade
remedies notices print anti-dumping duties on counted goods. Each row's figure, or 'Nil', is a specific duty in that
currency per that unit; a good counted by the piece ('per tyre', 'per bicycle') is a piece. Yields (value, start,
end, unit, kind hint) candidates, judged by nlp/rates/finder.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

CURRENCIES = {"gbp": "GBP", "£": "GBP", "eur": "EUR", "€": "EUR", "usd": "USD", "$": "USD", "cad": "CAD", "aud": "AUD"}
AMOUNT_HEADER = re.compile(
    r"\b(?:duty|amount)\b[^|\n]{0,30}?(?P<currency>\b(?:GBP|EUR|USD|CAD|AUD)\b|[£€$])[^|\n]{0,12}?\bper\s+"
    r"(?P<per>[^\W\d_]+)",
    re.I,
)
FIGURE = re.compile(r"\d{1,6}(?:\.\d{1,4})?")
NIL = re.compile(r"nil", re.I)
MAX_ROWS = 400


def duty_amount_columns(text: str, start: int, end: int, units: dict[str, str]) -> Iterator[tuple]:
    if text.find("per", start, end) < 0 or text.find("|", start, end) < 0:  # most texts: no scan at all
        return
    for header in AMOUNT_HEADER.finditer(text, start, end):
        line_start = text.rfind("\n", 0, header.start()) + 1
        line_end = text.find("\n", header.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if "|" not in line:
            continue
        column = line[: header.start() - line_start].count("|")
        unit = f"{CURRENCIES[header['currency'].lower()]}/{units.get(header['per'].lower(), 'piece')}"
        yield from _column(text, line_end + 1 if line_end >= 0 else len(text), end, column, line.count("|"), unit)


def _column(text: str, position: int, end: int, column: int, bars: int, unit: str) -> Iterator[tuple]:
    """The figures of the column in the rows below the header (rows of as many cells), to the table's end."""
    for _ in range(MAX_ROWS):
        if position >= end:
            return
        line_end = text.find("\n", position)
        line_end = end if line_end < 0 else min(line_end, end)
        line = text[position:line_end]
        if "|" not in line:
            return
        if line.count("|") == bars and not set(line) <= set("-|: \t"):
            cells = line.split("|")
            cell_start = position + sum(len(cell) + 1 for cell in cells[:column])
            written = cells[column].strip()
            # the decimal point of an English table: '32.621' is 32.621 pounds, not 32,621
            value = 0 if NIL.fullmatch(written) else float(written) if FIGURE.fullmatch(written) else None
            if value is not None:
                offset = cell_start + cells[column].index(written)
                yield value, offset, offset + len(written), unit, "column"
        position = line_end + 1
