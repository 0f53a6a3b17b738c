"""Quota volumes ('3,000 tonnes', 'limited to 90,000 dozen in a calendar year', a table's
'841 tonnes carcass weight equivalent') with the period they are for, and their evidence.

An amount is a quota volume when quota words stand in its sentence, the sentence before it or
its table's header; its period is the date pair in the same row or sentence ('From 21.9.2017
to 31.12.2017'); a recurring period ('in a calendar year') has no dates. Quota order numbers
(09.8400, 050067) carry no unit and are never volumes. Words: data/quotas.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources

from nlp.dates.finder import find_dates
from nlp.text.layout import BACKGROUND, OPERATIVE, Layout
from nlp.text.numbers import NUMBER, parse_number, tidy
from nlp.text.patterns import guarded
from nlp.text.sentences import Sentences
from nlp.text.tables import column_header, line_at, table_header
from nlp.text.textutil import lower_keeping_offsets

NEAR = 40  # where a 'not a quota' word must stand to disqualify an amount
# A '|' table's column of volumes without a unit beside each figure: 'Volume 2025', 'Quarterly Total (tonnes)'.
VOLUME_COLUMN = re.compile(r"\b(?:volumes?|quantit(?:y|ies)|total|quota)\b", re.I)
CELL_FIGURE = guarded(r"(?<=\|)[ \t]*(?P<value>\d{1,3}(?:,\d{3})+|\d{1,9})[ \t]*(?=\||$)", re.M)
HEADER_UNIT = re.compile(r"\(([^()]{1,30})\)")
# A note naming the unit of every volume of the document: 'All quota volumes are expressed in tonnes'.
VOLUMES_NOTE = re.compile(
    r"\b(?:volumes?|quantit(?:y|ies))\b[^.\n]{0,30}?\b(?:expressed|given|stated|shown|are)\s+in\s+"
    r"(?P<unit>[a-z ]{1,30})",
    re.I,
)
CAPTION_REACH = 400  # the caption naming the quotas stands this close above the table's header


@dataclass(frozen=True)
class QuotaMention:
    amount: float | int
    unit: str
    period_start: str | None  # YYYY-MM-DD
    period_end: str | None
    text: str
    start: int
    end: int

    def as_dict(self) -> dict:
        return asdict(self)


@cache
def _words() -> dict:
    data = json.loads(resources.files("nlp").joinpath("data/quotas.json").read_text("utf-8"))
    # a unit of several words may be broken over two lines ("1,117,195 metric tons raw\nvalue")
    units = "|".join(_spaced(u) for u in sorted(data["units"], key=len, reverse=True))
    qualifiers = "|".join(_spaced(q) for q in data["qualifiers"])
    return {
        "amount": guarded(
            rf"(?<![\w.,/])(?P<value>{NUMBER})\s*(?P<unit>{units})\b(?:\s*\(?(?P<qualifier>{qualifiers})\)?)?"
        ),
        "units": {" ".join(unit.split()): name for unit, name in data["units"].items()},
        "quota": guarded("|".join(data["quota_words"])),
        "not_quota": guarded("|".join(data["not_quota"])),
    }


def _spaced(words: str) -> str:
    return r"\s+".join(re.escape(word) for word in words.split(" "))


def find_quotas(text: str, layout: Layout, sentences: Sentences) -> list[QuotaMention]:
    words, lowered = _words(), lower_keeping_offsets(text)
    found = []
    matches = (m for start, end in layout.spans(OPERATIVE) for m in words["amount"].finditer(lowered, start, end))
    for match in matches:
        if layout.kind_at(match.start()) in BACKGROUND:
            continue
        mention = _as_quota(text, lowered, match, sentences, words)
        if mention is not None:
            found.append(mention)
    return found + list(_volume_column_cells(text, lowered, layout, words))


def _volume_column_cells(text: str, lowered: str, layout: Layout, words: dict):
    """Figures of a '|' table's volume columns, below a caption naming quotas, in the unit their header names
    ('(tonnes)') or a note of the document states ('All quota volumes are expressed in tonnes')."""
    if "|" not in text:
        return
    note = VOLUMES_NOTE.search(text)
    note_unit = _unit_named(note.group("unit"), words) if note else None
    tops: dict[int, int] = {}  # each row's line start -> its table's first line
    for cell in CELL_FIGURE.finditer(text):
        start = cell.start("value")
        if layout.kind_at(start) in BACKGROUND:
            continue
        top = _table_top(text, text.rfind("\n", 0, start) + 1, tops)
        header = column_header(text, start) or _first_row_cell(text, top, start)
        if not header or not VOLUME_COLUMN.search(header):
            continue
        in_header = HEADER_UNIT.search(header)
        unit = _unit_named(in_header.group(1), words) if in_header else note_unit
        amount = parse_number(cell.group("value"))
        if unit and amount and words["quota"].search(lowered, max(0, top - CAPTION_REACH), top + 1):
            yield QuotaMention(tidy(amount), unit, None, None, cell.group("value"), start, cell.end("value"))


def _table_top(text: str, line_start: int, tops: dict[int, int]) -> int:
    """Where the '|' table the line at `line_start` belongs to starts (its first '|' line)."""
    visited, position = [], line_start
    while position > 0 and position not in tops:
        visited.append(position)
        above = text.rfind("\n", 0, position - 1) + 1
        if "|" not in text[above : position - 1]:
            break
        position = above
    top = tops.get(position, position)
    for line in visited:
        tops[line] = top
    return top


def _first_row_cell(text: str, top: int, offset: int) -> str | None:
    """The cell of the table's first row above the cell at `offset`, where the rows have as many cells ('Order
    number | … | Volume 2025'): a header with years in it, which column_header passes over."""
    line_start, line_end = line_at(text, offset)
    top_end = text.find("\n", top)
    header, row = text[top : top_end if top_end >= 0 else len(text)].split("|"), text[line_start:line_end].split("|")
    column = text[line_start:offset].count("|")
    return header[column] if len(header) == len(row) and top != line_start else None


