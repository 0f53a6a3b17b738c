"""Headings a classification act rules out: 'Classification under heading 9404 as an article of bedding … is
excluded', 'Le classement sous la position 9504 … est donc exclu', 'Eine Einreihung in die Position 9504 … ist
ausgeschlossen', 'Se excluye la clasificación en la partida 9504'. The goods are classified elsewhere; a heading
the reasons rule out is excluded wherever the act names it, the goods description included ('an adapter for a
game console of heading 9504'), as the labelled sets record it."""

from __future__ import annotations

import re
from dataclasses import replace

from nlp.text.prefilter import may_occur, scan_gated
from nlp.types import CodeMention

CODE = r"\d{4}(?:[ .\u00a0]?\d{2}){0,3}"
CODES = rf"(?P<codes>{CODE}(?:\s*(?:,|or|and|ou|et|oder|und|o|y)\s*{CODE})*)"
CLAUSE = r"(?:[^.;]|\.(?=\S))"  # within one sentence: a period inside '9504.50' or '3,7' does not end it
# scan-gated: most texts are no classification act, and each pattern's lazy clause fails slowly at every word
RULED_OUT = tuple(
    scan_gated(pattern)
    for pattern in (
        re.compile(
            rf"\bclassification\b{CLAUSE}{{0,80}}?\b(?:under|in|within)\s+(?:CN\s+|HS\s+)?(?:sub)?(?:headings?|codes?)\s+"
            rf"{CODES}{CLAUSE}{{0,200}}?\b(?:is|are)\s+(?:therefore\s+|thus\s+|also\s+|consequently\s+)?"
            r"(?:excluded|ruled\s+out|not\s+possible)\b",
            re.I,
        ),
        re.compile(
            rf"\bclassement\b{CLAUSE}{{0,80}}?\b(?:sous|dans)\s+(?:la\s+|les\s+)?(?:sous-)?(?:positions?|codes?)\s+(?:NC\s+)?"
            rf"{CODES}{CLAUSE}{{0,200}}?\best\s+(?:donc\s+|dès\s+lors\s+|par\s+conséquent\s+)?exclu",
            re.I,
        ),
        re.compile(
            rf"\bEinreihung\b{CLAUSE}{{0,80}}?\b(?:in|unter)\s+(?:die\s+)?(?:Unter)?(?:Position(?:en)?|KN-Codes?)\s+"
            rf"{CODES}{CLAUSE}{{0,200}}?\bist\s+(?:daher\s+|somit\s+|folglich\s+)?ausgeschlossen",
            re.I,
        ),
        re.compile(
            rf"\b(?:se\s+excluye|queda\s+excluida)\b{CLAUSE}{{0,40}}?\bclasificación\b{CLAUSE}{{0,60}}?\ben\s+(?:la\s+)?"
            rf"(?:sub)?(?:partidas?|códigos?)\s+(?:NC\s+)?{CODES}",
            re.I,
        ),
    )
)


def ruled_out_codes(text: str) -> set[str]:
    """Digits of every code a classification act's reasons rule out (see the module)."""
    found = set()
    for pattern in RULED_OUT:
        if not may_occur(pattern, text):
            continue
        for match in pattern.finditer(text):
            found.update(re.sub(r"\D", "", code) for code in re.findall(CODE, match.group("codes")))
    return found


def with_ruled_out(text: str, mentions: list[CodeMention]) -> list[CodeMention]:
    """`mentions`, those of a code the reasons rule out marked excluded where they read covered."""
    ruled_out = ruled_out_codes(text)
    if not ruled_out:
        return mentions
    return [replace(m, role="excluded") if m.role == "covered" and m.code in ruled_out else m for m in mentions]
