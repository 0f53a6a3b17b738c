"""The row a rate of a table belongs to: the company or goods its first cell names, read as a reader would
quote it (no list marker, no run of spaces, no instruction that only leads to the figure)."""

from __future__ import annotations

import re

from nlp.rates.unit_columns import TARIC_ADDITIONAL_CODE
from nlp.text.patterns import guarded
from nlp.text.tables import line_at

ROW_LABEL_MAX = 160
FLAT_ROW_START = guarded(r"(?<![\w.,])\d{1,3}\.[ \u00a0]+(?=\d)")  # '7. ' before a row's code
# A list item's marker: '- Facemasks', '• Steel', '2. 1507 90 10 Soya-bean oil', '(b) Lorries', 'iv) Tyres'
LIST_MARKER = re.compile(r"^(?:[-–—•*·▪]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])[ \t\u00a0]+", re.I)
# What follows the goods' colon only leads to the figure: 'Facemasks: Increase rate to 25%', 'Steel: rate of duty'
LEADS_TO_FIGURE = re.compile(
    r"[ \t\u00a0]*:[ \t\u00a0]+"
    r"(?:(?:increase|decrease|reduce|raise|lower|set|change)[sd]?\b|(?:the\s+)?(?:new\s+)?(?:rate|duty)\b)[^:|]*$",
    re.I,
)
SPACES = re.compile(r"[ \t\u00a0]{2,}")
# A list item's words that only lead to its figure ('- in the amount of 5%, but …', '– at a rate of 10%'): no row's
# company or goods
ONLY_LEADS_TO_FIGURE = re.compile(
    r"(?:(?:in\s+the\s+amount|at\s+(?:the|a)\s+rate|in\s+the\s+(?:rate|size))\s+of|amounting\s+to|"
    r"en\s+(?:el\s+)?(?:monto|importe|cuant[ií]a)\s+de|à\s+hauteur\s+de|au\s+taux\s+de|in\s+Höhe\s+von)",
    re.I,
)
# The figures closing a row's first cell, never the digits of a word ('A899' is a code, not 'A' and a figure)
TRAILING_FIGURES = re.compile(r"\s*(?<!\w)\d[\d,. ]*$")
# the TARIC additional code closing an unruled row's label ('Qingdao A899 0 %'): a code, not the company's name
TRAILING_ADDITIONAL_CODE = re.compile(rf"\s+{TARIC_ADDITIONAL_CODE}$")
# an exporter group's rate alone on its line with its TARIC additional code ('5,4 % C603'), its members above it
GROUP_RATE_LINE = re.compile(r"[ \t]*\d{1,3}(?:[.,]\d{1,3})?[ \t]*%[ \t]+(?:[A-Z]\d{3}|8[0-9A-Z]{3})[ \t]*")

# A category number's footnote mark glued to it ('4.A(1)', '4.A((1)' as a copy doubles its bracket, '4.B(3)'): the
# row is the category, the mark points to a note below the table
FOOTNOTED_NUMBER = re.compile(r"^(?P<number>\d{1,3}(?:\.[0-9A-Z]{1,3})+)\(+\d{1,2}\)$")


def row_label(text: str, offset: int) -> str | None:
    """The first cell of a table row: the company or goods the rate is for."""
    start, _ = line_at(text, offset)
    cells = text[start:offset].split("|")
    label = TRAILING_FIGURES.sub("", cells[_company_column(text, start, len(cells))].strip(" |\t"))
    if len(cells) == 1:  # a row without rules: its code is printed between the name and the rate
        label = TRAILING_ADDITIONAL_CODE.sub("", label)
    label = label.strip()
    rows = list(FLAT_ROW_START.finditer(label)) if len(label) > ROW_LABEL_MAX else []
    if rows:  # a table flattened into one line: the row is what follows its serial number
        label = label[rows[-1].end() :]
    label = SPACES.sub(" ", LEADS_TO_FIGURE.sub("", LIST_MARKER.sub("", label))).strip()
    if not label and GROUP_RATE_LINE.fullmatch(text, start, line_at(text, offset)[1]):
        label = _members_above(text, start)
    if ONLY_LEADS_TO_FIGURE.fullmatch(label):
        return None
    if footnoted := FOOTNOTED_NUMBER.match(label):
        label = footnoted.group("number")
    return label if any(ch.isalnum() for ch in label) else None


def _members_above(text: str, line_start: int) -> str:
    """A group's rate alone on its line ('5.4 % C603') is for the members named on the nearest line above it."""
    above = text[:line_start].rstrip()
    line = above[above.rfind("\n") + 1 :].strip()
    return "" if "%" in line or "|" in line or len(line) > ROW_LABEL_MAX else line


# a header's company column: the rows' first cell may only name the country ('Turkey | All other companies | C999 | …')
COMPANY_HEADER = re.compile(
    r"^\s*(?:compan(?:y|ies)|(?:exporting\s+)?(?:exporters?|producers?)|manufacturers?|firms?|unternehmen|soci[ée]t[ée]s?|empresas?)"
    r"(?:\s+name)?\s*$",
    re.I,
)
COUNTRY_HEADER = re.compile(r"^\s*(?:country|countries|land|pays|pa[ií]s)(?:\s+of\s+origin)?\s*$", re.I)
HEADER_REACH = 40  # rows between a row and its table's header


def _company_column(text: str, line_start: int, cells_before: int) -> int:
    """The cell naming the row's company: the first, unless the header opens with a country column followed by a
    company column before the figure ('Country | Company | TARIC additional code | …')."""
    header = _header_cells(text, line_start)
    if len(header) > 1 and COUNTRY_HEADER.match(header[0]) and COMPANY_HEADER.match(header[1]) and cells_before > 2:
        return 1
    return 0


def _header_cells(text: str, line_start: int) -> list[str]:
    """The cells of the first line of the ruled block the row stands in (its header)."""
    header, position = None, line_start
    for _ in range(HEADER_REACH):
        if position == 0:
            break
        above_start = text.rfind("\n", 0, position - 1) + 1
        line = text[above_start : position - 1]
        if "|" not in line:
            break
        header, position = line, above_start
    return header.split("|") if header else []
