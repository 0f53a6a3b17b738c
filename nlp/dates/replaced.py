"""The words an amendment replaces, quoted: their dates are the amended text's, never this document's.

'to replace the wording “with effect from 26 January 2031 up to and including 25 January 2033” with “…”', 'for the
words “1 March 2031” substitute “…”', 'by deleting the words “until 30 June 2031”': the first quotation is the
wording that goes. (The wording that comes in is the change itself and keeps its dates' types: restated.py says
why.) An English substitution names the old words after 'for' ('substitute “new” for “old”', 'for “old” substitute
“new”'); a replacement, a deletion and a South African 'substitution of the wording “old” with “new”' name them
first, with or without their kind ('by the deletion of the words “with effect from …”', a Zimbabwean amendment's
'by the deletion of “31st December, 2022” and the substitution of “31st December, 2025”').
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
        rf"\b(?:for\s+{WORDS}|(?:replac\w*|delet\w*|omit\w*|strik\w*(?:\s+out)?|substitution)\s+(?:of\s+)?(?:{WORDS})?)[“\"]"
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


# A quoted date alone replaced by another quoted date alone: 'by the deletion of “31st December, 2022” and the
# substitution of “31st December, 2025”', 'by replacing “30 June 2026” with “30 June 2028”'.
DATE_SWAP = re.compile(
    r"[“\"](?P<old>[^“”\"\n]{6,40})[”\"]\s*(?:,?\s*and\s+(?:the\s+|by\s+)?(?:substitution\s+of|substituting)|with|by)"
    r"\s*[“\"](?P<new>[^“”\"\n]{6,40})[”\"]",
    re.I,
)


def later_end_substituted(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A provision's date replaced by a later one moves its end: an amendment extends a suspension, a rebate or a
    quota 'to 31st December, 2025' by swapping its end date alone (final28 3937). The new date, untyped by any
    trigger (`other`), is the measure's application_end. Only an end moves: a swapped date the text names as a start
    elsewhere ('the new rates … shall take effect on 1st January, 2032) by the deletion of “1st January, 2032”') or
    whose sentence calls it one is a postponed start, and the new date keeps its type."""
    if "“" not in text and '"' not in text:
        return mentions
    swaps = []
    for match in DATE_SWAP.finditer(text):
        old = _alone(mentions, match.span("old"), match.group("old"))
        new = _alone(mentions, match.span("new"), match.group("new"))
        if old is not None and new is not None and new.date > old.date and new.type == "other":
            if not _named_as_start(text, mentions, old, match.start()):
                swaps.append(id(new))
    return [replace(m, type="application_end") if id(m) in swaps else m for m in mentions]


STARTS = ("entry_into_force", "application_start")
# a start's words in the sentence that leads to the swap; an end's words there outweigh them ('until', 'expires')
START_WORDS = re.compile(r"\b(?:take|takes|taking|come|comes|coming)\s+(?:into\s+)?effect|\bcommenc|\bstart", re.I)
END_WORDS = re.compile(r"\b(?:until|expir|end(?:s|ing)?\b|up\s+to|ceas|valid)", re.I)


def _named_as_start(text: str, mentions: list[DateMention], old: DateMention, swap_start: int) -> bool:
    """Whether the swapped-out date is a start: typed as one where the text names it outside the quotation, or so
    called in the sentence before the swap."""
    if any(m.date == old.date and m.type in STARTS and m is not old for m in mentions):
        return True
    sentence = text[max(text.rfind(". ", 0, swap_start), swap_start - 400, 0) : swap_start]
    return bool(START_WORDS.search(sentence)) and not END_WORDS.search(sentence)


def _alone(mentions: list[DateMention], span: tuple[int, int], quoted: str) -> DateMention | None:
    """The date that is all a quotation holds (but for spaces and a closing stop)."""
    start, end = span
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if len(inside) != 1 or len(quoted.strip(" .,")) > len(inside[0].text) + 4:
        return None
    return inside[0]
