"""A notice's list of country-specific quotas by their order numbers: under a line naming the quota numbers ('New
quota reference numbers:', 'Quota order numbers'), one line per origin and its number ('- Ruritania 058099', '-
Other countries 058102'). A country given a quota number of its own has a quota of its own: it is an origin of the
quota; 'Other countries' names none."""

from __future__ import annotations

import re

from nlp.countries.mention import CountryMention
from nlp.countries.names import find_country_names
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.textutil import lines_above

# the list's heading: it names the quotas' numbers
# asked of every text, found in few: the text's one scan rules it out
QUOTA_NUMBERS_HEADING = scan_gated(guarded(r"\b(?:quota|order)\s+(?:reference\s+|order\s+|serial\s+)?numbers?\b", re.I))
# an item: a bullet, the origin's name, its six-digit order number ('058099') or a dotted one ('09.4321')
NUMBERED_ORIGIN = re.compile(
    r"^[ \t]*[-•·*–]?[ \t]*(?P<name>[^\W\d_][^\d\n]{0,60}?)[ \t]*[:\-–]?[ \t]+(?:\d{6}|\d{2}\.\d{4})[ \t]*$", re.M
)
HEADING_REACH = 12  # lines between the heading and an item (the list's other items)


def origins_with_quota_numbers(text: str, skip: set[str]) -> list[CountryMention]:
    """The countries that are the whole name part of a numbered quota's line below a quota-numbers heading."""
    if not may_occur(QUOTA_NUMBERS_HEADING, text) or not QUOTA_NUMBERS_HEADING.search(text):
        return []
    found: dict[str, CountryMention] = {}
    for item in NUMBERED_ORIGIN.finditer(text):
        names = list(find_country_names(text, item.start("name"), item.end("name")))
        if len(names) != 1 or text[names[0].start : names[0].end] != item.group("name").strip():
            continue
        name = names[0]
        if name.code in skip or name.code in found or not _under_a_heading(text, item.start()):
            continue
        found[name.code] = CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
    return list(found.values())


def _under_a_heading(text: str, line_start: int) -> bool:
    for _, line in lines_above(text, line_start, HEADING_REACH):
        if QUOTA_NUMBERS_HEADING.search(line):
            return True
        if not NUMBERED_ORIGIN.fullmatch(line):
            return False
    return False
