"""Adversarial texts for code and date extraction (used by tests/test_extraction_growth.py and
bench/adversarial.py): each pattern repeated to any size hits one costly path."""

from __future__ import annotations

PATTERNS = {
    "chapters": ("Goods of chapters 1", ", 1"),  # one endless chapter list
    "chapter_list": ("", "goods of chapters 72, 73 and 76; "),
    "dates": ("", "1 January 2025 "),
    "dotted_dates": ("", "1.1.2025 "),
    "us_dates": ("", "January 1, 2025, "),
    "relative": ("", "comes into force 30 days after publication; "),
    "periods": ("", "from 1 July 2025 to 30 June 2026, "),
    "codes": ("CN code ", "7208 51 20, "),
    "ranges": ("headings ", "7208 to "),
    "table_rows": ("CN code | Description\n", "7208 51 20 | Flat-rolled products\n"),
    "one_line": ("", "Regulation (EU) 2025/1 of 3 May 2025 and heading 7208 "),
    # round 3 (issue 15): glued cells under a start/end header, stop-press headings without a year, month
    # cells of a concession schedule, history sections and list items read with their lead-in
    "glued_cells": ("Início da Vigência | Término da Vigência\n", "01/03/202528/02/2026"),
    "yearless_headings": ("", "New codes taking effect on 13 February:\n"),
    "month_cells": ("with effect from the first day of the month so specified\n", "A 8422 Free 99 412207K 9/24 ..\n"),
    "history": ("", "BACKGROUND\nThe duty was effective on or after 1 May 2025, and\n"),
    "list_items": ("", "The remission is granted if\n(a) goods are imported on or after 1 May 2025; and\n"),
}


def repeated(name: str, size: int) -> str:
    """The pattern `name` repeated to about `size` characters."""
    head, unit = PATTERNS[name]
    return head + unit * max(1, (size - len(head)) // len(unit))
