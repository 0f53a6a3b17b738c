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
from dataclasses import dataclass
from functools import cache
from importlib import resources

from nlp.dates.finder import find_dates
from nlp.quotas.allocation_rows import allocation_cells
from nlp.quotas.amended import amended_column_volumes
from nlp.quotas.columns import column_volumes
from nlp.quotas.context import (
    CEILING_BEFORE,
    CEILING_REACH,
    CHANGED_BY,
    PER_BASE,
    a_statistic_over_years,
    a_step_beside_a_volume,
    an_increment_beside_its_total,
    in_a_bulletin,
    in_an_equation,
    list_lead_in,
    quota_field,
    referring_sentence,
    unit_in_the_next_row,
)
from nlp.quotas.glued import glued_row_volumes, spans_of_glued_rows
from nlp.quotas.marked import cell_line_volumes, marked_volumes
from nlp.quotas.spelled import is_spelled, spelled_amount, spelled_amounts
from nlp.quotas.unit_headed import unit_headed_rows
from nlp.text.bare_bulletin import bare_bulletin_allotments
from nlp.text.layout import OPERATIVE, Layout
from nlp.text.narrated import narrates
from nlp.text.numbers import NUMBER, parse_number, spelled_number, tidy
from nlp.text.ordered_rows import ordered_rows, volume_cells
from nlp.text.patterns import guarded, may_match
from nlp.text.prefilter import may_occur, scan_gated_builder
from nlp.text.sentences import Sentences
from nlp.text.tables import block_label, cell_span, line_at, table_header
from nlp.text.textutil import lower_keeping_offsets
from nlp.types import plain_dict

FALLBACK_ZONES = frozenset({"recitals"})  # as for rates (nlp/rates/finder.py)
CALENDAR_YEAR = re.compile(r"\bcalendar\s+year\s+((?:19|20)\d\d)\b", re.I)  # the row an amendment adds
MYRIAD = 10_000  # '1만8810t': one myriad and 8,810
NEAR = 40  # where a 'not a quota' word must stand to disqualify an amount
CONTAINER_REACH = 80  # how far before an amount the goods' containers it measures may be named
IN_CONTAINERS = re.compile(r"\bin\s+containers?\b(?:[^.;:]|\.(?=\d))*$")


@dataclass(frozen=True)
class QuotaMention:
    amount: float | int
    unit: str | None  # None: the copy does not print it (a quota table that lost its header)
    period_start: str | None  # YYYY-MM-DD
    period_end: str | None
    text: str
    start: int
    end: int

    def as_dict(self) -> dict:
        return plain_dict(self)


@scan_gated_builder
@cache
def _words() -> dict:
    data = json.loads(resources.files("nlp").joinpath("data/quotas.json").read_text("utf-8"))
    # a unit of several words may be broken over two lines ("1,117,195 metric tons raw\nvalue")
    units = "|".join(_spaced(u) for u in sorted(data["units"], key=len, reverse=True))
    qualifiers = "|".join(_spaced(q) for q in data["qualifiers"])
    # counted goods name a column of goods ('Class of vehicles'), never its unit
    header_units = "|".join(
        _spaced(u) for u in sorted(data["units"], key=len, reverse=True) if data["units"][u] not in data["goods_units"]
    )
    scales = "|".join(_spaced(s) for s in sorted(data["scales"], key=len, reverse=True))
    return {
        "amount": guarded(
            # a figure may be joined to its unit as an adjective ('a 10,000-tonne quota'); a figure opening with a
            # zero before another digit is a quota's serial number before its unit column ('09.2600 kg Slack wax');
            # the figure restating a number in words stands in brackets ('Ten thousand (10,000) metric tonnes'), so may
            # the unit ('54,210 (metric tons)'); a Korean myriad goes on with its remainder ('1만8810t' = 18,810)
            rf"(?:(?<![\w.,/])|(?<=[\u4e00-\u9fff]))(?P<open>\((?=\d))?(?!0\d)(?P<value>{NUMBER})"
            r"(?:(?P<myriad>[만万])(?P<rest>\d{1,4})(?![\d,.]))?(?(open)\))"
            rf"(?:\s*(?P<scale>{scales})\.?)?(?:\s*|[-\u2010\u2011]\s*)(?P<unit_open>\()?(?P<unit>{units})"
            # a Chinese figure stands glued to the words around it ('为963.6万吨,'), a Korean unit to its particle
            r"(?:\b|(?<=[\u4e00-\u9fff])|(?=[\uac00-\ud7a3]))(?(unit_open)\))"
            r"(?![’']\w)"  # a paragraph's number before a French elided article ('6 L’attribution …') is no '6 l'
            rf"(?:\s*\(?(?P<qualifier>{qualifiers})\)?)?"
        ),
        "scales": {" ".join(scale.split()): factor for scale, factor in data["scales"].items()},
        "spelled_amount": spelled_amount(scales, units, qualifiers),
        "header_units": header_units,
        "units": {" ".join(unit.split()): name for unit, name in data["units"].items()},
        "quota": guarded("|".join(data["quota_words"])),
        "not_quota": guarded("|".join(data["not_quota"])),
        "table_quota": guarded("|".join(data["table_quota_words"])),
        "statistics": guarded("|".join(data["statistics"])),
        "unit_word": guarded(rf"(?<![\w'’])(?:{header_units})\b"),
        "stated_unit": guarded(
            rf"\b(?:volume|quantit|quota|figure|amount)\w*\b[^.\n|]{{0,60}}?(?:\bin\s+|\(\s*(?:in\s+)?)(?:metric\s+|net\s+)?"
            rf"(?P<unit>{header_units})\b"
        ),
    }


