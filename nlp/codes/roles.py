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
# One pass finds every role word; the last one before a code wins.
ROLE_PATTERN = re.compile("|".join(f"(?P<{role}>{pattern.pattern})" for role, pattern in ROLE_WORDS), re.I)
HEADING_DIGITS = re.compile(r"\d{4}")


def role_at(text: str, offset: int) -> str:
    """The role keyword nearest before `offset`: in the same line, else the last short instruction line."""
    line_start = text.rfind("\n", 0, offset) + 1
    same_line = text[max(line_start, offset - 120) : offset]
    role = _role_in(same_line)
    if role:
        return role
    zone = text[max(0, offset - 1500) : line_start]
    for line in reversed(zone.splitlines()):
        stripped = line.strip()
        if not stripped or HEADING_DIGITS.search(stripped):
            continue
        if len(stripped) <= 80:
            role = _role_in(stripped)
            if role:
                return role
    return "covered"


def _role_in(fragment: str) -> str | None:
    matches = list(ROLE_PATTERN.finditer(fragment))
    return matches[-1].lastgroup if matches else None
