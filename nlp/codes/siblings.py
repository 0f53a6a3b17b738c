"""A number written like a code accepted just before it: the next item of a list or the next row of a schedule, a
code by its likeness when no keyword stands before it."""

from __future__ import annotations

import re

from nlp.codes.dotted_rows import dotted_rows, flattened_dotted_row
from nlp.codes.headings import starts_row
from nlp.codes.notation import written_as
from nlp.text.sentences import Sentences

SIBLING_REACH = 1500  # a code written like the one accepted this close before it is one too
PAIRS = re.compile(r"\d\d(?:[ \u00a0]\d\d){3,4}")  # a code printed in pairs of digits


def sibling_of(accepted: re.Match | None, match: re.Match, text: str, sentences: Sentences) -> bool:
    """A number written exactly like a code accepted just before: a solid one in the same sentence
    ('3824999238 is absorbed into 3824999299'), a dotted one of 8 digits or more close by (the rows
    of a schedule), or one of its chapter that starts a row ('tariff item 030602 ... \n030603 ...')."""
    if accepted is None or match.start() - accepted.end() > SIBLING_REACH:
        return False
    number, other = match.group("number"), accepted.group("number")
    if dotted_rows(accepted, match, text) or flattened_dotted_row(accepted, match, text):
        return True
    pairs = bool(PAIRS.fullmatch(number))  # '72 08 10 00 00' then '72 08 25 00 00' down a list
    if written_as(number) != written_as(other) or not (number.isdigit() or "." in number or pairs):
        return False
    if len(number) >= 8 and "." in number:
        return True
    if starts_row(match.start(), text) and number[:2] == other[:2]:
        return len(number) >= 6
    if _next_row_of_a_code_column(accepted, match, text):
        return True
    return len(number) >= 8 and sentences.around(match.start())[0] == sentences.around(accepted.start())[0]


def _next_row_of_a_code_column(accepted: re.Match, match: re.Match, text: str) -> bool:
    """A solid code of 8 digits or more opening a row, after one as long that opened its own: the next cell of a
    table's code column, of another chapter ('73121030' then '72142090 72159090', two codes in one cell)."""
    number, other = match.group("number"), accepted.group("number")
    if not (number.isdigit() and other.isdigit()) or len(number) < 8 or len(number) != len(other):
        return False
    return starts_row(match.start(), text) and starts_row(accepted.start(), text)
