"""Quota volumes standing bare in a table's volume column ('20,417', '5 926'), their unit named by the
column's header ('Quota volume (tonnes)', 'Quarterly Total (tonnes)', '(kg net weight)'), by a unit column of
the row ('Unit: Kilograms') or by a line about the table ('All quota volumes are expressed in tonnes').

Three layouts: cells between '|', cells parted by tabs or runs of spaces, and a table that lost its grid,
printed one cell per line under one header line per column. A table is read only when quota words stand in
its header or the lines just above it: 'volume (tonnes)' alone heads import statistics too. Figures of a
column whose header names statistics ('Imports (tonnes)', 'Used', 'Balance') are no volumes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from nlp.dates.finder import find_dates
from nlp.text.numbers import NUMBER, parse_number
from nlp.text.patterns import guarded
from nlp.text.textutil import merged_spans

CAPTION_CHARS = 400  # how far above a table its caption and introducing sentence stand
NOTE_CHARS = 1500  # how far below a table a note may give its unit ('All volumes are in tonnes')
MAX_CELL_CHARS = 80  # a header cell of a gridless table is short
MAX_HEADER_CELLS = 12
GRIDLESS_TABLE_CHARS = 20_000  # how far below its header a table printed one cell per line may run
TABLE_REACH = MAX_HEADER_CELLS * MAX_CELL_CHARS  # how far below a table's start its header's quota words may stand
# every quota word of a table's context holds one of these ('table_quota_words' in data/quotas.json)
QUOTA_STEMS = (
    "quota",
    "trq",
    "conting",
    "kontingent",
    "cupo",
    "aggregate quantit",
    "restraint level",
    "quantitative limit",
    "tranche",
)
DIGIT, YEAR, WORD = re.compile(r"\d"), re.compile(r"\b(?:19|20)\d\d\b"), re.compile(r"[^\W\d_]{3}")
PERIOD_BITS = re.compile(
    r"\d+|\b(?:from|to|until|till|through|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
LEADER_ROW = re.compile(rf"\s*(?P<label>\S[^\n]*?)\s*\.{{4,}}\s*(?P<figure>{NUMBER})\s*")
LEADER_HEADER_LINES = 3
PIPE = re.compile(r"\|")
FIGURE = re.compile(rf"\s*(?:{NUMBER})\s*")
SPACED = re.compile(r"\t|\s{2,}")
RULE = re.compile(r"[\s|:+=-]*")  # '---|---' and other ruling lines
# a CBP bulletin's table heads its volumes 'Quota Limit' and their unit 'UOM' (unit of measure)
VOLUME_HEADER = guarded(r"\b(?:volumes?|quantit(?:y|ies)|tonnage|amount|total|limits?|kontingentsmenge|menge)\b")
UNIT_HEADER = guarded(r"^\s*(?:quota\s+)?(?:unit(?:s| of (?:measure(?:ment)?|quantity))?|uom)\s*$|\bmeasurement unit\b")
# a duty, price or value per unit is no volume column ('Duty (EUR/tonne)', 'Price per kg')
# ('Tariff-rate quota quantity (metric tons, raw value)' is a volume)
NOT_VOLUME = guarded(
    r"/|%|\bper\b|[€$£]|\b(?:eur|usd|gbp|cad|duty|duties|price)\b|(?<!tariff.)\brate\b|(?<!raw )\bvalue\b"
)
THOUSANDS = re.compile(r"(?:'000|1[ ,.\u00a0]?000|thousands? (?:of )?)\s*(?=[a-z])")


@dataclass(frozen=True)
class ColumnVolume:
    amount: float
    unit: str
    start: int  # the figure's span in the text
    end: int
    period: tuple[str | None, str | None]  # the dates of the column's header, when it has two


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int


def column_volumes(text: str, lowered: str, words: dict) -> Iterator[ColumnVolume]:
    """Every bare figure in the volume column of a quota table of `text` (`lowered` is its lower case)."""
    quota_at = sorted(_stem_positions(lowered))
    if not quota_at:
        return  # most documents: no table of theirs can be a quota table
    # a quota table's header stands below its caption's quota words, or holds them
    windows = merged_spans((max(0, at - TABLE_REACH), at + CAPTION_CHARS) for at in quota_at)
    for rows in _gridded_tables(text, windows):
        yield from _table_volumes(lowered, rows, words)
    for rows in _gridless_tables(text, lowered, words, windows):
        yield from _table_volumes(lowered, rows, words)


def _stem_positions(lowered: str) -> Iterator[int]:
    """Where the quota words' stems stand (plain substring searches: far cheaper than the words' pattern)."""
    for stem in QUOTA_STEMS:
        at = lowered.find(stem)
        while at >= 0:
            yield at
            at = lowered.find(stem, at + 1)


def _table_volumes(lowered: str, rows: list[list[_Cell]], words: dict) -> Iterator[ColumnVolume]:
    """Volumes of one table: its header rows are the rows without a bare figure above its first row of figures."""
    first = next((i for i, row in enumerate(rows) if any(_is_figure(cell.text) for cell in row)), None)
    if not first:
        return  # no figures, or no header above them
    headers = rows[:first]
    table_start, table_end = rows[0][0].start, rows[-1][-1].start
    above = lowered[max(0, table_start - CAPTION_CHARS) : table_start]
    context = above + "\n" + "\n".join(" ".join(c.text for c in h) for h in headers).lower()
    if not words["table_quota"].search(context):
        return
    stated = _stated_unit(context + "\n" + lowered[table_end : table_end + NOTE_CHARS], words)
    for row in rows[first:]:
        if not any(_is_figure(cell.text) for cell in row):
            continue  # a row without figures below the first row of figures continues a cell
        aligned = next((pair for h in reversed(headers) if (pair := _aligned(h, row))), None)
        if aligned is not None:
            header, cells = aligned
            yield from _row_volumes(cells, header, stated, words)


def _aligned(header: list[_Cell], row: list[_Cell]) -> tuple[list[_Cell], list[_Cell]] | None:
    """The header's and the row's cells in step: both as split, or both less an empty cell opening or closing
    them. A row of another count lost or merged cells (a cell spanning rows): its columns are not the header's."""
    for cells, row_cells in ((header, row), (_trimmed(header), _trimmed(row))):
        if len(cells) == len(row_cells):
            return cells, row_cells
    return None


