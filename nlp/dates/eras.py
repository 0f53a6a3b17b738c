"""Dates counted in a national era instead of the common year: Japan's imperial eras, the Republic of China's
years (Taiwan) and Thailand's Buddhist Era; the Solar Hijri calendar of Iran and Afghanistan in
nlp/dates/solar_hijri.py.

"令和21年4月1日", "令和三年三月三十一日" (Reiwa 3 = 2021; 元年 is an era's first year); "1 July B.E. 2582",
"the 18th day of June B.E. 2582", "1 กรกฎาคม พ.ศ. 2582" (B.E. 2582 = 2039), "09 มกราคม 2561" without the mark.
The year finder never sees these:
their years are not common-era years. Cheap: each form is searched only where its era mark stands.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from nlp.dates.found import FoundDate
from nlp.dates.rules import date_rules
from nlp.dates.solar_hijri import solar_hijri_dates

# the year before each era's first: Reiwa 1 = 2019, Heisei 1 = 1989, Showa 1 = 1926; the Republic of China's calendar
# (Taiwan: "中華民國128年3月31日", "民國128年") counts from 1912
JAPANESE_ERAS = {
    "令和": 2018,
    "平成": 1988,
    "昭和": 1925,
    "中華民國": 1911,
    "中华民国": 1911,
    "民國": 1911,
    "民国": 1911,
}
KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
JAPANESE_NUMBER = r"[\d０-９〇一二三四五六七八九十]{1,4}"
ERA_NAMES = "|".join(sorted(JAPANESE_ERAS, key=len, reverse=True))  # "中華民國" before "民國"
JAPANESE = re.compile(
    rf"(?P<era>{ERA_NAMES})\s*(?P<year>元|{JAPANESE_NUMBER})\s*年\s*(?P<month>{JAPANESE_NUMBER})\s*月"
    rf"\s*(?P<day>{JAPANESE_NUMBER})\s*日"
)
BUDDHIST_OFFSET = 543
THAI_MONTHS = {
    "มกราคม": 1,
    "กุมภาพันธ์": 2,
    "มีนาคม": 3,
    "เมษายน": 4,
    "พฤษภาคม": 5,
    "มิถุนายน": 6,
    "กรกฎาคม": 7,
    "สิงหาคม": 8,
    "กันยายน": 9,
    "ตุลาคม": 10,
    "พฤศจิกายน": 11,
    "ธันวาคม": 12,
}
# the abbreviated names every Thai tariff table and gazette schedule prints ("1 ม.ค. 2555", "31 มี.ค. 2560")
THAI_ABBREVIATED_MONTHS = {
    "ม.ค.": 1,
    "ก.พ.": 2,
    "มี.ค.": 3,
    "เม.ย.": 4,
    "พ.ค.": 5,
    "มิ.ย.": 6,
    "ก.ค.": 7,
    "ส.ค.": 8,
    "ก.ย.": 9,
    "ต.ค.": 10,
    "พ.ย.": 11,
    "ธ.ค.": 12,
}


@cache
def _buddhist_pattern() -> re.Pattern:
    months = "|".join(sorted((re.escape(m) for m in [*date_rules().months, *THAI_MONTHS]), key=len, reverse=True))
    return re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?P<month>{months})\s*,?\s+"
        r"(?:B\.\s?E\.?|พ\.\s?ศ\.)\s*(?P<year>25\d\d)(?!\d)",
        re.I,
    )


# A Thai month before a year of the 2500s is a Buddhist Era year even without its mark, as Thai news items and
# notices date themselves ("09 มกราคม 2561", "วันที่ 8 มกราคม 2561": 9 and 8 January 2018).
THAI_MONTH_NAMES = {**THAI_MONTHS, **THAI_ABBREVIATED_MONTHS}
THAI_MONTH_FORMS = "|".join(re.escape(name) for name in sorted(THAI_MONTH_NAMES, key=len, reverse=True))
THAI_DATE = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s*(?P<month>{THAI_MONTH_FORMS})\s*(?:พ\.\s?ศ\.\s*)?(?P<year>25\d\d)(?!\d)"
)
# every Thai month name ends with one of these, every abbreviation with a dot after a Thai letter: a cheap gate
THAI_MONTH_ENDS = ("คม", "ยน", "พันธ์", "ค.", "พ.", "ย.")


def era_dates(text: str, taken: bytearray) -> list[FoundDate]:
    """The era dates of `text` not inside a date found already; marks them taken."""
    found = []
    if "年" in text and any(era in text for era in JAPANESE_ERAS):
        for match in JAPANESE.finditer(text):
            year = 1 if match.group("year") == "元" else _japanese_number(match.group("year"))
            value = _date(JAPANESE_ERAS[match.group("era")] + year, _japanese_number(match.group("month")), match)
            found += _taken(value, match, text, taken)
    if "B.E" in text or "B. E" in text or "พ.ศ" in text:
        for match in _buddhist_pattern().finditer(text):
            month = date_rules().months.get(match.group("month").lower()) or THAI_MONTHS.get(match.group("month"))
            value = _date(int(match.group("year")) - BUDDHIST_OFFSET, month, match)
            found += _taken(value, match, text, taken)
    if any(end in text for end in THAI_MONTH_ENDS):
        for match in THAI_DATE.finditer(text):
            value = _date(int(match.group("year")) - BUDDHIST_OFFSET, THAI_MONTH_NAMES[match.group("month")], match)
            found += _taken(value, match, text, taken)
    return found + solar_hijri_dates(text, taken)  # Iran's and Afghanistan's "۱ تیر ۱۴۱۰"


def _date(year: int, month: int | None, match: re.Match) -> date | None:
    day = _japanese_number(match.group("day"))
    try:
        return date(year, month, day) if month and day else None
    except ValueError:
        return None


def _taken(value: date | None, match: re.Match, text: str, taken: bytearray) -> list[FoundDate]:
    start, end = match.span()
    if value is None or any(taken[start:end]):
        return []
    taken[start:end] = b"\x01" * (end - start)
    return [FoundDate(value, text[start:end], start, end)]


def _japanese_number(written: str) -> int:
    """'21', '２１', '二十一', '三十', '十' -> the number."""
    if all(ch.isdigit() for ch in written):
        return int(written)
    tens, _, units = written.rpartition("十")
    if "十" not in written:
        return int("".join(str(KANJI_DIGITS.get(ch, 0)) for ch in written))
    return (KANJI_DIGITS.get(tens, 0) if tens else 1) * 10 + (KANJI_DIGITS.get(units, 0) if units else 0)
