"""Names in a list of parts or exceptions that runs past the reach of an exception cue: a schedule item that defines
a country with its territories ('United Kingdom, including the Channel Islands, Gibraltar …, and excluding Anguilla,
Bermuda, the Cayman Islands …'). Names after 'including' that follow a country name are parts of that country (its
goods, not another origin); names after 'excluding' or 'except' are left out. The list holds proper names only: a
lower-case word ('originating in', 'shall') ends it."""

from __future__ import annotations

import re

from nlp.countries.names import find_country_names
from nlp.text.prefilter import may_occur, scan_gated

LIST_CUE = scan_gated(re.compile(r"\b(?:(?P<part>including)|excluding|except(?:\s+for)?|other\s+than)\s*:?\s+", re.I))
# capitalised words, the small words inside names, commas and brackets ('Saint Helena and Dependencies (Ascension
# Island and Tristan Da Cunha)')
# (possessive: a run of capitals must not be split into words in every possible way)
# ('Cote d’Ivoire(CI)': an ISO code glued in brackets, the elided 'd’')
PROPER_NAMES = re.compile(r"(?:[\s,()]++|\b(?:and|the|of|da|de|du|del|et|und)\b|\bd[’']|[A-Z][\w’'.-]*+)*+")
AFTER_A_COUNTRY = re.compile(r"\s*,?\s*$")


def in_a_list_of_parts_or_exceptions(text: str, offset: int) -> bool:
    """Whether the name at `offset` stands in such a list, in its line or clause."""
    clause_start = max(text.rfind("\n", 0, offset), text.rfind(";", 0, offset)) + 1
    cues = list(LIST_CUE.finditer(text, clause_start, offset)) if may_occur(LIST_CUE, text) else []
    if not cues or not PROPER_NAMES.fullmatch(text, cues[-1].end(), offset):
        return False
    cue = cues[-1]
    return cue.group("part") is None or _follows_a_country(text, clause_start, cue.start())


def _follows_a_country(text: str, start: int, end: int) -> bool:
    """'United Kingdom, including': the cue qualifies the country named just before it ('certain countries,
    including' does not)."""
    names = list(find_country_names(text, start, end))
    return bool(names) and bool(AFTER_A_COUNTRY.fullmatch(text, names[-1].end, end))
