"""Rows of a table copied without its cell separators: each row a solid code glued to the next cell's words, then
the row's figures ('99130405US Note 416,957 liters': code 9913.04.05, note 4, 16,957 liters; '0702000000Tomatoes
1,500 tonnes'). A web page's table flattened to text keeps each row on its line but loses the gaps between cells.

A row opens its line with an 8- or 10-digit number and a letter right after it; a run of two such rows at least,
on consecutive lines, is such a table (one line alone may be anything). Where the words before the figures end with a
numbering word ('US Note', 'Item No.'), the row's number is glued to its figure: the rows' numbers run in sequence
(3 (a), 3 (b), 4, 5, …), and that sequence says where each number ends and its figure begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.text.prefilter import may_occur, scan_gated

GLUED_ROW = re.compile(
    r"^[ \t]*(?P<code>\d{8}(?:\d\d)?)(?=[A-Za-z])(?P<label>[^\d\n]*)(?P<rest>\d[^\n]*?)[ \t]*$", re.M
)
# a list of codes with their descriptions and a policy word only ('10063010Rice, parboiledDeleted', an import
# policy's rows): no figure follows the words, and the rows still name their codes
GLUED_ROW_WITHOUT_FIGURES = re.compile(
    r"^[ \t]*(?P<code>\d{8}(?:\d\d)?)(?=[A-Za-z])(?P<label>[^\d\n]*)(?P<rest>)[ \t]*$", re.M
)
GLUED_CODE = scan_gated(re.compile(r"^[ \t]*\d{8}(?:\d\d)?[A-Za-z]", re.M))  # the cheap test
MIN_ROWS = 2
# a row of such a table that kept a gap after its code ('99130415 US Note 6156,000 kg') or lost its line to a break
# after it ('99130220' / 'US Note 3 (b)5,500,000 kg'): a row of the table only where its words are those of the
# glued rows around it (the same label), which alone make the table
LOOSE_ROWS = (
    re.compile(r"^[ \t]*(?P<code>\d{8}(?:\d\d)?)[ \t]+(?=[A-Za-z])(?P<label>[^\d\n]*)(?P<rest>\d[^\n]*?)[ \t]*$", re.M),
    re.compile(
        r"^[ \t]*(?P<code>\d{8}(?:\d\d)?)[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[A-Za-z])"
        r"(?P<label>[^\d\n]*)(?P<rest>\d[^\n]*?)[ \t]*$",
        re.M,
    ),
)
NUMBERING_WORD = re.compile(r"\b(?:note|no\.?|number|item|line|category|group)[ \t]*$", re.I)
# a row's number written apart from its figure by a lettered part: '3 (a)50,000,000 kg'
PARTED_NUMBER = re.compile(r"(?P<number>\d{1,3})[ \t]*\((?P<part>[a-z])\)[ \t]*(?P<figure>\d[\d,]*)")
GLUED_FIGURE = re.compile(r"(?P<digits>\d[\d,]*)")
WELL_FORMED = re.compile(r"[1-9]\d{0,2}(?:,\d{3})*|0")


@dataclass(frozen=True)
class GluedRow:
    code: str
    code_start: int
    label: str  # the words between the code and the figures ('US Note ')
    rest: str  # the figures and what follows them ('416,957 liters')
    rest_start: int
    line_end: int


def glued_rows(text: str, with_figures: bool = True) -> list[list[GluedRow]]:
    """The runs of glued rows of `text`, each run a table; without `with_figures`, rows of words only count too."""
    if not may_occur(GLUED_CODE, text) or not GLUED_CODE.search(text):
        return []
    runs: list[list[tuple[GluedRow, bool]]] = []
    previous_end = -2
    glued = GLUED_ROW.finditer(text) if with_figures else _any_glued_rows(text)
    for match, loose in _with_loose_rows(text, glued):
        row = GluedRow(
            match["code"], match.start("code"), match["label"], match["rest"], match.start("rest"), match.end()
        )
        if runs and text[previous_end : match.start()].strip() == "":
            runs[-1].append((row, loose))
        else:
            runs.append([(row, loose)])
        previous_end = match.end()
    return [kept for run in runs if len(kept := _rows_of_the_table(run)) >= MIN_ROWS]


def _with_loose_rows(text: str, glued) -> list[tuple[re.Match, bool]]:
    """The glued rows and the loose rows (a gap or a line break after the code), in the text's order."""
    rows = {match.start("code"): (match, False) for match in glued}
    for pattern in LOOSE_ROWS:
        for match in pattern.finditer(text):
            rows.setdefault(match.start("code"), (match, True))
    return [rows[start] for start in sorted(rows)]


