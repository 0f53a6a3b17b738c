"""The Member a WTO document is circulated for: named after a cue ('at the request of the Delegation of Peru',
'Notifying Member: Chile'), else by its notification symbol ('G/SPS/N/TZA/393'), else alone on a line under
a notification form's heading ('INDONESIA')."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

import pycountry

from nlp.countries.names import NameMatch, find_country_names
from nlp.text.patterns import guarded

CUE_REACH = 60  # the name follows its cue at once
# A WTO notification's symbol names its Member: 'G/SPS/N/TZA/393', 'G/SG/N/6/CHN/3', 'G/TBT/N/EU/1012', and a
# quantitative-restrictions notification's 'G/MA/QR/N/CHE/2'.
# A semi-annual report's symbol ends with its Member ('G/ADP/N/400/TPKM').
NOTIFICATION_SYMBOL = guarded(
    r"(?<![A-Za-z])G/(?:SPS|TBT|SG|ADP|SCM|LIC|AG|MA)/(?:QR/)?N/(?:\d+/)?(?P<member>[A-Z]{2,4})(?:/|(?![\w/.-]))"
)
# A committee's or the Secretariat's own document heads its text with a symbol naming no Member ('G/ADP/N/401', a
# list of the semi-annual reports received; 'G/SCM/N/412'): WTO documents, whatever jurisdictions they mention.
COMMITTEE_SYMBOL_LINE = re.compile(r"^[ \t]*G/[A-Z]{2,4}/(?:[A-Z]{2,4}/)?N/\d+(?:/Rev\.\d+)?[ \t]*$", re.M)
COMMITTEE_SYMBOL_REACH = 400  # the heading's lines

# Members whose WTO code is no ISO alpha-3 code: the EU, and the Separate Customs Territory of Taiwan, Penghu,
# Kinmen and Matsu ('G/TBT/N/TPKM/425').
WTO_MEMBER_CODES = {"EU": "EU", "EEC": "EU", "TPKM": "TW"}


def notifying_member(opening: str, cues: Iterable[re.Pattern]) -> NameMatch | None:
    """The first name right after a cue (the cues strongest first)."""
    opening = opening.replace("\n", " ")  # a hard-wrapped line ("circulated at\nthe request of ..."), same offsets
    for cue in (match for pattern in cues for match in pattern.finditer(opening)):
        name = next(find_country_names(opening, cue.end(), min(len(opening), cue.end() + CUE_REACH)), None)
        if name is not None and name.start == cue.end():
            return name
        name = _delegation_by_adjective(opening, cue.end())
        if name is not None:
            return name
    return None


# A trade-press report names the Member by its adjective ('submitted to it by the Indonesian delegation').
DELEGATION_ADJECTIVE = re.compile(r"(?P<adjective>[A-Z][a-z]+)\s+(?:delegation|government|permanent\s+mission)\b")


def _delegation_by_adjective(opening: str, start: int) -> NameMatch | None:
    match = DELEGATION_ADJECTIVE.match(opening, start)
    code = _adjective_codes().get(match.group("adjective")) if match else None
    return NameMatch(code, match.start(), match.end("adjective")) if code else None


@cache
def _adjective_codes() -> dict[str, str]:
    data = json.loads(resources.files("nlp").joinpath("data/countries/adjectives.json").read_text("utf-8"))
    return {word: code for word, code in data.items() if not word.startswith("_")}


def symbol_member(opening: str) -> NameMatch | None:
    """The Member whose notification the document is, from the notification symbols in its opening (the whole
    symbol up to the Member is the evidence); a joint notification's symbols (G/TBT/N/BDI/189, G/TBT/N/KEN/1170,
    ...) name several Members, and none is read."""
    symbols = list(NOTIFICATION_SYMBOL.finditer(opening))
    if len({symbol.group("member") for symbol in symbols}) != 1:
        return None
    symbol = symbols[0]
    member = symbol.group("member")
    country = pycountry.countries.get(alpha_3=member) if len(member) == 3 else None
    code = WTO_MEMBER_CODES.get(member) or (country.alpha_2 if country else None)
    return NameMatch(code, symbol.start(), symbol.end()) if code else None


NOTIFICATION_HEADING = re.compile(r"^[^\S\n]*NOTIFICATION\b", re.M)
HEADING_LINES = 8  # the heading of a notification form, hard-wrapped, down to the Member's line


def member_under_heading(opening: str) -> NameMatch | None:
    """A WTO notification form without a symbol or a 'circulated at the request' line prints its Member alone on
    a line below its 'NOTIFICATION UNDER ARTICLE …' heading ('INDONESIA')."""
    heading = NOTIFICATION_HEADING.search(opening)
    if heading is None:
        return None
    position, lines = opening.find("\n", heading.end()), 0
    while position >= 0 and lines < HEADING_LINES:
        start, position = position + 1, opening.find("\n", position + 1)
        end = len(opening) if position < 0 else position
        line = opening[start:end].strip()
        if not line:
            continue
        lines += 1
        name = next(find_country_names(opening, start, end), None)
        if name is not None and opening[name.start : name.end] == line:
            return name
    return None


# A WTO quantitative-restrictions database record opens with its reporting Member and the record's number and version
# ('Mexico #654 (v.1)', 'Australia #3373 (v.3)'): the Member that applies the restriction.
QR_RECORD_HEADING = re.compile(r"\A[ \t\n]*(?P<name>[^\n#]{2,60}?)[ \t]+#\d+[ \t]*\(v\.[ \t]?\d+\)[ \t]*$", re.M)


def record_member(opening: str) -> NameMatch | None:
    """The Member a QR record's heading names, where its name is one country's alone."""
    heading = QR_RECORD_HEADING.match(opening)
    if heading is None:
        return None
    names = list(find_country_names(opening, heading.start("name"), heading.end("name")))
    if len(names) != 1 or opening[names[0].start : names[0].end] != heading["name"].strip():
        return None
    return names[0]


def committee_document(opening: str) -> bool:
    """Whether the heading's lines hold a WTO symbol naming no Member ('G/ADP/N/401' on a line of its own)."""
    return COMMITTEE_SYMBOL_LINE.search(opening, 0, COMMITTEE_SYMBOL_REACH) is not None
