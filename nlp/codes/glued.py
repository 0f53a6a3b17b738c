"""Dotted codes glued into one run: a web copy of a list printed one code per line or per cell lost its separators
('4403.11.004403.23.014406.91.00'). The dots fix where each code ends: a run of 8-digit HTSUS or national lines
keeps six digits between its dots after the first ('.004403.'), one of 10-digit statistical numbers eight.

A table's rows that lost their cell separators open with a solid code glued to the next cell's words
('99130405US Note 416,957 liters'): nlp/text/glued_rows.py finds them. A dotted code glued so opens its line too
('7208.10.02Tarifa 2007 Vigente', '0406.10.00Fresh cheese', a tariff site's rows whose cells each became a line), and a
Turkish 12-digit GTİP, whose four dots fix its end, opens rows glued to their footnote and rate cells under a code
column's header ('G.T.İ.P.DİPNOTGÜMRÜK VERGİSİ ORANI (%)' over '2207.20.00.10.13425002525')."""

from __future__ import annotations

import re

from nlp.codes.notation import NO_SUCH_HEADING, notation
from nlp.codes.roles import Roles
from nlp.text.glued_rows import glued_rows
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

# (a run of two or more glued codes of one shape, the length of each code as written). Each is written from its first
# dot, its first four digits read behind it (group 'head', where the run starts): a literal first, the engine skips
# ahead to the dots; a digit first, it tried every number of a long table.
GLUED_RUNS = (
    (re.compile(r"\.(?<=(?<![\d.])(?P<head>\d{4})\.)\d\d\.\d\d(?:\d{4}\.\d\d\.\d\d)+(?![\d.])"), 10),
    (re.compile(r"\.(?<=(?<![\d.])(?P<head>\d{4})\.)\d\d\.\d{4}(?:\d{4}\.\d\d\.\d{4})+(?![\d.])"), 12),
)
# where two codes meet in such a run, a dot, six (or eight) digits and a dot ('.004403.'): a literal first, so the
# engine skips ahead to the dots; the runs' own patterns, a lookbehind and a digit first, try every position
GLUE = re.compile(r"\.\d{6}(?:\d\d)?\.")
# a dotted national line (8 to 12 digits) opening its line, a word of two letters at least glued to it; not a check
# letter ('6404.11.00.290U': one capital, then no letter)
DOTTED_OPENING_GLUED = re.compile(r"^[ \t]*(?P<code>\d{4}\.\d\d(?:\.\d{2,4}){1,2})(?=[^\W\d_]{2})", re.M)
MIN_GLUED_LINES = 2  # one such line alone may be anything (a version, a reference); a table has several
DOTTED_GLUED_GATE = re.compile(r"\.\d\d[^\W\d_]")  # the cheap test: a literal first, the engine skips to the dots


def glued_codes(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """Each code of the glued runs in `text` whose start no other reading took."""
    if not GLUE.search(text):
        return []
    roles = Roles(text, sentences)
    found = []
    for pattern, width in GLUED_RUNS:
        for run in pattern.finditer(text):
            for start in range(run.start("head"), run.end(), width):
                written = text[start : start + width]
                digits = written.replace(".", "")
                if start not in read and digits[:2] != "00":
                    found.append(
                        CodeMention(digits, level_for(digits), False, roles.at(start), written, start, start + width)
                    )
    return found


def codes_opening_glued_rows(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The solid code opening each row of a table that lost its cell separators, where no other reading took it."""
    runs = glued_rows(text, with_figures=False)
    if not runs:
        return []
    roles = Roles(text, sentences)
    return [
        CodeMention(row.code, level_for(row.code), False, roles.at(row.code_start), row.code, row.code_start, end)
        for run in runs
        for row in run
        if row.code_start not in read and not NO_SUCH_HEADING.match(row.code)
        for end in (row.code_start + len(row.code),)
    ]


def dotted_codes_glued_to_words(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The dotted codes opening lines that lost the gap before the next cell's words, where the text has two such
    lines at least and no other reading took the code."""
    if not DOTTED_GLUED_GATE.search(text):
        return []
    lines = list(DOTTED_OPENING_GLUED.finditer(text))
    if len(lines) < MIN_GLUED_LINES:
        return []
    roles = Roles(text, sentences)
    found = []
    for line in lines:
        start, written = line.start("code"), line["code"]
        digits = written.replace(".", "")
        if start not in read and not NO_SUCH_HEADING.match(digits):
            found.append(CodeMention(digits, level_for(digits), False, roles.at(start), written, start, line.end()))
    return found


# a Turkish GTİP of 12 digits in five dotted groups opening its line, the next cells' digits glued to its last pair, or
# a description that opens with a figure after it ('5401.10.12.10.00 67 Desiteksi geçmeyenler 0 2 0': 67 decitex),
# which the candidate scan reads as the code's statistical suffix
GTIP_OPENING_GLUED = re.compile(
    r"^[ \t|]*(?P<code>\d{4}\.\d\d\.\d\d\.\d\d\.\d\d)(?=\d|[ \t\u00a0]+\d{1,3}[ \t\u00a0]+[^\W\d_])", re.M
)
GTIP_GLUED_GATE = re.compile(r"\.\d\d\.\d\d\.\d\d\.\d(?:\d\d|\d[ \t\u00a0]+\d)")
HEADER_LINES_ABOVE = 6  # the code column's header stands this few lines above the first such row


def gtips_glued_to_figures(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The 12-digit GTİPs opening rows glued to their figures or before a description opening with a figure, below a
    header line naming the code column."""
    if not GTIP_GLUED_GATE.search(text):
        return []
    roles = Roles(text, sentences)
    found: list[CodeMention] = []
    for line in GTIP_OPENING_GLUED.finditer(text):
        start, written = line.start("code"), line["code"]
        if start in read or not (found or _code_header_above(text, start)):
            continue
        digits = written.replace(".", "")
        found.append(CodeMention(digits, level_for(digits), False, roles.at(start), written, start, line.end()))
    return found


def _code_header_above(text: str, start: int) -> bool:
    position = text.rfind("\n", 0, start)
    for _ in range(HEADER_LINES_ABOVE):
        if position < 0:
            return False
        line_start = text.rfind("\n", 0, position) + 1
        if notation().code_column_headers.search(text, line_start, position):
            return True
        position = line_start - 1
    return False
