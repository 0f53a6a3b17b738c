"""Days a Chinese, Japanese or Korean news item writes without their year, or without their year and month.

A Chinese item dates the announcement it reports by month and day only ("6月30日,商務部發布公告"), its year
being that of the item's other dates ("自2031年7月1日起"). A Korean item dates its lead by the day alone
("기재부는 14일 … 재입법예고하고", "오는 18일까지 의견을 접수한다"), the month and year being its
dateline's ("2031-11-14     박현욱 선임기자"). Each is read in the year (and month) of the nearest full date,
and its type is then read like any date's."""

from __future__ import annotations

import re
from datetime import date, timedelta

from nlp.dates.found import FoundDate

# a month and day after no year ('6月30日', not '2031年6月30日' nor '12月' of a count)
MONTH_DAY = re.compile(r"(?<![年\d])(?<!年\s)(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
# a day alone in Korean: after a space or 'the coming'/'the last' ('오는 18일까지', '지난 3일'), not a count of days
# ('30일 이내', '90일간', '30일이 경과한') nor the day of a full date ('11월 14일', taken before)
KOREAN_DAY = re.compile(
    r"(?:(?<=\s)|^)(?:(?P<lead>오는|지난|이달|내달)\s*)?(?P<day>\d{1,2})일(?=\s|까지|부터|에\s|자\s|[,.])"
    r"(?!\s*(?:이내|동안|간|이상|이하|이후|이전|전|후|만에|째|분))",
    re.M,
)
HANGUL = re.compile(r"[가-힣]")
REACH = 3000  # how near a full date must stand to give its year
DAY_REACH = timedelta(days=31)  # a day alone is within a month of the dateline's


def with_east_asian_days(text: str, found: list[FoundDate], taken: bytearray) -> list[FoundDate]:
    """`found` with the Chinese/Japanese month-and-day and Korean day-only dates it lacks, in order."""
    if not found or ("月" not in text and "일" not in text):
        return found
    added = [*_month_days(text, found, taken)]
    if HANGUL.search(text):
        added += _korean_days(text, found, taken)
    for item in added:
        taken[item.start : item.end] = b"\x01" * (item.end - item.start)
    return sorted(found + added, key=lambda d: d.start) if added else found


def _nearest(found: list[FoundDate], start: int) -> FoundDate | None:
    near = [item for item in found if abs(item.start - start) <= REACH]
    return min(near, key=lambda item: abs(item.start - start)) if near else None


def _month_days(text: str, found: list[FoundDate], taken: bytearray):
    if "月" not in text:
        return
    for match in MONTH_DAY.finditer(text):
        if any(taken[match.start() : match.end()]):
            continue
        neighbour = _nearest(found, match.start())
        if neighbour is None:
            continue
        try:
            value = date(neighbour.date.year, int(match["month"]), int(match["day"]))
        except ValueError:
            continue
        yield FoundDate(value, match.group(), match.start(), match.end())


def _korean_days(text: str, found: list[FoundDate], taken: bytearray):
    for match in KOREAN_DAY.finditer(text):
        start, end = match.span("day")[0], match.end()
        if any(taken[match.start() : end]):
            continue
        anchors = [item for item in found if item.start < start and start - item.start <= REACH]
        if not anchors:
            continue  # the dateline comes first: a day alone before any full date has no month to take
        value = _day_near(anchors[-1].date, int(match["day"]), match["lead"])
        if value is not None:
            yield FoundDate(value, text[start:end], start, end)


def _day_near(anchor: date, day: int, lead: str | None) -> date | None:
    """The date with that day nearest the anchor's (the coming one after 'the coming', the last after 'the last')."""
    candidates = []
    for shift in (-1, 0, 1):
        month_index = anchor.year * 12 + anchor.month - 1 + shift
        try:
            candidates.append(date(month_index // 12, month_index % 12 + 1, day))
        except ValueError:
            continue
    if lead == "오는":
        candidates = [c for c in candidates if c >= anchor]
    elif lead == "지난":
        candidates = [c for c in candidates if c <= anchor]
    candidates = [c for c in candidates if abs(c - anchor) <= DAY_REACH]
    return min(candidates, key=lambda c: abs(c - anchor)) if candidates else None
