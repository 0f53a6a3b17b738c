"""A code an amending instruction swaps for another, each in its quotation marks and no keyword before them: a UK
instrument's 'for “4050 90” substitute “0405 90”', an EU act's '‘0405 90’ is replaced by ‘0406 90’', 'replace
"0405 90" with "0406 90"'. Two quoted numbers written in the same grouped code shape ('#### ##', '#### ## ##',
'####.##'), one swapped for the other, are the old and the new code of a table's entry; a quoted year, version or
regulation number ('for “regulation 18” substitute “regulation 19”', '“2.1” … “2.2”') has no such shape. A number
corrected, changed or moved 'from 9903.02.79 to 9903.02.80' is likewise replaced by the second: no range."""

from __future__ import annotations

import re

from nlp.codes.notation import written_as
from nlp.text.prefilter import may_occur_between, scan_gated

# a grouped code alone in its quotation marks: four digits, then groups of two or more split by a space or a dot
QUOTED = r"[“‘\"'](?P<{0}>\d{{4}}(?:[ .\u00a0]\d{{2,4}}){{1,3}})[”’\"']"
SWAPS = [
    re.compile(rf"\bfor\s+{QUOTED.format('old')}\s*,?\s+substitute\s+{QUOTED.format('new')}", re.I),
    re.compile(rf"{QUOTED.format('old')}\s+(?:is|are|shall\s+be)\s+replaced\s+by\s+{QUOTED.format('new')}", re.I),
    re.compile(rf"\breplace\s+{QUOTED.format('old')}\s+(?:with|by)\s+{QUOTED.format('new')}", re.I),
    re.compile(rf"\bstrike\s+(?:out\s+)?{QUOTED.format('old')}\s+and\s+insert\s+{QUOTED.format('new')}", re.I),
]
QUOTES = "“‘\"'"
REACH = 120  # how far the instruction reaches round the number: one clause
# an amount, not a code: '"1000.00"' (a zero cents part after four digits), or money named before it
AMOUNT = re.compile(r"^\d{4}\.00$")
MONEY = re.compile(r"[£€$]|\b(?:GBP|EUR|USD|pounds?|euros?|dollars?|amount|sum|fee|penalty)\b", re.IGNORECASE)


def swapped_code(start: int, end: int, text: str) -> bool:
    """Whether the number at `start`-`end` is one of the two quoted codes of a swap (see the module)."""
    return swap_side(start, end, text) is not None


def swap_side(start: int, end: int, text: str) -> str | None:
    """'old' or 'new' when the number at `start`-`end` is one of the two quoted codes of a swap, else None."""
    if start == 0 or text[start - 1] not in QUOTES:
        return None  # each code of a swap stands right after its quotation mark; most codes do not
    window_start = max(0, start - REACH)
    window = text[window_start : min(len(text), end + REACH)]
    for pattern in SWAPS:
        for match in pattern.finditer(window):
            old, new = match.group("old"), match.group("new")
            if written_as(old) != written_as(new) or _amounts(old, new, window[: match.start()]):
                continue
            for side in ("old", "new"):
                if start - window_start == match.start(side):
                    return side
    return None


def _amounts(old: str, new: str, before: str) -> bool:
    """Two quoted sums ('for "1000.00" substitute "1250.00"'), not codes: zero cents, or money named before."""
    return bool(AMOUNT.match(old) and AMOUNT.match(new)) or MONEY.search(before[-60:]) is not None


# a number corrected, changed or moved 'from 9903.02.79 to 9903.02.80' is replaced by the second, no range between them
REPLACED_FROM = scan_gated(
    re.compile(
        r"\b(?P<verb>correct\w*|chang(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|replac\w*|renumber\w*|reclassif\w*"
        r"|mov(?:e|es|ed|ing)|transferr?(?:s|ed|ing)?)\b[^.;:,]{0,90}\bfrom\s+(?:\w+\s+){0,2}$",
        re.IGNORECASE,
    ),
    placed=True,  # searched in a window before each code of a long text
)


# 'revised for all subheadings from 7208.10 to 7212.60', 'goods moved from subheadings 7208.10 to 7208.90': many
# numbers, one range; only a single number is corrected from one to the other
MANY_NUMBERS = re.compile(
    r"\ball\b|\b(?:sub)?headings\b|\bcodes\b|\bnumbers\b|\bitems\b|\blines\b|\bpositions\b|\bchapters\b",
    re.IGNORECASE,
)


def replaced_from(text: str, start: int) -> bool:
    """Whether the code at `start` is the old one of a number corrected 'from' it 'to' another (no range)."""
    return _one_number_from(text, start) is not None


# the number itself is the entry that goes (goods 'moved' or 'transferred' from a heading were classified there)
CORRECTION_VERB = re.compile(r"correct|chang|revis|replac|renumber", re.IGNORECASE)


def corrected_from(text: str, start: int) -> bool:
    """Whether the code at `start` is the old number of a correction: 'corrected from 2106.90.99 to 1901.90.90', or
    a number a notice says is printed in error ('item 4.2 incorrectly reads “8501.40.90”'; it 'should read' another)."""
    if MISPRINTED.search(text, max(0, start - MISPRINT_REACH), start):
        return True
    match = _one_number_from(text, start)
    return match is not None and CORRECTION_VERB.match(match.group("verb")) is not None


# A number printed in error, just before it: 'incorrectly reads “7223.00.90”', 'was erroneously shown as 0402.10'.
MISPRINTED = re.compile(
    r"\b(?:incorrectly|erroneously|wrongly|mistakenly|in\s+error)\s+(?:reads?|read|(?:shown|printed|listed|stated|"
    r"published)\s+as|states?|shows?)\s*[:“\"‘'«]?\s*$",
    re.IGNORECASE,
)
MISPRINT_REACH = 60


def _one_number_from(text: str, start: int) -> re.Match | None:
    """The words that move a single number 'from' the code at `start` (not many numbers: a range), if any."""
    window_start = max(0, start - 160)
    # every match holds 'from' (its letters fold to no other character): most windows lack it (no gate asked)
    if "from" not in text[window_start:start].lower():
        return None
    if not may_occur_between(REPLACED_FROM, text, window_start, start):
        return None
    match = REPLACED_FROM.search(text, window_start, start)
    return match if match is not None and MANY_NUMBERS.search(match.group()) is None else None
