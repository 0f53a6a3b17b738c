"""Headings written with a dot between chapter and heading: `72.08`, `07.13`, `87.10`.

The older EU notation, and the one Asian, Pacific and South Asian schedules still print
(`heading No 72.08`, `headings 08.01 to 08.06`, a New Zealand concession `A 23.09 Electrolyte ...`,
a Pakistani table `87.10 8710.0010 8710.0090`). `72.08` is also how prices, decimals and section
numbers look, so a dotted heading counts only where the text says it is one: a heading keyword in
front of it, the codes of that heading right after it, or the start of a table row in a table whose
other rows start with codes, or the noun that names them after the list, in a language that puts it last (Turkish
'52.05, 52.06 gümrük tarife pozisyonları').
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from nlp.codes.gated import gated_finditer
from nlp.codes.notation import NO_SUCH_HEADING, UNIT_AFTER, notation
from nlp.codes.roles import role_at
from nlp.codes.schedules import PARENT_REACH, extends, flat_serial_row
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

# "heading No 72.08", "headings Nos 72.09 and 72.10", "headings 08.01 to 08.06", "la position 40.12",
# "les positions 84.29 et 84.30", "partidas 73.04 y 73.05" (the words: code_patterns.yaml). A list after its
# keyword may mix notations, as South African and Asian gazettes write them: 'tariff subheadings 55.13, 5903.20,
# 5212.1 and 63.02' (a heading, a subheading, a 5-digit subheading), 'HS编码:03.02、03.03和03.08' (a Chinese
# enumeration comma and 'and'); the dotted headings and the 5-digit ones of such a list are read here, the
# others by the finder's scan. French and Spanish put their qualifiers after the keyword ('sous-positions tarifaires
# suivantes : 87.01, 87.02 … et 87.05', 'partidas arancelarias 73.04 y 73.05').
# (a comma and a digit after an item is a decimal, unless another dotted heading starts there: a Ghanaian act's
# 'headings 15.07, 15.08, 15.10,15.11,15.12' glues its list without spaces)
LIST_ITEM = (
    r"(?:\d{2}\.\d{2}(?:\.\d{2})?|\d{4}\.\d(?!\d)|\d{4}(?:[.\u00a0 ]\d{2,4}){0,3})"
    r"(?!\.?\d|,(?!\d{2}\.\d{2}(?![\d.]))\d)"
)
# (a table printed one cell a line breaks a list with its cells' bars: 'headings 15.07, 15.08,\n|\n|\n15.10')
LIST_GLUE = (
    r"\.?\s*(?:\|\s*)*(?:,|;|、|，|and|or|to|et|ou|à|y|o|a|e|und|oder|bis|og|och|eller|和|及|与|或|ও)\s*(?:\|\s*)*"
)
OLD_HEADINGS = scan_gated(
    guarded(
        rf"(?:{notation().dotted_heading_words}|\b(?:tariff\s+)?subheadings?|\bHS(?:\s*(?:codes?(?:\s*\(s\))?|编码|編碼|编号))?)"
        rf"(?:\s+(?:tarifaires?|douani[èe]res?|suivantes?|arancelarias?|siguientes?)){{0,2}}"
        rf"(?:\s*[:：]\s*|\s+|(?<=编码|編碼|编号))(?:Nos?\.?\s+)?(?P<list>{LIST_ITEM}(?:{LIST_GLUE}{LIST_ITEM})*)(?![\w%]|\s?(?:%|€|euros?|EUR))",
        re.I,
    )
)
# The items of such a list this module reads: a dotted heading, a subheading dotted in pairs as WTO notification records
# print it ('HS编码44.15.10-木质包装箱': its Chinese label glued to it), or a 5-digit subheading ('5212.1').
SHORT_ITEM = re.compile(r"(?<![\d.])(?:\d{2}\.\d{2}(?:\.\d{2})?|\d{4}\.\d)(?!\d|\.\d)")  # '02.01.' ends a sentence
# A dotted heading on its own: not part of a longer number, a date (23.09.2024) or an amount (12.50,00).
# (a comma and a digit after it make a decimal, unless a list glued without spaces goes on: '15.10,15.11')
DOTTED_HEADING = scan_gated(
    guarded(r"(?<![\w.,/:$€£-])(?P<heading>\d{2}\.\d{2})(?![\w%]|[./-]\d|,(?!\d{2}\.\d{2}(?![\d.]))\d)\)?")
)
# What may stand before a code at the start of a table row: bars, bullets, dashes, an opening quote,
# and (with marker=True) a one-letter column value ('A 8479.90.09 Spare parts ...').
ROW_LEAD = re.compile(r"[ \t|•·▪◦*\-–“\"'‘(\u00a0]*$")
ROW_MARKER = re.compile(r"[ \t|•·▪◦*\-–“\"'‘(\u00a0]*[A-Z][ \t]+$")
SERIAL_LEAD = re.compile(r"[ \t]*\d{1,3}[ \t]+$")  # a row's serial number
# bars, bullets (a middle dot too) and dashes only; the opening quote of an amendment's substituted entries
# ('the following entries shall be substituted, namely:' / '“2529.1000 - Feldspar 0')
LIST_LEAD = re.compile(r"[ \t|•·▪◦*\-\u00a0]*[“\"]?$")
ROW_REACH = 1500  # a table's rows: a dotted heading this close to a row that starts with a code


def starts_row(offset: int, text: str, marker: bool = True) -> bool:
    """The number at `offset` starts a line: after bars, bullets or dashes; with `marker`, also after an
    opening quote or bracket or a one-letter column ('A 8479.90.09 Spare parts')."""
    line_start = text.rfind("\n", 0, offset) + 1
    lead = text[line_start:offset]
    if not marker:
        return bool(LIST_LEAD.match(lead))
    return bool(ROW_LEAD.match(lead) or ROW_MARKER.match(lead))


def dotted_headings(text: str, sentences: Sentences, codes: list) -> Iterator[CodeMention]:
    """Dotted headings after a heading keyword, before their own codes, or starting a code table's row."""
    yield from _after_keyword(text, sentences)
    by_start = {c.start: c for c in codes if isinstance(c, CodeMention)}
    by_end = {c.end: c for c in by_start.values()}
    row_codes = sorted(c.start for c in by_start.values() if len(c.code) >= 6 and starts_row(c.start, text))
    for match in DOTTED_HEADING.finditer(text) if may_occur(DOTTED_HEADING, text) else ():
        start = match.start("heading")
        heading = match.group("heading").replace(".", "")
        following = _code_right_after(text, match.end(), by_start)
        if text[max(0, start - 3) : start] == "ex ":  # 'ex 87.10': part of the heading, in tariff usage
            yield _heading(match, role_at(text, start, sentences), ex=True)
        elif following is not None and following.code.startswith(heading) and following.code != heading:
            yield _heading(match, following.role)
        elif starts_row(start, text) and _row_goes_on(text, match.end()) and _near(start, row_codes):
            yield _heading(match, role_at(text, start, sentences))
        elif _starts_or_follows_serial(start, text) and _first_row_below_extends(match, heading, row_codes, by_start):
            yield _heading(match, role_at(text, start, sentences))
        elif _row_heading(match, text):
            yield _heading(match, role_at(text, start, sentences))
        elif _in_a_row_list(match, text) and _near(start, row_codes):
            yield _heading(match, role_at(text, start, sentences))
        elif notation().keywords_after.match(text, match.end()):  # Turkish '52.05, 52.06 gümrük tarife pozisyonları'
            yield _heading(match, role_at(text, start, sentences))
        elif (listed := _listed_between_codes(text, match, by_start, by_end)) is not None:
            yield _heading(match, listed.role)  # '1508.90.00, 15.09, 1510.10.00'


