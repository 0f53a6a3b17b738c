"""Where a change belongs: its primary product area, the others it touches, inferred areas.

Primary area: the HS chapter most of its product codes fall in (ties: the first stated).
National special chapters (98, 99) say how goods are treated, not which goods: they are a
primary area only when nothing else is known. A range counts for every chapter it covers;
a range over more than BROAD_RANGE chapters ("chapters 1 through 97") is a generic reference
and places nothing. A change that names no product code takes the areas inferred from its
product words (nlp/areas), marked inferred. Only the codes of the goods a change acts on place it
when it has any: the inputs valued in a dumping calculation, codes its recitals cite and goods it
leaves out stay listed but place nothing (nlp.areas.infer.placing_codes).
"""

from __future__ import annotations

from collections import Counter

from nlp.areas.infer import GENERIC_RANGE_CHAPTERS as BROAD_RANGE
from nlp.areas.infer import SPECIAL_CHAPTERS as SPECIAL
from nlp.areas.infer import placing_codes
from tariffwatch.codes import ascii_digits


def code_chapters(code: dict) -> list[str]:
    """Chapters a code row covers: one for a code, each chapter of a range."""
    low = ascii_digits(code["code"])[:2]
    high = ascii_digits(code.get("code_to") or code["code"])[:2]
    if not (low.isdigit() and high.isdigit() and len(low) == 2 and len(high) == 2) or low > high:
        return []
    return [f"{n:02d}" for n in range(int(low), int(high) + 1)]


def chapters_of(change: dict) -> list[str]:
    """Every HS chapter the codes that place a change touch (its covered codes when it has any), ranges
    included, generic ranges left out."""
    chapters = {
        chapter
        for code in placing_codes(change["codes"])
        if len(code_chapters(code)) <= BROAD_RANGE
        for chapter in code_chapters(code)
    }
    return sorted(chapters)


def chapter_counts(change: dict) -> Counter:
    """Codes per chapter, in the order first stated (Counter keeps insertion order for ties)."""
    counts: Counter = Counter()
    for code in sorted(placing_codes(change["codes"]), key=lambda c: c.get("start") or 0):
        chapters = code_chapters(code)
        if len(chapters) <= BROAD_RANGE:
            for chapter in chapters:
                counts[chapter] += 1
    return counts


def inferred_chapters(change: dict) -> list[str]:
    return [area["code"] for area in change.get("areas") or [] if area["level"] == "chapter"]


def placement(change: dict) -> dict:
    """{primary, inferred (bool), others: [{chapter, codes}], broad: [(low, high)]}."""
    counts = chapter_counts(change)
    product = [(chapter, n) for chapter, n in _ranked(counts) if chapter not in SPECIAL]
    inferred = inferred_chapters(change)
    if product:
        primary, is_inferred = product[0][0], False
    elif inferred:
        primary, is_inferred = inferred[0], True
    elif counts:
        primary, is_inferred = _ranked(counts)[0][0], False
    else:
        primary, is_inferred = None, False
    others = [{"chapter": c, "codes": n, "inferred": False} for c, n in _ranked(counts) if c != primary]
    others += [{"chapter": c, "codes": 0, "inferred": True} for c in inferred if c != primary and c not in counts]
    broad = [
        (ascii_digits(c["code"])[:2], ascii_digits(c["code_to"])[:2])
        for c in placing_codes(change["codes"])
        if len(code_chapters(c)) > BROAD_RANGE
    ]
    return {"primary": primary, "inferred": is_inferred, "others": others, "broad": broad}


def _ranked(counts: Counter) -> list[tuple[str, int]]:
    order = {chapter: index for index, chapter in enumerate(counts)}
    return sorted(counts.items(), key=lambda item: (-item[1], order[item[0]]))


def shown_order(code: dict) -> tuple[bool, int]:
    """Sort key for listing a change's codes: specific codes first in document order, bare
    chapters ("72") after them (they say less, and a list opening "72, 73, 76" hides the lines)."""
    bare = code.get("level") == "chapter" or len(ascii_digits(str(code["code"]))) <= 2
    return bare, code.get("start") or 0
