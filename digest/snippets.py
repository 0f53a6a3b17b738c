"""The evidence sentence of each result, with the query's words and codes marked.

The sentence comes from the change's own evidence (where a code, a date or the measure was
found), the one naming the most of the query, a sentence naming a searched code first. Only
the query's concepts are marked, never its stop-words; internal index columns (the code
prefixes) are never shown. When no evidence sentence names the query, a fragment of the
document text around it; failing that, the summary.
"""

from __future__ import annotations

import re

from markupsafe import escape

from digest.query import OPERATORS, TOKEN, Concept, ParsedQuery
from tariffwatch.store import Store
from tariffwatch.store.search import MARK_END, MARK_START, highlight_texts

MAX_CHARS = 320  # a sentence longer than this (a table row, a run-on recital) is cut around its marks
CODE_BONUS = 2


def snippets(store: Store, parsed: ParsedQuery, changes: list[dict]) -> dict[int, str]:
    """{change id: HTML snippet} for the changes that have one."""
    match = highlight_match(parsed)
    if not match or not changes:
        return {}
    candidates = [(change, sentence, bonus) for change in changes for sentence, bonus in _sentences(change, parsed)]
    marked = highlight_texts([sentence for _, sentence, _ in candidates], match)
    best: dict[int, tuple[int, str]] = {}
    for (change, _, bonus), text in zip(candidates, marked, strict=True):
        if text is None:
            continue
        score = len({term.lower() for term in re.findall(f"{MARK_START}(.*?){MARK_END}", text)}) + bonus
        if change["id"] not in best or score > best[change["id"]][0]:
            best[change["id"]] = (score, text)
    found = {change_id: text for change_id, (_, text) in best.items()}
    missing = [change["id"] for change in changes if change["id"] not in found]
    found.update(store.body_snippets(match, missing))
    return {change_id: to_html(trim(text)) for change_id, text in found.items()}


def highlight_match(parsed: ParsedQuery) -> str | None:
    """FTS5 expression for the words to mark: every concept's forms, never a column filter."""
    if parsed.advanced:
        words = TOKEN.findall(OPERATORS.sub(" ", parsed.advanced))
        return " OR ".join(f'"{word}"' for word in words) or None
    return " OR ".join(form for concept in parsed.concepts for form in concept.highlights()) or None


def _sentences(change: dict, parsed: ParsedQuery):
    """(sentence, bonus) of a change's evidence; a sentence naming a searched code gets the bonus."""
    codes = parsed.codes
    seen = set()
    for code in change.get("codes", []):
        sentence = code.get("sentence")
        if sentence and sentence not in seen:
            seen.add(sentence)
            yield sentence, CODE_BONUS if any(_related(code["code"], c) for c in codes) else 0
    evidence = change.get("measure_evidence", []) + change.get("dates", [])
    for sentence in [item.get("sentence") for item in evidence] + [change.get("summary")]:
        if sentence and sentence not in seen:
            seen.add(sentence)
            yield sentence, 0


def _related(code: str, concept: Concept) -> bool:
    return code.startswith(concept.value) or concept.value.startswith(code)


def trim(text: str) -> str:
    """At most about MAX_CHARS, centred on the first mark, never cutting a mark in two."""
    text = " ".join(text.split())
    if len(text) <= MAX_CHARS:
        return text
    first = max(text.find(MARK_START), 0)
    start = max(0, first - MAX_CHARS // 3)
    end = min(len(text), start + MAX_CHARS)
    start = _outside_mark(text, start, backwards=True)
    end = _outside_mark(text, end, backwards=False)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def _outside_mark(text: str, position: int, backwards: bool) -> int:
    """`position` moved to the nearest space outside every mark (or to an end of the text)."""
    marks = [(m.start(), m.end()) for m in re.finditer(f"{MARK_START}.*?{MARK_END}", text)]
    spaces = [m.start() for m in re.finditer(" ", text)]
    spaces = [i for i in (reversed(spaces) if backwards else spaces) if (i <= position if backwards else i >= position)]
    for space in spaces:
        if not any(start <= space < end for start, end in marks):
            return space + 1 if backwards else space
    return 0 if backwards else len(text)


def to_html(text: str) -> str:
    """Escaped text with the marks as <mark>."""
    return str(escape(text)).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
