"""A quota bulletin opens the limits of a preference programme; it does not grant or change the preference.

A CBP quota bulletin ('QB 16-135 2017 AGOA Limits') lays out one quota in labelled fields: its quota period, its
restraint level (the volume) and the numbers to report. The programme it names (AGOA, a free trade agreement, a
trade preference level) is whose quota it is, and the claim for preferential treatment its instructions mention is
how an importer fills it: the bulletin acts on the quota only. A notice without those fields (a proclamation
extending a programme and its limits) keeps the preference.
"""

from __future__ import annotations

import re

FIELDS_CHARS = 3000  # the fields open the bulletin
# the bulletin's field labels, each on a line of its own ('QUOTA PERIOD:', 'Restraint Level and Scope:')
QUOTA_PERIOD_FIELD = re.compile(r"^[^\S\n]*quota\s+period\b[^\n]{0,60}:?[^\S\n]*$", re.I | re.M)
RESTRAINT_FIELD = re.compile(r"^[^\S\n]*restraint\s+(?:level|limit)\b[^\n]{0,40}:?[^\S\n]*$", re.I | re.M)


def is_quota_bulletin(text: str) -> bool:
    """Whether the text opens with a quota bulletin's fields: a quota period and a restraint level."""
    return bool(QUOTA_PERIOD_FIELD.search(text, 0, FIELDS_CHARS) and RESTRAINT_FIELD.search(text, 0, FIELDS_CHARS))


def without_the_programme(measures: list, text: str) -> list:
    """The measures of a quota bulletin less the preference programme whose quota it opens."""
    types = {m.type for m in measures}
    if "tariff_quota" not in types or "preference" not in types or not is_quota_bulletin(text):
        return measures
    return [m for m in measures if m.type != "preference"]
