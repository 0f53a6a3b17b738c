"""A list whose lines each open with a country and close with its amount, without table bars (a plain-text copy of an
allocation or a rate annex): 'Argentina 20,000 metric tons' / 'Brazil 10,000 metric tons', 'Algeria 30%' /
'Bangladesh 20%'. In the operative part, under a lead-in that allots or rates ('… is allocated among the following
supplying countries:', 'Country  Reciprocal tariff'), two such lines or more name the countries the quota or the rates
are for; a lead-in that reports figures names sources or other members, not beneficiaries: import statistics ('Imports
by origin in 2030:'), in a recital or a news item's body, or a comparison ('For comparison, the rates of duty that
other members apply to the same products are:'). tables.py reads the same with bars. Words: cues.json
`amount_units`, `amount_lead_allots`, `amount_lead_reports`."""

from __future__ import annotations

import re
from functools import cache

from nlp.countries.cue_data import cue_data
from nlp.countries.mention import CountryMention, names_all_of
from nlp.countries.names import find_country_names
from nlp.text.layout import OPERATIVE, Layout

MIN_LINES = 2
DIGITS = "0123456789"


@cache
def _patterns() -> dict[str, re.Pattern]:
    data = cue_data()
    units = "|".join(re.escape(unit).replace(r"\ ", r"\s*") for unit in _units())
    return {
        # the country, then its amount with a unit or a percentage, and nothing else on the line
        "line": re.compile(
            r"[ \t]*(?:[-•*][ \t]*)?(?P<name>[^\W\d_][^\d\n|:]{1,60}?)[ \t]*[:.…]*[ \t]+\d[\d,.\u00a0\u202f ]*[ \t]*"
            rf"(?:{units})(?:\s+ad\s+valorem)?[ \t]*$",
            re.I,
        ),
        "allots": re.compile("|".join(data["amount_lead_allots"]), re.I),
        "reports": re.compile("|".join(data["amount_lead_reports"]), re.I),
    }


@cache
def _units() -> tuple[str, ...]:
    """The units, longest first (a regex alternation takes the first that matches)."""
    return tuple(sorted(cue_data()["amount_units"], key=len, reverse=True))


@cache
def _unit_endings() -> tuple[str, ...]:
    """How a line whose amount has a unit ends, lower-cased: the unit after a space or a digit ('30%', '800 t',
    '20kg'), or 'ad valorem' after it."""
    endings = {" valorem"}
    for unit in _units():
        endings.update([unit] if not unit[0].isalpha() else [" " + unit, *(digit + unit for digit in DIGITS)])
    return tuple(endings)


def countries_before_amounts(text: str, skip: set[str], layout: Layout) -> list[CountryMention]:
    found: dict[str, CountryMention] = {}
    for line, lead in _amount_lines(text):
        if layout.kind_at(line.start()) not in OPERATIVE or not _allots(lead):
            continue
        start, end = line.span("name")
        names = list(find_country_names(text, start, end))
        if len(names) != 1 or names[0].code in skip:
            continue
        name = names[0]
        if not names_all_of(text, name.start, name.end, start, end):
            continue  # the line's label says more than the country ('Imports from Brazil in 2030 12,000 tonnes')
        found.setdefault(
            name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
        )
    return list(found.values()) if len(found) >= MIN_LINES else []


def _allots(lead: str) -> bool:
    """The lead-in above a list allots or rates, and reports no figures (statistics, a comparison)."""
    patterns = _patterns()
    return bool(patterns["allots"].search(lead)) and not patterns["reports"].search(lead)


def _amount_lines(text: str):
    """The lines the amount pattern matches whole, each with its list's lead-in: the nearest line above that is
    neither blank nor an amount line. One pass over the lines (a walk back from each line was quadratic); the
    pattern is asked only of lines ending in a unit (tried at every line of a long act it costs more than the rest)."""
    pattern, endings = _patterns()["line"], _unit_endings()
    position, lead = 0, ""
    for line in text.split("\n"):
        content = line.rstrip()
        end = position + len(content)
        found = content[-16:].lower().endswith(endings) and pattern.fullmatch(text, position, end)
        if found:
            yield found, lead
        elif content.strip():
            lead = content
        position += len(line) + 1
