"""A page's own date line that writes the year in two digits after the month's name: a relay's 'Published: Mon 17th
Nov 25', 'Posted on 3 March 24', 'Last updated: Nov 17, 25', 'Veröffentlicht am 17. Nov. 25'. The year in two digits
is read only there: a labelled line that holds the date and nothing after it (elsewhere '17 Nov 25' may be a day
and a count). Cheap: searched only where the shared scan (nlp/text/prefilter.py) sees such a label at a line's start,
never by a whole-text search of its own."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from nlp.dates.found import FoundDate
from nlp.dates.rules import date_rules
from nlp.text.prefilter import may_occur, scan_gated_builder

# the label (a page's date field: `short_year_labels` in nlp/data/date_rules.<language>.yaml), a weekday maybe, then the
# day and the month's name or the month's name and the day, and the two-digit year closing the line; searched in the
# lower-cased text
SHORT_YEAR_LINE = (
    r"^[ \t]*(?:{labels})[ \t]*:?[ \t]*"
    r"(?:[^\W\d_]{{2,10}}\.?,?[ \t]+)??"  # a weekday: 'Mon', 'Monday,', 'Mo.'
    r"(?P<date>(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.)?[ \t]+(?P<month>[^\W\d_]{{3,12}})\.?,?[ \t]+(?P<year>\d{{2}})"
    r"|(?P<month_b>[^\W\d_]{{3,12}})\.?[ \t]+(?P<day_b>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<year_b>\d{{2}}))"
    r"[ \t]*$"
)


@scan_gated_builder
@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """The date line and its gate (a label opening a line), from every language's labels, registered with the scan."""
    labels = "|".join(date_rules().short_year_labels)
    return re.compile(SHORT_YEAR_LINE.format(labels=labels), re.M), re.compile(rf"^[ \t]*(?:{labels})", re.M)


# A page that opens with its date alone, the year in two digits, the parts spaced or not ('06 / 17 / 24', '17/06/24'):
# the page's own date line, read only as the text's first line (elsewhere '06 / 17 / 24' may be a count or a ratio)
NUMERIC_FIRST_LINE = re.compile(
    r"\A\s*(?P<a>\d{1,2})[ \t]*/[ \t]*(?P<b>\d{1,2})[ \t]*/[ \t]*(?P<year>\d{2})[ \t]*$", re.M
)


def numeric_first_line(text: str, taken: bytearray, month_first: bool) -> list[FoundDate]:
    """The text's first line when it is a numeric date alone with a two-digit year; month first where one part is
    above 12 says so, or where the jurisdiction writes it so (`month_first`)."""
    match = NUMERIC_FIRST_LINE.match(text)
    if match is None or any(taken[match.start("a") : match.end("year")]):
        return []
    first, second = int(match["a"]), int(match["b"])
    if second > 12 or (month_first and first <= 12):
        first, second = second, first
    try:
        value = date(2000 + int(match["year"]), second, first)
    except ValueError:
        return []
    start, end = match.start("a"), match.end("year")
    taken[start:end] = b"\x01" * (end - start)
    return [FoundDate(value, text[start:end], start, end)]


def short_year_lines(text: str, lowered: str, taken: bytearray) -> list[FoundDate]:
    """Each labelled date line of `text` with a month's name and a two-digit year, where no other form took it."""
    line, gate = _patterns()
    if not may_occur(gate, lowered):
        return []
    months = date_rules().months
    found = []
    for match in line.finditer(lowered):
        start, end = match.span("date")
        month = months.get(match["month"] or match["month_b"])
        if month is None or any(taken[start:end]):
            continue
        try:
            year = int(match["year"] or match["year_b"])
            year += 1900 if year > 50 else 2000  # as a slashed '1/1/22'
            value = date(year, month, int(match["day"] or match["day_b"]))
        except ValueError:
            continue
        found.append(FoundDate(value, text[start:end], start, end))
        taken[start:end] = b"\x01" * (end - start)
    return found
