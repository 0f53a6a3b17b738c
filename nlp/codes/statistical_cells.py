"""Code cells followed by cells of their statistical code and check digit, in a schedule printed one cell a line:

    | 72.01 |
        |
        Pig iron and spiegeleisen in pigs, blocks or other primary forms: |
    | 7201.10 |
        000 |
        1 |
        -Non-alloy pig iron containing by weight 0.5 % or less of phosphorus |

Japan's statistical schedules give each row the subheading, its 3-digit statistical code and its one-digit NACCS check
digit in cells of their own ('Stat. Code No.', 'N A C C S'); other statistical tables put a 2-digit suffix there. A
dotted subheading whose next cell holds only such a short number is a code (a price or a quantity cell does not stand
after it alone), and so is, in the same table, a dotted heading row ('| 72.01 |', then empty cells and its text) whose
digits open one of those subheadings. The statistical code and the check digit stay out of the code's digits
(final6's audit on statistical suffixes written apart).
"""

from __future__ import annotations

import re

from nlp.codes.cell_mention import cell_mention
from nlp.codes.roles import Roles
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.sentences import Sentences
from nlp.types import CodeMention

CELL_END = r"[ \t\u00a0]*\|[ \t\u00a0]*\n?[ \t\u00a0]*"  # a cell's closing bar, then the next cell (on its line)
# a dotted subheading (or 8-digit line) alone in its row's first cell, then a cell of only its 2- or 3-digit
# statistical code (a price in a later cell beside a count, '| Hot-rolled coil | 7208.50 | 40 |', is no code)
SUBHEADING_ROW = scan_gated(
    re.compile(
        rf"(?m)^[ \t\u00a0]*(?:\|[ \t\u00a0]*)?(?P<code>\d{{4}}\.\d\d(?:\.\d\d)?)"
        rf"{CELL_END}\d{{2,3}}(?={CELL_END}(?:\d{CELL_END})?)"
    )
)
# a dotted heading alone in its cell, then only empty cells before its text
HEADING_ROW = re.compile(rf"\|[ \t\u00a0]*(?P<code>\d\d\.\d\d)(?:{CELL_END})+(?=[^\W\d_])")
MIN_ROWS = 2  # a table: one row alone may be a price beside a count


def statistical_code_cells(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The subheadings whose next cells are their statistical code (and check digit), and the table's headings."""
    if "|" not in text or not may_occur(SUBHEADING_ROW, text):
        return []
    rows = list(SUBHEADING_ROW.finditer(text))
    if len(rows) < MIN_ROWS:
        return []
    roles, found = Roles(text, sentences), []
    for row in rows:
        found += cell_mention(row["code"], row.start("code"), roles, read)
    openings = {row["code"][:4] for row in rows}
    for row in HEADING_ROW.finditer(text):
        if row["code"].replace(".", "") in openings:
            found += cell_mention(row["code"], row.start("code"), roles, read)
    return found
