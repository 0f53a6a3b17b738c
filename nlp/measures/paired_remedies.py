"""A remedy named only beside the other one, as a class of measures ('certain Regulations imposing anti-dumping or
anti-subsidy measures', an annex's name 'Rates of anti-dumping and/or countervailing duties'), while the document
names the other remedy on its own where it acts (the anti-dumping duty of one regulation it adds to a list): the pair
names the class, not a measure of the document. Drops the paired-only type from the hits `find_measures`
(nlp/measures/rules.py) gathered."""

from __future__ import annotations

import re

DUMPING = r"(?:anti-?dumping|antidumping)"
SUBSIDY = r"(?:countervailing|anti-?subsidy)"
JOIN = r"(?:\s+(?:dut(?:y|ies)|measures?))?\s+(?:and/or|or|and)\s+(?:definitive\s+)?"
# the other remedy right before or right after the signal, joined by 'and', 'or' or 'and/or'
PARTNER = {
    "countervailing": (re.compile(DUMPING + JOIN + r"$", re.I), re.compile(r"^" + JOIN + DUMPING, re.I)),
    "anti_dumping": (re.compile(SUBSIDY + JOIN + r"$", re.I), re.compile(r"^" + JOIN + SUBSIDY, re.I)),
}
OTHER = {"countervailing": "anti_dumping", "anti_dumping": "countervailing"}
REACH = 40  # how far the partner and its joining word stand from the signal


def drop_remedy_named_only_in_a_pair(hits: dict, text: str) -> None:
    """See the module: a remedy every hit of which is paired with the other remedy, which has a hit of its own."""
    paired = {kind: [_paired(kind, signal, text) for signal, _ in hits.get(kind, [])] for kind in PARTNER}
    for kind, other in OTHER.items():
        if paired[kind] and all(paired[kind]) and paired[other] and not all(paired[other]):
            hits.pop(kind, None)


def _paired(kind: str, signal, text: str) -> bool:
    before, after = PARTNER[kind]
    return bool(
        before.search(text[max(0, signal.start - REACH) : signal.start])
        or after.search(text[signal.end : signal.end + REACH])
    )
