"""Groups of countries named as one trade partner (data/countries/groups.json): an affected group is its members."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from importlib import resources

from nlp.countries.mention import CountryMention


@cache
def _groups() -> dict[str, tuple[str, ...]]:
    data = json.loads(resources.files("nlp").joinpath("data/countries/groups.json").read_text("utf-8"))
    return {code: tuple(members) for code, members in data.items() if not code.startswith("_")}


def as_members(found: list[CountryMention], skip: set[str]) -> list[CountryMention]:
    """Each group's mention as one mention per member (the group's name their evidence), less the members in
    `skip` (the implementing jurisdiction) and those already found on their own."""
    codes = {mention.code for mention in found}
    result = []
    for mention in found:
        members = _groups().get(mention.code)
        if members is None:
            result.append(mention)
            continue
        for member in members:
            if member not in skip and member not in codes:
                codes.add(member)
                result.append(replace(mention, code=member))
    return result
