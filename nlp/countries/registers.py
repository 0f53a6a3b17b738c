"""A register of measures in force: one line per case, '<goods> from <country>' ('Canned pears from Chile',
'Steel wire rod from Ruritania and Freedonia'), as trade-remedy authorities list their duties in force."""

from __future__ import annotations

import re

from nlp.countries.names import find_country_names

# A short capitalised goods name, 'from' or 'exported from', the origins, and nothing else on the line
REGISTER_LINE = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?[A-Z][\w’'()-]*(?:[ \t]+[\w’'()-]+){0,5}[ \t]+(?:exported[ \t]+)?from[ \t]+"
    r"(?:the[ \t]+)?(?P<origins>[A-Z][^\n.;:|]{0,80}?)[ \t]*$",
    re.M,
)
LIST_WORDS = re.compile(r"(?:[\s,]|\band\b|\bthe\b)*")
MIN_REGISTER_LINES = 2  # one such line is a heading or a title; a register lists several cases
REGISTER_REACH = 8000


def register_origins(text: str, skip: set[str]) -> list:
    """The countries of a register's case lines, when at least two lines name goods and only their origins."""
    found: dict[str, tuple[str, int, int]] = {}
    lines = 0
    for line in REGISTER_LINE.finditer(text, 0, min(len(text), REGISTER_REACH)):
        names = _origins_only(text, line.start("origins"), line.end("origins"))
        if not names:
            continue
        lines += 1
        for name in names:
            if name.code not in skip:
                found.setdefault(name.code, (name.code, name.start, name.end))
    return list(found.values()) if lines >= MIN_REGISTER_LINES else []


def _origins_only(text: str, start: int, end: int) -> list:
    """The names that fill text[start:end] with nothing but list words between them; [] otherwise."""
    names, position = list(find_country_names(text, start, end)), start
    for name in names:
        if not LIST_WORDS.fullmatch(text, position, name.start):
            return []
        position = name.end
    return names if names and LIST_WORDS.fullmatch(text, position, end) else []
