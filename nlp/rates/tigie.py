"""The import-duty column of a Mexican tariff table (the TIGIE, as the DOF prints a decree's changed fractions):
'CÓDIGO | DESCRIPCIÓN | UNIDAD | IMPUESTO DE IMP. | IMPUESTO DE EXP.' over '3303.00.01 | Aguas de tocador. | L | 25 |
Ex.', with or without its '|', often one cell a line. The import duty is the bare figure after the unit of quantity
('L', 'Kg', 'Pza'): an ad valorem percentage; 'Ex.' (exento) is no figure. Yields (value, start, end) of those cells.
Rows copied without their header are read by their shape (HEADERLESS_ROW).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.text.patterns import lowered_for_words

# 'IMPUESTO DE IMP.', 'IMP.', 'IMPORTACIÓN' beside 'UNIDAD': the header of the duty columns.
IMPORT_COLUMN = re.compile(r"(?:impuesto\s+(?:de\s+|a\s+la\s+)?)?imp(?:\.|ortaci[oó]n)", re.I)
UNIT_COLUMN = re.compile(r"unidad(?:\s+de\s+medida)?", re.I)
FRACTION = re.compile(r"\d{4}\.\d{2}\.\d{2}(?:\.\d{2})?")
# Units of quantity of the tariff (kilogram, litre, piece, pair, square metre, head, thousand, dozen, set, kit).
QUANTITY_UNIT = re.compile(r"(?:kg|g|l|pza|par|m|m2|m3|cbza|millar|docena|jgo|juego|kit|ton|lote|gr)\.?", re.I)
FIGURE = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
CELL = re.compile(r"[^|\n]+")
HEADER_CELLS = 6  # the unit and duty columns' headers stand within a few cells of each other
ROW_CELLS = 8  # a row's code, description lines, unit and duties
MAX_CELL_CHARS = 300


def tigie_import_duties(text: str, start: int, end: int) -> Iterator[tuple[float, int, int]]:
    lowered = lowered_for_words(text)  # the shared lower-cased text: not a copy of every text per call
    if lowered is not None and lowered.find("unidad", start, end) < 0:
        yield from _headerless_duties(text, start, end)
        return  # most texts: no scan at all
    cells = [
        (m.start() + len(m.group()) - len(m.group().lstrip()), m.end() - len(m.group()) + len(m.group().rstrip()))
        for m in CELL.finditer(text, start, end)
        if m.group().strip()
    ]
    index = _after_header(text, cells)
    if index is None:
        yield from _headerless_duties(text, start, end)
    while index is not None and index < len(cells):
        index = _next_row(text, cells, index)
        if index is None:
            return
        found, index = _import_duty(text, cells, index)
        if found is not None:
            yield found


# A row of the table copied without its header, one cell a line: the fraction (a web copy may glue the next cell's
# words to it: '7208.10.02Tarifa 2007 Vigente'), one to three description lines, the unit of quantity, then the
# import and export duties, the export one 'Ex.' or a figure: a shape no other text has, read where two rows are.
HEADERLESS_ROW = re.compile(
    r"^[ \t]*\d{4}\.\d{2}\.\d{2}(?:\.\d{2})?(?:[^\W\d_][^\n]*)?[ \t]*\n(?:[^\n]{1,300}\n){1,3}?"
    r"[ \t]*(?i:kg|g|l|pza|par|m|m2|m3|cbza|millar|docena|jgo|juego|kit|ton|lote|gr)\.?[ \t]*\n"
    r"[ \t]*(?P<duty>\d{1,3}(?:\.\d{1,2})?)[ \t]*\n[ \t]*(?:Ex\.|\d{1,3}(?:\.\d{1,2})?)[ \t]*$",
    re.M,
)
MIN_HEADERLESS_ROWS = 2


# A decree's table of fractions and their one rate (a sector programme's, as the DOF's web edition renders it one
# cell a line, each ending ' |'): the fraction, its description, the rate ('5', or 'Ex.': exempt, 0), then the
# exception cell ('Excepto: …') or an empty one. Read where two rows are.
PIPED_ROW = re.compile(
    r"^[ \t]*\d{4}\.\d{2}\.\d{2}[ \t]*\|[ \t]*\n[^\n|]{1,400}\|[ \t]*\n"
    r"[ \t]*(?P<duty>\d{1,3}(?:\.\d{1,2})?|Ex\.)[ \t]*\|[ \t]*(?=\n[ \t]*(?:\||Excepto\b)|\Z)",
    re.M,
)


def _piped_duties(text: str, start: int, end: int) -> Iterator[tuple[float, int, int]]:
    if text.find(" |\n", start, end) < 0:
        return  # no cell ends on a line of its own: the cheap test
    rows = list(PIPED_ROW.finditer(text, start, end))
    if len(rows) >= MIN_HEADERLESS_ROWS:
        for row in rows:
            duty = row["duty"]
            yield (0.0 if duty == "Ex." else float(duty)), row.start("duty"), row.end("duty")


def _headerless_duties(text: str, start: int, end: int) -> Iterator[tuple[float, int, int]]:
    yield from _piped_duties(text, start, end)
    if text.find("\nEx.", start, end) < 0:
        return  # the export column's 'Ex.' (exento): the cheap test
    rows = list(HEADERLESS_ROW.finditer(text, start, end))
    if len(rows) >= MIN_HEADERLESS_ROWS:
        for row in rows:
            yield float(row["duty"]), row.start("duty"), row.end("duty")


def _after_header(text: str, cells: list[tuple[int, int]]) -> int | None:
    """The index of the first cell after the header naming the unit and the import duty columns."""
    for i, (a, b) in enumerate(cells):
        if UNIT_COLUMN.fullmatch(text, a, b):
            for j in range(i + 1, min(len(cells), i + HEADER_CELLS)):
                if IMPORT_COLUMN.fullmatch(text, *cells[j]):
                    return j + 1
    return None


def _next_row(text: str, cells: list[tuple[int, int]], index: int) -> int | None:
    """The index of the next fraction code's cell, close below (the table ends where no row follows)."""
    for i in range(index, min(len(cells), index + ROW_CELLS)):
        if FRACTION.fullmatch(text, *cells[i]):
            return i
    return None


def _import_duty(text: str, cells: list[tuple[int, int]], code: int) -> tuple[tuple | None, int]:
    """The figure after the row's unit of quantity, and the index to look on from."""
    for i in range(code + 2, min(len(cells), code + ROW_CELLS)):
        a, b = cells[i]
        if FRACTION.fullmatch(text, a, b) or b - a > MAX_CELL_CHARS:
            return None, i
        if QUANTITY_UNIT.fullmatch(text, a, b) and i + 1 < len(cells):
            duty = cells[i + 1]
            if FIGURE.fullmatch(text, *duty):
                return (float(text[slice(*duty)]), *duty), i + 2
            return None, i + 1
    return None, code + 1