def unit_headed_labels(text: str) -> set[int]:
    """Where the rows of the text's allocation lists that carry their unit in a header begin ('Country Limits (KG)' /
    'Argentina (export certificate required) 20,000,000'): each such row allots its country a quantity."""
    words = _words()
    rows = unit_headed_rows(text, words["header_units"], words["units"])
    return {text.rfind("\n", 0, row.label_start) + 1 for row in rows}


@cache
def allotted_quantity() -> re.Pattern:
    """A quantity in a quota unit, its figure and unit in one cell or in two cells of a row ('12,400,000 | kg |'):
    what a bulletin's allocation field allots a country."""
    units = "|".join(_spaced(unit) for unit in sorted(_words()["units"], key=len, reverse=True))
    return re.compile(rf"\d[\d,. ]*\s*(?:\|\s*)?(?:{units})\b", re.I)


def _spaced(words: str) -> str:
    return r"\s+".join(re.escape(word) for word in words.split(" "))


def find_quotas(text: str, layout: Layout, sentences: Sentences) -> list[QuotaMention]:
    """The operative part's volumes; where it states none, those of the recitals (a US proclamation states the
    agreed tariff-rate quota volume in its numbered preamble and orders only 'the TRQ set out in the Annex')."""
    words, lowered = _words(), lower_keeping_offsets(text)
    found = _glued_quotas(text, lowered, layout, words)
    found += _stated_quotas(text, lowered, layout, sentences, OPERATIVE, spans_of_glued_rows(text) if found else [])
    found += _column_quotas(text, lowered, layout, words, {mention.start for mention in found})
    found += _amended_quotas(text, lowered, layout, sentences)
    found += _bare_bulletin_quotas(text, {mention.start for mention in found})
    if found:
        return found
    # a copy that lost the enacting formula and the article headings (a corpus's plain text of a regulation: its
    # whole text reads as preamble) states its volumes there
    zones = FALLBACK_ZONES if layout.spans(OPERATIVE - {"body"}) else FALLBACK_ZONES | {"preamble"}
    return _stated_quotas(text, lowered, layout, sentences, zones)


def _stated_quotas(
    text: str,
    lowered: str,
    layout: Layout,
    sentences: Sentences,
    zones: frozenset[str],
    glued: list[tuple[int, int]] | None = None,
) -> list[QuotaMention]:
    words, found = _words(), []
    matches = (m for start, end in layout.spans(zones) for m in _amounts(lowered, start, end, words))
    for match in matches:
        if layout.kind_at(match.start()) not in zones:
            continue
        if glued and any(start <= match.start() < end for start, end in glued):
            continue  # a glued row's number and figure read as one ('Note 416,957 liters'): read by _glued_quotas
        if "recitals" in zones and narrates(lowered, match.start(), sentences):
            continue  # a recital telling what a report said or an earlier act did, not the volume the act adopts
        mention = _as_quota(text, lowered, match, sentences, words)
        if mention is not None:
            found.append(mention)
    return found


def _amounts(lowered: str, start: int, end: int, words: dict):
    """The amounts in figures, then those in words ('one thousand metric tonnes')."""
    if may_occur(words["amount"], lowered):
        yield from words["amount"].finditer(lowered, start, end)
    yield from spelled_amounts(lowered, start, end, words["spelled_amount"])


def _glued_quotas(text: str, lowered: str, layout: Layout, words: dict) -> list[QuotaMention]:
    """The volumes of a quota table whose rows lost their cell separators (nlp/quotas/glued.py), with the bulletin's
    labelled period."""
    found = []
    for amount, unit, start, end in glued_row_volumes(text, lowered, words):
        if layout.is_operative(start):
            period = _labelled_period(text)
            found.append(QuotaMention(tidy(amount), unit, *period, text[start:end], start, end))
    return found


