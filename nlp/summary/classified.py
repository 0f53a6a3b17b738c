"""A classification decision that names no measure (the Eurasian Commission's 'классифицируется в субпозиции 8311 20
000 0', in Kazakh '2106 тауар позициясында сыныпталады'; 'is classified under heading 2106'): the lead says it
classifies goods under that heading, never 'announces customs changes' (round 26, final29). Read once per text,
in its opening, from data/summary.json's 'classifications' (pattern, the level's English word)."""

from __future__ import annotations

from nlp.summary.naming import titled_act
from nlp.summary.words import compiled, words

CLASSIFIED_WITHIN = 6000  # the decision's first point states the classification


def classified_under(text: str) -> str | None:
    """'classifies goods under subheading 8311 20 000 0', the first classification the opening states."""
    opening = text[:CLASSIFIED_WITHIN]
    found = [
        (match.start(), level, " ".join(match.group("code").split()))
        for source, level in words()["classifications"]
        if (match := compiled(source).search(opening))
    ]
    if not found:
        return None
    _, level, code = min(found)
    return f"classifies goods under {level} {code}"


def titled_or_classified(title: str | None, text: str, kind: str | None) -> str | None:
    """What the title names the act as doing ('classifies goods in the Combined Nomenclature'), else, for an act
    with no measure of its own, the classification its opening states."""
    if kind not in (None, "other", "nomenclature_change"):
        return None
    return titled_act(title, kind) or (classified_under(text) if kind != "nomenclature_change" else None)
