"""The effective date a notice of changes prints beside each act it lists: a tariff notice of a consolidation's
amendment package cites each order by its numbers and notes when it took effect ('P.C. 2029-187, SOR/2029-56.' /
'(Effective on April 6, 2029).'). The notice is issued weeks or months later, but the listed orders are what it
reports, so their effective dates are not restated history. The words: `listed_act_effects` in
nlp/data/date_rules.<language>.yaml."""

from __future__ import annotations

from nlp.dates.rules import DateRules

CITATION_REACH = 60  # from the act's numbers, over the note's opening bracket, to the date


def notes_a_listed_acts_effect(text: str, date_start: int, rules: DateRules) -> bool:
    """The date closes an '(Effective on' note right after an act's registration or Order in Council number."""
    before = text[max(0, date_start - CITATION_REACH) : date_start]
    return any(pattern.search(before) for pattern in rules.listed_act_effects)
