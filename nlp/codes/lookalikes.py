"""Numbers written like codes that are none: the tail of a phone number, years, dates."""

from __future__ import annotations

import re

from nlp.text.patterns import guarded

# A trunk prefix ('020 7215 5000'): the rest of a phone number is digit groups, never a dotted code ('06 0601.10.11'
# is a chapter column's '06' before its tariff item), nor the last pair of a code before the next code of its cell
# ('3926 20 00 4015 11 00').
TRUNK_PREFIX_BEFORE = guarded(r"(?<![\d.])(?<!\d[ \u00a0])\(?0\d{1,4}\)?[ \u00a0]$")
YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# "2020 2021" in a flattened table, "2019.12-2020" (a month and a year)
YEARS = re.compile(rf"^{YEAR}(?:[ \u00a0]{YEAR}|\.\d\d-{YEAR})$")
# A date written year.month.day (East Asian usage: '2024.01.15', '2005 01 15'): a code only where a keyword says so.
DOTTED_DATE = re.compile(rf"^{YEAR}([. \u00a0])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])$")
