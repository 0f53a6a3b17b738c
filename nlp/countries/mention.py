"""A country named by a document, with its role and evidence span."""

from __future__ import annotations

from dataclasses import dataclass

from nlp.types import plain_dict


@dataclass(frozen=True)
class CountryMention:
    code: str  # ISO 3166-1 alpha-2, 'EU' for the Union, 'EAEU' for the Eurasian Economic Union (groups.json)
    role: str  # implementing | affected
    text: str  # the words naming it ('' when it comes from the document's source)
    start: int
    end: int

    def as_dict(self) -> dict:
        return plain_dict(self)


def names_all_of(text: str, name_start: int, name_end: int, start: int, end: int) -> bool:
    """The name at name_start:name_end is all that text[start:end] (a label, a cell) holds, but for an article before
    it ('The Philippines')."""
    rest = (text[start:name_start] + " " + text[name_end:end]).strip().lower()
    return rest in ("", "the")
