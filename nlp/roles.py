"""What a text says about a code it names: covered, excluded, deleted, inserted, replaced..."""
from __future__ import annotations

import re

ROLE_WORDS = [
    ("reinserted", re.compile(r"\bre-?insert", re.I)),
    ("replacement", re.compile(r"\breplace(?:d|ment)?\s+(?:with|by)\b|\bsubstitut", re.I)),
    ("deleted", re.compile(r"\bdelet|\brepeal|\bremov|\bterminat|\bcease", re.I)),
    ("inserted", re.compile(r"\binsert|\badd(?:ed|ing)?\b|\bnew (?:commodity )?codes?\b", re.I)),
    ("excluded", re.compile(r"\bexclud|\bexcept\b|\bother than\b|\bnot (?:covered|including)\b", re.I)),
    ("former", re.compile(r"\bformer(?:ly)?\b|\bpreviously\b", re.I)),
]
INSTRUCTION_LINE = re.compile(r"^[^\n|]{0,80}$", re.M)


def role_at(text: str, offset: int) -> str:
    """The role keyword nearest before `offset`: in the same line, else the last short instruction line."""
    line_start = text.rfind("\n", 0, offset) + 1
    same_line = text[max(line_start, offset - 120):offset]
    role = _role_in(same_line)
    if role:
        return role
    zone = text[max(0, offset - 1500):line_start]
    for line in reversed(zone.splitlines()):
        stripped = line.strip()
        if not stripped or re.search(r"\d{4}", stripped):
            continue
        if len(stripped) <= 80:
            role = _role_in(stripped)
            if role:
                return role
    return "covered"


def _role_in(fragment: str) -> str | None:
    best, best_pos = None, -1
    for role, pattern in ROLE_WORDS:
        for match in pattern.finditer(fragment):
            if match.start() > best_pos:
                best, best_pos = role, match.start()
    return best
