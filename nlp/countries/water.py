"""A country's name that names water after a lower-case word ('the strait of Gibraltar', 'le détroit de Gibraltar',
'el golfo de México', 'a port on the sea of Japan'): a port's location or a route, not a country's goods. The same
names written in capitals ('Strait of Gibraltar', 'Golf von Mexiko') are one run of words, mapped to no country in
aliases.json."""

from __future__ import annotations

import re

WATER_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:strait|straits|gulf|sea|bay|canal)\s+of\s+(?:the\s+)?"  # English
    r"|(?:détroit|golfe|mer|baie|canal)\s+(?:de\s+|du\s+|des\s+|de\s+la\s+|d['’])"  # French
    r"|(?:estrecho|golfo|mar|bahía|canal)\s+(?:de\s+|del\s+)(?:la\s+)?"  # Spanish
    r"|(?:estreito|golfo|mar|baía|canal)\s+(?:de\s+|do\s+|da\s+))$"  # Portuguese
)
REACH = 30


def names_water(text: str, start: int) -> bool:
    return WATER_BEFORE.search(text, max(0, start - REACH), start) is not None
