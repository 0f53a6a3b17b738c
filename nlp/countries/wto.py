"""The Member a WTO document is circulated for: named after a cue ('at the request of the Delegation of Peru',
'Notifying Member: Chile'), else by its notification symbol ('G/SPS/N/TZA/393')."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pycountry

from nlp.countries.names import NameMatch, find_country_names

CUE_REACH = 60  # the name follows its cue at once
# A WTO notification's symbol names its Member: 'G/SPS/N/TZA/393', 'G/SG/N/6/CHN/3', 'G/TBT/N/EU/1012'.
NOTIFICATION_SYMBOL = re.compile(r"(?<![A-Za-z])G/(?:SPS|TBT|SG|ADP|SCM|LIC|AG|MA)/N/(?:\d+/)?(?P<member>[A-Z]{2,3})/")


def notifying_member(opening: str, cues: Iterable[re.Pattern]) -> NameMatch | None:
    """The first name right after a cue (the cues strongest first)."""
    opening = opening.replace("\n", " ")  # a hard-wrapped line ("circulated at\nthe request of ..."), same offsets
    for cue in (match for pattern in cues for match in pattern.finditer(opening)):
        name = next(find_country_names(opening, cue.end(), min(len(opening), cue.end() + CUE_REACH)), None)
        if name is not None and name.start == cue.end():
            return name
    return None


def symbol_member(opening: str) -> NameMatch | None:
    """The Member whose notification the document is, from the notification symbols in its opening (the whole
    symbol up to the Member is the evidence); a joint notification's symbols (G/TBT/N/BDI/189, G/TBT/N/KEN/1170,
    ...) name several Members, and none is read."""
    symbols = list(NOTIFICATION_SYMBOL.finditer(opening))
    if len({symbol.group("member") for symbol in symbols}) != 1:
        return None
    symbol = symbols[0]
    member = symbol.group("member")
    country = pycountry.countries.get(alpha_3=member) if len(member) == 3 else None
    code = "EU" if member in ("EU", "EEC") else country.alpha_2 if country else None
    return NameMatch(code, symbol.start(), symbol.end()) if code else None
