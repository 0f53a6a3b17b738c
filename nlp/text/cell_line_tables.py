"""Quota tables printed one cell a line under a header line naming the rate and the quantity columns with their units
('Vare og varenummer Tollavgiftssats (kr/kg) Mengde (tonn) Opprinnelse', as the Norwegian Agriculture Agency's quota
pages print them): each row is the goods' name, their tariff numbers, then a figure line opening with the in-quota rate,
the quantity and the origin ('0,00 2 500 EU'). A row with several rates prints each on its own line with its unit
('9,11 kr/kg' / '18,75 kr/kg'), then the quantity and the origin ('1 084 WTO'). Rates, volumes and origins are read
from these lines only below such a header, up to the next paragraph of prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from nlp.text.numbers import parse_number
from nlp.text.prefilter import may_occur, scan_gated

# the header: a rate column with its currency per unit in brackets, then a quantity column with its unit (a scan of
# every line, asked of the whole text by the rates, the quotas and the countries: gated by the prefilter's one scan)
HEADER = scan_gated(
    re.compile(
        r"^[^\n]*?\((?P<currency>kr|NOK|EUR|CHF|SEK|DKK|ISK)\s*/\s*(?P<per>kg|l|stk)\)[^\n]*?"
        r"\b(?:Mengde|Kvantum|Quantity|Volume|Menge|Mängd)\s*\((?P<unit>tonn|tonnes?|t|kg|liter|litres?)\)[^\n]*$",
        re.I | re.M,
    )
)
RATE = r"(?P<rate>\d{1,4},\d\d)(?:[ \t]+(?:kr|NOK)/kg)?"
QUANTITY = r"(?P<quantity>\d{1,3}(?:[ \u00a0]\d{3})*)"
ORIGIN = r"(?P<origin>[^\W\d_][^\n]*?)"
# '0,00 2 500 EU', '107,11 kr/kg 500 GSP-land', '9,11 kr/kg' (a rate alone), '1 084 WTO' (a quantity after rate lines)
FIGURE_LINE = re.compile(rf"[ \t]*(?:{RATE}[ \t]+)?{QUANTITY}[ \t]+{ORIGIN}[ \t]*$", re.I)
RATE_LINE = re.compile(rf"[ \t]*{RATE}[ \t]*$", re.I)
PROSE = re.compile(r"[.!?][ \t]*$")  # a sentence's end: the table's notes under it, the table is over
MAX_LINES = 60  # lines of one table below its header
UNITS = {"tonn": "tonnes", "tonne": "tonnes", "tonnes": "tonnes", "t": "tonnes", "kg": "kg", "liter": "litres"}
CURRENCIES = {"kr": "NOK"}


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str
    start: int
    end: int


@dataclass(frozen=True)
class CellLineRow:
    rates: tuple[Figure, ...]
    quantity: Figure | None
    origin: tuple[int, int] | None


def cell_line_rows(text: str) -> Iterator[CellLineRow]:
    """The rows of every such table: their rates (each with the header's unit), quantity and origin span."""
    if "(" not in text or "/" not in text or not may_occur(HEADER, text):
        return
    for header in HEADER.finditer(text):
        currency = header["currency"].lower()
        rate_unit = f"{CURRENCIES.get(currency, currency.upper())}/{header['per'].lower()}"
        quantity_unit = UNITS.get(header["unit"].lower().rstrip("s"), UNITS.get(header["unit"].lower(), "tonnes"))
        yield from _rows(text, header.end() + 1, rate_unit, quantity_unit)


def _rows(text: str, position: int, rate_unit: str, quantity_unit: str) -> Iterator[CellLineRow]:
    rates: list[Figure] = []
    for _ in range(MAX_LINES):
        if position >= len(text):
            break
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = RATE_LINE.fullmatch(text, position, end) or FIGURE_LINE.fullmatch(text, position, end)
        if line is None and PROSE.search(text, position, end) or HEADER.match(text, position):
            break
        if line is not None and line["rate"]:
            rates.append(_figure(line, "rate", rate_unit))
        if line is not None and line.re is FIGURE_LINE:
            yield CellLineRow(tuple(rates), _figure(line, "quantity", quantity_unit), line.span("origin"))
            rates = []
        position = end + 1
    if rates:
        yield CellLineRow(tuple(rates), None, None)


def _figure(line: re.Match, group: str, unit: str) -> Figure:
    written = line[group]
    value = parse_number(written.replace(" ", "").replace("\u00a0", ""))
    return Figure(value, unit, line.start(group), line.end(group))
