"""Dates written without their year: a stop-press heading's "on 13 February:", a sentence's "ended on 12 June".
Each takes the year of the full date nearest it (nlp/dates/finder.py finds those first)."""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import cache

from nlp.dates.found import FoundDate
from nlp.dates.rules import date_rules
from nlp.text.dispatch import dispatched
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated_builder


# A stop-press heading may leave out the year: "New codes taking effect on 13 February:". The year is that of the
# nearest full date below it (the notice's next heading), else above it.
@cache
def _yearless_heading_pattern() -> re.Pattern:
    month = "|".join(sorted((re.escape(m) for m in date_rules().months), key=len, reverse=True))
    return guarded(
        rf"\b(?:on|from|as\s+of)\s+(?P<date>(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{month})"
        rf"|(?P<month2>{month})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)[ \t]*:[ \t]*$",
        re.M,
    )


def with_yearless_headings(text: str, lowered: str, found: list[FoundDate], taken: bytearray) -> list[FoundDate]:
    starts = [item.start for item in found]
    added = []
    pattern = _yearless_heading_pattern()
    # only lines ending with a colon can be such headings: found first, then their tails read
    tails = (
        pattern.search(lowered, max(0, colon.start() - HEADING_TAIL), colon.end())
        for colon in COLON_LINE_END.finditer(lowered)
    )
    for match in (tail for tail in tails if tail):
        start, end = match.span("date")
        index = bisect.bisect_left(starts, start)
        neighbour = found[index] if index < len(found) else (found[index - 1] if index else None)
        if neighbour is None or any(taken[start:end]):
            continue
        month, day = match.group("month") or match.group("month2"), match.group("day") or match.group("day2")
        added += _in_year_of(neighbour, month, day, text, start, end)
    return sorted(found + added, key=lambda d: d.start) if added else found


def _in_year_of(neighbour: FoundDate, month: str, day: str, text: str, start: int, end: int) -> list[FoundDate]:
    """The day and month written at text[start:end], in the year of the full date nearest them ([]: no such day)."""
    try:
        value = date(neighbour.date.year, date_rules().months[month], int(day))
    except ValueError:
        return []
    return [FoundDate(value, text[start:end], start, end)]


def _in_year_of_nearest(
    found: list[FoundDate], index: int, month: str, day: str, text: str, start: int, end: int
) -> list[FoundDate]:
    """The day and month at text[start:end] in the year of the nearer full date beside them (found[index - 1] or
    found[index]), if one stands within YEARLESS_REACH ([]: none, or no such day)."""
    near = [item for item in found[max(0, index - 1) : index + 1] if abs(item.start - start) <= YEARLESS_REACH]
    if not near:
        return []
    return _in_year_of(min(near, key=lambda item: abs(item.start - start)), month, day, text, start, end)


@cache
def _latin_months() -> list[str]:
    """The months' names written in Latin letters, escaped, longest first (the lead words before a yearless day are
    English: a month in another script, Cyrillic, Arabic, never follows them)."""
    latin = (m for m in date_rules().months if all(ch < LATIN_END for ch in m))
    return sorted((re.escape(m) for m in latin), key=len, reverse=True)


# A notice may leave out the year inside a sentence too: "Commodity code 0301990011 ended on 12 June.", "On
# 1 October, the duty will be reinstated". The year is that of the nearest full date, when one stands near.
LEAD_WORDS = (
    r"\b(?:on|from|until|till|to|as\s+of|as\s+from|ended\s+on|ending\s+on)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
)


@cache
def _yearless_in_sentence_patterns() -> tuple[re.Pattern, re.Pattern]:
    # \b(?:<month>)\b(?!...)(?![ \t]*:[ \t]*$) under re.M, dispatched on the month's first letter ("$" under re.M
    # is "before a newline or at the end"); the tail is written into each month: the same tries in the same order
    tail = r"\b(?![ \t]*\.?[ \t]*\d)(?![ \t]*:[ \t]*(?:\n|\Z))"
    return (
        dispatched([f"(?:{month}{tail})" for month in _latin_months()], prefix=r"\b"),
        guarded(LEAD_WORDS + "$"),
    )


@scan_gated_builder
@cache
def _lead_then_month() -> re.Pattern:
    """A lead's words then a month, as the two patterns above find them one after the other: where the text's scan
    finds none, no month need be searched ('may' and 'march' are words of most English texts)."""
    return re.compile(LEAD_WORDS + "(?:" + "|".join(_latin_months()) + ")")


LATIN_END = "\u0250"  # past the Latin letters with their accents ("ř", "ą")
YEARLESS_REACH = 3000  # how near a full date must stand to give its year
# A news item's lead dates the event it reports by day and month only ("On 28 August the Commission announced the
# final determination …"); the full dates below it narrate the case's earlier steps, whose year is not the lead's.
LEAD_REACH = 300
REPORTED_LEAD = re.compile(
    r"\s*on\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+[^.;\n]{0,200}?\b(?:announced|published|issued|released|notified|"
    r"reported|said|stated|initiated|imposed|extended|terminated)\b"
)
# a line headed by a goods code (a tariff table's row): a day and month in its description recur every year
CODE_ROW = re.compile(r"[ \t|*-]*\d{4}(?:[ .]?\d{2}){1,3}\b")
# ... unless the row says what applies then ("0% preferential duty for imports from X from 1 June to 31 October")
MEASURE_WORD = guarded(r"%|\b(?:dut(?:y|ies)|rates?|quotas?|preferen\w*|tariffs?|suspen\w*|measures?)\b")


