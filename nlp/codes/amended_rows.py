"""The rows an amending notification substitutes or inserts in a numbered table ('for S. Nos. 59 to 69, and the
entries relating thereto, the following S. Nos. and entries shall be substituted, namely:-' / '“59 71061000 All Goods
7 1' / '60 71069110 All Goods 7 1'). India's (and Pakistan's, Bangladesh's) exemption notifications number their table
rows and give the tariff entry in the column after the serial, so the number right after a row's serial, before its
description, is a code although no keyword stands beside it and the copy lost the column headers."""

from __future__ import annotations

import re

from nlp.text.patterns import guarded

AMENDING_REACH = 1500  # from the sentence that substitutes or inserts the rows to the last of them
AMENDING = guarded(
    r"\bfollowing\s+(?:(?:S|Sl|Serial)\.?\s*(?:Nos?\.?|numbers?)|serial\s+numbers?)\s+and\s+(?:the\s+)?"
    r"entr(?:y|ies)(?:\s+relating\s+thereto)?,?\s+(?:shall|will|are|is)\s+(?:be\s+)?(?:substituted|inserted)\b",
    re.I,
)
# the row's serial at its line's start, the first row's opening quote before it ('“59 ', '12A. ', '| 7 |')
ROW_SERIAL = re.compile(r"[ \t\u00a0|]*(?P<quote>[“\"‘'])?(?P<serial>\d{1,4})[A-Z]?\.?[ \t\u00a0|]+")
DESCRIPTION_AFTER = re.compile(r"[ \t\u00a0|]+[^\W\d_]")  # the description cell: 'All Goods', 'Silver'


def amended_table_row(start: int, end: int, text: str) -> bool:
    """The number follows a row's serial and precedes its description, in rows a sentence shortly above substitutes
    or inserts; the row is the first of its quotation or a neighbouring row carries the next or previous serial."""
    line_start = text.rfind("\n", 0, start) + 1
    serial = ROW_SERIAL.fullmatch(text, line_start, start)
    if serial is None or not DESCRIPTION_AFTER.match(text, end):
        return False
    if not AMENDING.search(text, max(0, line_start - AMENDING_REACH), line_start):
        return False
    return bool(serial["quote"]) or _has_neighbour(text, line_start, int(serial["serial"]))


def _has_neighbour(text: str, line_start: int, number: int) -> bool:
    """The line after opens with the next serial, or the line before with the previous one."""
    line_end = text.find("\n", line_start)
    following = text[line_end + 1 : text.find("\n", line_end + 1)] if line_end >= 0 else ""
    before_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    preceding = text[before_start : max(before_start, line_start - 1)]
    return any(
        (found := ROW_SERIAL.match(line)) is not None and int(found["serial"]) == expected
        for line, expected in ((following, number + 1), (preceding, number - 1))
    )
