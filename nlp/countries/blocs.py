"""Unions without an ISO code of their own (data/countries/blocs.json): their member states on a day."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from importlib import resources


@cache
def _blocs() -> dict[str, dict[str, date]]:
    data = json.loads(resources.files("nlp").joinpath("data/countries/blocs.json").read_text("utf-8"))
    return {
        code: {member: date.fromisoformat(since) for member, since in members.items()}
        for code, members in data.items()
        if not code.startswith("_")
    }


def member_states(code: str, on: date | None = None) -> set[str]:
    """The states a union's code stands for on `on` (today's members when the day is unknown); any other
    code stands for itself."""
    members = _blocs().get(code)
    if members is None:
        return {code}
    return {member for member, since in members.items() if on is None or since <= on}
