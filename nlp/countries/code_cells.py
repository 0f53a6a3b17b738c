"""A table's origin column giving each origin by its ISO code ('Country of origin | HTS | Rate' / 'CN | 8541.42.0010
| 50%'): the two capitals alone in that column's cell, below the header, name the country. Only in the header's own
column: a 'KG' or 'EU' elsewhere in the row is a unit or a rate column, counted from the header's first word (a header
pattern may take the bar before it: '| Origin |'). A placeholder ('NA', not available) names no country: cues.json
`code_cell_placeholders`."""

from __future__ import annotations

import re
from functools import cache

from nlp.countries.cue_data import cue_data
from nlp.countries.mention import CountryMention
from nlp.countries.names import names
from nlp.text.textutil import line_end

ISO_CELL = re.compile(r"[ \t]*([A-Z]{2})[ \t]*")
ROWS_BELOW = 60  # a table's rows under its header
HEADER_WORD = re.compile(r"[^|\s]")


def origins_by_code_in_column(text: str, header: re.Match, skip: set[str]) -> list[CountryMention]:
    line_start = text.rfind("\n", 0, header.start()) + 1
    header_end = line_end(text, header.start())
    if "|" not in text[line_start:header_end]:
        return []
    word = HEADER_WORD.search(text, header.start(), header.end())
    column = text.count("|", line_start, word.start() if word else header.start())  # the header's cell
    codes, found = _iso_codes(), []
    position = header_end + 1
    for _ in range(ROWS_BELOW):
        if position >= len(text):
            break
        end = line_end(text, position)
        if "|" not in text[position:end]:
            if found or text[position:end].strip():
                break  # the table ends at its first line without bars (a blank line before its rows is kept)
            position = end + 1
            continue
        cell_start = position
        for _ in range(column):
            cell_start = text.index("|", cell_start, end) + 1 if "|" in text[cell_start:end] else end
        cell_end = text.find("|", cell_start, end)
        cell_end = end if cell_end < 0 else cell_end
        cell = ISO_CELL.fullmatch(text, cell_start, cell_end)
        if cell and cell.group(1) in codes and cell.group(1) not in skip:
            found.append(CountryMention(cell.group(1), "affected", cell.group(1), cell.start(1), cell.end(1)))
        position = end + 1
    return found


@cache
def _iso_codes() -> frozenset[str]:
    return frozenset(names().values()) - set(cue_data()["code_cell_placeholders"])
