"""HS sections and chapters with their titles (built in), for descriptions and validation."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def _data() -> dict:
    return json.loads(resources.files("nlp").joinpath("data/hs_chapters.json").read_text("utf-8"))


def chapter_title(chapter: str) -> str:
    return _data()["chapters"].get(chapter, "Unclassified")


def section_for_chapter(chapter: str) -> dict | None:
    if not chapter.isdigit():
        return None
    number = int(chapter)
    for roman, title, first, last in _data()["sections"]:
        if first <= number <= last:
            return {"number": roman, "title": title}
    return None
