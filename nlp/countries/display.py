"""The everyday name of a country code, for the summaries' sentences."""

from __future__ import annotations

from functools import cache

import pycountry

# Everyday names where the ISO name reads badly once its ", ..." tail is cut.
EVERYDAY_NAMES = {
    "EU": "European Union",
    "EAEU": "Eurasian Economic Union",
    "GCC": "Gulf Cooperation Council",
    "GB": "United Kingdom",
    "UK": "United Kingdom",
    "US": "United States",
    "KR": "South Korea",
    "KP": "North Korea",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "RU": "Russia",
    "TW": "Taiwan",
}


@cache
def display_name(code: str | None) -> str:
    """The everyday name of a two-letter code ('China', 'South Korea'); the code itself when unknown."""
    if not code:
        return "unknown"
    if code in EVERYDAY_NAMES:
        return EVERYDAY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name.split(",")[0]
