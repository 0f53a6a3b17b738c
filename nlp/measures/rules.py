"""Measure types a document enacts, modifies, suspends, reviews or announces, with evidence.

A measure counts where the document acts on it: in its title, in an operative sentence (an
article, an ordering clause, an ACTION/SUMMARY block, a notice's body) that does something
(imposes, extends, removes...), or through the statute it is made under (Customs Tariff s. 53
-> retaliation, Section 232 -> duty_rate_change). Recitals and background sections name
earlier acts and never count. Patterns are data files per language: data/measures/<lang>.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nlp.countries.names import find_country_names
from nlp.measures.cited import in_cited_name
from nlp.measures.explained import (
    drop_exemption_from_another_measure,
    drop_generic_beside_named,
    drop_quota_of_a_safeguard,
    drop_rate_change_of_a_suspension,
    drop_statute_of_an_exclusion,
    suspended_for_a_period,
)
from nlp.measures.imposed_scope import drop_scope_of_an_imposed_duty
from nlp.measures.paired_remedies import drop_remedy_named_only_in_a_pair
from nlp.measures.remedy_origin import retyped_by_case
from nlp.measures.safeguard_scope import drop_origins_left_out_of_a_safeguard
from nlp.measures.summary_basis import statutes_of_an_imposing_summary
from nlp.measures.vocabulary import MeasurePatterns, load_measure_data, patterns
from nlp.text.acting import ActingSentences
from nlp.text.layout import OPERATIVE, Layout
from nlp.text.matter import in_matter_heading
from nlp.text.patterns import remembered_for_the_last_text
from nlp.text.sentences import Sentences
from nlp.text.tables import line_at
from nlp.text.textutil import lower_keeping_offsets, merged_spans

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
EVIDENCE_ORDER = ("operative", "title", "legal_basis")


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


OPENING_CHARS = 6000  # the other parts are read in the opening only: a 200-page act is mostly recitals


@dataclass(frozen=True)
class Signal:
    """One mention of a measure type, and where it stands."""

    kind: str
    group: str  # '<category>__<type>[__n]': which pattern found it
    start: int
    end: int
    where: str  # title | acting | inert (an operative sentence that does not act) | basis | background
    declined: bool = False  # inert, in a sentence that says it does not act (an update, a restatement, a power)

    @property
    def category(self) -> str:  # s: names the measure; g: plain duty words; b: legal basis
        return self.group[0]

    @property
    def plain(self) -> bool:
        """Plain duty words, or a statute that empowers any adjustment of imports (Section 232, IEEPA): they say
        a duty rate changes only where the document names no duty measure of its own (a tariff-rate quota a
        Section 232 proclamation establishes is that quota, not a rate change)."""
        return self.category == "g" or self.group in GENERAL_POWERS


GENERAL_POWERS = frozenset({"b__duty_rate_change"})


def scan_signals(
    text: str,
    layout: Layout,
    sentences: Sentences,
    title_span: tuple[int, int] | None = None,
    lang: str = "en",
    acting: ActingSentences | None = None,
) -> list[Signal]:
    """Every measure signal in the title, the preamble, the operative parts, and the rest of the opening
    (recitals, background), each with where it stands; one scan serves the rules and the gate. Signals
    their sentence rules out (a type's 'not_when', a signal's 'only_when') are left out, and a document
    that only asks about another party's act has none."""
    acting = acting or ActingSentences(text, sentences, lang, layout)
    if acting.document_asks_only():
        return []  # questions on another party's notification: the measures named are that party's
    compiled, lowered = patterns(lang), lower_keeping_offsets(text)
    found = []
    allowed: dict[tuple[str, str], bool] = {}  # the signals of one long sentence (a table's row) share its answer
    for start, end in _scan_spans(layout, title_span, len(text)):
        for group, match in compiled.finditer(lowered, start, end):
            kind = group.split("__")[1]
            sentence = _sentence(lowered, sentences, match.start())
            if (group, sentence) not in allowed:
                allowed[group, sentence] = sentence_allows(group, kind, compiled, sentence)
            if not allowed[group, sentence]:
                continue
            if compiled.voided_nearby(group, lowered, match.start(), sentences.around(match.start())[1]):
                continue
            if group in compiled.needs_country and not _names_a_country(text, sentences, match.start()):
                continue
            if _named_as_context(compiled, lowered, match.start()) or _left_alone_after(
                compiled, lowered, match.end(), sentences.around(match.start())[1]
            ):
                continue
            where = _where(group[0], match.start(), text, layout, acting, title_span)
            if where == "title" and _names_investigated_practices(lowered, title_span, match.start()):
                continue
            if where != "title" and in_cited_name(text, match.start(), group[0] == "g"):
                continue  # words of a cited act's title ('Executive Order 14257 (… Reciprocal Tariff …)'), an SI's name
            declined = where == "inert" and _says_it_does_not_act(acting, match.start(), sentence)
            found.append(Signal(kind, group, match.start(), match.end(), where, declined))
    return retyped_by_case(statutes_of_an_imposing_summary(found, layout, text, sentences), text, lang)


