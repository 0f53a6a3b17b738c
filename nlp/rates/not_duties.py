"""Amounts per unit that an act prints beside its duties but that are no duty rate: the size of a reduction an importer
may claim ('benefit from a reduction in the duties of:' / '— EUR 3 per tonne, if the port of unloading …', 'a
flat-rate reduction of EUR 24 per tonne'), and the prices a duty is calculated from, in a table's rows of quotations,
premiums and freight costs of a table with no duty column ('Quotation | 263,298 | 163,896', 'Freight costs:
Gulf of Mexico-Rotterdam | 24,529')."""

from __future__ import annotations

import re

from nlp.rates.cells import list_introduction
from nlp.text.tables import line_at
from nlp.text.textutil import lines_above

REDUCTION_REACH = 80  # how far before the amount its reduction is named
REDUCTION_OF = re.compile(r"\breduction\s+(?:in\s+(?:the\s+)?dut(?:y|ies)\s+)?of\s*:?\s*(?:[—–-]\s*)?$", re.I)
# a row of the factors a duty is calculated from: its name, the first cell, is a price's
PRICE_ROW = re.compile(
    r"[ \t]*(?:quotations?|[^|\n]{0,40}\bpremiums?|freight\s+costs?|[^|\n]{0,40}\b(?:cif\s+)?prices?)\b[^|\n]{0,60}\|",
    re.I,
)


def not_a_duty(text: str, start: int) -> bool:
    """Whether the amount at `start` is a reduction's size or a price a duty is calculated from (see the module)."""
    if REDUCTION_OF.search(text, max(0, start - REDUCTION_REACH), start):
        return True
    if REDUCTION_OF.search(list_introduction(text, start).rstrip()):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if not (PRICE_ROW.match(text, line_start) and "|" in text[line_start:start]):
        return False
    return not DUTY_COLUMN.search(_table_header(text, line_start))


# a table whose header names a duty column prints duties in its price rows ('Entry price (EUR/100 kg net) | Specific
# duty'): only a table of the factors a duty is calculated from has none
DUTY_COLUMN = re.compile(r"\bdut(?:y|ies)\b|\btariffs?\b", re.I)


def _table_header(text: str, line_start: int) -> str:
    """The first line of the run of table rows ('… | …') the line at `line_start` belongs to."""
    header = text[line_start : line_at(text, line_start)[1]]
    for _, line in lines_above(text, line_start, len(text)):
        if "|" not in line:
            break
        header = line
    return header


OTHER_CHARGE_REACH = 80  # how far before a percentage the tax it is the rate of is named


# what may stand between a tax and its own figure: a short link ('VAT at 20%', 'a alíquota do ICMS de 12%', 'VAT: 20%'),
# no other figure (the tax's own: 'VAT 15%, excise 8%'), no comma or clause ('zero-rated for VAT purposes: 12%')
TAX_LINK = re.compile(r"\s*:?[^\d,;:()]*$")
TAX_LINK_WORDS = 6


def another_charges_rate(lowered: str, start: int, sentence_start: int, words) -> bool:
    """The percentage's nearest charge named before it is a tax that is no customs duty ('Import VAT at 20%', 'a
    alíquota do ICMS de 12%'): only a short link stands between that tax and the figure, and no duty word."""
    named = _last_named_end(words.other_charges, lowered, max(sentence_start, start - OTHER_CHARGE_REACH), start)
    if named is None:
        return False
    link = lowered[named:start]
    return bool(TAX_LINK.match(link)) and len(link.split()) <= TAX_LINK_WORDS and not words.duty.search(link)


PROPOSAL_REACH = 120  # how far before a percentage its clause's proposal verb stands


def a_proposed_rate(lowered: str, start: int, sentence_start: int, words) -> bool:
    """The figure's clause only proposes it ('USTR proposes to impose an additional duty of 50 percent', 'the notice
    proposed additional duties of 100 percent') or says an official may recommend it later."""
    named = _last_named_end(words.proposals, lowered, max(sentence_start, start - PROPOSAL_REACH), start)
    return named is not None and not words.acts_after_proposal.search(lowered, named, start)


def _last_named_end(pattern: re.Pattern, lowered: str, window_start: int, start: int) -> int | None:
    """Where the last match of `pattern` between window_start and start ends: the charge or proposal nearest before."""
    named = None
    for match in pattern.finditer(lowered, window_start, start):
        named = match.end()
    return named
