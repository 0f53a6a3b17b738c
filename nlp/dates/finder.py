"""Absolute dates as written in official texts, in English, French and German.

Finds `1 January 2025`, `January 1, 2025`, `1.1.2025`, `26/04/2023`, `2025-01-01`, `1er janvier
2025`, `1. Januar 2025` and `this twenty-seventh day of May, in the year of our Lord two thousand
twenty-two`. Tariff codes (`7208 10`) and bare numbers never parse as dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from nlp.text.textutil import lower_keeping_offsets

MONTHS = {
    **{
        m: i
        for i, m in enumerate(
            [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ],
            1,
        )
    },
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    **{
        m: i
        for i, m in enumerate(
            [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ],
            1,
        )
    },
    "fevrier": 2,
    "aout": 8,
    "decembre": 12,
    **{
        m: i
        for i, m in enumerate(
            [
                "januar",
                "februar",
                "märz",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "dezember",
            ],
            1,
        )
    },
    "maerz": 3,
    "jänner": 1,
}
_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))

ORDINAL_DAYS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

DATE_PATTERNS = [
    (
        "mdy",
        re.compile(
            rf"\b(?P<month>{_MONTH})\.?[ \u00a0]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?[ \u00a0\n]+(?P<year>\d{{4}})\b"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?[ \u00a0]+"
            rf"(?P<month>{_MONTH})\.?,?[ \u00a0\n]+(?P<year>\d{{4}})\b"
        ),
    ),
    ("iso", re.compile(r"(?=\d)(?<![\d/.-])(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")),
    (
        "dotted",
        re.compile(r"(?=\d)(?<![\d.,])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?![\d]|\.\d)"),
    ),
    ("slashed", re.compile(r"(?=\d)(?<![\d/])(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d{2})(?![\d/])")),
    (
        "words",
        re.compile(
            rf"\b(?:this\s+)?(?P<dayword>(?:twenty|thirty)?-?(?:{'|'.join(ORDINAL_DAYS)}))\s+day\s+of\s+"
            rf"(?P<month>{_MONTH}),?\s+in\s+the\s+year\s+of\s+our\s+Lord\s+"
            r"(?P<yearwords>(?:two\s+thousand|nineteen\s+hundred)(?:\s+(?:and\s+)?[a-z]+(?:-[a-z]+)?)?)",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class FoundDate:
    date: date
    text: str
    start: int
    end: int


def find_dates(text: str, month_first_slashes: bool = False) -> list[FoundDate]:
    """Every absolute date in `text`, non-overlapping, in order of appearance."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    lowered = lower_keeping_offsets(text)  # month names are matched in lower case: faster than re.I
    for kind, pattern in DATE_PATTERNS:
        if kind == "words" and "our lord" not in lowered.replace("\n", " ").replace("\u00a0", " "):
            continue  # the ceremonial form is rare and its pattern is costly
        matches = _near_years(pattern, lowered) if kind in ("mdy", "dmy") else pattern.finditer(text)
        for match in matches:
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            value = _to_date(kind, match, month_first_slashes)
            if value is not None:
                found.append(FoundDate(value, text[match.start() : match.end()], match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d{2}(?!\d)")


def _near_years(pattern: re.Pattern, lowered: str):
    """Month-name dates end with a year: search only the stretch before each year."""
    seen = set()
    for year in YEAR.finditer(lowered):
        for match in pattern.finditer(lowered, max(0, year.start() - 32), year.end()):
            if match.end() == year.end() and match.span() not in seen:
                seen.add(match.span())
                yield match


def _to_date(kind: str, match: re.Match, month_first_slashes: bool) -> date | None:
    groups = match.groupdict()
    try:
        if kind == "words":
            day = _ordinal_day(groups["dayword"])
            year = _year_from_words(groups["yearwords"])
            month = MONTHS[groups["month"].lower()]
        else:
            year = int(groups["year"])
            month_text = groups["month"]
            month = MONTHS[month_text.lower()] if not month_text.isdigit() else int(month_text)
            day = int(groups["day"])
            if kind == "slashed" and month_first_slashes:
                day, month = month, day
        if day is None or year is None or not 1800 <= year <= 2200:
            return None
        return date(year, month, day)
    except (KeyError, ValueError):
        return None


def _ordinal_day(word: str) -> int | None:
    parts = [p for p in re.split(r"[-\s]+", word.lower()) if p]
    total = 0
    for part in parts:
        if part in ORDINAL_DAYS:
            total += ORDINAL_DAYS[part]
        elif part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        else:
            return None
    return total or None


def _year_from_words(words: str) -> int | None:
    parts = [p for p in re.split(r"[-\s]+", words.lower()) if p and p != "and"]
    if parts[:2] == ["two", "thousand"]:
        base, rest = 2000, parts[2:]
    elif parts[:2] == ["nineteen", "hundred"]:
        base, rest = 1900, parts[2:]
    else:
        return None
    if any(part not in NUMBER_WORDS for part in rest):
        return None
    return base + sum(NUMBER_WORDS[part] for part in rest)


def number_value(word: str) -> int | None:
    """'30', 'thirty', 'forty-five' -> int."""
    if word.isdigit():
        return int(word)
    parts = re.split(r"[-\s]+", word.lower())
    if all(part in NUMBER_WORDS for part in parts):
        return sum(NUMBER_WORDS[part] for part in parts)
    return None


def iter_ordinal_words() -> Iterator[str]:
    return iter(ORDINAL_DAYS)