def _unit_named(written: str, words: dict) -> str | None:
    """The unit a header or a note names ('tonnes', 'metric tons'), or None."""
    named = words["units"].get(" ".join(written.lower().split()))
    if named is None:
        first = re.match(r"[a-z]+(?: [a-z]+)?", written.lower().strip())
        named = words["units"].get(first.group()) if first else None
    return named


def _as_quota(text: str, lowered: str, match: re.Match, sentences: Sentences, words: dict) -> QuotaMention | None:
    amount = parse_number(match.group("value"))
    if not amount:
        return None
    sentence_start, sentence_end = sentences.around(match.start())
    previous_start = sentences.around(max(0, sentence_start - 1))[0]
    header = table_header(text, match.start())
    context = lowered[previous_start:sentence_end] + "\n" + (header or "").lower()
    near = lowered[max(sentence_start, match.start() - NEAR) : min(sentence_end, match.end() + NEAR)]
    if not words["quota"].search(context) or words["not_quota"].search(near) or _in_an_equation(lowered, match):
        return None
    unit = words["units"][" ".join(match.group("unit").split())]
    if match.group("qualifier"):
        unit = f"{unit} {' '.join(match.group('qualifier').split())}"
    period = _period(text, match.start(), (sentence_start, sentence_end), header is not None)
    return QuotaMention(tidy(amount), unit, *period, text[match.start() : match.end()], match.start(), match.end())


def _in_an_equation(lowered: str, match: re.Match) -> bool:
    """Either side of a unit conversion ('conversion factor: 1 metric ton = 1.10231125 short tons') is no volume."""
    before = lowered[max(0, match.start() - 3) : match.start()]
    after = lowered[match.end() : match.end() + 3]
    return before.rstrip().endswith("=") or after.lstrip().startswith("=")


def _period(text: str, offset: int, sentence: tuple[int, int], in_table: bool) -> tuple[str | None, str | None]:
    """The first two dates of the amount's table row (before it) or sentence: its quota period."""
    start, end = line_at(text, offset) if in_table else sentence
    dates = find_dates(text[start:offset] if in_table else text[start:end])
    if len(dates) < 2 or dates[0].date > dates[1].date:
        return None, None
    return dates[0].date.isoformat(), dates[1].date.isoformat()
