"""A rate column whose header names only the currency ('Export Charge Rate ($)', 'Duty (CAD)', 'Amount (EUR)') and
whose cells give the amount per unit without it ('0.54 per kilogram', '12.50/tonne'): each cell is a specific rate in
that currency. Yields (value, start, end, unit, kind hint) candidates, judged by nlp/rates/finder.py."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from nlp.text.numbers import NUMBER, parse_number
from nlp.text.tables import column_header

# the currency in the header's parentheses, alone or before a unit of its own ('($)', '(CAD)', '(US$)')
HEADER_CURRENCY = re.compile(r"\((?P<currency>\$|US\$|CAD|USD|EUR|€|GBP|£|AUD|NZD)\)")


def currency_column_cells(
    text: str, start: int, end: int, currency: Callable[[str], str], units: dict[str, str]
) -> Iterator[tuple]:
    if text.find("|", start, end) < 0 or text.find("(", start, end) < 0:  # no table, or no header's parentheses
        return
    unit_words = "|".join(re.escape(word) for word in sorted(units, key=len, reverse=True))
    cell = re.compile(
        rf"(?<=\|)[ \t\u00a0]*(?P<value>{NUMBER})[ \t\u00a0]*(?:/|per\s)[ \t\u00a0]*"
        rf"(?P<unit>{unit_words})[ \t\u00a0]*(?=\||$)",
        re.I | re.M,
    )
    for match in cell.finditer(text, start, end):
        header = HEADER_CURRENCY.search(column_header(text, match.start("value")) or "")
        value = parse_number(match.group("value"))
        if header is None or value is None:
            continue
        written = header.group("currency")
        per = units[match.group("unit").lower()]
        yield value, match.start("value"), match.end("unit"), f"{currency(written.lower())}/{per}", "column"