def _trimmed(cells: list[_Cell]) -> list[_Cell]:
    start = 1 if len(cells) > 1 and not cells[0].text.strip() else 0
    end = len(cells) - 1 if len(cells) > start + 1 and not cells[-1].text.strip() else len(cells)
    return cells[start:end]


def _row_volumes(row: list[_Cell], header: list[_Cell], stated: tuple, words: dict) -> Iterator[ColumnVolume]:
    """The volumes of a row; `stated` is the unit a caption or note gives (and whether it speaks of quotas)."""
    stated, stated_for_quota = stated
    row_unit = _unit_cell(row, header, words)
    for cell, head in zip(row, header, strict=True):
        if not _is_figure(cell.text):
            continue
        name = head.text.lower()
        if NOT_VOLUME.search(name) or words["statistics"].search(name):
            continue
        unit = _unit_in(name, words)
        if unit is None and VOLUME_HEADER.search(name):
            unit = row_unit or stated
        elif unit is None and stated_for_quota and _a_period_alone(name):
            unit = row_unit or stated  # 'Quota volumes (net tonnes)' over columns headed '1.7.2027-30.9.2027'…
        amount = parse_number(cell.text.strip())
        if unit is None or not amount:
            continue
        if THOUSANDS.search(name):
            amount *= 1000  # 'Volume ('000 tonnes)'
        leading = len(cell.text) - len(cell.text.lstrip())
        start = cell.start + leading
        yield ColumnVolume(amount, unit, start, start + len(cell.text.strip()), _header_period(head.text))


def _unit_cell(row: list[_Cell], header: list[_Cell], words: dict) -> str | None:
    """The unit a row names in its 'Unit' column ('Kilograms', 'tonnes')."""
    for cell, head in zip(row, header, strict=True):
        if UNIT_HEADER.search(head.text.lower()):
            return words["units"].get(" ".join(cell.text.lower().split()))
    return None


def _unit_in(name: str, words: dict) -> str | None:
    match = words["unit_word"].search(name)
    return words["units"][" ".join(match.group().split())] if match else None


def _stated_unit(context: str, words: dict) -> tuple[str | None, bool]:
    """The unit a caption or note gives the table's figures, and whether it gives it to quota volumes."""
    match = words["stated_unit"].search(context)
    if not match:
        return None, False
    return words["units"][" ".join(match.group("unit").split())], "quota" in match.group()


def _a_period_alone(name: str) -> bool:
    """A header naming only a period or a year ('1.7.2027-30.9.2027', '2028', 'From 1 January 2027')."""
    return bool(DIGIT.search(name)) and not PERIOD_BITS.sub("", name).strip(" -–—/.,()\t")


@cache
def _header_period(header: str) -> tuple[str | None, str | None]:
    """'Quota volume 1.7.2026-30.6.2027 (tonnes)': the period the column's volumes are for."""
    dates = find_dates(header)
    if len(dates) < 2 or dates[0].date > dates[1].date:
        return None, None
    return dates[0].date.isoformat(), dates[1].date.isoformat()


def _is_figure(cell: str) -> bool:
    return bool(FIGURE.fullmatch(cell)) and any(ch.isdigit() for ch in cell)


def _lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, str]]:
    """The lines of text[start:end] (from the start of the line holding `start`), and where each begins."""
    position = text.rfind("\n", 0, start) + 1
    end = len(text) if end is None else end
    while position <= end and position <= len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        yield position, text[position:line_end]
        position = line_end + 1


def _split(line: str, start: int, separator: re.Pattern) -> list[_Cell]:
    """Cells of a row and where each begins."""
    cells, position = [], 0
    for part in separator.split(line):
        found = line.index(part, position)
        cells.append(_Cell(part, start + found))
        position = found + len(part)
    return cells


