"""A pair of tariff numbers written short in one cell: '2004.1012 / 1013' (a Swiss or Norwegian table's sibling
codes, the second written with its last four digits only). Those four digits are no heading of their own; the labels
keep such siblings apart (borderline), so the scan skips them."""

from __future__ import annotations

import re

from nlp.codes.notation import digits_of

SLASH_GLUE = re.compile(r"^[ \u00a0]*/[ \u00a0]*$")
SHORT_SIBLING = re.compile(r"\d{4}")
FULL_DIGITS = 8  # the dotted code before the slash: a national tariff number, not a heading


def compressed_sibling(previous: re.Match, glue: str, match: re.Match) -> bool:
    """Four bare digits after a slash closing a dotted code of 8 digits or more: the last digits of a sibling,
    which share the subheading's digits before them ('2004.1012 / 1013'); a heading of its own differs there
    ('2204.2150 / 2205': vermouth beside wine)."""
    before, short = previous.group("number"), match.group("number")
    return (
        SLASH_GLUE.match(glue) is not None
        and SHORT_SIBLING.fullmatch(short) is not None
        and "." in before
        and len(digits_of(before)) >= FULL_DIGITS
        and digits_of(before)[-4:-2] == short[:2]
    )
