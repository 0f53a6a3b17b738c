"""A duty set in two steps, each with its own date ('5%, but at least 50 euros … till December 31, 2025; 10%, but
at least 100 euros … since January 1, 2026'): the lead says '5% until 31 December 2025, then 10% from 1 January
2026', never a range of rates from the second step's day (nor the digest's backwards window of one step's end
before the other's start)."""

from __future__ import annotations

from datetime import date, timedelta

from nlp.summary.period import START_DATES, day
from nlp.summary.phrases import rate


def stepped_rates(rates: list, dates: list, text: str) -> str | None:
    """Two rates of one unit, the first on the line that ends a period, the second on the line that starts the next
    day's: '5% until 31 December 2025, then 10% from 1 January 2026'."""
    chosen = sorted((r for r in rates if r.role == "new"), key=lambda r: r.start)
    chosen = [r for r in chosen if r.unit == chosen[0].unit]  # a floor in money beside each step is no step
    if len({r.value for r in chosen}) != 2:
        return None
    first, second = chosen[0], next(r for r in chosen if r.value != chosen[0].value)
    end = _on_the_line(dates, text, first.start, ("application_end",))
    start = _on_the_line(dates, text, second.start, START_DATES)
    if not end or not start or date.fromisoformat(end) + timedelta(days=1) != date.fromisoformat(start):
        return None
    return f"{rate(first.value, first.unit)} until {day(end)}, then {rate(second.value, second.unit)} from {day(start)}"


def _on_the_line(dates: list, text: str, at: int, kinds: tuple[str, ...]) -> str | None:
    line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    return next((d.date for d in dates if d.type in kinds and line_start <= d.start < line_end), None)