def _gridded_tables(text: str, windows: list[tuple[int, int]]) -> Iterator[list[list[_Cell]]]:
    """Runs of rows whose cells are parted by '|', by tabs or runs of spaces (three cells or more), or by a
    leader of dots ('Ruritania ........ 7,500,000'), that begin in a window near quota words (their rows may
    run on past it)."""
    for window_start, window_end in windows:
        block: list[tuple[int, str]] = []
        kind, above = None, []
        for start, line in _lines(text, window_start):
            if "|" in line and RULE.fullmatch(line):
                continue
            row_kind = _row_kind(line)
            if row_kind != kind and block:
                yield _rows(block, kind, above)
                block, above = [], []
            kind = row_kind
            if row_kind:
                block.append((start, line))
            elif start > window_end:
                break
            else:
                above = [*above[-(LEADER_HEADER_LINES - 1) :], (start, line)] if line.strip() else []
        if block:
            yield _rows(block, kind, above)


def _row_kind(line: str) -> str | None:
    if "|" in line:
        return "|"
    if LEADER_ROW.fullmatch(line):
        return "leader"
    return "spaced" if _spaced_row(line) else None


def _rows(block: list[tuple[int, str]], kind: str | None, above: list[tuple[int, str]]) -> list[list[_Cell]]:
    """The cells of a block of rows; the lines just above rows with leaders are their figures' header."""
    if kind != "leader":
        return [_split(row, row_start, PIPE if kind == "|" else SPACED) for row_start, row in block]
    rows = [
        [_Cell(match["label"], start + match.start("label")), _Cell(match["figure"], start + match.start("figure"))]
        for start, line in block
        if (match := LEADER_ROW.fullmatch(line))
    ]
    if above:
        rows.insert(0, [_Cell("", above[0][0]), _Cell(" ".join(line for _, line in above), above[0][0])])
    return rows


def _spaced_row(line: str) -> bool:
    stripped = line.strip()
    return ("\t" in stripped or "  " in stripped) and len(SPACED.split(stripped)) >= 3


def _gridless_tables(
    text: str, lowered: str, words: dict, windows: list[tuple[int, int]]
) -> Iterator[list[list[_Cell]]]:
    """A table printed one cell per line (blank lines between cells or not): the header is the run of short
    lines without figures ending just above the first figure; the cells that follow are read in rows of as
    many cells as the header has, while each row has its figures where the first row has them."""
    for window_start, window_end in windows:
        triggers = [start for start, line in _lines(text, window_start, window_end) if _volume_header(line, words)]
        if not triggers:
            continue
        stretch = _lines(text, window_start, triggers[-1] + GRIDLESS_TABLE_CHARS)
        lines = [(start, line) for start, line in stretch if line.strip() and "|" not in line]
        index = 0
        while index < len(lines) and lines[index][0] <= triggers[-1]:
            if lines[index][0] not in triggers:
                index += 1
                continue
            table, index = _gridless_table(lines, index)
            if table:
                yield table


def _volume_header(line: str, words: dict) -> bool:
    lowered = line.lower()
    return bool(words["unit_word"].search(lowered) or VOLUME_HEADER.search(lowered)) and "|" not in line


def _gridless_table(lines: list[tuple[int, str]], index: int) -> tuple[list[list[_Cell]], int]:
    """The rows of the gridless table whose header holds line `index`, and the line after the table.

    Where the header begins is unsure (a caption above it is a short line too): of the header runs ending
    where the figures start, the one that reads the most rows in step is taken; two rows at least."""
    if not _header_cell(lines[index][1]):
        return [], index + 1
    best: list[list[_Cell]] = []
    last = index
    while last < len(lines) and _header_cell(lines[last][1]) and last - index < MAX_HEADER_CELLS:
        first = index
        while first >= 0 and _header_cell(lines[first][1]) and last - first < MAX_HEADER_CELLS:
            rows = _rows_in_step(lines, first, last)
            if len(rows) > len(best):
                best = rows
            first -= 1
        last += 1
    if len(best) < 3:
        return [], index + 1
    end = best[-1][-1].start
    return best, next(i for i, (start, _) in enumerate(lines) if start == end) + 1


def _rows_in_step(lines: list[tuple[int, str]], first: int, last: int) -> list[list[_Cell]]:
    """The header lines[first:last + 1] and the rows after it that have figures where the first row has them."""
    width = last - first + 1
    rows = [[_Cell(line, start) for start, line in lines[first : last + 1]]]
    position, shape = last + 1, None
    while position + width <= len(lines):
        row = [_Cell(line, start) for start, line in lines[position : position + width]]
        row_shape = [_is_figure(cell.text) for cell in row]
        if not any(row_shape) or (shape is not None and row_shape != shape):
            break
        shape = row_shape
        rows.append(row)
        position += width
    return rows


def _header_cell(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= MAX_CELL_CHARS and not stripped.endswith((".", ":", ";")) and not _has_figure(line)


def _has_figure(line: str) -> bool:
    """A line naming a period or year in a header ('Volume 2026') still heads a column; a line of figures does not."""
    return not WORD.search(line) and bool(DIGIT.search(YEAR.sub("", line)))
