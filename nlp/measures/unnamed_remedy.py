"""A trade-remedy proceeding that never names its remedy: an Australian case page ('The goods the subject of the
application', 'Investigation Period', 'Injury Examination Period'), a broker's relay of 'Provisional duties are now
payable' after the CBSA's 'preliminary determinations'. Where the rules found no measure at all and the text holds two
different words of such a proceeding (data/measures/unnamed_remedy.json), it is a case on dumped goods: anti_dumping,
the remedy a case names unless it says subsidy or safeguard (a signal of either, acted on or not, leaves it untyped)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from nlp.measures.rules import MeasureMention

OPENING_CHARS = 6000  # a case page's fields and a relay's lead stand at the top
MIN_CUES = 2  # one word alone ('subject goods', a period of investigation) is said of other things too


@cache
def _cues() -> dict[str, re.Pattern]:
    data = json.loads(resources.files("nlp").joinpath("data/measures/unnamed_remedy.json").read_text("utf-8"))
    return {name: re.compile(pattern) for name, pattern in data["cues"].items()}


OTHER_REMEDIES = frozenset({"countervailing", "safeguard"})


def typed_unnamed_remedy(measures: list[MeasureMention], signals: list, text: str) -> list[MeasureMention]:
    """`measures`, or where they are none, no signal names a subsidy or safeguard and the opening reads as a
    trade-remedy proceeding, its anti-dumping case (evidence: the first of its words)."""
    if measures or any(signal.kind in OTHER_REMEDIES for signal in signals):
        return measures
    lowered = text[:OPENING_CHARS].lower()
    found = [match for cue in _cues().values() if (match := cue.search(lowered)) is not None]
    if len(found) < MIN_CUES:
        return measures
    first = min(found, key=lambda match: match.start())
    return [MeasureMention("anti_dumping", text[first.start() : first.end()], first.start(), first.end(), 1)]
