"""Helpers for the pattern data files."""

from __future__ import annotations

import _sre
import re
from collections.abc import Callable, Iterator
from functools import cache, wraps
from re import _compiler, _constants, _parser
from typing import TypeVar

from nlp.text.branches import group_alternations
from nlp.text.letters import LetterGate, letter_gate
from nlp.text.prefilter import may_occur

T = TypeVar("T")


def spaces_match_any_whitespace(pattern: str) -> str:
    """A space in a data-file pattern matches any run of whitespace (texts are hard-wrapped),
    except inside a character class; a space its writer made optional or repeated (' ?', ' *', ' {0,2}': '0 ?%')
    is one whitespace character under that quantifier, as written ('\\s+?' would demand one)."""
    out, in_class, escaped = [], False, False
    for index, char in enumerate(pattern):
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
            out.append(r"\s" if pattern[index + 1 : index + 2] in ("?", "*", "{") else r"\s+")
        else:
            out.append(char)
    return "".join(out)


# --- A first-character guard: the same pattern, rejected in one step where it cannot start --------
# Python's regex engine tries every branch of an alternation at every position of the text, and its
# own skip-ahead works only for case-sensitive literal starts. A lookahead of the characters a match
# can start with makes every other position fail at once; the matches are the same.

_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
_LINE_STARTS = {_constants.AT_BEGINNING, _constants.AT_BEGINNING_LINE, _constants.AT_BEGINNING_STRING}
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
    plain = _compiled(pattern, flags)
    try:
        parsed = _parser.parse(pattern, flags)
        items, nullable = _first(parsed.data, parsed.state.flags, False)
    except (_Unbounded, re.error):
        return plain
    if nullable or _engine_skips_ahead(parsed, parsed.state.flags):
        return plain
    guard = _guard(items, parsed.state.flags)
    if guard is None:
        return plain
    closing = "\n)" if parsed.state.flags & re.VERBOSE else ")"
    source = f"{guard}(?:{pattern}{closing}"
    try:
        fast = _compiled(source, flags)
    except re.error:  # global inline flags ("(?i)...") must stay first
        return plain
    if fast.groupindex != plain.groupindex or fast.groups != plain.groups:
        return plain
    return _skipping_ahead(source, flags, {item for item, _ in items}, _grouped_tree(source, flags)) or fast


def _compiled(source: str, flags: int) -> re.Pattern:
    """`re.compile(source, flags)`, its long alternations of words grouped by first character (nlp.text.branches)."""
    tree = _grouped_tree(source, flags)
    return re.compile(source, flags) if tree is None else compile_tree(source, flags, tree)


def _grouped_tree(source: str, flags: int):
    """The parse tree of `source` with its alternations grouped; None where none was."""
    parsed = _parser.parse(source, flags)
    return parsed if group_alternations(parsed, flags) else None


GUARD_STARTS = ("(?=[", "(?:(?=[")  # how a guarded pattern's source starts


def _engine_skips_ahead(parsed, flags: int) -> bool:
    """Whether the engine already skips to where a match can start: a case-sensitive literal or class
    first (its own fast scan, which a guard in front would defeat), or a match only at line starts."""
    first = parsed.data[0] if parsed.data else None
    if first is not None and first[0] is _constants.AT and first[1] in _LINE_STARTS:
        return True
    prefix, _, _ = _compiler._get_literal_prefix(parsed, flags)
    return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, flags))


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


# --- The engine's own skip-ahead to the guard's characters --------------------------------------
# The lookahead still costs one attempt of the engine per position. The engine's compiled form can carry
# the set of characters a match starts with, and then searches with a tight loop to the next one (it
# builds that set itself only for a case-sensitive class or literal first). The set is written with the
# engine's own compiler (re._compiler), in the layout that compiler gives a class-first pattern, checked
# once per process; wherever anything differs the lookahead pattern is used alone.


def _skipping_ahead(source: str, flags: int, items: set[str], parsed=None) -> re.Pattern | None:
    """`re.compile(source, flags)` skipping ahead to the characters in `items` (class items, as the
    guard writes them); None where that cannot be done safely. `parsed`: the parse tree to compile
    instead of the source's own (one matching what the source matches)."""
    if not _layout_as_expected():
        return None
    try:
        parsed = parsed or _parser.parse(source, flags)
        flags |= parsed.state.flags
        code = _compiler._code(parsed, flags)
        if code[0] is not _constants.INFO or code[2] or not code[3]:
            return None  # the engine skips ahead on its own, or a match may be empty
        info = _start_info(items, flags, code[3], code[4])
        indexgroup = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        body = code[code[1] + 1 :]
        groups = parsed.state.groups - 1
        return _sre.compile(source, flags, info + body, groups, parsed.state.groupdict, tuple(indexgroup))
    except (re.error, TypeError, ValueError, AttributeError, IndexError):
        return None


def _start_info(items: set[str], flags: int, shortest: int, longest: int) -> list:
    """The engine's info block for a pattern `shortest` to `longest` characters long whose matches
    start with a character of the class `items` (with every character that folds to one of them
    where case is ignored)."""
    joined = _joined(items)
    op, av = _parser.parse(f"[{joined}]", flags & ~re.IGNORECASE).data[0]
    charset = list(av) if op is _constants.IN else [(op, av)]
    if flags & re.IGNORECASE:
        charset += [(_constants.LITERAL, code) for code in _folding_into(joined, flags)]
    charset, _ = _compiler._optimize_charset(charset)
    info = [_constants.INFO, 0, _constants.SRE_INFO_CHARSET, shortest, longest]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info


