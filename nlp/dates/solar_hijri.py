"""Dates in the Solar Hijri calendar, as Iran's and Afghanistan's official texts write them: "۱ تیر ۱۴۱۰" (Persian month
names), "۱ سرطان ۱۴۱۰" (Afghanistan's, the zodiac's), "۱۴۱۰/۰۴/۰۱" (year, month, day). The year runs from the spring
equinox: 1 Farvardin 1410 is 21 March 2031. Persian digits are read as ASCII ones before (nlp/dates/finder.py). Cheap:
searched only in a text with Arabic-script letters. A numeric date only in a Persian text (letters Arabic lacks, the
months' names or 'ه.ش'): Saudi and Gulf texts write lunar Hijri dates the same way ('1445/03/15هـ', '1445/06/20 H'),
and one followed by a lunar suffix is never read; nor a 'year/number/number' after a number word ('resolution
No. 1402/05/10'). The months' names and the cues: `solar_hijri` in nlp/data/date_rules.fa.yaml."""

from __future__ import annotations

import re
from datetime import date, timedelta
from importlib import resources

import yaml

from nlp.dates.found import FoundDate

RULES = yaml.safe_load(resources.files("nlp").joinpath("data/date_rules.fa.yaml").read_text("utf-8"))["solar_hijri"]
# Iran's names, then Afghanistan's (Dari), each the month's number
MONTHS = {name: index + 1 for names in RULES["months"].values() for index, name in enumerate(names)}
PERSIAN = re.compile(RULES["persian"])
LUNAR_AFTER = re.compile(RULES["lunar_after"])
NUMBER_BEFORE = re.compile(RULES["number_before"], re.I)
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
NAMED = re.compile(
    rf"(?<![\d/])(?P<day>\d{{1,2}})\s*(?P<month>{MONTH_NAMES})(?:\s*ماه)?\s*(?:سال\s*)?(?P<year>1[34]\d\d)(?!\d)"
)
NUMERIC = re.compile(r"(?<![\d/.-])(?P<year>1[34]\d\d)/(?P<month>\d{1,2})/(?P<day>\d{1,2})(?![\d/])")
EPOCH = date(622, 3, 21)  # 1 Farvardin of year 1 as the arithmetic rule counts it (proleptic Gregorian)


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The common-era day of a Solar Hijri date (the 33-year arithmetic rule: exact for 1178-1633, the years texts
    use). Raises ValueError for a day its month does not have."""
    last = 31 if month <= 6 else 30 if month < 12 or _is_leap(year) else 29
    if not 1 <= month <= 12 or not 1 <= day <= last:
        raise ValueError("no such Solar Hijri day")
    days_before_year = 365 * (year - 1) + _leap_days_before(year)
    days_before_month = 31 * (month - 1) if month <= 7 else 186 + 30 * (month - 7)
    return EPOCH + timedelta(days=days_before_year + days_before_month + day - 1)


def _is_leap(year: int) -> bool:
    """8 years in every 33 are leap years (Esfand has 30 days): those whose (year * 8 + 29) % 33 is below 8."""
    return (year * 8 + 29) % 33 < 8


def _leap_days_before(year: int) -> int:
    """The leap years before `year`: 8 in each whole 33-year cycle, then those of the cycle's start."""
    cycles = (year - 1) // 33
    return 8 * cycles + sum(1 for earlier in range(33 * cycles + 1, year) if _is_leap(earlier))


def solar_hijri_dates(text: str, taken: bytearray) -> list[FoundDate]:
    """The Solar Hijri dates of `text` not inside a date found already; marks them taken."""
    if not ARABIC_SCRIPT.search(text):
        return []
    found = []
    patterns = (NAMED, NUMERIC) if PERSIAN.search(text) or NAMED.search(text) else (NAMED,)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if any(taken[match.start() : match.end()]) or pattern is NUMERIC and not _solar_numeric(text, match):
                continue
            month = match.group("month")
            try:
                value = solar_hijri_to_gregorian(
                    int(match.group("year")), MONTHS.get(month) or int(month), int(match.group("day"))
                )
            except ValueError:
                continue
            found.append(FoundDate(value, match.group(), match.start(), match.end()))
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return found


def _solar_numeric(text: str, match: re.Match) -> bool:
    """Whether a 'year/month/day' is a Solar Hijri date: neither a lunar one ('1445/03/15هـ') nor a number."""
    before = text[max(0, match.start() - 20) : match.start()]
    return not LUNAR_AFTER.match(text, match.end()) and not NUMBER_BEFORE.search(before)
