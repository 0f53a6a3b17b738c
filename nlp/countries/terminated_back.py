"""A proceeding's origin named in one sentence and the proceeding ended in the next, which refers back to it ('Das
Verfahren betraf zunächst auch Einfuhren aus Südkorea. Dieses Verfahren wird eingestellt, …'; 'The investigation
initially also covered imports from Korea. That proceeding is terminated.'): the act terminates the proceeding for that
origin, which it acts on (final14 AUDIT-m 1618, final26 AUDIT-c 3725). Only a termination told in the present or
future: one told in the past ('That investigation was terminated in 2025') is history. Words: data/countries/cues.json
'terminated_back'."""

from __future__ import annotations

from functools import cache

from nlp.countries.cue_data import cue_data
from nlp.text.patterns import guarded
from nlp.text.sentences import Sentences


@cache
def _terminated_back():
    return guarded("|".join(cue_data()["terminated_back"]), 0)


def named_before_its_termination(text: str, offset: int, sentences: Sentences) -> bool:
    end = sentences.around(offset)[1]
    if end >= len(text):
        return False
    start, next_end = sentences.around(end + 1 if text[end : end + 1].isspace() else end)
    start += len(text[start:next_end]) - len(text[start:next_end].lstrip())
    return _terminated_back().match(text[start:next_end].lower()) is not None
