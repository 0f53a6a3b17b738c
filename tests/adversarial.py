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
}


def repeated(name: str, size: int) -> str:
    """The pattern `name` repeated to about `size` characters."""
    head, unit = PATTERNS[name]
    return head + unit * max(1, (size - len(head)) // len(unit))
