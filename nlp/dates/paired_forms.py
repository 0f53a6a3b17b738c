"""Dates found as pairs: a Nordic quota table's compact period ("01.05.-30.11.31") and a range's first date that
borrows its year from the closing one ("31 March to 13 April 2023"). Split from nlp/dates/finder.py."""

import re
from datetime import date
from functools import cache

from nlp.dates.found import FoundDate
from nlp.dates.rules import date_rules
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated

DAY_SUFFIX = r"(?:st|nd|rd|th|er|re|e|º|°|o|ης|η|\.)?"  # "1η Ιουλίου", "της 12ης Μαρτίου"


# A Nordic quota table's period with a two-digit year at its end only: "01.05.-30.11.31" (1 May to 30 November
# 2031), "25.12.30-30.06.31", "01.01. - 31.12.31". Only as a pair: a lone "31.12.31" may be anything.
COMPACT_PERIOD = scan_gated(
    guarded(
        r"(?<![\d.])(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.(?P<y1>\d{2}(?![\d.]))?[ \t\u00a0]*[-–][ \t\u00a0]*"
        r"(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{2})(?![\d.])"
    )
)


def compact_periods(text: str, taken: bytearray) -> list[FoundDate]:
    found = []
    for match in COMPACT_PERIOD.finditer(text) if may_occur(COMPACT_PERIOD, text) else ():
        if any(taken[match.start() : match.end()]):
            continue
        try:
            end = date(2000 + int(match["y2"]), int(match["m2"]), int(match["d2"]))
            start_year = 2000 + int(match["y1"]) if match["y1"] else end.year - (int(match["m1"]) > end.month)
            start = date(start_year, int(match["m1"]), int(match["d1"]))
        except ValueError:
            continue
        if not start < end:
            continue
        first_end = match.end("y1") if match["y1"] else match.end("m1") + 1
        found.append(
            FoundDate(start, text[match.start() : first_end], match.start(), first_end, partial=not match["y1"])
        )
        found.append(FoundDate(end, text[match.start("d2") : match.end()], match.start("d2"), match.end()))
        taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return found


# "31 March to 13 April 2023", "March 31 to April 13, 2023": the first date borrows the year (a US notice may keep
# the comma that would have stood before the year: "January 1, through December 31, 2015").
@cache
def _range_start_pattern() -> re.Pattern:
    month = "|".join(sorted((re.escape(m) for m in date_rules().months), key=len, reverse=True))
    glue = r"\s*,?\s*(?:to|until|till|through|[-–—]|au|bis(?:\s+zum)?|al)\s*"
    return guarded(
        rf"(?:\b(?P<day>\d{{1,2}}){DAY_SUFFIX}\s+(?P<month>{month})|\b(?P<month2>{month})\.?\s+(?P<day2>\d{{1,2}}))"
        rf"{glue}$"
    )


def with_range_starts(text: str, lowered: str, found: list[FoundDate], taken: bytearray) -> list[FoundDate]:
    pattern = _range_start_pattern()
    result: list[FoundDate] = []
    for item in found:
        window_start = max(0, item.start - 30)
        match = pattern.search(lowered, window_start, item.start)
        if match and not any(taken[match.start() : match.end()]):
            start = _inferred(match, item, text)
            if start is not None:
                result.append(start)
        result.append(item)
    return result


def _inferred(match: re.Match, closing: FoundDate, text: str) -> FoundDate | None:
    month_text = match.group("month") or match.group("month2")
    day = int(match.group("day") or match.group("day2"))
    month = date_rules().months[month_text]
    year = closing.date.year - (1 if month > closing.date.month else 0)
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    end = match.end("month") if match.group("month") else match.end("day2")
    return FoundDate(value, text[match.start() : end], match.start(), end, partial=True)