def _bare_bulletin_quotas(text: str, taken: set[int]) -> list[QuotaMention]:
    """The volumes of a bulletin copied without its labels (nlp/text/bare_bulletin.py), with the first period of its
    head."""
    allotted = [a for a in bare_bulletin_allotments(text) if a.amount is not None and a.start not in taken]
    if not allotted:
        return []
    period = _head_period(text, allotted[0].label_start)
    return [QuotaMention(a.amount, a.unit, *period, text[a.start : a.end], a.start, a.end) for a in allotted]


def _head_period(text: str, end: int) -> tuple[str | None, str | None]:
    """The first line above `end` that holds a period's two dates."""
    position = 0
    while position < end:
        line_end = text.find("\n", position, end)
        line_end = end if line_end < 0 else line_end
        period = _period(text, line_end, (position, line_end), False)
        if period[0] is not None:
            return period
        position = line_end + 1
    return None, None


def _column_quotas(text: str, lowered: str, layout: Layout, words: dict, taken: set[int]) -> list[QuotaMention]:
    """Bare figures of a quota table's volume column, with the period of their column or row."""
    found = []
    for volume in column_volumes(text, lowered, words):
        if volume.start in taken or not layout.is_operative(volume.start):
            continue
        taken.add(volume.start)
        period = volume.period if volume.period[0] else _period(text, volume.start, (0, 0), True)
        if period[0] is None:
            period = _labelled_period(text)  # a bulletin's table of tranches: the bulletin's 'Quota Period:'
        evidence = text[volume.start : volume.end]
        found.append(QuotaMention(tidy(volume.amount), volume.unit, *period, evidence, volume.start, volume.end))
    for volume in (*marked_volumes(text, words["units"]), *cell_line_volumes(text)):  # tables one cell a line
        if volume.start not in taken and layout.is_operative(volume.start):
            taken.add(volume.start)
            evidence = text[volume.start : volume.end]
            found.append(
                QuotaMention(tidy(volume.amount), volume.unit, *volume.period, evidence, volume.start, volume.end)
            )
    found += _ordered_quotas(text, lowered, layout, taken, words)
    found += _unit_headed_quotas(text, lowered, layout, taken, words)
    found += _allocation_table_quotas(text, layout, taken, words)
    return found


def _allocation_table_quotas(text: str, layout: Layout, taken: set[int], words: dict) -> list[QuotaMention]:
    """The figures of a table of allocations per holder whose unit stands in its heading ('Annual allocation in
    kilograms' over a company's row of yearly figures)."""
    found = []
    for cell in allocation_cells(text, words["units"]):
        if cell.start in taken or not layout.is_operative(cell.start):
            continue
        taken.add(cell.start)
        found.append(QuotaMention(tidy(cell.amount), cell.unit, None, None, cell.text, cell.start, cell.end))
    return found


HEADER_CONTEXT = 400  # how far above an allocation list its quota words stand ('Quota Period:')


def _unit_headed_quotas(text: str, lowered: str, layout: Layout, taken: set[int], words: dict) -> list[QuotaMention]:
    """The figures of a bulletin's allocation list whose unit stands in its header ('Country Limits (KG)')."""
    found = []
    for row in unit_headed_rows(text, words["header_units"], words["units"]):
        if row.start in taken or not layout.is_operative(row.start):
            continue
        context_start = max(0, min(row.label_start, row.header_start) - HEADER_CONTEXT)  # the header names it
        if not words["quota"].search(lowered, context_start, row.end):
            continue
        taken.add(row.start)
        found.append(
            QuotaMention(
                tidy(row.amount), row.unit, *_labelled_period(text), text[row.start : row.end], row.start, row.end
            )
        )
    return found


def _ordered_quotas(text: str, lowered: str, layout: Layout, taken: set[int], words: dict) -> list[QuotaMention]:
    """Volumes of the rows of a header-less quota table, named by their order numbers: their unit unprinted."""
    rows = list(ordered_rows(text))
    if not rows or not words["quota"].search(lowered):
        return []
    found = []
    for row in rows:
        for cell in volume_cells(row):
            written = cell.text.strip()
            start = cell.start + cell.text.index(written)
            if start not in taken and layout.is_operative(start):
                taken.add(start)
                found.append(
                    QuotaMention(tidy(parse_number(written)), None, None, None, written, start, start + len(written))
                )
    return found


