"""Partners given a rate of their own within a duty on all imports: a paragraph opening 'For products of Japan,
Korea …' that sets their all-in or capped rate ('… shall be equal to 15 percent'), under a clause imposing the duty
on every origin's goods. Such partners are favoured, not the countries the duty is imposed on, and their rate is
not the duty's: the lead names the duty's own rate and says the partners have one of their own (final28 3902)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nlp.summary.words import cues

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
PARAGRAPH_REACH = 1500  # a paragraph's opening is looked for this far before a name or rate


@dataclass(frozen=True)
class PartnerRates:
    duty_rates: list  # the rates the duty sets for every origin
    partners_only: bool  # every affected country is named only in a paragraph giving it a rate of its own


@cache
def _opening() -> re.Pattern:
    return re.compile("|".join(cues()["partner_rate"]), re.I | re.M)  # from a paragraph's first line


def _paragraph_start(text: str, offset: int) -> int:
    window_start = max(0, offset - PARAGRAPH_REACH)
    breaks = [found.end() for found in PARAGRAPH_BREAK.finditer(text, window_start, offset)]
    return breaks[-1] if breaks else window_start


def partner_rates(text: str, rates: list, affected: list) -> PartnerRates:
    """The duty's own rates, and whether the countries are only partners given a rate of their own: every country
    stands in such a paragraph, which holds a rate, and some rate stands outside them (the duty's own)."""
    starts = {_paragraph_start(text, mention.start) for mention in affected}
    partner = {start for start in starts if _opening().match(text, start)}
    if not affected or partner != starts:
        return PartnerRates(rates, False)
    inside = [r for r in rates if _paragraph_start(text, r.start) in partner]
    outside = [r for r in rates if r not in inside]
    if not inside or not outside:
        return PartnerRates(rates, False)
    return PartnerRates(outside, True)
