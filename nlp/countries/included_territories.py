"""Territories an affected country's goods are defined to include: 'articles the product of China, including Hong Kong
and Macau', 'Trung Quốc (bao gồm Hồng Kông)', 'products of the PRC (which include products of Hong Kong)'. Hong Kong
and Macao are customs territories of their own (WTO members with ISO codes): goods of theirs folded into another
origin's are affected with it (each with its own name as evidence). A country's geographic extent ('Norway, including
Svalbard and Jan Mayen' in a beneficiary list) names no other origin."""

from __future__ import annotations

import re

from nlp.countries.mention import CountryMention
from nlp.countries.names import find_country_names
from nlp.text.patterns import guarded

# guarded: the engine skips ahead to an "i", "w" or "t" at a word start instead of trying every position
# (Vietnamese: 'Trung Quốc (bao gồm Hồng Kông)')
INCLUDE_WORD = guarded(r"\b(?:including|(?:which|that)\s+includes?|bao\s+gồm(?:\s+cả)?)(?!\w)", re.I)
# what joins a country to the territories its goods include: ', including', '(which include products of'
JOINED_BEFORE = re.compile(r"\s*,?\s*\(?\s*$")
GOODS_OF = re.compile(r"\s+(?:(?:the\s+)?(?:products|goods|articles)\s+of\s+)?", re.I)
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)", re.I)
SEPARATE_CUSTOMS_TERRITORIES = frozenset({"HK", "MO"})
REACH = 40  # how far before 'including' the country's name may end, and how far the territories' list may run


def with_included_territories(text: str, found: list[CountryMention], skip: set[str]) -> list[CountryMention]:
    """`found` and, after it, the territories an affected country's goods are said to include."""
    affected = {mention.code for mention in found}
    added: dict[str, CountryMention] = {}
    for word in INCLUDE_WORD.finditer(text) if affected else ():
        before = list(find_country_names(text, max(0, word.start() - REACH), word.start()))
        if (
            not before
            or before[-1].code not in affected
            or not JOINED_BEFORE.fullmatch(text, before[-1].end, word.start())
        ):
            continue
        position = GOODS_OF.match(text, word.end()).end()
        for name in find_country_names(text, position, min(len(text), position + 3 * REACH)):
            if name.start != position:
                break
            if name.code in SEPARATE_CUSTOMS_TERRITORIES and name.code not in affected | skip:
                added.setdefault(
                    name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
                )
            join = LIST_JOIN.match(text, name.end)
            position = join.end() if join else -1
    return [*found, *added.values()]
