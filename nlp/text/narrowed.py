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
import sys
from collections.abc import Callable, Iterator, Sequence

from nlp.text.needed_words import NeededWords
from nlp.text.patterns import guarded

NEVER = re.compile(r"(?!)")  # no alternative left: no match anywhere
# sets of alternatives left, compiled (about a millisecond each); windows of a corpus of a few languages leave tens
KEPT_NARROWINGS = 256


class NarrowedAlternation:
    """`guarded("|".join(alternatives), flags)` (or `build(alternatives)`), narrowed per text (`in_text`) to the
    alternatives it can hold."""

    def __init__(
        self, alternatives: Sequence[str], flags: int = 0, build: Callable[[list[str]], re.Pattern] | None = None
    ):
        """`build`: how an alternation of some of the alternatives is compiled (the same matches as their plain
        alternation: dispatched on the first character, nlp.text.dispatch); guarded with `flags` by default."""
        self.alternatives = tuple(alternatives)
        self.flags = flags
        self._build = build or (lambda kept: guarded("|".join(kept), flags))
        self.whole = self._build(list(self.alternatives))
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
        narrowed = self._narrowed.pop(possible, None)  # taken out and put back last: the least recently used go
        if narrowed is None:
            if len(self._narrowed) >= KEPT_NARROWINGS:
                del self._narrowed[next(iter(self._narrowed))]
            narrowed = self._build([self.alternatives[index] for index in possible]) if possible else NEVER
        self._narrowed[possible] = narrowed
        return narrowed

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """`self.whole.search(text, pos, endpos)`, the alternation narrowed to what the window can hold."""
        return self._in_window(text, pos, endpos).search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        """`self.whole.finditer(text, pos, endpos)`, the alternation narrowed to what the window can hold."""
        return self._in_window(text, pos, endpos).finditer(text, pos, endpos)

    def _in_window(self, text: str, pos: int, endpos: int) -> re.Pattern:
        # a match in the window consumes only its characters, and the words and letters an alternative needs are
        # ones its matches consume (never a lookaround's): narrowed to the window, not to a long text around it
        if pos <= 0 and endpos >= len(text):
            return self.in_text(text)
        return self.in_text(text[max(pos, 0) : max(endpos, 0)])

    def alternatives_in(self, text: str) -> tuple[int, ...]:
        """The indexes of the alternatives that may match somewhere in `text`, in order (all, for a pattern with
        groups)."""
        if self._words is None:
            return tuple(range(len(self.alternatives)))
        return tuple(self._words.possible(text))
