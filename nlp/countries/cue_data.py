"""The country cues as written in data/countries/cues.json, read once for every module that compiles some of them."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def cue_data() -> dict:
    return json.loads(resources.files("nlp").joinpath("data/countries/cues.json").read_text("utf-8"))
