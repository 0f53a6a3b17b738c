"""Rows of a quota bulletin's allocation list whose unit stands once, in the header line above them: 'Country Limits
(KG)' / 'Argentina (export certificate required) 20,000,000' / 'Other countries or areas 65,005,000'. Each row is a
name and a bare figure on one line (blank lines may part the rows); the list ends at the first other line ('Canada no
limit'). The header names the volume ('limits', 'allocation', 'quantity', 'quota') and its unit in brackets; a
header naming a duty or a price ('Rate (%)', 'Price (USD)') never matches, its unit is no quota unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from nlp.text.numbers import parse_number

VOLUME_WORDS = (
    r"limits?|allocations?|quantit(?:y|ies)|volumes?|quotas?|restraint\s+levels?|amounts?|allotments?|shares?"
)
FIGURE = r"(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
ROW = re.compile(rf"[ \t]*(?P<label>[^\W\d_][^\d\n|:]*?)[ \t]+{FIGURE}[ \t]*")
# a row led by its tariff number (or a range of them) and the note it falls under: '9919.04.11 through 9919.04.12
# U.S. Note 4b  Dairy 640,000' under 'HTS Type Amount (KG)'; the figure ends the line
TARIFF_NUMBER = r"\d{4}\.\d{2}(?:\.\d{2,4})*"
CODE_LED_ROW = re.compile(
    rf"[ \t]*{TARIFF_NUMBER}(?:[ \t]+(?:through|to|-)[ \t]+{TARIFF_NUMBER})?[ \t]+"
    rf"(?P<label>[^\W\d_][^\n|:]*?[^\W\d_][^\n|:]*?)[ \t]+{FIGURE}[ \t]*"
)


@dataclass(frozen=True)
class HeadedRow:
    label_start: int  # the row's name ('Argentina (export certificate required)')
    label_end: int
    amount: float
    unit: str
    start: int  # the figure's span
    end: int
    header_start: int = 0  # the header line's start: a long list's last rows stand far below it


def _header(header_units: str) -> re.Pattern:
    return re.compile(
        rf"^[ \t]*(?:[^\W\d_][^\W\d_ \t]*[ \t]+){{0,3}}(?:{VOLUME_WORDS})[ \t]*\([ \t]*(?P<unit>{header_units})[ \t]*\)"
        r"[ \t]*:?[ \t]*$",
        re.I | re.M,
    )


_HEADERS: dict[str, re.Pattern] = {}


def unit_headed_rows(text: str, header_units: str, units: dict[str, str]) -> Iterator[HeadedRow]:
    """Every row under a header line giving its unit; `header_units` is the alternation of unit words a header may
    name, `units` maps each to its name."""
    if "(" not in text:
        return
    header = _HEADERS.setdefault(header_units, _header(header_units))
    for match in header.finditer(text):
        unit = units.get(" ".join(match.group("unit").lower().split()))
        if unit is not None:
            yield from _rows_below(text, match.end(), unit, match.start())


def _rows_below(text: str, position: int, unit: str, header_start: int) -> Iterator[HeadedRow]:
    while position < len(text):
        start = position + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        position = end
        if not text[start:end].strip():
            continue  # a copy that parts its rows by blank lines
        row = ROW.fullmatch(text, start, end) or CODE_LED_ROW.fullmatch(text, start, end)
        amount = parse_number(row.group("figure")) if row else None
        if row is None or amount is None:
            return
        figure = row.start("figure"), row.end("figure")
        yield HeadedRow(row.start("label"), row.end("label"), amount, unit, *figure, header_start)