LISTED_BEFORE = re.compile(r"[ \t\u00a0]*[,;][ \t\u00a0]*$")  # a list's comma after the code before
LISTED_AFTER = re.compile(r"[ \t\u00a0]*[,;][ \t\u00a0]*")  # and before the next


def _listed_between_codes(text: str, match: re.Match, by_start: dict, by_end: dict) -> CodeMention | None:
    """The code before a dotted heading listed among codes the scan read (a code before it and a code after it, joined
    by commas), or None."""
    start = match.start("heading")
    before = LISTED_BEFORE.search(text, max(0, start - 8), start)
    after = LISTED_AFTER.match(text, match.end("heading"))
    if before is None or before.start() not in by_end or after is None or after.end() not in by_start:
        return None
    return by_end[before.start()]


def _starts_or_follows_serial(offset: int, text: str) -> bool:
    """The heading starts a row, or follows the row's serial number ('1 08.05 Citrus fruit', a gazette
    schedule numbering its entries)."""
    return starts_row(offset, text) or bool(SERIAL_LEAD.match(text, text.rfind("\n", 0, offset) + 1, offset))


# a code table's first cell listing several headings ('02.01, 02.02, 02.04 and 02.07 | all their codes | Meat | 20'; a
# Bangladeshi schedule joins the last with Bengali 'ও', and): the cell's items before and after this one
ROW_LIST_GLUE = r"[ \t]*(?:,|;|&|and|ও)[ \t]*"
ROW_LIST_BEFORE = re.compile(rf"[ \t|•·*\-\u00a0]*(?:\d{{2}}\.\d{{2}}{ROW_LIST_GLUE})*$")
ROW_LIST_NEXT = re.compile(rf"{ROW_LIST_GLUE}\d{{2}}\.\d{{2}}(?![\w.]|,\d)")
ROW_LIST_PREVIOUS = re.compile(rf"\d{{2}}\.\d{{2}}{ROW_LIST_GLUE}$")
CELL_END = re.compile(r"[ \t]*\|")


