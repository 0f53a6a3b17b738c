"""Dotted codes closing their lines, glued to a label before them: a web page's table whose label cell and code cell
ran together when it was copied as text ('First Tariff Field0201.10.1010', 'HTS Number0406.10.0500', a quota
bulletin's column of low-rate numbers each behind its repeated column label). The mirror of a code opening its line
glued to the next cell's words (nlp/codes/glued.py).

Two such lines at least make the table: one line alone may be a reference or a version glued to a word."""

from __future__ import annotations

import re

from nlp.codes.notation import NO_SUCH_HEADING
from nlp.codes.roles import Roles
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

# a dotted national line (8 to 12 digits: '0201.10.1010', '0406.10.05') ending its line, a letter glued before its
# first digit; written from its first dot, a literal, so the engine skips ahead to the dots
DOTTED_CLOSING_GLUED = re.compile(r"\.(?<=[^\W\d_]\d{4}\.)\d\d(?:\.\d{2,4}){1,2}(?=[ \t]*$)", re.M)
HEAD_DIGITS = 4  # the digits before the first dot
MIN_GLUED_LINES = 2


def dotted_codes_glued_after_words(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The dotted codes closing lines glued to the label before them, where the text has two such lines at least
    and no other reading took the code."""
    lines = list(DOTTED_CLOSING_GLUED.finditer(text))
    if len(lines) < MIN_GLUED_LINES:
        return []
    roles = Roles(text, sentences)
    found = []
    for line in lines:
        start, end = line.start() - HEAD_DIGITS, line.end()
        written = text[start:end]
        digits = written.replace(".", "")
        if start not in read and not NO_SUCH_HEADING.match(digits):
            found.append(CodeMention(digits, level_for(digits), False, roles.at(start), written, start, end))
    return found
