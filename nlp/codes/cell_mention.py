"""One code a layout reader found in a cell, as a mention: its digits (dots dropped), its level, the role of the
sentence it stands in. None where the finder already read that place, or where the digits open no real heading
('00…', a year's or a figure's shape)."""

from __future__ import annotations

from nlp.codes.notation import NO_SUCH_HEADING
from nlp.codes.roles import Roles
from nlp.types import CodeMention
from tariffwatch.codes import level_for


def cell_mention(written: str, start: int, roles: Roles, read: set[int]) -> list[CodeMention]:
    """The code `written` at `start` as a one-item list, or [] where it was read already or names no heading."""
    digits = written.replace(".", "")
    if start in read or digits[:2] == "00" or NO_SUCH_HEADING.match(digits):
        return []
    return [CodeMention(digits, level_for(digits), False, roles.at(start), written, start, start + len(written))]
