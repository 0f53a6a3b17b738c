"""A country's name that names a place, not a country's goods. Water after a lower-case word ('the strait of
Gibraltar', 'le détroit de Gibraltar', 'el golfo de México', 'a port on the sea of Japan'): a port's location or a
route. The same names written in capitals ('Strait of Gibraltar', 'Golf von Mexiko') are one run of words, mapped to
no country in aliases.json. A territory's name before it ('Hong Kong, China', 'Taiwan, China') names the territory."""

from __future__ import annotations

import re

WATER_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:strait|straits|gulf|sea|bay|canal)\s+of\s+(?:the\s+)?"  # English
    r"|(?:détroit|golfe|mer|baie|canal)\s+(?:de\s+|du\s+|des\s+|de\s+la\s+|d['’])"  # French
    r"|(?:estrecho|golfo|mar|bahía|canal)\s+(?:de\s+|del\s+)(?:la\s+)?"  # Spanish
    r"|(?:estreito|golfo|mar|baía|canal)\s+(?:de\s+|do\s+|da\s+))$"  # Portuguese
)
REACH = 30
TERRITORY_OF_CHINA = re.compile(r"(?:Hong\s+Kong|Macao|Macau|Taiwan),\s*$", re.I)


def names_a_place(text: str, start: int, code: str | None) -> bool:
    """The name at start names a territory of China or water, not a country's goods."""
    if code == "CN" and TERRITORY_OF_CHINA.search(text, max(0, start - 12), start):
        return True
    return names_water(text, start)


def names_water(text: str, start: int) -> bool:
    return WATER_BEFORE.search(text, max(0, start - REACH), start) is not None
