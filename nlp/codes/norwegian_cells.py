"""Cells of a Norwegian quota table that hold only tariff numbers, one cell a line under its 'Varenummer' header: a
number written in full ('02.01.3001'), its compressed siblings without or with their dot ('01.01.2100/2902/2900',
'02.02.3001/.3009', broken over a space: '/2001/ 2002/2003/ 2004'), a heading ('02.01, 02.02'), several numbers in one
cell joined by commas ('02.01.3001/3009, 02.02.3001/3009'). Each number written in full is read; a sibling suffix is
not made into a number."""

from __future__ import annotations

import re

from nlp.codes.norwegian import NORWEGIAN_CODE_COLUMN, NORWEGIAN_HEADER_REACH
from nlp.codes.roles import Roles
from nlp.text.prefilter import may_occur
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

_NUMBER = r"\d\d\.\d\d(?:\.\d{4})?"
_SIBLINGS = r"(?:[ \t]*/[ \t]*\.?\d{4})*"
CELL_LINE = re.compile(
    rf"^[ \t]*{_NUMBER}{_SIBLINGS}[ \t]*/?(?:[ \t]*,[ \t]*{_NUMBER}{_SIBLINGS}[ \t]*/?)*[ \t]*$", re.M
)
NUMBER = re.compile(rf"(?<![\d./])(?P<number>{_NUMBER})(?![\d])")


def norwegian_number_cells(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The tariff numbers of cells under a Norwegian code column's header (the column carried down by the cells read
    below it, as a long table's rows run on)."""
    if not may_occur(NORWEGIAN_CODE_COLUMN, text) or not NORWEGIAN_CODE_COLUMN.search(text):
        return []
    roles, found, column_reach = None, [], -1
    for line in CELL_LINE.finditer(text):
        header = NORWEGIAN_CODE_COLUMN.search(text, max(0, line.start() - NORWEGIAN_HEADER_REACH), line.start())
        if header is None and line.start() > column_reach:
            continue
        column_reach = line.end() + NORWEGIAN_HEADER_REACH
        roles = roles or Roles(text, sentences)
        for number in NUMBER.finditer(text, line.start(), line.end()):
            digits = number["number"].replace(".", "")
            if number.start() in read or digits[:2] in ("00", "98", "99") or digits[2:4] == "00":
                continue
            role = roles.at(number.start())
            found.append(CodeMention(digits, level_for(digits), False, role, number["number"], *number.span()))
    return found
