"""A code cut by the end of an excerpt: a stored copy that stops inside a list of dotted codes ('… except for goods
entered under subheadings 9802.00.40, 9802.00.50, and 9802.') leaves the first digits of the last code before its dot.
Those four digits are no heading the text names: the list's codes are subheadings written in full."""

from __future__ import annotations

import re

from nlp.types import CodeMention

# the text's last characters: four digits and the dot that opened the next group, after a list of dotted codes
CUT_AFTER_A_LIST = re.compile(r"\d{4}\.\d\d(?:\.\d{2,4})*\s*,\s*(?:and\s+|or\s+)?(?P<head>\d{4})\.\s*\Z")
TAIL = 80  # the characters at the end of the text that such a list's last items fill


def without_a_cut_tail(text: str, mentions: list[CodeMention]) -> list[CodeMention]:
    tail_start = max(0, len(text) - TAIL)
    cut = CUT_AFTER_A_LIST.search(text, tail_start)
    if cut is None:
        return mentions
    return [m for m in mentions if m.start != cut.start("head")]
