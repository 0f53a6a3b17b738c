"""A quota annex's 'Origin' field ('Origin Ruritania' on one line): the countries it names are the quota's origins.

A quota bulletin's allocation field: under a labelled field ('Restraint Level:', 'Restraint Levels:'), one line per
country with its quantity ('Argentina (export certificate required)' / '20,000,000 kg'). Countries allotted a quantity
are the quota's origins; a country listed without one ('Canada' / 'no limit') is outside the quota (its goods are not
quota entries). The field's lines are read by the one labelled-block reader (nlp.text.tables), its quantities in the
quota finder's units."""

from __future__ import annotations

import re
from functools import cache

from nlp.countries.cue_data import cue_data
from nlp.countries.mention import CountryMention
from nlp.countries.names import find_country_names
from nlp.quotas.finder import allotted_quantity, unit_headed_labels
from nlp.text.bare_bulletin import bare_bulletin_allotments
from nlp.text.patterns import finditer_where_possible, guarded
from nlp.text.prefilter import scan_gated_builder
from nlp.text.tables import block_lines


@cache
def _field_label() -> re.Pattern:
    return guarded("|".join(cue_data()["allocation_fields"]), re.I)


@scan_gated_builder
@cache
def _origin_label() -> re.Pattern:
    return guarded("|".join(cue_data()["origin_fields"]), re.I)


LIST_WORDS = re.compile(r"(?:[\s,;&/]|\band\b|\bund\b|\bet\b|\by\b)*", re.I)


def origin_field_countries(text: str, skip: set[str]) -> list[CountryMention]:
    """The countries of the 'Origin' fields whose line holds nothing but country names ('Origin Ruritania and
    Freedonia'; 'Origin of goods' is a heading, 'Origin All third countries' names none)."""
    found: dict[str, CountryMention] = {}
    for label in finditer_where_possible(_origin_label(), text):
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        names = list(find_country_names(text, label.end(), end))
        pieces = [text[a.end : b.start] for a, b in zip(names, names[1:], strict=False)]
        if not names or text[label.end() : names[0].start].strip() or text[names[-1].end : end].strip(" \t.;"):
            continue
        if all(LIST_WORDS.fullmatch(piece) for piece in pieces):
            for name in (n for n in names if n.code not in skip):
                found.setdefault(
                    name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
                )
    return list(found.values())


def allocation_lines(text: str, skip: set[str]) -> tuple[list[CountryMention], set[str]]:
    """(countries allotted a quantity, codes listed without one) in the document's allocation fields."""
    allotted: dict[str, CountryMention] = {}
    listed: set[str] = set()
    headed: set[int] | None = None  # the rows whose unit stands in their list's header, read once a field is found
    for label in finditer_where_possible(_field_label(), text):
        headed = unit_headed_labels(text) if headed is None else headed
        # a line may open with countries sharing one quantity ('Belgium and Denmark (aggregated) 154,221 KGS')
        lines = [
            (start, end, _heading_countries(text, start, end, skip)) for start, end in block_lines(text, label.end())
        ]
        for index, (start, end, names) in enumerate(lines):
            if not names:
                allotted.update(
                    (m.code, m) for m in _allotted_in_a_sentence(text, start, end, skip) if m.code not in allotted
                )
                continue
            listed.update(name.code for name in names)
            if start in headed or allotted_quantity().search(text, start, _cells_end(lines, index)):
                for name in names:
                    allotted.setdefault(
                        name.code,
                        CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end),
                    )
    for line in bare_bulletin_allotments(text):  # a bulletin copied without its field labels
        for name in _heading_countries(text, line.label_start, line.label_end, skip):
            listed.add(name.code)
            if line.amount is not None:
                allotted.setdefault(
                    name.code, CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
                )
    return list(allotted.values()), listed - allotted.keys()


# a country's row split one cell per line: its name, its figure, its unit ('Ruritania' / '1,000' / 'kg')
MAX_CELL_LINES = 3


def _cells_end(lines: list, index: int) -> int:
    """Where the row of the country heading line `index` ends: the quantity stands on its line or on the lines after
    it (the figure and its unit may each stand on a line of their own), up to the line that heads another country."""
    end = lines[index][1]
    for _start, line_end, names in lines[index + 1 : index + MAX_CELL_LINES]:
        if names:
            break
        end = line_end
    return end


@cache
def _allotment() -> tuple[re.Pattern, re.Pattern]:
    return (
        guarded("|".join(cue_data()["allotted_after_country"]), re.I),
        guarded("(?:" + "|".join(cue_data()["allotted_before_country"]) + ")", re.I),
    )


ALLOTMENT_REACH = 60  # how far before a country the words allotting it a quantity may start


def _allotted_in_a_sentence(text: str, start: int, end: int, skip: set[str]) -> list[CountryMention]:
    """Countries a line of the field allots a quantity to in a sentence ('Of the quantitative limitations provided
    for in this note, Ruritania shall have access to a quantity of not less than 2,000,000 liters')."""
    if not allotted_quantity().search(text, start, end):
        return []
    after, before = _allotment()
    return [
        CountryMention(name.code, "affected", text[name.start : name.end], name.start, name.end)
        for name in find_country_names(text, start, end)
        if name.code not in skip
        and (
            after.match(text, name.end, end)
            or before.search(text[max(start, name.start - ALLOTMENT_REACH) : name.start])
        )
    ]


# countries that share one allocation ('Belgium and Denmark (aggregated) 154,221 kgs.', 'Belgium/Luxembourg')
JOINED = re.compile(r"\s*(?:,|and|&|/)\s*(?:and\s+)?")


def _heading_countries(text: str, start: int, end: int, skip: set[str]) -> list:
    """The countries a line opens with, one or several joined by 'and' or commas."""
    first = _heading_country(text, start, end, skip)
    if first is None:
        return []
    found, last_end = [first], first.end
    for name in find_country_names(text, first.end, end):
        if not JOINED.fullmatch(text[last_end : name.start]) or name.code in skip:
            break
        found.append(name)
        last_end = name.end
    return found


def _heading_country(text: str, start: int, end: int, skip: set[str]):
    """The country a line opens with ('Argentina (export certificate required)'), not one named inside a sentence."""
    name = next(find_country_names(text, start, end), None)
    if name is None or name.code in skip or text[start : name.start].strip():
        return None
    return name
