"""A list whose lines each open with a country and close with its amount, without table bars (a plain-text copy of an
allocation or a rate annex): 'Argentina 20,000 metric tons' / 'Brazil 10,000 metric tons', 'Algeria 30%' /
'Bangladesh 20%'. In the operative part, under a lead-in that allots or rates ('… is allocated among the following
supplying countries:', 'Country  Reciprocal tariff'), two such lines or more name the countries the quota or the rates
are for; import statistics ('Imports by origin in 2030:'), in a recital or a news item's body, name sources, not
beneficiaries (tables.py reads the same with bars)."""

from __future__ import annotations

import re

from nlp.countries.mention import CountryMention
from nlp.countries.names import find_country_names
from nlp.text.layout import OPERATIVE, Layout

# the country, then its amount with a unit or a percentage, and nothing else on the line
AMOUNT_LINE = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?P<name>[^\W\d_][^\d\n|:]{1,60}?)[ \t]*[:.…]*[ \t]+\d[\d,.\u00a0\u202f ]*[ \t]*"
    r"(?:%|per\s*cent|percent|(?:metric\s+)?(?:tons?|tonnes?)|t|kg|kilograms?|litres?|liters?|hl|head|units?)"
    r"(?:\s+ad\s+valorem)?[ \t]*$",
    re.I,
)
# a line's last characters where it ends in an amount's unit ('… 30%', '… 20,000 metric tons', '… 800 t')
UNIT_ENDINGS = ("%", " t", "ton", "tons", "tonne", "tonnes", "kg", "kilograms", "litres", "liters", " hl", "head")
UNIT_ENDINGS += ("units", "percent", "per cent", "valorem", " T", "TONS", "TONNES", "KG")
MIN_LINES = 2
ALLOTTING_LEAD = re.compile(
    r"\b(?:allot\w*|allocat\w*|quotas?|suppl(?:ying|ier)\s+countr\w*|rates?|dut(?:y|ies)|surtax\w*|tariffs?)\b", re.I
)
STATISTICS_LEAD = re.compile(r"\b(?:imports?|exports?|volumes?|statistics|market\s+shares?|(?:19|20)\d\d)\b", re.I)


def countries_before_amounts(text: str, skip: set[str], layout: Layout) -> list[CountryMention]:
    found: dict[str, CountryMention] = {}
    for line in _amount_lines(text):
        if layout.kind_at(line.start()) not in OPERATIVE or not _under_an_allotting_lead(text, line.start()):
            continue
        start, end = line.span("name")
        names = list(find_country_names(text, start, end))
        if len(names) != 1 or names[0].code in skip:
            continue
        name = names[0]
        if (text[start : name.start] + text[name.end : end]).strip().lower() not in ("", "the"):
            continue  # the line's label says more than the country ('Imports from Brazil in 2030 12,000 tonnes')
        found.setdefault(
            name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
        )
    return list(found.values()) if len(found) >= MIN_LINES else []


def _under_an_allotting_lead(text: str, line_start: int) -> bool:
    """The first line above the list's lines (and the blank lines between them) allots or rates, and counts no
    imports."""
    position = line_start
    while position > 0:
        above_start = text.rfind("\n", 0, position - 1) + 1
        above = text[above_start : position - 1]
        position = above_start
        if not above.strip() or AMOUNT_LINE.fullmatch(above.rstrip("\r")):
            continue
        return bool(ALLOTTING_LEAD.search(above)) and not STATISTICS_LEAD.search(above)
    return False


def _amount_lines(text: str):
    """The lines AMOUNT_LINE matches whole, asked only of those ending in a unit (a regex tried at every line of a
    long act costs more than the rest of this reader)."""
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.endswith(UNIT_ENDINGS) and (found := AMOUNT_LINE.fullmatch(text, position, end)):
            yield found
        position = end + 1
