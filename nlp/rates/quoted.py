"""Rates read from how an act writes them outside its prose: a percentage quoted by a textual amendment of a schedule
('by deleting “34%” … inserting “84%” in lieu thereof'), and the duty cell of a quota table's rows that name their
order numbers where the table lost its header ('… | 36 440,70 | 25% | 09.8816': nlp/text/ordered_rows.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.text.numbers import parse_number
from nlp.text.ordered_rows import ordered_rows, percent_cells
from nlp.text.patterns import guarded
from nlp.text.tables import line_at

# A rate quoted by a textual amendment of a schedule or an earlier act: 'by deleting “34%” … inserting “84%” in lieu
# thereof', 'The phrase ‘15%’ will be replaced by ‘10%’', 'for the entry “10%”, the entry “5%” shall be substituted'.
# A table's cells may quote the figure with a space inside the quotes ('| "5% " | "Free" |').
QUOTED = re.compile(r"(?<!=)[“”\"‘’'] ?(?P<figure>[^“”\"‘’'\n]{1,12}?) ?[“”\"‘’']")  # not an HTML attribute's value
AMENDING = guarded(r"\b(?:delet|insert|substitut|replac|in lieu)\w*", re.I)


def quoted_by_an_amendment(text: str, start: int, end: int) -> bool:
    """The percentage is the whole of a quotation ('“84%”') on a line that deletes, inserts or replaces text."""
    quoted = QUOTED.match(text, max(0, start - 1))
    if quoted is None or quoted.start("figure") != start or quoted.end("figure") != end:
        return False
    line_start, line_end = line_at(text, start)
    return bool(AMENDING.search(text, max(0, line_start - 80), min(len(text), line_end + 80)))


def ordered_row_duties(text: str, start: int, end: int) -> Iterator[tuple[float, int, int]]:
    """(value, start, end) of the percentages of header-less quota rows named by their order numbers."""
    for row in ordered_rows(text):
        for cell in percent_cells(row):
            figure = re.search(r"(\d[\d.,]*)\s*%", cell.text)
            if figure and start <= cell.start + figure.start() < end:
                yield parse_number(figure.group(1)), cell.start + figure.start(), cell.start + figure.end()
