"""Table columns around a code candidate: a code cell of its line or under a code column's header, and columns
whose header says they hold no codes (a TARIC subdivision cell, a quantity or rate column)."""

from __future__ import annotations

import re

from nlp.codes.cells import first_of_codes_cell
from nlp.codes.headings import starts_row
from nlp.codes.notation import notation
from nlp.codes.schedules import CodeHeaders, alone_on_line
from nlp.text.patterns import guarded
from nlp.text.tables import cell_span, column_header

DESCRIBED = re.compile(r"[ \t\u00a0]+(?:-[ \t\u00a0]?){0,4}[^\W\d_]")
CELL_END = re.compile(r"[ \t\u00a0|]*[,;&]?[ \t\u00a0]*(?:\n|$)")  # the rest of a code cell's line
# the rest of a row that is a code and its rate ('8802400013 15%' under 'TARIC codes Additional duty')
RATE_CELL_ROW_END = re.compile(r"[ \t\u00a0|]+\d{1,3}(?:[.,]\d{1,2})?[ \u00a0]?%[ \t\u00a0|]*(?:\n|$)")
# a table row's serial number: '12. ', or its own cell of a table run into text ('1. | 0403.1000 | Yogurt')
SERIAL_LEAD = re.compile(r"[ \t\u00a0|]*\d{1,4}[.)](?:[ \t\u00a0]*\|)?[ \t\u00a0]+")
BARE_SERIAL_LEAD = re.compile(r"[ \t\u00a0]*\d{1,4}[ \t\u00a0]+")  # one without its dot: '12 '
DESCRIPTION_AFTER = re.compile(r"[ \t\u00a0]+[^\W\d_]")  # the row's description starts with a letter or a character


