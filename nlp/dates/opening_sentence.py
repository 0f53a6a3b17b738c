"""A text's opening sentence, read once: where it starts, and whether a date's sentence is it (or follows it).

A notice's first sentence reports the decision it is about ('On 8 January 2026, pursuant to subsection 38(1) of
the Act, the Agency made a preliminary determination'); the same words further down are history.
"""

from __future__ import annotations

import re

from nlp.dates.layout import Layout
from nlp.text.patterns import guarded

EXERCISED_POWER = guarded(
    r"\b(?:pursuant\s+to|in\s+accordance\s+with)\s+(?:sub)?(?:section|paragraph|article|rule)\s+\d", re.I
)
NUMBERED = re.compile(r"[ \t]*(?:\d{1,2}|\([a-z\d]{1,3}\))[.)]?[ \t]+(?:On|In)\b")
DECIDED = guarded(
    r"\b(?:made|initiated|terminated|issued|rendered|determined|decided|continued|rescinded|imposed|ordered)\b", re.I
)
WORD = re.compile(r"[^\W\d_]{2,}")
OPENING_WORDS = 12  # an opening sentence has this many words at least (a heading line has fewer)


class OpeningSentence:
    def __init__(self, text: str, layout: Layout):
        self.text, self.layout = text, layout
        self._start: int | None = None

    def start(self) -> int:
        """Where the first sentence of twelve words or more starts (-1: none)."""
        if self._start is None:
            spans = self.layout.sentences.spans
            enough = (start for start, end in spans if len(WORD.findall(self.text[start:end])) >= OPENING_WORDS)
            self._start = next(enough, -1)
        return self._start

    def opens_the_text(self, offset: int) -> bool:
        """Whether the sentence at `offset` is the text's opening sentence, not a numbered recital."""
        if self.layout.sentences.around(offset)[0] != self.start():
            return False
        return not NUMBERED.match(self.text, self.layout.line_span(offset)[0])

    def is_opening_decision(self, offset: int, sentence: str) -> bool:
        """A decision made under a power, reported by the text's opening sentence: made that day."""
        # not "1.  On 25 February 2026, ... the Secretary initiated": a proclamation's recital
        if not self.opens_the_text(offset):
            return False
        return bool(EXERCISED_POWER.search(sentence) and DECIDED.search(sentence))
