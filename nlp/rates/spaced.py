"""Rate cells of a table whose cells lost their separators, one row a line, cells apart by single spaces:

    Table 2: Duty amount and TARIC additional codes
    Exporter Duty amount Additional code
    Eastfield Ceramics Co., Ltd 48.2% C501
    Exporters listed in Annex 1 49.9% (per Annex 1)

Each row is a label, its percentage, then at most its additional code or a short note. The rows run without a
blank line up to a header line that names the duty column; a row far from that header still belongs to it.

A group of related exporters shares one rate: its name line, its members' names one a line and the rate alone on
its line, blank lines between as the copy left them:

    Group Kestrel:
    Kestrel Steel Works Ltd - Kestrel Rolling Mills Ltd

    5.4 % C603
"""

from __future__ import annotations

import re

from nlp.text.tables import line_at

ROW_MAX_CHARS = 160  # a row is short; a longer line is running text
HEADER_MAX_CHARS = 120
MAX_ROWS = 60
MAX_GROUP_LINES = 4  # a group's name and member lines between two rows
MAX_BLANK_LINES = 2  # blank lines in a row the copy left inside the table
# the rate closing a row, with at most its additional code ('C999', '8A21', 'A123') or a short note after it
ROW = re.compile(
    r"[ \t]*(?P<label>[^\n%|\t]*[^\W\d_][^\n%|\t]*?)[ \t]+\d{1,3}(?:[.,]\d{1,3})?[ \t]*%"
    r"(?:[ \t]+(?:[A-Z]\d{3}|8[0-9A-Z]{3}|\([^()\n%]{1,30}\)))?[ \t]*"
)
# a group's rate alone on its line, under its members' names ('5,4 % C603')
GROUP_RATE = re.compile(r"[ \t]*\d{1,3}(?:[.,]\d{1,3})?[ \t]*%(?:[ \t]+(?:[A-Z]\d{3}|8[0-9A-Z]{3}))?[ \t]*")
# a group's name or member line: a short name, no figure cell, no sentence ('Erdemir-Gruppe:', 'A Ltd - B Ltd')
GROUP_LINE = re.compile(r"[ \t]*[^\W\d_][^\n%|\t]*")
# a company's name ends with the dot of its legal form ('A.Ş.', 'S.A.', 'Co., Ltd.'), a sentence with a full stop
LEGAL_FORM_END = re.compile(
    r"(?:(?<![^\W\d_])[^\W\d_]\.){2,}$|\b(?:ltd|co|inc|corp|llc|plc|bhd|pte|sdn|kft|zrt)\.$", re.I
)


def spaced_row_cell(text: str, start: int, end: int, duty: re.Pattern) -> bool:
    """The percentage at start:end closes a row of a space-separated table under a header naming the duty."""
    line_start, line_end = line_at(text, start)
    group_rate = GROUP_RATE.fullmatch(text, line_start, line_end) is not None
    if not (group_rate or _is_row(text, line_start, line_end)) or text.find("%", end, line_end) >= 0:
        return False
    position, names, blanks = line_start, 0, 0  # group lines since the last row, blank lines in a row
    for _ in range(MAX_ROWS * 2):
        if position == 0:
            return False
        above_start, above_end = line_at(text, position - 1)
        above = text[above_start:above_end]
        if not above.strip():
            blanks += 1
            if blanks > MAX_BLANK_LINES or not (group_rate or names):
                return False  # a plain row's table runs without blank lines up to its header
        elif _is_row(text, above_start, above_end) or GROUP_RATE.fullmatch(above):
            names, blanks, group_rate = 0, 0, GROUP_RATE.fullmatch(above) is not None
        elif _is_header(above, duty):
            return not group_rate or names > 0
        elif names < MAX_GROUP_LINES and _is_group_line(above):
            names, blanks = names + 1, 0
        else:
            return False
        position = above_start
    return False


def _is_group_line(line: str) -> bool:
    """A group's name or member line between rows: a short name, no figure, no sentence."""
    line = line.strip()
    if len(line) > ROW_MAX_CHARS or line.endswith(";") or (line.endswith(".") and not LEGAL_FORM_END.search(line)):
        return False
    return GROUP_LINE.fullmatch(line) is not None


def _is_row(text: str, start: int, end: int) -> bool:
    return end - start <= ROW_MAX_CHARS and ROW.fullmatch(text, start, end) is not None


def _is_header(line: str, duty: re.Pattern) -> bool:
    """A short line of column names, one of them the duty's ('Exporter Duty amount TARIC code'): no sentence."""
    line = line.strip()
    if not line or len(line) > HEADER_MAX_CHARS or line.endswith((".", ":", ";")) or re.search(r"\d", line):
        return False
    return bool(duty.search(line.lower()))
