"""Recital sentences that narrate: what a report, a petition or a request said, what an earlier act or a court did;
and those that only contemplate what the author might do ('My willingness to reduce the tariff to zero percent …').

A proclamation or decree that states its rates or quota volumes only in its recitals gets those (the rate and quota
finders fall back to the recitals where the operative part states none); a recital that narrates gives none
('Proclamation 10101 also adjusted the tariff from 15 percent to 18 percent', 'the Commission issued a report regarding
raising the quota to 6.0 GW'). Words: data/narrated.json.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from nlp.text.patterns import guarded
from nlp.text.sentences import Sentences

LIST_REACH = 800  # how far above an item its list's lead-in stands
LIST_MARKER = re.compile(r"[ \t]*\n\s*\(?[a-z0-9]{1,3}\)\s")


@cache
def _narrating() -> tuple:
    data = json.loads(resources.files("nlp").joinpath("data/narrated.json").read_text("utf-8"))
    return guarded("|".join(data["reported"] + data["contemplated"])), guarded("|".join(data["history"]))


def narrates(lowered: str, offset: int, sentences: Sentences) -> bool:
    """The sentence around `offset` tells what was reported or asked, or it or the one before it (a list's lead-in:
    'Proclamation 10101 also:') what an earlier act or a court did. A report cited a sentence before is no
    narration of this one ('… follow the recommendations of the Secretary's report. The agreed volume, 3,000 …')."""
    reported, history = _narrating()
    sentence_start, sentence_end = sentences.around(offset)
    previous_start = sentences.around(max(0, sentence_start - 1))[0]
    if reported.search(lowered, sentence_start, sentence_end) or history.search(lowered, previous_start, sentence_end):
        return True
    lead_in = _list_lead_in(lowered, sentence_start, sentences)
    return lead_in is not None and bool(history.search(lowered, *lead_in))


def _list_lead_in(lowered: str, offset: int, sentences: Sentences) -> tuple[int, int] | None:
    """The sentence ending with a colon that opens the list the text at `offset` is an item of: the last colon close
    above, followed by a list marker ('Proclamation 10101 also:' / '(a) revoked …; and' / '(b) adjusted …')."""
    colon = lowered.rfind(":", max(0, offset - LIST_REACH), offset)
    if colon < 0 or not LIST_MARKER.match(lowered, colon + 1):
        return None
    return sentences.around(colon)[0], colon + 1
