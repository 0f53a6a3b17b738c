"""A duty table that gives each row's amount, unit and currency in cells of their own (India's anti-dumping
notifications: '… | Amount | Unit | Currency' over '… | 619 | MT | USD'): each row's amount is a specific duty in that
currency per that unit. Yields (value, start, end, unit, kind hint) candidates, judged by nlp/rates/finder.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.text.numbers import parse_number
from nlp.text.patterns import lowered_for_words

# (India writes the header 'Amount', 'Duty amount' or 'Amount of duty')
AMOUNT = re.compile(r"(?:(?:anti-?dumping\s+)?duty\s+)?amount(?:\s+of\s+(?:anti-?dumping\s+)?duty)?", re.I)
UNIT = re.compile(r"unit(?:\s+of\s+measure(?:ment)?)?", re.I)
CURRENCY = re.compile(r"currency", re.I)
CELL = re.compile(r"[^|]+")


def amount_unit_currency_rows(
    text: str, start: int, end: int, currencies: dict[str, str], units: dict[str, str]
) -> Iterator[tuple]:
    lowered = lowered_for_words(text)  # the shared lower-cased text: not a copy of every text per call
    if lowered is not None and lowered.find("currency", start, end) < 0:  # most texts: no scan at all
        return
    columns = None
    position = start
    while position < end:
        line_end = text.find("\n", position, end)
        line_end = end if line_end < 0 else line_end
        cells = [
            (m.start(), m.end()) for m in CELL.finditer(text, position, line_end) if text[m.start() : m.end()].strip()
        ]
        if "|" not in text[position:line_end]:
            columns = None
        elif (found := _header(text, cells)) is not None:
            columns = found
        elif columns is not None and len(cells) == columns[3]:
            row = _row(text, cells, columns, currencies, units)
            if row is not None:
                yield row
        position = line_end + 1


def _header(text: str, cells: list[tuple[int, int]]) -> tuple[int, int, int, int] | None:
    """(amount, unit, currency, cell count) of a header row naming the three columns."""
    names = [text[a:b].strip() for a, b in cells]
    found = [
        next((i for i, name in enumerate(names) if pattern.fullmatch(name)), None)
        for pattern in (AMOUNT, UNIT, CURRENCY)
    ]
    return (*found, len(cells)) if None not in found else None


def _row(text, cells, columns, currencies, units) -> tuple | None:
    amount, unit, currency = (text[slice(*cells[i])].strip() for i in columns[:3])
    value = parse_number(amount) if re.fullmatch(r"\d[\d,.]*", amount) else None
    per, money = units.get(unit.lower()), currencies.get(currency.lower())
    if value is None or per is None or money is None or len(money) != 3:
        return None
    cell_start, cell_end = cells[columns[0]]
    lead = len(text[cell_start:cell_end]) - len(text[cell_start:cell_end].lstrip())
    return value, cell_start + lead, cell_start + lead + len(amount), f"{money}/{per}", "column"
