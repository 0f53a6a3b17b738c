"""Alternations of words grouped by their first character, in the parse tree: the same matches, fewer tries.

The engine tries an alternation's alternatives one after another; one that starts with another character
fails in one compare, but a list of a hundred currencies or units ('dólares|dollars|…|kg|t|l') costs a
hundred compares wherever it is tried. Alternatives that start with a character are grouped under it, in
their own order ('d(?:ólares|ollars)|e(?:uros|uro)|…'), so the engine reads the character once and tries
only the alternatives that can match. The same match at the same place, with the same groups: at a
position, the alternatives that could match there are tried in the same order (those of the other groups
would have failed at once), backtracking included.

Only in a case-sensitive pattern: without regard to case two different characters may match the same one,
and grouping them apart could change which alternative is tried first.
"""

from __future__ import annotations

import re
from re import _constants, _parser

MIN_ALTERNATIVES = 4  # fewer: a compare or two saved, not worth a change of the tree
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}


def group_alternations(parsed: _parser.SubPattern, flags: int) -> bool:
    """Group the long alternations of literal-first alternatives in the parse tree `parsed` (of a pattern
    compiled with `flags`) by their first character, in place; whether any changed."""
    if (flags | parsed.state.flags) & re.IGNORECASE:
        return False
    return _group_in(parsed)


def _group_in(sub: _parser.SubPattern) -> bool:
    """Group the alternations of `sub` at every depth, in place; whether any changed."""
    changed = False
    for index, (op, av) in enumerate(sub.data):
        for child in _children(op, av):
            changed |= _group_in(child)
        if op is _constants.BRANCH:
            branches = _grouped_branches(sub.state, av[1])
            if branches is not None:
                sub.data[index] = (op, (av[0], branches))
                changed = True
    return changed


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


def _grouped_branches(state, branches: list[_parser.SubPattern]) -> list[_parser.SubPattern] | None:
    """The alternatives grouped by their first character, in their order; None where they cannot be (an
    alternative not led by a character) or where no two share a first character."""
    if len(branches) < MIN_ALTERNATIVES or not all(
        branch.data and branch.data[0][0] is _constants.LITERAL for branch in branches
    ):
        return None
    by_first: dict[int, list[_parser.SubPattern]] = {}
    for branch in branches:
        by_first.setdefault(branch.data[0][1], []).append(branch)
    if len(by_first) == len(branches):
        return None
    return [group[0] if len(group) == 1 else _under(state, first, group) for first, group in by_first.items()]


def _under(state, first: int, group: list[_parser.SubPattern]) -> _parser.SubPattern:
    """`first(?:rest|rest…)`: the group's character, then what is left of each alternative."""
    rests = [_parser.SubPattern(state, branch.data[1:]) for branch in group]
    return _parser.SubPattern(state, [(_constants.LITERAL, first), (_constants.BRANCH, (None, rests))])
