"""Lists of the goods a duty does not reach: the sentence that opens them says so before its colon.

A note's subdivision lets goods off in one long sentence whose last line holds no role word ('the additional duties
imposed by heading 9903.03.12 shall not apply to articles of civil aircraft ... that are classifiable in the following
provisions of the HTSUS, but regardless of whether ...:'), then lists the provisions in columns; or it opens an
enumerated list ('shall not apply to:' / '1. articles of steel provided for in headings 9903.81.87 and ...;' / '2.
...'), each item naming its headings inside its own words. Either way the codes are goods the duty leaves out. Only a
negation of the duty's reach counts ('shall not apply to', 'not subject to', 'excluded from'): an aside the sentence
carves out before its verb ('other than goods for personal use, heading X applies to ...') leaves the list covered.
"""

from __future__ import annotations

import re

from nlp.text.patterns import guarded, remembered_for_the_last_text
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.sentences import ABBREVIATIONS

NEGATED_SCOPE = scan_gated(
    guarded(
        r"\b(?:shall|does|do|will|would|must|may)\s+not\s+(?:apply|be\s+(?:applied|imposed|levied))\s+(?:to|on)\b"
        r"|\bnot\s+(?:be\s+)?subject\s+to\b"
        r"|\b(?:is|are|shall\s+be|will\s+be)\s+(?:excluded|exempt(?:ed)?)\s+from\b",
        re.I,
    )
)
SENTENCE_LINES = 12  # lines walked up from a list's colon to the start of the sentence it ends
LIST_REACH = 4000  # an enumerated list's items, from its colon to a code of its last item
# a list item's mark at the start of its line: '1. ', '(ii) ', 'b) '
ITEM_MARK = re.compile(r"^[ \t]*(?:\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)|(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)])[ \t]", re.M)
MARK_ONLY = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})$", re.I)
LINE_END_STOP = re.compile(r"\.[”’\"]?[ \t]*$", re.M)
COLON_AT_LINE_END = re.compile(r":[”’\"]?[ \t]*$")


def negates_scope(sentence: str) -> bool:
    return NEGATED_SCOPE.search(sentence) is not None


@remembered_for_the_last_text  # role_at builds a Roles per code of a heading: one answer per text
def may_except(text: str) -> bool:
    """Whether `text` anywhere says a duty does not apply: asked of the text's one scan first (most texts never do)."""
    return may_occur(NEGATED_SCOPE, text) and negates_scope(text)


def opening_sentence(lines: list[str]) -> str:
    """The sentence the last of `lines` ends: the lines above it back to a blank line, a line ending with a full
    stop or a colon, or a line opening with an item's mark (that line included)."""
    kept = [lines[-1]]
    for line in reversed(lines[-1 - SENTENCE_LINES : -1]):
        if ITEM_MARK.match(kept[0]) or not line.strip() or _ends_a_sentence(line) or COLON_AT_LINE_END.search(line):
            break
        kept.insert(0, line)
    return " ".join(" ".join(kept).split())


def in_an_excepted_item(text: str, offset: int) -> bool:
    """Whether the code at `offset` stands in an item of an enumerated list whose opening sentence, ended by a colon,
    says the duty does not apply to what follows (nothing between the colon and the code ends a sentence)."""
    colon = _last_colon_at_line_end(text, max(0, offset - LIST_REACH), offset)
    if colon is None:
        return False
    between = text[colon:offset]
    if ITEM_MARK.search(between) is None or _ends_a_sentence_in(between):
        return False
    lines = text[max(0, colon - SENTENCE_LINES * 200) : colon + 1].splitlines()
    return negates_scope(opening_sentence(lines))


def _last_colon_at_line_end(text: str, floor: int, offset: int) -> int | None:
    position = offset
    while True:
        position = text.rfind(":", floor, position)
        if position < 0:
            return None
        line_end = text.find("\n", position)
        if COLON_AT_LINE_END.match(text, position, len(text) if line_end < 0 else line_end):
            return position


def _ends_a_sentence_in(passage: str) -> bool:
    for stop in LINE_END_STOP.finditer(passage):
        line = passage[passage.rfind("\n", 0, stop.start()) + 1 : stop.end()]
        if _ends_a_sentence(line):
            return True
    return False


def _ends_a_sentence(line: str) -> bool:
    """A line ending with a full stop that is neither an item's mark ('1.') nor an abbreviation's ('U.S.')."""
    stripped = line.rstrip(' \t”’"')
    if not stripped.endswith("."):
        return False
    word = stripped[:-1].split()[-1].lstrip("([") if stripped[:-1].split() else ""
    return not (MARK_ONLY.match(word) or word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isalpha()))