def _amended_quotas(text: str, lowered: str, layout: Layout, sentences: Sentences) -> list[QuotaMention]:
    """Quoted figures an amendment writes into a quantity column ('the “Quantity (kg)” column … “466,000”')."""
    words, found = _words(), []
    spans = layout.spans(OPERATIVE)
    for amount, unit, start, end in amended_column_volumes(
        text, lowered, spans, sentences, words["units"], words["header_units"]
    ):
        sentence = sentences.around(start)
        period = _period(text, start, sentence, False)
        year = CALENDAR_YEAR.search(text, *sentence)
        if period[0] is None and year:
            period = f"{year.group(1)}-01-01", f"{year.group(1)}-12-31"
        found.append(QuotaMention(tidy(amount), unit, *period, text[start:end], start, end))
    return found


def _as_quota(text: str, lowered: str, match: re.Match, sentences: Sentences, words: dict) -> QuotaMention | None:
    value = match.group("value")
    amount = spelled_number(value) if is_spelled(value) else parse_number(value)
    header = table_header(text, match.start())
    # a bulletin's block or a table's row may allot a party nothing ('Dominican Republic | 0 kg'); prose's 0 is none
    label = block_label(text, match.start()) or ""
    bulletin = in_a_bulletin(lowered, match)
    if amount is None or (not amount and not (header or label or bulletin)):
        return None
    rest = match.groupdict().get("rest")  # amounts in words have no myriad
    if rest:
        amount = amount * MYRIAD + int(rest)
    if match.group("scale"):
        amount *= words["scales"][" ".join(match.group("scale").split())]
    sentence_start, sentence_end = sentences.around(match.start())
    previous_start = sentences.around(max(0, sentence_start - 1))[0]
    # a bulletin's volumes stand one per line under their label ('RESTRAINT LEVELS:' / 'Canada 10,300,000 kg')
    context = lowered[previous_start:sentence_end] + "\n" + (header or "").lower() + "\n" + label.lower()
    context += "\n" + referring_sentence(lowered, sentences, sentence_end)
    context += "\n" + list_lead_in(lowered, match.start())
    near_start, near_end = cell_span(text, match.start(), match.end()) if header else (sentence_start, sentence_end)
    near = lowered[max(near_start, match.start() - NEAR) : min(near_end, match.end() + NEAR)]
    if not (
        words["quota"].search(context)
        or quota_field(lowered, match.start(), words)
        or in_a_bulletin(lowered, match)
        or CEILING_BEFORE.search(lowered, max(0, match.start() - CEILING_REACH), match.start())
    ):
        return None
    if words["not_quota"].search(near) or in_an_equation(lowered, match):
        return None
    if CHANGED_BY.search(lowered, max(0, match.start() - NEAR), match.start()):
        return None
    if an_increment_beside_its_total(lowered, match):
        return None
    if a_step_beside_a_volume(lowered, match, (sentence_start, sentence_end), words["amount"]):
        return None
    if a_statistic_over_years(lowered, match, (sentence_start, sentence_end), words["quota"]):
        return None
    if PER_BASE.search(lowered, max(0, match.start() - 8), match.start()):
        return None
    if IN_CONTAINERS.search(lowered, max(0, match.start() - CONTAINER_REACH), match.start()):
        return None  # 'in containers holding over 4 liters but not over 10 liters': the goods' packing, no volume
    if unit_in_the_next_row(text, match):
        return None
    unit = words["units"][" ".join(match.group("unit").split())]
    if match.group("qualifier"):
        unit = f"{unit} {' '.join(match.group('qualifier').split())}"
    period = _period(text, match.start(), (sentence_start, sentence_end), header is not None)
    if period[0] is None and label:
        period = _labelled_period(text)
    return QuotaMention(tidy(amount), unit, *period, text[match.start() : match.end()], match.start(), match.end())


# A bulletin's period block: 'QUOTA PERIOD:' / 'January 1, 2019, through December 31, 2019' (a web copy may put a
# blank line between them).
PERIOD_LABEL = re.compile(r"^[ \t]*(?:quota[ \t]+)?period[ \t]*:[ \t]*\n(?:[ \t]*\n)*(?P<dates>[^\n]+)", re.I | re.M)


def _labelled_period(text: str) -> tuple[str | None, str | None]:
    """The dates of the bulletin's 'Quota Period:' block, for the volumes of its labelled blocks."""
    match = PERIOD_LABEL.search(text) if may_match(PERIOD_LABEL, text) else None
    return (
        _period(text, match.end("dates"), (match.start("dates"), match.end("dates")), False) if match else (None, None)
    )


def _period(text: str, offset: int, sentence: tuple[int, int], in_table: bool) -> tuple[str | None, str | None]:
    """The first two dates of the amount's table row (before it) or sentence: its quota period."""
    start, end = line_at(text, offset) if in_table else sentence
    dates = find_dates(text[start:offset] if in_table else text[start:end])
    if len(dates) < 2 or dates[0].date > dates[1].date:
        return None, None
    return dates[0].date.isoformat(), dates[1].date.isoformat()
