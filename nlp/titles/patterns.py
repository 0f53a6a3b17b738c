"""Title and identifier patterns read from data/titles.json (one cached set for the finders), and the mention type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nlp.text.needed_words import Alternatives
from nlp.text.patterns import guarded
from nlp.text.prefilter import scan_gated, scan_gated_builder
from nlp.titles import shapes
from nlp.types import plain_dict


@dataclass(frozen=True)
class TextMention:
    text: str  # whitespace collapsed
    start: int
    end: int
    kind: str = "line"  # "act" (designation), "subject" (a notice's), "designated" (announced by its
    # designation: 'RESOLUCIÓN por la que …'), "labelled" (a record's title field), "line" (a title-like line),
    # "identifier"

    def as_dict(self) -> dict:
        return plain_dict(self)


@dataclass(frozen=True)
class _Patterns:
    act: re.Pattern
    act_may_follow: re.Pattern  # what may stand before a designation on its line
    title_ends: re.Pattern
    opening_numbers: Alternatives  # searched alternative by alternative: most are anchored at a line's start
    title_numbers: re.Pattern
    anywhere_numbers: Alternatives
    agency_line: re.Pattern
    not_title: re.Pattern
    always_title: re.Pattern
    joining_end: re.Pattern
    new_instrument: re.Pattern
    furniture: re.Pattern  # a republishing page's or portal's lines ('Download PDF', a page number)
    cited_as: re.Pattern  # the short-title clause ('may be cited as the X Order 2026')
    title_suffix: re.Pattern  # pages and numbers a republished page appends to a title
    title_prefix: re.Pattern  # the document number a republished page puts before it
    continuing_start: re.Pattern  # a line that goes on with the goods above it ('Exported from …')
    normal_case: dict  # capitals of a designation -> its normal case ('REGULATION' -> 'Regulation')
    bilingual: dict  # French prefix -> English one, for numbers printed in both ('SOR/DORS/2006-167')
    designated: Alternatives  # a title its designation announces (in a flattened line too); alternatives apart
    bulletin_words: re.Pattern  # what the item headings of a bulletin announce ('updates', 'changes')
    title_label: re.Pattern  # a record page's title field ('Title: …', 'Notice Title' over its value)
    issue_only: re.Pattern  # a title field naming only the journal's issue ('The Extra Ordinary Gazette No. 2219/68')
    untitled: re.Pattern  # an instrument printed without a title of its own ('Circular SECEX nº 32')


@scan_gated_builder
@cache
def title_patterns() -> _Patterns:
    data = shapes.titles_data()

    def one(patterns: list[str], flags: int = 0, group: str = "number", apart: bool = False) -> re.Pattern:
        # each alternative names its own group: rename them apart
        parts = [p.replace(f"(?P<{group}>", f"(?P<{group}{i}>") for i, p in enumerate(patterns)]
        joined = "|".join(f"(?:{p})" for p in parts)
        # registered with the prefilter, but not the designated titles: their superset costs the scan more than
        # their search (a dozen words of several languages followed by anything up to a line's end)
        return Alternatives(re.compile(joined, flags)) if apart else scan_gated(guarded(joined, flags))

    numbers = data["numbers"]
    return _Patterns(
        one(data["act"]),
        re.compile(data["act_may_follow"]),
        guarded("|".join(data["title_ends"])),
        Alternatives(one(numbers["opening"], re.M)),
        one(numbers["title"]),
        Alternatives(one(numbers["anywhere"])),
        re.compile(rf"^(?:{'|'.join(data['agency_line'])})"),
        re.compile(rf"^(?:{'|'.join(data['not_title'])})"),
        re.compile(rf"^(?:{'|'.join(data['always_title'])})"),
        re.compile(data["title_goes_on"]["joining_end"]),
        re.compile(data["title_goes_on"]["new_instrument"]),
        re.compile(rf"^(?:{'|'.join(data['furniture']['lines'])})"),
        re.compile(data["cited_as"]["clause"]),
        guarded(data["title_suffix"]["pattern"]),
        re.compile(data["title_prefix"]["pattern"]),
        re.compile(data["title_goes_on"]["continuing_start"]),
        data["normal_case"],
        data["bilingual_numbers"],
        one(data["designated_titles"]["patterns"], group="title", apart=True),
        re.compile(data["bulletin_headings"]["words"]),
        re.compile(data["title_label"]["pattern"], re.M),
        re.compile(data["title_label"]["issue_only"]),
        re.compile(data["untitled"]["pattern"]),
    )


def number_span(match: re.Match) -> tuple[int, int]:
    name = next(key for key, value in match.groupdict().items() if value is not None)
    return match.span(name)
