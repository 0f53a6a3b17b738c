"""Rate cells of a table whose cells lost their separators, one row a line, cells apart by single spaces:

    Table 2: Duty amount and TARIC additional codes
    Exporter Duty amount Additional code
    Eastfield Ceramics Co., Ltd 48.2% C501
    Exporters listed in Annex 1 49.9% (per Annex 1)

Each row is a label, its percentage, then at most its additional code or a short note. The rows run without a
blank line up to a header line that names the duty column; a row far from that header still belongs to it.
"""

from __future__ import annotations

import re

from nlp.text.tables import line_at

ROW_MAX_CHARS = 160  # a row is short; a longer line is running text
HEADER_MAX_CHARS = 120
MAX_ROWS = 60
# the rate closing a row, with at most its additional code ('C999', '8A21', 'A123') or a short note after it
ROW = re.compile(
    r"[ \t]*(?P<label>[^\n%|\t]*[^\W\d_][^\n%|\t]*?)[ \t]+\d{1,3}(?:[.,]\d{1,3})?[ \t]*%"
    r"(?:[ \t]+(?:[A-Z]\d{3}|8[0-9A-Z]{3}|\([^()\n%]{1,30}\)))?[ \t]*"
)


def spaced_row_cell(text: str, start: int, end: int, duty: re.Pattern) -> bool:
    """The percentage at start:end closes a row of a space-separated table under a header naming the duty."""
    line_start, line_end = line_at(text, start)
    if not _is_row(text, line_start, line_end) or text.find("%", end, line_end) >= 0:
        return False
    position = line_start
    for _ in range(MAX_ROWS):
        if position == 0:
            return False
        above_start, above_end = line_at(text, position - 1)
        if not _is_row(text, above_start, above_end):
            return _is_header(text[above_start:above_end], duty)
        position = above_start
    return False


def _is_row(text: str, start: int, end: int) -> bool:
    return end - start <= ROW_MAX_CHARS and ROW.fullmatch(text, start, end) is not None


def _is_header(line: str, duty: re.Pattern) -> bool:
    """A short line of column names, one of them the duty's ('Exporter Duty amount TARIC code'): no sentence."""
    line = line.strip()
    if not line or len(line) > HEADER_MAX_CHARS or line.endswith((".", ":", ";")) or re.search(r"\d", line):
        return False
    return bool(duty.search(line.lower()))
