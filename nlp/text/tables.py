"""Tables in plain text. Rows with '|' cells (tables flattened from HTML, XML or PDF), or rows
whose last cell is glued to the text ('…Co., Ltd14,5B990') under a header naming the column's unit
('Duty (%)', '(EUR/tonne net)'): which header a row stands under, and which column a cell is in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from nlp.text.header_rows import header_like, line_map
from nlp.text.patterns import remembered_for_the_last_text
from nlp.text.stacked_cells import stacked_header
from nlp.text.textutil import lines_above

MAX_ROWS_UP = 30  # how far above a row its header may stand (tables run across page breaks)
UNIT_HEADER = re.compile(
    r"\((?:(?:(?:in|en|em)\s)?%|[^()]{0,20}?(?:\b(?:EUR|USD|GBP|CAD)|\bUS\$)\s*/\s*[^()]{1,40})\)", re.I
)
ROW_END = re.compile(r"\d\s*%?\s*(?:\|\s*\w{0,5}\s*)?$")
# A header row whose cells are numbered as the act refers to them ('(1) Goods | (2) Producer | (3) Rate'), no paragraph.
NUMBERED_COLUMNS = re.compile(r"\s*\(\d+\)[^|\n]*\|\s*\(\d+\)")
PARAGRAPH_START = re.compile(r"\s*(?:\d+\.\s|Article\s+\d|\(\d+\)\s+[A-Z][a-z])")


def line_at(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def cell_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The table cell around a figure (its line where the line has no cells): a product specification in the row's
    description cell ('a purity of 99 % or more') says nothing of the volume or the rate in a cell of its own."""
    line_start, line_end = line_at(text, start)
    cell_start = text.rfind("|", line_start, start) + 1 or line_start
    cell_end = text.find("|", end, line_end)
    return cell_start, line_end if cell_end < 0 else cell_end


def table_header(text: str, offset: int) -> str | None:
    """The header lines of the table the line at `offset` belongs to, or None when it is prose.

    A '|' row's header is the first line of its run of '|' lines (footnotes and page headers
    of a page break are passed over); a row without '|' needs a unit header above it.
    """
    start, end = line_at(text, offset)
    memo = _memo(text)  # the figures of a row, and the rows of a table walking the same lines, share it
    if start not in memo.table_headers:
        memo.table_headers[start] = _table_header(text, start, end, memo.line_kinds)
    return memo.table_headers[start]


@dataclass
class _Memo:
    """What the table readers found in the last text asked about: each row of a long table walks the same lines."""

    text: str
    table_headers: dict = field(default_factory=dict)  # the header found for each line start
    line_kinds: dict = field(default_factory=dict)  # the kind of each line walked over
    table_tops: dict = field(default_factory=dict)  # the first line of the table each line walked belongs to
    column_headers: dict = field(default_factory=dict)  # the column header found for each offset
    header_rows: dict = field(default_factory=dict)  # the header row found above each row

    @cached_property
    def lines(self):
        return line_map(self.text)


@remembered_for_the_last_text
def _memo(text: str) -> _Memo:
    return _Memo(text)


def _table_header(text: str, start: int, end: int, kinds: dict) -> str | None:
    piped = "|" in text[start:end]
    headers: list[str] = []
    walked = 0
    cells = text.count("|", start, end)
    for above, line in lines_above(text, start, MAX_ROWS_UP):
        if above not in kinds:
            kinds[above] = _line_kind(line)
        ends_the_table, header_like = kinds[above]
        if ends_the_table and not (piped and _rows_resume_above(text, above, line, cells)):
            break
        walked = above
        if header_like:
            headers.append(line)  # a header or caption line: not a row ending in a figure
    else:
        if piped and walked:
            headers += _headers_atop(text, walked)  # a long table (an annex of 130 quotas): its header stands far up
    if not piped and not any(UNIT_HEADER.search(h) for h in headers):
        return None
    if piped and not any("|" in h for h in headers):
        return None
    return "\n".join(reversed(headers))


def _line_kind(line: str) -> tuple[bool, bool]:
    """Whether a line ends the table above a row, and whether it reads as a header or caption (no row ending in a
    figure): each row of a long table walks the same lines, so a line's kind is read once a text."""
    return _ends_the_table(line), bool(UNIT_HEADER.search(line) or not ROW_END.search(line))


def _ends_the_table(line: str) -> bool:
    """A blank line or a numbered paragraph: no table row or header stands above it."""
    if not line.strip():
        return True
    return bool(PARAGRAPH_START.match(line)) and "|" not in line[:6] and not NUMBERED_COLUMNS.match(line)


