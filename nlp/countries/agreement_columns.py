"""A schedule's rate column headed by a trade agreement that names its partner ('Rate of Import Duty under
ASEAN-Japan Comprehensive Economic Partnership' over columns of yearly rates): the rates favour the partner's goods,
so the partner is affected, though no operative sentence names it (a gazette's schedule printed without its order)."""

from __future__ import annotations

import re
from functools import cache

from nlp.countries.cited_instruments import in_a_cited_instrument
from nlp.countries.cue_data import cue_data
from nlp.countries.exceptions import after_exception
from nlp.countries.mention import CountryMention
from nlp.countries.names import find_country_names
from nlp.text.sentences import Sentences


@cache
def _headers() -> re.Pattern:
    return re.compile(cue_data()["agreement_rate_columns"])


def partners_of_agreement_columns(text: str, skip: set[str], sentences: Sentences) -> list[CountryMention]:
    """The partners named in the agreement of a rate column's header (at the head of a line or cell); the acting
    state and its union are skipped, and so is a name after an exception or in a cited instrument."""
    found: dict[str, CountryMention] = {}
    for header in _headers().finditer(text):
        for name in find_country_names(text, *header.span(1)):
            if name.code in skip or after_exception(text, name.start, sentences):
                continue
            if not in_a_cited_instrument(text, name.start):
                found.setdefault(
                    name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
                )
    return list(found.values())
