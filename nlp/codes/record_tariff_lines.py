"""The tariff lines of a WTO quantitative-restrictions record, printed one cell a line under the field's header:

    Tariff lines
    |
    Various
    0102.20 0102.30  |
    Live cattle; buffalo; sheep …

    Líneas arancelarias
    8710
    |
    8710ex
    |
    Certain weapons and weapons parts are controlled on import …

The header ('Tariff lines', the Spanish 'Líneas arancelarias', the French 'Lignes tarifaires') heads a table of the
goods the record covers: an HS column (a heading or subheading, dotted or not) and a national column, where 'ex'
glued after the number marks part of a line ('8710ex'). A cell that holds nothing but such numbers holds codes; a
short number ('00', a lone count) is none, and a description cell's figures are not read.
"""

from __future__ import annotations

import re

from nlp.codes.notation import NO_SUCH_HEADING
from nlp.codes.roles import Roles
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

HEADER = re.compile(
    r"(?im)^[ \t\u00a0|-]*(?:tariff\s+lines|l[íi]neas\s+arancelarias|lignes\s+tarifaires)[ \t\u00a0|:]*$"
)
# a record's code: 4 to 10 digits, dotted as the member prints them, 'ex' glued after where it covers part of a line
CODE = r"\d{4}(?:\.?\d{2}){0,3}(?:ex)?"
# a cell of codes only: on its own line, spaced apart, a bar closing the cell
CODE_CELL = re.compile(rf"(?m)^[ \t\u00a0|]*(?P<cell>{CODE}(?:[ \t\u00a0]+{CODE})*)[ \t\u00a0|]*$")
CODE_IN_CELL = re.compile(r"(?P<number>\d{4}(?:\.?\d{2}){0,3})(?P<ex>ex)?")


def record_tariff_lines(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The codes filling cells of their own under a record's 'Tariff lines' header."""
    header = HEADER.search(text)
    if not header:
        return []
    roles, found = Roles(text, sentences), []
    for cell in CODE_CELL.finditer(text, header.end()):
        for code in CODE_IN_CELL.finditer(cell["cell"]):
            start = cell.start("cell") + code.start()
            digits = code["number"].replace(".", "")
            if start in read or digits[:2] == "00" or NO_SUCH_HEADING.match(digits):
                continue
            ex = code["ex"] is not None
            found.append(
                CodeMention(
                    digits, level_for(digits), ex, roles.at(start), code.group(), start, code.end() + cell.start("cell")
                )
            )
    return found
