"""What a text says about a code it names: covered, excluded, deleted, inserted, replaced...

A role word counts when it governs the code: in the same clause with nothing but code words and
other codes between them ("excluding those of subheading 7208 25 00", "delete: 7208 51 20, 7208 52
10"), or as the instruction line that opens the list or table the code stands in ("Please delete
the following:"). A role word inside a product description ("7208 10 00 (excluding coils), 7208 25
00") governs nothing after it, and prose far above a code says nothing about it.
"""

from __future__ import annotations

import re

from nlp.text.sentences import Sentences

ROLE_WORDS = [
    ("reinserted", r"\bre-?insert"),
    ("replacement", r"\breplace(?:d|ment)?\s+(?:with|by)\b|\bsubstitut"),
    ("deleted", r"\bdelet|\brepeal|\bremov|\bterminat|\bcease|\bomit"),
    ("inserted", r"\binsert|\badd(?:ed|ing)?\b|\bnew\s+(?:commodity\s+)?codes?\b"),
    (
        "excluded",
        r"\bexclud(?:e|es|ed|ing)\b|\bexclusions?\s+(?:of|for)\b|\bexcept\b(?!\s+as\b)|\bother\s+than\b"
        r"|\bnot\s+(?:covered|including)\b",
    ),
    ("former", r"\bformer(?:ly)?\b|\bpreviously\b"),
]
ROLE_PATTERN = re.compile("|".join(f"(?P<{role}>{pattern})" for role, pattern in ROLE_WORDS), re.I)
CODE_OR_GLUE = re.compile(r"\bex\b|\d[\d .\u00a0]{2,}\d|\b(?:and|or|and/or|to|through)\b|[,;:–-]", re.I)
GOVERNING_WORDS = 8  # words that may stand between a role word and the code it governs
CLAUSE_REACH = 160
INSTRUCTION_REACH = 1500
LIST_LINE = re.compile(r"^\s*(?:$|[-•*|(]|ex\b|\d{2,})|\|", re.I)


def role_at(text: str, offset: int, sentences: Sentences | None = None, list_role: str | None = None) -> str:
    """The role of the code at `offset`; `list_role` is the role of the list it continues, if any."""
    line_start = text.rfind("\n", 0, offset) + 1
    if sentences is not None:
        floor = max(sentences.around(offset)[0], offset - CLAUSE_REACH)
    else:
        floor = max(line_start, offset - CLAUSE_REACH)
    role = _governing_role(text[floor:offset])
    if role:
        return role
    if list_role:
        return list_role
    if text[line_start:offset].strip(" \t\u00a0-•*|") and "|" not in text[line_start:offset]:
        return "covered"  # inside a sentence: what is above it says nothing about this code
    return _instruction_role(text, line_start) or "covered"


def _governing_role(clause: str) -> str | None:
    matches = list(ROLE_PATTERN.finditer(clause))
    if not matches:
        return None
    last = matches[-1]
    gap = clause[last.end() :]
    if re.search(r"[()]", gap):
        return None  # the role word is inside a description in brackets
    words = CODE_OR_GLUE.sub(" ", gap).split()
    return last.lastgroup if len(words) <= GOVERNING_WORDS else None


def _instruction_role(text: str, line_start: int) -> str | None:
    """The role word of the line that opens the list or table the code stands in: a line of its own
    that ends with a colon, or a short one followed by a blank line ("And replace with")."""
    zone = text[max(0, line_start - INSTRUCTION_REACH) : line_start]
    lines = zone.splitlines()
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        stripped = line.strip()
        if LIST_LINE.search(line) or (stripped and len(stripped) < 40 and not ROLE_PATTERN.search(stripped)):
            continue  # still inside the list, its table or its short headings
        followed_by_blank = index + 1 < len(lines) and not lines[index + 1].strip()
        if stripped.endswith(":") or (len(stripped) <= 80 and followed_by_blank):
            matches = list(ROLE_PATTERN.finditer(stripped))
            return matches[-1].lastgroup if matches else None
        return None
    return None