def cell_of_its_line(match: re.Match, text: str) -> bool:
    """The code fills its line, or opens a line of codes ('0207 25 00,' / '0207 27 00'): a table's code cell."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    if text[line_start : match.start()].strip(" \t\u00a0|"):
        return False
    return bool(CELL_END.match(text, match.end()))


def code_cell(match: re.Match, text: str, digits: str, headers: CodeHeaders) -> bool:
    """The whole cell of its line, a dotted code starting a row before its description ('0805.29 -- Other',
    '0805.2900 Oranges'), or a code and only its rate on the row ('8802400013 15%'), under a code column's header
    line ('Product HS Code Country', 'Tollskrárnr.', 'TARIC codes Additional duty')."""
    if len(digits) < 6:
        return False
    start, end = match.span()
    schedule_row = "." in match.group("number") and starts_row(start, text, marker=False) and DESCRIBED.match(text, end)
    rate_row = starts_row(start, text, marker=False) and RATE_CELL_ROW_END.match(text, end)
    if (
        alone_on_line(start, end, text) or bool(schedule_row) or bool(rate_row) or first_of_codes_cell(match, text)
    ) and headers.above(start):
        return True
    # a flattened table's row: its serial number, then the code, then the description ('12. 0406.9000 Other');
    # a bare serial before a solid code of 8 digits or more and its words ('序号 税则号列' over '3 02042200 鲜或冷的…')
    line_start = text.rfind("\n", 0, start) + 1
    number = match.group("number")
    serial_row = SERIAL_LEAD.fullmatch(text, line_start, start) is not None and "." in number
    bare_serial_row = (
        number.isdigit()
        and len(number) >= 8
        and BARE_SERIAL_LEAD.fullmatch(text, line_start, start) is not None
        and DESCRIPTION_AFTER.match(text, end) is not None
    )
    return (serial_row or bare_serial_row) and headers.above_serials(start)


# The row's description before it, nothing after it: the last cell of a row flattened onto one line
ROW_CLOSED = re.compile(r"[ \t\u00a0|]*(?:\n|$)")


def closes_a_row_under_its_header(match: re.Match, text: str, digits: str, headers: CodeHeaders) -> bool:
    """A solid code of 8 digits or more closing its row, after the row's other cells, under a header line whose last
    column names the codes ('Tariff quota serial number Schedule quantity Description Commodity codes' over '09.2742
    kg Acrylonitrile, for use in the manufacture of goods of heading 6815. 2926100010'): a quota notice's table run
    into lines, the code last. A number closing a row under a header whose codes stand elsewhere is not read."""
    if len(digits) < 8 or not match.group("number").isdigit() or not ROW_CLOSED.match(text, match.end()):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    if not text[line_start : match.start()].strip(" \t\u00a0|") or not headers.above_serials(match.start()):
        return False
    header_end = text.find("\n", headers.last_header)
    header = text[headers.last_header : header_end if header_end >= 0 else len(text)].rstrip(" \t\u00a0|:")
    return any(found.end() == len(header) for found in notation().code_column_headers.finditer(header))


# A header naming the codes too: 'New HTS/Rate' heads cells of a code and its rate ('2905.59.10 5.5%').
CODE_AND_RATE_HEADER = guarded(r"\b(?:HTS(?:US|A)?|HS|CN|commodity\s+codes?|tariff\s+(?:items?|codes?|numbers?))\b")


# A cell of two-digit groups under 'TARIC' beside the CN code's: TARIC subdivisions ('51 59 51 59'), never a code.
TARIC_SUBDIVISIONS = re.compile(r"[ \t]*\d{2}(?:[ \t]+\d{2})*[ \t]*")


def in_a_column_of_no_codes(offset: int, text: str, not_code_columns: re.Pattern) -> bool:
    if (column_header(text, offset) or "").upper() == "TARIC" and TARIC_SUBDIVISIONS.fullmatch(
        text, *cell_span(text, offset, offset)
    ):
        return True
    if not in_column(offset, text, not_code_columns) or _opens_a_schedule_row(offset, text):
        return False
    return not CODE_AND_RATE_HEADER.search(column_header(text, offset) or "")


# A tariff schedule's row: its item in the first cell, the dashed description in the next ('2404.11.10 | -- Other |
# 13% | …'); a header of two lines whose second names only the rate columns' parts ('Initial Rate | Final Rate')
# stands above the item's cell too, but the item is no rate.
SCHEDULE_ROW_START = re.compile(r"\d{4}(?:\.\d\d){1,3}[ \t\u00a0]*\|[ \t\u00a0]*-{1,4}[ \t\u00a0]?[^\W\d_]")


def _opens_a_schedule_row(offset: int, text: str) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return not text[line_start:offset].strip(" \t\u00a0|") and bool(SCHEDULE_ROW_START.match(text, offset))


# The rest of a code cell that opens with a heading: more codes joined by range and list words, an exception in
# brackets ('0201 to 0206', '0207 (except 020711 to 020714 and 020734)').
REST_OF_CODES_CELL = re.compile(
    r"(?:[ \t\u00a0]*(?:to|through|and|or|,|–|-|\(?[ \t]*(?:except|excluding)|\))[ \t\u00a0]*"
    r"(?:\d{4}(?:[ .\u00a0]?\d{2}){0,3}(?!\d))?)*[ \t\u00a0)]*",
    re.I,
)


def opens_a_cell_of_codes(match: re.Match, text: str, header_words: re.Pattern) -> bool:
    """A heading opening a cell that is its own line in a code column of a table printed one cell a line, the rest of
    the cell codes joined by range and list words ('0201 to 0206', '0207 (except 020711 to 020714 and 020734)')."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    end = len(text) if line_end < 0 else line_end
    if text[line_start : match.start()].strip(" \t\u00a0") or "|" in text[line_start:end]:
        return False  # a '|' row's cell reads only a heading alone ('7407 and 7408 | Bars' is not read)
    if not REST_OF_CODES_CELL.fullmatch(text, match.end(), end):
        return False
    return in_column(match.start(), text, header_words)


def in_column(offset: int, text: str, header_words: re.Pattern, whole_cell: str | None = None) -> bool:
    """The number stands in a table column whose header has `header_words` (and is the whole cell)."""
    if "|" not in text[max(0, offset - 300) : offset + 300]:
        return False
    header = column_header(text, offset)
    if not header or not header_words.search(header):
        return False
    if whole_cell is None:
        return True
    line_start = text.rfind("\n", 0, offset) + 1
    cell = text[line_start:offset].rsplit("|", 1)[-1]
    after = offset + len(whole_cell)
    bar = text.find("|", after)  # the rest of its cell alone, not a copy of the rest of the text
    return not cell.strip(" \u00a0\t") and not text[after : bar if bar >= 0 else len(text)].strip()
