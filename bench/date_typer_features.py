"""What the learned date re-typer of round 23 (bench/train_date_typer.py; not adopted at run time) reads of one
date mention: the words around the date (a small window and its whole clause), the heading of its section, the
label of its line, where it stands (title, a DATES block, a signature, a table row) and the document's
jurisdiction. Plain strings, one per feature, computed from the text alone."""

from __future__ import annotations

import re

WINDOW = 4  # words each side of the date
HEADING_WORDS = 6
CLAUSE_REACH = 300  # characters each side at most: a clause is no longer than a paragraph's sentence
TITLE_LINES = 3
SIGNATURE_SHARE = 0.85  # the last 15% of a text is where a signature's date stands

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_CLAUSE_END = re.compile(r"[;:\n]|\.\s")
_LINE_LABEL = re.compile(r"^\s*([^\W\d_][^:|\n]{0,40}):\s")
_DATES_BLOCK = re.compile(r"^\s*(dates?|effective dates?|fechas?)\s*:", re.IGNORECASE)


def mention_features(text: str, start: int, end: int, derived: bool, jurisdiction: str | None) -> list[str]:
    """Features of the date at text[start:end]. The rules' type is left out on purpose: trained on the sets
    the rules were fitted to, a model that reads it learns to repeat it (round 23 replay)."""
    before, after = text[max(0, start - CLAUSE_REACH) : start], text[end : end + CLAUSE_REACH]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = _end_of_line(text, end)
    line = text[line_start:line_end]
    features = [f"j={jurisdiction or 'none'}", "bias"] + (["derived"] if derived else [])
    features += [f"b:{w}" for w in _words(before)[-WINDOW:]]
    features += [f"a:{w}" for w in _words(after)[:WINDOW]]
    features += [f"c:{w}" for w in set(_words(_clause_before(before)) + _words(_clause_after(after)))]
    features += [f"h:{w}" for w in _words(_heading(text, line_start))[:HEADING_WORDS]]
    label = _LINE_LABEL.match(line)
    if label and line_start + label.end() <= start:
        features += [f"l:{w}" for w in _words(label.group(1))]
    features += [f"pos:{p}" for p in _positions(text, line_start, line)]
    return features


def _words(span: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(span)]


def _end_of_line(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return end if end >= 0 else len(text)


def _clause_before(before: str) -> str:
    ends = list(_CLAUSE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def _clause_after(after: str) -> str:
    end = _CLAUSE_END.search(after)
    return after[: end.start()] if end else after


def _heading(text: str, line_start: int) -> str:
    """The nearest line above that reads as a heading: short, no closing full stop, not a table row."""
    cursor, seen = line_start, 0
    while cursor > 0 and seen < 60:
        previous = text.rfind("\n", 0, cursor - 1) + 1
        line = text[previous : cursor - 1].strip()
        cursor, seen = previous, seen + 1
        if line and len(line) <= 80 and not line.endswith((".", ",", ";")) and "|" not in line:
            return line
    return ""


def _positions(text: str, line_start: int, line: str) -> list[str]:
    positions = []
    if len([x for x in text[:line_start].split("\n") if x.strip()]) < TITLE_LINES:
        positions.append("title")
    paragraph_start = text.rfind("\n\n", 0, line_start)
    if _DATES_BLOCK.match(line) or _DATES_BLOCK.match(text[paragraph_start + 2 if paragraph_start >= 0 else 0 :]):
        positions.append("dates_block")
    if line_start >= SIGNATURE_SHARE * len(text) and len(line.strip()) <= 80:
        positions.append("signature")
    if "|" in line or "\t" in line:
        positions.append("table")
    if len(line.strip()) <= 40:
        positions.append("short_line")
    return positions