@cache
def _folding_into(joined: str, flags: int) -> tuple[int, ...]:
    """The cased characters a class of `joined` matches where case is ignored (a pass over every cased
    character: the alternatives of one pattern often start with the same class)."""
    folding = re.compile(f"[{joined}]", flags)
    return tuple(code for code in _cased_characters() if folding.match(chr(code)))


def compile_tree(source: str, flags: int, parsed) -> re.Pattern:
    """The parse tree `parsed` compiled as `re.compile` would compile it (`source`: the pattern's
    text, kept as its `.pattern`, which must match what the tree matches)."""
    flags |= parsed.state.flags
    indexgroup = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    code = _compiler._code(parsed, flags)
    return _sre.compile(source, flags, code, parsed.state.groups - 1, parsed.state.groupdict, tuple(indexgroup))


@cache
def _cased_characters() -> tuple[int, ...]:
    """Every character that has a case: the only ones matched differently when case is ignored."""
    return tuple(code for code in range(0x110000) if _sre.unicode_iscased(code))


@cache
def _layout_as_expected() -> bool:
    """Whether the info block written here is the one the engine writes for a class-first pattern."""
    try:
        native = _compiler._code(_parser.parse(r"[\dab]c", re.UNICODE), re.UNICODE)
        items = {r"\d", _in_class(ord("a")), _in_class(ord("b"))}
        return native[: native[1] + 1] == _start_info(items, re.UNICODE, 2, 2)
    except Exception:  # noqa: BLE001 - any change in the engine's internals: no skip-ahead
        return False


# --- Words every match contains -------------------------------------------------------------------
# A pattern that cannot match where none of its literal words is: finding the words in the lower-cased
# text (nlp/text/needed_words.py, one pass for many patterns) says so faster than the engine can fail.
# Only the ASCII characters of a pattern are compared: the only other characters they match without
# regard to case are these four, and a text with one of them is not compared at all.
CASE_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"  # İ ı ſ K (Kelvin): 'i', 'i', 's', 'k' under re.I


def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case ASCII strings one of which every match of `pattern` contains; None when unknown."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    return _required(parsed.data)


def remembered_for_the_last_text(function: Callable[[str], T]) -> Callable[[str], T]:
    """`function` of a text, kept for the last long text it was given (the same object): the extractors of
    a document each ask it of the same whole text, and lower-casing a long text is a pass over all of it."""
    last: list[tuple[str | None, T | None]] = [(None, None)]  # one tuple: replaced whole, never half-written

    @wraps(function)
    def remembered(text: str) -> T:
        if len(text) < REMEMBERED_TEXT_MIN:  # a sentence or a window: cheap, and it would push the text out
            return function(text)
        seen, answer = last[0]
        if seen is not text:
            answer = function(text)
            last[0] = (text, answer)
        return answer

    return remembered


REMEMBERED_TEXT_MIN = 2000

# id of a pattern -> (it, its required words, its letter gate)
_WORDS_OF: dict[int, tuple[re.Pattern, tuple[str, ...] | None, LetterGate | None]] = {}


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only where `pattern` matches nowhere in `text`: the text lacks every word a match needs. `in` over the
    shared lower-cased text is many times faster than the engine's scan of the whole text to fail, for a pattern
    whose words most documents lack ('restraint level', 'chapter')."""
    known = _WORDS_OF.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _WORDS_OF[id(pattern)] = (pattern, required_words(pattern), letter_gate(pattern))
    if known[2] is not None and not known[2].may_match(text):  # a letter of another script ('Таможенного союза')
        return False
    if known[1] is not None:
        lowered = lowered_for_words(text)
        if lowered is not None and not any(word in lowered for word in known[1]):
            return False
    return may_occur(pattern, text)  # a registered pattern, in a long text: one scan tells (nlp/text/prefilter.py)


def finditer_where_possible(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)`; nothing, without a scan, where the text lacks the words a match needs."""
    return pattern.finditer(text) if may_match(pattern, text) else iter(())


@remembered_for_the_last_text
def lowered_for_words(text: str) -> str | None:
    """`text` lower-cased, to look for `required_words` in; None when it has a character that folds to ASCII."""
    # four plain tests: each is free on a text of Latin-1 characters only (the string knows its widest character)
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
        return None
    return text.lower()


def _required(sequence) -> tuple[str, ...] | None:
    best: tuple[str, ...] | None = None
    run: list[str] = []
    for op, av in [*sequence, (None, None)]:
        if op is _constants.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        found = [("".join(run),) if run else None, _required_of(op, av)]
        run = []
        for requirement in found:
            if requirement and (best is None or min(map(len, requirement)) > min(map(len, best))):
                best = requirement
    return best


def _required_of(op, av) -> tuple[str, ...] | None:
    """What a construct every match goes through requires (never a lookaround: it consumes nothing)."""
    if op is _constants.SUBPATTERN:
        return _required(av[3].data)
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2].data)
    if op is _constants.ATOMIC_GROUP:
        return _required(av.data)
    if op is _constants.BRANCH:
        each = [_required(branch) for branch in av[1]]
        return tuple(word for words in each for word in words) if all(each) else None
    return None
