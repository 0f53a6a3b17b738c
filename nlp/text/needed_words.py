"""Which of many patterns can match a text at all, told by the words each needs, in one pass.

`required_words(pattern)` gives words one of which every match of the pattern contains. Asking `word in
text` for every word of every pattern costs a scan of the text per word; an Aho-Corasick automaton of all
the words finds every one of them in the text, overlapping ones included, in one scan (pyahocorasick, C).
A pattern none of whose words is there is not searched: the same answer as searching it. A pattern that
needs a single character ("," or "(") is taken as possible everywhere: such a character is in almost
every text, and every one of its occurrences would cost a step of the scan.

Whether a pattern is found at all (`search_any`) is asked of each of its alternatives apart: `a|b` is
found where `a` or `b` is. An alternation needs no word when one alternative needs none ('^\\W*whereas'
beside 'previously issued'), and the engine tries every alternative at every position; apart, each
alternative is ruled out by its own words, skips ahead to its own first characters, and one anchored at
the text's start is tried there only.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence
from re import _constants, _parser
from typing import NamedTuple

import ahocorasick

from nlp.text.letters import LetterGate, any_of, gate_of_tree, letter_gate
from nlp.text.patterns import (
    GUARD_STARTS,
    _first,
    _required,
    _skipping_ahead,
    _Unbounded,
    compile_tree,
    lowered_for_words,
    required_words,
)
from nlp.text.prefilter import may_occur
from nlp.text.scan_sets import ScanSet

SHORT = 1  # a word this short (",", "(") is nearly everywhere: looking for it costs more than it saves
_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
# a back-reference or a conditional group ties one part of a pattern to another: never taken apart
_REFERENCES = {_constants.GROUPREF, _constants.GROUPREF_EXISTS, _constants.GROUPREF_IGNORE}


class NeededWords:
    """The patterns (by index) that may match a text: those that need no known word, and those one of
    whose needed words is in it."""

    def __init__(
        self,
        patterns: Sequence[re.Pattern],
        needs: Sequence[tuple[str, ...] | None] | None = None,
        gates: Sequence[LetterGate | None] | None = None,
    ):
        self.patterns = list(patterns)
        needs = [required_words(pattern) for pattern in self.patterns] if needs is None else list(needs)
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
        # of the patterns needing no word (or one too short to look for), those needing a letter of another script
        # ('імпорту в Україну') are searched only in a text with one of their letters
        # (`gates`: each pattern's own, where its source is not what it was compiled from: an alternative taken apart)
        of = (lambda index: gates[index]) if gates is not None else (lambda index: letter_gate(self.patterns[index]))
        self._gated = [(index, gate) for index in sorted(self._always) if (gate := of(index)) is not None]
        self._any_gate = any_of([gate for _, gate in self._gated])
        self._ungated = self._always - {index for index, _ in self._gated}
        self._automaton = ahocorasick.Automaton() if by_word else None
        for word, indexes in by_word.items():
            self._automaton.add_word(word, frozenset(indexes))
        if self._automaton is not None:
            self._automaton.make_automaton()
        self._alternatives: NeededWords | None = None
        self._scan: ScanSet | None = None  # the alternatives' own scan, built with them

    def possible(self, text: str) -> list[int]:
        """Indexes, in order, of the patterns that may match somewhere in `text`."""
        lowered = lowered_for_words(text)
        if lowered is None:  # a character folding to ASCII under re.IGNORECASE: no word can rule a pattern out
            return list(range(self.count))
        found = set(self._ungated)
        # a gate needs a letter of another script: an ASCII text has none, most others none of any gate's
        if self._any_gate is not None and self._any_gate.may_match(text):
            found.update(index for index, gate in self._gated if gate.may_match(text))
        if self._automaton is not None:
            for indexes in {indexes for _, indexes in self._automaton.iter(lowered)}:
                found |= indexes
        return sorted(found)

    def search_any(self, text: str) -> bool:
        """Whether one of the patterns is found in `text`."""
        if self._alternatives is None:
            parts = [part for pattern in self.patterns for part in alternatives(pattern)]
            self._alternatives = _needed_words_of(parts)
            self._scan = ScanSet(self._alternatives.patterns)
        alternatives_ = self._alternatives
        # one Hyperscan scan of the text (a sentence) names the alternatives that may occur, for less than the
        # word lookup costs; without it, their words
        found = self._scan.occurring(text)
        possible = sorted(found) if found is not None else alternatives_.possible(text)
        return any(alternatives_.patterns[index].search(text) for index in possible)


class Part(NamedTuple):
    """An alternative of a pattern compiled apart, the words one of which it needs, and the gate of the letters of
    other scripts it needs (its own: the source it keeps as `.pattern` is the whole alternation's)."""

    pattern: re.Pattern
    words: tuple[str, ...] | None
    gate: LetterGate | None


def _needed_words_of(parts: list[Part]) -> NeededWords:
    return NeededWords([part.pattern for part in parts], [part.words for part in parts], [part.gate for part in parts])


def alternatives(pattern: re.Pattern) -> list[Part]:
    """The alternatives of `pattern` (a top-level alternation, after zero-width assertions that hold for
    all), each compiled apart with the words it needs: one of them is found exactly where `pattern` is.
    [the pattern as one part] for a pattern that is no such alternation."""
    whole = [Part(pattern, required_words(pattern), letter_gate(pattern))]
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return whole
    data = list(parsed.data)
    if _refers(data):
        return whole
    if not data or data[-1][0] is not _constants.BRANCH or any(op not in _ZERO_WIDTH for op, _ in data[:-1]):
        return whole
    flags = pattern.flags | parsed.state.flags
    parts = []
    for branch in data[-1][1][1]:
        tree = _parser.SubPattern(parsed.state, [*data[:-1], *branch.data])
        compiled = _compiled_alternative(pattern.pattern, flags, tree)
        if compiled is None:
            return whole
        parts.append(Part(compiled, _required(tree.data), gate_of_tree(tree)))
    return parts


def _refers(data) -> bool:
    """Whether a parse tree holds a back-reference or a conditional group, at any depth."""
    for op, av in data:
        if op in _REFERENCES:
            return True
        for item in av if isinstance(av, (tuple, list)) else (av,):
            if isinstance(item, _parser.SubPattern) and _refers(item.data):
                return True
            if isinstance(item, list) and any(isinstance(x, _parser.SubPattern) and _refers(x.data) for x in item):
                return True
    return False


def _compiled_alternative(source: str, flags: int, tree) -> re.Pattern | None:
    """The parse tree `tree` compiled, skipping ahead to its first characters where it can; None where
    a match of it could be empty (searching it apart would then find what the pattern does not)."""
    if tree.getwidth()[0] == 0:
        return None
    try:
        items, nullable = _first(tree.data, flags, False)
    except _Unbounded:
        items, nullable = set(), True
    if not nullable:
        fast = _skipping_ahead(source, flags, {item for item, _ in items}, tree)
        if fast is not None:
            return fast
    return compile_tree(source, flags, tree)


class Alternatives:
    """A pattern's `search`, `match` and `finditer` from its alternatives apart (`alternatives`), those whose words the
    text lacks left out: for a long alternation that no skip-ahead or needed word can speed up as a whole
    (line-anchored numbers of many countries beside a few unanchored ones).

    The same match: the alternation's match is the leftmost of its alternatives' matches, the earliest
    alternative where two start together; at a given position, the first alternative that matches there.
    Each alternative is compiled with all the pattern's groups: the match has the same group names.
    """

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self._words = _needed_words_of(alternatives(pattern))

    def _possible(self, text: str) -> list[re.Pattern]:
        return [self._words.patterns[index] for index in self._words.possible(text)]

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if not may_occur(self.pattern, text):  # a registered pattern absent from the whole text (one scan tells)
            return None
        best = None
        for part in self._possible(text[pos:endpos]):  # a match lies inside text[pos:endpos]
            match = part.search(text, pos, endpos)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        return best

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if not may_occur(self.pattern, text):
            return None
        for part in self._possible(text[pos:endpos]):
            match = part.match(text, pos, endpos)
            if match is not None:
                return match
        return None

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match]:
        """The matches `pattern.finditer(text, pos)` gives: each time the leftmost next match of the
        alternatives, from where the last one ended (no alternative matches an empty string)."""
        if not may_occur(self.pattern, text):
            return
        parts = self._possible(text[pos:])
        upcoming = [part.search(text, pos) for part in parts]
        while True:
            best = None
            for index, match in enumerate(upcoming):
                if match is not None and match.start() < pos:  # overtaken by the last match: search on from its end
                    match = upcoming[index] = parts[index].search(text, pos)
                if match is not None and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                return
            yield best
            pos = best.end()


