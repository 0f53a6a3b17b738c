"""A quota bulletin's allocation field: under a labelled field ('Restraint Level:', 'Restraint Levels:'), one line per
country with its quantity ('Argentina (export certificate required)' / '20,000,000 kg'). Countries allotted a quantity
are the quota's origins; a country listed without one ('Canada' / 'no limit') is outside the quota (its goods are not
quota entries)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from nlp.countries.mention import CountryMention
from nlp.countries.names import find_country_names
from nlp.text.patterns import finditer_where_possible, guarded

# the next labelled field ('HTS Numbers:', 'REPORTING INSTRUCTIONS:') ends the allocation field
FIELD_LABEL = re.compile(r"[ \t]*[A-Za-z][A-Za-z ()/&-]{1,40}:[ \t]*$")
# a quantity and its unit, in one cell or in two of a table row ('12,400,000 | kg |')
QUANTITY = re.compile(
    r"\d[\d,. ]*\s*(?:\|\s*)?(?:kg|kgs|kilograms?|tonnes?|t|mt|litres?|liters?|l|units?|pieces?|dozens?)\b", re.I
)
MAX_FIELD_LINES = 60


@cache
def _field_label() -> re.Pattern:
    data = json.loads(resources.files("nlp").joinpath("data/countries/cues.json").read_text("utf-8"))
    return guarded("|".join(data["allocation_fields"]), re.I)


def allocation_lines(text: str, skip: set[str]) -> tuple[list[CountryMention], set[str]]:
    """(countries allotted a quantity, codes listed without one) in the document's allocation fields."""
    allotted: dict[str, CountryMention] = {}
    listed: set[str] = set()
    for label in finditer_where_possible(_field_label(), text):
        lines = [
            (start, end, _heading_country(text, start, end, skip)) for start, end in _field_lines(text, label.end())
        ]
        for index, (start, end, name) in enumerate(lines):
            if name is None:
                continue
            listed.add(name.code)
            # the quantity stands on the country's line or on the next one, unless that line heads another country
            following = lines[index + 1] if index + 1 < len(lines) and lines[index + 1][2] is None else None
            if QUANTITY.search(text, start, end) or (following and QUANTITY.search(text, following[0], following[1])):
                allotted.setdefault(
                    name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
                )
    return list(allotted.values()), listed - allotted.keys()


def _heading_country(text: str, start: int, end: int, skip: set[str]):
    """The country a line opens with ('Argentina (export certificate required)'), not one named inside a sentence."""
    name = next(find_country_names(text, start, end), None)
    if name is None or name.code in skip or text[start : name.start].strip():
        return None
    return name


def _field_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The lines of a field, from its label to the next label (or blank line)."""
    lines = []
    position = text.find("\n", start) + 1 if text.find("\n", start) >= 0 else len(text)
    while position < len(text) and len(lines) < MAX_FIELD_LINES:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end]
        if not line.strip() or FIELD_LABEL.fullmatch(line):
            break
        lines.append((position, end))
        position = end + 1
    return lines
