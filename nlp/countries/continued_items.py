"""A hard-wrapped list item that the sentence splitter cut at a line ending in ';' (a proclamation's clause: '-   The
provisions of Proclamation 1 with respect to imports from Ruritania;\\n    Proclamation 2 with respect to imports
from Freedonia; … shall be ineffective as of …'): its indented continuation lines belong to the item and act as
its first line does (that line acts through the list's lead-in, 'do hereby proclaim as follows:')."""

from __future__ import annotations

from nlp.text.acting import ActingSentences
from nlp.text.sentences import Sentences

MAX_CONTINUATIONS = 12  # fragments of one item, each ending in ';'


def continues_an_acting_item(text: str, offset: int, sentences: Sentences, acting: ActingSentences) -> bool:
    start = sentences.around(offset)[0]
    for _ in range(MAX_CONTINUATIONS):
        if start == 0 or not _indented(text, start):
            return False
        previous = sentences.around(start - 1)[0]
        if not text[previous:start].rstrip().endswith(";"):
            return False
        if acting(previous):
            return True
        start = previous
    return False


def _indented(text: str, start: int) -> bool:
    """The fragment opens an indented line that carries on a clause (no list marker of its own)."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    stripped = line.lstrip(" \t")
    return len(stripped) < len(line) and stripped[:1].isalnum() and not stripped[:2].rstrip(".)").isdigit()
