"""Rate cells of tables that lost their grid: no '|' and no header cell beside each figure.

Three layouts: a table printed one cell per paragraph under a sentence that introduces it ('The rate of
the definitive anti-dumping duty … shall be as follows:' / 'Company' / 'Duty' / '<company>' / '32,0 %'),
and a table flattened into one line of running text, rows numbered, with a rate column named in its
header ('S. No. PCT Code Description Rate of Regulatory Duty (%) … 1. 01.05 Live poultry … 10 2. …'), and a
table flattened one cell a line, rows numbered ('14.' / '0713 10' / 'Peas' / '10%'), under a header naming a rate
column ('Standard rate', 'Rate of duty'), however far below it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from nlp.codes.schedules import EX_TARIFF_HEADER, HEADER_REACH
from nlp.text.numbers import parse_number
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.serial_rows import row_of, rows_count_down_to
from nlp.text.tables import line_at
from nlp.text.textutil import lines_above

CELL_REACH = 60  # paragraphs between an introducing sentence and a cell of its table
CELL_MAX_CHARS = 200  # a cell is short; a longer paragraph is running text
FIGURE_CELL = re.compile(r"[ \t]*\d{1,3}(?:[.,]\d{1,3})?[ \t]*%[ \t]*$")
INTRODUCES = re.compile(r":[ \t]*$")
# A sentence sending to the table under it ('… shall be the rates listed below, calculated as a percentage of …'):
# it introduces the table as a colon does, though it ends with a full stop.
SENDS_BELOW = re.compile(r"\b(?:listed|set\s+out|shown|specified)\s+below\b[^\n]*\.[ \t]*$", re.I)
# 'Rate of Regulatory Duty (%)', 'Rate of duty (%)', 'Duty (%)' in a table's header flattened into a line
FLAT_RATE_HEADER = scan_gated(guarded(r"\b(?:rate|duty|dut(?:y|ies))\b[^\n|]{0,60}?\(%\)", re.I))
FLAT_SERIAL = guarded(r"(?<![\w.,])(\d{1,3})\.[ \u00a0]+(?=\d)")
ROW_RATE = guarded(r"(?<![\w.,])(\d{1,3}(?:\.\d{1,2})?)[ \u00a0]*%?[ \u00a0]*$")
FLAT_HEADER_REACH = 400  # the first row follows the header closely
# A short header line naming a rate column: 'Standard rate', 'Rate of duty', 'Duty', 'Alíquota', 'Taux'.
RATE_COLUMN = re.compile(
    r"^[^\n]{0,40}\b(?:rates?|dut(?:y|ies)|al[ií]quota|taux|zollsatz|kadar|duti)\b[^\n]{0,40}$", re.I | re.M
)


def introduced_cell(text: str, start: int, end: int, duty: re.Pattern) -> bool:
    """The figure is a cell alone on its line, in a run of short cells below a line that introduces the table
    with duty words ('… the anti-dumping duty … shall be as follows:')."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not FIGURE_CELL.fullmatch(text, line_start, len(text) if line_end < 0 else line_end):
        return False
    return _under_an_introduction(text, line_start, duty, lambda above: not above.endswith("."))


