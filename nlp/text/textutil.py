"""Small text helpers shared by the extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants, _parser

from nlp.text.patterns import compile_tree, remembered_for_the_last_text


@remembered_for_the_last_text
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
    """The matches at line starts, each tried line start the nearest at or after the last match's end.

    Past the first line, the line starts where the pattern matches are found by one search of the pattern
    with a line break in front: the engine skips ahead to each line break in C (a Python loop over the
    lines cost more than the matching), then the pattern's own match is taken at the line's start."""
    after_break = _after_line_break(pattern)
    match = pattern.match(text, 0)
    if match is not None:
        yield match
    # a line start at or after a match's end follows a line break at or after the end's previous character
    search_from = match.end() - 1 if match is not None else 0  # never empty: end - 1 >= 0
    while (found := after_break.search(text, search_from)) is not None:
        match = pattern.match(text, found.start() + 1)  # what the line break and the pattern matched
        yield match
        search_from = match.end() - 1


# id of a pattern -> (it, whether it matches at line starts only, the pattern with a line break in front):
# a pattern's own hash reads its whole compiled code, every time
_AT_LINE_STARTS: dict[int, tuple[re.Pattern, bool, re.Pattern | None]] = {}


def matches_at_line_starts(pattern: re.Pattern) -> bool:
    """Whether every match of `pattern` starts at a line's start and none is empty: each branch of it
    begins with '^' under re.MULTILINE."""
    return _line_start_facts(pattern)[1]


def _after_line_break(pattern: re.Pattern) -> re.Pattern:
    return _line_start_facts(pattern)[2]


def _line_start_facts(pattern: re.Pattern) -> tuple[re.Pattern, bool, re.Pattern | None]:
    known = _AT_LINE_STARTS.get(id(pattern))
    if known is None or known[0] is not pattern:
        at_line_starts = _at_line_starts_only(pattern)
        after_break = _with_line_break_in_front(pattern) if at_line_starts else None
        known = _AT_LINE_STARTS[id(pattern)] = (pattern, at_line_starts, after_break)
    return known


def _with_line_break_in_front(pattern: re.Pattern) -> re.Pattern:
    """'\\n' then `pattern` (its groups and flags as they are): it matches at a line break exactly where
    `pattern` matches at the line start after it. A literal first character is what the engine skips
    ahead to."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    parsed.data.insert(0, (_constants.LITERAL, ord("\n")))
    return compile_tree("\\n" + pattern.pattern, pattern.flags, parsed)


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


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted (start, end) spans with the overlapping and touching ones merged into one."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def lines_above(text: str, line_start: int, limit: int) -> Iterator[tuple[int, str]]:
    """The lines above the line that starts at `line_start`, nearest first, at most `limit` of them: each as its
    start offset and its text without the line break (readers of tables flattened one cell a line walk up them)."""
    position = line_start
    for _ in range(limit):
        if position == 0:
            return
        above_start = text.rfind("\n", 0, position - 1) + 1
        yield above_start, text[above_start : position - 1]
        position = above_start


def lines_with_text_below(text: str, offset: int) -> Iterator[str]:
    """The lines below the line holding `offset` that hold text, stripped, nearest first: read one at a time (a
    split of the rest of the text for each offset asked about made a pass over a long text quadratic)."""
    position = text.find("\n", offset)
    while position >= 0:
        following = text.find("\n", position + 1)
        line = text[position + 1 : following if following >= 0 else len(text)].strip()
        if line:
            yield line
        position = following


def line_end(text: str, offset: int) -> int:
    """The offset of the line break that ends the line holding `offset` (the text's length on its last line)."""
    end = text.find("\n", offset)
    return len(text) if end < 0 else end
