"""The summary's words (data/summary.json), read once, and their patterns, compiled once."""

import json
import re
from functools import cache
from importlib import resources

from nlp.text.patterns import guarded


@cache
def words() -> dict:
    return json.loads(resources.files("nlp").joinpath("data/summary.json").read_text("utf-8"))


@cache
def cues() -> dict:
    """The summary's verb and goods cues kept apart from its words (data/summary_cues.json)."""
    return json.loads(resources.files("nlp").joinpath("data/summary_cues.json").read_text("utf-8"))


@cache
def compiled(source: str) -> re.Pattern:
    """A pattern of the data compiled once, skipping ahead to where a match can start: the cues are searched in a
    document's whole opening, and one opening with a word boundary ('\\bI,\\s+...') would be tried at every position."""
    return guarded(source)
