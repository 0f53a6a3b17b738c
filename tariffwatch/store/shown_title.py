"""The title a change is shown under: the source's, or, where the crawler only guessed it, what the text states."""

from __future__ import annotations

import json
import re


def shown_title(
    document: dict, official: str | None, identifier: str | None = None, summary: str | None = None
) -> str | None:
    """The source's title, unless it was only guessed from the file (an inbox file without a sidecar title:
    '<title>EUR-Lex - Access to European Union law</title>', 'Skip to content') and the text states its own
    title, or else its own number ('Resolución 1913/2015', 'Proclamation 6517'): a document without a title line
    is known by its number, never by the ministry's name or the wiki page name a guess picks up. Without either,
    a guess that is a sentence, a cut text (a news release's first 300 characters) or the file's name gives way to
    what the document does: its summary's lead clause ('Canada imposes an anti-dumping duty on … from China')."""
    metadata = json.loads(document.get("metadata") or "{}")
    if not metadata.get("title_guessed"):
        return document.get("title") or official
    guess = document.get("title")
    heading = _heading(guess) if guess != metadata.get("filename") else None  # '1016.txt' says nothing
    return official or identifier or heading or _lead_clause(summary) or guess


MAX_HEADING_CHARS = 160
CODE_COUNT = re.compile(
    r"\s*\(\d+ tariff codes?\)$"
)  # longer first lines are paragraphs, or cut to the guess's 300 characters


def _heading(guess: str | None) -> str | None:
    """A guessed first line that reads as a heading: short, without a sentence's full stop."""
    if not guess or len(guess) > MAX_HEADING_CHARS or guess.rstrip().endswith((".", ",", ";", ":")):
        return None
    return guess


def _lead_clause(summary: str | None) -> str | None:
    """The summary's first clause, built from the extracted facts ('Canada imposes … from China')."""
    if not summary:
        return None
    lead = re.split(r"(?<![Nn]o)(?<=[a-z0-9)])\.\s|;\s", summary, maxsplit=1)[0].rstrip(" .")
    lead = CODE_COUNT.sub("", lead)  # the entry lists its codes under the heading
    return lead if 2 <= len(lead.split()) and len(lead) <= MAX_HEADING_CHARS * 2 else None