def _rows_resume_above(text: str, blank_start: int, blank: str, cells: int) -> bool:
    """A blank line inside a '|' table (a page break of the annex it was converted from): the line above it is a
    row of as many cells ending in a figure, so the rows below still stand under the header atop the rows above."""
    if not cells or blank.strip():
        return False
    above = next(iter(lines_above(text, blank_start, 1)), None)
    return above is not None and above[1].count("|") == cells and bool(ROW_END.search(above[1]))


MAX_HEADER_LINES = 5


def _headers_atop(text: str, line_start: int) -> list[str]:
    """The header lines atop the table whose line starts at `line_start`, nearest first: the lines of its top that
    are no rows ending in a figure."""
    # each row of a long table walks up to the row before it, not to its header
    tops, walked, top = _memo(text).table_tops, [], line_start
    while top not in tops:
        walked.append(top)
        above = next(iter(lines_above(text, top, 1)), None)
        if above is None or (
            _ends_the_table(above[1]) and not _rows_resume_above(text, *above, text.count("|", *line_at(text, top)))
        ):
            break
        top = above[0]
    top = tops.get(top, top)
    for position in walked:
        tops[position] = top
    headers = []
    for line in _first_lines(text, top, line_start, MAX_HEADER_LINES):
        if ROW_END.search(line) and not UNIT_HEADER.search(line):
            break
        headers.append(line)
    return list(reversed(headers))


def _first_lines(text: str, start: int, end: int, count: int) -> list[str]:
    """`text[start:end].splitlines()[:count]`, splitting no more than it needs: the rows of a long table each read
    the first lines of its top, and splitting the whole table above each row made a pass quadratic."""
    reach = 2048
    while True:
        stop = min(end, start + reach)
        lines = text[start:stop].splitlines()
        if len(lines) > count or stop == end:  # a line after the first `count`: they ended where they do in the whole
            return lines[:count]
        reach *= 4


def header_unit(header: str) -> str | None:
    match = UNIT_HEADER.search(header)
    return match.group() if match else None


HEADER_LOOKBACK = 4000  # characters searched above a cell for its header row
DIGIT = re.compile(r"\d")


def column_header(text: str, offset: int) -> str | None:
    """The header of the column holding `offset`: that column of the nearest row above without digits.

    Only for a row with as many cells as the header: rows of a table flattened from a PDF lose
    their empty cells and wrap, and their columns no longer line up with the header's.
    """
    known = _memo(text).column_headers  # a code's checks ask for its column's header up to three times
    if offset not in known:
        known[offset] = _column_header(text, offset)
    return known[offset]


def _column_header(text: str, offset: int) -> str | None:
    line_start = text.rfind("\n", max(0, offset - 2000), offset) + 1
    line_end = text.find("\n", offset, offset + 2000)
    row = text[line_start : line_end if line_end >= 0 else min(len(text), offset + 2000)]
    if "|" not in row:
        return stacked_header(text, offset)  # a table printed one cell a line between bar lines
    column, row_cells = _column_index(row, offset - line_start), _cells(row)
    header = _header_row(text, line_start)
    if header is None:
        return None
    cells = _cells(header)
    if len(cells) != len(row_cells):  # an empty edge cell printed as a bare ' | ' ('Item | Column 1' / ' | Product')
        cells, row_cells = _edge_cells(header), _edge_cells(row)
        column = row[: offset - line_start].count("|")
        if len(cells) != len(row_cells):
            return None
    if not 0 <= column < len(cells):
        return None
    return cells[column].strip()


HEADER_LOOKBACK_LINES = 60


def _header_row(text: str, line_start: int) -> str | None:
    """The nearest line above `line_start` with cells and no digits (a header row), if any."""
    memo = _memo(text)  # the cells of a row share its header row
    rows, lines_of_text = memo.header_rows, memo.lines
    if line_start not in rows:
        zone_start = max(0, line_start - HEADER_LOOKBACK)
        if lines_of_text is not None:  # the text's lines mapped once, not split again for each row
            found = lines_of_text.nearest_header(zone_start, line_start, HEADER_LOOKBACK_LINES)
            rows[line_start] = _unwrapped(list(found), 1) if found else None
        else:
            lines = text[zone_start:line_start].splitlines()[-HEADER_LOOKBACK_LINES:]
            rows[line_start] = next(
                (_unwrapped(lines, index) for index in range(len(lines) - 1, -1, -1) if header_like(lines[index])),
                None,
            )
        if rows[line_start] is None:  # a long table: its header stands above the lines looked back over
            top = [line for line in _headers_atop(text, line_start) if "|" in line and not DIGIT.search(line)]
            rows[line_start] = top[-1] if top else None
    return rows[line_start]


