"""Dotted codes that open the next row of a schedule: a row flattened into one line after a dotted code, or two
rows of one chapter starting with dotted codes of any depth."""

from __future__ import annotations

import re

from nlp.codes.headings import starts_row
from nlp.codes.notation import digits_of

FLATTENED_ROW_REACH = 300  # a flattened row: its code, description, amount and unit
DESCRIPTION_AFTER = re.compile(r"[ \t\u00a0]+(?-i:[A-Z])[a-z]")  # '0405.10 Butter'


def flattened_dotted_row(accepted: re.Match, match: re.Match, text: str) -> bool:
    """A subheading written with a dot, then its description, shortly after a dotted code: the next row of a
    schedule flattened into one line ('0305.59.90 Dried Fish Rs. 100.00 per kg 0405.10 Butter Rs. 880.00')."""
    number, other = match.group("number"), accepted.group("number")
    if "." not in number or "." not in other or match.start() - accepted.end() > FLATTENED_ROW_REACH:
        return False
    return len(digits_of(number)) >= 6 and DESCRIPTION_AFTER.match(text, match.end()) is not None


def dotted_rows(accepted: re.Match, match: re.Match, text: str) -> bool:
    """Two rows of one schedule chapter starting with dotted codes of any depth ('0805.10.20 --- Dried'
    then '0805.21 -- Mandarins')."""
    number, other = match.group("number"), accepted.group("number")
    if "." not in number or "." not in other or len(digits_of(number)) < 6 or number[:2] != other[:2]:
        return False
    return starts_row(match.start(), text, marker=False) and starts_row(accepted.start(), text, marker=False)
