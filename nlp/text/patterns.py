"""Helpers for the pattern data files."""

from __future__ import annotations

import re
from re import _constants, _parser


def spaces_match_any_whitespace(pattern: str) -> str:
    """A space in a data-file pattern matches any run of whitespace (texts are hard-wrapped),
    except inside a character class."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "]":
            in_class = False
            out.append(char)
        elif char == " " and not in_class:
            out.append(r"\s+")
        else:
            out.append(char)
    return "".join(out)


# --- A first-character guard: the same pattern, rejected in one step where it cannot start --------
# Python's regex engine tries every branch of an alternation at every position of the text, and its
# own skip-ahead works only for case-sensitive literal starts. A lookahead of the characters a match
# can start with makes every other position fail at once; the matches are the same.

_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}
_CATEGORIES = {
    _constants.CATEGORY_DIGIT: r"\d",
    _constants.CATEGORY_NOT_DIGIT: r"\D",
    _constants.CATEGORY_SPACE: r"\s",
    _constants.CATEGORY_NOT_SPACE: r"\S",
    _constants.CATEGORY_WORD: r"\w",
    _constants.CATEGORY_NOT_WORD: r"\W",
}
_SCOPED_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE | re.UNICODE


class _Unbounded(Exception):
    """A match may start with any character, or with none: no guard."""


def guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, with a lookahead of the characters its matches can start with
    in front when there are such (same matches, same groups; faster where most positions fail).
    Characters every way to which passes a word boundary first are guarded with that boundary too."""
    plain = re.compile(pattern, flags)
    try:
        parsed = _parser.parse(pattern, flags)
        items, nullable = _first(parsed.data, parsed.state.flags, False)
    except (_Unbounded, re.error):
        return plain
    guard = None if nullable else _guard(items, parsed.state.flags)
    if guard is None:
        return plain
    closing = "\n)" if parsed.state.flags & re.VERBOSE else ")"
    try:
        fast = re.compile(f"{guard}(?:{pattern}{closing}", flags)
    except re.error:  # global inline flags ("(?i)...") must stay first
        return plain
    return fast if fast.groupindex == plain.groupindex and fast.groups == plain.groups else plain


def _guard(items: set[tuple[str, bool]], flags: int) -> str | None:
    """The lookahead for `items` ((class item, after a word boundary)); None where it would not pay."""
    free = {item for item, bounded in items if not bounded}
    bounded = {item for item, is_bounded in items if is_bounded} - free
    if not items or _broad(free, flags) or _broad(bounded, flags):
        return None
    if not free:
        return rf"(?=[{_joined(bounded)}])\b"
    if not bounded:
        return f"(?=[{_joined(free)}])"
    return rf"(?:(?=[{_joined(bounded)}])\b|(?=[{_joined(free)}]))"


def _joined(items: set[str]) -> str:
    return "".join(sorted(items))


def _broad(items: set[str], flags: int) -> bool:
    """A guard that lets most characters through only adds a step: \\w, \\S, \\D, \\W, every letter
    (half an alphabet without regard to case), a wide range."""
    widest = 12 if flags & re.IGNORECASE else 64
    return any(item in (r"\w", r"\W", r"\S", r"\D") or _range_width(item) > widest for item in items)


def _range_width(item: str) -> int:
    if "-" not in item:
        return 0
    low, high = item.split("-")
    return int(high[2:], 16) - int(low[2:], 16)


def _first(sequence, flags: int, bounded: bool) -> tuple[set[tuple[str, bool]], bool]:
    """The class items a match of `sequence` can start with (each with whether a word boundary is
    asserted before it on every way there), and whether it can match nothing."""
    items: set[tuple[str, bool]] = set()
    for op, av in sequence:
        if op is _constants.AT and av is _constants.AT_BOUNDARY:
            bounded = True  # zero-width: the first character consumed after it follows a boundary
        found, nullable = _first_of(op, av, flags, bounded)
        items |= found
        if not nullable:
            return items, False
    return items, True


def _first_of(op, av, flags: int, bounded: bool) -> tuple[set[tuple[str, bool]], bool]:
    if op in _ZERO_WIDTH:
        return set(), True
    if op is _constants.LITERAL:
        return {(_in_class(av), bounded)}, False
    if op is _constants.IN:
        return {(_class_item(kind, value), bounded) for kind, value in av}, False
    if op is _constants.BRANCH:
        results = [_first(branch, flags, bounded) for branch in av[1]]
        return set().union(*(found for found, _ in results)), any(nullable for _, nullable in results)
    if op is _constants.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & _SCOPED_FLAGS & ~re.IGNORECASE or (
            add_flags & re.IGNORECASE and not flags & re.IGNORECASE
        ):
            raise _Unbounded  # a scope matching more widely than the guard would
        return _first(sub.data, flags, bounded)
    if op in _REPEATS:
        found, nullable = _first(av[2].data, flags, bounded)
        return found, nullable or av[0] == 0
    if op is _constants.ATOMIC_GROUP:
        return _first(av.data, flags, bounded)
    raise _Unbounded  # any character, a negated class, a back-reference...


def _class_item(kind, value) -> str:
    if kind is _constants.LITERAL:
        return _in_class(value)
    if kind is _constants.RANGE:
        return f"{_in_class(value[0])}-{_in_class(value[1])}"
    if kind is _constants.CATEGORY and value in _CATEGORIES:
        return _CATEGORIES[value]
    raise _Unbounded  # NEGATE and anything unusual


def _in_class(code: int) -> str:
    return f"\\U{code:08x}"  # any character, escaped: safe inside a class whatever it is
