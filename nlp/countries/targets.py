"""A country named as the one an action is taken against ('further actions to be taken against Ruritania’s unfair
technology transfer practices', 'measures against Ruritania'): the country whose goods the action targets, though the
report's sentence only recounts the action."""

from __future__ import annotations

import re

from nlp.text.patterns import guarded

AGAINST_BEFORE = guarded(
    r"\b(?:actions?|measures?|countermeasures?|tariffs?|dut(?:y|ies))\s+(?:(?:to\s+be|being|were|was|been)\s+)?"
    r"(?:taken\s+|directed\s+|imposed\s+)?against\s+(?:the\s+)?$",
    re.I,
)
REACH = 80


def named_as_the_target(text: str, start: int) -> bool:
    return "against" in text[max(0, start - REACH) : start] and bool(
        AGAINST_BEFORE.search(text, max(0, start - REACH), start)
    )
