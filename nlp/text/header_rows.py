"""Where the header rows of a text's '|' tables stand, mapped once a text: each row of a long table used to split the
4,000 characters above it into lines and test each for digits (nlp.text.tables' `_header_row`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Line breaks str.splitlines knows besides '\n': where a text has one, its lines are cut as before, slice by slice.
OTHER_LINE_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# A line with a cell bar and no digit: the rows a header row is looked for among (what is left is tested in Python).
BARRED_WITHOUT_DIGITS = re.compile(r"^(?=[^\d\n]*\|)[^\d\n]*$", re.M)
DIGIT = re.compile(r"\d")


def header_like(line: str) -> bool:
    """A line with cells and no digits that is not only bars and rules."""
    return "|" in line and not DIGIT.search(line) and bool(line.strip(" |-:\t"))


class LineMap:
    """The lines of one text ('\\n' its only line break) and those of them that read as header rows."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0, *(found.end() for found in re.finditer("\n", text))]
        self.headers = [found.start() for found in BARRED_WITHOUT_DIGITS.finditer(text) if header_like(found.group())]

    def nearest_header(self, zone_start: int, line_start: int, max_lines: int) -> tuple[str, str] | None:
        """The nearest header-like line among the last `max_lines` lines of text[zone_start:line_start] split into
        lines (the first one cut at zone_start), and the line above it there ('' for the first): as the split had."""
        if line_start <= zone_start:
            return None
        j = bisect_left(self.starts, line_start)  # the line starting at line_start: the slice's lines stand before it
        k0 = bisect_right(self.starts, zone_start) - 1  # the line zone_start falls in: the slice's first, maybe cut
        first = max(k0, j - max_lines)
        cut = first == k0 and zone_start > self.starts[k0]
        found = bisect_left(self.headers, line_start) - 1  # the nearest whole line that reads as a header
        if found >= 0 and self.headers[found] >= self.starts[first + cut]:
            k = bisect_right(self.starts, self.headers[found]) - 1
        elif cut and header_like(self._line(k0, zone_start, cut)):
            k = k0
        else:
            return None
        return self._line(k - 1, zone_start, cut) if k > first else "", self._line(k, zone_start, cut)

    def _line(self, k: int, zone_start: int, cut: bool) -> str:
        """Line k without its break; the one zone_start falls in from zone_start on where the slice cut it."""
        end = self.starts[k + 1] - 1 if k + 1 < len(self.starts) else len(self.text)
        start = max(zone_start, self.starts[k]) if cut else self.starts[k]
        return self.text[start:end]


def line_map(text: str) -> LineMap | None:
    """The map of a text's lines, or None where a line break other than '\\n' would cut them otherwise."""
    return None if OTHER_LINE_BREAKS.search(text) else LineMap(text)
