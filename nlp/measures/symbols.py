"""A document numbered with a WTO symbol of SPS or TBT notifications ('G/SPS/N/XYZ/12') notifies such a measure,
whatever its text names (a portal's record of the notification): the symbols are data (data/measures/en.json,
'document_symbols')."""

from __future__ import annotations

import re
from functools import cache

from nlp.measures.rules import MeasureMention
from nlp.measures.vocabulary import load_measure_data


@cache
def _document_symbols() -> dict[str, re.Pattern]:
    return {kind: re.compile(symbol) for kind, symbol in load_measure_data("en").get("document_symbols", {}).items()}


def typed_by_symbol(measures: list[MeasureMention], identifier) -> list[MeasureMention]:
    """A WTO symbol of SPS or TBT notifications as the document's number ('G/SPS/N/XYZ/12') types its measure."""
    if identifier is None:
        return measures
    found = {m.type for m in measures}
    for kind, symbol in _document_symbols().items():
        if kind not in found and symbol.match(identifier.text):
            measures = [*measures, MeasureMention(kind, identifier.text, identifier.start, identifier.end, 1, "title")]
    return measures