def _unwrapped(lines: list[str], index: int) -> str:
    """The header row ending at `lines[index]`: a header whose last cell wrapped onto a line of its own
    ('… | Tariff value' / '(US $ Per Metric Tonne) |') is the line above, that cell's end joined to it."""
    line = lines[index]
    above = lines[index - 1] if index > 0 else ""
    if len(_cells(line)) == 1 and "|" in above and not DIGIT.search(above):
        return above.rstrip() + " " + line.strip().rstrip("|").strip() + " |"
    return line


def _cells(line: str) -> list[str]:
    """Cells of a row; a leading '|' (markdown style) opens the first cell rather than an empty one."""
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return stripped.split("|")


def _edge_cells(line: str) -> list[str]:
    """Cells of a row whose leading or trailing '|' stands for an empty first or last cell (a consolidated
    regulation's schedule converted from XML: ' | Milk protein concentrate | 0404.90 | ')."""
    return line.strip(" \t").split("|")


def _column_index(line: str, position: int) -> int:
    leading = len(line) - len(line.lstrip())
    bars = line.count("|", 0, position)
    if line[leading : leading + 1] == "|":
        bars -= 1
    return bars


# A label line of a message or bulletin written as labelled blocks ('RESTRAINT LEVELS:', 'Quota Period:', 'HTS
# Numbers:'): a few words, no figure, closed by a colon; the lines under it, to the next label, are its value.
LABEL_LINE = re.compile(r"[ \t]*[^\W\d_][^\W\d]*(?:[ \t/&()-]+[^\W\d_][^\W\d]*){0,5}[ \t]*:[ \t]*$")
# A web bulletin's field labels printed without a colon ('Restraint Levels', 'HTS Numbers', 'Special Instructions').
BULLETIN_FIELD_LINE = re.compile(
    r"[ \t]*(?i:commodit(?:y|ies)|quota\s+period|opening\s+(?:date|day)|restraint\s+levels?|hts\s+numbers?"
    r"|(?:reporting|special)\s+instructions)[ \t]*:?[ \t]*$"
)
MAX_BLOCK_LINES = 15
MAX_FIELD_LINES = 160  # a bulletin's allocation field one cell per line: 40 countries of three lines each


def block_label(text: str, offset: int) -> str | None:
    """The label of the labelled block the line at `offset` sits in ('RESTRAINT LEVELS:' over a bulletin's volumes,
    one per line), or None when no label line stands within a few lines above it."""
    for _, line in lines_above(text, line_at(text, offset)[0], MAX_BLOCK_LINES):
        if LABEL_LINE.match(line):
            return line.strip()
    return None


def block_lines(text: str, label_end: int) -> list[tuple[int, int]]:
    """(start, end) of the lines of the labelled block whose label line ends at `label_end`: to the next label line
    ('HTS Numbers:', 'REPORTING INSTRUCTIONS:') or a blank line. A label followed by a blank line is a double-spaced
    page (a web copy with a blank line after every paragraph): its block runs over blank lines to the next label."""
    lines = []
    position = text.find("\n", label_end) + 1 if text.find("\n", label_end) >= 0 else len(text)
    double_spaced = _blank_line_at(text, position)
    while position < len(text) and len(lines) < MAX_FIELD_LINES:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end]
        if LABEL_LINE.match(line) or BULLETIN_FIELD_LINE.match(line) or (not line.strip() and not double_spaced):
            break
        if line.strip():
            lines.append((position, end))
        position = end + 1
    return lines


def _blank_line_at(text: str, position: int) -> bool:
    end = text.find("\n", position)
    return end >= 0 and not text[position:end].strip()


@dataclass(frozen=True)
class Cell:
    """A cell of a '|' line, with where it stands in the text."""

    text: str
    start: int
    end: int


def bar_lines(text: str) -> Iterator[list[Cell]]:
    """Each line holding a '|', split into its cells (the part before the first '|' is the first)."""
    position = 0
    for line in text.split("\n"):
        if "|" in line:
            yield cells_at(line, position)
        position += len(line) + 1


def cells_at(line: str, start: int) -> list[Cell]:
    """The cells of one line between its bars, placed in the text by the line's start."""
    cells, position = [], 0
    for part in line.split("|"):
        cells.append(Cell(part, start + position, start + position + len(part)))
        position += len(part) + 1
    return cells
