"""A Python pattern written as a Hyperscan pattern matching at least what it matches (for nlp/text/prefilter.py).

Written from Python's own parse tree (`_parser`), not from its source, so that what the source means is what the
engine reads. Every zero-width assertion (lookaround, `^`, `$`, `\\b`) is dropped: it only ever removes matches.
Classes are cheap supersets: exact on ASCII, and any non-ASCII character wherever Python's class may hold one
(`\\w`, `\\d`, `\\s` and their negations, a case-folded range leaving ASCII): Hyperscan compiles the Unicode tables
of `\\w` in seconds, and a text in Latin letters has few non-ASCII characters for the superset to stop at.
A literal under IGNORECASE is every character the engine folds with it (the long s with 's', the Kelvin sign with
'k'); repeats over MAX_COUNT are open-ended; a back-reference is written as its group (it matches what the group
matched). So the characters any `re` match consumes, at any pos/endpos, are a match of the superset. Inside a
negated class each item is written as a SUBSET of itself (ASCII only, no folding), so that the negation is a
superset. A construct with no superset here (a conditional group, a case-folded back-reference) makes the pattern
unwritable: None.
"""

from __future__ import annotations

import _sre
import re
from functools import cache
from re import _casefix, _constants, _parser

MAX_COUNT = 32  # a bounded repeat longer than this is written open-ended: Hyperscan's state grows with the bound
LONGEST = (
    12000  # Hyperscan refuses an expression of 16000 bytes: a longer one is handed over alternative by alternative
)
NON_ASCII = ((0x80, 0x10FFFF),)
ANY = ((0, 0x7F), *NON_ASCII)
_ASCII = [chr(code) for code in range(128)]
# Python's own \w, \d, \s on ASCII (str.isalnum or '_', str.isdecimal, str.isspace): exact there
_TESTS = {"word": lambda c: c.isalnum() or c == "_", "digit": str.isdecimal, "space": str.isspace}
_CATEGORIES = {
    _constants.CATEGORY_WORD: ("word", False),
    _constants.CATEGORY_NOT_WORD: ("word", True),
    _constants.CATEGORY_DIGIT: ("digit", False),
    _constants.CATEGORY_NOT_DIGIT: ("digit", True),
    _constants.CATEGORY_SPACE: ("space", False),
    _constants.CATEGORY_NOT_SPACE: ("space", True),
}
_DROPPED = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}
Ranges = tuple[tuple[int, int], ...]


class Unwritable(Exception):
    """A construct with no superset written here (a back-reference, a conditional group)."""


def superset(pattern: re.Pattern) -> tuple[str, ...] | None:
    """`pattern` as Hyperscan patterns one of which matches wherever it matches (one, or its alternatives apart
    where written whole it is too long); None where none is written here."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        flags = pattern.flags | parsed.state.flags
        written = _written(parsed.data, flags)
        if _length(written) > LONGEST:
            written = _apart(parsed.data, flags)
    except (Unwritable, re.error, TypeError, ValueError):
        return None
    return (written,) if isinstance(written, str) else written


def _apart(data, flags: int) -> tuple[str, ...]:
    """A pattern whose first alternation (inside groups that wrap all of it) holds most of it, written once per
    alternative, each with what stands before and after the alternation: a match is a match of one of them."""
    items = _consuming(data)
    while len(items) == 1 and items[0][0] is _constants.SUBPATTERN and items[0][1][0] is None:
        _, add, remove, tree = items[0][1]
        items, flags = _consuming(tree.data), (flags | add) & ~remove
    at = next((index for index, (op, _) in enumerate(items) if op is _constants.BRANCH), None)
    if at is None:
        raise Unwritable("too long")
    groups: dict[int, tuple[str, bool]] = {}
    before = _written(items[:at], flags, groups)
    written = []
    for branch in items[at][1][1]:
        groups_here = dict(groups)
        alternative = _written(branch.data, flags, groups_here)
        written.append(before + "(?:" + alternative + ")" + _written(items[at + 1 :], flags, groups_here))
    if any(_length(each) > LONGEST for each in written):
        raise Unwritable("too long")
    return tuple(written)


def _consuming(data) -> list:
    """The items of a parse tree's sequence but the zero-width ones: each assertion, and each group or alternation
    that matches only an empty string (a guard: '(?:(?=[dfw])\\b|(?=\\s))' in front of an alternation). Dropping
    one only ever adds matches."""
    return [(op, av) for op, av in data if op not in _DROPPED and _width(op, av) != (0, 0)]


def _width(op, av) -> tuple[int, int] | None:
    try:
        return _parser.SubPattern(_parser.State(), [(op, av)]).getwidth()
    except (IndexError, KeyError, TypeError):  # a back-reference: its group's width is not known here
        return None


def _length(written: str) -> int:
    return len(written.encode("utf-8"))


def _char(code: int) -> str:
    """One character as Hyperscan reads it in a UTF-8 pattern: a letter or digit as itself, other ASCII escaped."""
    if code < 0x80:
        character = chr(code)
        if character.isalnum():
            return character
        return f"\\{character}" if character.isprintable() and character != " " else f"\\x{{{code:x}}}"
    if 0xD800 <= code <= 0xDFFF:
        raise Unwritable("surrogate")  # a text with one is never scanned
    return chr(code)


def _class_of(ranges) -> str:
    """A class of the characters in `ranges` ((low, high) pairs), merged and in order."""
    merged: list[list[int]] = []
    for low, high in sorted(ranges):
        if merged and low <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    return "".join(_char(low) if low == high else f"{_char(low)}-{_char(high)}" for low, high in merged)


def _codes(codes) -> Ranges:
    return tuple((code, code) for code in codes)


def _ascii_category(name: str, negative: bool) -> Ranges:
    """The ASCII characters of Python's category (of its negation)."""
    return _codes(ord(c) for c in _ASCII if _TESTS[name](c) != negative)


