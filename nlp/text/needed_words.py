"""Which of many patterns can match a text at all, told by the words each needs, in one pass.

`required_words(pattern)` gives words one of which every match of the pattern contains. Asking `word in
text` for every word of every pattern costs a scan of the text per word; an Aho-Corasick automaton of all
the words finds every one of them in the text, overlapping ones included, in one scan (pyahocorasick, C).
A pattern none of whose words is there is not searched: the same answer as searching it. A pattern that
needs a single character ("," or "(") is taken as possible everywhere: such a character is in almost
every text, and every one of its occurrences would cost a step of the scan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import ahocorasick

from nlp.text.patterns import lowered_for_words, required_words

SHORT = 1  # a word this short (",", "(") is nearly everywhere: looking for it costs more than it saves


class NeededWords:
    """The patterns (by index) that may match a text: those that need no known word, and those one of
    whose needed words is in it."""

    def __init__(self, patterns: Sequence[re.Pattern]):
        self.patterns = list(patterns)
        needs = [required_words(pattern) for pattern in self.patterns]
        self.count = len(needs)
        self._always = frozenset(
            index for index, words in enumerate(needs) if words is None or any(len(word) <= SHORT for word in words)
        )
        by_word: dict[str, set[int]] = {}
        for index, words in enumerate(needs):
            if index in self._always:
                continue
            for word in words:
                by_word.setdefault(word, set()).add(index)
        self._automaton = ahocorasick.Automaton() if by_word else None
        for word, indexes in by_word.items():
            self._automaton.add_word(word, frozenset(indexes))
        if self._automaton is not None:
            self._automaton.make_automaton()

    def possible(self, text: str) -> list[int]:
        """Indexes, in order, of the patterns that may match somewhere in `text`."""
        lowered = lowered_for_words(text)
        if lowered is None:  # a character folding to ASCII under re.IGNORECASE: no word can rule a pattern out
            return list(range(self.count))
        found = set(self._always)
        if self._automaton is not None:
            for indexes in {indexes for _, indexes in self._automaton.iter(lowered)}:
                found |= indexes
        return sorted(found)

    def search_any(self, text: str) -> bool:
        """Whether one of the patterns is found in `text`."""
        return any(self.patterns[index].search(text) for index in self.possible(text))
