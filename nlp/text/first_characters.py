"""Which of several patterns may match at a position, told by the character there.

A scan with one alternation finds where something matches; telling which of its patterns matched means
trying them in order at that position. A pattern none of whose matches can start with the character there
would fail at once, but each try still costs a call: the patterns are kept per character instead (the
characters a match can start with are read from the parse tree, as nlp.text.patterns' guards read them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _parser
from typing import Generic, TypeVar

from nlp.text.patterns import _first, _joined, _Unbounded

Item = TypeVar("Item")


class ByFirstCharacter(Generic[Item]):
    """`items` (each with its pattern), in their order, narrowed to those whose pattern may match at a
    character: the same first item that matches, found with fewer tries."""

    def __init__(self, items: Sequence[Item], patterns: Sequence[re.Pattern]):
        self._items = list(zip(items, (_start_class(pattern) for pattern in patterns), strict=True))
        self._by_character: dict[str, list[Item]] = {}

    def at(self, character: str) -> list[Item]:
        found = self._by_character.get(character)
        if found is None:
            found = [item for item, start in self._items if start is None or start.match(character)]
            self._by_character[character] = found
        return found


def _start_class(pattern: re.Pattern) -> re.Pattern | None:
    """A class of the characters a match of `pattern` can start with; None where any may (or none need be
    read: an empty match), or where case is ignored (folding makes the class wider than it reads)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.state.flags & re.IGNORECASE:
            return None
        items, nullable = _first(parsed.data, parsed.state.flags, False)
    except (_Unbounded, re.error):
        return None
    if nullable or not items:
        return None
    return re.compile(f"[{_joined({item for item, _ in items})}]")
