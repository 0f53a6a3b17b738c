"""The implementing jurisdiction: the source's (a UK notice is GB even when its text never says so), else the
phrases only one jurisdiction's texts use; for a WTO document, the Member that notifies or asks."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from nlp.countries.applied_abroad import applying_country
from nlp.countries.cue_data import cue_data
from nlp.countries.mention import CountryMention
from nlp.countries.wto import committee_document, member_under_heading, notifying_member, record_member, symbol_member
from nlp.text.needed_words import NeededWords
from nlp.text.patterns import guarded
from nlp.text.scan_sets import ScanSet

ISO_JURISDICTIONS = {"UK": "GB"}  # sources may say UK; ISO 3166 says GB
OPENING_CHARS = 8000


@cache
def _wto_member_cues() -> list[re.Pattern]:
    data = cue_data()
    return [guarded(cue, re.I) for cue in data["wto_member"]]  # strongest first


def implementing_jurisdiction(text: str, source_jurisdiction: str | None = None) -> list[CountryMention]:
    """The jurisdiction that acts: the source's, else the one whose own phrases the opening uses most.
    The evidence is the first of that jurisdiction's phrases in the text, when there is one."""
    opening = text[:OPENING_CHARS]  # the heading and first paragraphs say who acts
    code, first_matches = _source_code(source_jurisdiction), None
    if not code and (abroad := applying_country(opening)) is not None:
        return [abroad]  # a record of a measure on one's own exports: the country that applies it
    if not code and (member := _qr_record_member(opening)) is not None:  # a WTO QR record: its reporting Member
        return [member]
    if not code:
        code, first_matches = _most_cued(opening)
    if not code:
        return []
    if code == "WTO":
        # the Member a notification is circulated for, else the one its symbols name, else the one its form prints
        # under its heading; a committee's or the Secretariat's own document (a list of the reports received) is
        # no Member's act
        member = _wto_member(opening) or _qr_record_member(opening)
        if member is not None:
            return [member]
        # no Member circulates it: a WTO document only when no other jurisdiction's phrases are found (an act
        # whose cited titles repeat 'World Trade Organization' is its own journal's act)
        # (a committee's own document, its symbol naming no Member, mentions the journals of the reports it lists)
        guessed = first_matches is not None and not committee_document(opening)
        code, first_matches = _most_cued(opening, besides="WTO") if guessed else (None, None)
        if not code:
            return []
    found = [(m.start(), m.group()) for m in _cue_matches(code, opening, first_matches)]
    if not found:
        return [CountryMention(code, "implementing", "", 0, 0)]
    # A phrase naming the jurisdiction ("European Commission") is better evidence than a fragment of an
    # act number ("(EU) 20"), which counts for the score only.
    named = [item for item in found if item[1][:1].isalpha()]
    # and a phrase as its cue writes it ("European Commission") before the same in a heading's capitals
    written = [item for item in named if not item[1].isupper() or _written_as_cued(code, opening, item[0])]
    start, cue = min(written or named or found)
    return [CountryMention(code, "implementing", cue, start, start + len(cue))]


def _qr_record_member(opening: str) -> CountryMention | None:
    """A WTO QR record filed under the WTO ('New Zealand #4482 (v.4)' over 'Reporting member' / 'New Zealand', its
    label and value on lines of their own): the Member its heading names applies the restriction."""
    member = record_member(opening)
    if member is None:
        return None
    return CountryMention(member.code, "implementing", opening[member.start : member.end], member.start, member.end)


def _written_as_cued(code: str, opening: str, start: int) -> bool:
    codes, exact = _jurisdiction_cues_with_words()[0], _jurisdiction_cues_as_written()
    return any(exact[index].match(opening, start) for index in range(len(codes)) if codes[index] == code)


def _source_code(source_jurisdiction: str | None) -> str | None:
    """A source's jurisdiction, its note dropped: "WTO (notifying Member: Chile)" is the WTO."""
    code = (source_jurisdiction or "").split("(")[0].strip()
    return ISO_JURISDICTIONS.get(code, code) or None


def _most_cued(opening: str, besides: str = "") -> tuple[str | None, dict[int, re.Match]]:
    """The jurisdiction with the most cues in the opening (on a tie, the one named first: its heading), `besides`
    left out, and the first match of each cue found (by its index in `_jurisdiction_cues_with_words`)."""
    codes, cues, needed = _jurisdiction_cues_with_words()
    scores = dict.fromkeys(_jurisdiction_cues(), 0)
    scores.pop(besides, None)
    first: dict[str, int] = {}
    first_matches: dict[int, re.Match] = {}
    exact = _jurisdiction_cues_as_written()
    for index in _possible_cues(opening, needed):  # a cue that cannot occur in the opening is not searched
        found = [match for match in cues[index].finditer(opening) if _as_written_or_capitals(match, exact[index])]
        if found:  # the evidence: its first match as the cue writes it, else its first in capitals
            first_matches[index] = next((match for match in found if _as_written(match, exact[index])), found[0])
            if codes[index] in scores:
                scores[codes[index]] += _weight(found)
            first[codes[index]] = min(first.get(codes[index], len(opening)), found[0].start())
    best = max(scores, key=lambda code: (scores[code], -first.get(code, len(opening))))
    return (best if scores[best] else None), first_matches


