"""A country listed among the parties in the name of an agreement of three or more ('the Agreement between the United
States of America, the United Mexican States, and Canada', as US orders name the USMCA): it names the agreement,
not an origin of the goods the act targets. A bilateral agreement's name ('the Agreement between the European Union
and Ruritania') and one of the EU's 'of the one part, and …, of the other part' are not read here: their partner may
be the origin a preference favours."""

from __future__ import annotations

import re

from nlp.text.patterns import guarded

# the agreement's name up to the country: parties separated by commas, no sentence or clause end between
PARTIES_BEFORE = guarded(r"\bAgreement\s+between\s+(?:the\s+)?(?P<parties>[^.;:()]{3,160})$")
BILATERAL_FORMULA = re.compile(r"\b(?:of\s+the\s+(?:one|other)\s+part|parts?)\b", re.I)
REACH = 200


def among_plurilateral_parties(text: str, start: int) -> bool:
    if "Agreement between" not in text:
        return False
    before = PARTIES_BEFORE.search(text, max(0, start - REACH), start)
    if before is None:
        return False
    parties = before.group("parties")
    return "," in parties and not BILATERAL_FORMULA.search(parties)
