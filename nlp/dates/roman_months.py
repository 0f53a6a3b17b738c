"""Dates whose month is a Roman numeral: Mexico's tariff sites cite the DOF so ('(DOF 17/X/2017)'), and Polish,
Czech, Slovak, Italian and Romanian texts write '17.X.2017', '17. X. 2017', '17-X-2017'. Capitals only, between a day
and a four-digit year with one separator repeated: 'X' or 'V' alone is no month elsewhere. Cheap: searched only where
a digit and a separator stand before a capital I, V or X."""

from __future__ import annotations

import re
from datetime import date

from nlp.dates.found import FoundDate
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated

ROMAN_MONTHS = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6,
    "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
}  # fmt: skip
# guarded: the engine skips ahead to digits; scan gated: the text's one scan rules out nearly every text at once
ROMAN_MONTH_DATE = scan_gated(
    guarded(
        r"(?<![\w/.-])(?P<day>\d{1,2})(?P<sep>/|-|\.[ \u00a0]?)(?P<month>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
        r"(?P=sep)(?P<year>(?:19|20)\d{2})(?![\w/-]|\.\d)"
    )
)
GATE = re.compile(r"[/.\-](?<=\d[/.\-])[ \u00a0]?[IVX]")  # the separator first: a literal the engine skips to


def roman_month_dates(text: str, taken: bytearray) -> list[FoundDate]:
    """Each date of `text` written with a Roman month, where no other form took its characters."""
    if not may_occur(ROMAN_MONTH_DATE, text) or not GATE.search(text):
        return []
    found = []
    for match in ROMAN_MONTH_DATE.finditer(text):
        start, end = match.span()
        if any(taken[start:end]):
            continue
        try:
            value = date(int(match["year"]), ROMAN_MONTHS[match["month"]], int(match["day"]))
        except ValueError:
            continue
        found.append(FoundDate(value, match.group(), start, end))
        taken[start:end] = b"\x01" * (end - start)
    return found