def _in_a_row_list(match: re.Match, text: str) -> bool:
    """The heading is an item of a list of dotted headings that fills a table row's first cell."""
    start, end = match.span("heading")
    line_start = text.rfind("\n", 0, start) + 1
    if not ROW_LIST_BEFORE.fullmatch(text, line_start, start):
        return False
    if ROW_LIST_NEXT.match(text, end):
        return True
    return bool(ROW_LIST_PREVIOUS.search(text, line_start, start) and CELL_END.match(text, end))


def _row_heading(match: re.Match, text: str) -> bool:
    """A heading as a row's code cell: after the serial number of a table flattened into running text, before
    the row's description ('3. 03.04 Fish fillets ... 25 4. 04.02 Milk ...')."""
    return flat_serial_row(match.start("heading"), text) and _row_goes_on(text, match.end())


def _after_keyword(text: str, sentences: Sentences) -> Iterator[CodeMention]:
    for match in gated_finditer(OLD_HEADINGS, text):
        role = role_at(text, match.start(), sentences)
        for number in SHORT_ITEM.finditer(match.group("list")):
            start = match.start("list") + number.start()
            code = number.group().replace(".", "")
            if not NO_SUCH_HEADING.match(code):  # a year ('2024.1') or a figure ('00.12')
                yield CodeMention(
                    code, level_for(code), False, role, number.group(), start, start + len(number.group())
                )


def _code_right_after(text: str, end: int, by_start: dict) -> CodeMention | None:
    """The code that follows after white space only (the heading's first subdivision), if any."""
    position = end
    while position < len(text) and position - end < 8 and text[position] in " \t\n\r\u00a0":
        position += 1
    return by_start.get(position) if position > end else None


ROW_DESCRIPTION = re.compile(r"[ \t]+[^\W\d_]|[ \t]+\d\.\s")  # a word, or the next column's number
ROW_DATE_COLUMN = re.compile(
    r"[ \t](?:19|20)\d\d-[01]\d-[0-3]\d[ \t]"
)  # '84.62 2031-01-01 French Description': a date column


def _row_goes_on(text: str, end: int) -> bool:
    """After a row's heading comes its description (a word) or the next column; a unit makes it a
    measurement starting a wrapped line ('12.50 mm thick')."""
    if UNIT_AFTER.match(text[end : end + 12]):
        return False
    return bool(ROW_DESCRIPTION.match(text[end : end + 4]) or ROW_DATE_COLUMN.match(text, end, end + 12))


def _first_row_below_extends(match: re.Match, heading: str, row_codes: list[int], by_start: dict) -> bool:
    """The next row that starts with a code, within PARENT_REACH, is a subdivision of this heading (a
    schedule flattened one cell per line: '07.03' / 'Onions, shallots ...' / '0703.10')."""
    if UNIT_AFTER.match(match.string[match.end() : match.end() + 12]):
        return False
    index = bisect.bisect_right(row_codes, match.end())
    if index == len(row_codes) or row_codes[index] - match.end() > PARENT_REACH:
        return False
    return extends(heading, by_start[row_codes[index]].code)


def _near(offset: int, row_codes: list[int]) -> bool:
    """A row starting with a code within ROW_REACH on either side (`row_codes` sorted)."""
    index = bisect.bisect_left(row_codes, offset - ROW_REACH)
    return index < len(row_codes) and row_codes[index] <= offset + ROW_REACH


def _heading(match: re.Match, role: str, ex: bool = False) -> CodeMention:
    start, end = match.span("heading")
    start -= 3 if ex else 0
    code = match.group("heading").replace(".", "")
    return CodeMention(code, "heading", ex, role, match.string[start:end], start, end)
