"""Measure types a document enacts, modifies, suspends, reviews or announces, with evidence.

A measure counts where the document acts on it: in its title, in an operative sentence (an
article, an ordering clause, an ACTION/SUMMARY block, a notice's body) that does something
(imposes, extends, removes...), or through the statute it is made under (Customs Tariff s. 53
-> retaliation, Section 232 -> duty_rate_change). Recitals and background sections name
earlier acts and never count. Patterns are data files per language: data/measures/<lang>.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from nlp.text.acting import ActingSentences
from nlp.text.layout import OPERATIVE, Layout
from nlp.text.patterns import spaces_match_any_whitespace
from nlp.text.sentences import Sentences
from nlp.text.tables import line_at
from nlp.text.textutil import lower_keeping_offsets

MEASURE_TYPES = (
    "anti_dumping",
    "countervailing",
    "safeguard",
    "tariff_quota",
    "duty_rate_change",
    "duty_suspension",
    "exclusion",
    "preference",
    "prohibition",
    "sanction",
    "retaliation",
    "nomenclature_change",
    "rules_of_origin",
    "licensing",
    "sps_tbt",
    "remission",
    "other",
)
# Measures that are themselves a duty: when one is found, plain duty words ("rate of duty",
# "surtax") describe it rather than a separate rate change.
DUTY_MEASURES = frozenset(
    {
        "anti_dumping",
        "countervailing",
        "safeguard",
        "tariff_quota",
        "duty_suspension",
        "preference",
        "retaliation",
        "remission",
    }
)
LANGUAGES = ("en", "fr", "de", "es")
EVIDENCE_ORDER = ("operative", "title", "legal_basis")
CATEGORIES = {"signals": "s", "generic": "g", "legal_basis": "b"}


@dataclass(frozen=True)
class MeasureMention:
    type: str
    text: str
    start: int
    end: int
    hits: int  # how many times the document acts on this measure
    where: str = "operative"  # operative | title | legal_basis: what the evidence is

    def as_dict(self) -> dict:
        return {"type": self.type, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class _Patterns:
    scan: re.Pattern  # every signal in one plain alternation (named groups make it ten times slower)
    groups: list[tuple[str, re.Pattern]]  # '<category>__<type>[__n]' and its own pattern, in scan order
    not_when: dict[str, re.Pattern]  # type -> a sentence where its signals do not count
    only_when: dict[str, re.Pattern]  # group -> the sentence its signal needs

    def finditer(self, lowered: str, start: int, end: int):
        """(group name, match) of each signal in lowered[start:end]."""
        for match in self.scan.finditer(lowered, start, end):
            for name, pattern in self.groups:
                found = pattern.match(lowered, match.start())
                if found and found.end() == match.end():
                    yield name, found
                    break


@cache
def patterns(lang: str = "en") -> _Patterns:
    """One alternation with a named group per (category, type): the text is scanned once."""
    name = lang if lang in LANGUAGES else "en"
    data = json.loads(resources.files("nlp").joinpath(f"data/measures/{name}.json").read_text("utf-8"))
    groups, only_when = [], {}
    for category, by_type in ((c, data.get(c, {})) for c in CATEGORIES):
        for kind, phrases in by_type.items():
            plain = [p for p in phrases if isinstance(p, str)]
            if plain:  # an empty alternation would match everywhere
                groups.append((f"{CATEGORIES[category]}__{kind}", _alternation(plain)))
            for number, conditional in enumerate(p for p in phrases if isinstance(p, dict)):
                name = f"{CATEGORIES[category]}__{kind}__{number}"
                groups.append((name, _alternation([conditional["pattern"]])))
                only_when[name] = re.compile(spaces_match_any_whitespace(conditional["only_when"]))
    # Matched against lower-cased text from word starts only: several times faster than re.I.
    return _Patterns(
        re.compile(r"\b(?:" + "|".join(pattern for _, pattern in groups) + ")"),
        [(name, re.compile(pattern)) for name, pattern in groups],
        {kind: re.compile("|".join(found)) for kind, found in data.get("not_when", {}).items()},
        only_when,
    )


def _alternation(phrases: list[str]) -> str:
    return "|".join(f"(?:{spaces_match_any_whitespace(p)})" for p in phrases)


def find_measures(
    text: str,
    layout: Layout,
    sentences: Sentences,
    title_span: tuple[int, int] | None = None,
    lang: str = "en",
) -> list[MeasureMention]:
    """The measure types the document acts on, most often acted on first; [] when none."""
    acting, compiled, lowered = (
        ActingSentences(text, sentences, lang, layout),
        patterns(lang),
        lower_keeping_offsets(text),
    )
    hits: dict[str, list[tuple[re.Match, str]]] = {}
    generic_only: dict[str, bool] = {}
    generic_sentences: set[tuple[int, int]] = set()
    named_sentences: set[tuple[int, int]] = set()
    for group, match in _signals(compiled, lowered, layout, title_span):
        category, kind = group.split("__")[:2]
        in_title = title_span is not None and title_span[0] <= match.start() < title_span[1]
        if not (in_title or _acts_here(category, match.start(), text, layout, acting)):
            continue
        if not _sentence_allows(group, kind, compiled, _sentence(lowered, sentences, match.start())):
            continue
        where = "title" if in_title else "legal_basis" if category == "b" else "operative"
        hits.setdefault(kind, []).append((match, where))
        generic_only[kind] = generic_only.get(kind, True) and category == "g"
        if category == "g":
            generic_sentences.add(sentences.around(match.start()))
        else:
            named_sentences.add(sentences.around(match.start()))
    _drop_generic_beside_named(hits, generic_only, generic_sentences & named_sentences, sentences)
    if hits.keys() & DUTY_MEASURES and generic_only.get("duty_rate_change"):
        hits.pop("duty_rate_change", None)
    found = [_mention(kind, found, text) for kind, found in hits.items()]
    return sorted(found, key=lambda m: (-m.hits, m.start))


def _drop_generic_beside_named(hits: dict, generic_only: dict, shared: set, sentences: Sentences) -> None:
    """Plain duty words in a sentence that names a measure ('exclusions from the additional
    duties') describe that measure, not a rate change of their own."""
    if not generic_only.get("duty_rate_change") or not shared:
        return
    kept = [(m, where) for m, where in hits["duty_rate_change"] if sentences.around(m.start()) not in shared]
    if kept:
        hits["duty_rate_change"] = kept
    else:
        del hits["duty_rate_change"]


def _signals(compiled: _Patterns, lowered: str, layout: Layout, title_span: tuple[int, int] | None):
    """Matches in the title, the preamble (for legal bases) and the operative parts only."""
    spans = layout.spans(OPERATIVE | {"preamble"})
    if title_span:
        spans = sorted([title_span, *spans])
    position = 0
    for start, end in spans:
        start = max(start, position)
        if start < end:
            yield from compiled.finditer(lowered, start, end)
            position = end


def _acts_here(category: str, offset: int, text: str, layout: Layout, acting: ActingSentences) -> bool:
    zone = layout.kind_at(offset)
    if category == "b":
        return zone == "preamble"  # the enacting formula names the statute the act is made under
    return zone in OPERATIVE and (acting(offset) or _in_table(text, offset))


def _sentence_allows(group: str, kind: str, compiled: _Patterns, sentence: str) -> bool:
    if kind in compiled.not_when and compiled.not_when[kind].search(sentence):
        return False
    needed = compiled.only_when.get(group)
    return needed is None or bool(needed.search(sentence))


def _in_table(text: str, offset: int) -> bool:
    """A table's header or row ('Order No | … | Quota volume') states the measure's terms."""
    start, end = line_at(text, offset)
    return text.count("|", start, end) >= 2


def _sentence(lowered: str, sentences: Sentences, offset: int) -> str:
    start, end = sentences.around(offset)
    return lowered[start:end]


def _mention(kind: str, found: list[tuple[re.Match, str]], text: str) -> MeasureMention:
    """Evidence: the first operative sentence that acts on it, else the title, else the legal basis."""
    match, where = min(found, key=lambda item: (EVIDENCE_ORDER.index(item[1]), item[0].start()))
    return MeasureMention(kind, text[match.start() : match.end()], match.start(), match.end(), len(found), where)
