"""A long alternation of phrases, dispatched on the character a match starts with.

A plain alternation costs a try of every phrase at every word start. Here the phrases are grouped by
the character they can start with: each group is that character, then what is left of each of its
phrases once the character is read ('a(?:nti-?dumping|d\\s+valorem...)'), built on the parse tree
(re._parser) and compiled with the engine's own compiler. The engine skips a branch that starts with
another literal in one compare, and skips ahead in the text to the characters a phrase can start with
(nlp.text.patterns). The same match at the same place: at a position, the phrases that can start
there are tried in their own order, and those that cannot would have failed at once.

Without a word boundary in front (`prefix=""`), a phrase's own leading \b is read as what it asks of
the character before the phrase: none that is a word character before a word character, one before
any other, a lookbehind once the first character is read.

Where a phrase starts in a way this does not take apart (a repeat, a lookaround, a class shared with
another group), the groups are written as lookaheads over the phrases instead (`(?=[a])(?:...)`), and
where even that cannot be done, the plain alternation is compiled (guarded). Behind a word
boundary (`prefix=r"\b"`) or none (`prefix=""`).
"""

from __future__ import annotations

import re
from re import _constants, _parser

from nlp.text.patterns import _first, _joined, _skipping_ahead, _Unbounded, compile_tree, guarded

_ZERO_OR_ONE = {_constants.MAX_REPEAT, _constants.MIN_REPEAT}
_LOOKAROUNDS = {_constants.ASSERT, _constants.ASSERT_NOT}
_WORD = re.compile(r"\w")


class _Unsupported(Exception):
    """A phrase starts with a construct the dispatch does not take apart."""


def dispatched(alternatives: list[str], prefix: str = "") -> re.Pattern:
    """`re.compile(prefix + "(?:" + "|".join(alternatives) + ")")` (case-sensitive), dispatched on the
    first character; `prefix` may be empty or r"\\b"."""
    plain = f"{prefix}(?:{'|'.join(alternatives)})"
    return _by_derivatives(plain, prefix) or _by_lookaheads(alternatives, prefix, plain)


# --- Each group as its character, then the rest of each phrase -----------------------------------


def _by_derivatives(plain: str, prefix: str) -> re.Pattern | None:
    try:
        parsed = _parser.parse(plain)
    except re.error:
        return None
    state, data = parsed.state, list(parsed.data)
    bounded = prefix == r"\b"
    if prefix not in ("", r"\b") or bounded and data[:1] != [(_constants.AT, _constants.AT_BOUNDARY)]:
        return None
    if state.groups != 1 or state.flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return None  # capturing groups would be repeated across groups; case-insensitive: no literal compares
    head, data = (data[:1], data[1:]) if bounded else ([], data)
    phrases = _phrases(data)
    try:
        starts = [_first(phrase.data, state.flags, False) for phrase in phrases]
    except _Unbounded:
        return None
    if any(nullable for _, nullable in starts):
        return None
    starts = [found for found, _ in starts]
    items = {item for found in starts for item, _ in found}
    literals = sorted(item for item in items if _is_literal(item))
    classes = [item for item in items if not _is_literal(item)]
    if not literals or not _apart(literals, classes):
        return None
    try:
        branches = [_group(chr(int(item[2:], 16)), phrases, starts, state, bounded) for item in literals]
    except _Unsupported:
        return None
    for item in classes:  # a class of its own ('\d'): its phrases behind a lookahead, in order
        lookahead = _parser.parse(f"(?=[{item}])").data[0]
        own = (_constants.BRANCH, (None, starting_with(item, phrases, starts)))
        branches.append(_parser.SubPattern(state, [lookahead, own]))
    tree = _parser.SubPattern(state, head + [(_constants.BRANCH, (None, branches))])
    # with no boundary first and only literals, the engine skips ahead to them on its own
    return _skipping_ahead(plain, 0, items, tree) or (None if bounded else compile_tree(plain, 0, tree))


def starting_with(item: str, phrases: list, starts: list) -> list:
    """The phrases whose first characters include the class `item`, in order. Only they can match where the
    class's lookahead holds (no literal is in the class: `_apart`); all the others, tried there too, cost one
    failed compare each at every such position ('\\d': every number of a tariff table)."""
    return [phrase for phrase, found in zip(phrases, starts, strict=True) if item in {own for own, _ in found}]


def _phrases(data: list) -> list:
    """The alternatives of `(?:a|b|...)` as parse trees."""
    if len(data) == 1 and data[0][0] is _constants.SUBPATTERN and data[0][1][0] is None:
        data = list(data[0][1][3].data)
    if len(data) == 1 and data[0][0] is _constants.BRANCH:
        return list(data[0][1][1])
    return []


def _is_literal(item: str) -> bool:
    return item.startswith("\\U") and "-" not in item


def _apart(literals: list[str], classes: list[str]) -> bool:
    """No literal is in a class, and no two classes share a character (else order between groups counts)."""
    if len(classes) > 1:
        return False
    return not any(re.fullmatch(f"[{other}]", chr(int(item[2:], 16))) for other in classes for item in literals)


def _group(char: str, phrases: list, starts: list, state, bounded: bool):
    """`char` then the rest of every phrase that can start with it, in order."""
    rests = []
    for phrase, found in zip(phrases, starts, strict=True):
        if re.fullmatch(f"[{_joined({item for item, _ in found})}]", char):
            rests += _after(list(phrase.data), ord(char), bounded)
    return _parser.SubPattern(state, [(_constants.LITERAL, ord(char)), *_dispatched_rests(rests, state, DEPTH)])