def find_measures(
    text: str,
    layout: Layout,
    sentences: Sentences,
    title_span: tuple[int, int] | None = None,
    lang: str = "en",
    signals: list[Signal] | None = None,
) -> list[MeasureMention]:
    """The measure types the document acts on (its title, operative sentences that act, tables, the
    legal basis of its enacting formula), most often acted on first; [] when none."""
    if signals is None:
        signals = scan_signals(text, layout, sentences, title_span, lang)
    hits: dict[str, list[tuple[Signal, str]]] = {}
    for signal in signals:
        where = ACTED_ON.get(signal.where)
        if where is not None:
            hits.setdefault(signal.kind, []).append((signal, where))
    powers_plain = _acts_on_a_duty_measure_at_length(hits, sentences)
    generic_only: dict[str, bool] = {}
    generic_sentences: set[tuple[int, int]] = set()
    named_sentences: set[tuple[int, int]] = set()
    for signal in (signal for found in hits.values() for signal, _ in found):
        plain = signal.category == "g" or (powers_plain and signal.plain)
        generic_only[signal.kind] = generic_only.get(signal.kind, True) and plain
        (generic_sentences if plain else named_sentences).add(sentences.around(signal.start))
    shared = generic_sentences & named_sentences
    drop_generic_beside_named(hits, generic_only, shared - suspended_for_a_period(hits, text, sentences), sentences)
    drop_quota_of_a_safeguard(hits, text, sentences)
    drop_origins_left_out_of_a_safeguard(hits, text, sentences)
    drop_rate_change_of_a_suspension(hits, text)
    drop_exemption_from_another_measure(hits, text)
    drop_scope_of_an_imposed_duty(hits, text)
    drop_statute_of_an_exclusion(hits, text, title_span)
    drop_remedy_named_only_in_a_pair(hits, text)
    if hits.keys() & DUTY_MEASURES and generic_only.get("duty_rate_change"):
        hits.pop("duty_rate_change", None)
    found = [_mention(kind, found, text) for kind, found in hits.items()]
    return sorted(found, key=lambda m: (-m.hits, m.start))


# Where a signal says the document acts on its measure, and the evidence kind that gives.
ACTED_ON = {"title": "title", "acting": "operative", "basis": "legal_basis"}


def _acts_on_a_duty_measure_at_length(hits: dict, sentences: Sentences) -> bool:
    """Whether the document acts on a duty measure of its own in two sentences or more (a quota it establishes,
    fills and administers): then a general power's statute (Section 232) is no evidence of a rate change; a
    quota named once (goods 'not eligible for' it) leaves the statute its weight."""
    return any(
        len({sentences.around(signal.start) for signal, _ in found}) >= 2
        for kind, found in hits.items()
        if kind in DUTY_MEASURES
    )


def _scan_spans(layout: Layout, title_span: tuple[int, int] | None, length: int) -> list[tuple[int, int]]:
    """The title, the preamble and the operative parts wherever they lie, and the opening."""
    spans = sorted(
        [
            *layout.spans(OPERATIVE | {"preamble"}),
            (0, min(length, OPENING_CHARS)),
            *([title_span] if title_span else []),
        ]
    )
    return merged_spans(spans)


# the case numbers of a US trade-remedy notice on their own line under its agency lines: part of its heading; the
# USITC's '[Investigation Nos. 701-TA-722 and 731-TA-1690 (Final)]' (701: countervailing, 731: anti-dumping) too
CASE_NUMBERS_LINE = re.compile(
    r"\s*[\[(](?:[AC][-–]\d{3}[-–]\d{3}(?:,\s*[AC][-–]\d{3}[-–]\d{3})*|Investigation\s+Nos?\.\s+7[03]1-TA-[^\n\]]*)[\])]\s*"
)


