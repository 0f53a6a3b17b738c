"""Codes written in dotted pairs: '72.11.13' (a subheading), '72.08.51.20' (8 digits), '72.26.20.00.11' (a 10-digit
national line). The Maghreb's tariffs (Morocco, Algeria, Tunisia) and older francophone African and Middle Eastern
schedules print their positions so, and a notification relayed from them keeps it: 'tariff heading and tariff
subheadings 72.08, 72.11.13, 72.26.20.00.11 et 72.26.99.90.99', 'les positions tarifaires 84.18.10.00.10 et
84.18.21.00.00'. Pairs of digits with dots are also how dates ('12.05.19') and section numbers look, so such a number
counts only inside a list that a code keyword stands right in front of; a list's dotted headings ('72.08') are read by
headings.py and its four-digit-first codes ('7208.51') by the finder's scan.
"""

from __future__ import annotations

import re

from nlp.codes.notation import NO_SUCH_HEADING, notation
from nlp.codes.roles import Roles
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

ITEM = r"(?:\d\d(?:\.\d\d){1,4}|\d{4}(?:\.\d{2,4}){1,3})(?![\w%]|[.,/-]\d)"
GLUE = r"[ \t\u00a0]*(?:,|;|\band\b|\bor\b|\bet\b|\bou\b|\by\b|\bo\b|\be\b|\bund\b|\boder\b)[ \t\u00a0]*"
# a list of codes with one in dotted pairs of 6 digits or more: the cheap test is the pairs themselves
PAIRED = scan_gated(guarded(r"(?<![\w.,/])\d\d\.\d\d\.\d\d(?!\d)"))
RUN = re.compile(rf"(?<![\w.,/]){ITEM}(?:{GLUE}{ITEM})*")
PAIRED_ITEM = re.compile(r"(?<![\w.])\d\d(?:\.\d\d){2,4}(?![\w.]|\.\d)")
KEYWORD_REACH = 60  # the keyword stands right in front of the list ('tariff heading and tariff subheadings 72.08, …')
DATE_SHAPED = re.compile(r"(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.\d\d")  # '12.05.19': a lone one is a date


def paired_dot_codes(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """The codes in dotted pairs of the keyword-led lists of `text` whose start no other reading took."""
    if not may_occur(PAIRED, text) or not PAIRED.search(text):
        return []
    roles, found = Roles(text, sentences), []
    for run in RUN.finditer(text):
        items = list(PAIRED_ITEM.finditer(run.group()))
        if not items or not _keyword_before(run.start(), text, sentences):
            continue
        if len(items) == 1 and run.group() == items[0].group() and DATE_SHAPED.fullmatch(items[0].group()):
            continue
        for item in items:
            start, end = run.start() + item.start(), run.start() + item.end()
            digits = item.group().replace(".", "")
            if start in read or digits[2:4] == "00" or NO_SUCH_HEADING.match(digits):
                continue
            found.append(CodeMention(digits, level_for(digits), False, roles.at(start), item.group(), start, end))
    return found


def _keyword_before(start: int, text: str, sentences: Sentences) -> bool:
    """A code keyword ends shortly before the list (a few words at most between), in its sentence."""
    sentence_start, _ = sentences.around(start)
    window = text[max(sentence_start, start - KEYWORD_REACH) : start]
    return any(len(window[match.end() :].split()) <= WORDS_BETWEEN for match in notation().keywords.finditer(window))


WORDS_BETWEEN = 3  # 'sous-positions tarifaires suivantes : 84.18…', 'subheadings Nos 72.11.13…'