def _season_of_goods(lowered: str, start: int) -> bool:
    """A day and month in a goods description of a tariff row ("0806101005 | Table grapes > Of the variety X, from
    1 January to 31 January"): a season of the goods, every year, no date of the measure."""
    line_start = lowered.rfind("\n", 0, start) + 1
    code = CODE_ROW.match(lowered, line_start)
    return code is not None and not MEASURE_WORD.search(lowered, code.end(), start)


def with_yearless_in_sentences(text: str, lowered: str, found: list[FoundDate], taken: bytearray) -> list[FoundDate]:
    if not found or not may_occur(_lead_then_month(), lowered):
        return found
    months, before = _yearless_in_sentence_patterns()
    starts, added = [item.start for item in found], []
    for match in months.finditer(lowered):
        lead = before.search(lowered, max(0, match.start() - 20), match.start())
        if lead is None or any(taken[lead.start("day") : match.end()]):
            continue
        start, end = lead.start("day"), match.end()
        if _season_of_goods(lowered, start):
            continue
        index = bisect.bisect_left(starts, start)
        if _starts_a_range_to(lowered, end, found[index : index + 1]):
            continue  # "from 15 December to 31 January 2032": its end gives the year (paired_forms)
        if index == 0 and REPORTED_LEAD.match(lowered, 0, LEAD_REACH):
            continue  # a news lead's "On 28 August the Commission announced": the full dates below are its history
        dated = _in_year_of_nearest(found, index, match.group(), lead.group("day"), text, start, end)
        if dated:
            added += dated
            taken[start:end] = b"\x01" * (end - start)
    return sorted(found + added, key=lambda d: d.start) if added else found


RANGE_TO = re.compile(r"\s*(?:to|until|till|through|[-–])\s*")


def _starts_a_range_to(lowered: str, end: int, following: list[FoundDate]) -> bool:
    """Whether a day and month without a year open a range whose end, the next full date, follows at once."""
    gap = RANGE_TO.match(lowered, end)
    return bool(gap and following and following[0].start == gap.end())


COLON_LINE_END = re.compile(r":[ \t]*$", re.M)
HEADING_TAIL = 60  # the longest "on 13 February:" ending a heading


# A US notice or its relay writes the month first and leaves out the year: "as of Feb. 7 the quotas will be revised",
# "to be Effective March 3", "beginning July 1". The year is that of the nearest full date, as above.
@scan_gated_builder  # its leading '\b(?:on|from|...)' is tried at every word: most texts hold no such date at all
@cache
def _yearless_month_first_pattern() -> re.Pattern:
    months = "|".join(_latin_months())
    return guarded(
        rf"\b(?:on|from|until|through|as\s+of|as\s+from|effective|beginning|starting|tomorrow|today)\s*,?\s+"
        # a weekday may stand before the day ('comes into force tomorrow, Saturday, February 25'): it picks the year
        rf"(?:(?P<weekday>{WEEKDAYS})\s*,?\s+)?(?P<date>(?P<month>{months})"
        r"\.?[ \t]+(?P<day>\d{1,2})(?:st|nd|rd|th)?)\b(?![ \t]*[,.]?[ \t]*\d)(?![-/:])"
        # a day that recurs ('the dairy year beginning on August 1 of each year'): no date of the measure
        r"(?![ \t]+(?:of[ \t]+(?:each|every|any|a|the[ \t]+(?:following|same|preceding|previous|next))[ \t]+year"
        r"|each[ \t]+year|every[ \t]+year|annually)"
        # a day with its year in words ('from July 1st this year to June 30th, 2032'): the relative rules read it
        r"|[ \t]+(?:of[ \t]+)?(?:this|next|last)[ \t]+year)"
    )


def with_yearless_month_first(text: str, lowered: str, found: list[FoundDate], taken: bytearray) -> list[FoundDate]:
    pattern = _yearless_month_first_pattern()
    if not found or not may_occur(pattern, lowered):
        return found
    starts, added = [item.start for item in found], []
    for match in pattern.finditer(lowered):
        start, end = match.span("date")
        if any(taken[start:end]) or _season_of_goods(lowered, start):
            continue
        index = bisect.bisect_left(starts, start)
        if _starts_a_range_to(lowered, end, found[index : index + 1]):
            continue  # "from Dec. 15 to Jan. 31, 2032": the range's end gives its year
        if match.group("weekday"):
            dated = _in_year_of_its_weekday(found, match, text, start, end)
        else:
            dated = _in_year_of_nearest(found, index, match.group("month"), match.group("day"), text, start, end)
        if dated:
            added += dated
            taken[start:end] = b"\x01" * (end - start)
    return sorted(found + added, key=lambda d: d.start) if added else found


WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"


def _in_year_of_its_weekday(
    found: list[FoundDate], match: re.Match, text: str, start: int, end: int
) -> list[FoundDate]:
    """A day written with its weekday ('Saturday, February 25'): the year of the nearest full date within reach in
    which that day falls on that weekday (a news item's own date line, not the older act its next sentence dates)."""
    weekday = WEEKDAYS.split("|").index(match.group("weekday"))
    near = sorted(
        (item for item in found if abs(item.start - start) <= YEARLESS_REACH), key=lambda i: abs(i.start - start)
    )
    for item in near:
        dated = _in_year_of(item, match.group("month"), match.group("day"), text, start, end)
        if dated and dated[0].date.weekday() == weekday:
            return dated
    return []
