"""A table of allocations whose unit stands once, in its heading, and whose rows give each holder several figures: a
Zimbabwean suspension's 'Annual allocation in kilograms for both full cream milk powder (FCMP) and skimmed milk powder
(SCM)' over 'Company name Year 2023 Year 2024 Year 2025' and rows such as 'Dendairy (Private) Limited 426,000 426,000
213,000 ...' (final28 3937). Each non-zero figure of a row is a volume in the heading's unit; a '0' cell allocates
nothing. The table ends at the first blank line after its rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from nlp.text.numbers import parse_number

# the heading: allocations (or quotas) 'in' a unit ('Annual allocation in kilograms', 'Quota allocations in tonnes'), a
# line of its own; one that reports what was used ('For information only, the quota allocations in tonnes used by each
# firm in 2029 were:') allocates nothing. measures/en.json's tariff_quota signal reads the same heading.
HEADING = re.compile(
    r"^[ \t\"“]*(?:annual\s+|yearly\s+)?(?:quota\s+)?(?:allocations?|quotas?|allotments?)\s+in\s+(?P<unit>kilogrammes|"
    r"kilograms|kgs?|metric\s+tonnes|tonnes|litres|liters)\b(?![^.\n]*\b(?:used|utili[sz]ed|were|was)\b)",
    re.I | re.M,
)
FIGURE = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,.])")
# a row: a label (its holder's name, or the last words of a name broken over lines) then two figures or more
ROW = re.compile(
    r"^[ \t]*[“\"]?(?P<label>\(?[^\W\d_][^\n\d]*?)"
    r"(?P<figures>(?:[ \t]+(?:\d{1,3}(?:,\d{3})+|\d+)){2,})[ \t]*[”\"]?[ \t]*$"
)
MAX_LINES = 60  # the table stands right under its heading


@dataclass(frozen=True)
class AllocationCell:
    amount: float
    unit: str
    text: str
    start: int
    end: int


def allocation_cells(text: str, units: dict[str, str]) -> Iterator[AllocationCell]:
    """Each non-zero figure of the rows under an allocation heading, in the heading's unit."""
    for heading in HEADING.finditer(text):
        unit = units.get(" ".join(heading.group("unit").lower().split()))
        if unit is None:
            continue
        yield from _rows_below(text, heading.end(), unit)


def _rows_below(text: str, start: int, unit: str) -> Iterator[AllocationCell]:
    line_start, rows = text.find("\n", start) + 1, 0
    for _ in range(MAX_LINES):
        if line_start <= 0 or line_start >= len(text):
            return
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if not line.strip() and rows:
            return  # the blank line after the rows ends the table
        row = ROW.match(line)
        if row is not None and not _years_only(row.group("figures")):
            rows += 1
            offset = line_start + row.start("figures")
            for figure in FIGURE.finditer(row.group("figures")):
                amount = parse_number(figure.group())
                if amount:
                    yield AllocationCell(amount, unit, figure.group(), offset + figure.start(), offset + figure.end())
        line_start = line_end + 1


def _years_only(figures: str) -> bool:
    """A header of year columns ('Year 2023 2024 2025'), no row of volumes."""
    return all(re.fullmatch(r"(?:19|20)\d\d", figure) for figure in figures.split())
