"""A measure on all goods of the economies it names: 'shall impose a tariff of 10 percent on all goods of Argentina,
Bangladesh ...', 'the following tariff rates on all goods of the economy'. Its product words are asides (a textile
quota promised for later, an exemption's goods) and place it under no chapter; only its title's words may.
"""

from __future__ import annotations

import re

from nlp.countries.names import find_country_names

ALL_GOODS = re.compile(
    r"\ball\s+(?:goods|products|imports|articles|merchandise)\s+"
    r"(?:of|from|originating\s+in|imported\s+from|the\s+products?\s+of)\s+",
    re.I,
)
# 'of the economy', 'from each country', 'of those trading partners', 'of the investigated economies'
WHOSE = re.compile(
    r"(?:the|each|every|such|those|these|any|all)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:economy|economies|country|countries|trading\s+partners?|nations?)\b",
    re.I,
)
NAME_REACH = 80
THE = re.compile(r"(?:the\s+)?", re.I)
OF_GOODS_AFTER = re.compile(r"\s+of\s+", re.I)  # 'all imports from China of steel': one product's imports


def on_all_goods(text: str) -> bool:
    """Whether `text` says a measure reaches all goods of an economy it names (see the module)."""
    for match in ALL_GOODS.finditer(text):
        end = match.end()
        if WHOSE.match(text, end):
            return True
        name = next(find_country_names(text, end, end + NAME_REACH), None)
        if name is not None and THE.fullmatch(text, end, name.start) and not OF_GOODS_AFTER.match(text, name.end):
            return True
    return False
