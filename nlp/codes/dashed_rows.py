"""Rows of a tariff book whose table ran into one line (a PDF's text without its grid), as the SACU tariffs print
Schedule No. 1: a heading and its description ending in a colon ('01.01 Live horses, asses, mules and hinnies:'), then
subheadings of one or two digits after the dot, each with the one-digit check digit of its CD column and its dashed
description ('0101.21 1 -- Pure-bred breeding animals u free free', '0101.2 - Horses:', '0102.3 0102.31 5 -- …').

The scan reads none of them: a short dotted number needs a keyword, and the check digit reads as part of the number.
A text with several such dashed rows is a schedule; there its headings and its group rows are codes too.
"""

from __future__ import annotations

import re

from nlp.codes.notation import NO_SUCH_HEADING
from nlp.codes.roles import Roles
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

_SUBHEADING = r"\d{4}\.\d{1,2}(?:\.\d\d)?(?![\d.])"
# a subheading, its check digit (or a group row's subheading right after it), then its dashed description
DASHED_ROW = re.compile(
    rf"(?<![\d.])(?P<code>{_SUBHEADING})"
    rf"(?=(?:[ \u00a0]+\d(?![\d.]))?[ \u00a0]+(?:-{{1,4}}[ \u00a0]?[^\W\d_]|{_SUBHEADING}))"
)
# a heading, perhaps its first subheading, then a capitalised description ending in a colon
HEADING_ROW = re.compile(
    rf"(?<![\d.])(?P<code>\d\d\.\d\d)(?![\d.])(?:[ \u00a0]+(?P<sub>{_SUBHEADING}))?"
    r"(?=[ \u00a0]+[A-Z][^\W\d_]+[^:\n]{0,200}:)"
)
GATE = scan_gated(re.compile(r"\d{4}\.\d{1,2}(?:\.\d\d)?[ \u00a0]+(?:\d[ \u00a0]+)?-"))
MIN_ROWS = 3  # fewer dashed rows are an enumeration, not a schedule


def dashed_schedule_rows(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The headings and subheadings of a tariff book's rows run into one line, where the text has MIN_ROWS dashed
    subheading rows at least and no other reading took the code."""
    if not may_occur(GATE, text) or not GATE.search(text):
        return []
    rows = list(DASHED_ROW.finditer(text))
    if sum(1 for row in rows if GATE.match(text, row.start())) < MIN_ROWS:
        return []
    roles = Roles(text, sentences)
    found = []
    for match in sorted([*rows, *HEADING_ROW.finditer(text)], key=lambda m: m.start()):
        for group in ("code", "sub") if "sub" in match.re.groupindex else ("code",):
            start, written = match.start(group), match[group]
            digits = (written or "").replace(".", "")
            if written and start not in read and not NO_SUCH_HEADING.match(digits):
                role, end = roles.at(start), match.end(group)
                found.append(CodeMention(digits, level_for(digits), False, role, written, start, end))
    return found
