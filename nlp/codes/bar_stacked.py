"""The code cells of a notification's table printed one cell a line between bar lines, where the header is not in the
text (a page that republishes a long table in parts starts below it):

    281.
    |
    4001 21,
    |
    All goods
    ...
    |
    4001 22,

An Indian or Pakistani notification's table opens each row with its serial number ('281.') and puts the tariff column
('Chapter or Heading or sub-heading or tariff item') right after it: the cell after a serial number's bar line is a
code cell, a chapter ('40') or a heading ('3920') too; a cell ending with a comma or 'or' goes on in the cells of its
column further down ('4001 22,' / '4001 29'); a cell may hold two headings joined by 'or' ('4301 or 4302').
"""

from __future__ import annotations

import re

from nlp.codes.notation import NO_SUCH_HEADING
from nlp.codes.roles import Roles
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

GATE = re.compile(r"^[ \t]*\d{1,4}\.[ \t]*\n[ \t]*\|[ \t]*\n", re.M)
_CODE = r"\d\d(?:\d\d(?:[ \u00a0]\d\d){0,2})?"  # a chapter, a heading, a spaced subheading or tariff item
CODE = re.compile(_CODE)
# a serial number's cell, its bar line, then a cell of one code or two joined by 'or', perhaps going on (',' / 'or')
SERIAL_THEN_CODES = re.compile(
    r"^[ \t]*\d{1,4}\.[ \t]*\n[ \t]*\|[ \t]*\n"  # the serial number's cell and its bar line
    rf"[ \t]*(?P<cell>{_CODE}(?:[ \t]+or[ \t]+{_CODE})?)[ \t]*(?P<more>,|[ \t]or)?[ \t]*$",
    re.M,
)
# a cell of two headings or subheadings joined by 'or' between bar lines, wherever its row's serial stands
HEADINGS_JOINED_CELL = re.compile(
    r"(?<=\|\n)[ \t]*(?P<cell>\d{4}(?:[ \u00a0]\d\d){0,2}[ \t]+or[ \t]+\d{4}(?:[ \u00a0]\d\d){0,2})[ \t]*(?=\n[ \t]*\|)"
)
CONTINUED_CELL = re.compile(rf"[ \t]*(?P<cell>{_CODE})[ \t]*(?P<more>,|[ \t]or)?[ \t]*")
CONTINUATION_LINES = 16  # a wrapped row's next line of its tariff cell stands this far below at most


def bar_stacked_code_cells(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """Codes of the tariff column of a bar-stacked table: the cell after each row's serial number, and the cells that
    continue it."""
    if "\n|\n" not in text or not GATE.search(text):
        return []
    roles = Roles(text, sentences)
    found: list[CodeMention] = []
    for row in SERIAL_THEN_CODES.finditer(text):
        found += _codes_in(text, row.start("cell"), row["cell"], roles, read)
        if row["more"]:
            found += _continued(text, row.end(), roles, read)
    for cell in HEADINGS_JOINED_CELL.finditer(text):
        found += _codes_in(text, cell.start("cell"), cell["cell"], roles, read)
    return found


def _continued(text: str, position: int, roles: Roles, read: set[int]) -> list[CodeMention]:
    """The cells below a code cell ending with ',' or 'or': each later line holding only a code, until one that does
    not go on; lines of other cells between them are the row's other columns."""
    found: list[CodeMention] = []
    lines = 0
    while lines < CONTINUATION_LINES:
        lines += 1
        line_start = text.find("\n", position) + 1
        if line_start == 0:
            break
        line_end = text.find("\n", line_start)
        position = len(text) if line_end < 0 else line_end
        cell = CONTINUED_CELL.fullmatch(text, line_start, position)
        if cell is None:
            continue
        found += _codes_in(text, cell.start("cell"), cell["cell"], roles, read)
        if not cell["more"]:
            break
        lines = 0  # the column goes on below this cell too
    return found


def _codes_in(text: str, start: int, cell: str, roles: Roles, read: set[int]) -> list[CodeMention]:
    found = []
    for code in CODE.finditer(cell):
        written, at = code.group(), start + code.start()
        digits = re.sub(r"[ \u00a0]", "", written)
        if at in read or digits[:2] == "00" or (len(digits) > 2 and NO_SUCH_HEADING.match(digits)):
            continue
        found.append(CodeMention(digits, level_for(digits), False, roles.at(at), written, at, at + len(written)))
    return found
