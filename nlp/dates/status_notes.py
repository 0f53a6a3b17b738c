"""A legal database's notes about LATER acts under an act's heading (data/date_status_notes.json): "Утратило силу
решением … от 14 сентября 2031 г. № 80" (repealed by), "Продление действия:" over the acts that prolonged it, "Срок
действия ставки … продлен по 31 декабря 2032 г. включительно решением … от …". Their dates are those acts' and what
those acts did (a prolongation the later act decided is its own measure, not this act's): `other`. A note's act
heading line would otherwise read as this act's own heading, and its "по … включительно" as this act's end."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from nlp.types import DateMention


@cache
def _notes() -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    data = json.loads(resources.files("nlp").joinpath("data/date_status_notes.json").read_text("utf-8"))
    flags = re.I | re.M
    return (
        re.compile(data["note"], flags),
        re.compile(data["list_note"], flags),
        re.compile(data["list_item"], flags),
        data["head"],
    )


def later_acts_in_status_notes(text: str, mentions: list[DateMention]) -> list[DateMention]:
    spans = _note_lines(text)
    if not spans:
        return mentions
    return [
        DateMention("other", m.date, m.text, m.start, m.end, m.derived)
        if any(start <= m.start < end for start, end in spans)
        else m
        for m in mentions
    ]


def _note_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the note lines in the text's head: each note's line, and the act lines listed under a note."""
    note, list_note, list_item, head = _notes()
    spans = [_line(text, found.start()) for found in note.finditer(text, 0, head)]
    for found in list_note.finditer(text, 0, head):
        position = _line(text, found.start())[1] + 1
        while position < len(text) and list_item.match(text, position):
            line = _line(text, position)
            spans.append(line)
            position = line[1] + 1
    return spans


def _line(text: str, offset: int) -> tuple[int, int]:
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, end if end >= 0 else len(text)
