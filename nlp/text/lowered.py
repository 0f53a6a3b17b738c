"""A case-insensitive pattern's matches found case-sensitively in the lower-cased text, where that is exact.

Without regard to case the engine lower-cases every character it compares, and a branch starting with a
letter is no longer ruled out in one compare: a long case-insensitive alternation tries each branch at each
word start. Its case-sensitive copy with every letter lower-cased finds the same spans in the lower-cased
text (shared by the extractors: nlp.text.textutil.lower_keeping_offsets), except on the characters where
lower-casing and case folding part ways ('ſ', Kelvin's 'K', 'İ', a final 'Σ', a Greek symbol variant...).
Those are computed for each pattern from the characters that have a case, and a text holding one is
searched with the pattern itself.
"""

from __future__ import annotations

import _sre
import re
from functools import cache, cached_property
from re import _casefix, _constants, _parser

from nlp.text.patterns import _cased_characters, _first, _skipping_ahead, _Unbounded, compile_tree
from nlp.text.textutil import lower_keeping_offsets

_SIMPLE = {_constants.ANY, _constants.AT, _constants.CATEGORY}
_NESTED = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}
_WORD, _SPACE, _DIGIT = re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")
_FINAL_SIGMA = 0x3A3  # 'Σ' lower-cases to 'ς' at a word's end, to 'σ' elsewhere: str.lower reads its context


class _Unsupported(Exception):
    """A construct whose lower-cased copy would not be exact (a back-reference, a scoped flag, a cased range)."""


class LoweredSpans:
    """The (start, end) of each match of a case-insensitive `pattern` in a text, as `pattern.finditer` finds
    them."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern

    def spans(self, text: str) -> list[tuple[int, int]]:
        lowered = self._lowered
        if lowered is None or lowered[1].search(text):
            return [match.span() for match in self.pattern.finditer(text)]
        return [match.span() for match in lowered[0].finditer(lower_keeping_offsets(text))]

    @cached_property
    def _lowered(self) -> tuple[re.Pattern, re.Pattern] | None:
        """(the case-sensitive copy, the characters that rule it out); None where there is no exact copy."""
        flags = self.pattern.flags
        if not flags & re.IGNORECASE or flags & (re.ASCII | re.LOCALE):
            return None
        try:
            parsed = _parser.parse(self.pattern.pattern, flags)
            leaves: list = []
            data = _lowered_sequence(parsed.data, leaves)
        except (_Unsupported, re.error):
            return None
        original_flags = parsed.state.flags
        parsed.state.flags &= ~re.IGNORECASE
        tree = _parser.SubPattern(parsed.state, data)
        source = f"(?-i:{self.pattern.pattern})"  # for show: the tree is what is compiled
        copy = _with_skip_ahead(source, parsed.state.flags, tree) or compile_tree(source, parsed.state.flags, tree)
        unsafe = "".join(f"\\U{code:08x}" for code in sorted(_unsafe_characters(leaves, parsed.state, original_flags)))
        return copy, re.compile(f"[{unsafe}]")


def _lowered_sequence(sequence, leaves: list) -> list:
    return [_lowered_item(op, av, leaves) for op, av in sequence]


def _lowered_item(op, av, leaves: list):
    if op is _constants.LITERAL:
        leaves.append((op, av))
        equivalents = _equivalents(av)
        return (op, equivalents[0]) if len(equivalents) == 1 else (_constants.IN, [(op, code) for code in equivalents])
    if op is _constants.NOT_LITERAL:
        if len(_equivalents(av)) > 1:
            raise _Unsupported
        leaves.append((op, av))
        return op, _sre.unicode_tolower(av)
    if op is _constants.IN:
        items = [item for kind, value in av for item in _lowered_class_items(kind, value)]
        leaves.append((op, av))
        return op, items
    if op in _SIMPLE:
        return op, av
    if op is _constants.BRANCH:
        return op, (
            av[0],
            [_parser.SubPattern(branch.state, _lowered_sequence(branch.data, leaves)) for branch in av[1]],
        )
    if op is _constants.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unsupported
        return op, (group, 0, 0, _parser.SubPattern(sub.state, _lowered_sequence(sub.data, leaves)))
    if op in _NESTED:
        low, high, sub = av
        return op, (low, high, _parser.SubPattern(sub.state, _lowered_sequence(sub.data, leaves)))
    if op in (_constants.ASSERT, _constants.ASSERT_NOT):
        direction, sub = av
        return op, (direction, _parser.SubPattern(sub.state, _lowered_sequence(sub.data, leaves)))
    if op is _constants.ATOMIC_GROUP:
        return op, _parser.SubPattern(av.state, _lowered_sequence(av.data, leaves))
    raise _Unsupported  # a back-reference, a conditional group...


def _lowered_class_items(kind, value) -> list:
    if kind is _constants.LITERAL:
        return [(kind, code) for code in _equivalents(value)]
    if kind in (_constants.NEGATE, _constants.CATEGORY):
        return [(kind, value)]
    if kind is _constants.RANGE and not any(_sre.unicode_iscased(code) for code in range(value[0], value[1] + 1)):
        return [(kind, value)]
    raise _Unsupported  # a range of letters: its lower-cased copy is not one range


@cache
def _equivalents(code: int) -> tuple[int, ...]:
    """What the characters a letter matches without regard to case are in the lower-cased text: its lower
    case, and for a letter with case-folding variants ('s' and 'ſ', 'i' and 'ı') theirs too."""
    lower = _sre.unicode_tolower(code)
    if lower not in _casefix._EXTRA_CASES:
        return (lower,)
    folding = re.compile(re.escape(chr(code)), re.IGNORECASE)
    return tuple(
        sorted(
            {lower} | {ord(_lower_as_the_text_is(other)) for other in _cased_characters() if folding.match(chr(other))}
        )
    )


def _with_skip_ahead(source: str, flags: int, tree) -> re.Pattern | None:
    try:
        items, nullable = _first(tree.data, flags, False)
    except _Unbounded:
        return None
    return None if nullable else _skipping_ahead(source, flags, {item for item, _ in items}, tree)


def _unsafe_characters(leaves: list, state, flags: int) -> set[int]:
    """The characters on which a leaf of the pattern (a letter, a class) or a word boundary, a space or a digit
    class answers otherwise in the lower-cased text than the pattern without regard to case in the text."""
    candidates = [*_cased_characters(), _FINAL_SIGMA]
    lowered = {code: _lower_as_the_text_is(code) for code in candidates}
    unsafe = {_FINAL_SIGMA}
    for check in (_WORD, _SPACE, _DIGIT):
        unsafe |= {code for code in candidates if bool(check.match(chr(code))) != bool(check.match(lowered[code]))}
    for op, av in {(op, tuple(av) if op is _constants.IN else av) for op, av in leaves}:
        leaf = (op, list(av) if op is _constants.IN else av)
        original = compile_tree("", flags, _parser.SubPattern(state, [leaf]))
        copy = compile_tree("", flags & ~re.IGNORECASE, _parser.SubPattern(state, [_lowered_item(*leaf, [])]))
        unsafe |= {code for code in candidates if bool(original.match(chr(code))) != bool(copy.match(lowered[code]))}
    return unsafe


def _lower_as_the_text_is(code: int) -> str:
    """The character as lower_keeping_offsets leaves it in a text: lower-cased where that is one character."""
    lowered = chr(code).lower()
    return lowered if len(lowered) == 1 else chr(code)
