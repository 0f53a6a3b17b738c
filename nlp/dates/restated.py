"""Clauses of earlier acts restated in full inside an amending act.

An amendment often rewrites a whole clause of an earlier proclamation or order and prints it between
quotation marks ("Clause 2 of Proclamation 9705, as amended, is revised to read as follows: “(2)(a) ...”").
The rewritten clause carries the earlier act's dates along (its start, the end of its country exemptions):
they are that act's, not this document's. A short replacement ("... is amended to read “December 31, 2031”")
is the change itself and keeps its dates: only restatements of RESTATED_MIN characters or more count.
"""

from __future__ import annotations

import re

from nlp.dates.rules import DateRules
from nlp.types import DateMention

RESTATED_MIN = 600  # a clause rewritten in full, not a date or a phrase replaced
RESTATED_MAX = 40_000
OPENING_REACH = 40  # from the lead's colon to the opening quotation mark
OPENING = re.compile(r"\s*(?P<mark>[“\"«„])")
CLOSING = {"“": "”", '"': '"', "«": "»", "„": "“"}


def restated_spans(text: str, rules: DateRules) -> list[tuple[int, int]]:
    """Where the quoted restatements of earlier acts' clauses stand."""
    spans: list[tuple[int, int]] = []
    if " read" not in text:
        return spans  # every lead (date_rules.*.yaml `restated`) ends "... to read (as follows):": no scan needed
    for pattern in rules.restated:
        for lead in pattern.finditer(text):
            opening = OPENING.match(text, lead.end(), lead.end() + OPENING_REACH)
            if opening is None or (spans and lead.start() < spans[-1][1]):
                continue
            end = _closing_quote(text, opening.end(), opening["mark"])
            if end is not None and end - opening.end() >= RESTATED_MIN:
                spans.append((opening.end(), end))
    return sorted(spans)


def _closing_quote(text: str, start: int, mark: str) -> int | None:
    """The quotation mark that closes the one opened before `start` (quotes nested inside are skipped)."""
    closing, depth = CLOSING[mark], 0
    limit = min(len(text), start + RESTATED_MAX)
    if closing == mark:
        end = text.find(closing, start, limit)
        return end if end >= 0 else None
    for index in range(start, limit):
        char = text[index]
        if char == mark:
            depth += 1
        elif char == closing:
            if depth == 0:
                return index
            depth -= 1
    return None


def demote_restated(mentions: list[DateMention], spans: list[tuple[int, int]], kinds: set[str]) -> list[DateMention]:
    """Measure dates inside a restated clause are the earlier act's: `other`. A date the act also states in its own
    words, outside every restatement (its recitals, its operative clauses), is the one the rewrite enacts: the
    rewritten clause carries the new end of an exception beside the old steps it restates."""
    if not spans:
        return mentions
    inside = [any(start <= m.start < end for start, end in spans) for m in mentions]
    own_words = {m.date for m, quoted in zip(mentions, inside, strict=True) if not quoted}
    return [
        DateMention("other", m.date, m.text, m.start, m.end, m.derived)
        if quoted and m.type in kinds and m.date not in own_words
        else m
        for m, quoted in zip(mentions, inside, strict=True)
    ]
