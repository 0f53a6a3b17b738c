"""Which of a document's measures its affected countries stand with. An act that amends several instruments names
each country in the provision of the measure that concerns it ('6. In the Customs (Additional Duty) (Russia and
Belarus) Regulations … goods which have originated from— Belarus …'): the summary pairs the countries with that
measure, never with the measure it leads with when that one stands in other provisions only."""

from __future__ import annotations

import bisect
import re

# A provision opens a line: 'Article 3', 'Section 2', 'Regulation 6', '6. In regulation 2 …'; so does a part in
# capitals ('EXPLANATORY NOTE', 'SCHEDULE'), which ends the provision before it.
PROVISION = re.compile(
    r"^[ \t]*(?:(?:Article|Section|Regulation|Rule)[ \t]+\d+[A-Za-z]?\b|\d{1,3}[A-Za-z]?\.[ \t]+(?=\S)"
    r"|[A-Z]{3,}(?:[ \t]+[A-Z]{2,})*[ \t]*$)",
    re.M,
)
# A heading over a provision: one short line that ends no sentence ('Amendment of the Customs (Additional Duty) …').
HEADING_BEFORE = re.compile(r"(?:^|\n)([^\n]{3,200})\n[ \t]*\n?[ \t]*$")
MAX_SHOWN = 3  # the lead names the measure it leads with and two others ('it also concerns …')


def countries_measure(text: str, signals: list, affected: list, kinds: list[str]) -> str | None:
    """The measure type, other than the lead's (kinds[0]) and among the next ones the summary names, in whose
    provisions every affected country is named; None where a country stands with the lead's measure, outside any
    provision, in a provision that names no measure, or where the countries' provisions name different ones."""
    if len(kinds) < 2 or not affected:
        return None
    starts = _provision_starts(text)
    if len(starts) < 2:
        return None  # no provisions: a notice's countries and measures share its one body
    found: set[str] = set()
    for mention in affected:
        if mention.end <= mention.start:
            return None  # a country from the source's metadata stands nowhere in the text
        span = _provision_at(starts, mention.start, len(text))
        if span is None:
            return None
        near = {s.kind for s in signals if span[0] <= s.start < span[1] and not s.declined and s.kind in kinds}
        if not near or kinds[0] in near:
            return None
        found |= near
    other = found.pop() if len(found) == 1 else None
    return other if other in kinds[1:MAX_SHOWN] else None


def _provision_starts(text: str) -> list[int]:
    """Where each provision begins, its heading line included."""
    starts = []
    for match in PROVISION.finditer(text):
        heading = HEADING_BEFORE.search(text, max(0, match.start() - 220), match.start())
        own = (
            heading
            and not heading.group(1).rstrip().endswith((".", ";", ":", ","))
            and not PROVISION.match(heading.group(1))
        )
        starts.append(heading.start(1) if own else match.start())
    return sorted(set(starts))


def _provision_at(starts: list[int], offset: int, length: int) -> tuple[int, int] | None:
    index = bisect.bisect_right(starts, offset) - 1
    if index < 0:
        return None
    return starts[index], starts[index + 1] if index + 1 < len(starts) else length
