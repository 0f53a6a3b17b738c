"""An alternation of many alternatives (a cue in every language), searched in a text as the alternation of only those
alternatives the text can hold: the same matches, fewer alternatives tried at each position.

The engine tries every alternative at every position it cannot skip; in an English text most of a cue's twenty
languages need a word, or a letter of another script, the text lacks. An alternative that matches nowhere in the text
never decides a match: at every position the alternation's match is its first alternative that matches there, so
leaving out those that match nowhere changes no match, zero-width ones included. Which they are is told by the words
each needs and the letters of other scripts it needs (nlp/text/needed_words.py), for the text searched; the narrowed
alternation is compiled once per set of alternatives left and kept for the process.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.text.needed_words import NeededWords
from nlp.text.patterns import guarded

NEVER = re.compile(r"(?!)")  # no alternative left: no match anywhere
KEPT_NARROWINGS = 64  # sets of alternatives left, compiled; a corpus of a few languages uses a handful


class NarrowedAlternation:
    """`guarded("|".join(alternatives), flags)`, narrowed per text (`in_text`) to the alternatives it can hold."""

    def __init__(self, alternatives: Sequence[str], flags: int = 0):
        self.alternatives = tuple(alternatives)
        self.flags = flags
        self.whole = guarded("|".join(self.alternatives), flags)
        # numbered groups would be renumbered by leaving alternatives out: such a pattern is searched whole
        parts = [re.compile(alternative, flags) for alternative in self.alternatives]
        self._words = NeededWords(parts) if not self.whole.groups else None
        self._narrowed: dict[tuple[int, ...], re.Pattern] = {}

    def in_text(self, text: str) -> re.Pattern:
        """The alternation of the alternatives that may match somewhere in `text` (search only `text`, or a window
        of it, with what this returns)."""
        possible = self.alternatives_in(text)
        if len(possible) == len(self.alternatives):
            return self.whole
        narrowed = self._narrowed.get(possible)
        if narrowed is None:
            if len(self._narrowed) >= KEPT_NARROWINGS:
                self._narrowed.clear()
            kept = "|".join(self.alternatives[index] for index in possible)
            narrowed = self._narrowed[possible] = guarded(kept, self.flags) if kept else NEVER
        return narrowed

    def alternatives_in(self, text: str) -> tuple[int, ...]:
        """The indexes of the alternatives that may match somewhere in `text`, in order (all, for a pattern with
        groups)."""
        if self._words is None:
            return tuple(range(len(self.alternatives)))
        return tuple(self._words.possible(text))
