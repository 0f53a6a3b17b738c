"""An absolute date found in a text, with where it stands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class FoundDate:
    date: date
    text: str
    start: int
    end: int
    partial: bool = False  # the year was taken from the date that closes the range
    cell: str | None = None  # the type a schedule's column gives it ("Effective From" -> application_start)
