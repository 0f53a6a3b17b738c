"""A figure given as an example, not a rate the act sets: 'an additional ad valorem rate of duty — for example, 25
percent — may be imposed', a broker's worked example ('Example: $0.50 per kg duty ÷ $10/kg customs value = 5%')."""

from __future__ import annotations

import re

# searched in the lowered text, ending right before the figure
EXAMPLE_BEFORE = re.compile(r"\b(?:for\s+example|for\s+instance|e\.\s?g\.)\s*,?\s*[—–-]?\s*[$€£]?$")
# a line that opens as a worked example: the figures after its label are the example's
EXAMPLE_LINE = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?:for\s+)?(?:an?\s+)?(?:worked\s+)?examples?\s*:")
REACH = 40
WORDS = ("exampl", "instance", "e.g")


def an_example(lowered: str, start: int) -> bool:
    line_start = lowered.rfind("\n", 0, start) + 1
    if "exampl" in lowered[line_start:start] and EXAMPLE_LINE.match(lowered, line_start):
        return True
    window = lowered[max(0, start - REACH) : start]
    return any(word in window for word in WORDS) and EXAMPLE_BEFORE.search(window) is not None
