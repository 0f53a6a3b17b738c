"""A bulleted list of codes, each item its codes then a dash and what they cover, under a line that introduces tariff
codes with a colon: an agency's notice to importers ('... expanded to include the following tariff codes:' over
'- 8412 - Turbo jets and other gas turbines', '- 2702, 2817, 2825.50, 3102 - chemical fertilisers', '- 92 - Musical
instruments'). The scan takes an item's codes for a count or a price: no keyword stands beside them.

A description may name other headings ('- 8803 - Parts of goods of 8801 or 8802', '... other than those of 3006'):
the list names goods by heading, so those are codes too. A lone such line is an enumeration, not a list of codes:
MIN_ITEMS item lines at least under the same introduction.
"""

from __future__ import annotations

import re

from nlp.codes.lookalikes import YEAR
from nlp.codes.notation import NO_SUCH_HEADING, digits_of, notation
from nlp.codes.roles import Roles
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

_CODE = r"\d{2}(?:\d\d)?(?:\.\d{2,4}){0,3}"
_JOIN = r"[ \t\u00a0]*(?:,|;|&|\band\b|\bor\b)[ \t\u00a0]*"
# an item line: its bullet, its codes, then a dash (or a colon) and a word of the description
DESCRIBED_ITEM = scan_gated(
    re.compile(
        rf"^[ \t\u00a0]*[-•·▪◦*–][ \t\u00a0]*(?P<codes>{_CODE}(?:{_JOIN}{_CODE})*)[ \t\u00a0]+[-–—:][ \t\u00a0]*"
        r"(?P<description>[^\W\d_][^\n]*)$",
        re.MULTILINE,
    )
)
ITEM_CODE = re.compile(rf"(?<![\d.]){_CODE}(?![\d.])")
# headings a description names as the goods of ('Parts of goods of 8801 or 8802', 'other than those of 3006')
NAMED_IN_DESCRIPTION = re.compile(
    r"\bof[ \u00a0]+(?P<first>\d{4})(?:[ \u00a0]+(?:or|and)[ \u00a0]+(?P<second>\d{4}))?\b"
)
# the introduction: the line above the list ends with a colon and names tariff codes ('tariff codes:', 'in tariffs:',
# 'HS headings:'); 'codes' alone does not ('the following entry type codes:' over '- 01 - Consumption')
TARIFF_WORDS = re.compile(r"\btariffs?\b|\b(?:sub)?headings?\b|\bHS\b", re.IGNORECASE)
INTRO_REACH = 200
MIN_ITEMS = 2
GATE = re.compile(r"^[ \t\u00a0]*[-•·▪◦*–][ \t\u00a0]*\d\d", re.MULTILINE)


def described_list_codes(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The codes of every introduced list of at least MIN_ITEMS described items, where no earlier reading took them."""
    if not may_occur(DESCRIBED_ITEM, text) or not GATE.search(text):
        return []
    items = [item for item in DESCRIBED_ITEM.finditer(text) if _introduced(item.start(), text)]
    if len(items) < MIN_ITEMS:
        return []
    roles, found = Roles(text, sentences), []
    for item in items:
        for start, number in _item_codes(item):
            digits = digits_of(number)
            if start in read or not _is_item_code(number, digits):
                continue
            end = start + len(number)
            found.append(CodeMention(digits, level_for(digits), False, roles.at(start), number, start, end))
    return found


def _item_codes(item: re.Match) -> list[tuple[int, str]]:
    """The item's codes and the headings its description names, each with its offset in the text."""
    listed = [(item.start("codes") + m.start(), m.group()) for m in ITEM_CODE.finditer(item.group("codes"))]
    named = []
    for match in NAMED_IN_DESCRIPTION.finditer(item.group("description")):
        for group in ("first", "second"):
            if match.group(group) and not re.fullmatch(YEAR, match.group(group)):
                named.append((item.start("description") + match.start(group), match.group(group)))
    return listed + named


def _is_item_code(number: str, digits: str) -> bool:
    """A chapter, or a heading, subheading or national line in a shape codes are written in."""
    if len(digits) == 2:
        return "01" <= digits <= "97"  # a chapter ('92 - Musical instruments and parts')
    if digits[:2] == "00" or digits[2:4] == "00" or NO_SUCH_HEADING.match(digits):
        return False  # '1995', '2500': a year or an amount
    return len(digits) == 4 or notation().shape(number) is not None


def _introduced(item_start: int, text: str) -> bool:
    """The nearest line above the item that is no item itself ends with a colon and names tariff codes."""
    position = item_start
    while position > 0:
        line_start = text.rfind("\n", 0, position - 1) + 1
        line = text[line_start : position - 1]
        if line.strip() and not DESCRIBED_ITEM.fullmatch(line):
            if not line.rstrip().endswith(":"):
                return False
            window = text[max(line_start, position - 1 - INTRO_REACH) : position - 1]
            keywords = notation().keywords.finditer(window)
            return bool(TARIFF_WORDS.search(window) or any(_names_codes(m.group()) for m in keywords))
        position = line_start
    return False


def _names_codes(keyword: str) -> bool:
    """A code keyword other than a bare 'code(s)' ('CN codes', 'NCM', 'HSK'): an entry type's codes are no goods."""
    return keyword.strip(" :").lower() not in ("code", "codes")
