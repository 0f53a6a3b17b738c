"""The words an amendment replaces, quoted: their dates are the amended text's, never this document's.

'to replace the wording “with effect from 26 January 2031 up to and including 25 January 2033” with “…”', 'for the
words “1 March 2031” substitute “…”', 'by deleting the words “until 30 June 2031”': the first quotation is the
wording that goes. (The wording that comes in is the change itself and keeps its dates' types: restated.py says
why.) An English substitution names the old words after 'for' ('substitute “new” for “old”', 'for “old” substitute
“new”'); a replacement, a deletion and a South African 'substitution of the wording “old” with “new”' name them
first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nlp.text.prefilter import may_occur, scan_gated
from nlp.types import DateMention

# the wording named by its kind: "deleting the effective date “19 May 2031”", "for the expiry date “…” substitute"
DATE_KIND = (
    r"(?:(?:effective|expiry|expiration|end|ending|start|starting|closing|opening|termination|commencement)\s+)?"
)
WORDS = rf"(?:the\s+)?{DATE_KIND}(?:words?|wording|date|dates|expression|figures?|phrase|entry|definition)\s*"
OLD_WORDS = scan_gated(
    re.compile(
        rf"\b(?:for\s+{WORDS}|(?:replac\w*|delet\w*|omit\w*|strik\w*(?:\s+out)?|substitution\s+of)\s+{WORDS})[“\"]"
        r"(?P<old>[^“”\"\n]{1,400})[”\"](?P<after>\s*(?:with|by)\s*[“\"])?",
        re.I,
    )
)
NEEDS_A_NEW_WORDING = re.compile(r"(?:replac|substitution)", re.I)  # 'replace “old” with “new”'


def replaced_spans(text: str) -> list[tuple[int, int]]:
    """Where the quoted wordings an amendment replaces or deletes stand."""
    if "“" not in text and '"' not in text or not may_occur(OLD_WORDS, text):
        return []
    spans = []
    for match in OLD_WORDS.finditer(text):
        if NEEDS_A_NEW_WORDING.match(match.group().lstrip()) and not match.group("after"):
            continue  # 'replaced the words “…”' with nothing after names no old wording
        spans.append(match.span("old"))
    return spans


def demote_replaced(mentions: list[DateMention], spans: list[tuple[int, int]]) -> list[DateMention]:
    """Dates inside a replaced wording are `other`."""
    if not spans:
        return mentions
    return [replace(m, type="other") if any(start <= m.start < end for start, end in spans) else m for m in mentions]
