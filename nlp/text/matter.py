"""A tribunal's order names what it rules on in its matter block: 'IN THE MATTER OF an interim review … of the findings
made … concerning:' over the goods and the remedy in capitals ('THE DUMPING AND SUBSIDIZING OF …'), in French 'EU
ÉGARD À un réexamen …, concernant :' ('LE DUMPING DE …'). The order itself then says only that it continues, amends or
rescinds 'the findings': the remedy named under the block is the one it acts on, as a title names it."""

from __future__ import annotations

import re

MATTER_REACH = 1500  # how long the matter block above its goods' heading may run
# the block's lead at a line's start, its 'concerning:' ending the line: alone (blank lines may follow), or with the
# heading line it leads to after it
LEADS = ("IN THE MATTER OF", "EU ÉGARD À", "EU EGARD A")  # as written (case-sensitive), plain words: no escapes
_LEAD = rf"(?:^|\n)[ \t]*(?:{'|'.join(LEADS)})\b[^\n]{{0,1200}}?\b(?:concerning|concernant)\s*:\s*"
MATTER_LEAD = re.compile(_LEAD + "$")
MATTER_LEAD_ANYWHERE = re.compile(_LEAD + r"\n\s*")


def in_matter_heading(text: str, offset: int) -> bool:
    """Whether the line at offset is the heading a matter block's 'concerning:' leads to."""
    line_start = text.rfind("\n", 0, offset) + 1
    if line_start == 0:
        return False
    start = max(0, line_start - MATTER_REACH)
    return _has_a_lead(text, start, line_start) and MATTER_LEAD.search(text, start, line_start) is not None


def matter_headings(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of the heading lines matter blocks lead to in text[:end] (its goods and their origins: 'LE DUMPING DE …
    ORIGINAIRES OU EXPORTÉS DE LA RÉPUBLIQUE POPULAIRE DE CHINE'), one line each."""
    spans = []
    if not _has_a_lead(text, 0, end):
        return spans
    for lead in MATTER_LEAD_ANYWHERE.finditer(text, 0, end):
        start = lead.end()
        line_end = text.find("\n", start)
        spans.append((start, len(text) if line_end < 0 else line_end))
    return spans


def _has_a_lead(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a block's lead, which every match there holds: the patterns open with '^' or a
    line break, so the engine tries them at every position of a text that has none (a few ms a bench pass)."""
    return any(text.find(lead, start, end) >= 0 for lead in LEADS)
