"""Groups of countries without an ISO code of their own (data/countries/groups.json), each member with the day it
joined: a union that acts for its members ('EAEU', 'GCC': the implementing jurisdiction stands for its member
states on the act's date), and a group named as one trade partner ('EFTA': an affected group stands for its
members)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from functools import cache
from importlib import resources

from nlp.countries.mention import CountryMention


@cache
def _groups() -> dict[str, dict[str, date]]:
    data = json.loads(resources.files("nlp").joinpath("data/countries/groups.json").read_text("utf-8"))
    return {
        code: {member: date.fromisoformat(since) for member, since in members.items()}
        for code, members in data.items()
        if not code.startswith("_")
    }


def member_states(code: str, on: date | None = None) -> set[str]:
    """The states a group's code stands for on `on` (today's members when the day is unknown); any other code
    stands for itself."""
    members = _groups().get(code)
    if members is None:
        return {code}
    return {member for member, since in members.items() if on is None or since <= on}


def as_members(found: list[CountryMention], skip: set[str]) -> list[CountryMention]:
    """Each group's mention as one mention per member (the group's name their evidence), less those already found
    on their own. A group the acting jurisdiction (in `skip`) belongs to is its own side ('the Free Trade Agreement
    between the EFTA States and Ruritania' in a Swiss act favours Ruritania's goods only): dropped."""
    codes = {mention.code for mention in found}
    result = []
    for mention in found:
        members = _groups().get(mention.code)
        if members is None:
            result.append(mention)
            continue
        if skip & members.keys():
            continue
        for member in members:
            if member not in codes:
                codes.add(member)
                result.append(replace(mention, code=member))
    return result
