"""A safeguard's own scope: the origins it leaves out and the quota it takes the form of.

A global safeguard names the origins it does not apply to ('imports … that are the product of Australia, Canada, the
CBERA beneficiary countries … shall be excluded from the safeguard measure established in this proclamation'): that
is the measure's scope, no exclusion of goods from another measure and no preference of its own. A proclamation
that establishes a tariff-rate quota as the safeguard's form ('To establish a tariff-rate quota on imports of …, the
HTSUS is modified as provided in the Annex') acts on that quota too.
"""

from __future__ import annotations

import re

from nlp.countries.names import find_country_names
from nlp.text.sentences import Sentences

LEFT_OUT_OF_THE_SAFEGUARD = re.compile(
    r"\b(?:the\s+)?products?\s+of\b[^.;]{0,400}?\b(?:shall|will)\s+be\s+(?:excluded|exempt(?:ed)?)\s+from\s+"
    r"(?:the\s+)?(?:application\s+of\s+the\s+)?safeguard\s+measures?\b",
    re.I,
)
# Origins named as left out of the scope of the document's own investigation or of any measure it may lead to ('New
# Zealand and Singapore are excluded from the scope of the investigation and from any potential safeguard measures'):
# its scope too, when the sentence names the countries (a product left out of a measure in force is an exclusion).
ORIGINS_LEFT_OUT = re.compile(
    r"\b(?:are|is|shall\s+be|will\s+be)\s+(?:excluded|exempt(?:ed)?)\s+from\s+(?:the\s+)?(?:scope\s+of\s+(?:the\s+|this\s+)?"
    r"(?:safeguard\s+)?(?:investigation|inquiry)|(?:any\s+)?(?:potential\s+|possible\s+|resulting\s+)?safeguard\s+"
    r"(?:measures?|dut(?:y|ies)|investigation|inquiry))\b",
    re.I,
)
ESTABLISHES_THE_QUOTA = re.compile(r"\bto\s+establish\s+(?:a|the)\s+tariff[- ]rate\s+quotas?\b", re.I)
SCOPE_KINDS = ("exclusion", "preference")


def drop_origins_left_out_of_a_safeguard(hits: dict, text: str, sentences: Sentences) -> None:
    """Exclusion and preference words in a sentence leaving origins out of the document's own safeguard."""
    if "safeguard" not in hits:
        return
    for kind in SCOPE_KINDS:
        kept = [
            (signal, where)
            for signal, where in hits.get(kind, [])
            if not _leaves_origins_out(text, sentences.around(signal.start))
        ]
        if kind in hits and not kept:
            del hits[kind]
        elif kept:
            hits[kind] = kept


def _leaves_origins_out(text: str, sentence: tuple[int, int]) -> bool:
    if LEFT_OUT_OF_THE_SAFEGUARD.search(text, *sentence):
        return True
    left_out = ORIGINS_LEFT_OUT.search(text, *sentence)
    return left_out is not None and next(find_country_names(text, sentence[0], left_out.start()), None) is not None


def establishes_the_quota(quota_hits: list, text: str, sentences: Sentences) -> bool:
    """A sentence that acts by establishing the tariff-rate quota the safeguard takes the form of."""
    return any(
        where == "operative" and ESTABLISHES_THE_QUOTA.search(text, *sentences.around(signal.start))
        for signal, where in quota_hits
    )
