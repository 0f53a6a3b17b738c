"""A WTO dispute request: one Member asks another for consultations (or asks for a panel) about the other's measure.

The request acts on no measure of its own: the safeguard or anti-dumping duty it complains of is the respondent's,
named as the subject of the dispute, and the respondent is not the origin of goods any measure targets. Such a
request says what it is in its heading ('REQUEST FOR CONSULTATIONS BY VIET NAM') and is made under the Dispute
Settlement Understanding; a national notice about a dispute (a call for comments on a panel request) has neither
heading nor request of its own.
"""

from __future__ import annotations

import re

HEADING_CHARS = 1000  # the heading stands over the communication, in the first lines
OPENING_CHARS = 3000  # the request's first paragraph names the DSU
REQUEST_HEADING = re.compile(
    r"^[^\S\n]*(?i:request\s+(?:for\s+consultations|for\s+the\s+establishment\s+of\s+a\s+panel"
    r"|to\s+join\s+in\s+consultations)\s+by)\b",
    re.M,
)
UNDER_THE_DSU = re.compile(
    r"\bDSU\b|\bDispute\s+Settlement\s+Body\b|\bUnderstanding\s+on\s+Rules\s+and\s+Procedures\s+Governing\s+the"
    r"\s+Settlement\s+of\s+Disputes\b"
)


def is_dispute_request(text: str) -> bool:
    """Whether the text is a Member's request for consultations or for a panel under the DSU."""
    return bool(REQUEST_HEADING.search(text, 0, HEADING_CHARS) and UNDER_THE_DSU.search(text, 0, OPENING_CHARS))
