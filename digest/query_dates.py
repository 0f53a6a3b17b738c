"""Dates a reader writes into a query: "since March", "after 15 March 2031", "before April 2031",
"in March 2031", "since 2030", "since 2031-04-03". They become a date window on the changes'
dated facts, never words to search ("march" would find every text naming the month). A month or
a day written without a year is the most recent one not in the future. The words are data
(`dates` in digest/data/query_terms.json).
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta
from functools import cache
from importlib import resources

YEAR = r"(?:19|20)\d\d"
DAY = r"\d{1,2}(?:st|nd|rd|th)?"


@cache
def _terms() -> dict:
    return json.loads(resources.files("digest").joinpath("data/query_terms.json").read_text("utf-8"))["dates"]


@cache
def _pattern() -> re.Pattern:
    terms = _terms()
    words = sorted((w for kind in ("from", "after", "before", "until", "within") for w in terms[kind]), key=len)
    month = "(?:" + "|".join(sorted(terms["months"], key=len, reverse=True)) + r")\.?"
    when = (
        rf"(?P<iso>\d{{4}}-\d\d-\d\d)"
        rf"|(?P<d1>{DAY})\s+(?P<m1>{month})(?:,?\s+(?P<y1>{YEAR}))?"
        rf"|(?P<m2>{month})\s+(?P<d2>{DAY})(?:,?\s+(?P<y2>{YEAR}))?"
        rf"|(?P<m3>{month})(?:,?\s+(?P<y3>{YEAR}))?"
        rf"|(?P<y4>{YEAR})"
    )
    return re.compile(
        rf"\b(?P<word>{'|'.join(reversed(words))})\s+(?:the\s+)?(?:{when})(?![\w/-]|[.,]\d)", re.IGNORECASE
    )


def date_window(raw: str, today: date) -> tuple[date | None, date | None, str]:
    """(first day, last day) the query's date words allow (None: open), and the query with them blanked."""
    start = end = None
    rest = raw
    for match in _pattern().finditer(raw):
        span = _span(match, today)
        if span is None:
            continue  # "since 31 February": not a date, left as words
        kind = next(k for k in ("from", "after", "before", "until", "within") if match["word"].lower() in _terms()[k])
        low = {"from": span[0], "after": span[1] + timedelta(days=1), "within": span[0]}.get(kind)
        high = {"before": span[0] - timedelta(days=1), "until": span[1], "within": span[1]}.get(kind)
        start = max(filter(None, (start, low)), default=None)
        end = min(filter(None, (end, high)), default=None)
        rest = rest[: match.start()] + " " * (match.end() - match.start()) + rest[match.end() :]
    return start, end, rest


def _span(match: re.Match, today: date) -> tuple[date, date] | None:
    """The first and last day the matched date names."""
    months = _terms()["months"]
    try:
        if match["iso"]:
            day = date.fromisoformat(match["iso"])
            return day, day
        if match["y4"]:
            return date(int(match["y4"]), 1, 1), date(int(match["y4"]), 12, 31)
        month_word, day_word, year_word = (
            (match["m1"], match["d1"], match["y1"])
            if match["m1"]
            else (match["m2"], match["d2"], match["y2"])
            if match["m2"]
            else (match["m3"], None, match["y3"])
        )
        month = months[month_word.lower().rstrip(".")]
        if day_word:
            day_number = int(re.match(r"\d+", day_word).group())
            year = int(year_word) if year_word else _latest_year(today, (month, day_number))
            day = date(year, month, day_number)
            return day, day
        year = int(year_word) if year_word else _latest_year(today, (month, 1))
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None


def _latest_year(today: date, month_day: tuple[int, int]) -> int:
    """The year in which (month, day) last came, today included."""
    return today.year if month_day <= (today.month, today.day) else today.year - 1
