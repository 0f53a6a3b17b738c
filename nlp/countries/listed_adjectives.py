"""A country's adjective written in a list of country names in place of the name ('imported from Cambodia, China,
Malaysia, Portuguese, Taiwan and Vietnam'): a writer's slip, common in translated news items, that still names the
country. Only an adjective with a country name on each side of it, joined by a comma or 'and'/'or', is read: an
adjective beside one name only ('Chinese, Indian producers', 'China and Indian industry') is left to the other rules.
English adjectives as data/countries/adjectives.json writes them; found once per text window by one pattern."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from nlp.text.patterns import guarded
from nlp.text.prefilter import may_occur, scan_gated_builder

# a neighbour of the adjective in its list: one to four capitalised words ('Taiwan', 'Republic of Korea')
NEIGHBOUR_WORDS = r"[A-Z][\w'’-]*(?:\s+(?:of|the|and)?\s*[A-Z][\w'’-]*){0,3}"
GLUE = r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+"


@scan_gated_builder
@cache
def _listed_adjective() -> re.Pattern:
    words = "|".join(sorted(_adjectives(), key=len, reverse=True))
    return guarded(rf"(?<=[A-Za-z)])(?:{GLUE})({words})(?={GLUE})")


@cache
def _adjectives() -> dict[str, str]:
    data = json.loads(resources.files("nlp").joinpath("data/countries/adjectives.json").read_text("utf-8"))
    return {word: code for word, code in data.items() if not word.startswith("_")}


def listed_adjectives(text: str, start: int, end: int, is_name) -> Iterator[tuple[str, int, int]]:
    """(code, start, end) of each adjective standing between two country names of a list; `is_name(words)` tells
    whether a neighbour's words are a country's name."""
    pattern = _listed_adjective()
    if not may_occur(pattern, text):
        return
    for found in pattern.finditer(text, start, end):
        before = re.search(rf"({NEIGHBOUR_WORDS})$", text[max(start, found.start() - 60) : found.start()])
        after = re.match(rf"(?:{GLUE})({NEIGHBOUR_WORDS})", text[found.end(1) : min(end, found.end(1) + 60)])
        if before and after and _ends_in_name(before.group(1), is_name) and _starts_with_name(after.group(1), is_name):
            yield _adjectives()[found.group(1)], found.start(1), found.end(1)


def _ends_in_name(words: str, is_name) -> bool:
    parts = words.split()
    return any(is_name(" ".join(parts[i:])) for i in range(len(parts)))


def _starts_with_name(words: str, is_name) -> bool:
    parts = words.split()
    return any(is_name(" ".join(parts[: i + 1])) for i in range(len(parts)))
