"""What a page's heading says it does to a remedy in force, and what suspending concessions does. Words:
data/summary_cues.json ('heading_acts', 'suspended_concessions').

A relayed notice puts its act in a heading line under the goods ('Ammoniumnitrat mit Ursprung in Russland' /
'Bekanntmachung des bevorstehenden Außerkrafttretens'): the measure in force it names is background, never a duty
announced. A party that suspends its concessions towards another imposes the retaliatory duty (WTO authorisation)."""

from __future__ import annotations

import re

from nlp.summary.period import day
from nlp.summary.words import compiled, cues

EXPIRY_NOTICE = "gives notice of the coming expiry of"
REMEDIES = frozenset({"anti_dumping", "countervailing", "safeguard"})
HEADING_LINES = 4  # the title and the lines under it that say what the page does
HEADING_CHARS = 200  # a longer line is a paragraph, not a heading


def heading_act(kind: str, text: str) -> str | None:
    """'gives notice of the coming expiry of', 'ends an investigation into': the act a heading line opens with, read
    in the page's first non-empty lines only (a body paragraph on a partial termination decides nothing here)."""
    if kind not in REMEDIES:
        return None
    lines = [line for line in text[: HEADING_LINES * HEADING_CHARS * 2].splitlines() if line.strip()][:HEADING_LINES]
    heading = "\n".join(line for line in lines if len(line) <= HEADING_CHARS)
    return next((verb for cue, verb in cues()["heading_acts"] if compiled(cue).search(heading)), None)


def imposes_by_suspending(verb: str, kind: str, sentence: str) -> str:
    """'imposes' for a retaliation whose act suspends concessions ('The tariff concessions … shall be suspended in
    respect of products originating in …'): the concessions end, the duty begins. Else the verb as it was."""
    if verb != "suspends" or kind != "retaliation":
        return verb
    return "imposes" if compiled(cues()["suspended_concessions"]).search(sentence) else verb


# The day a notice says the measures lapse, written after the words for their expiry in its sentence ('das
# Außerkrafttreten der Antidumpingmaßnahme … zum 25.9.2019', 'the measures will expire on 4 May 2031').
EXPIRY_BEFORE = re.compile(
    r"(?:expir\w*|expiración|expiration|Außerkrafttreten\w*|vencimiento|lapse)\b[^.;]{0,120}?"
    r"\b(?:on|zum|am|le|el|au|the)\s*$",
    re.I,
)
EXPIRY_WINDOW = 160


def expiry_day(verb: str, facts) -> str | None:
    """'on 25 September 2031' for a notice of coming expiry: its typed end, else the first date the expiry words
    lead to; None for any other verb."""
    if verb != EXPIRY_NOTICE:
        return None
    ends = sorted(m.date for m in facts.dates if m.type == "application_end")
    if ends:
        return f"on {day(ends[0])}"
    for mention in sorted(facts.dates, key=lambda m: m.start):
        if mention.type == "other" and EXPIRY_BEFORE.search(
            facts.text, max(0, mention.start - EXPIRY_WINDOW), mention.start
        ):
            return f"on {day(mention.date)}"
    return None
