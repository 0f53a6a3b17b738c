"""Dotted headings that open the rows of a list printed with dotted leaders: '70.04 ve 70.05 ........ 0,50' /
'70.06 ve 70.07 ........ 0,70' (a Turkish surveillance list of headings and their unit customs values), '28.04 and
28.05 ...... 5 %'. A lone such line may be a price or a section number, so at least two rows of the list must open
with headings; the headings of a row may be joined ('ve', 'and', 'et', 'und', 'y', a comma).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.codes.notation import NO_SUCH_HEADING
from nlp.codes.roles import role_at
from nlp.text.patterns import guarded
from nlp.text.sentences import Sentences
from nlp.types import CodeMention

LEADERS = "....."  # the literal every such row holds: a cheap gate before the scan
HEADING = r"\d{2}\.\d{2}"
JOIN = r"[ \t\u00a0]*(?:,|;|&|ve|ile|and|or|et|ou|und|oder|y|e)[ \t\u00a0]*"
LEADER_ROW = guarded(
    rf"^[ \t|•·*\-\u00a0]*(?P<list>{HEADING}(?:{JOIN}{HEADING})*)[ \t\u00a0]*\.{{5,}}[ \t\u00a0]*\d",
    re.MULTILINE,
)
ITEM = re.compile(HEADING)
MIN_ROWS = 2


def leader_row_headings(text: str, sentences: Sentences) -> Iterator[CodeMention]:
    """The headings opening the rows of a dotted-leader list of at least MIN_ROWS such rows."""
    if LEADERS not in text:
        return
    rows = list(LEADER_ROW.finditer(text))
    if len(rows) < MIN_ROWS:
        return
    for row in rows:
        role = role_at(text, row.start("list"), sentences)
        for item in ITEM.finditer(row.group("list")):
            code = item.group().replace(".", "")
            if NO_SUCH_HEADING.match(code):
                continue
            start = row.start("list") + item.start()
            yield CodeMention(code, "heading", False, role, item.group(), start, start + len(item.group()))
