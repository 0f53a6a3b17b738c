"""A trade remedy's table of margins beside the duty: 'Exporter | Estimated margin of dumping | Estimated amount of
subsidy | Total provisional duties payable' (a CBSA preliminary determination), 'Company | Dumping margin | Injury
margin | Anti-dumping duty rate' (an EU regulation). Each row prints the margins the duty is built from and the duty
the act makes payable; only the duty column holds rates. The columns are read from the header's names in order, so
a table whose cells are set apart by spaces ('Exporter Estimated margin of dumping … Provisional duties') is read as
one whose cells are set apart by bars."""

from __future__ import annotations

import re

from nlp.text.patterns import guarded

FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{1,2})?[ \t\u00a0]?%")
# the names of a header's figure columns, in their order: a margin's or the duty's
COLUMN_NAME = guarded(
    r"(?P<margin>\bmargins?\s+of\s+(?:dumping|subsid\w+|injury)|\b(?:dumping|subsidy|subsidization|injury)\s+margins?"
    r"|\bamounts?\w?\s+of\s+(?:the\s+)?subsid\w+)"
    r"|(?P<duty>\b(?:(?:total|estimated|provisional|definitive|anti-?dumping|countervailing|ad[ -]valorem)\s+)*"
    r"dut(?:y|ies)(?:\s+(?:rates?|payable))?)",
    re.I,
)
HEADER_REACH = 8  # lines between a row and its header (a country's row, a rule line)
ROW_REACH = 400  # characters of a row on its line


def remedy_column(text: str, start: int, end: int) -> str | None:
    """'duty' or 'margin': the column of a margins-and-duty table the figure at text[start:end] stands in; None
    where it stands in no such table (or its row's figures do not line up with the header's columns)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > ROW_REACH:
        return None
    figures = [m.start() for m in FIGURE.finditer(text, line_start, line_end)]
    if len(figures) < 2 or start not in figures:
        return None
    columns = _header_columns(text, line_start)
    if columns is None or len(columns) != len(figures):
        return None
    return columns[figures.index(start)]


def _header_columns(text: str, row_start: int) -> list[str] | None:
    """The figure columns named by the nearest line above without figures, when it names margins and a duty."""
    end = row_start - 1
    for _ in range(HEADER_REACH):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if FIGURE.search(line):
            continue  # another row of the table
        if "argin" not in line and "ubsid" not in line:
            continue  # a country's row ('India | |||'), a rule line
        columns = [("margin" if m.group("margin") else "duty") for m in COLUMN_NAME.finditer(line)]
        return columns if "margin" in columns and "duty" in columns else None
    return None


def row_name(text: str, start: int) -> str | None:
    """The row's name: its words before its first figure ('All other exporters 34.8% 19.8% 54.6%')."""
    line_start = text.rfind("\n", 0, start) + 1
    first = FIGURE.search(text, line_start, start + 1)
    name = text[line_start : first.start() if first else start].strip(" \t|")
    return name or None
