"""The 'ex' a trade-policy record writes after its code ('8716ex', '8704 ex'): part of that heading, like 'ex 8716'."""

from __future__ import annotations

import re
from functools import lru_cache

# Lower case only ('Ex. 12' is an exhibit). Glued, it is always the code's; after a space only where the list goes on or
# the cell or clause ends: one a digit follows is the next code's ('8702 ex 8704'), and a price '1250 ex works' or an
# 'ex post' review is no code's.
EX_AFTER = r"(?-i:ex\b|[ \u00a0]ex\b(?=[ \u00a0]*(?:[,;:.)\]|\n]|$|(?:and|or|et|ou|und|oder|y)\b)))"
_EX_AFTER = re.compile(EX_AFTER)


def ex_after(match: re.Match) -> str:
    """The 'ex' written right after a candidate code, or ''."""
    return _ex_at(match.string, match.end())


@lru_cache(maxsize=256)
def _ex_at(text: str, end: int) -> str:
    """Cached: the code finder asks for a candidate's 'ex' up to three times (its list glue, its test, its mention); a
    string's hash is kept once computed, so the key costs little."""
    found = _EX_AFTER.match(text, end)
    return found.group() if found else ""