def _dispatched_rests(rests: list[list], state, depth: int) -> list:
    """The alternation of `rests` (in order), itself dispatched on its next character `depth` levels deep where
    each rest's next character is known; as written where not (a rest that may be empty, a lookahead...)."""
    plain = [(_constants.BRANCH, (None, [_parser.SubPattern(state, rest) for rest in rests]))]
    if depth == 0 or len(rests) < 2:
        return plain
    try:
        starts = [_first(rest, state.flags, False) for rest in rests]
    except _Unbounded:
        return plain
    if any(nullable for _, nullable in starts):
        return plain  # a rest that can end here must be tried in its place among the others
    items = {item for found, _ in starts for item, _ in found}
    literals = sorted(item for item in items if _is_literal(item))
    classes = [item for item in items if not _is_literal(item)]
    if not literals or not _apart(literals, classes):
        return plain
    branches = []
    try:
        for item in literals:
            code = int(item[2:], 16)
            ways = [
                way
                for rest, (found, _) in zip(rests, starts, strict=True)
                if re.fullmatch(f"[{_joined({item for item, _ in found})}]", chr(code))
                for way in _after(rest, code, False)
            ]
            branches.append(
                _parser.SubPattern(state, [(_constants.LITERAL, code), *_dispatched_rests(ways, state, depth - 1)])
            )
    except _Unsupported:
        return plain
    for item in classes:  # a class of its own: its rests behind a lookahead, in order
        lookahead = _parser.parse(f"(?=[{item}])").data[0]
        own = [_parser.SubPattern(state, rest) for rest in starting_with(item, rests, [f for f, _ in starts])]
        branches.append(_parser.SubPattern(state, [lookahead, (_constants.BRANCH, (None, own))]))
    return [(_constants.BRANCH, (None, branches))]


DEPTH = 3  # levels of dispatch below the first character


def _after(sequence: list, code: int, bounded: bool) -> list[list]:
    """The ways `sequence` goes on once its first character, `code`, is read (in the order the engine
    would try them); [] when it cannot start with it. Nothing is read before: every construct met
    here stands at the phrase's start (behind a word boundary where `bounded`)."""
    if not sequence:
        return []
    (op, av), rest = sequence[0], sequence[1:]
    if op is _constants.LITERAL:
        return [rest] if av == code else []
    if op is _constants.IN:
        return [rest] if _in_set(av, code) else []
    if op is _constants.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _after(list(av[3].data) + rest, code, bounded)
    if op is _constants.BRANCH:
        return [way for branch in av[1] for way in _after(list(branch.data) + rest, code, bounded)]
    if op is _constants.AT and av is _constants.AT_BOUNDARY and bounded:
        return _after(rest, code, bounded)  # the prefix's \b already holds at the phrase's start
    if op is _constants.AT and av is _constants.AT_BOUNDARY:
        # before a word character, no word character; before any other, one
        behind = _parser.parse(r"(?<!\w)" if _WORD.match(chr(code)) else r"(?<=\w)").data[0]
        return _after([behind, *rest], code, bounded)
    if op in _LOOKAROUNDS and av[0] == -1:  # a lookbehind, read once the character is: one character further back
        behind = (op, (-1, _parser.SubPattern(av[1].state, [*av[1].data, (_constants.LITERAL, code)])))
        return [[behind, *way] for way in _after(rest, code, bounded)]
    if op in _ZERO_OR_ONE and av[0] == 0 and av[1] == 1 and av[2].getwidth()[0] > 0:
        taken = _after(list(av[2].data) + rest, code, bounded)  # 'x?y' is 'xy|y' ('x??y': 'y|xy')
        skipped = _after(rest, code, bounded)
        return taken + skipped if op is _constants.MAX_REPEAT else skipped + taken
    raise _Unsupported


def _in_set(items: list, code: int) -> bool:
    """Whether a class of literals and ranges holds the character `code`."""
    for kind, value in items:
        if kind is _constants.LITERAL and value == code:
            return True
        if kind is _constants.RANGE and value[0] <= code <= value[1]:
            return True
        if kind not in (_constants.LITERAL, _constants.RANGE):
            raise _Unsupported  # a category or a negation
    return False


# --- Each group behind a lookahead of its character ----------------------------------------------


def _by_lookaheads(alternatives: list[str], prefix: str, plain: str) -> re.Pattern:
    groups = _by_first_character(alternatives)
    if groups is None:
        return guarded(plain)
    branches = [f"(?=[{key}])(?:{'|'.join(found)})" for key, found in groups.items()]
    source = f"{prefix}(?:{'|'.join(branches)})"
    try:
        fast, reference = re.compile(source), re.compile(plain)
    except re.error:  # a named group would be repeated
        return guarded(plain)
    if fast.groups != reference.groups or fast.groupindex != reference.groupindex:
        return guarded(plain)
    return guarded(source)


def _by_first_character(alternatives: list[str]) -> dict[str, list[str]] | None:
    """First-character class item -> the alternatives that can start with it, in order; None when an
    alternative can match nothing or start anywhere, or two classes share a character."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        try:
            parsed = _parser.parse(alternative)
            items, nullable = _first(parsed.data, parsed.state.flags, False)
        except (_Unbounded, re.error):
            return None
        if nullable or parsed.state.flags & re.IGNORECASE:
            return None
        for item in sorted({item for item, _ in items}):
            groups.setdefault(item, []).append(alternative)
    return groups if _disjoint(list(groups)) else None


def _disjoint(items: list[str]) -> bool:
    """Whether no character is in two of the class items (single characters, ranges, categories)."""
    singles = [item for item in items if "-" not in item and item.startswith("\\U")]
    classes = [item for item in items if item not in singles]
    if len(classes) > 1:
        return False  # two categories or ranges: not worth telling apart
    return not any(re.fullmatch(f"[{other}]", chr(int(single[2:], 16))) for other in classes for single in singles)
