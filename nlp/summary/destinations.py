"""Countries a document names only as where goods are exported or removed to (the destinations of a drawback or
refund on export, final28 3941): affected by the README's convention, as the destinations a measure favours, but
the lead never says goods come 'from' them."""

from __future__ import annotations

import re
from functools import cache

from nlp.summary.words import cues

LOOK_BACK = 80  # the export words and the few words between them and the list
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)$", re.I)


@cache
def _destination_before() -> re.Pattern:
    return re.compile("|".join(cues()["export_destination"]), re.I)


def export_destinations(text: str, affected: list) -> set[str]:
    """The codes every mention of which stands in a list opened by export words ('… thereof to Botswana, Eswatini,
    Lesotho and Namibia': each name after the first is joined to the one before it)."""
    mentions = sorted((m for m in affected if m.end > m.start), key=lambda m: m.start)
    destination: dict[str, bool] = {}
    opened_by_export = False
    previous_end = None
    for mention in mentions:
        joined = previous_end is not None and LIST_JOIN.fullmatch(text, previous_end, mention.start)
        if not joined:
            opened_by_export = bool(
                _destination_before().search(text, max(0, mention.start - LOOK_BACK), mention.start)
            )
        destination[mention.code] = destination.get(mention.code, True) and opened_by_export
        previous_end = mention.end
    return {code for code, only in destination.items() if only}
