"""The statute a notice's SUMMARY names beside the duty the same block imposes ('has determined under Section 301(b)
… that action is appropriate. … is taking action by imposing 25 percent tariffs on all imports of Brazil'): the
notice's legal basis, as an enacting formula's is. A SUMMARY that imposes nothing (an exclusion granted, a hearing
scheduled) leaves the statutes it names background."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nlp.measures.rules import Signal
    from nlp.text.layout import Layout
    from nlp.text.sentences import Sentences

# the verb of a sentence that imposes the duty its words name ('is taking action by imposing 25 percent tariffs')
IMPOSING = re.compile(
    r"\b(?:impos(?:e|es|ed|ing)|levy(?:ing)?|levie[sd]|apply(?:ing)?|applie[sd]|raising|increasing)\b", re.I
)


def statutes_of_an_imposing_summary(
    signals: list[Signal], layout: Layout, text: str, sentences: Sentences
) -> list[Signal]:
    """Signals with a legal basis named in a SUMMARY block that imposes a duty made the notice's basis."""
    summaries = [(start, end) for start, end, kind in layout.zones() if kind == "summary"]
    imposing = [zone for zone in summaries if any(_imposes(signal, zone, text, sentences) for signal in signals)]
    if not imposing:
        return signals
    return [
        replace(signal, where="basis")
        if signal.category == "b" and signal.where == "background" and _inside(signal, imposing)
        else signal
        for signal in signals
    ]


def _imposes(signal: Signal, zone: tuple[int, int], text: str, sentences: Sentences) -> bool:
    if signal.category != "g" or signal.where != "acting" or not zone[0] <= signal.start < zone[1]:
        return False
    return IMPOSING.search(text, *sentences.around(signal.start)) is not None


def _inside(signal: Signal, zones: list[tuple[int, int]]) -> bool:
    return any(start <= signal.start < end for start, end in zones)
