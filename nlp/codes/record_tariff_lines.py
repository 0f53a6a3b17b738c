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
short number ('00', a lone count) is none, and a description cell's figures are not read. Only a text a record's
heading opens ('Japan #4410 (v.1)') has such a field, and it ends where the next record begins: a tariff profile's
'Tariff lines' heads a count ('5387'), as do the fields after it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from nlp.codes.notation import NO_SUCH_HEADING
from nlp.codes.roles import Roles
from nlp.text.prefilter import may_occur, scan_gated_builder
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

# a record's code: 4 to 10 digits, dotted as the member prints them, 'ex' glued after where it covers part of a line
CODE = r"\d{4}(?:\.?\d{2}){0,3}(?:ex)?"
# a cell of codes only: on its own line, spaced apart, a bar closing the cell
CODE_CELL = re.compile(rf"(?m)^[ \t\u00a0|]*(?P<cell>{CODE}(?:[ \t\u00a0]+{CODE})*)[ \t\u00a0|]*$")
CODE_IN_CELL = re.compile(r"(?P<number>\d{4}(?:\.?\d{2}){0,3})(?P<ex>ex)?")


@scan_gated_builder
@cache
def _record_words() -> tuple[re.Pattern, re.Pattern]:
    """The record's heading and its tariff lines' header (nlp/data/code_patterns.yaml)."""
    data = yaml.safe_load(resources.files("nlp").joinpath("data/code_patterns.yaml").read_text("utf-8"))
    header = rf"(?im)^[ \t\u00a0|-]*(?:{data['qr_tariff_lines_header']})[ \t\u00a0|:]*$"
    return re.compile(data["qr_record_heading"], re.M), re.compile(header)


def _tariff_lines_field(text: str) -> tuple[int, int] | None:
    """Where a record's tariff lines run: from its header to the next record's heading (or the text's end), only in a
    text a record's heading opens ('Japan #4410 (v.1)'); a tariff profile's 'Tariff lines' (a count) is no field."""
    heading, header = _record_words()
    if not may_occur(header, text):
        return None
    field = header.search(text)
    if field is None or heading.search(text, 0, field.start()) is None:
        return None
    next_record = heading.search(text, field.end())
    return field.end(), next_record.start() if next_record else len(text)


def record_tariff_lines(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The codes filling cells of their own under a record's 'Tariff lines' header."""
    field = _tariff_lines_field(text)
    if field is None:
        return []
    roles, found = Roles(text, sentences), []
    for cell in CODE_CELL.finditer(text, *field):
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
