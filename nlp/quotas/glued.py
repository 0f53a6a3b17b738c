"""Quota volumes in the rows of a table that lost its cell separators ('99130405US Note 416,957 liters': note 4,
16,957 liters; nlp/text/glued_rows.py parts each row's number from its figure). A run of such rows is a quota table
when quota words stand in the lines just above it ('The aggregate quantities … are as follows:' / 'Restraint
Level'); each row's unit follows its figure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.text.glued_rows import glued_rows, row_figures
from nlp.text.numbers import parse_number

CAPTION_CHARS = 400  # as for a quota table's caption (nlp/quotas/columns.py)


def glued_row_volumes(text: str, lowered: str, words: dict) -> Iterator[tuple[float, str, int, int]]:
    """(amount, unit, start, end) of each volume of the glued quota tables of `text` (`lowered` its lower case)."""
    runs = glued_rows(text)
    if not runs:
        return
    unit_after = _unit_after(words)
    for run in runs:
        start = run[0].code_start
        if not words["table_quota"].search(lowered, max(0, start - CAPTION_CHARS), start):
            continue
        for figure in row_figures(run):
            unit = unit_after.match(lowered, figure.end) if figure else None
            amount = parse_number(figure.figure) if figure else None
            if unit and amount:
                name = words["units"][" ".join(unit["unit"].split())]
                yield amount, name, figure.start, unit.end()


def spans_of_glued_rows(text: str) -> list[tuple[int, int]]:
    """Where the glued rows' figures stand: the figures as the plain amount pattern reads them there are wrong."""
    return [(row.rest_start, row.line_end) for run in glued_rows(text) for row in run]


def _unit_after(words: dict) -> re.Pattern:
    units = "|".join(sorted((re.escape(unit) for unit in words["units"]), key=len, reverse=True))
    return re.compile(rf"[ \t]*(?P<unit>{units})\b")
