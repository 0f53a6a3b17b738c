"""Typed extraction results. Every fact carries its character span in the document text."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

DATE_TYPES = (
    "publication",
    "document_date",
    "entry_into_force",
    "application_start",
    "application_end",
    "expiry",
    "comment_deadline",
    "registration",
    "other",
)


def plain_dict(fact) -> dict:
    """`dataclasses.asdict` of a fact whose fields hold plain values (str, numbers, None): the same dict, without
    asdict's deep copy of every value (which gives such values back as they are), at a fraction of its cost."""
    return {name: getattr(fact, name) for name in _field_names(type(fact))}


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(field.name for field in fields(kind))


@dataclass(frozen=True)
class CodeMention:
    code: str  # digits exactly as written (separators removed)
    level: str  # chapter | heading | subheading | cn8 | national10
    ex: bool  # 'ex' code: only part of the heading is concerned
    # covered | excluded | deleted | inserted | reinserted | replacement | replaced | former | input | reference
    role: str
    text: str  # the text as written
    start: int
    end: int

    def as_dict(self) -> dict:
        return plain_dict(self)


@dataclass(frozen=True)
class CodeRange:
    code_from: str
    code_to: str
    level: str
    text: str
    start: int
    end: int
    role: str = "covered"  # that of the code it opens: "(excl. … HS 730810 to 730840)" is excluded

    def as_dict(self) -> dict:
        return {
            "from": self.code_from,
            "to": self.code_to,
            "level": self.level,
            "role": self.role,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class DateMention:
    type: str  # one of DATE_TYPES
    date: str  # YYYY-MM-DD
    text: str
    start: int
    end: int
    derived: bool = False  # computed from a relative phrase ("30 days after publication")

    def as_dict(self) -> dict:
        return plain_dict(self)
