"""Country names in Korean and Arabic, scripts without capitals whose names cannot be found as runs of capitalised
words (names.py). They are found at word edges: a Korean name may carry its origin suffix or a particle glued after it
('중국산', '일본의'), an Arabic name the conjunction or a preposition glued before it ('وتركيا', 'من الصين')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

HANGUL = "\uac00-\ud7a3"
ARABIC = "\u0620-\u064a\u066e-\u06d3"  # its letters, not its comma ('،') nor its digits
# Devanagari, Bengali and Georgian: letters and vowel signs, no capitals ('चीन', 'চীনের', 'ჩინეთიდან'); their case
# endings are listed with the names (data/countries/more_aliases.json)
INDIC_GEORGIAN = "\u0900-\u097f\u0980-\u09ff\u10d0-\u10ff"
HAS_UNCASED = re.compile(f"[{HANGUL}{ARABIC}{INDIC_GEORGIAN}]")
# what may follow a Korean name inside its word: '산' (made in), then a particle ('중국산에 대한', '일본과')
KOREAN_TAIL = "(?:산)?(?:에서|으로|에게|정부|과|와|및|의|은|는|이|가|을|를|에|로|측)?"
# what may precede an Arabic name inside its word: 'و' (and) or 'ف' (so), then 'ب' (by), 'ل' (for) or 'ك' (as):
# 'وبالهند' (and in India)
ARABIC_HEAD = "(?:[وف]?[بلك]|[وف])?"


@cache
def _pattern(script: str) -> re.Pattern | None:
    from nlp.countries.names import names  # the table of every name, built once there

    letters = {"ko": HANGUL, "ar": ARABIC}.get(script, INDIC_GEORGIAN)
    forms = sorted((name for name in names() if re.match(f"[{letters}]", name)), key=len, reverse=True)
    if not forms:
        return None
    alternatives = "|".join(map(re.escape, forms))
    if script == "ko":
        return re.compile(f"(?<![{HANGUL}])({alternatives}){KOREAN_TAIL}(?![{HANGUL}])")
    if script == "ar":
        return re.compile(f"(?<![{ARABIC}]){ARABIC_HEAD}({alternatives})(?![{ARABIC}])")
    return re.compile(f"(?<![{letters}])({alternatives})(?![{letters}])")


def uncased_names(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """(name, start, end) of each Korean or Arabic country name in text[start:end], the name without its glued
    suffix or prefix."""
    if HAS_UNCASED.search(text, start, end) is None:
        return
    for script in ("ko", "ar", "indic_georgian"):
        pattern = _pattern(script)
        if pattern is None:
            continue
        for match in pattern.finditer(text, start, end):
            yield match.group(1), match.start(1), match.end(1)
