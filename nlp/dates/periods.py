"""Periods written as a pair of dates in one clause: the first is the start, the second the end.

"from 1 July 2025 to 30 June 2026", "commencing 1 July 2025 and ending 30 June 2026", "between ...
and ...", "SPV rates for 31 March to 13 April 2023", "1.1.2026-31.12.2026" in a quota table, "as of
the <date>, effective date of X, to <date>", and the French and German forms ("du ... au ...",
"vom ... bis zum ..."). A period of an investigation or review is history.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from nlp.dates.finder import FoundDate
from nlp.dates.layout import Layout
from nlp.dates.rules import DateRules
from nlp.text.patterns import guarded
from nlp.types import DateMention

PAIR = ("application_start", "application_end")
OPENING_REACH = 60  # characters before the first date where "from", "between"... may stand
UNASSERTED_REACH = 200  # characters before it where its clause's mood ("would", "requested that") is read
JOINING_GAP = 30  # "to", "and ending on", "–" between the two dates
APPOSITIVE_GAP = 80  # ", effective date of the $200 billion action, to": a phrase about the first date, then "to"
# two cells of one row: side by side, glued by a converter, or one cell per line (a web table's text)
CELL_GAP = re.compile(r"[ \t\u00a0|]*(?:\n[ \t\u00a0|]*){0,4}")
HEADER_REACH = 1500  # how far above a row its table's header line may stand
NEXT_STEP = re.compile(r"\s*,?\s*(?:and|from)\s+(?:\$|USD|EUR|GBP|£|€|\d)")
# a range a web page broke after its dash, under a field naming a period: "- Version validity" / "-" / "01/01/2030 -" /
# "31/12/2035"
BROKEN_RANGE = re.compile(r"[ \t\u00a0]*[-–][ \t\u00a0]*\n[ \t\u00a0]*")
# (and the same record in French and Spanish: "Validité de la version", "Validez de la versión")
PERIOD_LABEL = re.compile(
    r"(?:version\s+)?validity(?:\s+period)?|period\s+of\s+validity|validity\s+dates?"
    r"|validit[ée]\s+de\s+la\s+version|validez\s+de\s+la\s+versi[óo]n|p[ée]riode\s+de\s+validit[ée]",
    re.I,
)
# "12:01 a.m. eastern daylight time on", "11:59 p.m. EST on": a time of day between a period's words and its date
OPENING_LABEL = re.compile(r"\bopening\b", re.I)
CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?(?:\s+[A-Za-z]+){0,3}?\s+(?:time|EST|EDT|ET)\s+on\b")


def find_periods(text: str, found: list[FoundDate], layout: Layout, rules: DateRules) -> dict[int, str]:
    """Index in `found` -> type, for the dates that open or close a period."""
    typed: dict[int, str] = {}
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if index in typed or not _is_pair(text, first, second, found[index - 1] if index else None, layout, rules):
            continue
        previous = found[index - 1] if index else None
        if rules.is_background(_sentence_with_wrapped_lead(text, first.start, layout)) or _unasserted(
            first, previous, layout, rules
        ):
            kinds = ("other", "other")
        else:
            kinds = _pair_kinds(text, first, previous, layout, rules)
        typed[index], typed[index + 1] = kinds
    return typed


def _unasserted(first: FoundDate, previous, layout: Layout, rules: DateRules) -> bool:
    """A period the clause only supposes or asks for ("the quota would be open from ... to ...")."""
    return rules.is_unasserted(layout.clause_before(first.start, previous.end if previous else 0)[-UNASSERTED_REACH:])


IN_FORCE_PAIR = ("entry_into_force", "application_end")
# a line a PDF wrapped mid-sentence: it opens in lower case, no full stop before it ("... anti-dumping actions" /
# "taken during the period 1 January-30 June 2031")
WRAPPED_LINE = re.compile(r"[a-z]")


def _sentence_with_wrapped_lead(text: str, offset: int, layout: Layout) -> str:
    """The pair's sentence, with the line above where the text was wrapped into lines that split it: what the
    period is (a report's, a condition's count) may stand on that line."""
    sentence = layout.sentence(offset)
    start, _ = layout.sentences.around(offset)
    if start > 0 and text[start - 1] == "\n" and WRAPPED_LINE.match(text, start):
        line_start = text.rfind("\n", 0, start - 1) + 1  # the line above only: the words the wrap cut off
        return text[max(line_start, start - 200) : start] + sentence
    return sentence


def _pair_kinds(text: str, first: FoundDate, previous, layout: Layout, rules: DateRules) -> tuple[str, str]:
    """An act "in force from <date> to the end of <date>" (Vietnamese "có hiệu lực thi hành từ ngày ... đến hết
    ngày ..."): it enters into force on the first and ends on the second; any other period applies between them."""
    if not rules.period_in_force:
        return PAIR
    before = layout.clause_before(first.start, previous.end if previous else 0)[-OPENING_REACH:]
    return IN_FORCE_PAIR if any(pattern.search(before) for pattern in rules.period_in_force) else PAIR


def _is_pair(text: str, first: FoundDate, second: FoundDate, previous, layout: Layout, rules: DateRules) -> bool:
    gap = text[first.end : second.start]
    if len(gap) > APPOSITIVE_GAP:
        return False
    gap = CLOCK_TIME.sub(" ", gap)  # "and before 11:59 p.m. eastern time on": the time of day joins nothing
    if BROKEN_RANGE.fullmatch(gap):
        return bool(PERIOD_LABEL.fullmatch(layout.label(first.start, first.end) or ""))
    # "... before June 1, 2025, and 50 dollars", "..., from 25 dollars to 75": a step of a schedule, no end
    if NEXT_STEP.match(text, second.end):
        return False
    if CELL_GAP.fullmatch(gap):
        return _under_period_columns(text, first.start, rules)
    if layout.sentences.around(first.start) != layout.sentences.around(second.start) and not _worded(gap):
        return False  # a full stop a converter left after the first date may split "... 2020. hingga ..."
    appositive = any(pattern.match(gap) for pattern in rules.period_appositive)
    if len(gap) > JOINING_GAP and not appositive:
        return False
    if first.partial or any(pattern.match(gap) for pattern in rules.period_bare):
        return True
    if not appositive and not any(pattern.match(gap) for pattern in rules.period_joinings):
        return False
    floor = previous.end if previous else 0
    before = CLOCK_TIME.sub(" ", layout.clause_before(first.start, floor))[-OPENING_REACH:]
    if TWO_DAYS_FOR.search(before) and AND_ONLY.fullmatch(gap):
        return False  # "for January 1, 2031 and February 1, 2031": two days the changes take effect, no period
    return any(pattern.search(before) for pattern in rules.period_openings) or _under_a_period_column(
        text, first.start, rules
    )


def _under_a_period_column(text: str, offset: int, rules: DateRules) -> bool:
    """A table row flattened to one line ("1513.29.10 ... 6.000 toneladas 01/06/2021 a 29/08/2021") under a header line
    whose last column names a period ("... COTA GLOBAL ... VIGÊNCIA"): the row's '<date> a <date>' is that period."""
    row_start = text.rfind("\n", 0, offset) + 1
    header_end = text.rfind("\n", 0, max(0, row_start - 1)) + 1
    header = text[header_end:row_start]
    return any(pattern.search(header) for pattern in rules.period_column)


TWO_DAYS_FOR = re.compile(r"(?<!\bperiod\s)(?<!\bperiods\s)\bfor\s*:?\s*$", re.I)
AND_ONLY = re.compile(r",?\s*and\s*", re.I)


def _worded(gap: str) -> bool:
    """A joining word ("hingga", "to") links two dates across a stray full stop, or stands on a line of its own
    between them (a table's head printed one cell a line: "1 เม.ย. 2582<br />" / "ถึง<br />" / "31 มี.ค. 2583");
    a dash between lines does not."""
    if "\n" not in gap:
        return any(ch.isalpha() for ch in gap)
    lines = [line for line in MARKUP_BREAK.sub("", gap).splitlines() if line.strip()]
    return len(lines) == 1 and bool(ONE_WORD.fullmatch(lines[0].strip()))


MARKUP_BREAK = re.compile(r"<br\s*/?>", re.I)
ONE_WORD = re.compile(r"[^\W\d_][^\s\d.,;:()|/-]*")  # letters and their marks (Thai vowels are marks, not letters)


def _under_period_columns(text: str, offset: int, rules: DateRules) -> bool:
    """Whether the nearest header line above names a start and an end column ("Valid from ... Valid to",
    "Início da Vigência ... Término da Vigência"): the row's two adjacent dates are then a period."""
    row_start = text.rfind("\n", 0, offset) + 1
    zone_start = max(0, row_start - HEADER_REACH)
    return any(pattern.search(text, zone_start, row_start) for pattern in rules.period_columns)


STAGES_MIN = 3  # consecutive periods that make a schedule of stages (two may be a first period and the annual one)
# a schedule's own words: "the first tranche will open on", "the second instalment", "in three stages"
STAGE_WORDS = guarded(r"\b(?:tranches?|instalments?|installments?|stages?|phases?)\b", re.I)
STAGE_REACH = 200


def staged_periods(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A schedule of consecutive stages ("15 May 2031 - 14 May 2032 12.9%", then the next year's rate; a quota's
    quarterly tranches): the measure runs from the first stage's start to the last stage's end. Where one
    stage ends the day before the next starts, those two inner dates are steps of one measure: `other`. A run of
    consecutive periods is such a schedule when the text states the whole period apart from its stages, or names
    the stages (tranches, instalments); otherwise (quota years listed one by one) each period stands."""
    starts = {m.date for m in mentions if m.type == "application_start" and not m.derived}
    links = {
        end.date
        for end in mentions
        if end.type == "application_end" and not end.derived and _next_day(end.date) in starts
    }
    if len(links) < STAGES_MIN - 1:
        return mentions
    inner = links | {_next_day(value) for value in links}
    staged = [m for m in mentions if m.type in PAIR and not m.derived and m.date in inner]
    if not (_whole_period_stated(mentions, inner) or any(_names_stages(text, m) for m in staged)):
        return mentions
    return [DateMention("other", m.date, m.text, m.start, m.end, m.derived) if m in staged else m for m in mentions]


# "... + 315 EUR/tonne from 1 July 2028;": a stage's rate or amount, then 'from', right before the date (not 'with
# retrospective effect from', an entry into force)
# the stage's rate or amount, or the list item's mark, then 'from' in the languages the acts are read in ("c) 80
# EUR/tonne à partir du", "c) 15 % a partir del", "c) ab dem", "(c) from <date>: 80 EUR/tonne")
STAGE_FROM = r"(?:from|as\s+from|à\s+partir\s+du|à\s+compter\s+du|dès\s+le|ab(?:\s+dem)?|a\s+partir\s+del?|desde\s+el)"
OPENS_FROM = re.compile(
    r"(?:(?:\d|%|/[^\W\d_]+|\bad\s+valorem)[ \t\u00a0]+|^[ \t]*(?:\(?[a-z0-9]{1,4}[.)]|[-–•])[ \t\u00a0]*)"
    rf"{STAGE_FROM}[ \t\u00a0]+$",
    re.I | re.M,
)
STAGE_REACH = 400  # the previous stage's end stands this close before


def open_last_stage(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The last, open-ended stage of a schedule ('from 1 July 2027 until 30 June 2028;' / '… 315 EUR/tonne from 1 July
    2028;'): a 'from' date the day after a stage's end starts the next stage (application_start), not the act's entry
    into force, which a bare 'from' would make it."""
    ends = [m for m in mentions if m.type == "application_end" and not m.derived]
    if not ends:
        return mentions
    return [
        DateMention("application_start", m.date, m.text, m.start, m.end, m.derived)
        if m.type == "entry_into_force"
        and not m.derived
        and any(_previous_day(m.date) == end.date and 0 < m.start - end.end <= STAGE_REACH for end in ends)
        and OPENS_FROM.search(text, max(0, m.start - 40), m.start)
        else m
        for m in mentions
    ]


def _previous_day(value: str) -> str:
    return (date.fromisoformat(value) - timedelta(days=1)).isoformat()


# two periods written as one run: "2 February 2031 to 30 June 2031 then 1 July 2031 to 30 June 2032"
THEN = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:and[ \t\u00a0]+)?then[ \t\u00a0]+(?:from[ \t\u00a0]+)?")


def chained_periods(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Where a period's end is followed by 'then' and the next period's start, the day after it, the measure runs on
    across them: those two inner dates are `other` (the run's first start and last end stay)."""
    if "then" not in text:
        return mentions
    inner: set[int] = set()
    for end, start in zip(mentions, mentions[1:], strict=False):
        if (end.type, start.type) != ("application_end", "application_start") or end.derived or start.derived:
            continue
        if _next_day(end.date) == start.date and THEN.fullmatch(text, end.end, start.start):
            inner |= {end.start, start.start}
    return [
        DateMention("other", m.date, m.text, m.start, m.end, m.derived) if m.start in inner else m for m in mentions
    ]


def opening_outside_period(mentions: list[DateMention], layout: Layout) -> list[DateMention]:
    """A quota's opening day ("OPENING DAY: Tuesday, January 3, 2022") falls inside the period it opens; one
    printed outside every period the document states is a misprint (a copied bulletin's stale year): `other`. So is
    one whose printed weekday is not its date's ("Tuesday, August 2, 2031" where 2 August is a Wednesday): which of
    the two is wrong the copy does not say."""
    periods = [
        (first.date, second.date)
        for first, second in zip(mentions, mentions[1:], strict=False)
        if (first.type, second.type) == PAIR and first.date <= second.date
    ]
    return [
        DateMention("other", m.date, m.text, m.start, m.end, m.derived)
        if m.type == "entry_into_force"
        and _labelled_opening(m, layout)
        and ((periods and not any(s <= m.date <= e for s, e in periods)) or _weekday_misprinted(layout.text, m))
        else m
        for m in mentions
    ]


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_BEFORE = re.compile(rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})\b[ \t,.]*$", re.I)


def _weekday_misprinted(text: str, mention: DateMention) -> bool:
    weekday = WEEKDAY_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if weekday is None or mention.derived:
        return False
    return WEEKDAYS.index(weekday["weekday"].lower()) != date.fromisoformat(mention.date).weekday()


def _labelled_opening(mention: DateMention, layout: Layout) -> bool:
    label = layout.label(mention.start, mention.end)
    return bool(label and OPENING_LABEL.search(label))


def _whole_period_stated(mentions: list[DateMention], inner: set[str]) -> bool:
    """Whether the schedule's first start and last end are also stated as one period ("for three years from 15 May
    2031 to 14 May 2034"): a start and an end side by side, neither of them an inner step."""
    pairs = zip(mentions, mentions[1:], strict=False)
    return any(
        first.type == "application_start"
        and second.type == "application_end"
        and not {first.date, second.date} & inner
        and _is_outer(first.date, second.date, inner)
        for first, second in pairs
    )


def _is_outer(start: str, end: str, inner: set[str]) -> bool:
    return all(start < value < end for value in inner)


def _names_stages(text: str, mention: DateMention) -> bool:
    return bool(STAGE_WORDS.search(text, max(0, mention.start - STAGE_REACH), mention.start))


def _next_day(value: str) -> str:
    return (date.fromisoformat(value) + timedelta(days=1)).isoformat()
