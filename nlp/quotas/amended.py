"""Volumes a textual amendment writes into a quota table's quantity column: 'U.S. note 5 … is modified by adding at
the end of the “Quantity (kg)” column opposite such year the quantity “2,150,000”', 'in the column "Volume
(tonnes)", for 2027, insert "12 500"'. The figure is quoted and bare; its unit is the one the column's name states.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.text.numbers import NUMBER, parse_number
from nlp.text.patterns import guarded
from nlp.text.sentences import Sentences

QUOTED_FIGURE = re.compile(rf"[“\"‘'](?P<value>{NUMBER})[”\"’']")
AMENDING = guarded(r"\b(?:add|insert|substitut|replac|strik|in lieu)\w*", re.I)
# the column's name: a quantity word and its unit in brackets ('“Quantity (kg)” column', 'column "Volume (tonnes)"')
QUANTITY_COLUMN = (
    r"\b(?:quantit(?:y|ies)|volumes?|quota(?:\s+(?:quantity|volume|amount))?)\s*\(\s*(?:in\s+)?(?P<unit>{units})\s*\)"
)
COLUMN_WORD = guarded(r"\bcolumns?\b", re.I)


def amended_column_volumes(
    text: str, lowered: str, spans: list[tuple[int, int]], sentences: Sentences, units: dict, units_pattern: str
) -> Iterator[tuple[float, str, int, int]]:
    """(amount, unit, start, end) of each quoted figure an amending sentence puts into a named quantity column."""
    column = re.compile(QUANTITY_COLUMN.format(units=units_pattern))
    for start, end in spans:
        for match in QUOTED_FIGURE.finditer(lowered, start, end):
            sentence = lowered[slice(*sentences.around(match.start()))]
            named = column.search(sentence)
            if named is None or not AMENDING.search(sentence) or not COLUMN_WORD.search(sentence):
                continue
            amount = parse_number(match.group("value"))
            if amount:
                unit = units[" ".join(named.group("unit").split())]
                yield amount, unit, match.start("value"), match.end("value")
