"""A quota bulletin's allocation field: under a labelled field ('Restraint Level:', 'Restraint Levels:'), one line per
country with its quantity ('Argentina (export certificate required)' / '20,000,000 kg'). Countries allotted a quantity
are the quota's origins; a country listed without one ('Canada' / 'no limit') is outside the quota (its goods are not
quota entries). The field's lines are read by the one labelled-block reader (nlp.text.tables), its quantities in the
quota finder's units."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from nlp.countries.mention import CountryMention
from nlp.countries.names import find_country_names
from nlp.quotas.finder import allotted_quantity
from nlp.text.patterns import finditer_where_possible, guarded
from nlp.text.tables import block_lines


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
            (start, end, _heading_country(text, start, end, skip)) for start, end in block_lines(text, label.end())
        ]
        for index, (start, end, name) in enumerate(lines):
            if name is None:
                continue
            listed.add(name.code)
            # the quantity stands on the country's line or on the next one, unless that line heads another country
            following = lines[index + 1] if index + 1 < len(lines) and lines[index + 1][2] is None else None
            quantity = allotted_quantity()
            if quantity.search(text, start, end) or (following and quantity.search(text, *following[:2])):
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
