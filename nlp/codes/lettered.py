"""National tariff lines written with a capital letter among their digits: Ghana's chapter 98 concessions
('9802.10B00', '9805.00B01', '9809.0V00'), whose letter names the user or purpose of a concessionary line. The letter
belongs to the code (no all-digit form exists), so the code keeps it, as written without the dot ('980210B00').

The scan opens on a literal (the dot before the digits and the letter), so the engine skips ahead to dots; a heading's
four digits must stand before the dot, and nothing glued before or after the code (a reference such as
'Form C.1A00' or 'v2.10B00' is not a heading's shape)."""

from __future__ import annotations

import re

from nlp.codes.roles import Roles
from nlp.text.sentences import Sentences
from nlp.types import CodeMention
from tariffwatch.codes import level_for

LETTERED = re.compile(r"\.(?<=(?<![\w.])(?P<head>\d{4})\.)\d{1,2}[A-Z]\d\d(?![\w.]|,\d)")


def lettered_codes(text: str, sentences: Sentences, read: set[int]) -> list[CodeMention]:
    """Each code of `text` written with a letter among its digits whose start no other reading took."""
    matches = [match for match in LETTERED.finditer(text) if match.start("head") not in read]
    if not matches:
        return []
    roles = Roles(text, sentences)
    found = []
    for match in matches:
        start, end = match.start("head"), match.end()
        written = text[start:end]
        code = written.replace(".", "")
        found.append(CodeMention(code, level_for(code), False, roles.at(start), written, start, end))
    return found