@cache
def _lowering_to() -> dict[int, tuple[int, ...]]:
    """Lower-case code -> the other characters the engine lower-cases to it ('İ' -> 'i', 'K' (Kelvin) -> 'k')."""
    table: dict[int, list[int]] = {}
    for code in range(0x110000):
        lower = _sre.unicode_tolower(code)
        if lower != code:
            table.setdefault(lower, []).append(code)
    return {lower: tuple(codes) for lower, codes in table.items()}


def _folded_codes(code: int) -> set[int]:
    """Every character Python's engine matches for `code` under IGNORECASE: those lower-casing alike, and the case
    fixes of `re._casefix` ('ſ' with 's', 'ı' with 'i')."""
    lower = _sre.unicode_tolower(code)
    lowers = {lower, *_casefix._EXTRA_CASES.get(lower, ())}
    return {code, *lowers, *(other for each in lowers for other in _lowering_to().get(each, ()))}


def _folds(code: int) -> Ranges:
    return _codes(_folded_codes(code))


@cache
def _ascii_partners() -> dict[int, frozenset[int]]:
    """Non-ASCII code -> the ASCII characters it folds with ('K' (Kelvin) -> 'k', 'K'): a folded range beyond ASCII
    matches those."""
    partners: dict[int, set[int]] = {}
    for code in range(128):
        for other in _folded_codes(code):
            if other >= 0x80:
                partners.setdefault(other, set()).update(c for c in _folded_codes(code) if c < 0x80)
    return {code: frozenset(ascii_codes) for code, ascii_codes in partners.items()}


def _folded_range(low: int, high: int) -> Ranges:
    """A superset of a range under IGNORECASE: its ASCII part folded, the ASCII partners of the few non-ASCII
    characters folding with ASCII ones, and any non-ASCII character where the range leaves ASCII."""
    codes = {folded for code in range(low, min(high, 0x7F) + 1) for folded in _folded_codes(code)}
    if high < 0x80:
        return _codes(codes)
    codes.update(c for other, ascii_codes in _ascii_partners().items() if low <= other <= high for c in ascii_codes)
    return _codes(code for code in codes if code < 0x80) + NON_ASCII


def _class_item(op, av, folded: bool, negated: bool) -> Ranges:
    """One item of a character class: a superset of it, or a subset inside a negated class."""
    if op is _constants.LITERAL:
        return _folds(av) if folded and not negated else ((av, av),)
    if op is _constants.RANGE:
        return ((av[0], av[1]), *_folded_range(*av)) if folded and not negated else ((av[0], av[1]),)
    if op is _constants.CATEGORY:
        name, negative = _CATEGORIES[av]
        ascii_part = _ascii_category(name, negative)
        return ascii_part if negated else ascii_part + NON_ASCII
    raise Unwritable(op)


def _class(items, folded: bool) -> str:
    negated = bool(items) and items[0][0] is _constants.NEGATE
    ranges = [each for op, av in (items[1:] if negated else items) for each in _class_item(op, av, folded, negated)]
    if negated:
        return f"[^{_class_of(ranges)}]" if ranges else f"[{_class_of(ANY)}]"
    if not ranges:
        raise Unwritable(_constants.IN)
    return f"[{_class_of(ranges)}]"


def _written(data, flags: int, groups: dict[int, tuple[str, bool]] | None = None) -> str:
    """A Hyperscan (PCRE) pattern matching a superset of what the parse tree `data` matches. `groups`: the groups
    written so far, by number: a back-reference matches what its group matched, so it is written as the group."""
    groups = {} if groups is None else groups
    parts = []
    folded = bool(flags & re.IGNORECASE)
    for op, av in data:
        if op in _DROPPED:
            continue
        if op is _constants.LITERAL:
            parts.append(_literal(av, folded))
        elif op is _constants.NOT_LITERAL:
            parts.append(f"[^{_char(av)}]")
        elif op is _constants.ANY:
            parts.append(f"[{_class_of(ANY)}]" if flags & re.DOTALL else r"[^\n]")
        elif op is _constants.IN:
            parts.append(_class(av, folded))
        elif op is _constants.CATEGORY:
            parts.append(_class([(op, av)], folded))
        elif op is _constants.BRANCH:
            parts.append("(?:" + "|".join(_written(branch.data, flags, groups) for branch in av[1]) + ")")
        elif op is _constants.SUBPATTERN:
            number, add, remove, tree = av
            parts.append("(?:" + _written(tree.data, (flags | add) & ~remove, groups) + ")")
            if number is not None:
                groups[number] = (parts[-1], bool((flags | add) & ~remove & re.IGNORECASE))
        elif op is _constants.GROUPREF and av in groups and (groups[av][1] or not folded):
            parts.append(groups[av][0])  # under IGNORECASE only a group written with its folds
        elif op is _constants.ATOMIC_GROUP:
            parts.append("(?:" + _written(av.data, flags, groups) + ")")
        elif op in _REPEATS:
            parts.append(_repeat(av, flags, groups))
        else:
            raise Unwritable(op)
    return "".join(parts)


def _literal(code: int, folded: bool) -> str:
    folds = _folded_codes(code) if folded else {code}
    return _char(code) if len(folds) == 1 else f"[{_class_of(_codes(folds))}]"


def _repeat(av, flags: int, groups: dict[int, tuple[str, bool]]) -> str:
    low, high, tree = av
    body = "(?:" + _written(tree.data, flags, groups) + ")"
    if high is _constants.MAXREPEAT or high > MAX_COUNT:
        return f"{body}{{{min(low, MAX_COUNT)},}}"
    return f"{body}{{{low},{high}}}"
