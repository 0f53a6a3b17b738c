"""A WTO committee's own record: the minutes of its meeting, its biennial or transitional review of an agreement,
its annual report to the Council.

Such a record reviews the Members' notifications and the operation of an agreement; it enacts, reviews or
announces no measure of its own, and the Members its agenda names ('Colombia – Steel wire rod
(G/SG/N/8/COL/1)') are the notifying Members whose measures were discussed, not origins a measure targets. It says
what it is in its heading ('MINUTES OF THE REGULAR MEETING', 'NINTH BIENNIAL REVIEW OF THE IMPLEMENTATION AND
OPERATION OF THE AGREEMENT ON …') and names the committee whose record it is ('Committee on Safeguards').
"""

from __future__ import annotations

import re

HEADING_CHARS = 1500  # the record's heading stands in its first lines (a portal's heading line may come first)
RECORD_HEADING = re.compile(
    r"^[^\S\n]*(?:Committee\s+on\s+[^\n]{3,80}?\s+-\s+)?(?i:minutes\s+of\s+the\s+(?:regular\s+|special\s+|formal\s+)?"
    r"meeting\b|(?:[a-z]+\s+)?(?:biennial|transitional|annual)\s+review\s+(?:of\s+the\s+implementation|under\s+"
    r"paragraph)\b|(?:draft\s+)?(?:annual\s+)?report\s+(?:\(\d{4}\)\s+)?of\s+the\s+committee\s+on\b)",
    re.M,
)
WTO_COMMITTEE = re.compile(r"\bCommittee\s+on\s+(?:[A-Z][\w-]*)(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4}\b")


def is_committee_record(text: str) -> bool:
    """Whether the text is a WTO committee's record of its own work (minutes, a review, a report)."""
    heading = RECORD_HEADING.search(text, 0, HEADING_CHARS)
    return heading is not None and WTO_COMMITTEE.search(text, 0, HEADING_CHARS) is not None
