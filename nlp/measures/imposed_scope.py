"""Goods a paragraph leaves out of the duty it imposes: the duty's scope, no exclusion.

An act imposing a duty describes its goods and may leave some out in the same paragraph ('A definitive anti-dumping
duty is imposed on imports of steel wire … . Excluded from the duty are galvanised strands of seven wires …'; German
'Es wird ein endgültiger Antidumpingzoll eingeführt auf … Vom geltenden Antidumpingzoll ausgenommen sind …'). That
is the product definition of the measure the act takes, as a proclamation's exemption from the tariff it directs
is, not goods carved out of a measure in force; so are goods a later paragraph of the same article refers back to as
left out, unless their sentence names the measure as another act's. The imposing words, the words naming a
scope and an article's heading are data (data/measures/imposed_scope.json).
Some scope words ('The additional duty provided for in 9903.01.77 does not apply to products of Brazil that are subject
to Section 232 duties', in a message that imposes that duty) set the scope wherever they stand after the imposition,
unless their sentence names the duty as another act's (a later act narrowing a duty in force is an exclusion).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from nlp.measures.vocabulary import load_measure_data

_DATA = load_measure_data("imposed_scope")
IMPOSES = re.compile("|".join(_DATA["imposes"]), re.I)
SCOPE_ANYWHERE = re.compile("|".join(_DATA["scope_anywhere"]), re.I)
ANOTHER_ACTS_DUTY = re.compile("|".join(_DATA["another_acts_duty"]), re.I)
NAMES_THE_SCOPE = re.compile("|".join(_DATA["names_the_scope"]), re.I)  # not goods a later paragraph exempts itself
ARTICLE_HEADING = re.compile("|".join(_DATA["article_heading"]))  # its paragraphs run to the next heading


def drop_scope_of_an_imposed_duty(hits: dict, text: str) -> None:
    """Exclusion words that all stand after an imposing sentence of their own paragraph (line)."""
    exclusions = hits.get("exclusion", [])
    if exclusions and all(_scope_of_the_imposed_duty(text, signal.start, signal.end) for signal, _ in exclusions):
        del hits["exclusion"]


def _scope_of_the_imposed_duty(text: str, start: int, end: int) -> bool:
    if _after_imposition_in_its_article(text, start):
        return not _names_another_acts_duty(text, start)
    if not SCOPE_ANYWHERE.fullmatch(text, start, end) or not IMPOSES.search(text, 0, start):
        return False
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return ANOTHER_ACTS_DUTY.search(text, sentence_start, end) is None


def _after_imposition_in_its_article(text: str, offset: int) -> bool:
    """In the paragraph that imposes the duty, or a later paragraph of the same article ('(1) Es wird ein endgültiger
    Antidumpingzoll … eingeführt …' / '(1a) … neben den in Absatz 1 genannten Codes, die vom Anwendungsbereich der
    Maßnahme ausgenommen wurden, …': the article's own scope, referred back to)."""
    paragraph_start = text.rfind("\n", 0, offset) + 1
    if IMPOSES.search(text, paragraph_start, offset):
        return True
    paragraph_end = text.find("\n", offset)
    if not NAMES_THE_SCOPE.search(text, paragraph_start, paragraph_end if paragraph_end >= 0 else len(text)):
        return False  # 'Imports originating in Borduria are exempt from the safeguard measures.': an exclusion
    heading_ends = _article_heading_ends(text)
    before = bisect_right(heading_ends, paragraph_start)
    return before > 0 and IMPOSES.search(text, heading_ends[before - 1], paragraph_start) is not None


@lru_cache(maxsize=4)
def _article_heading_ends(text: str) -> list[int]:
    """Where each article heading line ends, found once per text (each exclusion signal looks up the last one)."""
    return [heading.end() for heading in ARTICLE_HEADING.finditer(text)]


def _names_another_acts_duty(text: str, offset: int) -> bool:
    """The sentence at `offset` names the measure as another act's ('excluded from the scope of the anti-dumping
    measures imposed by Implementing Regulation (EU) 2019/73'): goods carved out of a measure in force."""
    sentence_start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset)) + 1
    ends = [end for end in (text.find(". ", offset), text.find("\n", offset)) if end >= 0]
    return ANOTHER_ACTS_DUTY.search(text, sentence_start, min(ends, default=len(text))) is not None