def _cue_matches(code: str, opening: str, first_matches: dict[int, re.Match] | None) -> list[re.Match]:
    """The first match of each of `code`'s cues in the opening: those `_most_cued` found (a cue it did not
    search needs a word the opening lacks), else searched."""
    if first_matches is None:
        codes, cues, _ = _jurisdiction_cues_with_words()
        exact = _jurisdiction_cues_as_written()
        found = (
            _first_match(cues[index], exact[index], opening) for index in range(len(codes)) if codes[index] == code
        )
        return [match for match in found if match is not None]
    codes = _jurisdiction_cues_with_words()[0]
    return [match for index, match in first_matches.items() if codes[index] == code]


@cache
def _jurisdiction_cue_texts() -> dict[str, list[str]]:
    data = json.loads(resources.files("nlp").joinpath("data/countries/jurisdictions.json").read_text("utf-8"))
    return {code: cues for code, cues in data.items() if not code.startswith("_")}


@cache
def _jurisdiction_cues() -> dict[str, list[re.Pattern]]:
    """Each cue read in any case: a masthead prints its authority in capitals ('SOCIALIST REPUBLIC OF VIET NAM',
    'MINISTERIO DE COMERCIO, INDUSTRIA Y TURISMO'); `_as_written_or_capitals` keeps the matches that are."""
    return {code: [guarded(cue, re.M | re.I) for cue in cues] for code, cues in _jurisdiction_cue_texts().items()}


@cache
def _jurisdiction_cues_as_written() -> list[re.Pattern]:
    """The cues in the order of `_jurisdiction_cues_with_words`, in their own case."""
    return [re.compile(cue, re.M) for cues in _jurisdiction_cue_texts().values() for cue in cues]


def _first_match(cue: re.Pattern, as_written: re.Pattern, opening: str) -> re.Match | None:
    found = [match for match in cue.finditer(opening) if _as_written_or_capitals(match, as_written)]
    return next((match for match in found if _as_written(match, as_written)), found[0] if found else None)


def _as_written_or_capitals(match: re.Match, as_written: re.Pattern) -> bool:
    """A cue found in its own case, or in capitals (a heading); not in another case ('the White House' in a
    text quoting the US is no 'THE WHITE HOUSE' masthead)."""
    return match.group().isupper() or _as_written(match, as_written)


def _as_written(match: re.Match, as_written: re.Pattern) -> bool:
    same = as_written.match(match.string, match.start())
    return same is not None and same.end() == match.end()


def _weight(found: list[re.Match]) -> int:
    """How much a cue's matches count: each phrase naming the jurisdiction once, but the fragments of act numbers
    ('(EU) 20', which do not start with a letter) once in all, however often the text cites such acts: a UK notice
    transitioning an EU duty cites the EU's regulations by number again and again."""
    named = sum(1 for match in found if match.group()[:1].isalpha())
    return named + (1 if named < len(found) else 0)


def _possible_cues(opening: str, needed: NeededWords) -> list[int]:
    """Indexes, in order, of the cues that may occur in the opening: those whose supersets one Hyperscan scan of it
    finds (a third of those whose needed words it holds: 'customs', 'tariff' and 'ministry' are in most openings),
    else those whose needed words it holds."""
    found = _cue_scan().occurring(opening)
    return sorted(found) if found is not None else needed.possible(opening)


@cache
def _cue_scan() -> ScanSet:
    return ScanSet(_jurisdiction_cues_with_words()[1])


@cache
def _jurisdiction_cues_with_words() -> tuple[list[str], list[re.Pattern], NeededWords]:
    """Every cue in one list with its jurisdiction's code, and the words they need."""
    pairs = [(code, cue) for code, cues in _jurisdiction_cues().items() for cue in cues]
    return [code for code, _ in pairs], [cue for _, cue in pairs], NeededWords([cue for _, cue in pairs])


def _wto_member(opening: str) -> CountryMention | None:
    """The Member a WTO document is circulated for: it notifies or asks, it is not affected. 'At the
    request of the delegation of Peru' outranks the notification 'submitted by Panama' it asks about."""
    name = notifying_member(opening, _wto_member_cues()) or symbol_member(opening) or member_under_heading(opening)
    if name is None:
        return None
    return CountryMention(name.code, "implementing", opening[name.start : name.end], name.start, name.end)
