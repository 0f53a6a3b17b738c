"""Cutting a span of history into the windows a backfill walks."""

from __future__ import annotations

from datetime import date, timedelta


def month_windows(start: date, end: date) -> list[tuple[date, date]]:
    """Calendar months from `start` to `end` (inclusive), the first and last clipped, oldest first."""
    windows = []
    while start <= end:
        following = (start.replace(day=1) + timedelta(days=32)).replace(day=1)
        windows.append((start, min(end, following - timedelta(days=1))))
        start = following
    return windows


def year_windows(start: date, end: date) -> list[tuple[date, date]]:
    """Calendar years from `start` to `end` (inclusive), the first and last clipped, oldest first."""
    return [(max(start, date(year, 1, 1)), min(end, date(year, 12, 31))) for year in range(start.year, end.year + 1)]
