"""A country whose goods the text puts outside a quota: 'articles the product of Ruritania shall not be permitted or
included under the aforementioned quantitative limitation', 'Products from Ruritania are not eligible for the
tariff-rate quota'. The words after the country say so ('outside_quota_after_country' in data/countries/cues.json):
the quota does not favour that country, so it is not affected."""

from __future__ import annotations

import re
from functools import cache

from nlp.countries.cue_data import cue_data

REACH = 240  # the clause after the country: its subject's rest, the negated verb and the quota words


@cache
def _outside_quota() -> re.Pattern:
    data = cue_data()
    return re.compile("|".join(f"(?:{pattern})" for pattern in data["outside_quota_after_country"]), re.I)


def excluded_from_the_quota(text: str, name_end: int) -> bool:
    """Whether the clause right after a country name (ending at `name_end`) puts its goods outside a quota."""
    return bool(_outside_quota().match(text[name_end : name_end + REACH]))