def numbered_row_cell(text: str, start: int, end: int) -> bool:
    """The figure is a cell alone on its line in a row of a table flattened one cell a line, whose serial numbers
    count on from 1 below a header naming a rate column."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not FIGURE_CELL.fullmatch(text, line_start, len(text) if line_end < 0 else line_end):
        return False
    row = row_of(text, line_start)
    if row is None:
        return False
    headers = _rate_headers(text)
    above = bisect.bisect_left(headers, row.start())
    return bool(above) and rows_count_down_to(
        text, headers[above - 1], int(row.group("serial")), row.start(), row.end()
    )


# A numbered row of goods on one line, its tariff item after its serial, its rate ending it after the description
# ('2. 1507 90 10 Soya-bean oil, edible grade 17.5%'); two figures ending it are two columns ('10% 5%'), not read.
NUMBERED_LINE = re.compile(
    r"[ \t]*(?P<serial>\d{1,3})\.[ \t]+\d{4}(?:[ .]?\d{2})*[ \t]+.*[^\W\d_][^%\d]*\d[.\d]*[ \t]*%[ \t]*"
)


def numbered_line_cell(text: str, start: int, end: int) -> bool:
    """The figure ends a numbered row written on one line, the row's only percentage, whose serial numbers count on
    from 1 below a header naming a rate column ('Standard rate')."""
    line_start, line_end = line_at(text, start)
    row = NUMBERED_LINE.fullmatch(text, line_start, line_end)
    if row is None or text[end:line_end].strip():
        return False
    headers = _rate_headers(text)
    above = bisect.bisect_left(headers, line_start)
    return bool(above) and rows_count_down_to(
        text, headers[above - 1], int(row.group("serial")), line_start, row.end("serial") + 1
    )


@lru_cache(maxsize=4)
def _rate_headers(text: str) -> list[int]:
    return [m.start() for m in RATE_COLUMN.finditer(text)]


# A Mercosur ex-tariff row with its cells apart: NCM, the ex's number, the rate, the description ('8419.89.99 001 14
# Secadores …'). Glued rows ('3912.39.100030Hidroxi…') are left: where the ex's number ends is not written.
EX_TARIFF_RATE = re.compile(
    r"^[ \t|]*\d{4}\.\d\d\.\d\d[ \t|]+\d{3}[ \t|]+(?P<value>\d{1,2}(?:,\d{1,2})?)[ \t|]+(?=[^\W\d_])", re.M
)
RATE_IN_HEADER = guarded(r"al[ií]quota|\(%\)", re.I)


def ex_tariff_rate_cells(text: str, start: int, end: int) -> Iterator[tuple[float, int, int]]:
    """(value, start, end) of the rate cell of each row of a Mercosur ex-tariff annex whose header names the rate."""
    if "NCM" not in text:  # the header names the column (a fast test: most texts have none)
        return
    for header in EX_TARIFF_HEADER.finditer(text, start, end):
        header_end = text.find("\n", header.end())
        if header_end < 0 or not RATE_IN_HEADER.search(text, header.start(), header_end):
            continue
        reach = header_end + HEADER_REACH
        for row in EX_TARIFF_RATE.finditer(text, header_end, end):
            if row.start() > reach:
                break
            value = parse_number(row.group("value"))
            if value is not None:
                yield value, row.start("value"), row.end("value")
            reach = row.end() + HEADER_REACH


def flattened_rate_cells(text: str, start: int, end: int) -> Iterator[tuple[float, int, int]]:
    """(value, start, end) of the last figure of each numbered row after a '(%)' rate header in one line."""
    for header in FLAT_RATE_HEADER.finditer(text, start, end) if may_occur(FLAT_RATE_HEADER, text) else ():
        line_end = text.find("\n", header.end())
        line_end = min(end, len(text) if line_end < 0 else line_end)
        serials = [m for m in FLAT_SERIAL.finditer(text, header.end(), line_end)]
        if not serials or serials[0].start() - header.end() > FLAT_HEADER_REACH:
            continue
        yield from _row_rates(text, _counted_rows(serials), line_end)


def _counted_rows(serials: list[re.Match]) -> list[re.Match]:
    """The serial numbers that count on from the first row ('1.', '2.', …): other numbers with a dot are not rows."""
    rows, expected = [], 1
    for serial in serials:
        if int(serial.group(1)) == expected:
            rows.append(serial)
            expected += 1
    return rows


def _row_rates(text: str, rows: list[re.Match], line_end: int) -> Iterator[tuple[float, int, int]]:
    for index, row in enumerate(rows):
        row_end = rows[index + 1].start() if index + 1 < len(rows) else line_end
        segment = text[row.end() : row_end]
        figure = ROW_RATE.search(segment.rstrip())
        if figure is None or not re.search(r"[A-Za-z]", segment[: figure.start()]):
            continue
        value = parse_number(figure.group(1))
        if value is not None:
            yield value, row.end() + figure.start(1), row.end() + figure.end(1)


# A row of a tariff schedule listed under its introduction: it opens with a code or a dashed description
# ('8903.12.00.00 MFN, GPT: 6.5%', '- - - Cane poles Free').
SCHEDULE_ROW = re.compile(r"[ \t|]*(?:\d{4}|[-–])")
# The columns' header between the introduction and the rows, flattened into a line without figures ('Tariff Item New
# Rate of Duty', 'Classification Numbers | Tariff Treatment Affected | New Rate of Duty |'): part of the schedule.
SCHEDULE_HEADER = re.compile(
    r"[ \t|]*(?:tariff\s+items?|classification\s+numbers?|(?:sub)?headings?|hs\s+codes?|commodity\s+codes?)\b"
    r"[^\d:\n]{0,80}\b(?:rates?|dut(?:y|ies))\b[^\d:\n]*$",
    re.I,
)


def introduced_row(text: str, start: int, duty: re.Pattern) -> bool:
    """The figure ends a schedule row, in a run of such rows below a line that introduces them with duty words
    ('Rate of duty reductions … take effect for the following tariff items:')."""
    line_start = text.rfind("\n", 0, start) + 1
    if not SCHEDULE_ROW.match(text, line_start):
        return False
    return _under_an_introduction(
        text, line_start, duty, lambda above: bool(SCHEDULE_ROW.match(above) or SCHEDULE_HEADER.match(above))
    )


def _under_an_introduction(text: str, line_start: int, duty: re.Pattern, in_the_run: Callable[[str], bool]) -> bool:
    """A line introducing the table with duty words stands above the line at `line_start`, over a run of short
    lines `in_the_run` accepts (blank lines passed over)."""
    for _, line in lines_above(text, line_start, CELL_REACH):
        above = line.strip()
        if not above:
            continue
        if INTRODUCES.search(above) or SENDS_BELOW.search(above):
            return bool(duty.search(above.lower()))
        if len(above) > CELL_MAX_CHARS or not in_the_run(above):
            return False
    return False


MAX_ROW_LINES = 40
MAX_BAR_ROW_LINES = 400
# a '|' row's last cell: a figure, then footnote marks ('… | 12,8 (5)', '| 2(6)'), as EU schedules print them
FOOTNOTED_CELL = re.compile(r"\|[ \t]*(?P<figure>\d{1,3}(?:,\d{1,2})?)[ \t]*(?:\(\d{1,2}\)[ \t]*)+$")
PARAGRAPH_OPENING = re.compile(r"\s*(?:\(\d+\)|\d+\.|Article|Artikel|Articolo|Artículo)\s")


NAME_NUMBER_BEFORE = re.compile(r"[^\W\d_]-$")  # 'D-8', 'G-20': a group's name, not a figure


# the next article of a Brazilian or Spanish-language act opens its line ('Art. 2º – Tornar públicos …', 'Artículo 3.')
NEXT_ARTICLE = re.compile(r"[ \t]*(?:Art\.|Artigo|Artículo|Articolo)[ \t]*\d+")


SERIAL_AND_CODE = re.compile(r"\s*\d{1,4}\.\s*\|\s*\d{4}")


def rows_under(text: str, position: int, unit: str, hint: str, glued_cell: re.Pattern) -> Iterator[tuple]:
    """Rows whose last cells (the figure, its TARIC additional code) end their line. A row whose label runs over
    several paragraphs (a group of related companies, one a paragraph) goes on past the blank lines to its figure."""
    open_row = False  # the row's label so far, without its figure
    budget = MAX_ROW_LINES  # a '|' table's rows do not count: a schedule's annex runs to hundreds of them
    for _ in range(MAX_BAR_ROW_LINES):
        start, stop = line_at(text, position)
        line = text[start:stop]
        budget -= "|" not in line
        if budget < 0:
            break
        footnoted = FOOTNOTED_CELL.search(line)
        if footnoted:  # '| 12,8 (5)': the figure ends the cell, its footnote marks after it
            line = line[: footnoted.end("figure")]
        # a numbered paragraph ends the table ('9. | Unless otherwise specified …' too), a '|' row opening with its
        # serial and its code ('1. | 0403.1000 | Yogurt') does not
        numbered = re.match(r"\s*\d+\.\s", line) is not None and SERIAL_AND_CODE.match(line) is None
        if position >= len(text) or numbered or not (line.strip() or open_row or _rows_go_on(text, stop + 1)):
            break
        if NEXT_ARTICLE.match(line):  # 'Art. 2º – Tornar públicos …': the table is over
            break
        position = stop + 1
        if not line.strip(" \t|"):
            continue  # a blank line, or a row's bar alone where a cell broke over lines ('Yogurt' / '|' / '10 |')
        cell = glued_cell.search(line)
        named = cell is not None and NAME_NUMBER_BEFORE.search(line, 0, cell.start()) is not None
        if cell and not named and "%" not in line and (open_row or re.search(r"[^\W\d_]", line[: cell.start()])):
            value = parse_number(cell.group("value"))
            yield value, start + cell.start("value"), start + cell.end("value"), unit, hint
        open_row = cell is None and bool(re.search(r"[^\W\d_]", line)) and not PARAGRAPH_OPENING.match(line)


# a remedy table's row closing with its figure and its TARIC additional code ('Alle übrigen Unternehmen 54,9 C999')
CODED_ROW_END = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?[ \t]+(?:[A-Z]\d{3}|8[0-9A-Z]{3})[ \t]*$")
GAP_LINES = 5  # a group's heading and its companies, one a paragraph, before the group's figure
GAP_LINES_WITH_BLANKS = 12  # (blank lines between them)
PROSE_CHARS = 120  # a line this long is prose after the table, no row's label


def _rows_go_on(text: str, position: int) -> bool:
    """After a blank line, the table goes on: a row closing with its figure and TARIC additional code comes within a
    few short lines ('Unternehmensgruppe X:' / company / company / '51,8 899H'), before any numbered paragraph."""
    lines = 0
    for _ in range(GAP_LINES_WITH_BLANKS):
        if position >= len(text) or lines > GAP_LINES:
            return False
        start, stop = line_at(text, position)
        line, position = text[start:stop], stop + 1
        if CODED_ROW_END.search(line):
            return True
        if len(line) > PROSE_CHARS or NEXT_ARTICLE.match(line) or re.match(r"\s*(?:\(?\d+[.)])\s", line):
            return False
        lines += bool(line.strip())
    return False


LIST_ITEM = re.compile(r"[ \t]*(?:[-–•*·]|\(?[a-z0-9]{1,3}[.)])[ \t]")
LIST_REACH = 40  # lines of a list between its introduction and an item
INTRODUCTION_CHARS = 300  # the introducing sentence, wrapped over lines


def list_introduction(text: str, start: int) -> str:
    """The line introducing the list an item at `start` is in ('… increase the rates of duty for the following
    products:' over '-   Electric vehicles:  Increase rate to 100 percent'): it names the duty for every item."""
    line_start = text.rfind("\n", 0, start) + 1
    if not LIST_ITEM.match(text, line_start):
        return ""
    for position, line in lines_above(text, line_start, LIST_REACH):
        if (not line.strip() or LIST_ITEM.match(line) or line[:1] in " \t") and not INTRODUCES.search(line):
            continue  # a blank line, an item before, an item's continued line (not a numbered clause's lead-in:
            # '(1)  The minimum import prices shall be:' over '(i)  $9 per kilogram')
        if not INTRODUCES.search(line):
            return ""
        return _last_sentence(text, position + len(line))
    return ""


SENTENCE_END = re.compile(r"[.;](?=\s)|\n\s*\n")


def _last_sentence(text: str, end: int) -> str:
    """The sentence ending at `end`, wrapped over lines ('… to increase the rates of duty for the\nfollowing
    products:'), not the sentences before it ('… the over-quota rates. (3) If the USTR determines that:')."""
    window_start = max(0, end - INTRODUCTION_CHARS)
    starts = [m.end() for m in SENTENCE_END.finditer(text, window_start, end)]
    return text[starts[-1] if starts else window_start : end]


# A list of shares of a price the duty is applied to, introduced so ('… wird der Antidumpingzoll auf den folgenden
# Anteil des Nettopreises … angewandt:' over '55 % für Laufkettenbaugruppen;'; English 'the following proportion of
# the net, free-at-Union-frontier price'): its figures are shares, not rates.
SHARE_INTRODUCTION = re.compile(
    r"\b(?:following|folgenden|suivante|siguiente|seguente)\s+(?:anteil|proportion|share|part|proporci[óo]n|proporzione)\b"
    r"|\b(?:proportion|part|proporci[óo]n|proporzione)\s+(?:suivante|siguiente|seguente)\b",
    re.I,
)
ITEM_FIGURE = re.compile(r"[ \t]*(?:[-–•*·][ \t]+|\(?[a-z0-9]{1,3}[.)][ \t]+)?\d")
SHARE_ITEMS_REACH = 12  # lines between the introduction and an item of its list


def in_a_list_of_shares(text: str, start: int) -> bool:
    """The figure opens an item of a list whose introduction, ending with a colon, names shares of a price."""
    line_start = text.rfind("\n", 0, start) + 1
    if not ITEM_FIGURE.fullmatch(text, line_start, start + 1):
        return False
    for position, line in lines_above(text, line_start, SHARE_ITEMS_REACH):
        if not line.strip() or ITEM_FIGURE.match(line):
            continue  # a blank line, an item before
        return bool(INTRODUCES.search(line)) and bool(
            SHARE_INTRODUCTION.search(_last_sentence(text, position + len(line)))
        )
    return False