def _where(category: str, offset: int, text: str, layout: Layout, acting: ActingSentences, title_span) -> str:
    if title_span is not None and title_span[0] <= offset < title_span[1]:
        return "title"
    if CASE_NUMBERS_LINE.fullmatch(text, *line_at(text, offset)) or in_matter_heading(text, offset):
        return "title"
    zone = layout.kind_at(offset)
    if category == "b":
        # the enacting formula names the statute the act is made under; elsewhere it cites other duties
        return "basis" if zone == "preamble" else "background"
    if zone in OPERATIVE:
        return "acting" if acting(offset) or _in_table(text, offset) else "inert"
    return "background"


# a Section 301 title names the practices investigated after these words ('Brazil's Acts, Policies, and Practices
# Related to …; Unfair, Preferential Tariffs; …'): the other country's practices, not measures of the notice
INVESTIGATED_PRACTICES = re.compile(r"\bacts,?\s+policies,?\s+(?:and|or)\s+practices\b")


def _names_investigated_practices(lowered: str, title_span: tuple[int, int] | None, offset: int) -> bool:
    return title_span is not None and INVESTIGATED_PRACTICES.search(lowered, title_span[0], offset) is not None


def sentence_allows(group: str, kind: str, compiled: MeasurePatterns, sentence: str) -> bool:
    if kind in compiled.not_when and compiled.not_when[kind].search(sentence):
        return False
    needed = compiled.only_when.get(group)
    return needed is None or bool(needed.search(sentence))


CONTEXT_REACH = 80  # how far before a signal the words that make it context may start


def _named_as_context(compiled: MeasurePatterns, lowered: str, offset: int) -> bool:
    """A measure named as what a duty stacks on ('in addition to any anti-dumping duty') is context."""
    if compiled.context_before is None:
        return False
    return bool(compiled.context_before.search(lowered, max(0, offset - CONTEXT_REACH), offset))


def _left_alone_after(compiled: MeasurePatterns, lowered: str, offset: int, sentence_end: int) -> bool:
    """A measure the rest of its clause says the document does not affect ('Goods under the tariff rate quota opened
    in 2029 are not affected by this notice'): a saving clause, not an act on it."""
    if compiled.context_after is None:
        return False
    return compiled.context_after.match(lowered, offset, max(offset, sentence_end)) is not None


def _names_a_country(text: str, sentences: Sentences, offset: int) -> bool:
    span = sentences.around(offset)
    known = _country_sentences(text)  # the signals of one sentence (a long table row's) ask the same: read it once
    if span not in known:
        known[span] = next(find_country_names(text, *span), None) is not None
    return known[span]


@remembered_for_the_last_text
def _country_sentences(text: str) -> dict:
    """Whether each sentence asked about names a country, for the last text."""
    return {}


def _in_table(text: str, offset: int) -> bool:
    """A table's header or row ('Order No | … | Quota volume') states the measure's terms."""
    start, end = line_at(text, offset)
    return text.count("|", start, end) >= 2


CAPTION_REACH = 160  # how long a caption hard-wrapped over short lines may run
CAPTION_END = (".", ";", ":", "!", "?")


def _sentence(lowered: str, sentences: Sentences, offset: int) -> str:
    """The sentence around offset; a caption the splitter cut at each short line ('De' / 'Minimis Tariff' /
    'Increase.') is read whole, up to its punctuation."""
    start, end = sentences.around(offset)
    while end < len(lowered) and end - start < CAPTION_REACH and "|" not in lowered[start:end]:
        if lowered[start:end].rstrip().endswith(CAPTION_END):
            break
        following = sentences.around(end)[1]
        if following <= end:
            break
        end = following
    return lowered[start:end]


def _says_it_does_not_act(acting: ActingSentences, offset: int, sentence: str) -> bool:
    return acting.inert_or_recounted(offset, sentence) or bool(_points_elsewhere().search(sentence))


@cache
def _points_elsewhere() -> re.Pattern:
    return re.compile("|".join(load_measure_data("en").get("points_elsewhere", [])) or "(?!)")


def _mention(kind: str, found: list[tuple[Signal, str]], text: str) -> MeasureMention:
    """Evidence: the first operative sentence that acts on it, else the title, else the legal basis."""
    signal, where = min(found, key=lambda item: (EVIDENCE_ORDER.index(item[1]), item[0].start))
    return MeasureMention(kind, text[signal.start : signal.end], signal.start, signal.end, len(found), where)
