"""Alternations of words grouped by their first character, in the parse tree: the same matches, fewer tries.

The engine tries an alternation's alternatives one after another; one that starts with another character
fails in one compare, but a list of a hundred currencies or units ('dólares|dollars|…|kg|t|l') costs a
hundred compares wherever it is tried. Alternatives that start with a character are grouped under it, in
their own order ('d(?:ólares|ollars)|e(?:uros|uro)|…'), so the engine reads the character once and tries
only the alternatives that can match. The same match at the same place, with the same groups: at a
position, the alternatives that could match there are tried in the same order (those of the other groups
would have failed at once), backtracking included.

An alternative may be led by a word boundary ('\\bimpos|\\bintroduc|…'): grouped where every alternative of
its character is (the boundary then stands before the group). Without regard to case, two different characters
may match the same one ('S' and 's'), and grouping them apart could change which alternative is tried first:
there the characters are grouped by what they match (the engine's own case folding), and an alternation with
two first characters that fold together is left as it is.
"""

from __future__ import annotations

import _sre
import re
from re import _constants, _parser
from re._casefix import _EXTRA_CASES

MIN_ALTERNATIVES = 4  # fewer: a compare or two saved, not worth a change of the tree
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}


def group_alternations(parsed: _parser.SubPattern, flags: int) -> bool:
    """Group the long alternations of literal-first alternatives in the parse tree `parsed` (of a pattern
    compiled with `flags`) by their first character, in place; whether any changed."""
    flags |= parsed.state.flags
    if flags & (re.ASCII | re.LOCALE) and flags & re.IGNORECASE:
        return False  # another case folding than the one `_folded` reads
    return _group_in(parsed, bool(flags & re.IGNORECASE))


def _group_in(sub: _parser.SubPattern, ignoring_case: bool) -> bool:
    """Group the alternations of `sub` at every depth, in place; whether any changed."""
    changed = False
    for index, (op, av) in enumerate(sub.data):
        for child in _children(op, av):
            changed |= _group_in(child, _ignoring_case_in(op, av, ignoring_case))
        if op is _constants.BRANCH:
            branches = _grouped_branches(sub.state, av[1], ignoring_case)
            if branches is not None:
                sub.data[index] = (op, (av[0], branches))
                changed = True
    return changed


def _ignoring_case_in(op, av, ignoring_case: bool) -> bool:
    """Whether case is ignored inside the construct: a group may turn it on or off ('(?i:…)', '(?-i:…)')."""
    if op is not _constants.SUBPATTERN:
        return ignoring_case
    add_flags, del_flags = av[1], av[2]
    return bool(add_flags & re.IGNORECASE) or (ignoring_case and not del_flags & re.IGNORECASE)


def _children(op, av) -> list[_parser.SubPattern]:
    if op is _constants.SUBPATTERN:
        return [av[3]]
    if op in _REPEATS:
        return [av[2]]
    if op is _constants.BRANCH:
        return list(av[1])
    if op in (_constants.ASSERT, _constants.ASSERT_NOT):
        return [av[1]]
    if op is _constants.ATOMIC_GROUP:
        return [av]
    if op is _constants.GROUPREF_EXISTS:
        return [branch for branch in av[1:] if branch is not None]
    return []


def _grouped_branches(
    state, branches: list[_parser.SubPattern], ignoring_case: bool
) -> list[_parser.SubPattern] | None:
    """The alternatives grouped by their first character, in their order; None where they cannot be (an
    alternative not led by a character, the alternatives of a character not all led by a word boundary or all
    not, two first characters matching the same one) or where no two share a first character."""
    leads = [_lead(branch) for branch in branches] if len(branches) >= MIN_ALTERNATIVES else [None]
    if None in leads:
        return None
    by_first: dict[int, list[_parser.SubPattern]] = {}
    bounded: dict[int, bool] = {}
    for branch, (first, is_bounded) in zip(branches, leads, strict=True):
        by_first.setdefault(first, []).append(branch)
        if bounded.setdefault(first, is_bounded) != is_bounded:
            return None
    if len(by_first) == len(branches):
        return None
    if ignoring_case and len({_folded(first) for first in by_first}) < len(by_first):
        return None
    return [
        group[0] if len(group) == 1 else _under(state, first, group, bounded[first])
        for first, group in by_first.items()
    ]


def _lead(branch: _parser.SubPattern) -> tuple[int, bool] | None:
    """(first character, led by a word boundary) of an alternative led by a character; None for any other."""
    data = branch.data
    is_bounded = bool(data) and data[0] == (_constants.AT, _constants.AT_BOUNDARY)
    first = data[1 if is_bounded else 0] if len(data) > is_bounded else None
    return (first[1], is_bounded) if first is not None and first[0] is _constants.LITERAL else None


def _folded(code: int) -> int:
    """The character standing for all those `code` matches without regard to case (as the engine folds them)."""
    lower = _sre.unicode_tolower(code)
    return min((lower, *_EXTRA_CASES.get(lower, ())))


def _under(state, first: int, group: list[_parser.SubPattern], is_bounded: bool) -> _parser.SubPattern:
    """`first(?:rest|rest…)` (behind the word boundary that led each): the group's character, then what is left of
    each alternative."""
    rests = [_parser.SubPattern(state, branch.data[2 if is_bounded else 1 :]) for branch in group]
    boundary = [(_constants.AT, _constants.AT_BOUNDARY)] if is_bounded else []
    return _parser.SubPattern(state, [*boundary, (_constants.LITERAL, first), (_constants.BRANCH, (None, rests))])
