"""A US notice's list of trade-remedy proceedings, one case a line with its Commerce case number ('INDIA: Welded
Stainless Pressure Pipe, A-533-867 | 3/1/30-2/28/31', or a sunset table's 'A-570-909 | 731-TA-1114 | China | Steel
Nails'): the country heading the line, or standing alone in one of its cells, is the origin of the proceeding the
notice initiates, reviews or lists. A case number in prose ('the order on steel nails from Oman (A-523-808)') heads no
line and names no cell: it is the background's; so is a list of related proceedings under a 'Background' heading (only
lines in the layout's operative kinds count: a notice's body, summary, action or annex). Pattern: cues.json
`case_number` (its `case_number_prefixes` found first: a regex scan of a long act costs more)."""

from __future__ import annotations

import re
from functools import cache

from nlp.countries.cue_data import cue_data
from nlp.countries.mention import CountryMention, names_all_of
from nlp.countries.names import find_country_names
from nlp.text.layout import OPERATIVE, Layout
from nlp.text.tables import cells_at
from nlp.text.textutil import line_end

# the line's label before its colon: the country in any case, with its article ('THE PEOPLE'S REPUBLIC OF CHINA:')
LABEL = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?P<label>(?:the\s+)?[^\W\d_][^\n:|]{1,60}?)[ \t]*:", re.I)


def origins_of_case_lines(text: str, skip: set[str], layout: Layout) -> list[CountryMention]:
    """The countries that head a line of the operative part holding a case number, or fill a cell of it on their
    own."""
    found: dict[str, CountryMention] = {}
    lines_done = set()
    for number in _case_numbers(text):
        line_start = text.rfind("\n", 0, number.start()) + 1
        if line_start in lines_done or layout.kind_at(number.start()) not in OPERATIVE:
            continue
        lines_done.add(line_start)
        end_of_line = line_end(text, number.end())
        for start, end in [*_label(text, line_start, number.start()), *_cells(text, line_start, end_of_line)]:
            names = list(find_country_names(text, start, end))
            if (
                len(names) == 1
                and names[0].code not in skip
                and names_all_of(text, names[0].start, names[0].end, start, end)
            ):
                name = names[0]
                found.setdefault(
                    name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
                )
    return list(found.values())


def _label(text: str, line_start: int, before: int) -> list[tuple[int, int]]:
    label = LABEL.match(text, line_start, before)
    return [label.span("label")] if label else []


def _cells(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """The spans of the line's cells between its bars (none for a line without bars)."""
    line = text[line_start:line_end]
    return [(cell.start, cell.end) for cell in cells_at(line, line_start)] if "|" in line else []


@cache
def _case_number() -> re.Pattern:
    return re.compile(cue_data()["case_number"])


def _case_numbers(text: str):
    """The case number's matches, tried only where one of its prefixes ('A-', 'C-') stands."""
    pattern = _case_number()
    for prefix in cue_data()["case_number_prefixes"]:
        position = text.find(prefix)
        while position >= 0:
            if found := pattern.match(text, position):
                yield found
            position = text.find(prefix, position + len(prefix))
