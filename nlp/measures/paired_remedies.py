"""A remedy named only beside the other one, as a class of measures ('certain Regulations imposing anti-dumping or
anti-subsidy measures', an annex's name 'Rates of anti-dumping and/or countervailing duties'), while the document
names the other remedy on its own where it acts (the anti-dumping duty of one regulation it adds to a list): the pair
names the class, not a measure of the document. Two remedies joined by a plain 'and' are two measures ('initiated a
transition review of antidumping and countervailing duties on …'). Drops the paired-only type from the hits
`find_measures` (nlp/measures/rules.py) gathered."""

from __future__ import annotations

import re

DUMPING = r"(?:anti-?dumping|antidumping)"
SUBSIDY = r"(?:countervailing|anti-?subsidy)"
JOIN = r"(?:\s+(?:dut(?:y|ies)|measures?))?\s+(?:and/or|or)\s+(?:definitive\s+)?"
JOIN_AND = r"(?:\s+(?:dut(?:y|ies)|measures?))?\s+and\s+(?:definitive\s+)?"
# a plain 'and' pair names the class only after a quantifier or acts in the plural ('all anti-dumping and
# anti-subsidy measures on products also subject to the safeguard', 'the regulations imposing anti-dumping and
# anti-subsidy measures'); otherwise it joins two measures the document acts on ('initiated a
# transition review of antidumping and countervailing duties on …')
CLASS_OF = r"\b(?:all|any|certain|existing|other|such|(?:regulations|decisions|acts|orders)\s+imposing)\s+"
# the other remedy right before or right after the signal, joined by 'or', 'and/or', or a quantified 'and'
PARTNER = {
    kind: (
        re.compile(f"(?:{other}{JOIN}|{CLASS_OF}{other}{JOIN_AND})$", re.I),
        re.compile(f"^{JOIN}{other}", re.I),
        re.compile(f"^{JOIN_AND}{other}", re.I),
    )
    for kind, other in (("countervailing", DUMPING), ("anti_dumping", SUBSIDY))
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
    before, after, after_and = PARTNER[kind]
    preceding = text[max(0, signal.start - REACH) : signal.start]
    following = text[signal.end : signal.end + REACH]
    return bool(
        before.search(preceding)
        or after.search(following)
        or (after_and.search(following) and re.search(CLASS_OF + r"$", preceding, re.I))
    )
