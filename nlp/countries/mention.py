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
