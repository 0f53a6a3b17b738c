"""The Member a WTO document is circulated for: named after a cue ('at the request of the Delegation of
Peru', 'Notifying Member: Chile'), else by the ISO code in the notification's symbol ('G/SPS/N/TZA/393')."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pycountry

from nlp.countries.names import NameMatch, find_country_names

# a notification's symbol names its Member by its three-letter code: G/SPS/N/TZA/393, G/SG/N/6/IND/32
SYMBOL = re.compile(r"\bG/(?:SPS|TBT|SG|ADP|SCM|MA|LIC|AG)/N/(?:\d+/)*([A-Z]{3})/")
CUE_REACH = 60  # the name follows its cue at once


def notifying_member(opening: str, cues: Iterable[re.Pattern]) -> NameMatch | None:
    """The first name right after a cue (the cues strongest first); else the Member of the symbol."""
    opening = opening.replace("\n", " ")  # a hard-wrapped line ("circulated at\nthe request of ..."), same offsets
    for cue in (match for pattern in cues for match in pattern.finditer(opening)):
        name = next(find_country_names(opening, cue.end(), min(len(opening), cue.end() + CUE_REACH)), None)
        if name is not None and name.start == cue.end():
            return name
    return _member_of_the_symbol(opening)


def _member_of_the_symbol(opening: str) -> NameMatch | None:
    """The one Member the symbols name; a joint notification (G/TBT/N/BDI/..., G/TBT/N/KEN/...) names several."""
    found = {match.group(1): match for match in SYMBOL.finditer(opening)}
    if len(found) != 1:
        return None
    ((code, match),) = found.items()
    country = pycountry.countries.get(alpha_3=code)
    return NameMatch(country.alpha_2, match.start(1), match.end(1)) if country else None
