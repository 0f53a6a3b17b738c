"""Small text helpers shared by the extractors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants, _parser


def lower_keeping_offsets(text: str) -> str:
    """text.lower(), but with the same length, so match offsets still point into `text`.

    A few characters lower-case to two (e.g. 'İ'); those are left as they are.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def line_start_matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)`; where every match of the pattern starts at a line's start ('^' under
    re.MULTILINE), tried at line starts only: the engine's own search tries every position of the text."""
    return _at_line_starts(pattern, text) if matches_at_line_starts(pattern) else pattern.finditer(text)


def _at_line_starts(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    position, length = 0, len(text)
    while position <= length:
        match = pattern.match(text, position)
        if match is not None:
            yield match
            end = match.end()  # never empty: the search goes on from its end, as finditer's does
            if text[end - 1] == "\n":
                position = end  # a line starts right there
                continue
            position = end
        newline = text.find("\n", position)
        if newline < 0:
            return
        position = newline + 1


# id of a pattern -> (it, the answer): a pattern's own hash reads its whole compiled code, every time
_AT_LINE_STARTS: dict[int, tuple[re.Pattern, bool]] = {}


def matches_at_line_starts(pattern: re.Pattern) -> bool:
    """Whether every match of `pattern` starts at a line's start and none is empty: each branch of it
    begins with '^' under re.MULTILINE."""
    known = _AT_LINE_STARTS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _AT_LINE_STARTS[id(pattern)] = (pattern, _at_line_starts_only(pattern))
    return known[1]


def _at_line_starts_only(pattern: re.Pattern) -> bool:
    if not pattern.flags & re.MULTILINE:
        return False
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if parsed.getwidth()[0] == 0:
        return False
    return _starts_at_line(parsed.data)


def _starts_at_line(sequence) -> bool:
    if not sequence:
        return False
    op, av = sequence[0]
    if op is _constants.AT:
        return av in (_constants.AT_BEGINNING_LINE, _constants.AT_BEGINNING_STRING, _constants.AT_BEGINNING)
    if op is _constants.BRANCH:
        return all(_starts_at_line(branch) for branch in av[1])
    if op is _constants.SUBPATTERN and not av[1] and not av[2]:
        return _starts_at_line(av[3].data)
    return False
