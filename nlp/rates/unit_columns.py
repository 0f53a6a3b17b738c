"""Rates in a column whose header names its unit ('Duty (%)', '(EUR/tonne net weight)'): the last cells of the rows
under it, or, in a table converted one cell per paragraph, the first figure after each row's label."""

from __future__ import annotations

import re

from nlp.rates.cells import NEXT_ARTICLE, rows_under
from nlp.text.numbers import parse_number
from nlp.text.tables import UNIT_HEADER, line_at

CAPTION_CHARS = 200
TARIC_ADDITIONAL_CODE = r"(?:[A-Z]\d{3}|8[0-9A-Z]{3})(?![\w,.])"


def unit_column_cells(text: str, start: int, end: int, words):
    """Last cells of rows under a header naming the column's unit: '(%)', '(EUR/tonne …)'."""
    for header in UNIT_HEADER.finditer(text, start, end):
        line_start, line_end = line_at(text, header.start())
        unit = _unit_of_header(header.group(), words)
        # the caption above the header names the column for every row ('Minimum Import Price')
        caption = text[max(0, line_start - CAPTION_CHARS) : line_end].lower()
        hint = "column:minimum_import_price" if words.kinds["minimum_import_price"].search(caption) else "column"
        position = line_end + 1
        # a table converted one cell per paragraph, or one cell a line with a bar line between cells ('Empresa' / '|' /
        # 'Direito anti-dumping definitivo (%)' / '|' / 'Código adicional TARIC' / '|' / '<company>' / '|' / '16,3')
        if not text[slice(*line_at(text, position))].strip(" \t|"):
            yield from _paragraph_cells(text, header, position, end, unit, hint, words)
            continue
        yield from rows_under(text, position, unit, hint, words.glued_cell)
        if unit == "percent":
            yield from _partner_column_rows(text, position, hint)


# A cell on its own paragraph that is only a figure ('35,7', '12.5 %'), its row's TARIC additional code may follow
# ('28,4 A862'); a TARIC additional code alone ('A874').
FIGURE_PARAGRAPH = re.compile(
    rf"[ \t]*(?P<value>\d{{1,3}}(?:[.,]\d{{1,3}})?)[ \t]*%?[ \t]*(?:{TARIC_ADDITIONAL_CODE}[ \t]*)?$"
)
ADDITIONAL_CODE = re.compile(rf"[ \t]*{TARIC_ADDITIONAL_CODE}[ \t]*$")
NEXT_PARAGRAPH = re.compile(r"[ \t]*(?:\d+\.|Article\s+\d+)[ \t]*$")
NUMBERED_SENTENCE = re.compile(r"[ \t]*\d+\.[ \t]+[^\W\d_].*\.[ \t]*$")  # the next numbered paragraph's text
MAX_PARAGRAPH_CELLS = 400


def _paragraph_cells(text: str, header: re.Match, position: int, end: int, unit: str, hint: str, words):
    """Rows of a table printed one cell per paragraph ('Company', 'Duty (%)', 'TARIC additional code',
    then each company, its rate, its code): the first figure after each label is that row's rate.
    Only where the header is the one figure column (a margin column next to it would be ambiguous)."""
    if _figure_columns(text, header, words) != 1:
        return
    label = False
    for _ in range(MAX_PARAGRAPH_CELLS):
        if position >= end:
            return
        start, stop = line_at(text, position)
        line, position = text[start:stop], stop + 1
        if not line.strip(" \t|") or ADDITIONAL_CODE.match(line):
            continue
        if NEXT_PARAGRAPH.match(line) or NUMBERED_SENTENCE.match(line) or NEXT_ARTICLE.match(line):
            return
        figure = FIGURE_PARAGRAPH.match(line) or _row_with_its_figure(line, words)
        if figure and (label or figure.re is not FIGURE_PARAGRAPH):
            yield (
                parse_number(figure.group("value")),
                start + figure.start("value"),
                start + figure.end("value"),
                unit,
                hint,
            )
        label = figure is None


def _row_with_its_figure(line: str, words) -> re.Match | None:
    """A row whose label and figure share the paragraph ('1 July 2025 – 30 June 2026 12.50', 'Firm X 8,4 % A751'), no
    '%' in its label."""
    cell = words.glued_cell.search(line)
    if cell is None or "%" in line[: cell.start()] or not re.search(r"[^\W\d_]", line[: cell.start()]):
        return None
    return cell


def _figure_columns(text: str, header: re.Match, words) -> int:
    """How many column headers with a unit or a margin stand around this one (its header paragraphs)."""
    window = text[max(0, header.start() - CAPTION_CHARS) : header.end() + CAPTION_CHARS]
    return len(UNIT_HEADER.findall(window)) + len(words.margin.findall(window.lower()))


def _unit_of_header(written: str, words) -> str:
    if "%" in written:
        return "percent"
    match = re.search(r"(\bEUR|\bUSD|\bGBP|\bCAD|\bUS\$)\s*/\s*(\d+\s*)?(\w+)", written)
    if not match:
        return "percent"
    unit = words.units.get(match.group(3).lower(), match.group(3).lower())
    currency = "USD" if match.group(1) == "US$" else match.group(1)
    return f"{currency}/{(match.group(2) or '').strip() + ' ' if match.group(2) else ''}{unit}"


# A cell that is only a figure of a rate's size, in a row of '|' cells
FIGURE_CELL = re.compile(r"(?<=\|)[ \t]*(?P<value>\d{1,3}(?:[.,]\d{1,2})?)[ \t]*(?=\|)")
BARE_FIGURE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")
MIN_GROUP_FIGURES = 3
MAX_TABLE_LINES = 60


def _partner_column_rows(text: str, position: int, hint: str):
    """A row of figures under a header naming the unit once over the columns of several partner groups (a Turkish
    import regime row: 'GÜMRÜK VERGİSİ ORANI (%)' over 'AB, BK | GÜR | … | DÜ', then '| 1512.11.91.00.00 | 30 | … | 0 |
    … |'): every figure is a group's rate, not only the last. Only rows whose cells after the first are figures or
    empty."""
    for _ in range(MAX_TABLE_LINES):
        start, stop = line_at(text, position)
        if position >= len(text) or "|" not in text[start:stop]:
            return
        position = stop + 1
        cells = [cell.strip() for cell in text[start:stop].strip(" \t|").split("|")]
        figures = list(FIGURE_CELL.finditer(text, start, stop))
        if len(figures) < MIN_GROUP_FIGURES or not all(not c or BARE_FIGURE.fullmatch(c) for c in cells[1:]):
            continue
        for figure in figures:
            yield parse_number(figure.group("value")), figure.start("value"), figure.end("value"), "percent", hint
