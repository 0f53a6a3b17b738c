"""Dates in the Solar Hijri calendar, as Iran's and Afghanistan's official texts write them: "۱ تیر ۱۴۱۰" (Persian month
names), "۱ سرطان ۱۴۱۰" (Afghanistan's, the zodiac's), "۱۴۱۰/۰۴/۰۱" (year, month, day). The year runs from the spring
equinox: 1 Farvardin 1410 is 21 March 2031. Persian digits are read as ASCII ones before (nlp/dates/finder.py). Cheap:
searched only in a text with Arabic-script letters, and numeric dates only with a Solar Hijri year (1300-1499)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from nlp.dates.found import FoundDate

# Iran's names, then Afghanistan's (Dari), each the month's number
IRANIAN = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
AFGHAN = "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split()
MONTHS = {name: index % 12 + 1 for index, name in enumerate(IRANIAN + AFGHAN)}
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
    return sum(1 for earlier in range(1, year) if _is_leap(earlier))


def solar_hijri_dates(text: str, taken: bytearray) -> list[FoundDate]:
    """The Solar Hijri dates of `text` not inside a date found already; marks them taken."""
    if not ARABIC_SCRIPT.search(text):
        return []
    found = []
    for pattern in (NAMED, NUMERIC):
        for match in pattern.finditer(text):
            if any(taken[match.start() : match.end()]):
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
