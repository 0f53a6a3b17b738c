"""Whole-text scans of the code readers asked first of the process's scan gate (nlp/text/prefilter.py): one Hyperscan
pass over a text tells which of them can match anywhere in it, so a text without a match is not searched. The gate
answers from a superset of each pattern, so a scan it lets through finds what it found before, and one it rules out
would have found nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.text.patterns import finditer_where_possible
from nlp.text.prefilter import may_occur


def gated_finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)`; nothing, without a search, where the scan gate or the pattern's required words rule
    it out (`pattern` registered with `scan_gated`)."""
    return finditer_where_possible(pattern, text) if may_occur(pattern, text) else iter(())
