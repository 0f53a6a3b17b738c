"""Goods a paragraph leaves out of the duty it imposes: the duty's scope, no exclusion.

An act imposing a duty describes its goods and may leave some out in the same paragraph ('A definitive anti-dumping
duty is imposed on imports of steel wire … . Excluded from the duty are galvanised strands of seven wires …'; German
'Es wird ein endgültiger Antidumpingzoll eingeführt auf … Vom geltenden Antidumpingzoll ausgenommen sind …'). That
is the product definition of the measure the act takes, as a proclamation's exemption from the tariff it directs
is, not goods carved out of a measure in force. The imposing words are data (data/measures/imposed_scope.json).
"""

from __future__ import annotations

import re

from nlp.measures.vocabulary import load_measure_data

IMPOSES = re.compile("|".join(load_measure_data("imposed_scope")["imposes"]), re.I)


def drop_scope_of_an_imposed_duty(hits: dict, text: str) -> None:
    """Exclusion words that all stand after an imposing sentence of their own paragraph (line)."""
    exclusions = hits.get("exclusion", [])
    if exclusions and all(_after_imposition_in_its_paragraph(text, signal.start) for signal, _ in exclusions):
        del hits["exclusion"]


def _after_imposition_in_its_paragraph(text: str, offset: int) -> bool:
    paragraph_start = text.rfind("\n", 0, offset) + 1
    return IMPOSES.search(text, paragraph_start, offset) is not None