# an alternation this long (the merged triggers of twenty languages: 'Issued|Signed|Fait à|Geschehen zu ... on'):
# where a word several of its alternatives need is found, the engine still tries every alternative at every
# position, while apart each is ruled out by its own words or skips ahead to its own first characters
MANY_ALTERNATIVES = 12
# id of a pattern -> (it, its finditer); a pattern's own hash reads its whole compiled code
_FINDITERS: dict[int, tuple[re.Pattern, Callable[[str, int], Iterator[re.Match]]]] = {}


def finditer_of(pattern: re.Pattern) -> Callable[[str, int], Iterator[re.Match]]:
    """`pattern.finditer`, or the same matches found by `Alternatives` where the pattern as a whole can
    neither be ruled out by its words nor skip ahead (it needs no word, and no guard stands in front), while
    its alternatives may be (the merged cited-act triggers of every language: 'Regulation ... of', '\\w*verordnung
    ... vom', a Russian alternative needing no ASCII word), and for an alternation of MANY_ALTERNATIVES or more."""
    known = _FINDITERS.get(id(pattern))
    if known is None or known[0] is not pattern:
        whole = required_words(pattern) is None and not pattern.pattern.startswith(GUARD_STARTS)
        apart = whole or len(alternatives(pattern)) >= MANY_ALTERNATIVES
        known = _FINDITERS[id(pattern)] = (pattern, Alternatives(pattern).finditer if apart else pattern.finditer)
    return known[1]
