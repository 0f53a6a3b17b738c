"""CN codes whose final digits are in brackets, as the EU's association and free-trade agreements write their quota
annexes ('1001 99 (00)', 'ex 1103 20 (25)') and a run of final digits as a range ('1101 00 (15-90)': the CN codes
1101 00 15 to 1101 00 90). The scan reads only the six digits before the bracket; this reading replaces them.

A two-digit number in brackets after a subheading may be a footnote's mark, so the notation counts only where the
text writes two such codes at least (an annex lists its codes so, row after row)."""

from __future__ import annotations

import re

from nlp.codes.roles import Roles
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.sentences import Sentences
from nlp.types import CodeMention, CodeRange
from tariffwatch.codes import level_for

GATE = re.compile(r"\d \(\d\d")  # the cheap test: a digit, a space, a bracket and two digits
# 'ex 1103 20 (25)', '1101 00 (15-90)', '0207 14 (10–99)', dotted too ('1001.99 (00)')
BRACKETED_TAIL = scan_gated(
    re.compile(
        r"(?<![\w.])(?P<ex>ex[ \u00a0])?(?P<head>\d{4})[ \u00a0.](?P<sub>\d\d)[ \u00a0]\((?P<low>\d\d)"
        r"(?:[ \u00a0]?[-–—][ \u00a0]?(?P<high>\d\d))?\)(?![\w(])"
    )
)
MIN_CODES = 2


def bracketed_final_digits(
    text: str, sentences: Sentences, mentions: list[CodeMention], ranges: list[CodeRange]
) -> tuple[list[CodeMention], list[CodeRange]]:
    """The mentions and ranges with each bracketed-digit code read whole (the six digits the scan took dropped)."""
    if not may_occur(BRACKETED_TAIL, text) or not GATE.search(text):
        return mentions, ranges
    matches = [m for m in BRACKETED_TAIL.finditer(text) if _is_range_or_code(m)]
    if len(matches) < MIN_CODES:
        return mentions, ranges
    roles = Roles(text, sentences)
    spans = [(m.start(), m.end()) for m in matches]
    kept = [m for m in mentions if not _inside(m.start, spans)]
    kept_ranges = [r for r in ranges if not _inside(r.start, spans)]
    for match in matches:
        base = match.group("head") + match.group("sub")
        low, high = base + match.group("low"), match.group("high")
        if high is None:
            ex = bool(match.group("ex"))
            kept.append(CodeMention(low, level_for(low), ex, roles.at(match.start()), match.group(), *match.span()))
        else:
            kept_ranges.append(CodeRange(low, base + high, level_for(low), match.group(), *match.span()))
    return kept, kept_ranges


def _is_range_or_code(match: re.Match) -> bool:
    """A range's digits run upwards ('(15-90)'); '(90-15)' is no range of final digits."""
    high = match.group("high")
    return high is None or int(high) > int(match.group("low"))


def _inside(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(low <= start < high for low, high in spans)
