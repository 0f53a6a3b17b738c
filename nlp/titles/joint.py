"""A joint WTO notification's own symbol: members of a customs union notify one measure together, and a record page
lists every member's symbol ('G/TBT/N/BDI/189/Add.2, G/TBT/N/KEN/1170/Add.2, …'); the page's document is the one of
the member it names as notifying ('Notifying Member: Kenya', '通告成员: Kenya')."""

from __future__ import annotations

import re

import pycountry

from nlp.countries.names import find_country_names

# The symbols after the first one in a list: ', G/TBT/N/KEN/1170/Add.2'.
NEXT_SYMBOL = re.compile(r"[ \t]*[,;][ \t]*(G/[A-Z]{2,4}/N/[\w./]*[\w])")
# The Member a symbol is of: 'G/TBT/N/KEN/1170', 'G/SG/N/6/CHN/3'.
SYMBOL_MEMBER = re.compile(r"G/[A-Z]{2,4}/N/(?:\d+/)?([A-Z]{3})/")
NOTIFYING_LABEL = re.compile(
    r"(?:Notifying\s+Member|Member\s+notifying|通告成员|通報成員|Membre\s+notifiant)\s*[:：]\s*"
)
NAME_REACH = 60  # the member's name stands right after its label, on the same or the next line


def own_symbol(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the notifying member's symbol in the list opening at text[start:end]; the first when the page
    names no notifying member or none of the listed symbols is its own."""
    symbols = [(start, end)]
    while match := NEXT_SYMBOL.match(text, symbols[-1][1]):
        symbols.append(match.span(1))
    if len(symbols) == 1:
        return start, end
    member = _notifying_member(text)
    for span in symbols:
        owner = SYMBOL_MEMBER.match(text, span[0])
        if member and owner and owner.group(1) == member:
            return span
    return start, end


def _notifying_member(text: str) -> str | None:
    """The alpha-3 code of the Member the page names as notifying."""
    label = NOTIFYING_LABEL.search(text)
    if label is None:
        return None
    name = next(find_country_names(text, label.end(), min(len(text), label.end() + NAME_REACH)), None)
    if name is None or text[label.end() : name.start].strip():
        return None  # the label's value is not a country's name
    country = pycountry.countries.get(alpha_2=name.code)
    return country.alpha_3 if country else None
