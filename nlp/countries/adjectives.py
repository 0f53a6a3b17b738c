"""Countries named by their adjective: of an origin ('articles of Indian origin'), of the goods a measure targets
('duties imposed on imported Chinese steel products'), of a quota allocation ('the Freedonian beef allocation').
Each yields (code, start, end); nlp/countries/names.py makes them name matches."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from nlp.countries.cue_data import cue_data
from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated, scan_gated_builder

Found = tuple[str, int, int]


def adjectives_naming_countries(text: str, start: int, end: int) -> Iterator[Found]:
    yield from _adjectives_of_origin(text, start, end)
    yield from _adjectives_of_allocation(text, start, end)
    yield from _adjectives_of_targeted_goods(text, start, end)


@cache
def _adjectives() -> tuple[dict[str, str], re.Pattern]:
    data = json.loads(resources.files("nlp").joinpath("data/countries/adjectives.json").read_text("utf-8"))
    adjectives = {word: code for word, code in data.items() if not word.startswith("_")}
    words = "|".join(sorted(adjectives, key=len, reverse=True))
    # 'of Indian or Pakistani origin': each adjective of the list before 'origin' qualifies it
    return adjectives, re.compile(rf"\b(?:{words})(?:\s*(?:,|or|and|and/or)\s+(?:{words}))*$")


ADJECTIVE_REACH = 80  # a list of adjectives before 'origin'
ADJECTIVE = re.compile(r"[A-Z][a-z]+")


def _adjectives_of_origin(text: str, start: int, end: int) -> Iterator[Found]:
    """'articles of Indian origin', 'Chinese-origin parts': the adjective names the origin (only before 'origin';
    looked for back from each 'origin', which few positions hold)."""
    adjectives, before_origin = _adjectives()
    position = text.find("origin", start, end)
    while position > start:
        if text[position - 1] in " -":
            window_start = max(start, position - 1 - ADJECTIVE_REACH)
            found = before_origin.search(text, window_start, position - 1)
            if found:
                for word in ADJECTIVE.finditer(text, found.start(), found.end()):
                    if word.group() in adjectives:
                        yield (adjectives[word.group()], word.start(), word.end())
        position = text.find("origin", position + 6, end)


# A news item names the goods a measure targets by their origin's adjective: 'an investigation on Chinese aluminum
# profiles', 'duties imposed on imported Chinese steel products', 'surtaxes on certain American goods'.
TARGETED_BY_ADJECTIVE = scan_gated(
    re.compile(
        r"\b(?:duties|duty|tariffs?|surtax(?:es)?|investigations?|inquir(?:y|ies)|reviews?|probe|countermeasures)\s+"
        r"(?:imposed\s+)?(?:on|against|into)\s+(?:(?:imports\s+of|imported|certain)\s+){0,2}([A-Z][a-z]+)\s+[a-z]"
    )
)


@scan_gated_builder
@cache
def _action_by_adjective() -> re.Pattern:
    """'the $200 billion action (List 3) against Chinese products': the adjective before the goods' word
    (data/countries/cues.json)."""
    goods = "|".join(cue_data()["action_against_goods"])
    return re.compile(
        r"\bactions?\s+(?:\([^()\n]{1,40}\)\s+)?against\s+(?:(?:imports\s+of|imported|certain)\s+){0,2}"
        rf"([A-Z][a-z]+)\s+(?:{goods})\b"
    )


@cache
def _action_background() -> re.Pattern:
    """The words after 'action against X products' that make it another's or a past action ('taken by the United
    States in 2018'): in the rest of its clause."""
    after = "|".join(cue_data()["action_background_after"])
    return re.compile(rf"[^.;:\n]{{0,80}}?\b(?:{after})", re.I)


def _adjectives_of_targeted_goods(text: str, start: int, end: int) -> Iterator[Found]:
    adjectives = _adjectives()[0]
    for pattern in (TARGETED_BY_ADJECTIVE, _action_by_adjective()):
        for found in pattern.finditer(text, start, end) if may_occur(pattern, text) else ():
            if found.group(1) not in adjectives:
                continue
            if pattern is not TARGETED_BY_ADJECTIVE and _action_background().match(text, found.end()):
                continue  # another's action, or a past one: background
            yield (adjectives[found.group(1)], found.start(1), found.end(1))


@scan_gated_builder
@cache
def _allocation_adjective() -> re.Pattern:
    """A country's adjective, capitalised as written, before the words of a quota allocation."""
    data = cue_data()
    adjectives, _ = _adjectives()
    after = "|".join(pattern.removeprefix("^") for pattern in data["allocation_after_adjective"])
    words = "|".join(sorted(adjectives, key=len, reverse=True))
    return guarded(rf"\b(?:{words})(?=(?i:{after}))")


def _adjectives_of_allocation(text: str, start: int, end: int) -> Iterator[Found]:
    """'an increase to the Ruritanian Refined Sugar limit', 'the Freedonian beef allocation': a quota allocation
    named by its country's adjective (data/countries/cues.json)."""
    adjectives, _ = _adjectives()
    pattern = _allocation_adjective()
    for match in pattern.finditer(text, start, end) if may_occur(pattern, text) else ():
        yield (adjectives[match.group()], match.start(), match.end())
