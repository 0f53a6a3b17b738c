"""Norway's tariff numbers, written in a date's shape ('04.07.1900'; moved from finder.py, which had grown past its
size): the next item of a list its keyword opens, a number no calendar has, a cell opening its line under a Norwegian
code column's header, and compressed siblings after a number ('02.01.1000/.2001/.2002/')."""

from __future__ import annotations

import re

from nlp.codes.headings import starts_row
from nlp.codes.notation import notation
from nlp.codes.schedules import CodeHeaders
from nlp.text.prefilter import scan_gated

# Only compressed siblings between two codes: Norway's '02.01.1000/.2001/.2002/\n.2004/ 02.02.1000' lists on
SIBLING_GLUE = re.compile(r"^(?:\s*/\s*\.\d{4})*\s*/\s*$")
# A tariff number's cell in a Norwegian quota table: the number opens its line, only its compressed siblings after it
# ('02.02.3001/.3009', '02.10.2000'), under a header naming the code column ('Vare og varenummer … Opprinnelse')
SIBLINGS_TO_LINE_END = re.compile(r"(?:[ \t]*/[ \t]*\.\d{4})*[ \t]*/?[ \t]*(?:\n|$)")
# only Norway's tariff writes its numbers in a date's shape: a header naming its tariff numbers ('Vare og varenummer')
# a scan of every line, asked of the whole text by the cell reader: gated by the prefilter's one scan
NORWEGIAN_CODE_COLUMN = scan_gated(re.compile(r"^[^\n]{0,80}\bvarenummer\b[^\n]{0,120}$", re.I | re.M))
NORWEGIAN_HEADER_REACH = 1500
# a date-shaped tariff number right before, then a list's 'and'/'or' or comma (Nordic ones too)
LISTED_AFTER_DOTTED_NUMBER = re.compile(r"(?<![\d.])\d\d\.\d\d\.\d{4}\s*(?:,|;|,?\s*(?:og|och|eller|and|or))\s*$", re.I)


def tariff_number_cell(match: re.Match, text: str, headers: CodeHeaders) -> bool:
    """A date-shaped number opening its line, nothing but its compressed siblings after it, under a Norwegian code
    column's header: a tariff number's cell ('02.02.2008' under 'Vare og varenummer Tollavgiftssats Mengde
    Opprinnelse'); a date under another code column's header ('G.T.İ.P.' over a quota period's end) stays a date."""
    return (
        starts_row(match.start(), text, marker=False)
        and SIBLINGS_TO_LINE_END.match(text, match.end()) is not None
        and headers.above(match.start())
        and _under_a_norwegian_code_header(match.start(), text)
    )


def _under_a_norwegian_code_header(start: int, text: str) -> bool:
    return NORWEGIAN_CODE_COLUMN.search(text, max(0, start - NORWEGIAN_HEADER_REACH), start) is not None


def tariff_number_not_date(number: str, before: str) -> bool:
    """A date-shaped number that goes on from a tariff number accepted before it: the next item of a list its
    keyword opens ('varenummer 03.04.2020 og 04.03.2040'), or one no calendar has ('overført til 17.04.9099')."""
    listed = LISTED_AFTER_DOTTED_NUMBER.search(before)
    while listed:
        before = before[: listed.start()]
        if notation().heading_keywords.search(before):
            return True
        listed = LISTED_AFTER_DOTTED_NUMBER.search(before)
    day, month, year = (int(part) for part in number.split("."))
    return not (1 <= day <= 31 and 1 <= month <= 12 and 1900 <= year <= 2100)
