"""A Federal Register notice run into one paragraph by a republisher or a GPO text file: its subject in title case
stands between its docket or billing line in brackets (an agency's name in capitals may follow it) and 'AGENCY:'
('[A-588-833] Stainless Steel Bar From Japan: Initiation … in Part AGENCY: Import Administration, …').
A rendering that runs the agency's name and the action line in before 'AGENCY:' ('… Antidumping Duty Investigation
United States International Trade Commission. ACTION: Notice. AGENCY: The Commission …') ends the subject before
the agency's name."""

from __future__ import annotations

from nlp.text.patterns import guarded

FLAT_TITLED_SUBJECT = guarded(
    r"\][ \t]+(?:[A-Z][A-Z.,'’&-]+[ \t]+){0,12}"
    r"(?P<subject>[A-Z][a-z][^\[\]\n]{20,400}?)"
    r"(?:[ \t]+AGENCY:|[ \t]+(?:United[ \t]+States|U\.S\.|Department|Office|Bureau)"
    r"(?:[ \t]+(?:of|the|and|for|on|[A-Z][\w'’&-]*)){0,8}\.[ \t]+ACTION:[^\n]{0,80}?[ \t]AGENCY:)"
)


def flat_titled_subject(text: str, end: int) -> tuple[int, int] | None:
    """The span of a flattened notice's title-case subject before 'AGENCY:', within the first `end` characters."""
    match = FLAT_TITLED_SUBJECT.search(text, 0, end)
    return match.span("subject") if match else None
