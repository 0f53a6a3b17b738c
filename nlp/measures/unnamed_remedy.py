"""A trade-remedy proceeding that never names its remedy: an Australian case page ('The goods the subject of the
application', 'Investigation Period', 'Injury Examination Period'), a broker's relay of 'Provisional duties are now
payable' after the CBSA's 'preliminary determinations'. Where the rules found no measure at all and the text holds two
different words of such a proceeding, one of them a step of it, none denied (data/measures/unnamed_remedy.json), it
is a case on dumped goods: anti_dumping, the remedy a case names unless it says subsidy or safeguard (a signal of
either, acted on or not, leaves it untyped)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from nlp.measures.rules import MeasureMention

OPENING_CHARS = 6000  # a case page's fields and a relay's lead stand at the top
MIN_CUES = 2  # one word alone ('subject goods', a period of investigation) is said of other things too
NEGATION_REACH = 40  # 'are not subject goods', 'no finding of material injury': the denial stands just before


@cache
def _cues() -> tuple[dict[str, re.Pattern], frozenset[str], re.Pattern]:
    """Every cue by name (matched as written, ignoring case), the names of a proceeding's steps, the denial."""
    data = json.loads(resources.files("nlp").joinpath("data/measures/unnamed_remedy.json").read_text("utf-8"))
    cues = {name: re.compile(pattern, re.I) for name, pattern in {**data["proceeding"], **data["supporting"]}.items()}
    return cues, frozenset(data["proceeding"]), re.compile(data["negated_before"], re.I)


OTHER_REMEDIES = frozenset({"countervailing", "safeguard"})


def typed_unnamed_remedy(measures: list[MeasureMention], signals: list, text: str) -> list[MeasureMention]:
    """`measures`, or where they are none, no signal names a subsidy or safeguard and the opening reads as a
    trade-remedy proceeding (two cues, one of them a step of a proceeding), its anti-dumping case (evidence: the
    first of its words)."""
    if measures or any(signal.kind in OTHER_REMEDIES for signal in signals):
        return measures
    found = _affirmed_cues(text)
    if len(found) < MIN_CUES or not found.keys() & _cues()[1]:
        return measures
    first = min(found.values(), key=lambda match: match.start())
    return [MeasureMention("anti_dumping", first.group(), first.start(), first.end(), 1)]


def _affirmed_cues(text: str) -> dict[str, re.Match]:
    """The first match of each cue in the opening that the words before it do not deny."""
    cues, _, negated_before = _cues()
    found = {}
    for name, cue in cues.items():
        for match in cue.finditer(text, 0, OPENING_CHARS):
            if not negated_before.search(text, max(0, match.start() - NEGATION_REACH), match.start()):
                found[name] = match
                break
    return found
