"""Goods a paragraph leaves out of the duty it imposes: the duty's scope, no exclusion.

An act imposing a duty describes its goods and may leave some out in the same paragraph ('A definitive anti-dumping
duty is imposed on imports of steel wire … . Excluded from the duty are galvanised strands of seven wires …'; German
'Es wird ein endgültiger Antidumpingzoll eingeführt auf … Vom geltenden Antidumpingzoll ausgenommen sind …'). That
is the product definition of the measure the act takes, as a proclamation's exemption from the tariff it directs
is, not goods carved out of a measure in force; so are goods a later paragraph of the same article refers back to as
left out. The imposing words are data (data/measures/imposed_scope.json).
Some scope words ('The additional duty provided for in 9903.01.77 does not apply to products of Brazil that are subject
to Section 232 duties', in a message that imposes that duty) set the scope wherever they stand after the imposition,
unless their sentence names the duty as another act's (a later act narrowing a duty in force is an exclusion).
"""

from __future__ import annotations

import re

from nlp.measures.vocabulary import load_measure_data

_DATA = load_measure_data("imposed_scope")
IMPOSES = re.compile("|".join(_DATA["imposes"]), re.I)
SCOPE_ANYWHERE = re.compile("|".join(_DATA["scope_anywhere"]), re.I)
ANOTHER_ACTS_DUTY = re.compile("|".join(_DATA["another_acts_duty"]), re.I)


def drop_scope_of_an_imposed_duty(hits: dict, text: str) -> None:
    """Exclusion words that all stand after an imposing sentence of their own paragraph (line)."""
    exclusions = hits.get("exclusion", [])
    if exclusions and all(_scope_of_the_imposed_duty(text, signal.start, signal.end) for signal, _ in exclusions):
        del hits["exclusion"]


def _scope_of_the_imposed_duty(text: str, start: int, end: int) -> bool:
    if _after_imposition_in_its_article(text, start):
        return True
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
    headings = [heading.end() for heading in ARTICLE_HEADING.finditer(text, 0, paragraph_start)]
    return bool(headings) and IMPOSES.search(text, headings[-1], paragraph_start) is not None


# a later paragraph refers back to goods left out of the measure's scope (not one that exempts goods itself)
NAMES_THE_SCOPE = re.compile(
    r"\b(?:scope|anwendungsbereich|champ d[’']application|ámbito de aplicación|âmbito de aplicação)\b", re.I
)


# an article's heading line ('Article 1', 'Artikel 1 VO (EU) 2025/261', 'Artículo 2'): a paragraph after it belongs to
# that article until the next heading
ARTICLE_HEADING = re.compile(r"^[ \t]*(?:Article|Artikel|Artículo|Articolo|Artigo|Art\.)[ \t]+\d+[a-z]?\b[^\n]*$", re.M)
