"""A quota bulletin's 'Commodity:' field ('COMMODITIES:' / 'Apparel goods … assembled in a CAFTA-DR country, utilizing
materials from Ruritania'): it describes the goods the quota of the bulletin covers, so a country it names is one the
quota concerns, though the field has no verb."""

from __future__ import annotations

import re

from nlp.text.patterns import remembered_for_the_last_text
from nlp.text.tables import block_label

COMMODITY_LABEL = re.compile(r"[ \t]*commodit(?:y|ies)[ \t]*:[ \t]*", re.I)
QUOTA_FIELD = re.compile(r"^[ \t]*(?:quota\s+period|restraint\s+levels?)[ \t]*:?[ \t]*$", re.I | re.M)


def in_a_commodity_field(text: str, offset: int) -> bool:
    if not _has_a_quota_bulletins_fields(text):
        return False
    label = block_label(text, offset)
    return label is not None and COMMODITY_LABEL.fullmatch(label) is not None


@remembered_for_the_last_text
def _has_a_quota_bulletins_fields(text: str) -> bool:
    """Read once a text: the country reader asks for every country it names, and each ask scanned the whole text
    (a long text of recitals naming 8,000 countries: 1.7 CPU s)."""
    return ("ommodit" in text or "OMMODIT" in text) and QUOTA_FIELD.search(text) is not None
