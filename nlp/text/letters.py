"""Letters of other scripts a pattern needs: a pattern whose every match holds one of them cannot match a
text that has none.

Patterns written in Cyrillic, Chinese, Arabic... need no ASCII word (nlp.text.patterns.required_words), so
nothing rules them out by words, and each was searched in every English text. The letters they need say
it as well: one search of a class of those letters (case-blind, so every letter that folds to one counts)
tells whether the text has any; an ASCII text has none of them unless one folds to ASCII (the Kelvin sign
'K'), which is then no needed letter.
"""

from __future__ import annotations

import re
from re import _constants, _parser

OTHER_SCRIPTS_FROM = 0x0370  # Greek onwards: no Latin letter
_ASCII = [chr(code) for code in range(128)]
_ASCII_BYTES = bytes(range(128))
SEARCHED_WHOLE = 256  # a text this short is searched as cheaply as its characters outside ASCII are collected
REMEMBERED_TEXTS = 4  # a text is asked of by many gates in turn (a NeededWords' and each of its patterns')


class LetterGate:
    """Whether a text may hold a match of a pattern, told by the letters of other scripts it needs."""

    def __init__(self, letters: tuple[str, ...]):
        self.letters = tuple(sorted(set(letters)))
        self._class = re.compile("[" + "".join(re.escape(letter) for letter in self.letters) + "]", re.I)
        self.folds_to_ascii = any(self._class.match(char) for char in _ASCII)

    def may_match(self, text: str) -> bool:
        if text.isascii():
            return False
        # the class matches one character, whatever stands around it: it is in the text where it is in the text's
        # characters outside ASCII (each once), a string a fraction as long (a case-blind class is slow to search)
        whole = self.folds_to_ascii or len(text) < SEARCHED_WHOLE
        return self._class.search(text if whole else _outside_ascii(text)) is not None


_remembered: list[tuple[str, str]] = []  # (text, its characters outside ASCII), the last texts asked of


def _outside_ascii(text: str) -> str:
    """Each character of `text` outside ASCII, once (the UTF-8 bytes of ASCII deleted: the rest decode to them)."""
    global _remembered
    for seen, characters in _remembered:
        if seen is text:
            return characters
    try:
        characters = "".join(set(text.encode("utf-8").translate(None, _ASCII_BYTES).decode("utf-8")))
    except UnicodeEncodeError:  # a lone surrogate
        characters = text
    _remembered = [*_remembered[-(REMEMBERED_TEXTS - 1) :], (text, characters)]
    return characters


def any_of(gates: list[LetterGate]) -> LetterGate | None:
    """The gate of the letters of all `gates`: a text it shuts out, every one of them does (one search instead
    of one per gate, for a text with no letter any of them needs)."""
    return LetterGate(tuple(letter for gate in gates for letter in gate.letters)) if gates else None


def letter_gate(pattern: re.Pattern) -> LetterGate | None:
    """The gate of `pattern`, or None when a match may hold no letter of another script (or one that folds to
    ASCII)."""
    try:
        return gate_of_tree(_parser.parse(pattern.pattern, pattern.flags))
    except re.error:
        return None


def gate_of_tree(parsed) -> LetterGate | None:
    """The gate of what the parse tree `parsed` matches (an alternative taken apart from a pattern: its own
    letters, where the whole pattern's source, an alternation with alternatives of several scripts, gives none)."""
    letters = _required_letters(parsed.data)
    if not letters:
        return None
    gate = LetterGate(letters)
    return None if gate.folds_to_ascii else gate


def _required_letters(sequence) -> tuple[str, ...] | None:
    """Letters one of which every match of `sequence` holds (of a construct every match goes through)."""
    for op, av in sequence:
        found = _letters_of(op, av)
        if found:
            return found
    return None


def _letters_of(op, av) -> tuple[str, ...] | None:
    if op is _constants.LITERAL:
        return (chr(av),) if av >= OTHER_SCRIPTS_FROM else None
    if op is _constants.IN:  # a class of such letters only: '[ое]'
        ok = av and all(kind is _constants.LITERAL and value >= OTHER_SCRIPTS_FROM for kind, value in av)
        return tuple(chr(value) for _, value in av) if ok else None
    if op is _constants.SUBPATTERN:
        return _required_letters(av[3].data)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required_letters(av[2].data)
    if op is _constants.ATOMIC_GROUP:
        return _required_letters(av.data)
    if op is _constants.BRANCH:
        each = [_required_letters(branch.data) for branch in av[1]]
        return tuple(letter for letters in each for letter in letters) if all(each) else None
    return None  # a lookaround consumes nothing; anything else may match without such a letter
