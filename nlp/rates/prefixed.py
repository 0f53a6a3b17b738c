"""Percentages whose percent word stands BEFORE the figure: Thai 'ร้อยละ 12.26' (per hundred, 12.26), a range
'ร้อยละ 12.26 - 36.79' (both ends are rates), 'ในอัตราร้อยละ 0'. A Thai case record still under investigation
('สถานะ อยู่ระหว่างการไต่สวน') prints its duty field with a placeholder 0 ('อากรร้อยละ 0'): it sets no duty."""

from __future__ import annotations

import re
from collections.abc import Iterator

PERCENT_BEFORE = "ร้อยละ"
PREFIXED = re.compile(
    r"ร้อยละ[ \t\u00a0]*(?P<value>\d{1,3}(?:\.\d{1,2})?)(?![\d.,])"
    r"(?:[ \t\u00a0]*[-–][ \t\u00a0]*(?P<high>\d{1,3}(?:\.\d{1,2})?)(?![\d.,]))?"
)
UNDER_INVESTIGATION = re.compile(r"สถานะ[ \t]*:?[ \t]*อยู่ระหว่างการไต่สวน")


def prefixed_percents(lowered: str, start: int, end: int) -> Iterator[tuple[float, int, int, str, None]]:
    """(value, start, end, 'percent', None) of each percentage written after its percent word in lowered[start:end]."""
    if PERCENT_BEFORE not in lowered or UNDER_INVESTIGATION.search(lowered):
        return
    for match in PREFIXED.finditer(lowered, start, end):
        for group in ("value", "high"):
            if match.group(group) is not None:
                yield float(match.group(group)), match.start(group), match.end(group), "percent", None