def _rows_of_the_table(run: list[tuple[GluedRow, bool]]) -> list[GluedRow]:
    """The run's glued rows and its loose rows that carry the glued rows' label; none unless MIN_ROWS are glued."""
    labels = {row.label.strip() for row, loose in run if not loose}
    if sum(not loose for _, loose in run) < MIN_ROWS:
        return []
    return [row for row, loose in run if not loose or row.label.strip() in labels]


def _any_glued_rows(text: str) -> list[re.Match]:
    """The glued rows with figures and those of words only, in the text's order."""
    with_figures = {match.start(): match for match in GLUED_ROW.finditer(text)}
    for match in GLUED_ROW_WITHOUT_FIGURES.finditer(text):
        with_figures.setdefault(match.start(), match)
    return [with_figures[start] for start in sorted(with_figures)]


@dataclass(frozen=True)
class RowFigure:
    figure: str  # as written, without the row's number
    start: int
    end: int


def row_figures(run: list[GluedRow]) -> list[RowFigure | None]:
    """Each row's first figure, parted from the row's number where the label is a numbering word; None where the
    sequence of numbers cannot place it."""
    if not any(NUMBERING_WORD.search(row.label) for row in run):
        return [_plain_figure(row) for row in run]
    best: list[RowFigure | None] = [None] * len(run)
    for first in _first_numbers(run[0]):
        figures = _numbered_figures(run, first)
        if sum(f is not None for f in figures) > sum(f is not None for f in best):
            best = figures
    return best


def _plain_figure(row: GluedRow) -> RowFigure | None:
    match = GLUED_FIGURE.match(row.rest)
    if not match or not WELL_FORMED.fullmatch(match["digits"]):
        return None
    return RowFigure(match["digits"], row.rest_start, row.rest_start + match.end())


def _first_numbers(row: GluedRow) -> list[int]:
    parted = PARTED_NUMBER.match(row.rest)
    if parted:
        return [int(parted["number"])]
    match = GLUED_FIGURE.match(row.rest)
    digits = match["digits"] if match else ""
    return [int(digits[:k]) for k in range(1, 4) if digits[:k].isdigit() and WELL_FORMED.fullmatch(digits[k:])]


def _numbered_figures(run: list[GluedRow], first: int) -> list[RowFigure | None]:
    """The figures of the rows, their numbers running from `first`: each row's number is the last one or the next
    (a lettered part repeats its number: 3 (a), 3 (b))."""
    figures: list[RowFigure | None] = []
    last = first - 1
    for row in run:
        figure, number = _split(row, last)
        figures.append(figure)
        if number is not None:
            last = number
    return figures


def _split(row: GluedRow, last: int) -> tuple[RowFigure | None, int | None]:
    parted = PARTED_NUMBER.match(row.rest)
    if parted:
        number = int(parted["number"])
        if number not in (last, last + 1) or not WELL_FORMED.fullmatch(parted["figure"]):
            return None, None
        start = row.rest_start + parted.start("figure")
        return RowFigure(parted["figure"], start, row.rest_start + parted.end("figure")), number
    match = GLUED_FIGURE.match(row.rest)
    if not match:
        return None, None
    expected = str(last + 1)
    digits = match["digits"]
    if not digits.startswith(expected) or not WELL_FORMED.fullmatch(digits[len(expected) :]):
        return None, None
    start = row.rest_start + len(expected)
    return RowFigure(digits[len(expected) :], start, row.rest_start + match.end()), last + 1
