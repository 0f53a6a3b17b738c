"""The summary's words (data/summary.json), read once."""

import json
from functools import cache
from importlib import resources


@cache
def words() -> dict:
    return json.loads(resources.files("nlp").joinpath("data/summary.json").read_text("utf-8"))
