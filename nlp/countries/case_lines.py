"""A US notice's list of trade-remedy proceedings, one case a line with its Commerce case number ('INDIA: Welded
Stainless Pressure Pipe, A-533-867 | 3/1/30-2/28/31', or a sunset table's 'A-570-909 | 731-TA-1114 | China | Steel
Nails'): the country heading the line, or standing alone in one of its cells, is the origin of the proceeding the
notice initiates, reviews or lists. A case number in prose ('the order on steel nails from Oman (A-523-808)') heads no
line and names no cell: it is the background's."""

from __future__ import annotations

import re

from nlp.countries.mention import CountryMention
from nlp.countries.names import find_country_names

CASE_NUMBER = re.compile(r"(?<![\w-])[AC]-\d{3}-\d{3}(?!\d)")
# the line's label before its colon: the country in any case, with its article ('THE PEOPLE'S REPUBLIC OF CHINA:')
LABEL = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?P<label>(?:the\s+)?[^\W\d_][^\n:|]{1,60}?)[ \t]*:", re.I)


def origins_of_case_lines(text: str, skip: set[str]) -> list[CountryMention]:
    """The countries that head a line holding a case number, or fill a cell of it on their own."""
    found: dict[str, CountryMention] = {}
    lines_done = set()
    for number in _case_numbers(text):
        line_start = text.rfind("\n", 0, number.start()) + 1
        if line_start in lines_done:
            continue
        lines_done.add(line_start)
        line_end = text.find("\n", number.end())
        line_end = len(text) if line_end < 0 else line_end
        for start, end in [*_label(text, line_start, number.start()), *_cells(text, line_start, line_end)]:
            names = list(find_country_names(text, start, end))
            if len(names) == 1 and names[0].code not in skip and _is_the_whole(text, names[0], start, end):
                name = names[0]
                found.setdefault(
                    name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
                )
    return list(found.values())


def _label(text: str, line_start: int, before: int) -> list[tuple[int, int]]:
    label = LABEL.match(text, line_start, before)
    return [label.span("label")] if label else []


def _cells(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    if "|" not in text[line_start:line_end]:
        return []
    cells, start = [], line_start
    for bar in [i for i in range(line_start, line_end) if text[i] == "|"] + [line_end]:
        cells.append((start, bar))
        start = bar + 1
    return cells


def _is_the_whole(text: str, name, start: int, end: int) -> bool:
    """The name is all the label or cell holds, but for an article before it."""
    rest = (text[start : name.start] + " " + text[name.end : end]).strip().lower()
    return rest in ("", "the")


def _case_numbers(text: str):
    """CASE_NUMBER's matches, tried only where 'A-' or 'C-' stands (a regex scan of a long act costs more)."""
    for prefix in ("A-", "C-"):
        position = text.find(prefix)
        while position >= 0:
            if found := CASE_NUMBER.match(text, position):
                yield found
            position = text.find(prefix, position + 2)
